#include "server/cti/sim_adapter.h"

#include <QUuid>

namespace csm::server::cti {

QString SimAdapter::channelName(const QString& extension, const QString& callKey)
{
    return QStringLiteral("SIM/%1-%2").arg(extension, callKey);
}

CallEvent SimAdapter::event(CallEventKind kind, const QString& callKey, const Call& call) const
{
    CallEvent event;
    event.kind = kind;
    event.callKey = callKey;
    event.direction = call.direction;
    event.caller = call.direction == CallDirection::Outbound ? call.extension : call.caller;
    event.called = call.direction == CallDirection::Outbound ? call.caller : call.extension;
    event.extension = call.extension;
    event.queue = call.queue;
    event.channel = channelName(call.extension, callKey);
    event.source = QStringLiteral("sim");
    event.at = QDateTime::currentDateTimeUtc();
    return event;
}

void SimAdapter::ring(const QString& callKey, const QString& caller, const QString& extension, const QString& queue)
{
    Call call{caller, extension, queue, CallDirection::Inbound, false};
    m_calls.insert(callKey, call);
    emit callEvent(event(CallEventKind::Offered, callKey, call));
    if (!queue.isEmpty())
        emit callEvent(event(CallEventKind::Queued, callKey, call));
    emit callEvent(event(CallEventKind::Ringing, callKey, call));
}

bool SimAdapter::answer(const QString& callKey, QString* error)
{
    auto it = m_calls.find(callKey);
    if (it == m_calls.end()) {
        *error = QStringLiteral("no such simulated call");
        return false;
    }
    if (it->answered) {
        *error = QStringLiteral("the call is already answered");
        return false;
    }
    it->answered = true;
    emit callEvent(event(CallEventKind::Answered, callKey, *it));
    return true;
}

bool SimAdapter::hangupCall(const QString& callKey, bool byAgent, QString* error)
{
    const auto it = m_calls.constFind(callKey);
    if (it == m_calls.cend()) {
        *error = QStringLiteral("no such simulated call");
        return false;
    }
    const Call call = *it;
    m_calls.erase(it);
    if (!call.answered) {
        emit callEvent(event(CallEventKind::Abandoned, callKey, call));
    } else if (byAgent) {
        emit callEvent(event(CallEventKind::AgentLeft, callKey, call));
    }
    emit callEvent(event(CallEventKind::Ended, callKey, call));
    return true;
}

bool SimAdapter::originate(const QString& extension, const QString& number, const QString&, QString*)
{
    const QString callKey = QStringLiteral("sim-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Call call{number, extension, {}, CallDirection::Outbound, true};
    m_calls.insert(callKey, call);
    emit callEvent(event(CallEventKind::Offered, callKey, call));
    // The agent's phone picks up and the simulated customer answers at once.
    emit callEvent(event(CallEventKind::Answered, callKey, call));
    return true;
}

bool SimAdapter::hangup(const QString& channel, QString* error)
{
    // "SIM/<extension>-<callKey>": the agent hangs up.
    const int dash = channel.indexOf(QLatin1Char('-'));
    if (!channel.startsWith(QLatin1String("SIM/")) || dash < 0) {
        *error = QStringLiteral("not a simulated channel");
        return false;
    }
    return hangupCall(channel.mid(dash + 1), true, error);
}

} // namespace csm::server::cti
