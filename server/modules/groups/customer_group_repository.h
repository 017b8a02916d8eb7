#pragma once
// All SQL of customer groups: the groups, the members of static groups, and the one
// parameterised query a segment rule becomes.
#include "common/model/customer_group.h"
#include "server/rpc/module_registry.h"

#include <pqxx/pqxx>

#include <QHash>

#include <optional>
#include <vector>

namespace csm::server::groups {

// A group as stored, with the path of its owning unit (the scope its segment is evaluated in).
struct GroupRecord {
    common::CustomerGroup group;
    std::string orgPath;
};

struct GroupWrite {
    QString name;
    QString description;
    common::GroupKind kind = common::GroupKind::Static;
    common::SegmentRule rule;   // segments only
};

// Region code → level (1 province, 2 city, 3 district).
using RegionLevels = QHash<QString, int>;

struct OrgUnitRef {
    qint64 id = 0;
    std::string path;
};

class CustomerGroupRepository {
public:
    static void registerStatements(ModuleRegistry& registry);

    // Groups owned inside `scope`, ordered by id, after `afterId`; `kind` filters when set.
    static std::vector<GroupRecord> list(pqxx::transaction_base& tx, const std::string& scope,
                                         std::optional<common::GroupKind> kind, qint64 afterId, int limit);
    // Scoped to the org subtree; nullopt when missing or outside it.
    static std::optional<GroupRecord> find(pqxx::transaction_base& tx, qint64 id, const std::string& scope,
                                           bool forUpdate = false);
    // The org unit with that id inside `scope`.
    static std::optional<OrgUnitRef> orgUnit(pqxx::transaction_base& tx, qint64 id, const std::string& scope);
    // Another group of the unit with this name, ignoring case (excluding `exceptId`).
    static bool nameTaken(pqxx::transaction_base& tx, qint64 orgUnitId, const QString& name, qint64 exceptId);
    static qint64 insert(pqxx::transaction_base& tx, const GroupWrite& data, const OrgUnitRef& owner, qint64 createdBy);
    // False when the version did not match.
    static bool update(pqxx::transaction_base& tx, qint64 id, int version, const GroupWrite& data);
    static bool remove(pqxx::transaction_base& tx, qint64 id, int version);

    // The ids of `customerIds` that are not customers inside `scope`.
    static std::vector<qint64> customersOutside(pqxx::transaction_base& tx, const std::vector<qint64>& customerIds,
                                                const std::string& scope);
    // Adds the customers (already members are skipped); returns how many were added.
    static int addMembers(pqxx::transaction_base& tx, qint64 groupId, const std::vector<qint64>& customerIds,
                          qint64 addedBy);
    static int removeMembers(pqxx::transaction_base& tx, qint64 groupId, const std::vector<qint64>& customerIds);
    static qint64 memberCount(pqxx::transaction_base& tx, qint64 groupId);
    // Members of a static group visible in `scope`, ordered by customer id.
    static std::vector<common::GroupMember> staticMembers(pqxx::transaction_base& tx, qint64 groupId,
                                                          const std::string& scope, qint64 afterId, int limit);

    // The codes among these that are not in the catalogue / the region tree.
    static QStringList unknownCategories(pqxx::transaction_base& tx, const QStringList& codes);
    // The levels of the codes that exist in the region tree (unknown codes are missing).
    static RegionLevels regionLevels(pqxx::transaction_base& tx, const QStringList& codes);

    // The customers inside `scope` that match the rule (one statement): how many, and a page of
    // them. `levels` holds the level of each region code of the rule.
    static qint64 segmentCount(pqxx::transaction_base& tx, const common::SegmentRule& rule, const RegionLevels& levels,
                               const std::string& scope);
    static std::vector<common::GroupMember> segmentMembers(pqxx::transaction_base& tx, const common::SegmentRule& rule,
                                                           const RegionLevels& levels, const std::string& scope,
                                                           qint64 afterId, int limit);

    static void audit(pqxx::transaction_base& tx, qint64 userId, const QString& action, qint64 groupId,
                      const QString& detailJson);
};

} // namespace csm::server::groups
