#pragma once
// An event on its way to clients: to every connection of one user, or to every connection
// whose session holds a permission (the wallboard's audience).
#include "common/protocol/message.h"

#include <QString>

#include <vector>

namespace csm::server {

struct Push {
    qint64 userId = 0;    // > 0: this user's connections
    QString permission;   // non-empty: every session with this permission
    common::Event event;

    static Push toUser(qint64 user, common::Event event) { return {user, {}, std::move(event)}; }
    static Push toPermission(QString permission, common::Event event)
    {
        return {0, std::move(permission), std::move(event)};
    }
};

using Pushes = std::vector<Push>;

} // namespace csm::server
