// The admin.* op bindings: decode the args, call the service, encode the result.
#include "server/modules/admin/admin_ops.h"

#include "server/modules/admin/admin_service.h"
#include "server/modules/admin/audit_repository.h"
#include "server/rpc/api_error.h"

#include <QCborArray>

#include <limits>

namespace csm::server::admin {

using common::OpId;

namespace {
constexpr qint64 kMaxId = std::numeric_limits<qint64>::max();
constexpr qint64 kMaxVersion = std::numeric_limits<int>::max();
constexpr int kMaxRoles = 20;
constexpr int kMaxPermissions = 200;
constexpr int kCodeMax = 64;
constexpr int kTextMax = 200;   // generous: the service applies the exact rules and names the field

std::optional<bool> optionalBool(const Args& args, const QString& field)
{
    if (!args.has(field))
        return std::nullopt;
    return args.boolOr(field, false);
}

QStringList requiredStringList(const Args& args, const QString& field, int maxItems, int maxLength)
{
    const auto list = args.optionalStringList(field, maxItems, maxLength);
    if (!list)
        throw ApiError::validation(field, QStringLiteral("is required"));
    return *list;
}

qint64 requiredId(const Args& args, const QString& field)
{
    return args.requiredInt(field, 1, kMaxId);
}

int requiredVersion(const Args& args)
{
    return static_cast<int>(args.requiredInt(QStringLiteral("version"), 1, kMaxVersion));
}

QCborValue idOrNull(qint64 id)
{
    return id == 0 ? QCborValue(nullptr) : QCborValue(id);
}

QCborValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QCborValue(nullptr) : QCborValue(text);
}

QCborMap toCbor(const UserRecord& user)
{
    return QCborMap{{QStringLiteral("id"), user.id},
                    {QStringLiteral("username"), user.username},
                    {QStringLiteral("display_name"), user.displayName},
                    {QStringLiteral("org_unit_id"), user.orgUnitId},
                    {QStringLiteral("org_unit_name"), user.orgUnitName},
                    {QStringLiteral("roles"), QCborArray::fromStringList(user.roles)},
                    {QStringLiteral("extension"), user.extension},
                    {QStringLiteral("active"), user.active},
                    {QStringLiteral("version"), user.version},
                    {QStringLiteral("created_at"), user.createdAt}};
}

QCborMap toCbor(const RoleRecord& role)
{
    return QCborMap{{QStringLiteral("code"), role.code},
                    {QStringLiteral("name"), role.name},
                    {QStringLiteral("permissions"), QCborArray::fromStringList(role.permissions)},
                    {QStringLiteral("version"), role.version}};
}

QCborMap toCbor(const OrgUnitRecord& unit)
{
    return QCborMap{{QStringLiteral("id"), unit.id},
                    {QStringLiteral("parent_id"), idOrNull(unit.parentId)},
                    {QStringLiteral("kind"), unit.kind},
                    {QStringLiteral("code"), unit.code},
                    {QStringLiteral("name"), unit.name},
                    {QStringLiteral("path"), QString::fromStdString(unit.path)},
                    {QStringLiteral("active"), unit.active},
                    {QStringLiteral("version"), unit.version}};
}

QCborMap toCbor(const RegionRecord& region)
{
    return QCborMap{{QStringLiteral("code"), region.code},
                    {QStringLiteral("parent_code"), textOrNull(region.parentCode)},
                    {QStringLiteral("level"), region.level},
                    {QStringLiteral("name"), region.name},
                    {QStringLiteral("active"), region.active}};
}

template <typename Record>
QCborMap itemsToCbor(const std::vector<Record>& records)
{
    QCborArray items;
    for (const Record& record : records)
        items.append(toCbor(record));
    return QCborMap{{QStringLiteral("items"), items}};
}

void registerUserOps(ModuleRegistry& registry, const AdminService& service)
{
    registry.addHandler(OpId::AdminUserList, [](OpContext& context, const Args& args) -> QCborValue {
        UserQuery query;
        query.query = args.stringOr(QStringLiteral("query"), 100, {});
        query.orgUnitId = args.optionalInt(QStringLiteral("org_unit_id"), 1, kMaxId);
        query.limit = static_cast<int>(args.optionalInt(QStringLiteral("limit"), 1, kMaxUserPage).value_or(kDefaultUserPage));
        query.cursor = args.stringOr(QStringLiteral("cursor"), 100, {});
        const UserPage page = AdminService::listUsers(context.tx(), context.session(), query);
        QCborMap result = itemsToCbor(page.items);
        result.insert(QStringLiteral("cursor"), page.cursor);
        return result;
    });
    registry.addHandler(OpId::AdminUserCreate, [service](OpContext& context, const Args& args) -> QCborValue {
        NewUser user;
        user.username = args.requiredString(QStringLiteral("username"), kCodeMax);
        user.displayName = args.requiredString(QStringLiteral("display_name"), kTextMax);
        user.password = args.requiredString(QStringLiteral("password"), 256);
        user.orgUnitId = requiredId(args, QStringLiteral("org_unit_id"));
        user.roles = requiredStringList(args, QStringLiteral("roles"), kMaxRoles, kCodeMax);
        user.extension = args.stringOr(QStringLiteral("extension"), kCodeMax, {});
        return toCbor(service.createUser(context.connection(), context.session(), user));
    });
    registry.addHandler(OpId::AdminUserUpdate, [](OpContext& context, const Args& args) -> QCborValue {
        UserChanges changes;
        changes.id = requiredId(args, QStringLiteral("id"));
        changes.version = requiredVersion(args);
        changes.displayName = args.optionalString(QStringLiteral("display_name"), kTextMax);
        changes.orgUnitId = args.optionalInt(QStringLiteral("org_unit_id"), 1, kMaxId);
        changes.roles = args.optionalStringList(QStringLiteral("roles"), kMaxRoles, kCodeMax);
        changes.extension = args.optionalString(QStringLiteral("extension"), kCodeMax);
        changes.active = optionalBool(args, QStringLiteral("active"));
        const UserUpdate update = AdminService::updateUser(context.tx(), context.session(), changes);
        if (update.endSessions)
            context.effects().endUserSessions = {update.user.id};
        return toCbor(update.user);
    });
    registry.addHandler(OpId::AdminUserSetPassword, [service](OpContext& context, const Args& args) -> QCborValue {
        const qint64 id = requiredId(args, QStringLiteral("id"));
        const QString password = args.requiredString(QStringLiteral("password"), 256);
        service.setPassword(context.connection(), context.session(), id, password);
        context.effects().endUserSessions = {id};
        if (id == context.session().userId)
            context.effects().keepSessionId = context.session().id;
        return QCborMap{};
    });
}

void registerRoleOps(ModuleRegistry& registry)
{
    registry.addHandler(OpId::AdminRoleList, [](OpContext& context, const Args&) -> QCborValue {
        const RoleCatalogue catalogue = AdminService::listRoles(context.tx());
        QCborArray roles;
        for (const RoleRecord& role : catalogue.roles)
            roles.append(toCbor(role));
        QCborArray permissions;
        for (const PermissionRecord& permission : catalogue.permissions)
            permissions.append(QCborMap{{QStringLiteral("code"), permission.code},
                                        {QStringLiteral("description"), permission.description}});
        return QCborMap{{QStringLiteral("roles"), roles}, {QStringLiteral("permissions"), permissions}};
    });
    registry.addHandler(OpId::AdminRoleUpdate, [](OpContext& context, const Args& args) -> QCborValue {
        const QString code = args.requiredString(QStringLiteral("code"), kCodeMax);
        const int version = requiredVersion(args);
        const QStringList permissions = requiredStringList(args, QStringLiteral("permissions"), kMaxPermissions, kCodeMax);
        RoleUpdate update = AdminService::updateRole(context.tx(), context.session(), code, version, permissions);
        // Holders resume with the new permissions.
        context.effects().endUserSessions = std::move(update.affectedUsers);
        return toCbor(update.role);
    });
}

void registerOrgOps(ModuleRegistry& registry)
{
    registry.addHandler(OpId::AdminOrgList, [](OpContext& context, const Args&) -> QCborValue {
        return itemsToCbor(AdminService::listOrgUnits(context.tx(), context.session()));
    });
    registry.addHandler(OpId::AdminOrgCreate, [](OpContext& context, const Args& args) -> QCborValue {
        NewOrgUnit unit;
        unit.parentId = requiredId(args, QStringLiteral("parent_id"));
        unit.kind = args.requiredString(QStringLiteral("kind"), kCodeMax);
        unit.code = args.requiredString(QStringLiteral("code"), kCodeMax);
        unit.name = args.requiredString(QStringLiteral("name"), kTextMax);
        return toCbor(AdminService::createOrgUnit(context.tx(), context.session(), unit));
    });
    registry.addHandler(OpId::AdminOrgUpdate, [](OpContext& context, const Args& args) -> QCborValue {
        OrgUnitChanges changes;
        changes.id = requiredId(args, QStringLiteral("id"));
        changes.version = requiredVersion(args);
        changes.name = args.optionalString(QStringLiteral("name"), kTextMax);
        changes.active = optionalBool(args, QStringLiteral("active"));
        return toCbor(AdminService::updateOrgUnit(context.tx(), context.session(), changes));
    });
}

void registerRegionOps(ModuleRegistry& registry)
{
    registry.addHandler(OpId::AdminRegionList, [](OpContext& context, const Args& args) -> QCborValue {
        const QString parentCode = args.stringOr(QStringLiteral("parent_code"), kCodeMax, {});
        return itemsToCbor(AdminService::listRegions(context.tx(), parentCode));
    });
    registry.addHandler(OpId::AdminRegionCreate, [](OpContext& context, const Args& args) -> QCborValue {
        NewRegion region;
        region.code = args.requiredString(QStringLiteral("code"), kCodeMax);
        region.parentCode = args.stringOr(QStringLiteral("parent_code"), kCodeMax, {});
        region.name = args.requiredString(QStringLiteral("name"), kTextMax);
        return toCbor(AdminService::createRegion(context.tx(), context.session(), region));
    });
    registry.addHandler(OpId::AdminRegionUpdate, [](OpContext& context, const Args& args) -> QCborValue {
        RegionChanges changes;
        changes.code = args.requiredString(QStringLiteral("code"), kCodeMax);
        changes.name = args.optionalString(QStringLiteral("name"), kTextMax);
        changes.active = optionalBool(args, QStringLiteral("active"));
        return toCbor(AdminService::updateRegion(context.tx(), context.session(), changes));
    });
}
} // namespace

void registerAdminModule(ModuleRegistry& registry, auth::PasswordHasher& hasher)
{
    registry.addModule(QStringLiteral("admin"), {QStringLiteral("auth")});
    UserRepository::registerStatements(registry);
    OrgRepository::registerStatements(registry);
    RegionRepository::registerStatements(registry);
    RoleRepository::registerStatements(registry);
    AuditRepository::registerStatements(registry);
    const AdminService service(hasher);
    registerUserOps(registry, service);
    registerRoleOps(registry);
    registerOrgOps(registry);
    registerRegionOps(registry);
}

} // namespace csm::server::admin
