// Screenshots of the SLA badges on the Work orders list (ok, due soon, breached, met, none) and of
// the order window with its SLA countdown and the SMS sent to the customer (sent and failed), in
// Chinese and in English. Run under Xvfb; the PNGs go to $CSM_SCREENSHOT_DIR.
#include "tests/ui/ticket_test_support.h"

#include "client/app/client_app.h"
#include "client/app/main_window.h"
#include "client/app/ticket_detail_dialog.h"
#include "client/app/tickets_page.h"
#include "client/core/notification_model.h"
#include "client/core/ticket_controller.h"
#include "client/core/ticket_list_controller.h"
#include "client/core/ticket_list_model.h"
#include "client/core/ticket_timeline_model.h"

#include <QDir>
#include <QTemporaryDir>

#include <iostream>

using namespace csm;

namespace {

class ScreenshotNotify : public test::TicketUiTest {
protected:
    void SetUp() override
    {
        TicketUiTest::SetUp();
        if (HasFatalFailure())
            return;
        const QStringList texts{QStringLiteral("空调不制冷，外机不转"), QStringLiteral("遥控器失灵，显示屏不亮"),
                                QStringLiteral("室内机漏水，滴到地板上"), QStringLiteral("热水器点不着火"),
                                QStringLiteral("咨询空调清洗价格")};
        for (int i = 0; i < texts.size(); ++i) {
            const auto created = callAs(m_agent, QStringLiteral("ticket.create"),
                                        QCborMap{{QStringLiteral("service_type"), i == 4 ? QStringLiteral("consultation") : QStringLiteral("repair")},
                                                 {QStringLiteral("severity"), i == 0 ? QStringLiteral("major") : QStringLiteral("general")},
                                                 {QStringLiteral("customer_id"), m_customer},
                                                 {QStringLiteral("assigned_org_unit_id"), m_pointA},
                                                 {QStringLiteral("description"), texts[i]}});
            ASSERT_TRUE(created.ok) << created.error.message.toStdString();
            m_ids.append(created.result.toMap().value(QStringLiteral("id")).toInteger());
        }
        // Deadlines as time has passed (the newest order is shown first): [3] due soon, [2]
        // breached 35 min ago, [1] met; [0] stays ok; [4] a consultation has no SLA. The first
        // order's SMS went out, the breached one's failed at the gateway.
        pqxx::work tx(m_harness->connection());
        tx.exec_params0("UPDATE ticket SET response_due_at = now() + interval '35 minutes' WHERE id = $1", m_ids[3]);
        tx.exec_params0("UPDATE ticket SET response_due_at = now() - interval '35 minutes',"
                        " response_breached_at = now() - interval '34 minutes' WHERE id = $1", m_ids[2]);
        tx.exec_params0("UPDATE ticket SET response_stopped_at = created_at, on_site_stopped_at = created_at,"
                        " completion_stopped_at = created_at WHERE id = $1", m_ids[1]);
        tx.exec_params0("UPDATE ticket SET response_stopped_at = created_at + interval '5 minutes' WHERE id = $1", m_ids[0]);
        tx.exec_params0("UPDATE notification SET status = 'sent', attempts = 1, sent_at = now(), next_attempt_at = NULL"
                        " WHERE ticket_id = $1", m_ids[0]);
        tx.exec_params0("UPDATE notification SET status = 'failed', attempts = 2, last_error = 'HTTP 500 Internal Server Error',"
                        " next_attempt_at = now() + interval '60 seconds' WHERE ticket_id = $1", m_ids[2]);
        tx.exec_params0("INSERT INTO notification (ticket_id, recipient, template_code, body, status, attempts, sent_at)"
                        " SELECT id, '13800001111', 'ticket.state', '【CSM】您的服务单' || number || '当前状态：已派修。', 'sent', 1, now()"
                        " FROM ticket WHERE id = $1", m_ids[0]);
        // The breached order's timeline with the SLA's own events, as the server writes them.
        const char* events[] = {
            "('repeat_repair', jsonb_build_object('repeat_of_ticket_id', 1, 'repeat_of_number', '20261120-000012',"
            " 'repeat_of_resolved_at', to_char((now() - interval '12 days') AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'),"
            " 'window_days', 30))",
            "('sla_paused', jsonb_build_object('reason', 'waiting_parts'))",
            "('sla_resumed', jsonb_build_object('paused_seconds', 8100))",
            "('sla_breached', jsonb_build_object('clock', 'response', 'due_at',"
            " to_char((now() - interval '35 minutes') AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')))",
        };
        for (const char* event : events)
            tx.exec_params0(std::string("INSERT INTO ticket_event (ticket_id, at, kind, detail)"
                                        " SELECT $1, now(), e.kind, e.detail FROM (VALUES ") + event + ") AS e(kind, detail)",
                            m_ids[2]);
        tx.commit();
    }

    void save(QWidget* widget, const QString& file) { ASSERT_TRUE(test::saveScreenshot(widget, file)) << file.toStdString(); }

    void shoot(const QString& language)
    {
        setLanguage(language);
        const QString suffix = language == QLatin1String("en") ? QStringLiteral("-en") : QString();
        client::ui::ClientApp app;
        app.start({serverAddress(), QStringLiteral("pointa"), QStringLiteral("secret-pass-1")});
        ASSERT_TRUE(test::waitFor([&] { return app.mainWindow() && app.mainWindow()->isVisible(); }));
        client::ui::MainWindow* window = app.mainWindow();
        window->resize(1366, 768);
        ASSERT_TRUE(window->showWorkspace(QStringLiteral("tickets")));
        client::ui::TicketsPage* page = window->ticketsPage();
        ASSERT_TRUE(test::waitFor([&] { return page->controller()->isLoaded() && page->model()->rowCount() == 5; }));
        save(window, QStringLiteral("work-orders-sla%1.png").arg(suffix));
        client::ui::TicketDetailDialog* detail = page->openRow(page->model()->rowOfTicket(m_ids[0]));
        ASSERT_TRUE(test::waitFor([&] {
            return detail->controller()->isLoaded() && detail->notifications() && detail->notifications()->rowCount() == 2;
        }));
        save(detail, QStringLiteral("ticket-detail-sla%1.png").arg(suffix));
        detail->close();
        client::ui::TicketDetailDialog* failed = page->openRow(page->model()->rowOfTicket(m_ids[2]));
        ASSERT_TRUE(test::waitFor([&] {
            return failed->controller()->isLoaded() && failed->notifications() && failed->notifications()->rowCount() == 1
                   && failed->timeline()->rowCount() >= 5;
        }));
        save(failed, QStringLiteral("ticket-detail-breached%1.png").arg(suffix));
        failed->close();
    }

    QList<qint64> m_ids;
};

} // namespace

TEST_F(ScreenshotNotify, SlaBadgesAndCountdownInChinese)
{
    shoot(QStringLiteral("zh_CN"));
}

TEST_F(ScreenshotNotify, SlaBadgesAndCountdownInEnglish)
{
    shoot(QStringLiteral("en"));
}
