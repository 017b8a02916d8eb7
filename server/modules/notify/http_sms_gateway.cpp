#include "server/modules/notify/http_sms_gateway.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>
#include <cerrno>
#include <cstring>
#include <stdexcept>

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace csm::server::notify {

namespace {
using Clock = std::chrono::steady_clock;
constexpr qsizetype kMaxAnswerBytes = 64 * 1024;

class Socket {
public:
    ~Socket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    int fd() const { return m_fd; }
    void reset(int fd)
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = fd;
    }

private:
    int m_fd = -1;
};

int msLeft(Clock::time_point deadline)
{
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    return left > 0 ? int(left) : 0;
}

// Waits until the socket is readable/writable; false on timeout.
bool waitFor(int fd, short events, Clock::time_point deadline)
{
    for (;;) {
        pollfd entry{fd, events, 0};
        const int ready = ::poll(&entry, 1, msLeft(deadline));
        if (ready > 0)
            return true;
        if (ready == 0)
            return false;
        if (errno != EINTR)
            return false;
    }
}

// A connected non-blocking socket, or an error text.
QString connectTo(Socket& socket, const QString& host, int port, Clock::time_point deadline)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    const std::string service = std::to_string(port);
    if (const int rc = ::getaddrinfo(host.toUtf8().constData(), service.c_str(), &hints, &found); rc != 0)
        return QStringLiteral("cannot resolve %1: %2").arg(host, QString::fromLocal8Bit(::gai_strerror(rc)));
    QString error = QStringLiteral("cannot connect to %1:%2").arg(host).arg(port);
    for (addrinfo* address = found; address; address = address->ai_next) {
        socket.reset(::socket(address->ai_family, address->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC,
                              address->ai_protocol));
        if (socket.fd() < 0)
            continue;
        if (::connect(socket.fd(), address->ai_addr, address->ai_addrlen) == 0) {
            error.clear();
            break;
        }
        if (errno != EINPROGRESS) {
            error = QStringLiteral("cannot connect to %1:%2: %3").arg(host).arg(port).arg(QString::fromLocal8Bit(std::strerror(errno)));
            continue;
        }
        if (!waitFor(socket.fd(), POLLOUT, deadline)) {
            error = QStringLiteral("cannot connect to %1:%2: timed out").arg(host).arg(port);
            continue;
        }
        int status = 0;
        socklen_t length = sizeof status;
        ::getsockopt(socket.fd(), SOL_SOCKET, SO_ERROR, &status, &length);
        if (status == 0) {
            error.clear();
            break;
        }
        error = QStringLiteral("cannot connect to %1:%2: %3").arg(host).arg(port).arg(QString::fromLocal8Bit(std::strerror(status)));
    }
    ::freeaddrinfo(found);
    return error;
}

// The status line's code and reason of an HTTP/1.x answer ("HTTP/1.1 500 Internal Server Error").
bool parseStatus(const QByteArray& answer, int& code, QString& reason)
{
    const qsizetype end = answer.indexOf("\r\n");
    const QList<QByteArray> parts = answer.left(end < 0 ? answer.size() : end).split(' ');
    if (parts.size() < 2 || !parts[0].startsWith("HTTP/1."))
        return false;
    bool ok = false;
    code = parts[1].toInt(&ok);
    reason = QString::fromLatin1(parts.mid(2).join(' '));
    return ok;
}
} // namespace

HttpSmsGateway::HttpSmsGateway(const QString& url, QString token, int timeoutMs)
    : m_url(url)
    , m_token(std::move(token))
    , m_timeoutMs(timeoutMs)
{
    if (!m_url.isValid() || m_url.scheme() != QLatin1String("http") || m_url.host().isEmpty())
        throw std::runtime_error("the SMS gateway URL must be an http:// URL with a host");
}

SmsResult HttpSmsGateway::send(const QString& to, const QString& text)
{
    const Clock::time_point deadline = Clock::now() + std::chrono::milliseconds(m_timeoutMs);
    Socket socket;
    const QString host = m_url.host();
    const int port = m_url.port(80);
    if (const QString error = connectTo(socket, host, port, deadline); !error.isEmpty())
        return {false, error};

    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("to"), to}, {QStringLiteral("text"), text}})
                                .toJson(QJsonDocument::Compact);
    QByteArray path = m_url.path(QUrl::FullyEncoded).toUtf8();
    if (path.isEmpty())
        path = "/";
    if (m_url.hasQuery())
        path += '?' + m_url.query(QUrl::FullyEncoded).toUtf8();
    QByteArray request = "POST " + path + " HTTP/1.1\r\nHost: " + host.toUtf8();
    if (m_url.port() > 0)
        request += ':' + QByteArray::number(port);
    request += "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " + QByteArray::number(body.size())
               + "\r\nConnection: close\r\nUser-Agent: csm-server\r\n";
    if (!m_token.isEmpty())
        request += "Authorization: Bearer " + m_token.toUtf8() + "\r\n";
    request += "\r\n" + body;

    qsizetype written = 0;
    while (written < request.size()) {
        if (!waitFor(socket.fd(), POLLOUT, deadline))
            return {false, QStringLiteral("timed out sending to %1:%2").arg(host).arg(port)};
        const ssize_t n = ::send(socket.fd(), request.constData() + written, size_t(request.size() - written), MSG_NOSIGNAL);
        if (n < 0 && errno != EAGAIN && errno != EINTR)
            return {false, QStringLiteral("sending to %1:%2 failed: %3").arg(host).arg(port).arg(QString::fromLocal8Bit(std::strerror(errno)))};
        if (n > 0)
            written += n;
    }

    // The status line is all that decides; read until it is complete (or the peer closes).
    QByteArray answer;
    while (!answer.contains("\r\n") && answer.size() < kMaxAnswerBytes) {
        if (!waitFor(socket.fd(), POLLIN, deadline))
            return {false, QStringLiteral("no answer from %1:%2 within %3 ms").arg(host).arg(port).arg(m_timeoutMs)};
        char buffer[4096];
        const ssize_t n = ::recv(socket.fd(), buffer, sizeof buffer, 0);
        if (n == 0)
            break;
        if (n < 0) {
            if (errno == EAGAIN || errno == EINTR)
                continue;
            return {false, QStringLiteral("reading from %1:%2 failed: %3").arg(host).arg(port).arg(QString::fromLocal8Bit(std::strerror(errno)))};
        }
        answer.append(buffer, n);
    }
    int code = 0;
    QString reason;
    if (!parseStatus(answer, code, reason))
        return {false, QStringLiteral("%1:%2 did not answer with HTTP").arg(host).arg(port)};
    if (code >= 200 && code < 300)
        return {true, {}};
    return {false, QStringLiteral("HTTP %1 %2").arg(code).arg(reason).trimmed()};
}

} // namespace csm::server::notify
