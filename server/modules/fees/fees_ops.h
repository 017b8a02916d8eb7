#pragma once
#include "server/rpc/module_registry.h"

namespace csm::server::fees {

// Fee schedules, warranty rules and verdicts, service contracts, the parts and fees of orders.
// Registered after `tickets`: the order's verdict and its fees on completion are called from there.
void registerFeesModule(ModuleRegistry& registry);

} // namespace csm::server::fees
