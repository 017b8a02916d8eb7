#pragma once
#include "server/modules/workflows/workflow_repository.h"
#include "server/rpc/module_registry.h"

namespace csm::server::workflows {

// The workflows module: workflow.get, workflow.list, workflow.save. Returns the store of loaded
// versions, which the tickets module shares.
WorkflowStorePtr registerWorkflowModule(ModuleRegistry& registry);

} // namespace csm::server::workflows
