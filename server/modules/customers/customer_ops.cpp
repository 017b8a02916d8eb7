#include "server/modules/customers/customer_ops.h"

#include "server/modules/customers/custom_field_ops.h"
#include "server/modules/customers/customer_repository.h"
#include "server/modules/customers/customer_service.h"
#include "server/rpc/api_error.h"

#include <QCborArray>

namespace csm::server::customers {

using common::OpId;

void registerCustomerModule(ModuleRegistry& registry, const ServerConfig&)
{
    registry.addModule(QStringLiteral("customers"), {QStringLiteral("auth")});
    CustomerRepository::registerStatements(registry);
    registerCustomFieldOps(registry);

    registry.addHandler(OpId::CustomerCreate, [](OpContext& context, const Args& args) -> QCborValue {
        return CustomerService::create(context.tx(), context.session(), args).toCbor();
    });
    registry.addHandler(OpId::CustomerUpdate, [](OpContext& context, const Args& args) -> QCborValue {
        return CustomerService::update(context.tx(), context.session(), args).toCbor();
    });
    // The two hot reads are read queries: the network thread runs them without a worker.
    registry.addReadQuery(OpId::CustomerGet, ReadQuery{
        [](const Session& session, const Args& args) {
            const qint64 id = args.requiredInt(QStringLiteral("id"), 1, std::numeric_limits<qint64>::max());
            return CustomerRepository::findPlan(id, session.orgPath);
        },
        [](const pqxx::result& rows, const Session&, const QueryPlan&) -> QCborValue {
            auto records = CustomerRepository::readRecords(rows);
            if (records.empty())
                throw ApiError::notFound(QStringLiteral("customer"));
            return CustomerService::visible(std::move(records.front())).toCbor();
        }});
    registry.addReadQuery(OpId::CustomerSearch, ReadQuery{
        [](const Session& session, const Args& args) {
            const SearchRequest request = CustomerService::parseSearch(args);
            // One row more than asked tells whether another page exists.
            QueryPlan plan = CustomerRepository::searchPlan(request.criteria, session.orgPath, request.afterId,
                                                            request.limit + 1);
            plan.context.insert(QStringLiteral("limit"), request.limit);
            return plan;
        },
        [](const pqxx::result& rows, const Session&, const QueryPlan& plan) -> QCborValue {
            const int limit = int(plan.context.value(QStringLiteral("limit")).toInteger());
            const SearchPage page = CustomerService::page(CustomerRepository::readRecords(rows), limit);
            QCborArray items;
            for (const auto& customer : page.items)
                items.append(customer.toCbor());
            QCborMap result;
            result.insert(QStringLiteral("items"), items);
            result.insert(QStringLiteral("cursor"), page.cursor);
            return result;
        }});
    registry.addHandler(OpId::CustomerIdNumberReveal, [](OpContext& context, const Args& args) -> QCborValue {
        const qint64 id = args.requiredInt(QStringLiteral("id"), 1, std::numeric_limits<qint64>::max());
        QCborMap result;
        result.insert(QStringLiteral("id"), id);
        result.insert(QStringLiteral("id_number"), CustomerService::revealIdNumber(context.tx(), context.session(), id));
        return result;
    });
}

} // namespace csm::server::customers
