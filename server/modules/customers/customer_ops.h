#pragma once
#include "server/app/config.h"
#include "server/rpc/module_registry.h"

namespace csm::server::customers {

// The customers module: its statements and the customer.* ops.
void registerCustomerModule(ModuleRegistry& registry, const ServerConfig& config);

} // namespace csm::server::customers
