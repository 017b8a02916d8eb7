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
         " responsible_org_unit_id = $3, deadline = $4::timestamptz, set_by = $5, updated_at = now()"},
        {"complaint_resolve",
         "UPDATE ticket_complaint SET resolution = $2, satisfaction = $3, satisfaction_comment = $4, recorded_at = now(),"
         " recorded_by = $5, updated_at = now() WHERE ticket_id = $1"},
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
