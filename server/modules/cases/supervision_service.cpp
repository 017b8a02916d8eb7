#include "server/modules/cases/supervision_service.h"

#include "server/modules/cases/case_rules.h"
#include "server/modules/cases/supervision_repository.h"
#include "server/rpc/api_error.h"

#include <QCborArray>

namespace csm::server::cases {

namespace {
constexpr qint64 kMaxId = std::numeric_limits<qint64>::max();
constexpr int kPageDefault = 50;
constexpr int kPageMax = 200;
constexpr qint64 kMaxDeadlineDays = 366;

const QString kAnswerPermission = QStringLiteral("supervision.answer");
const QString kOpenPermission = QStringLiteral("supervision.open");

common::Event event(const QString& name, const common::TicketSupervision& s)
{
    QCborMap data;
    data.insert(QStringLiteral("id"), s.id);
    data.insert(QStringLiteral("ticket_id"), s.ticketId);
    data.insert(QStringLiteral("ticket_number"), s.ticketNumber);
    data.insert(QStringLiteral("status"), s.status);
    data.insert(QStringLiteral("deadline"), isoOrNull(s.deadline));
    data.insert(QStringLiteral("demand"), s.demand);
    data.insert(QStringLiteral("target_org_unit_id"), s.targetOrgUnitId);
    data.insert(QStringLiteral("target_org_unit_name"), s.targetOrgUnitName);
    return {name, data};
}

// The supervision `id` the caller may see, locked; else not_found.
SupervisionRecord requireSupervision(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const auto record = SupervisionRepository::find(tx, args.requiredInt(QStringLiteral("id"), 1, kMaxId),
                                                    session.orgPath, true);
    if (!record)
        throw ApiError::notFound(QStringLiteral("supervision"));
    return *record;
}

common::TicketSupervision reread(pqxx::transaction_base& tx, const Session& session, qint64 id)
{
    const auto record = SupervisionRepository::find(tx, id, session.orgPath, false);
    if (!record)
        throw std::logic_error("a supervision changed by its user is out of their sight");
    return SupervisionService::forCaller(*record, session);
}
} // namespace

common::TicketSupervision SupervisionService::forCaller(const SupervisionRecord& record, const Session& session)
{
    common::TicketSupervision s = record.supervision;
    s.canAnswer = s.isOpen() && record.targetInScope && session.can(kAnswerPermission);
    s.canClose = s.status != QLatin1String("closed") && session.can(kOpenPermission);
    return s;
}

QCborMap SupervisionService::open(pqxx::transaction_base& tx, const Session& session, const Args& args, Pushes& pushes)
{
    const tickets::TicketRecord record = requireTicket(tx, session, args.requiredInt(QStringLiteral("ticket_id"), 1, kMaxId));
    const common::Ticket& ticket = record.ticket;
    if (ticket.stateCategory == QLatin1String("closed"))
        throw ApiError::validation(QStringLiteral("ticket_id"),
                                   QStringLiteral("order %1 is closed: there is nothing left to supervise").arg(ticket.number));
    SupervisionInsert data;
    data.ticketId = ticket.id;
    data.openedBy = session.userId;
    data.demand = args.requiredString(QStringLiteral("demand"), common::kSupervisionDemandMax);
    data.deadline = deadlineArg(args, QStringLiteral("deadline"), true);
    if (!data.deadline.isValid())
        throw ApiError::validation(QStringLiteral("deadline"), QStringLiteral("is required"));
    if (data.deadline > QDateTime::currentDateTimeUtc().addDays(kMaxDeadlineDays))
        throw ApiError::validation(QStringLiteral("deadline"), QStringLiteral("must be within a year"));
    const qint64 target = args.optionalInt(QStringLiteral("target_org_unit_id"), 1, kMaxId).value_or(ticket.assignedOrgUnitId);
    if (target == 0)
        throw ApiError::validation(QStringLiteral("target_org_unit_id"),
                                   QStringLiteral("order %1 has no assigned unit: name the unit to supervise").arg(ticket.number));
    const tickets::UnitFacts unit = requireUnit(tx, session, target, QStringLiteral("target_org_unit_id"));
    data.targetOrgUnitId = unit.id;
    if (const auto running = SupervisionRepository::running(tx, ticket.id, unit.id))
        throw ApiError::conflict(QStringLiteral("order %1 already has a running supervision of %2 (#%3): wait for its "
                                                "answer or close it first")
                                     .arg(ticket.number, unit.name)
                                     .arg(*running));
    const qint64 id = SupervisionRepository::insert(tx, data);

    QCborMap detail;
    detail.insert(QStringLiteral("supervision_id"), id);
    detail.insert(QStringLiteral("deadline"), isoOrNull(data.deadline));
    detail.insert(QStringLiteral("demand"), data.demand);
    detail.insert(QStringLiteral("target_org_unit_id"), unit.id);
    detail.insert(QStringLiteral("target_org_unit_name"), unit.name);
    addCaseEvent(tx, ticket.id, session.userId, QStringLiteral("supervision_opened"), detail);

    const common::TicketSupervision opened = reread(tx, session, id);
    for (const qint64 user : SupervisionRepository::unitUsers(tx, unit.id)) {
        if (user != session.userId)
            pushes.push_back(Push::toUser(user, event(QStringLiteral("supervision.opened"), opened)));
    }
    return opened.toCbor();
}

QCborMap SupervisionService::answer(pqxx::transaction_base& tx, const Session& session, const Args& args, Pushes& pushes)
{
    const SupervisionRecord record = requireSupervision(tx, session, args);
    const common::TicketSupervision& s = record.supervision;
    if (!record.targetInScope)
        throw ApiError::permissionDenied(
            QStringLiteral("supervision #%1 asks %2: only its users (or those of a unit above it) answer it")
                .arg(s.id)
                .arg(s.targetOrgUnitName));
    if (!s.isOpen())
        throw ApiError::validation(QStringLiteral("id"), QStringLiteral("supervision #%1 is %2 already: there is nothing "
                                                                        "to answer")
                                                             .arg(s.id)
                                                             .arg(s.status));
    const QString text = args.requiredString(QStringLiteral("answer"), common::kSupervisionAnswerMax);
    SupervisionRepository::answer(tx, s.id, text, session.userId);

    QCborMap detail;
    detail.insert(QStringLiteral("supervision_id"), s.id);
    detail.insert(QStringLiteral("answer"), text);
    detail.insert(QStringLiteral("target_org_unit_name"), s.targetOrgUnitName);
    detail.insert(QStringLiteral("late"), s.status == QLatin1String("overdue"));
    addCaseEvent(tx, s.ticketId, session.userId, QStringLiteral("supervision_answered"), detail);

    const common::TicketSupervision answered = reread(tx, session, s.id);
    if (s.openedBy != session.userId)
        pushes.push_back(Push::toUser(s.openedBy, event(QStringLiteral("supervision.answered"), answered)));
    return answered.toCbor();
}

QCborMap SupervisionService::close(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const SupervisionRecord record = requireSupervision(tx, session, args);
    const common::TicketSupervision& s = record.supervision;
    if (!record.ticketVisible)
        throw ApiError::permissionDenied(
            QStringLiteral("supervision #%1 is about an order outside your part of the service network").arg(s.id));
    if (s.status == QLatin1String("closed"))
        throw ApiError::validation(QStringLiteral("id"), QStringLiteral("supervision #%1 is closed already").arg(s.id));
    const QString note = args.stringOr(QStringLiteral("note"), common::kSupervisionNoteMax, {});
    SupervisionRepository::close(tx, s.id, note, session.userId);

    QCborMap detail;
    detail.insert(QStringLiteral("supervision_id"), s.id);
    detail.insert(QStringLiteral("status_before"), s.status);
    detail.insert(QStringLiteral("target_org_unit_name"), s.targetOrgUnitName);
    if (!note.isEmpty())
        detail.insert(QStringLiteral("note"), note);
    addCaseEvent(tx, s.ticketId, session.userId, QStringLiteral("supervision_closed"), detail);
    return reread(tx, session, s.id).toCbor();
}

QCborMap SupervisionService::list(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    SupervisionListFilter filter;
    filter.ticketId = args.optionalInt(QStringLiteral("ticket_id"), 1, kMaxId);
    filter.limit = int(args.optionalInt(QStringLiteral("limit"), 1, kPageMax).value_or(kPageDefault));
    static const QStringList statuses = QStringList{QStringLiteral("running"), QStringLiteral("all")}
        + common::supervisionStatusCodes();
    filter.status = args.stringOr(QStringLiteral("status"), 20,
                                  filter.ticketId ? QStringLiteral("all") : QStringLiteral("running"));
    if (!statuses.contains(filter.status))
        throw ApiError::validation(QStringLiteral("status"),
                                   QStringLiteral("must be one of: %1").arg(statuses.join(QStringLiteral(", "))));
    QCborArray items;
    for (const SupervisionRecord& record : SupervisionRepository::list(tx, session.orgPath, filter))
        items.append(forCaller(record, session).toCbor());
    return QCborMap{{QStringLiteral("items"), items}};
}

Pushes SupervisionService::detectOverdue(pqxx::connection& connection, const std::optional<QDateTime>& now)
{
    pqxx::work tx(connection);
    const auto overdue = SupervisionRepository::claimOverdue(tx, now.value_or(QDateTime::currentDateTimeUtc()));
    tx.commit();
    Pushes pushes;
    for (const OverdueSupervision& o : overdue) {
        common::TicketSupervision s;
        s.id = o.id;
        s.ticketId = o.ticketId;
        s.ticketNumber = o.ticketNumber;
        s.status = QStringLiteral("overdue");
        s.deadline = o.deadline;
        s.targetOrgUnitId = o.targetOrgUnitId;
        s.targetOrgUnitName = o.targetOrgUnitName;
        pushes.push_back(Push::toUser(o.openedBy, event(QStringLiteral("supervision.overdue"), s)));
    }
    return pushes;
}

} // namespace csm::server::cases
