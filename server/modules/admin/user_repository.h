#pragma once
// All SQL of the admin module about users. Every statement that reads or writes a user is
// scoped to the caller's org subtree (`org_unit.path <@ $scope::ltree`).
#include "server/rpc/module_registry.h"

#include <pqxx/pqxx>

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace csm::server::admin {

struct UserRecord {
    qint64 id = 0;
    QString username;
    QString displayName;
    qint64 orgUnitId = 0;
    QString orgUnitName;
    QStringList roles;       // sorted role codes
    QString extension;       // empty when none
    bool active = true;
    int version = 0;
    QString createdAt;       // ISO-8601 UTC
};

struct UserInsert {
    QString username;
    QString displayName;
    std::string passwordHash;
    qint64 orgUnitId = 0;
    QString extension;       // empty → NULL
};

struct UserWrite {
    QString displayName;
    qint64 orgUnitId = 0;
    QString extension;       // empty → NULL
    bool active = true;
};

// Which unique key an insert or update ran into.
enum class UserKey { None, Username, Extension };

class UserRepository {
public:
    static void registerStatements(ModuleRegistry& registry);

    // One page ordered by username, after `afterUsername`; `subtree` narrows the scope further.
    static std::vector<UserRecord> list(pqxx::transaction_base& tx, const std::string& scope,
                                        const std::optional<std::string>& subtree, const QString& query,
                                        const QString& afterUsername, int limit);
    // nullopt when missing or outside the scope.
    static std::optional<UserRecord> find(pqxx::transaction_base& tx, qint64 id, const std::string& scope,
                                          bool forUpdate = false);
    // Whether another user (any scope: both keys are unique across the install) holds it.
    static bool usernameTaken(pqxx::transaction_base& tx, const QString& username);
    static bool extensionTaken(pqxx::transaction_base& tx, const QString& extension, qint64 exceptUserId);

    // nullopt when the org unit is missing, inactive or outside the scope; `clash` tells which
    // unique key was already taken (the transaction is then aborted).
    static std::optional<qint64> insert(pqxx::transaction_base& tx, const UserInsert& user, const std::string& scope,
                                        UserKey& clash);
    // false when the version did not match or the user left the scope.
    static bool update(pqxx::transaction_base& tx, qint64 id, int version, const UserWrite& user,
                       const std::string& scope, UserKey& clash);
    static void replaceRoles(pqxx::transaction_base& tx, qint64 userId, const QStringList& roles);
    // false when the user is missing or outside the scope.
    static bool setPassword(pqxx::transaction_base& tx, qint64 id, const std::string& passwordHash,
                            const std::string& scope);
    // Revokes every live session of the user except `keepSessionId` (0: none kept).
    static void revokeSessions(pqxx::transaction_base& tx, qint64 userId, qint64 keepSessionId);
};

} // namespace csm::server::admin
