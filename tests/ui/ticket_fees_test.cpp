// "Warranty and fees" in the order window against a real server: the service point sees the
// verdict of an out-of-warranty product, records parts (prices typed in yuan, sent in fen), sees
// the estimate, a bad line is named and not sent; after completion the charged fees show and the
// parts are read-only. The admin keeps fee schedules in Administration → Fees. Also the screenshot.
#include "tests/ui/ticket_test_support.h"

#include "client/app/admin_page.h"
#include "client/app/client_app.h"
#include "client/app/fee_schedules_tab.h"
#include "client/app/main_window.h"
#include "client/app/ticket_detail_dialog.h"
#include "client/app/ticket_fees_box.h"
#include "client/app/tickets_page.h"
#include "client/core/fee_schedule_controller.h"
#include "client/core/fee_schedule_model.h"
#include "client/core/fee_text.h"
#include "client/core/ticket_controller.h"
#include "client/core/ticket_fees_controller.h"
#include "client/core/ticket_list_controller.h"
#include "client/core/ticket_list_model.h"
#include "client/core/ticket_parts_model.h"
#include "client/core/ticket_timeline_model.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

#include <iostream>

using namespace csm;
using client::TicketPartsModel;

namespace {

class UiTicketFees : public test::TicketUiTest {
protected:
    void SetUp() override
    {
        TicketUiTest::SetUp();
        if (HasFatalFailure())
            return;
        // A 12-month model bought 400 days ago: out of warranty; repairs of 空调 cost ¥50 + ¥30.
        {
            pqxx::work tx(m_harness->connection());
            tx.exec0("INSERT INTO product_model (code, name, category_code, warranty_months)"
                     " VALUES ('KFR-26GW', '壁挂式空调 大1匹', 'AC', 12)");
            m_oldProduct = tx.exec1("INSERT INTO customer_product (customer_id, model_id, purchase_date, warranty_end)"
                                    " SELECT " + std::to_string(m_customer) + ", id, current_date - 400,"
                                    " current_date - 35 FROM product_model WHERE code = 'KFR-26GW' RETURNING id")[0]
                               .as<qint64>();
            tx.commit();
        }
        const auto schedule = callAs(m_admin, QStringLiteral("fee.schedule.set"),
                                     QCborMap{{QStringLiteral("service_type"), QStringLiteral("repair")},
                                              {QStringLiteral("category_code"), QStringLiteral("AC")},
                                              {QStringLiteral("labour_fen"), 5000},
                                              {QStringLiteral("travel_fen"), 3000}});
        ASSERT_TRUE(schedule.ok) << schedule.error.message.toStdString();
        QCborMap t = ok(m_agent, QStringLiteral("ticket.create"),
                        {{QStringLiteral("service_type"), QStringLiteral("repair")},
                         {QStringLiteral("customer_id"), m_customer},
                         {QStringLiteral("customer_product_id"), m_oldProduct},
                         {QStringLiteral("description"), QStringLiteral("空调不制冷，外机不转")}});
        t = move(m_agent, t, QStringLiteral("dispatch"), {});
        t = move(m_point, t, QStringLiteral("accept"), {});
        m_ticket = move(m_point, t, QStringLiteral("assign"),
                        {{QStringLiteral("technician_id"), m_technician->userId},
                         {QStringLiteral("appointment_start"),
                          QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODateWithMs)}});
    }

    QCborMap ok(const server::SessionPtr& who, const QString& op, const QCborMap& args)
    {
        const auto response = callAs(who, op, args);
        EXPECT_TRUE(response.ok) << op.toStdString() << ": " << response.error.message.toStdString();
        return response.result.toMap();
    }
    QCborMap move(const server::SessionPtr& who, const QCborMap& t, const QString& transition, const QCborMap& fields)
    {
        return ok(who, QStringLiteral("ticket.transition"),
                  {{QStringLiteral("id"), t.value(QStringLiteral("id"))}, {QStringLiteral("version"), t.value(QStringLiteral("version"))},
                   {QStringLiteral("transition"), transition}, {QStringLiteral("fields"), fields}});
    }

    // Signs in as the service point and opens the order; the fees tab shown and loaded.
    client::ui::TicketDetailDialog* openAsPoint(client::ui::ClientApp& app)
    {
        app.start({serverAddress(), QStringLiteral("pointa"), QStringLiteral("secret-pass-1")});
        EXPECT_TRUE(test::waitFor([&] { return app.mainWindow() && app.mainWindow()->isVisible(); }));
        client::ui::MainWindow* window = app.mainWindow();
        window->resize(1366, 768);
        EXPECT_TRUE(window->showWorkspace(QStringLiteral("tickets")));
        client::ui::TicketsPage* page = window->ticketsPage();
        EXPECT_TRUE(test::waitFor([&] { return page->controller()->isLoaded() && page->model()->rowCount() == 1; }));
        client::ui::TicketDetailDialog* detail = page->openRow(0);
        detail->tabs()->setCurrentWidget(detail->feesBox());
        EXPECT_TRUE(test::waitFor([&] { return detail->controller()->isLoaded() && detail->feesBox()->controller()->isLoaded(); }));
        return detail;
    }

    qint64 m_oldProduct = 0;
    QCborMap m_ticket;
};

// Run under Xvfb with the other screenshots (--gtest_filter='Screenshot*').
class ScreenshotTicketFees : public UiTicketFees {};

} // namespace

TEST_F(UiTicketFees, ThePointRecordsPartsInYuanAndSeesTheFees)
{
    setLanguage(QStringLiteral("en"));
    client::ui::ClientApp app;
    client::ui::TicketDetailDialog* detail = openAsPoint(app);
    client::ui::TicketFeesBox* box = detail->feesBox();
    TicketPartsModel* parts = box->partsModel();
    QAbstractItemModelTester tester(parts, QAbstractItemModelTester::FailureReportingMode::Warning);

    EXPECT_EQ(box->verdictBadge()->text(), QStringLiteral("Charged to the customer"));
    EXPECT_TRUE(box->verdictText()->text().contains(QStringLiteral("Out of warranty"))) << box->verdictText()->text().toStdString();
    EXPECT_TRUE(test::child<QLabel>(detail, QStringLiteral("warrantyValue"))->text().startsWith(QStringLiteral("Charged")));
    EXPECT_EQ(box->totalLabel()->text(), QStringLiteral("¥80.00"));   // labour + travel, no parts yet
    ASSERT_TRUE(box->addButton()->isVisible());
    EXPECT_FALSE(box->saveButton()->isEnabled());

    // A part typed in yuan; a price with three decimals is refused by the model.
    box->addPart();
    parts->setData(parts->index(0, TicketPartsModel::Code), QStringLiteral("cap-35"));
    parts->setData(parts->index(0, TicketPartsModel::Name), QStringLiteral("启动电容"));
    parts->setData(parts->index(0, TicketPartsModel::Qty), QStringLiteral("2"));
    EXPECT_FALSE(parts->setData(parts->index(0, TicketPartsModel::UnitPrice), QStringLiteral("12.345")));
    EXPECT_TRUE(parts->setData(parts->index(0, TicketPartsModel::UnitPrice), QStringLiteral("¥12.50")));
    EXPECT_EQ(parts->index(0, TicketPartsModel::Code).data().toString(), QStringLiteral("CAP-35"));
    EXPECT_EQ(parts->index(0, TicketPartsModel::UnitPrice).data().toString(), QStringLiteral("¥12.50"));
    EXPECT_EQ(parts->index(0, TicketPartsModel::Amount).data().toString(), QStringLiteral("¥25.00"));
    EXPECT_EQ(parts->parts()[0].unitPriceFen, 1250);
    EXPECT_TRUE(box->saveButton()->isEnabled());

    // A second line without a name: named under the table, nothing sent.
    box->addPart();
    parts->setData(parts->index(1, TicketPartsModel::Code), QStringLiteral("FAN"));
    box->saveButton()->click();
    ASSERT_TRUE(test::waitFor([&] { return box->problemsLabel()->isVisible(); }));
    EXPECT_TRUE(box->problemsLabel()->text().startsWith(QStringLiteral("Row 2, Part name:"))) << box->problemsLabel()->text().toStdString();
    const int version = detail->controller()->ticket().version;
    EXPECT_EQ(box->controller()->ticketVersion(), version);

    box->partsView()->setCurrentIndex(parts->index(1, 0));
    box->removeButton()->click();
    EXPECT_EQ(parts->rowCount(), 1);
    box->saveButton()->click();
    ASSERT_TRUE(test::waitFor([&] { return detail->controller()->ticket().version == version + 1 && !parts->isDirty(); }));
    ASSERT_TRUE(test::waitFor([&] { return box->totalLabel()->text() == QStringLiteral("¥105.00"); }))
        << box->totalLabel()->text().toStdString();
    EXPECT_FALSE(box->problemsLabel()->isVisible());
    EXPECT_EQ(ok(m_point, QStringLiteral("ticket.fees.get"), {{QStringLiteral("ticket_id"), m_ticket.value(QStringLiteral("id"))}})
                  .value(QStringLiteral("parts_value_fen")).toInteger(),
              2500);
    ASSERT_TRUE(test::waitFor([&] { return detail->timeline()->rowCount() > 0; }));

    // The technician completes the order: the box shows what was charged, read-only.
    QCborMap t = ok(m_technician, QStringLiteral("ticket.get"), {{QStringLiteral("id"), m_ticket.value(QStringLiteral("id"))}});
    t = move(m_technician, t, QStringLiteral("arrive"), {});
    move(m_technician, t, QStringLiteral("complete"),
         {{QStringLiteral("diagnosis"), QStringLiteral("电容损坏")}, {QStringLiteral("resolution"), QStringLiteral("更换电容")}});
    detail->controller()->reload();
    ASSERT_TRUE(test::waitFor([&] { return box->controller()->fee().has_value(); }));
    EXPECT_EQ(box->totalLabel()->text(), QStringLiteral("¥105.00"));
    EXPECT_FALSE(box->addButton()->isVisible());
    EXPECT_FALSE(parts->flags(parts->index(0, TicketPartsModel::Qty)).testFlag(Qt::ItemIsEditable));
    EXPECT_TRUE(box->verdictText()->toolTip().contains(QStringLiteral("completed")));
    detail->close();
}

TEST_F(UiTicketFees, TheAdminKeepsFeeSchedules)
{
    setLanguage(QStringLiteral("en"));
    client::ui::ClientApp app;
    app.start({serverAddress(), QStringLiteral("boss"), QStringLiteral("secret-pass-1")});
    ASSERT_TRUE(test::waitFor([&] { return app.mainWindow() && app.mainWindow()->isVisible(); }));
    ASSERT_TRUE(app.mainWindow()->showWorkspace(QStringLiteral("admin")));
    client::ui::AdminPage* admin = app.mainWindow()->adminPage();
    ASSERT_NE(admin->feeSchedulesTab(), nullptr);
    client::ui::FeeSchedulesTab* tab = admin->feeSchedulesTab();
    admin->tabs()->setCurrentWidget(tab);
    ASSERT_TRUE(test::waitFor([&] { return tab->model()->rowCount() == 1 && tab->categoryCombo()->count() > 0; }));
    QAbstractItemModelTester tester(tab->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(tab->model()->index(0, client::FeeScheduleModel::Labour).data().toString(), QStringLiteral("¥50.00"));
    EXPECT_EQ(tab->model()->index(0, client::FeeScheduleModel::Current).data().toString(), QStringLiteral("applies today"));

    // Change the selected row: same service type, category and day.
    tab->table()->setCurrentIndex(tab->model()->index(0, 0));
    EXPECT_EQ(tab->labourEdit()->text(), QStringLiteral("50.00"));
    tab->labourEdit()->setText(QStringLiteral("55.5"));
    tab->save();
    ASSERT_TRUE(test::waitFor([&] {
        return tab->model()->rowCount() == 1
            && tab->model()->index(0, client::FeeScheduleModel::Labour).data().toString() == QStringLiteral("¥55.50");
    }));
    // A new row for installation; garbage in a fee is named and nothing is sent.
    tab->startNew();
    tab->serviceTypeCombo()->setCurrentIndex(tab->serviceTypeCombo()->findData(QStringLiteral("installation")));
    tab->labourEdit()->setText(QStringLiteral("abc"));
    tab->travelEdit()->setText(QStringLiteral("0"));
    tab->save();
    EXPECT_TRUE(tab->problemLabel()->isVisible());
    tab->labourEdit()->setText(QStringLiteral("150"));
    tab->save();
    ASSERT_TRUE(test::waitFor([&] { return tab->model()->rowCount() == 2; }));
    EXPECT_FALSE(tab->problemLabel()->isVisible());
}

TEST_F(ScreenshotTicketFees, FeesBoxInChineseAndEnglish)
{
    ok(m_point, QStringLiteral("ticket.parts.set"),
       {{QStringLiteral("ticket_id"), m_ticket.value(QStringLiteral("id"))}, {QStringLiteral("version"), m_ticket.value(QStringLiteral("version"))},
        {QStringLiteral("parts"), QCborArray{QCborMap{{QStringLiteral("part_code"), QStringLiteral("CAP-35")},
                                                      {QStringLiteral("part_name"), QStringLiteral("启动电容 35μF")},
                                                      {QStringLiteral("qty"), 2}, {QStringLiteral("unit_price_fen"), 1250}},
                                             QCborMap{{QStringLiteral("part_code"), QStringLiteral("FAN-M1")},
                                                      {QStringLiteral("part_name"), QStringLiteral("室外风扇电机")},
                                                      {QStringLiteral("qty"), 1}, {QStringLiteral("unit_price_fen"), 12000},
                                                      {QStringLiteral("recover_old"), true}}}}});
    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        setLanguage(language);
        client::ui::ClientApp app;
        client::ui::TicketDetailDialog* detail = openAsPoint(app);
        ASSERT_TRUE(test::waitFor([&] { return detail->feesBox()->partsModel()->rowCount() == 2; }));
        detail->resize(960, 700);
        ASSERT_TRUE(test::saveScreenshot(detail, language == QLatin1String("en") ? QStringLiteral("ticket-fees-en.png")
                                                                                  : QStringLiteral("ticket-fees.png")));
        detail->close();
    }
}
