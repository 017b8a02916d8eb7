#pragma once
// All SQL of service contracts (服务合同) and the product facts they need, scoped by the org path
// of the product's customer.
#include "common/model/fees.h"
#include "server/rpc/module_registry.h"

#include <pqxx/pqxx>

#include <optional>
#include <vector>

namespace csm::server::fees {

// A customer product as contracts need it; nullopt from product() when missing or out of scope.
struct ContractProduct {
    qint64 id = 0;
    qint64 customerId = 0;
    QDate warrantyEnd;
};

class ContractRepository {
public:
    static void registerStatements(ModuleRegistry& registry);

    static std::optional<ContractProduct> product(pqxx::transaction_base& tx, qint64 productId, const std::string& scope);
    static std::vector<common::ServiceContract> list(pqxx::transaction_base& tx, qint64 productId);
    // Scoped by the product's customer; `forUpdate` locks the contract.
    static std::optional<common::ServiceContract> find(pqxx::transaction_base& tx, qint64 id, const std::string& scope,
                                                       bool forUpdate = false);
    // The active contract of that kind on the product overlapping [startsOn, endsOn], if any.
    static std::optional<common::ServiceContract> overlapping(pqxx::transaction_base& tx, qint64 productId,
                                                              const QString& kind, const QDate& startsOn,
                                                              const QDate& endsOn);
    static qint64 insert(pqxx::transaction_base& tx, const common::ServiceContract& contract, qint64 userId);
    // False when the version is stale or the contract is cancelled already.
    static bool cancel(pqxx::transaction_base& tx, qint64 id, int version, const QString& reason, qint64 userId);
};

} // namespace csm::server::fees
