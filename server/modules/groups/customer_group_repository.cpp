#include "server/modules/groups/customer_group_repository.h"

#include "server/db/pqxx_support.h"
#include "server/rpc/read_query.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace csm::server::groups {

using common::ConditionType;
using common::SegmentRule;
using db::toQt;

namespace {
#define CSM_GROUP_COLUMNS                                                                                  \
    "g.id, g.version, g.name, g.description, g.kind, g.rule::text, g.org_unit_id, o.name, coalesce(g.created_by, 0)," \
    " coalesce(u.display_name, ''), " CSM_SQL_ISO("g.created_at") ", " CSM_SQL_ISO("g.updated_at") ","     \
    " g.member_count, g.org_path::text"
#define CSM_GROUP_FROM                                                                                     \
    " FROM customer_group g JOIN org_unit o ON o.id = g.org_unit_id LEFT JOIN app_user u ON u.id = g.created_by"

#define CSM_MEMBER_COLUMNS                                                                                 \
    "c.id, c.name, ARRAY(SELECT ph.phone FROM customer_phone ph WHERE ph.customer_id = c.id ORDER BY ph.position),"  \
    " c.address_text, c.vip_level, c.tags"

// A segment rule becomes one statement: the customers of the scope that meet every condition.
// Each condition type has a fixed SQL fragment whose values are parameters; the statement is the
// fragments of the conditions present, joined with AND — nothing of the client's text becomes
// SQL. It runs unnamed, planned with its actual values each time (QueryPlan::sql): a product
// condition becomes a semi-join the planner can drive from the products of the category
// (customer_product_model_purchase_idx, index only) and check against customer_segment_idx (index
// only); a region of one level is an index-only count of its level's index (see V0014).
struct SegmentSql {
    std::string where;
    std::vector<std::optional<std::string>> params;

    std::string next(std::optional<std::string> value)
    {
        params.push_back(std::move(value));
        return "$" + std::to_string(params.size());
    }
    void add(const std::string& fragment) { where += " AND " + fragment; }
};

std::string number(int value)
{
    return std::to_string(value);
}

SegmentSql segmentWhere(const SegmentRule& rule, const RegionLevels& levels, const std::string& scope)
{
    SegmentSql sql;
    sql.where = " WHERE c.org_path <@ " + sql.next(scope) + "::ltree";
    for (const common::SegmentCondition& c : rule.conditions) {
        switch (c.type) {
        case ConditionType::Product: {
            std::string product = "c.id IN (SELECT p.customer_id FROM customer_product p JOIN product_model m"
                                  " ON m.id = p.model_id WHERE m.category_code IN (SELECT csm_category_subtree("
                + sql.next(c.category.toStdString()) + "))";
            if (c.purchasedFrom.isValid())
                product += " AND p.purchase_date >= " + sql.next(c.purchasedFrom.toString(Qt::ISODate).toStdString()) + "::date";
            if (c.purchasedTo.isValid())
                product += " AND p.purchase_date <= " + sql.next(c.purchasedTo.toString(Qt::ISODate).toStdString()) + "::date";
            if (c.olderThanMonths)
                product += " AND p.purchase_date <= (current_date - make_interval(months => "
                    + sql.next(number(*c.olderThanMonths)) + "::int))::date";
            sql.add(product + ")");
            break;
        }
        case ConditionType::Region: {
            // The codes by level: a code matches through the customer's code of that level.
            static const char* const kColumns[] = {"c.province_code", "c.city_code", "c.district_code"};
            QStringList byLevel[3];
            for (const QString& code : c.values)
                byLevel[qBound(1, levels.value(code, 3), 3) - 1].append(code);
            std::string any;
            for (int level = 0; level < 3; ++level) {
                if (byLevel[level].isEmpty())
                    continue;
                any += (any.empty() ? "" : " OR ") + std::string(kColumns[level]) + " = ANY("
                    + sql.next(db::textArrayLiteral(byLevel[level])) + "::text[])";
            }
            sql.add("(" + any + ")");
            break;
        }
        case ConditionType::Gender: sql.add("c.gender = " + sql.next(c.value.toStdString())); break;
        case ConditionType::Age:
            if (c.min)
                sql.add("c.birth_date <= (current_date - make_interval(years => " + sql.next(number(*c.min)) + "::int))::date");
            if (c.max)
                sql.add("c.birth_date > (current_date - make_interval(years => " + sql.next(number(*c.max + 1))
                        + "::int))::date");
            break;
        case ConditionType::VipLevel:
            if (c.min)
                sql.add("c.vip_level >= " + sql.next(number(*c.min)) + "::int");
            if (c.max)
                sql.add("c.vip_level <= " + sql.next(number(*c.max)) + "::int");
            break;
        case ConditionType::Tags: sql.add("c.tags && " + sql.next(db::textArrayLiteral(c.values)) + "::text[]"); break;
        case ConditionType::Occupation:
            sql.add("c.occupation = ANY(" + sql.next(db::textArrayLiteral(c.values)) + "::text[])");
            break;
        case ConditionType::IncomeBand:
            sql.add("c.income_band = ANY(" + sql.next(db::textArrayLiteral(c.values)) + "::text[])");
            break;
        }
    }
    return sql;
}

QueryPlan segmentCountPlan(const SegmentRule& rule, const RegionLevels& levels, const std::string& scope)
{
    SegmentSql sql = segmentWhere(rule, levels, scope);
    return QueryPlan{{}, "SELECT count(*) FROM customer c" + sql.where, std::move(sql.params), {}};
}

QueryPlan segmentMembersPlan(const SegmentRule& rule, const RegionLevels& levels, const std::string& scope,
                             qint64 afterId, int limit)
{
    SegmentSql sql = segmentWhere(rule, levels, scope);
    const std::string after = sql.next(std::to_string(afterId));
    const std::string count = sql.next(std::to_string(limit));
    return QueryPlan{{}, "SELECT " CSM_MEMBER_COLUMNS ", NULL FROM customer c" + sql.where + " AND c.id > " + after
                             + "::bigint ORDER BY c.id LIMIT " + count + "::int",
                     std::move(sql.params), {}};
}

// A rule with every fragment, for the contract test (every statement prepares).
SegmentRule everyCondition()
{
    SegmentRule rule;
    for (ConditionType type : common::allConditionTypes()) {
        common::SegmentCondition c;
        c.type = type;
        c.category = QStringLiteral("X");
        c.purchasedFrom = QDate(2020, 1, 1);
        c.purchasedTo = QDate(2021, 1, 1);
        c.olderThanMonths = 12;
        c.values = {QStringLiteral("110000"), QStringLiteral("110100"), QStringLiteral("110101")};
        c.value = QStringLiteral("male");
        c.min = 1;
        c.max = 2;
        rule.conditions.append(c);
    }
    return rule;
}

const RegionLevels kEveryLevel{{QStringLiteral("110000"), 1}, {QStringLiteral("110100"), 2}, {QStringLiteral("110101"), 3}};

GroupRecord readGroup(const pqxx::row& row)
{
    GroupRecord record;
    common::CustomerGroup& g = record.group;
    g.id = row[0].as<qint64>();
    g.version = row[1].as<int>();
    g.name = toQt(row[2]);
    g.description = toQt(row[3]);
    g.kind = common::groupKindFromName(toQt(row[4])).value_or(common::GroupKind::Static);
    if (!row[5].is_null())
        g.rule = SegmentRule::fromCbor(
            QCborMap::fromJsonObject(QJsonDocument::fromJson(QByteArray(row[5].c_str())).object()));
    g.orgUnitId = row[6].as<qint64>();
    g.orgUnitName = toQt(row[7]);
    g.createdBy = row[8].as<qint64>();
    g.createdByName = toQt(row[9]);
    g.createdAt = db::fromIso(row[10]);
    g.updatedAt = db::fromIso(row[11]);
    g.memberCount = g.kind == common::GroupKind::Static ? row[12].as<qint64>() : -1;
    record.orgPath = row[13].as<std::string>();
    return record;
}

std::vector<common::GroupMember> readMembers(const pqxx::result& result)
{
    std::vector<common::GroupMember> members;
    members.reserve(result.size());
    for (const auto& row : result) {
        common::GroupMember m;
        m.customerId = row[0].as<qint64>();
        m.name = toQt(row[1]);
        m.phones = db::parseTextArray(row[2]);
        m.addressText = toQt(row[3]);
        m.vipLevel = row[4].as<int>();
        m.tags = db::parseTextArray(row[5]);
        m.addedAt = db::fromIso(row[6]);
        members.push_back(std::move(m));
    }
    return members;
}

std::string idArray(const std::vector<qint64>& ids)
{
    std::string literal = "{";
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0)
            literal += ',';
        literal += std::to_string(ids[i]);
    }
    return literal + "}";
}

std::optional<std::string> ruleJson(const GroupWrite& data)
{
    if (data.kind != common::GroupKind::Segment)
        return std::nullopt;
    return QJsonDocument(data.rule.toCbor().toJsonObject()).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace

void CustomerGroupRepository::registerStatements(ModuleRegistry& registry)
{
    registry.addStatements({
        {"grp_list",
         "SELECT " CSM_GROUP_COLUMNS CSM_GROUP_FROM " WHERE g.org_path <@ $1::ltree AND ($2::text IS NULL OR g.kind = $2)"
         " AND g.id > $3 ORDER BY g.id LIMIT $4"},
        {"grp_get", "SELECT " CSM_GROUP_COLUMNS CSM_GROUP_FROM " WHERE g.id = $1 AND g.org_path <@ $2::ltree"},
        {"grp_get_for_update",
         "SELECT " CSM_GROUP_COLUMNS CSM_GROUP_FROM " WHERE g.id = $1 AND g.org_path <@ $2::ltree FOR UPDATE OF g"},
        {"grp_org_unit", "SELECT id, path::text FROM org_unit WHERE id = $1 AND path <@ $2::ltree"},
        {"grp_name_taken",
         "SELECT 1 FROM customer_group WHERE org_unit_id = $1 AND lower(name) = lower($2) AND id <> $3"},
        {"grp_insert",
         "INSERT INTO customer_group (name, description, kind, rule, org_unit_id, org_path, created_by)"
         " VALUES ($1, $2, $3, $4::jsonb, $5, $6::ltree, $7) RETURNING id"},
        {"grp_update",
         "UPDATE customer_group SET name = $3, description = $4, rule = $5::jsonb, version = version + 1,"
         " updated_at = now() WHERE id = $1 AND version = $2"},
        {"grp_delete", "DELETE FROM customer_group WHERE id = $1 AND version = $2"},
        {"grp_customers_outside",
         "SELECT x FROM unnest($1::bigint[]) AS x WHERE NOT EXISTS"
         " (SELECT 1 FROM customer c WHERE c.id = x AND c.org_path <@ $2::ltree) ORDER BY x"},
        {"grp_add_members",
         "INSERT INTO customer_group_member (group_id, customer_id, added_by)"
         " SELECT $1, x, $3 FROM unnest($2::bigint[]) AS x ON CONFLICT DO NOTHING"},
        {"grp_remove_members", "DELETE FROM customer_group_member WHERE group_id = $1 AND customer_id = ANY($2::bigint[])"},
        {"grp_member_count", "SELECT member_count FROM customer_group WHERE id = $1"},
        {"grp_static_members",
         "SELECT " CSM_MEMBER_COLUMNS ", " CSM_SQL_ISO("m.added_at")
         " FROM customer_group_member m JOIN customer c ON c.id = m.customer_id"
         " WHERE m.group_id = $1 AND c.org_path <@ $2::ltree AND m.customer_id > $3 ORDER BY m.customer_id LIMIT $4"},
        {"grp_unknown_categories",
         "SELECT x FROM unnest($1::text[]) AS x WHERE NOT EXISTS (SELECT 1 FROM product_category WHERE code = x)"},
        {"grp_region_levels", "SELECT code, level FROM region WHERE code = ANY($1::text[])"},
        {"grp_audit",
         "INSERT INTO audit_log (user_id, action, entity, entity_id, detail)"
         " VALUES ($1, $2, 'customer_group', $3, $4::jsonb)"},
    });
    // Never run by name (see segmentWhere): registered with every fragment so that the contract
    // test prepares the SQL the rules become.
    registry.addStatements({
        {"grp_segment_count_check", segmentCountPlan(everyCondition(), kEveryLevel, "1").sql},
        {"grp_segment_members_check", segmentMembersPlan(everyCondition(), kEveryLevel, "1", 0, 1).sql},
    });
}

std::vector<GroupRecord> CustomerGroupRepository::list(pqxx::transaction_base& tx, const std::string& scope,
                                                       std::optional<common::GroupKind> kind, qint64 afterId, int limit)
{
    std::optional<std::string> kindText;
    if (kind)
        kindText = common::groupKindName(*kind).toStdString();
    std::vector<GroupRecord> groups;
    for (const auto& row : tx.exec_prepared("grp_list", scope, kindText, afterId, limit))
        groups.push_back(readGroup(row));
    return groups;
}

std::optional<GroupRecord> CustomerGroupRepository::find(pqxx::transaction_base& tx, qint64 id, const std::string& scope,
                                                         bool forUpdate)
{
    const auto result = tx.exec_prepared(forUpdate ? "grp_get_for_update" : "grp_get", id, scope);
    if (result.empty())
        return std::nullopt;
    return readGroup(result[0]);
}

std::optional<OrgUnitRef> CustomerGroupRepository::orgUnit(pqxx::transaction_base& tx, qint64 id,
                                                           const std::string& scope)
{
    const auto result = tx.exec_prepared("grp_org_unit", id, scope);
    if (result.empty())
        return std::nullopt;
    return OrgUnitRef{result[0][0].as<qint64>(), result[0][1].as<std::string>()};
}

bool CustomerGroupRepository::nameTaken(pqxx::transaction_base& tx, qint64 orgUnitId, const QString& name,
                                        qint64 exceptId)
{
    return !tx.exec_prepared("grp_name_taken", orgUnitId, name.toStdString(), exceptId).empty();
}

qint64 CustomerGroupRepository::insert(pqxx::transaction_base& tx, const GroupWrite& data, const OrgUnitRef& owner,
                                       qint64 createdBy)
{
    const auto row = tx.exec_prepared1("grp_insert", data.name.toStdString(), data.description.toStdString(),
                                       common::groupKindName(data.kind).toStdString(), ruleJson(data), owner.id,
                                       owner.path, createdBy);
    return row[0].as<qint64>();
}

bool CustomerGroupRepository::update(pqxx::transaction_base& tx, qint64 id, int version, const GroupWrite& data)
{
    return tx.exec_prepared("grp_update", id, version, data.name.toStdString(), data.description.toStdString(),
                            ruleJson(data))
               .affected_rows() == 1;
}

bool CustomerGroupRepository::remove(pqxx::transaction_base& tx, qint64 id, int version)
{
    return tx.exec_prepared("grp_delete", id, version).affected_rows() == 1;
}

std::vector<qint64> CustomerGroupRepository::customersOutside(pqxx::transaction_base& tx,
                                                              const std::vector<qint64>& customerIds,
                                                              const std::string& scope)
{
    std::vector<qint64> outside;
    for (const auto& row : tx.exec_prepared("grp_customers_outside", idArray(customerIds), scope))
        outside.push_back(row[0].as<qint64>());
    return outside;
}

int CustomerGroupRepository::addMembers(pqxx::transaction_base& tx, qint64 groupId,
                                        const std::vector<qint64>& customerIds, qint64 addedBy)
{
    return int(tx.exec_prepared("grp_add_members", groupId, idArray(customerIds), addedBy).affected_rows());
}

int CustomerGroupRepository::removeMembers(pqxx::transaction_base& tx, qint64 groupId,
                                           const std::vector<qint64>& customerIds)
{
    return int(tx.exec_prepared("grp_remove_members", groupId, idArray(customerIds)).affected_rows());
}

qint64 CustomerGroupRepository::memberCount(pqxx::transaction_base& tx, qint64 groupId)
{
    const auto result = tx.exec_prepared("grp_member_count", groupId);
    return result.empty() ? 0 : result[0][0].as<qint64>();
}

std::vector<common::GroupMember> CustomerGroupRepository::staticMembers(pqxx::transaction_base& tx, qint64 groupId,
                                                                        const std::string& scope, qint64 afterId,
                                                                        int limit)
{
    return readMembers(tx.exec_prepared("grp_static_members", groupId, scope, afterId, limit));
}

QStringList CustomerGroupRepository::unknownCategories(pqxx::transaction_base& tx, const QStringList& codes)
{
    QStringList unknown;
    for (const auto& row : tx.exec_prepared("grp_unknown_categories", db::textArrayLiteral(codes)))
        unknown.append(toQt(row[0]));
    return unknown;
}

RegionLevels CustomerGroupRepository::regionLevels(pqxx::transaction_base& tx, const QStringList& codes)
{
    RegionLevels levels;
    for (const auto& row : tx.exec_prepared("grp_region_levels", db::textArrayLiteral(codes)))
        levels.insert(toQt(row[0]), row[1].as<int>());
    return levels;
}

qint64 CustomerGroupRepository::segmentCount(pqxx::transaction_base& tx, const SegmentRule& rule,
                                             const RegionLevels& levels, const std::string& scope)
{
    return runPlan(tx, segmentCountPlan(rule, levels, scope))[0][0].as<qint64>();
}

std::vector<common::GroupMember> CustomerGroupRepository::segmentMembers(pqxx::transaction_base& tx,
                                                                         const SegmentRule& rule,
                                                                         const RegionLevels& levels,
                                                                         const std::string& scope, qint64 afterId,
                                                                         int limit)
{
    return readMembers(runPlan(tx, segmentMembersPlan(rule, levels, scope, afterId, limit)));
}

void CustomerGroupRepository::audit(pqxx::transaction_base& tx, qint64 userId, const QString& action, qint64 groupId,
                                    const QString& detailJson)
{
    tx.exec_prepared0("grp_audit", userId, action.toStdString(), groupId, detailJson.toStdString());
}

} // namespace csm::server::groups
