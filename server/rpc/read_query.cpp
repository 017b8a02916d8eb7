#include "server/rpc/read_query.h"

namespace csm::server {

pqxx::result runPlan(pqxx::transaction_base& tx, const QueryPlan& plan)
{
    const auto params = pqxx::prepare::make_dynamic_params(plan.params);
    if (!plan.statement.empty())
        return tx.exec_prepared(plan.statement, params);
    return tx.exec_params(plan.sql, params);
}

} // namespace csm::server
