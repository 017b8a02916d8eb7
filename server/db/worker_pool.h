#pragma once
// A bounded pool of database workers. Each worker thread owns one pqxx::connection with
// every registered statement prepared on it. A full queue refuses new work (the caller
// answers `busy`) instead of queueing without bound.
#include <pqxx/pqxx>

#include <condition_variable>
#include <deque>
#include <functional>
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
    // Returns false (and does not run the job) when the queue is full or the pool stopped.
    bool submit(Job job);
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

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    int m_running = 0;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
    std::vector<std::unique_ptr<pqxx::connection>> m_initialConnections;
};

} // namespace csm::server::db
