// Customer products: validation, the warranty end, serial numbers unique per model, versions,
// org scope, audit, and the search by serial number.
#include "tests/support/op_harness.h"
#include "tests/support/pg_test.h"

#include <QCborArray>

using namespace csm;
using common::ErrorCode;

namespace {

class CustomerProductTest : public test::PgTest {
protected:
    void SetUp() override
    {
        PgTest::SetUp();
        m_harness = std::make_unique<test::OpHarness>(m_dsn);
        m_harness->createOrgUnit(QStringLiteral("HQ"), QStringLiteral("point"), QStringLiteral("SPA"), QStringLiteral("Point A"));
        m_harness->createOrgUnit(QStringLiteral("HQ"), QStringLiteral("point"), QStringLiteral("SPB"), QStringLiteral("Point B"));
        m_agent = m_harness->createUser(QStringLiteral("agent1"), QStringLiteral("HQ"), {QStringLiteral("agent")});
        m_pointA = m_harness->createUser(QStringLiteral("pointa"), QStringLiteral("SPA"), {QStringLiteral("service_point")});
        m_pointB = m_harness->createUser(QStringLiteral("pointb"), QStringLiteral("SPB"), {QStringLiteral("service_point")});
        m_tech = m_harness->createUser(QStringLiteral("tech"), QStringLiteral("SPA"), {QStringLiteral("technician")});
        {
            pqxx::work tx(m_harness->connection());
            tx.exec0("INSERT INTO product_category (code, name) VALUES ('AC', 'Air conditioners'), ('TV', 'TVs')");
            m_ac = tx.exec1("INSERT INTO product_model (code, name, category_code, warranty_months)"
                            " VALUES ('KFR-35GW', 'Wall AC', 'AC', 72) RETURNING id")[0].as<qint64>();
            m_tv = tx.exec1("INSERT INTO product_model (code, name, category_code, warranty_months)"
                            " VALUES ('55E3H', 'TV 55', 'TV', 12) RETURNING id")[0].as<qint64>();
            m_old = tx.exec1("INSERT INTO product_model (code, name, category_code, warranty_months, active)"
                             " VALUES ('OLD-1', 'Old TV', 'TV', 12, false) RETURNING id")[0].as<qint64>();
            tx.commit();
        }
        m_customer = createCustomer(m_pointA, QStringLiteral("王五"), QStringLiteral("13800001111"));
    }

    qint64 createCustomer(const server::SessionPtr& session, const QString& name, const QString& phone)
    {
        return ok(session, QStringLiteral("customer.create"),
                  {{QStringLiteral("name"), name}, {QStringLiteral("phones"), QCborArray{phone}}})
            .value(QStringLiteral("id"))
            .toInteger();
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
    QCborMap add(const QCborMap& extra)
    {
        QCborMap args{{QStringLiteral("customer_id"), m_customer}, {QStringLiteral("model_id"), m_ac}};
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            args.insert(it.key(), it.value());
        return ok(m_agent, QStringLiteral("customer.product.add"), args);
    }

    std::unique_ptr<test::OpHarness> m_harness;
    server::SessionPtr m_agent, m_pointA, m_pointB, m_tech;
    qint64 m_customer = 0, m_ac = 0, m_tv = 0, m_old = 0;
};

} // namespace

TEST_F(CustomerProductTest, AddComputesTheWarrantyEndFromTheModel)
{
    const QString bought = QDate::currentDate().addMonths(-13).toString(Qt::ISODate);
    const QCborMap product = add({{QStringLiteral("serial_number"), QStringLiteral(" kfr35-0001 ")},
                                  {QStringLiteral("purchase_date"), bought},
                                  {QStringLiteral("dealer"), QStringLiteral("苏宁易购")}});
    EXPECT_EQ(product.value(QStringLiteral("serial_number")).toString(), QStringLiteral("KFR35-0001"));
    EXPECT_EQ(product.value(QStringLiteral("model_code")).toString(), QStringLiteral("KFR-35GW"));
    EXPECT_EQ(product.value(QStringLiteral("warranty_end")).toString(),
              QDate::currentDate().addMonths(-13).addMonths(72).addDays(-1).toString(Qt::ISODate));
    EXPECT_TRUE(product.value(QStringLiteral("in_warranty")).toBool());
    EXPECT_EQ(product.value(QStringLiteral("version")).toInteger(), 1);

    // A TV with 12 months bought 13 months ago is out of warranty; install date counts without purchase.
    const QCborMap tv = add({{QStringLiteral("model_id"), m_tv}, {QStringLiteral("install_date"), bought}});
    EXPECT_FALSE(tv.value(QStringLiteral("in_warranty")).toBool());
    EXPECT_EQ(tv.value(QStringLiteral("warranty_end")).toString(),
              QDate::currentDate().addMonths(-13).addMonths(12).addDays(-1).toString(Qt::ISODate));
    // Neither date: unknown warranty.
    const QCborMap unknown = add({{QStringLiteral("model_id"), m_tv}});
    EXPECT_EQ(unknown.value(QStringLiteral("warranty_end")).toString(), QString());

    const QCborArray items = ok(m_tech, QStringLiteral("customer.product.list"), {{QStringLiteral("customer_id"), m_customer}})
                                 .value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 3);
    EXPECT_EQ(items[0].toMap().value(QStringLiteral("dealer")).toString(), QStringLiteral("苏宁易购"));

    pqxx::read_transaction tx(m_harness->connection());
    EXPECT_EQ(tx.exec1("SELECT count(*) FROM audit_log WHERE action = 'customer.product.add'")[0].as<int>(), 3);
}

TEST_F(CustomerProductTest, BadInputNamesTheField)
{
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    auto problem = [this](const QCborMap& args) {
        QCborMap full{{QStringLiteral("customer_id"), m_customer}, {QStringLiteral("model_id"), m_ac}};
        for (auto it = args.cbegin(); it != args.cend(); ++it)
            full.insert(it.key(), it.value());
        const auto error = fail(m_agent, QStringLiteral("customer.product.add"), full);
        EXPECT_EQ(error.code, ErrorCode::Validation);
        return error.fields.isEmpty() ? QString() : error.fields.firstKey();
    };
    EXPECT_EQ(problem({{QStringLiteral("serial_number"), QStringLiteral("AB CD")}}), QStringLiteral("serial_number"));
    EXPECT_EQ(problem({{QStringLiteral("purchase_date"), tomorrow}}), QStringLiteral("purchase_date"));
    EXPECT_EQ(problem({{QStringLiteral("purchase_date"), QStringLiteral("2024-13-01")}}), QStringLiteral("purchase_date"));
    EXPECT_EQ(problem({{QStringLiteral("purchase_date"), QStringLiteral("2024-05-01")},
                       {QStringLiteral("install_date"), QStringLiteral("2024-04-01")}}),
              QStringLiteral("install_date"));
    EXPECT_EQ(problem({{QStringLiteral("model_id"), 999999}}), QStringLiteral("model_id"));
    EXPECT_EQ(problem({{QStringLiteral("model_id"), m_old}}), QStringLiteral("model_id"));
    EXPECT_EQ(problem({{QStringLiteral("model_id"), QStringLiteral("x")}}), QStringLiteral("model_id"));
    EXPECT_EQ(problem({{QStringLiteral("dealer"), QString(101, QLatin1Char('d'))}}), QStringLiteral("dealer"));
}

TEST_F(CustomerProductTest, SerialNumberIsUniquePerModel)
{
    add({{QStringLiteral("serial_number"), QStringLiteral("SN-1")}});
    const auto error = fail(m_agent, QStringLiteral("customer.product.add"),
                            {{QStringLiteral("customer_id"), m_customer}, {QStringLiteral("model_id"), m_ac},
                             {QStringLiteral("serial_number"), QStringLiteral("sn-1")}});
    EXPECT_EQ(error.code, ErrorCode::Validation);
    EXPECT_TRUE(error.fields.contains(QStringLiteral("serial_number")));
    // The same number on another model is another product.
    const QCborMap tv = add({{QStringLiteral("model_id"), m_tv}, {QStringLiteral("serial_number"), QStringLiteral("SN-1")}});
    // ...and a product may keep its own number when updated, but not take another's.
    ok(m_agent, QStringLiteral("customer.product.update"),
       {{QStringLiteral("id"), tv.value(QStringLiteral("id"))}, {QStringLiteral("version"), 1},
        {QStringLiteral("serial_number"), QStringLiteral("SN-1")}, {QStringLiteral("dealer"), QStringLiteral("国美")}});
    const auto moved = fail(m_agent, QStringLiteral("customer.product.update"),
                            {{QStringLiteral("id"), tv.value(QStringLiteral("id"))}, {QStringLiteral("version"), 2},
                             {QStringLiteral("model_id"), m_ac}});
    EXPECT_TRUE(moved.fields.contains(QStringLiteral("serial_number")));
}

TEST_F(CustomerProductTest, StaleVersionIsAConflict)
{
    const QCborMap product = add({{QStringLiteral("purchase_date"), QStringLiteral("2024-03-15")}});
    const qint64 id = product.value(QStringLiteral("id")).toInteger();
    const QCborMap updated = ok(m_agent, QStringLiteral("customer.product.update"),
                                {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1},
                                 {QStringLiteral("model_id"), m_tv}});
    EXPECT_EQ(updated.value(QStringLiteral("version")).toInteger(), 2);
    EXPECT_EQ(updated.value(QStringLiteral("warranty_end")).toString(), QStringLiteral("2025-03-14"));
    EXPECT_EQ(fail(m_agent, QStringLiteral("customer.product.update"),
                   {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}, {QStringLiteral("dealer"), QStringLiteral("x")}})
                  .code,
              ErrorCode::Conflict);
    EXPECT_EQ(fail(m_agent, QStringLiteral("customer.product.remove"), {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}}).code,
              ErrorCode::Conflict);
    ok(m_agent, QStringLiteral("customer.product.remove"), {{QStringLiteral("id"), id}, {QStringLiteral("version"), 2}});
    EXPECT_TRUE(ok(m_agent, QStringLiteral("customer.product.list"), {{QStringLiteral("customer_id"), m_customer}})
                    .value(QStringLiteral("items")).toArray().isEmpty());
}

TEST_F(CustomerProductTest, OnlyForCustomersTheUserSees)
{
    const qint64 id = add({{QStringLiteral("serial_number"), QStringLiteral("SCOPE-1")}}).value(QStringLiteral("id")).toInteger();
    EXPECT_EQ(fail(m_pointB, QStringLiteral("customer.product.list"), {{QStringLiteral("customer_id"), m_customer}}).code,
              ErrorCode::NotFound);
    EXPECT_EQ(fail(m_pointB, QStringLiteral("customer.product.add"),
                   {{QStringLiteral("customer_id"), m_customer}, {QStringLiteral("model_id"), m_ac}}).code,
              ErrorCode::NotFound);
    EXPECT_EQ(fail(m_pointB, QStringLiteral("customer.product.update"),
                   {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}, {QStringLiteral("dealer"), QStringLiteral("x")}}).code,
              ErrorCode::NotFound);
    EXPECT_EQ(fail(m_pointB, QStringLiteral("customer.product.remove"), {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}}).code,
              ErrorCode::NotFound);
    EXPECT_EQ(fail(m_tech, QStringLiteral("customer.product.add"),
                   {{QStringLiteral("customer_id"), m_customer}, {QStringLiteral("model_id"), m_ac}}).code,
              ErrorCode::PermissionDenied);
    // The search by serial number is scoped too.
    EXPECT_TRUE(ok(m_pointB, QStringLiteral("customer.search"), {{QStringLiteral("serial"), QStringLiteral("SCOPE-1")}})
                    .value(QStringLiteral("items")).toArray().isEmpty());
}

TEST_F(CustomerProductTest, SearchBySerialNumber)
{
    const qint64 other = createCustomer(m_pointA, QStringLiteral("赵六"), QStringLiteral("13800002222"));
    add({{QStringLiteral("serial_number"), QStringLiteral("KFR35GW2403000001")}});
    ok(m_agent, QStringLiteral("customer.product.add"),
       {{QStringLiteral("customer_id"), other}, {QStringLiteral("model_id"), m_tv},
        {QStringLiteral("serial_number"), QStringLiteral("TV55-7")}});
    const QCborArray found = ok(m_agent, QStringLiteral("customer.search"),
                                {{QStringLiteral("serial"), QStringLiteral("kfr35gw2403000001")}})
                                 .value(QStringLiteral("items")).toArray();
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].toMap().value(QStringLiteral("id")).toInteger(), m_customer);
    // Combined with another criterion, both must match.
    EXPECT_EQ(ok(m_agent, QStringLiteral("customer.search"),
                 {{QStringLiteral("serial"), QStringLiteral("TV55-7")}, {QStringLiteral("name"), QStringLiteral("赵")}})
                  .value(QStringLiteral("items")).toArray().size(), 1);
    EXPECT_TRUE(ok(m_agent, QStringLiteral("customer.search"),
                   {{QStringLiteral("serial"), QStringLiteral("TV55-7")}, {QStringLiteral("name"), QStringLiteral("王")}})
                    .value(QStringLiteral("items")).toArray().isEmpty());
    const auto bad = fail(m_agent, QStringLiteral("customer.search"), {{QStringLiteral("serial"), QStringLiteral("no spaces")}});
    EXPECT_EQ(bad.code, ErrorCode::Validation);
    EXPECT_TRUE(bad.fields.contains(QStringLiteral("serial")));
    // The model picker lists the active models only unless asked.
    EXPECT_EQ(ok(m_tech, QStringLiteral("product.model.list")).value(QStringLiteral("items")).toArray().size(), 2);
    EXPECT_EQ(ok(m_tech, QStringLiteral("product.model.list"), {{QStringLiteral("include_inactive"), true}})
                  .value(QStringLiteral("items")).toArray().size(), 3);
}
