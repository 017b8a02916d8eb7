#include "server/modules/tickets/dispatch_repository.h"

#include "server/db/pqxx_support.h"

namespace csm::server::tickets {

using db::toQt;

namespace {
Coverage readCoverage(const pqxx::row& row)
{
    return Coverage{toQt(row[0]), toQt(row[1]), row[2].as<qint64>(), toQt(row[3]), toQt(row[4])};
}
} // namespace

void DispatchRepository::registerStatements(ModuleRegistry& registry)
{
    registry.addStatements({
        {"dispatch_covering",
         "WITH RECURSIVE up AS (SELECT code, parent_code, name, 0 AS depth FROM region WHERE code = $1"
         " UNION ALL SELECT r.code, r.parent_code, r.name, up.depth + 1 FROM region r JOIN up ON r.code = up.parent_code"
         " WHERE up.depth < 5)"
         " SELECT up.code, up.name, o.id, o.name, o.code FROM up JOIN dispatch_coverage d ON d.region_code = up.code"
         " JOIN org_unit o ON o.id = d.org_unit_id AND o.active ORDER BY up.depth LIMIT 1"},
        {"dispatch_customer",
         "SELECT id, coalesce(district_code, city_code, province_code, '') FROM customer"
         " WHERE id = $1 AND org_path <@ $2::ltree"},
        {"dispatch_product_of_customer", "SELECT 1 FROM customer_product WHERE id = $1 AND customer_id = $2"},
        {"dispatch_unit",
         "SELECT id, coalesce(parent_id, 0), name, kind, active, path <@ $2::ltree, path::text FROM org_unit WHERE id = $1"},
        {"dispatch_user",
         "SELECT u.id, u.org_unit_id, o.name, u.active,"
         " EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role_code = 'technician')"
         " FROM app_user u JOIN org_unit o ON o.id = u.org_unit_id WHERE u.id = $1"},
        {"dispatch_coverage_list",
         "SELECT d.region_code, r.name, o.id, o.name, o.code FROM dispatch_coverage d"
         " JOIN region r ON r.code = d.region_code JOIN org_unit o ON o.id = d.org_unit_id"
         " WHERE o.path <@ $1::ltree AND ($2::bigint IS NULL OR o.id = $2) ORDER BY d.region_code LIMIT 5000"},
        {"dispatch_technicians",
         "SELECT u.id, u.username, u.display_name FROM app_user u JOIN org_unit o ON o.id = u.org_unit_id"
         " WHERE u.org_unit_id = $1 AND o.path <@ $2::ltree AND u.active"
         " AND EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role_code = 'technician')"
         " ORDER BY u.display_name, u.id LIMIT 500"},
        {"dispatch_region_exists", "SELECT 1 FROM region WHERE code = $1"},
        {"dispatch_coverage_set",
         "INSERT INTO dispatch_coverage (region_code, org_unit_id, updated_by) VALUES ($1, $2, $3)"
         " ON CONFLICT (region_code) DO UPDATE SET org_unit_id = excluded.org_unit_id,"
         " updated_by = excluded.updated_by, updated_at = now()"},
        {"dispatch_coverage_remove", "DELETE FROM dispatch_coverage WHERE region_code = $1"},
        {"dispatch_audit",
         "INSERT INTO audit_log (user_id, action, entity, detail) VALUES ($1, $2, 'dispatch_coverage', $3::jsonb)"},
    });
}

std::optional<Coverage> DispatchRepository::covering(pqxx::transaction_base& tx, const QString& regionCode)
{
    const auto result = tx.exec_prepared("dispatch_covering", regionCode.toStdString());
    if (result.empty())
        return std::nullopt;
    return readCoverage(result[0]);
}

std::optional<CustomerFacts> DispatchRepository::customer(pqxx::transaction_base& tx, qint64 id,
                                                          const std::string& scope)
{
    const auto result = tx.exec_prepared("dispatch_customer", id, scope);
    if (result.empty())
        return std::nullopt;
    return CustomerFacts{result[0][0].as<qint64>(), toQt(result[0][1])};
}

bool DispatchRepository::productOfCustomer(pqxx::transaction_base& tx, qint64 productId, qint64 customerId)
{
    return !tx.exec_prepared("dispatch_product_of_customer", productId, customerId).empty();
}

std::optional<UnitFacts> DispatchRepository::unit(pqxx::transaction_base& tx, qint64 id, const std::string& scope)
{
    const auto result = tx.exec_prepared("dispatch_unit", id, scope);
    if (result.empty())
        return std::nullopt;
    const auto& row = result[0];
    return UnitFacts{row[0].as<qint64>(), row[1].as<qint64>(), toQt(row[2]), toQt(row[3]), row[4].as<bool>(),
                     row[5].as<bool>(), row[6].as<std::string>()};
}

std::optional<UserFacts> DispatchRepository::user(pqxx::transaction_base& tx, qint64 id)
{
    const auto result = tx.exec_prepared("dispatch_user", id);
    if (result.empty())
        return std::nullopt;
    const auto& row = result[0];
    return UserFacts{row[0].as<qint64>(), row[1].as<qint64>(), toQt(row[2]), row[3].as<bool>(), row[4].as<bool>()};
}

std::vector<Coverage> DispatchRepository::coverageList(pqxx::transaction_base& tx, const std::string& scope,
                                                       const std::optional<qint64>& orgUnitId)
{
    std::vector<Coverage> rows;
    for (const auto& row : tx.exec_prepared("dispatch_coverage_list", scope, orgUnitId))
        rows.push_back(readCoverage(row));
    return rows;
}

std::vector<std::tuple<qint64, QString, QString>> DispatchRepository::technicians(pqxx::transaction_base& tx,
                                                                                 qint64 orgUnitId, const std::string& scope)
{
    std::vector<std::tuple<qint64, QString, QString>> rows;
    for (const auto& row : tx.exec_prepared("dispatch_technicians", orgUnitId, scope))
        rows.emplace_back(row[0].as<qint64>(), toQt(row[1]), toQt(row[2]));
    return rows;
}

bool DispatchRepository::regionExists(pqxx::transaction_base& tx, const QString& code)
{
    return !tx.exec_prepared("dispatch_region_exists", code.toStdString()).empty();
}

void DispatchRepository::setCoverage(pqxx::transaction_base& tx, const QString& regionCode, qint64 orgUnitId,
                                     qint64 userId)
{
    tx.exec_prepared0("dispatch_coverage_set", regionCode.toStdString(), orgUnitId, userId);
}

bool DispatchRepository::removeCoverage(pqxx::transaction_base& tx, const QString& regionCode)
{
    return tx.exec_prepared("dispatch_coverage_remove", regionCode.toStdString()).affected_rows() == 1;
}

void DispatchRepository::audit(pqxx::transaction_base& tx, qint64 userId, const QString& action,
                               const QString& detailJson)
{
    tx.exec_prepared0("dispatch_audit", userId, action.toStdString(), detailJson.toStdString());
}

} // namespace csm::server::tickets
