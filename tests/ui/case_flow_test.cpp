// Fault codes, complaints and supervision (督办) through real widgets and a real server: the order
// form offers the fault codes of the product's category and, for a complaint, its category,
// responsible unit and deadline; the transition form's fault-code box and the server's refusal of
// a wrong code; a supervisor supervises a complaint from its window, the point answers in its own
// window, the supervisor records the resolution and the customer's satisfaction.
#include "tests/ui/ticket_test_support.h"

#include "client/app/agent_desk_page.h"
#include "client/app/case_dialogs.h"
#include "client/app/case_panel.h"
#include "client/app/client_app.h"
#include "client/app/complaint_editors.h"
#include "client/app/customer360_view.h"
#include "client/app/fault_code_box.h"
#include "client/app/main_window.h"
#include "client/app/ticket_detail_dialog.h"
#include "client/app/ticket_form_dialog.h"
#include "client/app/tickets_page.h"
#include "client/app/transition_dialog.h"
#include "client/core/agent_desk_controller.h"
#include "client/core/supervision_model.h"
#include "client/core/ticket_form_controller.h"
#include "client/core/ticket_list_controller.h"
#include "client/core/ticket_list_model.h"
#include "client/core/ticket_timeline_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

using namespace csm;
using client::ui::ClientApp;
using client::ui::MainWindow;
using client::ui::TicketDetailDialog;

namespace {

class CaseFlow : public test::TicketUiTest {
protected:
    void SetUp() override
    {
        TicketUiTest::SetUp();
        if (HasFatalFailure())
            return;
        setLanguage(QStringLiteral("en"));
        m_supervisor = m_harness->createUser(QStringLiteral("super"), QStringLiteral("HQ"), {QStringLiteral("supervisor")});
        for (const auto& [code, name] : {std::pair{"E1", "室内温度传感器故障"}, std::pair{"E6", "室内外机通信故障"},
                                         std::pair{"F1", "压缩机故障"}}) {
            const auto set = callAs(m_admin, QStringLiteral("fault_code.set"),
                                    QCborMap{{QStringLiteral("category"), QStringLiteral("AC")},
                                             {QStringLiteral("code"), QString::fromUtf8(code)},
                                             {QStringLiteral("name"), QString::fromUtf8(name)}});
            ASSERT_TRUE(set.ok) << set.error.message.toStdString();
        }
    }

    void TearDown() override
    {
        m_app.reset();
        TicketUiTest::TearDown();
    }

    MainWindow* start(const QString& user)
    {
        m_app.reset();
        m_app = std::make_unique<ClientApp>();
        m_app->start({serverAddress(), user, QStringLiteral("secret-pass-1")});
        EXPECT_TRUE(test::waitFor([&] { return m_app->mainWindow() && m_app->mainWindow()->isVisible(); }));
        MainWindow* window = m_app->mainWindow();
        if (window && window->agentDesk() && user == QLatin1String("agent")) {
            EXPECT_TRUE(test::waitFor([&] { return window->agentDesk()->agent().isLoggedIn(); }));
        }
        return window;
    }

    // The order's window from the Work orders workspace of whoever is logged in.
    TicketDetailDialog* openOrder(MainWindow* window, qint64 id)
    {
        EXPECT_TRUE(window->showWorkspace(QStringLiteral("tickets")));
        client::ui::TicketsPage* page = window->ticketsPage();
        page->refresh();
        EXPECT_TRUE(test::waitFor([&] { return page->controller()->isLoaded() && page->model()->rowOfTicket(id) >= 0; }));
        TicketDetailDialog* detail = page->openRow(page->model()->rowOfTicket(id));
        EXPECT_TRUE(test::waitFor([&] { return detail->controller()->isLoaded(); }));
        return detail;
    }

    QCborMap create(const QCborMap& args)
    {
        QCborMap all{{QStringLiteral("customer_id"), m_customer}, {QStringLiteral("description"), QStringLiteral("维修员态度恶劣")}};
        for (auto it = args.cbegin(); it != args.cend(); ++it)
            all.insert(it.key(), it.value());
        const auto created = callAs(m_agent, QStringLiteral("ticket.create"), all);
        EXPECT_TRUE(created.ok) << created.error.message.toStdString();
        return created.result.toMap();
    }

    QCborMap move(const QCborMap& order, const server::SessionPtr& who, const QString& transition, const QCborMap& fields = {})
    {
        const auto moved = callAs(who, QStringLiteral("ticket.transition"),
                                  QCborMap{{QStringLiteral("id"), order.value(QStringLiteral("id"))},
                                           {QStringLiteral("version"), order.value(QStringLiteral("version"))},
                                           {QStringLiteral("transition"), transition},
                                           {QStringLiteral("fields"), fields}});
        EXPECT_TRUE(moved.ok) << transition.toStdString() << ": " << moved.error.message.toStdString();
        return moved.ok ? moved.result.toMap() : order;
    }

    server::SessionPtr m_supervisor;
    std::unique_ptr<ClientApp> m_app;
};

} // namespace

TEST_F(CaseFlow, TheOrderFormOffersFaultCodesAndComplaintDetails)
{
    MainWindow* window = start(QStringLiteral("agent"));
    ASSERT_NE(window, nullptr);
    client::ui::Customer360View* view = window->deskPage()->openCustomer(m_customer);
    ASSERT_TRUE(test::waitFor([&] { return view->isLoaded(); }));
    view->newServiceRequest();
    ASSERT_TRUE(test::waitFor([&] { return view->ticketDialog() && view->ticketDialog()->controller()->areProductsLoaded(); }));
    client::ui::TicketFormDialog* dialog = view->ticketDialog();

    // A repair of the customer's air conditioner: its category's codes, searchable by name.
    client::ui::FaultCodeBox* codes = dialog->faultCodeBox();
    ASSERT_TRUE(test::waitFor([&] { return codes->hasCodes(); }));
    EXPECT_EQ(codes->count(), 4);   // none + E1, E6, F1
    EXPECT_EQ(codes->itemText(2), QStringLiteral("E6 — 室内外机通信故障"));
    EXPECT_TRUE(codes->isVisibleTo(dialog));
    EXPECT_FALSE(dialog->complaintShown());
    EXPECT_FALSE(dialog->complaintEditors()->category()->isVisibleTo(dialog));
    codes->setCurrentIndex(2);
    EXPECT_EQ(codes->code(), QStringLiteral("E6"));
    codes->setEditText(QStringLiteral("F1"));
    EXPECT_EQ(codes->code(), QStringLiteral("F1"));
    EXPECT_EQ(dialog->fields().value(QStringLiteral("fault_code")).toString(), QStringLiteral("F1"));
    // No product: no list, free text.
    dialog->productBox()->setCurrentIndex(0);
    EXPECT_FALSE(codes->hasCodes());

    // A complaint: category, responsible unit, deadline instead of the fault code.
    dialog->serviceTypeBox()->setCurrentIndex(dialog->serviceTypeBox()->findData(QStringLiteral("complaint")));
    client::ui::ComplaintEditors* complaint = dialog->complaintEditors();
    EXPECT_TRUE(complaint->category()->isVisibleTo(dialog));
    EXPECT_FALSE(codes->isVisibleTo(dialog));
    ASSERT_TRUE(test::waitFor([&] { return complaint->unit()->findData(m_pointA) > 0; }));
    complaint->category()->setCurrentIndex(complaint->category()->findData(QStringLiteral("service_attitude")));
    complaint->unit()->setCurrentIndex(complaint->unit()->findData(m_pointA));
    complaint->deadlineCheck()->setChecked(true);
    complaint->deadline()->setDateTime(QDateTime::currentDateTime().addDays(-1));
    dialog->descriptionEdit()->setPlainText(QStringLiteral("维修员态度恶劣"));
    dialog->saveButton()->click();   // the deadline has passed: said under it, nothing sent
    EXPECT_FALSE(dialog->problemFor(QStringLiteral("complaint.deadline")).isEmpty());
    test::pump(200);
    EXPECT_EQ(serverTickets().size(), 0);
    const QDateTime deadline(QDate::currentDate().addDays(2), QTime(18, 0));
    complaint->deadline()->setDateTime(deadline);
    dialog->saveButton()->click();
    ASSERT_TRUE(test::waitFor([&] { return !view->ticketDialog() && view->lastTicketDetail(); }));
    TicketDetailDialog* detail = view->lastTicketDetail();
    ASSERT_TRUE(test::waitFor([&] { return detail->controller()->isLoaded(); }));

    const QCborArray tickets = serverTickets();
    ASSERT_EQ(tickets.size(), 1);
    const auto got = callAs(m_agent, QStringLiteral("ticket.get"), QCborMap{{QStringLiteral("id"), tickets[0].toMap().value(QStringLiteral("id"))}});
    const QCborMap details = got.result.toMap().value(QStringLiteral("complaint")).toMap();
    EXPECT_EQ(details.value(QStringLiteral("category")).toString(), QStringLiteral("service_attitude"));
    EXPECT_EQ(details.value(QStringLiteral("responsible_org_unit_id")).toInteger(), m_pointA);
    EXPECT_EQ(QDateTime::fromString(details.value(QStringLiteral("deadline")).toString(), Qt::ISODateWithMs), deadline);
    EXPECT_TRUE(got.result.toMap().value(QStringLiteral("fault_code")).toString().isEmpty());

    // The order's window shows the details; the owner may still edit them, not resolve them.
    client::ui::CasePanel* panel = detail->casePanel();
    EXPECT_TRUE(panel->complaintBox()->isVisibleTo(detail));
    EXPECT_EQ(panel->complaintValue(QStringLiteral("category"))->text(), QStringLiteral("Service attitude"));
    EXPECT_EQ(panel->complaintValue(QStringLiteral("unit"))->text(), QStringLiteral("玄武网点"));
    EXPECT_TRUE(panel->editComplaintButton()->isVisibleTo(detail));
    EXPECT_FALSE(panel->resolveButton()->isVisibleTo(detail));
    EXPECT_FALSE(panel->superviseButton()->isVisibleTo(detail));
    detail->close();
}

TEST_F(CaseFlow, TheTransitionFormOffersTheCodesAndShowsTheServersRefusal)
{
    QCborMap order = create({{QStringLiteral("service_type"), QStringLiteral("repair")},
                             {QStringLiteral("customer_product_id"), m_product},
                             {QStringLiteral("description"), QStringLiteral("空调不制冷")}});
    order = move(order, m_agent, QStringLiteral("dispatch"));
    order = move(order, m_point, QStringLiteral("accept"));
    order = move(order, m_point, QStringLiteral("assign"),
                 {{QStringLiteral("technician_id"), m_technician->userId},
                  {QStringLiteral("appointment_start"), QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODateWithMs)}});
    order = move(order, m_technician, QStringLiteral("arrive"));

    MainWindow* window = start(QStringLiteral("pointa"));
    ASSERT_NE(window, nullptr);
    TicketDetailDialog* detail = openOrder(window, order.value(QStringLiteral("id")).toInteger());
    detail->startAction(QStringLiteral("complete"));
    ASSERT_TRUE(test::waitFor([&] { return detail->transitionDialog() && detail->transitionDialog()->isVisible(); }));
    client::ui::TransitionDialog* form = detail->transitionDialog();
    auto* box = qobject_cast<client::ui::FaultCodeBox*>(form->editor(QStringLiteral("fault_code")));
    ASSERT_NE(box, nullptr);
    ASSERT_TRUE(test::waitFor([&] { return box->hasCodes(); }));
    EXPECT_EQ(box->itemText(1), QStringLiteral("E1 — 室内温度传感器故障"));
    qobject_cast<QPlainTextEdit*>(form->editor(QStringLiteral("diagnosis")))->setPlainText(QStringLiteral("通信线松脱"));
    qobject_cast<QPlainTextEdit*>(form->editor(QStringLiteral("resolution")))->setPlainText(QStringLiteral("重新接线"));
    box->setEditText(QStringLiteral("X9"));
    form->okButton()->click();
    ASSERT_TRUE(test::waitFor([&] { return !form->problemFor(QStringLiteral("fault_code")).isEmpty(); }));
    EXPECT_TRUE(form->problemFor(QStringLiteral("fault_code")).contains(QStringLiteral("E1, E6, F1")))
        << form->problemFor(QStringLiteral("fault_code")).toStdString();
    EXPECT_EQ(detail->controller()->ticket().state, QStringLiteral("on_site"));
    box->setCurrentIndex(box->findData(QStringLiteral("E6")));
    form->okButton()->click();
    ASSERT_TRUE(test::waitFor([&] { return detail->controller()->ticket().state == QLatin1String("completed"); }));
    EXPECT_EQ(detail->controller()->ticket().faultCode, QStringLiteral("E6"));
    detail->close();
}

TEST_F(CaseFlow, ASupervisorSupervisesThePointAnswersTheSupervisorRecordsTheSatisfaction)
{
    QCborMap order = create({{QStringLiteral("service_type"), QStringLiteral("complaint")},
                             {QStringLiteral("complaint"), QCborMap{{QStringLiteral("category"), QStringLiteral("repair_quality")},
                                                                    {QStringLiteral("responsible_org_unit_id"), m_pointA}}}});
    order = move(order, m_agent, QStringLiteral("dispatch"));
    const qint64 id = order.value(QStringLiteral("id")).toInteger();

    // The supervisor opens a supervision of the point from the order's window.
    MainWindow* window = start(QStringLiteral("super"));
    ASSERT_NE(window, nullptr);
    TicketDetailDialog* detail = openOrder(window, id);
    client::ui::CasePanel* panel = detail->casePanel();
    ASSERT_TRUE(panel->superviseButton()->isVisibleTo(detail));
    EXPECT_TRUE(panel->supervisionBox()->isVisibleTo(detail));
    EXPECT_EQ(panel->supervisionModel()->rowCount(), 0);
    panel->superviseButton()->click();
    ASSERT_TRUE(test::waitFor([&] { return panel->supervisionDialog() && panel->supervisionDialog()->isVisible(); }));
    client::ui::SupervisionDialog* open = panel->supervisionDialog();
    EXPECT_EQ(open->unitBox()->currentData().toLongLong(), m_pointA);
    open->okButton()->click();   // no demand
    EXPECT_FALSE(open->problemFor(QStringLiteral("demand")).isEmpty());
    open->textEdit()->setPlainText(QStringLiteral("客户投诉两次未上门, 今天内联系客户并回复"));
    open->okButton()->click();
    ASSERT_TRUE(test::waitFor([&] { return panel->supervisionModel()->rowCount() == 1; }));
    EXPECT_EQ(panel->supervisionModel()->supervisionAt(0).status, QStringLiteral("open"));
    EXPECT_EQ(panel->supervisionModel()->data(panel->supervisionModel()->index(0, client::SupervisionModel::Unit)).toString(),
              QStringLiteral("玄武网点"));
    ASSERT_TRUE(test::waitFor([&] { return detail->timeline()->rowCount() > 0
                                           && detail->timeline()->eventAt(0).kind == QLatin1String("supervision_opened"); }));
    EXPECT_EQ(detail->timeline()->data(detail->timeline()->index(0, client::TicketTimelineModel::Event)).toString(),
              QStringLiteral("Supervision of 玄武网点 opened"));
    EXPECT_TRUE(panel->closeSupervisionButton()->isVisibleTo(detail));
    detail->close();

    // The point answers in its own window.
    window = start(QStringLiteral("pointa"));
    ASSERT_NE(window, nullptr);
    detail = openOrder(window, id);
    panel = detail->casePanel();
    ASSERT_TRUE(test::waitFor([&] { return panel->supervisionModel()->rowCount() == 1; }));
    EXPECT_FALSE(panel->superviseButton()->isVisibleTo(detail));
    EXPECT_FALSE(panel->closeSupervisionButton()->isVisibleTo(detail));
    ASSERT_TRUE(panel->answerButton()->isVisibleTo(detail));
    ASSERT_TRUE(panel->answerButton()->isEnabled());
    EXPECT_FALSE(panel->editComplaintButton()->isVisibleTo(detail));
    panel->answerButton()->click();
    ASSERT_TRUE(test::waitFor([&] { return panel->supervisionDialog() && panel->supervisionDialog()->isVisible(); }));
    panel->supervisionDialog()->textEdit()->setPlainText(QStringLiteral("已电话致歉, 明早九点上门"));
    panel->supervisionDialog()->okButton()->click();
    ASSERT_TRUE(test::waitFor([&] { return panel->supervisionModel()->rowCount() == 1
                                           && panel->supervisionModel()->supervisionAt(0).status == QLatin1String("answered"); }));
    EXPECT_FALSE(panel->answerButton()->isVisibleTo(detail));
    detail->close();

    // The supervisor records the resolution; a satisfaction must be chosen.
    window = start(QStringLiteral("super"));
    ASSERT_NE(window, nullptr);
    detail = openOrder(window, id);
    panel = detail->casePanel();
    ASSERT_TRUE(panel->resolveButton()->isVisibleTo(detail));
    panel->resolveButton()->click();
    ASSERT_TRUE(test::waitFor([&] { return panel->complaintDialog() && panel->complaintDialog()->isVisible(); }));
    client::ui::ComplaintDialog* resolve = panel->complaintDialog();
    resolve->resolutionEdit()->setPlainText(QStringLiteral("已上门复修, 赠送清洗服务一次"));
    resolve->okButton()->click();
    EXPECT_FALSE(resolve->problemFor(QStringLiteral("satisfaction")).isEmpty());
    resolve->satisfactionBox()->setCurrentIndex(resolve->satisfactionBox()->findData(4));
    resolve->commentEdit()->setText(QStringLiteral("处理还算及时"));
    resolve->okButton()->click();
    ASSERT_TRUE(test::waitFor([&] {
        return panel->complaintValue(QStringLiteral("satisfaction"))->text().startsWith(QStringLiteral("4 — Satisfied"));
    }));
    EXPECT_EQ(panel->complaintValue(QStringLiteral("resolution"))->text(), QStringLiteral("已上门复修, 赠送清洗服务一次"));
    // ...and closes the answered supervision.
    ASSERT_TRUE(panel->closeSupervisionButton()->isEnabled());
    panel->closeSupervisionButton()->click();
    ASSERT_TRUE(test::waitFor([&] { return panel->supervisionDialog() && panel->supervisionDialog()->isVisible(); }));
    panel->supervisionDialog()->okButton()->click();
    ASSERT_TRUE(test::waitFor([&] { return panel->supervisionModel()->rowCount() == 1
                                           && panel->supervisionModel()->supervisionAt(0).status == QLatin1String("closed"); }));
    const auto timeline = callAs(m_admin, QStringLiteral("ticket.timeline"), QCborMap{{QStringLiteral("id"), id}})
                              .result.toMap().value(QStringLiteral("items")).toArray();
    QStringList kinds;
    for (const QCborValue& event : timeline) {
        const QString kind = event.toMap().value(QStringLiteral("kind")).toString();
        if (kind.startsWith(QLatin1String("supervision_")) || kind.startsWith(QLatin1String("complaint_")))
            kinds.append(kind);
    }
    EXPECT_EQ(kinds, (QStringList{QStringLiteral("complaint_set"), QStringLiteral("supervision_opened"),
                                  QStringLiteral("supervision_answered"), QStringLiteral("complaint_resolved"),
                                  QStringLiteral("supervision_closed")}));
    EXPECT_TRUE(test::richTextLabelsShowing(detail, QStringLiteral("<")).isEmpty());
    detail->close();
}
