// csm-server: serve | migrate | seed
#include "server/app/config.h"
#include "server/app/logging.h"
#include "server/app/server_app.h"
#include "server/db/embedded_postgres.h"
#include "server/db/migrator.h"
#include "server/seed/contact_history.h"
#include "server/seed/seeder.h"

#include <spdlog/spdlog.h>

#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>

#include <csignal>
#include <iostream>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

using namespace csm::server;

namespace {
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// The database to use: the configured URL, or the embedded cluster under the data dir.
std::string openDatabase(const ServerConfig& config, std::unique_ptr<db::EmbeddedPostgres>& embedded)
{
    if (!config.dbUrl.isEmpty())
        return config.dbUrl.toStdString();
    QDir().mkpath(config.dataDir);
    db::EmbeddedPostgresOptions options;
    options.dataDir = QDir(config.dataDir).absolutePath();
    options.sharedBuffers = config.pgSharedBuffers.toStdString();
    embedded = std::make_unique<db::EmbeddedPostgres>(options);
    spdlog::info("no database configured: using the embedded PostgreSQL in {}/pgdata", options.dataDir.toStdString());
    embedded->start();
    embedded->ensureDatabase("csm");
    return embedded->connectionString("csm");
}

int migrate(const std::string& connectionString)
{
    pqxx::connection connection(connectionString);
    const auto report = db::applyMigrations(connection);
    for (const QString& name : report.applied)
        spdlog::info("applied {}", name.toStdString());
    spdlog::info("database is up to date ({} applied now, {} before)", report.applied.size(), report.alreadyApplied);
    return 0;
}

int serve(const ServerConfig& config, const std::string& connectionString, QCoreApplication& app)
{
    ServerApp server(config, connectionString);
    server.start();
    std::cout << "csm-server listening on " << config.listenHost.toStdString() << ':' << server.port() << std::endl;

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        throw std::runtime_error("socketpair failed");
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char byte;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[0], &byte, 1);
        notifier.setEnabled(false);
        spdlog::info("signal received: finishing in-flight requests");
        server.shutdown();
    });
    QObject::connect(&server, &ServerApp::stopped, &app, &QCoreApplication::quit);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    const int code = QCoreApplication::exec();
    spdlog::info("stopped");
    return code;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("csm-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CSM_VERSION_STRING));
    std::signal(SIGPIPE, SIG_IGN);
    try {
        const CommandLine line = parseCommandLine(app.arguments().mid(1));
        if (line.help) {
            std::cout << usageText().toStdString();
            return 0;
        }
        setupLogging(line.config, line.command == QLatin1String("serve"));
        std::unique_ptr<db::EmbeddedPostgres> embedded;
        const std::string connectionString = openDatabase(line.config, embedded);
        int code = 0;
        if (line.command == QLatin1String("migrate")) {
            code = migrate(connectionString);
        } else if (line.command == QLatin1String("seed")) {
            migrate(connectionString);
            if (line.seedDemo)
                seed::seedDemo(connectionString, std::cout);
            if (line.seedCustomers > 0)
                seed::seedCustomers(connectionString, line.seedCustomers, std::cout);
            if (line.seedContacts > 0)
                seed::seedContacts(connectionString, line.seedContacts, std::cout);
        } else {
            code = serve(line.config, connectionString, app);
        }
        spdlog::shutdown();
        return code;
    } catch (const std::exception& error) {
        std::cerr << "csm-server: " << error.what() << std::endl;
        spdlog::shutdown();
        return 1;
    }
}
