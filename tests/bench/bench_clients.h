#pragma once
// The two kinds of connection csm_bench drives, each used by one thread at a time with blocking
// I/O: a protocol client of csm-server (POSIX TCP socket, the common framing and messages) and a
// libpq connection that runs the server's prepared statements directly.
#include "common/protocol/frame.h"

#include <QCborMap>
#include <QCborValue>
#include <QString>

#include <libpq-fe.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace csm::bench {

struct CallResult {
    bool ok = false;
    QCborValue result;   // when ok
    QString errorCode;   // when not ok
    QString errorMessage;
};

class WireClient {
public:
    WireClient() = default;
    ~WireClient();
    WireClient(const WireClient&) = delete;
    WireClient& operator=(const WireClient&) = delete;

    // TCP connect (TCP_NODELAY), hello, auth.login. Throws std::runtime_error.
    void open(const std::string& host, int port, const QString& user, const QString& password);
    // One request, then blocks until its response (events in between are skipped).
    // Throws std::runtime_error when the connection fails.
    CallResult call(const QString& op, const QCborMap& args);
    // Pipelining: writes the requests in one go, then waits for every response (in any order).
    std::vector<CallResult> callMany(const std::vector<std::pair<QString, QCborMap>>& requests);
    // The next message (a response or an event) within `timeoutMs`, or nullopt on timeout.
    std::optional<QCborMap> readMessage(int timeoutMs);

private:
    qint64 send(const QString& op, const QCborMap& args, QByteArray& out);
    static CallResult toResult(const QCborMap& message, qint64* id);

    void writeAll(const QByteArray& bytes);

    int m_fd = -1;
    qint64 m_nextId = 1;
    common::FrameReader m_reader;
    std::vector<char> m_buffer = std::vector<char>(64 * 1024);
};

class RawClient {
public:
    RawClient() = default;
    ~RawClient();
    RawClient(const RawClient&) = delete;
    RawClient& operator=(const RawClient&) = delete;

    void open(const std::string& conninfo);   // throws std::runtime_error
    void run(const std::string& sql);          // a command without parameters; throws
    void prepare(const std::string& name, const std::string& sql);
    // PQexecPrepared with text parameters, like libpqxx does for the server; reads every value
    // of every row. Returns the row count; throws std::runtime_error on an error result.
    // Runs the named prepared statement, or, when `name` is empty, `sql` as an unnamed statement
    // planned for these parameters (as the server runs name and address searches).
    // Commands without a result (INSERT, UPDATE) count their affected rows instead.
    int execute(const std::string& name, const std::vector<std::string>& params, const std::string& sql = {});
    // The same with parameters that may be NULL (nullopt).
    int executeNullable(const std::string& name, const std::vector<std::optional<std::string>>& params,
                        const std::string& sql = {});
    // The values of the first row of the last execute() (empty when it had none).
    const std::vector<std::string>& firstRow() const { return m_firstRow; }
    // Column 0 of every row of the last execute() as an array literal, e.g. {7,5,3}.
    std::string idArray() const { return m_idArray + "}"; }

private:
    int executeValues(const std::string& name, const std::string& sql);   // m_params bound

    PGconn* m_conn = nullptr;
    std::string m_value;       // every value is copied here, as the server copies it out
    std::vector<const char*> m_params;
    std::vector<std::string> m_firstRow;
    std::string m_idArray;
};

} // namespace csm::bench
