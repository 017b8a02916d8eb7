#include "common/domain/id_number.h"
#include "tests/support/op_harness.h"
#include "tests/support/pg_test.h"

#include <QCborArray>

using namespace csm;
using common::ErrorCode;

namespace {
const QString kIdNumber = QStringLiteral("11010519491231002X");

class CustomerTest : public test::PgTest {
protected:
    void SetUp() override
    {
        PgTest::SetUp();
        m_harness = std::make_unique<test::OpHarness>(m_dsn);
        m_harness->createOrgUnit(QStringLiteral("HQ"), QStringLiteral("region"), QStringLiteral("R1"), QStringLiteral("East"));
        m_harness->createOrgUnit(QStringLiteral("R1"), QStringLiteral("province"), QStringLiteral("P1"), QStringLiteral("Jiangsu"));
        m_harness->createOrgUnit(QStringLiteral("P1"), QStringLiteral("point"), QStringLiteral("SPA"), QStringLiteral("Point A"));
        m_harness->createOrgUnit(QStringLiteral("P1"), QStringLiteral("point"), QStringLiteral("SPB"), QStringLiteral("Point B"));
        m_agent = m_harness->createUser(QStringLiteral("agent"), QStringLiteral("HQ"), {QStringLiteral("agent")});
        m_pointA = m_harness->createUser(QStringLiteral("pointa"), QStringLiteral("SPA"), {QStringLiteral("service_point")});
        m_pointB = m_harness->createUser(QStringLiteral("pointb"), QStringLiteral("SPB"), {QStringLiteral("service_point")});
        m_super = m_harness->createUser(QStringLiteral("super"), QStringLiteral("HQ"), {QStringLiteral("supervisor")});
    }

    QCborMap customerArgs(const QString& name, const QStringList& phones)
    {
        return QCborMap{{QStringLiteral("name"), name},
                        {QStringLiteral("phones"), QCborArray::fromStringList(phones)},
                        {QStringLiteral("id_number"), kIdNumber},
                        {QStringLiteral("address"), QCborMap{{QStringLiteral("province"), QStringLiteral("320000")},
                                                              {QStringLiteral("city"), QStringLiteral("320100")},
                                                              {QStringLiteral("district"), QStringLiteral("320102")},
                                                              {QStringLiteral("detail"), QStringLiteral("中山路100号")}}}};
    }

    QCborMap create(const server::SessionPtr& session, const QCborMap& args)
    {
        const auto response = m_harness->call(session, QStringLiteral("customer.create"), args);
        EXPECT_TRUE(response.ok) << response.error.message.toStdString();
        return response.result.toMap();
    }

    QCborArray search(const server::SessionPtr& session, const QCborMap& args)
    {
        const auto response = m_harness->call(session, QStringLiteral("customer.search"), args);
        EXPECT_TRUE(response.ok) << response.error.message.toStdString();
        return response.result.toMap().value(QStringLiteral("items")).toArray();
    }

    std::unique_ptr<test::OpHarness> m_harness;
    server::SessionPtr m_agent, m_pointA, m_pointB, m_super;
};
} // namespace

TEST_F(CustomerTest, CreateNormalisesPhonesMasksIdAndComposesAddress)
{
    const QCborMap customer = create(m_agent, customerArgs(QStringLiteral("张三"), {QStringLiteral("+86 139-1234-5678"),
                                                                                  QStringLiteral("(025) 8888 9999")}));
    EXPECT_GT(customer.value(QStringLiteral("id")).toInteger(), 0);
    EXPECT_EQ(customer.value(QStringLiteral("version")).toInteger(), 1);
    EXPECT_EQ(customer.value(QStringLiteral("phones")).toArray(),
              QCborArray({QStringLiteral("13912345678"), QStringLiteral("02588889999")}));
    EXPECT_EQ(customer.value(QStringLiteral("id_number")).toString(), QStringLiteral("1101**********002X"));
    EXPECT_EQ(customer.value(QStringLiteral("address")).toMap().value(QStringLiteral("text")).toString(),
              QStringLiteral("江苏省 南京市 玄武区 中山路100号"));
}

TEST_F(CustomerTest, SearchesByEveryPhoneForm)
{
    create(m_agent, customerArgs(QStringLiteral("张三"), {QStringLiteral("13912345678"), QStringLiteral("025-88889999")}));
    for (const QString& form : {QStringLiteral("13912345678"), QStringLiteral("+8613912345678"), QStringLiteral("0086 139 1234 5678"),
                                QStringLiteral("139-1234-5678"), QStringLiteral("02588889999"), QStringLiteral("+86 25 8888 9999"),
                                QStringLiteral("88889999")})
        EXPECT_EQ(search(m_agent, QCborMap{{QStringLiteral("phone"), form}}).size(), 1) << form.toStdString();
    EXPECT_EQ(search(m_agent, QCborMap{{QStringLiteral("phone"), QStringLiteral("13900000000")}}).size(), 0);
    const auto invalid = m_harness->call(m_agent, QStringLiteral("customer.search"), QCborMap{{QStringLiteral("phone"), QStringLiteral("abc")}});
    EXPECT_EQ(invalid.error.code, ErrorCode::Validation);
    EXPECT_TRUE(invalid.error.fields.contains(QStringLiteral("phone")));
}

TEST_F(CustomerTest, SearchesChineseNamesOfEveryLengthWithTheIndex)
{
    create(m_agent, customerArgs(QStringLiteral("王芳"), {QStringLiteral("13911110001")}));
    create(m_agent, customerArgs(QStringLiteral("欧阳明华"), {QStringLiteral("13911110002")}));
    create(m_agent, customerArgs(QStringLiteral("王小明"), {QStringLiteral("13911110003")}));
    EXPECT_EQ(search(m_agent, QCborMap{{QStringLiteral("name"), QStringLiteral("王芳")}}).size(), 1);
    EXPECT_EQ(search(m_agent, QCborMap{{QStringLiteral("name"), QStringLiteral("王")}}).size(), 2);
    EXPECT_EQ(search(m_agent, QCborMap{{QStringLiteral("name"), QStringLiteral("明华")}}).size(), 1);
    EXPECT_EQ(search(m_agent, QCborMap{{QStringLiteral("name"), QStringLiteral("欧阳明华")}}).size(), 1);
    EXPECT_EQ(search(m_agent, QCborMap{{QStringLiteral("name"), QStringLiteral("芳王")}}).size(), 0);

    // The two-character query uses the gram index, not a sequential scan.
    pqxx::work tx(m_harness->connection());
    tx.exec0("SET LOCAL enable_seqscan = off");
    std::string plan;
    for (const auto& row : tx.exec("EXPLAIN SELECT id FROM customer c WHERE c.name_grams @> csm_query_grams('王芳')"))
        plan += row[0].as<std::string>() + "\n";
    EXPECT_NE(plan.find("customer_name_grams_idx"), std::string::npos) << plan;
}

TEST_F(CustomerTest, SearchesByIdNumberAndAddress)
{
    create(m_agent, customerArgs(QStringLiteral("张三"), {QStringLiteral("13912345678")}));
    EXPECT_EQ(search(m_agent, QCborMap{{QStringLiteral("id_number"), QStringLiteral("11010519491231002x")}}).size(), 1);
    EXPECT_EQ(search(m_agent, QCborMap{{QStringLiteral("address"), QStringLiteral("玄武区 中山路")}}).size(), 1);
    EXPECT_EQ(search(m_agent, QCborMap{{QStringLiteral("address"), QStringLiteral("中山路")}}).size(), 1);
    EXPECT_EQ(search(m_agent, QCborMap{{QStringLiteral("address"), QStringLiteral("100%")}}).size(), 0);
    const auto badId = m_harness->call(m_agent, QStringLiteral("customer.search"),
                                       QCborMap{{QStringLiteral("id_number"), QStringLiteral("110105194912310021")}});
    EXPECT_TRUE(badId.error.fields.contains(QStringLiteral("id_number")));
    // Several criteria at once must all match.
    EXPECT_EQ(search(m_agent, QCborMap{{QStringLiteral("name"), QStringLiteral("张")}, {QStringLiteral("phone"), QStringLiteral("13912345678")}}).size(), 1);
    EXPECT_EQ(search(m_agent, QCborMap{{QStringLiteral("name"), QStringLiteral("李")}, {QStringLiteral("phone"), QStringLiteral("13912345678")}}).size(), 0);
}

TEST_F(CustomerTest, PagesWithCursor)
{
    for (int i = 0; i < 7; ++i)
        create(m_agent, customerArgs(QStringLiteral("李四%1").arg(i), {QStringLiteral("1391234560%1").arg(i)}));
    QString cursor;
    int seen = 0;
    int pages = 0;
    do {
        QCborMap args{{QStringLiteral("name"), QStringLiteral("李四")}, {QStringLiteral("limit"), 3}};
        if (!cursor.isEmpty())
            args.insert(QStringLiteral("cursor"), cursor);
        const auto response = m_harness->call(m_agent, QStringLiteral("customer.search"), args);
        ASSERT_TRUE(response.ok);
        seen += response.result.toMap().value(QStringLiteral("items")).toArray().size();
        cursor = response.result.toMap().value(QStringLiteral("cursor")).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    EXPECT_EQ(seen, 7);
    EXPECT_EQ(pages, 3);
}

TEST_F(CustomerTest, StaleUpdateIsAConflict)
{
    const QCborMap customer = create(m_agent, customerArgs(QStringLiteral("张三"), {QStringLiteral("13912345678")}));
    const qint64 id = customer.value(QStringLiteral("id")).toInteger();
    const auto first = m_harness->call(m_agent, QStringLiteral("customer.update"),
                                       QCborMap{{QStringLiteral("id"), id}, {QStringLiteral("version"), 1},
                                                {QStringLiteral("name"), QStringLiteral("张三丰")}});
    ASSERT_TRUE(first.ok) << first.error.message.toStdString();
    EXPECT_EQ(first.result.toMap().value(QStringLiteral("version")).toInteger(), 2);
    EXPECT_EQ(first.result.toMap().value(QStringLiteral("phones")).toArray().size(), 1);
    const auto stale = m_harness->call(m_agent, QStringLiteral("customer.update"),
                                       QCborMap{{QStringLiteral("id"), id}, {QStringLiteral("version"), 1},
                                                {QStringLiteral("name"), QStringLiteral("张四")}});
    EXPECT_EQ(stale.error.code, ErrorCode::Conflict);
    const auto got = m_harness->call(m_agent, QStringLiteral("customer.get"), QCborMap{{QStringLiteral("id"), id}});
    EXPECT_EQ(got.result.toMap().value(QStringLiteral("name")).toString(), QStringLiteral("张三丰"));
}

TEST_F(CustomerTest, ValidationNamesFieldsAndWritesNothing)
{
    QCborMap args = customerArgs(QString(), {QStringLiteral("12")});
    args.insert(QStringLiteral("id_number"), QStringLiteral("110105194912310021"));
    args.insert(QStringLiteral("email"), QStringLiteral("not-an-email"));
    const auto response = m_harness->call(m_agent, QStringLiteral("customer.create"), args);
    ASSERT_EQ(response.error.code, ErrorCode::Validation);
    for (const char* field : {"name", "phones", "id_number", "email"})
        EXPECT_TRUE(response.error.fields.contains(QLatin1String(field))) << field;

    QCborMap badRegion = customerArgs(QStringLiteral("张三"), {QStringLiteral("13912345678")});
    badRegion.insert(QStringLiteral("address"), QCborMap{{QStringLiteral("province"), QStringLiteral("320000")},
                                                         {QStringLiteral("city"), QStringLiteral("330100")}});
    EXPECT_EQ(m_harness->call(m_agent, QStringLiteral("customer.create"), badRegion).error.code, ErrorCode::Validation);

    QCborMap tooLong = customerArgs(QString(60, QChar(0x5F20)), {QStringLiteral("13912345678")});
    EXPECT_TRUE(m_harness->call(m_agent, QStringLiteral("customer.create"), tooLong).error.fields.contains(QStringLiteral("name")));

    pqxx::nontransaction tx(m_harness->connection());
    EXPECT_EQ(tx.exec1("SELECT count(*) FROM customer")[0].as<int>(), 0);
    EXPECT_EQ(tx.exec1("SELECT count(*) FROM customer_phone")[0].as<int>(), 0);
}

TEST_F(CustomerTest, ServicePointSeesOnlyItsSubtree)
{
    const QCborMap mine = create(m_pointA, customerArgs(QStringLiteral("赵六"), {QStringLiteral("13700000001")}));
    const qint64 id = mine.value(QStringLiteral("id")).toInteger();
    EXPECT_EQ(search(m_pointA, QCborMap{{QStringLiteral("phone"), QStringLiteral("13700000001")}}).size(), 1);
    EXPECT_EQ(search(m_pointB, QCborMap{{QStringLiteral("phone"), QStringLiteral("13700000001")}}).size(), 0);
    EXPECT_EQ(search(m_agent, QCborMap{{QStringLiteral("phone"), QStringLiteral("13700000001")}}).size(), 1);   // HQ sees all
    EXPECT_EQ(m_harness->call(m_pointB, QStringLiteral("customer.get"), QCborMap{{QStringLiteral("id"), id}}).error.code,
              ErrorCode::NotFound);
    EXPECT_EQ(m_harness->call(m_pointB, QStringLiteral("customer.update"),
                              QCborMap{{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}, {QStringLiteral("name"), QStringLiteral("x")}})
                  .error.code,
              ErrorCode::NotFound);
    // HQ-owned customers are not visible to a point.
    const QCborMap hq = create(m_agent, customerArgs(QStringLiteral("钱七"), {QStringLiteral("13700000002")}));
    EXPECT_EQ(m_harness->call(m_pointA, QStringLiteral("customer.get"),
                              QCborMap{{QStringLiteral("id"), hq.value(QStringLiteral("id")).toInteger()}}).error.code,
              ErrorCode::NotFound);
}

TEST_F(CustomerTest, RevealingTheIdNumberNeedsPermissionAndIsAudited)
{
    const qint64 id = create(m_agent, customerArgs(QStringLiteral("张三"), {QStringLiteral("13912345678")})).value(QStringLiteral("id")).toInteger();
    EXPECT_EQ(m_harness->call(m_agent, QStringLiteral("customer.id_number.reveal"), QCborMap{{QStringLiteral("id"), id}}).error.code,
              ErrorCode::PermissionDenied);
    const auto revealed = m_harness->call(m_super, QStringLiteral("customer.id_number.reveal"), QCborMap{{QStringLiteral("id"), id}});
    ASSERT_TRUE(revealed.ok);
    EXPECT_EQ(revealed.result.toMap().value(QStringLiteral("id_number")).toString(), kIdNumber);
    pqxx::nontransaction tx(m_harness->connection());
    EXPECT_EQ(tx.exec1("SELECT count(*) FROM audit_log WHERE action = 'customer.id_number.view' AND entity_id = "
                       + std::to_string(id) + " AND user_id = " + std::to_string(m_super->userId))[0].as<int>(), 1);
    EXPECT_EQ(tx.exec1("SELECT count(*) FROM audit_log WHERE action = 'customer.create'")[0].as<int>(), 1);
}

TEST_F(CustomerTest, IdempotentCreateReturnsTheFirstAnswer)
{
    const auto args = customerArgs(QStringLiteral("张三"), {QStringLiteral("13912345678")});
    const auto first = m_harness->call(m_agent, QStringLiteral("customer.create"), args, QStringLiteral("key-1"));
    const auto again = m_harness->call(m_agent, QStringLiteral("customer.create"), args, QStringLiteral("key-1"));
    ASSERT_TRUE(first.ok);
    ASSERT_TRUE(again.ok);
    EXPECT_EQ(first.result.toMap().value(QStringLiteral("id")), again.result.toMap().value(QStringLiteral("id")));
    pqxx::nontransaction tx(m_harness->connection());
    EXPECT_EQ(tx.exec1("SELECT count(*) FROM customer")[0].as<int>(), 1);
}
