#include "server/modules/tickets/ticket_ops.h"

#include "server/modules/tickets/dispatch_repository.h"
#include "server/modules/tickets/dispatch_service.h"
#include "server/modules/tickets/ticket_repository.h"
#include "server/modules/tickets/ticket_service.h"

namespace csm::server::tickets {

using common::OpId;

void registerTicketModule(ModuleRegistry& registry, workflows::WorkflowStorePtr workflows)
{
    registry.addModule(QStringLiteral("tickets"),
                       {QStringLiteral("customers"), QStringLiteral("products"), QStringLiteral("workflows")});
    TicketRepository::registerStatements(registry);
    DispatchRepository::registerStatements(registry);
    auto service = std::make_shared<const TicketService>(std::move(workflows));

    registry.addHandler(OpId::TicketCreate, [service](OpContext& context, const Args& args) -> QCborValue {
        return service->create(context.tx(), context.session(), args);
    });
    registry.addHandler(OpId::TicketGet, [service](OpContext& context, const Args& args) -> QCborValue {
        return service->get(context.tx(), context.session(), args);
    });
    registry.addHandler(OpId::TicketList, [service](OpContext& context, const Args& args) -> QCborValue {
        return service->list(context.tx(), context.session(), args);
    });
    registry.addHandler(OpId::TicketTransition, [service](OpContext& context, const Args& args) -> QCborValue {
        return service->transition(context.tx(), context.session(), args);
    });
    registry.addHandler(OpId::TicketTimeline, [service](OpContext& context, const Args& args) -> QCborValue {
        return service->timeline(context.tx(), context.session(), args);
    });
    registry.addHandler(OpId::DispatchSuggest, [](OpContext& context, const Args& args) -> QCborValue {
        return DispatchService::suggest(context.tx(), context.session(), args);
    });
    registry.addHandler(OpId::DispatchCoverageList, [](OpContext& context, const Args& args) -> QCborValue {
        return DispatchService::coverageList(context.tx(), context.session(), args);
    });
    registry.addHandler(OpId::DispatchTechnicianList, [](OpContext& context, const Args& args) -> QCborValue {
        return DispatchService::technicianList(context.tx(), context.session(), args);
    });
    registry.addHandler(OpId::DispatchCoverageSet, [](OpContext& context, const Args& args) -> QCborValue {
        return DispatchService::coverageSet(context.tx(), context.session(), args);
    });
}

} // namespace csm::server::tickets
