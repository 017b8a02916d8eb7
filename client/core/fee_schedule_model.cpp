#include "client/core/fee_schedule_model.h"

#include "client/core/fee_text.h"
#include "client/core/ticket_text.h"

namespace csm::client {

FeeScheduleModel::FeeScheduleModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int FeeScheduleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FeeScheduleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeeScheduleModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const common::FeeSchedule& s = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == Labour || index.column() == Travel))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ServiceType: return TicketText::serviceTypeName(s.serviceType);
    case Category: return tr("%1 (%2)").arg(s.categoryName, s.categoryCode);
    case ValidFrom: return s.validFrom.toString(Qt::ISODate);
    case Labour: return FeeText::yuan(s.labourFen);
    case Travel: return FeeText::yuan(s.travelFen);
    case Current: return s.current ? tr("applies today") : QString();
    default: return {};
    }
}

QVariant FeeScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServiceType: return tr("Service type");
    case Category: return tr("Product category");
    case ValidFrom: return tr("Valid from");
    case Labour: return tr("Labour fee");
    case Travel: return tr("Travel fee");
    case Current: return tr("Status");
    default: return {};
    }
}

void FeeScheduleModel::setSchedules(const QList<common::FeeSchedule>& schedules)
{
    beginResetModel();
    m_rows = schedules;
    endResetModel();
}

int FeeScheduleModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

} // namespace csm::client
