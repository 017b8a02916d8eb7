// SLA of work orders: deadlines per policy, pauses moving them, the breach detector (driven with
// a chosen "now"), repeat repairs within and outside the window, and who may change policies.
#include "server/modules/tickets/sla_service.h"
#include "tests/server/ticket_test_support.h"

using namespace csm;
using common::ErrorCode;

namespace {

constexpr qint64 kHour = 3600;

class TicketSlaTest : public test::TicketTest {
protected:
    static QDateTime at(const QCborMap& ticket, const char* key)
    {
        QDateTime time = QDateTime::fromString(ticket.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
        time.setTimeSpec(Qt::UTC);
        return time;
    }
    QCborMap get(const QCborMap& ticket)
    {
        return ok(agent, QStringLiteral("ticket.get"), {{QStringLiteral("id"), id(ticket)}});
    }
    QStringList kinds(const QCborMap& ticket)
    {
        QStringList kinds;
        for (const QCborValue& event :
             ok(agent, QStringLiteral("ticket.timeline"), {{QStringLiteral("id"), id(ticket)}}).value(QStringLiteral("items")).toArray())
            kinds.append(event.toMap().value(QStringLiteral("kind")).toString());
        return kinds;
    }
    // created → dispatched → accepted → assigned (techA)
    QCborMap assigned(const QCborMap& created)
    {
        QCborMap t = step(agent, created, QStringLiteral("dispatch"));
        t = step(staffA, t, QStringLiteral("accept"));
        return step(staffA, t, QStringLiteral("assign"),
                    {{QStringLiteral("technician_id"), techA->userId}, {QStringLiteral("appointment_start"), tomorrow(9)}});
    }
    void exec(const std::string& sql)
    {
        pqxx::work tx(m_harness->connection());
        tx.exec0(sql);
        tx.commit();
    }
    qint64 addProduct()
    {
        exec("INSERT INTO product_category (code, name) VALUES ('AC', 'Air conditioners')");
        exec("INSERT INTO product_model (code, name, category_code, warranty_months) VALUES ('KFR-35GW', 'Wall AC', 'AC', 72)");
        pqxx::read_transaction tx(m_harness->connection());
        const qint64 model = tx.exec1("SELECT id FROM product_model WHERE code = 'KFR-35GW'")[0].as<qint64>();
        tx.commit();
        return ok(agent, QStringLiteral("customer.product.add"),
                  {{QStringLiteral("customer_id"), customerA}, {QStringLiteral("model_id"), model}})
            .value(QStringLiteral("id"))
            .toInteger();
    }
    static std::vector<qint64> recipients(const server::Pushes& pushes, qint64 ticket)
    {
        std::vector<qint64> users;
        for (const server::Push& push : pushes)
            if (push.event.name == QLatin1String("ticket.sla_breached")
                && push.event.data.toMap().value(QStringLiteral("id")).toInteger() == ticket)
                users.push_back(push.userId);
        std::sort(users.begin(), users.end());
        return users;
    }
};

TEST_F(TicketSlaTest, DeadlinesFollowThePolicyOfTypeAndSeverity)
{
    const QCborMap major = createTicket(customerA, QStringLiteral("repair"), {{QStringLiteral("severity"), QStringLiteral("major")}});
    const QDateTime created = at(major, "created_at");
    EXPECT_EQ(created.secsTo(at(major, "response_due_at")), 2 * kHour);
    EXPECT_EQ(created.secsTo(at(major, "on_site_due_at")), 12 * kHour);
    EXPECT_EQ(created.secsTo(at(major, "completion_due_at")), 24 * kHour);
    EXPECT_EQ(major.value(QStringLiteral("sla_state")).toString(), QStringLiteral("ok"));

    const QCborMap general = createTicket(customerA);
    EXPECT_EQ(at(general, "created_at").secsTo(at(general, "response_due_at")), 4 * kHour);
    EXPECT_EQ(at(general, "created_at").secsTo(at(general, "on_site_due_at")), 24 * kHour);
    EXPECT_EQ(at(general, "created_at").secsTo(at(general, "completion_due_at")), 48 * kHour);

    const QCborMap consultation = createTicket(customerA, QStringLiteral("consultation"));
    EXPECT_TRUE(consultation.value(QStringLiteral("completion_due_at")).isNull());
    EXPECT_EQ(consultation.value(QStringLiteral("sla_state")).toString(), QStringLiteral("none"));

    // A running clock due within the hour is due soon in the list; one past its deadline is breached.
    exec("UPDATE ticket SET response_due_at = now() + interval '30 minutes' WHERE id = " + std::to_string(id(general)));
    exec("UPDATE ticket SET response_due_at = now() - interval '1 hour' WHERE id = " + std::to_string(id(major)));
    QMap<qint64, QString> states;
    for (const QCborValue& item : ok(agent, QStringLiteral("ticket.list")).value(QStringLiteral("items")).toArray())
        states.insert(item.toMap().value(QStringLiteral("id")).toInteger(), item.toMap().value(QStringLiteral("sla_state")).toString());
    EXPECT_EQ(states.value(id(general)), QStringLiteral("due_soon"));
    EXPECT_EQ(states.value(id(major)), QStringLiteral("breached"));
    EXPECT_EQ(states.value(id(consultation)), QStringLiteral("none"));
}

TEST_F(TicketSlaTest, WaitingPausesTheClocksAndMovesTheDeadlines)
{
    QCborMap t = assigned(createTicket(customerA));
    const QDateTime responseDue = at(t, "response_due_at");
    const QDateTime completionDue = at(t, "completion_due_at");
    EXPECT_TRUE(t.value(QStringLiteral("response_stopped_at")).isString());   // accepted

    t = step(techA, t, QStringLiteral("customer_unavailable"), {{QStringLiteral("note"), QStringLiteral("客户不在家")}});
    EXPECT_EQ(state(t), QStringLiteral("waiting_customer"));
    EXPECT_TRUE(t.value(QStringLiteral("sla_paused_since")).isString());
    const QCborArray pauses = t.value(QStringLiteral("sla_pauses")).toArray();
    ASSERT_EQ(pauses.size(), 1);
    EXPECT_EQ(pauses[0].toMap().value(QStringLiteral("reason")).toString(), QStringLiteral("customer"));
    EXPECT_TRUE(pauses[0].toMap().value(QStringLiteral("ended_at")).isNull());

    // Three hours pass while the customer is away.
    const std::string tid = std::to_string(id(t));
    exec("UPDATE ticket_sla_pause SET started_at = started_at - interval '3 hours' WHERE ticket_id = " + tid);
    exec("UPDATE ticket SET sla_paused_since = sla_paused_since - interval '3 hours' WHERE id = " + tid);
    // A paused order is not breached, however late it is.
    EXPECT_TRUE(recipients(server::tickets::SlaService::detectBreaches(m_harness->connection(),
                                                                       QDateTime::currentDateTimeUtc().addDays(30)),
                           id(t))
                    .empty());

    t = step(staffA, get(t), QStringLiteral("reschedule"), {{QStringLiteral("appointment_start"), tomorrow(14)}});
    EXPECT_TRUE(t.value(QStringLiteral("sla_paused_since")).isNull());
    const qint64 moved = completionDue.secsTo(at(t, "completion_due_at"));
    EXPECT_GE(moved, 3 * kHour);
    EXPECT_LT(moved, 3 * kHour + 120);
    EXPECT_EQ(at(t, "response_due_at"), responseDue);   // stopped before the pause: unchanged
    EXPECT_EQ(at(t, "on_site_due_at").secsTo(at(t, "completion_due_at")), 24 * kHour);
    EXPECT_TRUE(t.value(QStringLiteral("sla_pauses")).toArray()[0].toMap().value(QStringLiteral("ended_at")).isString());
    // Recomputable: policy from creation plus the paused time.
    {
        pqxx::read_transaction tx(m_harness->connection());
        EXPECT_TRUE(tx.exec1("SELECT t.completion_due_at = t.created_at + interval '48 hours'"
                             " + (SELECT sum(ended_at - started_at) FROM ticket_sla_pause p WHERE p.ticket_id = t.id)"
                             " FROM ticket t WHERE t.id = " + tid)[0]
                        .as<bool>());
    }
    EXPECT_TRUE(kinds(t).contains(QStringLiteral("sla_paused")));
    EXPECT_TRUE(kinds(t).contains(QStringLiteral("sla_resumed")));

    // Waiting for parts pauses again; completing stops every clock.
    t = step(techA, t, QStringLiteral("arrive"));
    t = step(techA, t, QStringLiteral("wait_parts"), {{QStringLiteral("note"), QStringLiteral("缺压缩机")}});
    EXPECT_EQ(t.value(QStringLiteral("sla_pauses")).toArray()[1].toMap().value(QStringLiteral("reason")).toString(),
              QStringLiteral("parts"));
    t = step(staffA, t, QStringLiteral("parts_arrived"));
    t = step(techA, t, QStringLiteral("complete"),
             {{QStringLiteral("diagnosis"), QStringLiteral("压缩机坏")}, {QStringLiteral("resolution"), QStringLiteral("更换压缩机")}});
    EXPECT_TRUE(t.value(QStringLiteral("completion_stopped_at")).isString());
    EXPECT_EQ(t.value(QStringLiteral("sla_state")).toString(), QStringLiteral("met"));
}

TEST_F(TicketSlaTest, ABreachIsDetectedOnceAndPushedToOwnerAndSupervisors)
{
    const QCborMap t = createTicket(customerA);   // general: response due in 4 h, assigned to SPA
    const QCborMap done = createTicket(customerA, QStringLiteral("repair"), {}, agent2);
    step(agent2, done, QStringLiteral("cancel"), {{QStringLiteral("cancel_reason"), QStringLiteral("客户取消")}});
    const QDateTime now = QDateTime::currentDateTimeUtc();

    EXPECT_TRUE(recipients(server::tickets::SlaService::detectBreaches(m_harness->connection(), now), id(t)).empty());

    const auto pushes = server::tickets::SlaService::detectBreaches(m_harness->connection(), now.addSecs(5 * kHour));
    std::vector<qint64> expected{agent->userId, supervisor->userId, manager->userId};
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(recipients(pushes, id(t)), expected);
    EXPECT_TRUE(recipients(pushes, id(done)).empty());   // cancelled: its clocks stopped
    for (const server::Push& push : pushes) {
        if (push.event.data.toMap().value(QStringLiteral("id")).toInteger() == id(t)) {
            EXPECT_EQ(push.event.data.toMap().value(QStringLiteral("clocks")).toArray().toVariantList(),
                      QVariantList{QStringLiteral("response")});
        }
    }

    // Reported once: the same moment again finds nothing new.
    EXPECT_TRUE(recipients(server::tickets::SlaService::detectBreaches(m_harness->connection(), now.addSecs(5 * kHour)),
                           id(t))
                    .empty());
    EXPECT_EQ(kinds(t).count(QStringLiteral("sla_breached")), 1);
    const QCborMap after = get(t);
    EXPECT_TRUE(after.value(QStringLiteral("response_breached_at")).isString());
    EXPECT_EQ(after.value(QStringLiteral("sla_state")).toString(), QStringLiteral("breached"));
    EXPECT_EQ(after.value(QStringLiteral("version")).toInteger(), t.value(QStringLiteral("version")).toInteger());

    // Two days later the on-site and completion clocks are breached too, each reported once.
    const auto later = server::tickets::SlaService::detectBreaches(m_harness->connection(), now.addSecs(49 * kHour));
    EXPECT_EQ(recipients(later, id(t)).size(), 3u);
    EXPECT_EQ(kinds(t).count(QStringLiteral("sla_breached")), 3);
}

TEST_F(TicketSlaTest, ARepairOfTheSameProductWithinTheWindowIsARepeatRepair)
{
    const qint64 product = addProduct();
    QCborMap first = createTicket(customerA, QStringLiteral("repair"), {{QStringLiteral("customer_product_id"), product}});
    // An open earlier order is no repeat repair (not completed).
    const QCborMap early = createTicket(customerA, QStringLiteral("repair"), {{QStringLiteral("customer_product_id"), product}});
    EXPECT_TRUE(early.value(QStringLiteral("repeat_of_ticket_id")).isNull());

    first = step(techA, assigned(first), QStringLiteral("arrive"));
    first = step(techA, first, QStringLiteral("complete"),
                 {{QStringLiteral("diagnosis"), QStringLiteral("漏氟")}, {QStringLiteral("resolution"), QStringLiteral("补氟")}});

    const QCborMap again = createTicket(customerA, QStringLiteral("repair"), {{QStringLiteral("customer_product_id"), product}});
    EXPECT_EQ(again.value(QStringLiteral("repeat_of_ticket_id")).toInteger(), id(first));
    EXPECT_EQ(again.value(QStringLiteral("repeat_of_number")).toString(), first.value(QStringLiteral("number")).toString());
    EXPECT_TRUE(kinds(again).contains(QStringLiteral("repeat_repair")));
    // Another service type on the product is not a repeat repair.
    const QCborMap maintenance = createTicket(customerA, QStringLiteral("maintenance"), {{QStringLiteral("customer_product_id"), product}});
    EXPECT_TRUE(maintenance.value(QStringLiteral("repeat_of_ticket_id")).isNull());

    // Completed 31 days ago: outside the default 30-day window; inside an admin's 60 days.
    exec("UPDATE ticket SET resolved_at = now() - interval '31 days' WHERE id = " + std::to_string(id(first)));
    const QCborMap outside = createTicket(customerA, QStringLiteral("repair"), {{QStringLiteral("customer_product_id"), product}});
    EXPECT_TRUE(outside.value(QStringLiteral("repeat_of_ticket_id")).isNull());
    EXPECT_FALSE(kinds(outside).contains(QStringLiteral("repeat_repair")));

    ok(admin, QStringLiteral("sla.settings.set"), {{QStringLiteral("repeat_repair_days"), 60}});
    EXPECT_EQ(ok(agent, QStringLiteral("sla.policy.list")).value(QStringLiteral("repeat_repair_days")).toInteger(), 60);
    const QCborMap within = createTicket(customerA, QStringLiteral("repair"), {{QStringLiteral("customer_product_id"), product}});
    EXPECT_EQ(within.value(QStringLiteral("repeat_of_ticket_id")).toInteger(), id(first));
}

TEST_F(TicketSlaTest, OnlyAnAdminChangesPoliciesAndNewOrdersFollowThem)
{
    const QCborArray items = ok(agent, QStringLiteral("sla.policy.list")).value(QStringLiteral("items")).toArray();
    QCborMap repairGeneral;
    for (const QCborValue& item : items)
        if (item.toMap().value(QStringLiteral("service_type")).toString() == QLatin1String("repair")
            && item.toMap().value(QStringLiteral("severity")).toString() == QLatin1String("general"))
            repairGeneral = item.toMap();
    ASSERT_FALSE(repairGeneral.isEmpty());
    EXPECT_EQ(repairGeneral.value(QStringLiteral("completion_minutes")).toInteger(), 48 * 60);

    QCborMap change{{QStringLiteral("service_type"), QStringLiteral("repair")},
                    {QStringLiteral("severity"), QStringLiteral("general")},
                    {QStringLiteral("response_minutes"), 60},
                    {QStringLiteral("on_site_minutes"), 120},
                    {QStringLiteral("completion_minutes"), 240},
                    {QStringLiteral("version"), repairGeneral.value(QStringLiteral("version"))}};
    EXPECT_EQ(fail(agent, QStringLiteral("sla.policy.set"), change).code, ErrorCode::PermissionDenied);
    EXPECT_EQ(fail(supervisor, QStringLiteral("sla.policy.set"), change).code, ErrorCode::PermissionDenied);

    QCborMap bad = change;
    bad.insert(QStringLiteral("on_site_minutes"), 30);
    const auto error = fail(admin, QStringLiteral("sla.policy.set"), bad);
    EXPECT_EQ(error.code, ErrorCode::Validation);
    EXPECT_TRUE(error.fields.contains(QStringLiteral("on_site_minutes")));

    EXPECT_EQ(ok(admin, QStringLiteral("sla.policy.set"), change).value(QStringLiteral("version")).toInteger(),
              repairGeneral.value(QStringLiteral("version")).toInteger() + 1);
    EXPECT_EQ(fail(admin, QStringLiteral("sla.policy.set"), change).code, ErrorCode::Conflict);   // stale version

    const QCborMap t = createTicket(customerA);
    EXPECT_EQ(at(t, "created_at").secsTo(at(t, "completion_due_at")), 4 * kHour);
    pqxx::read_transaction tx(m_harness->connection());
    EXPECT_EQ(tx.exec1("SELECT count(*) FROM audit_log WHERE action = 'sla.policy.set'")[0].as<int>(), 1);
}

TEST_F(TicketSlaTest, BusinessHoursCountOnlyWorkingTimeOutsideHolidays)
{
    // Monday to Friday 09:00–18:00 (Asia/Shanghai); Monday 2026-12-07 is a holiday.
    QCborArray hours;
    for (int day = 1; day <= 5; ++day)
        hours.append(QCborMap{{QStringLiteral("weekday"), day}, {QStringLiteral("start"), QStringLiteral("09:00")},
                              {QStringLiteral("end"), QStringLiteral("18:00")}});
    const QCborArray holidays{QCborMap{{QStringLiteral("day"), QStringLiteral("2026-12-07")}, {QStringLiteral("name"), QStringLiteral("调休")}}};
    const QCborMap calendar{{QStringLiteral("work_hours"), hours}, {QStringLiteral("holidays"), holidays}};
    EXPECT_EQ(fail(agent, QStringLiteral("sla.calendar.set"), calendar).code, ErrorCode::PermissionDenied);
    QCborArray badHours = hours;
    badHours[0] = QCborMap{{QStringLiteral("weekday"), 1}, {QStringLiteral("start"), QStringLiteral("18:00")}, {QStringLiteral("end"), QStringLiteral("09:00")}};
    EXPECT_TRUE(fail(admin, QStringLiteral("sla.calendar.set"), {{QStringLiteral("work_hours"), badHours}})
                    .fields.contains(QStringLiteral("work_hours")));
    ok(admin, QStringLiteral("sla.calendar.set"), calendar);
    EXPECT_EQ(ok(agent, QStringLiteral("sla.policy.list")).value(QStringLiteral("calendar")).toMap()
                  .value(QStringLiteral("work_hours")).toArray().size(), 5);
    {
        pqxx::read_transaction tx(m_harness->connection());
        // Friday 17:00 + 2 working hours: 1 h on Friday, the weekend and the holiday off, Tuesday 10:00.
        EXPECT_TRUE(tx.exec1("SELECT sla_business_add('2026-12-04 17:00+08', 120) = '2026-12-08 10:00+08'")[0].as<bool>());
        EXPECT_EQ(tx.exec1("SELECT sla_business_minutes('2026-12-04 17:00+08', '2026-12-08 10:00+08')::int")[0].as<int>(), 120);
        EXPECT_TRUE(tx.exec1("SELECT sla_business_add('2026-12-05 12:00+08', 30) = '2026-12-08 09:30+08'")[0].as<bool>());
    }

    const QCborArray items = ok(agent, QStringLiteral("sla.policy.list")).value(QStringLiteral("items")).toArray();
    qint64 version = 0;
    for (const QCborValue& item : items)
        if (item.toMap().value(QStringLiteral("service_type")).toString() == QLatin1String("repair")
            && item.toMap().value(QStringLiteral("severity")).toString() == QLatin1String("general"))
            version = item.toMap().value(QStringLiteral("version")).toInteger();
    const QCborMap policy = ok(admin, QStringLiteral("sla.policy.set"),
                               {{QStringLiteral("service_type"), QStringLiteral("repair")},
                                {QStringLiteral("severity"), QStringLiteral("general")},
                                {QStringLiteral("response_minutes"), 60},
                                {QStringLiteral("on_site_minutes"), 120},
                                {QStringLiteral("completion_minutes"), 240},
                                {QStringLiteral("business_hours"), true},
                                {QStringLiteral("version"), version}});
    EXPECT_TRUE(policy.value(QStringLiteral("business_hours")).toBool());
    QCborMap t = createTicket(customerA);
    const std::string tid = std::to_string(id(t));
    {
        pqxx::read_transaction tx(m_harness->connection());
        EXPECT_TRUE(tx.exec1("SELECT sla_business_hours AND completion_due_at = sla_business_add(created_at, 240)"
                             " AND response_due_at = sla_business_add(created_at, 60) FROM ticket WHERE id = " + tid)[0]
                        .as<bool>());
    }

    // A pause of three calendar days moves the deadline by the working time in it.
    t = step(techA, assigned(t), QStringLiteral("customer_unavailable"), {{QStringLiteral("note"), QStringLiteral("出差")}});
    const QDateTime before = at(t, "completion_due_at");
    exec("UPDATE ticket_sla_pause SET started_at = started_at - interval '3 days' WHERE ticket_id = " + tid);
    t = step(staffA, get(t), QStringLiteral("reschedule"), {{QStringLiteral("appointment_start"), tomorrow(14)}});
    // Not by the calendar time (3 days): by the working time paused, counted on from the deadline.
    EXPECT_GT(std::abs(before.secsTo(at(t, "completion_due_at")) - 3 * 24 * kHour), 60);
    pqxx::read_transaction tx(m_harness->connection());
    EXPECT_TRUE(tx.exec_params1("SELECT abs(extract(epoch FROM sla_business_add($1::timestamptz,"
                                " sla_business_minutes(p.started_at, p.ended_at)) - t.completion_due_at)) < 0.01 FROM ticket t JOIN ticket_sla_pause p ON p.ticket_id = t.id WHERE t.id = "
                                    + tid,
                                std::string(before.toString(Qt::ISODateWithMs).toStdString()))[0]
                    .as<bool>());
}

} // namespace
