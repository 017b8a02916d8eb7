// The complaint deadline watcher (driven with a chosen "now"): a complaint past its deadline,
// unresolved, on an order neither resolved nor closed, is put on the timeline once and pushed to
// the responsible unit (else the assigned unit) and the owner; a new deadline is watched afresh.
#include "server/modules/cases/complaint_service.h"
#include "tests/server/ticket_test_support.h"

using namespace csm;

namespace {

constexpr qint64 kHour = 3600;

class ComplaintOverdueTest : public test::TicketTest {
protected:
    static QString inHours(int hours)
    {
        return QDateTime::currentDateTimeUtc().addSecs(qint64(hours) * kHour).toString(Qt::ISODateWithMs);
    }
    QCborMap complaint(const QCborMap& details)
    {
        return createTicket(customerA, QStringLiteral("complaint"), {{QStringLiteral("complaint"), details}});
    }
    QList<QCborMap> overdueEvents(const QCborMap& ticket)
    {
        QList<QCborMap> found;
        for (const QCborValue& event :
             ok(agent, QStringLiteral("ticket.timeline"), {{QStringLiteral("id"), id(ticket)}}).value(QStringLiteral("items")).toArray())
            if (event.toMap().value(QStringLiteral("kind")).toString() == QLatin1String("complaint_overdue"))
                found.append(event.toMap());
        return found;
    }
    server::Pushes detect(qint64 hoursFromNow)
    {
        return server::cases::ComplaintService::detectOverdue(m_harness->connection(),
                                                              QDateTime::currentDateTimeUtc().addSecs(hoursFromNow * kHour));
    }
    // The pushes about one order, as "unit:<id>" / "user:<id>".
    static QStringList audience(const server::Pushes& pushes, const QCborMap& ticket)
    {
        QStringList to;
        for (const server::Push& push : pushes) {
            if (push.event.name != QLatin1String("complaint.overdue")
                || push.event.data.toMap().value(QStringLiteral("ticket_id")).toInteger() != id(ticket))
                continue;
            to.append(push.orgUnitId != 0 ? QStringLiteral("unit:%1").arg(push.orgUnitId)
                                          : QStringLiteral("user:%1").arg(push.userId));
        }
        to.sort();
        return to;
    }
};

TEST_F(ComplaintOverdueTest, APassedDeadlineIsReportedOnceToTheUnitAndTheOwner)
{
    const QCborMap responsible = complaint({{QStringLiteral("category"), QStringLiteral("service_attitude")},
                                            {QStringLiteral("responsible_org_unit_id"), m_pointB},
                                            {QStringLiteral("deadline"), inHours(2)}});
    const QCborMap unnamed = complaint({{QStringLiteral("category"), QStringLiteral("fees")}, {QStringLiteral("deadline"), inHours(2)}});
    const QCborMap resolved = complaint({{QStringLiteral("category"), QStringLiteral("fees")}, {QStringLiteral("deadline"), inHours(2)}});
    ok(supervisor, QStringLiteral("complaint.resolve"),
       {{QStringLiteral("id"), id(resolved)}, {QStringLiteral("resolution"), QStringLiteral("已退费")}, {QStringLiteral("satisfaction"), 5}});
    const QCborMap withdrawn = step(agent, complaint({{QStringLiteral("category"), QStringLiteral("fees")},
                                                      {QStringLiteral("deadline"), inHours(2)}}),
                                    QStringLiteral("withdraw"), {{QStringLiteral("cancel_reason"), QStringLiteral("客户撤诉")}});
    QCborMap handled = step(agent, complaint({{QStringLiteral("category"), QStringLiteral("timeliness")},
                                              {QStringLiteral("deadline"), inHours(2)}}),
                            QStringLiteral("dispatch"));
    handled = step(staffA, handled, QStringLiteral("accept"));
    handled = step(staffA, handled, QStringLiteral("handle"), {{QStringLiteral("resolution"), QStringLiteral("已致歉")}});
    const QCborMap later = complaint({{QStringLiteral("category"), QStringLiteral("other")}, {QStringLiteral("deadline"), inHours(10)}});

    EXPECT_TRUE(detect(0).empty());   // nothing due yet

    const server::Pushes pushes = detect(3);
    EXPECT_EQ(audience(pushes, responsible),
              (QStringList{QStringLiteral("unit:%1").arg(m_pointB), QStringLiteral("user:%1").arg(agent->userId)}));
    const qint64 assigned = unnamed.value(QStringLiteral("assigned_org_unit_id")).toInteger();
    ASSERT_NE(assigned, 0);
    EXPECT_EQ(audience(pushes, unnamed),
              (QStringList{QStringLiteral("unit:%1").arg(assigned), QStringLiteral("user:%1").arg(agent->userId)}));
    for (const QCborMap& quiet : {resolved, withdrawn, handled, later})
        EXPECT_TRUE(audience(pushes, quiet).isEmpty()) << quiet.value(QStringLiteral("number")).toString().toStdString();
    for (const server::Push& push : pushes) {
        const QCborMap data = push.event.data.toMap();
        if (data.value(QStringLiteral("ticket_id")).toInteger() == id(responsible)) {
            EXPECT_EQ(data.value(QStringLiteral("ticket_number")).toString(), responsible.value(QStringLiteral("number")).toString());
            EXPECT_EQ(data.value(QStringLiteral("org_unit_name")).toString(), QStringLiteral("鼓楼网点"));
            EXPECT_EQ(data.value(QStringLiteral("category")).toString(), QStringLiteral("service_attitude"));
        }
    }

    const auto events = overdueEvents(responsible);
    ASSERT_EQ(events.size(), 1);
    EXPECT_TRUE(events.front().value(QStringLiteral("user_id")).isNull());   // by the server
    const QCborMap detail = events.front().value(QStringLiteral("detail")).toMap();
    EXPECT_EQ(detail.value(QStringLiteral("org_unit_id")).toInteger(), m_pointB);
    EXPECT_EQ(detail.value(QStringLiteral("deadline")).toString(),
              responsible.value(QStringLiteral("complaint")).toMap().value(QStringLiteral("deadline")).toString());
    EXPECT_TRUE(overdueEvents(resolved).isEmpty());

    // Reported once; the later deadline in its turn.
    EXPECT_TRUE(detect(3).empty());
    const server::Pushes next = detect(11);
    EXPECT_FALSE(audience(next, later).isEmpty());
    EXPECT_TRUE(audience(next, responsible).isEmpty());
    EXPECT_EQ(overdueEvents(responsible).size(), 1);

    // A new deadline is watched afresh; the same one sent back again is not.
    QCborMap args{{QStringLiteral("id"), id(responsible)},
                  {QStringLiteral("category"), QStringLiteral("service_attitude")},
                  {QStringLiteral("responsible_org_unit_id"), m_pointB},
                  {QStringLiteral("deadline"), inHours(24)}};
    ok(supervisor, QStringLiteral("complaint.set"), args);
    ok(supervisor, QStringLiteral("complaint.set"), args);
    EXPECT_TRUE(audience(detect(11), responsible).isEmpty());
    EXPECT_FALSE(audience(detect(25), responsible).isEmpty());
    EXPECT_EQ(overdueEvents(responsible).size(), 2);
    args.insert(QStringLiteral("category"), QStringLiteral("other"));   // deadline unchanged (passed by then)
    ok(supervisor, QStringLiteral("complaint.set"), args);
    EXPECT_TRUE(audience(detect(26), responsible).isEmpty());
}

TEST_F(ComplaintOverdueTest, AnOwnerInTheResponsibleUnitIsToldOnceThroughTheUnit)
{
    const QCborMap t = createTicket(customerA, QStringLiteral("complaint"),
                                    {{QStringLiteral("complaint"), QCborMap{{QStringLiteral("category"), QStringLiteral("fees")},
                                                                            {QStringLiteral("responsible_org_unit_id"),
                                                                             m_harness->orgUnitId(QStringLiteral("HQ"))},
                                                                            {QStringLiteral("deadline"), inHours(1)}}}});
    EXPECT_EQ(audience(detect(2), t), QStringList{QStringLiteral("unit:%1").arg(m_harness->orgUnitId(QStringLiteral("HQ")))});
}

} // namespace
