// The administration workspace against a real server: users are created through the
// dialog; a taken username shows under the field.
#include "tests/ui/ui_test_support.h"

#include "client/app/admin_page.h"
#include "client/app/client_app.h"
#include "client/app/field_errors.h"
#include "client/app/login_dialog.h"
#include "client/app/main_window.h"
#include "client/app/org_tab.h"
#include "client/app/user_dialog.h"
#include "client/app/users_tab.h"
#include "client/core/user_list_model.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>

using namespace csm;

namespace {

class UiAdmin : public test::UiServerTest {
protected:
    void SetUp() override
    {
        UiServerTest::SetUp();
        if (HasFatalFailure())
            return;
        setLanguage(QStringLiteral("en"));
        m_app = std::make_unique<client::ui::ClientApp>();
        m_app->start({serverAddress(), QStringLiteral("boss"), QStringLiteral("secret-pass-1")});   // signs in at once
        ASSERT_TRUE(test::waitFor([&] { return m_app->mainWindow() && m_app->mainWindow()->isVisible(); }));
        EXPECT_EQ(m_app->loginDialog(), nullptr) << "no login dialog with user and password given";
        ASSERT_TRUE(m_app->mainWindow()->showWorkspace(QStringLiteral("admin")));
        m_admin = m_app->mainWindow()->adminPage();
        ASSERT_NE(m_admin, nullptr);
    }

    void TearDown() override
    {
        m_app.reset();
        UiServerTest::TearDown();
    }

    std::unique_ptr<client::ui::ClientApp> m_app;
    client::ui::AdminPage* m_admin = nullptr;
};

} // namespace

TEST_F(UiAdmin, CreatesAUserAndShowsATakenUsernameUnderTheField)
{
    client::ui::UsersTab* users = m_admin->usersTab();
    ASSERT_NE(users, nullptr);
    client::UserListModel* model = users->model();
    // Loaded: both users, with role names from the role list.
    ASSERT_TRUE(test::waitFor([&] {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, client::UserListModel::Roles).data().toString() == QStringLiteral("Administrator"))
                return true;
        return false;
    }));
    test::pump(300);   // the org list too

    test::child<QPushButton>(users, QStringLiteral("newUserButton"))->click();
    auto* dialog = users->findChild<client::ui::UserDialog*>(QStringLiteral("userDialog"));
    ASSERT_NE(dialog, nullptr);
    test::child<QLineEdit>(dialog, QStringLiteral("usernameEdit"))->setText(QStringLiteral("agent"));
    test::child<QLineEdit>(dialog, QStringLiteral("displayNameEdit"))->setText(QStringLiteral("新座席"));
    test::child<QLineEdit>(dialog, QStringLiteral("passwordEdit"))->setText(QStringLiteral("secret-pass-2"));
    auto* roles = test::child<QListWidget>(dialog, QStringLiteral("rolesList"));
    const auto agentRole = roles->findItems(QStringLiteral("Agent"), Qt::MatchExactly);
    ASSERT_EQ(agentRole.size(), 1);
    agentRole.first()->setCheckState(Qt::Checked);
    test::child<QPushButton>(dialog, QStringLiteral("saveButton"))->click();
    ASSERT_TRUE(test::waitFor([&] { return !dialog->fieldErrors()->messageFor(QStringLiteral("username")).isEmpty(); }));
    EXPECT_TRUE(dialog->isVisible());

    QPointer<client::ui::UserDialog> guard(dialog);
    test::child<QLineEdit>(dialog, QStringLiteral("usernameEdit"))->setText(QStringLiteral("agent7"));
    test::child<QPushButton>(dialog, QStringLiteral("saveButton"))->click();
    ASSERT_TRUE(test::waitFor([&] { return guard.isNull(); })) << "closes after saving";
    bool found = false;
    for (int row = 0; row < model->rowCount(); ++row)
        found = found || model->userAt(row).username == QStringLiteral("agent7");
    EXPECT_TRUE(found);
}

TEST_F(UiAdmin, OrgTreeShowsTheServiceNetwork)
{
    m_harness->createOrgUnit(QStringLiteral("HQ"), QStringLiteral("region"), QStringLiteral("RC-EAST"), QStringLiteral("华东大区"));
    m_admin->tabs()->setCurrentWidget(m_admin->orgTab());
    QTreeWidget* tree = m_admin->orgTab()->tree();
    ASSERT_TRUE(test::waitFor([&] { return tree->topLevelItemCount() == 1 && tree->topLevelItem(0)->childCount() == 1; }));
    EXPECT_EQ(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("华东大区"));
}
