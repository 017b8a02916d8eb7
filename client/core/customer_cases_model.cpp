#include "client/core/customer_cases_model.h"

#include "client/core/ticket_list_model.h"
#include "client/core/ticket_text.h"

#include <algorithm>

namespace csm::client {

CustomerCasesModel::CustomerCasesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CustomerCasesModel::setOrders(TicketListModel* orders)
{
    if (m_orders)
        disconnect(m_orders, nullptr, this, nullptr);
    m_orders = orders;
    if (orders) {
        connect(orders, &QAbstractItemModel::modelReset, this, &CustomerCasesModel::rebuild);
        connect(orders, &QAbstractItemModel::rowsInserted, this, &CustomerCasesModel::rebuild);
        connect(orders, &QAbstractItemModel::rowsRemoved, this, &CustomerCasesModel::rebuild);
        connect(orders, &QAbstractItemModel::dataChanged, this, &CustomerCasesModel::rebuild);
    }
    rebuild();
}

void CustomerCasesModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    for (int i = 0; m_orders && i < m_orders->rowCount(); ++i) {
        const common::Ticket& t = m_orders->ticketAt(i);
        if (!t.visitResult.trimmed().isEmpty()) {
            const QDateTime when = t.closedAt.isValid() ? t.closedAt : t.updatedAt;
            m_rows.append({when, tr("Follow-up"), t.number, t.visitResult.simplified(), t.id});
        }
        if (t.serviceType == QLatin1String("complaint") || t.serviceType == QLatin1String("suggestion")
            || t.serviceType == QLatin1String("praise")) {
            const QString state = t.stateName.isEmpty() ? TicketText::categoryName(t.stateCategory) : t.stateName;
            m_rows.append({t.createdAt, TicketText::serviceTypeName(t.serviceType), t.number,
                           tr("%1 (%2)").arg(t.description.simplified(), state), t.id});
        }
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) { return a.when > b.when; });
    endResetModel();
}

int CustomerCasesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerCasesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerCasesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Text)
        return row.text;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When: return row.when.isValid() ? row.when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    case Kind: return row.kind;
    case Order: return row.number;
    case Text: return row.text;
    default: return {};
    }
}

QVariant CustomerCasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When: return tr("When");
    case Kind: return tr("Kind");
    case Order: return tr("Order");
    case Text: return tr("What the customer said");
    default: return {};
    }
}

} // namespace csm::client
