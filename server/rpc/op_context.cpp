#include "server/rpc/op_context.h"

#include "server/rpc/api_error.h"

namespace csm::server {

const Session& OpContext::session() const
{
    if (!m_session)
        throw ApiError::unauthenticated(QStringLiteral("log in first"));
    return *m_session;
}

pqxx::transaction_base& OpContext::tx()
{
    if (!m_transaction)
        throw std::logic_error("this op owns its transactions: use connection()");
    return *m_transaction;
}

} // namespace csm::server
