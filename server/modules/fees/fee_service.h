#pragma once
// Fees of work orders (服务收费自动核算, DOMAIN.md §8): the fee schedules, the parts used on an
// order, and the fees computed when the order reaches a resolved state — labour + travel from
// the schedule and the parts when the warranty verdict says the customer pays, nothing when it
// is free. A paid order without a matching fee schedule cannot be completed.
#include "server/rpc/args.h"
#include "server/rpc/session.h"

#include <pqxx/pqxx>

#include <QCborMap>

namespace csm::server::fees {

class FeeService {
public:
    // fee.schedule.list, fee.schedule.set
    static QCborMap scheduleList(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap scheduleSet(pqxx::transaction_base& tx, const Session& session, const Args& args);
    // ticket.parts.set, ticket.fees.get
    static QCborMap partsSet(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap feesGet(pqxx::transaction_base& tx, const Session& session, const Args& args);

    // Called once at the end of every transition (ticket_transition.cpp): entering a resolved
    // state computes and stores the fees, and puts them on the timeline. Throws a validation
    // error (the transition rolls back) when the order is paid and no fee schedule matches.
    static void onTransition(pqxx::transaction_base& tx, qint64 ticketId, qint64 userId, const QString& fromCategory,
                             const QString& toCategory);
};

} // namespace csm::server::fees
