#pragma once
// The new-order form's server side: for one customer it reads the customer's products
// (customer.product.list), the suggested service point (dispatch.suggest), the units that cover
// regions (dispatch.coverage.list, to override the suggestion) and the customer's open orders
// (ticket.list, to warn when the chosen product already has one), then sends ticket.create
// with one idempotency key for the life of the form: pressing Save again, or again after a
// timeout, never creates a second order.
#include "common/model/customer_product.h"
#include "common/model/ticket.h"
#include "common/protocol/message.h"

#include <QCborMap>
#include <QList>
#include <QObject>

#include <functional>

namespace csm::client {

class RpcClient;

class TicketFormController : public QObject {
    Q_OBJECT
public:
    enum class Action { Products, Suggestion, Units, OpenOrders, Create };
    Q_ENUM(Action)

    struct Unit {
        qint64 id = 0;
        QString code;
        QString name;
    };
    struct Suggestion {
        qint64 orgUnitId = 0;     // 0: no unit covers the customer's region
        QString orgUnitName;
        QString regionName;       // the region that matched
    };

    TicketFormController(RpcClient& rpc, QObject* parent = nullptr);

    void start(qint64 customerId);
    // `fields`: the ticket.create arguments except customer_id.
    void create(const QCborMap& fields);

    qint64 customerId() const { return m_customerId; }
    const QList<common::CustomerProduct>& products() const { return m_products; }
    const QList<Unit>& units() const { return m_units; }
    const Suggestion& suggestion() const { return m_suggestion; }
    bool isSuggestionLoaded() const { return m_suggestionLoaded; }
    bool areProductsLoaded() const { return m_productsLoaded; }
    bool areOpenOrdersLoaded() const { return m_openOrdersLoaded; }
    // The customer's open (not closed) orders of that product.
    QList<common::Ticket> openOrdersOf(qint64 customerProductId) const;
    QString idempotencyKey() const { return m_idempotencyKey; }
    bool isBusy() const { return m_pending > 0; }

signals:
    void productsLoaded();
    void suggestionLoaded();
    void unitsLoaded();
    void openOrdersLoaded();
    void created(const csm::common::Ticket& ticket);
    void busyChanged(bool busy);
    void failed(csm::client::TicketFormController::Action action, const csm::common::ErrorInfo& error);

private:
    void call(Action action, const QString& op, const QCborMap& args, std::function<void(const QCborValue&)> onResult);

    RpcClient& m_rpc;
    qint64 m_customerId = 0;
    QString m_idempotencyKey;
    QList<common::CustomerProduct> m_products;
    QList<Unit> m_units;
    QList<common::Ticket> m_openOrders;
    Suggestion m_suggestion;
    bool m_productsLoaded = false;
    bool m_suggestionLoaded = false;
    bool m_openOrdersLoaded = false;
    int m_pending = 0;
};

} // namespace csm::client
