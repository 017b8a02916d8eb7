#include "server/modules/customers/custom_field_ops.h"

#include "server/modules/customers/custom_field_repository.h"
#include "server/modules/customers/custom_field_service.h"

namespace csm::server::customers {

using common::OpId;

void registerCustomFieldOps(ModuleRegistry& registry)
{
    CustomFieldRepository::registerStatements(registry);

    registry.addHandler(OpId::CustomerFieldList, [](OpContext& context, const Args& args) -> QCborValue {
        return CustomFieldService::list(context.tx(), args);
    });
    registry.addHandler(OpId::CustomerFieldCreate, [](OpContext& context, const Args& args) -> QCborValue {
        return CustomFieldService::create(context.tx(), context.session(), args).toCbor();
    });
    registry.addHandler(OpId::CustomerFieldUpdate, [](OpContext& context, const Args& args) -> QCborValue {
        return CustomFieldService::update(context.tx(), context.session(), args).toCbor();
    });
    registry.addHandler(OpId::CustomerFieldDeactivate, [](OpContext& context, const Args& args) -> QCborValue {
        return CustomFieldService::deactivate(context.tx(), context.session(), args).toCbor();
    });
}

} // namespace csm::server::customers
