#pragma once
// Rows of a customer search: plain data only. Paging is asked for through
// fetchMoreRequested(); the CustomerSearchController answers it (the model never calls
// the server).
#include "common/model/customer.h"

#include <QAbstractTableModel>
#include <QList>

namespace csm::client {

class CustomerSearchModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Phones, IdNumber, Address, VipLevel, ColumnCount };
    Q_ENUM(Column)
    enum Role { CustomerIdRole = Qt::UserRole + 1 };

    explicit CustomerSearchModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Empties the model (a new search starts).
    void clear();
    // Appends one page from the server; `hasMore` when the server gave a cursor.
    void appendPage(const QList<common::Customer>& customers, bool hasMore);
    // A page request failed: stop asking for more until the next search.
    void stopPaging();
    // Replaces the row of that customer (after an edit); does nothing if it is not shown.
    void updateCustomer(const common::Customer& customer);

    bool hasMore() const { return m_hasMore; }
    bool isLoading() const { return m_loading; }
    const common::Customer& customerAt(int row) const { return m_rows.at(row); }
    int rowOfCustomer(qint64 id) const;

    // "139 1234 5678, 025-12345678": each phone normalised and formatted (raw when unknown).
    static QString displayPhones(const QStringList& phones);

signals:
    // A view scrolled to the end and there is another page.
    void fetchMoreRequested();

private:
    QList<common::Customer> m_rows;
    bool m_hasMore = false;
    bool m_loading = false;
};

} // namespace csm::client
