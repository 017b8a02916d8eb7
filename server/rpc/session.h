#pragma once
// An authenticated session as the network side holds it: checked in memory on every
// request, never re-read or touched per request.
#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>

namespace csm::server {

struct Session {
    qint64 id = 0;
    qint64 userId = 0;
    QString username;
    QString displayName;
    qint64 orgUnitId = 0;
    QString orgUnitName;
    std::string orgPath;        // ltree path of the user's org unit: the scope of every query
    QStringList roles;
    QSet<QString> permissions;
    QDateTime expiresAt;

    bool can(const QString& permission) const { return permissions.contains(permission); }
};

using SessionPtr = std::shared_ptr<const Session>;

} // namespace csm::server
