#pragma once
#include "server/app/config.h"
#include "server/rpc/module_registry.h"

namespace csm::server::notify {

// The notification outbox: notification.list / notification.retry and the delivery task, which
// sends through the gateway the config names ([notify] gateway=file|http).
void registerNotifyModule(ModuleRegistry& registry, const ServerConfig& config);

} // namespace csm::server::notify
