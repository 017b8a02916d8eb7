#pragma once
#include "server/modules/workflows/workflow_repository.h"
#include "server/rpc/module_registry.h"

namespace csm::server::tickets {

// The tickets module: work orders (ticket.*) and dispatch (dispatch.*). Shares the store of
// loaded workflow versions with the workflows module.
void registerTicketModule(ModuleRegistry& registry, workflows::WorkflowStorePtr workflows);

} // namespace csm::server::tickets
