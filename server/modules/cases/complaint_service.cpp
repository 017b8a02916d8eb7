#include "server/modules/cases/complaint_service.h"

#include "server/modules/cases/case_rules.h"
#include "server/modules/cases/complaint_repository.h"
#include "server/rpc/api_error.h"

#include <QCborArray>

namespace csm::server::cases {

namespace {
constexpr qint64 kMaxId = std::numeric_limits<qint64>::max();

void requireCaseType(const common::Ticket& ticket, const QString& field)
{
    if (!common::isCaseServiceType(ticket.serviceType))
        throw ApiError::validation(field, QStringLiteral("order %1 is a %2 order; complaint details belong to complaints, "
                                                         "suggestions and praise")
                                              .arg(ticket.number, ticket.serviceType));
}

// The details in `args`; a deadline other than the stored one must lie ahead.
ComplaintWrite readDetails(pqxx::transaction_base& tx, const Session& session, const Args& args, qint64 ticketId,
                           const std::optional<common::TicketComplaint>& stored)
{
    ComplaintWrite write;
    write.ticketId = ticketId;
    write.category = args.requiredString(QStringLiteral("category"), 40);
    if (!common::complaintCategoryCodes().contains(write.category))
        throw ApiError::validation(QStringLiteral("category"),
                                   QStringLiteral("must be one of: %1")
                                       .arg(common::complaintCategoryCodes().join(QStringLiteral(", "))));
    if (const auto unit = args.optionalInt(QStringLiteral("responsible_org_unit_id"), 1, kMaxId)) {
        // The unit named already may stay even when it is outside the caller's subtree now.
        if (!stored || stored->responsibleOrgUnitId != *unit)
            requireUnit(tx, session, *unit, QStringLiteral("responsible_org_unit_id"));
        write.responsibleOrgUnitId = *unit;
    }
    write.deadline = deadlineArg(args, QStringLiteral("deadline"), false);
    const bool unchanged = stored && stored->deadline.isValid() && write.deadline.isValid()
        && stored->deadline.toMSecsSinceEpoch() == write.deadline.toMSecsSinceEpoch();
    if (!unchanged)
        write.deadline = deadlineArg(args, QStringLiteral("deadline"), true);
    return write;
}

QCborMap save(pqxx::transaction_base& tx, const Session& session, const ComplaintWrite& write)
{
    ComplaintRepository::save(tx, write, session.userId);
    const auto saved = ComplaintRepository::find(tx, write.ticketId);
    QCborMap detail;
    detail.insert(QStringLiteral("category"), saved->category);
    detail.insert(QStringLiteral("responsible_org_unit_id"),
                  saved->responsibleOrgUnitId != 0 ? QCborValue(saved->responsibleOrgUnitId) : QCborValue(QCborValue::Null));
    detail.insert(QStringLiteral("responsible_org_unit_name"), saved->responsibleOrgUnitName);
    detail.insert(QStringLiteral("deadline"), isoOrNull(saved->deadline));
    addCaseEvent(tx, write.ticketId, session.userId, QStringLiteral("complaint_set"), detail);
    return saved->toCbor();
}
} // namespace

QString ComplaintService::setRefusal(const tickets::TicketRecord& record, const Session& session)
{
    if (session.can(QStringLiteral("complaint.supervise")))
        return {};
    if (record.ticket.ownerId != session.userId)
        return QStringLiteral("only the order's owner (%1) or a supervisor sets its complaint details")
            .arg(record.ticket.ownerName);
    if (record.ticket.stateCategory != QLatin1String("new"))
        return QStringLiteral("the order has left its first state: only a supervisor changes its complaint details now");
    return {};
}

QCborMap ComplaintService::set(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const tickets::TicketRecord record = requireTicket(tx, session, args.requiredInt(QStringLiteral("id"), 1, kMaxId));
    requireCaseType(record.ticket, QStringLiteral("id"));
    if (record.ticket.stateCategory == QLatin1String("closed"))
        throw ApiError::validation(QStringLiteral("id"), QStringLiteral("order %1 is closed").arg(record.ticket.number));
    if (const QString refused = setRefusal(record, session); !refused.isEmpty())
        throw ApiError::permissionDenied(refused);
    const auto stored = ComplaintRepository::find(tx, record.ticket.id);
    return save(tx, session, readDetails(tx, session, args, record.ticket.id, stored));
}

void ComplaintService::onCreate(pqxx::transaction_base& tx, const Session& session, qint64 ticketId,
                                const QString& serviceType, const Args& createArgs)
{
    const auto given = createArgs.optionalMap(QStringLiteral("complaint"));
    if (!given)
        return;
    if (!common::isCaseServiceType(serviceType))
        throw ApiError::validation(QStringLiteral("complaint"),
                                   QStringLiteral("only complaints, suggestions and praise have complaint details"));
    const Args details(*given);
    const ComplaintWrite write = withFieldPrefix(QStringLiteral("complaint."), [&] {
        return readDetails(tx, session, details, ticketId, std::nullopt);
    });
    save(tx, session, write);
}

QCborMap ComplaintService::resolve(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const tickets::TicketRecord record = requireTicket(tx, session, args.requiredInt(QStringLiteral("id"), 1, kMaxId));
    requireCaseType(record.ticket, QStringLiteral("id"));
    const QString resolution = args.requiredString(QStringLiteral("resolution"), common::kComplaintResolutionMax);
    const int satisfaction = int(args.requiredInt(QStringLiteral("satisfaction"), common::kSatisfactionMin,
                                                  common::kSatisfactionMax));
    const QString comment = args.stringOr(QStringLiteral("satisfaction_comment"), common::kComplaintCommentMax, {});
    if (!ComplaintRepository::find(tx, record.ticket.id))
        throw ApiError::validation(QStringLiteral("id"), QStringLiteral("order %1 has no complaint details yet: set its "
                                                                        "category first (complaint.set)")
                                                             .arg(record.ticket.number));
    ComplaintRepository::resolve(tx, record.ticket.id, resolution, satisfaction, comment, session.userId);
    QCborMap detail;
    detail.insert(QStringLiteral("resolution"), resolution);
    detail.insert(QStringLiteral("satisfaction"), satisfaction);
    if (!comment.isEmpty())
        detail.insert(QStringLiteral("satisfaction_comment"), comment);
    addCaseEvent(tx, record.ticket.id, session.userId, QStringLiteral("complaint_resolved"), detail);
    return ComplaintRepository::find(tx, record.ticket.id)->toCbor();
}

QCborMap ComplaintService::units(pqxx::transaction_base& tx, const Session& session)
{
    QCborArray items;
    for (const CaseUnit& unit : ComplaintRepository::units(tx, session.orgPath)) {
        items.append(QCborMap{{QStringLiteral("id"), unit.id},
                              {QStringLiteral("code"), unit.code},
                              {QStringLiteral("name"), unit.name},
                              {QStringLiteral("kind"), unit.kind},
                              {QStringLiteral("depth"), unit.depth}});
    }
    return QCborMap{{QStringLiteral("items"), items}};
}

Pushes ComplaintService::detectOverdue(pqxx::connection& connection, const std::optional<QDateTime>& now)
{
    pqxx::work tx(connection);
    const auto overdue = ComplaintRepository::claimOverdue(tx, now.value_or(QDateTime::currentDateTimeUtc()));
    tx.commit();
    Pushes pushes;
    for (const OverdueComplaint& o : overdue) {
        QCborMap data;
        data.insert(QStringLiteral("ticket_id"), o.ticketId);
        data.insert(QStringLiteral("ticket_number"), o.ticketNumber);
        data.insert(QStringLiteral("category"), o.category);
        data.insert(QStringLiteral("deadline"), isoOrNull(o.deadline));
        data.insert(QStringLiteral("org_unit_id"), o.orgUnitId != 0 ? QCborValue(o.orgUnitId) : QCborValue(QCborValue::Null));
        data.insert(QStringLiteral("org_unit_name"), o.orgUnitName);
        const common::Event event{QStringLiteral("complaint.overdue"), data};
        if (o.orgUnitId != 0)
            pushes.push_back(Push::toOrgUnit(o.orgUnitId, event));
        if (o.ownerOrgUnitId != o.orgUnitId)   // else the owner is told through the unit
            pushes.push_back(Push::toUser(o.ownerId, event));
    }
    return pushes;
}

} // namespace csm::server::cases
