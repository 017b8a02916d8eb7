// Complaints, suggestions and praise: details given with ticket.create or by complaint.set (the
// owner while the order is new, supervisors later), the resolution and the customer's
// satisfaction (complaint.resolve), bad input refused with the order left as it was, and the
// timeline.
#include "tests/server/ticket_test_support.h"

using namespace csm;
using common::ErrorCode;

namespace {

class ComplaintTest : public test::TicketTest {
protected:
    static QString inHours(int hours)
    {
        return QDateTime::currentDateTimeUtc().addSecs(qint64(hours) * 3600).toString(Qt::ISODateWithMs);
    }
    QCborMap complaint(const QCborMap& details = {})
    {
        QCborMap extra;
        if (!details.isEmpty())
            extra.insert(QStringLiteral("complaint"), details);
        return createTicket(customerA, QStringLiteral("complaint"), extra);
    }
    QCborMap get(const server::SessionPtr& who, const QCborMap& ticket)
    {
        return ok(who, QStringLiteral("ticket.get"), {{QStringLiteral("id"), id(ticket)}});
    }
    QList<QCborMap> events(const QCborMap& ticket, const QString& kind)
    {
        QList<QCborMap> found;
        for (const QCborValue& event :
             ok(agent, QStringLiteral("ticket.timeline"), {{QStringLiteral("id"), id(ticket)}}).value(QStringLiteral("items")).toArray())
            if (event.toMap().value(QStringLiteral("kind")).toString() == kind)
                found.append(event.toMap());
        return found;
    }
    qint64 count(const char* table)
    {
        pqxx::work tx(m_harness->connection());
        return tx.exec1(std::string("SELECT count(*) FROM ") + table)[0].as<qint64>();
    }
    static QStringList caseActions(const QCborMap& ticket)
    {
        QStringList list;
        for (const QCborValue& item : ticket.value(QStringLiteral("case_actions")).toArray())
            list.append(item.toString());
        return list;
    }
    static QCborMap details(const QCborMap& ticket) { return ticket.value(QStringLiteral("complaint")).toMap(); }
};

} // namespace

TEST_F(ComplaintTest, DetailsGivenWithCreateAreOnTheOrderAndItsTimeline)
{
    const QString deadline = inHours(72);
    const QCborMap t = complaint({{QStringLiteral("category"), QStringLiteral("repair_quality")},
                                  {QStringLiteral("responsible_org_unit_id"), m_pointA},
                                  {QStringLiteral("deadline"), deadline}});
    const QCborMap c = details(t);
    EXPECT_EQ(c.value(QStringLiteral("category")).toString(), QStringLiteral("repair_quality"));
    EXPECT_EQ(c.value(QStringLiteral("responsible_org_unit_id")).toInteger(), m_pointA);
    EXPECT_EQ(c.value(QStringLiteral("responsible_org_unit_name")).toString(), QStringLiteral("玄武网点"));
    EXPECT_EQ(c.value(QStringLiteral("deadline")).toString(), deadline);
    EXPECT_TRUE(c.value(QStringLiteral("satisfaction")).isNull());
    // The owner may still change them while the order is new; resolving is for supervisors.
    EXPECT_EQ(caseActions(t), QStringList{QStringLiteral("complaint.set")});
    EXPECT_EQ(caseActions(get(supervisor, t)),
              (QStringList{QStringLiteral("complaint.set"), QStringLiteral("complaint.resolve"), QStringLiteral("supervision.open")}));
    EXPECT_TRUE(caseActions(get(agent2, t)).isEmpty());   // not the owner

    const auto set = events(t, QStringLiteral("complaint_set"));
    ASSERT_EQ(set.size(), 1);
    const QCborMap detail = set.front().value(QStringLiteral("detail")).toMap();
    EXPECT_EQ(detail.value(QStringLiteral("category")).toString(), QStringLiteral("repair_quality"));
    EXPECT_EQ(detail.value(QStringLiteral("responsible_org_unit_name")).toString(), QStringLiteral("玄武网点"));

    // A complaint without details yet says so (null); a repair order has no complaint at all.
    EXPECT_TRUE(complaint().value(QStringLiteral("complaint")).isNull());
    EXPECT_TRUE(createTicket(customerA).value(QStringLiteral("complaint")).isUndefined());
}

TEST_F(ComplaintTest, BadDetailsWithCreateCreateNothing)
{
    const qint64 tickets = count("ticket");
    auto refused = [&](const QString& type, const QCborMap& details) {
        return fail(agent, QStringLiteral("ticket.create"),
                    {{QStringLiteral("service_type"), type}, {QStringLiteral("customer_id"), customerA},
                     {QStringLiteral("description"), QStringLiteral("服务态度差")}, {QStringLiteral("complaint"), details}})
            .fields;
    };
    const auto past = refused(QStringLiteral("complaint"), {{QStringLiteral("category"), QStringLiteral("fees")},
                                                            {QStringLiteral("deadline"), inHours(-1)}});
    EXPECT_TRUE(past.value(QStringLiteral("complaint.deadline")).contains(QStringLiteral("must be in the future")))
        << past.firstKey().toStdString();
    EXPECT_EQ(refused(QStringLiteral("complaint"), {{QStringLiteral("category"), QStringLiteral("rudeness")}}).firstKey(),
              QStringLiteral("complaint.category"));
    EXPECT_EQ(refused(QStringLiteral("praise"), {{QStringLiteral("category"), QStringLiteral("fees")},
                                                 {QStringLiteral("responsible_org_unit_id"), 999999}})
                  .firstKey(),
              QStringLiteral("complaint.responsible_org_unit_id"));
    EXPECT_EQ(refused(QStringLiteral("repair"), {{QStringLiteral("category"), QStringLiteral("fees")}}).firstKey(),
              QStringLiteral("complaint"));
    EXPECT_EQ(count("ticket"), tickets);
    EXPECT_EQ(count("ticket_complaint"), 0);
}

TEST_F(ComplaintTest, TheOwnerSetsDetailsWhileNewSupervisorsLaterWithinTheirScope)
{
    QCborMap t = complaint();
    const QCborMap base{{QStringLiteral("id"), id(t)}, {QStringLiteral("category"), QStringLiteral("service_attitude")}};
    EXPECT_EQ(ok(agent, QStringLiteral("complaint.set"), base).value(QStringLiteral("category")).toString(),
              QStringLiteral("service_attitude"));
    EXPECT_EQ(fail(agent2, QStringLiteral("complaint.set"), base).code, ErrorCode::PermissionDenied);

    t = step(agent, get(agent, t), QStringLiteral("dispatch"));
    EXPECT_TRUE(caseActions(t).isEmpty());
    EXPECT_EQ(fail(agent, QStringLiteral("complaint.set"), base).code, ErrorCode::PermissionDenied);

    // Bad input: nothing changes.
    QCborMap args = base;
    args.insert(QStringLiteral("category"), QStringLiteral("timeliness"));
    args.insert(QStringLiteral("deadline"), inHours(-2));
    EXPECT_EQ(fail(supervisor, QStringLiteral("complaint.set"), args).fields.firstKey(), QStringLiteral("deadline"));
    args.insert(QStringLiteral("deadline"), inHours(24));
    args.insert(QStringLiteral("responsible_org_unit_id"), m_harness->orgUnitId(QStringLiteral("HQ")));
    EXPECT_EQ(fail(manager, QStringLiteral("complaint.set"), args).fields.firstKey(),   // HQ is above the manager's region
              QStringLiteral("responsible_org_unit_id"));
    EXPECT_EQ(details(get(agent, t)).value(QStringLiteral("category")).toString(), QStringLiteral("service_attitude"));
    EXPECT_EQ(events(t, QStringLiteral("complaint_set")).size(), 1);

    args.insert(QStringLiteral("responsible_org_unit_id"), m_pointB);
    const QCborMap changed = ok(manager, QStringLiteral("complaint.set"), args);
    EXPECT_EQ(changed.value(QStringLiteral("responsible_org_unit_name")).toString(), QStringLiteral("鼓楼网点"));
    EXPECT_EQ(changed.value(QStringLiteral("set_by_name")).toString(), QStringLiteral("mgr1"));

    // A deadline that has passed since it was set may be sent again unchanged.
    {
        pqxx::work tx(m_harness->connection());
        tx.exec0("UPDATE ticket_complaint SET deadline = date_trunc('second', now()) - interval '1 hour'");
        tx.commit();
    }
    const QString stored = details(get(agent, t)).value(QStringLiteral("deadline")).toString();
    args.insert(QStringLiteral("deadline"), stored);
    args.insert(QStringLiteral("category"), QStringLiteral("other"));
    EXPECT_EQ(ok(supervisor, QStringLiteral("complaint.set"), args).value(QStringLiteral("deadline")).toString(), stored);

    // Not a complaint, not in scope.
    const QCborMap repair = createTicket(customerA);
    EXPECT_EQ(fail(supervisor, QStringLiteral("complaint.set"),
                   {{QStringLiteral("id"), id(repair)}, {QStringLiteral("category"), QStringLiteral("fees")}})
                  .fields.firstKey(),
              QStringLiteral("id"));
    EXPECT_EQ(fail(manager, QStringLiteral("complaint.set"),
                   {{QStringLiteral("id"), 99999999}, {QStringLiteral("category"), QStringLiteral("fees")}}).code,
              ErrorCode::NotFound);
}

TEST_F(ComplaintTest, ResolutionAndSatisfactionAreRecordedBySupervisorsOnly)
{
    QCborMap t = complaint();
    const QCborMap resolveArgs{{QStringLiteral("id"), id(t)},
                               {QStringLiteral("resolution"), QStringLiteral("上门致歉并免费复修")},
                               {QStringLiteral("satisfaction"), 4}};
    // The details come first.
    EXPECT_EQ(fail(supervisor, QStringLiteral("complaint.resolve"), resolveArgs).fields.firstKey(), QStringLiteral("id"));
    ok(agent, QStringLiteral("complaint.set"), {{QStringLiteral("id"), id(t)}, {QStringLiteral("category"), QStringLiteral("repair_quality")}});

    for (const int satisfaction : {0, 6}) {
        QCborMap args = resolveArgs;
        args.insert(QStringLiteral("satisfaction"), satisfaction);
        const auto error = fail(supervisor, QStringLiteral("complaint.resolve"), args);
        EXPECT_EQ(error.fields.value(QStringLiteral("satisfaction")), QStringLiteral("must be between 1 and 5"));
    }
    QCborMap noText = resolveArgs;
    noText.remove(QStringLiteral("resolution"));
    EXPECT_EQ(fail(supervisor, QStringLiteral("complaint.resolve"), noText).fields.firstKey(), QStringLiteral("resolution"));
    EXPECT_EQ(fail(agent, QStringLiteral("complaint.resolve"), resolveArgs).code, ErrorCode::PermissionDenied);
    EXPECT_TRUE(details(get(agent, t)).value(QStringLiteral("recorded_at")).isNull());
    EXPECT_TRUE(events(t, QStringLiteral("complaint_resolved")).isEmpty());

    // Handled, visited and closed: the satisfaction is still recorded afterwards.
    t = step(agent, get(agent, t), QStringLiteral("dispatch"));
    t = step(staffA, t, QStringLiteral("accept"));
    t = step(staffA, t, QStringLiteral("handle"), {{QStringLiteral("resolution"), QStringLiteral("已复修")}});
    t = step(surveyor, t, QStringLiteral("visit"), {{QStringLiteral("visit_result"), QStringLiteral("基本满意")}});
    EXPECT_EQ(t.value(QStringLiteral("state_category")).toString(), QStringLiteral("closed"));
    EXPECT_EQ(fail(supervisor, QStringLiteral("complaint.set"),
                   {{QStringLiteral("id"), id(t)}, {QStringLiteral("category"), QStringLiteral("fees")}})
                  .fields.firstKey(),
              QStringLiteral("id"));

    QCborMap args = resolveArgs;
    args.insert(QStringLiteral("satisfaction_comment"), QStringLiteral("处理及时"));
    const QCborMap resolved = ok(manager, QStringLiteral("complaint.resolve"), args);
    EXPECT_EQ(resolved.value(QStringLiteral("satisfaction")).toInteger(), 4);
    EXPECT_EQ(resolved.value(QStringLiteral("resolution")).toString(), QStringLiteral("上门致歉并免费复修"));
    EXPECT_EQ(resolved.value(QStringLiteral("satisfaction_comment")).toString(), QStringLiteral("处理及时"));
    EXPECT_EQ(resolved.value(QStringLiteral("recorded_by_name")).toString(), QStringLiteral("mgr1"));
    EXPECT_FALSE(resolved.value(QStringLiteral("recorded_at")).isNull());
    EXPECT_EQ(details(get(supervisor, t)).value(QStringLiteral("satisfaction")).toInteger(), 4);
    const auto recorded = events(t, QStringLiteral("complaint_resolved"));
    ASSERT_EQ(recorded.size(), 1);
    EXPECT_EQ(recorded.front().value(QStringLiteral("detail")).toMap().value(QStringLiteral("satisfaction")).toInteger(), 4);
    EXPECT_EQ(recorded.front().value(QStringLiteral("user_name")).toString(), QStringLiteral("mgr1"));
}
