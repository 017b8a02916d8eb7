#include "client/core/admin_types.h"

#include <QCborArray>

namespace csm::client {

OrgUnit OrgUnit::fromCbor(const QCborMap& map)
{
    OrgUnit unit;
    unit.id = map.value(QStringLiteral("id")).toInteger();
    unit.parentId = map.value(QStringLiteral("parent_id")).toInteger(0);
    unit.kind = map.value(QStringLiteral("kind")).toString();
    unit.code = map.value(QStringLiteral("code")).toString();
    unit.name = map.value(QStringLiteral("name")).toString();
    unit.path = map.value(QStringLiteral("path")).toString();
    unit.active = map.value(QStringLiteral("active")).toBool(true);
    unit.version = static_cast<int>(map.value(QStringLiteral("version")).toInteger());
    return unit;
}

Role Role::fromCbor(const QCborMap& map)
{
    Role role;
    role.code = map.value(QStringLiteral("code")).toString();
    role.name = map.value(QStringLiteral("name")).toString();
    for (const QCborValue& permission : map.value(QStringLiteral("permissions")).toArray())
        role.permissions.append(permission.toString());
    role.version = static_cast<int>(map.value(QStringLiteral("version")).toInteger());
    return role;
}

RoleCatalogue RoleCatalogue::fromCbor(const QCborMap& map)
{
    RoleCatalogue catalogue;
    for (const QCborValue& role : map.value(QStringLiteral("roles")).toArray())
        catalogue.roles.append(Role::fromCbor(role.toMap()));
    for (const QCborValue& item : map.value(QStringLiteral("permissions")).toArray()) {
        const QCborMap permission = item.toMap();
        catalogue.permissions.append(Permission{permission.value(QStringLiteral("code")).toString(),
                                                permission.value(QStringLiteral("description")).toString()});
    }
    return catalogue;
}

} // namespace csm::client
