// The call processor (call records, agent states, screen pop) and the agent ops, on a real
// PostgreSQL through the real dispatcher.
#include "server/cti/call_event.h"
#include "server/modules/cti/call_processor.h"
#include "tests/support/op_harness.h"
#include "tests/support/pg_test.h"

#include <QCborArray>

using namespace csm;
using common::ErrorCode;
using server::Pushes;
using server::cti::CallDirection;
using server::cti::CallEvent;
using server::cti::CallEventKind;

namespace {

class CtiTest : public test::PgTest {
protected:
    void SetUp() override
    {
        PgTest::SetUp();
        m_harness = std::make_unique<test::OpHarness>(m_dsn);
        m_harness->createOrgUnit(QStringLiteral("HQ"), QStringLiteral("region"), QStringLiteral("R1"), QStringLiteral("East"));
        m_harness->createOrgUnit(QStringLiteral("R1"), QStringLiteral("province"), QStringLiteral("P1"), QStringLiteral("Jiangsu"));
        m_harness->createOrgUnit(QStringLiteral("P1"), QStringLiteral("point"), QStringLiteral("SPA"), QStringLiteral("Point A"));
        m_agent1 = m_harness->createUser(QStringLiteral("agent1"), QStringLiteral("HQ"), {QStringLiteral("agent")});
        m_agent2 = m_harness->createUser(QStringLiteral("agent2"), QStringLiteral("HQ"), {QStringLiteral("agent")});
        m_super = m_harness->createUser(QStringLiteral("super"), QStringLiteral("HQ"), {QStringLiteral("supervisor")});
        m_point = m_harness->createUser(QStringLiteral("point"), QStringLiteral("SPA"), {QStringLiteral("service_point")});
        exec("UPDATE app_user SET extension = '8001' WHERE username = 'agent1'");
        exec("UPDATE app_user SET extension = '8002' WHERE username = 'agent2'");
        m_customer = createCustomer(m_agent1, QStringLiteral("张三"), QStringLiteral("13912345678"));
    }

    void exec(const std::string& sql)
    {
        pqxx::work tx(m_harness->connection());
        tx.exec0(sql);
        tx.commit();
    }

    qint64 scalar(const std::string& sql)
    {
        pqxx::work tx(m_harness->connection());
        return tx.exec1(sql)[0].as<qint64>();
    }

    std::string text(const std::string& sql)
    {
        pqxx::work tx(m_harness->connection());
        const auto row = tx.exec1(sql);
        return row[0].is_null() ? std::string("NULL") : row[0].as<std::string>();
    }

    qint64 createCustomer(const server::SessionPtr& session, const QString& name, const QString& phone)
    {
        const auto response = m_harness->call(session, QStringLiteral("customer.create"),
                                              QCborMap{{QStringLiteral("name"), name},
                                                       {QStringLiteral("phones"), QCborArray{phone}}});
        EXPECT_TRUE(response.ok) << response.error.message.toStdString();
        return response.result.toMap().value(QStringLiteral("id")).toInteger();
    }

    QCborMap ok(const server::SessionPtr& session, const QString& op, const QCborMap& args = {})
    {
        const auto response = m_harness->call(session, op, args);
        EXPECT_TRUE(response.ok) << op.toStdString() << ": " << response.error.message.toStdString();
        return response.result.toMap();
    }

    Pushes process(CallEventKind kind, const QString& key, const QString& caller, const QString& extension,
                   const QString& queue = {}, const QString& hint = {})
    {
        CallEvent event;
        event.kind = kind;
        event.callKey = key;
        event.caller = caller;
        event.called = QStringLiteral("4008123123");
        event.extension = extension;
        event.queue = queue;
        event.outcomeHint = hint;
        event.source = QStringLiteral("sim");
        event.at = QDateTime::currentDateTimeUtc();
        return server::cti::CallProcessor::process(m_harness->connection(), event);
    }

    static std::vector<server::Push> named(const Pushes& pushes, const QString& event)
    {
        std::vector<server::Push> found;
        for (const auto& push : pushes) {
            if (push.event.name == event)
                found.push_back(push);
        }
        return found;
    }

    common::ErrorCode fail(const server::SessionPtr& session, const QString& op, const QCborMap& args)
    {
        return m_harness->call(session, op, args).error.code;
    }

    QString agentState(const QString& username)
    {
        return QString::fromStdString(text("SELECT coalesce((SELECT s.state FROM agent_state s JOIN app_user u ON u.id = s.user_id"
                                           " WHERE u.username = '" + username.toStdString() + "'), 'none')"));
    }

    std::unique_ptr<test::OpHarness> m_harness;
    server::SessionPtr m_agent1, m_agent2, m_super, m_point;
    qint64 m_customer = 0;
};

} // namespace

TEST_F(CtiTest, DirectCallPopsTheCustomerAtTheRingingAgentOnly)
{
    ok(m_agent1, QStringLiteral("agent.login"));
    ok(m_agent1, QStringLiteral("agent.state.set"), {{QStringLiteral("state"), QStringLiteral("ready")}});
    ok(m_agent2, QStringLiteral("agent.login"));

    process(CallEventKind::Offered, QStringLiteral("c1"), QStringLiteral("+86 139-1234-5678"), {});
    const Pushes ringing = process(CallEventKind::Ringing, QStringLiteral("c1"), QStringLiteral("+86 139-1234-5678"),
                                   QStringLiteral("8001"));
    const auto pops = named(ringing, QStringLiteral("call.ringing"));
    ASSERT_EQ(pops.size(), 1u);
    EXPECT_EQ(pops[0].userId, m_agent1->userId);
    const QCborMap pop = pops[0].event.data.toMap();
    EXPECT_EQ(pop.value(QStringLiteral("caller")).toString(), QStringLiteral("13912345678"));
    EXPECT_EQ(pop.value(QStringLiteral("extension")).toString(), QStringLiteral("8001"));
    const QCborArray customers = pop.value(QStringLiteral("customers")).toArray();
    ASSERT_EQ(customers.size(), 1);
    EXPECT_EQ(customers[0].toMap().value(QStringLiteral("id")).toInteger(), m_customer);
    EXPECT_EQ(customers[0].toMap().value(QStringLiteral("name")).toString(), QStringLiteral("张三"));
    EXPECT_EQ(agentState(QStringLiteral("agent1")), QStringLiteral("ringing"));
    EXPECT_EQ(agentState(QStringLiteral("agent2")), QStringLiteral("not_ready"));

    process(CallEventKind::Answered, QStringLiteral("c1"), {}, QStringLiteral("8001"));
    EXPECT_EQ(agentState(QStringLiteral("agent1")), QStringLiteral("on_call"));
    const Pushes ended = process(CallEventKind::Ended, QStringLiteral("c1"), {}, {});
    EXPECT_EQ(agentState(QStringLiteral("agent1")), QStringLiteral("wrap_up"));
    ASSERT_EQ(named(ended, QStringLiteral("call.update")).size(), 1u);
    const Pushes figures = server::cti::CallProcessor::figures(m_harness->connection());
    ASSERT_EQ(named(figures, QStringLiteral("wallboard.calls")).size(), 1u);
    EXPECT_EQ(figures[0].permission, QStringLiteral("cti.wallboard"));
    EXPECT_EQ(figures[0].event.data.toMap().value(QStringLiteral("answered_today")).toInteger(), 1);
    EXPECT_EQ(text("SELECT outcome FROM call_record WHERE call_key = 'c1'"), "answered");
    EXPECT_EQ(scalar("SELECT customer_id FROM call_record WHERE call_key = 'c1'"), m_customer);

    // Wrap-up: the summary lands on the contact history and the agent is ready again.
    const QCborMap wrapped = ok(m_agent1, QStringLiteral("cti.call.wrapup"),
                                {{QStringLiteral("call_key"), QStringLiteral("c1")},
                                 {QStringLiteral("summary"), QStringLiteral("问热水器安装")}});
    EXPECT_EQ(wrapped.value(QStringLiteral("agent")).toMap().value(QStringLiteral("state")).toString(), QStringLiteral("ready"));
    EXPECT_GE(wrapped.value(QStringLiteral("wrap_up_seconds")).toInteger(), 0);
    const QCborMap contacts = ok(m_agent1, QStringLiteral("contact.list"), {{QStringLiteral("customer_id"), m_customer}});
    const QCborArray items = contacts.value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items[0].toMap().value(QStringLiteral("channel")).toString(), QStringLiteral("phone_in"));
    EXPECT_EQ(items[0].toMap().value(QStringLiteral("summary")).toString(), QStringLiteral("问热水器安装"));
    EXPECT_EQ(items[0].toMap().value(QStringLiteral("call")).toMap().value(QStringLiteral("outcome")).toString(),
              QStringLiteral("answered"));
    // Every state change is logged with its time.
    EXPECT_EQ(scalar("SELECT count(*) FROM agent_state_log l JOIN app_user u ON u.id = l.user_id WHERE u.username = 'agent1'"), 6);
}

TEST_F(CtiTest, QueueCallPopsOnlyAtTheAgentWhoAnswers)
{
    ok(m_agent1, QStringLiteral("agent.login"));
    ok(m_agent2, QStringLiteral("agent.login"));
    ok(m_agent1, QStringLiteral("agent.state.set"), {{QStringLiteral("state"), QStringLiteral("ready")}});
    ok(m_agent2, QStringLiteral("agent.state.set"), {{QStringLiteral("state"), QStringLiteral("ready")}});
    const QString key = QStringLiteral("1700000000.42");
    process(CallEventKind::Offered, key, QStringLiteral("13912345678"), {});
    process(CallEventKind::Queued, key, QStringLiteral("13912345678"), {}, QStringLiteral("service"));
    EXPECT_TRUE(named(process(CallEventKind::Ringing, key, {}, QStringLiteral("8001")), QStringLiteral("call.ringing")).empty());
    EXPECT_TRUE(named(process(CallEventKind::Ringing, key, {}, QStringLiteral("8002")), QStringLiteral("call.ringing")).empty());
    EXPECT_EQ(agentState(QStringLiteral("agent1")), QStringLiteral("ringing"));

    const Pushes answered = process(CallEventKind::Answered, key, QStringLiteral("13912345678"), QStringLiteral("8002"),
                                    QStringLiteral("service"));
    const auto pops = named(answered, QStringLiteral("call.ringing"));
    ASSERT_EQ(pops.size(), 1u);
    EXPECT_EQ(pops[0].userId, m_agent2->userId);
    EXPECT_EQ(pops[0].event.data.toMap().value(QStringLiteral("queue")).toString(), QStringLiteral("service"));
    // The agent who only rang is back to ready.
    EXPECT_EQ(agentState(QStringLiteral("agent1")), QStringLiteral("ready"));
    EXPECT_EQ(agentState(QStringLiteral("agent2")), QStringLiteral("on_call"));
    // A second AgentConnect / BridgeEnter for the same agent pops nothing twice.
    EXPECT_TRUE(named(process(CallEventKind::Answered, key, {}, QStringLiteral("8002")), QStringLiteral("call.ringing")).empty());
}

TEST_F(CtiTest, SummaryIsTakenOnceTheAgentHasLeftTheCallBeforeItEnds)
{
    ok(m_agent1, QStringLiteral("agent.login"));
    ok(m_agent1, QStringLiteral("agent.state.set"), {{QStringLiteral("state"), QStringLiteral("ready")}});
    const QString key = QStringLiteral("1700000001.7");
    process(CallEventKind::Offered, key, QStringLiteral("13912345678"), {});
    process(CallEventKind::Ringing, key, QStringLiteral("13912345678"), QStringLiteral("8001"));
    process(CallEventKind::Answered, key, {}, QStringLiteral("8001"));
    // Still connected, so no summary yet.
    EXPECT_EQ(fail(m_agent1, QStringLiteral("cti.call.wrapup"),
                   {{QStringLiteral("call_key"), key}, {QStringLiteral("summary"), QStringLiteral("x")}}),
              ErrorCode::Conflict);
    // The agent leaves (the caller goes on to a survey IVR): the summary is taken now.
    process(CallEventKind::AgentLeft, key, {}, QStringLiteral("8001"));
    EXPECT_EQ(agentState(QStringLiteral("agent1")), QStringLiteral("wrap_up"));
    const QCborMap wrapped = ok(m_agent1, QStringLiteral("cti.call.wrapup"),
                                {{QStringLiteral("call_key"), key}, {QStringLiteral("summary"), QStringLiteral("报修洗衣机")}});
    EXPECT_EQ(wrapped.value(QStringLiteral("agent")).toMap().value(QStringLiteral("state")).toString(), QStringLiteral("ready"));
    // The end arriving later keeps the summary and does not put the agent back in wrap-up.
    process(CallEventKind::Ended, key, {}, {});
    EXPECT_EQ(agentState(QStringLiteral("agent1")), QStringLiteral("ready"));
    EXPECT_EQ(text("SELECT summary FROM contact c JOIN call_record r ON r.id = c.call_id WHERE r.call_key = '1700000001.7'"),
              "报修洗衣机");
    EXPECT_EQ(scalar("SELECT count(*) FROM contact c JOIN call_record r ON r.id = c.call_id WHERE r.call_key = '1700000001.7'"), 1);
}

TEST_F(CtiTest, AbandonedWithheldAndInternationalCallsAreRecorded)
{
    ok(m_agent1, QStringLiteral("agent.login"));
    process(CallEventKind::Offered, QStringLiteral("w1"), QStringLiteral("anonymous"), {});
    const Pushes ringing = process(CallEventKind::Ringing, QStringLiteral("w1"), QStringLiteral("anonymous"), QStringLiteral("8001"));
    const auto pops = named(ringing, QStringLiteral("call.ringing"));
    ASSERT_EQ(pops.size(), 1u);
    EXPECT_TRUE(pops[0].event.data.toMap().value(QStringLiteral("withheld")).toBool());
    EXPECT_TRUE(pops[0].event.data.toMap().value(QStringLiteral("customers")).toArray().isEmpty());
    process(CallEventKind::Abandoned, QStringLiteral("w1"), {}, {});
    process(CallEventKind::Ended, QStringLiteral("w1"), {}, {});
    EXPECT_EQ(text("SELECT outcome FROM call_record WHERE call_key = 'w1'"), "abandoned");
    EXPECT_EQ(text("SELECT customer_number FROM call_record WHERE call_key = 'w1'"), "NULL");
    EXPECT_EQ(agentState(QStringLiteral("agent1")), QStringLiteral("not_ready")); // back to before the ring

    process(CallEventKind::Offered, QStringLiteral("i1"), QStringLiteral("+1 415 555 0100"), {});
    process(CallEventKind::Queued, QStringLiteral("i1"), {}, {}, QStringLiteral("service"));
    process(CallEventKind::Ended, QStringLiteral("i1"), {}, {}, {}, QStringLiteral("timeout"));
    EXPECT_EQ(text("SELECT customer_number FROM call_record WHERE call_key = 'i1'"), "+14155550100");
    EXPECT_EQ(text("SELECT outcome FROM call_record WHERE call_key = 'i1'"), "timeout");

    // An empty caller and an extension where nobody sits: recorded, nothing pushed to anyone.
    process(CallEventKind::Offered, QStringLiteral("e1"), QString(), {});
    EXPECT_TRUE(named(process(CallEventKind::Ringing, QStringLiteral("e1"), {}, QStringLiteral("8999")),
                      QStringLiteral("call.ringing")).empty());
    // An event for a call never offered (the server started mid-call) creates the record.
    process(CallEventKind::Answered, QStringLiteral("late"), QStringLiteral("13912345678"), QStringLiteral("8001"));
    EXPECT_EQ(scalar("SELECT count(*) FROM call_record WHERE call_key = 'late' AND answered_at IS NOT NULL"), 1);
}

TEST_F(CtiTest, SeveralMatchesAndTheOrgScopeOfThePop)
{
    const qint64 second = createCustomer(m_agent1, QStringLiteral("张三丰"), QStringLiteral("13912345678"));
    ASSERT_GT(second, 0);
    // A service point's customer is inside HQ's subtree: the HQ agent sees it too.
    createCustomer(m_point, QStringLiteral("李四"), QStringLiteral("13912345678"));
    process(CallEventKind::Offered, QStringLiteral("m1"), QStringLiteral("13912345678"), {});
    const auto pops = named(process(CallEventKind::Ringing, QStringLiteral("m1"), QStringLiteral("13912345678"),
                                    QStringLiteral("8001")), QStringLiteral("call.ringing"));
    ASSERT_EQ(pops.size(), 1u);
    EXPECT_EQ(pops[0].event.data.toMap().value(QStringLiteral("customers")).toArray().size(), 3);
    // Several matches: the call is not tied to one customer until the agent chooses.
    EXPECT_EQ(text("SELECT coalesce(customer_id::text, 'NULL') FROM call_record WHERE call_key = 'm1'"), "NULL");
}

TEST_F(CtiTest, AgentStateRulesAndErrors)
{
    EXPECT_EQ(fail(m_agent1, QStringLiteral("agent.state.set"), {{QStringLiteral("state"), QStringLiteral("ready")}}),
              ErrorCode::Conflict); // not logged in
    ok(m_agent1, QStringLiteral("agent.login"));
    EXPECT_EQ(fail(m_agent2, QStringLiteral("agent.login"), {{QStringLiteral("extension"), QStringLiteral("8001")}}),
              ErrorCode::Conflict); // taken
    EXPECT_EQ(fail(m_agent2, QStringLiteral("agent.login"), {{QStringLiteral("extension"), QStringLiteral("80a")}}),
              ErrorCode::Validation);
    EXPECT_EQ(fail(m_agent1, QStringLiteral("agent.state.set"), {{QStringLiteral("state"), QStringLiteral("not_ready")}}),
              ErrorCode::Validation); // no reason
    EXPECT_EQ(fail(m_agent1, QStringLiteral("agent.state.set"), {{QStringLiteral("state"), QStringLiteral("on_call")}}),
              ErrorCode::Validation);
    const QCborMap notReady = ok(m_agent1, QStringLiteral("agent.state.set"),
                                 {{QStringLiteral("state"), QStringLiteral("not_ready")}, {QStringLiteral("reason"), QStringLiteral("break")}});
    EXPECT_EQ(notReady.value(QStringLiteral("reason")).toString(), QStringLiteral("break"));
    process(CallEventKind::Offered, QStringLiteral("s1"), QStringLiteral("13912345678"), {});
    process(CallEventKind::Answered, QStringLiteral("s1"), {}, QStringLiteral("8001"));
    EXPECT_EQ(fail(m_agent1, QStringLiteral("agent.state.set"), {{QStringLiteral("state"), QStringLiteral("ready")}}),
              ErrorCode::Conflict); // on a call
    EXPECT_EQ(fail(m_agent1, QStringLiteral("agent.logout"), {}), ErrorCode::Conflict);
    EXPECT_EQ(fail(m_agent2, QStringLiteral("cti.call.wrapup"), {{QStringLiteral("call_key"), QStringLiteral("s1")}}),
              ErrorCode::PermissionDenied); // another agent's call
    process(CallEventKind::AgentLeft, QStringLiteral("s1"), {}, QStringLiteral("8001"));
    EXPECT_EQ(agentState(QStringLiteral("agent1")), QStringLiteral("wrap_up"));
    process(CallEventKind::Ended, QStringLiteral("s1"), {}, {});
    ok(m_agent1, QStringLiteral("cti.call.wrapup"), {{QStringLiteral("call_key"), QStringLiteral("s1")},
                                                    {QStringLiteral("next_state"), QStringLiteral("not_ready")},
                                                    {QStringLiteral("reason"), QStringLiteral("meal")}});
    EXPECT_EQ(agentState(QStringLiteral("agent1")), QStringLiteral("not_ready"));
    ok(m_agent1, QStringLiteral("agent.logout"));
    EXPECT_EQ(agentState(QStringLiteral("agent1")), QStringLiteral("logged_out"));
    // Logged out, the extension is free for someone else.
    ok(m_agent2, QStringLiteral("agent.login"), {{QStringLiteral("extension"), QStringLiteral("8001")}});

    const QCborMap board = ok(m_super, QStringLiteral("cti.wallboard"));
    EXPECT_EQ(board.value(QStringLiteral("agents")).toArray().size(), 2);
    EXPECT_EQ(board.value(QStringLiteral("calls")).toMap().value(QStringLiteral("answered_today")).toInteger(), 1);
    const QCborMap mine = ok(m_agent1, QStringLiteral("cti.call.list"));
    EXPECT_EQ(mine.value(QStringLiteral("items")).toArray().size(), 1);
    EXPECT_EQ(fail(m_agent1, QStringLiteral("cti.call.list"), {{QStringLiteral("agent_id"), m_agent2->userId}}),
              ErrorCode::PermissionDenied);
}

TEST_F(CtiTest, WallboardFiguresCountTodaysInboundCallsByOutcome)
{
    const auto figures = [this] {
        const Pushes pushes = server::cti::CallProcessor::figures(m_harness->connection());
        EXPECT_EQ(pushes.size(), 1u);
        return pushes.empty() ? QCborMap() : pushes[0].event.data.toMap();
    };
    const auto at = [](const QCborMap& map, const char* key) { return map.value(QLatin1String(key)).toInteger(); };
    // Yesterday's calls are history, not today's figures (the counters are per day).
    exec("INSERT INTO call_record (call_key, source, direction, offered_at, answered_at, ended_at, outcome)"
         " VALUES ('old', 'sim', 'inbound', now() - interval '2 days', now() - interval '2 days',"
         " now() - interval '2 days', 'answered')");
    ok(m_agent1, QStringLiteral("agent.login"));
    ok(m_agent1, QStringLiteral("agent.state.set"), {{QStringLiteral("state"), QStringLiteral("ready")}});

    process(CallEventKind::Offered, QStringLiteral("a"), QStringLiteral("13912345678"), {});   // answered
    process(CallEventKind::Ringing, QStringLiteral("a"), QStringLiteral("13912345678"), QStringLiteral("8001"));
    process(CallEventKind::Answered, QStringLiteral("a"), {}, QStringLiteral("8001"));
    process(CallEventKind::Offered, QStringLiteral("b"), QStringLiteral("13800000001"), {});   // waiting
    process(CallEventKind::Offered, QStringLiteral("c"), QStringLiteral("13800000002"), {});   // abandoned
    process(CallEventKind::Ended, QStringLiteral("c"), {}, {});
    QCborMap now = figures();
    EXPECT_EQ(at(now, "waiting"), 1);
    EXPECT_EQ(at(now, "active"), 1);
    EXPECT_EQ(at(now, "offered_today"), 3);
    EXPECT_EQ(at(now, "answered_today"), 0);   // answered, not yet ended: no outcome yet
    EXPECT_EQ(at(now, "abandoned_today"), 1);

    process(CallEventKind::Ended, QStringLiteral("a"), {}, {});
    now = figures();
    EXPECT_EQ(at(now, "active"), 0);
    EXPECT_EQ(at(now, "answered_today"), 1);
    // An outcome corrected afterwards moves the counters with it.
    exec("UPDATE call_record SET outcome = 'voicemail' WHERE call_key = 'c'");
    now = figures();
    EXPECT_EQ(at(now, "abandoned_today"), 0);
    EXPECT_EQ(at(now, "offered_today"), 3);
    EXPECT_EQ(scalar("SELECT sum(offered) FROM call_day_figures"), 4);
}
