// The AMI adapter against a scripted Asterisk: login, transcript replay, garbage, a dropped
// connection, a refused login, Originate; then the whole server path from AMI events to the
// screen pop on the agent's client.
#include "client/core/rpc_client.h"
#include "server/cti/ami_adapter.h"
#include "tests/e2e/ami_transcripts.h"
#include "tests/e2e/scripted_ami_peer.h"
#include "tests/e2e/wait.h"
#include "tests/support/op_harness.h"
#include "tests/support/pg_test.h"
#include "tests/support/test_server.h"

#include <gtest/gtest.h>

#include <optional>

using namespace csm;
using server::cti::AmiAdapter;
using server::cti::AmiSettings;
using server::cti::CallEvent;
using server::cti::CallEventKind;

namespace {

struct Seen {
    CallEventKind kind;
    QString callKey;
    QString extension;
};

class AmiAdapterTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        AmiSettings settings;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = m_peer.port();
        settings.user = QStringLiteral("csm");
        settings.secret = QStringLiteral("s3cret");
        settings.initialBackoffMs = 50;
        settings.maxBackoffMs = 200;
        m_adapter = std::make_unique<AmiAdapter>(settings);
        QObject::connect(m_adapter.get(), &AmiAdapter::callEvent, m_adapter.get(),
                         [this](const CallEvent& event) { m_events.push_back(event); });
        QObject::connect(m_adapter.get(), &AmiAdapter::statusChanged, m_adapter.get(),
                         [this](bool connected, const QString&) { m_status.push_back(connected); });
    }

    void startAndLogIn()
    {
        m_adapter->start();
        ASSERT_TRUE(test::waitUntil([&] { return m_adapter->isConnected(); }));
    }

    std::vector<Seen> seen() const
    {
        std::vector<Seen> out;
        for (const CallEvent& event : m_events)
            out.push_back({event.kind, event.callKey, event.extension});
        return out;
    }

    static std::string describe(const std::vector<CallEvent>& events)
    {
        std::string text;
        for (const CallEvent& event : events)
            text += server::cti::callEventKindName(event.kind).toStdString() + "(" + event.extension.toStdString() + ") ";
        return text;
    }

    void expectKinds(const std::vector<CallEventKind>& kinds)
    {
        ASSERT_TRUE(test::waitUntil([&] { return m_events.size() >= kinds.size(); })) << describe(m_events);
        ASSERT_EQ(m_events.size(), kinds.size()) << describe(m_events);
        for (size_t i = 0; i < kinds.size(); ++i)
            EXPECT_EQ(m_events[i].kind, kinds[i]) << i << ": " << describe(m_events);
    }

    test::ScriptedAmiPeer m_peer;
    std::unique_ptr<AmiAdapter> m_adapter;
    std::vector<CallEvent> m_events;
    std::vector<bool> m_status;
};

} // namespace

TEST_F(AmiAdapterTest, DirectCallBecomesOfferedRingingAnsweredAgentLeftEnded)
{
    startAndLogIn();
    ASSERT_EQ(m_peer.actions().size(), 1);
    EXPECT_EQ(m_peer.actions()[0].value(QStringLiteral("Action")), QStringLiteral("Login"));
    EXPECT_EQ(m_peer.actions()[0].value(QStringLiteral("Username")), QStringLiteral("csm"));
    m_peer.send(test::ami::kDirectCall);
    expectKinds({CallEventKind::Offered, CallEventKind::Ringing, CallEventKind::Answered, CallEventKind::AgentLeft,
                 CallEventKind::Ended});
    for (const CallEvent& event : m_events) {
        EXPECT_EQ(event.callKey, QStringLiteral("1700000001.10"));
        EXPECT_EQ(event.caller, QStringLiteral("13912345678"));
        EXPECT_EQ(event.source, QStringLiteral("ami"));
    }
    EXPECT_EQ(m_events[0].direction, server::cti::CallDirection::Inbound);
    EXPECT_EQ(m_events[0].called, QStringLiteral("4008123123"));
    EXPECT_EQ(m_events[1].extension, QStringLiteral("8001"));
    EXPECT_EQ(m_events[1].channel, QStringLiteral("PJSIP/8001-00000002"));
    EXPECT_EQ(m_events[2].extension, QStringLiteral("8001")); // DialEnd ANSWER; the BridgeEnter adds nothing
    EXPECT_EQ(m_events[4].recording, QStringLiteral("/var/spool/asterisk/monitor/1700000001.10.wav"));
    EXPECT_TRUE(m_events[4].outcomeHint.isEmpty());
    EXPECT_EQ(m_adapter->trackedCalls(), 0);
}

TEST_F(AmiAdapterTest, QueueCallAnswersAtTheAgentOfAgentConnect)
{
    startAndLogIn();
    m_peer.send(test::ami::kQueueCall);
    expectKinds({CallEventKind::Offered, CallEventKind::Queued, CallEventKind::Ringing, CallEventKind::Ringing,
                 CallEventKind::Answered, CallEventKind::Ended, CallEventKind::AgentLeft});
    EXPECT_EQ(m_events[1].queue, QStringLiteral("service"));
    EXPECT_EQ(m_events[2].extension, QStringLiteral("8001"));
    EXPECT_EQ(m_events[3].extension, QStringLiteral("8002"));
    EXPECT_EQ(m_events[4].extension, QStringLiteral("8002"));
    EXPECT_EQ(m_events[4].queue, QStringLiteral("service"));
    EXPECT_EQ(m_events[4].channel, QStringLiteral("PJSIP/8002-00000005"));
}

TEST_F(AmiAdapterTest, AbandonedTimeoutAndVoicemailOutcomes)
{
    startAndLogIn();
    m_peer.send(test::ami::kAbandonedCall);
    expectKinds({CallEventKind::Offered, CallEventKind::Queued, CallEventKind::Ringing, CallEventKind::Abandoned,
                 CallEventKind::Ended});
    EXPECT_EQ(m_events[2].extension, QStringLiteral("8001")); // SIP/ channels too
    EXPECT_EQ(m_events[0].caller, QStringLiteral("anonymous"));
    EXPECT_TRUE(m_events[4].outcomeHint.isEmpty());
    m_events.clear();
    m_peer.send(test::ami::kTimeoutAndVoicemail);
    expectKinds({CallEventKind::Offered, CallEventKind::Queued, CallEventKind::Ended, CallEventKind::Offered,
                 CallEventKind::Ended});
    EXPECT_EQ(m_events[2].outcomeHint, QStringLiteral("timeout"));
    EXPECT_EQ(m_events[4].outcomeHint, QStringLiteral("voicemail"));
}

TEST_F(AmiAdapterTest, GarbageAndUnknownEventsAreSkipped)
{
    startAndLogIn();
    m_peer.send(test::ami::kGarbage + test::ami::kDirectCall + test::ami::kGarbage);
    expectKinds({CallEventKind::Offered, CallEventKind::Ringing, CallEventKind::Answered, CallEventKind::AgentLeft,
                 CallEventKind::Ended});
    // And the adapter keeps working afterwards.
    m_events.clear();
    m_peer.send(test::ami::kAbandonedCall);
    ASSERT_TRUE(test::waitUntil([&] { return m_events.size() == 5; }));
    EXPECT_TRUE(m_adapter->isConnected());
}

TEST_F(AmiAdapterTest, ADroppedConnectionMidEventReconnectsAndLogsInAgain)
{
    startAndLogIn();
    m_peer.sendAndDrop(test::ami::kQueueCall, 300); // inside the second event
    ASSERT_TRUE(test::waitUntil([&] { return !m_status.empty() && !m_status.back(); }));
    ASSERT_TRUE(test::waitUntil([&] { return m_peer.logins() == 2 && m_adapter->isConnected(); }));
    m_events.clear();
    m_peer.send(test::ami::kDirectCall);
    expectKinds({CallEventKind::Offered, CallEventKind::Ringing, CallEventKind::Answered, CallEventKind::AgentLeft,
                 CallEventKind::Ended});
    EXPECT_EQ(m_status, (std::vector<bool>{true, false, true}));
}

TEST_F(AmiAdapterTest, ARefusedLoginIsRetriedWithBackOff)
{
    m_peer.refuseLogins(2);
    m_adapter->start();
    ASSERT_TRUE(test::waitUntil([&] { return m_adapter->isConnected(); }));
    EXPECT_EQ(m_peer.logins(), 3);
    EXPECT_EQ(m_status, (std::vector<bool>{true}));
}

TEST_F(AmiAdapterTest, OriginateSendsTheActionAndIsRefusedWhenDisconnected)
{
    QString error;
    EXPECT_FALSE(m_adapter->originate(QStringLiteral("8001"), QStringLiteral("13912345678"), QStringLiteral("r1"), &error));
    EXPECT_FALSE(error.isEmpty());
    startAndLogIn();
    EXPECT_FALSE(m_adapter->originate(QStringLiteral("8001"), QStringLiteral("139-not"), QStringLiteral("r2"), &error));
    ASSERT_TRUE(m_adapter->originate(QStringLiteral("8001"), QStringLiteral("13912345678"), QStringLiteral("r3"), &error))
        << error.toStdString();
    ASSERT_TRUE(test::waitUntil([&] { return m_peer.actions().size() == 2; }));
    const auto& originate = m_peer.actions()[1];
    EXPECT_EQ(originate.value(QStringLiteral("Action")), QStringLiteral("Originate"));
    EXPECT_EQ(originate.value(QStringLiteral("Channel")), QStringLiteral("PJSIP/8001"));
    EXPECT_EQ(originate.value(QStringLiteral("Exten")), QStringLiteral("13912345678"));
    EXPECT_EQ(originate.value(QStringLiteral("Context")), QStringLiteral("from-internal"));
    EXPECT_EQ(originate.value(QStringLiteral("Async")), QStringLiteral("true"));
    EXPECT_FALSE(originate.value(QStringLiteral("ActionID")).isEmpty());
    ASSERT_TRUE(m_adapter->hangup(QStringLiteral("PJSIP/8001-00000002"), &error));
    ASSERT_TRUE(test::waitUntil([&] { return m_peer.actions().size() == 3; }));
    EXPECT_EQ(m_peer.actions()[2].value(QStringLiteral("Action")), QStringLiteral("Hangup"));
}

// The whole path: a PBX's events → the server → the screen pop on the right agent's client.
class AmiScreenPop : public test::PgTest {
protected:
    void SetUp() override
    {
        PgTest::SetUp();
        test::OpHarness harness(m_dsn);
        harness.createUser(QStringLiteral("agent1"), QStringLiteral("HQ"), {QStringLiteral("agent")}, QStringLiteral("desk-pass-1"));
        harness.createUser(QStringLiteral("agent2"), QStringLiteral("HQ"), {QStringLiteral("agent")}, QStringLiteral("desk-pass-1"));
        const auto created = harness.call(harness.sessionFor(QStringLiteral("agent1")), QStringLiteral("customer.create"),
                                          QCborMap{{QStringLiteral("name"), QStringLiteral("钱七")},
                                                   {QStringLiteral("phones"), QCborArray{QStringLiteral("13912345678")}}});
        ASSERT_TRUE(created.ok);
        pqxx::work tx(harness.connection());
        tx.exec0("UPDATE app_user SET extension = '8001' WHERE username = 'agent1'");
        tx.exec0("UPDATE app_user SET extension = '8002' WHERE username = 'agent2'");
        tx.commit();
    }
    void TearDown() override
    {
        m_server.reset();
        PgTest::TearDown();
    }

    test::ScriptedAmiPeer m_peer;
    std::unique_ptr<test::TestServer> m_server;
};

TEST_F(AmiScreenPop, AnAmiCallPopsAtTheAgentItRingsAndIsRecorded)
{
    server::ServerConfig config;
    config.amiHost = QStringLiteral("127.0.0.1");
    config.amiPort = m_peer.port();
    config.amiUser = QStringLiteral("csm");
    config.amiSecret = QStringLiteral("s3cret");
    m_server = std::make_unique<test::TestServer>(m_dsn, config);
    ASSERT_TRUE(test::waitUntil([&] { return m_peer.logins() == 1; }));

    std::map<QString, std::vector<QString>> events; // user → event names
    std::vector<std::unique_ptr<client::RpcClient>> clients;
    QCborMap pop;
    for (const QString& user : {QStringLiteral("agent1"), QStringLiteral("agent2")}) {
        auto rpc = std::make_unique<client::RpcClient>();
        rpc->setServer(QStringLiteral("127.0.0.1"), m_server->port());
        QObject::connect(rpc.get(), &client::RpcClient::eventReceived, rpc.get(),
                         [&, user](const QString& name, const QCborValue& data) {
                             events[user].push_back(name);
                             if (name == QLatin1String("call.ringing"))
                                 pop = data.toMap();
                         });
        std::optional<common::Response> answer;
        rpc->login(user, QStringLiteral("desk-pass-1"), nullptr, [&](const common::Response& response) { answer = response; });
        ASSERT_TRUE(test::waitUntil([&] { return answer.has_value(); }));
        ASSERT_TRUE(answer->ok);
        clients.push_back(std::move(rpc));
    }
    m_peer.send(test::ami::kDirectCall);
    ASSERT_TRUE(test::waitUntil([&] { return !pop.isEmpty(); }));
    EXPECT_EQ(pop.value(QStringLiteral("call_key")).toString(), QStringLiteral("1700000001.10"));
    EXPECT_EQ(pop.value(QStringLiteral("extension")).toString(), QStringLiteral("8001"));
    ASSERT_EQ(pop.value(QStringLiteral("customers")).toArray().size(), 1);
    EXPECT_EQ(pop.value(QStringLiteral("customers")).toArray()[0].toMap().value(QStringLiteral("name")).toString(),
              QStringLiteral("钱七"));
    ASSERT_TRUE(test::waitUntil([&] {
        const auto& names = events[QStringLiteral("agent1")];
        return std::count(names.begin(), names.end(), QStringLiteral("call.update")) == 2;
    }));
    const auto& others = events[QStringLiteral("agent2")];
    EXPECT_EQ(std::count(others.begin(), others.end(), QStringLiteral("call.ringing")), 0);

    // The call record, with the recording reference, is on the agent's call list.
    std::optional<common::Response> list;
    clients[0]->call(QStringLiteral("cti.call.list"), {}, nullptr, [&](const common::Response& response) { list = response; });
    ASSERT_TRUE(test::waitUntil([&] { return list.has_value(); }));
    ASSERT_TRUE(list->ok) << list->error.message.toStdString();
    const QCborArray calls = list->result.toMap().value(QStringLiteral("items")).toArray();
    ASSERT_EQ(calls.size(), 1);
    const QCborMap call = calls[0].toMap();
    EXPECT_EQ(call.value(QStringLiteral("outcome")).toString(), QStringLiteral("answered"));
    EXPECT_EQ(call.value(QStringLiteral("recording")).toString(), QStringLiteral("/var/spool/asterisk/monitor/1700000001.10.wav"));
    EXPECT_EQ(call.value(QStringLiteral("caller_number")).toString(), QStringLiteral("13912345678"));
}
