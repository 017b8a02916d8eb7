#include "client/core/group_list_model.h"

#include "client/core/group_text.h"
#include "client/core/plain_text.h"

#include <QLocale>

namespace csm::client {

GroupListModel::GroupListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int GroupListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GroupListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const common::CustomerGroup& group = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == GroupIdRole)
        return group.id;
    if (role == Qt::TextAlignmentRole && column == Members)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole) {
        if (column == Name)
            return plainToolTip(group.description.isEmpty() ? group.name : group.name + QLatin1Char('\n') + group.description);
        if (column == Members && group.kind == common::GroupKind::Segment)
            return tr("Customers matching the rule now");
        return {};
    }
    if (role == SortRole) {
        switch (column) {
        case Members: return group.memberCount;
        case Updated: return group.updatedAt;
        default: return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name: return group.name;
    case Kind: return GroupText::kindName(group.kind);
    case Members:
        if (m_counting.value(group.id))
            return QStringLiteral("…");
        return group.memberCount >= 0 ? QLocale().toString(group.memberCount) : QStringLiteral("–");
    case OrgUnit: return group.orgUnitName;
    case Updated: return QLocale().toString(group.updatedAt.toLocalTime(), QLocale::ShortFormat);
    case ColumnCount: break;
    }
    return {};
}

QVariant GroupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Name: return tr("Name");
    case Kind: return tr("Kind");
    case Members: return tr("Customers");
    case OrgUnit: return tr("Org unit");
    case Updated: return tr("Changed");
    case ColumnCount: break;
    }
    return {};
}

void GroupListModel::setGroups(const QList<common::CustomerGroup>& groups)
{
    beginResetModel();
    m_rows = groups;
    m_counting.clear();
    endResetModel();
}

void GroupListModel::upsert(const common::CustomerGroup& group)
{
    const int row = rowOfGroup(group.id);
    if (row < 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(group);
        endInsertRows();
        return;
    }
    const qint64 known = m_rows[row].memberCount;
    const bool sameRule = m_rows[row].rule == group.rule;
    m_rows[row] = group;
    // A segment saved without a new rule still has the count evaluated before.
    if (group.memberCount < 0 && group.kind == common::GroupKind::Segment && sameRule)
        m_rows[row].memberCount = known;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void GroupListModel::remove(qint64 groupId)
{
    const int row = rowOfGroup(groupId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    m_counting.remove(groupId);
}

void GroupListModel::setMemberCount(qint64 groupId, qint64 count)
{
    m_counting.remove(groupId);
    const int row = rowOfGroup(groupId);
    if (row < 0)
        return;
    m_rows[row].memberCount = count;
    emit dataChanged(index(row, Members), index(row, Members));
}

void GroupListModel::setCounting(qint64 groupId, bool counting)
{
    if (counting)
        m_counting.insert(groupId, true);
    else
        m_counting.remove(groupId);
    const int row = rowOfGroup(groupId);
    if (row >= 0)
        emit dataChanged(index(row, Members), index(row, Members));
}

int GroupListModel::rowOfGroup(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

const common::CustomerGroup* GroupListModel::group(qint64 id) const
{
    const int row = rowOfGroup(id);
    return row < 0 ? nullptr : &m_rows.at(row);
}

} // namespace csm::client
