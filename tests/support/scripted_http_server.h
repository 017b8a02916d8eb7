#pragma once
// A tiny real HTTP server (tests of the HTTP SMS gateway): listens on a loopback port in a thread
// of its own, answers each request with the next scripted status and keeps what it received.
#include <QByteArray>
#include <QList>

#include <atomic>
#include <mutex>
#include <thread>

namespace csm::test {

class ScriptedHttpServer {
public:
    explicit ScriptedHttpServer(QList<int> statuses);
    ~ScriptedHttpServer();

    int port() const { return m_port; }
    // The requests received so far (head and body as sent).
    QList<QByteArray> requests() const;

private:
    void run();
    QByteArray readRequest(int fd);

    int m_listenFd = -1;
    int m_port = 0;
    QList<int> m_statuses;
    mutable std::mutex m_mutex;
    QList<QByteArray> m_requests;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace csm::test
