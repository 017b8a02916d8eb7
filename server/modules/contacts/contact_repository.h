#pragma once
// All SQL of the contacts module: the one contact history per customer, and callback promises.
#include "server/rpc/module_registry.h"

#include <pqxx/pqxx>

#include <QDateTime>

#include <optional>
#include <vector>

namespace csm::server::contacts {

struct ContactRow {
    qint64 id = 0;
    qint64 customerId = 0;
    QString channel;
    QDateTime occurredAt;
    qint64 userId = 0;
    QString userName;
    QString summary;
    qint64 callId = 0;
    QString callOutcome;       // calls only
    int talkSeconds = -1;      // calls only, answered ones
    QString recording;
    QList<qint64> ticketIds;
};

struct CallbackRow {
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName;
    qint64 ownerId = 0;
    QString ownerName;
    qint64 contactId = 0;
    QDateTime dueAt;
    QString note;
    QString status;
    QDateTime closedAt;
    QString outcomeNote;
    QDateTime createdAt;
};

struct NewContact {
    qint64 customerId = 0;
    QString channel;
    QDateTime occurredAt;
    qint64 userId = 0;
    QString summary;
    QList<qint64> ticketIds;
};

struct NewCallback {
    qint64 customerId = 0;
    qint64 ownerId = 0;
    qint64 contactId = 0;
    QDateTime dueAt;
    QString note;
};

enum class CallbackScope { Mine, Overdue, Customer };

class ContactRepository {
public:
    static void registerStatements(ModuleRegistry& registry);

    static bool customerInScope(pqxx::transaction_base& tx, qint64 customerId, const std::string& scope);
    // Newest first; the page after (beforeTime, beforeId) when given.
    static std::vector<ContactRow> list(pqxx::transaction_base& tx, qint64 customerId,
                                        const std::optional<QDateTime>& beforeTime, qint64 beforeId, int limit);
    static qint64 insert(pqxx::transaction_base& tx, const NewContact& contact);
    static bool contactOfCustomer(pqxx::transaction_base& tx, qint64 contactId, qint64 customerId);

    static qint64 insertCallback(pqxx::transaction_base& tx, const NewCallback& callback, qint64 createdBy);
    static std::optional<CallbackRow> callback(pqxx::transaction_base& tx, qint64 id, bool forUpdate);
    // Mine: the owner's open promises; Overdue: every open promise past due in the scope;
    // Customer: the customer's promises, newest first.
    static std::vector<CallbackRow> callbacks(pqxx::transaction_base& tx, CallbackScope scope, qint64 ownerId,
                                              qint64 customerId, const std::string& orgScope, int limit);
    static void closeCallback(pqxx::transaction_base& tx, qint64 id, bool kept, qint64 closedBy,
                              const QString& outcomeNote);
    // Claims the open promises due within `withinMinutes` that were not reminded yet.
    static std::vector<CallbackRow> claimReminders(pqxx::transaction_base& tx, int withinMinutes);
    static qint64 recentCalls(pqxx::transaction_base& tx, qint64 customerId);
};

} // namespace csm::server::contacts
