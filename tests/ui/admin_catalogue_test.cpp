// Administration → Fault codes, SLA and SMS templates against a real server: the admin adds,
// renames and (after confirming) deactivates fault codes of a category; edits an SLA policy and
// the business calendar; rewords an SMS template with a live preview. The server's refusals show
// under the fields and nothing is written. The tabs follow the permissions. Also the screenshots.
#include "tests/ui/ticket_test_support.h"

#include "client/app/admin_page.h"
#include "client/app/client_app.h"
#include "client/app/fault_codes_tab.h"
#include "client/app/field_errors.h"
#include "client/app/main_window.h"
#include "client/app/sla_tab.h"
#include "client/app/sms_templates_tab.h"
#include "client/core/fault_code_admin_controller.h"
#include "client/core/fault_code_admin_model.h"
#include "client/core/notification_template_controller.h"
#include "client/core/notification_template_model.h"
#include "client/core/sla_admin_controller.h"
#include "client/core/sla_policy_model.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimeEdit>

using namespace csm;

namespace {

class AdminCatalogueUi : public test::TicketUiTest {
protected:
    void SetUp() override
    {
        TicketUiTest::SetUp();
        if (HasFatalFailure())
            return;
        pqxx::work tx(m_harness->connection());
        tx.exec0("INSERT INTO product_category (code, name) VALUES ('TV', '电视')");
        tx.commit();
    }

    // Signs in as `user` and opens Administration; null when the user has no such workspace.
    client::ui::AdminPage* openAdmin(client::ui::ClientApp& app, const QString& user = QStringLiteral("boss"))
    {
        app.start({serverAddress(), user, QStringLiteral("secret-pass-1")});
        EXPECT_TRUE(test::waitFor([&] { return app.mainWindow() && app.mainWindow()->isVisible(); }));
        app.mainWindow()->resize(1366, 768);
        if (!app.mainWindow()->showWorkspace(QStringLiteral("admin")))
            return nullptr;
        return app.mainWindow()->adminPage();
    }

    QCborMap ok(const server::SessionPtr& who, const QString& op, const QCborMap& args = {})
    {
        const auto response = callAs(who, op, args);
        EXPECT_TRUE(response.ok) << op.toStdString() << ": " << response.error.message.toStdString();
        return response.result.toMap();
    }

    QCborMap serverPolicy(const QString& type, const QString& severity)
    {
        for (const QCborValue& item : ok(m_admin, QStringLiteral("sla.policy.list")).value(QStringLiteral("items")).toArray())
            if (item.toMap().value(QStringLiteral("service_type")).toString() == type
                && item.toMap().value(QStringLiteral("severity")).toString() == severity)
                return item.toMap();
        return {};
    }

    static void confirm(QWidget* parent, const QString& name)
    {
        QMessageBox* box = nullptr;
        ASSERT_TRUE(test::waitFor([&] {
            box = parent->findChild<QMessageBox*>(name);
            return box && box->isVisible();
        }));
        test::child<QPushButton>(box, QStringLiteral("confirmButton"))->click();
    }
};

// Run under Xvfb with the other screenshots (--gtest_filter='Screenshot*').
class ScreenshotAdminCatalogue : public AdminCatalogueUi {};

} // namespace

TEST_F(AdminCatalogueUi, TheAdminAddsRenamesAndDeactivatesFaultCodes)
{
    setLanguage(QStringLiteral("en"));
    client::ui::ClientApp app;
    client::ui::AdminPage* admin = openAdmin(app);
    ASSERT_NE(admin, nullptr);
    client::ui::FaultCodesTab* tab = admin->faultCodesTab();
    ASSERT_NE(tab, nullptr);
    admin->tabs()->setCurrentWidget(tab);
    QAbstractItemModelTester tester(tab->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_TRUE(test::waitFor([&] { return tab->categoryCombo()->count() == 2 && !tab->controller()->category().isEmpty(); }));
    tab->categoryCombo()->setCurrentIndex(tab->categoryCombo()->findData(QStringLiteral("AC")));
    ASSERT_TRUE(test::waitFor([&] { return tab->controller()->category() == QLatin1String("AC") && !tab->controller()->isBusy(); }));
    EXPECT_EQ(tab->model()->rowCount(), 0);

    // A code the server refuses: named under the code field, nothing written.
    tab->startNew();
    tab->codeEdit()->setText(QStringLiteral("E 1!"));
    tab->nameEdit()->setText(QStringLiteral("室内温度传感器故障"));
    tab->save();
    ASSERT_TRUE(test::waitFor([&] { return !tab->fieldErrors()->messageFor(QStringLiteral("code")).isEmpty(); }));
    EXPECT_TRUE(tab->fieldErrors()->messageFor(QStringLiteral("code")).contains(QStringLiteral("E1, F3")))
        << tab->fieldErrors()->messageFor(QStringLiteral("code")).toStdString();
    EXPECT_EQ(ok(m_admin, QStringLiteral("fault_code.list"), {{QStringLiteral("category"), QStringLiteral("AC")}})
                  .value(QStringLiteral("items")).toArray().size(), 0);
    // Without a name: under the name field.
    tab->codeEdit()->setText(QStringLiteral("E1"));
    tab->nameEdit()->clear();
    tab->save();
    ASSERT_TRUE(test::waitFor([&] { return !tab->fieldErrors()->messageFor(QStringLiteral("name")).isEmpty(); }));
    EXPECT_TRUE(tab->fieldErrors()->messageFor(QStringLiteral("code")).isEmpty());

    tab->nameEdit()->setText(QStringLiteral("室内温度传感器故障"));
    tab->save();
    ASSERT_TRUE(test::waitFor([&] { return tab->model()->rowCount() == 1; }));
    EXPECT_FALSE(tab->fieldErrors()->hasProblems());
    tab->startNew();
    tab->codeEdit()->setText(QStringLiteral("E2"));
    tab->nameEdit()->setText(QStringLiteral("盘管传感器故障"));
    tab->save();
    ASSERT_TRUE(test::waitFor([&] { return tab->model()->rowCount() == 2; }));

    // Rename the selected one: its code cannot be edited.
    tab->table()->setCurrentIndex(tab->model()->index(1, 0));
    EXPECT_EQ(tab->codeEdit()->text(), QStringLiteral("E2"));
    EXPECT_TRUE(tab->codeEdit()->isReadOnly());
    tab->nameEdit()->setText(QStringLiteral("室内盘管温度传感器故障"));
    tab->save();
    ASSERT_TRUE(test::waitFor([&] {
        return tab->model()->index(1, client::FaultCodeAdminModel::Name).data().toString() == QStringLiteral("室内盘管温度传感器故障");
    }));

    // Deactivate after confirming: the row stays, inactive; the server no longer accepts it.
    tab->table()->setCurrentIndex(tab->model()->index(0, 0));
    ASSERT_TRUE(tab->deactivateButton()->isEnabled());
    tab->deactivateButton()->click();
    confirm(tab, QStringLiteral("deactivateFaultCodeBox"));
    ASSERT_TRUE(test::waitFor([&] {
        return tab->model()->rowCount() == 2
            && tab->model()->index(0, client::FaultCodeAdminModel::Status).data().toString() == QStringLiteral("Inactive");
    }));
    EXPECT_FALSE(tab->deactivateButton()->isEnabled());
    const QCborArray active = ok(m_admin, QStringLiteral("fault_code.list"), {{QStringLiteral("category"), QStringLiteral("AC")}})
                                  .value(QStringLiteral("items")).toArray();
    ASSERT_EQ(active.size(), 1);
    EXPECT_EQ(active[0].toMap().value(QStringLiteral("code")).toString(), QStringLiteral("E2"));

    // The other category has its own (empty) list.
    tab->categoryCombo()->setCurrentIndex(tab->categoryCombo()->findData(QStringLiteral("TV")));
    ASSERT_TRUE(test::waitFor([&] { return tab->controller()->category() == QLatin1String("TV") && !tab->controller()->isBusy(); }));
    EXPECT_EQ(tab->model()->rowCount(), 0);
}

TEST_F(AdminCatalogueUi, TheAdminEditsAPolicyAndTheBusinessCalendar)
{
    setLanguage(QStringLiteral("en"));
    client::ui::ClientApp app;
    client::ui::AdminPage* admin = openAdmin(app);
    ASSERT_NE(admin, nullptr);
    client::ui::SlaTab* tab = admin->slaTab();
    ASSERT_NE(tab, nullptr);
    admin->tabs()->setCurrentWidget(tab);
    QAbstractItemModelTester tester(tab->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_TRUE(test::waitFor([&] { return tab->controller()->isLoaded(); }));
    EXPECT_EQ(tab->model()->rowCount(), 20);   // 10 service types × 2 severities
    const int row = tab->model()->rowOf(QStringLiteral("repair"), QStringLiteral("major"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(tab->model()->index(row, client::SlaPolicyModel::Response).data().toString(), QStringLiteral("2 h"));
    EXPECT_EQ(tab->model()->index(tab->model()->rowOf(QStringLiteral("consultation"), QStringLiteral("general")),
                                  client::SlaPolicyModel::Response).data().toString(),
              QStringLiteral("—"));

    tab->table()->setCurrentIndex(tab->model()->index(row, 0));
    EXPECT_DOUBLE_EQ(tab->responseHours()->value(), 2.0);
    // On site sooner than the response: the server names the field, nothing written.
    tab->responseHours()->setValue(3);
    tab->onSiteHours()->setValue(2.5);
    tab->savePolicy();
    ASSERT_TRUE(test::waitFor([&] { return !tab->policyErrors()->messageFor(QStringLiteral("on_site_minutes")).isEmpty(); }));
    EXPECT_EQ(tab->policyErrors()->messageFor(QStringLiteral("on_site_minutes")),
              QStringLiteral("Must not be shorter than the response time."));
    EXPECT_EQ(serverPolicy(QStringLiteral("repair"), QStringLiteral("major")).value(QStringLiteral("response_minutes")).toInteger(), 120);

    tab->onSiteHours()->setValue(12.5);
    tab->businessHoursCheck()->setChecked(true);
    tab->savePolicy();
    ASSERT_TRUE(test::waitFor([&] {
        return tab->model()->index(row, client::SlaPolicyModel::OnSite).data().toString() == QStringLiteral("12.5 h");
    }));
    const QCborMap saved = serverPolicy(QStringLiteral("repair"), QStringLiteral("major"));
    EXPECT_EQ(saved.value(QStringLiteral("response_minutes")).toInteger(), 180);
    EXPECT_EQ(saved.value(QStringLiteral("on_site_minutes")).toInteger(), 750);
    EXPECT_TRUE(saved.value(QStringLiteral("business_hours")).toBool());
    EXPECT_FALSE(tab->policyErrors()->hasProblems());

    // The calendar: every day 08:00–20:00 by default; Sunday off and a holiday.
    ASSERT_EQ(tab->dayRows().size(), 7);
    EXPECT_TRUE(tab->dayRows()[6].working->isChecked());
    tab->dayRows()[6].working->setChecked(false);
    tab->holidayDate()->setDate(QDate(2030, 10, 1));
    tab->holidayName()->setText(QStringLiteral("国庆节"));
    tab->addHoliday();
    EXPECT_EQ(tab->holidayTable()->rowCount(), 1);
    // An end before the start: refused on work_hours.
    tab->dayRows()[0].end->setTime(QTime(7, 0));
    tab->saveCalendar();
    ASSERT_TRUE(test::waitFor([&] { return !tab->calendarErrors()->messageFor(QStringLiteral("work_hours")).isEmpty(); }));
    tab->dayRows()[0].end->setTime(QTime(18, 0));
    tab->saveCalendar();
    ASSERT_TRUE(test::waitFor([&] { return !tab->controller()->isBusy() && !tab->calendarErrors()->hasProblems(); }));
    const QCborMap calendar = ok(m_admin, QStringLiteral("sla.policy.list")).value(QStringLiteral("calendar")).toMap();
    const QCborArray hours = calendar.value(QStringLiteral("work_hours")).toArray();
    ASSERT_EQ(hours.size(), 6);
    EXPECT_EQ(hours[0].toMap().value(QStringLiteral("end")).toString(), QStringLiteral("18:00"));
    const QCborArray holidays = calendar.value(QStringLiteral("holidays")).toArray();
    ASSERT_EQ(holidays.size(), 1);
    EXPECT_EQ(holidays[0].toMap().value(QStringLiteral("day")).toString(), QStringLiteral("2030-10-01"));
    EXPECT_EQ(holidays[0].toMap().value(QStringLiteral("name")).toString(), QStringLiteral("国庆节"));
}

TEST_F(AdminCatalogueUi, TheAdminRewordsAnSmsTemplateWithAPreview)
{
    setLanguage(QStringLiteral("en"));
    client::ui::ClientApp app;
    client::ui::AdminPage* admin = openAdmin(app);
    ASSERT_NE(admin, nullptr);
    client::ui::SmsTemplatesTab* tab = admin->smsTemplatesTab();
    ASSERT_NE(tab, nullptr);
    admin->tabs()->setCurrentWidget(tab);
    QAbstractItemModelTester tester(tab->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_TRUE(test::waitFor([&] { return tab->model()->rowCount() == 4 && tab->codeEdit()->text() == QStringLiteral("ticket.assigned"); }));
    const int row = tab->model()->rowOf(QStringLiteral("ticket.dispatched"));
    tab->table()->setCurrentIndex(tab->model()->index(row, 0));
    EXPECT_EQ(tab->codeEdit()->text(), QStringLiteral("ticket.dispatched"));
    EXPECT_TRUE(tab->previewLabel()->text().contains(QStringLiteral("Xuanwu service point"))) << tab->previewLabel()->text().toStdString();
    EXPECT_FALSE(tab->previewLabel()->text().contains(QStringLiteral("{unit}")));

    // An unknown placeholder: the server names it under the text; the stored text stays.
    tab->bodyEdit()->setPlainText(QStringLiteral("{customer}您好，服务单{number}已派至{unit}。"));
    EXPECT_TRUE(tab->previewLabel()->text().contains(QStringLiteral("{customer}")));
    tab->save();
    ASSERT_TRUE(test::waitFor([&] { return !tab->fieldErrors()->messageFor(QStringLiteral("body")).isEmpty(); }));
    EXPECT_TRUE(tab->fieldErrors()->messageFor(QStringLiteral("body")).startsWith(QStringLiteral("Unknown placeholder {customer}.")))
        << tab->fieldErrors()->messageFor(QStringLiteral("body")).toStdString();

    tab->bodyEdit()->setPlainText(QStringLiteral("【CSM】服务单{number}已派至{unit}。"));
    tab->save();
    ASSERT_TRUE(test::waitFor([&] {
        return tab->model()->templateAt(tab->model()->rowOf(QStringLiteral("ticket.dispatched"))).version == 2;
    }));
    EXPECT_FALSE(tab->fieldErrors()->hasProblems());
    bool found = false;
    for (const QCborValue& item : ok(m_admin, QStringLiteral("notification.template.list")).value(QStringLiteral("items")).toArray())
        if (item.toMap().value(QStringLiteral("code")).toString() == QStringLiteral("ticket.dispatched")) {
            found = true;
            EXPECT_EQ(item.toMap().value(QStringLiteral("body")).toString(), QStringLiteral("【CSM】服务单{number}已派至{unit}。"));
        }
    EXPECT_TRUE(found);

    // A new template.
    tab->startNew();
    EXPECT_FALSE(tab->codeEdit()->isReadOnly());
    tab->codeEdit()->setText(QStringLiteral("ticket.visit_reminder"));
    tab->bodyEdit()->setPlainText(QStringLiteral("{technician}将于{appointment}上门。"));
    tab->save();
    ASSERT_TRUE(test::waitFor([&] { return tab->model()->rowCount() == 5; }));
}

TEST_F(AdminCatalogueUi, TheTabsFollowThePermissions)
{
    setLanguage(QStringLiteral("en"));
    {   // A service point reads SMS (notify.read) but has no Administration.
        client::ui::ClientApp app;
        EXPECT_EQ(openAdmin(app, QStringLiteral("pointa")), nullptr);
    }
    {   // A supervisor allowed to edit regions only: no fault codes, SLA or SMS tab.
        pqxx::work tx(m_harness->connection());
        tx.exec0("INSERT INTO role_permission (role_code, permission_code) VALUES ('supervisor', 'admin.regions')");
        tx.commit();
    }
    m_harness->createUser(QStringLiteral("super"), QStringLiteral("HQ"), {QStringLiteral("supervisor")});
    client::ui::ClientApp app;
    client::ui::AdminPage* admin = openAdmin(app, QStringLiteral("super"));
    ASSERT_NE(admin, nullptr);
    EXPECT_EQ(admin->tabs()->count(), 1);
    EXPECT_EQ(admin->faultCodesTab(), nullptr);
    EXPECT_EQ(admin->slaTab(), nullptr);
    EXPECT_EQ(admin->smsTemplatesTab(), nullptr);
}

TEST_F(ScreenshotAdminCatalogue, FaultCodesSlaAndSmsTabsInChineseAndEnglish)
{
    ok(m_admin, QStringLiteral("fault_code.set"), {{QStringLiteral("category"), QStringLiteral("AC")}, {QStringLiteral("code"), QStringLiteral("E1")},
                                                   {QStringLiteral("name"), QStringLiteral("室内温度传感器故障")}});
    ok(m_admin, QStringLiteral("fault_code.set"), {{QStringLiteral("category"), QStringLiteral("AC")}, {QStringLiteral("code"), QStringLiteral("E2")},
                                                   {QStringLiteral("name"), QStringLiteral("室内盘管温度传感器故障")}});
    ok(m_admin, QStringLiteral("fault_code.set"), {{QStringLiteral("category"), QStringLiteral("AC")}, {QStringLiteral("code"), QStringLiteral("F3")},
                                                   {QStringLiteral("name"), QStringLiteral("通讯故障")}, {QStringLiteral("active"), false}});
    ok(m_admin, QStringLiteral("sla.calendar.set"),
       {{QStringLiteral("work_hours"), QCborArray{QCborMap{{QStringLiteral("weekday"), 1}, {QStringLiteral("start"), QStringLiteral("08:30")},
                                                           {QStringLiteral("end"), QStringLiteral("18:00")}}}},
        {QStringLiteral("holidays"), QCborArray{QCborMap{{QStringLiteral("day"), QStringLiteral("2030-10-01")},
                                                         {QStringLiteral("name"), QStringLiteral("国庆节")}}}}});
    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        setLanguage(language);
        client::ui::ClientApp app;
        client::ui::AdminPage* admin = openAdmin(app);
        ASSERT_NE(admin, nullptr);
        QWidget* window = app.mainWindow();
        const QString suffix = language == QLatin1String("en") ? QStringLiteral("-en.png") : QStringLiteral(".png");

        admin->tabs()->setCurrentWidget(admin->faultCodesTab());
        client::ui::FaultCodesTab* codes = admin->faultCodesTab();
        ASSERT_TRUE(test::waitFor([&] { return codes->categoryCombo()->count() == 2; }));
        codes->categoryCombo()->setCurrentIndex(codes->categoryCombo()->findData(QStringLiteral("AC")));
        ASSERT_TRUE(test::waitFor([&] { return codes->model()->rowCount() == 3; }));
        codes->table()->setCurrentIndex(codes->model()->index(1, 0));
        ASSERT_TRUE(test::saveScreenshot(window, QStringLiteral("admin-fault-codes") + suffix));

        admin->tabs()->setCurrentWidget(admin->slaTab());
        ASSERT_TRUE(test::waitFor([&] { return admin->slaTab()->controller()->isLoaded(); }));
        ASSERT_TRUE(test::saveScreenshot(window, QStringLiteral("admin-sla") + suffix));

        admin->tabs()->setCurrentWidget(admin->smsTemplatesTab());
        client::ui::SmsTemplatesTab* sms = admin->smsTemplatesTab();
        ASSERT_TRUE(test::waitFor([&] { return sms->model()->rowCount() == 4 && !sms->codeEdit()->text().isEmpty(); }));
        ASSERT_TRUE(test::saveScreenshot(window, QStringLiteral("admin-sms-templates") + suffix));
        // The server's refusal under the text.
        sms->bodyEdit()->setPlainText(QStringLiteral("{customer}您好，您的服务单{number}已派至{unit}。"));
        sms->save();
        ASSERT_TRUE(test::waitFor([&] { return !sms->fieldErrors()->messageFor(QStringLiteral("body")).isEmpty(); }));
        ASSERT_TRUE(test::saveScreenshot(window, QStringLiteral("admin-sms-templates-refused") + suffix));
    }
}
