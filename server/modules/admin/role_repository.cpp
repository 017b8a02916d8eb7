#include "server/modules/admin/role_repository.h"

#include "server/db/pqxx_support.h"

namespace csm::server::admin {

using db::toQt;

namespace {
RoleRecord readRole(const pqxx::row& row)
{
    RoleRecord role;
    role.code = toQt(row[0]);
    role.name = toQt(row[1]);
    role.version = row[2].as<int>();
    role.permissions = db::parseTextArray(row[3]);
    return role;
}
} // namespace

void RoleRepository::registerStatements(ModuleRegistry& registry)
{
    registry.addStatements({
        {"admin_role_list",
         "SELECT r.code, r.name, r.version,"
         " ARRAY(SELECT p.permission_code FROM role_permission p WHERE p.role_code = r.code ORDER BY 1)"
         " FROM role r ORDER BY r.code"},
        {"admin_permission_list", "SELECT code, description FROM permission ORDER BY code"},
        {"admin_role_get_for_update",
         "SELECT r.code, r.name, r.version,"
         " ARRAY(SELECT p.permission_code FROM role_permission p WHERE p.role_code = r.code ORDER BY 1)"
         " FROM role r WHERE r.code = $1 FOR UPDATE"},
        {"admin_role_bump", "UPDATE role SET version = version + 1 WHERE code = $1 AND version = $2"},
        {"admin_role_permissions_clear", "DELETE FROM role_permission WHERE role_code = $1"},
        {"admin_role_permissions_add",
         "INSERT INTO role_permission (role_code, permission_code) SELECT $1, unnest($2::text[])"},
        {"admin_role_unknown",
         "SELECT c FROM unnest($1::text[]) AS c WHERE NOT EXISTS (SELECT 1 FROM role r WHERE r.code = c)"},
        {"admin_permission_unknown",
         "SELECT c FROM unnest($1::text[]) AS c WHERE NOT EXISTS (SELECT 1 FROM permission p WHERE p.code = c)"},
        {"admin_roles_grant",
         "SELECT EXISTS (SELECT 1 FROM role_permission WHERE role_code = ANY($1::text[]) AND permission_code = $2)"},
        {"admin_role_holders",
         "SELECT r.user_id FROM user_role r JOIN app_user u ON u.id = r.user_id"
         " WHERE r.role_code = $1 AND u.active ORDER BY r.user_id"},
    });
}

std::vector<RoleRecord> RoleRepository::listRoles(pqxx::transaction_base& tx)
{
    const auto result = tx.exec_prepared("admin_role_list");
    std::vector<RoleRecord> roles;
    roles.reserve(result.size());
    for (const auto& row : result)
        roles.push_back(readRole(row));
    return roles;
}

std::vector<PermissionRecord> RoleRepository::listPermissions(pqxx::transaction_base& tx)
{
    const auto result = tx.exec_prepared("admin_permission_list");
    std::vector<PermissionRecord> permissions;
    permissions.reserve(result.size());
    for (const auto& row : result)
        permissions.push_back(PermissionRecord{toQt(row[0]), toQt(row[1])});
    return permissions;
}

std::optional<RoleRecord> RoleRepository::findForUpdate(pqxx::transaction_base& tx, const QString& code)
{
    const auto result = tx.exec_prepared("admin_role_get_for_update", code.toStdString());
    if (result.empty())
        return std::nullopt;
    return readRole(result[0]);
}

bool RoleRepository::updatePermissions(pqxx::transaction_base& tx, const QString& code, int version,
                                       const QStringList& permissions)
{
    const std::string role = code.toStdString();
    if (tx.exec_prepared("admin_role_bump", role, version).affected_rows() != 1)
        return false;
    tx.exec_prepared0("admin_role_permissions_clear", role);
    tx.exec_prepared0("admin_role_permissions_add", role, db::textArrayLiteral(permissions));
    return true;
}

QStringList RoleRepository::unknownRoles(pqxx::transaction_base& tx, const QStringList& codes)
{
    QStringList unknown;
    for (const auto& row : tx.exec_prepared("admin_role_unknown", db::textArrayLiteral(codes)))
        unknown.append(toQt(row[0]));
    return unknown;
}

QStringList RoleRepository::unknownPermissions(pqxx::transaction_base& tx, const QStringList& codes)
{
    QStringList unknown;
    for (const auto& row : tx.exec_prepared("admin_permission_unknown", db::textArrayLiteral(codes)))
        unknown.append(toQt(row[0]));
    return unknown;
}

bool RoleRepository::rolesGrant(pqxx::transaction_base& tx, const QStringList& roles, const QString& permission)
{
    return tx.exec_prepared1("admin_roles_grant", db::textArrayLiteral(roles), permission.toStdString())[0].as<bool>();
}

std::vector<qint64> RoleRepository::activeHolders(pqxx::transaction_base& tx, const QString& code)
{
    std::vector<qint64> users;
    for (const auto& row : tx.exec_prepared("admin_role_holders", code.toStdString()))
        users.push_back(row[0].as<qint64>());
    return users;
}

} // namespace csm::server::admin
