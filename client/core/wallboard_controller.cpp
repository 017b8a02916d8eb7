#include "client/core/wallboard_controller.h"

#include "client/core/rpc_client.h"
#include "client/core/wallboard_model.h"

#include <QCborArray>

namespace csm::client {

WallboardController::WallboardController(RpcClient& rpc, WallboardModel& model, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_model(model)
{
    connect(&m_rpc, &RpcClient::eventReceived, this, [this](const QString& name, const QCborValue& data) {
        if (!m_loaded) {
            if (name == QLatin1String("agent.state"))
                m_pending.append(AgentInfo::fromCbor(data.toMap()));
            return;   // the call figures come with the snapshot
        }
        if (name == QLatin1String("agent.state"))
            m_model.upsertAgent(AgentInfo::fromCbor(data.toMap()));
        else if (name == QLatin1String("wallboard.calls"))
            m_model.setFigures(CallFigures::fromCbor(data.toMap()));
    });
}

void WallboardController::load()
{
    const quint64 generation = ++m_generation;
    if (!m_loaded)
        m_pending.clear();
    m_rpc.call(QStringLiteral("cti.wallboard"), {}, this, [this, generation](const common::Response& response) {
        if (generation != m_generation)
            return;
        if (!response.ok) {
            emit failed(response.error);
            return;
        }
        const QCborMap result = response.result.toMap();
        QList<AgentInfo> agents;
        for (const QCborValue& item : result.value(QStringLiteral("agents")).toArray())
            agents.append(AgentInfo::fromCbor(item.toMap()));
        m_model.setAgents(agents);
        for (const AgentInfo& change : std::as_const(m_pending)) {
            const int row = m_model.rowOfAgent(change.userId);
            if (row < 0 || !m_model.agentAt(row).since.isValid() || change.since >= m_model.agentAt(row).since)
                m_model.upsertAgent(change);
        }
        m_pending.clear();
        m_model.setFigures(CallFigures::fromCbor(result.value(QStringLiteral("calls")).toMap()));
        m_loaded = true;
        emit loaded();
    });
}

} // namespace csm::client
