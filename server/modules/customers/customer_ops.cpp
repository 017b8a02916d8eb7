#include "server/modules/customers/customer_ops.h"

#include "server/modules/customers/customer_repository.h"
#include "server/modules/customers/customer_service.h"

#include <QCborArray>

namespace csm::server::customers {

using common::OpId;

void registerCustomerModule(ModuleRegistry& registry, const ServerConfig&)
{
    registry.addModule(QStringLiteral("customers"), {QStringLiteral("auth")});
    CustomerRepository::registerStatements(registry);

    registry.addHandler(OpId::CustomerCreate, [](OpContext& context, const Args& args) -> QCborValue {
        return CustomerService::create(context.tx(), context.session(), args).toCbor();
    });
    registry.addHandler(OpId::CustomerUpdate, [](OpContext& context, const Args& args) -> QCborValue {
        return CustomerService::update(context.tx(), context.session(), args).toCbor();
    });
    registry.addHandler(OpId::CustomerGet, [](OpContext& context, const Args& args) -> QCborValue {
        const qint64 id = args.requiredInt(QStringLiteral("id"), 1, std::numeric_limits<qint64>::max());
        return CustomerService::get(context.tx(), context.session(), id).toCbor();
    });
    registry.addHandler(OpId::CustomerSearch, [](OpContext& context, const Args& args) -> QCborValue {
        const SearchPage page = CustomerService::search(context.tx(), context.session(), args);
        QCborArray items;
        for (const auto& customer : page.items)
            items.append(customer.toCbor());
        QCborMap result;
        result.insert(QStringLiteral("items"), items);
        result.insert(QStringLiteral("cursor"), page.cursor);
        return result;
    });
    registry.addHandler(OpId::CustomerIdNumberReveal, [](OpContext& context, const Args& args) -> QCborValue {
        const qint64 id = args.requiredInt(QStringLiteral("id"), 1, std::numeric_limits<qint64>::max());
        QCborMap result;
        result.insert(QStringLiteral("id"), id);
        result.insert(QStringLiteral("id_number"), CustomerService::revealIdNumber(context.tx(), context.session(), id));
        return result;
    });
}

} // namespace csm::server::customers
