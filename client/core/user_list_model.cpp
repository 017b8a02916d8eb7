#include "client/core/user_list_model.h"

#include <QCborArray>

namespace csm::client {

AdminUser AdminUser::fromCbor(const QCborMap& map)
{
    AdminUser user;
    user.id = map.value(QStringLiteral("id")).toInteger();
    user.username = map.value(QStringLiteral("username")).toString();
    user.displayName = map.value(QStringLiteral("display_name")).toString();
    user.orgUnitId = map.value(QStringLiteral("org_unit_id")).toInteger();
    user.orgUnitName = map.value(QStringLiteral("org_unit_name")).toString();
    for (const QCborValue& role : map.value(QStringLiteral("roles")).toArray())
        user.roles.append(role.toString());
    user.extension = map.value(QStringLiteral("extension")).toString();
    user.active = map.value(QStringLiteral("active")).toBool(true);
    user.version = static_cast<int>(map.value(QStringLiteral("version")).toInteger());
    return user;
}

UserListModel::UserListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int UserListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int UserListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AdminUser& user = m_rows.at(index.row());
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Username: return user.username;
    case DisplayName: return user.displayName;
    case OrgUnit: return user.orgUnitName;
    case Roles: {
        QStringList names;
        for (const QString& code : user.roles)
            names.append(m_roleNames.value(code, code));
        return names.join(QStringLiteral(", "));
    }
    case Extension: return user.extension;
    case Active: return user.active ? tr("Active") : tr("Inactive");
    case ColumnCount: break;
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Username: return tr("Username");
    case DisplayName: return tr("Display name");
    case OrgUnit: return tr("Org unit");
    case Roles: return tr("Roles");
    case Extension: return tr("Extension");
    case Active: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

bool UserListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading;
}

void UserListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    emit fetchMoreRequested();
}

void UserListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_hasMore = false;
    m_loading = false;
    endResetModel();
}

void UserListModel::appendPage(const QList<AdminUser>& users, bool hasMore)
{
    m_loading = false;
    m_hasMore = hasMore;
    if (users.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(users.size()) - 1);
    m_rows.append(users);
    endInsertRows();
}

void UserListModel::stopPaging()
{
    m_loading = false;
    m_hasMore = false;
}

void UserListModel::upsert(const AdminUser& user)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == user.id) {
            m_rows[row] = user;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(user);
    endInsertRows();
}

void UserListModel::setRoleNames(const QHash<QString, QString>& names)
{
    m_roleNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Roles), index(static_cast<int>(m_rows.size()) - 1, Roles));
}

} // namespace csm::client
