#pragma once
// The rules of customer groups: names unique per owning unit, the segment rule vocabulary and
// its catalogue checks (categories, regions), org scope for groups and members, versions, audit.
#include "server/rpc/args.h"
#include "server/rpc/session.h"

#include <pqxx/pqxx>

#include <QCborMap>

namespace csm::server::groups {

class CustomerGroupService {
public:
    static QCborMap list(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap get(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap create(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap update(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap remove(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap members(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap addMembers(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap removeMembers(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap preview(pqxx::transaction_base& tx, const Session& session, const Args& args);
};

} // namespace csm::server::groups
