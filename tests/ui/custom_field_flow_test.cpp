// Custom fields through real widgets and a real server: the customer form shows an editor per
// active field by type, saves a changed value, shows the rules' and the server's problems at
// the right editor; the 360 view shows the values as plain text; Administration → Custom
// fields adds, edits and deactivates definitions.
#include "tests/ui/ui_test_support.h"

#include "client/app/admin_page.h"
#include "client/app/agent_desk_page.h"
#include "client/app/client_app.h"
#include "client/app/custom_field_dialog.h"
#include "client/app/custom_fields_box.h"
#include "client/app/custom_fields_tab.h"
#include "client/app/customer360_view.h"
#include "client/app/customer_form.h"
#include "client/app/customer_search_page.h"
#include "client/app/field_errors.h"
#include "client/app/main_window.h"
#include "client/core/custom_field_model.h"
#include "client/core/customer_search_model.h"

#include <QCborArray>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace csm;
using client::ui::CustomerForm;

namespace {

class UiCustomFields : public test::UiServerTest {
protected:
    void SetUp() override
    {
        UiServerTest::SetUp();
        if (HasFatalFailure())
            return;
        setLanguage(QStringLiteral("en"));
        m_source = define({{QStringLiteral("code"), QStringLiteral("source")},
                           {QStringLiteral("label_en"), QStringLiteral("Source")},
                           {QStringLiteral("label_zh"), QStringLiteral("来源")},
                           {QStringLiteral("type"), QStringLiteral("text")}});
        m_household = define({{QStringLiteral("code"), QStringLiteral("household")},
                              {QStringLiteral("label_en"), QStringLiteral("Household size")},
                              {QStringLiteral("label_zh"), QStringLiteral("家庭人数")},
                              {QStringLiteral("type"), QStringLiteral("number")},
                              {QStringLiteral("required"), true},
                              {QStringLiteral("min"), 1},
                              {QStringLiteral("max"), 20}});
        define({{QStringLiteral("code"), QStringLiteral("moved_in")},
                {QStringLiteral("label_en"), QStringLiteral("Moved in")},
                {QStringLiteral("label_zh"), QStringLiteral("入住日期")},
                {QStringLiteral("type"), QStringLiteral("date")}});
        define({{QStringLiteral("code"), QStringLiteral("heating")},
                {QStringLiteral("label_en"), QStringLiteral("<b>Heating</b>")},
                {QStringLiteral("label_zh"), QStringLiteral("供暖方式")},
                {QStringLiteral("type"), QStringLiteral("choice")},
                {QStringLiteral("options"),
                 QCborArray{QCborMap{{QStringLiteral("value"), QStringLiteral("gas")},
                                     {QStringLiteral("label_en"), QStringLiteral("Gas")},
                                     {QStringLiteral("label_zh"), QStringLiteral("燃气")}},
                            QCborMap{{QStringLiteral("value"), QStringLiteral("electric")},
                                     {QStringLiteral("label_en"), QStringLiteral("Electric")},
                                     {QStringLiteral("label_zh"), QStringLiteral("电")}}}}});
        m_customer = createCustomer({{QStringLiteral("name"), QStringLiteral("赵六")},
                                     {QStringLiteral("phones"), QCborArray{QStringLiteral("13700001234")}},
                                     {QStringLiteral("custom"), QCborMap{{QStringLiteral("household"), 3},
                                                                         {QStringLiteral("source"), QStringLiteral("展会")}}}});
        m_app = std::make_unique<client::ui::ClientApp>();
    }

    void TearDown() override
    {
        m_app.reset();
        UiServerTest::TearDown();
    }

    QCborMap define(const QCborMap& args)
    {
        const auto response = callAs(m_admin, QStringLiteral("customer.field.create"), args);
        EXPECT_TRUE(response.ok) << response.error.message.toStdString();
        return response.result.toMap();
    }

    client::ui::MainWindow* signIn(const QString& user)
    {
        m_app->start({serverAddress(), user, QStringLiteral("secret-pass-1")});
        EXPECT_TRUE(test::waitFor([&] { return m_app->mainWindow() && m_app->mainWindow()->isVisible(); }));
        return m_app->mainWindow();
    }

    CustomerForm* openCustomer(client::ui::MainWindow* window)
    {
        client::ui::CustomerSearchPage* page = window->customersPage();
        page->search(QStringLiteral("13700001234"));
        EXPECT_TRUE(test::waitFor([&] { return page->model()->rowCount() == 1; }));
        page->openCustomerAt(0);
        CustomerForm* form = page->lastOpenedForm();
        EXPECT_NE(form, nullptr);
        if (form) {
            EXPECT_TRUE(test::waitFor([&] { return !form->isBusy() && form->customFields()->hasFields(); }));
        }
        return form;
    }

    QCborMap m_source, m_household, m_customer;
    std::unique_ptr<client::ui::ClientApp> m_app;
};

} // namespace

TEST_F(UiCustomFields, FormEditsACustomValueAndShowsProblemsAtTheEditor)
{
    client::ui::MainWindow* window = signIn(QStringLiteral("agent"));
    ASSERT_NE(window, nullptr);
    CustomerForm* form = openCustomer(window);
    ASSERT_NE(form, nullptr);
    client::ui::CustomFieldsBox* box = form->customFields();
    EXPECT_TRUE(box->isVisible());

    // One editor per field, by type, with the stored values.
    auto* source = qobject_cast<QLineEdit*>(box->editor(QStringLiteral("source")));
    auto* household = qobject_cast<client::ui::OptionalNumberBox*>(box->editor(QStringLiteral("household")));
    auto* moved = qobject_cast<QDateEdit*>(box->editor(QStringLiteral("moved_in")));
    auto* heating = qobject_cast<QComboBox*>(box->editor(QStringLiteral("heating")));
    ASSERT_TRUE(source && household && moved && heating);
    EXPECT_EQ(source->text(), QStringLiteral("展会"));
    EXPECT_EQ(household->number(), 3.0);
    EXPECT_EQ(moved->text(), QStringLiteral("Not set"));
    EXPECT_EQ(heating->currentText(), QStringLiteral("Not set"));
    EXPECT_EQ(heating->count(), 3);
    EXPECT_EQ(test::child<QLabel>(box, QStringLiteral("custom.householdLabel"))->text(), QStringLiteral("Household size *"));
    EXPECT_EQ(test::child<QLabel>(box, QStringLiteral("custom.heatingLabel"))->text(), QStringLiteral("<b>Heating</b>"));
    EXPECT_TRUE(test::richTextLabelsShowing(form, QStringLiteral("<")).isEmpty());
    EXPECT_FALSE(form->isDirty());

    // Edit: a number by keyboard (Up), a choice, a date.
    household->setFocus();
    test::pressKey(household, Qt::Key_Up);
    EXPECT_EQ(household->number(), 4.0);
    heating->setCurrentIndex(heating->findData(QStringLiteral("gas")));
    moved->setDate(QDate(2016, 5, 1));
    EXPECT_TRUE(form->isDirty());
    test::child<QPushButton>(form, QStringLiteral("saveButton"))->click();
    ASSERT_TRUE(test::waitFor([&] { return form->customer().version == 2; }));
    EXPECT_FALSE(form->isDirty());
    const qint64 id = m_customer.value(QStringLiteral("id")).toInteger();
    QCborMap stored = getCustomer(id).value(QStringLiteral("custom")).toMap();
    EXPECT_EQ(stored.value(QStringLiteral("household")).toInteger(), 4);
    EXPECT_EQ(stored.value(QStringLiteral("heating")).toString(), QStringLiteral("gas"));
    EXPECT_EQ(stored.value(QStringLiteral("moved_in")).toString(), QStringLiteral("2016-05-01"));
    EXPECT_EQ(stored.value(QStringLiteral("source")).toString(), QStringLiteral("展会")) << "untouched values stay";

    // The shared rules, before sending: a required value cleared (select all, delete).
    household->setFocus();
    test::pressKey(household, Qt::Key_A, Qt::ControlModifier);
    test::pressKey(household, Qt::Key_Backspace);
    EXPECT_FALSE(household->number().has_value());
    test::child<QPushButton>(form, QStringLiteral("saveButton"))->click();
    EXPECT_EQ(form->fieldErrors()->messageFor(QStringLiteral("custom.household")), QStringLiteral("This field is required."));
    EXPECT_TRUE(test::child<QLabel>(form, QStringLiteral("custom.householdError"))->isVisible());
    EXPECT_EQ(form->customer().version, 2) << "nothing was sent";

    // The server's problem, at the editor: the field was deactivated while the form was open.
    household->setNumber(5);
    const auto deactivated = callAs(m_admin, QStringLiteral("customer.field.deactivate"),
                                    {{QStringLiteral("id"), m_source.value(QStringLiteral("id"))}, {QStringLiteral("version"), 1}});
    ASSERT_TRUE(deactivated.ok);
    source->setText(QStringLiteral("网站"));
    test::child<QPushButton>(form, QStringLiteral("saveButton"))->click();
    ASSERT_TRUE(test::waitFor([&] { return !form->fieldErrors()->messageFor(QStringLiteral("custom.source")).isEmpty(); }));
    EXPECT_EQ(form->fieldErrors()->messageFor(QStringLiteral("custom.source")),
              QStringLiteral("This field is no longer in use; reload the customer."));
    EXPECT_TRUE(test::child<QLabel>(form, QStringLiteral("custom.sourceError"))->isVisible());
    EXPECT_TRUE(form->fieldErrors()->messageFor(QStringLiteral("custom.household")).isEmpty());
    EXPECT_EQ(form->customer().version, 2);
}

TEST_F(UiCustomFields, NewCustomerNeedsTheRequiredValue)
{
    client::ui::MainWindow* window = signIn(QStringLiteral("agent"));
    ASSERT_NE(window, nullptr);
    client::ui::CustomerSearchPage* page = window->customersPage();
    page->newCustomer();
    CustomerForm* form = page->lastOpenedForm();
    ASSERT_NE(form, nullptr);
    ASSERT_TRUE(test::waitFor([&] { return form->customFields()->hasFields(); }));
    test::child<QLineEdit>(form, QStringLiteral("nameEdit"))->setText(QStringLiteral("孙七"));
    test::child<QPlainTextEdit>(form, QStringLiteral("phonesEdit"))->setPlainText(QStringLiteral("13600009999"));
    test::child<QPushButton>(form, QStringLiteral("saveButton"))->click();
    EXPECT_EQ(form->fieldErrors()->messageFor(QStringLiteral("custom.household")), QStringLiteral("This field is required."));
    EXPECT_EQ(form->customer().id, 0);
    qobject_cast<client::ui::OptionalNumberBox*>(form->customFields()->editor(QStringLiteral("household")))->setNumber(2);
    test::child<QPushButton>(form, QStringLiteral("saveButton"))->click();
    ASSERT_TRUE(test::waitFor([&] { return form->customer().id != 0; }));
    EXPECT_EQ(form->customer().custom.value(QStringLiteral("household")).toInteger(), 2);
    EXPECT_FALSE(form->customer().custom.contains(QStringLiteral("source"))) << "empty values are not sent";
}

TEST_F(UiCustomFields, The360ViewShowsTheValuesAsPlainText)
{
    callAs(m_agent, QStringLiteral("customer.update"),
           {{QStringLiteral("id"), m_customer.value(QStringLiteral("id"))}, {QStringLiteral("version"), 1},
            {QStringLiteral("custom"), QCborMap{{QStringLiteral("heating"), QStringLiteral("electric")},
                                                {QStringLiteral("source"), QStringLiteral("<i>web</i>")}}}});
    client::ui::MainWindow* window = signIn(QStringLiteral("agent"));
    ASSERT_NE(window, nullptr);
    ASSERT_NE(window->deskPage(), nullptr);
    client::ui::Customer360View* view = window->deskPage()->openCustomer(m_customer.value(QStringLiteral("id")).toInteger());
    ASSERT_NE(view, nullptr);
    QLabel* heating = nullptr;
    ASSERT_TRUE(test::waitFor([&] {
        heating = view->findChild<QLabel*>(QStringLiteral("custom.heating"));
        return heating != nullptr;
    }));
    EXPECT_EQ(heating->text(), QStringLiteral("Electric"));
    EXPECT_EQ(test::child<QLabel>(view, QStringLiteral("custom.household"))->text(), QStringLiteral("3"));
    EXPECT_EQ(test::child<QLabel>(view, QStringLiteral("custom.source"))->text(), QStringLiteral("<i>web</i>"));
    EXPECT_EQ(view->findChild<QLabel*>(QStringLiteral("custom.moved_in")), nullptr) << "no row for an empty value";
    EXPECT_TRUE(test::richTextLabelsShowing(view, QStringLiteral("<")).isEmpty());
}

TEST_F(UiCustomFields, AdminAddsEditsAndDeactivatesAField)
{
    client::ui::MainWindow* window = signIn(QStringLiteral("boss"));
    ASSERT_NE(window, nullptr);
    ASSERT_TRUE(window->showWorkspace(QStringLiteral("admin")));
    client::ui::AdminPage* admin = window->adminPage();
    client::ui::CustomFieldsTab* tab = admin->customFieldsTab();
    ASSERT_NE(tab, nullptr);
    admin->tabs()->setCurrentWidget(tab);
    client::CustomFieldModel* model = tab->model();
    ASSERT_TRUE(test::waitFor([&] { return model->rowCount() == 4; }));
    EXPECT_EQ(model->index(1, client::CustomFieldModel::Code).data().toString(), QStringLiteral("household"));
    EXPECT_EQ(model->index(1, client::CustomFieldModel::Required).data().toString(), QStringLiteral("Required"));

    // New: a choice field; a bad code and a missing option label are shown under their editors.
    tab->newField();
    client::ui::CustomFieldDialog* dialog = tab->openDialog();
    ASSERT_NE(dialog, nullptr);
    test::child<QLineEdit>(dialog, QStringLiteral("codeEdit"))->setText(QStringLiteral("source"));
    test::child<QLineEdit>(dialog, QStringLiteral("labelEnEdit"))->setText(QStringLiteral("Housing"));
    test::child<QLineEdit>(dialog, QStringLiteral("labelZhEdit"))->setText(QStringLiteral("住房"));
    auto* type = test::child<QComboBox>(dialog, QStringLiteral("typeBox"));
    type->setCurrentIndex(type->findData(QStringLiteral("choice")));
    QTableWidget* options = dialog->optionsTable();
    ASSERT_EQ(options->rowCount(), 1) << "a choice starts with an empty option row";
    options->item(0, 0)->setText(QStringLiteral("own"));
    options->item(0, 1)->setText(QStringLiteral("Owned"));
    test::child<QPushButton>(dialog, QStringLiteral("saveButton"))->click();
    EXPECT_FALSE(dialog->fieldErrors()->messageFor(QStringLiteral("options")).isEmpty()) << "the Chinese label is missing";
    options->item(0, 2)->setText(QStringLiteral("自有"));
    dialog->addOption({QStringLiteral("rent"), QStringLiteral("Rented"), QStringLiteral("租住")});
    test::child<QPushButton>(dialog, QStringLiteral("saveButton"))->click();
    ASSERT_TRUE(test::waitFor([&] { return !dialog->fieldErrors()->messageFor(QStringLiteral("code")).isEmpty(); }));
    EXPECT_EQ(dialog->fieldErrors()->messageFor(QStringLiteral("code")), QStringLiteral("This is already taken."));
    QPointer<client::ui::CustomFieldDialog> guard(dialog);
    test::child<QLineEdit>(dialog, QStringLiteral("codeEdit"))->setText(QStringLiteral("housing"));
    test::child<QPushButton>(dialog, QStringLiteral("saveButton"))->click();
    ASSERT_TRUE(test::waitFor([&] { return guard.isNull(); })) << "closes after saving";
    ASSERT_EQ(model->rowCount(), 5);
    const int row = model->rowOf(model->fields().last().id);
    EXPECT_EQ(model->fieldAt(row).code, QStringLiteral("housing"));
    EXPECT_EQ(model->fieldAt(row).options.size(), 2);
    EXPECT_EQ(tab->table()->currentIndex().row(), row) << "the new field is selected";

    // Edit: the code is fixed, the label changes.
    tab->editCurrent();
    dialog = tab->openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(test::child<QLineEdit>(dialog, QStringLiteral("codeEdit"))->isReadOnly());
    test::child<QLineEdit>(dialog, QStringLiteral("labelEnEdit"))->setText(QStringLiteral("Housing status"));
    guard = dialog;
    test::child<QPushButton>(dialog, QStringLiteral("saveButton"))->click();
    ASSERT_TRUE(test::waitFor([&] { return guard.isNull(); }));
    EXPECT_EQ(model->fieldAt(model->rowOf(model->fields().last().id)).labelEn, QStringLiteral("Housing status"));

    // Deactivate, after confirming.
    auto* toggle = test::child<QPushButton>(tab, QStringLiteral("toggleFieldButton"));
    EXPECT_EQ(toggle->text(), QStringLiteral("Deactivate"));
    toggle->click();
    QMessageBox* box = nullptr;
    ASSERT_TRUE(test::waitFor([&] {
        box = tab->findChild<QMessageBox*>(QStringLiteral("confirmMessageBox"));
        return box && box->isVisible();
    }));
    test::child<QPushButton>(box, QStringLiteral("confirmButton"))->click();
    ASSERT_TRUE(test::waitFor([&] {
        const int current = tab->table()->currentIndex().row();
        return current >= 0 && !model->fieldAt(current).active;
    }));
    EXPECT_EQ(toggle->text(), QStringLiteral("Activate"));
    const auto listed = callAs(m_agent, QStringLiteral("customer.field.list"), {});
    EXPECT_EQ(listed.result.toMap().value(QStringLiteral("items")).toArray().size(), 4) << "inactive: not offered";
}
