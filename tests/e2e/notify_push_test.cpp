// Dispatch and assignment events over TCP: ticket.dispatched reaches the clients of the service
// point the order was dispatched to and no other point's; ticket.assigned reaches that point and
// the technician.
#include "client/core/rpc_client.h"
#include "tests/e2e/wait.h"
#include "tests/support/op_harness.h"
#include "tests/support/pg_test.h"
#include "tests/support/test_server.h"

#include <QCborArray>
#include <QDateTime>

#include <optional>

using namespace csm;
using common::Response;

namespace {

struct Client {
    std::unique_ptr<client::RpcClient> rpc;
    QList<QPair<QString, QCborMap>> events;

    int count(const QString& name) const
    {
        int found = 0;
        for (const auto& event : events)
            found += event.first == name ? 1 : 0;
        return found;
    }
};

class NotifyPush : public test::PgTest {
protected:
    void SetUp() override
    {
        PgTest::SetUp();
        {
            test::OpHarness harness(m_dsn);
            harness.createOrgUnit(QStringLiteral("HQ"), QStringLiteral("point"), QStringLiteral("SPA"), QStringLiteral("玄武网点"));
            harness.createOrgUnit(QStringLiteral("HQ"), QStringLiteral("point"), QStringLiteral("SPB"), QStringLiteral("鼓楼网点"));
            const auto admin = harness.createUser(QStringLiteral("admin1"), QStringLiteral("HQ"), {QStringLiteral("admin")}, kPassword);
            harness.createUser(QStringLiteral("agent1"), QStringLiteral("HQ"), {QStringLiteral("agent")}, kPassword);
            harness.createUser(QStringLiteral("pointa"), QStringLiteral("SPA"), {QStringLiteral("service_point")}, kPassword);
            harness.createUser(QStringLiteral("pointb"), QStringLiteral("SPB"), {QStringLiteral("service_point")}, kPassword);
            m_techA = harness.createUser(QStringLiteral("techa"), QStringLiteral("SPA"), {QStringLiteral("technician")}, kPassword)->userId;
            const Response coverage = harness.call(admin, QStringLiteral("dispatch.coverage.set"),
                                                   {{QStringLiteral("region_code"), QStringLiteral("320102")},
                                                    {QStringLiteral("org_unit_id"), harness.orgUnitId(QStringLiteral("SPA"))}});
            ASSERT_TRUE(coverage.ok) << coverage.error.message.toStdString();
            const Response customer = harness.call(
                harness.sessionFor(QStringLiteral("agent1")), QStringLiteral("customer.create"),
                {{QStringLiteral("name"), QStringLiteral("王五")}, {QStringLiteral("phones"), QCborArray{QStringLiteral("13800001111")}},
                 {QStringLiteral("address"), QCborMap{{QStringLiteral("province"), QStringLiteral("320000")},
                                                      {QStringLiteral("city"), QStringLiteral("320100")},
                                                      {QStringLiteral("district"), QStringLiteral("320102")},
                                                      {QStringLiteral("detail"), QStringLiteral("中山路1号")}}}});
            ASSERT_TRUE(customer.ok) << customer.error.message.toStdString();
            m_customer = customer.result.toMap().value(QStringLiteral("id")).toInteger();
        }
        m_server = std::make_unique<test::TestServer>(m_dsn);
    }
    void TearDown() override
    {
        m_clients.clear();
        m_server.reset();
        PgTest::TearDown();
    }

    Client& login(const QString& user)
    {
        auto client = std::make_unique<Client>();
        client->rpc = std::make_unique<client::RpcClient>();
        client->rpc->setServer(QStringLiteral("127.0.0.1"), m_server->port());
        Client* raw = client.get();
        QObject::connect(client->rpc.get(), &client::RpcClient::eventReceived, client->rpc.get(),
                         [raw](const QString& name, const QCborValue& data) { raw->events.append({name, data.toMap()}); });
        std::optional<Response> answer;
        client->rpc->login(user, kPassword, nullptr, [&](const Response& response) { answer = response; });
        EXPECT_TRUE(test::waitUntil([&] { return answer.has_value(); }));
        EXPECT_TRUE(answer && answer->ok);
        m_clients.push_back(std::move(client));
        return *m_clients.back();
    }

    QCborMap call(Client& client, const QString& op, const QCborMap& args)
    {
        std::optional<Response> answer;
        client.rpc->call(op, args, nullptr, [&](const Response& response) { answer = response; });
        EXPECT_TRUE(test::waitUntil([&] { return answer.has_value(); })) << op.toStdString();
        EXPECT_TRUE(answer && answer->ok) << op.toStdString() << ": " << (answer ? answer->error.message.toStdString() : "");
        return answer ? answer->result.toMap() : QCborMap{};
    }
    QCborMap move(Client& client, const QCborMap& ticket, const QString& transition, const QCborMap& fields = {})
    {
        return call(client, QStringLiteral("ticket.transition"),
                    {{QStringLiteral("id"), ticket.value(QStringLiteral("id"))},
                     {QStringLiteral("version"), ticket.value(QStringLiteral("version"))},
                     {QStringLiteral("transition"), transition},
                     {QStringLiteral("fields"), fields}});
    }
    // Lets late events arrive (a push to the wrong client would come with the right one).
    static void settle() { test::waitUntil([] { return false; }, 300); }

    static inline const QString kPassword = QStringLiteral("push-pass-1");
    std::unique_ptr<test::TestServer> m_server;
    std::vector<std::unique_ptr<Client>> m_clients;
    qint64 m_customer = 0;
    qint64 m_techA = 0;
};

} // namespace

TEST_F(NotifyPush, DispatchReachesThePointAndAssignmentTheTechnicianButNoOtherPoint)
{
    Client& agent = login(QStringLiteral("agent1"));
    Client& pointA = login(QStringLiteral("pointa"));
    Client& pointA2 = login(QStringLiteral("pointa"));   // a second client of the same point
    Client& pointB = login(QStringLiteral("pointb"));
    Client& tech = login(QStringLiteral("techa"));

    QCborMap ticket = call(agent, QStringLiteral("ticket.create"),
                           {{QStringLiteral("service_type"), QStringLiteral("repair")},
                            {QStringLiteral("customer_id"), m_customer},
                            {QStringLiteral("description"), QStringLiteral("空调不制冷")}});
    ASSERT_TRUE(test::waitUntil([&] { return pointA.count(QStringLiteral("ticket.dispatched")) == 1
                                             && pointA2.count(QStringLiteral("ticket.dispatched")) == 1; }));
    const QCborMap data = pointA.events.last().second;
    EXPECT_EQ(data.value(QStringLiteral("number")), ticket.value(QStringLiteral("number")));
    EXPECT_EQ(data.value(QStringLiteral("assigned_org_unit_name")).toString(), QStringLiteral("玄武网点"));

    ticket = move(agent, ticket, QStringLiteral("dispatch"));
    ticket = move(pointA, ticket, QStringLiteral("accept"));
    const QDateTime start(QDate::currentDate().addDays(1), QTime(9, 0), Qt::UTC);
    ticket = move(pointA, ticket, QStringLiteral("assign"),
                  {{QStringLiteral("technician_id"), m_techA},
                   {QStringLiteral("appointment_start"), start.toString(Qt::ISODateWithMs)},
                   {QStringLiteral("appointment_end"), start.addSecs(7200).toString(Qt::ISODateWithMs)}});
    ASSERT_TRUE(test::waitUntil([&] { return tech.count(QStringLiteral("ticket.assigned")) == 1
                                             && pointA.count(QStringLiteral("ticket.assigned")) == 1; }));
    settle();
    EXPECT_EQ(pointB.events.size(), 0) << pointB.events.first().first.toStdString();
    EXPECT_EQ(agent.count(QStringLiteral("ticket.dispatched")) + agent.count(QStringLiteral("ticket.assigned")), 0);
    EXPECT_EQ(pointA.count(QStringLiteral("ticket.dispatched")), 1);   // the dispatch to the same unit: no second event
    EXPECT_EQ(tech.events.last().second.value(QStringLiteral("technician_id")).toInteger(), m_techA);
}
