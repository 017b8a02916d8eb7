// The work-order models under QAbstractItemModelTester: the order list (pages appended without
// duplicates, a row replaced after a transition, the appointment window's words) and the
// timeline (newest first, the transition's states and fields in words).
#include "client/app/tickets_page.h"
#include "client/core/ticket_list_controller.h"
#include "client/core/ticket_list_model.h"
#include "client/core/ticket_timeline_model.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace csm::client;
using csm::common::Ticket;
using csm::common::TicketEvent;

namespace {

Ticket ticket(qint64 id, const QString& number, const QString& state)
{
    Ticket t;
    t.id = id;
    t.number = number;
    t.version = 1;
    t.serviceType = QStringLiteral("repair");
    t.severity = QStringLiteral("major");
    t.customerName = QStringLiteral("王五");
    t.customerProductId = 7;
    t.productModelName = QStringLiteral("壁挂式空调");
    t.productSerial = QStringLiteral("KFR35GW2403001234");
    t.state = state;
    t.stateName = state == QLatin1String("created") ? QStringLiteral("已建单") : QStringLiteral("已派修");
    t.stateCategory = state == QLatin1String("created") ? QStringLiteral("new") : QStringLiteral("active");
    t.assignedOrgUnitName = QStringLiteral("玄武网点");
    t.createdAt = QDateTime(QDate(2026, 12, 2), QTime(8, 30), Qt::UTC);
    return t;
}

} // namespace

TEST(TicketListModel, PagesAppendWithoutDuplicatesAndRowsAreReplaced)
{
    TicketListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.columnCount(), TicketListModel::ColumnCount);
    model.setTickets({ticket(3, QStringLiteral("20261202-000003"), QStringLiteral("created")),
                      ticket(2, QStringLiteral("20261202-000002"), QStringLiteral("created"))});
    ASSERT_EQ(model.rowCount(), 2);
    model.appendTickets({ticket(2, QStringLiteral("20261202-000002"), QStringLiteral("created")),
                         ticket(1, QStringLiteral("20261202-000001"), QStringLiteral("created"))});
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.rowOfTicket(1), 2);
    EXPECT_EQ(model.data(model.index(0, TicketListModel::Number)).toString(), QStringLiteral("20261202-000003"));
    EXPECT_EQ(model.data(model.index(0, TicketListModel::State)).toString(), QStringLiteral("已建单"));
    EXPECT_EQ(model.data(model.index(0, TicketListModel::ServiceType)).toString(), QStringLiteral("Repair"));
    EXPECT_EQ(model.data(model.index(0, TicketListModel::Severity)).toString(), QStringLiteral("Major"));
    EXPECT_EQ(model.data(model.index(0, TicketListModel::Product)).toString(), QStringLiteral("壁挂式空调 · KFR35GW2403001234"));
    EXPECT_EQ(model.data(model.index(0, TicketListModel::Number), TicketListModel::TicketIdRole).toLongLong(), 3);
    EXPECT_TRUE(model.data(model.index(0, TicketListModel::Appointment)).toString().isEmpty());

    EXPECT_TRUE(model.replace(ticket(2, QStringLiteral("20261202-000002"), QStringLiteral("dispatched"))));
    EXPECT_EQ(model.data(model.index(1, TicketListModel::State)).toString(), QStringLiteral("已派修"));
    EXPECT_EQ(model.data(model.index(1, TicketListModel::State), TicketListModel::StateCategoryRole).toString(),
              QStringLiteral("active"));
    EXPECT_FALSE(model.replace(ticket(99, QStringLiteral("20261202-000099"), QStringLiteral("created"))));
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(TicketListModel, AppointmentWindowOnOneDayShowsTheEndTimeOnly)
{
    const QDateTime start(QDate(2026, 12, 3), QTime(9, 0));
    EXPECT_EQ(TicketListModel::appointmentText(start, start.addSecs(3 * 3600)), QStringLiteral("2026-12-03 09:00–12:00"));
    EXPECT_EQ(TicketListModel::appointmentText(start, start.addDays(1)), QStringLiteral("2026-12-03 09:00–2026-12-04 09:00"));
    EXPECT_EQ(TicketListModel::appointmentText(start, {}), QStringLiteral("2026-12-03 09:00"));
    EXPECT_TRUE(TicketListModel::appointmentText({}, start).isEmpty());
}

TEST(TicketListController, RecognisesOrderNumbers)
{
    EXPECT_TRUE(TicketListController::looksLikeNumber(QStringLiteral("20261202-000001")));
    EXPECT_TRUE(TicketListController::looksLikeNumber(QStringLiteral(" 20261202-000001 ")));
    EXPECT_FALSE(TicketListController::looksLikeNumber(QStringLiteral("20261202000001")));
    EXPECT_FALSE(TicketListController::looksLikeNumber(QStringLiteral("王五")));
}

TEST(TicketTimelineModel, NewestFirstWithStatesAndFieldsInWords)
{
    TicketTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    TicketEvent created;
    created.id = 1;
    created.kind = QStringLiteral("created");
    created.userId = 5;
    created.userName = QStringLiteral("agent");
    created.at = QDateTime(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC);
    created.detail.insert(QStringLiteral("number"), QStringLiteral("20261202-000001"));
    created.fields.insert(QStringLiteral("service_type"), QStringLiteral("repair"));
    TicketEvent reject;
    reject.id = 2;
    reject.kind = QStringLiteral("transition");
    reject.userId = 6;
    reject.userName = QStringLiteral("pointa");
    reject.at = created.at.addSecs(600);
    reject.transition = QStringLiteral("reject");
    reject.transitionName = QStringLiteral("拒单");
    reject.fromStateName = QStringLiteral("已派修");
    reject.toStateName = QStringLiteral("已建单");
    reject.fields.insert(QStringLiteral("reject_reason"), QStringLiteral("不在服务范围"));
    TicketEvent effect;
    effect.id = 3;
    effect.kind = QStringLiteral("effect");
    effect.effectType = QStringLiteral("notify");
    effect.effectParam = QStringLiteral("owner");
    effect.at = reject.at;
    model.setEvents({created, reject, effect});
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.eventAt(0).id, 3);
    EXPECT_EQ(model.data(model.index(0, TicketTimelineModel::User)).toString(), QStringLiteral("System"));
    EXPECT_EQ(model.data(model.index(0, TicketTimelineModel::Event)).toString(), QStringLiteral("Notification (to the order's owner)"));
    EXPECT_EQ(model.data(model.index(1, TicketTimelineModel::Event)).toString(), QStringLiteral("拒单: 已派修 → 已建单"));
    EXPECT_EQ(model.data(model.index(1, TicketTimelineModel::Details)).toString(), QStringLiteral("Reason for rejecting: 不在服务范围"));
    EXPECT_EQ(model.data(model.index(2, TicketTimelineModel::Event)).toString(), QStringLiteral("Created as 20261202-000001"));
    EXPECT_EQ(model.data(model.index(2, TicketTimelineModel::Details)).toString(), QStringLiteral("Service type: Repair"));
    // Ids in words once the names are known; the customer's id is not repeated.
    TicketEvent dispatch = reject;
    dispatch.id = 4;
    dispatch.fields = {};
    dispatch.fields.insert(QStringLiteral("note"), QStringLiteral("下午"));
    dispatch.fields.insert(QStringLiteral("assigned_org_unit_id"), 3);
    dispatch.fields.insert(QStringLiteral("customer_id"), 1);
    model.setEvents({dispatch});
    EXPECT_EQ(model.data(model.index(0, TicketTimelineModel::Details)).toString(), QStringLiteral("Service point: #3; Note: 下午"));
    model.setNames({{3, QStringLiteral("玄武网点")}}, {});
    EXPECT_EQ(model.data(model.index(0, TicketTimelineModel::Details)).toString(), QStringLiteral("Service point: 玄武网点; Note: 下午"));
    model.setEvents({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(TicketsPage, PushedNoticesAreSaid)
{
    using csm::client::ui::TicketsPage;
    const QCborMap notice{{QStringLiteral("number"), QStringLiteral("20261203-000007")},
                          {QStringLiteral("transition_name"), QStringLiteral("完工销单")},
                          {QStringLiteral("by_name"), QStringLiteral("techa")},
                          {QStringLiteral("state_name"), QStringLiteral("已完工")},
                          {QStringLiteral("audience"), QStringLiteral("owner")}};
    EXPECT_EQ(TicketsPage::eventNotice(QStringLiteral("ticket.notice"), notice),
              QStringLiteral("Order 20261203-000007: 完工销单 by techa, now 已完工"));
    EXPECT_EQ(TicketsPage::eventNotice(QStringLiteral("ticket.dispatched"), notice),
              QStringLiteral("Order 20261203-000007 dispatched to your unit"));
    EXPECT_TRUE(TicketsPage::eventNotice(QStringLiteral("call.ringing"), notice).isEmpty());
}
