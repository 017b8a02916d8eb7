#pragma once
// Feeds the WallboardModel: cti.wallboard once, then the `agent.state` and `wallboard.calls`
// events (no polling).
#include "common/protocol/message.h"

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
};

} // namespace csm::client
