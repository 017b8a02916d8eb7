#pragma once
// All SQL of the notification outbox: queueing (in the caller's transaction), the facts of an
// order its messages are made of, the sender's claims and results, and the scoped list.
#include "server/rpc/module_registry.h"

#include <pqxx/pqxx>

#include <QCborMap>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <limits>
#include <optional>
#include <vector>

namespace csm::server::notify {

struct Notification {
    qint64 id = 0;
    qint64 ticketId = 0;         // 0: not about an order
    QString ticketNumber;
    QString channel;             // sms
    QString recipient;           // '' when the customer has no mobile number
    QString templateCode;
    QString body;
    QString status;              // queued | sent | failed
    int attempts = 0;
    QString lastError;
    QDateTime createdAt;
    QDateTime sentAt;
    QDateTime nextAttemptAt;     // invalid: sent, or failed for good

    QCborMap toCbor() const;
};

struct NotificationInsert {
    qint64 ticketId = 0;
    QString recipient;
    QString templateCode;
    QString body;
    QString status = QStringLiteral("queued");   // queued, or failed when it cannot be sent at all
    QString lastError;
};

// What the messages about an order are made of (read after the change, in its transaction).
struct TicketFacts {
    QString number;
    QString customerMobile;      // the customer's first mobile number; '' when none
    qint64 assignedOrgUnitId = 0;
    QString assignedOrgUnitName;
    qint64 technicianId = 0;
    QString technicianName;
    qint64 technicianOrgUnitId = 0;
    QDateTime appointmentStart;
    QDateTime appointmentEnd;
    QString state;
    QString stateName;
    QString serviceType;
    QString severity;
    qint64 ownerId = 0;
    QHash<QString, QString> templates;   // template code -> body, of the codes asked for
};

struct Claimed {
    qint64 id = 0;
    QString recipient;
    QString body;
    int attempts = 0;
};

struct NotificationFilter {
    qint64 beforeId = std::numeric_limits<qint64>::max();
    int limit = 50;
    std::optional<qint64> ticketId;
    std::optional<QString> status;
};

class NotificationRepository {
public:
    static void registerStatements(ModuleRegistry& registry);

    static qint64 insert(pqxx::transaction_base& tx, const NotificationInsert& data);
    // With the texts of those of `templateCodes` that are templates (in the same statement).
    static std::optional<TicketFacts> ticketFacts(pqxx::transaction_base& tx, qint64 ticketId,
                                                  const QStringList& templateCodes);

    // Takes up to `limit` due messages (queued, or failed with a retry due at `now`) and moves
    // their next attempt ahead by a lease, so that another sender does not take them meanwhile.
    static std::vector<Claimed> claimDue(pqxx::transaction_base& tx, int limit, const std::optional<QDateTime>& now);
    static void markSent(pqxx::transaction_base& tx, qint64 id);
    // Failed once more: retried after `backoffSeconds` × 2^(attempts before) while fewer than
    // `maxAttempts` attempts were made, else failed for good.
    static void markFailed(pqxx::transaction_base& tx, qint64 id, const QString& error, int maxAttempts,
                           int backoffSeconds, const std::optional<QDateTime>& now);

    // Scoped to the orders the caller sees (`scope`: the caller's org path), newest first.
    static std::vector<Notification> list(pqxx::transaction_base& tx, const std::string& scope,
                                          const NotificationFilter& filter);
    static std::optional<Notification> find(pqxx::transaction_base& tx, qint64 id, const std::string& scope,
                                            bool forUpdate = false);
    static void requeue(pqxx::transaction_base& tx, qint64 id);
};

} // namespace csm::server::notify
