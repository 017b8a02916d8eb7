#pragma once
// Feeds the WallboardModel: cti.wallboard once, then the `agent.state` and `wallboard.calls`
// events (no polling).
#include "client/core/desk_types.h"
#include "common/protocol/message.h"

#include <QList>
#include <QObject>

namespace csm::client {

class RpcClient;
class WallboardModel;

class WallboardController : public QObject {
    Q_OBJECT
public:
    WallboardController(RpcClient& rpc, WallboardModel& model, QObject* parent = nullptr);

    void load();
    bool isLoaded() const { return m_loaded; }

signals:
    void loaded();
    void failed(const csm::common::ErrorInfo& error);

private:
    RpcClient& m_rpc;
    WallboardModel& m_model;
    quint64 m_generation = 0;
    bool m_loaded = false;
    // Agent changes pushed while the snapshot is on its way: the server may have read the snapshot
    // before them, so they are applied after it unless the snapshot has a newer state.
    QList<AgentInfo> m_pending;
};

} // namespace csm::client
