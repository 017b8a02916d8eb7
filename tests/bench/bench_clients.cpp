#include "tests/bench/bench_clients.h"

#include "common/protocol/message.h"
#include "common/protocol/version.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace csm::bench {

namespace {
[[noreturn]] void fail(const std::string& message)
{
    throw std::runtime_error(message);
}
} // namespace

// ------------------------------------------------------------------ WireClient

WireClient::~WireClient()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void WireClient::open(const std::string& host, int port, const QString& user, const QString& password)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    const std::string service = std::to_string(port);
    if (const int error = ::getaddrinfo(host.c_str(), service.c_str(), &hints, &found); error != 0)
        fail("cannot resolve " + host + ": " + ::gai_strerror(error));
    std::string lastError = "no address";
    for (addrinfo* address = found; address; address = address->ai_next) {
        const int fd = ::socket(address->ai_family, address->ai_socktype | SOCK_CLOEXEC, address->ai_protocol);
        if (fd < 0) {
            lastError = std::strerror(errno);
            continue;
        }
        if (::connect(fd, address->ai_addr, address->ai_addrlen) == 0) {
            m_fd = fd;
            break;
        }
        lastError = std::strerror(errno);
        ::close(fd);
    }
    ::freeaddrinfo(found);
    if (m_fd < 0)
        fail("cannot connect to csm-server at " + host + ":" + service + ": " + lastError);
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);

    const CallResult hello = call(QStringLiteral("hello"),
                                  QCborMap{{QStringLiteral("protocol"), common::kProtocolVersion},
                                           {QStringLiteral("client"), QStringLiteral("csm_bench")}});
    if (!hello.ok)
        fail("hello failed: " + hello.errorCode.toStdString() + ": " + hello.errorMessage.toStdString());
    const CallResult login = call(QStringLiteral("auth.login"),
                                  QCborMap{{QStringLiteral("username"), user},
                                           {QStringLiteral("password"), password},
                                           {QStringLiteral("client"), QStringLiteral("csm_bench")}});
    if (!login.ok)
        fail("auth.login as '" + user.toStdString() + "' failed: " + login.errorCode.toStdString() + ": "
             + login.errorMessage.toStdString());
}

void WireClient::writeAll(const QByteArray& bytes)
{
    const char* data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::send(m_fd, data, std::size_t(left), MSG_NOSIGNAL);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            fail(std::string("send failed: ") + std::strerror(errno));
        }
        data += written;
        left -= written;
    }
}

qint64 WireClient::send(const QString& op, const QCborMap& args, QByteArray& out)
{
    common::Request request;
    request.id = m_nextId++;
    request.op = op;
    request.args = args;
    out += common::encodeFrame(request.toCbor());
    return request.id;
}

CallResult WireClient::toResult(const QCborMap& message, qint64* id)
{
    QString problem;
    auto response = common::Response::fromCbor(message, problem);
    if (!response)
        fail("bad response from the server: " + problem.toStdString());
    *id = response->id;
    CallResult result;
    result.ok = response->ok;
    if (response->ok) {
        result.result = std::move(response->result);
    } else {
        result.errorCode = common::errorCodeName(response->error.code);
        result.errorMessage = response->error.message;
    }
    return result;
}

std::optional<QCborMap> WireClient::readMessage(int timeoutMs)
{
    for (;;) {
        QCborMap message;
        QString problem;
        const auto status = m_reader.next(message, problem);
        if (status == common::FrameReader::Status::Error)
            fail("bad frame from the server: " + problem.toStdString());
        if (status == common::FrameReader::Status::Frame)
            return message;
        pollfd ready{m_fd, POLLIN, 0};
        const int polled = ::poll(&ready, 1, timeoutMs);
        if (polled < 0 && errno == EINTR)
            continue;
        if (polled < 0)
            fail(std::string("poll failed: ") + std::strerror(errno));
        if (polled == 0)
            return std::nullopt;
        const ssize_t got = ::recv(m_fd, m_buffer.data(), m_buffer.size(), 0);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            fail(std::string("recv failed: ") + std::strerror(errno));
        if (got == 0)
            fail("the server closed the connection");
        m_reader.append(QByteArray::fromRawData(m_buffer.data(), qsizetype(got)));
    }
}

CallResult WireClient::call(const QString& op, const QCborMap& args)
{
    return callMany({{op, args}}).front();
}

std::vector<CallResult> WireClient::callMany(const std::vector<std::pair<QString, QCborMap>>& requests)
{
    QByteArray frames;
    std::vector<qint64> ids;
    for (const auto& [op, args] : requests)
        ids.push_back(send(op, args, frames));
    writeAll(frames);
    std::vector<CallResult> results(requests.size());
    std::size_t answered = 0;
    while (answered < requests.size()) {
        const auto message = readMessage(-1);
        if (!message || common::isEventMessage(*message))
            continue;
        qint64 id = 0;
        CallResult result = toResult(*message, &id);
        const auto it = std::find(ids.begin(), ids.end(), id);
        if (it == ids.end())
            continue;
        results[std::size_t(it - ids.begin())] = std::move(result);
        ++answered;
    }
    return results;
}

// ------------------------------------------------------------------ RawClient

RawClient::~RawClient()
{
    if (m_conn)
        PQfinish(m_conn);
}

void RawClient::open(const std::string& conninfo)
{
    m_conn = PQconnectdb(conninfo.c_str());
    if (PQstatus(m_conn) != CONNECTION_OK)
        fail("cannot connect to PostgreSQL (" + conninfo + "): " + PQerrorMessage(m_conn));
}

void RawClient::run(const std::string& sql)
{
    PGresult* result = PQexec(m_conn, sql.c_str());
    const auto status = PQresultStatus(result);
    const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    const std::string message = ok ? std::string() : PQresultErrorMessage(result);
    PQclear(result);
    if (!ok)
        fail(sql + " failed: " + message);
}

void RawClient::prepare(const std::string& name, const std::string& sql)
{
    if (name.empty())
        return;   // run unnamed per call
    PGresult* result = PQprepare(m_conn, name.c_str(), sql.c_str(), 0, nullptr);
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    const std::string message = ok ? std::string() : PQresultErrorMessage(result);
    PQclear(result);
    if (!ok)
        fail("PQprepare " + name + " failed: " + message);
}

int RawClient::execute(const std::string& name, const std::vector<std::string>& params, const std::string& sql)
{
    m_params.clear();
    for (const std::string& param : params)
        m_params.push_back(param.c_str());
    return executeValues(name, sql);
}

int RawClient::executeNullable(const std::string& name, const std::vector<std::optional<std::string>>& params,
                               const std::string& sql)
{
    m_params.clear();
    for (const std::optional<std::string>& param : params)
        m_params.push_back(param ? param->c_str() : nullptr);
    return executeValues(name, sql);
}

int RawClient::executeValues(const std::string& name, const std::string& sql)
{
    PGresult* result = name.empty()
        ? PQexecParams(m_conn, sql.c_str(), int(m_params.size()), nullptr, m_params.data(), nullptr, nullptr, 0)
        : PQexecPrepared(m_conn, name.c_str(), int(m_params.size()), m_params.data(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        const std::string message = PQresultErrorMessage(result);
        PQclear(result);
        if (PQstatus(m_conn) != CONNECTION_OK)
            fail("PostgreSQL connection lost: " + message);
        fail(name + " failed: " + message);
    }
    m_firstRow.clear();
    m_idArray = "{";
    if (status == PGRES_COMMAND_OK) {
        const int affected = std::atoi(PQcmdTuples(result));
        PQclear(result);
        return affected;
    }
    const int rows = PQntuples(result);
    const int columns = PQnfields(result);
    for (int column = 0; rows > 0 && column < columns; ++column)
        m_firstRow.emplace_back(PQgetvalue(result, 0, column), std::size_t(PQgetlength(result, 0, column)));
    for (int row = 0; row < rows && columns > 0; ++row) {
        if (m_idArray.size() > 1)
            m_idArray += ',';
        m_idArray.append(PQgetvalue(result, row, 0), std::size_t(PQgetlength(result, row, 0)));
    }
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column)
            m_value.assign(PQgetvalue(result, row, column), std::size_t(PQgetlength(result, row, column)));
    }
    PQclear(result);
    return rows;
}

} // namespace csm::bench
