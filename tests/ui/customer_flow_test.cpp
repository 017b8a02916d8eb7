// End to end through real widgets and a real server: sign in, find a customer by phone,
// open, edit, save; field problems under the field; conflicts; server data as plain text.
#include "tests/ui/ui_test_support.h"

#include "client/app/client_app.h"
#include "client/app/customer_form.h"
#include "client/app/customer_search_page.h"
#include "client/app/field_errors.h"
#include "client/app/login_dialog.h"
#include "client/app/main_window.h"
#include "client/app/region_picker.h"
#include "client/core/customer_search_controller.h"
#include "client/core/customer_search_model.h"
#include "client/core/rpc_client.h"
#include "common/domain/id_number.h"

#include <QCborArray>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

using namespace csm;
using client::CustomerSearchModel;
using client::ui::ClientApp;
using client::ui::CustomerForm;
using client::ui::LoginDialog;
using client::ui::MainWindow;

namespace {

class UiFlow : public test::UiServerTest {
protected:
    void SetUp() override
    {
        UiServerTest::SetUp();
        if (HasFatalFailure())
            return;
        setLanguage(QStringLiteral("en"));
        m_zhang = createCustomer(QCborMap{
            {QStringLiteral("name"), QStringLiteral("张三")},
            {QStringLiteral("phones"), QCborArray{QStringLiteral("13912345678")}},
            {QStringLiteral("occupation"), QStringLiteral("教师")},
            {QStringLiteral("address"), QCborMap{{QStringLiteral("province"), QStringLiteral("320000")},
                                                 {QStringLiteral("city"), QStringLiteral("320100")},
                                                 {QStringLiteral("district"), QStringLiteral("320102")},
                                                 {QStringLiteral("detail"), QStringLiteral("中山路1号")}}}});
        m_bold = createCustomer(QCborMap{{QStringLiteral("name"), QStringLiteral("<b>x</b>")},
                                         {QStringLiteral("phones"), QCborArray{QStringLiteral("13800000001")}}});
        m_app = std::make_unique<ClientApp>();
    }

    void TearDown() override
    {
        m_app.reset();
        UiServerTest::TearDown();
    }

    // Signs in through the dialog as the user typing would.
    MainWindow* signIn(const QString& username, const QString& password)
    {
        m_app->start({serverAddress(), {}, {}});
        LoginDialog* login = m_app->loginDialog();
        EXPECT_NE(login, nullptr);
        if (!login)
            return nullptr;
        EXPECT_TRUE(login->isVisible());
        test::child<QLineEdit>(login, QStringLiteral("serverEdit"))->setText(serverAddress());
        test::child<QLineEdit>(login, QStringLiteral("usernameEdit"))->setText(username);
        auto* passwordEdit = test::child<QLineEdit>(login, QStringLiteral("passwordEdit"));
        passwordEdit->setText(password);
        test::pressKey(passwordEdit, Qt::Key_Return);   // Enter logs in
        EXPECT_TRUE(test::waitFor([&] { return m_app->mainWindow() && m_app->mainWindow()->isVisible(); }));
        return m_app->mainWindow();
    }

    CustomerForm* openFirstResult(client::ui::CustomerSearchPage* page)
    {
        QTableView* table = page->table();
        table->setCurrentIndex(page->model()->index(0, 0));
        test::pressKey(table, Qt::Key_Return);   // Enter opens the customer
        EXPECT_TRUE(test::waitFor([&] { return page->lastOpenedForm() != nullptr; }));
        CustomerForm* form = page->lastOpenedForm();
        if (form) {
            EXPECT_TRUE(test::waitFor([&] { return !form->isBusy(); }));
        }
        return form;
    }

    QCborMap m_zhang;
    QCborMap m_bold;
    std::unique_ptr<ClientApp> m_app;
};

} // namespace

TEST_F(UiFlow, SearchLoadsFurtherPagesWhenTheViewAsks)
{
    for (int i = 0; i < 12; ++i)
        createCustomer(QCborMap{{QStringLiteral("name"), QStringLiteral("钱%1").arg(i)},
                                {QStringLiteral("phones"), QCborArray{QStringLiteral("1360000%1").arg(1000 + i)}}});
    client::RpcClient rpc;
    rpc.setServer(QStringLiteral("127.0.0.1"), m_server->port());
    bool signedIn = false;
    rpc.login(QStringLiteral("agent"), QStringLiteral("secret-pass-1"), nullptr,
              [&](const common::Response& response) { signedIn = response.ok; });
    ASSERT_TRUE(test::waitFor([&] { return signedIn; }));

    CustomerSearchModel model;
    client::CustomerSearchController controller(rpc, model);
    controller.setPageSize(5);
    controller.search(client::SearchField::Auto, QStringLiteral("钱"));
    ASSERT_TRUE(test::waitFor([&] { return model.rowCount() == 5; }));
    EXPECT_TRUE(model.canFetchMore({}));
    model.fetchMore({});   // what a view does when scrolled to the end
    ASSERT_TRUE(test::waitFor([&] { return model.rowCount() == 10; }));
    model.fetchMore({});
    ASSERT_TRUE(test::waitFor([&] { return model.rowCount() == 12; }));
    EXPECT_FALSE(model.canFetchMore({}));

    // A new search replaces the old one, also when the old answer comes late.
    controller.search(client::SearchField::Auto, QStringLiteral("钱"));
    controller.search(client::SearchField::Phone, QStringLiteral("13600001003"));
    ASSERT_TRUE(test::waitFor([&] { return !controller.isBusy(); }));
    test::pump(200);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, CustomerSearchModel::Name).data().toString(), QStringLiteral("钱3"));
}

TEST_F(UiFlow, WrongPasswordShowsTheServersErrorInline)
{
    m_app->start({serverAddress(), {}, {}});
    LoginDialog* login = m_app->loginDialog();
    ASSERT_NE(login, nullptr);
    test::child<QLineEdit>(login, QStringLiteral("usernameEdit"))->setText(QStringLiteral("agent"));
    test::child<QLineEdit>(login, QStringLiteral("passwordEdit"))->setText(QStringLiteral("not-the-password"));
    test::child<QPushButton>(login, QStringLiteral("loginButton"))->click();
    EXPECT_TRUE(login->isBusy());
    ASSERT_TRUE(test::waitFor([&] { return !login->errorText().isEmpty() && !login->isBusy(); }));
    EXPECT_TRUE(login->errorText().contains(QStringLiteral("Wrong username or password"))) << login->errorText().toStdString();
    EXPECT_TRUE(login->errorText().contains(QStringLiteral("invalid username or password"))) << "the server's own text";
    EXPECT_TRUE(login->isVisible());
    EXPECT_EQ(m_app->mainWindow(), nullptr);
    EXPECT_TRUE(QApplication::activeModalWidget() == nullptr || QApplication::activeModalWidget() == login)
        << "no popup for a failed login";
}

TEST_F(UiFlow, SearchByPhoneOpenEditSave)
{
    MainWindow* window = signIn(QStringLiteral("agent"), QStringLiteral("secret-pass-1"));
    ASSERT_NE(window, nullptr);
    ASSERT_EQ(window->navigation()->count(), 4) << "an agent sees Customers, the Agent desk, Customer groups, Work orders";
    EXPECT_EQ(window->navigation()->item(0)->text(), QStringLiteral("Customers"));
    EXPECT_EQ(window->navigation()->item(1)->text(), QStringLiteral("Agent desk"));
    EXPECT_EQ(window->navigation()->item(2)->text(), QStringLiteral("Customer groups"));
    EXPECT_EQ(window->navigation()->item(3)->text(), QStringLiteral("Work orders"));
    EXPECT_EQ(window->connectionText(), QStringLiteral("Connected"));
    EXPECT_TRUE(test::child<QLabel>(window, QStringLiteral("userLabel"))->text().contains(QStringLiteral("Agent")));

    client::ui::CustomerSearchPage* page = window->customersPage();
    ASSERT_NE(page, nullptr);
    page->searchEdit()->setText(QStringLiteral("139 1234 5678"));
    test::pressKey(page->searchEdit(), Qt::Key_Return);
    ASSERT_TRUE(test::waitFor([&] { return page->model()->rowCount() == 1; }));
    EXPECT_EQ(page->model()->index(0, CustomerSearchModel::Name).data().toString(), QStringLiteral("张三"));
    EXPECT_EQ(page->model()->index(0, CustomerSearchModel::Phones).data().toString(), QStringLiteral("139 1234 5678"));

    CustomerForm* form = openFirstResult(page);
    ASSERT_NE(form, nullptr);
    auto* region = test::child<client::ui::RegionPicker>(form, QStringLiteral("regionPicker"));
    ASSERT_TRUE(test::waitFor([&] { return !region->isLoading(); }));
    EXPECT_EQ(region->combo(client::ui::RegionPicker::District)->currentText(), QStringLiteral("玄武区"));
    EXPECT_FALSE(form->isDirty());
    EXPECT_FALSE(test::child<QPushButton>(form, QStringLiteral("revealIdButton"))->isVisible())
        << "agents may not see full ID numbers";

    test::child<QLineEdit>(form, QStringLiteral("nameEdit"))->setText(QStringLiteral("张三丰"));
    EXPECT_TRUE(form->isDirty());
    test::child<QPushButton>(form, QStringLiteral("saveButton"))->click();
    ASSERT_TRUE(test::waitFor([&] { return form->customer().version == 2; }));
    EXPECT_FALSE(form->isDirty());
    EXPECT_EQ(page->model()->index(0, CustomerSearchModel::Name).data().toString(), QStringLiteral("张三丰"));

    const QCborMap stored = getCustomer(m_zhang.value(QStringLiteral("id")).toInteger());
    EXPECT_EQ(stored.value(QStringLiteral("name")).toString(), QStringLiteral("张三丰"));
    EXPECT_EQ(stored.value(QStringLiteral("occupation")).toString(), QStringLiteral("教师")) << "untouched fields stay";
    EXPECT_EQ(stored.value(QStringLiteral("address")).toMap().value(QStringLiteral("district")).toString(),
              QStringLiteral("320102"));
}

TEST_F(UiFlow, FieldProblemsShowUnderTheField)
{
    MainWindow* window = signIn(QStringLiteral("agent"), QStringLiteral("secret-pass-1"));
    ASSERT_NE(window, nullptr);
    client::ui::CustomerSearchPage* page = window->customersPage();
    page->search(QStringLiteral("13912345678"));
    ASSERT_TRUE(test::waitFor([&] { return page->model()->rowCount() == 1; }));
    CustomerForm* form = openFirstResult(page);
    ASSERT_NE(form, nullptr);
    auto* region = test::child<client::ui::RegionPicker>(form, QStringLiteral("regionPicker"));
    ASSERT_TRUE(test::waitFor([&] { return !region->isLoading(); }));

    // Checked before sending (the shared rules).
    test::child<QLineEdit>(form, QStringLiteral("emailEdit"))->setText(QStringLiteral("not-an-email"));
    test::child<QPlainTextEdit>(form, QStringLiteral("phonesEdit"))->setPlainText(QStringLiteral("12"));
    auto* save = test::child<QPushButton>(form, QStringLiteral("saveButton"));
    EXPECT_EQ(save->shortcut(), QKeySequence(QKeySequence::Save));   // Ctrl+S
    save->click();
    EXPECT_EQ(form->fieldErrors()->messageFor(QStringLiteral("email")), QStringLiteral("Not a valid email address."));
    EXPECT_TRUE(form->fieldErrors()->messageFor(QStringLiteral("phones")).contains(QStringLiteral("\"12\"")));
    EXPECT_TRUE(test::child<QLabel>(form, QStringLiteral("emailError"))->isVisible());
    EXPECT_FALSE(test::child<QLabel>(form, QStringLiteral("nameError"))->isVisible());
    EXPECT_EQ(form->customer().version, 1) << "nothing was sent";

    // Checked by the server only: a city that is not in the province.
    test::child<QLineEdit>(form, QStringLiteral("emailEdit"))->clear();
    test::child<QPlainTextEdit>(form, QStringLiteral("phonesEdit"))->setPlainText(QStringLiteral("13912345678"));
    region->setCodes(QStringLiteral("320000"), QStringLiteral("330100"), QString());
    ASSERT_TRUE(test::waitFor([&] { return !region->isLoading(); }));
    test::child<QPushButton>(form, QStringLiteral("saveButton"))->click();
    ASSERT_TRUE(test::waitFor([&] { return !form->fieldErrors()->messageFor(QStringLiteral("address")).isEmpty(); }));
    EXPECT_EQ(form->fieldErrors()->messageFor(QStringLiteral("address")),
              QStringLiteral("Province, city and district do not belong together."));
    EXPECT_TRUE(test::child<QLabel>(form, QStringLiteral("addressError"))->isVisible());
    EXPECT_EQ(form->customer().version, 1);
}

TEST_F(UiFlow, ServerDataShowsAsPlainText)
{
    MainWindow* window = signIn(QStringLiteral("agent"), QStringLiteral("secret-pass-1"));
    ASSERT_NE(window, nullptr);
    client::ui::CustomerSearchPage* page = window->customersPage();
    page->search(QStringLiteral("<b>x</b>"), client::SearchField::Name);
    ASSERT_TRUE(test::waitFor([&] { return page->model()->rowCount() == 1; }));
    EXPECT_EQ(page->model()->index(0, CustomerSearchModel::Name).data().toString(), QStringLiteral("<b>x</b>"));
    CustomerForm* form = openFirstResult(page);
    ASSERT_NE(form, nullptr);
    EXPECT_EQ(test::child<QLineEdit>(form, QStringLiteral("nameEdit"))->text(), QStringLiteral("<b>x</b>"));
    EXPECT_TRUE(form->windowTitle().contains(QStringLiteral("<b>x</b>")));
    EXPECT_TRUE(test::richTextLabelsShowing(form, QStringLiteral("<")).isEmpty());
    EXPECT_TRUE(test::richTextLabelsShowing(window, QStringLiteral("<")).isEmpty());
}

TEST_F(UiFlow, ConflictOffersOverwriteThatKeepsTheOtherChange)
{
    MainWindow* window = signIn(QStringLiteral("agent"), QStringLiteral("secret-pass-1"));
    ASSERT_NE(window, nullptr);
    client::ui::CustomerSearchPage* page = window->customersPage();
    page->search(QStringLiteral("13912345678"));
    ASSERT_TRUE(test::waitFor([&] { return page->model()->rowCount() == 1; }));
    CustomerForm* form = openFirstResult(page);
    ASSERT_NE(form, nullptr);
    ASSERT_TRUE(test::waitFor([&] {
        return !test::child<client::ui::RegionPicker>(form, QStringLiteral("regionPicker"))->isLoading();
    }));

    // Someone else changes the occupation meanwhile.
    const qint64 id = m_zhang.value(QStringLiteral("id")).toInteger();
    const auto other = callAs(m_agent, QStringLiteral("customer.update"),
                              QCborMap{{QStringLiteral("id"), id}, {QStringLiteral("version"), 1},
                                       {QStringLiteral("occupation"), QStringLiteral("医生")}});
    ASSERT_TRUE(other.ok);

    test::child<QLineEdit>(form, QStringLiteral("nameEdit"))->setText(QStringLiteral("张叁"));
    test::child<QPushButton>(form, QStringLiteral("saveButton"))->click();
    QMessageBox* box = nullptr;
    ASSERT_TRUE(test::waitFor([&] {
        box = form->findChild<QMessageBox*>(QStringLiteral("conflictMessageBox"));
        return box && box->isVisible();
    }));
    test::child<QPushButton>(box, QStringLiteral("overwriteButton"))->click();
    ASSERT_TRUE(test::waitFor([&] { return form->customer().version == 3; }));
    const QCborMap stored = getCustomer(id);
    EXPECT_EQ(stored.value(QStringLiteral("name")).toString(), QStringLiteral("张叁"));
    EXPECT_EQ(stored.value(QStringLiteral("occupation")).toString(), QStringLiteral("医生"))
        << "overwrite re-applies only my changes";
    EXPECT_EQ(test::child<QLineEdit>(form, QStringLiteral("occupationEdit"))->text(), QStringLiteral("医生"));
}

TEST_F(UiFlow, EscapeAsksBeforeDiscardingChanges)
{
    MainWindow* window = signIn(QStringLiteral("agent"), QStringLiteral("secret-pass-1"));
    ASSERT_NE(window, nullptr);
    client::ui::CustomerSearchPage* page = window->customersPage();
    page->search(QStringLiteral("13912345678"));
    ASSERT_TRUE(test::waitFor([&] { return page->model()->rowCount() == 1; }));
    QPointer<CustomerForm> form = openFirstResult(page);
    ASSERT_TRUE(form);
    test::child<QLineEdit>(form, QStringLiteral("nameEdit"))->setText(QStringLiteral("改了"));
    test::pressKey(form, Qt::Key_Escape);
    QMessageBox* box = nullptr;
    ASSERT_TRUE(test::waitFor([&] {
        box = form->findChild<QMessageBox*>(QStringLiteral("discardMessageBox"));
        return box && box->isVisible();
    }));
    EXPECT_TRUE(form->isVisible());
    test::child<QPushButton>(box, QStringLiteral("confirmButton"))->click();
    EXPECT_TRUE(test::waitFor([&] { return form.isNull(); })) << "closed (and deleted) after Discard";
}

TEST_F(UiFlow, RevealShowsTheFullIdNumberOnlyToThoseAllowed)
{
    const QString idNumber = common::makeIdNumber(u"320102", QDate(1985, 3, 9), 42);
    createCustomer(QCborMap{{QStringLiteral("name"), QStringLiteral("赵六")},
                            {QStringLiteral("phones"), QCborArray{QStringLiteral("13700000006")}},
                            {QStringLiteral("id_number"), idNumber}});
    MainWindow* window = signIn(QStringLiteral("boss"), QStringLiteral("secret-pass-1"));
    ASSERT_NE(window, nullptr);
    client::ui::CustomerSearchPage* page = window->customersPage();
    page->search(idNumber);   // detected as an ID number
    ASSERT_TRUE(test::waitFor([&] { return page->model()->rowCount() == 1; }));
    EXPECT_EQ(page->model()->index(0, CustomerSearchModel::IdNumber).data().toString(), common::maskIdNumber(idNumber));
    CustomerForm* form = openFirstResult(page);
    ASSERT_NE(form, nullptr);
    auto* idEdit = test::child<QLineEdit>(form, QStringLiteral("idNumberEdit"));
    EXPECT_EQ(idEdit->text(), common::maskIdNumber(idNumber));
    auto* reveal = test::child<QPushButton>(form, QStringLiteral("revealIdButton"));
    ASSERT_TRUE(reveal->isVisible());
    reveal->click();
    ASSERT_TRUE(test::waitFor([&] { return idEdit->text() == idNumber; }));
    EXPECT_FALSE(reveal->isVisible());
    EXPECT_FALSE(form->isDirty()) << "seeing the number is not a change";
}

TEST_F(UiFlow, AdministratorSeesAdministrationAndReconnects)
{
    MainWindow* window = signIn(QStringLiteral("boss"), QStringLiteral("secret-pass-1"));
    ASSERT_NE(window, nullptr);
    ASSERT_EQ(window->navigation()->count(), 6);
    EXPECT_EQ(window->navigation()->item(1)->text(), QStringLiteral("Customer groups"));
    EXPECT_EQ(window->navigation()->item(2)->text(), QStringLiteral("Work orders"));
    EXPECT_EQ(window->navigation()->item(3)->text(), QStringLiteral("Wallboard"));   // admins hold cti.wallboard
    EXPECT_EQ(window->navigation()->item(4)->text(), QStringLiteral("Workflows"));   // and workflow.admin
    EXPECT_EQ(window->navigation()->item(5)->text(), QStringLiteral("Administration"));
    ASSERT_TRUE(window->showWorkspace(QStringLiteral("admin")));

    m_server->dropAllConnections();
    EXPECT_TRUE(test::waitFor([&] { return window->connectionText() != QStringLiteral("Connected"); }, 5000));
    EXPECT_TRUE(test::waitFor([&] { return window->connectionText() == QStringLiteral("Connected"); }))
        << "the session resumes by itself";
    EXPECT_TRUE(window->isVisible());
    EXPECT_EQ(window->navigation()->count(), 6);
}
