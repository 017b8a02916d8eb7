#include "server/net/rpc_server.h"

#include "server/net/connection.h"
#include "server/rpc/session_codec.h"

#include <spdlog/spdlog.h>

#include <QCborArray>
#include <QTimer>

namespace csm::server {

using common::ErrorCode;
using common::Response;

RpcServer::RpcServer(const ServerConfig& config, db::WorkerPool& pool, db::WorkerPool& authPool,
                     const Dispatcher& dispatcher, db::AsyncReader* reader, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_pool(pool)
    , m_authPool(authPool)
    , m_dispatcher(dispatcher)
    , m_reader(reader)
{
    connect(&m_listener, &QTcpServer::newConnection, this, &RpcServer::onNewConnection);
}

RpcServer::~RpcServer()
{
    for (Connection* connection : std::as_const(m_connections))
        delete connection;
}

void RpcServer::listen()
{
    QHostAddress address;
    if (m_config.listenHost == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(m_config.listenHost))
        throw std::runtime_error("listen host must be an IP address: " + m_config.listenHost.toStdString());
    if (!m_listener.listen(address, m_config.listenPort))
        throw std::runtime_error("cannot listen on " + m_config.listenHost.toStdString() + ":"
                                 + std::to_string(m_config.listenPort) + ": "
                                 + m_listener.errorString().toStdString());
}

quint16 RpcServer::port() const
{
    return m_listener.serverPort();
}

void RpcServer::onNewConnection()
{
    while (QTcpSocket* socket = m_listener.nextPendingConnection()) {
        if (m_shuttingDown) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        const quint64 id = m_nextId++;
        auto* connection = new Connection(id, socket, *this);
        m_connections.insert(id, connection);
        connect(connection, &Connection::closed, this, [this](quint64 closedId) {
            if (Connection* closed = m_connections.take(closedId))
                closed->deleteLater();
        });
    }
}

void RpcServer::submit(Connection& connection, const common::OpInfo& op, common::Request request)
{
    if (connection.takeLastSeenRefresh()) {
        const qint64 sessionId = connection.session()->id;
        m_pool.submit([sessionId](pqxx::connection& db) {
            pqxx::nontransaction tx(db);
            tx.exec_prepared0("auth_session_touch", sessionId);
        });
    }
    const auto started = std::chrono::steady_clock::now();
    if (op.tx == common::OpTx::ReadOne && submitRead(connection.id(), op, request, connection.session(), started))
        return;
    submitToPool(connection.id(), op, std::move(request), connection.session(), connection.peerAddress(), started);
}

bool RpcServer::submitRead(quint64 connectionId, const common::OpInfo& op, common::Request& request,
                           const SessionPtr& session, std::chrono::steady_clock::time_point started)
{
    const ReadQuery* query = m_reader && session ? m_dispatcher.readQuery(op.id) : nullptr;
    if (!query || m_reader->healthyConnections() == 0)
        return false;
    QueryPlan plan;
    if (auto refused = m_dispatcher.planRead(*query, op, request, *session, plan)) {
        ++m_pending;
        deliver(connectionId, refused->response, refused->effects, QString::fromLatin1(op.name), session->userId, started);
        return true;
    }
    // The plan and the request live in the callback until the rows arrive.
    auto state = std::make_shared<std::pair<common::Request, QueryPlan>>(request, std::move(plan));
    const bool sent = m_reader->submit(
        state->second.statement, state->second.sql, state->second.params,
        [this, connectionId, op, query, state, session, started](db::AsyncOutcome outcome) {
            const common::Request& request = state->first;
            if (outcome.status == db::AsyncOutcome::Status::Lost) {
                // Reads are safe to run again: on a worker, as if they had gone there first.
                --m_pending;
                Connection* connection = m_connections.value(connectionId);
                if (!connection) {
                    if (m_shuttingDown)
                        checkDrained();
                    return;
                }
                submitToPool(connectionId, op, request, session, connection->peerAddress(), started);
                return;
            }
            const Outcome result = outcome.status == db::AsyncOutcome::Status::Rows
                ? m_dispatcher.finishRead(*query, op, request, *session, state->second, outcome.rows)
                : m_dispatcher.readFailed(op, request, outcome.sqlstate, outcome.message);
            deliver(connectionId, result.response, result.effects, QString::fromLatin1(op.name), session->userId, started);
        });
    if (sent)
        ++m_pending;
    return sent;
}

void RpcServer::submitToPool(quint64 connectionId, const common::OpInfo& op, common::Request request, SessionPtr session,
                             const QString& peer, std::chrono::steady_clock::time_point started)
{
    const qint64 requestId = request.id;
    ++m_pending;
    db::WorkerPool& pool = op.tx == common::OpTx::Own ? m_authPool : m_pool;
    const bool accepted = pool.submit(
        [this, connectionId, op, request = std::move(request), session, peer, started](pqxx::connection& db) {
            Outcome outcome;
            try {
                outcome = m_dispatcher.execute(db, op, request, session, peer);
            } catch (const std::exception&) {
                common::ErrorInfo info;
                info.code = ErrorCode::Internal;
                info.message = QStringLiteral("the database connection was lost; try again");
                outcome.response = Response::failure(request.id, info);
            }
            const qint64 userId = session ? session->userId : 0;
            postFinished(Finished{connectionId, std::move(outcome), op.name, userId, started});
        });
    if (!accepted) {
        --m_pending;
        common::ErrorInfo info;
        info.code = ErrorCode::Busy;
        info.message = QStringLiteral("the server is busy; try again");
        if (Connection* connection = m_connections.value(connectionId)) {
            connection->requestFinished();
            connection->sendResponse(Response::failure(requestId, info));
        }
        spdlog::info("op={} user={} ms=0.0 result=busy", op.name, session ? session->userId : 0);
        if (m_shuttingDown)
            checkDrained();
    }
}

void RpcServer::postFinished(Finished finished)
{
    bool wake = false;
    {
        std::lock_guard lock(m_finishedMutex);
        wake = m_finished.empty();
        m_finished.push_back(std::move(finished));
    }
    if (wake)
        QMetaObject::invokeMethod(this, &RpcServer::deliverFinished, Qt::QueuedConnection);
}

void RpcServer::deliverFinished()
{
    {
        std::lock_guard lock(m_finishedMutex);
        m_delivering.swap(m_finished);
    }
    for (Finished& finished : m_delivering)
        deliver(finished.connectionId, finished.outcome.response, finished.outcome.effects,
                QString::fromLatin1(finished.op), finished.userId, finished.started);
    m_delivering.clear();
}

void RpcServer::deliver(quint64 connectionId, const Response& response, const Effects& effects,
                        const QString& op, qint64 userId, std::chrono::steady_clock::time_point started)
{
    --m_pending;
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    if (spdlog::should_log(spdlog::level::info))
        spdlog::info("op={} user={} ms={:.1f} result={}", op.toStdString(), userId, ms,
                     response.ok ? "ok" : common::errorCodeName(response.error.code).toStdString());

    if (Connection* connection = m_connections.value(connectionId)) {
        connection->requestFinished();
        if (effects.newSession)
            connection->setSession(effects.newSession);
        if (effects.endSession)
            connection->clearSession();
        connection->sendResponse(response);
    }
    if (!effects.endUserSessions.empty()) {
        for (Connection* other : std::as_const(m_connections)) {
            const SessionPtr& session = other->session();
            if (!session || session->id == effects.keepSessionId)
                continue;
            if (std::find(effects.endUserSessions.begin(), effects.endUserSessions.end(), session->userId)
                != effects.endUserSessions.end()) {
                other->clearSession();
                other->sendEvent({QStringLiteral("session.ended"), QCborMap{}});
            }
        }
    }
    for (const common::Event& event : effects.userEvents)
        pushToUser(userId, event);
    deliverPushes(effects.pushes);
    if (response.ok) {
        for (const auto& action : effects.afterReply)
            action();
    }
    if (m_shuttingDown)
        checkDrained();
}

void RpcServer::answerInline(Connection& connection, const common::OpInfo& op, const common::Request& request)
{
    if (op.id == common::OpId::AuthWhoami && connection.session()) {
        connection.sendResponse(Response::success(request.id, sessionToCbor(*connection.session())));
        return;
    }
    const auto started = std::chrono::steady_clock::now();
    const Outcome outcome = m_dispatcher.answerInline(op, request, connection.session());
    connection.sendResponse(outcome.response);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    if (spdlog::should_log(spdlog::level::info))
        spdlog::info("op={} user={} ms={:.1f} result={}", op.name, connection.session() ? connection.session()->userId : 0,
                     ms, outcome.response.ok ? "ok" : common::errorCodeName(outcome.response.error.code).toStdString());
    deliverPushes(outcome.effects.pushes);
    if (outcome.response.ok) {
        for (const auto& action : outcome.effects.afterReply)
            action();
    }
}

void RpcServer::pushToUser(qint64 userId, const common::Event& event)
{
    for (Connection* connection : std::as_const(m_connections)) {
        if (connection->session() && connection->session()->userId == userId)
            connection->sendEvent(event);
    }
}

void RpcServer::pushToPermission(const QString& permission, const common::Event& event)
{
    for (Connection* connection : std::as_const(m_connections)) {
        if (connection->session() && connection->session()->can(permission))
            connection->sendEvent(event);
    }
}

void RpcServer::pushToOrgUnit(qint64 orgUnitId, const common::Event& event)
{
    for (Connection* connection : std::as_const(m_connections)) {
        if (connection->session() && connection->session()->orgUnitId == orgUnitId)
            connection->sendEvent(event);
    }
}

void RpcServer::deliverPushes(const Pushes& pushes)
{
    for (const Push& push : pushes) {
        if (push.userId > 0)
            pushToUser(push.userId, push.event);
        else if (!push.permission.isEmpty())
            pushToPermission(push.permission, push.event);
        else if (push.orgUnitId > 0)
            pushToOrgUnit(push.orgUnitId, push.event);
    }
}

void RpcServer::postPushes(Pushes pushes)
{
    QMetaObject::invokeMethod(this, [this, pushes = std::move(pushes)] { deliverPushes(pushes); },
                              Qt::QueuedConnection);
}

void RpcServer::abortAllConnections()
{
    const auto connections = m_connections;
    for (Connection* connection : connections)
        connection->abort();
}

void RpcServer::shutdown()
{
    m_shuttingDown = true;
    m_listener.close();
    checkDrained();
}

void RpcServer::checkDrained()
{
    if (m_pending > 0)
        return;
    for (Connection* connection : std::as_const(m_connections))
        connection->close();
    // Let the last replies leave the socket buffers.
    QTimer::singleShot(50, this, &RpcServer::drained);
}

} // namespace csm::server
