#pragma once
// The rules of customer products: validation, the warranty end, the serial number unique per
// model, versioning, the customer's org scope, audit.
#include "common/model/customer_product.h"
#include "server/rpc/args.h"
#include "server/rpc/session.h"

#include <pqxx/pqxx>

#include <QCborMap>

namespace csm::server::products {

class CustomerProductService {
public:
    static QCborMap list(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static common::CustomerProduct add(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static common::CustomerProduct update(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap remove(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap listModels(pqxx::transaction_base& tx, const Args& args);
    static QCborMap listCategories(pqxx::transaction_base& tx);
};

} // namespace csm::server::products
