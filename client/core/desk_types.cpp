#include "client/core/desk_types.h"

#include <QCborArray>
#include <QCborValue>

namespace csm::client {

namespace {
QDateTime timeValue(const QCborValue& value)
{
    if (!value.isString())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString text(const QCborMap& map, const char* key)
{
    return map.value(QLatin1String(key)).toString();
}

qint64 integer(const QCborMap& map, const char* key)
{
    return map.value(QLatin1String(key)).toInteger();
}
} // namespace

AgentInfo AgentInfo::fromCbor(const QCborMap& map)
{
    AgentInfo agent;
    agent.userId = integer(map, "user_id");
    agent.displayName = text(map, "display_name");
    agent.extension = text(map, "extension");
    agent.state = text(map, "state");
    agent.reason = text(map, "reason");
    agent.callKey = text(map, "call_key");
    agent.since = timeValue(map.value(QLatin1String("since")));
    return agent;
}

DeskCall DeskCall::fromRinging(const QCborMap& map)
{
    DeskCall call;
    call.callKey = text(map, "call_key");
    call.callId = integer(map, "call_id");
    call.caller = text(map, "caller");
    call.callerRaw = text(map, "caller_raw");
    call.withheld = map.value(QLatin1String("withheld")).toBool();
    call.queue = text(map, "queue");
    call.direction = text(map, "direction");
    for (const QCborValue& item : map.value(QLatin1String("customers")).toArray()) {
        const QCborMap customer = item.toMap();
        call.customers.append(CallerMatch{integer(customer, "id"), text(customer, "name"),
                                          static_cast<int>(integer(customer, "vip_level")), text(customer, "address"),
                                          WarrantySummary::fromCbor(customer.value(QLatin1String("warranty")).toMap())});
    }
    call.calls7d = static_cast<int>(map.value(QLatin1String("repeat")).toMap().value(QLatin1String("calls_7d")).toInteger());
    call.phase = QStringLiteral("ringing");
    if (call.customers.size() == 1)
        call.customerId = call.customers.front().id;
    return call;
}

const CallerMatch* DeskCall::match(qint64 customerId) const
{
    for (const CallerMatch& candidate : customers) {
        if (candidate.id == customerId)
            return &candidate;
    }
    return nullptr;
}

CallbackPromise CallbackPromise::fromCbor(const QCborMap& map)
{
    CallbackPromise promise;
    promise.id = integer(map, "id");
    promise.customerId = integer(map, "customer_id");
    promise.customerName = text(map, "customer_name");
    promise.ownerId = integer(map, "owner_id");
    promise.ownerName = text(map, "owner_name");
    promise.dueAt = timeValue(map.value(QLatin1String("due_at")));
    promise.note = text(map, "note");
    promise.status = text(map, "status");
    promise.overdue = map.value(QLatin1String("overdue")).toBool();
    promise.closedAt = timeValue(map.value(QLatin1String("closed_at")));
    promise.outcomeNote = text(map, "outcome_note");
    return promise;
}

ContactEntry ContactEntry::fromCbor(const QCborMap& map)
{
    ContactEntry entry;
    entry.id = integer(map, "id");
    entry.channel = text(map, "channel");
    entry.occurredAt = timeValue(map.value(QLatin1String("occurred_at")));
    entry.userName = text(map, "user_name");
    entry.summary = text(map, "summary");
    const QCborValue call = map.value(QLatin1String("call"));
    if (call.isMap()) {
        const QCborMap callMap = call.toMap();
        entry.hasCall = true;
        entry.callOutcome = text(callMap, "outcome");
        if (callMap.contains(QLatin1String("talk_seconds")))
            entry.talkSeconds = static_cast<int>(integer(callMap, "talk_seconds"));
    }
    return entry;
}

CallFigures CallFigures::fromCbor(const QCborMap& map)
{
    CallFigures figures;
    figures.waiting = static_cast<int>(integer(map, "waiting"));
    figures.active = static_cast<int>(integer(map, "active"));
    figures.offeredToday = static_cast<int>(integer(map, "offered_today"));
    figures.answeredToday = static_cast<int>(integer(map, "answered_today"));
    figures.abandonedToday = static_cast<int>(integer(map, "abandoned_today"));
    return figures;
}

QString formatDuration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 rest = seconds % 60;
    if (hours > 0)
        return QStringLiteral("%1:%2:%3").arg(hours).arg(minutes, 2, 10, QLatin1Char('0')).arg(rest, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(minutes, 2, 10, QLatin1Char('0')).arg(rest, 2, 10, QLatin1Char('0'));
}

} // namespace csm::client
