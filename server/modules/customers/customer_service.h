#pragma once
// The rules of customers: validation, normalisation, versioning, scope, masking, audit.
#include "common/model/customer.h"
#include "server/modules/customers/customer_repository.h"
#include "server/rpc/args.h"
#include "server/rpc/session.h"

#include <pqxx/pqxx>

namespace csm::server::customers {

struct SearchPage {
    std::vector<common::Customer> items;
    QString cursor;   // empty at the end
};

struct SearchRequest {
    SearchCriteria criteria;
    int limit = 50;
    qint64 afterId = 0;
};

class CustomerService {
public:
    static common::Customer create(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static common::Customer update(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static common::Customer get(pqxx::transaction_base& tx, const Session& session, qint64 id);
    static SearchPage search(pqxx::transaction_base& tx, const Session& session, const Args& args);
    // search() in two halves, for the read-query form of the op: the checked arguments, and
    // the page made of the rows (fetched with one row more than the limit).
    static SearchRequest parseSearch(const Args& args);
    static SearchPage page(std::vector<CustomerRecord> records, int limit);
    // A customer as the caller may see it (ID number masked).
    static common::Customer visible(CustomerRecord record);
    // The full ID number, written to the audit log.
    static QString revealIdNumber(pqxx::transaction_base& tx, const Session& session, qint64 id);
};

} // namespace csm::server::customers
