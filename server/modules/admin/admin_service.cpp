// AdminService: the rules about roles, the org tree and the region tree (users: admin_user_service.cpp).
#include "server/modules/admin/admin_service.h"

#include "common/model/org_unit.h"

#include "server/modules/admin/admin_rules.h"
#include "server/modules/admin/audit_repository.h"

#include <QJsonArray>

namespace csm::server::admin {

namespace {
const QString kAdminRole = QStringLiteral("admin");
const QString kOrgCodePattern = QStringLiteral("[A-Za-z0-9_-]{1,32}");
const QString kRegionCodePattern = QStringLiteral("[0-9]{6}");
constexpr int kMaxRegionLevel = 3;

QStringList minus(const QStringList& from, const QStringList& remove)
{
    QStringList result;
    for (const QString& item : from) {
        if (!remove.contains(item))
            result.append(item);
    }
    return result;
}

// The audit entity id of a region: its numeric code.
qint64 regionEntityId(const QString& code)
{
    return code.toLongLong();
}
} // namespace

// ---------------------------------------------------------------- roles

RoleCatalogue AdminService::listRoles(pqxx::transaction_base& tx)
{
    return RoleCatalogue{RoleRepository::listRoles(tx), RoleRepository::listPermissions(tx)};
}

RoleUpdate AdminService::updateRole(pqxx::transaction_base& tx, const Session& session, const QString& code,
                                    int version, QStringList permissions)
{
    permissions.removeDuplicates();
    permissions.sort();
    const auto current = RoleRepository::findForUpdate(tx, code);
    if (!current)
        throw ApiError::notFound(QStringLiteral("role"));
    if (current->version != version)
        throw staleVersion(QStringLiteral("role"), current->version, version);
    const QStringList unknown = RoleRepository::unknownPermissions(tx, permissions);
    if (!unknown.isEmpty())
        throw ApiError::validation(QStringLiteral("permissions"),
                                   QStringLiteral("unknown permission: %1").arg(unknown.join(QStringLiteral(", "))));
    if (code == kAdminRole) {
        // Nobody must lock themselves out of role and user management.
        const QStringList kept{QStringLiteral("admin.roles"), QStringLiteral("admin.users")};
        const QStringList missing = minus(kept, permissions);
        if (!missing.isEmpty())
            throw ApiError::validation(QStringLiteral("permissions"),
                                       QStringLiteral("the admin role must keep %1").arg(missing.join(QStringLiteral(", "))));
    }
    if (permissions == current->permissions)
        return RoleUpdate{*current, {}};
    if (!RoleRepository::updatePermissions(tx, code, version, permissions))
        throw ApiError::conflict(QStringLiteral("the role was changed by someone else; reload it"));
    AuditRepository::write(tx, session.userId, QStringLiteral("role.update"), QStringLiteral("role"), std::nullopt,
                           auditJson({{QStringLiteral("code"), code},
                                      {QStringLiteral("version"), version + 1},
                                      {QStringLiteral("added"), QJsonArray::fromStringList(minus(permissions, current->permissions))},
                                      {QStringLiteral("removed"), QJsonArray::fromStringList(minus(current->permissions, permissions))}}));
    RoleUpdate result;
    result.role = *current;
    result.role.permissions = permissions;
    result.role.version = version + 1;
    result.affectedUsers = RoleRepository::activeHolders(tx, code);
    return result;
}

// ---------------------------------------------------------------- org tree

std::vector<OrgUnitRecord> AdminService::listOrgUnits(pqxx::transaction_base& tx, const Session& session)
{
    return OrgRepository::list(tx, session.orgPath);
}

OrgUnitRecord AdminService::createOrgUnit(pqxx::transaction_base& tx, const Session& session, const NewOrgUnit& unit)
{
    QMap<QString, QString> problems;
    const QStringList kinds{QStringLiteral("region"), QStringLiteral("province"), QStringLiteral("point")};
    if (!kinds.contains(unit.kind))
        problems.insert(QStringLiteral("kind"), QStringLiteral("must be region, province or point"));
    if (!matches(kOrgCodePattern, unit.code))
        problems.insert(QStringLiteral("code"), QStringLiteral("must be 1 to 32 of A-Z, a-z, 0-9, '_', '-'"));
    if (!problems.isEmpty())
        throw ApiError::validation(problems);
    const QString name = checkedName(QStringLiteral("name"), unit.name);

    // Locked so that the parent cannot be deactivated while a child is added.
    const auto parent = OrgRepository::find(tx, unit.parentId, session.orgPath, RowLock::Share);
    if (!parent)
        throw notFoundField(QStringLiteral("parent org unit"), QStringLiteral("parent_id"));
    if (!parent->active)
        throw ApiError::validation(QStringLiteral("parent_id"), QStringLiteral("the parent org unit is inactive"));
    const QString expected = common::childOrgKind(parent->kind);
    if (expected.isEmpty())
        throw ApiError::validation(QStringLiteral("kind"), QStringLiteral("a %1 cannot hold org units").arg(parent->kind));
    if (unit.kind != expected)
        throw ApiError::validation(QStringLiteral("kind"),
                                   QStringLiteral("a %1 can only hold units of kind %2").arg(parent->kind, expected));

    const auto created = OrgRepository::insert(tx, unit.parentId, unit.kind, unit.code, name);
    if (!created)
        throw takenField(QStringLiteral("code"), QStringLiteral("org unit code '%1' is already taken").arg(unit.code));
    AuditRepository::write(tx, session.userId, QStringLiteral("org.create"), QStringLiteral("org_unit"), created->id,
                           auditJson({{QStringLiteral("parent_id"), unit.parentId},
                                      {QStringLiteral("kind"), unit.kind},
                                      {QStringLiteral("code"), unit.code},
                                      {QStringLiteral("name"), name}}));
    return *created;
}

OrgUnitRecord AdminService::updateOrgUnit(pqxx::transaction_base& tx, const Session& session,
                                          const OrgUnitChanges& changes)
{
    const auto current = OrgRepository::find(tx, changes.id, session.orgPath, RowLock::Update);
    if (!current)
        throw ApiError::notFound(QStringLiteral("org unit"));
    if (current->version != changes.version)
        throw staleVersion(QStringLiteral("org unit"), current->version, changes.version);

    QString name = current->name;
    bool active = current->active;
    QJsonObject changed;
    if (changes.name) {
        name = checkedName(QStringLiteral("name"), *changes.name);
        if (name != current->name)
            changed.insert(QStringLiteral("name"), change(current->name, name));
    }
    if (changes.active && *changes.active != current->active) {
        active = *changes.active;
        if (!active) {
            const qint64 users = OrgRepository::activeUsersBelow(tx, current->path);
            if (users > 0)
                throw ApiError::validation(QStringLiteral("active"),
                                           QStringLiteral("the unit has %1 active user(s); move or deactivate them first")
                                               .arg(users));
            const qint64 children = OrgRepository::activeChildren(tx, current->id);
            if (children > 0)
                throw ApiError::validation(QStringLiteral("active"),
                                           QStringLiteral("the unit has %1 active sub-unit(s); deactivate them first")
                                               .arg(children));
        } else if (current->parentId != 0) {
            // The parent is outside the scope only for the caller's own unit, which is active.
            const auto parent = OrgRepository::find(tx, current->parentId, session.orgPath, RowLock::Share);
            if (parent && !parent->active)
                throw ApiError::validation(QStringLiteral("active"),
                                           QStringLiteral("the parent org unit is inactive; activate it first"));
        }
        changed.insert(QStringLiteral("active"), change(current->active, active));
    }
    if (changed.isEmpty())
        return *current;

    const auto updated = OrgRepository::update(tx, changes.id, changes.version, name, active, session.orgPath);
    if (!updated)
        throw ApiError::conflict(QStringLiteral("the org unit was changed by someone else; reload it"));
    AuditRepository::write(tx, session.userId, QStringLiteral("org.update"), QStringLiteral("org_unit"), changes.id,
                           auditJson({{QStringLiteral("version"), updated->version},
                                      {QStringLiteral("changes"), changed}}));
    return *updated;
}

// ---------------------------------------------------------------- region tree

std::vector<RegionRecord> AdminService::listRegions(pqxx::transaction_base& tx, const QString& parentCode)
{
    if (!parentCode.isEmpty() && !matches(kRegionCodePattern, parentCode))
        throw ApiError::validation(QStringLiteral("parent_code"), QStringLiteral("must be 6 digits"));
    return RegionRepository::children(tx, parentCode);
}

RegionRecord AdminService::createRegion(pqxx::transaction_base& tx, const Session& session, const NewRegion& region)
{
    if (!matches(kRegionCodePattern, region.code))
        throw ApiError::validation(QStringLiteral("code"), QStringLiteral("must be 6 digits"));
    RegionRecord record;
    record.code = region.code;
    record.name = checkedName(QStringLiteral("name"), region.name);
    record.level = 1;
    if (!region.parentCode.isEmpty()) {
        const auto parent = RegionRepository::find(tx, region.parentCode, true);
        if (!parent)
            throw ApiError::validation(QStringLiteral("parent_code"), QStringLiteral("no region has this code"));
        if (parent->level >= kMaxRegionLevel)
            throw ApiError::validation(QStringLiteral("parent_code"),
                                       QStringLiteral("a district cannot hold regions (at most %1 levels)").arg(kMaxRegionLevel));
        if (!parent->active)
            throw ApiError::validation(QStringLiteral("parent_code"), QStringLiteral("the parent region is inactive"));
        record.parentCode = parent->code;
        record.level = parent->level + 1;
    }
    const auto created = RegionRepository::insert(tx, record);
    if (!created)
        throw takenField(QStringLiteral("code"), QStringLiteral("region code %1 is already taken").arg(region.code));
    AuditRepository::write(tx, session.userId, QStringLiteral("region.create"), QStringLiteral("region"),
                           regionEntityId(created->code),
                           auditJson({{QStringLiteral("code"), created->code},
                                      {QStringLiteral("parent_code"), created->parentCode.isEmpty()
                                           ? QJsonValue() : QJsonValue(created->parentCode)},
                                      {QStringLiteral("level"), created->level},
                                      {QStringLiteral("name"), created->name}}));
    return *created;
}

RegionRecord AdminService::updateRegion(pqxx::transaction_base& tx, const Session& session,
                                        const RegionChanges& changes)
{
    const auto current = RegionRepository::find(tx, changes.code, true);
    if (!current)
        throw ApiError::notFound(QStringLiteral("region"));
    QString name = current->name;
    bool active = current->active;
    QJsonObject changed;
    if (changes.name) {
        name = checkedName(QStringLiteral("name"), *changes.name);
        if (name != current->name)
            changed.insert(QStringLiteral("name"), change(current->name, name));
    }
    if (changes.active && *changes.active != current->active) {
        active = *changes.active;
        changed.insert(QStringLiteral("active"), change(current->active, active));
    }
    if (changed.isEmpty())
        return *current;
    const RegionRecord updated = RegionRepository::update(tx, changes.code, name, active);
    AuditRepository::write(tx, session.userId, QStringLiteral("region.update"), QStringLiteral("region"),
                           regionEntityId(changes.code),
                           auditJson({{QStringLiteral("code"), changes.code}, {QStringLiteral("changes"), changed}}));
    return updated;
}

} // namespace csm::server::admin
