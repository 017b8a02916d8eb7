// Live work orders at a service point: an order created by an agent elsewhere is pushed to the
// point's client, whose Work orders page reads its first page again (keeping the selected order
// selected) and says so in the status bar; the order window lists the SMS sent to the customer.
#include "tests/ui/ticket_test_support.h"

#include "client/app/client_app.h"
#include "client/app/main_window.h"
#include "client/app/ticket_detail_dialog.h"
#include "client/app/ticket_sla_box.h"
#include "client/app/tickets_page.h"
#include "client/core/notification_model.h"
#include "client/core/rpc_client.h"
#include "client/core/ticket_controller.h"
#include "client/core/ticket_list_controller.h"
#include "client/core/ticket_list_model.h"

#include <QLabel>
#include <QStatusBar>
#include <QTableView>

#include <optional>

using namespace csm;
using client::ui::ClientApp;
using client::ui::MainWindow;

namespace {

class NotifyFlow : public test::TicketUiTest {
protected:
    void SetUp() override
    {
        TicketUiTest::SetUp();
        setLanguage(QStringLiteral("en"));   // the texts below are the English ones, whatever ran before
    }

    void TearDown() override
    {
        m_agentClient.reset();
        m_app.reset();
        TicketUiTest::TearDown();
    }

    // The agent's own client over TCP: its ticket.create goes through the server, which pushes.
    QCborMap createOverTcp(const QString& description)
    {
        if (!m_agentClient) {
            m_agentClient = std::make_unique<client::RpcClient>();
            m_agentClient->setServer(QStringLiteral("127.0.0.1"), serverAddress().section(QLatin1Char(':'), 1).toUShort());
            std::optional<common::Response> login;
            m_agentClient->login(QStringLiteral("agent"), QStringLiteral("secret-pass-1"), nullptr,
                                 [&](const common::Response& response) { login = response; });
            EXPECT_TRUE(test::waitFor([&] { return login.has_value(); }));
            EXPECT_TRUE(login && login->ok);
        }
        std::optional<common::Response> answer;
        m_agentClient->call(QStringLiteral("ticket.create"),
                            QCborMap{{QStringLiteral("service_type"), QStringLiteral("repair")},
                                     {QStringLiteral("customer_id"), m_customer},
                                     {QStringLiteral("description"), description}},
                            nullptr, [&](const common::Response& response) { answer = response; });
        EXPECT_TRUE(test::waitFor([&] { return answer.has_value(); }));
        EXPECT_TRUE(answer && answer->ok) << (answer ? answer->error.message.toStdString() : "");
        return answer ? answer->result.toMap() : QCborMap{};
    }

    std::unique_ptr<ClientApp> m_app;
    std::unique_ptr<client::RpcClient> m_agentClient;
};

} // namespace

TEST_F(NotifyFlow, APushedDispatchReloadsTheQueueKeepsTheSelectionAndTellsTheUser)
{
    m_app = std::make_unique<ClientApp>();
    m_app->start({serverAddress(), QStringLiteral("pointa"), QStringLiteral("secret-pass-1")});
    ASSERT_TRUE(test::waitFor([&] { return m_app->mainWindow() && m_app->mainWindow()->isVisible(); }));
    MainWindow* window = m_app->mainWindow();
    ASSERT_TRUE(window->showWorkspace(QStringLiteral("tickets")));
    client::ui::TicketsPage* page = window->ticketsPage();
    ASSERT_TRUE(test::waitFor([&] { return page->controller()->isLoaded(); }));
    EXPECT_EQ(page->model()->rowCount(), 0);
    EXPECT_EQ(page->slaTimer()->interval(), 60000);

    const QCborMap first = createOverTcp(QStringLiteral("空调不制冷"));
    const QString firstNumber = first.value(QStringLiteral("number")).toString();
    ASSERT_TRUE(test::waitFor([&] { return page->model()->rowCount() == 1; }));
    EXPECT_EQ(window->statusBar()->currentMessage(), QStringLiteral("Order %1 dispatched to your unit").arg(firstNumber));
    // The badge of a repair: general, 4 h to respond.
    EXPECT_TRUE(page->model()->index(0, client::TicketListModel::Sla).data().toString().startsWith(QStringLiteral("OK · 3 h 59 min left"))
                || page->model()->index(0, client::TicketListModel::Sla).data().toString().startsWith(QStringLiteral("OK · 4 h")))
        << page->model()->index(0, client::TicketListModel::Sla).data().toString().toStdString();

    page->table()->setCurrentIndex(page->table()->model()->index(0, 0));
    const QCborMap second = createOverTcp(QStringLiteral("洗衣机不排水"));
    ASSERT_TRUE(test::waitFor([&] { return page->model()->rowCount() == 2; }));
    ASSERT_TRUE(test::waitFor([&] { return page->table()->currentIndex().isValid(); }));
    // Newest first: the new order is on top, the selection stayed with the first one.
    EXPECT_EQ(page->table()->currentIndex().row(), 1);
    EXPECT_EQ(page->table()->currentIndex().data(client::TicketListModel::TicketIdRole).toLongLong(),
              first.value(QStringLiteral("id")).toInteger());
    EXPECT_EQ(window->statusBar()->currentMessage(),
              QStringLiteral("Order %1 dispatched to your unit").arg(second.value(QStringLiteral("number")).toString()));

    // The order window: the SLA clocks and the SMS of the dispatch, the number masked.
    client::ui::TicketDetailDialog* detail = page->openRow(1);
    ASSERT_NE(detail->notifications(), nullptr);
    ASSERT_TRUE(test::waitFor([&] { return detail->controller()->isLoaded() && detail->notifications()->rowCount() == 1; }));
    EXPECT_EQ(detail->notifications()->index(0, client::NotificationModel::Recipient).data().toString(),
              QStringLiteral("138****1111"));
    EXPECT_EQ(detail->notifications()->index(0, client::NotificationModel::Status).data().toString(), QStringLiteral("Queued"));
    EXPECT_EQ(detail->slaBox()->stateLabel()->text(), QStringLiteral("OK"));
    EXPECT_TRUE(detail->slaBox()->remainingLabel(0)->text().endsWith(QStringLiteral("left")));
    detail->close();
}

TEST(TicketsPageNotice, NamesTheOrderAndWhatHappened)
{
    const QCborMap data{{QStringLiteral("number"), QStringLiteral("20261202-000001")},
                        {QStringLiteral("technician_name"), QStringLiteral("李师傅")}};
    EXPECT_EQ(client::ui::TicketsPage::eventNotice(QStringLiteral("ticket.dispatched"), data),
              QStringLiteral("Order 20261202-000001 dispatched to your unit"));
    EXPECT_EQ(client::ui::TicketsPage::eventNotice(QStringLiteral("ticket.assigned"), data),
              QStringLiteral("Order 20261202-000001 assigned to technician 李师傅"));
    EXPECT_EQ(client::ui::TicketsPage::eventNotice(QStringLiteral("ticket.sla_breached"), data),
              QStringLiteral("Order 20261202-000001 is past its SLA deadline"));
    EXPECT_TRUE(client::ui::TicketsPage::eventNotice(QStringLiteral("call.ringing"), data).isEmpty());
}
