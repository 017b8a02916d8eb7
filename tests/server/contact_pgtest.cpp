// The contact history, callback promises with their reminders, and the customer 360 view.
#include "server/modules/contacts/contact_service.h"
#include "tests/support/op_harness.h"
#include "tests/support/pg_test.h"

#include <QCborArray>

using namespace csm;
using common::ErrorCode;

namespace {

class ContactTest : public test::PgTest {
protected:
    void SetUp() override
    {
        PgTest::SetUp();
        m_harness = std::make_unique<test::OpHarness>(m_dsn);
        m_harness->createOrgUnit(QStringLiteral("HQ"), QStringLiteral("region"), QStringLiteral("R1"), QStringLiteral("East"));
        m_harness->createOrgUnit(QStringLiteral("R1"), QStringLiteral("point"), QStringLiteral("SPA"), QStringLiteral("Point A"));
        m_harness->createOrgUnit(QStringLiteral("R1"), QStringLiteral("point"), QStringLiteral("SPB"), QStringLiteral("Point B"));
        m_agent = m_harness->createUser(QStringLiteral("agent1"), QStringLiteral("HQ"), {QStringLiteral("agent")});
        m_other = m_harness->createUser(QStringLiteral("agent2"), QStringLiteral("HQ"), {QStringLiteral("agent")});
        m_super = m_harness->createUser(QStringLiteral("super"), QStringLiteral("HQ"), {QStringLiteral("supervisor")});
        m_pointB = m_harness->createUser(QStringLiteral("pointb"), QStringLiteral("SPB"), {QStringLiteral("service_point")});
        const auto created = m_harness->call(m_agent, QStringLiteral("customer.create"),
                                             QCborMap{{QStringLiteral("name"), QStringLiteral("王五")},
                                                      {QStringLiteral("phones"), QCborArray{QStringLiteral("13800001111")}}});
        ASSERT_TRUE(created.ok);
        m_customer = created.result.toMap().value(QStringLiteral("id")).toInteger();
    }

    QCborMap ok(const server::SessionPtr& session, const QString& op, const QCborMap& args = {})
    {
        const auto response = m_harness->call(session, op, args);
        EXPECT_TRUE(response.ok) << op.toStdString() << ": " << response.error.message.toStdString();
        return response.result.toMap();
    }
    common::ErrorInfo fail(const server::SessionPtr& session, const QString& op, const QCborMap& args)
    {
        const auto response = m_harness->call(session, op, args);
        EXPECT_FALSE(response.ok) << op.toStdString();
        return response.error;
    }
    static QString inMinutes(int minutes)
    {
        return QDateTime::currentDateTimeUtc().addSecs(minutes * 60).toString(Qt::ISODateWithMs);
    }

    std::unique_ptr<test::OpHarness> m_harness;
    server::SessionPtr m_agent, m_other, m_super, m_pointB;
    qint64 m_customer = 0;
};

} // namespace

TEST_F(ContactTest, OneHistoryNewestFirstAndPaged)
{
    const QStringList channels = {QStringLiteral("email"), QStringLiteral("fax"), QStringLiteral("walk_in"),
                                  QStringLiteral("letter"), QStringLiteral("sms")};
    for (int i = 0; i < channels.size(); ++i) {
        ok(m_agent, QStringLiteral("contact.create"),
           {{QStringLiteral("customer_id"), m_customer}, {QStringLiteral("channel"), channels[i]},
            {QStringLiteral("summary"), QStringLiteral("note %1").arg(i)},
            {QStringLiteral("occurred_at"), inMinutes(-60 + i)}});
    }
    const QCborMap first = ok(m_agent, QStringLiteral("contact.list"),
                              {{QStringLiteral("customer_id"), m_customer}, {QStringLiteral("limit"), 3}});
    const QCborArray items = first.value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 3);
    EXPECT_EQ(items[0].toMap().value(QStringLiteral("channel")).toString(), QStringLiteral("sms"));
    EXPECT_EQ(items[0].toMap().value(QStringLiteral("user_name")).toString(), QStringLiteral("agent1"));
    const QCborMap second = ok(m_agent, QStringLiteral("contact.list"),
                               {{QStringLiteral("customer_id"), m_customer}, {QStringLiteral("limit"), 3},
                                {QStringLiteral("cursor"), first.value(QStringLiteral("cursor"))}});
    const QCborArray rest = second.value(QStringLiteral("items")).toArray();
    ASSERT_EQ(rest.size(), 2);
    EXPECT_EQ(rest[1].toMap().value(QStringLiteral("channel")).toString(), QStringLiteral("email"));
    EXPECT_TRUE(second.value(QStringLiteral("cursor")).isNull());

    EXPECT_EQ(fail(m_agent, QStringLiteral("contact.create"),
                   {{QStringLiteral("customer_id"), m_customer}, {QStringLiteral("channel"), QStringLiteral("pigeon")},
                    {QStringLiteral("summary"), QStringLiteral("x")}}).fields.value(QStringLiteral("channel")).isEmpty(), false);
    EXPECT_EQ(fail(m_agent, QStringLiteral("contact.create"),
                   {{QStringLiteral("customer_id"), m_customer}, {QStringLiteral("channel"), QStringLiteral("sms")},
                    {QStringLiteral("summary"), QStringLiteral("x")}, {QStringLiteral("occurred_at"), inMinutes(60)}}).code,
              ErrorCode::Validation);
    EXPECT_EQ(fail(m_agent, QStringLiteral("contact.list"),
                   {{QStringLiteral("customer_id"), m_customer}, {QStringLiteral("cursor"), QStringLiteral("garbage")}}).code,
              ErrorCode::Validation);
    // Outside the org scope the customer does not exist.
    EXPECT_EQ(fail(m_pointB, QStringLiteral("contact.list"), {{QStringLiteral("customer_id"), m_customer}}).code,
              ErrorCode::NotFound);
}

TEST_F(ContactTest, CallbackPromisesRemindTheirOwnerAndShowOverdueToSupervisors)
{
    const QCborMap soon = ok(m_agent, QStringLiteral("callback.create"),
                             {{QStringLiteral("customer_id"), m_customer}, {QStringLiteral("due_at"), inMinutes(5)},
                              {QStringLiteral("note"), QStringLiteral("回电告知配件到货")}});
    EXPECT_EQ(soon.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    ok(m_agent, QStringLiteral("callback.create"),
       {{QStringLiteral("customer_id"), m_customer}, {QStringLiteral("due_at"), inMinutes(120)}});
    EXPECT_EQ(fail(m_agent, QStringLiteral("callback.create"),
                   {{QStringLiteral("customer_id"), m_customer}, {QStringLiteral("due_at"), inMinutes(-30)}}).code,
              ErrorCode::Validation);
    EXPECT_EQ(fail(m_agent, QStringLiteral("callback.create"),
                   {{QStringLiteral("customer_id"), m_customer}, {QStringLiteral("due_at"), QStringLiteral("tomorrow")}}).code,
              ErrorCode::Validation);

    // The reminder goes once, to the owner, for the promise due within 10 minutes.
    server::Pushes pushes = server::contacts::ContactService::remindCallbacks(m_harness->connection());
    ASSERT_EQ(pushes.size(), 1u);
    EXPECT_EQ(pushes[0].userId, m_agent->userId);
    EXPECT_EQ(pushes[0].event.name, QStringLiteral("callback.due"));
    EXPECT_TRUE(server::contacts::ContactService::remindCallbacks(m_harness->connection()).empty());

    EXPECT_EQ(ok(m_agent, QStringLiteral("callback.list")).value(QStringLiteral("items")).toArray().size(), 2);
    EXPECT_EQ(fail(m_agent, QStringLiteral("callback.list"), {{QStringLiteral("scope"), QStringLiteral("overdue")}}).code,
              ErrorCode::PermissionDenied);
    {
        pqxx::work tx(m_harness->connection());
        tx.exec0("UPDATE callback_promise SET due_at = now() - interval '1 hour' WHERE id = "
                 + std::to_string(soon.value(QStringLiteral("id")).toInteger()));
        tx.commit();
    }
    const QCborArray overdue = ok(m_super, QStringLiteral("callback.list"), {{QStringLiteral("scope"), QStringLiteral("overdue")}})
                                   .value(QStringLiteral("items")).toArray();
    ASSERT_EQ(overdue.size(), 1);
    EXPECT_TRUE(overdue[0].toMap().value(QStringLiteral("overdue")).toBool());

    // Only the owner (or a supervisor) closes it, once; kept or broken is recorded.
    const qint64 id = soon.value(QStringLiteral("id")).toInteger();
    EXPECT_EQ(fail(m_other, QStringLiteral("callback.close"), {{QStringLiteral("id"), id}, {QStringLiteral("kept"), true}}).code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(fail(m_agent, QStringLiteral("callback.close"), {{QStringLiteral("id"), id}}).code, ErrorCode::Validation);
    const QCborMap closed = ok(m_agent, QStringLiteral("callback.close"),
                               {{QStringLiteral("id"), id}, {QStringLiteral("kept"), false}, {QStringLiteral("note"), QStringLiteral("没联系上")}});
    EXPECT_EQ(closed.value(QStringLiteral("status")).toString(), QStringLiteral("broken"));
    EXPECT_EQ(fail(m_agent, QStringLiteral("callback.close"), {{QStringLiteral("id"), id}, {QStringLiteral("kept"), true}}).code,
              ErrorCode::Conflict);
}

TEST_F(ContactTest, View360GathersProfileHistoryAndPromises)
{
    ok(m_agent, QStringLiteral("contact.create"), {{QStringLiteral("customer_id"), m_customer},
                                                   {QStringLiteral("channel"), QStringLiteral("web")},
                                                   {QStringLiteral("summary"), QStringLiteral("网上报修")}});
    ok(m_agent, QStringLiteral("callback.create"),
       {{QStringLiteral("customer_id"), m_customer}, {QStringLiteral("due_at"), inMinutes(60)}});
    const QCborMap view = ok(m_agent, QStringLiteral("customer.view360"), {{QStringLiteral("id"), m_customer}});
    EXPECT_EQ(view.value(QStringLiteral("customer")).toMap().value(QStringLiteral("name")).toString(), QStringLiteral("王五"));
    EXPECT_EQ(view.value(QStringLiteral("contacts")).toMap().value(QStringLiteral("items")).toArray().size(), 1);
    EXPECT_EQ(view.value(QStringLiteral("callbacks")).toArray().size(), 1);
    EXPECT_EQ(view.value(QStringLiteral("repeat")).toMap().value(QStringLiteral("calls_7d")).toInteger(), 0);
    EXPECT_EQ(fail(m_pointB, QStringLiteral("customer.view360"), {{QStringLiteral("id"), m_customer}}).code,
              ErrorCode::NotFound);
}
