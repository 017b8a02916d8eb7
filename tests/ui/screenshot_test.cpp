// Screenshots of the zh_CN client for a person to look at (docs/screenshots comes from here):
// the login dialog, the main window with search results, the customer form, the
// administration workspace, the agent desk's 360 view with products and the product dialog,
// the caller pick list with warranty summaries, the wallboard, the workflow editor, the custom
// fields in the customer form and the administration; the 360 view, the product
// dialog and the serial search also in English. Run under Xvfb (ctest: ui_screenshots); the PNGs go to
// $CSM_SCREENSHOT_DIR (default: a temp dir, printed).
#include "tests/ui/desk_test_support.h"

#include "client/app/admin_page.h"
#include "client/app/agent_desk_page.h"
#include "client/app/agent_state_bar.h"
#include "client/app/customer360_view.h"
#include "client/app/customer_products_pane.h"
#include "client/app/desk_dialogs.h"
#include "client/app/product_dialog.h"
#include "client/core/customer_product_model.h"
#include "client/app/wallboard_page.h"
#include "client/core/agent_desk_controller.h"
#include "client/core/callback_model.h"
#include "client/core/contact_timeline_model.h"
#include "client/core/wallboard_model.h"
#include "client/app/client_app.h"
#include "client/app/customer_form.h"
#include "client/app/customer_search_page.h"
#include "client/app/login_dialog.h"
#include "client/app/main_window.h"
#include "client/app/region_picker.h"
#include "client/app/users_tab.h"
#include "client/core/customer_search_model.h"
#include "client/core/user_list_model.h"
#include "common/domain/id_number.h"

#include <QCborArray>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QAction>

#include <iostream>
#include "client/app/workflow_page.h"
#include "client/app/workflow_scene.h"
#include "client/app/workflow_view.h"
#include "client/app/workflow_transition_form.h"
#include <QMessageBox>
#include "client/core/workflow_editor_controller.h"
#include "client/app/custom_field_dialog.h"
#include "client/app/custom_fields_box.h"
#include "client/app/custom_fields_tab.h"
#include "client/core/custom_field_model.h"
#include <QTableView>

using namespace csm;

namespace {

struct Person {
    const char* name;
    const char* gender;
    const char* phone;
    const char* province;
    const char* city;
    const char* district;
    const char* detail;
    int vip;
    const char* tags;
};

const Person kPeople[] = {
    {"张伟", "male", "13912345678", "320000", "320100", "320102", "中山路18号3栋1201室", 3, "老客户,延保"},
    {"张秀英", "female", "13851234567", "320000", "320100", "320104", "汉中路8号2单元502室", 0, ""},
    {"张建国", "male", "02584561234", "320000", "320500", "320508", "人民路100号", 5, "VIP"},
    {"张丽", "female", "15961234567", "330000", "330100", "330106", "文三路90号东部软件园", 1, ""},
    {"张明", "male", "18612345678", "110000", "110100", "110105", "朝阳北路101号", 0, "投诉过"},
    {"张静", "female", "13705123456", "440000", "440300", "440305", "科技园南区高新南七道", 2, ""},
    {"张磊", "male", "13301234567", "320000", "320200", "320213", "梁溪路5号", 0, ""},
    {"张桂英", "female", "13523456789", "330000", "330200", "330203", "中山西路2号", 7, "VIP,延保"},
};

class ScreenshotZhCn : public test::UiServerTest {
protected:
    void SetUp() override
    {
        UiServerTest::SetUp();
        if (HasFatalFailure())
            return;
        setLanguage(QStringLiteral("zh_CN"));
        const QString dir = qEnvironmentVariable("CSM_SCREENSHOT_DIR");
        if (dir.isEmpty()) {
            m_temp = std::make_unique<QTemporaryDir>();
            m_temp->setAutoRemove(false);
            m_dir = m_temp->path();
        } else {
            m_dir = dir;
        }
        QDir().mkpath(m_dir);

        // The demo world in Chinese: the admin's name and unit, a page of customers.
        callAs(m_admin, QStringLiteral("admin.user.update"),
               QCborMap{{QStringLiteral("id"), m_admin->userId}, {QStringLiteral("version"), 1},
                        {QStringLiteral("display_name"), QStringLiteral("李娜")}});
        callAs(m_admin, QStringLiteral("admin.org.update"),
               QCborMap{{QStringLiteral("id"), m_harness->orgUnitId(QStringLiteral("HQ"))},
                        {QStringLiteral("version"), 1}, {QStringLiteral("name"), QStringLiteral("总部客服中心")}});
        m_harness->createOrgUnit(QStringLiteral("HQ"), QStringLiteral("region"), QStringLiteral("RC-EAST"), QStringLiteral("华东大区客服中心"));
        m_harness->createOrgUnit(QStringLiteral("RC-EAST"), QStringLiteral("province"), QStringLiteral("PC-JS"), QStringLiteral("江苏省客服中心"));
        m_harness->createOrgUnit(QStringLiteral("PC-JS"), QStringLiteral("point"), QStringLiteral("SP-NJ-XW"), QStringLiteral("南京玄武服务网点"));
        m_harness->createOrgUnit(QStringLiteral("PC-JS"), QStringLiteral("point"), QStringLiteral("SP-SZ-GS"), QStringLiteral("苏州姑苏服务网点"));
        m_harness->createUser(QStringLiteral("point1"), QStringLiteral("SP-NJ-XW"), {QStringLiteral("service_point")});
        int sequence = 100;
        for (const Person& person : kPeople) {
            QCborArray tags;
            for (const QString& tag : QString::fromUtf8(person.tags).split(QLatin1Char(','), Qt::SkipEmptyParts))
                tags.append(tag);
            createCustomer(QCborMap{
                {QStringLiteral("name"), QString::fromUtf8(person.name)},
                {QStringLiteral("gender"), QString::fromLatin1(person.gender)},
                {QStringLiteral("phones"), QCborArray{QString::fromLatin1(person.phone)}},
                {QStringLiteral("id_number"),
                 common::makeIdNumber(QString::fromLatin1(person.district), QDate(1960 + sequence % 40, 1 + sequence % 12, 1 + sequence % 28),
                                      sequence)},
                {QStringLiteral("birth_date"), QDate(1960 + sequence % 40, 1 + sequence % 12, 1 + sequence % 28).toString(Qt::ISODate)},
                {QStringLiteral("email"), QStringLiteral("user%1@example.cn").arg(sequence)},
                {QStringLiteral("occupation"), QStringLiteral("工程师")},
                {QStringLiteral("vip_level"), person.vip},
                {QStringLiteral("tags"), tags},
                {QStringLiteral("address"), QCborMap{{QStringLiteral("province"), QString::fromLatin1(person.province)},
                                                     {QStringLiteral("city"), QString::fromLatin1(person.city)},
                                                     {QStringLiteral("district"), QString::fromLatin1(person.district)},
                                                     {QStringLiteral("detail"), QString::fromUtf8(person.detail)}}}});
            sequence += 37;
        }
    }

    // A small catalogue in Chinese and three products of the customer: one in warranty, one
    // whose warranty ends within 30 days, one expired.
    void addProducts(qint64 customerId)
    {
        {
            pqxx::work tx(m_harness->connection());
            tx.exec0("INSERT INTO product_category (code, name) VALUES ('WH', '燃气热水器'), ('HOOD', '吸油烟机'),"
                     " ('AC', '空调')");
            tx.exec0("INSERT INTO product_model (code, name, category_code, brand, warranty_months) VALUES"
                     " ('JSQ25-13T', '燃气热水器 13升 恒温', 'WH', '华康', 36),"
                     " ('CXW-200-A1', '侧吸式油烟机', 'HOOD', '华康', 12),"
                     " ('KFR-35GW', '壁挂式空调 1.5匹', 'AC', '华康', 72)");
            tx.commit();
        }
        const QDate today = QDate::currentDate();
        struct Item {
            const char* code;
            const char* serial;
            QDate purchase;
            int installAfter;
            const char* dealer;
        };
        const Item items[] = {
            {"JSQ25-13T", "JSQ2513T2402000101", today.addMonths(-30), 3, "苏宁易购"},
            {"CXW-200-A1", "CXW200A12407000233", today.addMonths(-12).addDays(18), 5, "国美电器"},
            {"KFR-35GW", "KFR35GW1906001234", today.addYears(-6).addMonths(-6), 2, "京东自营"},
        };
        const auto models = callAs(m_agent, QStringLiteral("product.model.list"), {}).result.toMap()
                                .value(QStringLiteral("items")).toArray();
        for (const Item& item : items) {
            qint64 modelId = 0;
            for (const QCborValue& model : models) {
                if (model.toMap().value(QStringLiteral("code")).toString() == QLatin1String(item.code))
                    modelId = model.toMap().value(QStringLiteral("id")).toInteger();
            }
            const auto response = callAs(m_agent, QStringLiteral("customer.product.add"),
                                         QCborMap{{QStringLiteral("customer_id"), customerId},
                                                  {QStringLiteral("model_id"), modelId},
                                                  {QStringLiteral("serial_number"), QString::fromLatin1(item.serial)},
                                                  {QStringLiteral("purchase_date"), item.purchase.toString(Qt::ISODate)},
                                                  {QStringLiteral("install_date"),
                                                   item.purchase.addDays(item.installAfter).toString(Qt::ISODate)},
                                                  {QStringLiteral("dealer"), QString::fromUtf8(item.dealer)}});
            ASSERT_TRUE(response.ok) << response.error.message.toStdString();
        }
    }

    void save(QWidget* widget, const QString& file)
    {
        test::pump(300);   // layouts, fonts, the busy indicator's delay
        const QString path = QDir(m_dir).filePath(file);
        ASSERT_TRUE(widget->grab().save(path)) << path.toStdString();
        std::cout << "screenshot: " << path.toStdString() << std::endl;
    }

    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_dir;
};

} // namespace

TEST_F(ScreenshotZhCn, LoginSearchFormAdministration)
{
    client::ui::ClientApp app;
    app.start({serverAddress(), {}, {}});
    client::ui::LoginDialog* login = app.loginDialog();
    ASSERT_NE(login, nullptr);
    test::child<QLineEdit>(login, QStringLiteral("usernameEdit"))->setText(QStringLiteral("boss"));
    test::child<QLineEdit>(login, QStringLiteral("passwordEdit"))->setText(QStringLiteral("secret-pass-1"));
    save(login, QStringLiteral("login.png"));

    test::child<QPushButton>(login, QStringLiteral("loginButton"))->click();
    ASSERT_TRUE(test::waitFor([&] { return app.mainWindow() && app.mainWindow()->isVisible(); }));
    client::ui::MainWindow* window = app.mainWindow();
    window->resize(1280, 720);
    client::ui::CustomerSearchPage* page = window->customersPage();
    ASSERT_NE(page, nullptr);
    page->search(QStringLiteral("张"));
    ASSERT_TRUE(test::waitFor([&] { return page->model()->rowCount() == static_cast<int>(std::size(kPeople)); }));
    save(window, QStringLiteral("customer-search.png"));

    page->openCustomerAt(0);
    client::ui::CustomerForm* form = page->lastOpenedForm();
    ASSERT_NE(form, nullptr);
    auto* region = test::child<client::ui::RegionPicker>(form, QStringLiteral("regionPicker"));
    ASSERT_TRUE(test::waitFor([&] { return !form->isBusy() && !region->isLoading(); }));
    save(form, QStringLiteral("customer-form.png"));

    // The same form with a problem under a field.
    test::child<QLineEdit>(form, QStringLiteral("emailEdit"))->setText(QStringLiteral("zhang@"));
    test::child<QPushButton>(form, QStringLiteral("saveButton"))->click();
    save(form, QStringLiteral("customer-form-validation.png"));
    form->hide();

    ASSERT_TRUE(window->showWorkspace(QStringLiteral("admin")));
    client::ui::AdminPage* admin = window->adminPage();
    ASSERT_NE(admin, nullptr);
    ASSERT_TRUE(test::waitFor([&] { return admin->usersTab()->model()->rowCount() >= 2; }));
    save(window, QStringLiteral("admin-users.png"));
    admin->tabs()->setCurrentIndex(1);
    test::pump(500);
    save(window, QStringLiteral("admin-org.png"));
    admin->tabs()->setCurrentIndex(3);
    test::pump(500);
    save(window, QStringLiteral("admin-roles.png"));
}

TEST_F(ScreenshotZhCn, AgentDeskAndWallboard)
{
    // Agents at their extensions, a supervisor, the simulator.
    const auto wang = m_harness->createUser(QStringLiteral("agent1"), QStringLiteral("HQ"), {QStringLiteral("agent")});
    const auto li = m_harness->createUser(QStringLiteral("agent2"), QStringLiteral("HQ"), {QStringLiteral("agent")});
    const auto zhao = m_harness->createUser(QStringLiteral("agent3"), QStringLiteral("HQ"), {QStringLiteral("agent")});
    const auto chen = m_harness->createUser(QStringLiteral("super1"), QStringLiteral("HQ"), {QStringLiteral("supervisor")});
    test::assignExtension(*m_harness, wang->userId, QStringLiteral("8001"), QStringLiteral("王芳"));
    test::assignExtension(*m_harness, li->userId, QStringLiteral("8002"), QStringLiteral("李强"));
    test::assignExtension(*m_harness, zhao->userId, QStringLiteral("8003"), QStringLiteral("赵敏"));
    test::assignExtension(*m_harness, chen->userId, QStringLiteral("8009"), QStringLiteral("陈静"));
    auto simulator = test::signedInClient(m_server->port(), QStringLiteral("boss"));

    client::ui::ClientApp app;
    app.start({serverAddress(), QStringLiteral("agent1"), QStringLiteral("secret-pass-1")});
    ASSERT_TRUE(test::waitFor([&] { return app.mainWindow() && app.mainWindow()->isVisible(); }));
    client::ui::MainWindow* window = app.mainWindow();
    window->resize(1366, 768);
    client::AgentDeskController* desk = window->agentDesk();
    ASSERT_NE(desk, nullptr);
    ASSERT_TRUE(test::waitFor([&] { return desk->agent().isLoggedIn(); }));

    // An earlier call of 张伟 today (the repeat-caller flag), wrapped up with a summary.
    const QString first = test::simRing(*simulator, QStringLiteral("13912345678"), QStringLiteral("8001"));
    ASSERT_TRUE(test::waitFor([&] { return desk->hasCall(); }));
    test::callAndWait(*simulator, QStringLiteral("cti.sim.answer"), QCborMap{{QStringLiteral("call_key"), first}});
    test::callAndWait(*simulator, QStringLiteral("cti.sim.hangup"), QCborMap{{QStringLiteral("call_key"), first}});
    ASSERT_TRUE(test::waitFor([&] { return window->agentStateBar()->isWrapUpShown(); }));
    window->agentStateBar()->wrapUpEdit()->setText(QStringLiteral("咨询燃气热水器保修期限，已告知延保政策"));
    window->agentStateBar()->wrapUpDoneButton()->click();
    ASSERT_TRUE(test::waitFor([&] { return desk->agent().state == QLatin1String("ready"); }));
    const qint64 customerId = desk->call().customerId != 0 ? desk->call().customerId
                                                           : window->deskPage()->currentView()->customerId();

    // More history and a promise.
    const QString lastWeek = QDateTime::currentDateTimeUtc().addDays(-6).toString(Qt::ISODateWithMs);
    const QString lastMonth = QDateTime::currentDateTimeUtc().addDays(-30).toString(Qt::ISODateWithMs);
    callAs(m_agent, QStringLiteral("contact.create"),
           QCborMap{{QStringLiteral("customer_id"), customerId}, {QStringLiteral("channel"), QStringLiteral("email")},
                    {QStringLiteral("summary"), QStringLiteral("发来购机发票照片，申请延长保修")},
                    {QStringLiteral("occurred_at"), lastWeek}});
    callAs(m_agent, QStringLiteral("contact.create"),
           QCborMap{{QStringLiteral("customer_id"), customerId}, {QStringLiteral("channel"), QStringLiteral("walk_in")},
                    {QStringLiteral("summary"), QStringLiteral("到玄武网点送修油烟机，网点已受理")},
                    {QStringLiteral("occurred_at"), lastMonth}});
    callAs(wang, QStringLiteral("callback.create"),
           QCborMap{{QStringLiteral("customer_id"), customerId},
                    {QStringLiteral("due_at"), QDateTime::currentDateTimeUtc().addSecs(3 * 3600).toString(Qt::ISODateWithMs)},
                    {QStringLiteral("note"), QStringLiteral("确认延保审批结果后回电")}});

    addProducts(customerId);

    // The call now: the screen pop, answered at the desk.
    test::simRing(*simulator, QStringLiteral("13912345678"), QStringLiteral("8001"));
    ASSERT_TRUE(test::waitFor([&] { return desk->hasCall() && desk->call().isRepeatCaller(); }));
    window->agentStateBar()->answerAction()->trigger();
    ASSERT_TRUE(test::waitFor([&] { return desk->agent().state == QLatin1String("on_call"); }));
    client::ui::Customer360View* view = window->deskPage()->currentView();
    ASSERT_NE(view, nullptr);
    view->reload();
    ASSERT_TRUE(test::waitFor([&] {
        return view->isLoaded() && view->timeline()->rowCount() >= 3 && view->products()->model()->rowCount() == 3;
    }));
    save(window, QStringLiteral("desk-360.png"));

    // The product dialog: editing the heater, then a problem under a field.
    view->products()->editProductAt(0);
    ASSERT_TRUE(test::waitFor([&] { return view->products()->dialog() && view->products()->dialog()->isVisible(); }));
    client::ui::ProductDialog* dialog = view->products()->dialog();
    save(dialog, QStringLiteral("product-dialog.png"));
    dialog->serialEdit()->setText(QStringLiteral("CXW200A12407000233"));
    dialog->modelBox()->setCurrentIndex(dialog->modelBox()->findText(QStringLiteral("侧吸式油烟机"), Qt::MatchStartsWith));
    dialog->saveButton()->click();
    ASSERT_TRUE(test::waitFor([&] { return !dialog->problemFor(QStringLiteral("serial_number")).isEmpty(); }));
    save(dialog, QStringLiteral("product-dialog-validation.png"));
    dialog->reject();

    // The wallboard: 王芳 on the call, 李强 at a meal, 赵敏 ready, an overdue promise.
    callAs(li, QStringLiteral("agent.login"), {});
    callAs(li, QStringLiteral("agent.state.set"),
           QCborMap{{QStringLiteral("state"), QStringLiteral("not_ready")}, {QStringLiteral("reason"), QStringLiteral("meal")}});
    callAs(zhao, QStringLiteral("agent.login"), {});
    callAs(zhao, QStringLiteral("agent.state.set"), QCborMap{{QStringLiteral("state"), QStringLiteral("ready")}});
    callAs(li, QStringLiteral("callback.create"),
           QCborMap{{QStringLiteral("customer_id"), customerId},
                    {QStringLiteral("due_at"), QDateTime::currentDateTimeUtc().addSecs(600).toString(Qt::ISODateWithMs)},
                    {QStringLiteral("note"), QStringLiteral("告知上门维修时间")}});
    {
        pqxx::work tx(m_harness->connection());
        tx.exec0("UPDATE callback_promise SET due_at = now() - interval '2 hours' WHERE note = '告知上门维修时间'");
        tx.exec0("UPDATE agent_state SET since = since - interval '7 minutes'");
        tx.commit();
    }
    client::ui::ClientApp supervisor;
    supervisor.start({serverAddress(), QStringLiteral("super1"), QStringLiteral("secret-pass-1")});
    ASSERT_TRUE(test::waitFor([&] { return supervisor.mainWindow() && supervisor.mainWindow()->isVisible(); }));
    client::ui::MainWindow* board = supervisor.mainWindow();
    board->resize(1366, 768);
    ASSERT_TRUE(board->showWorkspace(QStringLiteral("wallboard")));
    client::ui::WallboardPage* wallboard = board->wallboardPage();
    ASSERT_TRUE(test::waitFor([&] { return wallboard->model()->rowCount() >= 4 && wallboard->overdue()->rowCount() >= 1; }));
    save(board, QStringLiteral("wallboard.png"));
}

// The same 360 view in English, and the search by serial number.
TEST_F(ScreenshotZhCn, CustomerProductsInEnglish)
{
    setLanguage(QStringLiteral("en"));
    const auto wang = m_harness->createUser(QStringLiteral("agent1"), QStringLiteral("HQ"), {QStringLiteral("agent")});
    test::assignExtension(*m_harness, wang->userId, QStringLiteral("8001"), QStringLiteral("Wang Fang"));
    const qint64 customerId = callAs(m_agent, QStringLiteral("customer.search"),
                                     QCborMap{{QStringLiteral("phone"), QStringLiteral("13912345678")}})
                                  .result.toMap().value(QStringLiteral("items")).toArray()[0].toMap()
                                  .value(QStringLiteral("id")).toInteger();
    addProducts(customerId);

    client::ui::ClientApp app;
    app.start({serverAddress(), QStringLiteral("agent1"), QStringLiteral("secret-pass-1")});
    ASSERT_TRUE(test::waitFor([&] { return app.mainWindow() && app.mainWindow()->isVisible(); }));
    client::ui::MainWindow* window = app.mainWindow();
    window->resize(1366, 768);
    ASSERT_TRUE(test::waitFor([&] { return window->agentDesk()->agent().isLoggedIn(); }));
    ASSERT_TRUE(window->showWorkspace(QStringLiteral("desk")));
    client::ui::Customer360View* view = window->deskPage()->openCustomer(customerId);
    ASSERT_TRUE(test::waitFor([&] { return view->isLoaded() && view->products()->model()->rowCount() == 3; }));
    save(window, QStringLiteral("desk-360-en.png"));

    view->products()->addProduct();
    ASSERT_TRUE(test::waitFor([&] { return view->products()->dialog() && view->products()->dialog()->isVisible(); }));
    client::ui::ProductDialog* dialog = view->products()->dialog();
    dialog->saveButton()->click();   // no model chosen
    save(dialog, QStringLiteral("product-dialog-en.png"));
    dialog->reject();

    ASSERT_TRUE(window->showWorkspace(QStringLiteral("customers")));
    client::ui::CustomerSearchPage* page = window->customersPage();
    page->search(QStringLiteral("cxw200a12407000233"));
    ASSERT_TRUE(test::waitFor([&] { return page->model()->rowCount() == 1; }));
    save(window, QStringLiteral("customer-search-serial-en.png"));
}

// Several customers share the caller's number: the pick list shows each one's warranty.
TEST_F(ScreenshotZhCn, CallerPickWithWarranty)
{
    const auto wang = m_harness->createUser(QStringLiteral("agent1"), QStringLiteral("HQ"), {QStringLiteral("agent")});
    test::assignExtension(*m_harness, wang->userId, QStringLiteral("8001"), QStringLiteral("王芳"));
    const qint64 customerId = callAs(m_agent, QStringLiteral("customer.search"),
                                     QCborMap{{QStringLiteral("phone"), QStringLiteral("13912345678")}})
                                  .result.toMap().value(QStringLiteral("items")).toArray()[0].toMap()
                                  .value(QStringLiteral("id")).toInteger();
    addProducts(customerId);
    createCustomer(QCborMap{{QStringLiteral("name"), QStringLiteral("李梅")},
                            {QStringLiteral("phones"), QCborArray{QStringLiteral("13912345678")}}});
    auto simulator = test::signedInClient(m_server->port(), QStringLiteral("boss"));

    client::ui::ClientApp app;
    app.start({serverAddress(), QStringLiteral("agent1"), QStringLiteral("secret-pass-1")});
    ASSERT_TRUE(test::waitFor([&] { return app.mainWindow() && app.mainWindow()->isVisible(); }));
    client::ui::MainWindow* window = app.mainWindow();
    ASSERT_TRUE(test::waitFor([&] { return window->agentDesk()->agent().isLoggedIn(); }));
    const QString key = test::simRing(*simulator, QStringLiteral("13912345678"), QStringLiteral("8001"));
    ASSERT_TRUE(test::waitFor([&] { return window->deskPage()->pickDialog() && window->deskPage()->pickDialog()->isVisible(); }));
    save(window->deskPage()->pickDialog(), QStringLiteral("caller-pick.png"));
    window->deskPage()->pickDialog()->reject();
    test::callAndWait(*simulator, QStringLiteral("cti.sim.hangup"), QCborMap{{QStringLiteral("call_key"), key}});
}

TEST_F(ScreenshotZhCn, WorkflowEditorWithTheMajorRepairFlow)
{
    // The repair flow with its major repair path (大修), in Chinese and in English; then a
    // transition selected (its roles, fields and effects in the side form).
    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        setLanguage(language);
        client::ui::ClientApp app;
        app.start({serverAddress(), QStringLiteral("boss"), QStringLiteral("secret-pass-1")});
        ASSERT_TRUE(test::waitFor([&] { return app.mainWindow() && app.mainWindow()->isVisible(); }));
        client::ui::MainWindow* window = app.mainWindow();
        window->resize(1366, 768);
        ASSERT_TRUE(window->showWorkspace(QStringLiteral("workflows")));
        client::ui::WorkflowPage* page = window->workflowPage();
        ASSERT_NE(page, nullptr);
        ASSERT_TRUE(test::waitFor([&] {
            return page->controller()->hasDefinition() && !page->controller()->isBusy()
                   && page->controller()->definition().serviceType == QLatin1String("repair");
        }));
        const QString suffix = language == QLatin1String("en") ? QStringLiteral("-en") : QString();
        page->fitAction()->trigger();
        save(window, QStringLiteral("workflow-editor%1.png").arg(suffix));
        page->selectSubject(client::ui::WorkflowScene::Subject::Transition, QStringLiteral("escalate"));
        page->transitionForm()->tabs()->setCurrentIndex(1);   // the fields it requires
        save(window, QStringLiteral("workflow-transition%1.png").arg(suffix));
        page->selectSubject(client::ui::WorkflowScene::Subject::State, QStringLiteral("depot_repair"));
        save(window, QStringLiteral("workflow-state%1.png").arg(suffix));
        // The canvas at 1:1 around the major repair path.
        page->view()->resetTransform();
        page->view()->centerOn(QPointF(650, 150));
        save(page->view(), QStringLiteral("workflow-canvas%1.png").arg(suffix));
        // A state that nothing leads to: the problems and the refused save.
        page->controller()->addState(-200, 300);
        page->fitAction()->trigger();
        page->saveAction()->trigger();
        ASSERT_TRUE(test::waitFor([&] { return page->lastNotice() && page->lastNotice()->isVisible(); }));
        save(window, QStringLiteral("workflow-problems%1.png").arg(suffix));
        save(page->lastNotice(), QStringLiteral("workflow-save-refused%1.png").arg(suffix));
        page->lastNotice()->close();
        page->controller()->revert();
    }
}

// The custom fields: the customer form with its "More details" section and Administration →
// Custom fields with the edit dialog, in Chinese and in English.
TEST_F(ScreenshotZhCn, CustomFieldsFormAndAdministration)
{
    const QCborMap gas{{QStringLiteral("value"), QStringLiteral("gas")}, {QStringLiteral("label_en"), QStringLiteral("Natural gas")},
                       {QStringLiteral("label_zh"), QStringLiteral("天然气")}};
    const QCborMap lpg{{QStringLiteral("value"), QStringLiteral("lpg")}, {QStringLiteral("label_en"), QStringLiteral("Bottled gas (LPG)")},
                       {QStringLiteral("label_zh"), QStringLiteral("液化石油气")}};
    const QCborMap electric{{QStringLiteral("value"), QStringLiteral("electric")},
                            {QStringLiteral("label_en"), QStringLiteral("Electric")}, {QStringLiteral("label_zh"), QStringLiteral("电")}};
    const QCborMap definitions[] = {
        {{QStringLiteral("code"), QStringLiteral("energy")}, {QStringLiteral("label_en"), QStringLiteral("Energy source")},
         {QStringLiteral("label_zh"), QStringLiteral("家用能源")}, {QStringLiteral("type"), QStringLiteral("choice")},
         {QStringLiteral("required"), true}, {QStringLiteral("options"), QCborArray{gas, lpg, electric}}},
        {{QStringLiteral("code"), QStringLiteral("household")}, {QStringLiteral("label_en"), QStringLiteral("Household size")},
         {QStringLiteral("label_zh"), QStringLiteral("家庭人数")}, {QStringLiteral("type"), QStringLiteral("number")},
         {QStringLiteral("min"), 1}, {QStringLiteral("max"), 20}},
        {{QStringLiteral("code"), QStringLiteral("floor_area")}, {QStringLiteral("label_en"), QStringLiteral("Floor area (m²)")},
         {QStringLiteral("label_zh"), QStringLiteral("住房面积（平方米）")}, {QStringLiteral("type"), QStringLiteral("number")},
         {QStringLiteral("decimals"), 1}},
        {{QStringLiteral("code"), QStringLiteral("moved_in")}, {QStringLiteral("label_en"), QStringLiteral("Moved in on")},
         {QStringLiteral("label_zh"), QStringLiteral("入住日期")}, {QStringLiteral("type"), QStringLiteral("date")}},
        {{QStringLiteral("code"), QStringLiteral("referrer")}, {QStringLiteral("label_en"), QStringLiteral("Referred by")},
         {QStringLiteral("label_zh"), QStringLiteral("推荐人")}, {QStringLiteral("type"), QStringLiteral("text")},
         {QStringLiteral("max_length"), 30}},
        {{QStringLiteral("code"), QStringLiteral("old_channel")}, {QStringLiteral("label_en"), QStringLiteral("Old sales channel")},
         {QStringLiteral("label_zh"), QStringLiteral("旧销售渠道")}, {QStringLiteral("type"), QStringLiteral("text")}},
    };
    for (const QCborMap& definition : definitions)
        ASSERT_TRUE(callAs(m_admin, QStringLiteral("customer.field.create"), definition).ok);
    const auto old = callAs(m_admin, QStringLiteral("customer.field.list"), {{QStringLiteral("include_inactive"), true}});
    const QCborMap oldChannel = old.result.toMap().value(QStringLiteral("items")).toArray().last().toMap();
    ASSERT_TRUE(callAs(m_admin, QStringLiteral("customer.field.deactivate"),
                       {{QStringLiteral("id"), oldChannel.value(QStringLiteral("id"))}, {QStringLiteral("version"), 1}})
                    .ok);
    const auto found = callAs(m_agent, QStringLiteral("customer.search"), {{QStringLiteral("phone"), QStringLiteral("13912345678")}});
    const QCborMap zhang = found.result.toMap().value(QStringLiteral("items")).toArray().first().toMap();
    ASSERT_TRUE(callAs(m_agent, QStringLiteral("customer.update"),
                       {{QStringLiteral("id"), zhang.value(QStringLiteral("id"))}, {QStringLiteral("version"), 1},
                        {QStringLiteral("custom"), QCborMap{{QStringLiteral("energy"), QStringLiteral("lpg")},
                                                            {QStringLiteral("household"), 4},
                                                            {QStringLiteral("floor_area"), 96.5},
                                                            {QStringLiteral("moved_in"), QStringLiteral("2016-09-01")},
                                                            {QStringLiteral("referrer"), QStringLiteral("王建华（老客户）")}}}})
                    .ok);

    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        setLanguage(language);
        const QString suffix = language == QLatin1String("en") ? QStringLiteral("-en") : QString();
        client::ui::ClientApp app;
        app.start({serverAddress(), QStringLiteral("boss"), QStringLiteral("secret-pass-1")});
        ASSERT_TRUE(test::waitFor([&] { return app.mainWindow() && app.mainWindow()->isVisible(); }));
        client::ui::MainWindow* window = app.mainWindow();
        window->resize(1280, 720);
        client::ui::CustomerSearchPage* page = window->customersPage();
        page->search(QStringLiteral("13912345678"));
        ASSERT_TRUE(test::waitFor([&] { return page->model()->rowCount() == 1; }));
        page->openCustomerAt(0);
        client::ui::CustomerForm* form = page->lastOpenedForm();
        ASSERT_NE(form, nullptr);
        auto* region = test::child<client::ui::RegionPicker>(form, QStringLiteral("regionPicker"));
        ASSERT_TRUE(test::waitFor([&] {
            return !form->isBusy() && !region->isLoading() && form->customFields()->hasFields()
                && form->customer().hasCustom;
        }));
        save(form, QStringLiteral("customer-form-custom%1.png").arg(suffix));
        // A problem at a custom editor.
        form->customFields()->setValues({});
        test::child<QPushButton>(form, QStringLiteral("saveButton"))->click();
        save(form, QStringLiteral("customer-form-custom-validation%1.png").arg(suffix));
        form->hide();

        ASSERT_TRUE(window->showWorkspace(QStringLiteral("admin")));
        client::ui::AdminPage* admin = window->adminPage();
        admin->tabs()->setCurrentWidget(admin->customFieldsTab());
        ASSERT_TRUE(test::waitFor([&] { return admin->customFieldsTab()->model()->rowCount() == 6; }));
        admin->customFieldsTab()->table()->setCurrentIndex(admin->customFieldsTab()->model()->index(0, 1));
        save(window, QStringLiteral("admin-custom-fields%1.png").arg(suffix));
        admin->customFieldsTab()->editCurrent();
        client::ui::CustomFieldDialog* dialog = admin->customFieldsTab()->openDialog();
        ASSERT_NE(dialog, nullptr);
        save(dialog, QStringLiteral("admin-custom-field-dialog%1.png").arg(suffix));
        dialog->reject();
        test::pump(100);
    }

    // The values in the 360 view's profile, as the agent sees them.
    setLanguage(QStringLiteral("zh_CN"));
    client::ui::ClientApp agent;
    agent.start({serverAddress(), QStringLiteral("agent"), QStringLiteral("secret-pass-1")});
    ASSERT_TRUE(test::waitFor([&] { return agent.mainWindow() && agent.mainWindow()->isVisible(); }));
    agent.mainWindow()->resize(1366, 768);
    ASSERT_NE(agent.mainWindow()->deskPage(), nullptr);
    ASSERT_TRUE(agent.mainWindow()->showWorkspace(QStringLiteral("desk")));
    client::ui::Customer360View* view = agent.mainWindow()->deskPage()->openCustomer(zhang.value(QStringLiteral("id")).toInteger());
    ASSERT_TRUE(test::waitFor([&] { return view->findChild<QLabel*>(QStringLiteral("custom.energy")) != nullptr; }));
    save(agent.mainWindow(), QStringLiteral("desk-360-custom.png"));
}
