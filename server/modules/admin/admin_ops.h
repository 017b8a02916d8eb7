#pragma once
#include "server/modules/auth/password_hasher.h"
#include "server/rpc/module_registry.h"

namespace csm::server::admin {

// The admin module (depends on auth): its statements and the admin.* ops.
void registerAdminModule(ModuleRegistry& registry, auth::PasswordHasher& hasher);

} // namespace csm::server::admin
