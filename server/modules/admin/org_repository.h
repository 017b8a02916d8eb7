#pragma once
// All SQL of the admin module about the org tree (the service network). Every statement is
// scoped to the caller's subtree (`path <@ $scope::ltree`).
#include "server/rpc/module_registry.h"

#include <pqxx/pqxx>

#include <QString>

#include <optional>
#include <vector>

namespace csm::server::admin {

struct OrgUnitRecord {
    qint64 id = 0;
    qint64 parentId = 0;     // 0 for the root (hq)
    QString kind;            // hq, region, province, point
    QString code;
    QString name;
    std::string path;        // ltree text: ids from the root, '1.3.7'
    bool active = true;
    int version = 0;
};

// Row lock taken by a read: Share keeps the unit as it is (e.g. active) until the transaction
// ends; Update is for the transaction that changes it.
enum class RowLock { None, Share, Update };

class OrgRepository {
public:
    static void registerStatements(ModuleRegistry& registry);

    // The caller's subtree ordered by path.
    static std::vector<OrgUnitRecord> list(pqxx::transaction_base& tx, const std::string& scope);
    // nullopt when missing or outside the scope.
    static std::optional<OrgUnitRecord> find(pqxx::transaction_base& tx, qint64 id, const std::string& scope,
                                             RowLock lock = RowLock::None);
    // nullopt when the code is already taken (the transaction is then aborted).
    static std::optional<OrgUnitRecord> insert(pqxx::transaction_base& tx, qint64 parentId, const QString& kind,
                                               const QString& code, const QString& name);
    // nullopt when the version did not match or the unit is outside the scope.
    static std::optional<OrgUnitRecord> update(pqxx::transaction_base& tx, qint64 id, int version, const QString& name,
                                               bool active, const std::string& scope);
    // Active users anywhere in the subtree rooted at `path`.
    static qint64 activeUsersBelow(pqxx::transaction_base& tx, const std::string& path);
    // Active units directly below `id`.
    static qint64 activeChildren(pqxx::transaction_base& tx, qint64 id);
};

} // namespace csm::server::admin
