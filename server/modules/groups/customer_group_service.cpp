#include "server/modules/groups/customer_group_service.h"

#include "common/domain/text_rules.h"
#include "common/model/customer_group.h"
#include "server/modules/groups/customer_group_repository.h"
#include "server/rpc/api_error.h"

#include <QCborArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace csm::server::groups {

using common::CustomerGroup;
using common::GroupKind;
using common::SegmentRule;

namespace {
constexpr qint64 kMaxId = std::numeric_limits<qint64>::max();
constexpr int kDefaultGroupPage = 200;
constexpr int kMaxGroupPage = 500;
constexpr int kDefaultMemberPage = 50;
constexpr int kMaxMemberPage = 200;

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

qint64 cursorOf(const Args& args)
{
    const QString cursor = args.stringOr(QStringLiteral("cursor"), 20, {});
    if (cursor.isEmpty())
        return 0;
    bool ok = false;
    const qint64 after = cursor.toLongLong(&ok);
    if (!ok || after < 0)
        throw ApiError::validation(QStringLiteral("cursor"), QStringLiteral("is not a cursor of this list"));
    return after;
}

// The rule argument: the vocabulary (common/model), then the catalogue and the region tree.
SegmentRule checkedRule(pqxx::transaction_base& tx, const Args& args)
{
    if (!args.has(QStringLiteral("rule")))
        throw ApiError::validation(QStringLiteral("rule"), QStringLiteral("is required"));
    SegmentRule rule;
    const auto problems = common::parseSegmentRule(args.map().value(QStringLiteral("rule")), rule);
    if (!problems.isEmpty())
        throw ApiError::validation(problems);

    QStringList categories, regions;
    for (const common::SegmentCondition& condition : rule.conditions) {
        if (condition.type == common::ConditionType::Product)
            categories.append(condition.category);
        else if (condition.type == common::ConditionType::Region)
            regions.append(condition.values);
    }
    const QStringList unknownCategories =
        categories.isEmpty() ? QStringList() : CustomerGroupRepository::unknownCategories(tx, categories);
    const RegionLevels levels = regions.isEmpty() ? RegionLevels() : CustomerGroupRepository::regionLevels(tx, regions);
    QMap<QString, QString> unknown;
    for (int index = 0; index < rule.conditions.size(); ++index) {
        const common::SegmentCondition& condition = rule.conditions.at(index);
        if (condition.type == common::ConditionType::Product && unknownCategories.contains(condition.category))
            unknown.insert(common::conditionField(index, QStringLiteral("category")),
                           QStringLiteral("unknown product category '%1'").arg(condition.category));
        if (condition.type == common::ConditionType::Region) {
            for (const QString& code : condition.values) {
                if (!levels.contains(code)) {
                    unknown.insert(common::conditionField(index, QStringLiteral("values")),
                                   QStringLiteral("unknown region '%1'").arg(code));
                    break;
                }
            }
        }
    }
    if (!unknown.isEmpty())
        throw ApiError::validation(unknown);
    return rule;
}

GroupRecord requireGroup(pqxx::transaction_base& tx, const Session& session, const Args& args, bool forUpdate)
{
    const qint64 id = args.requiredInt(QStringLiteral("id"), 1, kMaxId);
    auto group = CustomerGroupRepository::find(tx, id, session.orgPath, forUpdate);
    if (!group)
        throw ApiError::notFound(QStringLiteral("customer group"));
    return *group;
}

GroupRecord requireVersion(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const int version = int(args.requiredInt(QStringLiteral("version"), 1, std::numeric_limits<int>::max()));
    GroupRecord record = requireGroup(tx, session, args, true);
    if (record.group.version != version)
        throw ApiError::conflict(QStringLiteral("the group was changed by someone else (version %1, yours %2); reload it")
                                     .arg(record.group.version)
                                     .arg(version));
    return record;
}

GroupRecord requireStatic(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    GroupRecord record = requireGroup(tx, session, args, true);
    if (record.group.kind != GroupKind::Static)
        throw ApiError::validation(QStringLiteral("id"),
                                   QStringLiteral("is a segment: its members follow its rule and cannot be changed"));
    return record;
}

std::vector<qint64> customerIdsOf(const Args& args)
{
    const QCborValue value = args.map().value(QStringLiteral("customer_ids"));
    if (!value.isArray() || value.toArray().isEmpty() || value.toArray().size() > common::kGroupMembersPerCall)
        throw ApiError::validation(QStringLiteral("customer_ids"),
                                   QStringLiteral("must be a list of 1 to %1 customer ids").arg(common::kGroupMembersPerCall));
    std::vector<qint64> ids;
    for (const QCborValue& item : value.toArray()) {
        if (!item.isInteger() || item.toInteger() < 1)
            throw ApiError::validation(QStringLiteral("customer_ids"), QStringLiteral("must hold customer ids"));
        ids.push_back(item.toInteger());
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

QJsonArray jsonIds(const std::vector<qint64>& ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

// The levels of the rule's region codes (the SQL of a region condition depends on them).
RegionLevels levelsOf(pqxx::transaction_base& tx, const SegmentRule& rule)
{
    QStringList codes;
    for (const common::SegmentCondition& condition : rule.conditions) {
        if (condition.type == common::ConditionType::Region)
            codes.append(condition.values);
    }
    return codes.isEmpty() ? RegionLevels() : CustomerGroupRepository::regionLevels(tx, codes);
}

qint64 countOf(pqxx::transaction_base& tx, const SegmentRule& rule, const std::string& scope)
{
    return CustomerGroupRepository::segmentCount(tx, rule, levelsOf(tx, rule), scope);
}

QCborMap withCount(CustomerGroup group, pqxx::transaction_base& tx, const std::string& orgPath, bool count)
{
    if (group.kind == GroupKind::Segment && count)
        group.memberCount = countOf(tx, group.rule, orgPath);
    return group.toCbor();
}

QCborMap page(const std::vector<common::GroupMember>& members, int limit)
{
    QCborArray items;
    for (const common::GroupMember& member : members)
        items.append(member.toCbor());
    QCborMap result;
    result.insert(QStringLiteral("items"), items);
    result.insert(QStringLiteral("cursor"), int(members.size()) == limit && !members.empty()
                                                ? QString::number(members.back().customerId)
                                                : QString());
    return result;
}
} // namespace

QCborMap CustomerGroupService::list(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    std::optional<GroupKind> kind;
    if (const auto name = args.optionalString(QStringLiteral("kind"), 20); name && !name->isEmpty()) {
        kind = common::groupKindFromName(*name);
        if (!kind)
            throw ApiError::validation(QStringLiteral("kind"), QStringLiteral("must be static or segment"));
    }
    const int limit = int(args.optionalInt(QStringLiteral("limit"), 1, kMaxGroupPage).value_or(kDefaultGroupPage));
    const auto groups = CustomerGroupRepository::list(tx, session.orgPath, kind, cursorOf(args), limit);
    QCborArray items;
    for (const GroupRecord& record : groups)
        items.append(record.group.toCbor());
    QCborMap result;
    result.insert(QStringLiteral("items"), items);
    result.insert(QStringLiteral("cursor"),
                  int(groups.size()) == limit ? QString::number(groups.back().group.id) : QString());
    return result;
}

QCborMap CustomerGroupService::get(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const GroupRecord record = requireGroup(tx, session, args, false);
    return withCount(record.group, tx, record.orgPath, args.boolOr(QStringLiteral("count"), true));
}

QCborMap CustomerGroupService::create(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const auto problems = common::validateGroupArgs(args.map(), true);
    if (!problems.isEmpty())
        throw ApiError::validation(problems);
    GroupWrite write;
    write.name = common::simplifiedText(args.requiredString(QStringLiteral("name"), common::kGroupNameMax));
    write.description = args.stringOr(QStringLiteral("description"), common::kGroupDescriptionMax, {});
    const auto kind = common::groupKindFromName(args.stringOr(QStringLiteral("kind"), 20, {}));
    if (!kind)
        throw ApiError::validation(QStringLiteral("kind"), QStringLiteral("must be static or segment"));
    write.kind = *kind;
    if (write.kind == GroupKind::Segment)
        write.rule = checkedRule(tx, args);
    else if (args.has(QStringLiteral("rule")))
        throw ApiError::validation(QStringLiteral("rule"), QStringLiteral("a static group has no rule"));

    OrgUnitRef owner{session.orgUnitId, session.orgPath};
    if (const auto unitId = args.optionalInt(QStringLiteral("org_unit_id"), 1, kMaxId)) {
        const auto unit = CustomerGroupRepository::orgUnit(tx, *unitId, session.orgPath);
        if (!unit)
            throw ApiError::validation(QStringLiteral("org_unit_id"), QStringLiteral("is not an org unit of your subtree"));
        owner = *unit;
    }
    if (CustomerGroupRepository::nameTaken(tx, owner.id, write.name, 0))
        throw ApiError::validation(QStringLiteral("name"), QStringLiteral("is already used by another group of this org unit"));
    const qint64 id = CustomerGroupRepository::insert(tx, write, owner, session.userId);
    CustomerGroupRepository::audit(tx, session.userId, QStringLiteral("customer.group.create"), id,
                                   json({{QStringLiteral("name"), write.name},
                                         {QStringLiteral("kind"), common::groupKindName(write.kind)},
                                         {QStringLiteral("org_unit_id"), owner.id}}));
    const GroupRecord record = *CustomerGroupRepository::find(tx, id, session.orgPath);
    return withCount(record.group, tx, record.orgPath, false);
}

QCborMap CustomerGroupService::update(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const auto problems = common::validateGroupArgs(args.map(), false);
    if (!problems.isEmpty())
        throw ApiError::validation(problems);
    const GroupRecord current = requireVersion(tx, session, args);
    GroupWrite write;
    write.kind = current.group.kind;
    write.name = args.has(QStringLiteral("name"))
        ? common::simplifiedText(args.requiredString(QStringLiteral("name"), common::kGroupNameMax))
        : current.group.name;
    write.description = args.has(QStringLiteral("description"))
        ? args.stringOr(QStringLiteral("description"), common::kGroupDescriptionMax, {})
        : current.group.description;
    write.rule = current.group.rule;
    if (args.has(QStringLiteral("kind"))
        && common::groupKindFromName(args.stringOr(QStringLiteral("kind"), 20, {})) != current.group.kind)
        throw ApiError::validation(QStringLiteral("kind"), QStringLiteral("cannot be changed; create another group"));
    if (args.has(QStringLiteral("rule"))) {
        if (current.group.kind != GroupKind::Segment)
            throw ApiError::validation(QStringLiteral("rule"), QStringLiteral("a static group has no rule"));
        write.rule = checkedRule(tx, args);
    }
    if (write.name.compare(current.group.name, Qt::CaseInsensitive) != 0
        && CustomerGroupRepository::nameTaken(tx, current.group.orgUnitId, write.name, current.group.id))
        throw ApiError::validation(QStringLiteral("name"), QStringLiteral("is already used by another group of this org unit"));
    if (!CustomerGroupRepository::update(tx, current.group.id, current.group.version, write))
        throw ApiError::conflict(QStringLiteral("the group was changed by someone else; reload it"));
    QJsonArray fields;
    for (auto it = args.map().cbegin(); it != args.map().cend(); ++it) {
        const QString key = it.key().toString();
        if (key != QLatin1String("id") && key != QLatin1String("version"))
            fields.append(key);
    }
    CustomerGroupRepository::audit(tx, session.userId, QStringLiteral("customer.group.update"), current.group.id,
                                   json({{QStringLiteral("fields"), fields},
                                         {QStringLiteral("version"), current.group.version + 1}}));
    const GroupRecord record = *CustomerGroupRepository::find(tx, current.group.id, session.orgPath);
    return withCount(record.group, tx, record.orgPath, false);
}

QCborMap CustomerGroupService::remove(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const GroupRecord current = requireVersion(tx, session, args);
    if (!CustomerGroupRepository::remove(tx, current.group.id, current.group.version))
        throw ApiError::conflict(QStringLiteral("the group was changed by someone else; reload it"));
    CustomerGroupRepository::audit(tx, session.userId, QStringLiteral("customer.group.delete"), current.group.id,
                                   json({{QStringLiteral("name"), current.group.name},
                                         {QStringLiteral("kind"), common::groupKindName(current.group.kind)},
                                         {QStringLiteral("member_count"), current.group.memberCount}}));
    QCborMap result;
    result.insert(QStringLiteral("id"), current.group.id);
    return result;
}

QCborMap CustomerGroupService::members(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const GroupRecord record = requireGroup(tx, session, args, false);
    const int limit = int(args.optionalInt(QStringLiteral("limit"), 1, kMaxMemberPage).value_or(kDefaultMemberPage));
    const qint64 after = cursorOf(args);
    // A segment is evaluated in its owner's subtree, which lies inside the caller's.
    const auto members = record.group.kind == GroupKind::Segment
        ? CustomerGroupRepository::segmentMembers(tx, record.group.rule, levelsOf(tx, record.group.rule),
                                                  record.orgPath, after, limit)
        : CustomerGroupRepository::staticMembers(tx, record.group.id, session.orgPath, after, limit);
    return page(members, limit);
}

QCborMap CustomerGroupService::addMembers(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const GroupRecord record = requireStatic(tx, session, args);
    const std::vector<qint64> ids = customerIdsOf(args);
    // Outside the caller's scope: as if the customer did not exist.
    const auto unseen = CustomerGroupRepository::customersOutside(tx, ids, session.orgPath);
    if (!unseen.empty())
        throw ApiError::notFound(QStringLiteral("customer %1").arg(unseen.front()));
    // Seen by the caller but not by the group's owner (an HQ user adding to a service point's list).
    const auto outside = CustomerGroupRepository::customersOutside(tx, ids, record.orgPath);
    if (!outside.empty())
        throw ApiError::validation(QStringLiteral("customer_ids"),
                                   QStringLiteral("customer %1 is outside the org unit of the group").arg(outside.front()));
    const int added = CustomerGroupRepository::addMembers(tx, record.group.id, ids, session.userId);
    CustomerGroupRepository::audit(tx, session.userId, QStringLiteral("customer.group.add_members"), record.group.id,
                                   json({{QStringLiteral("customer_ids"), jsonIds(ids)}, {QStringLiteral("added"), added}}));
    QCborMap result;
    result.insert(QStringLiteral("id"), record.group.id);
    result.insert(QStringLiteral("added"), added);
    result.insert(QStringLiteral("member_count"), CustomerGroupRepository::memberCount(tx, record.group.id));
    return result;
}

QCborMap CustomerGroupService::removeMembers(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const GroupRecord record = requireStatic(tx, session, args);
    const std::vector<qint64> ids = customerIdsOf(args);
    const auto unseen = CustomerGroupRepository::customersOutside(tx, ids, session.orgPath);
    if (!unseen.empty())
        throw ApiError::notFound(QStringLiteral("customer %1").arg(unseen.front()));
    const int removed = CustomerGroupRepository::removeMembers(tx, record.group.id, ids);
    CustomerGroupRepository::audit(tx, session.userId, QStringLiteral("customer.group.remove_members"), record.group.id,
                                   json({{QStringLiteral("customer_ids"), jsonIds(ids)}, {QStringLiteral("removed"), removed}}));
    QCborMap result;
    result.insert(QStringLiteral("id"), record.group.id);
    result.insert(QStringLiteral("removed"), removed);
    result.insert(QStringLiteral("member_count"), CustomerGroupRepository::memberCount(tx, record.group.id));
    return result;
}

QCborMap CustomerGroupService::preview(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    QCborMap result;
    if (args.has(QStringLiteral("id"))) {
        if (args.has(QStringLiteral("rule")))
            throw ApiError::validation(QStringLiteral("rule"), QStringLiteral("give either a group id or a rule"));
        const GroupRecord record = requireGroup(tx, session, args, false);
        result.insert(QStringLiteral("count"), withCount(record.group, tx, record.orgPath, true)
                                                   .value(QStringLiteral("member_count")));
        return result;
    }
    const SegmentRule rule = checkedRule(tx, args);
    std::string scope = session.orgPath;
    if (const auto unitId = args.optionalInt(QStringLiteral("org_unit_id"), 1, kMaxId)) {
        const auto unit = CustomerGroupRepository::orgUnit(tx, *unitId, session.orgPath);
        if (!unit)
            throw ApiError::validation(QStringLiteral("org_unit_id"), QStringLiteral("is not an org unit of your subtree"));
        scope = unit->path;
    }
    result.insert(QStringLiteral("count"), countOf(tx, rule, scope));
    return result;
}

} // namespace csm::server::groups
