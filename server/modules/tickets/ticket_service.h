#pragma once
// The rules of work orders: create (numbered, routed to the covering service point, owned by its
// creator), read, list and timeline, all scoped to the caller's org subtree. Transitions are in
// ticket_transition.h.
#include "server/modules/tickets/ticket_repository.h"
#include "server/modules/workflows/workflow_repository.h"
#include "server/rpc/args.h"
#include "server/rpc/push.h"
#include "server/rpc/session.h"

#include <pqxx/pqxx>

#include <QCborMap>

namespace csm::server::tickets {

// Ticket numbers count the days of this zone (the business day of the call center).
inline const QString kTicketNumberTimeZone = QStringLiteral("Asia/Shanghai");

class TicketService {
public:
    explicit TicketService(workflows::WorkflowStorePtr store) : m_store(std::move(store)) {}

    // create and transition queue the order's notifications (notify module) in `tx` and add the
    // events for the service point's clients to `pushes`.
    QCborMap create(pqxx::transaction_base& tx, const Session& session, const Args& args, Pushes& pushes) const;
    QCborMap get(pqxx::transaction_base& tx, const Session& session, const Args& args) const;
    QCborMap list(pqxx::transaction_base& tx, const Session& session, const Args& args) const;
    QCborMap timeline(pqxx::transaction_base& tx, const Session& session, const Args& args) const;
    QCborMap transition(pqxx::transaction_base& tx, const Session& session, const Args& args, Pushes& pushes) const;

    // The order as the caller sees it, with the transitions the caller may take now (`actions`).
    QCborMap present(pqxx::transaction_base& tx, const Session& session, const TicketRecord& record) const;

private:
    workflows::WorkflowStorePtr m_store;
};

} // namespace csm::server::tickets
