#include "client/core/supervision_model.h"

#include "client/core/case_text.h"


namespace csm::client {

SupervisionModel::SupervisionModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int SupervisionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SupervisionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SupervisionModel::toolTip(const common::TicketSupervision& s) const
{
    QStringList lines;
    lines.append(tr("Opened by %1 at %2").arg(s.openedByName, CaseText::timeText(s.openedAt)));
    lines.append(tr("Demand: %1").arg(s.demand));
    if (s.overdueAt.isValid())
        lines.append(tr("Overdue since %1").arg(CaseText::timeText(s.overdueAt)));
    if (s.answeredAt.isValid())
        lines.append(tr("Answered by %1 at %2: %3").arg(s.answeredByName, CaseText::timeText(s.answeredAt), s.answer));
    if (s.closedAt.isValid())
        lines.append(s.closeNote.isEmpty() ? tr("Closed by %1 at %2").arg(s.closedByName, CaseText::timeText(s.closedAt))
                                           : tr("Closed by %1 at %2: %3")
                                                 .arg(s.closedByName, CaseText::timeText(s.closedAt), s.closeNote));
    return lines.join(QLatin1Char('\n'));
}

QVariant SupervisionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const common::TicketSupervision& s = m_rows.at(index.row());
    if (role == Qt::ToolTipRole)
        return toolTip(s);
    if (role == StatusCodeRole)
        return s.status;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Status: return CaseText::supervisionStatusName(s.status);
    case Deadline: return CaseText::timeText(s.deadline);
    case Unit: return s.targetOrgUnitName;
    case Demand: return s.demand;
    case Answer: return s.answer;
    default: return {};
    }
}

QVariant SupervisionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Status: return tr("State");
    case Deadline: return tr("Deadline");
    case Unit: return tr("Unit asked");
    case Demand: return tr("Demand");
    case Answer: return tr("Answer");
    default: return {};
    }
}

void SupervisionModel::setSupervisions(const QList<common::TicketSupervision>& supervisions)
{
    beginResetModel();
    m_rows = supervisions;
    endResetModel();
}

int SupervisionModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

} // namespace csm::client
