#include "server/modules/cti/cti_repository.h"

#include "server/db/pqxx_support.h"

namespace csm::server::cti {

using db::fromIso;
using db::toIso;
using db::toQt;

namespace {

#define CSM_CALL_COLUMNS                                                                                    \
    "id, call_key, direction, caller_number, called_number, coalesce(customer_number, ''),"                 \
    " coalesce(queue, ''), coalesce(extension, ''), coalesce(agent_id, 0), coalesce(customer_id, 0),"       \
    " answered_at IS NOT NULL, ended_at IS NOT NULL, coalesce(outcome, ''), " CSM_SQL_ISO("offered_at") "," \
    " " CSM_SQL_ISO("answered_at") ", " CSM_SQL_ISO("ended_at") ", coalesce(wrap_up_seconds, -1),"         \
    " coalesce(recording, '')"

// Every agent state change returns the changed rows and writes its log row in one statement.
#define CSM_AGENT_CHANGED_TAIL                                                                               \
    " RETURNING user_id, extension, state, reason, call_key, since)"                                        \
    " , logged AS (INSERT INTO agent_state_log (user_id, extension, state, reason, call_key, started_at)"     \
    "   SELECT user_id, extension, state, reason, call_key, since FROM changed)"                             \
    " SELECT c.user_id, u.display_name, coalesce(c.extension, ''), c.state, c.reason, coalesce(c.call_key, ''), " \
    CSM_SQL_ISO("c.since") " FROM changed c JOIN app_user u ON u.id = c.user_id"

#define CSM_AGENT_COLUMNS                                                                                   \
    "s.user_id, u.display_name, coalesce(s.extension, ''), s.state, s.reason, coalesce(s.call_key, ''), "   \
    CSM_SQL_ISO("s.since")

// The warranty summary of each customer of the screen pop (module products' customer_product):
// one index range scan per matched customer (customer_product_customer_idx), in the same
// statement. "Expiring" counts the products in warranty whose end is at most 30 days away.
#define CSM_POP_WARRANTY_COLUMNS                                                                            \
    "coalesce(w.products, 0), coalesce(w.in_warranty, 0), coalesce(w.expiring, 0), coalesce(w.expired, 0),"  \
    " coalesce(to_char(w.next_end, 'YYYY-MM-DD'), '')"
#define CSM_POP_WARRANTY_JOIN                                                                               \
    " LEFT JOIN LATERAL (SELECT count(*) AS products,"                                                     \
    "   count(*) FILTER (WHERE p.warranty_end >= current_date) AS in_warranty,"                            \
    "   count(*) FILTER (WHERE p.warranty_end >= current_date AND p.warranty_end <= current_date + 30) AS expiring," \
    "   count(*) FILTER (WHERE p.warranty_end < current_date) AS expired,"                                 \
    "   min(p.warranty_end) FILTER (WHERE p.warranty_end >= current_date) AS next_end"                     \
    "  FROM customer_product p WHERE p.customer_id = m.id) AS w ON m.id IS NOT NULL"

// A customer of a pop lookup from column `at`: id, name, VIP level, address, warranty columns.
PopCustomer readPopCustomer(const pqxx::row& row, int at)
{
    PopCustomer customer{row[at].as<qint64>(), toQt(row[at + 1]), row[at + 2].as<int>(), toQt(row[at + 3]), {}};
    customer.warranty.products = row[at + 4].as<int>();
    customer.warranty.inWarranty = row[at + 5].as<int>();
    customer.warranty.expiring = row[at + 6].as<int>();
    customer.warranty.expired = row[at + 7].as<int>();
    customer.warranty.nextEnd = toQt(row[at + 8]);
    return customer;
}

CallRow readCall(const pqxx::row& row)
{
    CallRow call;
    call.id = row[0].as<qint64>();
    call.callKey = toQt(row[1]);
    call.direction = toQt(row[2]);
    call.callerNumber = toQt(row[3]);
    call.calledNumber = toQt(row[4]);
    call.customerNumber = toQt(row[5]);
    call.queue = toQt(row[6]);
    call.extension = toQt(row[7]);
    call.agentId = row[8].as<qint64>();
    call.customerId = row[9].as<qint64>();
    call.answered = row[10].as<bool>();
    call.ended = row[11].as<bool>();
    call.outcome = toQt(row[12]);
    call.offeredAt = fromIso(row[13]);
    call.answeredAt = fromIso(row[14]);
    call.endedAt = fromIso(row[15]);
    call.wrapUpSeconds = row[16].as<int>();
    call.recording = toQt(row[17]);
    return call;
}

AgentRow readAgent(const pqxx::row& row)
{
    AgentRow agent;
    agent.userId = row[0].as<qint64>();
    agent.displayName = toQt(row[1]);
    agent.extension = toQt(row[2]);
    agent.state = toQt(row[3]);
    agent.reason = toQt(row[4]);
    agent.callKey = toQt(row[5]);
    agent.since = fromIso(row[6]);
    return agent;
}

std::vector<AgentRow> readAgents(const pqxx::result& result)
{
    std::vector<AgentRow> agents;
    agents.reserve(static_cast<size_t>(result.size()));
    for (const auto& row : result)
        agents.push_back(readAgent(row));
    return agents;
}

} // namespace

void CtiRepository::registerStatements(ModuleRegistry& registry)
{
    registry.addStatements({
        {"cti_call_insert",
         "INSERT INTO call_record (call_key, source, direction, caller_number, called_number, customer_number,"
         " offered_at) VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz) ON CONFLICT (call_key) DO NOTHING"
         " RETURNING " CSM_CALL_COLUMNS},
        {"cti_call_lock", "SELECT " CSM_CALL_COLUMNS " FROM call_record WHERE call_key = $1 FOR UPDATE"},
        {"cti_call_find", "SELECT " CSM_CALL_COLUMNS " FROM call_record WHERE call_key = $1"},
        {"cti_call_set_customer", "UPDATE call_record SET customer_id = $2 WHERE id = $1"},
        {"cti_call_queued",
         "UPDATE call_record SET queue = $2, enqueued_at = coalesce(enqueued_at, $3::timestamptz) WHERE id = $1"},
        {"cti_call_ringing",
         "UPDATE call_record SET ring_at = coalesce(ring_at, $3::timestamptz),"
         " extension = CASE WHEN answered_at IS NULL THEN $2 ELSE extension END WHERE id = $1"},
        {"cti_call_answered",
         "UPDATE call_record SET answered_at = coalesce(answered_at, $4::timestamptz), extension = $2,"
         " agent_id = nullif($3, 0) WHERE id = $1"},
        {"cti_call_recording", "UPDATE call_record SET recording = $2 WHERE id = $1"},
        {"cti_call_ended",
         "UPDATE call_record SET ended_at = $3::timestamptz, outcome = $2 WHERE id = $1 AND ended_at IS NULL"},
        {"cti_call_popped",
         "UPDATE call_record SET popped_to = popped_to || $2::bigint WHERE id = $1 AND NOT ($2 = ANY (popped_to))"},
        {"cti_call_wrap_up", "UPDATE call_record SET wrap_up_seconds = $2 WHERE id = $1"},
        // Calls waiting and on a call: the open calls of the last day (a partial index holds
        // only open calls); today's totals: the counters kept by call_record's trigger (V0049).
        {"cti_call_figures",
         "SELECT (SELECT count(*) FROM call_record WHERE ended_at IS NULL AND offered_at > now() - interval '1 day'"
         "        AND answered_at IS NULL AND direction = 'inbound'),"
         " (SELECT count(*) FROM call_record WHERE ended_at IS NULL AND offered_at > now() - interval '1 day'"
         "  AND answered_at IS NOT NULL),"
         " coalesce(f.offered, 0), coalesce(f.answered, 0), coalesce(f.abandoned, 0)"
         " FROM (SELECT 1) AS one LEFT JOIN call_day_figures f ON f.day = date_trunc('day', now())"},
        {"cti_call_contact",
         "INSERT INTO contact (customer_id, channel, occurred_at, user_id, call_id)"
         " SELECT customer_id, CASE direction WHEN 'outbound' THEN 'phone_out' ELSE 'phone_in' END, offered_at,"
         " agent_id, id FROM call_record WHERE id = $1 AND customer_id IS NOT NULL"
         " ON CONFLICT (call_id) DO UPDATE SET user_id = coalesce(contact.user_id, EXCLUDED.user_id)"
         " RETURNING id"},
        {"cti_call_contact_summary", "UPDATE contact SET summary = $2 WHERE call_id = $1"},
        {"cti_customer_in_scope", "SELECT 1 FROM customer WHERE id = $1 AND org_path <@ $2::ltree"},
        {"cti_call_list",
         "SELECT " CSM_CALL_COLUMNS " FROM call_record r"
         " WHERE ($1::bigint IS NULL OR customer_id = $1) AND ($2::bigint IS NULL OR agent_id = $2)"
         " AND (customer_id IS NULL OR EXISTS (SELECT 1 FROM customer c WHERE c.id = r.customer_id"
         "                                     AND c.org_path <@ $3::ltree))"
         " AND id < $4 ORDER BY id DESC LIMIT $5"},
        {"cti_pop_lookup_phone",
         "SELECT (SELECT count(*) FROM call_record WHERE customer_number = $3 AND offered_at > now() - interval '7 days'"
         "        AND call_key <> $4), m.id, m.name, m.vip_level, m.address_text, " CSM_POP_WARRANTY_COLUMNS
         " FROM (SELECT 1) AS one LEFT JOIN LATERAL (SELECT c.id, c.name, c.vip_level, c.address_text FROM customer c"
         "  WHERE c.id IN (SELECT customer_id FROM customer_phone WHERE phone = $1) AND c.org_path <@ $2::ltree"
         "  ORDER BY c.id LIMIT 20) AS m ON true" CSM_POP_WARRANTY_JOIN},
        {"cti_pop_lookup_local",
         "SELECT (SELECT count(*) FROM call_record WHERE customer_number = $3 AND offered_at > now() - interval '7 days'"
         "        AND call_key <> $4), m.id, m.name, m.vip_level, m.address_text, " CSM_POP_WARRANTY_COLUMNS
         " FROM (SELECT 1) AS one LEFT JOIN LATERAL (SELECT c.id, c.name, c.vip_level, c.address_text FROM customer c"
         "  WHERE c.id IN (SELECT customer_id FROM customer_phone WHERE local_part = $1) AND c.org_path <@ $2::ltree"
         "  ORDER BY c.id LIMIT 20) AS m ON true" CSM_POP_WARRANTY_JOIN},
        // popBatch: $1..$5 the requests' extensions, numbers, local-part flags, caller digits and
        // call keys. The agent as cti_extension_owner picks it; the lookup as cti_pop_lookup_*.
        {"cti_pop_batch",
         "WITH q AS (SELECT * FROM unnest($1::text[], $2::text[], $3::boolean[], $4::text[], $5::text[])"
         "  WITH ORDINALITY AS q(extension, number, local_part, digits, call_key, n)),"
         " o AS (SELECT q.*, a.user_id, a.path FROM q LEFT JOIN LATERAL (SELECT x.user_id, x.path FROM ("
         "   SELECT u.id AS user_id, g.path, true AS logged_in FROM agent_state s JOIN app_user u ON u.id = s.user_id"
         "   JOIN org_unit g ON g.id = u.org_unit_id"
         "   WHERE s.extension = q.extension AND s.state <> 'logged_out' AND u.active"
         "   UNION ALL SELECT u.id, g.path, false FROM app_user u JOIN org_unit g ON g.id = u.org_unit_id"
         "   WHERE u.extension = q.extension AND u.active) AS x ORDER BY x.logged_in DESC LIMIT 1) AS a ON true)"
         // The repeat count: the number's calls of the last 7 days from the index alone (no heap
         // visits: they would be random reads), less the call itself when it is recorded already.
         " SELECT o.n, coalesce(o.user_id, 0), CASE WHEN o.digits = '' OR o.user_id IS NULL THEN 0 ELSE"
         "  (SELECT count(*) FROM call_record WHERE customer_number = o.digits"
         "   AND offered_at > now() - interval '7 days')"
         "  - (SELECT count(*) FROM call_record WHERE call_key = o.call_key AND customer_number = o.digits"
         "     AND offered_at > now() - interval '7 days') END,"
         " m.id, m.name, m.vip_level, m.address_text, " CSM_POP_WARRANTY_COLUMNS
         " FROM o LEFT JOIN LATERAL (SELECT c.id, c.name, c.vip_level, c.address_text FROM customer c"
         "  WHERE c.id IN (SELECT customer_id FROM customer_phone WHERE NOT o.local_part AND phone = o.number"
         "                 UNION ALL SELECT customer_id FROM customer_phone WHERE o.local_part AND local_part = o.number)"
         "  AND o.number <> '' AND c.org_path <@ o.path ORDER BY c.id LIMIT 20) AS m ON true" CSM_POP_WARRANTY_JOIN
         " ORDER BY o.n, m.id"},
        {"cti_pop_customers_phone",
         "SELECT c.id, c.name, c.vip_level, c.address_text FROM customer c"
         " WHERE c.id IN (SELECT customer_id FROM customer_phone WHERE phone = $1) AND c.org_path <@ $2::ltree"
         " ORDER BY c.id LIMIT 20"},
        {"cti_pop_customers_local",
         "SELECT c.id, c.name, c.vip_level, c.address_text FROM customer c"
         " WHERE c.id IN (SELECT customer_id FROM customer_phone WHERE local_part = $1) AND c.org_path <@ $2::ltree"
         " ORDER BY c.id LIMIT 20"},
        // The agent logged in at the extension wins over the user it is assigned to.
        {"cti_extension_owner",
         "SELECT u.id, o.path::text, true FROM agent_state s JOIN app_user u ON u.id = s.user_id"
         " JOIN org_unit o ON o.id = u.org_unit_id"
         " WHERE s.extension = $1 AND s.state <> 'logged_out' AND u.active"
         " UNION ALL"
         " SELECT u.id, o.path::text, false FROM app_user u JOIN org_unit o ON o.id = u.org_unit_id"
         " WHERE u.extension = $1 AND u.active"
         " ORDER BY 3 DESC LIMIT 1"},
        {"cti_assigned_extension", "SELECT extension FROM app_user WHERE id = $1"},
        {"cti_agent_get",
         "SELECT " CSM_AGENT_COLUMNS " FROM agent_state s JOIN app_user u ON u.id = s.user_id WHERE s.user_id = $1"},
        {"cti_agent_list",
         "SELECT " CSM_AGENT_COLUMNS " FROM agent_state s JOIN app_user u ON u.id = s.user_id"
         " JOIN org_unit o ON o.id = u.org_unit_id WHERE o.path <@ $1::ltree AND u.active"
         " ORDER BY s.extension NULLS LAST, u.display_name"},
        {"cti_agent_login",
         "WITH changed AS (INSERT INTO agent_state (user_id, extension, state, reason, since)"
         " VALUES ($1, $2, 'not_ready', 'login', clock_timestamp())"
         " ON CONFLICT (user_id) DO UPDATE SET extension = EXCLUDED.extension, state = 'not_ready',"
         " reason = 'login', since = EXCLUDED.since, call_key = NULL" CSM_AGENT_CHANGED_TAIL},
        {"cti_agent_logout",
         "WITH changed AS (UPDATE agent_state SET state = 'logged_out', reason = '', call_key = NULL,"
         " since = clock_timestamp() WHERE user_id = $1 AND state <> 'logged_out'" CSM_AGENT_CHANGED_TAIL},
        {"cti_agent_availability",
         "WITH changed AS (UPDATE agent_state SET state = $2, reason = $3, call_key = NULL,"
         " since = clock_timestamp() WHERE user_id = $1 AND state IN ('ready', 'not_ready', 'wrap_up')"
         CSM_AGENT_CHANGED_TAIL},
        {"cti_agent_ring",
         "WITH changed AS (UPDATE agent_state SET state = 'ringing', call_key = $2, since = $3::timestamptz,"
         " resume_state = CASE state WHEN 'not_ready' THEN 'not_ready' ELSE 'ready' END,"
         " resume_reason = CASE state WHEN 'not_ready' THEN reason ELSE '' END, reason = ''"
         " WHERE user_id = $1 AND state IN ('ready', 'not_ready', 'wrap_up')" CSM_AGENT_CHANGED_TAIL},
        {"cti_agent_on_call",
         "WITH changed AS (UPDATE agent_state SET state = 'on_call', call_key = $2, since = $3::timestamptz,"
         " reason = '' WHERE user_id = $1 AND state IN ('ready', 'not_ready', 'ringing', 'wrap_up')"
         CSM_AGENT_CHANGED_TAIL},
        {"cti_agent_stop_ringing",
         "WITH changed AS (UPDATE agent_state SET state = resume_state, reason = resume_reason, call_key = NULL,"
         " since = $3::timestamptz WHERE call_key = $1 AND state = 'ringing' AND user_id <> $2"
         CSM_AGENT_CHANGED_TAIL},
        {"cti_agent_wrap_up",
         "WITH changed AS (UPDATE agent_state SET state = 'wrap_up', since = $3::timestamptz"
         " WHERE call_key = $1 AND state = 'on_call' AND ($2 = '' OR extension = $2)" CSM_AGENT_CHANGED_TAIL},
    });
}

CallRow CtiRepository::lockOrCreateCall(pqxx::transaction_base& tx, const NewCall& call, bool expectNew)
{
    const std::string key = call.callKey.toStdString();
    auto insert = [&] {
        std::optional<std::string> number;
        if (call.customerNumber)
            number = call.customerNumber->toStdString();
        return tx.exec_prepared("cti_call_insert", key, call.source.toStdString(), call.direction.toStdString(),
                                call.callerNumber.toStdString(), call.calledNumber.toStdString(), number,
                                toIso(call.offeredAt));
    };
    // A new call is one statement; a known one (or a duplicate Offered) is locked as it is.
    pqxx::result found = expectNew ? insert() : tx.exec_prepared("cti_call_lock", key);
    if (found.empty())
        found = expectNew ? tx.exec_prepared("cti_call_lock", key) : insert();
    if (found.empty())
        found = tx.exec_prepared("cti_call_lock", key);
    return readCall(found.at(0));
}

std::optional<CallRow> CtiRepository::findCall(pqxx::transaction_base& tx, const QString& callKey)
{
    const pqxx::result result = tx.exec_prepared("cti_call_find", callKey.toStdString());
    if (result.empty())
        return std::nullopt;
    return readCall(result[0]);
}

void CtiRepository::setCustomer(pqxx::transaction_base& tx, qint64 callId, qint64 customerId)
{
    tx.exec_prepared0("cti_call_set_customer", callId, customerId);
}

void CtiRepository::setQueued(pqxx::transaction_base& tx, qint64 callId, const QString& queue, const QDateTime& at)
{
    tx.exec_prepared0("cti_call_queued", callId, queue.toStdString(), toIso(at));
}

void CtiRepository::setRinging(pqxx::transaction_base& tx, qint64 callId, const QString& extension,
                               const QDateTime& at)
{
    tx.exec_prepared0("cti_call_ringing", callId, extension.toStdString(), toIso(at));
}

void CtiRepository::setAnswered(pqxx::transaction_base& tx, qint64 callId, const QString& extension, qint64 agentId,
                                const QDateTime& at)
{
    tx.exec_prepared0("cti_call_answered", callId, extension.toStdString(), agentId, toIso(at));
}

void CtiRepository::setRecording(pqxx::transaction_base& tx, qint64 callId, const QString& recording)
{
    tx.exec_prepared0("cti_call_recording", callId, recording.toStdString());
}

bool CtiRepository::setEnded(pqxx::transaction_base& tx, qint64 callId, const QString& outcome, const QDateTime& at)
{
    return tx.exec_prepared("cti_call_ended", callId, outcome.toStdString(), toIso(at)).affected_rows() > 0;
}

bool CtiRepository::markPopped(pqxx::transaction_base& tx, qint64 callId, qint64 userId)
{
    return tx.exec_prepared("cti_call_popped", callId, userId).affected_rows() > 0;
}

void CtiRepository::setWrapUp(pqxx::transaction_base& tx, qint64 callId, int seconds)
{
    tx.exec_prepared0("cti_call_wrap_up", callId, seconds);
}

CallFigures CtiRepository::figures(pqxx::transaction_base& tx)
{
    const pqxx::row row = tx.exec_prepared1("cti_call_figures");
    return {row[0].as<qint64>(), row[1].as<qint64>(), row[2].as<qint64>(), row[3].as<qint64>(),
            row[4].as<qint64>()};
}

qint64 CtiRepository::recordContact(pqxx::transaction_base& tx, qint64 callId)
{
    const pqxx::result result = tx.exec_prepared("cti_call_contact", callId);
    return result.empty() ? 0 : result[0][0].as<qint64>();
}

void CtiRepository::setContactSummary(pqxx::transaction_base& tx, qint64 callId, const QString& summary)
{
    tx.exec_prepared0("cti_call_contact_summary", callId, summary.toStdString());
}

bool CtiRepository::customerInScope(pqxx::transaction_base& tx, qint64 customerId, const std::string& scope)
{
    return !tx.exec_prepared("cti_customer_in_scope", customerId, scope).empty();
}

std::vector<CallRow> CtiRepository::listCalls(pqxx::transaction_base& tx, std::optional<qint64> customerId,
                                              std::optional<qint64> agentId, const std::string& scope,
                                              qint64 beforeId, int limit)
{
    std::vector<CallRow> calls;
    for (const auto& row : tx.exec_prepared("cti_call_list", customerId, agentId, scope, beforeId, limit))
        calls.push_back(readCall(row));
    return calls;
}

PopLookup CtiRepository::popLookup(pqxx::transaction_base& tx, const QString& number, bool localPart,
                                   const std::string& scope, const QString& customerNumber, const QString& callKey)
{
    PopLookup lookup;
    const char* statement = localPart ? "cti_pop_lookup_local" : "cti_pop_lookup_phone";
    for (const auto& row : tx.exec_prepared(statement, number.toStdString(), scope, customerNumber.toStdString(), callKey.toStdString())) {
        lookup.recentCalls = row[0].as<qint64>();
        if (row[1].is_null())
            continue;
        lookup.customers.push_back(readPopCustomer(row, 1));
    }
    return lookup;
}

std::vector<PopAnswer> CtiRepository::popBatch(pqxx::transaction_base& tx, const std::vector<PopRequest>& requests)
{
    std::vector<PopAnswer> answers(requests.size());
    if (requests.empty())
        return answers;
    QStringList extensions, numbers, localParts, digits, callKeys;
    for (const PopRequest& request : requests) {
        extensions.append(request.extension);
        numbers.append(request.number);
        localParts.append(request.localPart ? QStringLiteral("t") : QStringLiteral("f"));
        digits.append(request.customerNumber);
        callKeys.append(request.callKey);
    }
    const pqxx::result result = tx.exec_prepared("cti_pop_batch", db::textArrayLiteral(extensions),
                                                 db::textArrayLiteral(numbers), db::textArrayLiteral(localParts),
                                                 db::textArrayLiteral(digits), db::textArrayLiteral(callKeys));
    for (const auto& row : result) {
        const auto index = row[0].as<std::size_t>() - 1;
        if (index >= answers.size())
            continue;
        PopAnswer& answer = answers[index];
        answer.userId = row[1].as<qint64>();
        answer.lookup.recentCalls = row[2].as<qint64>();
        if (row[3].is_null())
            continue;
        answer.lookup.customers.push_back(readPopCustomer(row, 3));
    }
    return answers;
}

std::vector<PopCustomer> CtiRepository::customersByNumber(pqxx::transaction_base& tx, const QString& number,
                                                          bool localPart, const std::string& scope)
{
    std::vector<PopCustomer> customers;
    const char* statement = localPart ? "cti_pop_customers_local" : "cti_pop_customers_phone";
    for (const auto& row : tx.exec_prepared(statement, number.toStdString(), scope))
        customers.push_back({row[0].as<qint64>(), toQt(row[1]), row[2].as<int>(), toQt(row[3]), {}});
    return customers;
}

std::optional<ExtensionOwner> CtiRepository::extensionOwner(pqxx::transaction_base& tx, const QString& extension)
{
    const pqxx::result result = tx.exec_prepared("cti_extension_owner", extension.toStdString());
    if (result.empty())
        return std::nullopt;
    return ExtensionOwner{result[0][0].as<qint64>(), result[0][1].as<std::string>(), result[0][2].as<bool>()};
}

std::optional<QString> CtiRepository::assignedExtension(pqxx::transaction_base& tx, qint64 userId)
{
    const pqxx::result result = tx.exec_prepared("cti_assigned_extension", userId);
    if (result.empty() || result[0][0].is_null())
        return std::nullopt;
    return toQt(result[0][0]);
}

std::optional<AgentRow> CtiRepository::agent(pqxx::transaction_base& tx, qint64 userId)
{
    const pqxx::result result = tx.exec_prepared("cti_agent_get", userId);
    if (result.empty())
        return std::nullopt;
    return readAgent(result[0]);
}

std::vector<AgentRow> CtiRepository::agents(pqxx::transaction_base& tx, const std::string& scope)
{
    return readAgents(tx.exec_prepared("cti_agent_list", scope));
}

std::vector<AgentRow> CtiRepository::login(pqxx::transaction_base& tx, qint64 userId, const QString& extension)
{
    return readAgents(tx.exec_prepared("cti_agent_login", userId, extension.toStdString()));
}

std::vector<AgentRow> CtiRepository::logout(pqxx::transaction_base& tx, qint64 userId)
{
    return readAgents(tx.exec_prepared("cti_agent_logout", userId));
}

std::vector<AgentRow> CtiRepository::setAvailability(pqxx::transaction_base& tx, qint64 userId, const QString& state,
                                                     const QString& reason)
{
    return readAgents(tx.exec_prepared("cti_agent_availability", userId, state.toStdString(), reason.toStdString()));
}

std::vector<AgentRow> CtiRepository::ring(pqxx::transaction_base& tx, qint64 userId, const QString& callKey,
                                          const QDateTime& at)
{
    return readAgents(tx.exec_prepared("cti_agent_ring", userId, callKey.toStdString(), toIso(at)));
}

std::vector<AgentRow> CtiRepository::onCall(pqxx::transaction_base& tx, qint64 userId, const QString& callKey,
                                            const QDateTime& at)
{
    return readAgents(tx.exec_prepared("cti_agent_on_call", userId, callKey.toStdString(), toIso(at)));
}

std::vector<AgentRow> CtiRepository::stopRinging(pqxx::transaction_base& tx, const QString& callKey, qint64 exceptUser,
                                                 const QDateTime& at)
{
    return readAgents(tx.exec_prepared("cti_agent_stop_ringing", callKey.toStdString(), exceptUser, toIso(at)));
}

std::vector<AgentRow> CtiRepository::startWrapUp(pqxx::transaction_base& tx, const QString& callKey,
                                                 const QString& extension, const QDateTime& at)
{
    return readAgents(tx.exec_prepared("cti_agent_wrap_up", callKey.toStdString(), extension.toStdString(), toIso(at)));
}

} // namespace csm::server::cti
