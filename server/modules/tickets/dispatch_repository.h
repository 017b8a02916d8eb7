#pragma once
// The SQL of dispatch (派修): which service point covers a region, and the lookups a work order
// needs about its customer, product, units and technicians.
#include "server/rpc/module_registry.h"

#include <pqxx/pqxx>

#include <QString>

#include <optional>
#include <tuple>
#include <vector>

namespace csm::server::tickets {

struct Coverage {
    QString regionCode;        // the region that matched (the district, or a city or province above it)
    QString regionName;
    qint64 orgUnitId = 0;
    QString orgUnitName;
    QString orgUnitCode;
};

struct CustomerFacts {
    qint64 id = 0;
    QString regionCode;        // the most precise region of the address; empty when unknown
};

struct UnitFacts {
    qint64 id = 0;
    qint64 parentId = 0;       // 0 for the root
    QString name;
    QString kind;
    bool active = false;
    bool inScope = false;      // inside the subtree the caller asked about
    std::string path;          // ltree text
};

struct UserFacts {
    qint64 id = 0;
    qint64 orgUnitId = 0;
    QString orgUnitName;
    bool active = false;
    bool technician = false;
};

class DispatchRepository {
public:
    static void registerStatements(ModuleRegistry& registry);

    // The active unit covering the region, walking up district → city → province.
    static std::optional<Coverage> covering(pqxx::transaction_base& tx, const QString& regionCode);
    static std::optional<CustomerFacts> customer(pqxx::transaction_base& tx, qint64 id, const std::string& scope);
    static bool productOfCustomer(pqxx::transaction_base& tx, qint64 productId, qint64 customerId);
    static std::optional<UnitFacts> unit(pqxx::transaction_base& tx, qint64 id, const std::string& scope);
    static std::optional<UserFacts> user(pqxx::transaction_base& tx, qint64 id);

    // Coverage rows in the caller's subtree (by covering unit), ordered by region code.
    static std::vector<Coverage> coverageList(pqxx::transaction_base& tx, const std::string& scope,
                                              const std::optional<qint64>& orgUnitId);
    // The active technicians of one unit in the scope: (id, username, display name).
    static std::vector<std::tuple<qint64, QString, QString>> technicians(pqxx::transaction_base& tx, qint64 orgUnitId,
                                                                         const std::string& scope);
    static bool regionExists(pqxx::transaction_base& tx, const QString& code);
    static void setCoverage(pqxx::transaction_base& tx, const QString& regionCode, qint64 orgUnitId, qint64 userId);
    static bool removeCoverage(pqxx::transaction_base& tx, const QString& regionCode);
    static void audit(pqxx::transaction_base& tx, qint64 userId, const QString& action, const QString& detailJson);
};

} // namespace csm::server::tickets
