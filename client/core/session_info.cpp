#include "client/core/session_info.h"

#include <QCborArray>

namespace csm::client {

namespace {
QStringList strings(const QCborValue& value)
{
    QStringList list;
    for (const QCborValue& item : value.toArray())
        list.append(item.toString());
    return list;
}
} // namespace

SessionInfo SessionInfo::fromSession(const QCborMap& session)
{
    const QCborMap user = session.value(QStringLiteral("user")).toMap();
    SessionInfo info;
    info.userId = user.value(QStringLiteral("id")).toInteger();
    info.username = user.value(QStringLiteral("username")).toString();
    info.displayName = user.value(QStringLiteral("display_name")).toString();
    info.orgUnitId = user.value(QStringLiteral("org_unit_id")).toInteger();
    info.orgUnitName = user.value(QStringLiteral("org_unit_name")).toString();
    info.roles = strings(user.value(QStringLiteral("roles")));
    info.permissions = strings(user.value(QStringLiteral("permissions")));
    return info;
}

} // namespace csm::client
