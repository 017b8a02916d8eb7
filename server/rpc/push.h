#pragma once
// An event on its way to clients: to every connection of one user, to every connection
// whose session holds a permission (the wallboard's audience), or to every connection whose
// session belongs to one org unit (a service point's clients; not the units above it).
#include "common/protocol/message.h"

#include <QString>

#include <vector>

namespace csm::server {

struct Push {
    qint64 userId = 0;    // > 0: this user's connections
    QString permission;   // non-empty: every session with this permission
    common::Event event;
    qint64 orgUnitId = 0; // > 0: every session whose org unit is exactly this unit

    static Push toUser(qint64 user, common::Event event) { return {user, {}, std::move(event), 0}; }
    static Push toPermission(QString permission, common::Event event)
    {
        return {0, std::move(permission), std::move(event), 0};
    }
    static Push toOrgUnit(qint64 unit, common::Event event) { return {0, {}, std::move(event), unit}; }
};

using Pushes = std::vector<Push>;

} // namespace csm::server
