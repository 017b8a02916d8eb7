// Fault codes per product category: the catalogue ops, and orders taking only an active code of
// their product's category (or of a category above it) — a wrong code leaves the order as it was.
#include "tests/server/ticket_test_support.h"

using namespace csm;
using common::ErrorCode;

namespace {

class FaultCodeTest : public test::TicketTest {
protected:
    void SetUp() override
    {
        TicketTest::SetUp();
        if (HasFatalFailure())
            return;
        {
            pqxx::work tx(m_harness->connection());
            tx.exec0("INSERT INTO product_category (code, name, parent_code) VALUES ('AC', '空调', NULL),"
                     " ('AC-WALL', '壁挂式空调', 'AC'), ('TV', '电视', NULL)");
            acModel = tx.exec1("INSERT INTO product_model (code, name, category_code) VALUES ('KFR-35GW', '壁挂式空调',"
                               " 'AC-WALL') RETURNING id")[0].as<qint64>();
            tvModel = tx.exec1("INSERT INTO product_model (code, name, category_code) VALUES ('55E3H', '电视', 'TV')"
                               " RETURNING id")[0].as<qint64>();
            tx.commit();
        }
        setCode("AC", "E1", "室内温度传感器故障");
        setCode("AC", "E2", "室内盘管温度传感器故障");
        setCode("AC-WALL", "W9", "挂机导风板故障");
        acProduct = addProduct(customerA, acModel);
        tvProduct = addProduct(customerA, tvModel);
    }

    void setCode(const char* category, const char* code, const char* name)
    {
        ok(admin, QStringLiteral("fault_code.set"),
           {{QStringLiteral("category"), QString::fromUtf8(category)}, {QStringLiteral("code"), QString::fromUtf8(code)},
            {QStringLiteral("name"), QString::fromUtf8(name)}});
    }
    qint64 addProduct(qint64 customer, qint64 model)
    {
        return ok(agent, QStringLiteral("customer.product.add"),
                  {{QStringLiteral("customer_id"), customer}, {QStringLiteral("model_id"), model}})
            .value(QStringLiteral("id"))
            .toInteger();
    }
    static QStringList codes(const QCborMap& result)
    {
        QStringList list;
        for (const QCborValue& item : result.value(QStringLiteral("items")).toArray())
            list.append(item.toMap().value(QStringLiteral("category")).toString() + QLatin1Char(':')
                        + item.toMap().value(QStringLiteral("code")).toString());
        return list;
    }
    qint64 ticketCount()
    {
        pqxx::work tx(m_harness->connection());
        return tx.exec1("SELECT count(*) FROM ticket")[0].as<qint64>();
    }
    // A repair order of the air conditioner, taken on site by the technician.
    QCborMap onSite()
    {
        QCborMap t = createTicket(customerA, QStringLiteral("repair"), {{QStringLiteral("customer_product_id"), acProduct}});
        t = step(agent, t, QStringLiteral("dispatch"));
        t = step(staffA, t, QStringLiteral("accept"));
        t = step(staffA, t, QStringLiteral("assign"),
                 {{QStringLiteral("technician_id"), techA->userId}, {QStringLiteral("appointment_start"), tomorrow(9)}});
        return step(techA, t, QStringLiteral("arrive"));
    }

    qint64 acModel = 0, tvModel = 0, acProduct = 0, tvProduct = 0;
};

} // namespace

TEST_F(FaultCodeTest, AProductTakesTheCodesOfItsCategoryAndTheCategoriesAboveIt)
{
    const QCborMap wall = ok(agent, QStringLiteral("fault_code.list"), {{QStringLiteral("category"), QStringLiteral("AC-WALL")}});
    EXPECT_EQ(codes(wall), (QStringList{QStringLiteral("AC-WALL:W9"), QStringLiteral("AC:E1"), QStringLiteral("AC:E2")}));
    EXPECT_EQ(wall.value(QStringLiteral("category")).toMap().value(QStringLiteral("name")).toString(), QStringLiteral("壁挂式空调"));
    EXPECT_EQ(codes(ok(techA, QStringLiteral("fault_code.list"), {{QStringLiteral("model_code"), QStringLiteral("KFR-35GW")}})),
              codes(wall));
    EXPECT_EQ(codes(ok(agent, QStringLiteral("fault_code.list"), {{QStringLiteral("category"), QStringLiteral("AC")}})),
              (QStringList{QStringLiteral("AC:E1"), QStringLiteral("AC:E2")}));
    EXPECT_TRUE(codes(ok(agent, QStringLiteral("fault_code.list"), {{QStringLiteral("category"), QStringLiteral("TV")}})).isEmpty());

    // Deactivated codes are left out unless asked for; renaming keeps the code.
    ok(admin, QStringLiteral("fault_code.deactivate"), {{QStringLiteral("category"), QStringLiteral("AC")}, {QStringLiteral("code"), QStringLiteral("E2")}});
    setCode("AC", "E1", "环境温度传感器故障");
    EXPECT_EQ(codes(ok(agent, QStringLiteral("fault_code.list"), {{QStringLiteral("category"), QStringLiteral("AC")}})),
              QStringList{QStringLiteral("AC:E1")});
    const QCborMap all = ok(agent, QStringLiteral("fault_code.list"), {{QStringLiteral("include_inactive"), true}});
    EXPECT_EQ(codes(all), (QStringList{QStringLiteral("AC:E1"), QStringLiteral("AC:E2"), QStringLiteral("AC-WALL:W9")}));
    EXPECT_EQ(all.value(QStringLiteral("items")).toArray().at(0).toMap().value(QStringLiteral("name")).toString(),
              QStringLiteral("环境温度传感器故障"));
    EXPECT_FALSE(all.value(QStringLiteral("items")).toArray().at(1).toMap().value(QStringLiteral("active")).toBool());

    // Bad input names the field.
    EXPECT_EQ(fail(agent, QStringLiteral("fault_code.list"), {{QStringLiteral("category"), QStringLiteral("NOPE")}}).fields.firstKey(),
              QStringLiteral("category"));
    EXPECT_EQ(fail(agent, QStringLiteral("fault_code.list"), {{QStringLiteral("model_code"), QStringLiteral("NOPE")}}).fields.firstKey(),
              QStringLiteral("model_code"));
    EXPECT_EQ(fail(admin, QStringLiteral("fault_code.set"),
                   {{QStringLiteral("category"), QStringLiteral("AC")}, {QStringLiteral("code"), QStringLiteral("E 1")},
                    {QStringLiteral("name"), QStringLiteral("x")}})
                  .fields.firstKey(),
              QStringLiteral("code"));
    EXPECT_EQ(fail(admin, QStringLiteral("fault_code.set"),
                   {{QStringLiteral("category"), QStringLiteral("XX")}, {QStringLiteral("code"), QStringLiteral("E1")},
                    {QStringLiteral("name"), QStringLiteral("x")}})
                  .fields.firstKey(),
              QStringLiteral("category"));
    EXPECT_EQ(fail(admin, QStringLiteral("fault_code.deactivate"),
                   {{QStringLiteral("category"), QStringLiteral("AC")}, {QStringLiteral("code"), QStringLiteral("E7")}})
                  .code,
              ErrorCode::NotFound);
    EXPECT_EQ(fail(supervisor, QStringLiteral("fault_code.set"),
                   {{QStringLiteral("category"), QStringLiteral("AC")}, {QStringLiteral("code"), QStringLiteral("E7")},
                    {QStringLiteral("name"), QStringLiteral("x")}})
                  .code,
              ErrorCode::PermissionDenied);
}

TEST_F(FaultCodeTest, ATransitionWithAWrongCodeIsRefusedAndTheOrderStaysAsItWas)
{
    const QCborMap before = onSite();
    const qint64 events = ok(agent, QStringLiteral("ticket.timeline"), {{QStringLiteral("id"), id(before)}})
                              .value(QStringLiteral("items")).toArray().size();
    const QCborMap fields{{QStringLiteral("diagnosis"), QStringLiteral("传感器损坏")},
                          {QStringLiteral("resolution"), QStringLiteral("更换传感器")},
                          {QStringLiteral("fault_code"), QStringLiteral("X9")}};
    const auto refused = move(techA, before, QStringLiteral("complete"), fields);
    ASSERT_FALSE(refused.ok);
    EXPECT_EQ(refused.error.code, ErrorCode::Validation);
    const QString problem = refused.error.fields.value(QStringLiteral("fault_code"));
    EXPECT_TRUE(problem.contains(QStringLiteral("'X9' is not a fault code of category 壁挂式空调"))) << problem.toStdString();
    EXPECT_TRUE(problem.contains(QStringLiteral("known codes: W9, E1, E2"))) << problem.toStdString();

    const QCborMap after = ok(agent, QStringLiteral("ticket.get"), {{QStringLiteral("id"), id(before)}});
    EXPECT_EQ(state(after), QStringLiteral("on_site"));
    EXPECT_EQ(after.value(QStringLiteral("version")), before.value(QStringLiteral("version")));
    EXPECT_EQ(after.value(QStringLiteral("fault_code")).toString(), QString());
    EXPECT_EQ(after.value(QStringLiteral("diagnosis")).toString(), QString());
    EXPECT_EQ(ok(agent, QStringLiteral("ticket.timeline"), {{QStringLiteral("id"), id(before)}})
                  .value(QStringLiteral("items")).toArray().size(),
              events);

    // A deactivated code is refused as well; a code of the category above is taken.
    ok(admin, QStringLiteral("fault_code.deactivate"), {{QStringLiteral("category"), QStringLiteral("AC")}, {QStringLiteral("code"), QStringLiteral("E2")}});
    QCborMap withE2 = fields;
    withE2.insert(QStringLiteral("fault_code"), QStringLiteral("E2"));
    EXPECT_EQ(move(techA, before, QStringLiteral("complete"), withE2).error.fields.firstKey(), QStringLiteral("fault_code"));
    QCborMap right = fields;
    right.insert(QStringLiteral("fault_code"), QStringLiteral("E1"));
    const QCborMap done = step(techA, before, QStringLiteral("complete"), right);
    EXPECT_EQ(state(done), QStringLiteral("completed"));
    EXPECT_EQ(done.value(QStringLiteral("fault_code")).toString(), QStringLiteral("E1"));
}

TEST_F(FaultCodeTest, CreateTakesOnlyACodeOfTheProductsCategory)
{
    const qint64 count = ticketCount();
    const QCborMap wrong{{QStringLiteral("service_type"), QStringLiteral("repair")},
                         {QStringLiteral("customer_id"), customerA},
                         {QStringLiteral("customer_product_id"), acProduct},
                         {QStringLiteral("description"), QStringLiteral("不制冷")},
                         {QStringLiteral("fault_code"), QStringLiteral("e1")}};
    EXPECT_EQ(fail(agent, QStringLiteral("ticket.create"), wrong).fields.firstKey(), QStringLiteral("fault_code"));
    EXPECT_EQ(ticketCount(), count);

    const QCborMap wall = createTicket(customerA, QStringLiteral("repair"),
                                       {{QStringLiteral("customer_product_id"), acProduct},
                                        {QStringLiteral("fault_code"), QStringLiteral("W9")}});
    EXPECT_EQ(wall.value(QStringLiteral("fault_code")).toString(), QStringLiteral("W9"));
    // A category without any code, and an order without a product, take any text.
    EXPECT_EQ(createTicket(customerA, QStringLiteral("repair"),
                           {{QStringLiteral("customer_product_id"), tvProduct}, {QStringLiteral("fault_code"), QStringLiteral("黑屏")}})
                  .value(QStringLiteral("fault_code"))
                  .toString(),
              QStringLiteral("黑屏"));
    EXPECT_EQ(createTicket(customerA, QStringLiteral("repair"), {{QStringLiteral("fault_code"), QStringLiteral("X9")}})
                  .value(QStringLiteral("fault_code"))
                  .toString(),
              QStringLiteral("X9"));
    EXPECT_EQ(ticketCount(), count + 3);
}
