#include "server/modules/tickets/ticket_repository.h"

#include "server/db/pqxx_support.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace csm::server::tickets {

using db::toQt;

namespace {
// The caller sees an order when its assigned unit, its creating unit or (while escalated) the
// unit it was escalated from is in the caller's subtree ($2). It may act on it without the last.
#define CSM_TICKET_VISIBLE(scope)                                                                   \
    "(t.assigned_path <@ " scope "::ltree OR t.created_path <@ " scope "::ltree"                    \
    " OR t.escalated_from_path <@ " scope "::ltree)"
#define CSM_TICKET_CAN_ACT(scope) \
    "coalesce(t.assigned_path <@ " scope "::ltree OR t.created_path <@ " scope "::ltree, false)"

// The SLA state of an order now (see common::Ticket::slaState): a clock is late when it stopped
// after its deadline, or runs (not paused) past it.
#define CSM_SLA_LATE(c) \
    "(t." c "_breached_at IS NOT NULL OR t." c "_stopped_at > t." c "_due_at" \
    " OR (t." c "_stopped_at IS NULL AND t.sla_paused_since IS NULL AND t." c "_due_at <= now()))"
#define CSM_SLA_SOON(c) \
    "(t." c "_stopped_at IS NULL AND t.sla_paused_since IS NULL" \
    " AND t." c "_due_at <= now() + make_interval(mins => 60))"
#define CSM_TICKET_SLA_STATE                                                                                 \
    "CASE WHEN t.completion_due_at IS NULL THEN 'none'"                                                      \
    " WHEN " CSM_SLA_LATE("response") " OR " CSM_SLA_LATE("on_site") " OR " CSM_SLA_LATE("completion")        \
    " THEN 'breached'"                                                                                       \
    " WHEN t.completion_stopped_at IS NOT NULL THEN 'met'"                                                   \
    " WHEN " CSM_SLA_SOON("response") " OR " CSM_SLA_SOON("on_site") " OR " CSM_SLA_SOON("completion")        \
    " THEN 'due_soon' ELSE 'ok' END"

#define CSM_TICKET_COLUMNS                                                                                   \
    "t.id, t.number, t.version, t.service_type, t.severity, t.channel, t.customer_id, c.name,"               \
    " coalesce((SELECT p.phone FROM customer_phone p WHERE p.customer_id = t.customer_id"                    \
    " ORDER BY p.position LIMIT 1), ''), c.address_text, coalesce(t.customer_product_id, 0),"               \
    " coalesce(m.code, ''), coalesce(m.name, ''), coalesce(cp.serial_number, ''), coalesce(t.region_code, ''),"\
    " t.description, t.fault_code, t.diagnosis, t.resolution, t.shipping_out_no, t.shipping_back_no,"        \
    " t.replacement_serial, t.visit_result, " CSM_SQL_ISO("t.appointment_start") ", "                         \
    CSM_SQL_ISO("t.appointment_end") ", coalesce(t.assigned_org_unit_id, 0), coalesce(au.name, ''),"         \
    " coalesce(t.escalated_from_org_unit_id, 0), coalesce(eu.name, ''), coalesce(t.technician_id, 0),"       \
    " coalesce(tu.display_name, ''), t.owner_id, ou.display_name, t.created_org_unit_id, cu.name,"           \
    " t.workflow_id, w.version, t.state, ws.name, t.state_category, " CSM_SQL_ISO("t.created_at") ", "        \
    CSM_SQL_ISO("t.updated_at") ", " CSM_SQL_ISO("t.resolved_at") ", " CSM_SQL_ISO("t.closed_at") ", "      \
    CSM_SQL_ISO("t.response_due_at") ", " CSM_SQL_ISO("t.on_site_due_at") ", "                               \
    CSM_SQL_ISO("t.completion_due_at") ", " CSM_SQL_ISO("t.response_stopped_at") ", "                        \
    CSM_SQL_ISO("t.on_site_stopped_at") ", " CSM_SQL_ISO("t.completion_stopped_at") ", "                     \
    CSM_SQL_ISO("t.response_breached_at") ", " CSM_SQL_ISO("t.on_site_breached_at") ", "                     \
    CSM_SQL_ISO("t.completion_breached_at") ", " CSM_SQL_ISO("t.sla_paused_since") ", "                      \
    CSM_TICKET_SLA_STATE ", coalesce(t.repeat_of_ticket_id, 0),"                                             \
    " coalesce((SELECT r.number FROM ticket r WHERE r.id = t.repeat_of_ticket_id), ''),"                     \
    " t.has_sla_pauses, t.has_supervisions"

#define CSM_TICKET_JOINS                                                                                     \
    " JOIN customer c ON c.id = t.customer_id"                                                              \
    " LEFT JOIN customer_product cp ON cp.id = t.customer_product_id"                                      \
    " LEFT JOIN product_model m ON m.id = cp.model_id"                                                      \
    " LEFT JOIN org_unit au ON au.id = t.assigned_org_unit_id"                                              \
    " LEFT JOIN org_unit eu ON eu.id = t.escalated_from_org_unit_id"                                        \
    " LEFT JOIN app_user tu ON tu.id = t.technician_id"                                                     \
    " JOIN app_user ou ON ou.id = t.owner_id"                                                               \
    " JOIN org_unit cu ON cu.id = t.created_org_unit_id"                                                    \
    " JOIN workflow w ON w.id = t.workflow_id"                                                              \
    " JOIN workflow_state ws ON ws.workflow_id = t.workflow_id AND ws.code = t.state"

// The list filters, after the scope: $3 before id, $4 category (or 'open'), $5 state,
// $6 service type, $7 assigned subtree, $8 technician, $9 owner, $10 limit.
#define CSM_TICKET_FILTERS                                                                                   \
    " AND t.id < $3 AND ($4::text IS NULL OR t.state_category = $4 OR ($4 = 'open' AND t.state_category <> 'closed'))" \
    " AND ($5::text IS NULL OR t.state = $5) AND ($6::text IS NULL OR t.service_type = $6)"                   \
    " AND ($7::ltree IS NULL OR t.assigned_path <@ $7::ltree) AND ($8::bigint IS NULL OR t.technician_id = $8)" \
    " AND ($9::bigint IS NULL OR t.owner_id = $9)"

constexpr int kColumns = 59;

TicketRecord readTicket(const pqxx::row& row)
{
    TicketRecord record;
    common::Ticket& t = record.ticket;
    int i = 0;
    t.id = row[i++].as<qint64>();
    t.number = toQt(row[i++]);
    t.version = row[i++].as<int>();
    t.serviceType = toQt(row[i++]);
    t.severity = toQt(row[i++]);
    t.channel = toQt(row[i++]);
    t.customerId = row[i++].as<qint64>();
    t.customerName = toQt(row[i++]);
    t.customerPhone = toQt(row[i++]);
    t.customerAddress = toQt(row[i++]);
    t.customerProductId = row[i++].as<qint64>();
    t.productModelCode = toQt(row[i++]);
    t.productModelName = toQt(row[i++]);
    t.productSerial = toQt(row[i++]);
    t.regionCode = toQt(row[i++]);
    t.description = toQt(row[i++]);
    t.faultCode = toQt(row[i++]);
    t.diagnosis = toQt(row[i++]);
    t.resolution = toQt(row[i++]);
    t.shippingOutNo = toQt(row[i++]);
    t.shippingBackNo = toQt(row[i++]);
    t.replacementSerial = toQt(row[i++]);
    t.visitResult = toQt(row[i++]);
    t.appointmentStart = db::fromIso(row[i++]);
    t.appointmentEnd = db::fromIso(row[i++]);
    t.assignedOrgUnitId = row[i++].as<qint64>();
    t.assignedOrgUnitName = toQt(row[i++]);
    t.escalatedFromOrgUnitId = row[i++].as<qint64>();
    t.escalatedFromOrgUnitName = toQt(row[i++]);
    t.technicianId = row[i++].as<qint64>();
    t.technicianName = toQt(row[i++]);
    t.ownerId = row[i++].as<qint64>();
    t.ownerName = toQt(row[i++]);
    t.createdOrgUnitId = row[i++].as<qint64>();
    t.createdOrgUnitName = toQt(row[i++]);
    t.workflowId = row[i++].as<qint64>();
    t.workflowVersion = row[i++].as<int>();
    t.state = toQt(row[i++]);
    t.stateName = toQt(row[i++]);
    t.stateCategory = toQt(row[i++]);
    t.createdAt = db::fromIso(row[i++]);
    t.updatedAt = db::fromIso(row[i++]);
    t.resolvedAt = db::fromIso(row[i++]);
    t.closedAt = db::fromIso(row[i++]);
    t.responseDueAt = db::fromIso(row[i++]);
    t.onSiteDueAt = db::fromIso(row[i++]);
    t.completionDueAt = db::fromIso(row[i++]);
    t.responseStoppedAt = db::fromIso(row[i++]);
    t.onSiteStoppedAt = db::fromIso(row[i++]);
    t.completionStoppedAt = db::fromIso(row[i++]);
    t.responseBreachedAt = db::fromIso(row[i++]);
    t.onSiteBreachedAt = db::fromIso(row[i++]);
    t.completionBreachedAt = db::fromIso(row[i++]);
    t.slaPausedSince = db::fromIso(row[i++]);
    t.slaState = toQt(row[i++]);
    t.repeatOfTicketId = row[i++].as<qint64>();
    t.repeatOfNumber = toQt(row[i++]);
    record.hasSlaPauses = row[i++].as<bool>();
    record.hasSupervisions = row[i++].as<bool>();
    record.canAct = row[kColumns].as<bool>();
    return record;
}

std::optional<std::string> timeParam(const QDateTime& time)
{
    if (!time.isValid())
        return std::nullopt;
    return db::toIso(time);
}

std::optional<qint64> idParam(qint64 id)
{
    if (id == 0)
        return std::nullopt;
    return id;
}

std::optional<std::string> textParam(const std::optional<QString>& text)
{
    if (!text)
        return std::nullopt;
    return text->toStdString();
}

std::string json(const QCborMap& map)
{
    return QJsonDocument(map.toJsonObject()).toJson(QJsonDocument::Compact).toStdString();
}

QCborMap cborOfJson(const pqxx::field& field)
{
    return QCborMap::fromJsonObject(QJsonDocument::fromJson(QByteArray(field.c_str(), int(field.size()))).object());
}
} // namespace

void TicketRepository::registerStatements(ModuleRegistry& registry)
{
    registry.addStatements({
        {"ticket_next_number",
         "INSERT INTO ticket_day_counter AS c (day, last_no) VALUES ((now() AT TIME ZONE $1)::date, 1)"
         " ON CONFLICT (day) DO UPDATE SET last_no = c.last_no + 1"
         " RETURNING to_char(c.day, 'YYYYMMDD') || '-' || lpad(c.last_no::text, 6, '0')"},
        {"ticket_insert",
         "INSERT INTO ticket (number, service_type, severity, channel, customer_id, customer_product_id, region_code,"
         " description, fault_code, appointment_start, appointment_end, assigned_org_unit_id, assigned_path, owner_id,"
         " created_org_unit_id, created_path, workflow_id, state, state_category)"
         " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::timestamptz, $11::timestamptz, $12,"
         " (SELECT path FROM org_unit WHERE id = $12), $13, $14, (SELECT path FROM org_unit WHERE id = $14), $15, $16, $17)"
         " RETURNING id"},
        {"ticket_get",
         "SELECT " CSM_TICKET_COLUMNS ", " CSM_TICKET_CAN_ACT("$2") " FROM ticket t" CSM_TICKET_JOINS
         " WHERE t.id = $1 AND " CSM_TICKET_VISIBLE("$2")},
        {"ticket_get_for_update",
         "SELECT " CSM_TICKET_COLUMNS ", " CSM_TICKET_CAN_ACT("$2") " FROM ticket t" CSM_TICKET_JOINS
         " WHERE t.id = $1 AND " CSM_TICKET_VISIBLE("$2") " FOR UPDATE OF t"},
        {"ticket_get_by_number",
         "SELECT " CSM_TICKET_COLUMNS ", " CSM_TICKET_CAN_ACT("$2") " FROM ticket t" CSM_TICKET_JOINS
         " WHERE t.number = $1 AND " CSM_TICKET_VISIBLE("$2")},
        // Returns the changed order as ticket_get reads it ($17 the caller's scope, for can-act):
        // the reply of a transition needs no second read unless a side effect changed the row.
        {"ticket_update",
         "WITH t AS (UPDATE ticket SET version = version + 1, updated_at = now(), state = $3, state_category = $4,"
         " fault_code = $5, diagnosis = $6, resolution = $7, shipping_out_no = $8, shipping_back_no = $9,"
         " replacement_serial = $10, visit_result = $11, appointment_start = $12::timestamptz,"
         " appointment_end = $13::timestamptz, assigned_org_unit_id = $14,"
         " assigned_path = (SELECT path FROM org_unit WHERE id = $14), escalated_from_org_unit_id = $15,"
         " escalated_from_path = (SELECT path FROM org_unit WHERE id = $15), technician_id = $16,"
         " resolved_at = CASE WHEN $4 = 'resolved' AND state_category <> 'resolved' THEN now()"
         "                    WHEN $4 IN ('resolved', 'closed') THEN resolved_at END,"
         " closed_at = CASE WHEN $4 = 'closed' THEN now() END"
         " WHERE id = $1 AND version = $2 RETURNING *)"
         " SELECT " CSM_TICKET_COLUMNS ", " CSM_TICKET_CAN_ACT("$17") " FROM t" CSM_TICKET_JOINS},
        {"ticket_event_insert",
         "INSERT INTO ticket_event (ticket_id, user_id, kind, transition, from_state, to_state, fields, effect_type,"
         " effect_param, detail) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10::jsonb)"},
        // A leaf unit (a service point) reads one short index range per arm; a unit with a
        // subtree walks the orders newest first through the path filters. $1 unit, $2 its path.
        // Only the ids: planned with the wide columns and joins below, this statement took
        // 20-30 ms to plan on every call (PostgreSQL kept custom plans for it), far more than it
        // takes to run. The page's rows are read by id with ticket_rows.
        {"ticket_list",
         "WITH me AS (SELECT NOT EXISTS (SELECT 1 FROM org_unit WHERE parent_id = $1) AS leaf)"
         " (SELECT t.id FROM ticket t WHERE (SELECT leaf FROM me) AND t.assigned_org_unit_id = $1" CSM_TICKET_FILTERS
         " ORDER BY t.id DESC LIMIT $10)"
         " UNION (SELECT t.id FROM ticket t WHERE (SELECT leaf FROM me) AND t.created_org_unit_id = $1" CSM_TICKET_FILTERS
         " ORDER BY t.id DESC LIMIT $10)"
         " UNION (SELECT t.id FROM ticket t WHERE (SELECT leaf FROM me) AND t.escalated_from_org_unit_id = $1"
         CSM_TICKET_FILTERS " ORDER BY t.id DESC LIMIT $10)"
         " UNION (SELECT t.id FROM ticket t WHERE NOT (SELECT leaf FROM me) AND " CSM_TICKET_VISIBLE("$2")
         CSM_TICKET_FILTERS " ORDER BY t.id DESC LIMIT $10)"
         " ORDER BY id DESC LIMIT $10"},
        // The follow-up queue: resolved orders a `survey` effect queued, in scope ($2), with the
        // same parameters as ticket_list ($1 is unused).
        {"ticket_list_follow_up",
         "SELECT t.id FROM ticket t WHERE t.survey_queued_at IS NOT NULL AND t.state_category = 'resolved'"
         " AND $1::bigint IS NOT NULL AND " CSM_TICKET_VISIBLE("$2") CSM_TICKET_FILTERS " ORDER BY t.id DESC LIMIT $10"},
        {"ticket_queue_survey", "UPDATE ticket SET survey_queued_at = now() WHERE id = $1"},
        // The orders of a page ($1 their ids), newest first, still in the caller's scope ($2).
        {"ticket_rows",
         "SELECT " CSM_TICKET_COLUMNS ", " CSM_TICKET_CAN_ACT("$2") " FROM ticket t" CSM_TICKET_JOINS
         " WHERE t.id = ANY($1::bigint[]) AND " CSM_TICKET_VISIBLE("$2") " ORDER BY t.id DESC"},
        // One customer's orders ($1 is unused: the same parameters as ticket_list, plus $11).
        {"ticket_list_customer",
         "SELECT " CSM_TICKET_COLUMNS ", " CSM_TICKET_CAN_ACT("$2") " FROM ticket t" CSM_TICKET_JOINS
         " WHERE t.customer_id = $11 AND $1::bigint IS NOT NULL AND " CSM_TICKET_VISIBLE("$2") CSM_TICKET_FILTERS
         " ORDER BY t.id DESC LIMIT $10"},
        {"ticket_timeline",
         "SELECT v.visible, x.* FROM (SELECT EXISTS (SELECT 1 FROM ticket t WHERE t.id = $1 AND "
         CSM_TICKET_VISIBLE("$2") ") AS visible) AS v LEFT JOIN LATERAL ("
         "SELECT e.id, " CSM_SQL_ISO("e.at") ", coalesce(e.user_id, 0), coalesce(u.display_name, ''), e.kind,"
         " coalesce(e.transition, ''), coalesce(tr.name, ''), coalesce(e.from_state, ''), coalesce(fs.name, ''),"
         " coalesce(e.to_state, ''), coalesce(ts.name, ''), e.fields::text, coalesce(e.effect_type, ''),"
         " coalesce(e.effect_param, ''), e.detail::text"
         " FROM ticket_event e JOIN ticket t ON t.id = e.ticket_id LEFT JOIN app_user u ON u.id = e.user_id"
         " LEFT JOIN workflow_transition tr ON tr.workflow_id = t.workflow_id AND tr.code = e.transition"
         " LEFT JOIN workflow_state fs ON fs.workflow_id = t.workflow_id AND fs.code = e.from_state"
         " LEFT JOIN workflow_state ts ON ts.workflow_id = t.workflow_id AND ts.code = e.to_state"
         " WHERE e.ticket_id = $1 AND v.visible ORDER BY e.id LIMIT 5000) AS x ON true"},
    });
}

QString TicketRepository::nextNumber(pqxx::transaction_base& tx, const QString& timeZone)
{
    return toQt(tx.exec_prepared1("ticket_next_number", timeZone.toStdString())[0]);
}

qint64 TicketRepository::insert(pqxx::transaction_base& tx, const TicketInsert& d)
{
    return tx.exec_prepared1("ticket_insert", d.number.toStdString(), d.serviceType.toStdString(),
                             d.severity.toStdString(), d.channel.toStdString(), d.customerId, d.customerProductId,
                             db::optionalText(d.regionCode), d.description.toStdString(), d.faultCode.toStdString(),
                             timeParam(d.appointmentStart), timeParam(d.appointmentEnd), d.assignedOrgUnitId,
                             d.ownerId, d.createdOrgUnitId, d.workflowId, d.state.toStdString(),
                             d.stateCategory.toStdString())[0]
        .as<qint64>();
}

std::optional<TicketRecord> TicketRepository::find(pqxx::transaction_base& tx, qint64 id, const std::string& scope,
                                                   bool forUpdate)
{
    const auto result = tx.exec_prepared(forUpdate ? "ticket_get_for_update" : "ticket_get", id, scope);
    if (result.empty())
        return std::nullopt;
    return readTicket(result[0]);
}

std::optional<TicketRecord> TicketRepository::findByNumber(pqxx::transaction_base& tx, const QString& number,
                                                           const std::string& scope)
{
    const auto result = tx.exec_prepared("ticket_get_by_number", number.toStdString(), scope);
    if (result.empty())
        return std::nullopt;
    return readTicket(result[0]);
}

std::optional<TicketRecord> TicketRepository::update(pqxx::transaction_base& tx, qint64 id, int version,
                                                     const TicketChange& c, const std::string& scope)
{
    const auto result = tx.exec_prepared(
        "ticket_update", id, version, c.state.toStdString(), c.stateCategory.toStdString(), c.faultCode.toStdString(),
        c.diagnosis.toStdString(), c.resolution.toStdString(), c.shippingOutNo.toStdString(),
        c.shippingBackNo.toStdString(), c.replacementSerial.toStdString(), c.visitResult.toStdString(),
        timeParam(c.appointmentStart), timeParam(c.appointmentEnd), idParam(c.assignedOrgUnitId),
        idParam(c.escalatedFromOrgUnitId), idParam(c.technicianId), scope);
    if (result.empty())
        return std::nullopt;
    return readTicket(result[0]);
}

void TicketRepository::addEvent(pqxx::transaction_base& tx, const TicketEventInsert& e)
{
    tx.exec_prepared0("ticket_event_insert", e.ticketId, idParam(e.userId), e.kind.toStdString(),
                      db::optionalText(e.transition), db::optionalText(e.fromState), db::optionalText(e.toState),
                      json(e.fields), db::optionalText(e.effectType), db::optionalText(e.effectParam), json(e.detail));
}

void TicketRepository::queueSurvey(pqxx::transaction_base& tx, qint64 ticketId)
{
    tx.exec_prepared0("ticket_queue_survey", ticketId);
}

std::vector<TicketRecord> TicketRepository::list(pqxx::transaction_base& tx, qint64 unitId, const std::string& scope,
                                                 const ListFilter& f)
{
    pqxx::result result;
    if (f.customerId) {
        result = tx.exec_prepared("ticket_list_customer", unitId, scope, f.beforeId, textParam(f.stateCategory),
                                  textParam(f.state), textParam(f.serviceType), f.assignedPath, f.technicianId,
                                  f.ownerId, f.limit, *f.customerId);
    } else {
        std::string ids = "{";
        const char* statement = f.followUp ? "ticket_list_follow_up" : "ticket_list";
        for (const auto& row : tx.exec_prepared(statement, unitId, scope, f.beforeId, textParam(f.stateCategory),
                                                textParam(f.state), textParam(f.serviceType), f.assignedPath,
                                                f.technicianId, f.ownerId, f.limit)) {
            if (ids.size() > 1)
                ids += ',';
            ids += row[0].c_str();
        }
        if (ids.size() == 1)
            return {};
        result = tx.exec_prepared("ticket_rows", ids + "}", scope);
    }
    std::vector<TicketRecord> records;
    records.reserve(result.size());
    for (const auto& row : result)
        records.push_back(readTicket(row));
    return records;
}

std::optional<std::vector<common::TicketEvent>> TicketRepository::timeline(pqxx::transaction_base& tx, qint64 id,
                                                                           const std::string& scope)
{
    std::vector<common::TicketEvent> events;
    bool visible = false;
    for (const auto& row : tx.exec_prepared("ticket_timeline", id, scope)) {
        visible = row[0].as<bool>();
        if (row[1].is_null())
            continue;
        common::TicketEvent e;
        e.ticketId = id;
        e.id = row[1].as<qint64>();
        e.at = db::fromIso(row[2]);
        e.userId = row[3].as<qint64>();
        e.userName = toQt(row[4]);
        e.kind = toQt(row[5]);
        e.transition = toQt(row[6]);
        e.transitionName = toQt(row[7]);
        e.fromState = toQt(row[8]);
        e.fromStateName = toQt(row[9]);
        e.toState = toQt(row[10]);
        e.toStateName = toQt(row[11]);
        e.fields = cborOfJson(row[12]);
        e.effectType = toQt(row[13]);
        e.effectParam = toQt(row[14]);
        e.detail = cborOfJson(row[15]);
        events.push_back(std::move(e));
    }
    if (!visible)
        return std::nullopt;
    return events;
}

} // namespace csm::server::tickets
