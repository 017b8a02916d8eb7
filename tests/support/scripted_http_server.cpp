#include "tests/support/scripted_http_server.h"

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>

namespace csm::test {

ScriptedHttpServer::ScriptedHttpServer(QList<int> statuses)
    : m_statuses(std::move(statuses))
{
    m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    if (m_listenFd < 0 || ::bind(m_listenFd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0
        || ::listen(m_listenFd, 8) != 0)
        throw std::runtime_error("cannot listen on a loopback port");
    socklen_t length = sizeof address;
    ::getsockname(m_listenFd, reinterpret_cast<sockaddr*>(&address), &length);
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { run(); });
}

ScriptedHttpServer::~ScriptedHttpServer()
{
    m_stop = true;
    m_thread.join();
    ::close(m_listenFd);
}

QList<QByteArray> ScriptedHttpServer::requests() const
{
    const std::lock_guard lock(m_mutex);
    return m_requests;
}

QByteArray ScriptedHttpServer::readRequest(int fd)
{
    QByteArray request;
    for (;;) {
        const qsizetype headEnd = request.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            qsizetype length = 0;
            for (const QByteArray& line : request.left(headEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (request.size() >= headEnd + 4 + length)
                return request;
        }
        pollfd entry{fd, POLLIN, 0};
        if (::poll(&entry, 1, 2000) <= 0)
            return request;
        char buffer[4096];
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            return request;
        request.append(buffer, n);
    }
}

void ScriptedHttpServer::run()
{
    while (!m_stop) {
        pollfd entry{m_listenFd, POLLIN, 0};
        if (::poll(&entry, 1, 50) <= 0)
            continue;
        const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0)
            continue;
        const QByteArray request = readRequest(fd);
        int status = 200;
        {
            const std::lock_guard lock(m_mutex);
            m_requests.append(request);
            if (!m_statuses.isEmpty())
                status = m_statuses.takeFirst();
        }
        const QByteArray body = status < 300 ? QByteArray("{\"ok\":true}") : QByteArray("{\"error\":\"scripted\"}");
        const QByteArray reason = status == 200 ? "OK" : status == 500 ? "Internal Server Error" : "Status";
        const QByteArray answer = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        ::send(fd, answer.constData(), size_t(answer.size()), MSG_NOSIGNAL);
        ::close(fd);
    }
}

} // namespace csm::test
