#pragma once
// The signed-in user as the session map of RpcClient::session() describes it.
#include <QCborMap>
#include <QString>
#include <QStringList>

namespace csm::client {

struct SessionInfo {
    qint64 userId = 0;
    QString username;
    QString displayName;
    qint64 orgUnitId = 0;
    QString orgUnitName;
    QStringList roles;
    QStringList permissions;

    bool can(const QString& permission) const { return permissions.contains(permission); }
    bool isValid() const { return userId != 0; }
    static SessionInfo fromSession(const QCborMap& session);
};

} // namespace csm::client
