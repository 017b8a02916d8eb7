#include "server/modules/tickets/ticket_ops.h"

#include "server/modules/tickets/dispatch_repository.h"
#include "server/modules/tickets/dispatch_service.h"
#include "server/modules/tickets/sla_repository.h"
#include "server/modules/tickets/sla_service.h"
#include "server/modules/tickets/ticket_repository.h"
#include "server/modules/tickets/ticket_service.h"

namespace csm::server::tickets {

using common::OpId;

void registerTicketModule(ModuleRegistry& registry, workflows::WorkflowStorePtr workflows)
{
    registry.addModule(QStringLiteral("tickets"),
                       {QStringLiteral("customers"), QStringLiteral("products"), QStringLiteral("workflows"),
                        QStringLiteral("notify")});
    TicketRepository::registerStatements(registry);
    DispatchRepository::registerStatements(registry);
    SlaRepository::registerStatements(registry);
    auto service = std::make_shared<const TicketService>(std::move(workflows));

    registry.addHandler(OpId::TicketCreate, [service](OpContext& context, const Args& args) -> QCborValue {
        return service->create(context.tx(), context.session(), args, context.effects().pushes);
    });
    registry.addHandler(OpId::TicketGet, [service](OpContext& context, const Args& args) -> QCborValue {
        return service->get(context.tx(), context.session(), args);
    });
    registry.addHandler(OpId::TicketList, [service](OpContext& context, const Args& args) -> QCborValue {
        return service->list(context.tx(), context.session(), args);
    });
    registry.addHandler(OpId::TicketTransition, [service](OpContext& context, const Args& args) -> QCborValue {
        return service->transition(context.tx(), context.session(), args, context.effects().pushes);
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
    registry.addHandler(OpId::SlaPolicyList, [](OpContext& context, const Args& args) -> QCborValue {
        return SlaService::policyList(context.tx(), context.session(), args);
    });
    registry.addHandler(OpId::SlaPolicySet, [](OpContext& context, const Args& args) -> QCborValue {
        return SlaService::policySet(context.tx(), context.session(), args);
    });
    registry.addHandler(OpId::SlaSettingsSet, [](OpContext& context, const Args& args) -> QCborValue {
        return SlaService::settingsSet(context.tx(), context.session(), args);
    });
    registry.addHandler(OpId::SlaCalendarSet, [](OpContext& context, const Args& args) -> QCborValue {
        return SlaService::calendarSet(context.tx(), context.session(), args);
    });
    registry.addHandler(OpId::SlaRecompute, [](OpContext& context, const Args& args) -> QCborValue {
        return SlaService::recompute(context.connection(), context.session(), args);
    });
    registry.addPeriodicTask({QStringLiteral("sla breaches"), 30,
                              [](pqxx::connection& connection) { return SlaService::detectBreaches(connection); }});
}

} // namespace csm::server::tickets
