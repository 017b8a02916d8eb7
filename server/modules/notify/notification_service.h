#pragma once
// The rules of the notification outbox: the scoped list, a manual retry of a failed message, and
// the delivery of due messages through the gateway (the server's periodic task).
#include "server/modules/notify/sms_gateway.h"
#include "server/rpc/args.h"
#include "server/rpc/session.h"

#include <pqxx/pqxx>

#include <QCborMap>
#include <QDateTime>

#include <optional>

namespace csm::server::notify {

struct DeliverySettings {
    int maxAttempts = 5;
    int backoffSeconds = 30;   // the first retry; doubled after each failed attempt
    int batch = 20;            // messages taken per run
};

struct DeliveryCount {
    int sent = 0;
    int failed = 0;
};

class NotificationService {
public:
    static QCborMap list(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap retry(pqxx::transaction_base& tx, const Session& session, const Args& args);

    // Sends the due messages (at `now`, default the database's clock), each marked sent or failed
    // in a transaction of its own right after its attempt. The claim commits before sending: a
    // crash while sending leaves the message to be retried after the lease, never lost.
    static DeliveryCount deliverDue(pqxx::connection& connection, SmsGateway& gateway, const DeliverySettings& settings,
                                    const std::optional<QDateTime>& now = std::nullopt);
};

} // namespace csm::server::notify
