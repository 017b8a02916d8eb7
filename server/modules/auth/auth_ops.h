#pragma once
#include "server/modules/auth/auth_service.h"
#include "server/rpc/module_registry.h"

namespace csm::server::auth {

// The auth module: its statements and the auth.* ops.
void registerAuthModule(ModuleRegistry& registry, AuthService& service);

} // namespace csm::server::auth
