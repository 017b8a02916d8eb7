#pragma once
// One PostgreSQL cluster per test process for the *_pgtest tests.
//
// Default: a throw-away EmbeddedPostgres (durable=false) in a fresh temp dir,
// stopped and removed at process exit. A watchdog process also removes it when
// the test process dies without running exit handlers (crash, SIGKILL, timeout).
// With CSM_TEST_PG_DSN set (libpq conninfo or URI of an existing server where
// we may create databases), that server is used instead.
//
// A template database "csm_template_<pid>" is migrated once with
// csm::server::db::applyMigrations; every freshDatabase() is a cheap copy.
#include <atomic>
#include <memory>
#include <mutex>
#include <set>
#include <string>

#include <sys/types.h>

namespace csm::server::db {
class EmbeddedPostgres;
}

namespace csm::test {

class TempDir;

class PgTestCluster {
public:
    // First call starts the cluster and builds the template. Throws
    // std::runtime_error with the reason on failure (the first failure is
    // remembered and rethrown by later calls, so a broken setup fails fast).
    static PgTestCluster& instance();

    // CREATE DATABASE csm_t_<pid>_<n> TEMPLATE csm_template_<pid>; returns its conninfo.
    std::string freshDatabase();
    // DROP DATABASE IF EXISTS ... WITH (FORCE).
    void dropDatabase(const std::string& database);
    // Conninfo of the "postgres" maintenance database.
    std::string adminConnectionString() const;
    // Conninfo of any database on this cluster.
    std::string connectionString(const std::string& database) const;
    const std::string& templateDatabase() const { return m_template; }
    // True for the private cluster, false with CSM_TEST_PG_DSN.
    bool isEmbedded() const { return m_postgres != nullptr; }

    // The dbname of a conninfo string (keyword or URI form); empty if none.
    static std::string databaseName(const std::string& conninfo);

    PgTestCluster(const PgTestCluster&) = delete;
    PgTestCluster& operator=(const PgTestCluster&) = delete;
    ~PgTestCluster();

private:
    class Watchdog;

    PgTestCluster();
    static void shutdownAtExit();
    void buildTemplate();
    void createDatabase(const std::string& database, const std::string& templateName);

    // Destroyed in reverse order: server stopped, then dir removed, then the
    // watchdog is told that everything is clean.
    std::unique_ptr<Watchdog> m_watchdog;
    std::unique_ptr<TempDir> m_dir;
    std::unique_ptr<csm::server::db::EmbeddedPostgres> m_postgres;
    std::string m_externalDsn;
    std::string m_template;
    std::atomic<int> m_counter{0};
    std::mutex m_mutex;
    std::set<std::string> m_created; // dropped at exit in external mode
    pid_t m_creatorPid = 0;
};

} // namespace csm::test
