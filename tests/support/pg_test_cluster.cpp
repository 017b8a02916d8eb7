#include "tests/support/pg_test_cluster.h"

#include "server/db/embedded_postgres.h"
#include "server/db/migrator.h"
#include "tests/support/temp_dir.h"

#include <libpq-fe.h>
#include <pqxx/pqxx>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace csm::test {
namespace {

constexpr const char* kDsnVariable = "CSM_TEST_PG_DSN";
constexpr const char* kObjectInUse = "55006"; // template still accessed by another session

std::string conninfoValue(const std::string& value)
{
    if (!value.empty() && value.find_first_of(" \t\n\r'\\") == std::string::npos)
        return value;
    std::string quoted = "'";
    for (char c : value) {
        if (c == '\'' || c == '\\')
            quoted += '\\';
        quoted += c;
    }
    return quoted + "'";
}

// Re-renders any conninfo (keyword or URI form) in keyword form with dbname replaced.
std::string withDatabase(const std::string& conninfo, const std::string& database)
{
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(conninfo.c_str(), &error);
    if (!options) {
        const std::string message = error ? error : "out of memory";
        PQfreemem(error);
        throw std::runtime_error(std::string(kDsnVariable) + " is not a valid libpq conninfo: " + message);
    }
    std::string result;
    for (PQconninfoOption* option = options; option->keyword; ++option) {
        if (!option->val || !*option->val || std::strcmp(option->keyword, "dbname") == 0)
            continue;
        result += std::string(option->keyword) + "=" + conninfoValue(option->val) + " ";
    }
    PQconninfoFree(options);
    return result + "dbname=" + conninfoValue(database);
}

void execute(const std::string& conninfo, const std::string& sql)
{
    pqxx::connection connection(conninfo);
    pqxx::nontransaction tx(connection);
    tx.exec0("SET client_min_messages TO warning");
    tx.exec(sql);
}

PgTestCluster* g_cluster = nullptr;

} // namespace

// A detached `sh` that waits on a pipe. A clean shutdown writes a line and the
// shell exits; if this process dies first (crash, SIGKILL, ctest timeout), the
// pipe reaches EOF and the shell stops the postmaster (SIGQUIT = immediate
// shutdown) and removes the cluster directory. It runs in its own session so
// signals sent to our process group do not reach it.
class PgTestCluster::Watchdog {
public:
    explicit Watchdog(const std::string& dir)
    {
        static const char* const kScript =
            "if read -r _; then exit 0; fi\n"
            "pid=\n"
            "read -r pid < \"$1/pgdata/postmaster.pid\"\n"
            "case \"$pid\" in\n"
            "  ''|*[!0-9]*) ;;\n"
            "  *) kill -QUIT \"$pid\"\n"
            "     i=0\n"
            "     while kill -0 \"$pid\" && [ \"$i\" -lt 100 ]; do sleep 0.1; i=$((i+1)); done ;;\n"
            "esac\n"
            "rm -rf -- \"$1\"\n";
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0)
            throw std::runtime_error(std::string("pipe2 failed: ") + std::strerror(errno));
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, fds[0], 0);
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
        posix_spawn_file_actions_adddup2(&actions, 1, 2);
        posix_spawn_file_actions_addchdir_np(&actions, "/");
        posix_spawnattr_t attributes;
        posix_spawnattr_init(&attributes);
        sigset_t signalSet;
        sigemptyset(&signalSet);
        posix_spawnattr_setsigmask(&attributes, &signalSet);
        sigaddset(&signalSet, SIGPIPE);
        sigaddset(&signalSet, SIGINT);
        sigaddset(&signalSet, SIGTERM);
        posix_spawnattr_setsigdefault(&attributes, &signalSet);
        posix_spawnattr_setflags(&attributes,
                                 POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
        std::vector<std::string> args = {"/bin/sh", "-c", kScript, "csm-pgtest-watchdog", dir};
        std::vector<char*> argv;
        for (auto& arg : args)
            argv.push_back(arg.data());
        argv.push_back(nullptr);
        const int error = ::posix_spawn(&m_pid, "/bin/sh", &actions, &attributes, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attributes);
        ::close(fds[0]);
        if (error != 0) {
            ::close(fds[1]);
            throw std::runtime_error(std::string("cannot start the cleanup watchdog: ") + std::strerror(error));
        }
        m_fd = fds[1];
    }

    ~Watchdog()
    {
        // Everything is cleaned up: tell the shell to exit without doing anything.
        const char line[] = "done\n";
        [[maybe_unused]] const ssize_t written = ::write(m_fd, line, sizeof line - 1);
        ::close(m_fd);
        ::waitpid(m_pid, nullptr, 0);
    }

    Watchdog(const Watchdog&) = delete;
    Watchdog& operator=(const Watchdog&) = delete;

private:
    pid_t m_pid = 0;
    int m_fd = -1;
};

PgTestCluster& PgTestCluster::instance()
{
    static std::once_flag once;
    static std::string failure;
    std::call_once(once, [] {
        try {
            g_cluster = new PgTestCluster();
            std::atexit(&PgTestCluster::shutdownAtExit);
        } catch (const std::exception& e) {
            failure = e.what();
        }
    });
    if (!g_cluster)
        throw std::runtime_error("PostgreSQL test cluster could not be set up: " + failure);
    return *g_cluster;
}

void PgTestCluster::shutdownAtExit()
{
    // Not in a fork()ed child (gtest death tests): the parent still uses the cluster.
    if (g_cluster && g_cluster->m_creatorPid == ::getpid()) {
        delete g_cluster;
        g_cluster = nullptr;
    }
}

PgTestCluster::PgTestCluster()
    : m_creatorPid(::getpid())
{
    if (const char* dsn = std::getenv(kDsnVariable); dsn && *dsn) {
        m_externalDsn = dsn;
        try {
            execute(adminConnectionString(), "SELECT 1");
        } catch (const std::exception& e) {
            throw std::runtime_error(std::string("cannot connect to the server in ") + kDsnVariable +
                                     " (" + adminConnectionString() + "): " + e.what());
        }
    } else {
        m_dir = std::make_unique<TempDir>("csm-pgtest", TempDirOwner::PostgresWhenRoot);
        m_watchdog = std::make_unique<Watchdog>(m_dir->path());
        csm::server::db::EmbeddedPostgresOptions options;
        options.dataDir = m_dir->qPath();
        options.durable = false;
        m_postgres = std::make_unique<csm::server::db::EmbeddedPostgres>(options);
        m_postgres->start();
    }
    buildTemplate();
}

PgTestCluster::~PgTestCluster()
{
    if (m_postgres) {
        const std::string socketDir = m_postgres->socketDirectory();
        m_postgres.reset(); // stops the server
        if (m_dir && socketDir.rfind(m_dir->path() + "/", 0) != 0)
            ::rmdir(socketDir.c_str()); // the /tmp fallback for long paths
    } else {
        std::set<std::string> leftovers;
        {
            std::lock_guard guard(m_mutex);
            leftovers.swap(m_created);
        }
        if (!m_template.empty())
            leftovers.insert(m_template);
        for (const auto& database : leftovers) {
            try {
                execute(adminConnectionString(), "DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
            } catch (const std::exception&) {
                // best effort at exit
            }
        }
    }
    m_dir.reset();
    m_watchdog.reset();
}

void PgTestCluster::buildTemplate()
{
    m_template = "csm_template_" + std::to_string(::getpid());
    try {
        execute(adminConnectionString(), "DROP DATABASE IF EXISTS \"" + m_template + "\" WITH (FORCE)");
        execute(adminConnectionString(), "CREATE DATABASE \"" + m_template +
                                             "\" TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'");
    } catch (const std::exception& e) {
        throw std::runtime_error("cannot create the template database " + m_template + ": " + e.what());
    }
    try {
        pqxx::connection connection(connectionString(m_template));
        csm::server::db::applyMigrations(connection);
    } catch (const std::exception& e) {
        throw std::runtime_error("applying the migrations to the template database " + m_template +
                                 " failed: " + e.what());
    }
    // Nobody may connect to it any more: CREATE DATABASE ... TEMPLATE needs it idle.
    execute(adminConnectionString(), "ALTER DATABASE \"" + m_template + "\" ALLOW_CONNECTIONS false");
}

void PgTestCluster::createDatabase(const std::string& database, const std::string& templateName)
{
    const std::string sql = "CREATE DATABASE \"" + database + "\" TEMPLATE \"" + templateName + "\"";
    for (int attempt = 1;; ++attempt) {
        try {
            execute(adminConnectionString(), sql);
            return;
        } catch (const pqxx::sql_error& e) {
            if (e.sqlstate() != kObjectInUse || attempt >= 50)
                throw;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

std::string PgTestCluster::freshDatabase()
{
    const std::string database =
        "csm_t_" + std::to_string(::getpid()) + "_" + std::to_string(++m_counter);
    try {
        createDatabase(database, m_template);
    } catch (const std::exception& e) {
        throw std::runtime_error("cannot create test database " + database + " from " + m_template +
                                 ": " + e.what());
    }
    {
        std::lock_guard guard(m_mutex);
        m_created.insert(database);
    }
    return connectionString(database);
}

void PgTestCluster::dropDatabase(const std::string& database)
{
    pqxx::connection connection(adminConnectionString());
    pqxx::nontransaction tx(connection);
    tx.exec0("SET client_min_messages TO warning");
    tx.exec0("DROP DATABASE IF EXISTS " + tx.quote_name(database) + " WITH (FORCE)");
    std::lock_guard guard(m_mutex);
    m_created.erase(database);
}

std::string PgTestCluster::adminConnectionString() const
{
    return connectionString("postgres");
}

std::string PgTestCluster::connectionString(const std::string& database) const
{
    if (m_postgres)
        return m_postgres->connectionString(database);
    return withDatabase(m_externalDsn, database);
}

std::string PgTestCluster::databaseName(const std::string& conninfo)
{
    PQconninfoOption* options = PQconninfoParse(conninfo.c_str(), nullptr);
    if (!options)
        return {};
    std::string name;
    for (PQconninfoOption* option = options; option->keyword; ++option) {
        if (std::strcmp(option->keyword, "dbname") == 0 && option->val)
            name = option->val;
    }
    PQconninfoFree(options);
    return name;
}

} // namespace csm::test
