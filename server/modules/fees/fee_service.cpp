#include "server/modules/fees/fee_service.h"

#include "common/model/fees.h"
#include "common/model/service_type.h"
#include "server/modules/fees/fee_repository.h"
#include "server/modules/fees/warranty_service.h"
#include "server/modules/tickets/dispatch_repository.h"
#include "server/modules/tickets/ticket_repository.h"
#include "server/rpc/api_error.h"

#include <QCborArray>

namespace csm::server::fees {

using common::Fen;

namespace {
constexpr qint64 kMaxId = std::numeric_limits<qint64>::max();

bool isDone(const QString& category)
{
    return category == QLatin1String("resolved") || category == QLatin1String("closed");
}

// Why the caller may not change the parts of the order (empty: they may). The parts are the
// service point's: its staff, or the technician the order is assigned to.
QString partsRefusal(pqxx::transaction_base& tx, const tickets::TicketRecord& record, const Session& session)
{
    const common::Ticket& t = record.ticket;
    if (!session.can(QStringLiteral("ticket.parts")))
        return QStringLiteral("recording parts needs the permission ticket.parts");
    if (!record.canAct)
        return QStringLiteral("the order is with %1 now: you can follow it but not change it").arg(t.assignedOrgUnitName);
    if (t.assignedOrgUnitId == 0)
        return QStringLiteral("the order is not assigned to a service point yet");
    const auto unit = tickets::DispatchRepository::unit(tx, t.assignedOrgUnitId, session.orgPath);
    if (!unit || !unit->inScope)
        return QStringLiteral("only the unit the order is assigned to (%1) records its parts").arg(t.assignedOrgUnitName);
    if (!session.roles.contains(QStringLiteral("service_point")) && t.technicianId != session.userId)
        return QStringLiteral("the order is assigned to another technician");
    return {};
}

QString noScheduleMessage(const QString& serviceType, const FeeFacts& facts)
{
    return QStringLiteral("no fee schedule for %1 × %2 (%3, or a category above it) valid on %4; ask an administrator "
                          "to add one")
        .arg(serviceType, facts.categoryName, facts.categoryCode, facts.today.toString(Qt::ISODate));
}

QCborMap amountsMap(const common::FeeAmounts& a)
{
    QCborMap map;
    map.insert(QStringLiteral("labour_fen"), a.labourFen);
    map.insert(QStringLiteral("travel_fen"), a.travelFen);
    map.insert(QStringLiteral("parts_fen"), a.partsFen);
    map.insert(QStringLiteral("total_fen"), a.totalFen);
    map.insert(QStringLiteral("parts_value_fen"), a.partsValueFen);
    return map;
}

FeeFacts factsOf(pqxx::transaction_base& tx, qint64 ticketId, const QString& serviceType, qint64 productId,
                 const QString& faultCode)
{
    FeeFactsQuery query;
    query.productId = productId;
    query.serviceType = serviceType;
    query.faultCode = faultCode;
    query.ticketId = ticketId;
    return FeeRepository::facts(tx, query);
}

// What completing the order now would charge (ticket.fees.get before completion).
QCborMap estimate(const common::WarrantyVerdict& verdict, const FeeFacts& facts, const QString& serviceType,
                  const QList<common::TicketPart>& parts)
{
    const bool scheduled = verdict.isPaid() && facts.schedule;
    const common::FeeAmounts amounts = common::computeFees(verdict, scheduled ? facts.schedule->labourFen : 0,
                                                           scheduled ? facts.schedule->travelFen : 0, parts);
    QCborMap map = amountsMap(amounts);
    QCborValue schedule(QCborValue::Null);
    if (facts.schedule) {
        schedule = QCborMap{{QStringLiteral("id"), facts.schedule->id},
                            {QStringLiteral("category_code"), facts.schedule->categoryCode},
                            {QStringLiteral("valid_from"), facts.schedule->validFrom.toString(Qt::ISODate)},
                            {QStringLiteral("labour_fen"), facts.schedule->labourFen},
                            {QStringLiteral("travel_fen"), facts.schedule->travelFen}};
    }
    map.insert(QStringLiteral("schedule"), schedule);
    QCborValue problem(QCborValue::Null);
    if (verdict.isPaid() && !facts.schedule) {
        problem = QCborMap{{QStringLiteral("code"), QStringLiteral("no_fee_schedule")},
                           {QStringLiteral("message"), noScheduleMessage(serviceType, facts)},
                           {QStringLiteral("service_type"), serviceType},
                           {QStringLiteral("category_code"), facts.categoryCode},
                           {QStringLiteral("category_name"), facts.categoryName}};
    }
    map.insert(QStringLiteral("problem"), problem);
    return map;
}

QCborMap feesOf(pqxx::transaction_base& tx, const tickets::TicketRecord& record, const Session& session)
{
    const common::Ticket& t = record.ticket;
    const QList<common::TicketPart> parts = FeeRepository::parts(tx, t.id);
    const auto stored = FeeRepository::fee(tx, t.id);
    Fen partsValue = 0;
    for (const common::TicketPart& part : parts)
        partsValue += part.amountFen();

    QCborMap result;
    result.insert(QStringLiteral("ticket_id"), t.id);
    result.insert(QStringLiteral("ticket_version"), t.version);
    result.insert(QStringLiteral("state_category"), t.stateCategory);
    result.insert(QStringLiteral("parts"), common::ticketPartsToCbor(parts));
    result.insert(QStringLiteral("parts_value_fen"), partsValue);
    result.insert(QStringLiteral("can_edit_parts"), !isDone(t.stateCategory) && partsRefusal(tx, record, session).isEmpty());
    if (stored && isDone(t.stateCategory)) {
        result.insert(QStringLiteral("verdict"), stored->verdict);
        result.insert(QStringLiteral("fee"), stored->fee.toCbor());
        result.insert(QStringLiteral("estimate"), QCborValue(QCborValue::Null));
        return result;
    }
    const FeeFacts facts = factsOf(tx, t.id, t.serviceType, t.customerProductId, t.faultCode);
    const common::WarrantyVerdict verdict = WarrantyService::judge(facts, t.serviceType);
    result.insert(QStringLiteral("verdict"), WarrantyService::present(verdict, facts.today, QStringLiteral("live")));
    result.insert(QStringLiteral("fee"), QCborValue(QCborValue::Null));
    result.insert(QStringLiteral("estimate"), common::isChargeableServiceType(t.serviceType)
                                                  ? QCborValue(estimate(verdict, facts, t.serviceType, parts))
                                                  : QCborValue(QCborValue::Null));
    return result;
}
} // namespace

QCborMap FeeService::scheduleList(pqxx::transaction_base& tx, const Session&, const Args& args)
{
    QCborArray items;
    for (const common::FeeSchedule& schedule :
         FeeRepository::schedules(tx, args.stringOr(QStringLiteral("service_type"), 40, {}),
                                  args.stringOr(QStringLiteral("category_code"), 32, {})))
        items.append(schedule.toCbor());
    return QCborMap{{QStringLiteral("items"), items}};
}

QCborMap FeeService::scheduleSet(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    common::FeeSchedule s;
    s.serviceType = args.requiredString(QStringLiteral("service_type"), 40);
    if (!common::isChargeableServiceType(s.serviceType))
        throw ApiError::validation(QStringLiteral("service_type"),
                                   QStringLiteral("fees apply to repair, delivery, installation, maintenance, "
                                                  "replacement and return only"));
    s.categoryCode = args.requiredString(QStringLiteral("category_code"), 32);
    if (!FeeRepository::categoryName(tx, s.categoryCode))
        throw ApiError::validation(QStringLiteral("category_code"), QStringLiteral("is not a product category"));
    s.labourFen = args.requiredInt(QStringLiteral("labour_fen"), 0, common::kFeeMaxFen);
    s.travelFen = args.requiredInt(QStringLiteral("travel_fen"), 0, common::kFeeMaxFen);
    s.validFrom = args.optionalDate(QStringLiteral("valid_from")).value_or(FeeRepository::today(tx));
    s.version = int(args.optionalInt(QStringLiteral("version"), 1, std::numeric_limits<int>::max()).value_or(0));
    if (!FeeRepository::saveSchedule(tx, s, session.userId))
        throw ApiError::conflict(s.version == 0
                                     ? QStringLiteral("a fee schedule for %1 × %2 from %3 exists already; send its version")
                                           .arg(s.serviceType, s.categoryCode, s.validFrom.toString(Qt::ISODate))
                                     : QStringLiteral("the fee schedule was changed by someone else (or does not exist); "
                                                      "reload it"));
    const auto saved = FeeRepository::schedule(tx, s.serviceType, s.categoryCode, s.validFrom);
    if (!saved)
        throw std::logic_error("a saved fee schedule is missing");
    const QCborMap result = saved->toCbor();
    FeeRepository::audit(tx, session.userId, QStringLiteral("fee.schedule.set"), QStringLiteral("fee_schedule"),
                         saved->id, result);
    return result;
}

QCborMap FeeService::feesGet(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const auto record = tickets::TicketRepository::find(tx, args.requiredInt(QStringLiteral("ticket_id"), 1, kMaxId),
                                                        session.orgPath);
    if (!record)
        throw ApiError::notFound(QStringLiteral("work order"));
    return feesOf(tx, *record, session);
}

QCborMap FeeService::partsSet(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const qint64 id = args.requiredInt(QStringLiteral("ticket_id"), 1, kMaxId);
    const int version = int(args.requiredInt(QStringLiteral("version"), 1, std::numeric_limits<int>::max()));
    const auto record = tickets::TicketRepository::find(tx, id, session.orgPath, true);
    if (!record)
        throw ApiError::notFound(QStringLiteral("work order"));
    const common::Ticket& t = record->ticket;
    if (const QString refused = partsRefusal(tx, *record, session); !refused.isEmpty())
        throw ApiError::permissionDenied(refused);
    if (t.version != version)
        throw ApiError::conflict(QStringLiteral("the order was changed by someone else (version %1, yours %2); reload it")
                                     .arg(t.version)
                                     .arg(version));
    if (isDone(t.stateCategory))
        throw ApiError::validation(QStringLiteral("parts"),
                                   QStringLiteral("the order is %1 (%2): its parts can no longer be changed")
                                       .arg(t.stateName, t.stateCategory));
    const QCborValue given = args.map().value(QStringLiteral("parts"));
    if (const auto problems = common::validateTicketParts(given); !problems.isEmpty())
        throw ApiError::validation(problems);
    const QList<common::TicketPart> parts = common::ticketPartsFromCbor(given.toArray());

    FeeRepository::replaceParts(tx, id, parts);
    if (!FeeRepository::touchTicket(tx, id, version))
        throw ApiError::conflict(QStringLiteral("the order was changed by someone else; reload it"));
    Fen value = 0;
    for (const common::TicketPart& part : parts)
        value += part.amountFen();
    tickets::TicketEventInsert event;
    event.ticketId = id;
    event.userId = session.userId;
    event.kind = QStringLiteral("parts_set");
    event.detail.insert(QStringLiteral("parts"), common::ticketPartsToCbor(parts));
    event.detail.insert(QStringLiteral("parts_value_fen"), value);
    tickets::TicketRepository::addEvent(tx, event);

    const auto updated = tickets::TicketRepository::find(tx, id, session.orgPath);
    if (!updated)
        throw ApiError::notFound(QStringLiteral("work order"));
    return feesOf(tx, *updated, session);
}

void FeeService::onTransition(pqxx::transaction_base& tx, qint64 ticketId, qint64 userId, const QString& fromCategory,
                              const QString& toCategory)
{
    if (toCategory != QLatin1String("resolved") || fromCategory == QLatin1String("resolved"))
        return;
    const auto basics = FeeRepository::ticketBasics(tx, ticketId);
    if (!basics || !common::isChargeableServiceType(basics->serviceType))
        return;
    const FeeFacts facts = factsOf(tx, ticketId, basics->serviceType, basics->productId, basics->faultCode);
    const common::WarrantyVerdict verdict = WarrantyService::judge(facts, basics->serviceType);
    if (verdict.isPaid() && !facts.schedule)
        throw ApiError::validation(QStringLiteral("fee_schedule"), noScheduleMessage(basics->serviceType, facts));

    common::TicketFee fee;
    fee.ticketId = ticketId;
    fee.verdict = verdict.verdict;
    fee.rule = verdict.rule;
    fee.feeScheduleId = verdict.isPaid() ? facts.schedule->id : 0;
    fee.contractId = verdict.contractId;
    fee.amounts = common::computeFees(verdict, verdict.isPaid() ? facts.schedule->labourFen : 0,
                                      verdict.isPaid() ? facts.schedule->travelFen : 0,
                                      FeeRepository::parts(tx, ticketId));
    // A maintenance plan visit is used once per order, even when a reopened order completes again.
    const auto previous = FeeRepository::fee(tx, ticketId);
    if (verdict.rule == QLatin1String("maintenance_plan") && verdict.contractId != 0
        && !(previous && previous->fee.contractId == verdict.contractId)
        && !FeeRepository::useVisit(tx, verdict.contractId))
        throw ApiError::conflict(QStringLiteral("the maintenance plan has no visit left; reload the order"));
    FeeRepository::saveFee(tx, fee, WarrantyService::present(verdict, facts.today, QStringLiteral("completion")), userId);

    tickets::TicketEventInsert event;
    event.ticketId = ticketId;
    event.userId = userId;
    event.kind = QStringLiteral("fees_computed");
    event.detail = amountsMap(fee.amounts);
    event.detail.insert(QStringLiteral("verdict"), fee.verdict);
    event.detail.insert(QStringLiteral("rule"), fee.rule);
    if (fee.feeScheduleId != 0)
        event.detail.insert(QStringLiteral("fee_schedule_id"), fee.feeScheduleId);
    if (fee.contractId != 0)
        event.detail.insert(QStringLiteral("contract_id"), fee.contractId);
    tickets::TicketRepository::addEvent(tx, event);
}

} // namespace csm::server::fees
