#include "server/seed/demo_products.h"

#include <string>

namespace csm::server::seed {
namespace {

// Serial numbers: the model code's letters and digits, the purchase month, the customer id and
// the product's number — unique per model, and shaped like a maker's serials
// (e.g. KFR35GWB240300012341). The warranty end follows warrantyEndFor() in common/model.
const char* kProductsSql =
    "WITH models AS (SELECT array_agg(id ORDER BY id) AS ids FROM product_model WHERE active),"
    " owners AS (SELECT id, random() AS r FROM customer),"
    " src AS ("
    "  SELECT o.id AS customer_id, g.n,"
    "         (m.ids)[1 + floor(random() * cardinality(m.ids))::int] AS model_id,"
    "         current_date - floor(random() * 1095)::int AS purchase,"
    "         floor(random() * 8)::int AS install_after,"
    "         (ARRAY['苏宁易购', '国美电器', '京东自营', '天猫旗舰店', '五星电器', '华康专卖店'])"
    "           [1 + floor(random() * 6)::int] AS dealer"
    "  FROM owners o CROSS JOIN models m"
    "  CROSS JOIN LATERAL generate_series(1, CASE WHEN o.r < 0.2 THEN 0 WHEN o.r < 0.4 THEN 2 ELSE 1 END) AS g(n)"
    "  WHERE cardinality(m.ids) > 0)"
    " INSERT INTO customer_product (customer_id, model_id, serial_number, purchase_date, dealer, install_date,"
    "   warranty_end)"
    " SELECT s.customer_id, s.model_id,"
    "   upper(left(regexp_replace(pm.code, '[^A-Za-z0-9]', '', 'g'), 10)) || to_char(s.purchase, 'YYMM')"
    "     || lpad(s.customer_id::text, 7, '0') || s.n,"
    "   s.purchase, s.dealer, least(s.purchase + s.install_after, current_date),"
    "   (s.purchase + make_interval(months => pm.warranty_months) - interval '1 day')::date"
    " FROM src s JOIN product_model pm ON pm.id = s.model_id";

// Per top-level category: labour fee of a repair, an installation and a maintenance visit
// (清洗保养), in fen. Travel (上门费) is ¥30 for repairs and ¥20 for maintenance visits;
// installation includes the visit; delivery and returns charge the trip only.
struct DemoFees {
    const char* category;
    int repair;
    int installation;
    int maintenance;
};
constexpr DemoFees kDemoFees[] = {
    {"AC", 8000, 15000, 12000}, {"REF", 8000, 0, 6000},   {"WM", 6000, 3000, 8000}, {"WH", 6000, 10000, 8000},
    {"RH", 5000, 12000, 10000}, {"GS", 4000, 5000, 4000}, {"TV", 10000, 8000, 5000}, {"MW", 3000, 0, 3000},
};

} // namespace

int insertFeeSchedules(pqxx::transaction_base& tx)
{
    int rows = 0;
    for (const DemoFees& fees : kDemoFees) {
        const struct {
            const char* type;
            int labour;
            int travel;
        } lines[] = {{"repair", fees.repair, 3000},          {"installation", fees.installation, 0},
                     {"maintenance", fees.maintenance, 2000}, {"delivery", 0, 3000},
                     {"replacement", 5000, 3000},             {"return", 0, 3000}};
        for (const auto& line : lines) {
            rows += int(tx.exec_params("INSERT INTO fee_schedule (service_type, category_code, valid_from, labour_fen,"
                                       " travel_fen) SELECT $1, code, current_date - 365, $3, $4 FROM product_category"
                                       " WHERE code = $2 ON CONFLICT DO NOTHING",
                                       std::string(line.type), std::string(fees.category), line.labour, line.travel)
                            .affected_rows());
        }
    }
    return rows;
}

long long insertCustomerProducts(pqxx::transaction_base& tx)
{
    return tx.exec(kProductsSql).affected_rows();
}

} // namespace csm::server::seed
