// The demo world's fee schedules: every category of the demo catalogue resolves to a schedule for
// every chargeable service type, and an out-of-warranty repair of a demo customer goes from the
// agent through point1 and its technician to completion with fees.
#include "server/seed/seeder.h"
#include "tests/support/op_harness.h"
#include "tests/support/pg_test.h"

#include <QCborArray>

#include <sstream>

using namespace csm;

namespace {
class FeesDemoTest : public test::PgTest {};
} // namespace

TEST_F(FeesDemoTest, EveryDemoCategoryHasSchedulesAndAPaidRepairCompletesWithFees)
{
    std::ostringstream out;
    server::seed::seedDemo(m_dsn, out);
    EXPECT_NE(out.str().find("fee schedules"), std::string::npos) << out.str();
    test::OpHarness harness(m_dsn);
    qint64 customer = 0, product = 0;
    {
        pqxx::read_transaction tx(harness.connection());
        // Each category, walking up to its top-level category, has a row for each chargeable type.
        EXPECT_EQ(tx.exec1("WITH RECURSIVE up (code, ancestor) AS (SELECT code, code FROM product_category"
                           " UNION ALL SELECT up.code, c.parent_code FROM up JOIN product_category c ON c.code = up.ancestor"
                           " WHERE c.parent_code IS NOT NULL),"
                           " types (t) AS (VALUES ('repair'), ('delivery'), ('installation'), ('maintenance'),"
                           " ('replacement'), ('return'))"
                           " SELECT count(*) FROM product_category pc CROSS JOIN types WHERE NOT EXISTS (SELECT 1 FROM up"
                           " JOIN fee_schedule f ON f.category_code = up.ancestor WHERE up.code = pc.code"
                           " AND f.service_type = types.t AND f.valid_from <= current_date)")[0]
                      .as<int>(),
                  0);
        const auto row = tx.exec("SELECT c.id, p.id FROM customer_product p JOIN customer c ON c.id = p.customer_id"
                                 " WHERE c.district_code = '320102' AND p.warranty_end < current_date - 2"
                                 " ORDER BY p.id LIMIT 1");
        ASSERT_EQ(row.size(), 1u) << "the demo has out-of-warranty products in 玄武区";
        customer = row[0][0].as<qint64>();
        product = row[0][1].as<qint64>();
    }
    const auto agent = harness.sessionFor(QStringLiteral("agent1"));
    const auto point1 = harness.sessionFor(QStringLiteral("point1"));
    const auto tech1 = harness.sessionFor(QStringLiteral("tech1"));
    auto ok = [&](const server::SessionPtr& who, const QString& op, const QCborMap& args) {
        const auto response = harness.call(who, op, args);
        EXPECT_TRUE(response.ok) << op.toStdString() << ": " << response.error.message.toStdString();
        return response.result.toMap();
    };
    auto step = [&](const server::SessionPtr& who, const QCborMap& t, const char* transition, const QCborMap& fields = {}) {
        return ok(who, QStringLiteral("ticket.transition"),
                  {{QStringLiteral("id"), t.value(QStringLiteral("id"))}, {QStringLiteral("version"), t.value(QStringLiteral("version"))},
                   {QStringLiteral("transition"), QLatin1String(transition)}, {QStringLiteral("fields"), fields}});
    };
    QCborMap t = ok(agent, QStringLiteral("ticket.create"),
                    {{QStringLiteral("service_type"), QStringLiteral("repair")}, {QStringLiteral("customer_id"), customer},
                     {QStringLiteral("customer_product_id"), product}, {QStringLiteral("description"), QStringLiteral("不工作")}});
    EXPECT_EQ(t.value(QStringLiteral("warranty_verdict")).toMap().value(QStringLiteral("verdict")).toString(), QStringLiteral("paid"));
    t = step(agent, t, "dispatch");
    t = step(point1, t, "accept");
    t = step(point1, t, "assign",
             {{QStringLiteral("technician_id"), tech1->userId},
              {QStringLiteral("appointment_start"), QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODateWithMs)}});
    t = step(tech1, t, "arrive");
    t = step(tech1, t, "complete",
             {{QStringLiteral("diagnosis"), QStringLiteral("主板故障")}, {QStringLiteral("resolution"), QStringLiteral("更换主板")}});
    ASSERT_EQ(t.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    const QCborMap fee = ok(point1, QStringLiteral("ticket.fees.get"), {{QStringLiteral("ticket_id"), t.value(QStringLiteral("id"))}})
                             .value(QStringLiteral("fee")).toMap();
    EXPECT_EQ(fee.value(QStringLiteral("verdict")).toString(), QStringLiteral("paid"));
    EXPECT_GT(fee.value(QStringLiteral("total_fen")).toInteger(), 0);
}
