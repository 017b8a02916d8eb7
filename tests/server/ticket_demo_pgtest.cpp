// The demo world's dispatch map: every demo customer's order is routed to a service point, and
// those of the districts point1's unit covers go to point1.
#include "server/seed/seeder.h"
#include "tests/support/op_harness.h"
#include "tests/support/pg_test.h"

#include <QCborArray>

#include <sstream>

using namespace csm;

namespace {
class TicketDemoTest : public test::PgTest {};
} // namespace

TEST_F(TicketDemoTest, EveryDemoCustomerIsRoutedAndPoint1GetsItsDistricts)
{
    std::ostringstream out;
    server::seed::seedDemo(m_dsn, out);
    test::OpHarness harness(m_dsn);
    {
        pqxx::read_transaction tx(harness.connection());
        // No demo customer lacks a covering point (district, city or province).
        EXPECT_EQ(tx.exec1("SELECT count(*) FROM customer c WHERE NOT EXISTS (SELECT 1 FROM dispatch_coverage d"
                           " WHERE d.region_code IN (c.district_code, c.city_code, c.province_code))")[0]
                      .as<int>(),
                  0);
        EXPECT_GT(tx.exec1("SELECT count(*) FROM customer WHERE district_code = '320102'")[0].as<int>(), 0);
    }
    const auto agent = harness.sessionFor(QStringLiteral("agent1"));
    const auto point1 = harness.sessionFor(QStringLiteral("point1"));
    const auto point2 = harness.sessionFor(QStringLiteral("point2"));
    qint64 xuanwu = 0, elsewhere = 0;
    {
        pqxx::read_transaction tx(harness.connection());
        xuanwu = tx.exec1("SELECT min(id) FROM customer WHERE district_code = '320102'")[0].as<qint64>();
        elsewhere = tx.exec1("SELECT min(id) FROM customer WHERE province_code = '440000'")[0].as<qint64>();
    }
    auto create = [&](qint64 customer) {
        const auto response = harness.call(agent, QStringLiteral("ticket.create"),
                                           {{QStringLiteral("service_type"), QStringLiteral("repair")},
                                            {QStringLiteral("customer_id"), customer},
                                            {QStringLiteral("description"), QStringLiteral("洗衣机不脱水")}});
        EXPECT_TRUE(response.ok) << response.error.message.toStdString();
        return response.result.toMap();
    };
    const QCborMap order = create(xuanwu);
    EXPECT_EQ(order.value(QStringLiteral("assigned_org_unit_name")).toString(), QStringLiteral("南京玄武服务网点"));
    const QCborMap far = create(elsewhere);
    EXPECT_EQ(far.value(QStringLiteral("assigned_org_unit_name")).toString(), QStringLiteral("宁波海曙服务网点"));

    const auto list = harness.call(point1, QStringLiteral("ticket.list")).result.toMap().value(QStringLiteral("items")).toArray();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].toMap().value(QStringLiteral("id")), order.value(QStringLiteral("id")));
    EXPECT_TRUE(harness.call(point2, QStringLiteral("ticket.list")).result.toMap().value(QStringLiteral("items")).toArray().isEmpty());
}
