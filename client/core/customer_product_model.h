#pragma once
// A customer's products (customer.product.list) for the Products pane of the 360 view: plain
// data only. Category codes are shown by the names of the catalogue (product.model.list) once
// known; the warranty status is worked out against `today` (settable for tests).
#include "client/core/warranty.h"
#include "common/model/customer_product.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPair>

namespace csm::client {

class CustomerProductModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Model, Category, Serial, PurchaseDate, Dealer, InstallDate, WarrantyEnd, Warranty, ColumnCount };
    Q_ENUM(Column)
    enum Role { ProductIdRole = Qt::UserRole + 1, WarrantyStatusRole };

    explicit CustomerProductModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setProducts(const QList<common::CustomerProduct>& products);
    // Replaces the row of that product, or appends it (the server lists oldest first).
    void upsert(const common::CustomerProduct& product);
    void remove(qint64 productId);
    void clear() { setProducts({}); }
    // Category code → name, from the catalogue.
    void setCategoryNames(const QHash<QString, QString>& names);
    void setToday(const QDate& today);
    // The warranty verdict of a repair of that product now (warranty.verdict), in short words and
    // in full (the tooltip): shown after the warranty status. Forgotten by setProducts().
    void setVerdict(qint64 productId, const QString& text, const QString& detail);
    QString verdictText(qint64 productId) const { return m_verdicts.value(productId).first; }

    const common::CustomerProduct& productAt(int row) const { return m_rows.at(row); }
    int rowOfProduct(qint64 id) const;
    WarrantyStatus statusAt(int row) const;
    // How many products have each status (the pane's headline).
    int countWithStatus(WarrantyStatus status) const;

private:
    QList<common::CustomerProduct> m_rows;
    QHash<QString, QString> m_categoryNames;
    QHash<qint64, QPair<QString, QString>> m_verdicts;
    QDate m_today;
};

} // namespace csm::client
