#pragma once
#include "server/rpc/session.h"

#include <QCborMap>

namespace csm::server {

// The session as the client sees it (auth.login, auth.resume, auth.whoami).
QCborMap sessionToCbor(const Session& session);

} // namespace csm::server
