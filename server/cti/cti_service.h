#pragma once
// The network-side hub of telephony. Adapters (AMI, simulator) report CallEvents here; each
// event becomes a job on the database worker pool that runs the call processor (call record,
// agent states, screen pop) and hands back the pushes for the clients. Events of one call are
// processed strictly in order, one at a time; different calls run in parallel.
#include "server/cti/call_event.h"
#include "server/cti/cti_adapter.h"
#include "server/cti/sim_adapter.h"
#include "server/rpc/push.h"

#include <pqxx/pqxx>

#include <QHash>
#include <QObject>
#include <QSet>

#include <atomic>
#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace csm::server::db {
class WorkerPool;
}

namespace csm::server::cti {

class CtiService : public QObject {
    Q_OBJECT
public:
    // Runs on a worker with its connection: the waiting events of one call, in order, in one
    // transaction; returns what to push. Must not throw for bad input (the processor logs and
    // records what it can); a thrown exception is logged and the events dropped.
    using Processor = std::function<Pushes(pqxx::connection&, const std::vector<CallEvent>&)>;
    // The screen pop's fast path: looks up the agents and the callers' customers for ringing
    // (or, for queue calls, answered) events and returns each one's `call.ringing` push (or
    // nothing). Runs as urgent jobs ahead of the calls' bookkeeping, at most kMaxPopJobs at once;
    // each job takes up to kMaxPopBatch of the pops waiting when it starts, so a burst of calls
    // ringing at once costs a few statements running side by side, not one per call. The service decides when to pop (once per call and
    // extension) from what it has seen of the call.
    using PopTask = std::function<std::vector<std::optional<Push>>(pqxx::connection&, const std::vector<CallEvent>&)>;
    inline static constexpr int kMaxPopJobs = 2;
    inline static constexpr int kMaxPopBatch = 16;
    // Events of one call taken into one job at most.
    inline static constexpr int kMaxBatch = 16;
    // The calls' bookkeeping and the wallboard figures yield to the screen pops: while pops wait
    // or run, no new bookkeeping job starts (the jobs running finish), so a burst of calls ringing
    // at once has the cores to itself. The hold lasts kMaxHoldMs at most per busy spell, so a
    // steady stream of pops cannot starve the bookkeeping.
    inline static constexpr int kMaxHoldMs = 100;
    // Delivers pushes to the clients; called on this object's thread.
    using PushSink = std::function<void(Pushes)>;
    // Screen-pop latency: from a call event entering the server to its `call.ringing` frame
    // being written to the agent's connection, over the last kLatencySamples pops.
    // Each pop also in its stages: waiting for a database worker (queue), the lookup on the
    // worker (lookup) and back on this thread until its frame is written (deliver).
    struct PopLatency {
        struct Figures {
            double p50Ms = 0;
            double p99Ms = 0;
            double maxMs = 0;
        };
        qint64 pops = 0;        // since start or the last reset
        Figures total;
        Figures queue;
        Figures lookup;
        Figures deliver;
    };
    inline static constexpr int kLatencySamples = 100000;

    explicit CtiService(QObject* parent = nullptr);
    ~CtiService() override;

    void setProcessor(Processor processor) { m_processor = std::move(processor); }
    void setPopTask(PopTask task) { m_popTask = std::move(task); }
    // Runs after call events, coalesced to at most one run per kFiguresIntervalMs (the
    // wallboard's figures cost a scan of today's calls: not something to do per event).
    void setFiguresTask(std::function<Pushes(pqxx::connection&)> task) { m_figuresTask = std::move(task); }
    inline static constexpr int kFiguresIntervalMs = 500;
    void setPushSink(PushSink sink) { m_pushSink = std::move(sink); }
    // `popPool` runs the screen pops (kMaxPopJobs workers of their own); `recordPool` the call
    // bookkeeping and the figures, so that a burst of call events cannot crowd out the pops.
    void attachPools(db::WorkerPool* popPool, db::WorkerPool* recordPool)
    {
        m_popPool = popPool;
        m_pool = recordPool;
    }
    // Takes ownership; its callEvent signal feeds ingest(). At most one PBX adapter.
    void setPbxAdapter(std::unique_ptr<CtiAdapter> adapter);
    void start();
    void stop();

    // Thread-safe: whether a PBX is configured, and connected.
    bool pbxConfigured() const { return m_pbxConfigured.load(); }
    bool pbxConnected() const { return m_pbxConnected.load(); }

    SimAdapter& simulator() { return m_sim; }

    // Network thread only.
    void ingest(CallEvent event);
    // Click-to-dial through the PBX when one is configured, else through the simulator.
    bool dial(const QString& extension, const QString& number, const QString& reference, QString* error);
    // The agent at `extension` hangs up `callKey`.
    bool hangup(const QString& callKey, const QString& extension, QString* error);
    // Answering from the desk works for simulated calls only (a real phone is answered on the phone).
    bool answer(const QString& callKey, QString* error);
    // Pushes `cti.error` to the user: a hand-off that failed after its op was answered.
    void reportFailure(qint64 userId, const QString& action, const QString& message);
    // Thread-safe.
    PopLatency popLatency() const;
    void resetPopLatency();
    // Events waiting or running (tests wait for zero).
    int pendingEvents() const { return m_pending; }

signals:
    // Emitted after an event's pushes were handed on (tests, the benchmark).
    void eventProcessed(const QString& callKey);

private:
    struct Queued {
        CallEvent event;
        std::chrono::steady_clock::time_point entered;
    };
    using Batch = std::vector<Queued>;
    void runNext(const QString& callKey);
    void finished(const QString& callKey, Pushes pushes, Batch batch);
    void scheduleFigures();
    // Remembers what the pop needs to know of a call; true when `event` should pop now.
    bool notePop(CallEvent& event);
    void runPop(const CallEvent& event, std::chrono::steady_clock::time_point entered);
    void submitPopJob();
    void topUpPopJobs();   // submits jobs for the waiting pops, up to kMaxPopJobs
    // When a pop's job started and finished on its worker.
    struct PopTimes {
        std::chrono::steady_clock::time_point started;
        std::chrono::steady_clock::time_point done;
    };
    struct PendingPop {
        CallEvent event;
        std::chrono::steady_clock::time_point entered;
    };
    // Pops waiting for a job; jobs take them on their worker thread.
    struct PopQueue {
        std::mutex mutex;
        std::deque<PendingPop> waiting;
    };
    void popsDone(std::vector<PendingPop> pops, std::vector<std::optional<Push>> pushes, PopTimes times);
    // Delivers pushes on this thread; records the pop latency from `entered` when they pop.
    void deliver(Pushes pushes, std::chrono::steady_clock::time_point entered);
    void recordPop(std::chrono::steady_clock::time_point entered, const std::optional<PopTimes>& times);
    void runFigures();
    // True (and the hold noted) when bookkeeping must wait for the pops now.
    bool holdForPops();
    // Starts what the hold kept back; `popsIdle` ends the busy spell.
    void releaseHeld(bool popsIdle);

    Processor m_processor;
    PopTask m_popTask;
    std::shared_ptr<PopQueue> m_popQueue = std::make_shared<PopQueue>();
    int m_popJobs = 0;   // submitted and not yet back
    std::optional<std::chrono::steady_clock::time_point> m_holdSince;   // the busy spell's first hold
    QSet<QString> m_held;       // calls whose bookkeeping waits for the pops
    bool m_figuresHeld = false;
    struct CallMemo {
        bool queued = false;
        bool outbound = false;
        QString caller;
        QStringList popped;   // extensions
    };
    QHash<QString, CallMemo> m_memos;
    std::function<Pushes(pqxx::connection&)> m_figuresTask;
    bool m_figuresScheduled = false;
    bool m_figuresRunning = false;
    bool m_figuresDirty = false;
    PushSink m_pushSink;
    mutable std::mutex m_latencyMutex;
    struct PopSample {
        double total = 0;
        double queue = 0;
        double lookup = 0;
        double deliver = 0;
    };
    std::vector<PopSample> m_popMs;   // ring buffer of the latest pops
    qint64 m_pops = 0;
    db::WorkerPool* m_pool = nullptr;     // bookkeeping
    db::WorkerPool* m_popPool = nullptr;  // screen pops
    SimAdapter m_sim;
    std::unique_ptr<CtiAdapter> m_pbx;
    std::atomic<bool> m_pbxConfigured{false};
    std::atomic<bool> m_pbxConnected{false};
    // Per call: events not yet processed; the front one is running when m_running has the key.
    QHash<QString, std::deque<Queued>> m_queues;
    QHash<QString, bool> m_running;
    // Channels seen per call and extension, so the desk can hang up its own leg.
    QHash<QString, QString> m_channels; // key: callKey + '\n' + extension
    int m_pending = 0;
    bool m_stopped = false;
};

} // namespace csm::server::cti
