// EmbeddedPostgres: private cluster life cycle, restart with data kept, and
// recovery after crashes. Each test runs its own cluster in a temp dir.
#include "server/db/embedded_postgres.h"
#include "tests/support/pg_test.h"
#include "tests/support/pg_test_cluster.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include <chrono>
#include <fstream>
#include <thread>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

using csm::server::db::EmbeddedPostgres;
using csm::server::db::EmbeddedPostgresOptions;
using csm::test::TempDir;
using csm::test::TempDirOwner;

EmbeddedPostgresOptions testOptions(const TempDir& dir)
{
    EmbeddedPostgresOptions options;
    options.dataDir = dir.qPath();
    options.durable = false;
    return options;
}

int selectOne(const std::string& conninfo)
{
    pqxx::connection connection(conninfo);
    pqxx::nontransaction tx(connection);
    return tx.exec1("SELECT 1")[0].as<int>();
}

bool waitUntilGone(pid_t pid)
{
    for (int i = 0; i < 100; ++i) {
        if (::kill(pid, 0) != 0 && errno == ESRCH)
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
}

TEST(EmbeddedPostgres, StartStopRestartKeepsData)
{
    TempDir dir("csm-eptest", TempDirOwner::PostgresWhenRoot);
    EmbeddedPostgres postgres(testOptions(dir));
    postgres.start();
    ASSERT_TRUE(postgres.isRunning());
    EXPECT_EQ(selectOne(postgres.connectionString("postgres")), 1);

    postgres.ensureDatabase("csm");
    postgres.ensureDatabase("csm"); // idempotent
    {
        pqxx::connection connection(postgres.connectionString("csm"));
        pqxx::work tx(connection);
        tx.exec0("CREATE TABLE kept(note text)");
        tx.exec0("INSERT INTO kept VALUES ('工单 survives a restart')");
        tx.commit();
    }

    postgres.stop();
    EXPECT_FALSE(postgres.isRunning());
    postgres.start();
    ASSERT_TRUE(postgres.isRunning());

    pqxx::connection connection(postgres.connectionString("csm"));
    pqxx::nontransaction tx(connection);
    EXPECT_EQ(tx.exec1("SELECT note FROM kept")[0].as<std::string>(), "工单 survives a restart");
    EXPECT_EQ(tx.exec1("SHOW lc_ctype")[0].as<std::string>(), "C.UTF-8");
    EXPECT_EQ(tx.exec1("SHOW server_encoding")[0].as<std::string>(), "UTF8");
    EXPECT_EQ(tx.exec1("SHOW listen_addresses")[0].as<std::string>(), "");
    EXPECT_EQ(tx.exec1("SHOW max_connections")[0].as<std::string>(), "200");
    EXPECT_EQ(tx.exec1("SHOW fsync")[0].as<std::string>(), "off");
}

TEST(EmbeddedPostgres, ConnectionStringUsesPrivateSocket)
{
    TempDir dir("csm-eptest", TempDirOwner::PostgresWhenRoot);
    EmbeddedPostgres postgres(testOptions(dir));
    EXPECT_EQ(postgres.connectionString("csm"),
              "host=" + dir.path() + "/run port=5432 user=csm dbname=csm");
    EXPECT_FALSE(postgres.isRunning());
}

TEST(EmbeddedPostgres, DestructorStopsAndSecondObjectSharesRunningCluster)
{
    TempDir dir("csm-eptest", TempDirOwner::PostgresWhenRoot);
    pid_t serverPid = 0;
    {
        EmbeddedPostgres first(testOptions(dir));
        first.start();
        serverPid = first.serverPid();
        ASSERT_GT(serverPid, 0);
        {
            EmbeddedPostgres second(testOptions(dir));
            second.start(); // reuses the running server of its live owner
            EXPECT_FALSE(second.ownsServer());
            EXPECT_EQ(second.serverPid(), serverPid);
        }
        EXPECT_TRUE(first.isRunning()) << "the sharing object must not stop the server";
        EXPECT_EQ(selectOne(first.connectionString("postgres")), 1);
    }
    EXPECT_TRUE(waitUntilGone(serverPid)) << "the owner's destructor must stop the server";
}

TEST(EmbeddedPostgres, RecoversFromStalePidFileAfterServerCrash)
{
    TempDir dir("csm-eptest", TempDirOwner::PostgresWhenRoot);
    EmbeddedPostgres postgres(testOptions(dir));
    postgres.start();
    postgres.ensureDatabase("csm");
    const pid_t serverPid = postgres.serverPid();
    ASSERT_GT(serverPid, 0);

    ::kill(serverPid, SIGKILL); // the postmaster dies, postmaster.pid stays behind
    ASSERT_TRUE(waitUntilGone(serverPid));
    EXPECT_FALSE(postgres.isRunning());

    postgres.start();
    EXPECT_EQ(selectOne(postgres.connectionString("csm")), 1);
}

TEST(EmbeddedPostgres, IgnoresPidFileNamingAnUnrelatedLiveProcess)
{
    TempDir dir("csm-eptest", TempDirOwner::PostgresWhenRoot);
    EmbeddedPostgres postgres(testOptions(dir));
    postgres.start();
    postgres.stop();

    // After a reboot the old postmaster pid may belong to some other process.
    {
        std::ofstream pidFile(postgres.pgDataDir() + "/postmaster.pid");
        pidFile << ::getpid() << "\n" << postgres.pgDataDir() << "\n0\n5432\n"
                << postgres.socketDirectory() << "\n\n0 0\nready   \n";
    }
    EXPECT_FALSE(postgres.isRunning());
    postgres.start();
    EXPECT_EQ(selectOne(postgres.connectionString("postgres")), 1);
}

TEST(EmbeddedPostgres, TakesOverServerLeftByKilledProcess)
{
    TempDir dir("csm-eptest", TempDirOwner::PostgresWhenRoot);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        try {
            EmbeddedPostgres postgres(testOptions(dir));
            postgres.start();
            postgres.ensureDatabase("csm");
            ::kill(::getpid(), SIGKILL); // "crash" while the server runs
        } catch (...) {
        }
        ::_exit(1);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the child failed to start the cluster";

    EmbeddedPostgres postgres(testOptions(dir));
    ASSERT_TRUE(postgres.isRunning()) << "the orphaned server keeps running";
    const pid_t orphan = postgres.serverPid();
    postgres.start();
    EXPECT_TRUE(postgres.ownsServer()) << "the dead owner's server is taken over";
    EXPECT_EQ(postgres.serverPid(), orphan);
    EXPECT_EQ(selectOne(postgres.connectionString("csm")), 1);
    postgres.stop();
    EXPECT_TRUE(waitUntilGone(orphan));
}

// The shared test cluster: every PgTest gets its own migrated copy.
class PgTestFixture : public csm::test::PgTest {};

TEST_F(PgTestFixture, FreshDatabasesAreIndependent)
{
    ASSERT_FALSE(m_dsn.empty());
    {
        pqxx::connection connection(m_dsn);
        pqxx::work tx(connection);
        tx.exec0("CREATE TABLE only_here(x int)");
        tx.commit();
    }
    auto& cluster = csm::test::PgTestCluster::instance();
    const std::string other = cluster.freshDatabase();
    EXPECT_NE(other, m_dsn);
    {
        pqxx::connection connection(other);
        pqxx::nontransaction tx(connection);
        EXPECT_TRUE(tx.exec1("SELECT to_regclass('only_here') IS NULL")[0].as<bool>());
        EXPECT_TRUE(tx.exec1("SELECT to_regclass('schema_migration') IS NOT NULL")[0].as<bool>())
            << "fresh databases are copies of the migrated template";
    }
    cluster.dropDatabase(csm::test::PgTestCluster::databaseName(other));
}

} // namespace
