// CtiService's scheduling on real worker pools: the calls' bookkeeping yields to the screen pops,
// but never for longer than kMaxHoldMs.
#include "server/cti/cti_service.h"
#include "server/db/worker_pool.h"
#include "tests/support/pg_test.h"

#include <QCoreApplication>

#include <atomic>
#include <chrono>
#include <thread>

using namespace csm;
using server::cti::CallEvent;
using server::cti::CallEventKind;
using server::cti::CtiService;
using Clock = std::chrono::steady_clock;

namespace {

class CtiServiceTest : public test::PgTest {
protected:
    void SetUp() override
    {
        PgTest::SetUp();
        m_popPool = std::make_unique<server::db::WorkerPool>(m_dsn, 2, 100, [](pqxx::connection&) {});
        m_recordPool = std::make_unique<server::db::WorkerPool>(m_dsn, 2, 100, [](pqxx::connection&) {});
        m_popPool->start();
        m_recordPool->start();
        m_service.attachPools(m_popPool.get(), m_recordPool.get());
        m_service.setProcessor([this](pqxx::connection&, const std::vector<CallEvent>&) {
            Clock::time_point unset{};
            m_bookkeepingStarted.compare_exchange_strong(unset, Clock::now());
            return server::Pushes{};
        });
    }

    void TearDown() override
    {
        m_service.stop();
        m_popPool->stop();
        m_recordPool->stop();
        PgTest::TearDown();
    }

    // Pops take `popMs` on their worker.
    void popsTake(int popMs)
    {
        m_service.setPopTask([this, popMs](pqxx::connection&, const std::vector<CallEvent>& events) {
            std::this_thread::sleep_for(std::chrono::milliseconds(popMs));
            m_popDone = Clock::now();
            return std::vector<std::optional<server::Push>>(events.size());
        });
    }

    void ring(const QString& key)
    {
        CallEvent event;
        event.kind = CallEventKind::Ringing;
        event.callKey = key;
        event.caller = QStringLiteral("13912345678");
        event.extension = QStringLiteral("8001");
        m_service.ingest(event);
    }

    void waitUntilIdle()
    {
        const auto deadline = Clock::now() + std::chrono::seconds(20);
        while ((m_service.pendingEvents() > 0 || m_popDone.load() == Clock::time_point{}) && Clock::now() < deadline) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        ASSERT_EQ(m_service.pendingEvents(), 0);
    }

    std::unique_ptr<server::db::WorkerPool> m_popPool;
    std::unique_ptr<server::db::WorkerPool> m_recordPool;
    CtiService m_service;
    std::atomic<Clock::time_point> m_bookkeepingStarted{};
    std::atomic<Clock::time_point> m_popDone{};
};

TEST_F(CtiServiceTest, BookkeepingWaitsForThePopsInFlight)
{
    popsTake(50);
    ring(QStringLiteral("call-1"));
    waitUntilIdle();
    ASSERT_NE(m_bookkeepingStarted.load(), Clock::time_point{}) << "the ringing event was never recorded";
    EXPECT_GE(m_bookkeepingStarted.load(), m_popDone.load()) << "the call's bookkeeping ran beside its pop";
}

TEST_F(CtiServiceTest, BookkeepingWaitsNoLongerThanTheHoldLimit)
{
    popsTake(CtiService::kMaxHoldMs * 15);
    const auto rung = Clock::now();
    ring(QStringLiteral("call-2"));
    waitUntilIdle();
    ASSERT_NE(m_bookkeepingStarted.load(), Clock::time_point{}) << "the ringing event was never recorded";
    EXPECT_LT(m_bookkeepingStarted.load(), m_popDone.load()) << "a slow pop held the bookkeeping back to its end";
    EXPECT_GE(m_bookkeepingStarted.load() - rung, std::chrono::milliseconds(CtiService::kMaxHoldMs));
}

} // namespace
