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
        if (!m_loaded)
            return;   // the snapshot is on its way; it includes this change
        if (name == QLatin1String("agent.state"))
            m_model.upsertAgent(AgentInfo::fromCbor(data.toMap()));
        else if (name == QLatin1String("wallboard.calls"))
            m_model.setFigures(CallFigures::fromCbor(data.toMap()));
    });
}

void WallboardController::load()
{
    const quint64 generation = ++m_generation;
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
        m_model.setFigures(CallFigures::fromCbor(result.value(QStringLiteral("calls")).toMap()));
        m_loaded = true;
        emit loaded();
    });
}

} // namespace csm::client
