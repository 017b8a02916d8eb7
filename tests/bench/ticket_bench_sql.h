#pragma once
// The SQL csm_bench --tickets runs in its raw PostgreSQL mode, copied verbatim from the tickets
// module (server/modules/tickets/ticket_repository.cpp, sla_repository.cpp, dispatch_repository.cpp)
// and server/db/pqxx_support.h. Keep in step with them by hand: an op runs several statements in
// one transaction, and pg_stat_activity shows only a session's last one, so they are not
// compared at run time as the customer ops' statements are.

namespace csm::bench::ticket_sql {

#define CSM_SQL_ISO(column) "to_char(" column " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"
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

#define CSM_SLA_ADD(from, minutes) \
    "CASE WHEN p.business_hours THEN sla_business_add(" from ", " minutes ")" \
    " ELSE " from " + make_interval(mins => " minutes ") END"

inline constexpr const char* kNextNumber =  // ticket_next_number
    "INSERT INTO ticket_day_counter AS c (day, last_no) VALUES ((now() AT TIME ZONE $1)::date, 1)"
    " ON CONFLICT (day) DO UPDATE SET last_no = c.last_no + 1"
    " RETURNING to_char(c.day, 'YYYYMMDD') || '-' || lpad(c.last_no::text, 6, '0')";
inline constexpr const char* kInsert =  // ticket_insert
    "INSERT INTO ticket (number, service_type, severity, channel, customer_id, customer_product_id, region_code,"
    " description, fault_code, appointment_start, appointment_end, assigned_org_unit_id, assigned_path, owner_id,"
    " created_org_unit_id, created_path, workflow_id, state, state_category)"
    " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::timestamptz, $11::timestamptz, $12,"
    " (SELECT path FROM org_unit WHERE id = $12), $13, $14, (SELECT path FROM org_unit WHERE id = $14), $15, $16, $17)"
    " RETURNING id";
inline constexpr const char* kGetForUpdate =  // ticket_get_for_update
    "SELECT " CSM_TICKET_COLUMNS ", " CSM_TICKET_CAN_ACT("$2") " FROM ticket t" CSM_TICKET_JOINS
    " WHERE t.id = $1 AND " CSM_TICKET_VISIBLE("$2") " FOR UPDATE OF t";
inline constexpr const char* kUpdate =  // ticket_update
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
    " SELECT " CSM_TICKET_COLUMNS ", " CSM_TICKET_CAN_ACT("$17") " FROM t" CSM_TICKET_JOINS;
inline constexpr const char* kEventInsert =  // ticket_event_insert
    "INSERT INTO ticket_event (ticket_id, user_id, kind, transition, from_state, to_state, fields, effect_type,"
    " effect_param, detail) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10::jsonb)";
inline constexpr const char* kList =  // ticket_list
    "WITH me AS (SELECT NOT EXISTS (SELECT 1 FROM org_unit WHERE parent_id = $1) AS leaf)"
    " (SELECT t.id FROM ticket t WHERE (SELECT leaf FROM me) AND t.assigned_org_unit_id = $1" CSM_TICKET_FILTERS
    " ORDER BY t.id DESC LIMIT $10)"
    " UNION (SELECT t.id FROM ticket t WHERE (SELECT leaf FROM me) AND t.created_org_unit_id = $1" CSM_TICKET_FILTERS
    " ORDER BY t.id DESC LIMIT $10)"
    " UNION (SELECT t.id FROM ticket t WHERE (SELECT leaf FROM me) AND t.escalated_from_org_unit_id = $1"
    CSM_TICKET_FILTERS " ORDER BY t.id DESC LIMIT $10)"
    " UNION (SELECT t.id FROM ticket t WHERE NOT (SELECT leaf FROM me) AND " CSM_TICKET_VISIBLE("$2")
    CSM_TICKET_FILTERS " ORDER BY t.id DESC LIMIT $10)"
    " ORDER BY id DESC LIMIT $10";
inline constexpr const char* kRows =  // ticket_rows
    "SELECT " CSM_TICKET_COLUMNS ", " CSM_TICKET_CAN_ACT("$2") " FROM ticket t" CSM_TICKET_JOINS
    " WHERE t.id = ANY($1::bigint[]) AND " CSM_TICKET_VISIBLE("$2") " ORDER BY t.id DESC";
inline constexpr const char* kNotify =  // notify_insert (server/modules/notify/notification_repository.cpp)
    "INSERT INTO notification (ticket_id, recipient, template_code, body, status, last_error, next_attempt_at)"
    " VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $5 = 'queued' THEN now() END) RETURNING id";
inline constexpr const char* kStartClocks =  // sla_start_clocks
    "UPDATE ticket t SET sla_business_hours = p.business_hours,"
    " response_due_at = " CSM_SLA_ADD("t.created_at", "p.response_minutes") ","
    " on_site_due_at = " CSM_SLA_ADD("t.created_at", "p.on_site_minutes") ","
    " completion_due_at = " CSM_SLA_ADD("t.created_at", "p.completion_minutes")
    " FROM sla_policy p WHERE t.id = $1 AND p.service_type = t.service_type AND p.severity = t.severity";
inline constexpr const char* kCustomer =  // dispatch_customer
    "SELECT id, coalesce(district_code, city_code, province_code, '') FROM customer"
    " WHERE id = $1 AND org_path <@ $2::ltree";
inline constexpr const char* kCovering =  // dispatch_covering
    "WITH RECURSIVE up AS (SELECT code, parent_code, name, 0 AS depth FROM region WHERE code = $1"
    " UNION ALL SELECT r.code, r.parent_code, r.name, up.depth + 1 FROM region r JOIN up ON r.code = up.parent_code"
    " WHERE up.depth < 5)"
    " SELECT up.code, up.name, o.id, o.name, o.code FROM up JOIN dispatch_coverage d ON d.region_code = up.code"
    " JOIN org_unit o ON o.id = d.org_unit_id AND o.active ORDER BY up.depth LIMIT 1";
inline constexpr const char* kUser =  // dispatch_user
    "SELECT u.id, u.org_unit_id, o.name, u.active,"
    " EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role_code = 'technician')"
    " FROM app_user u JOIN org_unit o ON o.id = u.org_unit_id WHERE u.id = $1";

#undef CSM_SQL_ISO
#undef CSM_TICKET_VISIBLE
#undef CSM_TICKET_CAN_ACT
#undef CSM_SLA_LATE
#undef CSM_SLA_SOON
#undef CSM_TICKET_SLA_STATE
#undef CSM_TICKET_COLUMNS
#undef CSM_TICKET_JOINS
#undef CSM_TICKET_FILTERS
#undef CSM_SLA_ADD

} // namespace csm::bench::ticket_sql
