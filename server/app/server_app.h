#pragma once
// Wires the modules, the worker pool, the dispatcher and the listener together.
// Used by `csm-server serve` and, in-process, by the end-to-end tests.
#include "server/app/config.h"

#include <QObject>

class QTimer;

#include <memory>
#include <vector>
#include <string>

namespace csm::server {

class RpcServer;
class ModuleRegistry;
class Dispatcher;
namespace db { class WorkerPool; class AsyncReader; }
namespace auth { class PasswordHasher; class AuthService; }
namespace cti { class CtiService; }

class ServerApp : public QObject {
    Q_OBJECT
public:
    ServerApp(ServerConfig config, std::string connectionString, QObject* parent = nullptr);
    ~ServerApp() override;

    // Checks migrations, opens the pool, starts listening. Throws with a clear message.
    void start();
    quint16 port() const;
    // Stops accepting, finishes in-flight requests, then emits stopped().
    void shutdown();
    RpcServer& rpcServer();
    cti::CtiService& cti();

    // Registers every module into a registry (also used by the contract tests). `cti` may be
    // null where no network side runs (handler tests).
    static void registerModules(ModuleRegistry& registry, const ServerConfig& config,
                                auth::AuthService& authService, cti::CtiService* cti = nullptr);

signals:
    void stopped();

private:
    void startPeriodicTasks();

    ServerConfig m_config;
    std::string m_connectionString;
    std::unique_ptr<auth::PasswordHasher> m_hasher;
    std::unique_ptr<auth::AuthService> m_authService;
    std::unique_ptr<ModuleRegistry> m_registry;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<db::WorkerPool> m_pool;
    std::unique_ptr<db::WorkerPool> m_authPool;
    std::unique_ptr<db::WorkerPool> m_ctiPool;
    std::unique_ptr<db::WorkerPool> m_popPool;   // screen pops
    std::unique_ptr<db::AsyncReader> m_reader;   // before m_rpcServer, which uses it
    std::unique_ptr<RpcServer> m_rpcServer;
    std::unique_ptr<cti::CtiService> m_cti;
    std::vector<QTimer*> m_timers;
};

} // namespace csm::server
