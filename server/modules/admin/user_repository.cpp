#include "server/modules/admin/user_repository.h"

#include "server/db/pqxx_support.h"

namespace csm::server::admin {

using db::toQt;

namespace {
#define CSM_ADMIN_USER_COLUMNS                                                                        \
    "u.id, u.username, u.display_name, u.org_unit_id, o.name,"                                         \
    " ARRAY(SELECT r.role_code FROM user_role r WHERE r.user_id = u.id ORDER BY r.role_code),"         \
    " coalesce(u.extension, ''), u.active, u.version,"                                                 \
    " to_char(u.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"                   \
    " FROM app_user u JOIN org_unit o ON o.id = u.org_unit_id"

UserRecord readUser(const pqxx::row& row)
{
    UserRecord user;
    user.id = row[0].as<qint64>();
    user.username = toQt(row[1]);
    user.displayName = toQt(row[2]);
    user.orgUnitId = row[3].as<qint64>();
    user.orgUnitName = toQt(row[4]);
    user.roles = db::parseTextArray(row[5]);
    user.extension = toQt(row[6]);
    user.active = row[7].as<bool>();
    user.version = row[8].as<int>();
    user.createdAt = toQt(row[9]);
    return user;
}

// The unique index a violation names (its text carries the constraint name, never translated).
UserKey clashOf(const pqxx::unique_violation& error)
{
    const std::string text = error.what();
    if (text.find("app_user_username_idx") != std::string::npos)
        return UserKey::Username;
    if (text.find("app_user_extension_idx") != std::string::npos)
        return UserKey::Extension;
    return UserKey::None;
}
} // namespace

void UserRepository::registerStatements(ModuleRegistry& registry)
{
    registry.addStatements({
        {"admin_user_list",
         "SELECT " CSM_ADMIN_USER_COLUMNS
         " WHERE o.path <@ $1::ltree AND ($2::ltree IS NULL OR o.path <@ $2::ltree)"
         " AND (strpos(lower(u.username), lower($3)) > 0 OR strpos(lower(u.display_name), lower($3)) > 0)"
         " AND u.username > $4 ORDER BY u.username LIMIT $5"},
        {"admin_user_get", "SELECT " CSM_ADMIN_USER_COLUMNS " WHERE u.id = $1 AND o.path <@ $2::ltree"},
        {"admin_user_get_for_update",
         "SELECT " CSM_ADMIN_USER_COLUMNS " WHERE u.id = $1 AND o.path <@ $2::ltree FOR UPDATE OF u"},
        {"admin_user_username_taken", "SELECT 1 FROM app_user WHERE username = $1"},
        {"admin_user_extension_taken", "SELECT 1 FROM app_user WHERE extension = $1 AND id <> $2"},
        {"admin_user_insert",
         "INSERT INTO app_user (username, display_name, password_hash, org_unit_id, extension)"
         " SELECT $1, $2, $3, o.id, $5 FROM org_unit o WHERE o.id = $4 AND o.active AND o.path <@ $6::ltree"
         " FOR SHARE OF o RETURNING id"},
        {"admin_user_update",
         "UPDATE app_user SET display_name = $3, org_unit_id = $4, extension = $5, active = $6,"
         " version = version + 1 WHERE id = $1 AND version = $2"
         " AND org_unit_id IN (SELECT id FROM org_unit WHERE path <@ $7::ltree)"
         " AND $4 IN (SELECT id FROM org_unit WHERE path <@ $7::ltree)"},
        {"admin_user_roles_clear", "DELETE FROM user_role WHERE user_id = $1"},
        {"admin_user_roles_add",
         "INSERT INTO user_role (user_id, role_code) SELECT $1, unnest($2::text[])"},
        {"admin_user_set_password",
         "UPDATE app_user SET password_hash = $2, password_changed_at = now(), version = version + 1"
         " WHERE id = $1 AND org_unit_id IN (SELECT id FROM org_unit WHERE path <@ $3::ltree)"},
        {"admin_user_revoke_sessions",
         "UPDATE session SET revoked_at = now() WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL"},
    });
}

std::vector<UserRecord> UserRepository::list(pqxx::transaction_base& tx, const std::string& scope,
                                             const std::optional<std::string>& subtree, const QString& query,
                                             const QString& afterUsername, int limit)
{
    const auto result = tx.exec_prepared("admin_user_list", scope, subtree, query.toStdString(),
                                         afterUsername.toStdString(), limit);
    std::vector<UserRecord> users;
    users.reserve(result.size());
    for (const auto& row : result)
        users.push_back(readUser(row));
    return users;
}

std::optional<UserRecord> UserRepository::find(pqxx::transaction_base& tx, qint64 id, const std::string& scope,
                                               bool forUpdate)
{
    const auto result = tx.exec_prepared(forUpdate ? "admin_user_get_for_update" : "admin_user_get", id, scope);
    if (result.empty())
        return std::nullopt;
    return readUser(result[0]);
}

bool UserRepository::usernameTaken(pqxx::transaction_base& tx, const QString& username)
{
    return !tx.exec_prepared("admin_user_username_taken", username.toStdString()).empty();
}

bool UserRepository::extensionTaken(pqxx::transaction_base& tx, const QString& extension, qint64 exceptUserId)
{
    return !tx.exec_prepared("admin_user_extension_taken", extension.toStdString(), exceptUserId).empty();
}

std::optional<qint64> UserRepository::insert(pqxx::transaction_base& tx, const UserInsert& user,
                                             const std::string& scope, UserKey& clash)
{
    clash = UserKey::None;
    try {
        const auto result = tx.exec_prepared("admin_user_insert", user.username.toStdString(),
                                             user.displayName.toStdString(), user.passwordHash, user.orgUnitId,
                                             db::optionalText(user.extension), scope);
        if (result.empty())
            return std::nullopt;
        return result[0][0].as<qint64>();
    } catch (const pqxx::unique_violation& error) {
        clash = clashOf(error);
        if (clash == UserKey::None)
            throw;
        return std::nullopt;
    }
}

bool UserRepository::update(pqxx::transaction_base& tx, qint64 id, int version, const UserWrite& user,
                            const std::string& scope, UserKey& clash)
{
    clash = UserKey::None;
    try {
        const auto result = tx.exec_prepared("admin_user_update", id, version, user.displayName.toStdString(),
                                             user.orgUnitId, db::optionalText(user.extension), user.active, scope);
        return result.affected_rows() == 1;
    } catch (const pqxx::unique_violation& error) {
        clash = clashOf(error);
        if (clash == UserKey::None)
            throw;
        return false;
    }
}

void UserRepository::replaceRoles(pqxx::transaction_base& tx, qint64 userId, const QStringList& roles)
{
    tx.exec_prepared0("admin_user_roles_clear", userId);
    tx.exec_prepared0("admin_user_roles_add", userId, db::textArrayLiteral(roles));
}

bool UserRepository::setPassword(pqxx::transaction_base& tx, qint64 id, const std::string& passwordHash,
                                 const std::string& scope)
{
    return tx.exec_prepared("admin_user_set_password", id, passwordHash, scope).affected_rows() == 1;
}

void UserRepository::revokeSessions(pqxx::transaction_base& tx, qint64 userId, qint64 keepSessionId)
{
    tx.exec_prepared0("admin_user_revoke_sessions", userId, keepSessionId);
}

} // namespace csm::server::admin
