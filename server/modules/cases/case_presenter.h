#pragma once
// What an order's reply (ticket.get, ticket.transition, ticket.create) carries from this module:
// `complaint` (complaints, suggestions and praise: the details or null), `supervisions` (newest
// first, with can_answer / can_close for the caller) and `case_actions` (the case ops the caller
// may use on the order now). Reads only this module's tables.
#include "server/modules/tickets/ticket_repository.h"
#include "server/rpc/session.h"

#include <pqxx/pqxx>

#include <QCborMap>

namespace csm::server::cases {

class CasePresenter {
public:
    static void addTo(pqxx::transaction_base& tx, const Session& session, const tickets::TicketRecord& record,
                      QCborMap& reply);
};

} // namespace csm::server::cases
