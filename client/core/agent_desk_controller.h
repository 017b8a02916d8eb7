#pragma once
// The agent's desk: the agent state at the extension, the current call (from `call.ringing`,
// `call.update` and the agent's own `agent.state`), answer / hang up / wrap-up, click-to-dial,
// and telephone errors (`cti.error`). The widgets call this; it calls the RpcClient.
#include "client/core/desk_types.h"
#include "common/protocol/message.h"

#include <QCborValue>
#include <QObject>

namespace csm::client {

class RpcClient;

class AgentDeskController : public QObject {
    Q_OBJECT
public:
    explicit AgentDeskController(RpcClient& rpc, QObject* parent = nullptr);

    // Session start: adopts the agent's state, logging in at the assigned extension when
    // logged out. `userId` is the signed-in user (events of other agents are ignored).
    void start(qint64 userId);
    // After a reconnect (events may have been missed): the server's state again.
    void resync();
    void logout();
    void setReady();
    void setNotReady(const QString& reason);
    void answer();
    void hangup();
    // Ends the wrap-up of the last call: the summary goes into the customer's history.
    void finishWrapUp(const QString& summary, const QString& nextState = QStringLiteral("ready"),
                      const QString& reason = {});
    void dial(const QString& number);
    // The customer the current (or last) call is about: picked from several matches or created.
    void setCallCustomer(qint64 customerId);

    const AgentInfo& agent() const { return m_agent; }
    const DeskCall& call() const { return m_call; }
    bool hasCall() const { return m_call.isValid(); }
    // The agent is in wrap-up and a call is there to wrap up.
    bool isWrappingUp() const;
    bool isBusy() const { return m_pending > 0; }

signals:
    void agentChanged(const csm::client::AgentInfo& agent);
    // A call rang (or, through a queue, was answered) at this desk: show the caller.
    void screenPop(const csm::client::DeskCall& call);
    void callChanged(const csm::client::DeskCall& call);
    // The wrap-up was recorded; the desk has no call any more.
    void wrapUpDone();
    void dialStarted(const QString& number);
    // The telephone system refused an action after the reply (the `cti.error` event).
    void ctiError(const QString& action, const QString& message);
    void failed(const csm::common::ErrorInfo& error);

private:
    void onEvent(const QString& name, const QCborValue& data);
    void adoptAgent(const AgentInfo& agent);
    void send(const QString& op, const QCborMap& args, std::function<void(const QCborValue&)> onResult = {});
    QString wrapUpCallKey() const;

    RpcClient& m_rpc;
    qint64 m_userId = 0;
    AgentInfo m_agent;
    DeskCall m_call;
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace csm::client
