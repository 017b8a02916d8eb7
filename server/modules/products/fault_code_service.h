#pragma once
// The rules of fault codes (故障代码): a product's codes are the active codes of its model's
// category and of the categories above it. Orders take only those (requireValid); a category
// without any code at all (nor above it) takes any text, so an install works before its
// catalogue is filled.
#include "server/rpc/args.h"
#include "server/rpc/session.h"

#include <pqxx/pqxx>

#include <QCborMap>

namespace csm::server::products {

class FaultCodeService {
public:
    // fault_code.list: by `category` or `model_code` (the codes that apply to it), else all.
    static QCborMap list(pqxx::transaction_base& tx, const Args& args);
    static QCborMap set(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap deactivate(pqxx::transaction_base& tx, const Session& session, const Args& args);

    // Throws a validation error on `fault_code` when the order's product (0: none) has a
    // category with codes and `code` is not an active one of them. Writes nothing.
    static void requireValid(pqxx::transaction_base& tx, qint64 customerProductId, const QString& code);
};

} // namespace csm::server::products
