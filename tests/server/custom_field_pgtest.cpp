// Custom fields of customers: definitions (admin only, never deleted, versioned, audited),
// the rules that keep stored values meaningful (type fixed once used, options in use kept),
// and the `custom` values of customers — every validation case names `custom.<code>`.
#include "tests/support/op_harness.h"
#include "tests/support/pg_test.h"

#include "common/model/custom_field.h"

#include <QCborArray>

using namespace csm;
using common::ErrorCode;

namespace {

QCborMap merged(QCborMap base, const QCborMap& extra)
{
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

class CustomFieldTest : public test::PgTest {
protected:
    void SetUp() override
    {
        PgTest::SetUp();
        m_harness = std::make_unique<test::OpHarness>(m_dsn);
        m_admin = m_harness->createUser(QStringLiteral("admin1"), QStringLiteral("HQ"), {QStringLiteral("admin")});
        m_agent = m_harness->createUser(QStringLiteral("agent1"), QStringLiteral("HQ"), {QStringLiteral("agent")});
    }

    QCborMap ok(const server::SessionPtr& session, const QString& op, const QCborMap& args = {})
    {
        const auto response = m_harness->call(session, op, args);
        EXPECT_TRUE(response.ok) << op.toStdString() << ": " << response.error.message.toStdString() << " "
                                 << QStringList(response.error.fields.keys()).join(',').toStdString();
        return response.result.toMap();
    }
    common::ErrorInfo fail(const server::SessionPtr& session, const QString& op, const QCborMap& args)
    {
        const auto response = m_harness->call(session, op, args);
        EXPECT_FALSE(response.ok) << op.toStdString();
        return response.error;
    }
    // The field a validation error names (the first), or the code when it is not `validation`.
    QString problemField(const server::SessionPtr& session, const QString& op, const QCborMap& args)
    {
        const auto error = fail(session, op, args);
        if (error.code != ErrorCode::Validation)
            return QStringLiteral("<%1>").arg(common::errorCodeName(error.code));
        return error.fields.isEmpty() ? QString() : error.fields.firstKey();
    }

    QCborMap define(const QCborMap& args) { return ok(m_admin, QStringLiteral("customer.field.create"), args); }

    // Four fields, one of each type; "household" (number) is required.
    void defineStandardFields()
    {
        m_source = define({{QStringLiteral("code"), QStringLiteral("source")},
                           {QStringLiteral("label_en"), QStringLiteral("Source")},
                           {QStringLiteral("label_zh"), QStringLiteral("来源")},
                           {QStringLiteral("type"), QStringLiteral("text")},
                           {QStringLiteral("max_length"), 10}});
        m_household = define({{QStringLiteral("code"), QStringLiteral("household")},
                              {QStringLiteral("label_en"), QStringLiteral("Household size")},
                              {QStringLiteral("label_zh"), QStringLiteral("家庭人数")},
                              {QStringLiteral("type"), QStringLiteral("number")},
                              {QStringLiteral("required"), true},
                              {QStringLiteral("min"), 1},
                              {QStringLiteral("max"), 20}});
        m_moved = define({{QStringLiteral("code"), QStringLiteral("moved_in")},
                          {QStringLiteral("label_en"), QStringLiteral("Moved in")},
                          {QStringLiteral("label_zh"), QStringLiteral("入住日期")},
                          {QStringLiteral("type"), QStringLiteral("date")},
                          {QStringLiteral("min"), QStringLiteral("2000-01-01")}});
        m_heating = define({{QStringLiteral("code"), QStringLiteral("heating")},
                            {QStringLiteral("label_en"), QStringLiteral("Heating")},
                            {QStringLiteral("label_zh"), QStringLiteral("供暖方式")},
                            {QStringLiteral("type"), QStringLiteral("choice")},
                            {QStringLiteral("options"),
                             QCborArray{QCborMap{{QStringLiteral("value"), QStringLiteral("gas")},
                                                 {QStringLiteral("label_en"), QStringLiteral("Gas")},
                                                 {QStringLiteral("label_zh"), QStringLiteral("燃气")}},
                                        QCborMap{{QStringLiteral("value"), QStringLiteral("electric")},
                                                 {QStringLiteral("label_en"), QStringLiteral("Electric")},
                                                 {QStringLiteral("label_zh"), QStringLiteral("电")}}}}});
    }

    QCborMap customerArgs(const QCborMap& custom)
    {
        return {{QStringLiteral("name"), QStringLiteral("王五")},
                {QStringLiteral("phones"), QCborArray{QStringLiteral("13800001111")}},
                {QStringLiteral("custom"), custom}};
    }

    std::unique_ptr<test::OpHarness> m_harness;
    server::SessionPtr m_admin, m_agent;
    QCborMap m_source, m_household, m_moved, m_heating;
};

} // namespace

TEST_F(CustomFieldTest, AdminDefinesListsUpdatesAndDeactivatesFields)
{
    defineStandardFields();
    EXPECT_EQ(m_source.value(QStringLiteral("version")).toInteger(), 1);
    EXPECT_EQ(m_source.value(QStringLiteral("max_length")).toInteger(), 10);
    EXPECT_EQ(m_household.value(QStringLiteral("min")).toInteger(), 1);
    EXPECT_EQ(m_moved.value(QStringLiteral("min")).toString(), QStringLiteral("2000-01-01"));
    EXPECT_TRUE(m_moved.value(QStringLiteral("max")).isNull());
    EXPECT_EQ(m_heating.value(QStringLiteral("options")).toArray().size(), 2);
    // New fields go last.
    EXPECT_LT(m_source.value(QStringLiteral("position")).toInteger(), m_heating.value(QStringLiteral("position")).toInteger());

    // Everyone who reads customers reads the definitions, in display order.
    QCborArray items = ok(m_agent, QStringLiteral("customer.field.list")).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 4);
    EXPECT_EQ(items[0].toMap().value(QStringLiteral("code")).toString(), QStringLiteral("source"));
    EXPECT_EQ(items[3].toMap().value(QStringLiteral("code")).toString(), QStringLiteral("heating"));

    // Move "heating" first and relabel it.
    const QCborMap heating = ok(m_admin, QStringLiteral("customer.field.update"),
                                {{QStringLiteral("id"), m_heating.value(QStringLiteral("id"))},
                                 {QStringLiteral("version"), 1},
                                 {QStringLiteral("position"), 0},
                                 {QStringLiteral("label_zh"), QStringLiteral(" 供暖  方式 ")}});
    EXPECT_EQ(heating.value(QStringLiteral("version")).toInteger(), 2);
    EXPECT_EQ(heating.value(QStringLiteral("label_zh")).toString(), QStringLiteral("供暖 方式"));
    items = ok(m_agent, QStringLiteral("customer.field.list")).value(QStringLiteral("items")).toArray();
    EXPECT_EQ(items[0].toMap().value(QStringLiteral("code")).toString(), QStringLiteral("heating"));

    // Deactivated: gone from the default list, kept in the full one; twice is harmless.
    const QCborMap args{{QStringLiteral("id"), m_source.value(QStringLiteral("id"))}, {QStringLiteral("version"), 1}};
    const QCborMap inactive = ok(m_admin, QStringLiteral("customer.field.deactivate"), args);
    EXPECT_FALSE(inactive.value(QStringLiteral("active")).toBool());
    EXPECT_EQ(ok(m_admin, QStringLiteral("customer.field.deactivate"),
                 {{QStringLiteral("id"), m_source.value(QStringLiteral("id"))}, {QStringLiteral("version"), 2}})
                  .value(QStringLiteral("version")).toInteger(), 2);
    EXPECT_EQ(ok(m_agent, QStringLiteral("customer.field.list")).value(QStringLiteral("items")).toArray().size(), 3);
    EXPECT_EQ(ok(m_agent, QStringLiteral("customer.field.list"), {{QStringLiteral("include_inactive"), true}})
                  .value(QStringLiteral("items")).toArray().size(), 4);
    // A stale version is a conflict.
    EXPECT_EQ(fail(m_admin, QStringLiteral("customer.field.deactivate"), args).code, ErrorCode::Conflict);
    EXPECT_EQ(fail(m_admin, QStringLiteral("customer.field.update"),
                   {{QStringLiteral("id"), m_heating.value(QStringLiteral("id"))}, {QStringLiteral("version"), 1},
                    {QStringLiteral("label_en"), QStringLiteral("Heat")}}).code,
              ErrorCode::Conflict);
    EXPECT_EQ(fail(m_admin, QStringLiteral("customer.field.update"),
                   {{QStringLiteral("id"), 999999}, {QStringLiteral("version"), 1}}).code,
              ErrorCode::NotFound);
    // Agents define nothing.
    EXPECT_EQ(fail(m_agent, QStringLiteral("customer.field.create"),
                   {{QStringLiteral("code"), QStringLiteral("x")}, {QStringLiteral("label_en"), QStringLiteral("X")},
                    {QStringLiteral("label_zh"), QStringLiteral("X")}, {QStringLiteral("type"), QStringLiteral("text")}})
                  .code,
              ErrorCode::PermissionDenied);

    pqxx::read_transaction tx(m_harness->connection());
    EXPECT_EQ(tx.exec1("SELECT count(*) FROM audit_log WHERE entity = 'customer_field'")[0].as<int>(), 6);
    EXPECT_EQ(tx.exec1("SELECT count(*) FROM audit_log WHERE action = 'customer.field.deactivate'")[0].as<int>(), 1);
}

TEST_F(CustomFieldTest, BadDefinitionsNameTheField)
{
    const QCborMap good{{QStringLiteral("code"), QStringLiteral("floor")},
                        {QStringLiteral("label_en"), QStringLiteral("Floor")},
                        {QStringLiteral("label_zh"), QStringLiteral("楼层")},
                        {QStringLiteral("type"), QStringLiteral("number")}};
    auto problem = [&](const QCborMap& extra) {
        return problemField(m_admin, QStringLiteral("customer.field.create"), merged(good, extra));
    };
    EXPECT_EQ(problem({{QStringLiteral("code"), QStringLiteral("Floor")}}), QStringLiteral("code"));
    EXPECT_EQ(problem({{QStringLiteral("code"), QStringLiteral("9floor")}}), QStringLiteral("code"));
    EXPECT_EQ(problem({{QStringLiteral("code"), QString(31, QLatin1Char('a'))}}), QStringLiteral("code"));
    EXPECT_EQ(problem({{QStringLiteral("label_en"), QStringLiteral("  ")}}), QStringLiteral("label_en"));
    EXPECT_EQ(problem({{QStringLiteral("label_zh"), QString(61, QChar(0x697C))}}), QStringLiteral("label_zh"));
    EXPECT_EQ(problem({{QStringLiteral("type"), QStringLiteral("money")}}), QStringLiteral("type"));
    EXPECT_EQ(problem({{QStringLiteral("required"), QStringLiteral("yes")}}), QStringLiteral("required"));
    EXPECT_EQ(problem({{QStringLiteral("decimals"), 5}}), QStringLiteral("decimals"));
    EXPECT_EQ(problem({{QStringLiteral("min"), QStringLiteral("ten")}}), QStringLiteral("min"));
    EXPECT_EQ(problem({{QStringLiteral("min"), 10}, {QStringLiteral("max"), 5}}), QStringLiteral("max"));
    EXPECT_EQ(problem({{QStringLiteral("max"), 1e13}}), QStringLiteral("max"));
    EXPECT_EQ(problem({{QStringLiteral("position"), -1}}), QStringLiteral("position"));
    EXPECT_EQ(problem({{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("max_length"), 1001}}),
              QStringLiteral("max_length"));
    EXPECT_EQ(problem({{QStringLiteral("type"), QStringLiteral("date")}, {QStringLiteral("min"), QStringLiteral("2024-02-30")}}),
              QStringLiteral("min"));
    EXPECT_EQ(problem({{QStringLiteral("type"), QStringLiteral("date")}, {QStringLiteral("min"), QStringLiteral("2024-02-01")},
                       {QStringLiteral("max"), QStringLiteral("2024-01-01")}}),
              QStringLiteral("max"));
    // A choice needs options, each with a unique value and both labels.
    const QCborMap gas{{QStringLiteral("value"), QStringLiteral("gas")}, {QStringLiteral("label_en"), QStringLiteral("Gas")},
                       {QStringLiteral("label_zh"), QStringLiteral("燃气")}};
    EXPECT_EQ(problem({{QStringLiteral("type"), QStringLiteral("choice")}}), QStringLiteral("options"));
    EXPECT_EQ(problem({{QStringLiteral("type"), QStringLiteral("choice")}, {QStringLiteral("options"), QCborArray{gas, gas}}}),
              QStringLiteral("options"));
    EXPECT_EQ(problem({{QStringLiteral("type"), QStringLiteral("choice")},
                       {QStringLiteral("options"), QCborArray{merged(gas, {{QStringLiteral("label_zh"), QString()}})}}}),
              QStringLiteral("options"));
    EXPECT_EQ(problem({{QStringLiteral("type"), QStringLiteral("choice")}, {QStringLiteral("options"), QStringLiteral("gas")}}),
              QStringLiteral("options"));
    // Required on create.
    EXPECT_EQ(problemField(m_admin, QStringLiteral("customer.field.create"), {{QStringLiteral("code"), QStringLiteral("a")}}),
              QStringLiteral("label_en"));

    // Valid; then the code is taken, and it cannot change.
    const QCborMap floor = define(merged(good, {{QStringLiteral("decimals"), 1}}));
    EXPECT_EQ(problem({}), QStringLiteral("code"));
    EXPECT_EQ(problemField(m_admin, QStringLiteral("customer.field.update"),
                           {{QStringLiteral("id"), floor.value(QStringLiteral("id"))}, {QStringLiteral("version"), 1},
                            {QStringLiteral("code"), QStringLiteral("storey")}}),
              QStringLiteral("code"));
    // What does not apply to the type is dropped: a text field has no decimals or bounds.
    const QCborMap text = ok(m_admin, QStringLiteral("customer.field.update"),
                             {{QStringLiteral("id"), floor.value(QStringLiteral("id"))}, {QStringLiteral("version"), 1},
                              {QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("min"), 3}});
    EXPECT_EQ(text.value(QStringLiteral("decimals")).toInteger(), 0);
    EXPECT_TRUE(text.value(QStringLiteral("min")).isNull());
    EXPECT_EQ(text.value(QStringLiteral("max_length")).toInteger(), common::kCustomTextDefaultMax);
}

TEST_F(CustomFieldTest, StoredValuesKeepTheirMeaning)
{
    defineStandardFields();
    const qint64 heatingId = m_heating.value(QStringLiteral("id")).toInteger();
    const qint64 sourceId = m_source.value(QStringLiteral("id")).toInteger();
    ok(m_agent, QStringLiteral("customer.create"),
       customerArgs({{QStringLiteral("household"), 3}, {QStringLiteral("heating"), QStringLiteral("gas")}}));

    // "gas" is in use: it cannot be removed; "electric" is not and can.
    const QCborMap gasOnly{{QStringLiteral("value"), QStringLiteral("gas")}, {QStringLiteral("label_en"), QStringLiteral("Gas")},
                           {QStringLiteral("label_zh"), QStringLiteral("燃气")}};
    const QCborMap oil{{QStringLiteral("value"), QStringLiteral("oil")}, {QStringLiteral("label_en"), QStringLiteral("Oil")},
                       {QStringLiteral("label_zh"), QStringLiteral("燃油")}};
    const auto error = fail(m_admin, QStringLiteral("customer.field.update"),
                            {{QStringLiteral("id"), heatingId}, {QStringLiteral("version"), 1},
                             {QStringLiteral("options"), QCborArray{oil}}});
    EXPECT_EQ(error.code, ErrorCode::Validation);
    EXPECT_TRUE(error.fields.value(QStringLiteral("options")).contains(QStringLiteral("'gas'")));
    const QCborMap heating = ok(m_admin, QStringLiteral("customer.field.update"),
                                {{QStringLiteral("id"), heatingId}, {QStringLiteral("version"), 1},
                                 {QStringLiteral("options"), QCborArray{gasOnly, oil}}});
    EXPECT_EQ(heating.value(QStringLiteral("options")).toArray().size(), 2);

    // The type of a field with values is fixed; without values it may change.
    EXPECT_EQ(problemField(m_admin, QStringLiteral("customer.field.update"),
                           {{QStringLiteral("id"), heatingId}, {QStringLiteral("version"), 2},
                            {QStringLiteral("type"), QStringLiteral("text")}}),
              QStringLiteral("type"));
    const QCborMap source = ok(m_admin, QStringLiteral("customer.field.update"),
                               {{QStringLiteral("id"), sourceId}, {QStringLiteral("version"), 1},
                                {QStringLiteral("type"), QStringLiteral("choice")},
                                {QStringLiteral("options"), QCborArray{oil}}});
    EXPECT_EQ(source.value(QStringLiteral("type")).toString(), QStringLiteral("choice"));
    EXPECT_EQ(source.value(QStringLiteral("max_length")).toInteger(), 0);
}

TEST_F(CustomFieldTest, CustomerRoundTripWithValues)
{
    defineStandardFields();
    QCborMap customer = ok(m_agent, QStringLiteral("customer.create"),
                           customerArgs({{QStringLiteral("source"), QStringLiteral("  展会 ")},
                                         {QStringLiteral("household"), 4.0},
                                         {QStringLiteral("moved_in"), QStringLiteral("2015-06-01")},
                                         {QStringLiteral("heating"), QStringLiteral("electric")}}));
    const qint64 id = customer.value(QStringLiteral("id")).toInteger();
    QCborMap custom = customer.value(QStringLiteral("custom")).toMap();
    EXPECT_EQ(custom.value(QStringLiteral("source")).toString(), QStringLiteral("展会"));
    EXPECT_TRUE(custom.value(QStringLiteral("household")).isInteger());
    EXPECT_EQ(custom.value(QStringLiteral("household")).toInteger(), 4);
    EXPECT_EQ(custom.value(QStringLiteral("moved_in")).toString(), QStringLiteral("2015-06-01"));
    EXPECT_EQ(custom.value(QStringLiteral("heating")).toString(), QStringLiteral("electric"));

    // Update: change one, clear one, leave the others.
    customer = ok(m_agent, QStringLiteral("customer.update"),
                  {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1},
                   {QStringLiteral("custom"), QCborMap{{QStringLiteral("household"), 5},
                                                       {QStringLiteral("moved_in"), QCborValue(nullptr)},
                                                       {QStringLiteral("source"), QString()}}}});
    EXPECT_EQ(customer.value(QStringLiteral("version")).toInteger(), 2);
    custom = customer.value(QStringLiteral("custom")).toMap();
    EXPECT_EQ(custom.value(QStringLiteral("household")).toInteger(), 5);
    EXPECT_FALSE(custom.contains(QStringLiteral("moved_in")));
    EXPECT_FALSE(custom.contains(QStringLiteral("source")));
    EXPECT_EQ(custom.value(QStringLiteral("heating")).toString(), QStringLiteral("electric"));

    // customer.get and the 360 view carry the values; search results do not.
    const QCborMap got = ok(m_agent, QStringLiteral("customer.get"), {{QStringLiteral("id"), id}});
    EXPECT_EQ(got.value(QStringLiteral("custom")).toMap(), custom);
    const QCborMap view = ok(m_agent, QStringLiteral("customer.view360"), {{QStringLiteral("id"), id}});
    EXPECT_EQ(view.value(QStringLiteral("customer")).toMap().value(QStringLiteral("custom")).toMap(), custom);
    const QCborArray found = ok(m_agent, QStringLiteral("customer.search"), {{QStringLiteral("phone"), QStringLiteral("13800001111")}})
                                 .value(QStringLiteral("items")).toArray();
    ASSERT_EQ(found.size(), 1);
    EXPECT_FALSE(found[0].toMap().contains(QStringLiteral("custom")));

    // An update without `custom` leaves the values alone.
    customer = ok(m_agent, QStringLiteral("customer.update"),
                  {{QStringLiteral("id"), id}, {QStringLiteral("version"), 2}, {QStringLiteral("note"), QStringLiteral("x")}});
    EXPECT_EQ(customer.value(QStringLiteral("custom")).toMap(), custom);

    // Audited like every customer change: the names of the fields, not the values.
    pqxx::read_transaction tx(m_harness->connection());
    const auto detail = tx.exec_params1("SELECT detail::text FROM audit_log WHERE action = 'customer.update'"
                                        " AND entity_id = $1 ORDER BY id LIMIT 1", id)[0].as<std::string>();
    EXPECT_NE(detail.find("custom.household"), std::string::npos) << detail;
    EXPECT_NE(detail.find("custom.moved_in"), std::string::npos) << detail;
    EXPECT_EQ(tx.exec1("SELECT count(*) FROM audit_log WHERE detail::text LIKE '%展会%'")[0].as<int>(), 0);
    EXPECT_EQ(tx.exec_params1("SELECT count(*) FROM customer_field_value WHERE customer_id = $1", id)[0].as<int>(), 2);
}

TEST_F(CustomFieldTest, EveryBadValueNamesItsField)
{
    defineStandardFields();
    const QCborMap valid{{QStringLiteral("household"), 2}};
    auto problem = [&](const QCborMap& custom) {
        return problemField(m_agent, QStringLiteral("customer.create"), customerArgs(merged(valid, custom)));
    };
    // Wrong types.
    EXPECT_EQ(problem({{QStringLiteral("source"), 42}}), QStringLiteral("custom.source"));
    EXPECT_EQ(problem({{QStringLiteral("household"), QStringLiteral("three")}}), QStringLiteral("custom.household"));
    EXPECT_EQ(problem({{QStringLiteral("household"), true}}), QStringLiteral("custom.household"));
    EXPECT_EQ(problem({{QStringLiteral("moved_in"), 20150601}}), QStringLiteral("custom.moved_in"));
    EXPECT_EQ(problem({{QStringLiteral("moved_in"), QStringLiteral("2015-13-01")}}), QStringLiteral("custom.moved_in"));
    EXPECT_EQ(problem({{QStringLiteral("moved_in"), QStringLiteral("1.6.2015")}}), QStringLiteral("custom.moved_in"));
    EXPECT_EQ(problem({{QStringLiteral("heating"), 1}}), QStringLiteral("custom.heating"));
    // A choice not in the list.
    EXPECT_EQ(problem({{QStringLiteral("heating"), QStringLiteral("coal")}}), QStringLiteral("custom.heating"));
    EXPECT_EQ(problem({{QStringLiteral("heating"), QStringLiteral("Gas")}}), QStringLiteral("custom.heating"));
    // Unknown field; not a map.
    EXPECT_EQ(problem({{QStringLiteral("shoe_size"), 42}}), QStringLiteral("custom.shoe_size"));
    EXPECT_EQ(problemField(m_agent, QStringLiteral("customer.create"),
                           merged(customerArgs({}), {{QStringLiteral("custom"), QCborArray{1, 2}}})),
              QStringLiteral("custom"));
    // Out of the field's rules.
    EXPECT_EQ(problem({{QStringLiteral("source"), QString(11, QChar(0x5C55))}}), QStringLiteral("custom.source"));
    EXPECT_EQ(problem({{QStringLiteral("source"), QStringLiteral("a\tb")}}), QStringLiteral("custom.source"));
    EXPECT_EQ(problem({{QStringLiteral("household"), 0}}), QStringLiteral("custom.household"));
    EXPECT_EQ(problem({{QStringLiteral("household"), 21}}), QStringLiteral("custom.household"));
    EXPECT_EQ(problem({{QStringLiteral("household"), 2.5}}), QStringLiteral("custom.household"));
    EXPECT_EQ(problem({{QStringLiteral("moved_in"), QStringLiteral("1999-12-31")}}), QStringLiteral("custom.moved_in"));
    // A required field: missing, null, blank — and `custom` left out altogether.
    EXPECT_EQ(problemField(m_agent, QStringLiteral("customer.create"), customerArgs({})), QStringLiteral("custom.household"));
    EXPECT_EQ(problem({{QStringLiteral("household"), QCborValue(nullptr)}}), QStringLiteral("custom.household"));
    EXPECT_EQ(problem({{QStringLiteral("household"), QStringLiteral(" ")}}), QStringLiteral("custom.household"));
    QCborMap noCustom = customerArgs({});
    noCustom.remove(QStringLiteral("custom"));
    EXPECT_EQ(problemField(m_agent, QStringLiteral("customer.create"), noCustom), QStringLiteral("custom.household"));

    // All problems of one request in one answer, with the other fields' problems.
    const auto error = fail(m_agent, QStringLiteral("customer.create"),
                            merged(customerArgs({{QStringLiteral("heating"), QStringLiteral("coal")},
                                                 {QStringLiteral("moved_in"), QStringLiteral("x")}}),
                                   {{QStringLiteral("email"), QStringLiteral("nope@")}}));
    EXPECT_EQ(error.code, ErrorCode::Validation);
    EXPECT_EQ(QStringList(error.fields.keys()),
              (QStringList{QStringLiteral("custom.heating"), QStringLiteral("custom.household"),
                           QStringLiteral("custom.moved_in"), QStringLiteral("email")}));

    // Nothing was stored by the failed requests.
    pqxx::read_transaction tx(m_harness->connection());
    EXPECT_EQ(tx.exec1("SELECT count(*) FROM customer")[0].as<int>(), 0);
}

TEST_F(CustomFieldTest, UpdateChecksValuesAndRequiredFields)
{
    defineStandardFields();
    const QCborMap created = ok(m_agent, QStringLiteral("customer.create"), customerArgs({{QStringLiteral("household"), 2}}));
    const qint64 id = created.value(QStringLiteral("id")).toInteger();
    auto update = [&](const QCborMap& custom) {
        return problemField(m_agent, QStringLiteral("customer.update"),
                            {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}, {QStringLiteral("custom"), custom}});
    };
    EXPECT_EQ(update({{QStringLiteral("household"), QCborValue(nullptr)}}), QStringLiteral("custom.household"));
    EXPECT_EQ(update({{QStringLiteral("heating"), QStringLiteral("coal")}}), QStringLiteral("custom.heating"));
    EXPECT_EQ(update({{QStringLiteral("nope"), 1}}), QStringLiteral("custom.nope"));

    // A field made required later: updates that leave `custom` out still pass; those that
    // carry it must fill the field.
    ok(m_admin, QStringLiteral("customer.field.update"),
       {{QStringLiteral("id"), m_heating.value(QStringLiteral("id"))}, {QStringLiteral("version"), 1},
        {QStringLiteral("required"), true}});
    ok(m_agent, QStringLiteral("customer.update"),
       {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}, {QStringLiteral("note"), QStringLiteral("n")}});
    EXPECT_EQ(problemField(m_agent, QStringLiteral("customer.update"),
                           {{QStringLiteral("id"), id}, {QStringLiteral("version"), 2},
                            {QStringLiteral("custom"), QCborMap{{QStringLiteral("household"), 3}}}}),
              QStringLiteral("custom.heating"));
    const QCborMap updated = ok(m_agent, QStringLiteral("customer.update"),
                                {{QStringLiteral("id"), id}, {QStringLiteral("version"), 2},
                                 {QStringLiteral("custom"), QCborMap{{QStringLiteral("heating"), QStringLiteral("gas")}}}});
    EXPECT_EQ(updated.value(QStringLiteral("custom")).toMap().value(QStringLiteral("household")).toInteger(), 2);
}

TEST_F(CustomFieldTest, DeactivatedFieldsKeepTheirValuesHidden)
{
    defineStandardFields();
    const QCborMap created = ok(m_agent, QStringLiteral("customer.create"),
                                customerArgs({{QStringLiteral("household"), 2}, {QStringLiteral("source"), QStringLiteral("web")}}));
    const qint64 id = created.value(QStringLiteral("id")).toInteger();
    const qint64 sourceId = m_source.value(QStringLiteral("id")).toInteger();
    ok(m_admin, QStringLiteral("customer.field.deactivate"), {{QStringLiteral("id"), sourceId}, {QStringLiteral("version"), 1}});

    QCborMap custom = ok(m_agent, QStringLiteral("customer.get"), {{QStringLiteral("id"), id}})
                          .value(QStringLiteral("custom")).toMap();
    EXPECT_FALSE(custom.contains(QStringLiteral("source")));
    // It cannot be set while inactive.
    EXPECT_EQ(problemField(m_agent, QStringLiteral("customer.update"),
                           {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1},
                            {QStringLiteral("custom"), QCborMap{{QStringLiteral("source"), QStringLiteral("shop")}}}}),
              QStringLiteral("custom.source"));
    // Back when activated again.
    ok(m_admin, QStringLiteral("customer.field.update"),
       {{QStringLiteral("id"), sourceId}, {QStringLiteral("version"), 2}, {QStringLiteral("active"), true}});
    custom = ok(m_agent, QStringLiteral("customer.get"), {{QStringLiteral("id"), id}}).value(QStringLiteral("custom")).toMap();
    EXPECT_EQ(custom.value(QStringLiteral("source")).toString(), QStringLiteral("web"));
}

TEST_F(CustomFieldTest, NumbersKeepTheirDecimals)
{
    define({{QStringLiteral("code"), QStringLiteral("area")},
            {QStringLiteral("label_en"), QStringLiteral("Floor area (m²)")},
            {QStringLiteral("label_zh"), QStringLiteral("面积（平方米）")},
            {QStringLiteral("type"), QStringLiteral("number")},
            {QStringLiteral("decimals"), 2},
            {QStringLiteral("min"), -0.5}});
    const QCborMap created = ok(m_agent, QStringLiteral("customer.create"), customerArgs({{QStringLiteral("area"), 89.25}}));
    EXPECT_DOUBLE_EQ(created.value(QStringLiteral("custom")).toMap().value(QStringLiteral("area")).toDouble(), 89.25);
    EXPECT_EQ(problemField(m_agent, QStringLiteral("customer.create"), customerArgs({{QStringLiteral("area"), 1.125}})),
              QStringLiteral("custom.area"));
    EXPECT_EQ(problemField(m_agent, QStringLiteral("customer.create"), customerArgs({{QStringLiteral("area"), -1}})),
              QStringLiteral("custom.area"));
    const QCborMap whole = ok(m_agent, QStringLiteral("customer.create"), customerArgs({{QStringLiteral("area"), 120}}));
    EXPECT_DOUBLE_EQ(whole.value(QStringLiteral("custom")).toMap().value(QStringLiteral("area")).toDouble(), 120.0);
}
