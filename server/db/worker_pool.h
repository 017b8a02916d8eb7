#pragma once
// A bounded pool of database workers. Each worker thread owns one pqxx::connection with
// every registered statement prepared on it. A full queue refuses new work (the caller
// answers `busy`) instead of queueing without bound.
#include <pqxx/pqxx>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace csm::server::db {

class WorkerPool {
public:
    using Job = std::function<void(pqxx::connection&)>;
    using Preparer = std::function<void(pqxx::connection&)>;

    WorkerPool(std::string connectionString, int workers, int queueLimit, Preparer preparer);
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    // Opens every worker's connection; throws when the database cannot be reached.
    void start();
    // Urgent jobs go before every queued one (a screen pop must not wait behind reports).
    enum class Priority { Normal, Urgent };
    // Returns false (and does not run the job) when the queue is full or the pool stopped.
    bool submit(Job job, Priority priority = Priority::Normal);
    // Finishes the queued and running jobs, then joins the workers.
    void stop();
    // Jobs queued or running.
    int inFlight() const;
    int workerCount() const { return m_workerCount; }

private:
    void run(int index);
    std::unique_ptr<pqxx::connection> connect();

    std::string m_connectionString;
    int m_workerCount;
    int m_queueLimit;
    Preparer m_preparer;

    // Each worker sleeps on its own condition; idle workers form a stack so that the most
    // recently used one (warm caches, its PostgreSQL backend too) takes the next job and only
    // one thread is woken per job.
    struct Slot {
        std::condition_variable wake;
        bool signalled = false;
    };

    mutable std::mutex m_mutex;
    std::vector<std::unique_ptr<Slot>> m_slots;
    std::vector<int> m_idle;
    std::deque<Job> m_queue;
    int m_running = 0;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
    std::vector<std::unique_ptr<pqxx::connection>> m_initialConnections;
};

} // namespace csm::server::db
