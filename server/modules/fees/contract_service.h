#pragma once
// Service contracts (服务合同) on a customer product: an extended warranty until a day, or a
// maintenance plan until a day with a number of visits. Scoped by the product's customer; never
// deleted, only cancelled with a reason.
#include "server/rpc/args.h"
#include "server/rpc/session.h"

#include <pqxx/pqxx>

#include <QCborMap>

namespace csm::server::fees {

class ContractService {
public:
    // contract.list, contract.create, contract.cancel
    static QCborMap list(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap create(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap cancel(pqxx::transaction_base& tx, const Session& session, const Args& args);
};

} // namespace csm::server::fees
