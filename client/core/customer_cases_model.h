#pragma once
// What one customer said about the service, newest first, from the customer's work orders in
// the 360 view: the answers of follow-up visits (回访结果, recorded when a completed order is
// closed by its follow-up call) and the complaints, suggestions and praise the customer raised.
// Follows the order list it is given (resets, appended pages, replaced rows).
#include "common/model/ticket.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace csm::client {

class TicketListModel;

class CustomerCasesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Kind, Order, Text, ColumnCount };
    Q_ENUM(Column)

    explicit CustomerCasesModel(QObject* parent = nullptr);

    void setOrders(TicketListModel* orders);
    qint64 ticketIdAt(int row) const { return m_rows.at(row).ticketId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QDateTime when;
        QString kind;
        QString number;
        QString text;
        qint64 ticketId = 0;
    };
    void rebuild();

    QPointer<TicketListModel> m_orders;
    QList<Row> m_rows;
};

} // namespace csm::client
