// Screenshots of the work-order screens for a person to look at, in Chinese and in English:
// the new-order form (with the suggested point and the open-order warning), the Work orders
// workspace (the service point's queue) and the order window with its actions and timeline.
// Run under Xvfb like screenshot_test.cpp; the PNGs go to $CSM_SCREENSHOT_DIR.
#include "tests/ui/ticket_test_support.h"

#include "client/app/agent_desk_page.h"
#include "client/app/client_app.h"
#include "client/app/customer360_view.h"
#include "client/app/main_window.h"
#include "client/app/ticket_detail_dialog.h"
#include "client/app/ticket_form_dialog.h"
#include "client/app/tickets_page.h"
#include "client/app/transition_dialog.h"
#include "client/core/agent_desk_controller.h"
#include "client/core/ticket_form_controller.h"
#include "client/core/ticket_list_controller.h"
#include "client/core/ticket_list_model.h"
#include "client/core/ticket_timeline_model.h"

#include <QDir>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>

#include <iostream>

using namespace csm;

namespace {

class ScreenshotTickets : public test::TicketUiTest {
protected:
    void SetUp() override
    {
        TicketUiTest::SetUp();
        if (HasFatalFailure())
            return;
        // A few orders in different states, so the queue is not a single row.
        const QStringList texts{QStringLiteral("空调不制冷，外机不转"), QStringLiteral("遥控器失灵，显示屏不亮"),
                                QStringLiteral("室内机漏水，滴到地板上")};
        for (int i = 0; i < texts.size(); ++i) {
            QCborMap args{{QStringLiteral("service_type"), i == 2 ? QStringLiteral("maintenance") : QStringLiteral("repair")},
                          {QStringLiteral("severity"), i == 0 ? QStringLiteral("major") : QStringLiteral("general")},
                          {QStringLiteral("customer_id"), m_customer},
                          {QStringLiteral("description"), texts[i]}};
            if (i == 0)
                args.insert(QStringLiteral("customer_product_id"), m_product);
            const auto created = callAs(m_agent, QStringLiteral("ticket.create"), args);
            ASSERT_TRUE(created.ok) << created.error.message.toStdString();
            const QCborMap order = created.result.toMap();
            if (i < 2) {
                const QDateTime start(QDate::currentDate().addDays(1), QTime(9 + 2 * i, 0));
                const auto moved = callAs(m_agent, QStringLiteral("ticket.transition"),
                                          QCborMap{{QStringLiteral("id"), order.value(QStringLiteral("id"))},
                                                   {QStringLiteral("version"), order.value(QStringLiteral("version"))},
                                                   {QStringLiteral("transition"), QStringLiteral("dispatch")},
                                                   {QStringLiteral("fields"),
                                                    QCborMap{{QStringLiteral("appointment_start"), start.toUTC().toString(Qt::ISODateWithMs)},
                                                             {QStringLiteral("appointment_end"),
                                                              start.addSecs(2 * 3600).toUTC().toString(Qt::ISODateWithMs)},
                                                             {QStringLiteral("note"), QStringLiteral("客户下午在家")}}}});
                ASSERT_TRUE(moved.ok) << moved.error.message.toStdString();
            }
        }
    }

    void save(QWidget* widget, const QString& file) { ASSERT_TRUE(test::saveScreenshot(widget, file)) << file.toStdString(); }

    void shoot(const QString& language)
    {
        setLanguage(language);
        const QString suffix = language == QLatin1String("en") ? QStringLiteral("-en") : QString();
        {
            // The agent: the form from the 360 view.
            client::ui::ClientApp app;
            app.start({serverAddress(), QStringLiteral("agent"), QStringLiteral("secret-pass-1")});
            ASSERT_TRUE(test::waitFor([&] { return app.mainWindow() && app.mainWindow()->isVisible(); }));
            client::ui::MainWindow* window = app.mainWindow();
            window->resize(1366, 768);
            ASSERT_TRUE(test::waitFor([&] { return window->agentDesk()->agent().isLoggedIn(); }));
            ASSERT_TRUE(window->showWorkspace(QStringLiteral("desk")));
            client::ui::Customer360View* view = window->deskPage()->openCustomer(m_customer);
            ASSERT_TRUE(test::waitFor([&] { return view->isLoaded() && view->tickets()->rowCount() == 3; }));
            save(window, QStringLiteral("desk-360-orders%1.png").arg(suffix));
            view->newServiceRequest();
            ASSERT_TRUE(test::waitFor([&] {
                auto* dialog = view->ticketDialog();
                return dialog && dialog->controller()->areProductsLoaded() && dialog->controller()->isSuggestionLoaded()
                       && dialog->controller()->areOpenOrdersLoaded();
            }));
            view->ticketDialog()->descriptionEdit()->setPlainText(QStringLiteral("空调制热时有异响"));
            save(view->ticketDialog(), QStringLiteral("ticket-form%1.png").arg(suffix));
            view->ticketDialog()->reject();
        }
        {
            // The service point: its queue and an order with its actions.
            client::ui::ClientApp app;
            app.start({serverAddress(), QStringLiteral("pointa"), QStringLiteral("secret-pass-1")});
            ASSERT_TRUE(test::waitFor([&] { return app.mainWindow() && app.mainWindow()->isVisible(); }));
            client::ui::MainWindow* window = app.mainWindow();
            window->resize(1366, 768);
            ASSERT_TRUE(window->showWorkspace(QStringLiteral("tickets")));
            client::ui::TicketsPage* page = window->ticketsPage();
            ASSERT_TRUE(test::waitFor([&] { return page->controller()->isLoaded() && page->model()->rowCount() == 3; }));
            save(window, QStringLiteral("work-orders%1.png").arg(suffix));
            client::ui::TicketDetailDialog* detail = page->openRow(page->model()->rowOfTicket(page->model()->ticketAt(2).id));
            ASSERT_TRUE(test::waitFor([&] { return detail->controller()->isLoaded() && detail->timeline()->rowCount() >= 3; }));
            save(detail, QStringLiteral("ticket-detail%1.png").arg(suffix));
            detail->startAction(QStringLiteral("reject"));
            ASSERT_TRUE(test::waitFor([&] { return detail->transitionDialog() && detail->transitionDialog()->isVisible(); }));
            detail->transitionDialog()->okButton()->click();   // the reason is required
            save(detail->transitionDialog(), QStringLiteral("ticket-transition%1.png").arg(suffix));
            detail->transitionDialog()->reject();
            detail->close();
        }
    }

};

} // namespace

TEST_F(ScreenshotTickets, OrderFormQueueAndDetailInChinese)
{
    shoot(QStringLiteral("zh_CN"));
}

TEST_F(ScreenshotTickets, OrderFormQueueAndDetailInEnglish)
{
    shoot(QStringLiteral("en"));
}
