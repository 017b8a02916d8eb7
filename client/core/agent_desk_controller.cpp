#include "client/core/agent_desk_controller.h"

#include "client/core/rpc_client.h"

namespace csm::client {

AgentDeskController::AgentDeskController(RpcClient& rpc, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
{
    connect(&m_rpc, &RpcClient::eventReceived, this, &AgentDeskController::onEvent);
}

void AgentDeskController::start(qint64 userId)
{
    m_userId = userId;
    ++m_generation;
    m_call = {};
    m_agent = {};
    const quint64 generation = m_generation;
    // Adopt first: a restarted client must not reset a running call by logging in again.
    send(QStringLiteral("agent.state.get"), {}, [this, generation](const QCborValue& result) {
        if (generation != m_generation)
            return;
        const AgentInfo agent = AgentInfo::fromCbor(result.toMap());
        if (agent.isLoggedIn()) {
            adoptAgent(agent);
            return;
        }
        adoptAgent(agent);   // logged out, with the assigned extension
        if (agent.extension.isEmpty())
            return;          // no extension assigned: nothing to log in to
        send(QStringLiteral("agent.login"), {}, [this, generation](const QCborValue& login) {
            if (generation == m_generation)
                adoptAgent(AgentInfo::fromCbor(login.toMap()));
        });
    });
}

void AgentDeskController::resync()
{
    if (m_userId == 0)
        return;
    send(QStringLiteral("agent.state.get"), {}, [this](const QCborValue& result) {
        const AgentInfo agent = AgentInfo::fromCbor(result.toMap());
        if (m_call.isValid() && agent.callKey != m_call.callKey && !agent.isOnCall()
            && agent.state != QLatin1String("wrap_up")) {
            m_call = {};   // the call ended while we were away
            emit callChanged(m_call);
        }
        adoptAgent(agent);
    });
}

void AgentDeskController::logout()
{
    send(QStringLiteral("agent.logout"), {}, [this](const QCborValue& result) { adoptAgent(AgentInfo::fromCbor(result.toMap())); });
}

void AgentDeskController::setReady()
{
    send(QStringLiteral("agent.state.set"), QCborMap{{QStringLiteral("state"), QStringLiteral("ready")}},
         [this](const QCborValue& result) { adoptAgent(AgentInfo::fromCbor(result.toMap())); });
}

void AgentDeskController::setNotReady(const QString& reason)
{
    send(QStringLiteral("agent.state.set"),
         QCborMap{{QStringLiteral("state"), QStringLiteral("not_ready")}, {QStringLiteral("reason"), reason}},
         [this](const QCborValue& result) { adoptAgent(AgentInfo::fromCbor(result.toMap())); });
}

void AgentDeskController::answer()
{
    if (!m_call.isValid() || m_call.phase != QLatin1String("ringing"))
        return;
    send(QStringLiteral("cti.call.answer"), QCborMap{{QStringLiteral("call_key"), m_call.callKey}});
}

void AgentDeskController::hangup()
{
    const QString key = m_call.isValid() ? m_call.callKey : m_agent.callKey;
    if (key.isEmpty())
        return;
    send(QStringLiteral("cti.call.hangup"), QCborMap{{QStringLiteral("call_key"), key}});
}

QString AgentDeskController::wrapUpCallKey() const
{
    if (m_call.isValid())
        return m_call.callKey;
    return m_agent.callKey;
}

bool AgentDeskController::isWrappingUp() const
{
    return m_agent.state == QLatin1String("wrap_up") && !wrapUpCallKey().isEmpty();
}

void AgentDeskController::finishWrapUp(const QString& summary, const QString& nextState, const QString& reason)
{
    const QString key = wrapUpCallKey();
    if (key.isEmpty())
        return;
    QCborMap args{{QStringLiteral("call_key"), key}, {QStringLiteral("next_state"), nextState}};
    if (!summary.trimmed().isEmpty())
        args.insert(QStringLiteral("summary"), summary.trimmed());
    if (m_call.isValid() && m_call.customerId != 0)
        args.insert(QStringLiteral("customer_id"), m_call.customerId);
    if (nextState == QLatin1String("not_ready"))
        args.insert(QStringLiteral("reason"), reason);
    send(QStringLiteral("cti.call.wrapup"), args, [this, key](const QCborValue& result) {
        const QCborMap map = result.toMap();
        if (map.contains(QStringLiteral("agent")))
            adoptAgent(AgentInfo::fromCbor(map.value(QStringLiteral("agent")).toMap()));
        if (m_call.callKey == key) {
            m_call = {};
            emit callChanged(m_call);
        }
        emit wrapUpDone();
    });
}

void AgentDeskController::dial(const QString& number)
{
    if (number.trimmed().isEmpty())
        return;
    send(QStringLiteral("cti.dial"), QCborMap{{QStringLiteral("number"), number}},
         [this, number](const QCborValue&) { emit dialStarted(number); });
}

void AgentDeskController::setCallCustomer(qint64 customerId)
{
    if (!m_call.isValid() || customerId == 0)
        return;
    m_call.customerId = customerId;
    emit callChanged(m_call);
}

void AgentDeskController::send(const QString& op, const QCborMap& args, std::function<void(const QCborValue&)> onResult)
{
    ++m_pending;
    const quint64 generation = m_generation;
    m_rpc.call(op, args, this, [this, generation, onResult = std::move(onResult)](const common::Response& response) {
        --m_pending;
        if (generation != m_generation)
            return;   // an answer for the previous user's desk
        if (!response.ok) {
            emit failed(response.error);
            return;
        }
        if (onResult)
            onResult(response.result);
    });
}

void AgentDeskController::adoptAgent(const AgentInfo& agent)
{
    if (m_userId != 0 && agent.userId != 0 && agent.userId != m_userId)
        return;
    m_agent = agent;
    // A call we learn about from our own state only (click-to-dial, or a restarted client).
    if (agent.isOnCall() && !agent.callKey.isEmpty() && m_call.callKey != agent.callKey) {
        m_call = {};
        m_call.callKey = agent.callKey;
        m_call.phase = agent.state == QLatin1String("ringing") ? QStringLiteral("ringing") : QStringLiteral("answered");
        m_call.direction = QStringLiteral("outbound");
        emit callChanged(m_call);
    }
    // Back to ready / not ready (a call that only rang, or wrap-up done elsewhere): no call.
    if ((agent.state == QLatin1String("ready") || agent.state == QLatin1String("not_ready")
         || agent.state == QLatin1String("logged_out"))
        && m_call.isValid() && m_call.phase == QLatin1String("ended")) {
        m_call = {};
        emit callChanged(m_call);
    }
    emit agentChanged(m_agent);
}

void AgentDeskController::onEvent(const QString& name, const QCborValue& data)
{
    if (m_userId == 0)
        return;
    const QCborMap map = data.toMap();
    if (name == QLatin1String("agent.state")) {
        const AgentInfo agent = AgentInfo::fromCbor(map);
        if (agent.userId == m_userId)
            adoptAgent(agent);
    } else if (name == QLatin1String("call.ringing")) {
        DeskCall call = DeskCall::fromRinging(map);
        if (call.callKey == m_call.callKey)
            call.phase = m_call.phase;   // a queue call pops when answered
        m_call = call;
        emit callChanged(m_call);
        emit screenPop(m_call);
    } else if (name == QLatin1String("call.update")) {
        const QString key = map.value(QStringLiteral("call_key")).toString();
        if (key.isEmpty())
            return;
        if (m_call.callKey != key) {
            m_call = {};
            m_call.callKey = key;
            m_call.direction = QStringLiteral("outbound");
        }
        m_call.callId = map.value(QStringLiteral("call_id")).toInteger();
        m_call.phase = map.value(QStringLiteral("state")).toString();
        m_call.outcome = map.value(QStringLiteral("outcome")).toString();
        // A call that only rang: nothing to wrap up unless the server put us in wrap-up.
        if (m_call.phase == QLatin1String("ended") && m_call.outcome != QLatin1String("answered")
            && m_agent.state != QLatin1String("wrap_up")) {
            emit callChanged(m_call);
            m_call = {};
        }
        emit callChanged(m_call);
    } else if (name == QLatin1String("cti.error")) {
        emit ctiError(map.value(QStringLiteral("action")).toString(), map.value(QStringLiteral("message")).toString());
    }
}

} // namespace csm::client
