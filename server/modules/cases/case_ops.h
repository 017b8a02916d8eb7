#pragma once
#include "server/rpc/module_registry.h"

namespace csm::server::cases {

// The cases module: complaint details (complaint.*), supervision (supervision.*) with its
// overdue detector, and the units a case may name (case.unit.list). Depends on tickets.
void registerCaseModule(ModuleRegistry& registry);

} // namespace csm::server::cases
