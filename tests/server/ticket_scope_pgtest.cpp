// Org scope of every ticket op: a service point sees, lists and moves only the orders of its unit;
// centers and HQ see their subtree. The lists: filters, newest first, pages.
#include "tests/server/ticket_test_support.h"

using namespace csm;
using common::ErrorCode;

namespace {
class TicketScopeTest : public test::TicketTest {};
} // namespace

TEST_F(TicketScopeTest, APointCannotReadListOrMoveAnotherPointsOrders)
{
    const QCborMap a = step(agent, createTicket(customerA), QStringLiteral("dispatch"));
    const QCborMap b = step(agent, createTicket(customerB), QStringLiteral("dispatch"));
    EXPECT_EQ(b.value(QStringLiteral("assigned_org_unit_id")).toInteger(), m_pointB);   // via 江苏省
    const QString numberA = a.value(QStringLiteral("number")).toString();
    const QString numberB = b.value(QStringLiteral("number")).toString();

    EXPECT_EQ(listNumbers(staffA), QStringList{numberA});
    EXPECT_EQ(listNumbers(staffB), QStringList{numberB});
    EXPECT_EQ(listNumbers(techA), QStringList{numberA});
    for (const auto& session : {agent, center, manager, supervisor})
        EXPECT_EQ(listNumbers(session), (QStringList{numberB, numberA})) << session->username.toStdString();

    const QCborMap byId{{QStringLiteral("id"), id(b)}};
    EXPECT_EQ(fail(staffA, QStringLiteral("ticket.get"), byId).code, ErrorCode::NotFound);
    EXPECT_EQ(fail(staffA, QStringLiteral("ticket.get"), {{QStringLiteral("number"), numberB}}).code, ErrorCode::NotFound);
    EXPECT_EQ(fail(staffA, QStringLiteral("ticket.timeline"), byId).code, ErrorCode::NotFound);
    EXPECT_EQ(move(staffA, b, QStringLiteral("accept")).error.code, ErrorCode::NotFound);
    EXPECT_EQ(move(techA, b, QStringLiteral("accept")).error.code, ErrorCode::NotFound);
    EXPECT_EQ(listNumbers(staffA, {{QStringLiteral("customer_id"), customerB}}), QStringList{});
    EXPECT_EQ(fail(staffA, QStringLiteral("ticket.list"), {{QStringLiteral("assigned_org_unit_id"), m_pointB}})
                  .fields.firstKey(),
              QStringLiteral("assigned_org_unit_id"));

    // ...while its own order is there for it, by id and by number.
    EXPECT_EQ(ok(staffA, QStringLiteral("ticket.get"), {{QStringLiteral("number"), numberA}}).value(QStringLiteral("id")).toInteger(),
              id(a));
    EXPECT_EQ(ok(staffB, QStringLiteral("ticket.timeline"), byId).value(QStringLiteral("items")).toArray().size(), 5);
    step(staffB, b, QStringLiteral("accept"));

    // An order a point creates itself (a walk-in customer of its own) is its own order.
    const qint64 walkInCustomer = createCustomer(QStringLiteral("孙七"), QStringLiteral("13800003333"),
                                                 QStringLiteral("320102"), staffA);
    const QCborMap walkIn = createTicket(walkInCustomer, QStringLiteral("repair"),
                                         {{QStringLiteral("channel"), QStringLiteral("walk_in")},
                                          {QStringLiteral("assigned_org_unit_id"), m_pointA}},
                                         staffA);
    EXPECT_EQ(walkIn.value(QStringLiteral("created_org_unit_id")).toInteger(), m_pointA);
    EXPECT_EQ(fail(staffB, QStringLiteral("ticket.get"), {{QStringLiteral("id"), id(walkIn)}}).code, ErrorCode::NotFound);
    // A point cannot hand an order to a unit outside its subtree.
    EXPECT_EQ(fail(staffA, QStringLiteral("ticket.create"),
                   {{QStringLiteral("service_type"), QStringLiteral("repair")}, {QStringLiteral("customer_id"), walkInCustomer},
                    {QStringLiteral("description"), QStringLiteral("x")}, {QStringLiteral("assigned_org_unit_id"), m_pointB}})
                  .fields.firstKey(),
              QStringLiteral("assigned_org_unit_id"));
}

TEST_F(TicketScopeTest, ListsFilterAndPageNewestFirst)
{
    QStringList created;
    for (int i = 0; i < 5; ++i)
        created.prepend(createTicket(customerA).value(QStringLiteral("number")).toString());
    const QCborMap consultation = createTicket(customerA, QStringLiteral("consultation"));
    EXPECT_TRUE(consultation.value(QStringLiteral("assigned_org_unit_id")).isNull());   // not routed
    const QCborMap closed = step(agent, consultation, QStringLiteral("answer"), {{QStringLiteral("resolution"), QStringLiteral("已解答")}});
    step(agent, closed, QStringLiteral("close"));
    const QCborMap dispatched = step(agent, createTicket(customerB), QStringLiteral("dispatch"));

    // Pages of two, newest first, with a cursor.
    QStringList all;
    QCborMap args{{QStringLiteral("limit"), 2}, {QStringLiteral("service_type"), QStringLiteral("repair")},
                  {QStringLiteral("customer_id"), customerA}};
    for (int page = 0; page < 5; ++page) {
        const QCborMap result = ok(agent, QStringLiteral("ticket.list"), args);
        for (const QCborValue& item : result.value(QStringLiteral("items")).toArray())
            all.append(item.toMap().value(QStringLiteral("number")).toString());
        if (result.value(QStringLiteral("cursor")).isNull())
            break;
        args.insert(QStringLiteral("cursor"), result.value(QStringLiteral("cursor")));
    }
    EXPECT_EQ(all, created);

    EXPECT_EQ(listNumbers(agent, {{QStringLiteral("service_type"), QStringLiteral("consultation")}}).size(), 1);
    EXPECT_EQ(listNumbers(agent, {{QStringLiteral("state_category"), QStringLiteral("closed")}}).size(), 1);
    EXPECT_EQ(listNumbers(agent, {{QStringLiteral("state_category"), QStringLiteral("open")}}).size(), 6);
    EXPECT_EQ(listNumbers(agent, {{QStringLiteral("state"), QStringLiteral("dispatched")}}),
              QStringList{dispatched.value(QStringLiteral("number")).toString()});
    EXPECT_EQ(listNumbers(center, {{QStringLiteral("assigned_org_unit_id"), m_pointB}}),
              QStringList{dispatched.value(QStringLiteral("number")).toString()});
    EXPECT_EQ(listNumbers(agent, {{QStringLiteral("assigned_org_unit_id"), m_province}}).size(), 6);
    EXPECT_EQ(listNumbers(agent, {{QStringLiteral("owner_id"), agent->userId}}).size(), 7);
    EXPECT_EQ(listNumbers(agent, {{QStringLiteral("owner_id"), agent2->userId}}).size(), 0);
    EXPECT_EQ(listNumbers(staffA, {{QStringLiteral("customer_id"), customerA}, {QStringLiteral("state_category"), QStringLiteral("new")}})
                  .size(),
              5);
    EXPECT_EQ(fail(agent, QStringLiteral("ticket.list"), {{QStringLiteral("state_category"), QStringLiteral("done")}})
                  .fields.firstKey(),
              QStringLiteral("state_category"));
    EXPECT_EQ(fail(agent, QStringLiteral("ticket.list"), {{QStringLiteral("cursor"), QStringLiteral("abc")}}).fields.firstKey(),
              QStringLiteral("cursor"));
}

TEST_F(TicketScopeTest, TechniciansListTheirOwnJobs)
{
    QCborMap t = step(agent, createTicket(customerA), QStringLiteral("dispatch"));
    t = step(staffA, t, QStringLiteral("accept"));
    t = step(staffA, t, QStringLiteral("assign"),
             {{QStringLiteral("technician_id"), techA->userId}, {QStringLiteral("appointment_start"), tomorrow(10)}});
    createTicket(customerA);
    EXPECT_EQ(listNumbers(techA, {{QStringLiteral("technician_id"), techA->userId}}),
              QStringList{t.value(QStringLiteral("number")).toString()});
    EXPECT_EQ(listNumbers(techA2, {{QStringLiteral("technician_id"), techA2->userId}}), QStringList{});
}
