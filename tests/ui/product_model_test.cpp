// The Products pane's model under QAbstractItemModelTester, the warranty status and its
// words, the screen pop's warranty summary, and the serial-number detection of the search box.
#include "client/core/customer_product_model.h"
#include "client/core/desk_types.h"
#include "client/core/search_query.h"
#include "client/core/warranty.h"

#include <QAbstractItemModelTester>
#include <QCborArray>

#include <gtest/gtest.h>

using namespace csm::client;
using csm::common::CustomerProduct;

namespace {

const QDate kToday(2026, 6, 15);

CustomerProduct product(qint64 id, const QString& serial, const QDate& warrantyEnd)
{
    CustomerProduct p;
    p.id = id;
    p.version = 1;
    p.modelCode = QStringLiteral("KFR-35GW");
    p.modelName = QStringLiteral("壁挂式空调");
    p.categoryCode = QStringLiteral("AC");
    p.serialNumber = serial;
    p.purchaseDate = warrantyEnd.isValid() ? warrantyEnd.addYears(-1).addDays(1) : QDate();
    p.dealer = QStringLiteral("苏宁\n易购");
    p.warrantyEnd = warrantyEnd;
    p.warrantyMonths = 12;
    return p;
}

} // namespace

TEST(WarrantyStatus, ThresholdsAroundTodayAndThirtyDays)
{
    EXPECT_EQ(warrantyStatus(QDate(), kToday), WarrantyStatus::Unknown);
    EXPECT_EQ(warrantyStatus(kToday.addDays(-1), kToday), WarrantyStatus::Expired);
    EXPECT_EQ(warrantyStatus(kToday, kToday), WarrantyStatus::ExpiresSoon);   // the last day is covered
    EXPECT_EQ(warrantyStatus(kToday.addDays(30), kToday), WarrantyStatus::ExpiresSoon);
    EXPECT_EQ(warrantyStatus(kToday.addDays(31), kToday), WarrantyStatus::InWarranty);
}

TEST(CustomerProductModel, PassesTheModelTester)
{
    CustomerProductModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setToday(kToday);
    model.setProducts({product(1, QStringLiteral("A1"), kToday.addYears(2)), product(2, QString(), QDate())});
    model.upsert(product(3, QStringLiteral("C3"), kToday.addDays(-10)));
    model.upsert(product(1, QStringLiteral("A1-NEW"), kToday.addDays(3)));
    model.setCategoryNames({{QStringLiteral("AC"), QStringLiteral("空调")}});
    model.remove(2);
    model.remove(99);
    EXPECT_EQ(model.rowCount(), 2);
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(CustomerProductModel, ShowsEachProductWithItsWarrantyBadge)
{
    CustomerProductModel model;
    model.setToday(kToday);
    model.setProducts({product(1, QStringLiteral("KFR35GW2403001234"), kToday.addYears(2)),
                       product(2, QString(), QDate()), product(3, QStringLiteral("C3"), kToday.addDays(-1)),
                       product(4, QStringLiteral("D4"), kToday.addDays(12))});
    EXPECT_EQ(model.columnCount(), CustomerProductModel::ColumnCount);
    EXPECT_EQ(model.data(model.index(0, CustomerProductModel::Model)).toString(), QStringLiteral("壁挂式空调 (KFR-35GW)"));
    EXPECT_EQ(model.data(model.index(0, CustomerProductModel::Category)).toString(), QStringLiteral("AC"));
    model.setCategoryNames({{QStringLiteral("AC"), QStringLiteral("空调")}});
    EXPECT_EQ(model.data(model.index(0, CustomerProductModel::Category)).toString(), QStringLiteral("空调"));
    EXPECT_EQ(model.data(model.index(0, CustomerProductModel::Serial)).toString(), QStringLiteral("KFR35GW2403001234"));
    EXPECT_EQ(model.data(model.index(0, CustomerProductModel::Dealer)).toString(), QStringLiteral("苏宁 易购"));
    EXPECT_EQ(model.data(model.index(0, CustomerProductModel::WarrantyEnd)).toString(),
              kToday.addYears(2).toString(Qt::ISODate));
    EXPECT_EQ(model.data(model.index(1, CustomerProductModel::PurchaseDate)).toString(), QString());
    EXPECT_EQ(model.data(model.index(0, CustomerProductModel::Warranty)).toString(), QStringLiteral("In warranty"));
    EXPECT_EQ(model.data(model.index(1, CustomerProductModel::Warranty)).toString(), QStringLiteral("Unknown"));
    EXPECT_EQ(model.data(model.index(2, CustomerProductModel::Warranty)).toString(), QStringLiteral("Expired"));
    EXPECT_EQ(model.data(model.index(3, CustomerProductModel::Warranty)).toString(), QStringLiteral("Expires soon"));
    EXPECT_EQ(model.data(model.index(3, 0), CustomerProductModel::WarrantyStatusRole).toInt(),
              static_cast<int>(WarrantyStatus::ExpiresSoon));
    EXPECT_EQ(model.data(model.index(2, 0), CustomerProductModel::ProductIdRole).toLongLong(), 3);
    EXPECT_EQ(model.countWithStatus(WarrantyStatus::Expired), 1);
    EXPECT_EQ(model.rowOfProduct(4), 3);
    // Five days before the first one ends it expires soon; the fourth has long expired.
    model.setToday(kToday.addYears(2).addDays(-5));
    EXPECT_EQ(model.statusAt(0), WarrantyStatus::ExpiresSoon);
    EXPECT_EQ(model.statusAt(3), WarrantyStatus::Expired);
}

TEST(WarrantySummary, ThePopCarriesItAndTheDeskWordsIt)
{
    const DeskCall call = DeskCall::fromRinging(QCborMap{
        {QStringLiteral("call_key"), QStringLiteral("k1")},
        {QStringLiteral("caller"), QStringLiteral("13912345678")},
        {QStringLiteral("customers"),
         QCborArray{QCborMap{{QStringLiteral("id"), 7},
                             {QStringLiteral("name"), QStringLiteral("张三")},
                             {QStringLiteral("warranty"), QCborMap{{QStringLiteral("products"), 4},
                                                                   {QStringLiteral("in_warranty"), 2},
                                                                   {QStringLiteral("expiring"), 1},
                                                                   {QStringLiteral("expired"), 1},
                                                                   {QStringLiteral("next_end"), QStringLiteral("2026-07-01")}}}},
                    QCborMap{{QStringLiteral("id"), 8}, {QStringLiteral("name"), QStringLiteral("李梅")}}}}});
    ASSERT_EQ(call.customers.size(), 2);
    const WarrantySummary& summary = call.customers[0].warranty;
    EXPECT_EQ(summary.products, 4);
    EXPECT_EQ(summary.inWarranty, 2);
    EXPECT_EQ(summary.expiring, 1);
    EXPECT_EQ(summary.expired, 1);
    EXPECT_EQ(summary.nextEnd, QDate(2026, 7, 1));
    EXPECT_EQ(WarrantyText::summary(summary),
              QStringLiteral("Products: 2 in warranty (next ends 2026-07-01), 1 expire(s) within 30 days, 1 expired, "
                             "1 without warranty dates"));
    ASSERT_NE(call.match(8), nullptr);
    EXPECT_EQ(call.match(8)->warranty.products, 0);   // an older server without the summary
    EXPECT_EQ(WarrantyText::summary(call.match(8)->warranty), QStringLiteral("No products recorded"));
    EXPECT_EQ(call.match(9), nullptr);
}

TEST(SearchQuery, DetectsSerialNumbers)
{
    EXPECT_EQ(detectSearchField(u"KFR35GW2403001234"), SearchField::Serial);
    EXPECT_EQ(detectSearchField(u" kfr35-0001 "), SearchField::Serial);
    EXPECT_EQ(detectSearchField(u"JSQ25/13T.0001"), SearchField::Serial);
    EXPECT_EQ(detectSearchField(u"2024051800017"), SearchField::Phone);   // digits only: choose the field
    EXPECT_EQ(detectSearchField(u"Li Lei"), SearchField::Name);
    EXPECT_EQ(detectSearchField(u"Lilei"), SearchField::Name);          // no digit
    EXPECT_EQ(detectSearchField(u"A1"), SearchField::Name);             // too short to tell
    EXPECT_EQ(detectSearchField(u"中山路100号"), SearchField::Name);
    EXPECT_EQ(customerSearchArgs(SearchField::Auto, QStringLiteral(" KFR35GW2403001234 ")),
              (QCborMap{{QStringLiteral("serial"), QStringLiteral("KFR35GW2403001234")}}));
    EXPECT_EQ(customerSearchArgs(SearchField::Serial, QStringLiteral("2024051800017")),
              (QCborMap{{QStringLiteral("serial"), QStringLiteral("2024051800017")}}));
}
