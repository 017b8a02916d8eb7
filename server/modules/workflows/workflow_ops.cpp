#include "server/modules/workflows/workflow_ops.h"

#include "server/modules/workflows/workflow_service.h"

namespace csm::server::workflows {

using common::OpId;

WorkflowStorePtr registerWorkflowModule(ModuleRegistry& registry)
{
    registry.addModule(QStringLiteral("workflows"), {QStringLiteral("admin")});
    WorkflowRepository::registerStatements(registry);
    auto store = std::make_shared<WorkflowStore>();
    auto service = std::make_shared<const WorkflowService>(store);

    registry.addHandler(OpId::WorkflowGet, [service](OpContext& context, const Args& args) -> QCborValue {
        return service->get(context.tx(), args);
    });
    registry.addHandler(OpId::WorkflowList, [service](OpContext& context, const Args& args) -> QCborValue {
        return service->list(context.tx(), args);
    });
    registry.addHandler(OpId::WorkflowSave, [service](OpContext& context, const Args& args) -> QCborValue {
        return service->save(context.tx(), context.session(), args);
    });
    return store;
}

} // namespace csm::server::workflows
