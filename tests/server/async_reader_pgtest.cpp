// The network thread's pipelined read connections (server/db/async_reader) on a real
// PostgreSQL: answers in order, a failing statement that harms nobody else, unnamed statements,
// NULL parameters, a killed backend reported as Lost and the connection restored.
#include "server/db/async_reader.h"
#include "tests/support/pg_test.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <functional>

using namespace csm;
using server::db::AsyncOutcome;
using server::db::AsyncReader;

namespace {

QCoreApplication& application()
{
    static int argc = 1;
    static char name[] = "csm_server_tests";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    return app ? *app : *QCoreApplication::instance();
}

bool spinUntil(const std::function<bool()>& condition, int timeoutMs = 10000)
{
    application();
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

class AsyncReaderTest : public test::PgTest {
protected:
    void SetUp() override
    {
        PgTest::SetUp();
        application();
        m_reader = std::make_unique<AsyncReader>(
            m_dsn, 2,
            AsyncReader::Statements{{"t_square", "SELECT $1::int * $1::int"},
                                    {"t_divide", "SELECT 10 / $1::int"},
                                    {"t_backend", "SELECT pg_backend_pid()"}});
        m_reader->start();
    }

    void TearDown() override
    {
        m_reader.reset();
        PgTest::TearDown();
    }

    std::unique_ptr<AsyncReader> m_reader;
};

} // namespace

TEST_F(AsyncReaderTest, ManyReadsInFlightAreAnsweredEachWithItsOwnRows)
{
    constexpr int kReads = 256;   // two connections, 128 in flight on each
    std::vector<int> answers(kReads, -1);
    int done = 0;
    for (int i = 0; i < kReads; ++i) {
        ASSERT_TRUE(m_reader->submit("t_square", {}, {std::to_string(i)}, [&, i](AsyncOutcome outcome) {
            ASSERT_EQ(outcome.status, AsyncOutcome::Status::Rows);
            answers[static_cast<size_t>(i)] = outcome.rows[0][0].as<int>();
            ++done;
        }));
    }
    // More than that is refused at once (the caller runs it on a worker): bounded, never queued.
    EXPECT_FALSE(m_reader->submit("t_square", {}, {"1"}, [](AsyncOutcome) {}));
    ASSERT_TRUE(spinUntil([&] { return done == kReads; }));
    for (int i = 0; i < kReads; ++i)
        EXPECT_EQ(answers[static_cast<size_t>(i)], i * i);
    EXPECT_EQ(m_reader->inFlight(), 0);
}

TEST_F(AsyncReaderTest, AFailingStatementHarmsNoOtherRead)
{
    std::vector<AsyncOutcome> outcomes(3);
    int done = 0;
    auto keep = [&](int slot) { return [&, slot](AsyncOutcome outcome) { outcomes[size_t(slot)] = std::move(outcome); ++done; }; };
    ASSERT_TRUE(m_reader->submit("t_divide", {}, {"5"}, keep(0)));
    ASSERT_TRUE(m_reader->submit("t_divide", {}, {"0"}, keep(1)));   // division by zero
    ASSERT_TRUE(m_reader->submit("t_divide", {}, {"2"}, keep(2)));
    ASSERT_TRUE(spinUntil([&] { return done == 3; }));
    ASSERT_EQ(outcomes[0].status, AsyncOutcome::Status::Rows);
    EXPECT_EQ(outcomes[0].rows[0][0].as<int>(), 2);
    EXPECT_EQ(outcomes[1].status, AsyncOutcome::Status::SqlError);
    EXPECT_EQ(outcomes[1].sqlstate, "22012");
    ASSERT_EQ(outcomes[2].status, AsyncOutcome::Status::Rows);
    EXPECT_EQ(outcomes[2].rows[0][0].as<int>(), 5);
}

TEST_F(AsyncReaderTest, UnnamedStatementsAndNullParameters)
{
    AsyncOutcome outcome;
    bool done = false;
    ASSERT_TRUE(m_reader->submit({}, "SELECT $1::text IS NULL, coalesce($2::text, 'none'), $3::text", {std::nullopt, std::nullopt, "张三"},
                                 [&](AsyncOutcome result) { outcome = std::move(result); done = true; }));
    ASSERT_TRUE(spinUntil([&] { return done; }));
    ASSERT_EQ(outcome.status, AsyncOutcome::Status::Rows);
    EXPECT_TRUE(outcome.rows[0][0].as<bool>());
    EXPECT_EQ(outcome.rows[0][1].as<std::string>(), "none");
    EXPECT_EQ(outcome.rows[0][2].as<std::string>(), "张三");
}

TEST_F(AsyncReaderTest, AKilledBackendIsReportedLostAndTheConnectionComesBack)
{
    // Learn the pids of both connections' backends, then kill them.
    std::vector<std::string> pids;
    for (int i = 0; i < 2; ++i) {
        ASSERT_TRUE(m_reader->submit("t_backend", {}, {}, [&](AsyncOutcome outcome) {
            pids.push_back(outcome.rows[0][0].as<std::string>());
        }));
    }
    ASSERT_TRUE(spinUntil([&] { return pids.size() == 2; }));
    {
        pqxx::connection admin(m_dsn);
        pqxx::nontransaction tx(admin);
        for (const auto& pid : pids)
            tx.exec("SELECT pg_terminate_backend(" + pid + ")");
    }
    // A read sent now fails as Lost (never as wrong rows), or is refused at once.
    std::vector<AsyncOutcome::Status> statuses;
    int refused = 0;
    for (int i = 0; i < 4; ++i) {
        if (!m_reader->submit("t_square", {}, {"3"}, [&](AsyncOutcome outcome) { statuses.push_back(outcome.status); }))
            ++refused;
    }
    ASSERT_TRUE(spinUntil([&] { return int(statuses.size()) + refused == 4; }));
    for (const auto status : statuses)
        EXPECT_EQ(status, AsyncOutcome::Status::Lost);
    // Both connections come back by themselves and serve again.
    ASSERT_TRUE(spinUntil([&] { return m_reader->healthyConnections() == 2; }, 15000));
    int answer = 0;
    ASSERT_TRUE(m_reader->submit("t_square", {}, {"7"}, [&](AsyncOutcome outcome) { answer = outcome.rows[0][0].as<int>(); }));
    ASSERT_TRUE(spinUntil([&] { return answer == 49; }));
}
