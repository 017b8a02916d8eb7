// SMS templates without a database (common/model/notification_template.h): rendering, the
// appointment window in Asia/Shanghai, the rules of codes and texts (unknown placeholders named),
// and the SLA calendar's wire form (common/model/sla_policy.h).
#include "common/model/notification_template.h"
#include "common/model/sla_policy.h"

#include <QCborArray>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace csm::common;

TEST(NotificationTemplate, RendersEveryPlaceholderAndLeavesOtherTextAlone)
{
    const NotificationValues values{QStringLiteral("20250601-000001"), QStringLiteral("玄武网点"), QStringLiteral("张伟"),
                                    QStringLiteral("6月2日 09:00-11:00"), QStringLiteral("待备件")};
    EXPECT_EQ(renderNotificationTemplate(QStringLiteral("{number}/{unit}/{technician}/{appointment}/{state}/{number}"), values),
              QStringLiteral("20250601-000001/玄武网点/张伟/6月2日 09:00-11:00/待备件/20250601-000001"));
    EXPECT_EQ(renderNotificationTemplate(QStringLiteral("感谢您的支持"), values), QStringLiteral("感谢您的支持"));
}

TEST(NotificationTemplate, TheAppointmentWindowIsInShanghaiTime)
{
    const QDateTime start(QDate(2025, 12, 3), QTime(1, 0), Qt::UTC);   // 09:00 in Shanghai
    EXPECT_EQ(notificationAppointmentText(start, start.addSecs(7200)), QStringLiteral("12月3日 09:00-11:00"));
    EXPECT_EQ(notificationAppointmentText(start, start.addDays(1)), QStringLiteral("12月3日 09:00-12月4日 09:00"));
    EXPECT_EQ(notificationAppointmentText({}, {}), QStringLiteral("待网点与您确认"));
}

TEST(NotificationTemplate, AnUnknownPlaceholderOrAnUnpairedBraceIsNamed)
{
    EXPECT_TRUE(notificationTemplateBodyProblem(QStringLiteral("服务单{number}已派至{unit}")).isEmpty());
    const QString unknown = notificationTemplateBodyProblem(QStringLiteral("{number}{customer}您好"));
    EXPECT_TRUE(unknown.startsWith(QStringLiteral("uses the unknown placeholder {customer}"))) << unknown.toStdString();
    EXPECT_TRUE(notificationTemplateBodyProblem(QStringLiteral("服务单{number")).startsWith(QStringLiteral("has a '{' without")));
    EXPECT_TRUE(notificationTemplateBodyProblem(QStringLiteral("服务单{num{ber}")).startsWith(QStringLiteral("has a '{' without")));
    EXPECT_TRUE(notificationTemplateBodyProblem(QStringLiteral("服务单number}")).startsWith(QStringLiteral("has a '}' without")));
    EXPECT_TRUE(notificationTemplateBodyProblem(QStringLiteral("{}")).startsWith(QStringLiteral("uses the unknown placeholder {}")));
    EXPECT_EQ(notificationTemplateBodyProblem(QStringLiteral("  ")), QStringLiteral("is required"));
    EXPECT_FALSE(notificationTemplateBodyProblem(QString(kNotificationTemplateBodyMax + 1, QLatin1Char('x'))).isEmpty());
}

TEST(NotificationTemplate, CodesAreDotSeparatedLowerCaseParts)
{
    for (const char* good : {"ticket.completed", "visit_reminder", "a.b.c1"})
        EXPECT_TRUE(notificationTemplateCodeProblem(QString::fromLatin1(good)).isEmpty()) << good;
    for (const char* bad : {"", "Ticket.done", "ticket..done", ".ticket", "ticket.", "ticket done", "ticket-done"})
        EXPECT_FALSE(notificationTemplateCodeProblem(QString::fromLatin1(bad)).isEmpty()) << bad;
    EXPECT_FALSE(notificationTemplateCodeProblem(QString(kNotificationTemplateCodeMax + 1, QLatin1Char('a'))).isEmpty());
}

TEST(SlaPolicy, TheCalendarRoundTripsAndANewPolicySendsNoVersion)
{
    SlaCalendar calendar;
    calendar.workHours.append({1, QTime(8, 30), QTime(18, 0)});
    calendar.holidays.append({QDate(2030, 10, 1), QStringLiteral("国庆节")});
    const QCborMap wire = calendar.toCbor();
    EXPECT_EQ(wire.value(QStringLiteral("work_hours")).toArray()[0].toMap().value(QStringLiteral("start")).toString(),
              QStringLiteral("08:30"));
    const SlaCalendar back = SlaCalendar::fromCbor(wire);
    ASSERT_EQ(back.workHours.size(), 1);
    EXPECT_EQ(back.workHours[0].end, QTime(18, 0));
    ASSERT_EQ(back.holidays.size(), 1);
    EXPECT_EQ(back.holidays[0].day, QDate(2030, 10, 1));

    SlaPolicy policy;
    policy.serviceType = QStringLiteral("repair");
    policy.severity = QStringLiteral("major");
    EXPECT_FALSE(policy.toCbor().contains(QStringLiteral("version")));
    policy.version = 3;
    EXPECT_EQ(policy.toCbor().value(QStringLiteral("version")).toInteger(), 3);
}
