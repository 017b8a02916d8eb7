#pragma once
// All SQL of customer products and the product catalogue pickers.
#include "common/model/customer_product.h"
#include "server/rpc/module_registry.h"

#include <pqxx/pqxx>

#include <optional>
#include <vector>

namespace csm::server::products {

struct ProductWrite {
    qint64 modelId = 0;
    QString serialNumber;        // normalised; empty = unknown
    std::optional<QDate> purchaseDate;
    QString dealer;
    std::optional<QDate> installDate;
    std::optional<QDate> warrantyEnd;
    QString note;
};

struct ModelTerms {
    qint64 id = 0;
    int warrantyMonths = 0;
    bool active = true;
};

// A node of the category tree (product.category.list).
struct ProductCategory {
    QString code;
    QString name;
    QString parentCode;   // empty at the top
};

// customer.product.list: whether the customer is visible at all, and its products.
struct ProductList {
    bool customerVisible = false;
    std::vector<common::CustomerProduct> items;
};

class CustomerProductRepository {
public:
    static void registerStatements(ModuleRegistry& registry);

    static ProductList list(pqxx::transaction_base& tx, qint64 customerId, const std::string& scope);
    // Scoped to the org subtree of the product's customer; nullopt when missing or outside it.
    static std::optional<common::CustomerProduct> find(pqxx::transaction_base& tx, qint64 id, const std::string& scope,
                                                       bool forUpdate = false);
    static qint64 insert(pqxx::transaction_base& tx, qint64 customerId, const ProductWrite& data, qint64 createdBy);
    // False when the version did not match.
    static bool update(pqxx::transaction_base& tx, qint64 id, int version, const ProductWrite& data);
    static bool remove(pqxx::transaction_base& tx, qint64 id, int version);
    // Another product of this model with this serial number (excluding `exceptId`).
    static bool serialTaken(pqxx::transaction_base& tx, qint64 modelId, const QString& serial, qint64 exceptId);
    static std::optional<ModelTerms> model(pqxx::transaction_base& tx, qint64 modelId);
    static std::vector<common::ProductModel> models(pqxx::transaction_base& tx, bool includeInactive);
    static std::vector<ProductCategory> categories(pqxx::transaction_base& tx);
};

} // namespace csm::server::products
