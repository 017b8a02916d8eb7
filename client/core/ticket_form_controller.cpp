#include "client/core/ticket_form_controller.h"

#include "client/core/rpc_client.h"

#include <QCborArray>
#include <QSet>
#include <QUuid>

namespace csm::client {

TicketFormController::TicketFormController(RpcClient& rpc, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_idempotencyKey(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

void TicketFormController::call(Action action, const QString& op, const QCborMap& args,
                                std::function<void(const QCborValue&)> onResult)
{
    if (m_pending++ == 0)
        emit busyChanged(true);
    const qint64 customerId = m_customerId;
    auto handler = [this, action, customerId, onResult = std::move(onResult)](const common::Response& response) {
        if (--m_pending == 0)
            emit busyChanged(false);
        if (customerId != m_customerId)
            return;
        if (!response.ok) {
            emit failed(action, response.error);
            return;
        }
        onResult(response.result);
    };
    if (action == Action::Create)
        m_rpc.callIdempotent(op, args, m_idempotencyKey, this, std::move(handler));
    else
        m_rpc.call(op, args, this, std::move(handler));
}

void TicketFormController::start(qint64 customerId)
{
    m_customerId = customerId;
    const QCborMap customer{{QStringLiteral("customer_id"), customerId}};
    call(Action::Products, QStringLiteral("customer.product.list"), customer, [this](const QCborValue& value) {
        m_products.clear();
        for (const QCborValue& item : value.toMap().value(QStringLiteral("items")).toArray())
            m_products.append(common::CustomerProduct::fromCbor(item.toMap()));
        m_productsLoaded = true;
        emit productsLoaded();
    });
    call(Action::Suggestion, QStringLiteral("dispatch.suggest"), customer, [this](const QCborValue& value) {
        const QCborMap suggestion = value.toMap().value(QStringLiteral("suggestion")).toMap();
        m_suggestion.orgUnitId = suggestion.value(QStringLiteral("org_unit_id")).toInteger();
        m_suggestion.orgUnitName = suggestion.value(QStringLiteral("org_unit_name")).toString();
        m_suggestion.regionName = suggestion.value(QStringLiteral("region_name")).toString();
        m_suggestionLoaded = true;
        emit suggestionLoaded();
    });
    call(Action::Units, QStringLiteral("dispatch.coverage.list"), {}, [this](const QCborValue& value) {
        m_units.clear();
        QSet<qint64> seen;
        for (const QCborValue& item : value.toMap().value(QStringLiteral("items")).toArray()) {
            const QCborMap map = item.toMap();
            Unit unit;
            unit.id = map.value(QStringLiteral("org_unit_id")).toInteger();
            if (unit.id == 0 || seen.contains(unit.id))
                continue;
            seen.insert(unit.id);
            unit.code = map.value(QStringLiteral("org_unit_code")).toString();
            unit.name = map.value(QStringLiteral("org_unit_name")).toString();
            m_units.append(unit);
        }
        emit unitsLoaded();
    });
    const QCborMap open{{QStringLiteral("customer_id"), customerId},
                        {QStringLiteral("state_category"), QStringLiteral("open")},
                        {QStringLiteral("limit"), 200}};
    call(Action::OpenOrders, QStringLiteral("ticket.list"), open, [this](const QCborValue& value) {
        m_openOrders.clear();
        for (const QCborValue& item : value.toMap().value(QStringLiteral("items")).toArray())
            m_openOrders.append(common::Ticket::fromCbor(item.toMap()));
        m_openOrdersLoaded = true;
        emit openOrdersLoaded();
    });
}

QList<common::Ticket> TicketFormController::openOrdersOf(qint64 customerProductId) const
{
    QList<common::Ticket> orders;
    if (customerProductId == 0)
        return orders;
    for (const common::Ticket& ticket : m_openOrders) {
        if (ticket.customerProductId == customerProductId)
            orders.append(ticket);
    }
    return orders;
}

void TicketFormController::create(const QCborMap& fields)
{
    QCborMap args = fields;
    args.insert(QStringLiteral("customer_id"), m_customerId);
    call(Action::Create, QStringLiteral("ticket.create"), args, [this](const QCborValue& value) {
        const common::Ticket ticket = common::Ticket::fromCbor(value.toMap());
        m_openOrders.prepend(ticket);
        emit created(ticket);
    });
}

} // namespace csm::client
