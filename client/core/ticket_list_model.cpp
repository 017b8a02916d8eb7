#include "client/core/ticket_list_model.h"

#include "client/core/sla_text.h"
#include "client/core/ticket_text.h"

namespace csm::client {

TicketListModel::TicketListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int TicketListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TicketListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TicketListModel::appointmentText(const QDateTime& start, const QDateTime& end)
{
    if (!start.isValid())
        return {};
    const QDateTime from = start.toLocalTime();
    QString text = from.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (end.isValid()) {
        const QDateTime until = end.toLocalTime();
        text += QStringLiteral("–")
                + until.toString(until.date() == from.date() ? QStringLiteral("HH:mm") : QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    return text;
}

QString TicketListModel::productText(const common::Ticket& ticket)
{
    if (ticket.customerProductId == 0)
        return {};
    QString text = ticket.productModelName.isEmpty() ? ticket.productModelCode : ticket.productModelName;
    if (!ticket.productSerial.isEmpty())
        text += QStringLiteral(" · ") + ticket.productSerial;
    return text;
}

QVariant TicketListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const common::Ticket& t = m_rows.at(index.row());
    if (role == TicketIdRole)
        return t.id;
    if (role == StateCategoryRole)
        return t.stateCategory;
    if (role == SlaStateRole)
        return t.slaState.isEmpty() ? QStringLiteral("none") : t.slaState;
    if (role == Qt::ToolTipRole && index.column() == Sla) {
        QStringList lines;
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
        for (const SlaClock& clock : SlaText::clocks(t))
            lines.append(tr("%1: due %2, %3").arg(SlaText::clockName(clock.kind),
                                                   clock.dueAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                   SlaText::clockStatusText(clock, now)));
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::ToolTipRole && index.column() == Customer)
        return t.customerAddress;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number: return t.number;
    case State: return t.stateName.isEmpty() ? t.state : t.stateName;
    case Sla: return SlaText::badgeText(t, m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc());
    case ServiceType: return TicketText::serviceTypeName(t.serviceType);
    case Severity: return TicketText::severityName(t.severity);
    case Customer: return t.customerName;
    case Product: return productText(t);
    case Unit: return t.assignedOrgUnitName;
    case Technician: return t.technicianName;
    case Appointment: return appointmentText(t.appointmentStart, t.appointmentEnd);
    case Created: return t.createdAt.isValid() ? t.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    default: return {};
    }
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("Number");
    case State: return tr("State");
    case Sla: return tr("SLA");
    case ServiceType: return tr("Service type");
    case Severity: return tr("Severity");
    case Customer: return tr("Customer");
    case Product: return tr("Product");
    case Unit: return tr("Service point");
    case Technician: return tr("Technician");
    case Appointment: return tr("Appointment");
    case Created: return tr("Created");
    default: return {};
    }
}

void TicketListModel::setTickets(const QList<common::Ticket>& tickets)
{
    beginResetModel();
    m_rows = tickets;
    endResetModel();
}

void TicketListModel::appendTickets(const QList<common::Ticket>& tickets)
{
    QList<common::Ticket> fresh;
    for (const common::Ticket& ticket : tickets) {
        if (rowOfTicket(ticket.id) < 0)
            fresh.append(ticket);
    }
    if (fresh.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    m_rows.append(fresh);
    endInsertRows();
}

bool TicketListModel::replace(const common::Ticket& ticket)
{
    const int row = rowOfTicket(ticket.id);
    if (row < 0)
        return false;
    m_rows[row] = ticket;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void TicketListModel::setNow(const QDateTime& now)
{
    m_now = now;
    refreshSla();
}

void TicketListModel::refreshSla()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Sla), index(int(m_rows.size()) - 1, Sla), {Qt::DisplayRole, Qt::ToolTipRole});
}

int TicketListModel::rowOfTicket(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace csm::client
