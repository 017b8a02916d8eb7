#pragma once
// All SQL of the admin module about the region tree (GB/T 2260 divisions). Regions are
// reference data shared by every org unit: they carry no org scope.
#include "server/rpc/module_registry.h"

#include <pqxx/pqxx>

#include <QString>

#include <optional>
#include <vector>

namespace csm::server::admin {

struct RegionRecord {
    QString code;            // 6 digits
    QString parentCode;      // empty for a province
    int level = 1;           // 1 province, 2 city, 3 district
    QString name;
    bool active = true;
};

class RegionRepository {
public:
    static void registerStatements(ModuleRegistry& registry);

    // Children of `parentCode` ordered by code; the provinces when it is empty.
    static std::vector<RegionRecord> children(pqxx::transaction_base& tx, const QString& parentCode);
    static std::optional<RegionRecord> find(pqxx::transaction_base& tx, const QString& code, bool forUpdate = false);
    // nullopt when the code is already taken (the transaction is then aborted).
    static std::optional<RegionRecord> insert(pqxx::transaction_base& tx, const RegionRecord& region);
    static RegionRecord update(pqxx::transaction_base& tx, const QString& code, const QString& name, bool active);
};

} // namespace csm::server::admin
