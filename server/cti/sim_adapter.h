#pragma once
// The call simulator: a PBX in memory for demos and tests. `csmctl sim-call` drives it
// through the `cti.sim.*` ops; it reports the same CallEvents as the AMI adapter, so a
// simulated call takes exactly the server path a real one does.
#include "server/cti/cti_adapter.h"

#include <QHash>

namespace csm::server::cti {

class SimAdapter : public CtiAdapter {
    Q_OBJECT
public:
    using CtiAdapter::CtiAdapter;

    QString name() const override { return QStringLiteral("sim"); }
    void start() override {}
    void stop() override { m_calls.clear(); }
    bool isConnected() const override { return true; }
    bool originate(const QString& extension, const QString& number, const QString& reference,
                   QString* error) override;
    bool hangup(const QString& channel, QString* error) override;

    // An inbound call from `caller` to `extension`, optionally through `queue` (then the pop
    // waits for the answer, as with AMI's AgentConnect). `callKey` is chosen by the caller.
    void ring(const QString& callKey, const QString& caller, const QString& extension, const QString& queue);
    // The agent at the ringing extension picks up.
    bool answer(const QString& callKey, QString* error);
    // The caller hangs up (abandoned when not answered yet), or the agent does (`byAgent`).
    bool hangupCall(const QString& callKey, bool byAgent, QString* error);
    // "SIM/<extension>-<callKey>", the channel name its events carry.
    static QString channelName(const QString& extension, const QString& callKey);

private:
    struct Call {
        QString caller;
        QString extension;
        QString queue;
        CallDirection direction = CallDirection::Inbound;
        bool answered = false;
    };
    CallEvent event(CallEventKind kind, const QString& callKey, const Call& call) const;

    QHash<QString, Call> m_calls;
};

} // namespace csm::server::cti
