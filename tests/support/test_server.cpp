#include "tests/support/test_server.h"

#include "server/app/server_app.h"
#include "server/net/rpc_server.h"

#include <spdlog/spdlog.h>

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>

namespace csm::test {

class TestServer::Thread : public QThread {
public:
    Thread(std::string dsn, server::ServerConfig config) : m_dsn(std::move(dsn)), m_config(std::move(config)) {}

    std::promise<quint16> ready;
    server::ServerApp* app = nullptr;

protected:
    void run() override
    {
        server::ServerApp server(m_config, m_dsn);
        try {
            server.start();
        } catch (...) {
            ready.set_exception(std::current_exception());
            return;
        }
        app = &server;
        QObject::connect(&server, &server::ServerApp::stopped, [this] { quit(); });
        ready.set_value(server.port());
        exec();
        app = nullptr;
    }

private:
    std::string m_dsn;
    server::ServerConfig m_config;
};

TestServer::TestServer(const std::string& dsn, server::ServerConfig config)
{
    if (!qEnvironmentVariableIsSet("CSM_TEST_VERBOSE"))
        spdlog::set_level(spdlog::level::warn);
    config.listenHost = QStringLiteral("127.0.0.1");
    config.listenPort = 0;
    if (config.smsFile.isEmpty())   // the file gateway writes beside the test, not into ./var
        config.smsFile = QDir::tempPath() + QStringLiteral("/csm-test-sms-%1.log").arg(QCoreApplication::applicationPid());
    if (config.workers > 4)
        config.workers = 4;
    m_thread = new Thread(dsn, std::move(config));
    auto future = m_thread->ready.get_future();
    m_thread->start();
    m_port = future.get();   // rethrows a start-up failure
}

TestServer::~TestServer()
{
    if (m_thread->isRunning() && m_thread->app) {
        QMetaObject::invokeMethod(m_thread->app, [app = m_thread->app] { app->shutdown(); }, Qt::QueuedConnection);
        m_thread->wait();
    }
    delete m_thread;
}

void TestServer::dropAllConnections()
{
    QMetaObject::invokeMethod(m_thread->app, [app = m_thread->app] { app->rpcServer().abortAllConnections(); },
                              Qt::BlockingQueuedConnection);
}

} // namespace csm::test
