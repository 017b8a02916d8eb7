#include "server/modules/cases/case_rules.h"

#include "server/modules/tickets/ticket_fields.h"

namespace csm::server::cases {

tickets::TicketRecord requireTicket(pqxx::transaction_base& tx, const Session& session, qint64 id)
{
    auto record = tickets::TicketRepository::find(tx, id, session.orgPath);
    if (!record)
        throw ApiError::notFound(QStringLiteral("work order"));
    return std::move(*record);
}

tickets::UnitFacts requireUnit(pqxx::transaction_base& tx, const Session& session, qint64 unitId, const QString& field)
{
    const auto unit = tickets::DispatchRepository::unit(tx, unitId, session.orgPath);
    if (!unit || !unit->inScope)
        throw ApiError::validation(field, QStringLiteral("is not a unit of your part of the service network"));
    if (!unit->active)
        throw ApiError::validation(field, QStringLiteral("unit '%1' is inactive").arg(unit->name));
    return *unit;
}

QDateTime deadlineArg(const Args& args, const QString& field, bool mustBeFuture)
{
    const QDateTime time = tickets::optionalTime(args.map(), field);
    if (time.isValid() && mustBeFuture && time <= QDateTime::currentDateTimeUtc())
        throw ApiError::validation(field, QStringLiteral("must be in the future (%1 has passed)")
                                              .arg(time.toString(Qt::ISODate)));
    return time;
}

void addCaseEvent(pqxx::transaction_base& tx, qint64 ticketId, qint64 userId, const QString& kind,
                  const QCborMap& detail)
{
    tickets::TicketEventInsert event;
    event.ticketId = ticketId;
    event.userId = userId;
    event.kind = kind;
    event.detail = detail;
    tickets::TicketRepository::addEvent(tx, event);
}

QCborValue isoOrNull(const QDateTime& time)
{
    return time.isValid() ? QCborValue(time.toUTC().toString(Qt::ISODateWithMs)) : QCborValue(QCborValue::Null);
}

} // namespace csm::server::cases
