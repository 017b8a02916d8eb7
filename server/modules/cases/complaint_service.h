#pragma once
// The rules of complaints, suggestions and praise (投诉 / 建议 / 赞誉): their details — category,
// responsible unit, deadline — set by the order's owner while the order is new (also with
// ticket.create) and by supervisors at any time before it closes; the resolution and the
// customer's satisfaction with it (1–5), recorded by supervisors. Every change is on the timeline.
#include "common/model/ticket_case.h"
#include "server/modules/tickets/ticket_repository.h"
#include "server/rpc/args.h"
#include "server/rpc/push.h"
#include "server/rpc/session.h"

#include <pqxx/pqxx>

#include <QCborMap>
#include <QDateTime>

#include <optional>

namespace csm::server::cases {

class ComplaintService {
public:
    static QCborMap set(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap resolve(pqxx::transaction_base& tx, const Session& session, const Args& args);
    // case.unit.list: the units a case may name (responsible unit, supervised unit).
    static QCborMap units(pqxx::transaction_base& tx, const Session& session);

    // ticket.create: the `complaint` map of its args, if any, for the new order `ticketId`
    // (validation errors name `complaint.<field>`). Runs in the creating transaction.
    static void onCreate(pqxx::transaction_base& tx, const Session& session, qint64 ticketId,
                         const QString& serviceType, const Args& createArgs);

    // The periodic deadline watcher: marks complaints past their deadline (once) and pushes
    // complaint.overdue to the sessions of the responsible unit (else the assigned unit) and to the
    // order's owner. `now` is for tests (default: the current time).
    static Pushes detectOverdue(pqxx::connection& connection, const std::optional<QDateTime>& now = std::nullopt);

    // Whether the caller may use complaint.set on the order now (else the reason).
    static QString setRefusal(const tickets::TicketRecord& record, const Session& session);
};

} // namespace csm::server::cases
