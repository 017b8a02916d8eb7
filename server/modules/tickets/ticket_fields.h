#pragma once
// Helpers shared by the ticket rules: times, appointments, units an order may be assigned to,
// and the transitions a caller may take.
#include "common/model/workflow.h"
#include "server/modules/tickets/dispatch_repository.h"
#include "server/modules/tickets/ticket_repository.h"
#include "server/rpc/session.h"

#include <pqxx/pqxx>

#include <QCborArray>
#include <QCborMap>
#include <QDateTime>

namespace csm::server::tickets {

// A time with its zone ("2026-11-22T09:30:00Z"); invalid when absent or empty.
QDateTime optionalTime(const QCborMap& map, const QString& field);
// The end of an appointment window needs its start and comes after it.
void checkAppointment(const QDateTime& start, const QDateTime& end);
// An active org unit in the caller's subtree, else a validation error on assigned_org_unit_id.
UnitFacts requireAssignableUnit(pqxx::transaction_base& tx, const Session& session, qint64 unitId);

// Why the caller may not take the transition on this order (empty: it may): it holds none of
// the transition's roles, the order is with a unit outside the caller's subtree (escalated away),
// or the caller takes it only as a technician and the order is another technician's.
QString refusal(const common::WorkflowTransition& transition, const TicketRecord& record, const Session& session);
// The transitions the caller may take from the order's current state:
// [{code, name, to, to_name, required_fields, optional_fields}].
QCborArray availableActions(const common::WorkflowDefinition& flow, const TicketRecord& record,
                            const Session& session);

} // namespace csm::server::tickets
