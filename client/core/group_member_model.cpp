#include "client/core/group_member_model.h"

#include "client/core/customer_search_model.h"
#include "client/core/plain_text.h"

#include <QLocale>

namespace csm::client {

GroupMemberModel::GroupMemberModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int GroupMemberModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GroupMemberModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupMemberModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const common::GroupMember& member = m_rows.at(index.row());
    if (role == CustomerIdRole)
        return member.customerId;
    if (role == Qt::TextAlignmentRole && index.column() == VipLevel)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole) {
        const QVariant shown = data(index, Qt::DisplayRole);
        return shown.typeId() == QMetaType::QString ? QVariant(plainToolTip(shown.toString())) : QVariant();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Name: return member.name;
    case Phones: return CustomerSearchModel::displayPhones(member.phones);
    case Address: return member.addressText;
    case VipLevel: return member.vipLevel;
    case Tags: return member.tags.join(QStringLiteral(", "));
    case Added:
        return member.addedAt.isValid() ? QLocale().toString(member.addedAt.toLocalTime(), QLocale::ShortFormat) : QString();
    case ColumnCount: break;
    }
    return {};
}

QVariant GroupMemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (static_cast<Column>(section)) {
    case Name: return tr("Name");
    case Phones: return tr("Phones");
    case Address: return tr("Address");
    case VipLevel: return tr("VIP level");
    case Tags: return tr("Tags");
    case Added: return tr("Added");
    case ColumnCount: break;
    }
    return {};
}

bool GroupMemberModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading;
}

void GroupMemberModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    emit fetchMoreRequested();
}

void GroupMemberModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_hasMore = false;
    m_loading = false;
    endResetModel();
}

void GroupMemberModel::appendPage(const QList<common::GroupMember>& members, bool hasMore)
{
    m_loading = false;
    m_hasMore = hasMore;
    if (members.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(members.size()) - 1);
    m_rows.append(members);
    endInsertRows();
}

void GroupMemberModel::stopPaging()
{
    m_loading = false;
    m_hasMore = false;
}

void GroupMemberModel::removeCustomers(const QList<qint64>& customerIds)
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!customerIds.contains(m_rows.at(row).customerId))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

} // namespace csm::client
