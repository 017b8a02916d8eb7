#include "server/modules/tickets/ticket_fields.h"

#include "server/rpc/api_error.h"

namespace csm::server::tickets {

QDateTime optionalTime(const QCborMap& map, const QString& field)
{
    const QCborValue value = map.value(field);
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
        return {};
    const QDateTime time = value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        throw ApiError::validation(field, QStringLiteral("must be a time with its zone, e.g. 2026-11-22T09:30:00Z"));
    return time.toUTC();
}

void checkAppointment(const QDateTime& start, const QDateTime& end)
{
    if (end.isValid() && !start.isValid())
        throw ApiError::validation(QStringLiteral("appointment_start"), QStringLiteral("is required with an end"));
    if (end.isValid() && end < start)
        throw ApiError::validation(QStringLiteral("appointment_end"), QStringLiteral("must not be before the start"));
}

UnitFacts requireAssignableUnit(pqxx::transaction_base& tx, const Session& session, qint64 unitId)
{
    const auto unit = DispatchRepository::unit(tx, unitId, session.orgPath);
    if (!unit || !unit->inScope)
        throw ApiError::validation(QStringLiteral("assigned_org_unit_id"),
                                   QStringLiteral("is not a unit of your part of the service network"));
    if (!unit->active)
        throw ApiError::validation(QStringLiteral("assigned_org_unit_id"),
                                   QStringLiteral("unit '%1' is inactive").arg(unit->name));
    return *unit;
}

QString refusal(const common::WorkflowTransition& transition, const TicketRecord& record, const Session& session)
{
    QStringList held;
    for (const QString& role : transition.roles)
        if (session.roles.contains(role))
            held.append(role);
    if (held.isEmpty())
        return QStringLiteral("transition '%1' may be taken by %2 only")
            .arg(transition.code, transition.roles.join(QStringLiteral(", ")));
    if (!record.canAct)
        return QStringLiteral("the order is with %1 now: you can follow it but not change it")
            .arg(record.ticket.assignedOrgUnitName);
    if (held == QStringList{QStringLiteral("technician")} && record.ticket.technicianId != session.userId)
        return QStringLiteral("the order is assigned to another technician");
    return {};
}

QCborArray availableActions(const common::WorkflowDefinition& flow, const TicketRecord& record,
                            const Session& session)
{
    QCborArray actions;
    if (!session.can(QStringLiteral("ticket.transition")))
        return actions;
    for (const common::WorkflowTransition* transition : flow.transitionsFrom(record.ticket.state)) {
        if (!refusal(*transition, record, session).isEmpty())
            continue;
        const common::WorkflowState* target = flow.state(transition->to);
        QCborMap action;
        action.insert(QStringLiteral("code"), transition->code);
        action.insert(QStringLiteral("name"), transition->name);
        action.insert(QStringLiteral("to"), transition->to);
        action.insert(QStringLiteral("to_name"), target ? target->name : QString());
        action.insert(QStringLiteral("required_fields"), QCborArray::fromStringList(transition->requiredFields));
        action.insert(QStringLiteral("optional_fields"), QCborArray::fromStringList(transition->optionalFields));
        actions.append(action);
    }
    return actions;
}

} // namespace csm::server::tickets
