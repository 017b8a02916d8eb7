#pragma once
// Work orders as a table (ticket.list pages, newest first): the Work orders workspace, the
// service-point queue and the orders of one customer in the 360 view. Plain data only; the
// controller appends the pages it reads and replaces an order after a transition. The SLA
// column is the badge of SlaText (state and time left, counted from the deadlines on the client).
#include "common/model/ticket.h"

#include <QAbstractTableModel>
#include <QList>

namespace csm::client {

class TicketListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, State, Sla, ServiceType, Severity, Customer, Product, Unit, Technician, Appointment, Created, ColumnCount };
    Q_ENUM(Column)
    // SlaStateRole: common::Ticket::slaState (ok, due_soon, breached, met, none) for the badge colours.
    enum Role { TicketIdRole = Qt::UserRole + 1, StateCategoryRole, SlaStateRole };

    explicit TicketListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setTickets(const QList<common::Ticket>& tickets);
    // The next page (orders already shown are skipped).
    void appendTickets(const QList<common::Ticket>& tickets);
    // Replaces the row of that order; false when it is not shown.
    bool replace(const common::Ticket& ticket);
    void clear() { setTickets({}); }
    // The time the SLA column counts from (invalid: the current time); refreshes that column.
    void setNow(const QDateTime& now);
    // The SLA column again (its time left moves on): the view's timer calls this.
    void refreshSla();

    const common::Ticket& ticketAt(int row) const { return m_rows.at(row); }
    int rowOfTicket(qint64 id) const;
    // "2026-12-03 09:00–11:00"; empty without an appointment.
    static QString appointmentText(const QDateTime& start, const QDateTime& end);
    static QString productText(const common::Ticket& ticket);

private:
    QList<common::Ticket> m_rows;
    QDateTime m_now;
};

} // namespace csm::client
