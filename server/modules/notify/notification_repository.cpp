#include "server/modules/notify/notification_repository.h"

#include "server/db/pqxx_support.h"

#include <QCborMap>

#include <algorithm>

namespace csm::server::notify {

using db::fromIso;
using db::toQt;

namespace {
// A notification is visible with its order (see the tickets module's scope: the assigned, the
// creating or the escalated-from unit in the caller's subtree); one without an order only to
// users of the root unit.
#define CSM_NOTIFICATION_VISIBLE(scope)                                                                      \
    "(CASE WHEN n.ticket_id IS NULL THEN nlevel(" scope "::ltree) = 1"                                      \
    " ELSE coalesce(t.assigned_path <@ " scope "::ltree OR t.created_path <@ " scope "::ltree"               \
    " OR t.escalated_from_path <@ " scope "::ltree, false) END)"

#define CSM_NOTIFICATION_COLUMNS                                                                             \
    "n.id, coalesce(n.ticket_id, 0), coalesce(t.number, ''), n.channel, n.recipient, n.template_code,"       \
    " n.body, n.status, n.attempts, coalesce(n.last_error, ''), " CSM_SQL_ISO("n.created_at") ","            \
    " " CSM_SQL_ISO("n.sent_at") ", " CSM_SQL_ISO("n.next_attempt_at")

Notification readNotification(const pqxx::row& row)
{
    Notification n;
    n.id = row[0].as<qint64>();
    n.ticketId = row[1].as<qint64>();
    n.ticketNumber = toQt(row[2]);
    n.channel = toQt(row[3]);
    n.recipient = toQt(row[4]);
    n.templateCode = toQt(row[5]);
    n.body = toQt(row[6]);
    n.status = toQt(row[7]);
    n.attempts = row[8].as<int>();
    n.lastError = toQt(row[9]);
    n.createdAt = fromIso(row[10]);
    n.sentAt = fromIso(row[11]);
    n.nextAttemptAt = fromIso(row[12]);
    return n;
}

std::optional<std::string> nowParam(const std::optional<QDateTime>& now)
{
    if (!now)
        return std::nullopt;
    return db::toIso(*now);
}

QCborValue iso(const QDateTime& time)
{
    return time.isValid() ? QCborValue(time.toUTC().toString(Qt::ISODateWithMs)) : QCborValue(QCborValue::Null);
}
} // namespace

QCborMap Notification::toCbor() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), id);
    map.insert(QStringLiteral("ticket_id"), ticketId ? QCborValue(ticketId) : QCborValue(QCborValue::Null));
    map.insert(QStringLiteral("ticket_number"), ticketNumber);
    map.insert(QStringLiteral("channel"), channel);
    map.insert(QStringLiteral("recipient"), recipient);
    map.insert(QStringLiteral("template_code"), templateCode);
    map.insert(QStringLiteral("body"), body);
    map.insert(QStringLiteral("status"), status);
    map.insert(QStringLiteral("attempts"), attempts);
    map.insert(QStringLiteral("last_error"), lastError);
    map.insert(QStringLiteral("created_at"), iso(createdAt));
    map.insert(QStringLiteral("sent_at"), iso(sentAt));
    map.insert(QStringLiteral("next_attempt_at"), iso(nextAttemptAt));
    return map;
}

void NotificationRepository::registerStatements(ModuleRegistry& registry)
{
    registry.addStatements({
        {"notify_insert",
         "INSERT INTO notification (ticket_id, recipient, template_code, body, status, last_error, next_attempt_at)"
         " VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $5 = 'queued' THEN now() END) RETURNING id"},
        {"notify_ticket_facts",
         "SELECT t.number, coalesce((SELECT p.phone FROM customer_phone p WHERE p.customer_id = t.customer_id"
         " AND p.kind = 'mobile' ORDER BY p.position LIMIT 1), ''), coalesce(t.assigned_org_unit_id, 0),"
         " coalesce(o.name, ''), coalesce(t.technician_id, 0), coalesce(u.display_name, ''), "
         CSM_SQL_ISO("t.appointment_start") ", " CSM_SQL_ISO("t.appointment_end") ", t.state,"
         " coalesce(s.name, t.state), t.service_type, t.severity, coalesce(u.org_unit_id, 0), t.owner_id,"
         " (SELECT coalesce(array_agg(x ORDER BY nt.code, n), '{}') FROM notification_template nt,"
         " LATERAL unnest(ARRAY[nt.code, nt.body]) WITH ORDINALITY AS b(x, n) WHERE nt.code = ANY($2::text[]))"
         " FROM ticket t LEFT JOIN org_unit o ON o.id = t.assigned_org_unit_id"
         " LEFT JOIN app_user u ON u.id = t.technician_id"
         " LEFT JOIN workflow_state s ON s.workflow_id = t.workflow_id AND s.code = t.state WHERE t.id = $1"},
        {"notify_claim",
         "UPDATE notification n SET next_attempt_at = coalesce($2::timestamptz, now()) + interval '5 minutes'"
         " FROM (SELECT id FROM notification WHERE next_attempt_at <= coalesce($2::timestamptz, now())"
         " AND status IN ('queued', 'failed') ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED) d"
         " WHERE n.id = d.id RETURNING n.id, n.recipient, n.body, n.attempts"},
        {"notify_sent",
         "UPDATE notification SET status = 'sent', attempts = attempts + 1, sent_at = now(), last_error = NULL,"
         " next_attempt_at = NULL WHERE id = $1"},
        {"notify_failed",
         "UPDATE notification SET status = 'failed', attempts = attempts + 1, last_error = left($2, 500),"
         " next_attempt_at = CASE WHEN attempts + 1 < $3 THEN coalesce($5::timestamptz, now())"
         " + make_interval(secs => $4::double precision * power(2, attempts)) END WHERE id = $1"},
        {"notify_list",
         "SELECT " CSM_NOTIFICATION_COLUMNS " FROM notification n LEFT JOIN ticket t ON t.id = n.ticket_id"
         " WHERE n.id < $2 AND ($3::bigint IS NULL OR n.ticket_id = $3) AND ($4::text IS NULL OR n.status = $4)"
         " AND " CSM_NOTIFICATION_VISIBLE("$1") " ORDER BY n.id DESC LIMIT $5"},
        {"notify_get",
         "SELECT " CSM_NOTIFICATION_COLUMNS " FROM notification n LEFT JOIN ticket t ON t.id = n.ticket_id"
         " WHERE n.id = $1 AND " CSM_NOTIFICATION_VISIBLE("$2")},
        {"notify_get_for_update",
         "SELECT " CSM_NOTIFICATION_COLUMNS " FROM notification n LEFT JOIN ticket t ON t.id = n.ticket_id"
         " WHERE n.id = $1 AND " CSM_NOTIFICATION_VISIBLE("$2") " FOR UPDATE OF n"},
        {"notify_requeue",
         "UPDATE notification SET status = 'queued', next_attempt_at = now() WHERE id = $1 AND status = 'failed'"},
    });
}

qint64 NotificationRepository::insert(pqxx::transaction_base& tx, const NotificationInsert& d)
{
    return tx.exec_prepared1("notify_insert", d.ticketId ? std::optional<qint64>(d.ticketId) : std::nullopt,
                             d.recipient.toStdString(), d.templateCode.toStdString(), d.body.toStdString(),
                             d.status.toStdString(), db::optionalText(d.lastError))[0]
        .as<qint64>();
}

std::optional<TicketFacts> NotificationRepository::ticketFacts(pqxx::transaction_base& tx, qint64 ticketId,
                                                               const QStringList& templateCodes)
{
    const auto result = tx.exec_prepared("notify_ticket_facts", ticketId, db::textArrayLiteral(templateCodes));
    if (result.empty())
        return std::nullopt;
    const pqxx::row row = result[0];
    TicketFacts f;
    f.number = toQt(row[0]);
    f.customerMobile = toQt(row[1]);
    f.assignedOrgUnitId = row[2].as<qint64>();
    f.assignedOrgUnitName = toQt(row[3]);
    f.technicianId = row[4].as<qint64>();
    f.technicianName = toQt(row[5]);
    f.appointmentStart = fromIso(row[6]);
    f.appointmentEnd = fromIso(row[7]);
    f.state = toQt(row[8]);
    f.stateName = toQt(row[9]);
    f.serviceType = toQt(row[10]);
    f.severity = toQt(row[11]);
    f.technicianOrgUnitId = row[12].as<qint64>();
    f.ownerId = row[13].as<qint64>();
    const QStringList pairs = db::parseTextArray(row[14]);   // code, body, code, body, ...
    for (qsizetype i = 0; i + 1 < pairs.size(); i += 2)
        f.templates.insert(pairs[i], pairs[i + 1]);
    return f;
}

std::vector<Claimed> NotificationRepository::claimDue(pqxx::transaction_base& tx, int limit,
                                                      const std::optional<QDateTime>& now)
{
    std::vector<Claimed> claimed;
    for (const pqxx::row& row : tx.exec_prepared("notify_claim", limit, nowParam(now)))
        claimed.push_back({row[0].as<qint64>(), toQt(row[1]), toQt(row[2]), row[3].as<int>()});
    std::sort(claimed.begin(), claimed.end(), [](const Claimed& a, const Claimed& b) { return a.id < b.id; });
    return claimed;
}

void NotificationRepository::markSent(pqxx::transaction_base& tx, qint64 id)
{
    tx.exec_prepared0("notify_sent", id);
}

void NotificationRepository::markFailed(pqxx::transaction_base& tx, qint64 id, const QString& error, int maxAttempts,
                                        int backoffSeconds, const std::optional<QDateTime>& now)
{
    tx.exec_prepared0("notify_failed", id, error.toStdString(), maxAttempts, backoffSeconds, nowParam(now));
}

std::vector<Notification> NotificationRepository::list(pqxx::transaction_base& tx, const std::string& scope,
                                                       const NotificationFilter& filter)
{
    std::optional<std::string> status;
    if (filter.status)
        status = filter.status->toStdString();
    std::vector<Notification> items;
    for (const pqxx::row& row :
         tx.exec_prepared("notify_list", scope, filter.beforeId, filter.ticketId, status, filter.limit))
        items.push_back(readNotification(row));
    return items;
}

std::optional<Notification> NotificationRepository::find(pqxx::transaction_base& tx, qint64 id,
                                                         const std::string& scope, bool forUpdate)
{
    const auto result = tx.exec_prepared(forUpdate ? "notify_get_for_update" : "notify_get", id, scope);
    if (result.empty())
        return std::nullopt;
    return readNotification(result[0]);
}

void NotificationRepository::requeue(pqxx::transaction_base& tx, qint64 id)
{
    tx.exec_prepared0("notify_requeue", id);
}

} // namespace csm::server::notify
