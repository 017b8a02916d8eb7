// The SLA badge of the Work orders list and the countdown of the order window, at a fixed time:
// texts (time left, overdue, paused, met), the colours of each state, the tooltip of the three
// clocks; the SMS table's masked numbers and statuses.
#include "client/app/desk_colors.h"
#include "client/app/ticket_sla_box.h"
#include "client/core/notification_model.h"
#include "client/core/sla_text.h"
#include "client/core/ticket_list_model.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QLabel>
#include <QTimer>

#include <gtest/gtest.h>

using namespace csm::client;
using csm::common::Ticket;

namespace {

const QDateTime kNow(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC);

// Response due in 2 h 15 min, on site in 10 h, completion in 40 h (all running).
Ticket slaTicket(qint64 id, const QString& state)
{
    Ticket t;
    t.id = id;
    t.number = QStringLiteral("20261202-00000%1").arg(id);
    t.state = QStringLiteral("dispatched");
    t.slaState = state;
    t.responseDueAt = kNow.addSecs(2 * 3600 + 15 * 60);
    t.onSiteDueAt = kNow.addSecs(10 * 3600);
    t.completionDueAt = kNow.addSecs(40 * 3600);
    return t;
}

QColor background(const QAbstractItemModel& model, int row, int column)
{
    return model.data(model.index(row, column), Qt::BackgroundRole).value<QBrush>().color();
}

} // namespace

TEST(SlaText, DurationsAndRemainingTime)
{
    EXPECT_EQ(SlaText::durationText(2 * 3600 + 15 * 60), QStringLiteral("2 h 15 min"));
    EXPECT_EQ(SlaText::durationText(35 * 60 + 59), QStringLiteral("35 min"));
    EXPECT_EQ(SlaText::durationText(3 * 3600), QStringLiteral("3 h"));
    EXPECT_EQ(SlaText::durationText(26 * 3600), QStringLiteral("1 d 2 h"));
    EXPECT_EQ(SlaText::durationText(20), QStringLiteral("less than 1 min"));
    EXPECT_EQ(SlaText::remainingText(2 * 3600 + 15 * 60), QStringLiteral("2 h 15 min left"));
    EXPECT_EQ(SlaText::remainingText(-35 * 60), QStringLiteral("overdue 35 min"));
}

TEST(SlaText, BadgeShowsTheStateAndTheNextRunningDeadline)
{
    Ticket t = slaTicket(1, QStringLiteral("ok"));
    EXPECT_EQ(SlaText::badgeText(t, kNow), QStringLiteral("OK · 2 h 15 min left"));
    // The response clock stopped in time: the next running one is on site.
    t.responseStoppedAt = kNow.addSecs(-600);
    EXPECT_EQ(SlaText::badgeText(t, kNow), QStringLiteral("OK · 10 h left"));
    // Overdue on site.
    t.slaState = QStringLiteral("breached");
    t.onSiteDueAt = kNow.addSecs(-35 * 60);
    EXPECT_EQ(SlaText::badgeText(t, kNow), QStringLiteral("Breached · overdue 35 min"));
    // Paused half an hour ago: the time left stands still.
    Ticket paused = slaTicket(2, QStringLiteral("ok"));
    paused.slaPausedSince = kNow.addSecs(-30 * 60);
    EXPECT_EQ(SlaText::badgeText(paused, kNow), QStringLiteral("OK · paused, 2 h 45 min left"));
    EXPECT_EQ(SlaText::badgeText(paused, kNow.addSecs(3600)), QStringLiteral("OK · paused, 2 h 45 min left"));
    // All stopped: the state alone; without a policy: nothing.
    Ticket met = slaTicket(3, QStringLiteral("met"));
    met.responseStoppedAt = met.onSiteStoppedAt = met.completionStoppedAt = kNow;
    EXPECT_EQ(SlaText::badgeText(met, kNow), QStringLiteral("Met"));
    Ticket none;
    none.slaState = QStringLiteral("none");
    EXPECT_TRUE(SlaText::badgeText(none, kNow).isEmpty());
    EXPECT_TRUE(SlaText::clocks(none).isEmpty());
}

TEST(SlaText, ClockStatuses)
{
    SlaClock clock{SlaClock::Kind::Completion, kNow.addSecs(3600), {}, {}, {}};
    EXPECT_EQ(clock.status(kNow), SlaClock::Status::Running);
    EXPECT_EQ(SlaText::clockStatusText(clock, kNow), QStringLiteral("1 h left"));
    EXPECT_EQ(clock.status(kNow.addSecs(7200)), SlaClock::Status::Overdue);
    EXPECT_EQ(SlaText::clockStatusText(clock, kNow.addSecs(7200)), QStringLiteral("overdue 1 h"));
    clock.stoppedAt = kNow.addSecs(3600 + 20 * 60);
    EXPECT_EQ(clock.status(kNow), SlaClock::Status::Missed);
    EXPECT_EQ(SlaText::clockStatusText(clock, kNow), QStringLiteral("missed by 20 min"));
    clock.stoppedAt = kNow;
    EXPECT_EQ(SlaText::clockStatusText(clock, kNow), QStringLiteral("met"));
    clock.stoppedAt = {};
    clock.pausedSince = kNow.addSecs(-600);
    EXPECT_EQ(clock.status(kNow.addSecs(99999)), SlaClock::Status::Paused);
    EXPECT_EQ(SlaText::clockStatusText(clock, kNow), QStringLiteral("paused · 1 h 10 min left"));
}

TEST(TicketListModel, SlaColumnHasBadgeTextAndColours)
{
    TicketListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setNow(kNow);
    Ticket soon = slaTicket(2, QStringLiteral("due_soon"));
    soon.responseDueAt = kNow.addSecs(35 * 60);
    Ticket late = slaTicket(3, QStringLiteral("breached"));
    late.responseDueAt = kNow.addSecs(-35 * 60);
    Ticket none = slaTicket(4, QStringLiteral("none"));
    none.responseDueAt = none.onSiteDueAt = none.completionDueAt = {};
    model.setTickets({slaTicket(1, QStringLiteral("ok")), soon, late, none});

    csm::client::ui::DeskColorProxy colors(csm::client::ui::DeskColorProxy::Kind::Tickets);
    colors.setSourceModel(&model);
    const int column = TicketListModel::Sla;
    EXPECT_EQ(model.headerData(column, Qt::Horizontal).toString(), QStringLiteral("SLA"));
    EXPECT_EQ(colors.index(0, column).data().toString(), QStringLiteral("OK · 2 h 15 min left"));
    EXPECT_EQ(colors.index(1, column).data().toString(), QStringLiteral("Due soon · 35 min left"));
    EXPECT_EQ(colors.index(2, column).data().toString(), QStringLiteral("Breached · overdue 35 min"));
    EXPECT_TRUE(colors.index(3, column).data().toString().isEmpty());
    EXPECT_EQ(background(colors, 0, column), QColor(0xe8, 0xf5, 0xe9));   // green
    EXPECT_EQ(background(colors, 1, column), QColor(0xff, 0xf3, 0xe0));   // amber
    EXPECT_EQ(background(colors, 2, column), QColor(0xc6, 0x28, 0x28));   // red
    EXPECT_EQ(colors.index(2, column).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(Qt::white));
    EXPECT_FALSE(colors.index(3, column).data(Qt::BackgroundRole).isValid());
    EXPECT_FALSE(colors.index(0, TicketListModel::Number).data(Qt::BackgroundRole).isValid());
    EXPECT_EQ(model.index(3, column).data(TicketListModel::SlaStateRole).toString(), QStringLiteral("none"));
    // The tooltip lists each clock; time moving on changes the text.
    const QString tip = model.index(0, column).data(Qt::ToolTipRole).toString();
    EXPECT_EQ(tip.count(QLatin1Char('\n')), 2);
    EXPECT_TRUE(tip.startsWith(QStringLiteral("Response: due "))) << tip.toStdString();
    model.setNow(kNow.addSecs(3600));
    EXPECT_EQ(colors.index(0, column).data().toString(), QStringLiteral("OK · 1 h 15 min left"));
}

TEST(TicketSlaBox, ShowsEachClockAndCountsDown)
{
    Ticket t = slaTicket(1, QStringLiteral("due_soon"));
    t.responseStoppedAt = QDateTime::currentDateTimeUtc();
    t.responseDueAt = t.responseStoppedAt.addSecs(600);
    t.onSiteDueAt = QDateTime::currentDateTimeUtc().addSecs(45 * 60 + 30);
    csm::client::ui::TicketSlaBox box;
    box.setTicket(t);
    EXPECT_EQ(box.timer()->interval(), 30000);
    EXPECT_TRUE(box.timer()->isActive());
    EXPECT_EQ(box.stateLabel()->text(), QStringLiteral("Due soon"));
    EXPECT_TRUE(box.stateLabel()->styleSheet().contains(QStringLiteral("#fff3e0")));
    EXPECT_EQ(box.remainingLabel(0)->text(), QStringLiteral("met"));
    EXPECT_EQ(box.remainingLabel(1)->text(), QStringLiteral("45 min left"));
    EXPECT_TRUE(box.dueLabel(1)->text().startsWith(QStringLiteral("due ")));
    box.refresh(QDateTime::currentDateTimeUtc().addSecs(3600));
    EXPECT_EQ(box.remainingLabel(1)->text(), QStringLiteral("overdue 14 min"));
    EXPECT_TRUE(box.remainingLabel(1)->styleSheet().contains(QStringLiteral("#c62828")));
}

TEST(NotificationModel, MasksNumbersAndNamesStatuses)
{
    EXPECT_EQ(NotificationModel::maskedPhone(QStringLiteral("13912345678")), QStringLiteral("139****5678"));
    EXPECT_EQ(NotificationModel::maskedPhone(QStringLiteral("02584001234")), QStringLiteral("025****1234"));
    EXPECT_EQ(NotificationModel::maskedPhone(QStringLiteral("95588")), QStringLiteral("***88"));
    EXPECT_EQ(NotificationModel::maskedPhone(QString()), QStringLiteral("—"));

    NotificationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    NotificationInfo sent{1, 7, QStringLiteral("13800001111"), QStringLiteral("ticket.dispatched"), QStringLiteral("【CSM】…"),
                          QStringLiteral("sent"), 1, {}, kNow, kNow, {}};
    NotificationInfo failed{2, 7, QStringLiteral("13800001111"), QStringLiteral("ticket.assigned"), QStringLiteral("【CSM】…"),
                            QStringLiteral("failed"), 2, QStringLiteral("HTTP 500 Internal Server Error"), kNow, {}, kNow};
    model.setNotifications({failed, sent});
    EXPECT_EQ(model.index(0, NotificationModel::Recipient).data().toString(), QStringLiteral("138****1111"));
    EXPECT_EQ(model.index(0, NotificationModel::Status).data().toString(), QStringLiteral("Failed 2 time(s), retrying"));
    EXPECT_EQ(model.index(0, NotificationModel::Status).data(Qt::ToolTipRole).toString(),
              QStringLiteral("HTTP 500 Internal Server Error"));
    EXPECT_EQ(model.index(0, NotificationModel::Message).data().toString(), QStringLiteral("Technician assigned"));
    EXPECT_EQ(model.index(1, NotificationModel::Status).data().toString(), QStringLiteral("Sent"));
    csm::client::ui::DeskColorProxy colors(csm::client::ui::DeskColorProxy::Kind::Notifications);
    colors.setSourceModel(&model);
    EXPECT_EQ(colors.index(0, NotificationModel::Status).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xc6, 0x28, 0x28));
    EXPECT_EQ(colors.index(1, NotificationModel::Status).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0x1b, 0x5e, 0x20));
}
