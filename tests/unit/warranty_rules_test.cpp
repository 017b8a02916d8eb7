// The warranty rule engine (common/model/warranty_rules.h) without a database: each rule, the
// day boundaries of the 三包 periods (7/8, 15/16), the warranty end day, contracts, parameters;
// and the fees computed from a verdict (common/model/fees.h).
#include "common/model/fees.h"
#include "common/model/warranty_rules.h"

#include <gtest/gtest.h>

using namespace csm::common;

namespace {

const QDate kPurchase(2024, 3, 1);

// A repair of a product bought on 2024-03-01 with a 12-month warranty (ends 2025-02-28),
// judged `days` days after the purchase.
WarrantyInput repairOn(qint64 days, const QString& type = QStringLiteral("repair"))
{
    WarrantyInput in;
    in.serviceType = type;
    in.hasProduct = true;
    in.categoryCode = QStringLiteral("AC");
    in.purchaseDate = kPurchase;
    in.warrantyEnd = QDate(2025, 2, 28);
    in.today = kPurchase.addDays(days);
    return in;
}

WarrantyContract contract(const char* kind, const QDate& start, const QDate& end, int visits = 0, int used = 0)
{
    WarrantyContract c;
    c.id = 42;
    c.kind = QLatin1String(kind);
    c.startsOn = start;
    c.endsOn = end;
    c.visits = visits;
    c.visitsUsed = used;
    return c;
}

} // namespace

TEST(WarrantyRules, WithinSevenDaysAPerformanceFaultIsRefundedReplacedOrRepaired)
{
    for (const qint64 day : {0, 1, 7}) {
        const WarrantyVerdict v = judgeWarranty(repairOn(day));
        EXPECT_EQ(v.verdict, QStringLiteral("free")) << day;
        EXPECT_EQ(v.rule, QStringLiteral("refund_period")) << day;
        EXPECT_EQ(v.remedy, QStringLiteral("refund"));
        EXPECT_EQ(v.remedyOptions, (QStringList{QStringLiteral("refund"), QStringLiteral("replace"), QStringLiteral("repair")}));
        EXPECT_TRUE(v.partsFree);
        EXPECT_EQ(v.args.value(QStringLiteral("days_since_purchase")).toInteger(), day);
        EXPECT_EQ(v.args.value(QStringLiteral("limit_days")).toInteger(), 7);
    }
}

TEST(WarrantyRules, DayEightToFifteenIsReplacementOrRepair)
{
    for (const qint64 day : {8, 15}) {
        const WarrantyVerdict v = judgeWarranty(repairOn(day));
        EXPECT_EQ(v.rule, QStringLiteral("replace_period")) << day;
        EXPECT_EQ(v.remedy, QStringLiteral("replace"));
        EXPECT_EQ(v.remedyOptions, (QStringList{QStringLiteral("replace"), QStringLiteral("repair")}));
        EXPECT_TRUE(v.isFree());
    }
    const WarrantyVerdict day16 = judgeWarranty(repairOn(16));
    EXPECT_EQ(day16.rule, QStringLiteral("in_warranty"));
    EXPECT_EQ(day16.remedy, QStringLiteral("repair"));
    EXPECT_EQ(day16.remedyOptions, QStringList{QStringLiteral("repair")});
}

TEST(WarrantyRules, InWarrantyUpToAndIncludingTheEndDayThenPaid)
{
    WarrantyInput in = repairOn(0);
    in.today = QDate(2025, 2, 28);
    WarrantyVerdict v = judgeWarranty(in);
    EXPECT_EQ(v.verdict, QStringLiteral("free"));
    EXPECT_EQ(v.rule, QStringLiteral("in_warranty"));
    EXPECT_EQ(v.args.value(QStringLiteral("warranty_end")).toString(), QStringLiteral("2025-02-28"));

    in.today = QDate(2025, 3, 1);
    v = judgeWarranty(in);
    EXPECT_EQ(v.verdict, QStringLiteral("paid"));
    EXPECT_EQ(v.rule, QStringLiteral("out_of_warranty"));
    EXPECT_FALSE(v.partsFree);
    EXPECT_TRUE(v.isPaid());
    EXPECT_TRUE(v.reason.contains(QStringLiteral("since 2025-03-01"))) << v.reason.toStdString();
}

TEST(WarrantyRules, AfterTwoRepairsOfTheSameFaultInWarrantyTheProductIsReplaced)
{
    WarrantyInput in = repairOn(100);
    in.priorRepairs = 1;
    EXPECT_EQ(judgeWarranty(in).rule, QStringLiteral("in_warranty"));
    in.priorRepairs = 2;
    const WarrantyVerdict v = judgeWarranty(in);
    EXPECT_EQ(v.rule, QStringLiteral("repeat_failure"));
    EXPECT_EQ(v.remedy, QStringLiteral("replace"));
    EXPECT_EQ(v.remedyOptions, (QStringList{QStringLiteral("replace"), QStringLiteral("refund")}));
    EXPECT_EQ(v.args.value(QStringLiteral("repairs")).toInteger(), 2);
    // Out of warranty the repairs no longer entitle to a replacement.
    in.today = QDate(2025, 3, 1);
    EXPECT_EQ(judgeWarranty(in).rule, QStringLiteral("out_of_warranty"));
    // The early periods come first: within 15 days it is the 15-day rule whatever the history.
    in.today = kPurchase.addDays(10);
    EXPECT_EQ(judgeWarranty(in).rule, QStringLiteral("replace_period"));
}

TEST(WarrantyRules, AnExtendedWarrantyMakesAnOutOfWarrantyRepairFree)
{
    WarrantyInput in = repairOn(0);
    in.today = QDate(2025, 6, 1);
    in.contracts = {contract("extended_warranty", QDate(2025, 3, 1), QDate(2026, 2, 28))};
    WarrantyVerdict v = judgeWarranty(in);
    EXPECT_EQ(v.verdict, QStringLiteral("free"));
    EXPECT_EQ(v.rule, QStringLiteral("extended_warranty"));
    EXPECT_EQ(v.contractId, 42);
    EXPECT_TRUE(v.partsFree);
    EXPECT_EQ(v.args.value(QStringLiteral("contract_end")).toString(), QStringLiteral("2026-02-28"));

    // Its last day is covered, the next is not; a cancelled contract covers nothing.
    in.today = QDate(2026, 2, 28);
    EXPECT_EQ(judgeWarranty(in).rule, QStringLiteral("extended_warranty"));
    in.today = QDate(2026, 3, 1);
    EXPECT_EQ(judgeWarranty(in).rule, QStringLiteral("out_of_warranty"));
    in.today = QDate(2025, 6, 1);
    in.contracts[0].active = false;
    EXPECT_EQ(judgeWarranty(in).rule, QStringLiteral("out_of_warranty"));

    // An admin may make extended warranties cover the work but not the parts.
    in.contracts[0].active = true;
    in.params.extendedCoversParts = false;
    v = judgeWarranty(in);
    EXPECT_EQ(v.rule, QStringLiteral("extended_warranty"));
    EXPECT_FALSE(v.partsFree);
}

TEST(WarrantyRules, MaintenanceIsFreeOnlyUnderAPlanWithVisitsLeft)
{
    WarrantyInput in = repairOn(3, QStringLiteral("maintenance"));   // in the 7-day window, still maintenance
    EXPECT_EQ(judgeWarranty(in).rule, QStringLiteral("maintenance_paid"));
    EXPECT_TRUE(judgeWarranty(in).isPaid());
    in.contracts = {contract("maintenance_plan", kPurchase, QDate(2026, 3, 1), 4, 1)};
    const WarrantyVerdict v = judgeWarranty(in);
    EXPECT_EQ(v.rule, QStringLiteral("maintenance_plan"));
    EXPECT_EQ(v.args.value(QStringLiteral("visit")).toInteger(), 2);
    EXPECT_EQ(v.args.value(QStringLiteral("visits")).toInteger(), 4);
    in.contracts[0].visitsUsed = 4;
    EXPECT_EQ(judgeWarranty(in).rule, QStringLiteral("maintenance_paid"));
}

TEST(WarrantyRules, InstallationInWarrantyIsFreeButHasNoThreeGuaranteePeriods)
{
    const WarrantyVerdict v = judgeWarranty(repairOn(2, QStringLiteral("installation")));
    EXPECT_EQ(v.rule, QStringLiteral("in_warranty"));
    EXPECT_EQ(v.remedy, QStringLiteral("repair"));
}

TEST(WarrantyRules, UnknownProductOrDatesAreUndeterminedAndOtherTypesNotCharged)
{
    WarrantyInput in = repairOn(30);
    in.hasProduct = false;
    EXPECT_EQ(judgeWarranty(in).verdict, QStringLiteral("undetermined"));
    EXPECT_EQ(judgeWarranty(in).rule, QStringLiteral("no_product"));

    in = repairOn(30);
    in.purchaseDate = QDate();
    in.warrantyEnd = QDate();
    EXPECT_EQ(judgeWarranty(in).rule, QStringLiteral("no_warranty_dates"));
    EXPECT_FALSE(judgeWarranty(in).isPaid());
    // Only the install date known: the warranty (computed from it) still applies.
    in.warrantyEnd = QDate(2030, 1, 1);
    EXPECT_EQ(judgeWarranty(in).rule, QStringLiteral("in_warranty"));

    for (const char* type : {"consultation", "complaint", "suggestion", "praise"}) {
        const WarrantyVerdict v = judgeWarranty(repairOn(500, QLatin1String(type)));
        EXPECT_EQ(v.verdict, QStringLiteral("not_applicable")) << type;
        EXPECT_TRUE(v.isFree());
    }
}

TEST(WarrantyRules, ParametersMoveTheBoundariesAndZeroTurnsARuleOff)
{
    WarrantyInput in = repairOn(10);
    in.params.refundDays = 10;
    EXPECT_EQ(judgeWarranty(in).rule, QStringLiteral("refund_period"));
    in.params.refundDays = 0;
    in.params.replaceDays = 0;
    EXPECT_EQ(judgeWarranty(in).rule, QStringLiteral("in_warranty"));
    in.priorRepairs = 5;
    in.params.repairLimit = 0;
    EXPECT_EQ(judgeWarranty(in).rule, QStringLiteral("in_warranty"));

    WarrantyParams params;
    for (const QString& key : WarrantyParams::keys()) {
        params.set(key, 1);
        EXPECT_EQ(params.value(key), 1) << key.toStdString();
    }
    EXPECT_EQ(WarrantyParams::maxValue(QStringLiteral("refund_days")), 365);
    EXPECT_EQ(WarrantyParams::maxValue(QStringLiteral("extended_covers_parts")), 1);
}

TEST(WarrantyRules, VerdictSurvivesTheWire)
{
    WarrantyInput in = repairOn(0);
    in.today = QDate(2025, 6, 1);
    in.contracts = {contract("extended_warranty", QDate(2025, 3, 1), QDate(2026, 2, 28))};
    const WarrantyVerdict v = judgeWarranty(in);
    const WarrantyVerdict back = WarrantyVerdict::fromCbor(v.toCbor());
    EXPECT_EQ(back.verdict, v.verdict);
    EXPECT_EQ(back.rule, v.rule);
    EXPECT_EQ(back.remedyOptions, v.remedyOptions);
    EXPECT_EQ(back.contractId, 42);
    EXPECT_EQ(back.args, v.args);
    EXPECT_EQ(back.reason, v.reason);
}

TEST(Fees, PaidChargesLabourTravelAndPartsFreeChargesNothing)
{
    TicketPart capacitor{QStringLiteral("CAP-35"), QStringLiteral("启动电容"), 2, 1250, true, false};
    TicketPart valve{QStringLiteral("VALVE-4"), QStringLiteral("四通阀"), 1, 18000, true, false};
    WarrantyVerdict paid;
    paid.verdict = QStringLiteral("paid");
    FeeAmounts a = computeFees(paid, 5000, 3000, {capacitor, valve});
    EXPECT_EQ(a.labourFen, 5000);
    EXPECT_EQ(a.travelFen, 3000);
    EXPECT_EQ(a.partsFen, 20500);
    EXPECT_EQ(a.totalFen, 28500);
    EXPECT_EQ(a.partsValueFen, 20500);

    WarrantyVerdict free;
    free.verdict = QStringLiteral("free");
    free.partsFree = true;
    a = computeFees(free, 5000, 3000, {capacitor, valve});
    EXPECT_EQ(a.totalFen, 0);
    EXPECT_EQ(a.partsValueFen, 20500);
    free.partsFree = false;   // a contract paying the work, not the parts
    a = computeFees(free, 5000, 3000, {capacitor});
    EXPECT_EQ(a.labourFen, 0);
    EXPECT_EQ(a.partsFen, 2500);
    EXPECT_EQ(a.totalFen, 2500);

    WarrantyVerdict undetermined;
    undetermined.verdict = QStringLiteral("undetermined");
    EXPECT_EQ(computeFees(undetermined, 5000, 3000, {valve}).totalFen, 0);
}

TEST(Fees, PartsListsAreCheckedLineByLine)
{
    QCborArray parts{QCborMap{{QStringLiteral("part_code"), QStringLiteral("cap-35")},
                              {QStringLiteral("part_name"), QStringLiteral("启动电容")},
                              {QStringLiteral("qty"), 2},
                              {QStringLiteral("unit_price_fen"), 1250}}};
    EXPECT_TRUE(validateTicketParts(parts).isEmpty());
    EXPECT_EQ(ticketPartsFromCbor(parts)[0].partCode, QStringLiteral("CAP-35"));
    EXPECT_TRUE(ticketPartsFromCbor(parts)[0].recoverOld);

    parts.append(QCborMap{{QStringLiteral("part_code"), QStringLiteral("电容")},
                          {QStringLiteral("part_name"), QString()},
                          {QStringLiteral("qty"), 0},
                          {QStringLiteral("unit_price_fen"), 12.5},
                          {QStringLiteral("recover_old"), false},
                          {QStringLiteral("recovered"), true}});
    const auto problems = validateTicketParts(parts);
    EXPECT_EQ(problems.keys(), (QStringList{QStringLiteral("parts[1].part_code"), QStringLiteral("parts[1].part_name"),
                                            QStringLiteral("parts[1].qty"), QStringLiteral("parts[1].recovered"),
                                            QStringLiteral("parts[1].unit_price_fen")}));
    EXPECT_FALSE(validateTicketParts(QCborValue(QStringLiteral("x"))).isEmpty());
}
