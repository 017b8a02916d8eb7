#pragma once
// The supervisions (督办) of a work order, newest first: state, deadline, the unit asked, the
// demand and the answer. The tooltip tells who opened, answered, closed.
#include "common/model/ticket_case.h"

#include <QAbstractTableModel>
#include <QList>

namespace csm::client {

class SupervisionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Status, Deadline, Unit, Demand, Answer, ColumnCount };
    Q_ENUM(Column)
    // The status code of the row (open, overdue, answered, closed): views colour by it.
    enum Role { StatusCodeRole = Qt::UserRole + 1 };

    explicit SupervisionModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSupervisions(const QList<common::TicketSupervision>& supervisions);
    const common::TicketSupervision& supervisionAt(int row) const { return m_rows.at(row); }
    // The row of that supervision; -1 when absent.
    int rowOf(qint64 id) const;

private:
    QString toolTip(const common::TicketSupervision& s) const;

    QList<common::TicketSupervision> m_rows;
};

} // namespace csm::client
