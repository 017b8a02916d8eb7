#include "server/modules/products/customer_product_repository.h"

#include "server/db/pqxx_support.h"

namespace csm::server::products {

using db::toQt;

namespace {
#define CSM_PRODUCT_COLUMNS                                                                               \
    "p.id, p.version, p.customer_id, p.model_id, m.code, m.name, m.category_code, m.brand, m.warranty_months," \
    " coalesce(p.serial_number, ''), coalesce(to_char(p.purchase_date, 'YYYY-MM-DD'), ''), p.dealer,"        \
    " coalesce(to_char(p.install_date, 'YYYY-MM-DD'), ''), coalesce(to_char(p.warranty_end, 'YYYY-MM-DD'), ''),"  \
    " p.note, " CSM_SQL_ISO("p.created_at") ", " CSM_SQL_ISO("p.updated_at")

common::CustomerProduct readProduct(const pqxx::row& row, int at = 0)
{
    common::CustomerProduct p;
    p.id = row[at + 0].as<qint64>();
    p.version = row[at + 1].as<int>();
    p.customerId = row[at + 2].as<qint64>();
    p.modelId = row[at + 3].as<qint64>();
    p.modelCode = toQt(row[at + 4]);
    p.modelName = toQt(row[at + 5]);
    p.categoryCode = toQt(row[at + 6]);
    p.brand = toQt(row[at + 7]);
    p.warrantyMonths = row[at + 8].as<int>();
    p.serialNumber = toQt(row[at + 9]);
    p.purchaseDate = QDate::fromString(toQt(row[at + 10]), Qt::ISODate);
    p.dealer = toQt(row[at + 11]);
    p.installDate = QDate::fromString(toQt(row[at + 12]), Qt::ISODate);
    p.warrantyEnd = QDate::fromString(toQt(row[at + 13]), Qt::ISODate);
    p.note = toQt(row[at + 14]);
    p.createdAt = db::fromIso(row[at + 15]);
    p.updatedAt = db::fromIso(row[at + 16]);
    return p;
}

std::optional<std::string> dateParam(const std::optional<QDate>& date)
{
    if (!date || !date->isValid())
        return std::nullopt;
    return date->toString(Qt::ISODate).toStdString();
}
} // namespace

void CustomerProductRepository::registerStatements(ModuleRegistry& registry)
{
    registry.addStatements({
        // One statement: the first column says whether the customer is in scope, the lateral
        // join brings its products (none: one row of NULLs).
        {"prod_list",
         "SELECT v.visible, x.* FROM (SELECT EXISTS (SELECT 1 FROM customer WHERE id = $1 AND org_path <@ $2::ltree)"
         " AS visible) AS v LEFT JOIN LATERAL (SELECT " CSM_PRODUCT_COLUMNS
         " FROM customer_product p JOIN product_model m ON m.id = p.model_id"
         " WHERE p.customer_id = $1 AND v.visible ORDER BY p.id LIMIT 500) AS x ON true"},
        {"prod_get",
         "SELECT " CSM_PRODUCT_COLUMNS " FROM customer_product p JOIN product_model m ON m.id = p.model_id"
         " JOIN customer c ON c.id = p.customer_id WHERE p.id = $1 AND c.org_path <@ $2::ltree"},
        {"prod_get_for_update",
         "SELECT " CSM_PRODUCT_COLUMNS " FROM customer_product p JOIN product_model m ON m.id = p.model_id"
         " JOIN customer c ON c.id = p.customer_id WHERE p.id = $1 AND c.org_path <@ $2::ltree FOR UPDATE OF p"},
        {"prod_insert",
         "INSERT INTO customer_product (customer_id, model_id, serial_number, purchase_date, dealer, install_date,"
         " warranty_end, note, created_by) VALUES ($1, $2, $3, $4::date, $5, $6::date, $7::date, $8, $9) RETURNING id"},
        {"prod_update",
         "UPDATE customer_product SET model_id = $3, serial_number = $4, purchase_date = $5::date, dealer = $6,"
         " install_date = $7::date, warranty_end = $8::date, note = $9, version = version + 1, updated_at = now()"
         " WHERE id = $1 AND version = $2"},
        {"prod_delete", "DELETE FROM customer_product WHERE id = $1 AND version = $2"},
        {"prod_serial_taken",
         "SELECT 1 FROM customer_product WHERE model_id = $1 AND upper(serial_number) = upper($2)"
         " AND serial_number IS NOT NULL AND id <> $3"},
        {"prod_model_terms", "SELECT id, warranty_months, active FROM product_model WHERE id = $1"},
        {"prod_model_list",
         "SELECT m.id, m.code, m.name, m.category_code, c.name, m.brand, m.warranty_months, m.active"
         " FROM product_model m JOIN product_category c ON c.code = m.category_code"
         " WHERE m.active OR $1 ORDER BY m.category_code, m.code"},
        {"prod_category_list", "SELECT code, name, coalesce(parent_code, '') FROM product_category ORDER BY code"},
    });
}

ProductList CustomerProductRepository::list(pqxx::transaction_base& tx, qint64 customerId, const std::string& scope)
{
    ProductList list;
    for (const auto& row : tx.exec_prepared("prod_list", customerId, scope)) {
        list.customerVisible = row[0].as<bool>();
        if (!row[1].is_null())
            list.items.push_back(readProduct(row, 1));
    }
    return list;
}

std::optional<common::CustomerProduct> CustomerProductRepository::find(pqxx::transaction_base& tx, qint64 id,
                                                                       const std::string& scope, bool forUpdate)
{
    const auto result = tx.exec_prepared(forUpdate ? "prod_get_for_update" : "prod_get", id, scope);
    if (result.empty())
        return std::nullopt;
    return readProduct(result[0]);
}

qint64 CustomerProductRepository::insert(pqxx::transaction_base& tx, qint64 customerId, const ProductWrite& d,
                                         qint64 createdBy)
{
    const auto row = tx.exec_prepared1("prod_insert", customerId, d.modelId, db::optionalText(d.serialNumber),
                                       dateParam(d.purchaseDate), d.dealer.toStdString(), dateParam(d.installDate),
                                       dateParam(d.warrantyEnd), d.note.toStdString(), createdBy);
    return row[0].as<qint64>();
}

bool CustomerProductRepository::update(pqxx::transaction_base& tx, qint64 id, int version, const ProductWrite& d)
{
    return tx.exec_prepared("prod_update", id, version, d.modelId, db::optionalText(d.serialNumber),
                            dateParam(d.purchaseDate), d.dealer.toStdString(), dateParam(d.installDate),
                            dateParam(d.warrantyEnd), d.note.toStdString())
               .affected_rows() == 1;
}

bool CustomerProductRepository::remove(pqxx::transaction_base& tx, qint64 id, int version)
{
    return tx.exec_prepared("prod_delete", id, version).affected_rows() == 1;
}

bool CustomerProductRepository::serialTaken(pqxx::transaction_base& tx, qint64 modelId, const QString& serial,
                                            qint64 exceptId)
{
    return !tx.exec_prepared("prod_serial_taken", modelId, serial.toStdString(), exceptId).empty();
}

std::optional<ModelTerms> CustomerProductRepository::model(pqxx::transaction_base& tx, qint64 modelId)
{
    const auto result = tx.exec_prepared("prod_model_terms", modelId);
    if (result.empty())
        return std::nullopt;
    return ModelTerms{result[0][0].as<qint64>(), result[0][1].as<int>(), result[0][2].as<bool>()};
}

std::vector<common::ProductModel> CustomerProductRepository::models(pqxx::transaction_base& tx, bool includeInactive)
{
    std::vector<common::ProductModel> models;
    for (const auto& row : tx.exec_prepared("prod_model_list", includeInactive)) {
        common::ProductModel m;
        m.id = row[0].as<qint64>();
        m.code = toQt(row[1]);
        m.name = toQt(row[2]);
        m.categoryCode = toQt(row[3]);
        m.categoryName = toQt(row[4]);
        m.brand = toQt(row[5]);
        m.warrantyMonths = row[6].as<int>();
        m.active = row[7].as<bool>();
        models.push_back(std::move(m));
    }
    return models;
}

std::vector<ProductCategory> CustomerProductRepository::categories(pqxx::transaction_base& tx)
{
    std::vector<ProductCategory> categories;
    for (const auto& row : tx.exec_prepared("prod_category_list"))
        categories.push_back(ProductCategory{toQt(row[0]), toQt(row[1]), toQt(row[2])});
    return categories;
}

} // namespace csm::server::products
