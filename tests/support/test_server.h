#pragma once
// A real csm-server (ServerApp) in its own thread on an ephemeral loopback port, against
// a test database: for end-to-end tests over TCP.
#include "server/app/config.h"

#include <QThread>

#include <future>
#include <string>

namespace csm::server { class ServerApp; }

namespace csm::test {

class TestServer {
public:
    explicit TestServer(const std::string& dsn, server::ServerConfig config = {});
    ~TestServer();

    quint16 port() const { return m_port; }
    // Drops every client connection (the clients should reconnect and resume).
    void dropAllConnections();

private:
    class Thread;
    Thread* m_thread = nullptr;
    quint16 m_port = 0;
};

} // namespace csm::test
