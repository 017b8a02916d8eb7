#include "server/cti/cti_service.h"

#include "server/db/worker_pool.h"

#include <spdlog/spdlog.h>

#include <QCborMap>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <utility>

namespace csm::server::cti {
namespace {

// How long to wait before offering a job again when the worker queue is full.
constexpr int kBusyRetryMs = 20;
// Channels remembered for hang-up; older entries are dropped beyond this.
constexpr int kMaxRememberedChannels = 10000;

QString channelKey(const QString& callKey, const QString& extension)
{
    return callKey + QLatin1Char('\n') + extension;
}

} // namespace

CtiService::CtiService(QObject* parent)
    : QObject(parent)
{
    connect(&m_sim, &CtiAdapter::callEvent, this, &CtiService::ingest);
}

CtiService::~CtiService()
{
    stop();
}

void CtiService::setPbxAdapter(std::unique_ptr<CtiAdapter> adapter)
{
    m_pbx = std::move(adapter);
    m_pbxConfigured = m_pbx != nullptr;
    if (!m_pbx)
        return;
    connect(m_pbx.get(), &CtiAdapter::callEvent, this, &CtiService::ingest);
    connect(m_pbx.get(), &CtiAdapter::statusChanged, this, [this](bool connected, const QString& detail) {
        m_pbxConnected = connected;
        if (connected)
            spdlog::info("cti: {} connected ({})", m_pbx->name().toStdString(), detail.toStdString());
        else
            spdlog::warn("cti: {} not connected: {}", m_pbx->name().toStdString(), detail.toStdString());
    });
}

void CtiService::start()
{
    m_stopped = false;
    if (m_pbx)
        m_pbx->start();
}

void CtiService::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    if (m_pbx)
        m_pbx->stop();
    m_sim.stop();
}

void CtiService::ingest(CallEvent event)
{
    if (m_stopped)
        return;
    if (event.callKey.isEmpty()) {
        spdlog::warn("cti: {} event without a call key from {} ignored", callEventKindName(event.kind).toStdString(),
                     event.source.toStdString());
        return;
    }
    if (!event.at.isValid())
        event.at = QDateTime::currentDateTimeUtc();
    if (!event.channel.isEmpty() && !event.extension.isEmpty()) {
        if (m_channels.size() >= kMaxRememberedChannels)
            m_channels.clear();
        m_channels.insert(channelKey(event.callKey, event.extension), event.channel);
    }
    const QString key = event.callKey;
    const auto entered = std::chrono::steady_clock::now();
    if (notePop(event))
        runPop(event, entered);
    ++m_pending;
    m_queues[key].push_back(Queued{std::move(event), entered});
    if (!m_running.value(key))
        runNext(key);
}

bool CtiService::notePop(CallEvent& event)
{
    if (!m_popTask)
        return false;
    if (event.kind == CallEventKind::Ended) {
        m_memos.remove(event.callKey);
        return false;
    }
    if (m_memos.size() >= kMaxRememberedChannels && !m_memos.contains(event.callKey))
        m_memos.clear(); // a PBX that never ends its calls: forget rather than grow
    CallMemo& memo = m_memos[event.callKey];
    if (event.kind == CallEventKind::Offered) {
        memo.outbound = event.direction == CallDirection::Outbound;
        memo.caller = event.caller;
    }
    if (event.kind == CallEventKind::Queued || !event.queue.isEmpty())
        memo.queued = true;
    if (event.caller.isEmpty())
        event.caller = memo.caller;
    const bool pops = (event.kind == CallEventKind::Ringing && !memo.queued)
                      || event.kind == CallEventKind::Answered;
    if (!pops || memo.outbound || event.extension.isEmpty() || memo.popped.contains(event.extension))
        return false;
    memo.popped.append(event.extension);
    return true;
}

void CtiService::runPop(const CallEvent& event, std::chrono::steady_clock::time_point entered)
{
    if (!m_popPool)
        return;
    {
        std::lock_guard lock(m_popQueue->mutex);
        m_popQueue->waiting.push_back(PendingPop{event, entered});
    }
    topUpPopJobs();
}

void CtiService::topUpPopJobs()
{
    std::size_t waiting = 0;
    {
        std::lock_guard lock(m_popQueue->mutex);
        waiting = m_popQueue->waiting.size();
    }
    // One job per kMaxPopBatch waiting pops: a statement runs on one core, so a burst is split
    // over several (a job that finds nothing left returns at once).
    while (waiting > 0 && m_popJobs < kMaxPopJobs && !m_stopped) {
        submitPopJob();
        waiting -= std::min<std::size_t>(waiting, kMaxPopBatch);
    }
}

void CtiService::submitPopJob()
{
    ++m_popJobs;
    QPointer<CtiService> self(this);
    const PopTask task = m_popTask;
    const std::shared_ptr<PopQueue> queue = m_popQueue;
    const bool accepted = m_popPool->submit(
        [self, task, queue](pqxx::connection& db) {
            std::vector<PendingPop> pops;
            {
                std::lock_guard lock(queue->mutex);
                while (!queue->waiting.empty() && static_cast<int>(pops.size()) < kMaxPopBatch) {
                    pops.push_back(std::move(queue->waiting.front()));
                    queue->waiting.pop_front();
                }
            }
            PopTimes times;
            times.started = std::chrono::steady_clock::now();
            std::vector<std::optional<Push>> pushes;
            if (!pops.empty()) {
                std::vector<CallEvent> events;
                events.reserve(pops.size());
                for (const PendingPop& pop : pops)
                    events.push_back(pop.event);
                try {
                    pushes = task(db, events);
                } catch (const std::exception& error) {
                    spdlog::error("cti: {} screen pop(s) failed: {}", pops.size(), error.what());
                }
            }
            times.done = std::chrono::steady_clock::now();
            QMetaObject::invokeMethod(
                self.data(),
                [self, times, pops = std::move(pops), pushes = std::move(pushes)]() mutable {
                    if (self)
                        self->popsDone(std::move(pops), std::move(pushes), times);
                },
                Qt::QueuedConnection);
        },
        db::WorkerPool::Priority::Urgent);
    if (accepted)
        return;
    --m_popJobs;
    if (m_popJobs > 0)
        return;   // a running job takes the waiting pops when it comes back
    std::size_t skipped = 0;
    {
        std::lock_guard lock(m_popQueue->mutex);
        skipped = m_popQueue->waiting.size();
        m_popQueue->waiting.clear();
    }
    spdlog::warn("cti: the worker queue is full; {} screen pop(s) skipped (the calls are still recorded)", skipped);
}

void CtiService::popsDone(std::vector<PendingPop> pops, std::vector<std::optional<Push>> pushes, PopTimes times)
{
    --m_popJobs;
    if (!m_stopped) {
        Pushes out;
        for (std::size_t i = 0; i < pops.size() && i < pushes.size(); ++i) {
            if (pushes[i])
                out.push_back(std::move(*pushes[i]));
        }
        if (m_pushSink && !out.empty())
            m_pushSink(std::move(out));
        for (std::size_t i = 0; i < pops.size() && i < pushes.size(); ++i) {
            if (pushes[i])
                recordPop(pops[i].entered, times);
        }
    }
    topUpPopJobs();
    if (m_popJobs == 0)
        releaseHeld(true);
}

bool CtiService::holdForPops()
{
    if (m_popJobs == 0 || m_stopped)
        return false;
    const auto now = std::chrono::steady_clock::now();
    if (!m_holdSince) {
        m_holdSince = now;
        QTimer::singleShot(kMaxHoldMs, this, [this] { releaseHeld(false); });
    }
    return now - *m_holdSince < std::chrono::milliseconds(kMaxHoldMs);
}

void CtiService::releaseHeld(bool popsIdle)
{
    if (popsIdle)
        m_holdSince.reset();
    const QSet<QString> held = std::exchange(m_held, {});
    for (const QString& callKey : held) {
        if (!m_running.value(callKey))
            runNext(callKey);
    }
    if (std::exchange(m_figuresHeld, false))
        runFigures();
}

void CtiService::runNext(const QString& callKey)
{
    auto it = m_queues.find(callKey);
    if (it == m_queues.end() || it->empty()) {
        m_queues.remove(callKey);
        m_running.remove(callKey);
        return;
    }
    if (holdForPops()) {
        m_held.insert(callKey);
        return;
    }
    m_running.insert(callKey, true);
    // Every event of the call that is waiting goes into one job (one transaction): a PBX sends
    // a call's first events in a burst (Newchannel, QueueCallerJoin, DialBegin).
    Batch batch;
    while (!it->empty() && static_cast<int>(batch.size()) < kMaxBatch) {
        batch.push_back(std::move(it->front()));
        it->pop_front();
    }
    if (!m_pool || !m_processor) {
        spdlog::error("cti: no database to process call events; {} event(s) dropped", batch.size());
        finished(callKey, {}, std::move(batch));
        return;
    }
    std::vector<CallEvent> events;
    events.reserve(batch.size());
    for (const Queued& queued : batch)
        events.push_back(queued.event);
    QPointer<CtiService> self(this);
    Processor processor = m_processor;
    auto shared = std::make_shared<Batch>(std::move(batch));
    const bool accepted = m_pool->submit([self, processor, callKey, events, shared](pqxx::connection& db) {
        Pushes pushes;
        try {
            pushes = processor(db, events);
        } catch (const std::exception& error) {
            spdlog::error("cti: {} event(s) of a call could not be processed: {}", events.size(), error.what());
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, callKey, pushes = std::move(pushes), shared]() mutable {
                if (self)
                    self->finished(callKey, std::move(pushes), std::move(*shared));
            },
            Qt::QueuedConnection);
    });
    if (!accepted) {
        // The pool is full: keep the events (a call event is never dropped for load) and retry.
        it = m_queues.find(callKey);
        if (it == m_queues.end())
            it = m_queues.insert(callKey, {});
        for (auto back = shared->rbegin(); back != shared->rend(); ++back)
            it->push_front(std::move(*back));
        m_running.insert(callKey, false);
        QTimer::singleShot(kBusyRetryMs, this, [this, callKey] {
            if (!m_running.value(callKey))
                runNext(callKey);
        });
    }
}

void CtiService::finished(const QString& callKey, Pushes pushes, Batch batch)
{
    m_pending -= static_cast<int>(batch.size());
    if (m_stopped)
        return;
    if (!batch.empty())
        deliver(std::move(pushes), batch.front().entered);
    bool ended = false;
    bool figuresChanged = false;
    for (const Queued& queued : batch) {
        ended = ended || queued.event.kind == CallEventKind::Ended;
        figuresChanged = figuresChanged
                         || (queued.event.kind != CallEventKind::Ringing && queued.event.kind != CallEventKind::AgentLeft);
    }
    if (ended) {
        for (auto it = m_channels.begin(); it != m_channels.end();) {
            if (it.key().startsWith(callKey + QLatin1Char('\n')))
                it = m_channels.erase(it);
            else
                ++it;
        }
    }
    if (figuresChanged)
        scheduleFigures();
    m_running.insert(callKey, false);
    runNext(callKey);
    emit eventProcessed(callKey);
}

void CtiService::deliver(Pushes pushes, std::chrono::steady_clock::time_point entered)
{
    if (m_stopped || pushes.empty())
        return;
    const bool popped = std::any_of(pushes.cbegin(), pushes.cend(), [](const Push& push) {
        return push.event.name == QLatin1String("call.ringing");
    });
    if (m_pushSink)
        m_pushSink(std::move(pushes));
    if (popped)   // from the first event of its batch: the pop waited for the events before it, too
        recordPop(entered, std::nullopt);
}

void CtiService::recordPop(std::chrono::steady_clock::time_point entered, const std::optional<PopTimes>& times)
{
    const auto now = std::chrono::steady_clock::now();
    const auto ms = [](auto from, auto to) { return std::chrono::duration<double, std::milli>(to - from).count(); };
    PopSample sample;
    sample.total = ms(entered, now);
    if (times) {
        sample.queue = ms(entered, times->started);
        sample.lookup = ms(times->started, times->done);
        sample.deliver = ms(times->done, now);
    }
    std::lock_guard lock(m_latencyMutex);
    if (m_popMs.size() < static_cast<size_t>(kLatencySamples))
        m_popMs.push_back(sample);
    else
        m_popMs[static_cast<size_t>(m_pops % kLatencySamples)] = sample;
    ++m_pops;
}

void CtiService::scheduleFigures()
{
    m_figuresDirty = true;
    if (!m_figuresTask || m_figuresScheduled || m_figuresRunning)
        return;
    m_figuresScheduled = true;
    QTimer::singleShot(kFiguresIntervalMs, this, &CtiService::runFigures);
}

void CtiService::runFigures()
{
    m_figuresScheduled = false;
    if (m_stopped || !m_pool || !m_figuresDirty)
        return;
    if (holdForPops()) {
        m_figuresHeld = true;
        return;
    }
    m_figuresDirty = false;
    m_figuresRunning = true;
    QPointer<CtiService> self(this);
    auto task = m_figuresTask;
    const bool accepted = m_pool->submit([self, task](pqxx::connection& db) {
        Pushes pushes;
        try {
            pushes = task(db);
        } catch (const std::exception& error) {
            spdlog::error("cti: the wallboard figures failed: {}", error.what());
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, pushes = std::move(pushes)]() mutable {
                if (!self)
                    return;
                self->m_figuresRunning = false;
                if (!self->m_stopped && self->m_pushSink && !pushes.empty())
                    self->m_pushSink(std::move(pushes));
                if (self->m_figuresDirty)
                    self->scheduleFigures();
            },
            Qt::QueuedConnection);
    });
    if (!accepted) {
        m_figuresRunning = false;
        scheduleFigures();
    }
}

CtiService::PopLatency CtiService::popLatency() const
{
    std::vector<PopSample> samples;
    PopLatency latency;
    {
        std::lock_guard lock(m_latencyMutex);
        samples = m_popMs;
        latency.pops = m_pops;
    }
    const auto figures = [&samples](double PopSample::*stage) {
        PopLatency::Figures figures;
        if (samples.empty())
            return figures;
        std::vector<double> values;
        values.reserve(samples.size());
        for (const PopSample& sample : samples)
            values.push_back(sample.*stage);
        std::sort(values.begin(), values.end());
        const auto at = [&values](double q) {
            const auto index = static_cast<size_t>(std::ceil(q * double(values.size()))) - 1;
            return values[std::min(index, values.size() - 1)];
        };
        figures.p50Ms = at(0.50);
        figures.p99Ms = at(0.99);
        figures.maxMs = values.back();
        return figures;
    };
    latency.total = figures(&PopSample::total);
    latency.queue = figures(&PopSample::queue);
    latency.lookup = figures(&PopSample::lookup);
    latency.deliver = figures(&PopSample::deliver);
    return latency;
}

void CtiService::resetPopLatency()
{
    std::lock_guard lock(m_latencyMutex);
    m_popMs.clear();
    m_pops = 0;
}

void CtiService::reportFailure(qint64 userId, const QString& action, const QString& message)
{
    spdlog::warn("cti: {} for user {} failed: {}", action.toStdString(), userId, message.toStdString());
    if (!m_pushSink)
        return;
    QCborMap data;
    data.insert(QStringLiteral("action"), action);
    data.insert(QStringLiteral("message"), message);
    m_pushSink({Push::toUser(userId, {QStringLiteral("cti.error"), data})});
}

bool CtiService::dial(const QString& extension, const QString& number, const QString& reference, QString* error)
{
    if (m_pbx)
        return m_pbx->originate(extension, number, reference, error);
    return m_sim.originate(extension, number, reference, error);
}

bool CtiService::hangup(const QString& callKey, const QString& extension, QString* error)
{
    const QString channel = m_channels.value(channelKey(callKey, extension));
    if (channel.startsWith(QLatin1String("SIM/")) || (!m_pbx && channel.isEmpty()))
        return m_sim.hangupCall(callKey, true, error);
    if (channel.isEmpty()) {
        *error = QStringLiteral("no channel of this call at the extension");
        return false;
    }
    return m_pbx->hangup(channel, error);
}

bool CtiService::answer(const QString& callKey, QString* error)
{
    const bool simulated = std::any_of(m_channels.cbegin(), m_channels.cend(), [&](const QString& channel) {
        return channel.startsWith(QLatin1String("SIM/")) && channel.endsWith(QLatin1Char('-') + callKey);
    });
    if (!simulated && m_pbx) {
        *error = QStringLiteral("answer the call on the phone");
        return false;
    }
    return m_sim.answer(callKey, error);
}

} // namespace csm::server::cti
