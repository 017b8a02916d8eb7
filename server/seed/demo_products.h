#pragma once
// The demo customers' products: what they bought from the catalogue, with serial numbers,
// purchase and install dates over the last three years, dealers and the warranty end.
#include <pqxx/pqxx>

namespace csm::server::seed {

// About 80 % of the existing customers get one product, a quarter of those a second one.
// Needs the catalogue (insertCatalogue). Runs in `tx`; returns the number of products.
long long insertCustomerProducts(pqxx::transaction_base& tx);

// Fee schedules (labour and travel fee, in fen) for every chargeable service type on every
// top-level category of the demo catalogue (subcategories use their parent's), valid since a
// year ago, so that out-of-warranty orders of the demo complete with fees. Returns the rows.
int insertFeeSchedules(pqxx::transaction_base& tx);

} // namespace csm::server::seed
