#include "server/modules/contacts/contact_repository.h"

#include "server/db/pqxx_support.h"

namespace csm::server::contacts {

using db::fromIso;
using db::toIso;
using db::toQt;

namespace {

#define CSM_CONTACT_COLUMNS                                                                                  \
    "k.id, k.customer_id, k.channel, " CSM_SQL_ISO("k.occurred_at") ", coalesce(k.user_id, 0),"             \
    " coalesce(u.display_name, ''), k.summary, coalesce(k.call_id, 0), coalesce(r.outcome, ''),"            \
    " coalesce(extract(epoch FROM r.ended_at - r.answered_at)::integer, -1), coalesce(r.recording, ''),"    \
    " array_to_string(k.ticket_ids, ',')"                                                                   \
    " FROM contact k LEFT JOIN app_user u ON u.id = k.user_id LEFT JOIN call_record r ON r.id = k.call_id"

#define CSM_CALLBACK_COLUMNS_FROM(source)                                                                    \
    "b.id, b.customer_id, c.name, b.owner_id, o.display_name, coalesce(b.contact_id, 0), "                 \
    CSM_SQL_ISO("b.due_at") ", b.note, b.status, " CSM_SQL_ISO("b.closed_at") ", b.outcome_note, "         \
    CSM_SQL_ISO("b.created_at")                                                                             \
    " FROM " source " b JOIN customer c ON c.id = b.customer_id JOIN app_user o ON o.id = b.owner_id"
#define CSM_CALLBACK_COLUMNS CSM_CALLBACK_COLUMNS_FROM("callback_promise")
#define CSM_CALLBACK_COLUMNS_DUE CSM_CALLBACK_COLUMNS_FROM("due")

ContactRow readContact(const pqxx::row& row)
{
    ContactRow contact;
    contact.id = row[0].as<qint64>();
    contact.customerId = row[1].as<qint64>();
    contact.channel = toQt(row[2]);
    contact.occurredAt = fromIso(row[3]);
    contact.userId = row[4].as<qint64>();
    contact.userName = toQt(row[5]);
    contact.summary = toQt(row[6]);
    contact.callId = row[7].as<qint64>();
    contact.callOutcome = toQt(row[8]);
    contact.talkSeconds = row[9].as<int>();
    contact.recording = toQt(row[10]);
    for (const QString& id : toQt(row[11]).split(QLatin1Char(','), Qt::SkipEmptyParts))
        contact.ticketIds.append(id.toLongLong());
    return contact;
}

CallbackRow readCallback(const pqxx::row& row)
{
    CallbackRow callback;
    callback.id = row[0].as<qint64>();
    callback.customerId = row[1].as<qint64>();
    callback.customerName = toQt(row[2]);
    callback.ownerId = row[3].as<qint64>();
    callback.ownerName = toQt(row[4]);
    callback.contactId = row[5].as<qint64>();
    callback.dueAt = fromIso(row[6]);
    callback.note = toQt(row[7]);
    callback.status = toQt(row[8]);
    callback.closedAt = fromIso(row[9]);
    callback.outcomeNote = toQt(row[10]);
    callback.createdAt = fromIso(row[11]);
    return callback;
}

std::string idArray(const QList<qint64>& ids)
{
    std::string literal = "{";
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            literal += ',';
        literal += std::to_string(ids[i]);
    }
    return literal + "}";
}

} // namespace

void ContactRepository::registerStatements(ModuleRegistry& registry)
{
    registry.addStatements({
        {"contact_customer_in_scope", "SELECT 1 FROM customer WHERE id = $1 AND org_path <@ $2::ltree"},
        {"contact_list_first",
         "SELECT " CSM_CONTACT_COLUMNS " WHERE k.customer_id = $1 ORDER BY k.occurred_at DESC, k.id DESC LIMIT $2"},
        {"contact_list_after",
         "SELECT " CSM_CONTACT_COLUMNS " WHERE k.customer_id = $1 AND (k.occurred_at, k.id) < ($2::timestamptz, $3)"
         " ORDER BY k.occurred_at DESC, k.id DESC LIMIT $4"},
        {"contact_insert",
         "INSERT INTO contact (customer_id, channel, occurred_at, user_id, summary, ticket_ids)"
         " VALUES ($1, $2, $3::timestamptz, $4, $5, $6::bigint[]) RETURNING id"},
        {"contact_of_customer", "SELECT 1 FROM contact WHERE id = $1 AND customer_id = $2"},
        {"callback_insert",
         "INSERT INTO callback_promise (customer_id, owner_id, contact_id, due_at, note, created_by)"
         " VALUES ($1, $2, nullif($3, 0), $4::timestamptz, $5, $6) RETURNING id"},
        {"callback_get", "SELECT " CSM_CALLBACK_COLUMNS " WHERE b.id = $1"},
        {"callback_get_locked", "SELECT " CSM_CALLBACK_COLUMNS " WHERE b.id = $1 FOR UPDATE OF b"},
        {"callback_list_mine",
         "SELECT " CSM_CALLBACK_COLUMNS " WHERE b.owner_id = $1 AND b.status = 'open' ORDER BY b.due_at LIMIT $2"},
        {"callback_list_overdue",
         "SELECT " CSM_CALLBACK_COLUMNS " WHERE b.status = 'open' AND b.due_at < now() AND c.org_path <@ $1::ltree"
         " ORDER BY b.due_at LIMIT $2"},
        {"callback_list_customer",
         "SELECT " CSM_CALLBACK_COLUMNS " WHERE b.customer_id = $1 ORDER BY b.status = 'open' DESC, b.due_at DESC"
         " LIMIT $2"},
        {"callback_close",
         "UPDATE callback_promise SET status = $2, closed_at = now(), closed_by = $3, outcome_note = $4"
         " WHERE id = $1 AND status = 'open'"},
        {"callback_claim_reminders",
         "WITH due AS (UPDATE callback_promise SET reminded_at = now() WHERE id IN"
         "  (SELECT id FROM callback_promise WHERE status = 'open' AND reminded_at IS NULL"
         "   AND due_at <= now() + make_interval(mins => $1) ORDER BY due_at LIMIT 500 FOR UPDATE SKIP LOCKED)"
         "  RETURNING *)"
         " SELECT " CSM_CALLBACK_COLUMNS_DUE},
        {"contact_recent_calls",
         "SELECT count(*) FROM call_record WHERE customer_id = $1 AND offered_at > now() - interval '7 days'"},
    });
}

bool ContactRepository::customerInScope(pqxx::transaction_base& tx, qint64 customerId, const std::string& scope)
{
    return !tx.exec_prepared("contact_customer_in_scope", customerId, scope).empty();
}

std::vector<ContactRow> ContactRepository::list(pqxx::transaction_base& tx, qint64 customerId,
                                                const std::optional<QDateTime>& beforeTime, qint64 beforeId, int limit)
{
    const pqxx::result result = beforeTime
                                    ? tx.exec_prepared("contact_list_after", customerId, toIso(*beforeTime), beforeId, limit)
                                    : tx.exec_prepared("contact_list_first", customerId, limit);
    std::vector<ContactRow> contacts;
    for (const auto& row : result)
        contacts.push_back(readContact(row));
    return contacts;
}

qint64 ContactRepository::insert(pqxx::transaction_base& tx, const NewContact& contact)
{
    return tx.exec_prepared1("contact_insert", contact.customerId, contact.channel.toStdString(),
                             toIso(contact.occurredAt), contact.userId, contact.summary.toStdString(),
                             idArray(contact.ticketIds))[0].as<qint64>();
}

bool ContactRepository::contactOfCustomer(pqxx::transaction_base& tx, qint64 contactId, qint64 customerId)
{
    return !tx.exec_prepared("contact_of_customer", contactId, customerId).empty();
}

qint64 ContactRepository::insertCallback(pqxx::transaction_base& tx, const NewCallback& callback, qint64 createdBy)
{
    return tx.exec_prepared1("callback_insert", callback.customerId, callback.ownerId, callback.contactId,
                             toIso(callback.dueAt), callback.note.toStdString(), createdBy)[0].as<qint64>();
}

std::optional<CallbackRow> ContactRepository::callback(pqxx::transaction_base& tx, qint64 id, bool forUpdate)
{
    const pqxx::result result = tx.exec_prepared(forUpdate ? "callback_get_locked" : "callback_get", id);
    if (result.empty())
        return std::nullopt;
    return readCallback(result[0]);
}

std::vector<CallbackRow> ContactRepository::callbacks(pqxx::transaction_base& tx, CallbackScope scope, qint64 ownerId,
                                                      qint64 customerId, const std::string& orgScope, int limit)
{
    pqxx::result result;
    switch (scope) {
    case CallbackScope::Mine: result = tx.exec_prepared("callback_list_mine", ownerId, limit); break;
    case CallbackScope::Overdue: result = tx.exec_prepared("callback_list_overdue", orgScope, limit); break;
    case CallbackScope::Customer: result = tx.exec_prepared("callback_list_customer", customerId, limit); break;
    }
    std::vector<CallbackRow> callbacks;
    for (const auto& row : result)
        callbacks.push_back(readCallback(row));
    return callbacks;
}

void ContactRepository::closeCallback(pqxx::transaction_base& tx, qint64 id, bool kept, qint64 closedBy,
                                      const QString& outcomeNote)
{
    tx.exec_prepared0("callback_close", id, kept ? "kept" : "broken", closedBy, outcomeNote.toStdString());
}

std::vector<CallbackRow> ContactRepository::claimReminders(pqxx::transaction_base& tx, int withinMinutes)
{
    std::vector<CallbackRow> callbacks;
    for (const auto& row : tx.exec_prepared("callback_claim_reminders", withinMinutes))
        callbacks.push_back(readCallback(row));
    return callbacks;
}

qint64 ContactRepository::recentCalls(pqxx::transaction_base& tx, qint64 customerId)
{
    return tx.exec_prepared1("contact_recent_calls", customerId)[0].as<qint64>();
}

} // namespace csm::server::contacts
