#pragma once
// The rules of supervision (督办): a supervisor or manager who sees an order demands an answer
// from a unit of their subtree (the order's assigned unit by default) by a deadline in the
// future; a user of that unit (or of a unit above it) answers while it runs; a supervisor or
// manager closes it. The server marks it overdue once when the deadline passes unanswered.
// Each step is on the order's timeline and pushed to whom it concerns.
#include "common/model/ticket_case.h"
#include "server/rpc/args.h"
#include "server/rpc/push.h"
#include "server/rpc/session.h"

#include <pqxx/pqxx>

#include <QCborMap>

#include <optional>

namespace csm::server::cases {

struct SupervisionRecord;

class SupervisionService {
public:
    // `pushes` receives supervision.opened for each active user of the target unit.
    static QCborMap open(pqxx::transaction_base& tx, const Session& session, const Args& args, Pushes& pushes);
    // `pushes` receives supervision.answered for the opener.
    static QCborMap answer(pqxx::transaction_base& tx, const Session& session, const Args& args, Pushes& pushes);
    static QCborMap close(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap list(pqxx::transaction_base& tx, const Session& session, const Args& args);

    // The periodic task: marks due supervisions overdue and pushes supervision.overdue to their
    // openers. `now` is for tests (default: the current time).
    static Pushes detectOverdue(pqxx::connection& connection, const std::optional<QDateTime>& now = std::nullopt);

    // The supervision as the caller sees it, with can_answer / can_close.
    static common::TicketSupervision forCaller(const SupervisionRecord& record, const Session& session);
};

} // namespace csm::server::cases
