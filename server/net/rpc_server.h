#pragma once
// The listener and the bridge between the network thread and the worker pool.
#include "common/protocol/op_catalogue.h"
#include "server/app/config.h"
#include "server/db/async_reader.h"
#include "server/db/worker_pool.h"
#include "server/rpc/dispatcher.h"
#include "server/rpc/push.h"

#include <QHash>
#include <QObject>
#include <QTcpServer>

#include <chrono>
#include <mutex>
#include <vector>

namespace csm::server {

class Connection;

class RpcServer : public QObject {
    Q_OBJECT
public:
    // `authPool` runs the ops that own their transactions (logins, password changes: argon2id
    // hashing), so that a login flood cannot hold up every other request.
    // `reader` (optional) runs the ops written as read queries from the network thread.
    RpcServer(const ServerConfig& config, db::WorkerPool& pool, db::WorkerPool& authPool,
              const Dispatcher& dispatcher, db::AsyncReader* reader = nullptr, QObject* parent = nullptr);
    ~RpcServer() override;

    // Throws std::runtime_error when the address cannot be bound.
    void listen();
    quint16 port() const;
    const ServerConfig& config() const { return m_config; }

    // Called by a connection for each request that passed the hello and the auth check.
    void submit(Connection& connection, const common::OpInfo& op, common::Request request);
    // Inline ops: answered on the network thread without the database (sends the response).
    void answerInline(Connection& connection, const common::OpInfo& op, const common::Request& request);

    // Pushes an event to every connection of a user.
    void pushToUser(qint64 userId, const common::Event& event);
    // Pushes an event to every connection whose session holds the permission.
    void pushToPermission(const QString& permission, const common::Event& event);
    // Pushes an event to every connection whose session's org unit is exactly that unit.
    void pushToOrgUnit(qint64 orgUnitId, const common::Event& event);
    void deliverPushes(const Pushes& pushes);
    // Thread-safe: queues the pushes for the network thread (workers finishing CTI jobs).
    void postPushes(Pushes pushes);
    // Drops every client connection at once (tests of reconnect and resume).
    void abortAllConnections();

    // Stops accepting, lets in-flight requests finish, then emits drained().
    void shutdown();

signals:
    void drained();

private:
    // A finished request on its way from a worker back to the network thread.
    struct Finished {
        quint64 connectionId;
        Outcome outcome;
        const char* op;
        qint64 userId;
        std::chrono::steady_clock::time_point started;
    };

    void onNewConnection();
    // A read query sent on the reader; false when it must run on a worker instead.
    bool submitRead(quint64 connectionId, const common::OpInfo& op, common::Request& request, const SessionPtr& session,
                    std::chrono::steady_clock::time_point started);
    void submitToPool(quint64 connectionId, const common::OpInfo& op, common::Request request, SessionPtr session,
                      const QString& peer, std::chrono::steady_clock::time_point started);
    // Workers queue finished requests here; the network thread is woken once per batch, not
    // once per request.
    void postFinished(Finished finished);
    void deliverFinished();
    void deliver(quint64 connectionId, const common::Response& response, const struct Effects& effects,
                 const QString& op, qint64 userId, std::chrono::steady_clock::time_point started);
    void checkDrained();

    const ServerConfig& m_config;
    db::WorkerPool& m_pool;
    db::WorkerPool& m_authPool;
    const Dispatcher& m_dispatcher;
    db::AsyncReader* m_reader;
    QTcpServer m_listener;
    QHash<quint64, Connection*> m_connections;
    quint64 m_nextId = 1;
    bool m_shuttingDown = false;
    int m_pending = 0;
    std::mutex m_finishedMutex;
    std::vector<Finished> m_finished;
    std::vector<Finished> m_delivering;
};

} // namespace csm::server
