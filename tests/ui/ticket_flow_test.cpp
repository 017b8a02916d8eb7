// Work orders through real widgets and a real server: an agent creates an order from the
// customer's 360 view (defaults, the suggested service point, a description required), dispatches
// it from the order window, finds it in the Work orders workspace; the service point opens its
// queue, and rejects the order with a reason (a required field); a stale order gets the conflict
// choice and reloads; a resent create with the form's key creates nothing new.
#include "tests/ui/ticket_test_support.h"

#include "client/app/agent_desk_page.h"
#include "client/app/client_app.h"
#include "client/app/customer360_view.h"
#include "client/app/error_presenter.h"
#include "client/app/main_window.h"
#include "client/app/ticket_detail_dialog.h"
#include "client/app/ticket_form_dialog.h"
#include "client/app/tickets_page.h"
#include "client/app/transition_dialog.h"
#include "client/core/agent_desk_controller.h"
#include "client/core/rpc_client.h"
#include "client/core/ticket_form_controller.h"
#include "client/core/ticket_list_controller.h"
#include "client/core/ticket_list_model.h"
#include "client/core/ticket_timeline_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

using namespace csm;
using client::TicketListModel;
using client::ui::ClientApp;
using client::ui::MainWindow;
using client::ui::TicketDetailDialog;

namespace {

class TicketFlow : public test::TicketUiTest {
protected:
    void SetUp() override
    {
        TicketUiTest::SetUp();
        setLanguage(QStringLiteral("en"));
    }

    void TearDown() override
    {
        m_app.reset();
        TicketUiTest::TearDown();
    }

    MainWindow* start(const QString& user)
    {
        m_app = std::make_unique<ClientApp>();
        m_app->start({serverAddress(), user, QStringLiteral("secret-pass-1")});
        EXPECT_TRUE(test::waitFor([&] { return m_app->mainWindow() && m_app->mainWindow()->isVisible(); }));
        MainWindow* window = m_app->mainWindow();
        if (window && window->agentDesk()) {
            EXPECT_TRUE(test::waitFor([&] { return window->agentDesk()->agent().isLoggedIn(); }));
        }
        return window;
    }

    // Creates an order through the 360 view's form; returns the order window it opens.
    TicketDetailDialog* createFrom360(client::ui::Customer360View* view, const QString& description)
    {
        view->newServiceRequest();
        EXPECT_TRUE(test::waitFor([&] { return view->ticketDialog() && view->ticketDialog()->isVisible(); }));
        client::ui::TicketFormDialog* dialog = view->ticketDialog();
        if (!dialog)
            return nullptr;
        EXPECT_TRUE(test::waitFor([&] {
            return dialog->controller()->areProductsLoaded() && dialog->controller()->isSuggestionLoaded()
                   && dialog->controller()->areOpenOrdersLoaded();
        }));
        dialog->descriptionEdit()->setPlainText(description);
        dialog->saveButton()->click();
        EXPECT_TRUE(test::waitFor([&] { return !view->ticketDialog() && view->lastTicketDetail(); }));
        TicketDetailDialog* detail = view->lastTicketDetail();
        EXPECT_TRUE(detail && test::waitFor([&] { return detail->controller()->isLoaded(); }));
        return detail;
    }

    std::unique_ptr<ClientApp> m_app;
};

} // namespace

TEST_F(TicketFlow, AgentCreatesAndDispatchesThePointRejectsWithAReason)
{
    MainWindow* window = start(QStringLiteral("agent"));
    ASSERT_NE(window, nullptr);
    ASSERT_NE(window->deskPage(), nullptr);
    client::ui::Customer360View* view = window->deskPage()->openCustomer(m_customer);
    ASSERT_TRUE(test::waitFor([&] { return view->isLoaded() && view->ticketsController()->isLoaded(); }));
    EXPECT_EQ(view->tickets()->rowCount(), 0);
    ASSERT_NE(test::child<QPushButton>(view, QStringLiteral("newTicketButton")), nullptr);

    // The form: repair, general, an inbound call, the customer's one product, the point that
    // covers 玄武区 suggested.
    test::child<QPushButton>(view, QStringLiteral("newTicketButton"))->click();
    ASSERT_TRUE(test::waitFor([&] { return view->ticketDialog() && view->ticketDialog()->isVisible(); }));
    client::ui::TicketFormDialog* dialog = view->ticketDialog();
    ASSERT_TRUE(test::waitFor([&] {
        return dialog->controller()->areProductsLoaded() && dialog->controller()->isSuggestionLoaded();
    }));
    EXPECT_EQ(dialog->serviceTypeBox()->currentData().toString(), QStringLiteral("repair"));
    EXPECT_EQ(dialog->severityBox()->currentData().toString(), QStringLiteral("general"));
    EXPECT_EQ(dialog->channelBox()->currentData().toString(), QStringLiteral("phone_in"));
    EXPECT_EQ(dialog->productBox()->currentData().toLongLong(), m_product);
    EXPECT_EQ(dialog->unitBox()->currentData().toLongLong(), m_pointA);
    EXPECT_TRUE(dialog->suggestionLabel()->text().contains(QStringLiteral("玄武网点")));
    EXPECT_FALSE(dialog->appointmentCheck()->isChecked());
    // No description: said under the field, nothing sent.
    dialog->saveButton()->click();
    EXPECT_FALSE(dialog->problemFor(QStringLiteral("description")).isEmpty());
    test::pump(200);
    EXPECT_EQ(serverTickets().size(), 0);
    dialog->descriptionEdit()->setPlainText(QStringLiteral("空调不制冷，外机不转"));
    dialog->saveButton()->click();
    ASSERT_TRUE(test::waitFor([&] { return !view->ticketDialog() && view->lastTicketDetail(); }));
    TicketDetailDialog* detail = view->lastTicketDetail();
    ASSERT_TRUE(test::waitFor([&] { return detail->controller()->isLoaded(); }));

    // On the server: one order, routed to the point, with the product; the 360 list shows it.
    const QCborArray tickets = serverTickets();
    ASSERT_EQ(tickets.size(), 1);
    const QCborMap order = tickets[0].toMap();
    EXPECT_EQ(order.value(QStringLiteral("assigned_org_unit_id")).toInteger(), m_pointA);
    EXPECT_EQ(order.value(QStringLiteral("customer_product_id")).toInteger(), m_product);
    EXPECT_EQ(order.value(QStringLiteral("channel")).toString(), QStringLiteral("phone_in"));
    const QString number = order.value(QStringLiteral("number")).toString();
    EXPECT_EQ(detail->controller()->ticket().number, number);
    ASSERT_TRUE(test::waitFor([&] { return view->tickets()->rowCount() == 1; }));
    EXPECT_EQ(view->tickets()->ticketAt(0).number, number);
    ASSERT_TRUE(test::waitFor([&] { return detail->timeline()->rowCount() >= 2; }));   // created, routed
    EXPECT_EQ(detail->timeline()->eventAt(detail->timeline()->rowCount() - 1).kind, QStringLiteral("created"));

    // Dispatch: its required service point is prefilled from the order.
    EXPECT_TRUE(detail->actionCodes().contains(QStringLiteral("dispatch")));
    ASSERT_NE(detail->actionButton(QStringLiteral("dispatch")), nullptr);
    detail->actionButton(QStringLiteral("dispatch"))->click();
    ASSERT_TRUE(test::waitFor([&] { return detail->transitionDialog() && detail->transitionDialog()->isVisible(); }));
    auto* unit = qobject_cast<QComboBox*>(detail->transitionDialog()->editor(QStringLiteral("assigned_org_unit_id")));
    ASSERT_NE(unit, nullptr);
    EXPECT_EQ(unit->currentData().toLongLong(), m_pointA);
    detail->transitionDialog()->okButton()->click();
    ASSERT_TRUE(test::waitFor([&] { return detail->controller()->ticket().state == QLatin1String("dispatched"); }));
    ASSERT_TRUE(test::waitFor([&] { return !detail->transitionDialog(); }));
    // Newest first: the dispatch is on top.
    ASSERT_TRUE(test::waitFor([&] { return detail->timeline()->rowCount() > 2 && detail->timeline()->eventAt(0).kind != QLatin1String("assigned"); }));

    // A second request for the same product warns about the open order.
    view->newServiceRequest();
    ASSERT_TRUE(test::waitFor([&] { return view->ticketDialog() && view->ticketDialog()->controller()->areOpenOrdersLoaded()
                                           && view->ticketDialog()->controller()->areProductsLoaded(); }));
    EXPECT_TRUE(view->ticketDialog()->duplicateWarning()->isVisibleTo(view->ticketDialog()));
    EXPECT_TRUE(view->ticketDialog()->duplicateWarning()->text().contains(number));
    view->ticketDialog()->reject();
    detail->close();

    // The Work orders workspace lists it.
    ASSERT_TRUE(window->showWorkspace(QStringLiteral("tickets")));
    client::ui::TicketsPage* page = window->ticketsPage();
    ASSERT_NE(page, nullptr);
    page->refresh();
    ASSERT_TRUE(test::waitFor([&] { return page->controller()->isLoaded() && page->model()->rowCount() == 1; }));
    EXPECT_EQ(page->model()->data(page->model()->index(0, TicketListModel::Number)).toString(), number);

    // The service point: its queue, the order, reject — the reason is required.
    m_app.reset();
    window = start(QStringLiteral("pointa"));
    ASSERT_NE(window, nullptr);
    EXPECT_EQ(window->deskPage(), nullptr);
    page = window->ticketsPage();
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(window->showWorkspace(QStringLiteral("tickets")));
    ASSERT_TRUE(test::waitFor([&] { return page->controller()->isLoaded() && page->model()->rowCount() == 1; }));
    page->table()->setFocus();
    page->table()->setCurrentIndex(page->table()->model()->index(0, 0));
    test::pressKey(page->table(), Qt::Key_Return);
    ASSERT_TRUE(test::waitFor([&] { return page->lastDetail() && page->lastDetail()->controller()->isLoaded(); }));
    detail = page->lastDetail();
    EXPECT_TRUE(detail->actionCodes().contains(QStringLiteral("accept")));
    EXPECT_TRUE(detail->actionCodes().contains(QStringLiteral("reject")));
    EXPECT_FALSE(detail->actionCodes().contains(QStringLiteral("dispatch")));   // an agent's action
    detail->startAction(QStringLiteral("reject"));
    ASSERT_TRUE(test::waitFor([&] { return detail->transitionDialog() && detail->transitionDialog()->isVisible(); }));
    client::ui::TransitionDialog* form = detail->transitionDialog();
    form->okButton()->click();
    EXPECT_FALSE(form->problemFor(QStringLiteral("reject_reason")).isEmpty());
    auto* reason = qobject_cast<QPlainTextEdit*>(form->editor(QStringLiteral("reject_reason")));
    ASSERT_NE(reason, nullptr);
    reason->setPlainText(QStringLiteral("不在服务范围"));
    form->okButton()->click();
    ASSERT_TRUE(test::waitFor([&] { return detail->controller()->ticket().state == QLatin1String("created"); }));
    // The queue's row follows.
    ASSERT_TRUE(test::waitFor([&] {
        return page->model()->ticketAt(0).state == QLatin1String("created");
    }));
    const auto timeline = callAs(m_admin, QStringLiteral("ticket.timeline"),
                                 QCborMap{{QStringLiteral("id"), order.value(QStringLiteral("id"))}})
                              .result.toMap().value(QStringLiteral("items")).toArray();
    QCborMap last;   // the last transition (its effects follow it)
    for (const QCborValue& event : timeline) {
        if (event.toMap().value(QStringLiteral("kind")).toString() == QLatin1String("transition"))
            last = event.toMap();
    }
    EXPECT_EQ(last.value(QStringLiteral("transition")).toString(), QStringLiteral("reject"));
    EXPECT_EQ(last.value(QStringLiteral("fields")).toMap().value(QStringLiteral("reject_reason")).toString(), QStringLiteral("不在服务范围"));
    EXPECT_TRUE(test::richTextLabelsShowing(detail, QStringLiteral("<")).isEmpty());
}

TEST_F(TicketFlow, StaleOrderOffersReloadAndResentCreateMakesOneOrder)
{
    MainWindow* window = start(QStringLiteral("agent"));
    ASSERT_NE(window, nullptr);
    client::ui::Customer360View* view = window->deskPage()->openCustomer(m_customer);
    ASSERT_TRUE(test::waitFor([&] { return view->isLoaded(); }));
    TicketDetailDialog* detail = createFrom360(view, QStringLiteral("热水器打不着火"));
    ASSERT_NE(detail, nullptr);
    const common::Ticket shown = detail->controller()->ticket();

    // Someone else dispatches the order meanwhile; cancelling the stale one is a conflict.
    const auto moved = callAs(m_agent, QStringLiteral("ticket.transition"),
                              QCborMap{{QStringLiteral("id"), shown.id}, {QStringLiteral("version"), shown.version},
                                       {QStringLiteral("transition"), QStringLiteral("dispatch")},
                                       {QStringLiteral("fields"), QCborMap{}}});
    ASSERT_TRUE(moved.ok) << moved.error.message.toStdString();
    detail->startAction(QStringLiteral("cancel"));
    ASSERT_TRUE(test::waitFor([&] { return detail->transitionDialog() && detail->transitionDialog()->isVisible(); }));
    qobject_cast<QPlainTextEdit*>(detail->transitionDialog()->editor(QStringLiteral("cancel_reason")))
        ->setPlainText(QStringLiteral("客户撤回"));
    detail->transitionDialog()->okButton()->click();
    ASSERT_TRUE(test::waitFor([&] {
        return m_app->errors().lastMessageBox() && m_app->errors().lastMessageBox()->objectName() == QLatin1String("conflictMessageBox");
    }));
    auto* reload = m_app->errors().lastMessageBox()->findChild<QPushButton*>(QStringLiteral("reloadButton"));
    ASSERT_NE(reload, nullptr);
    reload->click();
    ASSERT_TRUE(test::waitFor([&] { return detail->controller()->ticket().state == QLatin1String("dispatched"); }));
    EXPECT_FALSE(detail->actionCodes().contains(QStringLiteral("cancel")));

    // The form's controller keeps one key: sending again answers with the same order.
    client::TicketFormController controller(m_app->rpc());
    controller.start(m_customer);
    QList<qint64> created;
    QObject::connect(&controller, &client::TicketFormController::created,
                     [&](const common::Ticket& ticket) { created.append(ticket.id); });
    const QCborMap fields{{QStringLiteral("service_type"), QStringLiteral("consultation")},
                          {QStringLiteral("description"), QStringLiteral("咨询保养")}};
    controller.create(fields);
    controller.create(fields);
    ASSERT_TRUE(test::waitFor([&] { return created.size() == 2; }));
    EXPECT_EQ(created[0], created[1]);
    EXPECT_EQ(serverTickets().size(), 2);
}

TEST_F(TicketFlow, ThePointAcceptsAndAssignsATechnicianFromItsList)
{
    const auto created = callAs(m_agent, QStringLiteral("ticket.create"),
                                QCborMap{{QStringLiteral("service_type"), QStringLiteral("repair")},
                                         {QStringLiteral("customer_id"), m_customer},
                                         {QStringLiteral("description"), QStringLiteral("洗衣机不排水")}});
    ASSERT_TRUE(created.ok) << created.error.message.toStdString();
    const QCborMap order = created.result.toMap();
    ASSERT_TRUE(callAs(m_agent, QStringLiteral("ticket.transition"),
                       QCborMap{{QStringLiteral("id"), order.value(QStringLiteral("id"))},
                                {QStringLiteral("version"), order.value(QStringLiteral("version"))},
                                {QStringLiteral("transition"), QStringLiteral("dispatch")},
                                {QStringLiteral("fields"), QCborMap{}}})
                    .ok);

    MainWindow* window = start(QStringLiteral("pointa"));
    ASSERT_NE(window, nullptr);
    client::ui::TicketsPage* page = window->ticketsPage();
    ASSERT_TRUE(test::waitFor([&] { return page->controller()->isLoaded() && page->model()->rowCount() == 1; }));
    TicketDetailDialog* detail = page->openRow(0);
    ASSERT_TRUE(test::waitFor([&] { return detail->controller()->isLoaded(); }));
    detail->startAction(QStringLiteral("accept"));
    ASSERT_TRUE(test::waitFor([&] { return detail->transitionDialog() && detail->transitionDialog()->isVisible(); }));
    detail->transitionDialog()->okButton()->click();
    ASSERT_TRUE(test::waitFor([&] { return detail->controller()->ticket().state == QLatin1String("accepted"); }));

    // Assign: the technician is picked from the unit's list; the appointment defaults to tomorrow.
    ASSERT_TRUE(test::waitFor([&] { return !detail->controller()->technicians().isEmpty(); }));
    detail->startAction(QStringLiteral("assign"));
    ASSERT_TRUE(test::waitFor([&] { return detail->transitionDialog() && detail->transitionDialog()->isVisible(); }));
    auto* technician = qobject_cast<QComboBox*>(detail->transitionDialog()->editor(QStringLiteral("technician_id")));
    ASSERT_NE(technician, nullptr);
    EXPECT_FALSE(technician->isEditable());
    technician->setCurrentIndex(technician->findData(m_technician->userId));
    ASSERT_GE(technician->currentIndex(), 0);
    detail->transitionDialog()->okButton()->click();
    ASSERT_TRUE(test::waitFor([&] { return detail->controller()->ticket().state == QLatin1String("assigned"); }));
    EXPECT_EQ(detail->controller()->ticket().technicianId, m_technician->userId);
    EXPECT_TRUE(detail->controller()->ticket().appointmentStart.isValid());
    ASSERT_TRUE(test::waitFor([&] { return page->model()->ticketAt(0).state == QLatin1String("assigned"); }));
    EXPECT_EQ(page->model()->data(page->model()->index(0, TicketListModel::Technician)).toString(), QStringLiteral("techa"));
}

TEST_F(TicketFlow, TheFollowUpQueueIsWhereASurveyAgentStarts)
{
    const auto create = [this](const QString& description) {
        const auto created = callAs(m_agent, QStringLiteral("ticket.create"),
                                    QCborMap{{QStringLiteral("service_type"), QStringLiteral("repair")},
                                             {QStringLiteral("customer_id"), m_customer},
                                             {QStringLiteral("description"), description}});
        EXPECT_TRUE(created.ok) << created.error.message.toStdString();
        return created.result.toMap();
    };
    const QCborMap waiting = create(QStringLiteral("空调不制冷"));
    create(QStringLiteral("洗衣机不排水"));
    {
        // Completed with its `survey` effect (the server tests walk the flow; here only the list matters).
        pqxx::work tx(m_harness->connection());
        tx.exec_params0("UPDATE ticket SET state = 'completed', state_category = 'resolved', survey_queued_at = now()"
                        " WHERE id = $1",
                        waiting.value(QStringLiteral("id")).toInteger());
        tx.commit();
    }
    const auto surveyor = m_harness->createUser(QStringLiteral("survey"), QStringLiteral("HQ"), {QStringLiteral("survey_agent")});
    test::assignExtension(*m_harness, surveyor->userId, QStringLiteral("8003"), QStringLiteral("Survey Agent"));

    MainWindow* window = start(QStringLiteral("survey"));
    ASSERT_NE(window, nullptr);
    client::ui::TicketsPage* page = window->ticketsPage();
    ASSERT_NE(page, nullptr);
    auto* category = page->findChild<QComboBox*>(QStringLiteral("categoryFilter"));
    ASSERT_NE(category, nullptr);
    EXPECT_EQ(category->currentText(), QStringLiteral("Awaiting follow-up (回访)"));
    ASSERT_TRUE(test::waitFor([&] { return page->controller()->isLoaded() && page->model()->rowCount() == 1; }));
    EXPECT_TRUE(page->controller()->filter().followUp);
    EXPECT_EQ(page->model()->ticketAt(0).number, waiting.value(QStringLiteral("number")).toString());

    // Every open order, then the queue again.
    category->setCurrentIndex(category->findData(QStringLiteral("open")));
    ASSERT_TRUE(test::waitFor([&] { return page->controller()->isLoaded() && page->model()->rowCount() == 2; }));
    category->setCurrentIndex(category->count() - 1);
    ASSERT_TRUE(test::waitFor([&] { return page->controller()->isLoaded() && page->model()->rowCount() == 1; }));
}
