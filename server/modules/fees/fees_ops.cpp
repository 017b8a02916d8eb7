#include "server/modules/fees/fees_ops.h"

#include "server/modules/fees/contract_repository.h"
#include "server/modules/fees/contract_service.h"
#include "server/modules/fees/fee_repository.h"
#include "server/modules/fees/fee_service.h"
#include "server/modules/fees/warranty_service.h"

namespace csm::server::fees {

using common::OpId;

void registerFeesModule(ModuleRegistry& registry)
{
    registry.addModule(QStringLiteral("fees"), {QStringLiteral("products"), QStringLiteral("tickets")});
    FeeRepository::registerStatements(registry);
    ContractRepository::registerStatements(registry);

    const auto bind = [&registry](OpId op, QCborMap (*service)(pqxx::transaction_base&, const Session&, const Args&)) {
        registry.addHandler(op, [service](OpContext& context, const Args& args) -> QCborValue {
            return service(context.tx(), context.session(), args);
        });
    };
    bind(OpId::FeeScheduleList, &FeeService::scheduleList);
    bind(OpId::FeeScheduleSet, &FeeService::scheduleSet);
    bind(OpId::WarrantyRulesList, &WarrantyService::rulesList);
    bind(OpId::WarrantyRulesSet, &WarrantyService::rulesSet);
    bind(OpId::WarrantyVerdict, &WarrantyService::verdict);
    bind(OpId::ContractList, &ContractService::list);
    bind(OpId::ContractCreate, &ContractService::create);
    bind(OpId::ContractCancel, &ContractService::cancel);
    bind(OpId::TicketPartsSet, &FeeService::partsSet);
    bind(OpId::TicketFeesGet, &FeeService::feesGet);
}

} // namespace csm::server::fees
