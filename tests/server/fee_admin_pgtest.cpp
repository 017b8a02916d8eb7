// Fee schedules and warranty rule parameters (admin), the warranty.verdict op, and service
// contracts (extended warranty, maintenance plans) changing who pays.
#include "tests/server/fee_test_support.h"

using namespace csm;
using common::ErrorCode;

namespace {

class FeeAdminTest : public test::FeeTest {
protected:
    QCborMap verdictOf(qint64 product, const QString& type = QStringLiteral("repair"))
    {
        return ok(agent, QStringLiteral("warranty.verdict"),
                  {{QStringLiteral("customer_product_id"), product}, {QStringLiteral("service_type"), type}});
    }
    QCborMap createContract(qint64 product, const QCborMap& extra)
    {
        QCborMap args{{QStringLiteral("customer_product_id"), product}};
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            args.insert(it.key(), it.value());
        return ok(agent, QStringLiteral("contract.create"), args);
    }
    QString in(int days) const { return m_today.addDays(days).toString(Qt::ISODate); }
};

} // namespace

TEST_F(FeeAdminTest, OnlyAnAdminKeepsFeeSchedulesAndEveryoneWithOrdersReadsThem)
{
    const QCborMap args{{QStringLiteral("service_type"), QStringLiteral("repair")},
                        {QStringLiteral("category_code"), QStringLiteral("AC")},
                        {QStringLiteral("labour_fen"), 5000},
                        {QStringLiteral("travel_fen"), 3000},
                        {QStringLiteral("valid_from"), in(-10)}};
    EXPECT_EQ(call(staffA, QStringLiteral("fee.schedule.set"), args).error.code, ErrorCode::PermissionDenied);
    const QCborMap saved = ok(admin, QStringLiteral("fee.schedule.set"), args);
    EXPECT_EQ(saved.value(QStringLiteral("category_name")).toString(), QStringLiteral("空调"));
    EXPECT_EQ(saved.value(QStringLiteral("labour_fen")).toInteger(), 5000);
    EXPECT_EQ(saved.value(QStringLiteral("version")).toInteger(), 1);
    EXPECT_TRUE(saved.value(QStringLiteral("current")).toBool());

    // The same day again without its version is a conflict; with it, an update.
    EXPECT_EQ(call(admin, QStringLiteral("fee.schedule.set"), args).error.code, ErrorCode::Conflict);
    QCborMap update = args;
    update.insert(QStringLiteral("labour_fen"), 5500);
    update.insert(QStringLiteral("version"), 1);
    EXPECT_EQ(ok(admin, QStringLiteral("fee.schedule.set"), update).value(QStringLiteral("version")).toInteger(), 2);
    EXPECT_EQ(call(admin, QStringLiteral("fee.schedule.set"), update).error.code, ErrorCode::Conflict);

    // A new price from next month: listed, not current yet.
    QCborMap next = args;
    next.insert(QStringLiteral("labour_fen"), 6000);
    next.insert(QStringLiteral("valid_from"), in(30));
    ok(admin, QStringLiteral("fee.schedule.set"), next);
    const QCborArray items = ok(staffA, QStringLiteral("fee.schedule.list"), {}).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[0].toMap().value(QStringLiteral("labour_fen")).toInteger(), 6000);   // newest first
    EXPECT_FALSE(items[0].toMap().value(QStringLiteral("current")).toBool());
    EXPECT_EQ(items[1].toMap().value(QStringLiteral("labour_fen")).toInteger(), 5500);
    EXPECT_TRUE(items[1].toMap().value(QStringLiteral("current")).toBool());
    EXPECT_TRUE(ok(agent, QStringLiteral("fee.schedule.list"), {{QStringLiteral("service_type"), QStringLiteral("maintenance")}})
                    .value(QStringLiteral("items")).toArray().isEmpty());

    // Bad input names the field.
    auto bad = [&](const char* field, const QCborValue& value) {
        QCborMap wrong = args;
        wrong.insert(QStringLiteral("valid_from"), in(-20));
        wrong.insert(QLatin1String(field), value);
        const auto error = call(admin, QStringLiteral("fee.schedule.set"), wrong).error;
        EXPECT_EQ(error.code, ErrorCode::Validation) << field;
        EXPECT_TRUE(error.fields.contains(QLatin1String(field))) << field << ": " << error.message.toStdString();
    };
    bad("service_type", QStringLiteral("consultation"));
    bad("category_code", QStringLiteral("NOPE"));
    bad("labour_fen", -1);
    bad("travel_fen", 12.5);
    bad("valid_from", QStringLiteral("2025-13-01"));
}

TEST_F(FeeAdminTest, TheVerdictFollowsTheThreeGuaranteeRulesAndTheirParameters)
{
    const qint64 fresh = addProduct(3);
    QCborMap v = verdictOf(fresh);
    EXPECT_EQ(rule(v), QStringLiteral("refund_period"));
    EXPECT_EQ(v.value(QStringLiteral("verdict")).toString(), QStringLiteral("free"));
    EXPECT_EQ(v.value(QStringLiteral("args")).toMap().value(QStringLiteral("days_since_purchase")).toInteger(), 3);
    EXPECT_EQ(v.value(QStringLiteral("judged_on")).toString(), m_today.toString(Qt::ISODate));
    EXPECT_EQ(rule(verdictOf(addProduct(12))), QStringLiteral("replace_period"));
    EXPECT_EQ(rule(verdictOf(addProduct(100))), QStringLiteral("in_warranty"));
    EXPECT_EQ(rule(verdictOf(addProduct(400))), QStringLiteral("out_of_warranty"));
    EXPECT_EQ(rule(verdictOf(addProduct(-1))), QStringLiteral("no_warranty_dates"));
    EXPECT_EQ(rule(verdictOf(fresh, QStringLiteral("consultation"))), QStringLiteral("not_applicable"));
    EXPECT_EQ(rule(verdictOf(fresh, QStringLiteral("maintenance"))), QStringLiteral("maintenance_paid"));

    // An override for 空调 reaches its subcategory 壁挂式空调; the default stays for others.
    EXPECT_EQ(call(agent, QStringLiteral("warranty.rules.set"), {{QStringLiteral("values"), QCborMap{}}}).error.code,
              ErrorCode::PermissionDenied);
    ok(admin, QStringLiteral("warranty.rules.set"),
       {{QStringLiteral("category_code"), QStringLiteral("AC")},
        {QStringLiteral("values"), QCborMap{{QStringLiteral("refund_days"), 0}, {QStringLiteral("replace_days"), 2}}}});
    EXPECT_EQ(rule(verdictOf(fresh)), QStringLiteral("in_warranty"));
    const QCborMap rules = ok(staffA, QStringLiteral("warranty.rules.list"), {});
    int overrides = 0;
    for (const QCborValue& item : rules.value(QStringLiteral("items")).toArray())
        overrides += item.toMap().value(QStringLiteral("category_code")).toString() == QLatin1String("AC") ? 1 : 0;
    EXPECT_EQ(overrides, 2);
    EXPECT_EQ(rules.value(QStringLiteral("keys")).toArray().size(), 5);
    // Removing an override (null) brings the default back; a default cannot be removed.
    ok(admin, QStringLiteral("warranty.rules.set"),
       {{QStringLiteral("category_code"), QStringLiteral("AC")},
        {QStringLiteral("values"), QCborMap{{QStringLiteral("refund_days"), QCborValue(QCborValue::Null)}}}});
    EXPECT_EQ(rule(verdictOf(fresh)), QStringLiteral("refund_period"));
    const auto error = call(admin, QStringLiteral("warranty.rules.set"),
                            {{QStringLiteral("values"), QCborMap{{QStringLiteral("refund_days"), QCborValue(QCborValue::Null)},
                                                                  {QStringLiteral("repair_limit"), 99},
                                                                  {QStringLiteral("lucky_days"), 3}}}})
                           .error;
    EXPECT_EQ(error.code, ErrorCode::Validation);
    EXPECT_EQ(error.fields.keys(), (QStringList{QStringLiteral("values.lucky_days"), QStringLiteral("values.refund_days"),
                                                QStringLiteral("values.repair_limit")}));

    // Scope: a product of a customer the caller cannot see is not found.
    EXPECT_EQ(call(staffB, QStringLiteral("warranty.verdict"), {{QStringLiteral("customer_product_id"), fresh}}).error.code,
              ErrorCode::NotFound);
    EXPECT_EQ(call(agent, QStringLiteral("warranty.verdict"), {}).error.code, ErrorCode::Validation);
}

TEST_F(FeeAdminTest, AnExtendedWarrantyMakesAnOldProductsRepairFree)
{
    const qint64 old = addProduct(400);
    EXPECT_TRUE(ok(agent, QStringLiteral("contract.list"), {{QStringLiteral("customer_product_id"), old}})
                    .value(QStringLiteral("items")).toArray().isEmpty());
    const QCborMap c = createContract(old, {{QStringLiteral("kind"), QStringLiteral("extended_warranty")},
                                            {QStringLiteral("ends_on"), in(365)},
                                            {QStringLiteral("contract_no"), QStringLiteral("YB-2025-0001")},
                                            {QStringLiteral("price_fen"), 29900}});
    EXPECT_EQ(c.value(QStringLiteral("starts_on")).toString(), in(0));   // the maker's warranty is over: from today
    EXPECT_EQ(c.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    const QCborMap v = verdictOf(old);
    EXPECT_EQ(rule(v), QStringLiteral("extended_warranty"));
    EXPECT_EQ(v.value(QStringLiteral("contract_id")).toInteger(), c.value(QStringLiteral("id")).toInteger());

    // Over the real flow: completed free although the product is out of warranty.
    const auto done = complete(onSite(old));
    ASSERT_TRUE(done.ok) << done.error.message.toStdString();
    const QCborMap fee = fees(done.result.toMap()).value(QStringLiteral("fee")).toMap();
    EXPECT_EQ(fee.value(QStringLiteral("rule")).toString(), QStringLiteral("extended_warranty"));
    EXPECT_EQ(fee.value(QStringLiteral("total_fen")).toInteger(), 0);

    // A second extended warranty over the same days is refused; cancelling needs the version.
    const auto overlap = call(agent, QStringLiteral("contract.create"),
                              {{QStringLiteral("customer_product_id"), old}, {QStringLiteral("kind"), QStringLiteral("extended_warranty")},
                               {QStringLiteral("ends_on"), in(200)}});
    EXPECT_EQ(overlap.error.code, ErrorCode::Validation);
    EXPECT_TRUE(overlap.error.fields.value(QStringLiteral("starts_on")).contains(QStringLiteral("YB-2025-0001")));
    const QCborMap cancelArgs{{QStringLiteral("id"), c.value(QStringLiteral("id"))}, {QStringLiteral("version"), 1},
                              {QStringLiteral("reason"), QStringLiteral("客户退订")}};
    EXPECT_EQ(call(techA, QStringLiteral("contract.cancel"), cancelArgs).error.code, ErrorCode::PermissionDenied);
    QCborMap stale = cancelArgs;
    stale.insert(QStringLiteral("version"), 7);
    EXPECT_EQ(call(agent, QStringLiteral("contract.cancel"), stale).error.code, ErrorCode::Conflict);
    const QCborMap cancelled = ok(agent, QStringLiteral("contract.cancel"), cancelArgs);
    EXPECT_EQ(cancelled.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    EXPECT_EQ(cancelled.value(QStringLiteral("cancel_reason")).toString(), QStringLiteral("客户退订"));
    EXPECT_EQ(call(agent, QStringLiteral("contract.cancel"), cancelArgs).error.code, ErrorCode::Validation);
    EXPECT_EQ(rule(verdictOf(old)), QStringLiteral("out_of_warranty"));
    EXPECT_EQ(ok(agent, QStringLiteral("contract.list"), {{QStringLiteral("customer_product_id"), old}})
                  .value(QStringLiteral("items")).toArray().size(), 1);
}

TEST_F(FeeAdminTest, AMaintenancePlanPaysItsVisitsThenMaintenanceIsCharged)
{
    const qint64 product = addProduct(100);
    setSchedule(QStringLiteral("AC"), 8000, 2000, QStringLiteral("maintenance"));
    const QCborMap plan = createContract(product, {{QStringLiteral("kind"), QStringLiteral("maintenance_plan")},
                                                   {QStringLiteral("ends_on"), in(365)},
                                                   {QStringLiteral("visits"), 1}});
    EXPECT_EQ(plan.value(QStringLiteral("starts_on")).toString(), in(0));
    EXPECT_EQ(rule(verdictOf(product, QStringLiteral("maintenance"))), QStringLiteral("maintenance_plan"));

    auto maintain = [&] {
        QCborMap t = onSite(product, QStringLiteral("maintenance"));
        const auto done = move(techA, t, QStringLiteral("complete"), {{QStringLiteral("resolution"), QStringLiteral("清洗保养")}});
        EXPECT_TRUE(done.ok) << done.error.message.toStdString();
        return fees(t).value(QStringLiteral("fee")).toMap();
    };
    EXPECT_EQ(maintain().value(QStringLiteral("total_fen")).toInteger(), 0);
    const QCborArray contracts = ok(agent, QStringLiteral("contract.list"), {{QStringLiteral("customer_product_id"), product}})
                                     .value(QStringLiteral("items")).toArray();
    EXPECT_EQ(contracts[0].toMap().value(QStringLiteral("visits_used")).toInteger(), 1);
    // The plan's one visit is used: the next maintenance is charged by the schedule.
    const QCborMap second = maintain();
    EXPECT_EQ(second.value(QStringLiteral("rule")).toString(), QStringLiteral("maintenance_paid"));
    EXPECT_EQ(second.value(QStringLiteral("total_fen")).toInteger(), 10000);

    // Bad contracts name the field.
    auto bad = [&](const QCborMap& args, const char* field) {
        QCborMap full{{QStringLiteral("customer_product_id"), product}};
        for (auto it = args.cbegin(); it != args.cend(); ++it)
            full.insert(it.key(), it.value());
        const auto error = call(agent, QStringLiteral("contract.create"), full).error;
        EXPECT_EQ(error.code, ErrorCode::Validation) << field;
        EXPECT_TRUE(error.fields.contains(QLatin1String(field))) << field << ": " << error.message.toStdString();
    };
    bad({{QStringLiteral("kind"), QStringLiteral("maintenance_plan")}, {QStringLiteral("ends_on"), in(30)}}, "visits");
    bad({{QStringLiteral("kind"), QStringLiteral("extended_warranty")}, {QStringLiteral("ends_on"), in(30)},
         {QStringLiteral("visits"), 2}}, "visits");
    bad({{QStringLiteral("kind"), QStringLiteral("gold_card")}, {QStringLiteral("ends_on"), in(30)}}, "kind");
    bad({{QStringLiteral("kind"), QStringLiteral("extended_warranty")}}, "ends_on");
    bad({{QStringLiteral("kind"), QStringLiteral("extended_warranty")}, {QStringLiteral("starts_on"), in(400)},
         {QStringLiteral("ends_on"), in(399)}}, "ends_on");
    EXPECT_EQ(call(staffB, QStringLiteral("contract.list"), {{QStringLiteral("customer_product_id"), product}}).error.code,
              ErrorCode::NotFound);
}
