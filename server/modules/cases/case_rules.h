#pragma once
// Helpers shared by complaints and supervision: the order a case op is about (scoped), the units
// it may name, deadlines, and their timeline events.
#include "server/modules/tickets/dispatch_repository.h"
#include "server/modules/tickets/ticket_repository.h"
#include "server/rpc/api_error.h"
#include "server/rpc/args.h"
#include "server/rpc/session.h"

#include <pqxx/pqxx>

#include <QCborMap>
#include <QDateTime>

namespace csm::server::cases {

// The order `id` as the caller sees it, else not_found.
tickets::TicketRecord requireTicket(pqxx::transaction_base& tx, const Session& session, qint64 id);
// An active unit in the caller's subtree, else a validation error on `field`.
tickets::UnitFacts requireUnit(pqxx::transaction_base& tx, const Session& session, qint64 unitId, const QString& field);
// A time with its zone in `field`; invalid when absent. When `mustBeFuture`, it must be later than now.
QDateTime deadlineArg(const Args& args, const QString& field, bool mustBeFuture);
// One event on the order's timeline (userId 0: the server).
void addCaseEvent(pqxx::transaction_base& tx, qint64 ticketId, qint64 userId, const QString& kind,
                  const QCborMap& detail);
QCborValue isoOrNull(const QDateTime& time);
// Runs `read` and prefixes the fields of a validation error it throws with `prefix`
// ("complaint." for the details given with ticket.create).
template <typename Read>
auto withFieldPrefix(const QString& prefix, Read read) -> decltype(read())
{
    try {
        return read();
    } catch (const ApiError& error) {
        if (prefix.isEmpty() || error.info().code != common::ErrorCode::Validation || error.info().fields.isEmpty())
            throw;
        QMap<QString, QString> fields;
        for (auto it = error.info().fields.cbegin(); it != error.info().fields.cend(); ++it)
            fields.insert(prefix + it.key(), it.value());
        throw ApiError::validation(fields);
    }
}

} // namespace csm::server::cases
