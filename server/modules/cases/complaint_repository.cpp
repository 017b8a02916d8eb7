#include "server/modules/cases/complaint_repository.h"

#include "server/db/pqxx_support.h"

namespace csm::server::cases {

using db::toQt;

void ComplaintRepository::registerStatements(ModuleRegistry& registry)
{
    registry.addStatements({
        {"complaint_get",
         "SELECT c.ticket_id, c.category, coalesce(c.responsible_org_unit_id, 0), coalesce(u.name, ''), "
         CSM_SQL_ISO("c.deadline") ", c.resolution, coalesce(c.satisfaction, 0), c.satisfaction_comment, "
         CSM_SQL_ISO("c.recorded_at") ", coalesce(rb.display_name, ''), sb.display_name, " CSM_SQL_ISO("c.updated_at")
         " FROM ticket_complaint c LEFT JOIN org_unit u ON u.id = c.responsible_org_unit_id"
         " LEFT JOIN app_user rb ON rb.id = c.recorded_by JOIN app_user sb ON sb.id = c.set_by"
         " WHERE c.ticket_id = $1"},
        {"complaint_save",
         "INSERT INTO ticket_complaint (ticket_id, category, responsible_org_unit_id, deadline, set_by)"
         " VALUES ($1, $2, $3, $4::timestamptz, $5) ON CONFLICT (ticket_id) DO UPDATE SET category = $2,"
         " responsible_org_unit_id = $3, deadline = $4::timestamptz, set_by = $5, updated_at = now(),"
         // A new deadline is watched afresh.
         " overdue_at = CASE WHEN ticket_complaint.deadline IS DISTINCT FROM $4::timestamptz THEN NULL"
         " ELSE ticket_complaint.overdue_at END"},
        {"complaint_resolve",
         "UPDATE ticket_complaint SET resolution = $2, satisfaction = $3, satisfaction_comment = $4, recorded_at = now(),"
         " recorded_by = $5, updated_at = now() WHERE ticket_id = $1"},
        // Complaints past their deadline, unresolved, on orders neither resolved nor closed, not
        // reported yet: marked, put on the timeline (by the server). Rows locked by a running op
        // are left for the next round (SKIP LOCKED). The unit told is the responsible one, else
        // the order's assigned unit.
        {"complaint_claim_overdue",
         "WITH due AS (SELECT c.ticket_id FROM ticket_complaint c JOIN ticket t ON t.id = c.ticket_id"
         " WHERE c.deadline <= $1::timestamptz AND c.overdue_at IS NULL AND c.recorded_at IS NULL"
         " AND t.state_category NOT IN ('resolved', 'closed')"
         " ORDER BY c.deadline LIMIT 1000 FOR UPDATE OF c, t SKIP LOCKED),"
         " upd AS (UPDATE ticket_complaint c SET overdue_at = $1::timestamptz FROM due WHERE c.ticket_id = due.ticket_id"
         " RETURNING c.ticket_id, c.deadline, c.category, c.responsible_org_unit_id),"
         " facts AS (SELECT upd.*, t.number, t.owner_id, o.org_unit_id AS owner_unit,"
         " coalesce(upd.responsible_org_unit_id, t.assigned_org_unit_id) AS unit_id, u.name AS unit_name"
         " FROM upd JOIN ticket t ON t.id = upd.ticket_id JOIN app_user o ON o.id = t.owner_id"
         " LEFT JOIN org_unit u ON u.id = coalesce(upd.responsible_org_unit_id, t.assigned_org_unit_id)),"
         " ev AS (INSERT INTO ticket_event (ticket_id, at, kind, detail)"
         " SELECT ticket_id, $1::timestamptz, 'complaint_overdue', jsonb_build_object('deadline', "
         CSM_SQL_ISO("deadline") ", 'org_unit_id', unit_id, 'org_unit_name', unit_name) FROM facts ORDER BY ticket_id)"
         " SELECT ticket_id, number, owner_id, owner_unit, coalesce(unit_id, 0), coalesce(unit_name, ''), "
         CSM_SQL_ISO("deadline") ", category FROM facts ORDER BY ticket_id"},
        {"case_unit_list",
         "SELECT id, code, name, kind, nlevel(path) FROM org_unit WHERE active AND path <@ $1::ltree"
         " ORDER BY path LIMIT 2000"},
    });
}

std::optional<common::TicketComplaint> ComplaintRepository::find(pqxx::transaction_base& tx, qint64 ticketId)
{
    const auto result = tx.exec_prepared("complaint_get", ticketId);
    if (result.empty())
        return std::nullopt;
    const auto& row = result[0];
    common::TicketComplaint c;
    c.ticketId = row[0].as<qint64>();
    c.category = toQt(row[1]);
    c.responsibleOrgUnitId = row[2].as<qint64>();
    c.responsibleOrgUnitName = toQt(row[3]);
    c.deadline = db::fromIso(row[4]);
    c.resolution = toQt(row[5]);
    c.satisfaction = row[6].as<int>();
    c.satisfactionComment = toQt(row[7]);
    c.recordedAt = db::fromIso(row[8]);
    c.recordedByName = toQt(row[9]);
    c.setByName = toQt(row[10]);
    c.updatedAt = db::fromIso(row[11]);
    return c;
}

void ComplaintRepository::save(pqxx::transaction_base& tx, const ComplaintWrite& w, qint64 userId)
{
    const std::optional<qint64> unit = w.responsibleOrgUnitId != 0 ? std::optional<qint64>(w.responsibleOrgUnitId)
                                                                    : std::nullopt;
    const std::optional<std::string> deadline = w.deadline.isValid() ? std::optional<std::string>(db::toIso(w.deadline))
                                                                     : std::nullopt;
    tx.exec_prepared0("complaint_save", w.ticketId, w.category.toStdString(), unit, deadline, userId);
}

void ComplaintRepository::resolve(pqxx::transaction_base& tx, qint64 ticketId, const QString& resolution,
                                  int satisfaction, const QString& comment, qint64 userId)
{
    tx.exec_prepared0("complaint_resolve", ticketId, resolution.toStdString(), satisfaction, comment.toStdString(),
                      userId);
}

std::vector<OverdueComplaint> ComplaintRepository::claimOverdue(pqxx::transaction_base& tx, const QDateTime& now)
{
    std::vector<OverdueComplaint> items;
    for (const auto& row : tx.exec_prepared("complaint_claim_overdue", db::toIso(now))) {
        OverdueComplaint o;
        o.ticketId = row[0].as<qint64>();
        o.ticketNumber = toQt(row[1]);
        o.ownerId = row[2].as<qint64>();
        o.ownerOrgUnitId = row[3].as<qint64>();
        o.orgUnitId = row[4].as<qint64>();
        o.orgUnitName = toQt(row[5]);
        o.deadline = db::fromIso(row[6]);
        o.category = toQt(row[7]);
        items.push_back(std::move(o));
    }
    return items;
}

std::vector<CaseUnit> ComplaintRepository::units(pqxx::transaction_base& tx, const std::string& scope)
{
    std::vector<CaseUnit> units;
    for (const auto& row : tx.exec_prepared("case_unit_list", scope)) {
        CaseUnit unit;
        unit.id = row[0].as<qint64>();
        unit.code = toQt(row[1]);
        unit.name = toQt(row[2]);
        unit.kind = toQt(row[3]);
        unit.depth = row[4].as<int>();
        units.push_back(std::move(unit));
    }
    return units;
}

} // namespace csm::server::cases
