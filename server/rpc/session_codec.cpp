#include "server/rpc/session_codec.h"

#include <QCborArray>

namespace csm::server {

QCborMap sessionToCbor(const Session& session)
{
    QCborMap user;
    user.insert(QStringLiteral("id"), session.userId);
    user.insert(QStringLiteral("username"), session.username);
    user.insert(QStringLiteral("display_name"), session.displayName);
    user.insert(QStringLiteral("org_unit_id"), session.orgUnitId);
    user.insert(QStringLiteral("org_unit_name"), session.orgUnitName);
    user.insert(QStringLiteral("roles"), QCborArray::fromStringList(session.roles));
    QStringList permissions(session.permissions.cbegin(), session.permissions.cend());
    permissions.sort();
    user.insert(QStringLiteral("permissions"), QCborArray::fromStringList(permissions));
    QCborMap map;
    map.insert(QStringLiteral("user"), user);
    map.insert(QStringLiteral("expires_at"), session.expiresAt.toString(Qt::ISODateWithMs));
    return map;
}

} // namespace csm::server
