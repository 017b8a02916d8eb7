// A customer's follow-up answers and complaints in the 360 view (CustomerCasesModel over the
// customer's orders), the repair verdict of each product, and the "New complaint" quick action
// opening the order form as a complaint.
#include "tests/ui/ticket_test_support.h"

#include "client/app/agent_desk_page.h"
#include "client/app/client_app.h"
#include "client/app/customer360_view.h"
#include "client/app/customer_products_pane.h"
#include "client/app/main_window.h"
#include "client/app/ticket_form_dialog.h"
#include "client/core/agent_desk_controller.h"
#include "client/core/customer_cases_model.h"
#include "client/core/customer_product_model.h"
#include "client/core/fee_text.h"
#include "client/core/ticket_form_controller.h"
#include "client/core/ticket_list_model.h"
#include "client/core/ticket_text.h"

#include <QComboBox>

using namespace csm;
using client::CustomerCasesModel;
using client::TicketListModel;

namespace {

common::Ticket order(qint64 id, const QString& type, const QDateTime& created)
{
    common::Ticket t;
    t.id = id;
    t.number = QStringLiteral("20261201-%1").arg(id, 6, 10, QLatin1Char('0'));
    t.serviceType = type;
    t.description = QStringLiteral("desc %1").arg(id);
    t.stateName = QStringLiteral("state %1").arg(id);
    t.createdAt = created;
    t.updatedAt = created;
    return t;
}

} // namespace

TEST(CustomerCasesModel, FollowUpAnswersAndComplaintsNewestFirst)
{
    const QDateTime base(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    common::Ticket repair = order(1, QStringLiteral("repair"), base);
    repair.visitResult = QStringLiteral("满意，师傅准时");
    repair.closedAt = base.addDays(5);
    const common::Ticket plain = order(2, QStringLiteral("repair"), base.addDays(1));   // no answer: not shown
    common::Ticket complaint = order(3, QStringLiteral("complaint"), base.addDays(2));
    complaint.visitResult = QStringLiteral("投诉已解决");
    complaint.closedAt = base.addDays(3);
    const common::Ticket praise = order(4, QStringLiteral("praise"), base.addDays(4));

    TicketListModel orders;
    CustomerCasesModel cases;
    cases.setOrders(&orders);
    EXPECT_EQ(cases.rowCount(), 0);
    orders.setTickets({repair, plain, complaint, praise});
    ASSERT_EQ(cases.rowCount(), 4);
    auto cell = [&cases](int row, int column) { return cases.data(cases.index(row, column)).toString(); };
    EXPECT_EQ(cell(0, CustomerCasesModel::Text), QStringLiteral("满意，师傅准时"));      // day 5
    EXPECT_EQ(cell(0, CustomerCasesModel::Kind), CustomerCasesModel::tr("Follow-up"));
    EXPECT_EQ(cell(1, CustomerCasesModel::Kind), client::TicketText::serviceTypeName(QStringLiteral("praise")));             // day 4
    EXPECT_EQ(cell(2, CustomerCasesModel::Text), QStringLiteral("投诉已解决"));          // day 3
    EXPECT_EQ(cell(3, CustomerCasesModel::Kind), client::TicketText::serviceTypeName(QStringLiteral("complaint")));          // day 2
    EXPECT_EQ(cell(3, CustomerCasesModel::Text), CustomerCasesModel::tr("%1 (%2)").arg(QStringLiteral("desc 3"), QStringLiteral("state 3")));
    EXPECT_EQ(cases.ticketIdAt(3), 3);

    // The list follows the orders: a replaced row, a reset.
    common::Ticket answered = plain;
    answered.visitResult = QStringLiteral("一般");
    answered.closedAt = base.addDays(10);
    ASSERT_TRUE(orders.replace(answered));
    ASSERT_EQ(cases.rowCount(), 5);
    EXPECT_EQ(cell(0, CustomerCasesModel::Text), QStringLiteral("一般"));
    orders.clear();
    EXPECT_EQ(cases.rowCount(), 0);
}

namespace {
class CustomerCasesFlow : public test::TicketUiTest {};
} // namespace

TEST_F(CustomerCasesFlow, TheViewShowsTheVerdictAndNewComplaintOpensTheFormAsAComplaint)
{
    setLanguage(QStringLiteral("en"));
    client::ui::ClientApp app;
    app.start({serverAddress(), QStringLiteral("agent"), QStringLiteral("secret-pass-1")});
    ASSERT_TRUE(test::waitFor([&] { return app.mainWindow() && app.mainWindow()->isVisible(); }));
    client::ui::MainWindow* window = app.mainWindow();
    ASSERT_TRUE(test::waitFor([&] { return window->agentDesk()->agent().isLoggedIn(); }));
    ASSERT_TRUE(window->showWorkspace(QStringLiteral("desk")));
    client::ui::Customer360View* view = window->deskPage()->openCustomer(m_customer);
    ASSERT_TRUE(test::waitFor([&] { return view->isLoaded(); }));
    ASSERT_TRUE(view->cases());
    EXPECT_EQ(view->cases()->rowCount(), 0);
    // The popped view tells the warranty verdict of a repair of each product (warranty.verdict):
    // bought three months ago, in warranty: a free repair.
    client::CustomerProductModel* products = view->products()->model();
    ASSERT_TRUE(test::waitFor([&] { return !products->verdictText(m_product).isEmpty(); }));
    EXPECT_EQ(products->verdictText(m_product), client::FeeText::tr("free %1").arg(client::FeeText::remedyName(QStringLiteral("repair"))));
    EXPECT_TRUE(products->data(products->index(0, client::CustomerProductModel::Warranty)).toString().contains(products->verdictText(m_product)));

    view->newComplaint();
    ASSERT_TRUE(test::waitFor([&] { return view->ticketDialog() && view->ticketDialog()->isVisible(); }));
    client::ui::TicketFormDialog* form = view->ticketDialog();
    EXPECT_EQ(form->serviceTypeBox()->currentData().toString(), QStringLiteral("complaint"));
    EXPECT_TRUE(form->complaintShown());
    form->reject();
}
