// Supervision (督办) over the real op path: opened by supervisors and managers, pushed to the
// target unit's users, answered by that unit (not by another point), closed; the overdue check
// (driven with a chosen "now"); bad input refused with nothing written; everything on the timeline.
#include "server/modules/cases/supervision_service.h"
#include "tests/server/ticket_test_support.h"

#include <set>

using namespace csm;
using common::ErrorCode;

namespace {

class SupervisionTest : public test::TicketTest {
protected:
    static QString inHours(int hours)
    {
        return QDateTime::currentDateTimeUtc().addSecs(qint64(hours) * 3600).toString(Qt::ISODateWithMs);
    }
    // A repair order dispatched to point A.
    QCborMap dispatchedToA() { return step(agent, createTicket(customerA), QStringLiteral("dispatch")); }
    QCborMap openArgs(const QCborMap& ticket, int hours = 24)
    {
        return {{QStringLiteral("ticket_id"), id(ticket)},
                {QStringLiteral("deadline"), inHours(hours)},
                {QStringLiteral("demand"), QStringLiteral("客户第三次来电催促, 请今天内上门并回复")}};
    }
    static std::set<qint64> recipients(const server::Pushes& pushes, const QString& event)
    {
        std::set<qint64> users;
        for (const server::Push& push : pushes)
            if (push.event.name == event)
                users.insert(push.userId);
        return users;
    }
    QStringList caseKinds(const QCborMap& ticket)
    {
        QStringList kinds;
        for (const QCborValue& event :
             ok(agent, QStringLiteral("ticket.timeline"), {{QStringLiteral("id"), id(ticket)}}).value(QStringLiteral("items")).toArray()) {
            const QString kind = event.toMap().value(QStringLiteral("kind")).toString();
            if (kind.startsWith(QLatin1String("supervision_")))
                kinds.append(kind);
        }
        return kinds;
    }
    QCborMap lastEvent(const QCborMap& ticket)
    {
        const QCborArray items = ok(agent, QStringLiteral("ticket.timeline"), {{QStringLiteral("id"), id(ticket)}})
                                     .value(QStringLiteral("items")).toArray();
        return items.last().toMap();
    }
    QCborArray supervisionsOf(const server::SessionPtr& who, const QCborMap& ticket)
    {
        return ok(who, QStringLiteral("ticket.get"), {{QStringLiteral("id"), id(ticket)}}).value(QStringLiteral("supervisions")).toArray();
    }
    QList<qint64> listed(const server::SessionPtr& who, const QCborMap& args = {})
    {
        QList<qint64> ids;
        for (const QCborValue& item : ok(who, QStringLiteral("supervision.list"), args).value(QStringLiteral("items")).toArray())
            ids.append(item.toMap().value(QStringLiteral("id")).toInteger());
        return ids;
    }
    qint64 supervisionCount()
    {
        pqxx::work tx(m_harness->connection());
        return tx.exec1("SELECT count(*) FROM ticket_supervision")[0].as<qint64>();
    }
};

} // namespace

TEST_F(SupervisionTest, OpenedPushedAnsweredByTheTargetUnitAndClosed)
{
    const QCborMap t = dispatchedToA();
    auto opened = m_harness->callWithEffects(supervisor, QStringLiteral("supervision.open"), openArgs(t));
    ASSERT_TRUE(opened.response.ok) << opened.response.error.message.toStdString();
    const QCborMap s = opened.response.result.toMap();
    const qint64 sid = s.value(QStringLiteral("id")).toInteger();
    EXPECT_EQ(s.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    EXPECT_EQ(s.value(QStringLiteral("target_org_unit_id")).toInteger(), m_pointA);   // the assigned unit by default
    EXPECT_EQ(s.value(QStringLiteral("opened_by_name")).toString(), QStringLiteral("super1"));
    EXPECT_TRUE(s.value(QStringLiteral("can_close")).toBool());
    // Every active user of point A hears of it, nobody else.
    EXPECT_EQ(recipients(opened.effects.pushes, QStringLiteral("supervision.opened")),
              (std::set<qint64>{staffA->userId, techA->userId, techA2->userId}));
    EXPECT_EQ(opened.effects.pushes.front().event.data.toMap().value(QStringLiteral("ticket_number")),
              t.value(QStringLiteral("number")));

    // Point A sees it on the order and may answer it; point B sees neither the order nor it.
    const QCborArray seenByA = supervisionsOf(staffA, t);
    ASSERT_EQ(seenByA.size(), 1);
    EXPECT_TRUE(seenByA.at(0).toMap().value(QStringLiteral("can_answer")).toBool());
    EXPECT_FALSE(seenByA.at(0).toMap().value(QStringLiteral("can_close")).toBool());
    EXPECT_EQ(listed(staffA), QList<qint64>{sid});
    EXPECT_EQ(listed(manager), QList<qint64>{sid});
    EXPECT_TRUE(listed(staffB).isEmpty());
    const QCborMap answer{{QStringLiteral("id"), sid}, {QStringLiteral("answer"), QStringLiteral("已约好明早九点上门")}};
    EXPECT_EQ(fail(staffB, QStringLiteral("supervision.answer"), answer).code, ErrorCode::NotFound);
    EXPECT_EQ(fail(agent, QStringLiteral("supervision.answer"), answer).code, ErrorCode::PermissionDenied);
    EXPECT_EQ(fail(staffA, QStringLiteral("supervision.close"), {{QStringLiteral("id"), sid}}).code,
              ErrorCode::PermissionDenied);

    auto answered = m_harness->callWithEffects(staffA, QStringLiteral("supervision.answer"), answer);
    ASSERT_TRUE(answered.response.ok) << answered.response.error.message.toStdString();
    EXPECT_EQ(answered.response.result.toMap().value(QStringLiteral("status")).toString(), QStringLiteral("answered"));
    EXPECT_EQ(answered.response.result.toMap().value(QStringLiteral("answered_by_name")).toString(), QStringLiteral("pointa"));
    EXPECT_EQ(recipients(answered.effects.pushes, QStringLiteral("supervision.answered")), std::set<qint64>{supervisor->userId});
    EXPECT_EQ(fail(staffA, QStringLiteral("supervision.answer"), answer).fields.firstKey(), QStringLiteral("id"));
    EXPECT_TRUE(listed(staffA).isEmpty());   // no longer running
    EXPECT_EQ(listed(staffA, {{QStringLiteral("status"), QStringLiteral("answered")}}), QList<qint64>{sid});

    const QCborMap closed = ok(manager, QStringLiteral("supervision.close"),
                               {{QStringLiteral("id"), sid}, {QStringLiteral("note"), QStringLiteral("已上门, 结束督办")}});
    EXPECT_EQ(closed.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
    EXPECT_EQ(closed.value(QStringLiteral("closed_by_name")).toString(), QStringLiteral("mgr1"));
    EXPECT_EQ(fail(supervisor, QStringLiteral("supervision.close"), {{QStringLiteral("id"), sid}}).fields.firstKey(),
              QStringLiteral("id"));

    EXPECT_EQ(caseKinds(t), (QStringList{QStringLiteral("supervision_opened"), QStringLiteral("supervision_answered"),
                                         QStringLiteral("supervision_closed")}));
    const QCborMap last = lastEvent(t);
    EXPECT_EQ(last.value(QStringLiteral("user_name")).toString(), QStringLiteral("mgr1"));
    EXPECT_EQ(last.value(QStringLiteral("detail")).toMap().value(QStringLiteral("status_before")).toString(),
              QStringLiteral("answered"));
    // A new supervision of the same unit may be opened once the first is closed.
    EXPECT_TRUE(call(supervisor, QStringLiteral("supervision.open"), openArgs(t)).ok);
}

TEST_F(SupervisionTest, BadInputIsRefusedAndNothingIsWritten)
{
    const QCborMap t = dispatchedToA();
    ok(supervisor, QStringLiteral("supervision.open"), openArgs(t));
    const qint64 before = supervisionCount();

    EXPECT_EQ(fail(supervisor, QStringLiteral("supervision.open"), openArgs(t, -1)).fields.firstKey(), QStringLiteral("deadline"));
    QCborMap noDemand = openArgs(t);
    noDemand.remove(QStringLiteral("demand"));
    EXPECT_EQ(fail(supervisor, QStringLiteral("supervision.open"), noDemand).fields.firstKey(), QStringLiteral("demand"));
    QCborMap noDeadline = openArgs(t);
    noDeadline.remove(QStringLiteral("deadline"));
    EXPECT_EQ(fail(supervisor, QStringLiteral("supervision.open"), noDeadline).fields.firstKey(), QStringLiteral("deadline"));
    // The same unit twice while the first runs.
    EXPECT_EQ(fail(supervisor, QStringLiteral("supervision.open"), openArgs(t)).code, ErrorCode::Conflict);
    // A unit outside the opener's subtree.
    QCborMap outside = openArgs(t);
    outside.insert(QStringLiteral("target_org_unit_id"), m_harness->orgUnitId(QStringLiteral("HQ")));
    EXPECT_EQ(fail(manager, QStringLiteral("supervision.open"), outside).fields.firstKey(), QStringLiteral("target_org_unit_id"));
    // An order with no unit to ask, a closed order, an order out of sight, a point opening one.
    const QCborMap consultation = createTicket(customerA, QStringLiteral("consultation"));
    EXPECT_EQ(fail(supervisor, QStringLiteral("supervision.open"), openArgs(consultation)).fields.firstKey(),
              QStringLiteral("target_org_unit_id"));
    QCborMap closed = step(agent, consultation, QStringLiteral("answer"), {{QStringLiteral("resolution"), QStringLiteral("已解答")}});
    closed = step(agent, closed, QStringLiteral("close"));
    QCborMap toB = openArgs(closed);
    toB.insert(QStringLiteral("target_org_unit_id"), m_pointB);
    EXPECT_EQ(fail(supervisor, QStringLiteral("supervision.open"), toB).fields.firstKey(), QStringLiteral("ticket_id"));
    EXPECT_EQ(fail(supervisor, QStringLiteral("supervision.open"), {{QStringLiteral("ticket_id"), 99999999},
                                                                    {QStringLiteral("deadline"), inHours(2)},
                                                                    {QStringLiteral("demand"), QStringLiteral("x")}})
                  .code,
              ErrorCode::NotFound);
    EXPECT_EQ(fail(staffA, QStringLiteral("supervision.open"), openArgs(t)).code, ErrorCode::PermissionDenied);
    EXPECT_EQ(fail(staffA, QStringLiteral("supervision.list"), {{QStringLiteral("status"), QStringLiteral("late")}}).fields.firstKey(),
              QStringLiteral("status"));

    EXPECT_EQ(supervisionCount(), before);
    EXPECT_EQ(caseKinds(t), QStringList{QStringLiteral("supervision_opened")});
}

TEST_F(SupervisionTest, AnUnansweredSupervisionTurnsOverdueOnceAndMayBeAnsweredLate)
{
    const QCborMap t = dispatchedToA();
    const QCborMap later = step(agent, createTicket(customerA), QStringLiteral("dispatch"));
    const qint64 first = ok(supervisor, QStringLiteral("supervision.open"), openArgs(t, 2)).value(QStringLiteral("id")).toInteger();
    const qint64 second = ok(manager, QStringLiteral("supervision.open"), openArgs(later, 48)).value(QStringLiteral("id")).toInteger();
    EXPECT_EQ(listed(staffA), (QList<qint64>{first, second}));   // by deadline

    const QDateTime now = QDateTime::currentDateTimeUtc();
    EXPECT_TRUE(server::cases::SupervisionService::detectOverdue(m_harness->connection(), now).empty());
    const auto pushes = server::cases::SupervisionService::detectOverdue(m_harness->connection(), now.addSecs(3 * 3600));
    ASSERT_EQ(pushes.size(), 1u);
    EXPECT_EQ(pushes.front().userId, supervisor->userId);   // the opener
    EXPECT_EQ(pushes.front().event.name, QStringLiteral("supervision.overdue"));
    EXPECT_EQ(pushes.front().event.data.toMap().value(QStringLiteral("id")).toInteger(), first);
    // Once only.
    EXPECT_TRUE(server::cases::SupervisionService::detectOverdue(m_harness->connection(), now.addSecs(4 * 3600)).empty());

    const QCborArray seen = supervisionsOf(staffA, t);
    EXPECT_EQ(seen.at(0).toMap().value(QStringLiteral("status")).toString(), QStringLiteral("overdue"));
    EXPECT_TRUE(seen.at(0).toMap().value(QStringLiteral("can_answer")).toBool());
    const QCborMap overdueEvent = lastEvent(t);
    EXPECT_EQ(overdueEvent.value(QStringLiteral("kind")).toString(), QStringLiteral("supervision_overdue"));
    EXPECT_EQ(overdueEvent.value(QStringLiteral("user_id")).toInteger(), 0);   // the server
    EXPECT_EQ(listed(manager), (QList<qint64>{first, second}));

    const QCborMap answered = ok(staffA, QStringLiteral("supervision.answer"),
                                 {{QStringLiteral("id"), first}, {QStringLiteral("answer"), QStringLiteral("迟复: 备件刚到")}});
    EXPECT_EQ(answered.value(QStringLiteral("status")).toString(), QStringLiteral("answered"));
    EXPECT_FALSE(answered.value(QStringLiteral("overdue_at")).isNull());
    EXPECT_TRUE(lastEvent(t).value(QStringLiteral("detail")).toMap().value(QStringLiteral("late")).toBool());
    EXPECT_EQ(caseKinds(t), (QStringList{QStringLiteral("supervision_opened"), QStringLiteral("supervision_overdue"),
                                         QStringLiteral("supervision_answered")}));
}

TEST_F(SupervisionTest, OverdueComesFirstInTheList)
{
    const QCborMap t = dispatchedToA();
    const QCborMap other = step(agent, createTicket(customerA), QStringLiteral("dispatch"));
    const qint64 late = ok(supervisor, QStringLiteral("supervision.open"), openArgs(t, 1)).value(QStringLiteral("id")).toInteger();
    const qint64 open = ok(supervisor, QStringLiteral("supervision.open"), openArgs(other, 30)).value(QStringLiteral("id")).toInteger();
    auto setDeadline = [&](qint64 id, const char* ago) {
        pqxx::work tx(m_harness->connection());
        tx.exec_params0("UPDATE ticket_supervision SET opened_at = now() - interval '2 hours',"
                        " deadline = now() - $2::interval WHERE id = $1", id, std::string(ago));
        tx.commit();
    };
    setDeadline(late, "1 minute");
    EXPECT_EQ(server::cases::SupervisionService::detectOverdue(m_harness->connection()).size(), 1u);
    // The other one is due even earlier but not yet marked: the overdue one still comes first.
    setDeadline(open, "10 minutes");
    EXPECT_EQ(listed(staffA), (QList<qint64>{late, open}));
    EXPECT_EQ(listed(staffA, {{QStringLiteral("status"), QStringLiteral("overdue")}}), QList<qint64>{late});
    EXPECT_EQ(listed(staffA, {{QStringLiteral("ticket_id"), id(other)}}), QList<qint64>{open});
}

TEST_F(SupervisionTest, AnotherUnitMayBeAskedAndOnlyItAnswers)
{
    // An order of point A; the supervisor asks point B (e.g. the unit a complaint names).
    const QCborMap t = dispatchedToA();
    QCborMap args = openArgs(t);
    args.insert(QStringLiteral("target_org_unit_id"), m_pointB);
    auto opened = m_harness->callWithEffects(supervisor, QStringLiteral("supervision.open"), args);
    ASSERT_TRUE(opened.response.ok);
    const qint64 sid = opened.response.result.toMap().value(QStringLiteral("id")).toInteger();
    EXPECT_EQ(recipients(opened.effects.pushes, QStringLiteral("supervision.opened")),
              (std::set<qint64>{staffB->userId, techB->userId}));
    // Point B cannot open the order but lists and answers the supervision; point A sees it on
    // its order and cannot answer it.
    EXPECT_EQ(fail(staffB, QStringLiteral("ticket.get"), {{QStringLiteral("id"), id(t)}}).code, ErrorCode::NotFound);
    EXPECT_EQ(listed(staffB), QList<qint64>{sid});
    EXPECT_FALSE(supervisionsOf(staffA, t).at(0).toMap().value(QStringLiteral("can_answer")).toBool());
    EXPECT_EQ(fail(staffA, QStringLiteral("supervision.answer"),
                   {{QStringLiteral("id"), sid}, {QStringLiteral("answer"), QStringLiteral("x")}})
                  .code,
              ErrorCode::PermissionDenied);
    // The center above point B may answer for it.
    EXPECT_EQ(ok(center, QStringLiteral("supervision.answer"),
                 {{QStringLiteral("id"), sid}, {QStringLiteral("answer"), QStringLiteral("中心已协调鼓楼网点")}})
                  .value(QStringLiteral("status"))
                  .toString(),
              QStringLiteral("answered"));
}
