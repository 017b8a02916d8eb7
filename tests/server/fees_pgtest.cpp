// Fees of work orders over the real repair flow: the verdict on the order, the parts the service
// point records, the fees computed on completion (paid, free, undetermined), a paid order without
// a fee schedule refused with the order unchanged, and org scoping of parts and fees.
#include "tests/server/fee_test_support.h"

using namespace csm;
using common::ErrorCode;

namespace {
class FeesFlowTest : public test::FeeTest {};
} // namespace

TEST_F(FeesFlowTest, APaidRepairIsChargedLabourTravelAndPartsOnCompletion)
{
    // Bought 400 days ago with a 12-month warranty: out of warranty. The schedule is kept on the
    // parent category 空调; the product's model is a 壁挂式空调.
    const qint64 product = addProduct(400);
    setSchedule(QStringLiteral("AC"), 5000, 3000);
    QCborMap t = onSite(product);
    EXPECT_EQ(rule(t.value(QStringLiteral("warranty_verdict")).toMap()), QStringLiteral("out_of_warranty"));
    EXPECT_EQ(t.value(QStringLiteral("warranty_verdict")).toMap().value(QStringLiteral("verdict")).toString(),
              QStringLiteral("paid"));

    // The technician records the parts used; the order's version moves on.
    const int before = int(t.value(QStringLiteral("version")).toInteger());
    const QCborMap afterParts = setParts(techA, t, {part(QStringLiteral("cap-35"), QStringLiteral("启动电容"), 2, 1250),
                                                    part(QStringLiteral("FAN-M1"), QStringLiteral("风扇电机"), 1, 12000, false)});
    EXPECT_EQ(afterParts.value(QStringLiteral("ticket_version")).toInteger(), before + 1);
    EXPECT_EQ(afterParts.value(QStringLiteral("parts")).toArray().size(), 2);
    EXPECT_EQ(afterParts.value(QStringLiteral("parts")).toArray()[0].toMap().value(QStringLiteral("part_code")).toString(),
              QStringLiteral("CAP-35"));
    EXPECT_EQ(afterParts.value(QStringLiteral("parts_value_fen")).toInteger(), 14500);
    const QCborMap estimate = afterParts.value(QStringLiteral("estimate")).toMap();
    EXPECT_EQ(estimate.value(QStringLiteral("total_fen")).toInteger(), 5000 + 3000 + 14500);
    EXPECT_EQ(estimate.value(QStringLiteral("schedule")).toMap().value(QStringLiteral("category_code")).toString(),
              QStringLiteral("AC"));
    EXPECT_TRUE(estimate.value(QStringLiteral("problem")).isNull());
    EXPECT_TRUE(afterParts.value(QStringLiteral("fee")).isNull());
    EXPECT_TRUE(afterParts.value(QStringLiteral("can_edit_parts")).toBool());
    EXPECT_TRUE(kinds(t).contains(QStringLiteral("parts_set")));

    // A stale version (the order before the parts) cannot complete it.
    EXPECT_EQ(complete(t).error.code, ErrorCode::Conflict);
    t = get(t);
    const auto done = complete(t);
    ASSERT_TRUE(done.ok) << done.error.message.toStdString();
    t = done.result.toMap();
    EXPECT_EQ(state(t), QStringLiteral("completed"));

    const QCborMap f = fees(t);
    const QCborMap fee = f.value(QStringLiteral("fee")).toMap();
    EXPECT_EQ(fee.value(QStringLiteral("verdict")).toString(), QStringLiteral("paid"));
    EXPECT_EQ(fee.value(QStringLiteral("rule")).toString(), QStringLiteral("out_of_warranty"));
    EXPECT_EQ(fee.value(QStringLiteral("labour_fen")).toInteger(), 5000);
    EXPECT_EQ(fee.value(QStringLiteral("travel_fen")).toInteger(), 3000);
    EXPECT_EQ(fee.value(QStringLiteral("parts_fen")).toInteger(), 14500);
    EXPECT_EQ(fee.value(QStringLiteral("total_fen")).toInteger(), 22500);
    EXPECT_FALSE(fee.value(QStringLiteral("fee_schedule_id")).isNull());
    EXPECT_FALSE(f.value(QStringLiteral("can_edit_parts")).toBool());
    EXPECT_TRUE(f.value(QStringLiteral("estimate")).isNull());
    EXPECT_EQ(f.value(QStringLiteral("verdict")).toMap().value(QStringLiteral("source")).toString(), QStringLiteral("completion"));

    // On the timeline, after the transition; the order shows the verdict fixed at completion.
    const QStringList timeline = kinds(t);
    EXPECT_EQ(timeline.last(), QStringLiteral("fees_computed"));
    EXPECT_EQ(timeline.count(QStringLiteral("fees_computed")), 1);
    EXPECT_EQ(t.value(QStringLiteral("warranty_verdict")).toMap().value(QStringLiteral("source")).toString(),
              QStringLiteral("completion"));

    // Parts cannot change after completion.
    const auto late = call(staffA, QStringLiteral("ticket.parts.set"),
                           {{QStringLiteral("ticket_id"), id(t)}, {QStringLiteral("version"), t.value(QStringLiteral("version"))},
                            {QStringLiteral("parts"), QCborArray{}}});
    EXPECT_EQ(late.error.code, ErrorCode::Validation);
    EXPECT_TRUE(late.error.fields.value(QStringLiteral("parts")).contains(QStringLiteral("can no longer be changed")));
}

TEST_F(FeesFlowTest, AnInWarrantyRepairIsFreePartsIncluded)
{
    const qint64 product = addProduct(60);
    QCborMap t = onSite(product);
    EXPECT_EQ(rule(t.value(QStringLiteral("warranty_verdict")).toMap()), QStringLiteral("in_warranty"));
    setParts(staffA, t, {part(QStringLiteral("CAP-35"), QStringLiteral("启动电容"), 1, 1250)});
    t = get(t);
    const auto done = complete(t);   // no schedule needed: nothing is charged
    ASSERT_TRUE(done.ok) << done.error.message.toStdString();
    const QCborMap fee = fees(done.result.toMap()).value(QStringLiteral("fee")).toMap();
    EXPECT_EQ(fee.value(QStringLiteral("verdict")).toString(), QStringLiteral("free"));
    EXPECT_EQ(fee.value(QStringLiteral("total_fen")).toInteger(), 0);
    EXPECT_EQ(fee.value(QStringLiteral("parts_fen")).toInteger(), 0);
    EXPECT_EQ(fee.value(QStringLiteral("parts_value_fen")).toInteger(), 1250);
    EXPECT_TRUE(fee.value(QStringLiteral("fee_schedule_id")).isNull());
}

TEST_F(FeesFlowTest, APaidRepairWithoutAFeeScheduleIsRefusedAndTheOrderStaysAsItWas)
{
    const qint64 product = addProduct(400);
    setSchedule(QStringLiteral("AC"), 5000, 3000, QStringLiteral("installation"));   // another service type
    const QCborMap t = onSite(product);
    EXPECT_EQ(fees(t).value(QStringLiteral("estimate")).toMap().value(QStringLiteral("problem")).toMap().value(QStringLiteral("code")).toString(),
              QStringLiteral("no_fee_schedule"));

    const auto refused = complete(t);
    EXPECT_EQ(refused.error.code, ErrorCode::Validation);
    const QString problem = refused.error.fields.value(QStringLiteral("fee_schedule"));
    EXPECT_TRUE(problem.startsWith(QStringLiteral("no fee schedule for repair × 壁挂式空调 (AC-WALL"))) << problem.toStdString();
    EXPECT_TRUE(problem.contains(QStringLiteral("ask an administrator"))) << problem.toStdString();

    const QCborMap now = get(t);
    EXPECT_EQ(state(now), QStringLiteral("on_site"));
    EXPECT_EQ(now.value(QStringLiteral("version")), t.value(QStringLiteral("version")));
    EXPECT_TRUE(now.value(QStringLiteral("diagnosis")).toString().isEmpty());
    EXPECT_FALSE(kinds(t).contains(QStringLiteral("fees_computed")));
    EXPECT_TRUE(fees(t).value(QStringLiteral("fee")).isNull());

    // A schedule valid only from tomorrow does not help today; one valid today does.
    ok(admin, QStringLiteral("fee.schedule.set"),
       {{QStringLiteral("service_type"), QStringLiteral("repair")}, {QStringLiteral("category_code"), QStringLiteral("AC-WALL")},
        {QStringLiteral("labour_fen"), 9900}, {QStringLiteral("travel_fen"), 0},
        {QStringLiteral("valid_from"), m_today.addDays(1).toString(Qt::ISODate)}});
    EXPECT_EQ(complete(t).error.code, ErrorCode::Validation);
    setSchedule(QStringLiteral("AC-WALL"), 6000, 2000);
    const auto done = complete(t);
    ASSERT_TRUE(done.ok) << done.error.message.toStdString();
    EXPECT_EQ(fees(t).value(QStringLiteral("fee")).toMap().value(QStringLiteral("total_fen")).toInteger(), 8000);
}

TEST_F(FeesFlowTest, AnOrderWithoutProductIsCompletedWithoutCharge)
{
    QCborMap t = createTicket(customerA);
    EXPECT_EQ(rule(t.value(QStringLiteral("warranty_verdict")).toMap()), QStringLiteral("no_product"));
    t = step(agent, t, QStringLiteral("dispatch"));
    t = step(staffA, t, QStringLiteral("accept"));
    t = step(staffA, t, QStringLiteral("assign"),
             {{QStringLiteral("technician_id"), techA->userId}, {QStringLiteral("appointment_start"), tomorrow(9)}});
    t = step(techA, t, QStringLiteral("arrive"));
    const auto done = complete(t);
    ASSERT_TRUE(done.ok) << done.error.message.toStdString();
    const QCborMap fee = fees(t).value(QStringLiteral("fee")).toMap();
    EXPECT_EQ(fee.value(QStringLiteral("verdict")).toString(), QStringLiteral("undetermined"));
    EXPECT_EQ(fee.value(QStringLiteral("total_fen")).toInteger(), 0);
}

TEST_F(FeesFlowTest, ThirdRepairOfTheSameFaultInWarrantyIsAReplacement)
{
    const qint64 product = addProduct(60);
    for (int i = 0; i < 2; ++i) {
        const auto done = complete(onSite(product), QStringLiteral("E5"));
        ASSERT_TRUE(done.ok) << done.error.message.toStdString();
    }
    const QCborMap verdict = ok(agent, QStringLiteral("warranty.verdict"),
                                {{QStringLiteral("customer_product_id"), product}, {QStringLiteral("fault_code"), QStringLiteral("E5")}});
    EXPECT_EQ(rule(verdict), QStringLiteral("repeat_failure"));
    EXPECT_EQ(verdict.value(QStringLiteral("remedy")).toString(), QStringLiteral("replace"));
    // Another fault has no such history.
    EXPECT_EQ(rule(ok(agent, QStringLiteral("warranty.verdict"),
                      {{QStringLiteral("customer_product_id"), product}, {QStringLiteral("fault_code"), QStringLiteral("E9")}})),
              QStringLiteral("in_warranty"));
    // By order: the third order, completed with the same fault, is judged a replacement.
    const auto third = complete(onSite(product), QStringLiteral("E5"));
    ASSERT_TRUE(third.ok) << third.error.message.toStdString();
    EXPECT_EQ(rule(third.result.toMap().value(QStringLiteral("warranty_verdict")).toMap()), QStringLiteral("repeat_failure"));
}

TEST_F(FeesFlowTest, PartsBelongToTheServicePointOfTheOrder)
{
    const QCborMap t = onSite(addProduct(60));
    const QCborArray parts{part(QStringLiteral("CAP-35"), QStringLiteral("启动电容"), 1, 1250)};
    const QCborMap args{{QStringLiteral("ticket_id"), id(t)}, {QStringLiteral("version"), t.value(QStringLiteral("version"))},
                        {QStringLiteral("parts"), parts}};
    // Point B neither sees nor changes point A's order; another technician of A may not either.
    EXPECT_EQ(call(staffB, QStringLiteral("ticket.parts.set"), args).error.code, ErrorCode::NotFound);
    EXPECT_EQ(call(staffB, QStringLiteral("ticket.fees.get"), {{QStringLiteral("ticket_id"), id(t)}}).error.code, ErrorCode::NotFound);
    EXPECT_EQ(call(techB, QStringLiteral("ticket.fees.get"), {{QStringLiteral("ticket_id"), id(t)}}).error.code, ErrorCode::NotFound);
    EXPECT_EQ(call(staffB, QStringLiteral("warranty.verdict"), {{QStringLiteral("ticket_id"), id(t)}}).error.code, ErrorCode::NotFound);
    EXPECT_EQ(call(techA2, QStringLiteral("ticket.parts.set"), args).error.code, ErrorCode::PermissionDenied);
    EXPECT_FALSE(fees(t, techA2).value(QStringLiteral("can_edit_parts")).toBool());
    // The agent reads the fees but records no parts (no ticket.parts permission).
    EXPECT_EQ(call(agent, QStringLiteral("ticket.parts.set"), args).error.code, ErrorCode::PermissionDenied);
    EXPECT_FALSE(fees(t, agent).value(QStringLiteral("can_edit_parts")).toBool());
    EXPECT_EQ(get(t).value(QStringLiteral("version")), t.value(QStringLiteral("version")));

    // Bad lines are named, and nothing is written.
    const QCborMap bad{{QStringLiteral("ticket_id"), id(t)}, {QStringLiteral("version"), t.value(QStringLiteral("version"))},
                       {QStringLiteral("parts"), QCborArray{part(QStringLiteral("CAP"), QString(), 0, -1)}}};
    const auto refused = call(staffA, QStringLiteral("ticket.parts.set"), bad);
    EXPECT_EQ(refused.error.code, ErrorCode::Validation);
    EXPECT_EQ(refused.error.fields.keys(), (QStringList{QStringLiteral("parts[0].part_name"), QStringLiteral("parts[0].qty"),
                                                        QStringLiteral("parts[0].unit_price_fen")}));
    EXPECT_TRUE(fees(t).value(QStringLiteral("parts")).toArray().isEmpty());
    EXPECT_FALSE(kinds(t).contains(QStringLiteral("parts_set")));

    // The point's staff and the order's technician may; a stale version is a conflict.
    const QCborMap first = setParts(staffA, t, parts);
    EXPECT_EQ(call(techA, QStringLiteral("ticket.parts.set"), args).error.code, ErrorCode::Conflict);
    QCborMap again = args;
    again.insert(QStringLiteral("version"), first.value(QStringLiteral("ticket_version")));
    again.insert(QStringLiteral("parts"), QCborArray{});
    EXPECT_TRUE(call(techA, QStringLiteral("ticket.parts.set"), again).ok);
    EXPECT_TRUE(fees(t).value(QStringLiteral("parts")).toArray().isEmpty());
}
