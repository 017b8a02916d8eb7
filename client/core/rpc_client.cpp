#include "client/core/rpc_client.h"

#include "common/protocol/op_catalogue.h"
#include "common/protocol/version.h"

#include <QCborArray>
#include <QDateTime>
#include <QUuid>

namespace csm::client {

using common::ErrorCode;
using common::Response;

namespace {
constexpr qint64 kHelloId = 0;   // ids of ordinary requests start at 1

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

RpcClient::RpcClient(QObject* parent)
    : QObject(parent)
{
    m_socket.setParent(this);
    connect(&m_socket, &QTcpSocket::connected, this, &RpcClient::onConnected);
    connect(&m_socket, &QTcpSocket::disconnected, this, &RpcClient::onDisconnected);
    connect(&m_socket, &QTcpSocket::readyRead, this, &RpcClient::onReadyRead);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &RpcClient::onSocketError);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (m_wanted && m_socket.state() == QAbstractSocket::UnconnectedState)
            m_socket.connectToHost(m_host, m_port);
    });
    m_timeoutTimer.setInterval(500);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &RpcClient::checkTimeouts);
    m_timeoutTimer.start();
}

RpcClient::~RpcClient()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

void RpcClient::setServer(const QString& host, quint16 port)
{
    m_host = host;
    m_port = port;
}

void RpcClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void RpcClient::connectToServer()
{
    m_wanted = true;
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        return;
    setState(State::Connecting);
    m_socket.connectToHost(m_host, m_port);
}

void RpcClient::disconnectFromServer()
{
    m_wanted = false;
    m_reconnectTimer.stop();
    m_socket.abort();
    m_helloDone = false;
    setState(State::Disconnected);
    const auto ids = m_pending.keys();
    for (const qint64 id : ids)
        failLocally(id, ErrorCode::Internal, tr("Disconnected from the server."));
}

void RpcClient::onConnected()
{
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_reader = common::FrameReader();
    sendHello();
}

void RpcClient::sendHello()
{
    common::Request hello;
    hello.id = kHelloId;
    hello.op = QStringLiteral("hello");
    hello.args.insert(QStringLiteral("protocol"), common::kProtocolVersion);
    hello.args.insert(QStringLiteral("client"), m_clientName);
    m_socket.write(common::encodeFrame(hello.toCbor()));
}

void RpcClient::sendResume()
{
    m_resuming = true;
    common::Request request;
    request.op = QStringLiteral("auth.resume");
    request.args.insert(QStringLiteral("token"), m_token);
    request.id = m_nextId++;
    Pending pending;
    pending.request = request;
    pending.needsSession = false;
    pending.deadline = now() + m_requestTimeoutMs;
    pending.callback = [this](const Response& response) {
        m_resuming = false;
        if (response.ok) {
            adoptSession(response.result.toMap());
            flush();
        } else if (response.error.code == ErrorCode::Unauthenticated) {
            m_token.clear();
            m_session = {};
            setState(State::Connected);
            QList<qint64> waiting;
            for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
                if (it->needsSession)
                    waiting.append(it.key());
            }
            for (const qint64 id : waiting)
                failLocally(id, ErrorCode::Unauthenticated, response.error.message);
            emit sessionEnded(response.error.message);
        } else {
            setState(State::Connected);
        }
    };
    m_pending.insert(request.id, pending);
    m_order.prepend(request.id);
    transmit(m_pending[request.id]);
}

void RpcClient::onDisconnected()
{
    m_helloDone = false;
    m_resuming = false;
    // Sent requests go out again after the reconnect: reads are safe, writes carry keys.
    for (auto& pending : m_pending)
        pending.sent = false;
    if (m_wanted && m_autoReconnect) {
        setState(State::Connecting);
        scheduleReconnect();
    } else {
        setState(State::Disconnected);
        const auto ids = m_pending.keys();
        for (const qint64 id : ids)
            failLocally(id, ErrorCode::Internal, tr("The connection to the server was lost."));
    }
}

void RpcClient::onSocketError()
{
    emit connectionError(m_socket.errorString());
    if (m_socket.state() == QAbstractSocket::UnconnectedState && m_state == State::Connecting) {
        if (m_wanted && m_autoReconnect) {
            scheduleReconnect();
        } else {
            setState(State::Disconnected);
            const auto ids = m_pending.keys();
            for (const qint64 id : ids)
                failLocally(id, ErrorCode::Internal, tr("Cannot reach the server: %1").arg(m_socket.errorString()));
        }
    }
}

void RpcClient::scheduleReconnect()
{
    const int delays[] = {250, 500, 1000, 2000, 4000, 8000};
    const int delay = delays[std::min<int>(m_reconnectAttempt, std::size(delays) - 1)];
    ++m_reconnectAttempt;
    m_reconnectTimer.start(delay);
}

void RpcClient::onReadyRead()
{
    m_reader.append(m_socket.readAll());
    for (;;) {
        QCborMap message;
        QString problem;
        const auto status = m_reader.next(message, problem);
        if (status == common::FrameReader::Status::NeedMore)
            return;
        if (status == common::FrameReader::Status::Error) {
            emit connectionError(tr("Bad data from the server: %1").arg(problem));
            m_socket.abort();
            return;
        }
        handleMessage(message);
    }
}

void RpcClient::handleMessage(const QCborMap& message)
{
    if (common::isEventMessage(message)) {
        const auto event = common::Event::fromCbor(message);
        if (!event)
            return;
        if (event->name == QLatin1String("session.ended") && !m_token.isEmpty()) {
            // Roles changed or the session was revoked: resuming tells which.
            setState(State::Connected);
            sendResume();
            return;
        }
        emit eventReceived(event->name, event->data);
        return;
    }
    QString problem;
    const auto response = Response::fromCbor(message, problem);
    if (!response)
        return;
    if (response->id == kHelloId && !m_helloDone) {
        if (!response->ok) {
            m_wanted = false;
            emit incompatibleServer(response->error.message);
            m_socket.abort();
            return;
        }
        m_helloDone = true;
        m_reconnectAttempt = 0;
        setState(State::Connected);
        if (!m_token.isEmpty())
            sendResume();
        flush();
        return;
    }
    complete(response->id, *response);
}

qint64 RpcClient::enqueue(common::Request request, QObject* context, Callback callback, bool needsSession)
{
    request.id = m_nextId++;
    Pending pending;
    pending.request = std::move(request);
    pending.context = context;
    pending.hasContext = context != nullptr;
    pending.callback = std::move(callback);
    pending.needsSession = needsSession;
    pending.deadline = now() + m_requestTimeoutMs;
    const qint64 id = pending.request.id;
    m_pending.insert(id, std::move(pending));
    m_order.append(id);
    if (m_state == State::Disconnected)
        connectToServer();
    flush();
    return id;
}

qint64 RpcClient::call(const QString& op, const QCborMap& args, QObject* context, Callback callback)
{
    common::Request request;
    request.op = op;
    request.args = args;
    const auto info = common::findOp(op);
    if (info && info->isWrite())
        request.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const bool needsSession = !info || !info->isPublic();
    return enqueue(std::move(request), context, std::move(callback), needsSession);
}

qint64 RpcClient::callIdempotent(const QString& op, const QCborMap& args, const QString& idempotencyKey,
                                 QObject* context, Callback callback)
{
    common::Request request;
    request.op = op;
    request.args = args;
    request.idempotencyKey = idempotencyKey;
    const auto info = common::findOp(op);
    const bool needsSession = !info || !info->isPublic();
    return enqueue(std::move(request), context, std::move(callback), needsSession);
}

void RpcClient::login(const QString& username, const QString& password, QObject* context, Callback callback)
{
    common::Request request;
    request.op = QStringLiteral("auth.login");
    request.args.insert(QStringLiteral("username"), username);
    request.args.insert(QStringLiteral("password"), password);
    request.args.insert(QStringLiteral("client"), m_clientName);
    enqueue(std::move(request), context, [this, callback](const Response& response) {
        if (response.ok) {
            const QCborMap result = response.result.toMap();
            m_token = result.value(QStringLiteral("token")).toString();
            adoptSession(result);
            flush();
        }
        if (callback)
            callback(response);
    }, false);
}

void RpcClient::resume(const QString& token, QObject* context, Callback callback)
{
    common::Request request;
    request.op = QStringLiteral("auth.resume");
    request.args.insert(QStringLiteral("token"), token);
    enqueue(std::move(request), context, [this, token, callback](const Response& response) {
        if (response.ok) {
            m_token = token;
            adoptSession(response.result.toMap());
            flush();
        }
        if (callback)
            callback(response);
    }, false);
}

void RpcClient::logout(QObject* context, Callback callback)
{
    call(QStringLiteral("auth.logout"), {}, context, [this, callback](const Response& response) {
        m_token.clear();
        m_session = {};
        if (m_state == State::Authenticated)
            setState(State::Connected);
        if (callback)
            callback(response);
    });
}

void RpcClient::adoptSession(const QCborMap& result)
{
    // The state is Authenticated before anyone hears of the new session.
    m_session = result;
    m_session.remove(QStringLiteral("token"));
    setState(State::Authenticated);
    emit sessionChanged(m_session);
}

bool RpcClient::hasPermission(const QString& permission) const
{
    const QCborArray permissions = m_session.value(QStringLiteral("user")).toMap()
                                       .value(QStringLiteral("permissions")).toArray();
    return permissions.contains(QCborValue(permission));
}

void RpcClient::flush()
{
    if (!m_helloDone || m_socket.state() != QAbstractSocket::ConnectedState)
        return;
    for (const qint64 id : std::as_const(m_order)) {
        auto it = m_pending.find(id);
        if (it == m_pending.end() || it->sent)
            continue;
        if (it->needsSession && (m_state != State::Authenticated || m_resuming))
            continue;
        transmit(*it);
    }
}

void RpcClient::transmit(Pending& pending)
{
    pending.sent = true;
    m_socket.write(common::encodeFrame(pending.request.toCbor()));
}

void RpcClient::complete(qint64 id, const Response& response)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(*it);
    m_pending.erase(it);
    m_order.removeOne(id);
    if (!pending.callback)
        return;
    if (pending.hasContext && !pending.context)
        return;   // the widget that asked is gone
    if (!response.ok && response.error.code == ErrorCode::Unauthenticated && pending.needsSession
        && m_state == State::Authenticated) {
        // The server dropped our session (expired): try to resume once, then re-send.
        setState(State::Connected);
        if (!m_token.isEmpty()) {
            pending.sent = false;
            pending.deadline = now() + m_requestTimeoutMs;
            m_pending.insert(id, std::move(pending));
            m_order.append(id);
            sendResume();
            return;
        }
    }
    pending.callback(response);
}

void RpcClient::failLocally(qint64 id, ErrorCode code, const QString& message)
{
    common::ErrorInfo info;
    info.code = code;
    info.message = message;
    complete(id, Response::failure(id, info));
}

void RpcClient::checkTimeouts()
{
    const qint64 current = now();
    QList<qint64> expired;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it->deadline < current)
            expired.append(it.key());
    }
    for (const qint64 id : expired) {
        const bool wasSent = m_pending.value(id).sent;
        failLocally(id, ErrorCode::Busy,
                    wasSent ? tr("No answer from the server in time; the request may or may not have been carried out.")
                            : tr("The server could not be reached in time."));
    }
}

} // namespace csm::client
