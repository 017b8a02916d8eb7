#pragma once
// One-statement reads run from the network thread without a thread hand-off: a few libpq
// connections in non-blocking pipeline mode, watched by socket notifiers on the network thread's
// event loop. A request is sent (with a Sync of its own, so a failing query affects nobody
// else), the network thread goes on serving other sockets, and the reply is built when the
// rows arrive. Several requests that arrive together leave in one write to PostgreSQL.
//
// Why: on a small machine the two cross-thread hand-offs of the worker pool (network thread →
// worker → network thread) cost more CPU than PostgreSQL spends on an indexed lookup
// (docs/performance.md). Writes and multi-statement reads stay on the worker pool.
#include <pqxx/pqxx>

#include <QObject>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

class QSocketNotifier;
struct pg_conn;

namespace csm::server::db {

struct AsyncOutcome {
    enum class Status {
        Rows,       // `rows` holds the result
        SqlError,   // PostgreSQL refused the statement: `sqlstate`, `message`
        Lost,       // the connection broke before the answer came: run the read elsewhere
    };
    Status status = Status::Lost;
    pqxx::result rows;
    std::string sqlstate;
    std::string message;
};

class AsyncReader : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(AsyncOutcome)>;
    using Statements = std::vector<std::pair<std::string, std::string>>;   // name, SQL

    AsyncReader(std::string connectionString, int connections, Statements statements, QObject* parent = nullptr);
    ~AsyncReader() override;
    AsyncReader(const AsyncReader&) = delete;
    AsyncReader& operator=(const AsyncReader&) = delete;

    // Opens the connections and prepares the statements (blocking; at start-up). Throws when
    // the database cannot be reached.
    void start();
    // Sends a read. `statement` names a prepared statement; when empty, `sql` runs as an unnamed
    // statement. Returns false when no connection can take it (all broken, or too many reads in
    // flight): the caller runs the read on a worker instead. The callback runs later on this
    // object's thread, never from inside submit().
    bool submit(const std::string& statement, const std::string& sql,
                const std::vector<std::optional<std::string>>& params, Callback callback);
    // Fails what is in flight as Lost (queued, not from inside stop()) and closes the connections.
    void stop();
    int inFlight() const;
    int healthyConnections() const;

private:
    struct Link;

    void onReadable(Link& link);
    void onWritable(Link& link);
    void flush(Link& link);
    void drain(Link& link);
    void breakLink(Link& link, const char* why);
    void scheduleReconnect();
    void adopt(int index, pg_conn* connection);

    std::string m_connectionString;
    int m_connectionCount;
    Statements m_statements;
    std::vector<std::unique_ptr<Link>> m_links;
    bool m_stopped = false;
    bool m_reconnecting = false;
    int m_reconnectDelayMs = 0;
    std::thread m_reconnectThread;
};

} // namespace csm::server::db
