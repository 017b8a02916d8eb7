// SLA deadlines after a policy change and after a reopen: sla.recompute and sla.policy.set with
// `recompute` move the running clocks of open orders (pauses kept, stopped clocks and closed
// orders left alone), breach flags follow the new deadlines, and a reopened order's completion
// clock runs again from the reopen with the policy's full duration.
#include "server/modules/tickets/sla_service.h"
#include "tests/server/ticket_test_support.h"

using namespace csm;
using common::ErrorCode;

namespace {

constexpr qint64 kHour = 3600;

class SlaRecomputeTest : public test::TicketTest {
protected:
    static QDateTime at(const QCborMap& ticket, const char* key)
    {
        QDateTime time = QDateTime::fromString(ticket.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
        time.setTimeSpec(Qt::UTC);
        return time;
    }
    QCborMap get(const QCborMap& ticket) { return ok(agent, QStringLiteral("ticket.get"), {{QStringLiteral("id"), id(ticket)}}); }
    QList<QCborMap> events(const QCborMap& ticket, const QString& kind)
    {
        QList<QCborMap> found;
        for (const QCborValue& event :
             ok(agent, QStringLiteral("ticket.timeline"), {{QStringLiteral("id"), id(ticket)}}).value(QStringLiteral("items")).toArray())
            if (event.toMap().value(QStringLiteral("kind")).toString() == kind)
                found.append(event.toMap());
        return found;
    }
    QCborMap assigned(const QCborMap& created)
    {
        QCborMap t = step(agent, created, QStringLiteral("dispatch"));
        t = step(staffA, t, QStringLiteral("accept"));
        return step(staffA, t, QStringLiteral("assign"),
                    {{QStringLiteral("technician_id"), techA->userId}, {QStringLiteral("appointment_start"), tomorrow(9)}});
    }
    QCborMap completed(const QCborMap& created)
    {
        const QCborMap t = step(techA, assigned(created), QStringLiteral("arrive"));
        return step(techA, t, QStringLiteral("complete"),
                    {{QStringLiteral("diagnosis"), QStringLiteral("漏氟")}, {QStringLiteral("resolution"), QStringLiteral("补氟")}});
    }
    void exec(const std::string& sql)
    {
        pqxx::work tx(m_harness->connection());
        tx.exec0(sql);
        tx.commit();
    }
    bool query(const std::string& sql)
    {
        pqxx::read_transaction tx(m_harness->connection());
        return tx.exec1(sql)[0].as<bool>();
    }
    qint64 policyVersion(const QString& type, const QString& severity)
    {
        for (const QCborValue& item : ok(agent, QStringLiteral("sla.policy.list")).value(QStringLiteral("items")).toArray())
            if (item.toMap().value(QStringLiteral("service_type")).toString() == type
                && item.toMap().value(QStringLiteral("severity")).toString() == severity)
                return item.toMap().value(QStringLiteral("version")).toInteger();
        return 0;
    }
    // repair × general set to response / on-site / completion minutes.
    QCborMap setRepairGeneral(int response, int onSite, int completion, bool recompute = false)
    {
        QCborMap args{{QStringLiteral("service_type"), QStringLiteral("repair")},
                      {QStringLiteral("severity"), QStringLiteral("general")},
                      {QStringLiteral("response_minutes"), response},
                      {QStringLiteral("on_site_minutes"), onSite},
                      {QStringLiteral("completion_minutes"), completion},
                      {QStringLiteral("version"), policyVersion(QStringLiteral("repair"), QStringLiteral("general"))}};
        if (recompute)
            args.insert(QStringLiteral("recompute"), true);
        return ok(admin, QStringLiteral("sla.policy.set"), args);
    }
    qint64 recompute(const QCborMap& args = {})
    {
        return ok(admin, QStringLiteral("sla.recompute"), args).value(QStringLiteral("changed")).toInteger(-1);
    }
    static bool breachedFor(const server::Pushes& pushes, qint64 ticket)
    {
        for (const server::Push& push : pushes)
            if (push.event.name == QLatin1String("ticket.sla_breached")
                && push.event.data.toMap().value(QStringLiteral("id")).toInteger() == ticket)
                return true;
        return false;
    }
};

TEST_F(SlaRecomputeTest, AChangedPolicyMovesTheRunningClocksOfOpenOrdersOnly)
{
    const QCborMap open = createTicket(customerA);
    const QCborMap accepted = step(staffA, step(agent, createTicket(customerA), QStringLiteral("dispatch")),
                                   QStringLiteral("accept"));
    // An order that waited three hours for the customer.
    QCborMap paused = step(techA, assigned(createTicket(customerA)), QStringLiteral("customer_unavailable"),
                           {{QStringLiteral("note"), QStringLiteral("客户不在家")}});
    const std::string pid = std::to_string(id(paused));
    exec("UPDATE ticket_sla_pause SET started_at = started_at - interval '3 hours' WHERE ticket_id = " + pid);
    exec("UPDATE ticket SET sla_paused_since = sla_paused_since - interval '3 hours' WHERE id = " + pid);
    paused = step(staffA, get(paused), QStringLiteral("reschedule"), {{QStringLiteral("appointment_start"), tomorrow(14)}});
    const QCborMap done = completed(createTicket(customerA));
    const QCborMap major = createTicket(customerA, QStringLiteral("repair"), {{QStringLiteral("severity"), QStringLiteral("major")}});

    // Nothing changed yet: recomputing from creation, policy and pauses gives the stored deadlines.
    EXPECT_EQ(recompute(), 0);

    // Who may, and bad filters.
    EXPECT_EQ(fail(agent, QStringLiteral("sla.recompute"), {}).code, ErrorCode::PermissionDenied);
    EXPECT_EQ(fail(supervisor, QStringLiteral("sla.recompute"), {}).code, ErrorCode::PermissionDenied);
    EXPECT_TRUE(fail(admin, QStringLiteral("sla.recompute"), {{QStringLiteral("service_type"), QStringLiteral("fixing")}})
                    .fields.contains(QStringLiteral("service_type")));
    EXPECT_TRUE(fail(admin, QStringLiteral("sla.recompute"), {{QStringLiteral("severity"), QStringLiteral("urgent")}})
                    .fields.contains(QStringLiteral("severity")));

    // A policy change alone leaves existing deadlines as they are.
    const QCborMap policy = setRepairGeneral(60, 120, 240);
    EXPECT_FALSE(policy.contains(QStringLiteral("recomputed")));
    EXPECT_EQ(at(get(open), "created_at").secsTo(at(get(open), "completion_due_at")), 48 * kHour);

    // Another type or severity is not touched.
    EXPECT_EQ(recompute({{QStringLiteral("service_type"), QStringLiteral("delivery")}}), 0);
    EXPECT_EQ(recompute({{QStringLiteral("service_type"), QStringLiteral("repair")},
                         {QStringLiteral("severity"), QStringLiteral("general")}}),
              3);

    const QCborMap o = get(open);
    EXPECT_EQ(at(o, "created_at").secsTo(at(o, "response_due_at")), 1 * kHour);
    EXPECT_EQ(at(o, "created_at").secsTo(at(o, "on_site_due_at")), 2 * kHour);
    EXPECT_EQ(at(o, "created_at").secsTo(at(o, "completion_due_at")), 4 * kHour);
    const QCborMap a = get(accepted);
    EXPECT_EQ(at(a, "response_due_at"), at(accepted, "response_due_at"));   // stopped when accepted: judged already
    EXPECT_EQ(at(a, "created_at").secsTo(at(a, "completion_due_at")), 4 * kHour);
    // The pause still counts: 4 h of policy plus the 3 h waited.
    EXPECT_TRUE(query("SELECT completion_due_at = created_at + interval '4 hours'"
                      " + (SELECT sum(ended_at - started_at) FROM ticket_sla_pause WHERE ticket_id = t.id)"
                      " AND on_site_due_at = created_at + interval '2 hours'"
                      " + (SELECT sum(ended_at - started_at) FROM ticket_sla_pause WHERE ticket_id = t.id)"
                      " FROM ticket t WHERE id = " + pid));
    EXPECT_GE(at(paused, "created_at").secsTo(at(get(paused), "completion_due_at")), 7 * kHour);
    // Completed and other severities keep theirs.
    EXPECT_EQ(at(get(done), "completion_due_at"), at(done, "completion_due_at"));
    EXPECT_EQ(at(get(major), "completion_due_at"), at(major, "completion_due_at"));

    const auto recomputed = events(open, QStringLiteral("sla_recomputed"));
    ASSERT_EQ(recomputed.size(), 1);
    const QCborMap detail = recomputed.front().value(QStringLiteral("detail")).toMap();
    EXPECT_EQ(recomputed.front().value(QStringLiteral("user_name")).toString(), QStringLiteral("admin1"));
    const QCborMap clocks = detail.value(QStringLiteral("clocks")).toMap();
    EXPECT_EQ(clocks.value(QStringLiteral("completion")).toMap().value(QStringLiteral("to")).toString(),
              o.value(QStringLiteral("completion_due_at")).toString());
    EXPECT_EQ(clocks.value(QStringLiteral("completion")).toMap().value(QStringLiteral("from")).toString(),
              open.value(QStringLiteral("completion_due_at")).toString());
    EXPECT_FALSE(events(accepted, QStringLiteral("sla_recomputed")).front().value(QStringLiteral("detail")).toMap()
                     .value(QStringLiteral("clocks")).toMap().contains(QStringLiteral("response")));
    EXPECT_TRUE(events(done, QStringLiteral("sla_recomputed")).isEmpty());
    EXPECT_EQ(o.value(QStringLiteral("version")).toInteger(), open.value(QStringLiteral("version")).toInteger());

    // Done once: again changes nothing.
    EXPECT_EQ(recompute(), 0);
    EXPECT_EQ(events(open, QStringLiteral("sla_recomputed")).size(), 1);
    EXPECT_TRUE(query("SELECT count(*) = 4 FROM audit_log WHERE action = 'sla.recompute'"));
}

TEST_F(SlaRecomputeTest, ManyOrdersAreRecomputedAcrossBatches)
{
    for (int i = 0; i < 3; ++i)
        createTicket(customerA);
    // 1200 more open orders copied in SQL (more than two batches of 500).
    exec("INSERT INTO ticket (number, service_type, severity, channel, customer_id, description, owner_id,"
         " created_org_unit_id, created_path, workflow_id, state, state_category, created_at, response_due_at,"
         " on_site_due_at, completion_due_at) SELECT to_char(now(), 'YYYYMMDD') || '-' || lpad((500000 + g * 10 + rn)::text, 6, '0'),"
         " service_type, severity, channel, customer_id, description, owner_id, created_org_unit_id, created_path,"
         " workflow_id, state, state_category, created_at, response_due_at, on_site_due_at, completion_due_at"
         " FROM (SELECT *, row_number() OVER (ORDER BY id) AS rn FROM ticket) s CROSS JOIN generate_series(1, 400) AS g");
    EXPECT_EQ(recompute(), 0);
    EXPECT_EQ(setRepairGeneral(60, 120, 240, true).value(QStringLiteral("recomputed")).toInteger(), 1203);
    EXPECT_TRUE(query("SELECT bool_and(completion_due_at = created_at + interval '4 hours') FROM ticket"));
    setRepairGeneral(60, 120, 300);
    EXPECT_EQ(recompute({{QStringLiteral("severity"), QStringLiteral("general")}}), 1203);
    EXPECT_TRUE(query("SELECT bool_and(completion_due_at = created_at + interval '5 hours') FROM ticket"));
    EXPECT_TRUE(query("SELECT count(*) = 2 * 1203 FROM ticket_event WHERE kind = 'sla_recomputed'"));
}

TEST_F(SlaRecomputeTest, BreachFlagsFollowTheNewDeadlines)
{
    const QCborMap t = createTicket(customerA);   // general: response due in 4 h
    const QDateTime now = QDateTime::currentDateTimeUtc();
    EXPECT_TRUE(breachedFor(server::tickets::SlaService::detectBreaches(m_harness->connection(), now.addSecs(5 * kHour)),
                            id(t)));
    EXPECT_EQ(get(t).value(QStringLiteral("sla_state")).toString(), QStringLiteral("breached"));

    // Ten hours to respond: no longer late, no longer flagged.
    const QCborMap policy = setRepairGeneral(600, 1440, 2880, true);
    EXPECT_EQ(policy.value(QStringLiteral("recomputed")).toInteger(), 1);
    const QCborMap relaxed = get(t);
    EXPECT_TRUE(relaxed.value(QStringLiteral("response_breached_at")).isNull());
    EXPECT_EQ(relaxed.value(QStringLiteral("sla_state")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(at(relaxed, "created_at").secsTo(at(relaxed, "response_due_at")), 10 * kHour);
    const auto recomputed = events(t, QStringLiteral("sla_recomputed"));
    ASSERT_EQ(recomputed.size(), 1);
    EXPECT_EQ(recomputed.front().value(QStringLiteral("detail")).toMap().value(QStringLiteral("breach_cleared")).toArray(),
              QCborArray{QStringLiteral("response")});

    // Created eleven hours ago: the ten hours have passed — newly late, found by the detector.
    exec("UPDATE ticket SET created_at = created_at - interval '11 hours' WHERE id = " + std::to_string(id(t)));
    EXPECT_EQ(recompute(), 1);
    const QCborMap late = get(t);
    EXPECT_TRUE(late.value(QStringLiteral("response_breached_at")).isNull());
    EXPECT_EQ(late.value(QStringLiteral("sla_state")).toString(), QStringLiteral("breached"));   // runs past it
    const auto pushes = server::tickets::SlaService::detectBreaches(m_harness->connection(), QDateTime::currentDateTimeUtc());
    EXPECT_TRUE(breachedFor(pushes, id(t)));
    EXPECT_TRUE(get(t).value(QStringLiteral("response_breached_at")).isString());
    EXPECT_EQ(events(t, QStringLiteral("sla_breached")).size(), 2);
}

TEST_F(SlaRecomputeTest, AReopenedOrderRestartsItsCompletionClock)
{
    QCborMap t = completed(createTicket(customerA));
    EXPECT_EQ(t.value(QStringLiteral("state_category")).toString(), QStringLiteral("resolved"));
    // It was completed late.
    exec("UPDATE ticket SET completion_due_at = completion_stopped_at - interval '1 hour',"
         " completion_breached_at = completion_stopped_at - interval '30 minutes' WHERE id = " + std::to_string(id(t)));
    t = get(t);
    EXPECT_EQ(t.value(QStringLiteral("sla_state")).toString(), QStringLiteral("breached"));
    const QDateTime responseDue = at(t, "response_due_at");

    const QDateTime before = QDateTime::currentDateTimeUtc();
    t = step(agent, t, QStringLiteral("reopen"), {{QStringLiteral("note"), QStringLiteral("客户反映仍不制冷")}});
    const QDateTime after = QDateTime::currentDateTimeUtc();
    EXPECT_EQ(state(t), QStringLiteral("on_site"));
    EXPECT_TRUE(t.value(QStringLiteral("completion_stopped_at")).isNull());
    EXPECT_TRUE(t.value(QStringLiteral("completion_breached_at")).isNull());
    EXPECT_GE(at(t, "completion_due_at"), before.addSecs(48 * kHour).addMSecs(-1000));
    EXPECT_LE(at(t, "completion_due_at"), after.addSecs(48 * kHour).addMSecs(1000));
    EXPECT_EQ(at(t, "response_due_at"), responseDue);                  // the first visit's clocks stay as judged
    EXPECT_TRUE(t.value(QStringLiteral("response_stopped_at")).isString());
    EXPECT_EQ(t.value(QStringLiteral("sla_state")).toString(), QStringLiteral("ok"));
    const auto restarted = events(t, QStringLiteral("sla_restarted"));
    ASSERT_EQ(restarted.size(), 1);
    const QCborMap detail = restarted.front().value(QStringLiteral("detail")).toMap();
    EXPECT_EQ(detail.value(QStringLiteral("clock")).toString(), QStringLiteral("completion"));
    EXPECT_TRUE(detail.value(QStringLiteral("breach_cleared")).toBool());
    EXPECT_EQ(detail.value(QStringLiteral("due_at")).toString(), t.value(QStringLiteral("completion_due_at")).toString());

    // Recomputing counts from the reopen, not from the creation.
    EXPECT_EQ(recompute(), 0);
    setRepairGeneral(60, 120, 240, true);
    EXPECT_TRUE(query("SELECT completion_due_at = sla_completion_from + interval '4 hours' FROM ticket WHERE id = "
                      + std::to_string(id(t))));

    t = step(techA, get(t), QStringLiteral("complete"),
             {{QStringLiteral("diagnosis"), QStringLiteral("漏氟")}, {QStringLiteral("resolution"), QStringLiteral("更换铜管")}});
    EXPECT_EQ(t.value(QStringLiteral("sla_state")).toString(), QStringLiteral("met"));
}

TEST_F(SlaRecomputeTest, BusinessHoursAndACalendarChangeAreRecomputedWithThePauses)
{
    QCborMap t = createTicket(customerA);
    const std::string tid = std::to_string(id(t));
    // Monday to Friday 09:00–18:00; the policy switches to business hours and is applied at once.
    QCborArray hours;
    for (int day = 1; day <= 5; ++day)
        hours.append(QCborMap{{QStringLiteral("weekday"), day}, {QStringLiteral("start"), QStringLiteral("09:00")},
                              {QStringLiteral("end"), QStringLiteral("18:00")}});
    ok(admin, QStringLiteral("sla.calendar.set"), {{QStringLiteral("work_hours"), hours}});
    QCborMap args{{QStringLiteral("service_type"), QStringLiteral("repair")},
                  {QStringLiteral("severity"), QStringLiteral("general")},
                  {QStringLiteral("response_minutes"), 60},
                  {QStringLiteral("on_site_minutes"), 120},
                  {QStringLiteral("completion_minutes"), 240},
                  {QStringLiteral("business_hours"), true},
                  {QStringLiteral("recompute"), true},
                  {QStringLiteral("version"), policyVersion(QStringLiteral("repair"), QStringLiteral("general"))}};
    EXPECT_EQ(ok(admin, QStringLiteral("sla.policy.set"), args).value(QStringLiteral("recomputed")).toInteger(), 1);
    EXPECT_TRUE(query("SELECT sla_business_hours AND completion_due_at = sla_business_add(created_at, 240)"
                      " FROM ticket WHERE id = " + tid));

    // Three calendar days waiting for the customer move the deadline by the working time in them;
    // recomputing agrees with the deadline the pause moved.
    t = step(techA, assigned(t), QStringLiteral("customer_unavailable"), {{QStringLiteral("note"), QStringLiteral("出差")}});
    exec("UPDATE ticket_sla_pause SET started_at = started_at - interval '3 days' WHERE ticket_id = " + tid);
    t = step(staffA, get(t), QStringLiteral("reschedule"), {{QStringLiteral("appointment_start"), tomorrow(14)}});
    EXPECT_EQ(recompute(), 0);

    // A calendar change applies once recomputed: every day 08:00–20:00 now.
    hours = {};
    for (int day = 1; day <= 7; ++day)
        hours.append(QCborMap{{QStringLiteral("weekday"), day}, {QStringLiteral("start"), QStringLiteral("08:00")},
                              {QStringLiteral("end"), QStringLiteral("20:00")}});
    ok(admin, QStringLiteral("sla.calendar.set"), {{QStringLiteral("work_hours"), hours}});
    EXPECT_EQ(recompute(), 1);
    EXPECT_TRUE(query("SELECT abs(extract(epoch FROM completion_due_at - sla_business_add(created_at, 240"
                      " + (SELECT sum(sla_business_minutes(started_at, ended_at)) FROM ticket_sla_pause"
                      " WHERE ticket_id = t.id)))) < 0.01 FROM ticket t WHERE id = " + tid));
    EXPECT_EQ(recompute(), 0);
}

} // namespace

