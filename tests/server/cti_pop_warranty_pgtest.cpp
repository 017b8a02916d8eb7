// The warranty summary of the screen pop (`call.ringing` → customers[].warranty): computed in
// the pop's one lookup statement from the customers' products, on both paths — the call's
// bookkeeping (CallProcessor::process) and the fast path (CallProcessor::pop).
#include "common/model/customer_product.h"
#include "server/cti/call_event.h"
#include "server/modules/cti/call_processor.h"
#include "tests/support/op_harness.h"
#include "tests/support/pg_test.h"

#include <QCborArray>

using namespace csm;
using server::Pushes;
using server::cti::CallEvent;
using server::cti::CallEventKind;

namespace {

class PopWarrantyTest : public test::PgTest {
protected:
    void SetUp() override
    {
        PgTest::SetUp();
        m_harness = std::make_unique<test::OpHarness>(m_dsn);
        m_agent = m_harness->createUser(QStringLiteral("agent1"), QStringLiteral("HQ"), {QStringLiteral("agent")});
        pqxx::work tx(m_harness->connection());
        tx.exec0("UPDATE app_user SET extension = '8001' WHERE username = 'agent1'");
        tx.exec0("INSERT INTO product_category (code, name) VALUES ('WH', 'Water heaters')");
        m_short = tx.exec1("INSERT INTO product_model (code, name, category_code, warranty_months)"
                           " VALUES ('JSQ25', 'Gas water heater', 'WH', 12) RETURNING id")[0].as<qint64>();
        m_long = tx.exec1("INSERT INTO product_model (code, name, category_code, warranty_months)"
                          " VALUES ('JSQ30', 'Gas water heater XL', 'WH', 72) RETURNING id")[0].as<qint64>();
        tx.commit();
    }

    qint64 createCustomer(const QString& name, const QString& phone)
    {
        return ok(QStringLiteral("customer.create"), {{QStringLiteral("name"), name}, {QStringLiteral("phones"), QCborArray{phone}}})
            .value(QStringLiteral("id"))
            .toInteger();
    }

    QCborMap ok(const QString& op, const QCborMap& args)
    {
        const auto response = m_harness->call(m_agent, op, args);
        EXPECT_TRUE(response.ok) << op.toStdString() << ": " << response.error.message.toStdString();
        return response.result.toMap();
    }

    // Records a product bought on `purchase` (invalid: no dates known); returns its warranty end.
    QString addProduct(qint64 customerId, qint64 modelId, const QDate& purchase)
    {
        QCborMap args{{QStringLiteral("customer_id"), customerId}, {QStringLiteral("model_id"), modelId}};
        if (purchase.isValid())
            args.insert(QStringLiteral("purchase_date"), purchase.toString(Qt::ISODate));
        return ok(QStringLiteral("customer.product.add"), args).value(QStringLiteral("warranty_end")).toString();
    }

    CallEvent ringingEvent(const QString& key, const QString& caller) const
    {
        CallEvent event;
        event.kind = CallEventKind::Ringing;
        event.callKey = key;
        event.caller = caller;
        event.called = QStringLiteral("4008123123");
        event.extension = QStringLiteral("8001");
        event.source = QStringLiteral("sim");
        event.at = QDateTime::currentDateTimeUtc();
        return event;
    }

    // The customers of the one `call.ringing` push among `pushes`.
    static QCborArray popCustomers(const Pushes& pushes)
    {
        QCborArray customers;
        int pops = 0;
        for (const auto& push : pushes) {
            if (push.event.name == QLatin1String("call.ringing")) {
                ++pops;
                customers = push.event.data.toMap().value(QStringLiteral("customers")).toArray();
            }
        }
        EXPECT_EQ(pops, 1);
        return customers;
    }

    static QCborMap warrantyOf(const QCborArray& customers, qint64 id)
    {
        for (const QCborValue& customer : customers) {
            if (customer.toMap().value(QStringLiteral("id")).toInteger() == id)
                return customer.toMap().value(QStringLiteral("warranty")).toMap();
        }
        ADD_FAILURE() << "customer " << id << " is not in the pop";
        return {};
    }

    std::unique_ptr<test::OpHarness> m_harness;
    server::SessionPtr m_agent;
    qint64 m_short = 0, m_long = 0;
};

} // namespace

TEST_F(PopWarrantyTest, EachMatchedCustomerCarriesItsWarrantySummary)
{
    const QDate today = QDate::currentDate();
    const qint64 owner = createCustomer(QStringLiteral("张三"), QStringLiteral("13912345678"));
    const qint64 spouse = createCustomer(QStringLiteral("李梅"), QStringLiteral("13912345678"));
    const qint64 other = createCustomer(QStringLiteral("王五"), QStringLiteral("13700001111"));

    // In warranty, ending within 30 days; in warranty for years; expired; no dates known.
    const QString soon = addProduct(owner, m_short, today.addMonths(-12).addDays(10));
    const QString later = addProduct(owner, m_long, today.addMonths(-12));
    const QString gone = addProduct(owner, m_short, today.addMonths(-30));
    addProduct(owner, m_short, QDate());
    addProduct(other, m_long, today.addDays(-3));   // another caller's: not counted
    ASSERT_EQ(soon, common::warrantyEndFor(12, today.addMonths(-12).addDays(10), {}).toString(Qt::ISODate));
    ASSERT_LT(today.daysTo(QDate::fromString(soon, Qt::ISODate)), 31);
    ASSERT_GT(today.daysTo(QDate::fromString(later, Qt::ISODate)), 30);
    ASSERT_LT(QDate::fromString(gone, Qt::ISODate), today);

    const QCborArray customers = popCustomers(
        server::cti::CallProcessor::process(m_harness->connection(), ringingEvent(QStringLiteral("w1"), QStringLiteral("13912345678"))));
    ASSERT_EQ(customers.size(), 2);
    const QCborMap mine = warrantyOf(customers, owner);
    EXPECT_EQ(mine.value(QStringLiteral("products")).toInteger(), 4);
    EXPECT_EQ(mine.value(QStringLiteral("in_warranty")).toInteger(), 2);
    EXPECT_EQ(mine.value(QStringLiteral("expiring")).toInteger(), 1);
    EXPECT_EQ(mine.value(QStringLiteral("expired")).toInteger(), 1);
    EXPECT_EQ(mine.value(QStringLiteral("next_end")).toString(), soon);

    const QCborMap none = warrantyOf(customers, spouse);
    EXPECT_EQ(none.value(QStringLiteral("products")).toInteger(), 0);
    EXPECT_EQ(none.value(QStringLiteral("in_warranty")).toInteger(), 0);
    EXPECT_EQ(none.value(QStringLiteral("expired")).toInteger(), 0);
    EXPECT_EQ(none.value(QStringLiteral("next_end")).toString(), QString());

    // The fast path sends the same summary; it follows a change at once (nothing cached).
    ok(QStringLiteral("customer.product.remove"),
       {{QStringLiteral("id"), ok(QStringLiteral("customer.product.list"), {{QStringLiteral("customer_id"), owner}})
                                   .value(QStringLiteral("items")).toArray()[0].toMap().value(QStringLiteral("id"))},
        {QStringLiteral("version"), 1}});
    const QCborMap fast = warrantyOf(
        popCustomers(server::cti::CallProcessor::pop(m_harness->connection(), ringingEvent(QStringLiteral("w2"), QStringLiteral("13912345678")))),
        owner);
    EXPECT_EQ(fast.value(QStringLiteral("products")).toInteger(), 3);
    EXPECT_EQ(fast.value(QStringLiteral("in_warranty")).toInteger(), 1);
    EXPECT_EQ(fast.value(QStringLiteral("expiring")).toInteger(), 0);
    EXPECT_EQ(fast.value(QStringLiteral("expired")).toInteger(), 1);
    EXPECT_EQ(fast.value(QStringLiteral("next_end")).toString(), later);
}

TEST_F(PopWarrantyTest, UnknownAndWithheldCallersPopWithoutCustomers)
{
    const qint64 owner = createCustomer(QStringLiteral("张三"), QStringLiteral("02588889999"));
    addProduct(owner, m_long, QDate::currentDate().addMonths(-2));
    EXPECT_TRUE(popCustomers(server::cti::CallProcessor::process(m_harness->connection(),
                                                                 ringingEvent(QStringLiteral("u1"), QStringLiteral("13800000000"))))
                    .isEmpty());
    EXPECT_TRUE(popCustomers(server::cti::CallProcessor::process(m_harness->connection(),
                                                                 ringingEvent(QStringLiteral("u2"), QStringLiteral("anonymous"))))
                    .isEmpty());
    // A landline dialled without its area code matches on the local part, with its summary.
    const QCborMap local = warrantyOf(popCustomers(server::cti::CallProcessor::process(
                                          m_harness->connection(), ringingEvent(QStringLiteral("u3"), QStringLiteral("88889999")))),
                                      owner);
    EXPECT_EQ(local.value(QStringLiteral("products")).toInteger(), 1);
    EXPECT_EQ(local.value(QStringLiteral("in_warranty")).toInteger(), 1);
}

// A burst of calls ringing at once goes through the fast path as one batch: each event gets its
// own push (or none), in order, with the right agent and its own caller's customers.
TEST_F(PopWarrantyTest, ABatchOfPopsAnswersEachEventInOrder)
{
    const qint64 mobile = createCustomer(QStringLiteral("李四"), QStringLiteral("13912345678"));
    addProduct(mobile, m_long, QDate::currentDate().addMonths(-2));
    const qint64 landline = createCustomer(QStringLiteral("张三"), QStringLiteral("02588889999"));
    const server::SessionPtr agent2 = m_harness->createUser(QStringLiteral("agent2"), QStringLiteral("HQ"), {QStringLiteral("agent")});
    {
        pqxx::work tx(m_harness->connection());
        tx.exec0("UPDATE app_user SET extension = '8002' WHERE username = 'agent2'");
        tx.commit();
    }
    auto at = [this](const QString& key, const QString& caller, const QString& extension) {
        CallEvent event = ringingEvent(key, caller);
        event.extension = extension;
        return event;
    };
    const std::vector<CallEvent> events{
        at(QStringLiteral("b1"), QStringLiteral("13912345678"), QStringLiteral("8001")),
        at(QStringLiteral("b2"), QStringLiteral("anonymous"), QStringLiteral("8002")),
        at(QStringLiteral("b3"), QStringLiteral("88889999"), QStringLiteral("8002")),      // local part
        at(QStringLiteral("b4"), QStringLiteral("13912345678"), QStringLiteral("8999")),   // nobody there
        at(QStringLiteral("b5"), QStringLiteral("13800000000"), QStringLiteral("8001")),   // nobody's number
    };
    const auto pushes = server::cti::CallProcessor::pops(m_harness->connection(), events);
    ASSERT_EQ(pushes.size(), events.size());
    const auto customersOf = [](const server::Push& push) {
        return push.event.data.toMap().value(QStringLiteral("customers")).toArray();
    };

    ASSERT_TRUE(pushes[0]);
    EXPECT_EQ(pushes[0]->event.name, QStringLiteral("call.ringing"));
    EXPECT_EQ(pushes[0]->event.data.toMap().value(QStringLiteral("call_key")).toString(), QStringLiteral("b1"));
    ASSERT_EQ(customersOf(*pushes[0]).size(), 1);
    EXPECT_EQ(customersOf(*pushes[0])[0].toMap().value(QStringLiteral("id")).toInteger(), mobile);
    EXPECT_EQ(warrantyOf(customersOf(*pushes[0]), mobile).value(QStringLiteral("in_warranty")).toInteger(), 1);

    ASSERT_TRUE(pushes[1]);   // withheld: pops without customers
    EXPECT_TRUE(pushes[1]->event.data.toMap().value(QStringLiteral("withheld")).toBool());
    EXPECT_TRUE(customersOf(*pushes[1]).isEmpty());

    ASSERT_TRUE(pushes[2]);
    ASSERT_EQ(customersOf(*pushes[2]).size(), 1);
    EXPECT_EQ(customersOf(*pushes[2])[0].toMap().value(QStringLiteral("id")).toInteger(), landline);
    EXPECT_EQ(warrantyOf(customersOf(*pushes[2]), landline).value(QStringLiteral("products")).toInteger(), 0);

    EXPECT_FALSE(pushes[3]);   // no agent at the extension: no pop

    ASSERT_TRUE(pushes[4]);
    EXPECT_TRUE(customersOf(*pushes[4]).isEmpty());

    // Each push goes to the agent at its extension (user ids are in the push's audience).
    EXPECT_EQ(pushes[0]->userId, m_agent->userId);
    EXPECT_EQ(pushes[1]->userId, agent2->userId);
    EXPECT_EQ(pushes[2]->userId, agent2->userId);
}
