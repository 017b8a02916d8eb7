#pragma once
// The one RPC client of the desktop app and csmctl: asynchronous calls answered by id,
// pipelining, automatic reconnect with session resume, pushed events. Never blocks.
#include "common/protocol/frame.h"
#include "common/protocol/message.h"

#include <QCborMap>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

namespace csm::client {

class RpcClient : public QObject {
    Q_OBJECT
public:
    enum class State {
        Disconnected,   // not connected, not trying
        Connecting,     // TCP + hello in progress (first time or reconnecting)
        Connected,      // hello done, no session
        Authenticated,  // logged in or resumed
    };
    Q_ENUM(State)

    using Callback = std::function<void(const common::Response&)>;

    explicit RpcClient(QObject* parent = nullptr);
    ~RpcClient() override;

    void setServer(const QString& host, quint16 port);
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    void setClientName(const QString& name) { m_clientName = name; }
    void setAutoReconnect(bool enabled) { m_autoReconnect = enabled; }
    void setRequestTimeout(int milliseconds) { m_requestTimeoutMs = milliseconds; }

    void connectToServer();
    void disconnectFromServer();

    // Logs in (connecting first if needed). On success the client keeps the token and
    // resumes the session by itself after a lost connection.
    void login(const QString& username, const QString& password, QObject* context, Callback callback);
    // Resumes a session from a token kept elsewhere (e.g. a restarted client).
    void resume(const QString& token, QObject* context, Callback callback);
    void logout(QObject* context, Callback callback);

    // Sends an op. Writes get an idempotency key so that a resend after a reconnect is
    // safe. While not authenticated, non-public calls wait (up to the request timeout).
    // The callback runs on this object's thread, unless `context` is gone by then.
    qint64 call(const QString& op, const QCborMap& args, QObject* context, Callback callback);
    // A write with the caller's own idempotency key: a form that may send the same request
    // again (the user presses Save twice, or once more after a timeout) keeps one key, and the
    // server answers the resend with the first result instead of creating a second record.
    qint64 callIdempotent(const QString& op, const QCborMap& args, const QString& idempotencyKey, QObject* context,
                          Callback callback);

    State state() const { return m_state; }
    bool isAuthenticated() const { return m_state == State::Authenticated; }
    QString token() const { return m_token; }
    // The session as the server described it: {user: {...}, expires_at}.
    QCborMap session() const { return m_session; }
    bool hasPermission(const QString& permission) const;
    int pendingCount() const { return static_cast<int>(m_pending.size()); }

signals:
    void stateChanged(csm::client::RpcClient::State state);
    void sessionChanged(const QCborMap& session);
    // The session cannot be resumed (revoked, expired): the user must log in again.
    void sessionEnded(const QString& reason);
    void eventReceived(const QString& name, const QCborValue& data);
    // The server refused this client's protocol version.
    void incompatibleServer(const QString& message);
    void connectionError(const QString& message);

private:
    struct Pending {
        common::Request request;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback callback;
        bool sent = false;
        bool needsSession = true;
        qint64 deadline = 0;   // msecs since epoch
    };

    void setState(State state);
    void onConnected();
    void onDisconnected();
    void onReadyRead();
    void onSocketError();
    void scheduleReconnect();
    void sendHello();
    void sendResume();
    qint64 enqueue(common::Request request, QObject* context, Callback callback, bool needsSession);
    void flush();
    void transmit(Pending& pending);
    void complete(qint64 id, const common::Response& response);
    void failLocally(qint64 id, common::ErrorCode code, const QString& message);
    void checkTimeouts();
    void handleMessage(const QCborMap& message);
    void adoptSession(const QCborMap& result);

    QTcpSocket m_socket;
    common::FrameReader m_reader;
    QString m_host = QStringLiteral("127.0.0.1");
    quint16 m_port = 7420;
    QString m_clientName = QStringLiteral("csm-client");
    State m_state = State::Disconnected;
    bool m_wanted = false;          // the user wants to be connected
    bool m_autoReconnect = true;
    bool m_helloDone = false;
    bool m_resuming = false;
    int m_reconnectAttempt = 0;
    int m_requestTimeoutMs = 30000;
    QTimer m_reconnectTimer;
    QTimer m_timeoutTimer;
    qint64 m_nextId = 1;
    QHash<qint64, Pending> m_pending;
    QList<qint64> m_order;          // send order of queued requests
    QString m_token;
    QCborMap m_session;
};

} // namespace csm::client
