#pragma once
// One client connection, living on the network thread: framing, the hello handshake,
// the session, and the replies coming back from the workers.
#include "common/protocol/frame.h"
#include "common/protocol/message.h"
#include "server/rpc/session.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

namespace csm::server {

class RpcServer;

class Connection : public QObject {
    Q_OBJECT
public:
    Connection(quint64 id, QTcpSocket* socket, RpcServer& server);
    ~Connection() override;

    quint64 id() const { return m_id; }
    QString peerAddress() const { return m_peerAddress; }
    const SessionPtr& session() const { return m_session; }
    void setSession(SessionPtr session);
    void clearSession();

    void send(const QCborMap& message);
    void sendResponse(const common::Response& response);
    void sendEvent(const common::Event& event);
    void requestFinished() { --m_inFlight; }
    int inFlight() const { return m_inFlight; }
    void close();
    void abort();

    // When the session's last-seen time should be written again (at most once a minute).
    bool takeLastSeenRefresh();

signals:
    void closed(quint64 id);

private:
    void onReadyRead();
    void handleMessage(const QCborMap& message);
    void handleHello(const common::Request& request);

    quint64 m_id;
    QTcpSocket* m_socket;
    RpcServer& m_server;
    QString m_peerAddress;
    common::FrameReader m_reader;
    bool m_helloDone = false;
    int m_protocol = 0;
    SessionPtr m_session;
    QElapsedTimer m_lastSeenWritten;
    int m_inFlight = 0;
    bool m_closing = false;
};

} // namespace csm::server
