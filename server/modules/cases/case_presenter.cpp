#include "server/modules/cases/case_presenter.h"

#include "common/model/ticket_case.h"
#include "server/modules/cases/complaint_repository.h"
#include "server/modules/cases/complaint_service.h"
#include "server/modules/cases/supervision_repository.h"
#include "server/modules/cases/supervision_service.h"

namespace csm::server::cases {

void CasePresenter::addTo(pqxx::transaction_base& tx, const Session& session, const tickets::TicketRecord& record,
                          QCborMap& reply)
{
    const common::Ticket& ticket = record.ticket;
    const bool closed = ticket.stateCategory == QLatin1String("closed");
    common::TicketCaseFacts facts;
    facts.hasComplaint = common::isCaseServiceType(ticket.serviceType);
    if (facts.hasComplaint) {
        facts.complaint = ComplaintRepository::find(tx, ticket.id);
        if (!closed && session.can(QStringLiteral("complaint.write"))
            && ComplaintService::setRefusal(record, session).isEmpty())
            facts.actions.append(QStringLiteral("complaint.set"));
        if (facts.complaint && session.can(QStringLiteral("complaint.supervise")))
            facts.actions.append(QStringLiteral("complaint.resolve"));
    }
    if (!closed && session.can(QStringLiteral("supervision.open")))
        facts.actions.append(QStringLiteral("supervision.open"));
    if (record.hasSupervisions)
        for (const SupervisionRecord& supervision : SupervisionRepository::ofTicket(tx, ticket.id, session.orgPath))
            facts.supervisions.append(SupervisionService::forCaller(supervision, session));
    facts.insertInto(reply);
}

} // namespace csm::server::cases
