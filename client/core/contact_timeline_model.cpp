#include "client/core/contact_timeline_model.h"

#include "client/core/desk_text.h"
#include "client/core/plain_text.h"

namespace csm::client {

ContactTimelineModel::ContactTimelineModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int ContactTimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ContactTimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactEntry& entry = m_rows.at(index.row());
    if (role == ContactIdRole)
        return entry.id;
    if (role == ChannelCodeRole)
        return entry.channel;
    if (role == Qt::ToolTipRole && index.column() == Summary)
        return plainToolTip(entry.summary);
    if (role == Qt::TextAlignmentRole && index.column() == TalkTime)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case When: return entry.occurredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Channel: {
        const QString symbol = DeskText::channelSymbol(entry.channel);
        const QString name = DeskText::channelName(entry.channel);
        return symbol.isEmpty() ? name : symbol + QLatin1Char(' ') + name;
    }
    case Summary: return QString(entry.summary).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case Agent: return entry.userName;
    case Outcome: return entry.hasCall ? DeskText::outcomeName(entry.callOutcome) : QString();
    case TalkTime: return entry.hasCall && entry.talkSeconds >= 0 ? formatDuration(entry.talkSeconds) : QString();
    case ColumnCount: break;
    }
    return {};
}

QVariant ContactTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (static_cast<Column>(section)) {
    case When: return tr("When");
    case Channel: return tr("Channel");
    case Summary: return tr("Summary");
    case Agent: return tr("Agent");
    case Outcome: return tr("Call outcome");
    case TalkTime: return tr("Talk time");
    case ColumnCount: break;
    }
    return {};
}

bool ContactTimelineModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading;
}

void ContactTimelineModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    emit fetchMoreRequested();
}

void ContactTimelineModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_hasMore = false;
    m_loading = false;
    endResetModel();
}

void ContactTimelineModel::appendPage(const QList<ContactEntry>& entries, bool hasMore)
{
    m_loading = false;
    m_hasMore = hasMore;
    if (entries.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(entries.size()) - 1);
    m_rows.append(entries);
    endInsertRows();
}

void ContactTimelineModel::stopPaging()
{
    m_loading = false;
    m_hasMore = false;
}

} // namespace csm::client
