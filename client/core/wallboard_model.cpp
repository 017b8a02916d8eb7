#include "client/core/wallboard_model.h"

#include "client/core/desk_text.h"


#include <algorithm>

namespace csm::client {

WallboardModel::WallboardModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{
}

int WallboardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int WallboardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WallboardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgentInfo& agent = m_rows.at(index.row());
    if (role == UserIdRole)
        return agent.userId;
    if (role == StateCodeRole)
        return agent.state;
    if (role == Qt::TextAlignmentRole && index.column() == TimeInState)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Name: return agent.displayName;
    case Extension: return agent.extension;
    case State: return DeskText::stateName(agent.state);
    case Reason: return agent.state == QLatin1String("not_ready") ? DeskText::reasonName(agent.reason) : QString();
    case TimeInState:
        if (!agent.isLoggedIn() || !agent.since.isValid())
            return QString();
        return formatDuration(agent.since.secsTo(m_now));
    case ColumnCount: break;
    }
    return {};
}

QVariant WallboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (static_cast<Column>(section)) {
    case Name: return tr("Agent");
    case Extension: return tr("Extension");
    case State: return tr("State");
    case Reason: return tr("Reason");
    case TimeInState: return tr("Time in state");
    case ColumnCount: break;
    }
    return {};
}

void WallboardModel::setAgents(const QList<AgentInfo>& agents)
{
    beginResetModel();
    m_rows = agents;
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const AgentInfo& a, const AgentInfo& b) { return a.extension < b.extension; });
    endResetModel();
}

int WallboardModel::rowOfAgent(qint64 userId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).userId == userId)
            return row;
    }
    return -1;
}

void WallboardModel::upsertAgent(const AgentInfo& agent)
{
    const int row = rowOfAgent(agent.userId);
    if (row >= 0) {
        m_rows[row] = agent;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const auto position = std::upper_bound(m_rows.begin(), m_rows.end(), agent,
                                           [](const AgentInfo& a, const AgentInfo& b) { return a.extension < b.extension; });
    const int at = static_cast<int>(position - m_rows.begin());
    beginInsertRows({}, at, at);
    m_rows.insert(at, agent);
    endInsertRows();
}

void WallboardModel::setFigures(const CallFigures& figures)
{
    m_figures = figures;
    emit figuresChanged(m_figures);
}

void WallboardModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, TimeInState), index(static_cast<int>(m_rows.size()) - 1, TimeInState),
                         {Qt::DisplayRole});
}

int WallboardModel::countInState(const QString& state) const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(),
                                          [&](const AgentInfo& agent) { return agent.state == state; }));
}

} // namespace csm::client
