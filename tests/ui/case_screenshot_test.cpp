// Screenshots of complaints and supervision (督办) for a person to look at, in Chinese and in
// English: the order window of a complaint with its details, its resolution and two supervisions
// (one answered, one open), the supervision form, and the order form of a complaint. Run under
// Xvfb like screenshot_test.cpp; the PNGs go to $CSM_SCREENSHOT_DIR.
#include "tests/ui/ticket_test_support.h"

#include "client/app/case_dialogs.h"
#include "client/app/case_panel.h"
#include "client/app/client_app.h"
#include "client/app/complaint_editors.h"
#include "client/app/customer360_view.h"
#include "client/app/agent_desk_page.h"
#include "client/app/main_window.h"
#include "client/app/ticket_detail_dialog.h"
#include "client/app/ticket_form_dialog.h"
#include "client/app/tickets_page.h"
#include "client/core/agent_desk_controller.h"
#include "client/core/supervision_model.h"
#include "client/core/ticket_form_controller.h"
#include "client/core/ticket_list_controller.h"
#include "client/core/ticket_list_model.h"
#include "client/core/ticket_timeline_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>

#include <iostream>

using namespace csm;

namespace {

class ScreenshotCases : public test::TicketUiTest {
protected:
    void SetUp() override
    {
        TicketUiTest::SetUp();
        if (HasFatalFailure())
            return;
        m_supervisor = m_harness->createUser(QStringLiteral("super"), QStringLiteral("HQ"), {QStringLiteral("supervisor")});
        const qint64 province = m_harness->orgUnitId(QStringLiteral("PC-JS"));

        const auto created = callAs(
            m_agent, QStringLiteral("ticket.create"),
            QCborMap{{QStringLiteral("service_type"), QStringLiteral("complaint")},
                     {QStringLiteral("customer_id"), m_customer},
                     {QStringLiteral("customer_product_id"), m_product},
                     {QStringLiteral("description"), QStringLiteral("空调修了两次仍不制冷，维修员第二次未按约上门，客户非常不满")},
                     {QStringLiteral("complaint"),
                      QCborMap{{QStringLiteral("category"), QStringLiteral("repair_quality")},
                               {QStringLiteral("responsible_org_unit_id"), m_pointA},
                               {QStringLiteral("deadline"), QDateTime(QDate::currentDate().addDays(2), QTime(18, 0))
                                                               .toUTC().toString(Qt::ISODateWithMs)}}}});
        ASSERT_TRUE(created.ok) << created.error.message.toStdString();
        m_order = created.result.toMap();
        m_order = move(m_agent, QStringLiteral("dispatch"), {{QStringLiteral("note"), QStringLiteral("请网点主管亲自处理")}});
        m_order = move(m_point, QStringLiteral("accept"));
        const qint64 id = m_order.value(QStringLiteral("id")).toInteger();
        const auto opened = callAs(m_supervisor, QStringLiteral("supervision.open"),
                                   QCborMap{{QStringLiteral("ticket_id"), id},
                                            {QStringLiteral("deadline"), QDateTime::currentDateTimeUtc().addSecs(6 * 3600).toString(Qt::ISODateWithMs)},
                                            {QStringLiteral("demand"), QStringLiteral("今天内联系客户致歉并约定复修时间, 回复处理方案")}});
        ASSERT_TRUE(opened.ok) << opened.error.message.toStdString();
        const auto answered = callAs(m_point, QStringLiteral("supervision.answer"),
                                     QCborMap{{QStringLiteral("id"), opened.result.toMap().value(QStringLiteral("id"))},
                                              {QStringLiteral("answer"), QStringLiteral("已电话致歉, 约定明早九点由站长带队上门复修")}});
        ASSERT_TRUE(answered.ok) << answered.error.message.toStdString();
        const auto second = callAs(m_supervisor, QStringLiteral("supervision.open"),
                                   QCborMap{{QStringLiteral("ticket_id"), id},
                                            {QStringLiteral("target_org_unit_id"), province},
                                            {QStringLiteral("deadline"), QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODateWithMs)},
                                            {QStringLiteral("demand"), QStringLiteral("核查该网点本月重复维修情况并书面说明")}});
        ASSERT_TRUE(second.ok) << second.error.message.toStdString();
        m_order = move(m_point, QStringLiteral("handle"), {{QStringLiteral("resolution"), QStringLiteral("更换四通阀并补充冷媒, 试机正常")}});
        const auto resolved = callAs(m_supervisor, QStringLiteral("complaint.resolve"),
                                     QCborMap{{QStringLiteral("id"), id},
                                              {QStringLiteral("resolution"), QStringLiteral("站长上门致歉, 复修后制冷正常, 赠送一次免费清洗")},
                                              {QStringLiteral("satisfaction"), 4},
                                              {QStringLiteral("satisfaction_comment"), QStringLiteral("处理还算及时")}});
        ASSERT_TRUE(resolved.ok) << resolved.error.message.toStdString();
    }

    QCborMap move(const server::SessionPtr& who, const QString& transition, const QCborMap& fields = {})
    {
        const auto moved = callAs(who, QStringLiteral("ticket.transition"),
                                  QCborMap{{QStringLiteral("id"), m_order.value(QStringLiteral("id"))},
                                           {QStringLiteral("version"), m_order.value(QStringLiteral("version"))},
                                           {QStringLiteral("transition"), transition},
                                           {QStringLiteral("fields"), fields}});
        EXPECT_TRUE(moved.ok) << transition.toStdString() << ": " << moved.error.message.toStdString();
        return moved.ok ? moved.result.toMap() : m_order;
    }

    void save(QWidget* widget, const QString& file) { ASSERT_TRUE(test::saveScreenshot(widget, file)) << file.toStdString(); }

    void shoot(const QString& language)
    {
        setLanguage(language);
        const QString suffix = language == QLatin1String("en") ? QStringLiteral("-en") : QString();
        const qint64 id = m_order.value(QStringLiteral("id")).toInteger();
        {
            client::ui::ClientApp app;
            app.start({serverAddress(), QStringLiteral("super"), QStringLiteral("secret-pass-1")});
            ASSERT_TRUE(test::waitFor([&] { return app.mainWindow() && app.mainWindow()->isVisible(); }));
            client::ui::MainWindow* window = app.mainWindow();
            window->resize(1366, 768);
            ASSERT_TRUE(window->showWorkspace(QStringLiteral("tickets")));
            client::ui::TicketsPage* page = window->ticketsPage();
            ASSERT_TRUE(test::waitFor([&] { return page->controller()->isLoaded() && page->model()->rowOfTicket(id) >= 0; }));
            client::ui::TicketDetailDialog* detail = page->openRow(page->model()->rowOfTicket(id));
            ASSERT_TRUE(test::waitFor([&] {
                return detail->controller()->isLoaded() && detail->timeline()->rowCount() >= 8
                       && detail->casePanel()->supervisionModel()->rowCount() == 2;
            }));
            save(detail, QStringLiteral("complaint-detail%1.png").arg(suffix));
            detail->casePanel()->superviseButton()->click();
            ASSERT_TRUE(test::waitFor([&] {
                return detail->casePanel()->supervisionDialog() && detail->casePanel()->supervisionDialog()->isVisible();
            }));
            detail->casePanel()->supervisionDialog()->textEdit()->setPlainText(QStringLiteral("请说明备件到货时间"));
            save(detail->casePanel()->supervisionDialog(), QStringLiteral("supervision-open%1.png").arg(suffix));
            detail->casePanel()->supervisionDialog()->reject();
            detail->close();
        }
        {
            client::ui::ClientApp app;
            app.start({serverAddress(), QStringLiteral("agent"), QStringLiteral("secret-pass-1")});
            ASSERT_TRUE(test::waitFor([&] { return app.mainWindow() && app.mainWindow()->isVisible(); }));
            client::ui::MainWindow* window = app.mainWindow();
            window->resize(1366, 768);
            ASSERT_TRUE(test::waitFor([&] { return window->agentDesk()->agent().isLoggedIn(); }));
            ASSERT_TRUE(window->showWorkspace(QStringLiteral("desk")));
            client::ui::Customer360View* view = window->deskPage()->openCustomer(m_customer);
            ASSERT_TRUE(test::waitFor([&] { return view->isLoaded(); }));
            view->newServiceRequest();
            ASSERT_TRUE(test::waitFor([&] {
                auto* dialog = view->ticketDialog();
                return dialog && dialog->controller()->areProductsLoaded() && dialog->controller()->isSuggestionLoaded();
            }));
            client::ui::TicketFormDialog* dialog = view->ticketDialog();
            dialog->serviceTypeBox()->setCurrentIndex(dialog->serviceTypeBox()->findData(QStringLiteral("complaint")));
            ASSERT_TRUE(test::waitFor([&] { return dialog->complaintEditors()->unit()->count() > 2; }));
            dialog->complaintEditors()->category()->setCurrentIndex(
                dialog->complaintEditors()->category()->findData(QStringLiteral("service_attitude")));
            dialog->complaintEditors()->unit()->setCurrentIndex(dialog->complaintEditors()->unit()->findData(m_pointA));
            dialog->complaintEditors()->deadlineCheck()->setChecked(true);
            dialog->descriptionEdit()->setPlainText(QStringLiteral("维修员上门时态度恶劣，拒绝出示收费标准"));
            save(dialog, QStringLiteral("complaint-form%1.png").arg(suffix));
            dialog->reject();
        }
    }

    server::SessionPtr m_supervisor;
    QCborMap m_order;
};

} // namespace

TEST_F(ScreenshotCases, ComplaintWithSupervisionInChinese)
{
    shoot(QStringLiteral("zh_CN"));
}

TEST_F(ScreenshotCases, ComplaintWithSupervisionInEnglish)
{
    shoot(QStringLiteral("en"));
}
