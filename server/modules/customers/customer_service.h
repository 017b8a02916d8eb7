#pragma once
// The rules of customers: validation, normalisation, versioning, scope, masking, audit.
#include "common/model/customer.h"
#include "server/rpc/args.h"
#include "server/rpc/session.h"

#include <pqxx/pqxx>

namespace csm::server::customers {

struct SearchPage {
    std::vector<common::Customer> items;
    QString cursor;   // empty at the end
};

class CustomerService {
public:
    static common::Customer create(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static common::Customer update(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static common::Customer get(pqxx::transaction_base& tx, const Session& session, qint64 id);
    static SearchPage search(pqxx::transaction_base& tx, const Session& session, const Args& args);
    // The full ID number, written to the audit log.
    static QString revealIdNumber(pqxx::transaction_base& tx, const Session& session, qint64 id);
};

} // namespace csm::server::customers
