#include "server/modules/cases/supervision_repository.h"

#include "server/db/pqxx_support.h"

namespace csm::server::cases {

using db::toQt;

namespace {
// $2 is the caller's path.
#define CSM_SUPERVISION_COLUMNS                                                                              \
    "s.id, s.ticket_id, t.number, s.status, s.opened_by, ob.display_name, " CSM_SQL_ISO("s.opened_at") ", "  \
    CSM_SQL_ISO("s.deadline") ", s.demand, s.target_org_unit_id, tu.name, s.answer, coalesce(s.answered_by, 0)," \
    " coalesce(ab.display_name, ''), " CSM_SQL_ISO("s.answered_at") ", " CSM_SQL_ISO("s.overdue_at") ", "    \
    CSM_SQL_ISO("s.closed_at") ", coalesce(cb.display_name, ''), s.close_note, s.target_path <@ $2::ltree,"  \
    " (t.assigned_path <@ $2::ltree OR t.created_path <@ $2::ltree OR t.escalated_from_path <@ $2::ltree)"
#define CSM_SUPERVISION_JOINS                                                                                \
    " FROM ticket_supervision s JOIN ticket t ON t.id = s.ticket_id JOIN app_user ob ON ob.id = s.opened_by" \
    " JOIN org_unit tu ON tu.id = s.target_org_unit_id LEFT JOIN app_user ab ON ab.id = s.answered_by"      \
    " LEFT JOIN app_user cb ON cb.id = s.closed_by"
#define CSM_SUPERVISION_VISIBLE                                                                              \
    "(s.target_path <@ $2::ltree OR t.assigned_path <@ $2::ltree OR t.created_path <@ $2::ltree"            \
    " OR t.escalated_from_path <@ $2::ltree)"

SupervisionRecord readSupervision(const pqxx::row& row)
{
    SupervisionRecord record;
    common::TicketSupervision& s = record.supervision;
    int i = 0;
    s.id = row[i++].as<qint64>();
    s.ticketId = row[i++].as<qint64>();
    s.ticketNumber = toQt(row[i++]);
    s.status = toQt(row[i++]);
    s.openedBy = row[i++].as<qint64>();
    s.openedByName = toQt(row[i++]);
    s.openedAt = db::fromIso(row[i++]);
    s.deadline = db::fromIso(row[i++]);
    s.demand = toQt(row[i++]);
    s.targetOrgUnitId = row[i++].as<qint64>();
    s.targetOrgUnitName = toQt(row[i++]);
    s.answer = toQt(row[i++]);
    s.answeredBy = row[i++].as<qint64>();
    s.answeredByName = toQt(row[i++]);
    s.answeredAt = db::fromIso(row[i++]);
    s.overdueAt = db::fromIso(row[i++]);
    s.closedAt = db::fromIso(row[i++]);
    s.closedByName = toQt(row[i++]);
    s.closeNote = toQt(row[i++]);
    record.targetInScope = row[i++].as<bool>();
    record.ticketVisible = row[i++].as<bool>(false);
    return record;
}
} // namespace

void SupervisionRepository::registerStatements(ModuleRegistry& registry)
{
    registry.addStatements({
        {"supervision_of_ticket",
         "SELECT " CSM_SUPERVISION_COLUMNS CSM_SUPERVISION_JOINS " WHERE s.ticket_id = $1 ORDER BY s.id DESC LIMIT 200"},
        {"supervision_get",
         "SELECT " CSM_SUPERVISION_COLUMNS CSM_SUPERVISION_JOINS " WHERE s.id = $1 AND " CSM_SUPERVISION_VISIBLE},
        {"supervision_get_for_update",
         "SELECT " CSM_SUPERVISION_COLUMNS CSM_SUPERVISION_JOINS " WHERE s.id = $1 AND " CSM_SUPERVISION_VISIBLE
         " FOR UPDATE OF s"},
        {"supervision_running",
         "SELECT id FROM ticket_supervision WHERE ticket_id = $1 AND target_org_unit_id = $2"
         " AND status IN ('open', 'overdue')"},
        {"supervision_insert",
         "INSERT INTO ticket_supervision (ticket_id, opened_by, deadline, demand, target_org_unit_id, target_path)"
         " VALUES ($1, $2, $3::timestamptz, $4, $5, (SELECT path FROM org_unit WHERE id = $5)) RETURNING id"},
        {"supervision_answer",
         "UPDATE ticket_supervision SET status = 'answered', answer = $2, answered_by = $3, answered_at = now()"
         " WHERE id = $1"},
        {"supervision_close",
         "UPDATE ticket_supervision SET status = 'closed', close_note = $2, closed_by = $3, closed_at = now()"
         " WHERE id = $1"},
        // $1 ticket or null, $2 scope, $3 status filter, $4 limit.
        {"supervision_list",
         "SELECT " CSM_SUPERVISION_COLUMNS CSM_SUPERVISION_JOINS
         " WHERE ($1::bigint IS NULL OR s.ticket_id = $1) AND " CSM_SUPERVISION_VISIBLE
         " AND ($3 = 'all' OR s.status = $3 OR ($3 = 'running' AND s.status IN ('open', 'overdue')))"
         " ORDER BY (s.status = 'overdue') DESC, (s.status IN ('open', 'overdue')) DESC, s.deadline, s.id LIMIT $4"},
        {"supervision_unit_users", "SELECT id FROM app_user WHERE org_unit_id = $1 AND active ORDER BY id"},
        // Rows locked by a running answer or close are left for the next round (SKIP LOCKED).
        {"supervision_claim_overdue",
         "WITH due AS (SELECT id FROM ticket_supervision WHERE status = 'open' AND deadline <= $1::timestamptz"
         " ORDER BY deadline LIMIT 1000 FOR UPDATE SKIP LOCKED),"
         " upd AS (UPDATE ticket_supervision s SET status = 'overdue', overdue_at = $1::timestamptz FROM due"
         " WHERE s.id = due.id RETURNING s.id, s.ticket_id, s.opened_by, s.deadline, s.target_org_unit_id),"
         " ev AS (INSERT INTO ticket_event (ticket_id, at, kind, detail)"
         " SELECT upd.ticket_id, $1::timestamptz, 'supervision_overdue', jsonb_build_object('supervision_id', upd.id,"
         " 'deadline', " CSM_SQL_ISO("upd.deadline") ", 'target_org_unit_id', upd.target_org_unit_id,"
         " 'target_org_unit_name', u.name) FROM upd JOIN org_unit u ON u.id = upd.target_org_unit_id ORDER BY upd.id)"
         " SELECT upd.id, upd.ticket_id, t.number, upd.opened_by, " CSM_SQL_ISO("upd.deadline") ","
         " upd.target_org_unit_id, u.name FROM upd JOIN ticket t ON t.id = upd.ticket_id"
         " JOIN org_unit u ON u.id = upd.target_org_unit_id ORDER BY upd.id"},
    });
}

std::vector<SupervisionRecord> SupervisionRepository::ofTicket(pqxx::transaction_base& tx, qint64 ticketId,
                                                               const std::string& scope)
{
    std::vector<SupervisionRecord> records;
    for (const auto& row : tx.exec_prepared("supervision_of_ticket", ticketId, scope))
        records.push_back(readSupervision(row));
    return records;
}

std::optional<SupervisionRecord> SupervisionRepository::find(pqxx::transaction_base& tx, qint64 id,
                                                             const std::string& scope, bool forUpdate)
{
    const auto result = tx.exec_prepared(forUpdate ? "supervision_get_for_update" : "supervision_get", id, scope);
    if (result.empty())
        return std::nullopt;
    return readSupervision(result[0]);
}

std::optional<qint64> SupervisionRepository::running(pqxx::transaction_base& tx, qint64 ticketId, qint64 targetOrgUnitId)
{
    const auto result = tx.exec_prepared("supervision_running", ticketId, targetOrgUnitId);
    if (result.empty())
        return std::nullopt;
    return result[0][0].as<qint64>();
}

qint64 SupervisionRepository::insert(pqxx::transaction_base& tx, const SupervisionInsert& d)
{
    return tx.exec_prepared1("supervision_insert", d.ticketId, d.openedBy, db::toIso(d.deadline), d.demand.toStdString(),
                             d.targetOrgUnitId)[0]
        .as<qint64>();
}

void SupervisionRepository::answer(pqxx::transaction_base& tx, qint64 id, const QString& answer, qint64 userId)
{
    tx.exec_prepared0("supervision_answer", id, answer.toStdString(), userId);
}

void SupervisionRepository::close(pqxx::transaction_base& tx, qint64 id, const QString& note, qint64 userId)
{
    tx.exec_prepared0("supervision_close", id, note.toStdString(), userId);
}

std::vector<SupervisionRecord> SupervisionRepository::list(pqxx::transaction_base& tx, const std::string& scope,
                                                           const SupervisionListFilter& f)
{
    std::vector<SupervisionRecord> records;
    for (const auto& row : tx.exec_prepared("supervision_list", f.ticketId, scope, f.status.toStdString(), f.limit))
        records.push_back(readSupervision(row));
    return records;
}

std::vector<qint64> SupervisionRepository::unitUsers(pqxx::transaction_base& tx, qint64 orgUnitId)
{
    std::vector<qint64> users;
    for (const auto& row : tx.exec_prepared("supervision_unit_users", orgUnitId))
        users.push_back(row[0].as<qint64>());
    return users;
}

std::vector<OverdueSupervision> SupervisionRepository::claimOverdue(pqxx::transaction_base& tx, const QDateTime& now)
{
    std::vector<OverdueSupervision> items;
    for (const auto& row : tx.exec_prepared("supervision_claim_overdue", db::toIso(now))) {
        OverdueSupervision o;
        o.id = row[0].as<qint64>();
        o.ticketId = row[1].as<qint64>();
        o.ticketNumber = toQt(row[2]);
        o.openedBy = row[3].as<qint64>();
        o.deadline = db::fromIso(row[4]);
        o.targetOrgUnitId = row[5].as<qint64>();
        o.targetOrgUnitName = toQt(row[6]);
        items.push_back(std::move(o));
    }
    return items;
}

} // namespace csm::server::cases
