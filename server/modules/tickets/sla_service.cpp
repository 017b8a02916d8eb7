#include "server/modules/tickets/sla_service.h"

#include "common/model/service_type.h"
#include "server/modules/tickets/sla_repository.h"
#include "server/modules/tickets/ticket_repository.h"
#include "server/rpc/api_error.h"

#include <QSet>
#include <QTime>

#include <set>

namespace csm::server::tickets {

namespace {
constexpr qint64 kMaxMinutes = 525600;   // a year
constexpr int kMaxRepeatDays = 3650;
constexpr int kRecomputeBatch = 500;
constexpr int kBatchAttempts = 3;

bool isDone(const QString& category)
{
    return category == QLatin1String("resolved") || category == QLatin1String("closed");
}

// Every batch of a recompute in `tx`; the number of orders whose deadlines changed.
int recomputeIn(pqxx::transaction_base& tx, const SlaRecomputeFilter& filter, qint64 userId)
{
    int changed = 0;
    for (qint64 after = 0;;) {
        const SlaRecomputeBatch batch = SlaRepository::recomputeBatch(tx, filter, after, kRecomputeBatch, userId);
        changed += batch.changed;
        if (batch.lastId == 0)
            return changed;
        after = batch.lastId;
    }
}

SlaRecomputeFilter recomputeFilter(const Args& args)
{
    SlaRecomputeFilter filter;
    filter.serviceType = args.stringOr(QStringLiteral("service_type"), 40, {});
    if (!filter.serviceType.isEmpty() && !common::serviceTypeCodes().contains(filter.serviceType))
        throw ApiError::validation(QStringLiteral("service_type"), QStringLiteral("is not a service type"));
    filter.severity = args.stringOr(QStringLiteral("severity"), 20, {});
    if (!filter.severity.isEmpty() && !common::severityCodes().contains(filter.severity))
        throw ApiError::validation(QStringLiteral("severity"), QStringLiteral("must be major or general"));
    return filter;
}

QCborValue iso(const QDateTime& time)
{
    return time.isValid() ? QCborValue(time.toUTC().toString(Qt::ISODateWithMs)) : QCborValue(QCborValue::Null);
}

QCborMap policyToCbor(const SlaPolicy& p)
{
    QCborMap map;
    map.insert(QStringLiteral("service_type"), p.serviceType);
    map.insert(QStringLiteral("severity"), p.severity);
    map.insert(QStringLiteral("response_minutes"), p.responseMinutes);
    map.insert(QStringLiteral("on_site_minutes"), p.onSiteMinutes);
    map.insert(QStringLiteral("completion_minutes"), p.completionMinutes);
    map.insert(QStringLiteral("business_hours"), p.businessHours);
    map.insert(QStringLiteral("version"), p.version);
    map.insert(QStringLiteral("updated_at"), iso(p.updatedAt));
    return map;
}

QCborMap calendarToCbor(const SlaCalendar& calendar)
{
    QCborArray hours;
    for (const SlaWorkHours& h : calendar.workHours)
        hours.append(QCborMap{{QStringLiteral("weekday"), h.weekday}, {QStringLiteral("start"), h.start},
                              {QStringLiteral("end"), h.end}});
    QCborArray holidays;
    for (const SlaHoliday& h : calendar.holidays)
        holidays.append(QCborMap{{QStringLiteral("day"), h.day}, {QStringLiteral("name"), h.name}});
    return QCborMap{{QStringLiteral("work_hours"), hours}, {QStringLiteral("holidays"), holidays}};
}

void addEvent(pqxx::transaction_base& tx, qint64 ticketId, qint64 userId, const QString& kind, const QCborMap& detail)
{
    TicketEventInsert event;
    event.ticketId = ticketId;
    event.userId = userId;
    event.kind = kind;
    event.detail = detail;
    TicketRepository::addEvent(tx, event);
}
} // namespace

QCborMap SlaService::policyList(pqxx::transaction_base& tx, const Session&, const Args&)
{
    QCborArray items;
    for (const SlaPolicy& policy : SlaRepository::policies(tx))
        items.append(policyToCbor(policy));
    QCborMap result;
    result.insert(QStringLiteral("items"), items);
    result.insert(QStringLiteral("repeat_repair_days"), SlaRepository::repeatRepairDays(tx));
    result.insert(QStringLiteral("calendar"), calendarToCbor(SlaRepository::calendar(tx)));
    return result;
}

QCborMap SlaService::policySet(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    SlaPolicy p;
    p.serviceType = args.requiredString(QStringLiteral("service_type"), 40);
    if (!common::serviceTypeCodes().contains(p.serviceType))
        throw ApiError::validation(QStringLiteral("service_type"), QStringLiteral("is not a service type"));
    p.severity = args.requiredString(QStringLiteral("severity"), 20);
    if (!common::severityCodes().contains(p.severity))
        throw ApiError::validation(QStringLiteral("severity"), QStringLiteral("must be major or general"));
    p.responseMinutes = int(args.requiredInt(QStringLiteral("response_minutes"), 1, kMaxMinutes));
    p.onSiteMinutes = int(args.requiredInt(QStringLiteral("on_site_minutes"), 1, kMaxMinutes));
    p.completionMinutes = int(args.requiredInt(QStringLiteral("completion_minutes"), 1, kMaxMinutes));
    if (p.onSiteMinutes < p.responseMinutes)
        throw ApiError::validation(QStringLiteral("on_site_minutes"), QStringLiteral("must not be less than response_minutes"));
    if (p.completionMinutes < p.onSiteMinutes)
        throw ApiError::validation(QStringLiteral("completion_minutes"), QStringLiteral("must not be less than on_site_minutes"));
    p.businessHours = args.boolOr(QStringLiteral("business_hours"), false);
    p.version = int(args.optionalInt(QStringLiteral("version"), 1, std::numeric_limits<int>::max()).value_or(0));
    const bool recompute = args.boolOr(QStringLiteral("recompute"), false);
    if (!SlaRepository::savePolicy(tx, p, session.userId))
        throw ApiError::conflict(p.version == 0
                                     ? QStringLiteral("a policy for %1 / %2 exists already; send its version").arg(p.serviceType, p.severity)
                                     : QStringLiteral("the policy was changed by someone else; reload it"));
    QCborMap result;
    for (const SlaPolicy& saved : SlaRepository::policies(tx))
        if (saved.serviceType == p.serviceType && saved.severity == p.severity)
            result = policyToCbor(saved);
    if (recompute)
        result.insert(QStringLiteral("recomputed"), recomputeIn(tx, {p.serviceType, p.severity}, session.userId));
    SlaRepository::audit(tx, session.userId, QStringLiteral("sla.policy.set"), result);
    return result;
}

QCborMap SlaService::settingsSet(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const int days = int(args.requiredInt(QStringLiteral("repeat_repair_days"), 1, kMaxRepeatDays));
    SlaRepository::setRepeatRepairDays(tx, days, session.userId);
    QCborMap result;
    result.insert(QStringLiteral("repeat_repair_days"), days);
    SlaRepository::audit(tx, session.userId, QStringLiteral("sla.settings.set"), result);
    return result;
}

QCborMap SlaService::calendarSet(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    SlaCalendar calendar;
    QSet<int> weekdays;
    const QCborArray hours = args.map().value(QStringLiteral("work_hours")).toArray();
    if (!args.map().value(QStringLiteral("work_hours")).isArray() || hours.size() > 7)
        throw ApiError::validation(QStringLiteral("work_hours"), QStringLiteral("must be a list of at most 7 days"));
    for (const QCborValue& value : hours) {
        const QCborMap item = value.toMap();
        SlaWorkHours h;
        h.weekday = int(item.value(QStringLiteral("weekday")).toInteger());
        h.start = item.value(QStringLiteral("start")).toString();
        h.end = item.value(QStringLiteral("end")).toString();
        const QTime start = QTime::fromString(h.start, QStringLiteral("HH:mm"));
        const QTime end = QTime::fromString(h.end, QStringLiteral("HH:mm"));
        if (h.weekday < 1 || h.weekday > 7 || weekdays.contains(h.weekday))
            throw ApiError::validation(QStringLiteral("work_hours"), QStringLiteral("each weekday (1 Monday … 7 Sunday) at most once"));
        if (!start.isValid() || !end.isValid() || end <= start)
            throw ApiError::validation(QStringLiteral("work_hours"), QStringLiteral("start and end are HH:MM, end after start"));
        weekdays.insert(h.weekday);
        calendar.workHours.push_back(h);
    }
    const QCborArray holidays = args.map().value(QStringLiteral("holidays")).toArray();
    if (holidays.size() > 1000)
        throw ApiError::validation(QStringLiteral("holidays"), QStringLiteral("at most 1000 days"));
    for (const QCborValue& value : holidays) {
        const QCborMap item = value.toMap();
        SlaHoliday h{item.value(QStringLiteral("day")).toString(), item.value(QStringLiteral("name")).toString()};
        if (!QDate::fromString(h.day, Qt::ISODate).isValid() || h.day.size() != 10)
            throw ApiError::validation(QStringLiteral("holidays"), QStringLiteral("'%1' is not a date YYYY-MM-DD").arg(h.day));
        if (h.name.size() > 100)
            throw ApiError::validation(QStringLiteral("holidays"), QStringLiteral("a name is at most 100 characters"));
        calendar.holidays.push_back(h);
    }
    SlaRepository::setCalendar(tx, calendar);
    const QCborMap result = calendarToCbor(SlaRepository::calendar(tx));
    SlaRepository::audit(tx, session.userId, QStringLiteral("sla.calendar.set"), result);
    return result;
}

QCborMap SlaService::recompute(pqxx::connection& connection, const Session& session, const Args& args)
{
    const SlaRecomputeFilter filter = recomputeFilter(args);
    // A batch per transaction: the orders of one batch are locked only while it runs.
    int changed = 0;
    for (qint64 after = 0;;) {
        SlaRecomputeBatch batch;
        for (int attempt = 1;; ++attempt) {
            try {
                pqxx::work tx(connection);
                batch = SlaRepository::recomputeBatch(tx, filter, after, kRecomputeBatch, session.userId);
                tx.commit();
                break;
            } catch (const pqxx::transaction_rollback&) {   // a deadlock with a transition: run the batch again
                if (attempt == kBatchAttempts)
                    throw;
            }
        }
        changed += batch.changed;
        if (batch.lastId == 0)
            break;
        after = batch.lastId;
    }
    QCborMap result;
    result.insert(QStringLiteral("changed"), changed);
    QCborMap detail = result;
    detail.insert(QStringLiteral("service_type"), filter.serviceType.isEmpty() ? QCborValue(QCborValue::Null)
                                                                               : QCborValue(filter.serviceType));
    detail.insert(QStringLiteral("severity"), filter.severity.isEmpty() ? QCborValue(QCborValue::Null)
                                                                        : QCborValue(filter.severity));
    pqxx::work tx(connection);
    SlaRepository::audit(tx, session.userId, QStringLiteral("sla.recompute"), detail);
    tx.commit();
    return result;
}

void SlaService::onCreate(pqxx::transaction_base& tx, qint64 ticketId, const QString& serviceType,
                          std::optional<qint64> customerProductId, qint64 userId)
{
    SlaRepository::startClocks(tx, ticketId);
    if (serviceType != QLatin1String("repair") || !customerProductId)
        return;
    const int days = SlaRepository::repeatRepairDays(tx);
    const auto earlier = SlaRepository::lastRepair(tx, *customerProductId, ticketId, days);
    if (!earlier)
        return;
    SlaRepository::setRepeatOf(tx, ticketId, earlier->id);
    QCborMap detail;
    detail.insert(QStringLiteral("repeat_of_ticket_id"), earlier->id);
    detail.insert(QStringLiteral("repeat_of_number"), earlier->number);
    detail.insert(QStringLiteral("repeat_of_resolved_at"), iso(earlier->resolvedAt));
    detail.insert(QStringLiteral("window_days"), days);
    addEvent(tx, ticketId, userId, QStringLiteral("repeat_repair"), detail);
}

void SlaService::onTransition(pqxx::transaction_base& tx, qint64 ticketId, qint64 userId, const QString& fromCategory,
                              const QString& toCategory, const QString& toState,
                              const QList<common::WorkflowEffect>& effects)
{
    if (isDone(fromCategory) && !isDone(toCategory)) {
        // Reopened: the completion clock runs again from now with the policy's full duration.
        if (const auto restart = SlaRepository::restartCompletion(tx, ticketId)) {
            QCborMap detail;
            detail.insert(QStringLiteral("clock"), QStringLiteral("completion"));
            detail.insert(QStringLiteral("due_at"), iso(restart->dueAt));
            detail.insert(QStringLiteral("previous_due_at"), iso(restart->previousDueAt));
            detail.insert(QStringLiteral("breach_cleared"), restart->wasBreached);
            addEvent(tx, ticketId, userId, QStringLiteral("sla_restarted"), detail);
        }
    }
    const QString waiting = QStringLiteral("waiting");
    bool resume = fromCategory == waiting && toCategory != waiting;
    QString pauseReason;
    QStringList stops;
    for (const common::WorkflowEffect& effect : effects) {
        if (effect.type == QLatin1String("sla_resume"))
            resume = true;
        else if (effect.type == QLatin1String("sla_pause"))
            pauseReason = effect.param.isEmpty() ? toState : effect.param;
        else if (effect.type == QLatin1String("sla_stop"))
            stops += effect.param.isEmpty()
                ? QStringList{QStringLiteral("response"), QStringLiteral("on_site"), QStringLiteral("completion")}
                : QStringList{effect.param};
    }
    if (pauseReason.isEmpty() && toCategory == waiting && fromCategory != waiting)
        pauseReason = toState;
    if (isDone(toCategory)) {
        resume = true;   // the clocks stop where the pause ends
        pauseReason.clear();
        stops = QStringList{QStringLiteral("response"), QStringLiteral("on_site"), QStringLiteral("completion")};
    }

    if (resume) {
        if (const auto seconds = SlaRepository::resume(tx, ticketId, userId)) {
            QCborMap detail;
            detail.insert(QStringLiteral("paused_seconds"), *seconds);
            addEvent(tx, ticketId, userId, QStringLiteral("sla_resumed"), detail);
        }
    }
    if (!pauseReason.isEmpty() && SlaRepository::pause(tx, ticketId, pauseReason, userId)) {
        QCborMap detail;
        detail.insert(QStringLiteral("reason"), pauseReason);
        addEvent(tx, ticketId, userId, QStringLiteral("sla_paused"), detail);
    }
    if (!stops.isEmpty())
        SlaRepository::stop(tx, ticketId, stops);
}

QCborArray SlaService::pauses(pqxx::transaction_base& tx, qint64 ticketId)
{
    QCborArray items;
    for (const SlaPause& pause : SlaRepository::pauses(tx, ticketId)) {
        QCborMap map;
        map.insert(QStringLiteral("reason"), pause.reason);
        map.insert(QStringLiteral("started_at"), iso(pause.startedAt));
        map.insert(QStringLiteral("ended_at"), iso(pause.endedAt));
        items.append(map);
    }
    return items;
}

Pushes SlaService::detectBreaches(pqxx::connection& connection, const std::optional<QDateTime>& now)
{
    pqxx::work tx(connection);
    const auto breaches = SlaRepository::claimBreaches(tx, now);
    tx.commit();
    Pushes pushes;
    for (const SlaBreach& breach : breaches) {
        QCborMap data;
        data.insert(QStringLiteral("id"), breach.ticketId);
        data.insert(QStringLiteral("number"), breach.number);
        data.insert(QStringLiteral("clocks"), QCborArray::fromStringList(breach.clocks));
        data.insert(QStringLiteral("due_at"), breach.dueAt);
        data.insert(QStringLiteral("assigned_org_unit_id"),
                    breach.assignedOrgUnitId ? QCborValue(breach.assignedOrgUnitId) : QCborValue(QCborValue::Null));
        std::set<qint64> recipients(breach.supervisors.begin(), breach.supervisors.end());
        recipients.insert(breach.ownerId);
        for (const qint64 user : recipients)
            pushes.push_back(Push::toUser(user, {QStringLiteral("ticket.sla_breached"), data}));
    }
    return pushes;
}

} // namespace csm::server::tickets
