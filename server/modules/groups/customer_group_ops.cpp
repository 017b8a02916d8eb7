#include "server/modules/groups/customer_group_ops.h"

#include "server/modules/groups/customer_group_repository.h"
#include "server/modules/groups/customer_group_service.h"

namespace csm::server::groups {

using common::OpId;

void registerGroupModule(ModuleRegistry& registry)
{
    registry.addModule(QStringLiteral("groups"), {QStringLiteral("customers"), QStringLiteral("products")});
    CustomerGroupRepository::registerStatements(registry);

    auto bind = [&registry](OpId op, QCborMap (*run)(pqxx::transaction_base&, const Session&, const Args&)) {
        registry.addHandler(op, [run](OpContext& context, const Args& args) -> QCborValue {
            return run(context.tx(), context.session(), args);
        });
    };
    bind(OpId::CustomerGroupList, &CustomerGroupService::list);
    bind(OpId::CustomerGroupGet, &CustomerGroupService::get);
    bind(OpId::CustomerGroupCreate, &CustomerGroupService::create);
    bind(OpId::CustomerGroupUpdate, &CustomerGroupService::update);
    bind(OpId::CustomerGroupDelete, &CustomerGroupService::remove);
    bind(OpId::CustomerGroupMembers, &CustomerGroupService::members);
    bind(OpId::CustomerGroupAddMembers, &CustomerGroupService::addMembers);
    bind(OpId::CustomerGroupRemoveMembers, &CustomerGroupService::removeMembers);
    bind(OpId::CustomerGroupPreview, &CustomerGroupService::preview);
}

} // namespace csm::server::groups
