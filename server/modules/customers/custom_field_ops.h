#pragma once
#include "server/rpc/module_registry.h"

namespace csm::server::customers {

// The customer.field.* ops (part of the customers module) and their statements.
void registerCustomFieldOps(ModuleRegistry& registry);

} // namespace csm::server::customers
