// Customer groups through real widgets and a real server: a segment built in the rule editor with
// a live count, a static list filled from the customer search, the members, bad rules marked on
// their condition, deleting, and a reader without the edit buttons.
#include "tests/ui/ui_test_support.h"

#include "client/app/add_to_group_dialog.h"
#include "client/app/client_app.h"
#include "client/app/condition_row.h"
#include "client/app/customer_form.h"
#include "client/app/customer_groups_page.h"
#include "client/app/customer_search_page.h"
#include "client/app/group_editor_dialog.h"
#include "client/app/main_window.h"
#include "client/app/region_picker.h"
#include "client/app/segment_rule_editor.h"
#include "client/core/customer_search_model.h"
#include "client/core/group_editor_controller.h"
#include "client/core/group_list_model.h"
#include "client/core/group_member_model.h"

#include <QAbstractItemModelTester>
#include <QCborArray>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace csm;
using client::GroupListModel;
using client::ui::CustomerGroupsPage;
using client::ui::GroupEditorDialog;

namespace {

class GroupsFlow : public test::UiServerTest {
protected:
    void SetUp() override
    {
        UiServerTest::SetUp();
        if (HasFatalFailure())
            return;
        setLanguage(QStringLiteral("en"));
        const auto customer = [this](const char* name, const char* phone, const char* district, const char* city) {
            return createCustomer(QCborMap{
                                      {QStringLiteral("name"), QString::fromUtf8(name)},
                                      {QStringLiteral("phones"), QCborArray{QString::fromLatin1(phone)}},
                                      {QStringLiteral("address"),
                                       QCborMap{{QStringLiteral("province"), QStringLiteral("320000")},
                                                {QStringLiteral("city"), QString::fromLatin1(city)},
                                                {QStringLiteral("district"), QString::fromLatin1(district)}}}})
                .value(QStringLiteral("id"))
                .toInteger();
        };
        m_nanjing = customer("张南京", "13900000001", "320102", "320100");
        m_wuxi = customer("张无锡", "13900000002", "320211", "320200");
        customer("张三", "13900000003", "320102", "320100");
        pqxx::work tx(m_harness->connection());
        tx.exec0("INSERT INTO product_category (code, name) VALUES ('RH', 'Range hoods'), ('TV', 'TVs')");
        tx.exec0("INSERT INTO product_model (code, name, category_code) VALUES ('CXW-200', 'Hood', 'RH')");
        tx.exec_params0("INSERT INTO customer_product (customer_id, model_id, purchase_date)"
                        " SELECT c, m.id, '2021-05-01' FROM unnest($1::bigint[]) AS c, product_model m",
                        "{" + std::to_string(m_nanjing) + "," + std::to_string(m_wuxi) + "}");
        tx.commit();
        m_app = std::make_unique<client::ui::ClientApp>();
    }

    void TearDown() override
    {
        m_app.reset();
        UiServerTest::TearDown();
    }

    client::ui::MainWindow* signIn(const QString& user)
    {
        m_app->start({serverAddress(), user, QStringLiteral("secret-pass-1")});
        EXPECT_TRUE(test::waitFor([&] { return m_app->mainWindow() && m_app->mainWindow()->isVisible(); }));
        return m_app->mainWindow();
    }

    CustomerGroupsPage* groups(client::ui::MainWindow* window)
    {
        EXPECT_TRUE(window->showWorkspace(QStringLiteral("groups")));
        CustomerGroupsPage* page = window->groupsPage();
        EXPECT_NE(page, nullptr);
        EXPECT_TRUE(test::waitFor([&] { return page && page->hasLoaded(); }));
        return page;
    }

    static QString countText(CustomerGroupsPage* page, qint64 groupId)
    {
        const int row = page->groupModel()->rowOfGroup(groupId);
        return row < 0 ? QString() : page->groupModel()->index(row, GroupListModel::Members).data().toString();
    }

    std::unique_ptr<client::ui::ClientApp> m_app;
    qint64 m_nanjing = 0, m_wuxi = 0;
};

} // namespace

TEST_F(GroupsFlow, SegmentWithLiveCountThenMembers)
{
    client::ui::MainWindow* window = signIn(QStringLiteral("boss"));
    ASSERT_NE(window, nullptr);
    CustomerGroupsPage* page = groups(window);
    ASSERT_NE(page, nullptr);
    QAbstractItemModelTester groupTester(page->groupModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester memberTester(page->memberModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(page->groupModel()->rowCount(), 0);

    GroupEditorDialog* dialog = page->newGroup(common::GroupKind::Segment);
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(test::waitFor([&] { return !dialog->controller()->categories().isEmpty(); }));
    dialog->nameEdit()->setText(QStringLiteral("Hood owners in Nanjing"));
    client::ui::SegmentRuleEditor* rule = dialog->ruleEditor();
    // An incomplete condition is not counted.
    client::ui::ConditionRow* product = rule->addCondition(common::ConditionType::Product);
    EXPECT_TRUE(dialog->previewLabel()->text().contains(QStringLiteral("Complete")));
    product->categoryBox()->setCurrentIndex(product->categoryBox()->findData(QStringLiteral("RH")));
    ASSERT_TRUE(test::waitFor([&] { return dialog->previewLabel()->text() == QStringLiteral("2 customer(s) match now"); }))
        << dialog->previewLabel()->text().toStdString();

    client::ui::ConditionRow* region = rule->addCondition(common::ConditionType::Region);
    region->regionPicker()->setCodes(QStringLiteral("320000"), QStringLiteral("320100"), QString());
    ASSERT_TRUE(test::waitFor([&] { return !region->regionPicker()->isLoading(); }));
    test::child<QPushButton>(region, QStringLiteral("addRegionButton"))->click();
    ASSERT_EQ(rule->rule().conditions.size(), 2);
    EXPECT_EQ(rule->rule().conditions[1].values, QStringList{QStringLiteral("320100")});
    ASSERT_TRUE(test::waitFor([&] { return dialog->previewLabel()->text() == QStringLiteral("1 customer(s) match now"); }))
        << dialog->previewLabel()->text().toStdString();

    QPointer<GroupEditorDialog> guard(dialog);
    dialog->save();
    ASSERT_TRUE(test::waitFor([&] { return guard.isNull() || !guard->isVisible(); }));
    ASSERT_TRUE(test::waitFor([&] { return page->groupModel()->rowCount() == 1; }));
    const qint64 segmentId = page->groupModel()->groupAt(0).id;
    ASSERT_TRUE(test::waitFor([&] { return countText(page, segmentId) == QStringLiteral("1"); }));
    EXPECT_EQ(page->selectedGroupId(), segmentId);
    ASSERT_TRUE(test::waitFor([&] { return page->memberModel()->rowCount() == 1; }));
    EXPECT_EQ(page->memberModel()->memberAt(0).customerId, m_nanjing);
    EXPECT_TRUE(page->ruleLabel()->text().contains(QStringLiteral("Range hoods"))) << page->ruleLabel()->text().toStdString();
    EXPECT_TRUE(test::waitFor([&] { return page->ruleLabel()->text().contains(QStringLiteral("南京市")); }))
        << page->ruleLabel()->text().toStdString();

    // Editing shows the stored rule in the editor, region names included.
    GroupEditorDialog* edit = page->editSelected();
    ASSERT_NE(edit, nullptr);
    ASSERT_EQ(edit->ruleEditor()->conditionCount(), 2);
    EXPECT_TRUE(test::waitFor([&] {
        return edit->ruleEditor()->regionNames().value(QStringLiteral("320100")).contains(QStringLiteral("南京市"));
    }));
    edit->close();
}

TEST_F(GroupsFlow, StaticListFilledFromTheSearchThenDeleted)
{
    client::ui::MainWindow* window = signIn(QStringLiteral("boss"));
    ASSERT_NE(window, nullptr);
    CustomerGroupsPage* page = groups(window);
    ASSERT_NE(page, nullptr);
    GroupEditorDialog* dialog = page->newGroup(common::GroupKind::Static);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->ruleEditor(), nullptr);
    dialog->nameEdit()->setText(QStringLiteral("Spring call-backs"));
    dialog->save();
    ASSERT_TRUE(test::waitFor([&] { return page->groupModel()->rowCount() == 1; }));
    const qint64 listId = page->groupModel()->groupAt(0).id;
    EXPECT_EQ(countText(page, listId), QStringLiteral("0"));

    // A second list of the same name is refused, under the name field.
    GroupEditorDialog* twin = page->newGroup(common::GroupKind::Static);
    twin->nameEdit()->setText(QStringLiteral("spring CALL-backs"));
    twin->save();
    ASSERT_TRUE(test::waitFor([&] {
        for (QLabel* label : twin->findChildren<QLabel*>())
            if (label->text().contains(QStringLiteral("already has this name")))
                return true;
        return false;
    }));
    twin->close();

    // From the customer search: select all, "Add to group…".
    ASSERT_TRUE(window->showWorkspace(QStringLiteral("customers")));
    client::ui::CustomerSearchPage* search = window->customersPage();
    search->search(QStringLiteral("张"));
    ASSERT_TRUE(test::waitFor([&] { return search->model()->rowCount() == 3; }));
    search->table()->selectAll();
    auto* add = test::child<QPushButton>(search, QStringLiteral("addToGroupButton"));
    ASSERT_NE(add, nullptr);
    ASSERT_TRUE(add->isVisible());
    add->click();
    client::ui::AddToGroupDialog* choose = nullptr;
    ASSERT_TRUE(test::waitFor([&] { return (choose = window->findChild<client::ui::AddToGroupDialog*>()) != nullptr; }));
    EXPECT_EQ(choose->chosenGroup(), listId);
    test::child<QPushButton>(choose, QStringLiteral("addButton"))->click();
    ASSERT_TRUE(test::waitFor([&] { return countText(page, listId) == QStringLiteral("3"); })) << countText(page, listId).toStdString();

    // Members; remove one.
    ASSERT_TRUE(window->showWorkspace(QStringLiteral("groups")));
    ASSERT_TRUE(page->selectGroup(listId));
    ASSERT_TRUE(test::waitFor([&] { return page->memberModel()->rowCount() == 3; }));
    page->memberTable()->selectRow(0);
    page->removeSelectedMembers();
    auto* confirm = page->findChild<QMessageBox*>(QStringLiteral("removeMembersConfirm"));
    ASSERT_NE(confirm, nullptr);
    test::child<QPushButton>(confirm, QStringLiteral("confirmButton"))->click();
    ASSERT_TRUE(test::waitFor([&] { return countText(page, listId) == QStringLiteral("2"); }));
    EXPECT_EQ(page->memberModel()->rowCount(), 2);

    // Delete, confirmed.
    page->deleteSelected();
    auto* box = page->findChild<QMessageBox*>(QStringLiteral("deleteGroupConfirm"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("Spring call-backs")));
    test::child<QPushButton>(box, QStringLiteral("confirmButton"))->click();
    ASSERT_TRUE(test::waitFor([&] { return page->groupModel()->rowCount() == 0; }));
    EXPECT_EQ(getCustomer(m_nanjing).value(QStringLiteral("id")).toInteger(), m_nanjing);   // customers stay
}

TEST_F(GroupsFlow, BadRuleIsMarkedOnItsCondition)
{
    client::ui::MainWindow* window = signIn(QStringLiteral("boss"));
    ASSERT_NE(window, nullptr);
    CustomerGroupsPage* page = groups(window);
    GroupEditorDialog* dialog = page->newGroup(common::GroupKind::Segment);
    dialog->nameEdit()->setText(QStringLiteral("Odd ages"));
    client::ui::ConditionRow* age = dialog->ruleEditor()->addCondition(common::ConditionType::Age);
    age->minBox()->setValue(60);
    age->maxBox()->setValue(40);
    dialog->save();
    EXPECT_TRUE(age->problem().contains(QStringLiteral("minimum is greater"))) << age->problem().toStdString();
    EXPECT_TRUE(dialog->isVisible());
    // Fixed: the count appears and the mark goes.
    age->maxBox()->setValue(80);
    EXPECT_TRUE(age->problem().isEmpty());
    ASSERT_TRUE(test::waitFor([&] { return dialog->previewLabel()->text().contains(QStringLiteral("match now")); }));
    dialog->close();
}

TEST_F(GroupsFlow, ReadersSeeGroupsWithoutEditing)
{
    callAs(m_admin, QStringLiteral("customer.group.create"),
           QCborMap{{QStringLiteral("name"), QStringLiteral("<b>Hoods</b>")}, {QStringLiteral("kind"), QStringLiteral("segment")},
                    {QStringLiteral("rule"), QCborMap{{QStringLiteral("conditions"),
                                                       QCborArray{QCborMap{{QStringLiteral("type"), QStringLiteral("product")},
                                                                           {QStringLiteral("category"), QStringLiteral("RH")}}}}}}});
    client::ui::MainWindow* window = signIn(QStringLiteral("agent"));
    ASSERT_NE(window, nullptr);
    CustomerGroupsPage* page = groups(window);
    ASSERT_NE(page, nullptr);
    ASSERT_EQ(page->groupModel()->rowCount(), 1);
    EXPECT_FALSE(page->canEdit());
    EXPECT_FALSE(test::child<QPushButton>(page, QStringLiteral("newSegmentButton"))->isVisible());
    EXPECT_EQ(page->newGroup(common::GroupKind::Segment), nullptr);
    ASSERT_TRUE(test::waitFor([&] { return countText(page, page->groupModel()->groupAt(0).id) == QStringLiteral("2"); }));
    EXPECT_TRUE(test::richTextLabelsShowing(page, QStringLiteral("<b>")).isEmpty());
    // Agents have no "Add to group" in the search.
    EXPECT_FALSE(test::child<QPushButton>(window->customersPage(), QStringLiteral("addToGroupButton"))->isVisible());
}
