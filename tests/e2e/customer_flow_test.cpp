// End to end over TCP: the real server on an ephemeral port, the client core talking to it.
#include "client/core/rpc_client.h"
#include "common/protocol/frame.h"
#include "common/protocol/version.h"
#include "tests/e2e/wait.h"
#include "tests/support/op_harness.h"
#include "tests/support/pg_test.h"
#include "tests/support/test_server.h"

#include <QCborArray>
#include <QTcpSocket>
#include <QThread>
#include <QtEndian>

#include <optional>

using namespace csm;
using common::ErrorCode;
using common::Response;

namespace {
class EndToEnd : public test::PgTest {
protected:
    void SetUp() override
    {
        PgTest::SetUp();
        {
            test::OpHarness harness(m_dsn);
            harness.createUser(QStringLiteral("agent"), QStringLiteral("HQ"), {QStringLiteral("agent")}, QStringLiteral("agent-pass-1"));
        }
        m_server = std::make_unique<test::TestServer>(m_dsn, config());
    }
    void TearDown() override
    {
        m_server.reset();
        PgTest::TearDown();
    }
    virtual server::ServerConfig config() { return {}; }

    std::unique_ptr<client::RpcClient> connectedClient()
    {
        auto rpc = std::make_unique<client::RpcClient>();
        rpc->setServer(QStringLiteral("127.0.0.1"), m_server->port());
        return rpc;
    }

    Response callAndWait(client::RpcClient& rpc, const QString& op, const QCborMap& args)
    {
        std::optional<Response> answer;
        rpc.call(op, args, nullptr, [&](const Response& response) { answer = response; });
        EXPECT_TRUE(test::waitUntil([&] { return answer.has_value(); })) << "no answer to " << op.toStdString();
        return answer.value_or(Response{});
    }

    Response loginAndWait(client::RpcClient& rpc, const QString& user, const QString& password)
    {
        std::optional<Response> answer;
        rpc.login(user, password, nullptr, [&](const Response& response) { answer = response; });
        EXPECT_TRUE(test::waitUntil([&] { return answer.has_value(); }));
        return answer.value_or(Response{});
    }

    std::unique_ptr<test::TestServer> m_server;
};

QCborMap customerArgs(const QString& name, const QString& phone)
{
    return QCborMap{{QStringLiteral("name"), name}, {QStringLiteral("phones"), QCborArray{phone}}};
}
} // namespace

TEST_F(EndToEnd, LoginCreateSearchConflictAndResumeAfterTheServerDropsTheConnection)
{
    auto rpc = connectedClient();
    const Response login = loginAndWait(*rpc, QStringLiteral("agent"), QStringLiteral("agent-pass-1"));
    ASSERT_TRUE(login.ok) << login.error.message.toStdString();
    EXPECT_TRUE(rpc->isAuthenticated());

    const Response created = callAndWait(*rpc, QStringLiteral("customer.create"), customerArgs(QStringLiteral("刘备"), QStringLiteral("13800138000")));
    ASSERT_TRUE(created.ok) << created.error.message.toStdString();
    const qint64 id = created.result.toMap().value(QStringLiteral("id")).toInteger();

    const Response found = callAndWait(*rpc, QStringLiteral("customer.search"), QCborMap{{QStringLiteral("phone"), QStringLiteral("+86 138 0013 8000")}});
    ASSERT_TRUE(found.ok);
    ASSERT_EQ(found.result.toMap().value(QStringLiteral("items")).toArray().size(), 1);

    const Response updated = callAndWait(*rpc, QStringLiteral("customer.update"),
                                         QCborMap{{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}, {QStringLiteral("name"), QStringLiteral("刘玄德")}});
    ASSERT_TRUE(updated.ok);
    const Response stale = callAndWait(*rpc, QStringLiteral("customer.update"),
                                       QCborMap{{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}, {QStringLiteral("name"), QStringLiteral("刘皇叔")}});
    EXPECT_EQ(stale.error.code, ErrorCode::Conflict);

    // The server drops every connection; the client reconnects, resumes and carries on.
    m_server->dropAllConnections();
    const Response afterDrop = callAndWait(*rpc, QStringLiteral("customer.get"), QCborMap{{QStringLiteral("id"), id}});
    ASSERT_TRUE(afterDrop.ok) << afterDrop.error.message.toStdString();
    EXPECT_EQ(afterDrop.result.toMap().value(QStringLiteral("name")).toString(), QStringLiteral("刘玄德"));
    EXPECT_TRUE(rpc->isAuthenticated());
}

TEST_F(EndToEnd, PipelinedRequestsAreAnsweredById)
{
    auto rpc = connectedClient();
    ASSERT_TRUE(loginAndWait(*rpc, QStringLiteral("agent"), QStringLiteral("agent-pass-1")).ok);
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(callAndWait(*rpc, QStringLiteral("customer.create"),
                                customerArgs(QStringLiteral("客户%1").arg(i), QStringLiteral("1390000000%1").arg(i))).ok);
    std::map<int, QString> answers;
    for (int i = 0; i < 40; ++i) {
        const int which = i % 5;
        rpc->call(QStringLiteral("customer.search"), QCborMap{{QStringLiteral("phone"), QStringLiteral("1390000000%1").arg(which)}}, nullptr,
                  [&answers, i](const Response& response) {
                      answers[i] = response.result.toMap().value(QStringLiteral("items")).toArray().at(0).toMap()
                                       .value(QStringLiteral("name")).toString();
                  });
    }
    ASSERT_TRUE(test::waitUntil([&] { return answers.size() == 40; }));
    for (const auto& [i, name] : answers)
        EXPECT_EQ(name, QStringLiteral("客户%1").arg(i % 5));
}

TEST_F(EndToEnd, WrongPasswordAndUnauthenticatedCalls)
{
    auto rpc = connectedClient();
    const Response login = loginAndWait(*rpc, QStringLiteral("agent"), QStringLiteral("wrong-pass"));
    EXPECT_EQ(login.error.code, ErrorCode::Unauthenticated);
    EXPECT_FALSE(rpc->isAuthenticated());
}

namespace {
// A raw socket speaking the protocol by hand, for malformed input.
class RawPeer {
public:
    explicit RawPeer(quint16 port)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        m_connected = m_socket.waitForConnected(5000);
    }
    bool connected() const { return m_connected; }
    void sendBytes(const QByteArray& bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    void send(const QCborMap& message) { sendBytes(common::encodeFrame(message)); }
    std::optional<QCborMap> receive()
    {
        QCborMap message;
        QString error;
        while (true) {
            const auto status = m_reader.next(message, error);
            if (status == common::FrameReader::Status::Frame)
                return message;
            if (status == common::FrameReader::Status::Error)
                return std::nullopt;
            if (!test::waitUntil([&] { return m_socket.bytesAvailable() > 0 || m_socket.state() != QAbstractSocket::ConnectedState; }, 5000))
                return std::nullopt;
            if (m_socket.bytesAvailable() == 0)
                return std::nullopt;
            m_reader.append(m_socket.readAll());
        }
    }
    bool closedByPeer()
    {
        return test::waitUntil([&] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, 5000);
    }
    void hello()
    {
        send(QCborMap{{QStringLiteral("id"), 0}, {QStringLiteral("op"), QStringLiteral("hello")},
                      {QStringLiteral("args"), QCborMap{{QStringLiteral("protocol"), common::kProtocolVersion}}}});
        receive();
    }

private:
    QTcpSocket m_socket;
    common::FrameReader m_reader;
    bool m_connected = false;
};

QByteArray header(quint32 length)
{
    QByteArray bytes(4, '\0');
    qToBigEndian<quint32>(length, bytes.data());
    return bytes;
}
} // namespace

TEST_F(EndToEnd, BadInputGetsClearErrorsOrAClosedConnectionAndOthersKeepWorking)
{
    auto rpc = connectedClient();
    ASSERT_TRUE(loginAndWait(*rpc, QStringLiteral("agent"), QStringLiteral("agent-pass-1")).ok);

    {   // a request before hello
        RawPeer peer(m_server->port());
        ASSERT_TRUE(peer.connected());
        peer.send(QCborMap{{QStringLiteral("id"), 1}, {QStringLiteral("op"), QStringLiteral("customer.search")}});
        const auto reply = peer.receive();
        ASSERT_TRUE(reply);
        EXPECT_EQ(reply->value(QStringLiteral("error")).toMap().value(QStringLiteral("code")).toString(), QStringLiteral("bad_request"));
    }
    {   // an unknown op, and an op without a session
        RawPeer peer(m_server->port());
        peer.hello();
        peer.send(QCborMap{{QStringLiteral("id"), 2}, {QStringLiteral("op"), QStringLiteral("no.such.op")}});
        auto reply = peer.receive();
        ASSERT_TRUE(reply);
        EXPECT_EQ(reply->value(QStringLiteral("id")).toInteger(), 2);
        EXPECT_EQ(reply->value(QStringLiteral("error")).toMap().value(QStringLiteral("code")).toString(), QStringLiteral("bad_request"));
        peer.send(QCborMap{{QStringLiteral("id"), 3}, {QStringLiteral("op"), QStringLiteral("customer.search")}});
        reply = peer.receive();
        ASSERT_TRUE(reply);
        EXPECT_EQ(reply->value(QStringLiteral("error")).toMap().value(QStringLiteral("code")).toString(), QStringLiteral("unauthenticated"));
    }
    {   // an unsupported protocol version
        RawPeer peer(m_server->port());
        peer.send(QCborMap{{QStringLiteral("id"), 0}, {QStringLiteral("op"), QStringLiteral("hello")},
                           {QStringLiteral("args"), QCborMap{{QStringLiteral("protocol"), 0}}}});
        const auto reply = peer.receive();
        ASSERT_TRUE(reply);
        EXPECT_EQ(reply->value(QStringLiteral("error")).toMap().value(QStringLiteral("code")).toString(), QStringLiteral("unsupported_version"));
    }
    {   // an oversized frame before login: closed without reading the body
        RawPeer peer(m_server->port());
        peer.hello();
        peer.sendBytes(header(1024 * 1024));
        EXPECT_TRUE(peer.closedByPeer());
    }
    {   // invalid CBOR: closed
        RawPeer peer(m_server->port());
        peer.sendBytes(header(3) + QByteArray("\xff\xfe\xfd", 3));
        EXPECT_TRUE(peer.closedByPeer());
    }
    {   // a truncated frame and a hang-up mid-frame
        RawPeer peer(m_server->port());
        peer.sendBytes(header(100) + QByteArray(10, 'x'));
    }
    // Everyone else is still served.
    EXPECT_TRUE(callAndWait(*rpc, QStringLiteral("customer.search"), QCborMap{{QStringLiteral("name"), QStringLiteral("张")}}).ok);
}

namespace {
class EndToEndTinyQueue : public EndToEnd {
protected:
    server::ServerConfig config() override
    {
        server::ServerConfig config;
        config.workers = 1;
        config.queueLimit = 1;
        config.asyncReadConnections = 0;   // every read on the one worker
        return config;
    }
};
} // namespace

TEST_F(EndToEndTinyQueue, AFullQueueAnswersBusy)
{
    auto rpc = connectedClient();
    ASSERT_TRUE(loginAndWait(*rpc, QStringLiteral("agent"), QStringLiteral("agent-pass-1")).ok);
    int busy = 0;
    int ok = 0;
    for (int i = 0; i < 30; ++i) {
        rpc->call(QStringLiteral("customer.search"), QCborMap{{QStringLiteral("name"), QStringLiteral("张")}}, nullptr,
                  [&](const Response& response) {
                      if (response.ok)
                          ++ok;
                      else if (response.error.code == ErrorCode::Busy)
                          ++busy;
                  });
    }
    ASSERT_TRUE(test::waitUntil([&] { return ok + busy == 30; }));
    EXPECT_GT(busy, 0);
    EXPECT_GT(ok, 0);
}

TEST_F(EndToEnd, ShutdownFinishesInFlightRequests)
{
    RawPeer peer(m_server->port());
    peer.hello();
    peer.send(QCborMap{{QStringLiteral("id"), 1}, {QStringLiteral("op"), QStringLiteral("auth.login")},
                       {QStringLiteral("args"), QCborMap{{QStringLiteral("username"), QStringLiteral("agent")},
                                                         {QStringLiteral("password"), QStringLiteral("agent-pass-1")}}}});
    const auto login = peer.receive();
    ASSERT_TRUE(login && login->value(QStringLiteral("ok")).toBool());
    constexpr int kRequests = 20;
    for (int i = 0; i < kRequests; ++i)
        peer.send(QCborMap{{QStringLiteral("id"), 100 + i}, {QStringLiteral("op"), QStringLiteral("customer.search")},
                           {QStringLiteral("args"), QCborMap{{QStringLiteral("name"), QStringLiteral("张")}}}});
    QThread::msleep(100);          // let the server read them
    m_server.reset();              // SIGTERM's path: stop accepting, finish in-flight, close
    int answered = 0;
    while (const auto reply = peer.receive()) {
        if (reply->value(QStringLiteral("ok")).toBool())
            ++answered;
    }
    EXPECT_EQ(answered, kRequests);
}

namespace {
class EndToEndOneHash : public EndToEnd {
protected:
    server::ServerConfig config() override
    {
        server::ServerConfig config;
        config.maxConcurrentHashes = 1;
        config.workers = 2;
        return config;
    }
};
} // namespace

TEST_F(EndToEndOneHash, ALoginFloodDoesNotHoldUpOtherRequests)
{
    auto agent = connectedClient();
    ASSERT_TRUE(loginAndWait(*agent, QStringLiteral("agent"), QStringLiteral("agent-pass-1")).ok);

    // Ten logins of unknown users: each costs one argon2id verification, one at a time.
    auto flood = connectedClient();
    int loginsAnswered = 0;
    for (int i = 0; i < 10; ++i)
        flood->login(QStringLiteral("ghost%1").arg(i), QStringLiteral("whatever-1"), nullptr,
                     [&](const Response&) { ++loginsAnswered; });
    // Let the logins reach the server (the event loop writes them out) and the first ones start.
    test::waitUntil([] { return false; }, 150);
    ASSERT_LT(loginsAnswered, 8);

    const int answeredBefore = loginsAnswered;
    int answeredDuringSearch = -1;
    agent->call(QStringLiteral("customer.search"), QCborMap{{QStringLiteral("name"), QStringLiteral("张")}}, nullptr,
                [&](const Response& response) {
                    EXPECT_TRUE(response.ok);
                    answeredDuringSearch = loginsAnswered - answeredBefore;
                });
    ASSERT_TRUE(test::waitUntil([&] { return answeredDuringSearch >= 0; }, 30000));
    // Had the logins shared the two ordinary workers, the search would have queued behind all of them.
    EXPECT_LE(answeredDuringSearch, 2) << "the search waited for the login flood";
    ASSERT_TRUE(test::waitUntil([&] { return loginsAnswered == 10; }, 30000));
}
