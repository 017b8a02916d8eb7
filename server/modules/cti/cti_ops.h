#pragma once
#include "server/rpc/module_registry.h"

namespace csm::server::cti {

class CtiService;

// The cti module: agent states, call records, the screen pop, the wallboard and the
// simulator ops. `service` (may be null in tests without a network side) takes the
// hand-offs to telephony after a reply.
void registerCtiModule(ModuleRegistry& registry, CtiService* service);

} // namespace csm::server::cti
