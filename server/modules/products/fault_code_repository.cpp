#include "server/modules/products/fault_code_repository.h"

#include "server/db/pqxx_support.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace csm::server::products {

using db::toQt;

namespace {
// The category and the categories above it, nearest first ($1 category or, when null, the
// category of model $2).
#define CSM_FAULT_CHAIN                                                                                     \
    "WITH RECURSIVE chain AS ("                                                                            \
    " SELECT c.code, c.name, c.parent_code, 0 AS depth FROM product_category c"                            \
    "  WHERE c.code = coalesce($1::text, (SELECT m.category_code FROM product_model m WHERE m.code = $2))"  \
    " UNION ALL SELECT p.code, p.name, p.parent_code, chain.depth + 1 FROM product_category p"             \
    "  JOIN chain ON p.code = chain.parent_code WHERE chain.depth < 16)"

common::FaultCode readCode(const pqxx::row& row, int at)
{
    common::FaultCode f;
    f.categoryCode = toQt(row[at]);
    f.categoryName = toQt(row[at + 1]);
    f.code = toQt(row[at + 2]);
    f.name = toQt(row[at + 3]);
    f.active = row[at + 4].as<bool>();
    return f;
}
} // namespace

void FaultCodeRepository::registerStatements(ModuleRegistry& registry)
{
    registry.addStatements({
        // One row per code of the chain; a category without codes still gives its own row
        // (code null), so the first row always names the category asked for.
        {"fault_code_chain",
         CSM_FAULT_CHAIN
         " SELECT chain.depth, chain.code, chain.name, f.code, f.name, f.active FROM chain"
         " LEFT JOIN fault_code f ON f.category_code = chain.code ORDER BY chain.depth, f.code"},
        {"fault_code_product_category",
         "SELECT m.category_code FROM customer_product cp JOIN product_model m ON m.id = cp.model_id WHERE cp.id = $1"},
        {"fault_code_all",
         "SELECT f.category_code, c.name, f.code, f.name, f.active FROM fault_code f"
         " JOIN product_category c ON c.code = f.category_code WHERE f.active OR $1 ORDER BY f.category_code, f.code"},
        {"fault_code_category_name", "SELECT name FROM product_category WHERE code = $1"},
        {"fault_code_upsert",
         "WITH up AS (INSERT INTO fault_code (category_code, code, name, active, updated_by) VALUES ($1, $2, $3, $4, $5)"
         " ON CONFLICT (category_code, code) DO UPDATE SET name = $3, active = $4, updated_by = $5, updated_at = now(),"
         " version = fault_code.version + 1 RETURNING category_code, code, name, active)"
         " SELECT up.category_code, c.name, up.code, up.name, up.active FROM up"
         " JOIN product_category c ON c.code = up.category_code"},
        {"fault_code_deactivate",
         "WITH up AS (UPDATE fault_code SET active = false, updated_by = $3, updated_at = now(), version = version + 1"
         " WHERE category_code = $1 AND code = $2 RETURNING category_code, code, name, active)"
         " SELECT up.category_code, c.name, up.code, up.name, up.active FROM up"
         " JOIN product_category c ON c.code = up.category_code"},
        {"fault_code_audit",
         "INSERT INTO audit_log (user_id, action, entity, detail) VALUES ($1, $2, 'fault_code', $3::jsonb)"},
    });
}

FaultCodeChain FaultCodeRepository::chain(pqxx::transaction_base& tx, const QString& categoryCode,
                                          const QString& modelCode)
{
    FaultCodeChain chain;
    for (const auto& row : tx.exec_prepared("fault_code_chain", db::optionalText(categoryCode), modelCode.toStdString())) {
        if (row[0].as<int>() == 0 && chain.categoryCode.isEmpty()) {
            chain.categoryCode = toQt(row[1]);
            chain.categoryName = toQt(row[2]);
        }
        if (row[3].is_null())
            continue;
        common::FaultCode f;
        f.categoryCode = toQt(row[1]);
        f.categoryName = toQt(row[2]);
        f.code = toQt(row[3]);
        f.name = toQt(row[4]);
        f.active = row[5].as<bool>();
        chain.codes.push_back(std::move(f));
    }
    return chain;
}

QString FaultCodeRepository::categoryOfProduct(pqxx::transaction_base& tx, qint64 customerProductId)
{
    const auto result = tx.exec_prepared("fault_code_product_category", customerProductId);
    return result.empty() ? QString() : toQt(result[0][0]);
}

std::vector<common::FaultCode> FaultCodeRepository::all(pqxx::transaction_base& tx, bool includeInactive)
{
    std::vector<common::FaultCode> codes;
    for (const auto& row : tx.exec_prepared("fault_code_all", includeInactive))
        codes.push_back(readCode(row, 0));
    return codes;
}

std::optional<QString> FaultCodeRepository::categoryName(pqxx::transaction_base& tx, const QString& categoryCode)
{
    const auto result = tx.exec_prepared("fault_code_category_name", categoryCode.toStdString());
    if (result.empty())
        return std::nullopt;
    return toQt(result[0][0]);
}

common::FaultCode FaultCodeRepository::upsert(pqxx::transaction_base& tx, const common::FaultCode& code, qint64 userId)
{
    return readCode(tx.exec_prepared1("fault_code_upsert", code.categoryCode.toStdString(), code.code.toStdString(),
                                      code.name.toStdString(), code.active, userId),
                    0);
}

std::optional<common::FaultCode> FaultCodeRepository::deactivate(pqxx::transaction_base& tx, const QString& categoryCode,
                                                                 const QString& code, qint64 userId)
{
    const auto result = tx.exec_prepared("fault_code_deactivate", categoryCode.toStdString(), code.toStdString(), userId);
    if (result.empty())
        return std::nullopt;
    return readCode(result[0], 0);
}

void FaultCodeRepository::audit(pqxx::transaction_base& tx, qint64 userId, const QString& action, const QCborMap& detail)
{
    tx.exec_prepared0("fault_code_audit", userId, action.toStdString(),
                      QJsonDocument(detail.toJsonObject()).toJson(QJsonDocument::Compact).toStdString());
}

} // namespace csm::server::products
