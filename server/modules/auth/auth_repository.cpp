#include "server/modules/auth/auth_repository.h"

#include "server/db/pqxx_support.h"

namespace csm::server::auth {

using db::toQt;

void AuthRepository::registerStatements(ModuleRegistry& registry)
{
    registry.addStatements({
        {"auth_find_user", "SELECT id, password_hash, active FROM app_user WHERE username = $1"},
        {"auth_throttle_get",
         "SELECT key FROM login_throttle WHERE key IN ($1, $2) AND locked_until > now()"},
        {"auth_throttle_fail",
         "INSERT INTO login_throttle AS t (key, failures, window_start) VALUES ($1, 1, now()) "
         "ON CONFLICT (key) DO UPDATE SET "
         " failures = CASE WHEN t.window_start > now() - make_interval(mins => $2) THEN t.failures + 1 ELSE 1 END,"
         " window_start = CASE WHEN t.window_start > now() - make_interval(mins => $2) THEN t.window_start ELSE now() END "
         "RETURNING failures"},
        {"auth_throttle_lock",
         "UPDATE login_throttle SET locked_until = now() + make_interval(mins => $2) WHERE key = $1"},
        {"auth_throttle_clear", "DELETE FROM login_throttle WHERE key = $1"},
        {"auth_session_create",
         "INSERT INTO session (token_hash, user_id, expires_at, client) "
         "VALUES ($1, $2, now() + make_interval(hours => $3), $4) "
         "RETURNING id, to_char(expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"},
        {"auth_session_find",
         "SELECT s.id, s.user_id, to_char(s.expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') "
         "FROM session s JOIN app_user u ON u.id = s.user_id "
         "WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active"},
        {"auth_session_user",
         "SELECT u.id, u.username, u.display_name, u.org_unit_id, o.name, o.path::text,"
         " coalesce((SELECT array_agg(r.role_code ORDER BY r.role_code) FROM user_role r WHERE r.user_id = u.id), '{}'),"
         " coalesce((SELECT array_agg(DISTINCT p.permission_code) FROM user_role r"
         "           JOIN role_permission p ON p.role_code = r.role_code WHERE r.user_id = u.id), '{}') "
         "FROM app_user u JOIN org_unit o ON o.id = u.org_unit_id WHERE u.id = $1 AND u.active"},
        {"auth_session_touch", "UPDATE session SET last_seen_at = now() WHERE id = $1"},
        {"auth_session_revoke", "UPDATE session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL"},
        {"auth_session_revoke_user",
         "UPDATE session SET revoked_at = now() WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL"},
        {"auth_set_password",
         "UPDATE app_user SET password_hash = $2, password_changed_at = now(), version = version + 1 WHERE id = $1"},
    });
}

std::optional<UserCredentials> AuthRepository::findUser(pqxx::transaction_base& tx, const QString& username)
{
    const auto result = tx.exec_prepared("auth_find_user", username.toStdString());
    if (result.empty())
        return std::nullopt;
    return UserCredentials{result[0][0].as<qint64>(), result[0][1].as<std::string>(), result[0][2].as<bool>()};
}

ThrottleState AuthRepository::throttle(pqxx::transaction_base& tx, const std::string& userKey,
                                       const std::string& addressKey)
{
    ThrottleState state;
    for (const auto& row : tx.exec_prepared("auth_throttle_get", userKey, addressKey)) {
        const auto key = row[0].as<std::string>();
        state.userLocked |= key == userKey;
        state.addressLocked |= key == addressKey;
    }
    return state;
}

void AuthRepository::recordFailure(pqxx::transaction_base& tx, const std::string& key, int windowMinutes, int limit)
{
    const int failures = tx.exec_prepared1("auth_throttle_fail", key, windowMinutes)[0].as<int>();
    if (failures >= limit)
        tx.exec_prepared0("auth_throttle_lock", key, windowMinutes);
}

void AuthRepository::clearFailures(pqxx::transaction_base& tx, const std::string& key)
{
    tx.exec_prepared0("auth_throttle_clear", key);
}

SessionRow AuthRepository::createSession(pqxx::transaction_base& tx, qint64 userId, const std::string& tokenHash,
                                         int ttlHours, const QString& client)
{
    const auto row = tx.exec_prepared1("auth_session_create",
                                       pqxx::binarystring(tokenHash.data(), tokenHash.size()), userId, ttlHours,
                                       client.toStdString());
    return SessionRow{row[0].as<qint64>(), userId,
                      QDateTime::fromString(toQt(row[1]), Qt::ISODateWithMs)};
}

std::optional<SessionRow> AuthRepository::findLiveSession(pqxx::transaction_base& tx, const std::string& tokenHash)
{
    const auto result = tx.exec_prepared("auth_session_find", pqxx::binarystring(tokenHash.data(), tokenHash.size()));
    if (result.empty())
        return std::nullopt;
    return SessionRow{result[0][0].as<qint64>(), result[0][1].as<qint64>(),
                      QDateTime::fromString(toQt(result[0][2]), Qt::ISODateWithMs)};
}

std::optional<Session> AuthRepository::loadSessionUser(pqxx::transaction_base& tx, qint64 userId)
{
    const auto result = tx.exec_prepared("auth_session_user", userId);
    if (result.empty())
        return std::nullopt;
    const auto& row = result[0];
    Session session;
    session.userId = row[0].as<qint64>();
    session.username = toQt(row[1]);
    session.displayName = toQt(row[2]);
    session.orgUnitId = row[3].as<qint64>();
    session.orgUnitName = toQt(row[4]);
    session.orgPath = row[5].as<std::string>();
    session.roles = db::parseTextArray(row[6]);
    const QStringList permissions = db::parseTextArray(row[7]);
    session.permissions = QSet<QString>(permissions.cbegin(), permissions.cend());
    return session;
}

void AuthRepository::revokeSession(pqxx::transaction_base& tx, qint64 sessionId)
{
    tx.exec_prepared0("auth_session_revoke", sessionId);
}

void AuthRepository::revokeUserSessions(pqxx::transaction_base& tx, qint64 userId, qint64 exceptSessionId)
{
    tx.exec_prepared0("auth_session_revoke_user", userId, exceptSessionId);
}

void AuthRepository::setPassword(pqxx::transaction_base& tx, qint64 userId, const std::string& passwordHash)
{
    tx.exec_prepared0("auth_set_password", userId, passwordHash);
}

} // namespace csm::server::auth
