#pragma once
// All SQL of fault codes (故障代码): the codes that apply to a category (its own and those of the
// categories above it), the whole catalogue, upsert and deactivation.
#include "common/model/ticket_case.h"
#include "server/rpc/module_registry.h"

#include <pqxx/pqxx>

#include <optional>
#include <vector>

namespace csm::server::products {

// The codes that apply to one category, nearest category first.
struct FaultCodeChain {
    QString categoryCode;              // empty: no such category
    QString categoryName;
    std::vector<common::FaultCode> codes;   // active and inactive
};

class FaultCodeRepository {
public:
    static void registerStatements(ModuleRegistry& registry);

    // By category code, or (categoryCode empty) by the category of a product model's code.
    static FaultCodeChain chain(pqxx::transaction_base& tx, const QString& categoryCode, const QString& modelCode);
    // The category of a customer product's model; empty when there is no such product.
    static QString categoryOfProduct(pqxx::transaction_base& tx, qint64 customerProductId);
    static std::vector<common::FaultCode> all(pqxx::transaction_base& tx, bool includeInactive);
    static std::optional<QString> categoryName(pqxx::transaction_base& tx, const QString& categoryCode);
    static common::FaultCode upsert(pqxx::transaction_base& tx, const common::FaultCode& code, qint64 userId);
    // nullopt: no such code.
    static std::optional<common::FaultCode> deactivate(pqxx::transaction_base& tx, const QString& categoryCode,
                                                       const QString& code, qint64 userId);
    static void audit(pqxx::transaction_base& tx, qint64 userId, const QString& action, const QCborMap& detail);
};

} // namespace csm::server::products
