#include "server/modules/fees/contract_repository.h"

#include "server/db/pqxx_support.h"

namespace csm::server::fees {

using db::toQt;

namespace {
#define CSM_CONTRACT_COLUMNS                                                                                \
    "sc.id, sc.version, sc.customer_product_id, sc.kind, sc.contract_no, to_char(sc.starts_on, 'YYYY-MM-DD')," \
    " to_char(sc.ends_on, 'YYYY-MM-DD'), coalesce(sc.visits, 0), sc.visits_used, sc.price_fen, sc.note,"       \
    " sc.status, sc.cancel_reason, " CSM_SQL_ISO("sc.created_at") ", " CSM_SQL_ISO("sc.cancelled_at")

QDate dateOf(const pqxx::field& field)
{
    return field.is_null() ? QDate() : QDate::fromString(toQt(field), Qt::ISODate);
}

common::ServiceContract contractOf(const pqxx::row& row)
{
    common::ServiceContract c;
    c.id = row[0].as<qint64>();
    c.version = row[1].as<int>();
    c.customerProductId = row[2].as<qint64>();
    c.kind = toQt(row[3]);
    c.contractNo = toQt(row[4]);
    c.startsOn = dateOf(row[5]);
    c.endsOn = dateOf(row[6]);
    c.visits = row[7].as<int>();
    c.visitsUsed = row[8].as<int>();
    c.priceFen = row[9].as<qint64>();
    c.note = toQt(row[10]);
    c.status = toQt(row[11]);
    c.cancelReason = toQt(row[12]);
    c.createdAt = db::fromIso(row[13]);
    c.cancelledAt = db::fromIso(row[14]);
    return c;
}
} // namespace

void ContractRepository::registerStatements(ModuleRegistry& registry)
{
    registry.addStatements({
        {"contract_product",
         "SELECT p.id, p.customer_id, to_char(p.warranty_end, 'YYYY-MM-DD') FROM customer_product p"
         " JOIN customer c ON c.id = p.customer_id WHERE p.id = $1 AND c.org_path <@ $2::ltree"},
        {"contract_list",
         "SELECT " CSM_CONTRACT_COLUMNS " FROM service_contract sc WHERE sc.customer_product_id = $1"
         " ORDER BY sc.status, sc.ends_on DESC, sc.id DESC"},
        {"contract_get",
         "SELECT " CSM_CONTRACT_COLUMNS " FROM service_contract sc JOIN customer_product p ON p.id = sc.customer_product_id"
         " JOIN customer c ON c.id = p.customer_id WHERE sc.id = $1 AND c.org_path <@ $2::ltree"},
        {"contract_get_for_update",
         "SELECT " CSM_CONTRACT_COLUMNS " FROM service_contract sc JOIN customer_product p ON p.id = sc.customer_product_id"
         " JOIN customer c ON c.id = p.customer_id WHERE sc.id = $1 AND c.org_path <@ $2::ltree FOR UPDATE OF sc"},
        {"contract_overlapping",
         "SELECT " CSM_CONTRACT_COLUMNS " FROM service_contract sc WHERE sc.customer_product_id = $1 AND sc.kind = $2"
         " AND sc.status = 'active' AND sc.starts_on <= $4::date AND sc.ends_on >= $3::date ORDER BY sc.id LIMIT 1"},
        {"contract_insert",
         "INSERT INTO service_contract (customer_product_id, kind, contract_no, starts_on, ends_on, visits, price_fen,"
         " note, created_by) VALUES ($1, $2, $3, $4::date, $5::date, nullif($6, 0), $7, $8, $9) RETURNING id"},
        {"contract_cancel",
         "UPDATE service_contract SET status = 'cancelled', cancel_reason = $3, cancelled_by = $4,"
         " cancelled_at = now(), version = version + 1 WHERE id = $1 AND version = $2 AND status = 'active'"},
    });
}

std::optional<ContractProduct> ContractRepository::product(pqxx::transaction_base& tx, qint64 productId,
                                                           const std::string& scope)
{
    const auto result = tx.exec_prepared("contract_product", productId, scope);
    if (result.empty())
        return std::nullopt;
    return ContractProduct{result[0][0].as<qint64>(), result[0][1].as<qint64>(), dateOf(result[0][2])};
}

std::vector<common::ServiceContract> ContractRepository::list(pqxx::transaction_base& tx, qint64 productId)
{
    std::vector<common::ServiceContract> items;
    for (const auto& row : tx.exec_prepared("contract_list", productId))
        items.push_back(contractOf(row));
    return items;
}

std::optional<common::ServiceContract> ContractRepository::find(pqxx::transaction_base& tx, qint64 id,
                                                                const std::string& scope, bool forUpdate)
{
    const auto result = tx.exec_prepared(forUpdate ? "contract_get_for_update" : "contract_get", id, scope);
    if (result.empty())
        return std::nullopt;
    return contractOf(result[0]);
}

std::optional<common::ServiceContract> ContractRepository::overlapping(pqxx::transaction_base& tx, qint64 productId,
                                                                       const QString& kind, const QDate& startsOn,
                                                                       const QDate& endsOn)
{
    const auto result = tx.exec_prepared("contract_overlapping", productId, kind.toStdString(),
                                         startsOn.toString(Qt::ISODate).toStdString(),
                                         endsOn.toString(Qt::ISODate).toStdString());
    if (result.empty())
        return std::nullopt;
    return contractOf(result[0]);
}

qint64 ContractRepository::insert(pqxx::transaction_base& tx, const common::ServiceContract& c, qint64 userId)
{
    return tx.exec_prepared1("contract_insert", c.customerProductId, c.kind.toStdString(), c.contractNo.toStdString(),
                             c.startsOn.toString(Qt::ISODate).toStdString(), c.endsOn.toString(Qt::ISODate).toStdString(),
                             c.visits, c.priceFen, c.note.toStdString(), userId)[0]
        .as<qint64>();
}

bool ContractRepository::cancel(pqxx::transaction_base& tx, qint64 id, int version, const QString& reason, qint64 userId)
{
    return tx.exec_prepared("contract_cancel", id, version, reason.toStdString(), userId).affected_rows() == 1;
}

} // namespace csm::server::fees
