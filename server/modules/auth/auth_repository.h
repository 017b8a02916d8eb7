#pragma once
// All SQL of the auth module.
#include "server/rpc/module_registry.h"
#include "server/rpc/session.h"

#include <pqxx/pqxx>

#include <optional>

namespace csm::server::auth {

struct UserCredentials {
    qint64 id = 0;
    std::string passwordHash;
    bool active = false;
};

struct ThrottleState {
    bool userLocked = false;
    bool addressLocked = false;
};

struct SessionRow {
    qint64 id = 0;
    qint64 userId = 0;
    QDateTime expiresAt;
};

class AuthRepository {
public:
    static void registerStatements(ModuleRegistry& registry);

    static std::optional<UserCredentials> findUser(pqxx::transaction_base& tx, const QString& username);
    static ThrottleState throttle(pqxx::transaction_base& tx, const std::string& userKey,
                                  const std::string& addressKey);
    static void recordFailure(pqxx::transaction_base& tx, const std::string& key, int windowMinutes, int limit);
    static void clearFailures(pqxx::transaction_base& tx, const std::string& key);
    static SessionRow createSession(pqxx::transaction_base& tx, qint64 userId, const std::string& tokenHash,
                                    int ttlHours, const QString& client);
    static std::optional<SessionRow> findLiveSession(pqxx::transaction_base& tx, const std::string& tokenHash);
    // Fills the user part of a session (names, org, roles, permissions); nullopt if inactive.
    static std::optional<Session> loadSessionUser(pqxx::transaction_base& tx, qint64 userId);
    static void revokeSession(pqxx::transaction_base& tx, qint64 sessionId);
    static void revokeUserSessions(pqxx::transaction_base& tx, qint64 userId, qint64 exceptSessionId);
    static void setPassword(pqxx::transaction_base& tx, qint64 userId, const std::string& passwordHash);
};

} // namespace csm::server::auth
