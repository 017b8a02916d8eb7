#include "server/modules/tickets/sla_repository.h"

#include "server/db/pqxx_support.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace csm::server::tickets {

using db::toQt;

namespace {
// A deadline `minutes` after `from`: in business hours when the policy says so (p).
#define CSM_SLA_ADD(from, minutes) \
    "CASE WHEN p.business_hours THEN sla_business_add(" from ", " minutes ")" \
    " ELSE " from " + make_interval(mins => " minutes ") END"
// A running clock's deadline moved by the pause p (in the order's kind of hours).
#define CSM_SLA_MOVE(c) \
    "CASE WHEN t." c "_stopped_at IS NOT NULL THEN t." c "_due_at" \
    " WHEN t.sla_business_hours THEN sla_business_add(t." c "_due_at, sla_business_minutes(p.started_at, now()))" \
    " ELSE t." c "_due_at + (now() - p.started_at) END"
// A clock that runs and has not been reported, due at $1.
#define CSM_SLA_DUE(c) \
    "(" c "_stopped_at IS NULL AND " c "_breached_at IS NULL AND " c "_due_at <= $1::timestamptz)"

// The deadline of a running clock counted from `from` with the policy's `minutes` plus the
// ended pauses `z` (a lateral of ticket_sla_pause sums: span = calendar time, work = working minutes;
// every pause of the order, for the completion clock of a reopened order those since the reopen).
#define CSM_SLA_RECOMPUTED(from, minutes, z) \
    "CASE WHEN p.business_hours THEN sla_business_add(" from ", " minutes " + " z ".work)" \
    " ELSE " from " + make_interval(mins => " minutes ") + " z ".span END"
#define CSM_SLA_PAUSED_SINCE(from) \
    " CROSS JOIN LATERAL (SELECT coalesce(sum(s.ended_at - s.started_at), interval '0') AS span," \
    " coalesce(sum(CASE WHEN p.business_hours THEN sla_business_minutes(s.started_at, s.ended_at) ELSE 0 END), 0)" \
    " AS work FROM ticket_sla_pause s WHERE s.ticket_id = t.id AND s.ended_at IS NOT NULL AND s.started_at >= " from ")"
// A deadline that moved by a second or more (or appeared / disappeared).
#define CSM_SLA_MOVED(a, b) \
    "coalesce((" a " IS NULL) <> (" b " IS NULL) OR abs(extract(epoch FROM " a " - " b ")) >= 1, false)"
// A recomputed clock c (d: the row of `moved`): the new deadline when it moved, and its breach
// cleared when that deadline lies ahead (of the open pause's start while paused).
#define CSM_SLA_APPLY(c) \
    c "_due_at = CASE WHEN d." c "_moved THEN d." c "_new ELSE t." c "_due_at END," \
    " " c "_breached_at = CASE WHEN d." c "_moved AND d." c "_new > coalesce(t.sla_paused_since, now())" \
    " THEN NULL ELSE t." c "_breached_at END"
#define CSM_SLA_CHANGE(c) \
    "'" c "', CASE WHEN u." c "_moved THEN jsonb_build_object('from', " CSM_SQL_ISO("u." c "_old") ", 'to', " \
    CSM_SQL_ISO("u." c "_new") ") END"
#define CSM_SLA_CLEARED(c) "CASE WHEN u." c "_breach AND u." c "_breached_at IS NULL THEN '" c "' END"

} // namespace

void SlaRepository::registerStatements(ModuleRegistry& registry)
{
    registry.addStatements({
        {"sla_policy_list",
         "SELECT service_type, severity, response_minutes, on_site_minutes, completion_minutes, version, "
         CSM_SQL_ISO("updated_at") ", business_hours FROM sla_policy ORDER BY service_type, severity"},
        {"sla_policy_insert",
         "INSERT INTO sla_policy (service_type, severity, response_minutes, on_site_minutes, completion_minutes,"
         " updated_by, business_hours) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING"},
        {"sla_policy_update",
         "UPDATE sla_policy SET response_minutes = $3, on_site_minutes = $4, completion_minutes = $5,"
         " updated_by = $6, updated_at = now(), version = version + 1, business_hours = $7"
         " WHERE service_type = $1 AND severity = $2 AND version = $8"},
        {"sla_repeat_days", "SELECT value FROM ticket_setting WHERE key = 'repeat_repair_days'"},
        {"sla_repeat_days_set",
         "INSERT INTO ticket_setting (key, value, updated_by) VALUES ('repeat_repair_days', $1, $2)"
         " ON CONFLICT (key) DO UPDATE SET value = $1, updated_by = $2, updated_at = now()"},
        {"sla_audit", "INSERT INTO audit_log (user_id, action, entity, detail) VALUES ($1, $2, 'sla', $3::jsonb)"},
        {"sla_start_clocks",
         "UPDATE ticket t SET sla_business_hours = p.business_hours,"
         " response_due_at = " CSM_SLA_ADD("t.created_at", "p.response_minutes") ","
         " on_site_due_at = " CSM_SLA_ADD("t.created_at", "p.on_site_minutes") ","
         " completion_due_at = " CSM_SLA_ADD("t.created_at", "p.completion_minutes")
         " FROM sla_policy p WHERE t.id = $1 AND p.service_type = t.service_type AND p.severity = t.severity"},
        {"sla_pause",
         "WITH t AS (UPDATE ticket SET sla_paused_since = now() WHERE id = $1 AND sla_paused_since IS NULL"
         " AND completion_due_at IS NOT NULL RETURNING id)"
         " INSERT INTO ticket_sla_pause (ticket_id, reason, started_at, started_by) SELECT id, $2, now(), nullif($3, 0) FROM t"},
        {"sla_resume",
         "WITH p AS (UPDATE ticket_sla_pause SET ended_at = now(), ended_by = nullif($2, 0) WHERE ticket_id = $1"
         " AND ended_at IS NULL RETURNING started_at)"
         " UPDATE ticket t SET sla_paused_since = NULL,"
         " response_due_at = " CSM_SLA_MOVE("response") ","
         " on_site_due_at = " CSM_SLA_MOVE("on_site") ","
         " completion_due_at = " CSM_SLA_MOVE("completion")
         " FROM p WHERE t.id = $1 RETURNING extract(epoch FROM now() - p.started_at)::bigint"},
        {"sla_stop",
         "WITH old AS (SELECT $2 AND response_stopped_at IS NULL AND response_due_at IS NOT NULL AS r,"
         " $3 AND on_site_stopped_at IS NULL AND on_site_due_at IS NOT NULL AS o,"
         " $4 AND completion_stopped_at IS NULL AND completion_due_at IS NOT NULL AS c FROM ticket WHERE id = $1)"
         " UPDATE ticket t SET response_stopped_at = CASE WHEN old.r THEN now() ELSE t.response_stopped_at END,"
         " on_site_stopped_at = CASE WHEN old.o THEN now() ELSE t.on_site_stopped_at END,"
         " completion_stopped_at = CASE WHEN old.c THEN now() ELSE t.completion_stopped_at END"
         " FROM old WHERE t.id = $1 RETURNING old.r, old.o, old.c"},
        // A reopened order: the completion clock runs again from now.
        {"sla_restart_completion",
         "WITH old AS (SELECT id, completion_due_at, completion_breached_at FROM ticket WHERE id = $1)"
         " UPDATE ticket t SET sla_business_hours = p.business_hours, sla_completion_from = now(),"
         " completion_due_at = " CSM_SLA_ADD("now()", "p.completion_minutes") ","
         " completion_stopped_at = NULL, completion_breached_at = NULL"
         " FROM old, sla_policy p WHERE t.id = old.id AND p.service_type = t.service_type AND p.severity = t.severity"
         " RETURNING " CSM_SQL_ISO("old.completion_due_at") ", " CSM_SQL_ISO("t.completion_due_at") ","
         " old.completion_breached_at IS NOT NULL"},
        // $1 service type or null, $2 severity or null, $3 after id, $4 batch size, $5 user.
        // Stopped clocks keep their deadlines (they were judged when they stopped); the order's
        // version does not change (the server annotates, as the breach detector does).
        {"sla_recompute_batch",
         "WITH batch AS (SELECT t.id FROM ticket t WHERE t.id > $3 AND t.state_category NOT IN ('resolved', 'closed')"
         " AND ($1::text IS NULL OR t.service_type = $1) AND ($2::text IS NULL OR t.severity = $2)"
         " ORDER BY t.id LIMIT $4 FOR UPDATE),"
         " calc AS (SELECT t.id, p.business_hours AS bh, p.version AS policy_version,"
         " t.response_due_at AS response_old, t.on_site_due_at AS on_site_old, t.completion_due_at AS completion_old,"
         " t.response_breached_at IS NOT NULL AS response_breach, t.on_site_breached_at IS NOT NULL AS on_site_breach,"
         " t.completion_breached_at IS NOT NULL AS completion_breach,"
         " CASE WHEN t.response_stopped_at IS NOT NULL THEN t.response_due_at ELSE "
         CSM_SLA_RECOMPUTED("t.created_at", "p.response_minutes", "pa") " END AS response_new,"
         " CASE WHEN t.on_site_stopped_at IS NOT NULL THEN t.on_site_due_at ELSE "
         CSM_SLA_RECOMPUTED("t.created_at", "p.on_site_minutes", "pa") " END AS on_site_new,"
         " CASE WHEN t.completion_stopped_at IS NOT NULL THEN t.completion_due_at ELSE "
         CSM_SLA_RECOMPUTED("coalesce(t.sla_completion_from, t.created_at)", "p.completion_minutes", "pc")
         " END AS completion_new"
         " FROM batch b JOIN ticket t ON t.id = b.id"
         " JOIN sla_policy p ON p.service_type = t.service_type AND p.severity = t.severity"
         CSM_SLA_PAUSED_SINCE("'-infinity'::timestamptz") " AS pa"
         CSM_SLA_PAUSED_SINCE("coalesce(t.sla_completion_from, '-infinity'::timestamptz)") " AS pc),"
         " moved AS (SELECT calc.*, " CSM_SLA_MOVED("response_new", "response_old") " AS response_moved, "
         CSM_SLA_MOVED("on_site_new", "on_site_old") " AS on_site_moved, "
         CSM_SLA_MOVED("completion_new", "completion_old") " AS completion_moved FROM calc),"
         " upd AS (UPDATE ticket t SET sla_business_hours = d.bh, " CSM_SLA_APPLY("response") ", "
         CSM_SLA_APPLY("on_site") ", " CSM_SLA_APPLY("completion")
         " FROM moved d WHERE t.id = d.id AND (d.response_moved OR d.on_site_moved OR d.completion_moved"
         " OR t.sla_business_hours <> d.bh)"
         " RETURNING d.*, t.response_breached_at, t.on_site_breached_at, t.completion_breached_at,"
         " d.response_moved OR d.on_site_moved OR d.completion_moved AS changed),"
         " ev AS (INSERT INTO ticket_event (ticket_id, user_id, kind, detail)"
         " SELECT u.id, nullif($5, 0), 'sla_recomputed', jsonb_build_object('policy_version', u.policy_version,"
         " 'business_hours', u.bh, 'clocks', jsonb_strip_nulls(jsonb_build_object(" CSM_SLA_CHANGE("response") ", "
         CSM_SLA_CHANGE("on_site") ", " CSM_SLA_CHANGE("completion") ")),"
         " 'breach_cleared', to_jsonb(array_remove(ARRAY[" CSM_SLA_CLEARED("response") ", " CSM_SLA_CLEARED("on_site")
         ", " CSM_SLA_CLEARED("completion") "]::text[], NULL)))"
         " FROM upd u WHERE u.changed ORDER BY u.id)"
         " SELECT coalesce((SELECT max(id) FROM batch), 0), (SELECT count(*) FROM upd WHERE changed)"},
        {"sla_pauses",
         "SELECT reason, " CSM_SQL_ISO("started_at") ", " CSM_SQL_ISO("ended_at")
         " FROM ticket_sla_pause WHERE ticket_id = $1 ORDER BY id"},
        // Rows locked by a running transition are left for the next round (SKIP LOCKED); the
        // order's version does not change (the server annotates, it does not edit the order).
        {"sla_claim_breaches",
         "WITH due AS (SELECT id, " CSM_SLA_DUE("response") " AS r, " CSM_SLA_DUE("on_site") " AS o, "
         CSM_SLA_DUE("completion") " AS c FROM ticket WHERE sla_paused_since IS NULL AND ("
         CSM_SLA_DUE("response") " OR " CSM_SLA_DUE("on_site") " OR " CSM_SLA_DUE("completion") ")"
         " ORDER BY id LIMIT 1000 FOR UPDATE SKIP LOCKED),"
         " upd AS (UPDATE ticket t SET response_breached_at = CASE WHEN due.r THEN $1::timestamptz ELSE t.response_breached_at END,"
         " on_site_breached_at = CASE WHEN due.o THEN $1::timestamptz ELSE t.on_site_breached_at END,"
         " completion_breached_at = CASE WHEN due.c THEN $1::timestamptz ELSE t.completion_breached_at END"
         " FROM due WHERE t.id = due.id RETURNING t.id, t.number, t.owner_id, t.assigned_org_unit_id, t.assigned_path,"
         " due.r, due.o, due.c, t.response_due_at, t.on_site_due_at, t.completion_due_at),"
         " clocks AS (SELECT upd.id, x.clock, x.due FROM upd CROSS JOIN LATERAL (VALUES"
         " ('response', upd.r, upd.response_due_at), ('on_site', upd.o, upd.on_site_due_at),"
         " ('completion', upd.c, upd.completion_due_at)) AS x (clock, hit, due) WHERE x.hit),"
         " ev AS (INSERT INTO ticket_event (ticket_id, at, kind, detail)"
         " SELECT id, $1::timestamptz, 'sla_breached', jsonb_build_object('clock', clock, 'due_at', "
         CSM_SQL_ISO("due") ") FROM clocks ORDER BY id, clock)"
         " SELECT upd.id, upd.number, upd.owner_id, coalesce(upd.assigned_org_unit_id, 0),"
         " (SELECT string_agg(c.clock || '=' || " CSM_SQL_ISO("c.due") ", ',') FROM clocks c WHERE c.id = upd.id),"
         " (SELECT string_agg(DISTINCT u.id::text, ',') FROM app_user u JOIN org_unit ou ON ou.id = u.org_unit_id"
         "  JOIN user_role ur ON ur.user_id = u.id AND ur.role_code IN ('supervisor', 'manager')"
         "  WHERE u.active AND ou.path @> upd.assigned_path)"
         " FROM upd ORDER BY upd.id"},
        {"sla_last_repair",
         "SELECT id, number, " CSM_SQL_ISO("resolved_at") " FROM ticket WHERE customer_product_id = $1 AND id <> $2"
         " AND service_type = 'repair' AND resolved_at IS NOT NULL AND resolved_at >= now() - make_interval(days => $3)"
         " ORDER BY resolved_at DESC LIMIT 1"},
        {"sla_work_hours",
         "SELECT weekday, to_char(start_time, 'HH24:MI'), to_char(end_time, 'HH24:MI') FROM sla_work_hours ORDER BY weekday"},
        {"sla_holidays", "SELECT to_char(day, 'YYYY-MM-DD'), name FROM sla_holiday ORDER BY day"},
        {"sla_work_hours_clear", "DELETE FROM sla_work_hours"},
        {"sla_work_hours_insert",
         "INSERT INTO sla_work_hours (weekday, start_time, end_time) VALUES ($1, $2::time, $3::time)"},
        {"sla_holidays_clear", "DELETE FROM sla_holiday"},
        {"sla_holiday_insert", "INSERT INTO sla_holiday (day, name) VALUES ($1::date, $2) ON CONFLICT (day) DO NOTHING"},
        {"sla_set_repeat_of", "UPDATE ticket SET repeat_of_ticket_id = $2 WHERE id = $1"},
    });
}

std::vector<SlaPolicy> SlaRepository::policies(pqxx::transaction_base& tx)
{
    std::vector<SlaPolicy> items;
    for (const auto& row : tx.exec_prepared("sla_policy_list")) {
        SlaPolicy p;
        p.serviceType = toQt(row[0]);
        p.severity = toQt(row[1]);
        p.responseMinutes = row[2].as<int>();
        p.onSiteMinutes = row[3].as<int>();
        p.completionMinutes = row[4].as<int>();
        p.version = row[5].as<int>();
        p.updatedAt = db::fromIso(row[6]);
        p.businessHours = row[7].as<bool>();
        items.push_back(std::move(p));
    }
    return items;
}

bool SlaRepository::savePolicy(pqxx::transaction_base& tx, const SlaPolicy& p, qint64 userId)
{
    if (p.version == 0)
        return tx.exec_prepared("sla_policy_insert", p.serviceType.toStdString(), p.severity.toStdString(),
                                p.responseMinutes, p.onSiteMinutes, p.completionMinutes, userId, p.businessHours)
                   .affected_rows()
            == 1;
    return tx.exec_prepared("sla_policy_update", p.serviceType.toStdString(), p.severity.toStdString(),
                            p.responseMinutes, p.onSiteMinutes, p.completionMinutes, userId, p.businessHours, p.version)
               .affected_rows()
        == 1;
}

int SlaRepository::repeatRepairDays(pqxx::transaction_base& tx)
{
    const auto result = tx.exec_prepared("sla_repeat_days");
    return result.empty() ? 30 : result[0][0].as<int>();
}

void SlaRepository::setRepeatRepairDays(pqxx::transaction_base& tx, int days, qint64 userId)
{
    tx.exec_prepared0("sla_repeat_days_set", days, userId);
}

void SlaRepository::audit(pqxx::transaction_base& tx, qint64 userId, const QString& action, const QCborMap& detail)
{
    tx.exec_prepared0("sla_audit", userId, action.toStdString(),
                      QJsonDocument(detail.toJsonObject()).toJson(QJsonDocument::Compact).toStdString());
}

bool SlaRepository::startClocks(pqxx::transaction_base& tx, qint64 ticketId)
{
    return tx.exec_prepared("sla_start_clocks", ticketId).affected_rows() == 1;
}

bool SlaRepository::pause(pqxx::transaction_base& tx, qint64 ticketId, const QString& reason, qint64 userId)
{
    return tx.exec_prepared("sla_pause", ticketId, reason.left(40).toStdString(), userId).affected_rows() == 1;
}

std::optional<qint64> SlaRepository::resume(pqxx::transaction_base& tx, qint64 ticketId, qint64 userId)
{
    const auto result = tx.exec_prepared("sla_resume", ticketId, userId);
    if (result.empty())
        return std::nullopt;
    return result[0][0].as<qint64>();
}

QStringList SlaRepository::stop(pqxx::transaction_base& tx, qint64 ticketId, const QStringList& clocks)
{
    const auto result = tx.exec_prepared("sla_stop", ticketId, clocks.contains(QStringLiteral("response")),
                                         clocks.contains(QStringLiteral("on_site")),
                                         clocks.contains(QStringLiteral("completion")));
    QStringList stopped;
    if (result.empty())
        return stopped;
    const char* names[] = {"response", "on_site", "completion"};
    for (int i = 0; i < 3; ++i)
        if (!result[0][i].is_null() && result[0][i].as<bool>())
            stopped.append(QLatin1String(names[i]));
    return stopped;
}

std::optional<SlaRestart> SlaRepository::restartCompletion(pqxx::transaction_base& tx, qint64 ticketId)
{
    const auto result = tx.exec_prepared("sla_restart_completion", ticketId);
    if (result.empty())
        return std::nullopt;
    return SlaRestart{db::fromIso(result[0][0]), db::fromIso(result[0][1]), result[0][2].as<bool>()};
}

SlaRecomputeBatch SlaRepository::recomputeBatch(pqxx::transaction_base& tx, const SlaRecomputeFilter& filter,
                                                qint64 afterId, int limit, qint64 userId)
{
    const auto optional = [](const QString& value) {
        return value.isEmpty() ? std::optional<std::string>() : std::optional<std::string>(value.toStdString());
    };
    const auto row = tx.exec_prepared1("sla_recompute_batch", optional(filter.serviceType), optional(filter.severity),
                                       afterId, limit, userId);
    return SlaRecomputeBatch{row[0].as<qint64>(), row[1].as<int>()};
}

std::vector<SlaPause> SlaRepository::pauses(pqxx::transaction_base& tx, qint64 ticketId)
{
    std::vector<SlaPause> items;
    for (const auto& row : tx.exec_prepared("sla_pauses", ticketId))
        items.push_back({toQt(row[0]), db::fromIso(row[1]), db::fromIso(row[2])});
    return items;
}

std::vector<SlaBreach> SlaRepository::claimBreaches(pqxx::transaction_base& tx, const std::optional<QDateTime>& now)
{
    // $1 is the moment judged against; without one, the database's clock.
    const std::string at = now && now->isValid() ? db::toIso(*now)
                                                 : tx.exec("SELECT " CSM_SQL_ISO("now()"))[0][0].as<std::string>();
    std::vector<SlaBreach> breaches;
    for (const auto& row : tx.exec_prepared("sla_claim_breaches", at)) {
        SlaBreach b;
        b.ticketId = row[0].as<qint64>();
        b.number = toQt(row[1]);
        b.ownerId = row[2].as<qint64>();
        b.assignedOrgUnitId = row[3].as<qint64>();
        for (const QString& item : toQt(row[4]).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString clock = item.section(QLatin1Char('='), 0, 0);
            b.clocks.append(clock);
            b.dueAt.insert(clock, item.section(QLatin1Char('='), 1));
        }
        for (const QString& id : toQt(row[5]).split(QLatin1Char(','), Qt::SkipEmptyParts))
            b.supervisors.push_back(id.toLongLong());
        breaches.push_back(std::move(b));
    }
    return breaches;
}

std::optional<RepeatOf> SlaRepository::lastRepair(pqxx::transaction_base& tx, qint64 productId, qint64 ticketId,
                                                  int days)
{
    const auto result = tx.exec_prepared("sla_last_repair", productId, ticketId, days);
    if (result.empty())
        return std::nullopt;
    return RepeatOf{result[0][0].as<qint64>(), toQt(result[0][1]), db::fromIso(result[0][2])};
}

SlaCalendar SlaRepository::calendar(pqxx::transaction_base& tx)
{
    SlaCalendar calendar;
    for (const auto& row : tx.exec_prepared("sla_work_hours"))
        calendar.workHours.push_back({row[0].as<int>(), toQt(row[1]), toQt(row[2])});
    for (const auto& row : tx.exec_prepared("sla_holidays"))
        calendar.holidays.push_back({toQt(row[0]), toQt(row[1])});
    return calendar;
}

void SlaRepository::setCalendar(pqxx::transaction_base& tx, const SlaCalendar& calendar)
{
    tx.exec_prepared0("sla_work_hours_clear");
    for (const SlaWorkHours& hours : calendar.workHours)
        tx.exec_prepared0("sla_work_hours_insert", hours.weekday, hours.start.toStdString(), hours.end.toStdString());
    tx.exec_prepared0("sla_holidays_clear");
    for (const SlaHoliday& holiday : calendar.holidays)
        tx.exec_prepared0("sla_holiday_insert", holiday.day.toStdString(), holiday.name.toStdString());
}

void SlaRepository::setRepeatOf(pqxx::transaction_base& tx, qint64 ticketId, qint64 repeatOfId)
{
    tx.exec_prepared0("sla_set_repeat_of", ticketId, repeatOfId);
}

} // namespace csm::server::tickets
