// The agent desk end to end over TCP: a simulated call (driven by csmctl sim-call, as a user
// would) pops the customer on the right agent's client and no other; the supervisor's
// wallboard follows by events; wrap-up puts the call on the customer's 360 view.
#include "client/core/rpc_client.h"
#include "tests/e2e/wait.h"
#include "tests/support/op_harness.h"
#include "tests/support/pg_test.h"
#include "tests/support/test_server.h"

#include <QCborArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

#include <optional>

using namespace csm;
using common::Response;

namespace {

struct Desk {
    std::unique_ptr<client::RpcClient> rpc;
    QList<QPair<QString, QCborMap>> events;

    QList<QCborMap> named(const QString& name) const
    {
        QList<QCborMap> found;
        for (const auto& [event, data] : events) {
            if (event == name)
                found.append(data);
        }
        return found;
    }
};

class ScreenPop : public test::PgTest {
protected:
    void SetUp() override
    {
        PgTest::SetUp();
        {
            test::OpHarness harness(m_dsn);
            harness.createUser(QStringLiteral("agent1"), QStringLiteral("HQ"), {QStringLiteral("agent")}, kPassword);
            harness.createUser(QStringLiteral("agent2"), QStringLiteral("HQ"), {QStringLiteral("agent")}, kPassword);
            harness.createUser(QStringLiteral("super"), QStringLiteral("HQ"), {QStringLiteral("supervisor")}, kPassword);
            pqxx::work tx(harness.connection());
            tx.exec0("UPDATE app_user SET extension = '8001' WHERE username = 'agent1'");
            tx.exec0("UPDATE app_user SET extension = '8002' WHERE username = 'agent2'");
            tx.exec0("INSERT INTO product_category (code, name) VALUES ('WH', '燃气热水器')");
            m_modelId = tx.exec1("INSERT INTO product_model (code, name, category_code, warranty_months)"
                                 " VALUES ('JSQ25', '燃气热水器', 'WH', 36) RETURNING id")[0].as<qint64>();
            tx.commit();
        }
        m_server = std::make_unique<test::TestServer>(m_dsn);
    }
    void TearDown() override
    {
        m_desks.clear();
        m_server.reset();
        PgTest::TearDown();
    }

    Desk& desk(const QString& user)
    {
        auto desk = std::make_unique<Desk>();
        desk->rpc = std::make_unique<client::RpcClient>();
        desk->rpc->setServer(QStringLiteral("127.0.0.1"), m_server->port());
        Desk* raw = desk.get();
        QObject::connect(desk->rpc.get(), &client::RpcClient::eventReceived, desk->rpc.get(),
                         [raw](const QString& name, const QCborValue& data) { raw->events.append({name, data.toMap()}); });
        std::optional<Response> answer;
        desk->rpc->login(user, kPassword, nullptr, [&](const Response& response) { answer = response; });
        EXPECT_TRUE(test::waitUntil([&] { return answer.has_value(); }));
        EXPECT_TRUE(answer && answer->ok);
        m_desks.push_back(std::move(desk));
        return *m_desks.back();
    }

    Response call(Desk& desk, const QString& op, const QCborMap& args = {})
    {
        std::optional<Response> answer;
        desk.rpc->call(op, args, nullptr, [&](const Response& response) { answer = response; });
        EXPECT_TRUE(test::waitUntil([&] { return answer.has_value(); })) << op.toStdString();
        EXPECT_TRUE(answer && answer->ok) << op.toStdString() << ": " << (answer ? answer->error.message.toStdString() : "");
        return answer.value_or(Response{});
    }

    int csmctl(const QStringList& arguments, QString* out = nullptr)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CSM_PASSWORD"), kPassword);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CSM_CSMCTL_PATH),
                      QStringList{QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(m_server->port()),
                                  QStringLiteral("--user"), QStringLiteral("super"), QStringLiteral("sim-call")}
                          + arguments);
        // Keep this thread's clients reading while csmctl runs.
        EXPECT_TRUE(test::waitUntil([&] { return process.state() == QProcess::NotRunning; }, 30000));
        if (out)
            *out = QString::fromUtf8(process.readAllStandardOutput());
        return process.exitCode();
    }

    static inline const QString kPassword = QStringLiteral("desk-pass-1");
    std::unique_ptr<test::TestServer> m_server;
    std::vector<std::unique_ptr<Desk>> m_desks;
    qint64 m_modelId = 0;
};

} // namespace

TEST_F(ScreenPop, ASimulatedCallPopsTheCustomerAtTheRightAgentOnly)
{
    Desk& agent1 = desk(QStringLiteral("agent1"));
    Desk& agent2 = desk(QStringLiteral("agent2"));
    Desk& super = desk(QStringLiteral("super"));
    const Response created = call(agent1, QStringLiteral("customer.create"),
                                  QCborMap{{QStringLiteral("name"), QStringLiteral("赵六")},
                                           {QStringLiteral("phones"), QCborArray{QStringLiteral("13912345678")}}});
    const qint64 customerId = created.result.toMap().value(QStringLiteral("id")).toInteger();
    const QString bought = QDate::currentDate().addYears(-1).toString(Qt::ISODate);
    const QString warrantyEnd = call(agent1, QStringLiteral("customer.product.add"),
                                     QCborMap{{QStringLiteral("customer_id"), customerId},
                                              {QStringLiteral("model_id"), m_modelId},
                                              {QStringLiteral("purchase_date"), bought}})
                                    .result.toMap().value(QStringLiteral("warranty_end")).toString();
    call(agent1, QStringLiteral("agent.login"));
    call(agent2, QStringLiteral("agent.login"));
    call(agent1, QStringLiteral("agent.state.set"), {{QStringLiteral("state"), QStringLiteral("ready")}});
    const Response board = call(super, QStringLiteral("cti.wallboard"));
    EXPECT_EQ(board.result.toMap().value(QStringLiteral("agents")).toArray().size(), 2);

    QString out;
    ASSERT_EQ(csmctl({QStringLiteral("--from"), QStringLiteral("+86 139 1234 5678"), QStringLiteral("--to"),
                      QStringLiteral("8001"), QStringLiteral("--answer-after"), QStringLiteral("0.2"),
                      QStringLiteral("--hangup-after"), QStringLiteral("0.2")}, &out), 0);
    EXPECT_TRUE(out.contains(QStringLiteral("call_key")));

    ASSERT_TRUE(test::waitUntil([&] { return !agent1.named(QStringLiteral("call.ringing")).isEmpty(); }));
    const QCborMap pop = agent1.named(QStringLiteral("call.ringing")).first();
    EXPECT_EQ(pop.value(QStringLiteral("caller")).toString(), QStringLiteral("13912345678"));
    EXPECT_EQ(pop.value(QStringLiteral("extension")).toString(), QStringLiteral("8001"));
    const QCborArray customers = pop.value(QStringLiteral("customers")).toArray();
    ASSERT_EQ(customers.size(), 1);
    EXPECT_EQ(customers[0].toMap().value(QStringLiteral("id")).toInteger(), customerId);
    EXPECT_EQ(customers[0].toMap().value(QStringLiteral("name")).toString(), QStringLiteral("赵六"));
    // With the warranty summary of the customer's products (the fast path's lookup).
    const QCborMap warranty = customers[0].toMap().value(QStringLiteral("warranty")).toMap();
    EXPECT_EQ(warranty.value(QStringLiteral("products")).toInteger(), 1);
    EXPECT_EQ(warranty.value(QStringLiteral("in_warranty")).toInteger(), 1);
    EXPECT_EQ(warranty.value(QStringLiteral("expired")).toInteger(), 0);
    EXPECT_EQ(warranty.value(QStringLiteral("next_end")).toString(), warrantyEnd);

    // The call ends at agent1's desk; the supervisor saw every state and the figures move.
    ASSERT_TRUE(test::waitUntil([&] {
        const auto updates = agent1.named(QStringLiteral("call.update"));
        return !updates.isEmpty() && updates.last().value(QStringLiteral("state")).toString() == QLatin1String("ended");
    }));
    ASSERT_TRUE(test::waitUntil([&] {
        const auto states = super.named(QStringLiteral("agent.state"));
        return !states.isEmpty() && states.last().value(QStringLiteral("state")).toString() == QLatin1String("wrap_up");
    }));
    QStringList seen;
    for (const QCborMap& state : super.named(QStringLiteral("agent.state")))
        seen.append(state.value(QStringLiteral("state")).toString());
    EXPECT_TRUE(seen.contains(QStringLiteral("ringing")) && seen.contains(QStringLiteral("on_call"))) << seen.join(u',').toStdString();
    // The figures follow within a moment (coalesced, at most two a second).
    EXPECT_TRUE(test::waitUntil([&] {
        const auto figures = super.named(QStringLiteral("wallboard.calls"));
        return !figures.isEmpty() && figures.last().value(QStringLiteral("answered_today")).toInteger() == 1;
    }));

    // Nobody else's desk popped.
    EXPECT_TRUE(agent2.named(QStringLiteral("call.ringing")).isEmpty());
    EXPECT_TRUE(super.named(QStringLiteral("call.ringing")).isEmpty());
    EXPECT_TRUE(agent2.named(QStringLiteral("call.update")).isEmpty());

    // Wrap-up: the summary is on the customer's 360 view.
    call(agent1, QStringLiteral("cti.call.wrapup"), {{QStringLiteral("call_key"), pop.value(QStringLiteral("call_key"))},
                                                     {QStringLiteral("summary"), QStringLiteral("咨询保修期")}});
    const Response view = call(agent1, QStringLiteral("customer.view360"), {{QStringLiteral("id"), customerId}});
    const QCborArray timeline = view.result.toMap().value(QStringLiteral("contacts")).toMap().value(QStringLiteral("items")).toArray();
    ASSERT_EQ(timeline.size(), 1);
    EXPECT_EQ(timeline[0].toMap().value(QStringLiteral("summary")).toString(), QStringLiteral("咨询保修期"));
    EXPECT_EQ(timeline[0].toMap().value(QStringLiteral("call")).toMap().value(QStringLiteral("outcome")).toString(),
              QStringLiteral("answered"));
}

TEST_F(ScreenPop, QueueCallsPopOnAnswerAndUnknownCallersPopWithNoMatch)
{
    Desk& agent1 = desk(QStringLiteral("agent1"));
    Desk& agent2 = desk(QStringLiteral("agent2"));
    call(agent2, QStringLiteral("agent.login"));
    // A queue call: ringing pops nothing; the answer does.
    QString out;
    ASSERT_EQ(csmctl({QStringLiteral("--from"), QStringLiteral("02584001234"), QStringLiteral("--to"), QStringLiteral("8002"),
                      QStringLiteral("--queue"), QStringLiteral("service")}, &out), 0);
    const QString key = QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("call_key")).toString();
    ASSERT_FALSE(key.isEmpty()) << out.toStdString();
    ASSERT_TRUE(test::waitUntil([&] { return !agent2.named(QStringLiteral("agent.state")).isEmpty()
                                          && agent2.named(QStringLiteral("agent.state")).last().value(QStringLiteral("state")).toString()
                                                 == QLatin1String("ringing"); }));
    EXPECT_TRUE(agent2.named(QStringLiteral("call.ringing")).isEmpty());
    ASSERT_EQ(csmctl({QStringLiteral("--call"), key, QStringLiteral("--answer")}), 0);
    ASSERT_TRUE(test::waitUntil([&] { return !agent2.named(QStringLiteral("call.ringing")).isEmpty(); }));
    const QCborMap pop = agent2.named(QStringLiteral("call.ringing")).first();
    EXPECT_TRUE(pop.value(QStringLiteral("customers")).toArray().isEmpty());
    EXPECT_EQ(pop.value(QStringLiteral("caller")).toString(), QStringLiteral("02584001234"));
    EXPECT_EQ(pop.value(QStringLiteral("queue")).toString(), QStringLiteral("service"));
    ASSERT_EQ(csmctl({QStringLiteral("--call"), key, QStringLiteral("--hangup"), QStringLiteral("--by"), QStringLiteral("agent")}), 0);
    ASSERT_TRUE(test::waitUntil([&] { return agent2.named(QStringLiteral("call.update")).size() == 2; }));
    EXPECT_TRUE(agent1.named(QStringLiteral("call.ringing")).isEmpty());

    // Bad input: a malformed extension is refused with a clear error, nothing rings.
    EXPECT_NE(csmctl({QStringLiteral("--from"), QStringLiteral("13900000000"), QStringLiteral("--to"), QStringLiteral("8x")}), 0);
    // Answering a call that does not exist: the op is accepted, the simulator's refusal reaches
    // the user's desks as `cti.error`.
    Desk& super = desk(QStringLiteral("super"));
    EXPECT_EQ(csmctl({QStringLiteral("--call"), QStringLiteral("no-such-call"), QStringLiteral("--answer")}), 0);
    ASSERT_TRUE(test::waitUntil([&] { return !super.named(QStringLiteral("cti.error")).isEmpty(); }));
    EXPECT_EQ(super.named(QStringLiteral("cti.error")).first().value(QStringLiteral("action")).toString(),
              QStringLiteral("sim.answer"));
}

// A burst: forty calls ring at once (pipelined on one connection, as a PBX's events arrive),
// twenty at each agent. The pops go in batches; each agent gets exactly its own twenty, each
// with its own caller's customer, and cti.stats counts them with their stages.
TEST_F(ScreenPop, ABurstOfCallsPopsEachAtItsAgentWithItsOwnCaller)
{
    Desk& agent1 = desk(QStringLiteral("agent1"));
    Desk& agent2 = desk(QStringLiteral("agent2"));
    Desk& super = desk(QStringLiteral("super"));
    call(agent1, QStringLiteral("agent.login"));
    call(agent2, QStringLiteral("agent.login"));
    constexpr int kCalls = 40;
    QHash<QString, qint64> customerOf;   // caller number -> customer id
    for (int i = 0; i < kCalls; ++i) {
        const QString number = QStringLiteral("1391234%1").arg(i, 4, 10, QLatin1Char('0'));
        customerOf.insert(number, call(agent1, QStringLiteral("customer.create"),
                                       QCborMap{{QStringLiteral("name"), QStringLiteral("客户%1").arg(i)},
                                                {QStringLiteral("phones"), QCborArray{number}}})
                                      .result.toMap().value(QStringLiteral("id")).toInteger());
    }
    call(super, QStringLiteral("cti.stats"), {{QStringLiteral("reset"), true}});

    QHash<QString, QString> numberOfKey;       // call key -> caller number
    QHash<QString, QString> extensionOfKey;    // call key -> extension rung
    int answered = 0;
    for (int i = 0; i < kCalls; ++i) {
        const QString number = QStringLiteral("1391234%1").arg(i, 4, 10, QLatin1Char('0'));
        const QString extension = i % 2 ? QStringLiteral("8002") : QStringLiteral("8001");
        super.rpc->call(QStringLiteral("cti.sim.ring"), {{QStringLiteral("from"), number}, {QStringLiteral("to"), extension}},
                        nullptr, [&, number, extension](const Response& response) {
                            ++answered;
                            EXPECT_TRUE(response.ok) << response.error.message.toStdString();
                            const QString key = response.result.toMap().value(QStringLiteral("call_key")).toString();
                            numberOfKey.insert(key, number);
                            extensionOfKey.insert(key, extension);
                        });
    }
    ASSERT_TRUE(test::waitUntil([&] {
        return answered == kCalls && agent1.named(QStringLiteral("call.ringing")).size() >= kCalls / 2
               && agent2.named(QStringLiteral("call.ringing")).size() >= kCalls / 2;
    }, 20000));
    for (const auto& [desk, extension] : {std::pair{&agent1, QStringLiteral("8001")}, std::pair{&agent2, QStringLiteral("8002")}}) {
        const QList<QCborMap> pops = desk->named(QStringLiteral("call.ringing"));
        EXPECT_EQ(pops.size(), kCalls / 2) << extension.toStdString();
        QSet<QString> keys;
        for (const QCborMap& pop : pops) {
            const QString key = pop.value(QStringLiteral("call_key")).toString();
            keys.insert(key);
            EXPECT_EQ(extensionOfKey.value(key), extension);
            EXPECT_EQ(pop.value(QStringLiteral("extension")).toString(), extension);
            const QString number = numberOfKey.value(key);
            EXPECT_EQ(pop.value(QStringLiteral("caller")).toString(), number);
            const QCborArray customers = pop.value(QStringLiteral("customers")).toArray();
            ASSERT_EQ(customers.size(), 1) << number.toStdString();
            EXPECT_EQ(customers[0].toMap().value(QStringLiteral("id")).toInteger(), customerOf.value(number));
        }
        EXPECT_EQ(keys.size(), kCalls / 2);
    }
    const QCborMap stats = call(super, QStringLiteral("cti.stats")).result.toMap().value(QStringLiteral("screen_pop")).toMap();
    EXPECT_EQ(stats.value(QStringLiteral("count")).toInteger(), kCalls);
    const QCborMap lookup = stats.value(QStringLiteral("stages")).toMap().value(QStringLiteral("lookup")).toMap();
    EXPECT_GT(lookup.value(QStringLiteral("max_ms")).toDouble(), 0.0);
    EXPECT_LE(lookup.value(QStringLiteral("p99_ms")).toDouble(), stats.value(QStringLiteral("max_ms")).toDouble());
}
