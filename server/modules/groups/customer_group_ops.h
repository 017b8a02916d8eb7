#pragma once
#include "server/rpc/module_registry.h"

namespace csm::server::groups {

// The groups module: customer groups and segments (customer.group.*).
void registerGroupModule(ModuleRegistry& registry);

} // namespace csm::server::groups
