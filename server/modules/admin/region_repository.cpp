#include "server/modules/admin/region_repository.h"

#include "server/db/pqxx_support.h"

namespace csm::server::admin {

using db::toQt;

namespace {
#define CSM_ADMIN_REGION_COLUMNS "code, coalesce(parent_code, ''), level, name, active"

RegionRecord readRegion(const pqxx::row& row)
{
    RegionRecord region;
    region.code = toQt(row[0]);
    region.parentCode = toQt(row[1]);
    region.level = row[2].as<int>();
    region.name = toQt(row[3]);
    region.active = row[4].as<bool>();
    return region;
}

std::vector<RegionRecord> readRegions(const pqxx::result& result)
{
    std::vector<RegionRecord> regions;
    regions.reserve(result.size());
    for (const auto& row : result)
        regions.push_back(readRegion(row));
    return regions;
}
} // namespace

void RegionRepository::registerStatements(ModuleRegistry& registry)
{
    registry.addStatements({
        {"admin_region_provinces",
         "SELECT " CSM_ADMIN_REGION_COLUMNS " FROM region WHERE parent_code IS NULL ORDER BY code"},
        {"admin_region_children",
         "SELECT " CSM_ADMIN_REGION_COLUMNS " FROM region WHERE parent_code = $1 ORDER BY code"},
        {"admin_region_get", "SELECT " CSM_ADMIN_REGION_COLUMNS " FROM region WHERE code = $1"},
        {"admin_region_get_for_update",
         "SELECT " CSM_ADMIN_REGION_COLUMNS " FROM region WHERE code = $1 FOR UPDATE"},
        {"admin_region_insert",
         "INSERT INTO region (code, parent_code, level, name) VALUES ($1, $2, $3, $4)"
         " RETURNING " CSM_ADMIN_REGION_COLUMNS},
        {"admin_region_update",
         "UPDATE region SET name = $2, active = $3 WHERE code = $1 RETURNING " CSM_ADMIN_REGION_COLUMNS},
    });
}

std::vector<RegionRecord> RegionRepository::children(pqxx::transaction_base& tx, const QString& parentCode)
{
    if (parentCode.isEmpty())
        return readRegions(tx.exec_prepared("admin_region_provinces"));
    return readRegions(tx.exec_prepared("admin_region_children", parentCode.toStdString()));
}

std::optional<RegionRecord> RegionRepository::find(pqxx::transaction_base& tx, const QString& code, bool forUpdate)
{
    const auto result = tx.exec_prepared(forUpdate ? "admin_region_get_for_update" : "admin_region_get",
                                         code.toStdString());
    if (result.empty())
        return std::nullopt;
    return readRegion(result[0]);
}

std::optional<RegionRecord> RegionRepository::insert(pqxx::transaction_base& tx, const RegionRecord& region)
{
    try {
        return readRegion(tx.exec_prepared1("admin_region_insert", region.code.toStdString(),
                                            db::optionalText(region.parentCode), region.level,
                                            region.name.toStdString()));
    } catch (const pqxx::unique_violation&) {
        return std::nullopt;   // the code is the key
    }
}

RegionRecord RegionRepository::update(pqxx::transaction_base& tx, const QString& code, const QString& name, bool active)
{
    return readRegion(tx.exec_prepared1("admin_region_update", code.toStdString(), name.toStdString(), active));
}

} // namespace csm::server::admin
