#pragma once
// The SLA of work orders (DOMAIN.md §5): policies per service type × severity, the three clocks
// of an order (response, on-site, completion) started at creation, paused while the order waits
// (a waiting-category state or an sla_pause effect) and stopped by sla_stop effects or when the
// order is resolved or closed; the breach detector; repeat repairs (二次报修).
#include "common/model/workflow.h"
#include "server/rpc/args.h"
#include "server/rpc/push.h"
#include "server/rpc/session.h"

#include <pqxx/pqxx>

#include <QCborArray>
#include <QCborMap>
#include <QDateTime>

#include <optional>

namespace csm::server::tickets {

class SlaService {
public:
    // sla.policy.list, sla.policy.set, sla.settings.set, sla.calendar.set
    static QCborMap policyList(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap policySet(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap settingsSet(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap calendarSet(pqxx::transaction_base& tx, const Session& session, const Args& args);
    // sla.recompute (an Own op): the running clocks of the open orders matching the optional
    // `service_type` / `severity` recomputed from their policy, calendar and pauses, in batches of
    // their own transactions. Result {changed}.
    static QCborMap recompute(pqxx::connection& connection, const Session& session, const Args& args);

    // After an order was inserted: its deadlines, and the repeat-repair link.
    static void onCreate(pqxx::transaction_base& tx, qint64 ticketId, const QString& serviceType,
                         std::optional<qint64> customerProductId, qint64 userId);
    // After a transition was written: pauses, resumes and stops the clocks; a reopened order
    // (resolved/closed → another category) has its completion clock restarted.
    static void onTransition(pqxx::transaction_base& tx, qint64 ticketId, qint64 userId, const QString& fromCategory,
                             const QString& toCategory, const QString& toState,
                             const QList<common::WorkflowEffect>& effects);
    // The pause intervals of an order: [{reason, started_at, ended_at}].
    static QCborArray pauses(pqxx::transaction_base& tx, qint64 ticketId);

    // The periodic breach detector: one transaction; the `ticket.sla_breached` pushes to the
    // owner and the supervisors/managers above the assigned unit. `now` for tests.
    static Pushes detectBreaches(pqxx::connection& connection, const std::optional<QDateTime>& now = std::nullopt);
};

} // namespace csm::server::tickets
