#pragma once
// All SQL of the admin module about roles and permissions. Roles are global: no org scope.
#include "server/rpc/module_registry.h"

#include <pqxx/pqxx>

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace csm::server::admin {

struct RoleRecord {
    QString code;
    QString name;
    QStringList permissions;   // sorted permission codes
    int version = 0;
};

struct PermissionRecord {
    QString code;
    QString description;
};

class RoleRepository {
public:
    static void registerStatements(ModuleRegistry& registry);

    static std::vector<RoleRecord> listRoles(pqxx::transaction_base& tx);
    static std::vector<PermissionRecord> listPermissions(pqxx::transaction_base& tx);
    static std::optional<RoleRecord> findForUpdate(pqxx::transaction_base& tx, const QString& code);
    // Replaces the permissions and bumps the version; false when the version did not match.
    static bool updatePermissions(pqxx::transaction_base& tx, const QString& code, int version,
                                  const QStringList& permissions);
    // The codes of `codes` that do not exist.
    static QStringList unknownRoles(pqxx::transaction_base& tx, const QStringList& codes);
    static QStringList unknownPermissions(pqxx::transaction_base& tx, const QStringList& codes);
    // Whether any of the roles grants the permission.
    static bool rolesGrant(pqxx::transaction_base& tx, const QStringList& roles, const QString& permission);
    // Active users holding the role.
    static std::vector<qint64> activeHolders(pqxx::transaction_base& tx, const QString& code);
};

} // namespace csm::server::admin
