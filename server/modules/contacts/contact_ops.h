#pragma once
#include "server/rpc/module_registry.h"

namespace csm::server::contacts {

// The contacts module: one contact history per customer, callback promises (with their
// reminders) and the customer 360 view.
void registerContactModule(ModuleRegistry& registry);

} // namespace csm::server::contacts
