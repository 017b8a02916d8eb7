#pragma once
// The records of the administration workspace as admin.* ops send them.
#include <QCborMap>
#include <QList>
#include <QString>
#include <QStringList>

namespace csm::client {

struct OrgUnit {
    qint64 id = 0;
    qint64 parentId = 0;    // 0: the root
    QString kind;           // hq, region, province, point
    QString code;
    QString name;
    QString path;
    bool active = true;
    int version = 0;

    static OrgUnit fromCbor(const QCborMap& map);
};

struct Role {
    QString code;
    QString name;
    QStringList permissions;
    int version = 0;

    static Role fromCbor(const QCborMap& map);
};

struct Permission {
    QString code;
    QString description;
};

struct RoleCatalogue {
    QList<Role> roles;
    QList<Permission> permissions;

    static RoleCatalogue fromCbor(const QCborMap& map);
};

} // namespace csm::client
