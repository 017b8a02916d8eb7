#include "server/modules/cti/cti_events.h"

namespace csm::server::cti {

namespace {
QCborValue isoOrNull(const QDateTime& time)
{
    return time.isValid() ? QCborValue(time.toString(Qt::ISODateWithMs)) : QCborValue(QCborValue::Null);
}
} // namespace

QCborMap agentToCbor(const AgentRow& agent)
{
    QCborMap map;
    map.insert(QStringLiteral("user_id"), agent.userId);
    map.insert(QStringLiteral("display_name"), agent.displayName);
    map.insert(QStringLiteral("extension"), agent.extension);
    map.insert(QStringLiteral("state"), agent.state);
    map.insert(QStringLiteral("reason"), agent.reason);
    map.insert(QStringLiteral("call_key"), agent.callKey);
    map.insert(QStringLiteral("since"), isoOrNull(agent.since));
    return map;
}

QCborMap callToCbor(const CallRow& call)
{
    QCborMap map;
    map.insert(QStringLiteral("id"), call.id);
    map.insert(QStringLiteral("call_key"), call.callKey);
    map.insert(QStringLiteral("direction"), call.direction);
    map.insert(QStringLiteral("caller_number"), call.callerNumber);
    map.insert(QStringLiteral("called_number"), call.calledNumber);
    map.insert(QStringLiteral("customer_number"), call.customerNumber);
    map.insert(QStringLiteral("queue"), call.queue);
    map.insert(QStringLiteral("extension"), call.extension);
    map.insert(QStringLiteral("agent_id"), call.agentId);
    map.insert(QStringLiteral("customer_id"), call.customerId);
    map.insert(QStringLiteral("outcome"), call.outcome);
    map.insert(QStringLiteral("offered_at"), isoOrNull(call.offeredAt));
    map.insert(QStringLiteral("answered_at"), isoOrNull(call.answeredAt));
    map.insert(QStringLiteral("ended_at"), isoOrNull(call.endedAt));
    if (call.wrapUpSeconds >= 0)
        map.insert(QStringLiteral("wrap_up_seconds"), call.wrapUpSeconds);
    map.insert(QStringLiteral("recording"), call.recording);
    return map;
}

QCborMap figuresToCbor(const CallFigures& figures)
{
    QCborMap map;
    map.insert(QStringLiteral("waiting"), figures.waiting);
    map.insert(QStringLiteral("active"), figures.active);
    map.insert(QStringLiteral("offered_today"), figures.offeredToday);
    map.insert(QStringLiteral("answered_today"), figures.answeredToday);
    map.insert(QStringLiteral("abandoned_today"), figures.abandonedToday);
    return map;
}

void pushAgentChanges(Pushes& pushes, const std::vector<AgentRow>& changed)
{
    for (const AgentRow& agent : changed) {
        common::Event event{QStringLiteral("agent.state"), agentToCbor(agent)};
        pushes.push_back(Push::toUser(agent.userId, event));
        pushes.push_back(Push::toPermission(QString::fromLatin1(kWallboardPermission), std::move(event)));
    }
}

void pushFigures(Pushes& pushes, const CallFigures& figures)
{
    pushes.push_back(Push::toPermission(QString::fromLatin1(kWallboardPermission),
                                        {QStringLiteral("wallboard.calls"), figuresToCbor(figures)}));
}

} // namespace csm::server::cti
