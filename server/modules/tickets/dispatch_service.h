#pragma once
// Dispatch (派修) rules: the service point a customer's region suggests, and the admin table
// of which unit covers which region.
#include "server/rpc/args.h"
#include "server/rpc/session.h"

#include <pqxx/pqxx>

#include <QCborMap>

namespace csm::server::tickets {

class DispatchService {
public:
    static QCborMap suggest(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap coverageList(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap technicianList(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap coverageSet(pqxx::transaction_base& tx, const Session& session, const Args& args);
};

} // namespace csm::server::tickets
