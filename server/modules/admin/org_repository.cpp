#include "server/modules/admin/org_repository.h"

#include "server/db/pqxx_support.h"

namespace csm::server::admin {

using db::toQt;

namespace {
#define CSM_ADMIN_ORG_COLUMNS "id, coalesce(parent_id, 0), kind, code, name, path::text, active, version"

OrgUnitRecord readUnit(const pqxx::row& row)
{
    OrgUnitRecord unit;
    unit.id = row[0].as<qint64>();
    unit.parentId = row[1].as<qint64>();
    unit.kind = toQt(row[2]);
    unit.code = toQt(row[3]);
    unit.name = toQt(row[4]);
    unit.path = row[5].as<std::string>();
    unit.active = row[6].as<bool>();
    unit.version = row[7].as<int>();
    return unit;
}
} // namespace

void OrgRepository::registerStatements(ModuleRegistry& registry)
{
    registry.addStatements({
        {"admin_org_list",
         "SELECT " CSM_ADMIN_ORG_COLUMNS " FROM org_unit WHERE path <@ $1::ltree ORDER BY path"},
        {"admin_org_get",
         "SELECT " CSM_ADMIN_ORG_COLUMNS " FROM org_unit WHERE id = $1 AND path <@ $2::ltree"},
        {"admin_org_get_for_share",
         "SELECT " CSM_ADMIN_ORG_COLUMNS " FROM org_unit WHERE id = $1 AND path <@ $2::ltree FOR SHARE"},
        {"admin_org_get_for_update",
         "SELECT " CSM_ADMIN_ORG_COLUMNS " FROM org_unit WHERE id = $1 AND path <@ $2::ltree FOR UPDATE"},
        {"admin_org_insert",
         "INSERT INTO org_unit (parent_id, kind, code, name) VALUES ($1, $2, $3, $4)"
         " RETURNING " CSM_ADMIN_ORG_COLUMNS},
        {"admin_org_update",
         "UPDATE org_unit SET name = $3, active = $4, version = version + 1"
         " WHERE id = $1 AND version = $2 AND path <@ $5::ltree RETURNING " CSM_ADMIN_ORG_COLUMNS},
        {"admin_org_active_users",
         "SELECT count(*) FROM app_user u JOIN org_unit o ON o.id = u.org_unit_id"
         " WHERE o.path <@ $1::ltree AND u.active"},
        {"admin_org_active_children", "SELECT count(*) FROM org_unit WHERE parent_id = $1 AND active"},
    });
}

std::vector<OrgUnitRecord> OrgRepository::list(pqxx::transaction_base& tx, const std::string& scope)
{
    const auto result = tx.exec_prepared("admin_org_list", scope);
    std::vector<OrgUnitRecord> units;
    units.reserve(result.size());
    for (const auto& row : result)
        units.push_back(readUnit(row));
    return units;
}

std::optional<OrgUnitRecord> OrgRepository::find(pqxx::transaction_base& tx, qint64 id, const std::string& scope,
                                                 RowLock lock)
{
    const char* statement = lock == RowLock::Update ? "admin_org_get_for_update"
        : lock == RowLock::Share                    ? "admin_org_get_for_share"
                                                    : "admin_org_get";
    const auto result = tx.exec_prepared(statement, id, scope);
    if (result.empty())
        return std::nullopt;
    return readUnit(result[0]);
}

std::optional<OrgUnitRecord> OrgRepository::insert(pqxx::transaction_base& tx, qint64 parentId, const QString& kind,
                                                   const QString& code, const QString& name)
{
    try {
        const auto row = tx.exec_prepared1("admin_org_insert", parentId, kind.toStdString(), code.toStdString(),
                                           name.toStdString());
        return readUnit(row);
    } catch (const pqxx::unique_violation&) {
        return std::nullopt;   // code is the only unique key
    }
}

std::optional<OrgUnitRecord> OrgRepository::update(pqxx::transaction_base& tx, qint64 id, int version,
                                                   const QString& name, bool active, const std::string& scope)
{
    const auto result = tx.exec_prepared("admin_org_update", id, version, name.toStdString(), active, scope);
    if (result.empty())
        return std::nullopt;
    return readUnit(result[0]);
}

qint64 OrgRepository::activeUsersBelow(pqxx::transaction_base& tx, const std::string& path)
{
    return tx.exec_prepared1("admin_org_active_users", path)[0].as<qint64>();
}

qint64 OrgRepository::activeChildren(pqxx::transaction_base& tx, qint64 id)
{
    return tx.exec_prepared1("admin_org_active_children", id)[0].as<qint64>();
}

} // namespace csm::server::admin
