// Work orders along their workflow: the general and the major repair flow across roles, role
// checks, required fields, stale versions. Every refused transition leaves the order as it was.
#include "tests/server/ticket_test_support.h"

using namespace csm;
using common::ErrorCode;

namespace {

class TicketFlowTest : public test::TicketTest {
protected:
    // created → dispatched → accepted → assigned (techA) → on_site
    QCborMap onSite(qint64 customer)
    {
        QCborMap t = createTicket(customer);
        t = step(agent, t, QStringLiteral("dispatch"));
        t = step(staffA, t, QStringLiteral("accept"));
        t = step(staffA, t, QStringLiteral("assign"),
                 {{QStringLiteral("technician_id"), techA->userId},
                  {QStringLiteral("appointment_start"), tomorrow(9)},
                  {QStringLiteral("appointment_end"), tomorrow(11)}});
        return step(techA, t, QStringLiteral("arrive"));
    }

    QCborArray timeline(const QCborMap& ticket)
    {
        return ok(agent, QStringLiteral("ticket.timeline"), {{QStringLiteral("id"), id(ticket)}})
            .value(QStringLiteral("items"))
            .toArray();
    }

    // The order as stored, and its timeline length, must not change on a refused transition.
    void expectUnchanged(const QCborMap& before)
    {
        const QCborMap now = ok(agent, QStringLiteral("ticket.get"), {{QStringLiteral("id"), id(before)}});
        EXPECT_EQ(now.value(QStringLiteral("version")), before.value(QStringLiteral("version")));
        EXPECT_EQ(state(now), state(before));
        EXPECT_EQ(now.value(QStringLiteral("technician_id")), before.value(QStringLiteral("technician_id")));
        EXPECT_EQ(now.value(QStringLiteral("assigned_org_unit_id")), before.value(QStringLiteral("assigned_org_unit_id")));
    }
};

} // namespace

TEST_F(TicketFlowTest, GeneralRepairFromTheAgentToClosedAcrossRoles)
{
    QCborMap t = createTicket(customerA, QStringLiteral("repair"), {{QStringLiteral("severity"), QStringLiteral("major")}});
    EXPECT_EQ(state(t), QStringLiteral("created"));
    EXPECT_EQ(t.value(QStringLiteral("state_category")).toString(), QStringLiteral("new"));
    EXPECT_EQ(t.value(QStringLiteral("assigned_org_unit_id")).toInteger(), m_pointA);   // routed by region
    EXPECT_EQ(t.value(QStringLiteral("owner_id")).toInteger(), agent->userId);
    EXPECT_EQ(t.value(QStringLiteral("customer_name")).toString(), QStringLiteral("王五"));
    EXPECT_EQ(t.value(QStringLiteral("customer_phone")).toString(), QStringLiteral("13800001111"));
    EXPECT_EQ(t.value(QStringLiteral("workflow_version")).toInteger(), 1);
    EXPECT_EQ(t.value(QStringLiteral("version")).toInteger(), 1);
    EXPECT_TRUE(actions(t).contains(QStringLiteral("dispatch")));
    EXPECT_TRUE(actions(t).contains(QStringLiteral("cancel")));
    EXPECT_FALSE(actions(t).contains(QStringLiteral("accept")));

    // The agent dispatches to the suggested point (the required unit is already on the order).
    t = step(agent, t, QStringLiteral("dispatch"), {{QStringLiteral("note"), QStringLiteral("客户下午在家")}});
    EXPECT_EQ(state(t), QStringLiteral("dispatched"));
    // The agent may now recall or redispatch it; the point accepts or rejects it.
    EXPECT_EQ(actions(t), (QStringList{QStringLiteral("recall"), QStringLiteral("redispatch")}));
    const QCborMap seenByPoint = ok(staffA, QStringLiteral("ticket.get"), {{QStringLiteral("id"), id(t)}});
    EXPECT_EQ(actions(seenByPoint), (QStringList{QStringLiteral("accept"), QStringLiteral("reject")}));

    t = step(staffA, t, QStringLiteral("accept"));
    t = step(staffA, t, QStringLiteral("assign"),
             {{QStringLiteral("technician_id"), techA->userId}, {QStringLiteral("appointment_start"), tomorrow(9)},
              {QStringLiteral("appointment_end"), tomorrow(11)}});
    EXPECT_EQ(state(t), QStringLiteral("assigned"));
    EXPECT_EQ(t.value(QStringLiteral("technician_name")).toString(), QStringLiteral("techa"));
    EXPECT_EQ(t.value(QStringLiteral("appointment_start")).toString(), tomorrow(9));

    t = step(techA, t, QStringLiteral("arrive"));
    t = step(techA, t, QStringLiteral("complete"),
             {{QStringLiteral("diagnosis"), QStringLiteral("冷媒泄漏")}, {QStringLiteral("resolution"), QStringLiteral("补焊并加注冷媒")},
              {QStringLiteral("fault_code"), QStringLiteral("E-101")}});
    EXPECT_EQ(state(t), QStringLiteral("completed"));
    EXPECT_EQ(t.value(QStringLiteral("state_category")).toString(), QStringLiteral("resolved"));
    EXPECT_FALSE(t.value(QStringLiteral("resolved_at")).isNull());
    EXPECT_EQ(t.value(QStringLiteral("fault_code")).toString(), QStringLiteral("E-101"));

    t = step(surveyor, t, QStringLiteral("visit"), {{QStringLiteral("visit_result"), QStringLiteral("非常满意")}});
    EXPECT_EQ(state(t), QStringLiteral("closed"));
    EXPECT_EQ(t.value(QStringLiteral("state_category")).toString(), QStringLiteral("closed"));
    EXPECT_FALSE(t.value(QStringLiteral("closed_at")).isNull());
    EXPECT_FALSE(t.value(QStringLiteral("resolved_at")).isNull());
    EXPECT_TRUE(actions(t).isEmpty());
    EXPECT_EQ(t.value(QStringLiteral("version")).toInteger(), 7);

    // The timeline: created, routed, then each transition with its fields and effects.
    QStringList lines;
    for (const QCborValue& value : timeline(t)) {
        const QCborMap event = value.toMap();
        const QString kind = event.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("transition"))
            lines.append(event.value(QStringLiteral("transition")).toString());
        else if (kind == QLatin1String("effect"))
            lines.append(QStringLiteral("+") + event.value(QStringLiteral("effect_type")).toString());
        else
            lines.append(kind);
    }
    EXPECT_EQ(lines.join(QLatin1Char(' ')),
              QStringLiteral("created assigned dispatch +notify +sla_start accept +sla_stop assign +notify arrive +sla_stop"
                             " complete +sla_stop +survey +notify fees_computed visit"));
    const QCborArray events = timeline(t);
    const QCborMap assign = events[7].toMap();
    EXPECT_EQ(assign.value(QStringLiteral("transition_name")).toString(), QStringLiteral("派工"));
    EXPECT_EQ(assign.value(QStringLiteral("from_state_name")).toString(), QStringLiteral("网点已接单"));
    EXPECT_EQ(assign.value(QStringLiteral("user_name")).toString(), QStringLiteral("pointa"));
    EXPECT_EQ(assign.value(QStringLiteral("fields")).toMap().value(QStringLiteral("technician_id")).toInteger(), techA->userId);
}

TEST_F(TicketFlowTest, MajorRepairGoesToTheCenterDepotAndBack)
{
    QCborMap t = onSite(customerA);
    // The point cannot repair on site: it ships the product to its upper center.
    EXPECT_EQ(move(staffA, t, QStringLiteral("escalate"), {{QStringLiteral("diagnosis"), QStringLiteral("压缩机损坏")}})
                  .error.fields.value(QStringLiteral("shipping_out_no")),
              QStringLiteral("is required by transition 'escalate' (转大修 (寄修中心))"));
    t = step(staffA, t, QStringLiteral("escalate"),
             {{QStringLiteral("diagnosis"), QStringLiteral("压缩机损坏")}, {QStringLiteral("shipping_out_no"), QStringLiteral("SF1234567890")}});
    EXPECT_EQ(state(t), QStringLiteral("to_depot"));
    EXPECT_EQ(t.value(QStringLiteral("assigned_org_unit_id")).toInteger(), m_province);
    EXPECT_EQ(t.value(QStringLiteral("escalated_from_org_unit_id")).toInteger(), m_pointA);
    EXPECT_TRUE(actions(t).isEmpty());   // the point follows the order but cannot move it now

    // The point still sees it; it cannot act; the other point does not see it at all.
    const QCborMap followed = ok(staffA, QStringLiteral("ticket.get"), {{QStringLiteral("id"), id(t)}});
    EXPECT_EQ(state(followed), QStringLiteral("to_depot"));
    EXPECT_TRUE(listNumbers(staffA).contains(t.value(QStringLiteral("number")).toString()));
    EXPECT_EQ(move(staffA, t, QStringLiteral("receive_at_depot")).error.code, ErrorCode::PermissionDenied);
    EXPECT_EQ(move(techA, t, QStringLiteral("receive_at_depot")).error.code, ErrorCode::PermissionDenied);
    EXPECT_EQ(fail(staffB, QStringLiteral("ticket.get"), {{QStringLiteral("id"), id(t)}}).code, ErrorCode::NotFound);

    // The center receives, repairs (here: replaces) and ships back; the order returns to the point.
    const QCborMap atCenter = ok(center, QStringLiteral("ticket.get"), {{QStringLiteral("id"), id(t)}});
    EXPECT_EQ(actions(atCenter), QStringList{QStringLiteral("receive_at_depot")});
    t = step(center, t, QStringLiteral("receive_at_depot"));
    t = step(center, t, QStringLiteral("ship_back"),
             {{QStringLiteral("resolution"), QStringLiteral("更换整机")}, {QStringLiteral("shipping_back_no"), QStringLiteral("SF0987654321")},
              {QStringLiteral("replacement_serial"), QStringLiteral("KFR35-NEW-0001")}});
    EXPECT_EQ(state(t), QStringLiteral("back_to_point"));
    EXPECT_EQ(t.value(QStringLiteral("assigned_org_unit_id")).toInteger(), m_pointA);
    EXPECT_TRUE(t.value(QStringLiteral("escalated_from_org_unit_id")).isNull());
    EXPECT_EQ(t.value(QStringLiteral("technician_id")).toInteger(), techA->userId);

    // The point receives it, its technician reinstalls and completes (diagnosis and resolution
    // are on the order already), the agent closes after the follow-up call.
    t = step(staffA, t, QStringLiteral("receive_back"));
    t = step(techA, t, QStringLiteral("complete"));
    t = step(agent, t, QStringLiteral("visit"), {{QStringLiteral("visit_result"), QStringLiteral("满意")}});
    EXPECT_EQ(state(t), QStringLiteral("closed"));
    EXPECT_EQ(t.value(QStringLiteral("shipping_out_no")).toString(), QStringLiteral("SF1234567890"));
    EXPECT_EQ(t.value(QStringLiteral("shipping_back_no")).toString(), QStringLiteral("SF0987654321"));
    EXPECT_EQ(t.value(QStringLiteral("replacement_serial")).toString(), QStringLiteral("KFR35-NEW-0001"));

    bool escalated = false, returned = false;
    for (const QCborValue& value : timeline(t)) {
        const QCborMap event = value.toMap();
        const QCborMap detail = event.value(QStringLiteral("detail")).toMap();
        if (event.value(QStringLiteral("effect_type")).toString() == QLatin1String("escalate")) {
            escalated = true;
            EXPECT_EQ(detail.value(QStringLiteral("to_org_unit_id")).toInteger(), m_province);
            EXPECT_EQ(detail.value(QStringLiteral("to_org_unit_name")).toString(), QStringLiteral("江苏省中心"));
        }
        if (event.value(QStringLiteral("effect_type")).toString() == QLatin1String("deescalate")) {
            returned = true;
            EXPECT_EQ(detail.value(QStringLiteral("to_org_unit_id")).toInteger(), m_pointA);
        }
    }
    EXPECT_TRUE(escalated);
    EXPECT_TRUE(returned);
}

TEST_F(TicketFlowTest, RefusesATransitionTheFlowDoesNotAllowOrTheRoleMayNotTake)
{
    const QCborMap t = createTicket(customerA);
    auto error = move(staffA, t, QStringLiteral("accept")).error;
    EXPECT_EQ(error.code, ErrorCode::Validation);
    EXPECT_TRUE(error.fields.value(QStringLiteral("transition")).contains(QStringLiteral("not possible in state 'created' (已建单)")))
        << error.message.toStdString();
    EXPECT_TRUE(error.fields.value(QStringLiteral("transition")).contains(QStringLiteral("possible: dispatch, cancel")));

    error = move(agent, t, QStringLiteral("teleport")).error;
    EXPECT_EQ(error.code, ErrorCode::Validation);
    EXPECT_TRUE(error.message.contains(QStringLiteral("no transition 'teleport'")));

    error = move(techA, t, QStringLiteral("dispatch")).error;
    EXPECT_EQ(error.code, ErrorCode::PermissionDenied);
    EXPECT_TRUE(error.message.contains(QStringLiteral("agent, supervisor"))) << error.message.toStdString();
    expectUnchanged(t);

    // A technician acts only on the orders assigned to them; the point's staff on all of the point's.
    QCborMap assigned = step(agent, t, QStringLiteral("dispatch"));
    assigned = step(staffA, assigned, QStringLiteral("accept"));
    assigned = step(staffA, assigned, QStringLiteral("assign"),
                    {{QStringLiteral("technician_id"), techA->userId}, {QStringLiteral("appointment_start"), tomorrow(14)}});
    error = move(techA2, assigned, QStringLiteral("arrive")).error;
    EXPECT_EQ(error.code, ErrorCode::PermissionDenied);
    EXPECT_TRUE(error.message.contains(QStringLiteral("another technician")));
    EXPECT_TRUE(actions(ok(techA2, QStringLiteral("ticket.get"), {{QStringLiteral("id"), id(assigned)}})).isEmpty());
    expectUnchanged(assigned);
    const QCborMap handedBack = step(techA, assigned, QStringLiteral("decline"), {{QStringLiteral("reject_reason"), QStringLiteral("不在服务范围")}});
    EXPECT_EQ(state(handedBack), QStringLiteral("accepted"));
}

TEST_F(TicketFlowTest, RequiredFieldsAndFieldRulesNameTheField)
{
    QCborMap t = createTicket(customerA);
    t = step(agent, t, QStringLiteral("dispatch"));
    t = step(staffA, t, QStringLiteral("accept"));

    auto error = move(staffA, t, QStringLiteral("assign")).error;
    EXPECT_EQ(error.code, ErrorCode::Validation);
    EXPECT_EQ(error.fields.value(QStringLiteral("technician_id")), QStringLiteral("is required by transition 'assign' (派工)"));
    EXPECT_TRUE(error.fields.contains(QStringLiteral("appointment_start")));

    error = move(staffA, t, QStringLiteral("assign"),
                 {{QStringLiteral("technician_id"), techB->userId}, {QStringLiteral("appointment_start"), tomorrow(9)}})
                .error;
    EXPECT_EQ(error.code, ErrorCode::Validation);
    EXPECT_TRUE(error.fields.value(QStringLiteral("technician_id")).contains(QStringLiteral("another unit (鼓楼网点)")))
        << error.message.toStdString();
    error = move(staffA, t, QStringLiteral("assign"),
                 {{QStringLiteral("technician_id"), staffA->userId}, {QStringLiteral("appointment_start"), tomorrow(9)}})
                .error;
    EXPECT_TRUE(error.fields.value(QStringLiteral("technician_id")).contains(QStringLiteral("not an active technician")));

    error = move(staffA, t, QStringLiteral("assign"),
                 {{QStringLiteral("technician_id"), techA->userId}, {QStringLiteral("appointment_start"), QStringLiteral("tomorrow")},
                  {QStringLiteral("resolution"), QStringLiteral("x")}, {QStringLiteral("colour"), QStringLiteral("red")}})
                .error;
    EXPECT_TRUE(error.fields.value(QStringLiteral("appointment_start")).contains(QStringLiteral("time with its zone")));
    EXPECT_EQ(error.fields.value(QStringLiteral("resolution")), QStringLiteral("transition 'assign' does not set this field"));
    EXPECT_EQ(error.fields.value(QStringLiteral("colour")), QStringLiteral("is not a field of work orders"));

    error = move(staffA, t, QStringLiteral("assign"),
                 {{QStringLiteral("technician_id"), techA->userId}, {QStringLiteral("appointment_start"), tomorrow(11)},
                  {QStringLiteral("appointment_end"), tomorrow(9)}})
                .error;
    EXPECT_TRUE(error.fields.contains(QStringLiteral("appointment_end")));
    expectUnchanged(t);
    EXPECT_EQ(timeline(t).size(), 2 + 3 + 2);   // created, assigned; dispatch + 2 effects; accept + 1 effect

    // The reject path needs its reason; the order goes back to the agent, who redispatches.
    QCborMap other = step(agent, createTicket(customerA), QStringLiteral("dispatch"));
    EXPECT_TRUE(move(staffA, other, QStringLiteral("reject")).error.fields.contains(QStringLiteral("reject_reason")));
    other = step(staffA, other, QStringLiteral("reject"), {{QStringLiteral("reject_reason"), QStringLiteral("超出服务范围")}});
    EXPECT_EQ(state(other), QStringLiteral("created"));
    // Dispatch may override the unit: now the other point has it and the first no longer sees it.
    other = step(agent, other, QStringLiteral("dispatch"), {{QStringLiteral("assigned_org_unit_id"), m_pointB}});
    EXPECT_EQ(other.value(QStringLiteral("assigned_org_unit_name")).toString(), QStringLiteral("鼓楼网点"));
    EXPECT_EQ(fail(staffA, QStringLiteral("ticket.get"), {{QStringLiteral("id"), id(other)}}).code, ErrorCode::NotFound);
    EXPECT_TRUE(actions(ok(staffB, QStringLiteral("ticket.get"), {{QStringLiteral("id"), id(other)}})).contains(QStringLiteral("accept")));
    EXPECT_EQ(move(agent, other, QStringLiteral("redispatch"), {{QStringLiteral("assigned_org_unit_id"), 999999}})
                  .error.fields.firstKey(),
              QStringLiteral("assigned_org_unit_id"));
}

TEST_F(TicketFlowTest, AStaleVersionIsAConflictAndChangesNothing)
{
    const QCborMap t = createTicket(customerA);
    const QCborMap dispatched = step(agent, t, QStringLiteral("dispatch"));
    const auto stale = move(agent2, t, QStringLiteral("cancel"), {{QStringLiteral("cancel_reason"), QStringLiteral("客户取消")}});
    EXPECT_EQ(stale.error.code, ErrorCode::Conflict);
    EXPECT_TRUE(stale.error.message.contains(QStringLiteral("version 2, yours 1")));
    expectUnchanged(dispatched);
}

TEST_F(TicketFlowTest, CompletingQueuesTheFollowUpSurveyUntilTheVisitOrAReopen)
{
    const QCborMap follow{{QStringLiteral("follow_up"), true}};
    QCborMap t = onSite(customerA);
    const QString number = t.value(QStringLiteral("number")).toString();
    QCborMap other = createTicket(customerA);   // never completed: never in the queue
    EXPECT_TRUE(listNumbers(surveyor, follow).isEmpty());

    // 完工销单 has a `survey` effect: the order waits for its follow-up call.
    t = step(techA, t, QStringLiteral("complete"),
             {{QStringLiteral("diagnosis"), QStringLiteral("冷媒泄漏")}, {QStringLiteral("resolution"), QStringLiteral("补焊")}});
    EXPECT_EQ(listNumbers(surveyor, follow), QStringList{number});
    EXPECT_EQ(listNumbers(staffA, follow), QStringList{number});   // the point sees its own order waiting
    EXPECT_TRUE(listNumbers(staffB, follow).isEmpty());            // another point does not
    EXPECT_EQ(fail(surveyor, QStringLiteral("ticket.list"), {{QStringLiteral("follow_up"), true}, {QStringLiteral("customer_id"), customerA}})
                  .code,
              common::ErrorCode::Validation);

    // A reopen takes it out; completing again puts it back; the visit closes it and takes it out.
    t = step(agent, t, QStringLiteral("reopen"), {{QStringLiteral("note"), QStringLiteral("客户反映仍漏水")}});
    EXPECT_TRUE(listNumbers(surveyor, follow).isEmpty());
    t = step(techA, t, QStringLiteral("complete"),
             {{QStringLiteral("diagnosis"), QStringLiteral("冷媒泄漏")}, {QStringLiteral("resolution"), QStringLiteral("更换管路")}});
    EXPECT_EQ(listNumbers(surveyor, follow), QStringList{number});
    t = step(surveyor, t, QStringLiteral("visit"), {{QStringLiteral("visit_result"), QStringLiteral("满意")}});
    EXPECT_TRUE(listNumbers(surveyor, follow).isEmpty());
    EXPECT_EQ(state(other), QStringLiteral("created"));
}
