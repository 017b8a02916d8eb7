#include "server/modules/contacts/contact_ops.h"

#include "server/modules/contacts/contact_repository.h"
#include "server/modules/contacts/contact_service.h"

namespace csm::server::contacts {

using common::OpId;

void registerContactModule(ModuleRegistry& registry)
{
    registry.addModule(QStringLiteral("contacts"), {QStringLiteral("customers"), QStringLiteral("cti")});
    ContactRepository::registerStatements(registry);

    registry.addHandler(OpId::ContactList, [](OpContext& context, const Args& args) -> QCborValue {
        return ContactService::list(context.tx(), context.session(), args);
    });
    registry.addHandler(OpId::ContactCreate, [](OpContext& context, const Args& args) -> QCborValue {
        return ContactService::create(context.tx(), context.session(), args);
    });
    registry.addHandler(OpId::CallbackCreate, [](OpContext& context, const Args& args) -> QCborValue {
        return ContactService::createCallback(context.tx(), context.session(), args);
    });
    registry.addHandler(OpId::CallbackList, [](OpContext& context, const Args& args) -> QCborValue {
        return ContactService::listCallbacks(context.tx(), context.session(), args);
    });
    registry.addHandler(OpId::CallbackClose, [](OpContext& context, const Args& args) -> QCborValue {
        return ContactService::closeCallback(context.tx(), context.session(), args);
    });
    registry.addHandler(OpId::CustomerView360, [](OpContext& context, const Args& args) -> QCborValue {
        return ContactService::view360(context.tx(), context.session(), args);
    });
    registry.addPeriodicTask({QStringLiteral("callback reminders"), 30, &ContactService::remindCallbacks});
}

} // namespace csm::server::contacts
