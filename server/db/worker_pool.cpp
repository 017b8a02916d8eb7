#include "server/db/worker_pool.h"

#include <spdlog/spdlog.h>

#include <chrono>

namespace csm::server::db {

WorkerPool::WorkerPool(std::string connectionString, int workers, int queueLimit, Preparer preparer)
    : m_connectionString(std::move(connectionString))
    , m_workerCount(workers)
    , m_queueLimit(queueLimit)
    , m_preparer(std::move(preparer))
{
}

WorkerPool::~WorkerPool()
{
    stop();
}

std::unique_ptr<pqxx::connection> WorkerPool::connect()
{
    auto connection = std::make_unique<pqxx::connection>(m_connectionString);
    if (m_preparer)
        m_preparer(*connection);
    return connection;
}

void WorkerPool::start()
{
    // Connect on the caller's thread first so that a bad database fails start-up loudly.
    for (int i = 0; i < m_workerCount; ++i)
        m_initialConnections.push_back(connect());
    for (int i = 0; i < m_workerCount; ++i)
        m_slots.push_back(std::make_unique<Slot>());
    for (int i = 0; i < m_workerCount; ++i)
        m_threads.emplace_back([this, i] { run(i); });
}

bool WorkerPool::submit(Job job, Priority priority)
{
    Slot* wake = nullptr;
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || static_cast<int>(m_queue.size()) >= m_queueLimit)
            return false;
        if (priority == Priority::Urgent)
            m_queue.push_front(std::move(job));
        else
            m_queue.push_back(std::move(job));
        if (!m_idle.empty()) {
            wake = m_slots[m_idle.back()].get();
            m_idle.pop_back();
            wake->signalled = true;
        }
    }
    if (wake)
        wake->wake.notify_one();
    return true;
}

void WorkerPool::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping && m_threads.empty())
            return;
        m_stopping = true;
    }
    for (auto& slot : m_slots)
        slot->wake.notify_one();
    for (auto& thread : m_threads)
        thread.join();
    m_threads.clear();
}

int WorkerPool::inFlight() const
{
    std::lock_guard lock(m_mutex);
    return static_cast<int>(m_queue.size()) + m_running;
}

void WorkerPool::run(int index)
{
    std::unique_ptr<pqxx::connection> connection;
    {
        std::lock_guard lock(m_mutex);
        connection = std::move(m_initialConnections[index]);
    }
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            Slot& slot = *m_slots[index];
            while (m_queue.empty() && !m_stopping) {
                slot.signalled = false;
                m_idle.push_back(index);
                slot.wake.wait(lock, [&] { return slot.signalled || m_stopping; });
                std::erase(m_idle, index);   // woken by stop(): no longer idle
            }
            if (m_queue.empty())
                return;   // stopping and drained
            job = std::move(m_queue.front());
            m_queue.pop_front();
            ++m_running;
        }
        // A connection lost between jobs is replaced before the next job runs.
        for (int attempt = 0; !connection || !connection->is_open(); ++attempt) {
            try {
                connection = connect();
            } catch (const std::exception& error) {
                spdlog::error("worker {}: cannot reconnect to the database: {}", index, error.what());
                std::this_thread::sleep_for(std::chrono::milliseconds(std::min(2000, 100 << std::min(attempt, 4))));
            }
        }
        try {
            job(*connection);
        } catch (const pqxx::broken_connection& error) {
            spdlog::error("worker {}: database connection lost: {}", index, error.what());
            connection.reset();
        } catch (const std::exception& error) {
            spdlog::error("worker {}: job failed: {}", index, error.what());
        }
        {
            std::lock_guard lock(m_mutex);
            --m_running;
        }
    }
}

} // namespace csm::server::db
