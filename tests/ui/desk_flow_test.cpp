// The agent desk through real widgets and a real server: the screen pop on the ringing
// agent's client only (one match → 360 view, none → the new-customer form with the number,
// several → a pick list), answer / hang up / wrap-up, state changes, the wallboard kept
// current by events.
#include "tests/ui/desk_test_support.h"

#include "client/app/agent_desk_page.h"
#include "client/app/agent_state_bar.h"
#include "client/app/client_app.h"
#include "client/app/customer360_view.h"
#include "client/app/customer_form.h"
#include "client/app/customer_search_page.h"
#include "client/app/desk_dialogs.h"
#include "client/app/main_window.h"
#include "client/app/wallboard_page.h"
#include "client/core/agent_desk_controller.h"
#include "client/core/callback_model.h"
#include "client/core/contact_timeline_model.h"
#include "client/core/customer_search_model.h"
#include "client/core/wallboard_model.h"

#include <QAction>
#include <QCborArray>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>

using namespace csm;
using client::ui::ClientApp;
using client::ui::MainWindow;

namespace {

class DeskFlow : public test::UiServerTest {
protected:
    void SetUp() override
    {
        UiServerTest::SetUp();
        if (HasFatalFailure())
            return;
        setLanguage(QStringLiteral("en"));
        m_agent1 = m_harness->createUser(QStringLiteral("agent1"), QStringLiteral("HQ"), {QStringLiteral("agent")});
        m_agent2 = m_harness->createUser(QStringLiteral("agent2"), QStringLiteral("HQ"), {QStringLiteral("agent")});
        m_super = m_harness->createUser(QStringLiteral("super1"), QStringLiteral("HQ"), {QStringLiteral("supervisor")});
        test::assignExtension(*m_harness, m_agent1->userId, QStringLiteral("8001"), QStringLiteral("Agent One"));
        test::assignExtension(*m_harness, m_agent2->userId, QStringLiteral("8002"), QStringLiteral("Agent Two"));
        test::assignExtension(*m_harness, m_super->userId, QStringLiteral("8009"));
        m_zhang = createCustomer(QCborMap{{QStringLiteral("name"), QStringLiteral("张三")},
                                          {QStringLiteral("phones"), QCborArray{QStringLiteral("13912345678")}}});
        m_simulator = test::signedInClient(m_server->port(), QStringLiteral("boss"));
    }

    void TearDown() override
    {
        m_apps.clear();
        m_simulator.reset();
        UiServerTest::TearDown();
    }

    // A client signed in as `username`; for agents, waits until the desk is logged in.
    MainWindow* start(const QString& username)
    {
        auto app = std::make_unique<ClientApp>();
        app->start({serverAddress(), username, QStringLiteral("secret-pass-1")});
        ClientApp* raw = app.get();
        m_apps.push_back(std::move(app));
        EXPECT_TRUE(test::waitFor([&] { return raw->mainWindow() && raw->mainWindow()->isVisible(); }));
        MainWindow* window = raw->mainWindow();
        if (window && window->agentDesk()) {
            EXPECT_TRUE(test::waitFor([&] { return window->agentDesk()->agent().isLoggedIn(); }));
        }
        return window;
    }

    std::vector<std::unique_ptr<ClientApp>> m_apps;
    std::unique_ptr<client::RpcClient> m_simulator;
    server::SessionPtr m_agent1;
    server::SessionPtr m_agent2;
    server::SessionPtr m_super;
    QCborMap m_zhang;
};

qint64 idOf(const QCborMap& record)
{
    return record.value(QStringLiteral("id")).toInteger();
}

} // namespace

TEST_F(DeskFlow, ScreenPopOpensThe360ViewOnTheRingingAgentsClientOnly)
{
    MainWindow* one = start(QStringLiteral("agent1"));
    MainWindow* two = start(QStringLiteral("agent2"));
    ASSERT_NE(one, nullptr);
    ASSERT_NE(two, nullptr);
    ASSERT_NE(one->deskPage(), nullptr);
    EXPECT_EQ(one->agentDesk()->agent().extension, QStringLiteral("8001"));
    EXPECT_EQ(one->agentStateBar()->stateText(), QStringLiteral("Not ready: Just logged in"));

    test::simRing(*m_simulator, QStringLiteral("13912345678"), QStringLiteral("8001"));
    ASSERT_TRUE(test::waitFor([&] {
        auto* view = one->deskPage()->currentView();
        return view && view->customerId() == idOf(m_zhang) && view->isLoaded();
    }));
    EXPECT_EQ(one->currentWorkspace(), one->deskPage());
    EXPECT_EQ(one->deskPage()->currentView()->customerName(), QStringLiteral("张三"));
    EXPECT_TRUE(one->agentStateBar()->callerText().contains(QStringLiteral("张三")));
    test::pump(500);
    EXPECT_EQ(two->deskPage()->tabs()->count(), 1);   // only "My callbacks"
    EXPECT_FALSE(two->agentDesk()->hasCall());

    // Answer, hang up, wrap up with a summary that lands in the customer's history.
    one->agentStateBar()->answerAction()->trigger();
    ASSERT_TRUE(test::waitFor([&] { return one->agentDesk()->agent().state == QLatin1String("on_call"); }));
    one->agentStateBar()->hangupAction()->trigger();
    ASSERT_TRUE(test::waitFor([&] { return one->agentStateBar()->isWrapUpShown(); }));
    one->agentStateBar()->wrapUpEdit()->setText(QStringLiteral("询问保修期"));
    QStringList problems;
    QObject::connect(one->agentDesk(), &client::AgentDeskController::failed, one,
                     [&](const common::ErrorInfo& error) { problems.append(error.message); });
    one->agentStateBar()->wrapUpDoneButton()->click();
    ASSERT_TRUE(test::waitFor([&] { return one->agentDesk()->agent().state == QLatin1String("ready"); }))
        << problems.join(QLatin1Char('|')).toStdString() << " state " << one->agentDesk()->agent().state.toStdString();
    EXPECT_FALSE(one->agentStateBar()->isWrapUpShown());
    EXPECT_FALSE(one->agentDesk()->hasCall());

    client::ContactTimelineModel* timeline = one->deskPage()->currentView()->timeline();
    one->deskPage()->refresh();
    ASSERT_TRUE(test::waitFor([&] {
        return timeline->rowCount() > 0
               && timeline->data(timeline->index(0, client::ContactTimelineModel::Summary)).toString() == QStringLiteral("询问保修期");
    }));
    EXPECT_EQ(timeline->entryAt(0).channel, QStringLiteral("phone_in"));
    EXPECT_EQ(timeline->data(timeline->index(0, client::ContactTimelineModel::Outcome)).toString(), QStringLiteral("Answered"));
}

TEST_F(DeskFlow, UnknownCallerOpensTheNewCustomerFormWithTheNumber)
{
    MainWindow* one = start(QStringLiteral("agent1"));
    ASSERT_NE(one, nullptr);
    test::simRing(*m_simulator, QStringLiteral("+86 137 0000 1111"), QStringLiteral("8001"));
    ASSERT_TRUE(test::waitFor([&] { return one->deskPage()->newCustomerForm() && one->deskPage()->newCustomerForm()->isVisible(); }));
    client::ui::CustomerForm* form = one->deskPage()->newCustomerForm();
    const QCborArray phones = form->collectArgs().value(QStringLiteral("phones")).toArray();
    ASSERT_EQ(phones.size(), 1);
    EXPECT_EQ(phones.at(0).toString(), QStringLiteral("13700001111"));

    // Saved: the new customer's 360 view opens and is the customer of the call.
    test::child<QLineEdit>(form, QStringLiteral("nameEdit"))->setText(QStringLiteral("新客户"));
    form->save();
    ASSERT_TRUE(test::waitFor([&] {
        auto* view = one->deskPage()->currentView();
        return view && view->isLoaded() && view->customerName() == QStringLiteral("新客户");
    }));
    EXPECT_EQ(one->agentDesk()->call().customerId, one->deskPage()->currentView()->customerId());
}

TEST_F(DeskFlow, SeveralMatchesAskWhoIsCallingAndWithheldCallersSayso)
{
    const QCborMap li = createCustomer(QCborMap{{QStringLiteral("name"), QStringLiteral("李四")},
                                                {QStringLiteral("phones"), QCborArray{QStringLiteral("13912345678")}}});
    MainWindow* one = start(QStringLiteral("agent1"));
    ASSERT_NE(one, nullptr);
    QString key = test::simRing(*m_simulator, QStringLiteral("13912345678"), QStringLiteral("8001"));
    ASSERT_TRUE(test::waitFor([&] { return one->deskPage()->pickDialog() && one->deskPage()->pickDialog()->isVisible(); }));
    client::ui::CallerPickDialog* pick = one->deskPage()->pickDialog();
    EXPECT_EQ(pick->list()->count(), 2);
    for (int row = 0; row < pick->list()->count(); ++row) {
        if (pick->list()->item(row)->data(Qt::UserRole).toLongLong() == idOf(li))
            pick->list()->setCurrentRow(row);
    }
    emit pick->list()->itemActivated(pick->list()->currentItem());
    ASSERT_TRUE(test::waitFor([&] {
        auto* view = one->deskPage()->currentView();
        return view && view->customerId() == idOf(li) && view->isLoaded();
    }));
    EXPECT_EQ(one->agentDesk()->call().customerId, idOf(li));
    test::callAndWait(*m_simulator, QStringLiteral("cti.sim.hangup"), QCborMap{{QStringLiteral("call_key"), key}});
    ASSERT_TRUE(test::waitFor([&] { return !one->agentDesk()->hasCall(); }));
    EXPECT_EQ(one->agentDesk()->agent().state, QStringLiteral("not_ready"));   // it only rang

    key = test::simRing(*m_simulator, QStringLiteral("anonymous"), QStringLiteral("8001"));
    // Wait for the withheld caller itself: the call and its pop reach the desk one after the other.
    ASSERT_TRUE(test::waitFor([&] { return one->agentDesk()->hasCall() && one->agentDesk()->call().withheld; }));
    EXPECT_TRUE(one->agentStateBar()->callerText().contains(QStringLiteral("Withheld")));
    test::callAndWait(*m_simulator, QStringLiteral("cti.sim.hangup"), QCborMap{{QStringLiteral("call_key"), key}});
}

TEST_F(DeskFlow, ReadyAndNotReadyWithAReason)
{
    MainWindow* one = start(QStringLiteral("agent1"));
    ASSERT_NE(one, nullptr);
    client::ui::AgentStateBar* bar = one->agentStateBar();
    bar->readyAction()->trigger();   // F7
    ASSERT_TRUE(test::waitFor([&] { return one->agentDesk()->agent().state == QLatin1String("ready"); }));
    EXPECT_EQ(bar->stateText(), QStringLiteral("Ready"));
    EXPECT_FALSE(bar->readyAction()->isEnabled());
    QAction* meal = bar->reasonMenu()->findChild<QAction*>(QStringLiteral("reason_meal"));
    ASSERT_NE(meal, nullptr);
    meal->trigger();
    ASSERT_TRUE(test::waitFor([&] { return one->agentDesk()->agent().state == QLatin1String("not_ready"); }));
    EXPECT_EQ(one->agentDesk()->agent().reason, QStringLiteral("meal"));
    EXPECT_EQ(bar->stateText(), QStringLiteral("Not ready: Meal"));
}

TEST_F(DeskFlow, WallboardFollowsAgentAndCallEvents)
{
    MainWindow* boss = start(QStringLiteral("super1"));
    ASSERT_NE(boss, nullptr);
    ASSERT_TRUE(boss->showWorkspace(QStringLiteral("wallboard")));
    client::ui::WallboardPage* board = boss->wallboardPage();
    ASSERT_NE(board, nullptr);
    client::WallboardModel* model = board->model();
    ASSERT_TRUE(test::waitFor([&] { return model->rowOfAgent(m_super->userId) >= 0; }));
    EXPECT_LT(model->rowOfAgent(m_agent1->userId), 0);

    MainWindow* one = start(QStringLiteral("agent1"));   // logs in at 8001: an event to the board
    ASSERT_NE(one, nullptr);
    ASSERT_TRUE(test::waitFor([&] { return model->rowOfAgent(m_agent1->userId) >= 0; }));
    const int row = model->rowOfAgent(m_agent1->userId);
    EXPECT_EQ(model->data(model->index(row, client::WallboardModel::Extension)).toString(), QStringLiteral("8001"));
    EXPECT_EQ(model->data(model->index(row, client::WallboardModel::State)).toString(), QStringLiteral("Not ready"));

    one->agentStateBar()->readyAction()->trigger();
    ASSERT_TRUE(test::waitFor([&] {
        return model->data(model->index(model->rowOfAgent(m_agent1->userId), client::WallboardModel::State)).toString()
               == QStringLiteral("Ready");
    }));
    const QString key = test::simRing(*m_simulator, QStringLiteral("13912345678"), QStringLiteral("8001"));
    ASSERT_TRUE(test::waitFor([&] { return board->figureText(QStringLiteral("offered")) == QStringLiteral("1"); }));
    const bool ringing = test::waitFor([&] {
        return model->agentAt(model->rowOfAgent(m_agent1->userId)).state == QStringLiteral("ringing");
    });
    EXPECT_TRUE(ringing) << model->agentAt(model->rowOfAgent(m_agent1->userId)).state.toStdString() << " desk: "
                         << one->agentDesk()->agent().state.toStdString();
    test::callAndWait(*m_simulator, QStringLiteral("cti.sim.hangup"), QCborMap{{QStringLiteral("call_key"), key}});
    ASSERT_TRUE(test::waitFor([&] { return board->figureText(QStringLiteral("abandoned")) == QStringLiteral("1"); }));
}

TEST_F(DeskFlow, ClickToDialFromTheSearchResults)
{
    MainWindow* one = start(QStringLiteral("agent1"));
    ASSERT_NE(one, nullptr);
    client::ui::CustomerSearchPage* page = one->customersPage();
    ASSERT_NE(page, nullptr);
    page->search(QStringLiteral("13912345678"));
    ASSERT_TRUE(test::waitFor([&] { return page->model()->rowCount() == 1; }));
    page->table()->setCurrentIndex(page->model()->index(0, 0));
    auto* dial = test::child<QPushButton>(page, QStringLiteral("searchDialButton"));
    ASSERT_NE(dial, nullptr);
    EXPECT_FALSE(dial->isHidden());
    dial->click();
    ASSERT_TRUE(test::waitFor([&] { return one->agentDesk()->hasCall() && one->agentDesk()->agent().isOnCall(); }));
    EXPECT_TRUE(test::waitFor([&] { return one->agentStateBar()->hangupAction()->isEnabled(); }));
    one->agentStateBar()->hangupAction()->trigger();
    ASSERT_TRUE(test::waitFor([&] { return one->agentStateBar()->isWrapUpShown(); }));
    one->agentStateBar()->wrapUpDoneButton()->click();
    ASSERT_TRUE(test::waitFor([&] { return one->agentDesk()->agent().state == QLatin1String("ready"); }));
}

TEST_F(DeskFlow, CallbackDueShowsAReminderAndJoinsMyCallbacks)
{
    MainWindow* one = start(QStringLiteral("agent1"));
    ASSERT_NE(one, nullptr);
    ASSERT_EQ(one->deskPage()->myCallbacks()->rowCount(), 0);
    const auto created = callAs(m_agent1, QStringLiteral("callback.create"),
                                QCborMap{{QStringLiteral("customer_id"), idOf(m_zhang)},
                                         {QStringLiteral("due_at"), QDateTime::currentDateTimeUtc().addSecs(300).toString(Qt::ISODateWithMs)},
                                         {QStringLiteral("note"), QStringLiteral("回电确认上门时间")}});
    ASSERT_TRUE(created.ok) << created.error.message.toStdString();
    // The server's reminder task runs every 30 seconds.
    ASSERT_TRUE(test::waitFor([&] { return one->deskPage()->myCallbacks()->rowCount() == 1; }, 45000));
    EXPECT_TRUE(one->statusBar()->currentMessage().contains(QStringLiteral("回电确认上门时间")));
    EXPECT_EQ(one->deskPage()->tabs()->tabText(0), QStringLiteral("My callbacks (1)"));
}
