#include "server/modules/cases/case_ops.h"

#include "server/modules/cases/complaint_repository.h"
#include "server/modules/cases/complaint_service.h"
#include "server/modules/cases/supervision_repository.h"
#include "server/modules/cases/supervision_service.h"

namespace csm::server::cases {

using common::OpId;

void registerCaseModule(ModuleRegistry& registry)
{
    registry.addModule(QStringLiteral("cases"), {QStringLiteral("tickets")});
    ComplaintRepository::registerStatements(registry);
    SupervisionRepository::registerStatements(registry);

    registry.addHandler(OpId::ComplaintSet, [](OpContext& context, const Args& args) -> QCborValue {
        return ComplaintService::set(context.tx(), context.session(), args);
    });
    registry.addHandler(OpId::ComplaintResolve, [](OpContext& context, const Args& args) -> QCborValue {
        return ComplaintService::resolve(context.tx(), context.session(), args);
    });
    registry.addHandler(OpId::CaseUnitList, [](OpContext& context, const Args&) -> QCborValue {
        return ComplaintService::units(context.tx(), context.session());
    });
    registry.addHandler(OpId::SupervisionOpen, [](OpContext& context, const Args& args) -> QCborValue {
        return SupervisionService::open(context.tx(), context.session(), args, context.effects().pushes);
    });
    registry.addHandler(OpId::SupervisionAnswer, [](OpContext& context, const Args& args) -> QCborValue {
        return SupervisionService::answer(context.tx(), context.session(), args, context.effects().pushes);
    });
    registry.addHandler(OpId::SupervisionClose, [](OpContext& context, const Args& args) -> QCborValue {
        return SupervisionService::close(context.tx(), context.session(), args);
    });
    registry.addHandler(OpId::SupervisionList, [](OpContext& context, const Args& args) -> QCborValue {
        return SupervisionService::list(context.tx(), context.session(), args);
    });
    registry.addPeriodicTask({QStringLiteral("supervision overdue"), 30, [](pqxx::connection& connection) {
                                  return SupervisionService::detectOverdue(connection);
                              }});
    registry.addPeriodicTask({QStringLiteral("complaint deadlines"), 30, [](pqxx::connection& connection) {
                                  return ComplaintService::detectOverdue(connection);
                              }});
}

} // namespace csm::server::cases
