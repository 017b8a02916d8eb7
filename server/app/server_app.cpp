#include "server/app/server_app.h"

#include "server/cti/ami_adapter.h"
#include "server/cti/cti_service.h"
#include "server/db/async_reader.h"
#include "server/db/migrator.h"
#include "server/db/worker_pool.h"
#include "server/modules/admin/admin_ops.h"
#include "server/modules/auth/auth_ops.h"
#include "server/modules/cases/case_ops.h"
#include "server/modules/contacts/contact_ops.h"
#include "server/modules/customers/customer_ops.h"
#include "server/modules/fees/fees_ops.h"
#include "server/modules/cti/call_processor.h"
#include "server/modules/cti/cti_ops.h"
#include "server/modules/groups/customer_group_ops.h"
#include "server/modules/notify/notify_ops.h"
#include "server/modules/products/customer_product_ops.h"
#include "server/modules/tickets/ticket_ops.h"
#include "server/modules/workflows/workflow_ops.h"
#include "server/net/rpc_server.h"
#include "server/rpc/dispatcher.h"

#include <spdlog/spdlog.h>

#include <QTimer>

namespace csm::server {
namespace {
// Workers of the call bookkeeping (call records, agent states, figures).
constexpr int kCtiWorkers = 2;
} // namespace

ServerApp::ServerApp(ServerConfig config, std::string connectionString, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_connectionString(std::move(connectionString))
{
}

ServerApp::~ServerApp()
{
    if (m_cti)
        m_cti->stop();
    m_rpcServer.reset();
    if (m_pool)
        m_pool->stop();
    if (m_authPool)
        m_authPool->stop();
    if (m_ctiPool)
        m_ctiPool->stop();
    if (m_popPool)
        m_popPool->stop();
    m_cti.reset();
}

void ServerApp::registerModules(ModuleRegistry& registry, const ServerConfig& config, auth::AuthService& authService,
                                cti::CtiService* cti)
{
    Dispatcher::registerStatements(registry);
    auth::registerAuthModule(registry, authService);
    admin::registerAdminModule(registry, authService.hasher());
    customers::registerCustomerModule(registry, config);
    products::registerProductModule(registry);   // before cti: the screen pop reads customer products
    cti::registerCtiModule(registry, cti);
    contacts::registerContactModule(registry);
    groups::registerGroupModule(registry);
    notify::registerNotifyModule(registry, config);   // before tickets: orders queue their notifications
    tickets::registerTicketModule(registry, workflows::registerWorkflowModule(registry));
    fees::registerFeesModule(registry);
    cases::registerCaseModule(registry);
    registry.checkDependencies();
}

void ServerApp::start()
{
    {
        pqxx::connection connection(m_connectionString);
        const int pending = db::pendingMigrations(connection);
        if (pending > 0)
            throw std::runtime_error(std::to_string(pending)
                                     + " migration(s) are not applied: run `csm-server migrate` first");
    }
    m_hasher = std::make_unique<auth::PasswordHasher>(m_config.maxConcurrentHashes);
    m_authService = std::make_unique<auth::AuthService>(m_config, *m_hasher);
    m_cti = std::make_unique<cti::CtiService>();
    m_registry = std::make_unique<ModuleRegistry>();
    registerModules(*m_registry, m_config, *m_authService, m_cti.get());
    const QStringList missing = m_registry->missingHandlers();
    if (!missing.isEmpty())
        throw std::logic_error("ops without a handler: " + missing.join(QStringLiteral(", ")).toStdString());
    m_dispatcher = std::make_unique<Dispatcher>(*m_registry);
    const ModuleRegistry* registry = m_registry.get();
    auto prepare = [registry](pqxx::connection& connection) { registry->prepareAll(connection); };
    m_pool = std::make_unique<db::WorkerPool>(m_connectionString, m_config.workers, m_config.queueLimit, prepare);
    m_pool->start();
    // Logins wait for a hashing slot: they get workers of their own, as many as may hash at once.
    m_authPool = std::make_unique<db::WorkerPool>(m_connectionString, m_config.maxConcurrentHashes,
                                                  m_config.queueLimit, prepare);
    m_authPool->start();
    if (m_config.asyncReadConnections > 0) {
        db::AsyncReader::Statements statements;
        for (const Statement& statement : m_registry->statements())
            statements.emplace_back(statement.name, statement.sql);
        m_reader = std::make_unique<db::AsyncReader>(m_connectionString, m_config.asyncReadConnections,
                                                     std::move(statements));
        m_reader->start();
    }
    m_rpcServer = std::make_unique<RpcServer>(m_config, *m_pool, *m_authPool, *m_dispatcher, m_reader.get());
    // Call bookkeeping on two workers of its own. The screen pops on workers of their own too,
    // as many as may run at once: only the pop's batch statement runs there, so its connections
    // plan it once for good (a generic plan: see CallProcessor::pops) and a pop is one round trip.
    m_ctiPool = std::make_unique<db::WorkerPool>(m_connectionString, kCtiWorkers, m_config.queueLimit * 4, prepare);
    m_ctiPool->start();
    m_popPool = std::make_unique<db::WorkerPool>(
        m_connectionString, cti::CtiService::kMaxPopJobs, m_config.queueLimit, [registry](pqxx::connection& connection) {
            registry->prepareAll(connection);
            cti::CallProcessor::preparePopConnection(connection);
        });
    m_popPool->start();
    m_cti->attachPools(m_popPool.get(), m_ctiPool.get());
    m_cti->setPopTask(&cti::CallProcessor::pops);
    m_cti->setProcessor([](pqxx::connection& db, const std::vector<cti::CallEvent>& events) {
        return cti::CallProcessor::process(db, events, true);
    });
    m_cti->setFiguresTask(&cti::CallProcessor::figures);
    RpcServer* rpc = m_rpcServer.get();
    m_cti->setPushSink([rpc](Pushes pushes) { rpc->deliverPushes(pushes); });
    if (!m_config.amiHost.isEmpty()) {
        cti::AmiSettings ami;
        ami.host = m_config.amiHost;
        ami.port = m_config.amiPort;
        ami.user = m_config.amiUser;
        ami.secret = m_config.amiSecret;
        ami.originateContext = m_config.amiOriginateContext;
        m_cti->setPbxAdapter(std::make_unique<cti::AmiAdapter>(ami));
    }
    m_cti->start();
    startPeriodicTasks();
    connect(m_rpcServer.get(), &RpcServer::drained, this, [this] {
        for (QTimer* timer : m_timers)
            timer->stop();
        m_cti->stop();
        m_ctiPool->stop();
        m_popPool->stop();
        m_pool->stop();
        m_authPool->stop();
        if (m_reader)
            m_reader->stop();
        emit stopped();
    });
    m_rpcServer->listen();
    spdlog::info("listening on {}:{} with {} database workers (modules: {})", m_config.listenHost.toStdString(),
                 m_rpcServer->port(), m_config.workers, m_registry->modules().join(QStringLiteral(", ")).toStdString());
}

quint16 ServerApp::port() const
{
    return m_rpcServer ? m_rpcServer->port() : 0;
}

void ServerApp::shutdown()
{
    if (m_rpcServer)
        m_rpcServer->shutdown();
    else
        emit stopped();
}

void ServerApp::startPeriodicTasks()
{
    for (const PeriodicTask& task : m_registry->periodicTasks()) {
        auto* timer = new QTimer(this);
        timer->setInterval(task.intervalSeconds * 1000);
        connect(timer, &QTimer::timeout, this, [this, &task] {
            RpcServer* rpc = m_rpcServer.get();
            m_pool->submit([rpc, &task](pqxx::connection& db) {
                try {
                    Pushes pushes = task.run(db);
                    if (!pushes.empty())
                        rpc->postPushes(std::move(pushes));
                } catch (const std::exception& error) {
                    spdlog::error("periodic task {} failed: {}", task.name.toStdString(), error.what());
                }
            });
        });
        timer->start();
        m_timers.push_back(timer);
    }
}

cti::CtiService& ServerApp::cti()
{
    return *m_cti;
}

RpcServer& ServerApp::rpcServer()
{
    return *m_rpcServer;
}

} // namespace csm::server
