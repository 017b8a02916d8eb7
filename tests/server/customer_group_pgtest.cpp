// Customer groups: segment rules → the right customers and counts on a small known data set,
// bad rules with clear errors, org scope, static members, versions and audit.
#include "tests/support/op_harness.h"
#include "tests/support/pg_test.h"

#include <QCborArray>

using namespace csm;
using common::ErrorCode;

namespace {

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QCborMap rule(const QCborArray& conditions)
{
    return QCborMap{{QStringLiteral("conditions"), conditions}};
}

QCborMap condition(const QString& type, const QCborMap& keys = {})
{
    QCborMap map = keys;
    map.insert(QStringLiteral("type"), type);
    return map;
}

QCborMap product(const QString& category, const QCborMap& keys = {})
{
    QCborMap map = keys;
    map.insert(QStringLiteral("category"), category);
    return condition(QStringLiteral("product"), map);
}

QCborMap values(const QString& type, const QStringList& list)
{
    QCborArray array;
    for (const QString& item : list)
        array.append(item);
    return condition(type, {{QStringLiteral("values"), array}});
}

class CustomerGroupTest : public test::PgTest {
protected:
    void SetUp() override
    {
        PgTest::SetUp();
        m_harness = std::make_unique<test::OpHarness>(m_dsn);
        m_harness->createOrgUnit(QStringLiteral("HQ"), QStringLiteral("point"), QStringLiteral("SPA"), QStringLiteral("Point A"));
        m_harness->createOrgUnit(QStringLiteral("HQ"), QStringLiteral("point"), QStringLiteral("SPB"), QStringLiteral("Point B"));
        m_admin = m_harness->createUser(QStringLiteral("admin1"), QStringLiteral("HQ"), {QStringLiteral("admin")});
        m_hq = m_harness->createUser(QStringLiteral("sup"), QStringLiteral("HQ"), {QStringLiteral("supervisor")});
        m_supA = m_harness->createUser(QStringLiteral("supa"), QStringLiteral("SPA"), {QStringLiteral("supervisor")});
        m_supB = m_harness->createUser(QStringLiteral("supb"), QStringLiteral("SPB"), {QStringLiteral("supervisor")});
        m_agent = m_harness->createUser(QStringLiteral("agent1"), QStringLiteral("HQ"), {QStringLiteral("agent")});
        const qint64 spa = m_harness->orgUnitId(QStringLiteral("SPA"));
        const qint64 spb = m_harness->orgUnitId(QStringLiteral("SPB"));
        const QDate today = QDate::currentDate();

        // The data set (ages relative to today: c1 turns 30 today, c2 turns 30 tomorrow).
        m_c1 = customer(QStringLiteral("张一"), spa, {"320000", "320100", "320102"}, QStringLiteral("female"),
                        today.addYears(-30), 2, {QStringLiteral("老客户")}, QStringLiteral("教师"));
        m_c2 = customer(QStringLiteral("李二"), spa, {"320000", "320200", "320211"}, QStringLiteral("male"),
                        today.addYears(-30).addDays(1), 0, {}, QString());
        m_c3 = customer(QStringLiteral("王三"), spb, {"310000", "310100", "310101"}, QStringLiteral("female"),
                        today.addYears(-55), 5, {QStringLiteral("VIP"), QStringLiteral("老客户")}, QString());
        m_c4 = customer(QStringLiteral("赵四"), spb, {}, QStringLiteral("male"), QDate(), 1, {}, QString());
        m_c5 = customer(QStringLiteral("钱五"), 0, {"320000", "320100", "320102"}, QStringLiteral("female"),
                        today.addYears(-20), 0, {}, QString());

        pqxx::work tx(m_harness->connection());
        tx.exec0("INSERT INTO product_category (code, name, parent_code) VALUES ('AC', 'Air conditioners', NULL),"
                 " ('AC-WALL', 'Wall AC', 'AC'), ('RH', 'Range hoods', NULL), ('TV', 'TVs', NULL)");
        const auto model = [&tx](const char* code, const char* category) {
            return tx.exec_params1("INSERT INTO product_model (code, name, category_code) VALUES ($1, $1, $2) RETURNING id",
                                   std::string(code), std::string(category))[0].as<qint64>();
        };
        const qint64 wall = model("KFR-35GW", "AC-WALL");
        const qint64 hood = model("CXW-200", "RH");
        const qint64 tv = model("55E3H", "TV");
        const auto own = [&tx](qint64 customerId, qint64 modelId, const QString& bought) {
            tx.exec_params0("INSERT INTO customer_product (customer_id, model_id, purchase_date) VALUES ($1, $2, $3::date)",
                            customerId, modelId, bought.isEmpty() ? std::optional<std::string>() : bought.toStdString());
        };
        own(m_c1, hood, QStringLiteral("2020-03-01"));
        own(m_c1, wall, QStringLiteral("2024-06-01"));
        own(m_c2, hood, iso(today.addMonths(-6)));
        own(m_c3, tv, QStringLiteral("2021-05-05"));
        own(m_c3, hood, QString());   // date unknown
        own(m_c5, wall, QStringLiteral("2019-12-31"));
        tx.commit();
    }

    qint64 customer(const QString& name, qint64 orgUnit, std::initializer_list<const char*> region, const QString& gender,
                    const QDate& born, int vip, const QStringList& tags, const QString& occupation)
    {
        QCborMap args{{QStringLiteral("name"), name},
                      {QStringLiteral("phones"), QCborArray{QStringLiteral("1380000%1").arg(++m_phone, 4, 10, QLatin1Char('0'))}},
                      {QStringLiteral("gender"), gender},
                      {QStringLiteral("vip_level"), vip}};
        if (orgUnit > 0)
            args.insert(QStringLiteral("org_unit_id"), orgUnit);
        if (region.size() == 3) {
            auto it = region.begin();
            args.insert(QStringLiteral("address"), QCborMap{{QStringLiteral("province"), QString::fromLatin1(it[0])},
                                                            {QStringLiteral("city"), QString::fromLatin1(it[1])},
                                                            {QStringLiteral("district"), QString::fromLatin1(it[2])}});
        }
        if (born.isValid())
            args.insert(QStringLiteral("birth_date"), iso(born));
        QCborArray tagList;
        for (const QString& tag : tags)
            tagList.append(tag);
        args.insert(QStringLiteral("tags"), tagList);
        if (!occupation.isEmpty())
            args.insert(QStringLiteral("occupation"), occupation);
        return ok(m_admin, QStringLiteral("customer.create"), args).value(QStringLiteral("id")).toInteger();
    }

    QCborMap ok(const server::SessionPtr& session, const QString& op, const QCborMap& args = {})
    {
        const auto response = m_harness->call(session, op, args);
        EXPECT_TRUE(response.ok) << op.toStdString() << ": " << response.error.message.toStdString() << " "
                                 << (response.error.fields.isEmpty() ? std::string()
                                                                     : response.error.fields.first().toStdString());
        return response.result.toMap();
    }
    common::ErrorInfo fail(const server::SessionPtr& session, const QString& op, const QCborMap& args)
    {
        const auto response = m_harness->call(session, op, args);
        EXPECT_FALSE(response.ok) << op.toStdString();
        return response.error;
    }
    qint64 count(const QCborArray& conditions, const server::SessionPtr& session = {})
    {
        return ok(session ? session : m_hq, QStringLiteral("customer.group.preview"),
                  {{QStringLiteral("rule"), rule(conditions)}})
            .value(QStringLiteral("count"))
            .toInteger(-1);
    }
    // The customer ids of a group's members, all pages.
    QList<qint64> members(const server::SessionPtr& session, qint64 groupId, int pageSize = 2)
    {
        QList<qint64> ids;
        QString cursor;
        for (int pages = 0; pages < 20; ++pages) {
            QCborMap args{{QStringLiteral("id"), groupId}, {QStringLiteral("limit"), pageSize}};
            if (!cursor.isEmpty())
                args.insert(QStringLiteral("cursor"), cursor);
            const QCborMap page = ok(session, QStringLiteral("customer.group.members"), args);
            for (const QCborValue& item : page.value(QStringLiteral("items")).toArray())
                ids.append(item.toMap().value(QStringLiteral("id")).toInteger());
            cursor = page.value(QStringLiteral("cursor")).toString();
            if (cursor.isEmpty())
                break;
        }
        return ids;
    }
    QCborMap createGroup(const server::SessionPtr& session, const QString& name, const QString& kind,
                         const QCborValue& ruleValue = {})
    {
        QCborMap args{{QStringLiteral("name"), name}, {QStringLiteral("kind"), kind}};
        if (!ruleValue.isUndefined())
            args.insert(QStringLiteral("rule"), ruleValue);
        return ok(session, QStringLiteral("customer.group.create"), args);
    }
    // The field a validation error names (the first).
    QString badField(const server::SessionPtr& session, const QString& op, const QCborMap& args)
    {
        const auto error = fail(session, op, args);
        EXPECT_EQ(error.code, ErrorCode::Validation) << error.message.toStdString();
        return error.fields.isEmpty() ? QString() : error.fields.firstKey();
    }
    QString badRule(const QCborValue& ruleValue)
    {
        return badField(m_hq, QStringLiteral("customer.group.preview"), {{QStringLiteral("rule"), ruleValue}});
    }

    std::unique_ptr<test::OpHarness> m_harness;
    server::SessionPtr m_admin, m_hq, m_supA, m_supB, m_agent;
    qint64 m_c1 = 0, m_c2 = 0, m_c3 = 0, m_c4 = 0, m_c5 = 0;
    int m_phone = 0;
};

} // namespace

TEST_F(CustomerGroupTest, ProductConditionsMatchCategoryTreeAndDates)
{
    EXPECT_EQ(count({product(QStringLiteral("RH"))}), 3);            // c1, c2, c3 (date unknown counts without a range)
    EXPECT_EQ(count({product(QStringLiteral("TV"))}), 1);
    // A parent category covers its sub-categories.
    EXPECT_EQ(count({product(QStringLiteral("AC"))}), 2);            // c1, c5 (wall ACs)
    EXPECT_EQ(count({product(QStringLiteral("AC-WALL"))}), 2);
    // Date ranges are inclusive; an unknown purchase date never matches a range.
    EXPECT_EQ(count({product(QStringLiteral("RH"), {{QStringLiteral("purchased_to"), QStringLiteral("2022-12-31")}})}), 1);
    EXPECT_EQ(count({product(QStringLiteral("AC"), {{QStringLiteral("purchased_from"), QStringLiteral("2019-12-31")},
                                                    {QStringLiteral("purchased_to"), QStringLiteral("2019-12-31")}})}),
              1);
    EXPECT_EQ(count({product(QStringLiteral("AC"), {{QStringLiteral("purchased_from"), QStringLiteral("2024-01-01")}})}), 1);
    // "Bought a range hood more than 2 years ago": c1 (2020), not c2 (6 months ago), not c3 (unknown).
    EXPECT_EQ(count({product(QStringLiteral("RH"), {{QStringLiteral("older_than_months"), 24}})}), 1);
    EXPECT_EQ(count({product(QStringLiteral("RH"), {{QStringLiteral("older_than_months"), 5}})}), 2);
    // Two product conditions: a product for each.
    EXPECT_EQ(count({product(QStringLiteral("RH")), product(QStringLiteral("AC"))}), 1);   // c1
    EXPECT_EQ(count({product(QStringLiteral("RH")), product(QStringLiteral("TV"))}), 1);   // c3
    EXPECT_EQ(count({product(QStringLiteral("TV")), product(QStringLiteral("AC"))}), 0);
}

TEST_F(CustomerGroupTest, CustomerFieldConditions)
{
    // A region at any level, with everything below it.
    EXPECT_EQ(count({values(QStringLiteral("region"), {QStringLiteral("320000")})}), 3);    // c1, c2, c5
    EXPECT_EQ(count({values(QStringLiteral("region"), {QStringLiteral("320100")})}), 2);    // c1, c5
    EXPECT_EQ(count({values(QStringLiteral("region"), {QStringLiteral("320102")})}), 2);
    EXPECT_EQ(count({values(QStringLiteral("region"), {QStringLiteral("320200"), QStringLiteral("310000")})}), 2);
    EXPECT_EQ(count({condition(QStringLiteral("gender"), {{QStringLiteral("value"), QStringLiteral("female")}})}), 3);
    // Ages in whole years: c1 is 30 today, c2 is 29 until tomorrow, c4 has no birth date.
    EXPECT_EQ(count({condition(QStringLiteral("age"), {{QStringLiteral("min"), 30}})}), 2);                    // c1, c3
    EXPECT_EQ(count({condition(QStringLiteral("age"), {{QStringLiteral("max"), 29}})}), 2);                    // c2, c5
    EXPECT_EQ(count({condition(QStringLiteral("age"), {{QStringLiteral("min"), 20}, {QStringLiteral("max"), 30}})}), 3);
    EXPECT_EQ(count({condition(QStringLiteral("vip_level"), {{QStringLiteral("min"), 1}})}), 3);              // c1, c3, c4
    EXPECT_EQ(count({condition(QStringLiteral("vip_level"), {{QStringLiteral("min"), 2}, {QStringLiteral("max"), 4}})}), 1);
    EXPECT_EQ(count({condition(QStringLiteral("vip_level"), {{QStringLiteral("max"), 0}})}), 2);
    EXPECT_EQ(count({values(QStringLiteral("tags"), {QStringLiteral("老客户")})}), 2);
    EXPECT_EQ(count({values(QStringLiteral("tags"), {QStringLiteral("VIP"), QStringLiteral("nobody")})}), 1);
    EXPECT_EQ(count({values(QStringLiteral("occupation"), {QStringLiteral("教师")})}), 1);
    EXPECT_EQ(count({values(QStringLiteral("income_band"), {QStringLiteral("高")})}), 0);
    // Everything together: all conditions must hold.
    EXPECT_EQ(count({values(QStringLiteral("region"), {QStringLiteral("320000")}),
                     condition(QStringLiteral("gender"), {{QStringLiteral("value"), QStringLiteral("female")}}),
                     product(QStringLiteral("RH"))}),
              1);
    // Text from the client is data, never SQL.
    EXPECT_EQ(count({values(QStringLiteral("tags"), {QStringLiteral("x'); DROP TABLE customer; --")})}), 0);
    EXPECT_EQ(count({values(QStringLiteral("region"), {QStringLiteral("320000")})}), 3);
}

TEST_F(CustomerGroupTest, SegmentMembersArePagedAndMatchTheRule)
{
    const QCborMap segment = createGroup(m_hq, QStringLiteral("Range hood owners"), QStringLiteral("segment"),
                                         rule({product(QStringLiteral("RH"))}));
    const qint64 id = segment.value(QStringLiteral("id")).toInteger();
    EXPECT_EQ(segment.value(QStringLiteral("kind")).toString(), QStringLiteral("segment"));
    EXPECT_TRUE(segment.value(QStringLiteral("member_count")).isNull());
    EXPECT_EQ(members(m_hq, id), (QList<qint64>{m_c1, m_c2, m_c3}));
    EXPECT_EQ(members(m_hq, id, 3), (QList<qint64>{m_c1, m_c2, m_c3}));
    EXPECT_EQ(ok(m_hq, QStringLiteral("customer.group.get"), {{QStringLiteral("id"), id}})
                  .value(QStringLiteral("member_count")).toInteger(), 3);
    EXPECT_EQ(ok(m_agent, QStringLiteral("customer.group.preview"), {{QStringLiteral("id"), id}})
                  .value(QStringLiteral("count")).toInteger(), 3);
    // The rule is stored as normalised: duplicates dropped, keys as sent.
    const QCborMap updated = ok(m_hq, QStringLiteral("customer.group.update"),
                                {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1},
                                 {QStringLiteral("rule"), rule({product(QStringLiteral("RH")),
                                                                values(QStringLiteral("region"), {QStringLiteral("320000"), QStringLiteral("320000")})})}});
    EXPECT_EQ(updated.value(QStringLiteral("version")).toInteger(), 2);
    const QCborMap got = ok(m_agent, QStringLiteral("customer.group.get"), {{QStringLiteral("id"), id}});
    EXPECT_EQ(got.value(QStringLiteral("member_count")).toInteger(), 2);
    const QCborArray stored = got.value(QStringLiteral("rule")).toMap().value(QStringLiteral("conditions")).toArray();
    ASSERT_EQ(stored.size(), 2);
    EXPECT_EQ(stored[1].toMap().value(QStringLiteral("values")).toArray(), QCborArray{QStringLiteral("320000")});
    EXPECT_EQ(members(m_agent, id), (QList<qint64>{m_c1, m_c2}));
}

TEST_F(CustomerGroupTest, BadRulesNameTheField)
{
    EXPECT_EQ(badRule(QStringLiteral("RH")), QStringLiteral("rule"));
    EXPECT_EQ(badRule(QCborMap{{QStringLiteral("conditions"), QCborArray{}}}), QStringLiteral("rule.conditions"));
    EXPECT_EQ(badRule(QCborMap{{QStringLiteral("match"), QStringLiteral("any")}, {QStringLiteral("conditions"), QCborArray{product(QStringLiteral("RH"))}}}),
              QStringLiteral("rule"));
    EXPECT_EQ(badRule(rule({condition(QStringLiteral("colour"))})), QStringLiteral("rule.conditions[0].type"));
    EXPECT_EQ(badRule(rule({product(QStringLiteral("RH"), {{QStringLiteral("colour"), QStringLiteral("red")}})})),
              QStringLiteral("rule.conditions[0].colour"));
    EXPECT_EQ(badRule(rule({product(QStringLiteral("RH"), {{QStringLiteral("purchased_from"), QStringLiteral("2024-02-30")}})})),
              QStringLiteral("rule.conditions[0].purchased_from"));
    EXPECT_EQ(badRule(rule({product(QStringLiteral("RH"), {{QStringLiteral("purchased_from"), QStringLiteral("2024-05-01")},
                                                          {QStringLiteral("purchased_to"), QStringLiteral("2024-04-01")}})})),
              QStringLiteral("rule.conditions[0].purchased_to"));
    EXPECT_EQ(badRule(rule({condition(QStringLiteral("product"))})), QStringLiteral("rule.conditions[0].category"));
    EXPECT_EQ(badRule(rule({condition(QStringLiteral("age"))})), QStringLiteral("rule.conditions[0]"));
    EXPECT_EQ(badRule(rule({condition(QStringLiteral("age"), {{QStringLiteral("min"), 50}, {QStringLiteral("max"), 40}})})),
              QStringLiteral("rule.conditions[0].min"));
    EXPECT_EQ(badRule(rule({condition(QStringLiteral("vip_level"), {{QStringLiteral("min"), 10}})})),
              QStringLiteral("rule.conditions[0].min"));
    EXPECT_EQ(badRule(rule({condition(QStringLiteral("gender"), {{QStringLiteral("value"), QStringLiteral("other")}})})),
              QStringLiteral("rule.conditions[0].value"));
    EXPECT_EQ(badRule(rule({values(QStringLiteral("region"), {QStringLiteral("32")})})), QStringLiteral("rule.conditions[0].values"));
    EXPECT_EQ(badRule(rule({values(QStringLiteral("tags"), {})})), QStringLiteral("rule.conditions[0].values"));
    EXPECT_EQ(badRule(rule({condition(QStringLiteral("gender"), {{QStringLiteral("value"), QStringLiteral("male")}}),
                            condition(QStringLiteral("gender"), {{QStringLiteral("value"), QStringLiteral("female")}})})),
              QStringLiteral("rule.conditions[1].type"));

    // The catalogue and the region tree: clear messages naming the condition.
    auto error = fail(m_hq, QStringLiteral("customer.group.preview"),
                      {{QStringLiteral("rule"), rule({product(QStringLiteral("RH")), product(QStringLiteral("SOFA")),
                                                      values(QStringLiteral("region"), {QStringLiteral("320000"), QStringLiteral("999999")})})}});
    EXPECT_EQ(error.code, ErrorCode::Validation);
    EXPECT_EQ(error.fields.value(QStringLiteral("rule.conditions[1].category")), QStringLiteral("unknown product category 'SOFA'"));
    EXPECT_EQ(error.fields.value(QStringLiteral("rule.conditions[2].values")), QStringLiteral("unknown region '999999'"));
    EXPECT_EQ(error.fields.size(), 2);

    // Group fields.
    EXPECT_EQ(badField(m_hq, QStringLiteral("customer.group.create"),
                       {{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("kind"), QStringLiteral("smart")}}),
              QStringLiteral("kind"));
    EXPECT_EQ(badField(m_hq, QStringLiteral("customer.group.create"),
                       {{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("kind"), QStringLiteral("segment")}}),
              QStringLiteral("rule"));
    EXPECT_EQ(badField(m_hq, QStringLiteral("customer.group.create"),
                       {{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("kind"), QStringLiteral("static")},
                        {QStringLiteral("rule"), rule({product(QStringLiteral("RH"))})}}),
              QStringLiteral("rule"));
    EXPECT_EQ(badField(m_hq, QStringLiteral("customer.group.create"),
                       {{QStringLiteral("name"), QString(101, QLatin1Char('n'))}, {QStringLiteral("kind"), QStringLiteral("static")}}),
              QStringLiteral("name"));
    createGroup(m_hq, QStringLiteral("Hotline VIPs"), QStringLiteral("static"));
    EXPECT_EQ(badField(m_hq, QStringLiteral("customer.group.create"),
                       {{QStringLiteral("name"), QStringLiteral("hotline vips")}, {QStringLiteral("kind"), QStringLiteral("static")}}),
              QStringLiteral("name"));
    // ...but another unit may use the name.
    createGroup(m_supA, QStringLiteral("Hotline VIPs"), QStringLiteral("static"));
}

TEST_F(CustomerGroupTest, GroupsAndSegmentsFollowTheOrgScope)
{
    // Point A's segment counts point A's customers only, whoever looks at it.
    EXPECT_EQ(count({product(QStringLiteral("RH"))}, m_supA), 2);     // c1, c2
    EXPECT_EQ(count({product(QStringLiteral("RH"))}, m_supB), 1);     // c3
    const qint64 segmentA = createGroup(m_supA, QStringLiteral("A hoods"), QStringLiteral("segment"),
                                        rule({product(QStringLiteral("RH"))}))
                                .value(QStringLiteral("id")).toInteger();
    EXPECT_EQ(ok(m_hq, QStringLiteral("customer.group.get"), {{QStringLiteral("id"), segmentA}})
                  .value(QStringLiteral("member_count")).toInteger(), 2);
    EXPECT_EQ(members(m_hq, segmentA), (QList<qint64>{m_c1, m_c2}));
    // Point B does not see it; HQ sees both units' groups.
    EXPECT_EQ(fail(m_supB, QStringLiteral("customer.group.get"), {{QStringLiteral("id"), segmentA}}).code, ErrorCode::NotFound);
    EXPECT_EQ(fail(m_supB, QStringLiteral("customer.group.members"), {{QStringLiteral("id"), segmentA}}).code, ErrorCode::NotFound);
    createGroup(m_supB, QStringLiteral("B list"), QStringLiteral("static"));
    createGroup(m_hq, QStringLiteral("HQ list"), QStringLiteral("static"));
    auto names = [this](const server::SessionPtr& session, const QCborMap& args = {}) {
        QStringList list;
        for (const QCborValue& item : ok(session, QStringLiteral("customer.group.list"), args).value(QStringLiteral("items")).toArray())
            list.append(item.toMap().value(QStringLiteral("name")).toString());
        return list;
    };
    EXPECT_EQ(names(m_hq), (QStringList{QStringLiteral("A hoods"), QStringLiteral("B list"), QStringLiteral("HQ list")}));
    EXPECT_EQ(names(m_supA), QStringList{QStringLiteral("A hoods")});
    EXPECT_EQ(names(m_supB), QStringList{QStringLiteral("B list")});
    EXPECT_EQ(names(m_hq, {{QStringLiteral("kind"), QStringLiteral("static")}}),
              (QStringList{QStringLiteral("B list"), QStringLiteral("HQ list")}));
    // Paging through the list.
    const QCborMap first = ok(m_hq, QStringLiteral("customer.group.list"), {{QStringLiteral("limit"), 2}});
    EXPECT_EQ(first.value(QStringLiteral("items")).toArray().size(), 2);
    const QCborMap second = ok(m_hq, QStringLiteral("customer.group.list"),
                               {{QStringLiteral("limit"), 2}, {QStringLiteral("cursor"), first.value(QStringLiteral("cursor"))}});
    EXPECT_EQ(second.value(QStringLiteral("items")).toArray().size(), 1);
    EXPECT_EQ(second.value(QStringLiteral("cursor")).toString(), QString());
    // HQ may create a group for a unit of its subtree; a point may not reach outside its own.
    const QCborMap forB = ok(m_hq, QStringLiteral("customer.group.create"),
                             {{QStringLiteral("name"), QStringLiteral("For B")}, {QStringLiteral("kind"), QStringLiteral("static")},
                              {QStringLiteral("org_unit_id"), m_harness->orgUnitId(QStringLiteral("SPB"))}});
    EXPECT_EQ(forB.value(QStringLiteral("org_unit_name")).toString(), QStringLiteral("Point B"));
    EXPECT_EQ(badField(m_supA, QStringLiteral("customer.group.preview"),
                       {{QStringLiteral("rule"), rule({product(QStringLiteral("RH"))})},
                        {QStringLiteral("org_unit_id"), m_harness->orgUnitId(QStringLiteral("SPB"))}}),
              QStringLiteral("org_unit_id"));
}

TEST_F(CustomerGroupTest, StaticMembersAddRemoveAndScope)
{
    const qint64 list = createGroup(m_hq, QStringLiteral("Call back in spring"), QStringLiteral("static"))
                            .value(QStringLiteral("id")).toInteger();
    QCborMap added = ok(m_hq, QStringLiteral("customer.group.add_members"),
                        {{QStringLiteral("id"), list}, {QStringLiteral("customer_ids"), QCborArray{m_c3, m_c1, m_c1}}});
    EXPECT_EQ(added.value(QStringLiteral("added")).toInteger(), 2);
    EXPECT_EQ(added.value(QStringLiteral("member_count")).toInteger(), 2);
    added = ok(m_hq, QStringLiteral("customer.group.add_members"),
               {{QStringLiteral("id"), list}, {QStringLiteral("customer_ids"), QCborArray{m_c1, m_c5}}});
    EXPECT_EQ(added.value(QStringLiteral("added")).toInteger(), 1);
    EXPECT_EQ(added.value(QStringLiteral("member_count")).toInteger(), 3);
    EXPECT_EQ(members(m_agent, list), (QList<qint64>{m_c1, m_c3, m_c5}));
    const QCborMap row = ok(m_agent, QStringLiteral("customer.group.members"), {{QStringLiteral("id"), list}})
                             .value(QStringLiteral("items")).toArray()[0].toMap();
    EXPECT_EQ(row.value(QStringLiteral("name")).toString(), QStringLiteral("张一"));
    EXPECT_EQ(row.value(QStringLiteral("vip_level")).toInteger(), 2);
    EXPECT_FALSE(row.value(QStringLiteral("added_at")).toString().isEmpty());
    EXPECT_EQ(ok(m_agent, QStringLiteral("customer.group.list"), {}).value(QStringLiteral("items")).toArray()[0]
                  .toMap().value(QStringLiteral("member_count")).toInteger(), 3);

    const QCborMap removed = ok(m_hq, QStringLiteral("customer.group.remove_members"),
                                {{QStringLiteral("id"), list}, {QStringLiteral("customer_ids"), QCborArray{m_c3, m_c2}}});
    EXPECT_EQ(removed.value(QStringLiteral("removed")).toInteger(), 1);
    EXPECT_EQ(removed.value(QStringLiteral("member_count")).toInteger(), 2);
    EXPECT_EQ(ok(m_hq, QStringLiteral("customer.group.preview"), {{QStringLiteral("id"), list}})
                  .value(QStringLiteral("count")).toInteger(), 2);

    // Point A's own list: its customers only. A point B customer does not exist for point A.
    const qint64 listA = createGroup(m_supA, QStringLiteral("A list"), QStringLiteral("static"))
                             .value(QStringLiteral("id")).toInteger();
    EXPECT_EQ(fail(m_supA, QStringLiteral("customer.group.add_members"),
                   {{QStringLiteral("id"), listA}, {QStringLiteral("customer_ids"), QCborArray{m_c1, m_c3}}}).code,
              ErrorCode::NotFound);
    // HQ sees c3 but it is outside point A's subtree.
    EXPECT_EQ(badField(m_hq, QStringLiteral("customer.group.add_members"),
                       {{QStringLiteral("id"), listA}, {QStringLiteral("customer_ids"), QCborArray{m_c3}}}),
              QStringLiteral("customer_ids"));
    EXPECT_EQ(ok(m_hq, QStringLiteral("customer.group.get"), {{QStringLiteral("id"), listA}})
                  .value(QStringLiteral("member_count")).toInteger(), 0);
    EXPECT_EQ(badField(m_hq, QStringLiteral("customer.group.add_members"),
                       {{QStringLiteral("id"), list}, {QStringLiteral("customer_ids"), QCborArray{}}}),
              QStringLiteral("customer_ids"));
    // A segment's members follow its rule.
    const qint64 segment = createGroup(m_hq, QStringLiteral("TV owners"), QStringLiteral("segment"),
                                       rule({product(QStringLiteral("TV"))}))
                               .value(QStringLiteral("id")).toInteger();
    EXPECT_EQ(badField(m_hq, QStringLiteral("customer.group.add_members"),
                       {{QStringLiteral("id"), segment}, {QStringLiteral("customer_ids"), QCborArray{m_c1}}}),
              QStringLiteral("id"));

    // The count follows member rows whoever removes them (here: the customer goes).
    {
        pqxx::work tx(m_harness->connection());
        tx.exec_params0("DELETE FROM customer_product WHERE customer_id = $1", m_c5);
        tx.exec_params0("DELETE FROM customer WHERE id = $1", m_c5);
        tx.commit();
    }
    EXPECT_EQ(ok(m_hq, QStringLiteral("customer.group.get"), {{QStringLiteral("id"), list}})
                  .value(QStringLiteral("member_count")).toInteger(), 1);
}

TEST_F(CustomerGroupTest, VersionsDeleteAndAudit)
{
    const qint64 id = createGroup(m_hq, QStringLiteral("Old name"), QStringLiteral("static")).value(QStringLiteral("id")).toInteger();
    ok(m_hq, QStringLiteral("customer.group.add_members"), {{QStringLiteral("id"), id}, {QStringLiteral("customer_ids"), QCborArray{m_c1}}});
    const QCborMap renamed = ok(m_hq, QStringLiteral("customer.group.update"),
                                {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1},
                                 {QStringLiteral("name"), QStringLiteral(" New   name ")},
                                 {QStringLiteral("description"), QStringLiteral("for the spring campaign")}});
    EXPECT_EQ(renamed.value(QStringLiteral("name")).toString(), QStringLiteral("New name"));
    EXPECT_EQ(renamed.value(QStringLiteral("version")).toInteger(), 2);
    EXPECT_EQ(renamed.value(QStringLiteral("member_count")).toInteger(), 1);
    EXPECT_EQ(fail(m_hq, QStringLiteral("customer.group.update"),
                   {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}, {QStringLiteral("name"), QStringLiteral("Again")}}).code,
              ErrorCode::Conflict);
    EXPECT_EQ(badField(m_hq, QStringLiteral("customer.group.update"),
                       {{QStringLiteral("id"), id}, {QStringLiteral("version"), 2},
                        {QStringLiteral("rule"), rule({product(QStringLiteral("RH"))})}}),
              QStringLiteral("rule"));
    EXPECT_EQ(badField(m_hq, QStringLiteral("customer.group.update"),
                       {{QStringLiteral("id"), id}, {QStringLiteral("version"), 2}, {QStringLiteral("kind"), QStringLiteral("segment")}}),
              QStringLiteral("kind"));
    // Agents read but do not change groups.
    EXPECT_EQ(fail(m_agent, QStringLiteral("customer.group.delete"), {{QStringLiteral("id"), id}, {QStringLiteral("version"), 2}}).code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(fail(m_hq, QStringLiteral("customer.group.delete"), {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}}).code,
              ErrorCode::Conflict);
    EXPECT_EQ(ok(m_hq, QStringLiteral("customer.group.delete"), {{QStringLiteral("id"), id}, {QStringLiteral("version"), 2}})
                  .value(QStringLiteral("id")).toInteger(), id);
    EXPECT_EQ(fail(m_hq, QStringLiteral("customer.group.get"), {{QStringLiteral("id"), id}}).code, ErrorCode::NotFound);

    pqxx::read_transaction tx(m_harness->connection());
    EXPECT_EQ(tx.exec1("SELECT count(*) FROM customer WHERE id IN (" + std::to_string(m_c1) + ")")[0].as<int>(), 1);
    EXPECT_EQ(tx.exec1("SELECT count(*) FROM customer_group_member")[0].as<int>(), 0);
    EXPECT_EQ(tx.exec1("SELECT string_agg(action, ',' ORDER BY id) FROM audit_log WHERE entity = 'customer_group'")[0]
                  .as<std::string>(),
              "customer.group.create,customer.group.add_members,customer.group.update,customer.group.delete");
}

TEST_F(CustomerGroupTest, CategoryListForPickers)
{
    const QCborArray items = ok(m_agent, QStringLiteral("product.category.list")).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 4);
    EXPECT_EQ(items[1].toMap().value(QStringLiteral("code")).toString(), QStringLiteral("AC-WALL"));
    EXPECT_EQ(items[1].toMap().value(QStringLiteral("parent_code")).toString(), QStringLiteral("AC"));
    EXPECT_EQ(items[0].toMap().value(QStringLiteral("parent_code")).toString(), QString());
}
