#include "server/db/async_reader.h"

#include <libpq-fe.h>
#include <pqxx/internal/gates/result-creation.hxx>
#include <spdlog/spdlog.h>

#include <QMetaObject>
#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <stdexcept>

namespace csm::server::db {

namespace {
// libpqxx 6.4 builds a pqxx::result from a PGresult only through a gate whose factory is
// private to its own connection classes. An explicit template instantiation may name a private
// member ([temp.spec.general]), which is how the factory is reached here, in this one place; the
// rows then decode with the same code as on the worker path.
using CreateResult = pqxx::result (*)(pqxx::internal::pq::PGresult*, const std::string&,
                                      pqxx::internal::encoding_group);
CreateResult resultFactory();
template <CreateResult Create>
struct ResultFactory {
    friend CreateResult resultFactory() { return Create; }
};
template struct ResultFactory<&pqxx::internal::gate::result_creation::create>;

constexpr int kMaxInFlightPerConnection = 128;
constexpr int kMaxReconnectDelayMs = 30000;
const std::string kNoQuery;

// Opens a connection and prepares the statements on it; blocking. nullptr and a log line on failure.
PGconn* openConnection(const std::string& connectionString, const AsyncReader::Statements& statements)
{
    PGconn* connection = PQconnectdb(connectionString.c_str());
    if (PQstatus(connection) != CONNECTION_OK) {
        spdlog::warn("async reads: cannot connect: {}", PQerrorMessage(connection));
        PQfinish(connection);
        return nullptr;
    }
    for (const auto& [name, sql] : statements) {
        PGresult* result = PQprepare(connection, name.c_str(), sql.c_str(), 0, nullptr);
        const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
        if (!ok)
            spdlog::error("async reads: cannot prepare {}: {}", name, PQresultErrorMessage(result));
        PQclear(result);
        if (!ok) {
            PQfinish(connection);
            return nullptr;
        }
    }
    if (PQsetnonblocking(connection, 1) != 0 || PQenterPipelineMode(connection) != 1) {
        spdlog::error("async reads: cannot enter pipeline mode: {}", PQerrorMessage(connection));
        PQfinish(connection);
        return nullptr;
    }
    return connection;
}
} // namespace

struct AsyncReader::Link {
    struct Pending {
        Callback callback;
        PGresult* result = nullptr;   // the statement's result, until its Sync arrives
    };

    int index = 0;
    PGconn* connection = nullptr;
    std::unique_ptr<QSocketNotifier> readable;
    std::unique_ptr<QSocketNotifier> writable;
    std::deque<Pending> pending;
    bool flushScheduled = false;

    bool healthy() const { return connection != nullptr; }
};

AsyncReader::AsyncReader(std::string connectionString, int connections, Statements statements, QObject* parent)
    : QObject(parent)
    , m_connectionString(std::move(connectionString))
    , m_connectionCount(connections)
    , m_statements(std::move(statements))
{
}

AsyncReader::~AsyncReader()
{
    m_stopped = true;
    if (m_reconnectThread.joinable())
        m_reconnectThread.join();
    for (auto& link : m_links) {
        for (auto& pending : link->pending)
            PQclear(pending.result);
        link->readable.reset();
        link->writable.reset();
        if (link->connection)
            PQfinish(link->connection);
    }
}

void AsyncReader::start()
{
    for (int i = 0; i < m_connectionCount; ++i) {
        auto link = std::make_unique<Link>();
        link->index = i;
        m_links.push_back(std::move(link));
        PGconn* connection = openConnection(m_connectionString, m_statements);
        if (!connection)
            throw std::runtime_error("the database cannot be reached for asynchronous reads");
        adopt(i, connection);
    }
}

void AsyncReader::adopt(int index, PGconn* connection)
{
    Link& link = *m_links[static_cast<size_t>(index)];
    link.connection = connection;
    const int socket = PQsocket(connection);
    link.readable = std::make_unique<QSocketNotifier>(socket, QSocketNotifier::Read);
    link.writable = std::make_unique<QSocketNotifier>(socket, QSocketNotifier::Write);
    link.writable->setEnabled(false);
    connect(link.readable.get(), &QSocketNotifier::activated, this, [this, &link] { onReadable(link); });
    connect(link.writable.get(), &QSocketNotifier::activated, this, [this, &link] { onWritable(link); });
}

bool AsyncReader::submit(const std::string& statement, const std::string& sql,
                         const std::vector<std::optional<std::string>>& params, Callback callback)
{
    if (m_stopped)
        return false;
    Link* best = nullptr;
    for (auto& link : m_links) {
        if (link->healthy() && (!best || link->pending.size() < best->pending.size()))
            best = link.get();
    }
    if (!best || static_cast<int>(best->pending.size()) >= kMaxInFlightPerConnection)
        return false;

    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& param : params)
        values.push_back(param ? param->c_str() : nullptr);
    const int count = static_cast<int>(values.size());
    const int sent = statement.empty()
        ? PQsendQueryParams(best->connection, sql.c_str(), count, nullptr, values.data(), nullptr, nullptr, 0)
        : PQsendQueryPrepared(best->connection, statement.c_str(), count, values.data(), nullptr, nullptr, 0);
    if (sent != 1 || PQpipelineSync(best->connection) != 1) {
        // The link is unusable; what it had in flight fails later, as Lost.
        QMetaObject::invokeMethod(this, [this, index = best->index] { breakLink(*m_links[static_cast<size_t>(index)], "send failed"); },
                                  Qt::QueuedConnection);
        best->readable->setEnabled(false);
        best->writable->setEnabled(false);
        return false;
    }
    best->pending.push_back(Link::Pending{std::move(callback), nullptr});
    // One write for every read that arrives in the same turn of the event loop.
    if (!best->flushScheduled) {
        best->flushScheduled = true;
        QMetaObject::invokeMethod(this, [this, index = best->index] {
            Link& link = *m_links[static_cast<size_t>(index)];
            link.flushScheduled = false;
            if (link.healthy())
                flush(link);
        }, Qt::QueuedConnection);
    }
    return true;
}

void AsyncReader::flush(Link& link)
{
    const int result = PQflush(link.connection);
    if (result < 0) {
        breakLink(link, "flush failed");
        return;
    }
    link.writable->setEnabled(result == 1);
}

void AsyncReader::onWritable(Link& link)
{
    if (link.healthy())
        flush(link);
}

void AsyncReader::onReadable(Link& link)
{
    if (!link.healthy())
        return;
    if (PQconsumeInput(link.connection) != 1) {
        breakLink(link, PQerrorMessage(link.connection));
        return;
    }
    drain(link);
    if (link.healthy() && PQstatus(link.connection) == CONNECTION_BAD) {
        breakLink(link, PQerrorMessage(link.connection));
        return;
    }
    if (link.healthy() && link.writable->isEnabled())
        flush(link);
}

void AsyncReader::drain(Link& link)
{
    // Per read: its result, a null that ends it, then the result of its Sync.
    bool sawEnd = false;
    while (link.healthy() && !link.pending.empty() && !PQisBusy(link.connection)) {
        PGresult* result = PQgetResult(link.connection);
        if (!result) {
            if (sawEnd)
                break;   // nothing more has arrived yet
            sawEnd = true;
            continue;
        }
        sawEnd = false;
        Link::Pending& front = link.pending.front();
        if (PQresultStatus(result) != PGRES_PIPELINE_SYNC) {
            if (!front.result)
                front.result = result;
            else
                PQclear(result);
            continue;
        }
        PQclear(result);
        Link::Pending done = std::move(front);
        link.pending.pop_front();
        AsyncOutcome outcome;
        const ExecStatusType status = done.result ? PQresultStatus(done.result) : PGRES_FATAL_ERROR;
        if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
            outcome.status = AsyncOutcome::Status::Rows;
            outcome.rows = resultFactory()(done.result, kNoQuery, pqxx::internal::encoding_group::UTF8);
        } else {
            outcome.status = AsyncOutcome::Status::SqlError;
            if (done.result) {
                const char* state = PQresultErrorField(done.result, PG_DIAG_SQLSTATE);
                outcome.sqlstate = state ? state : "";
                outcome.message = PQresultErrorMessage(done.result);
                PQclear(done.result);
            } else {
                outcome.message = "no result";
            }
        }
        done.callback(std::move(outcome));
    }
}

void AsyncReader::breakLink(Link& link, const char* why)
{
    if (!link.healthy())
        return;
    if (!m_stopped)
        spdlog::error("async reads: connection {} lost: {}", link.index, why ? why : "");
    link.readable.reset();
    link.writable.reset();
    PQfinish(link.connection);
    link.connection = nullptr;
    std::deque<Link::Pending> failed;
    failed.swap(link.pending);
    for (auto& pending : failed) {
        PQclear(pending.result);
        pending.callback(AsyncOutcome{});   // Lost: the caller runs the read on a worker
    }
    scheduleReconnect();
}

void AsyncReader::scheduleReconnect()
{
    if (m_stopped || m_reconnecting)
        return;
    m_reconnecting = true;
    m_reconnectDelayMs = std::clamp(m_reconnectDelayMs * 2, 500, kMaxReconnectDelayMs);
    QTimer::singleShot(m_reconnectDelayMs, this, [this] {
        if (m_stopped)
            return;
        if (m_reconnectThread.joinable())
            m_reconnectThread.join();
        std::vector<int> broken;
        for (const auto& link : m_links) {
            if (!link->healthy())
                broken.push_back(link->index);
        }
        // The destructor joins this thread, so the reader outlives it.
        AsyncReader* self = this;
        m_reconnectThread = std::thread([self, broken, connectionString = m_connectionString, statements = m_statements] {
            for (int index : broken) {
                PGconn* connection = openConnection(connectionString, statements);
                // Adopted on the reader's thread.
                QMetaObject::invokeMethod(self, [self, index, connection] {
                    if (!connection)
                        return;
                    if (self->m_stopped) {
                        PQfinish(connection);
                        return;
                    }
                    self->adopt(index, connection);
                    spdlog::info("async reads: connection {} restored", index);
                }, Qt::QueuedConnection);
            }
            QMetaObject::invokeMethod(self, [self] {
                self->m_reconnecting = false;
                if (self->healthyConnections() < static_cast<int>(self->m_links.size()))
                    self->scheduleReconnect();
                else
                    self->m_reconnectDelayMs = 0;
            }, Qt::QueuedConnection);
        });
    });
}

void AsyncReader::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    for (auto& link : m_links)
        breakLink(*link, "stopped");
}

int AsyncReader::inFlight() const
{
    int count = 0;
    for (const auto& link : m_links)
        count += static_cast<int>(link->pending.size());
    return count;
}

int AsyncReader::healthyConnections() const
{
    return static_cast<int>(std::count_if(m_links.cbegin(), m_links.cend(), [](const auto& link) { return link->healthy(); }));
}

} // namespace csm::server::db
