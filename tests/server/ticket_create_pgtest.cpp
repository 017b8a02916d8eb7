// Creating work orders: numbers unique and gap-free under concurrency, idempotent create,
// routing by the region coverage, bad input; workflow versions and running orders.
#include "common/model/workflow.h"
#include "server/modules/tickets/ticket_repository.h"
#include "server/modules/tickets/ticket_service.h"
#include "tests/server/ticket_test_support.h"

#include <QTimeZone>

#include <algorithm>
#include <thread>

using namespace csm;
using common::ErrorCode;

namespace {
class TicketCreateTest : public test::TicketTest {
protected:
    static QString todayPrefix()
    {
        return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date().toString(QStringLiteral("yyyyMMdd"));
    }
    int count(const char* sql)
    {
        pqxx::read_transaction tx(m_harness->connection());
        return tx.exec1(sql)[0].as<int>();
    }
};
} // namespace

TEST_F(TicketCreateTest, ConcurrentCreatesOnSeveralConnectionsGetUniqueGapFreeNumbers)
{
    constexpr int kThreads = 6;
    constexpr int kPerThread = 15;
    std::vector<std::unique_ptr<test::OpHarness>> harnesses;
    for (int i = 0; i < kThreads; ++i)
        harnesses.push_back(std::make_unique<test::OpHarness>(m_dsn));
    std::vector<QStringList> numbers(kThreads);
    std::vector<int> failures(kThreads, 0);
    std::vector<std::thread> threads;
    for (int i = 0; i < kThreads; ++i) {
        threads.emplace_back([&, i] {
            const auto& caller = i % 2 == 0 ? agent : agent2;
            for (int n = 0; n < kPerThread; ++n) {
                const auto response = harnesses[std::size_t(i)]->call(
                    caller, QStringLiteral("ticket.create"),
                    {{QStringLiteral("service_type"), QStringLiteral("repair")},
                     {QStringLiteral("customer_id"), n % 2 == 0 ? customerA : customerB},
                     {QStringLiteral("description"), QStringLiteral("并发建单 %1-%2").arg(i).arg(n)}},
                    QStringLiteral("key-%1-%2").arg(i).arg(n));
                if (response.ok)
                    numbers[std::size_t(i)].append(response.result.toMap().value(QStringLiteral("number")).toString());
                else
                    ++failures[std::size_t(i)];
            }
        });
    }
    for (auto& thread : threads)
        thread.join();

    QStringList all;
    for (int i = 0; i < kThreads; ++i) {
        EXPECT_EQ(failures[std::size_t(i)], 0);
        all += numbers[std::size_t(i)];
    }
    std::sort(all.begin(), all.end());
    ASSERT_EQ(all.size(), kThreads * kPerThread);
    for (int n = 0; n < all.size(); ++n)
        EXPECT_EQ(all[n], QStringLiteral("%1-%2").arg(todayPrefix()).arg(n + 1, 6, 10, QLatin1Char('0')));
    EXPECT_EQ(count("SELECT count(*) FROM ticket"), kThreads * kPerThread);
    EXPECT_EQ(count("SELECT max(last_no) FROM ticket_day_counter"), kThreads * kPerThread);
}

TEST_F(TicketCreateTest, ANumberGivenBackByARolledBackCreateIsReused)
{
    const QCborMap first = createTicket(customerA);
    // A create that took the next number and then rolled back gives the number back.
    {
        test::OpHarness other(m_dsn);
        pqxx::work tx(other.connection());
        EXPECT_EQ(server::tickets::TicketRepository::nextNumber(tx, server::tickets::kTicketNumberTimeZone).right(6),
                  QStringLiteral("000002"));
        tx.abort();
    }
    // A refused create (the product is not the customer's) takes no number either.
    qint64 model = 0;
    {
        pqxx::work tx(m_harness->connection());
        tx.exec0("INSERT INTO product_category (code, name) VALUES ('AC', 'AC')");
        model = tx.exec1("INSERT INTO product_model (code, name, category_code, warranty_months)"
                         " VALUES ('M1', 'M1', 'AC', 12) RETURNING id")[0].as<qint64>();
        tx.commit();
    }
    const qint64 productB = ok(agent, QStringLiteral("customer.product.add"),
                               {{QStringLiteral("customer_id"), customerB}, {QStringLiteral("model_id"), model}})
                                .value(QStringLiteral("id"))
                                .toInteger();
    EXPECT_EQ(fail(agent, QStringLiteral("ticket.create"),
                   {{QStringLiteral("service_type"), QStringLiteral("repair")}, {QStringLiteral("customer_id"), customerA},
                    {QStringLiteral("description"), QStringLiteral("x")}, {QStringLiteral("customer_product_id"), productB}})
                  .fields.firstKey(),
              QStringLiteral("customer_product_id"));
    const QCborMap second = createTicket(customerB, QStringLiteral("repair"), {{QStringLiteral("customer_product_id"), productB}});
    EXPECT_EQ(second.value(QStringLiteral("number")).toString().right(6), QStringLiteral("000002"));
    EXPECT_EQ(first.value(QStringLiteral("number")).toString().right(6), QStringLiteral("000001"));
    EXPECT_EQ(second.value(QStringLiteral("product_model_code")).toString(), QStringLiteral("M1"));
}

TEST_F(TicketCreateTest, CreateIsIdempotentPerKey)
{
    const QCborMap args{{QStringLiteral("service_type"), QStringLiteral("installation")},
                        {QStringLiteral("customer_id"), customerA},
                        {QStringLiteral("description"), QStringLiteral("新机安装")}};
    const auto first = call(agent, QStringLiteral("ticket.create"), args, QStringLiteral("install-1"));
    const auto again = call(agent, QStringLiteral("ticket.create"), args, QStringLiteral("install-1"));
    ASSERT_TRUE(first.ok && again.ok);
    EXPECT_EQ(again.result.toMap().value(QStringLiteral("id")), first.result.toMap().value(QStringLiteral("id")));
    EXPECT_EQ(again.result.toMap().value(QStringLiteral("number")), first.result.toMap().value(QStringLiteral("number")));
    EXPECT_EQ(count("SELECT count(*) FROM ticket"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM ticket_event WHERE kind = 'created'"), 1);
    // Another key is another order.
    EXPECT_TRUE(call(agent, QStringLiteral("ticket.create"), args, QStringLiteral("install-2")).ok);
    EXPECT_EQ(count("SELECT count(*) FROM ticket"), 2);
}

TEST_F(TicketCreateTest, RoutesByTheCoverageOfTheCustomersRegion)
{
    EXPECT_EQ(createTicket(customerA).value(QStringLiteral("assigned_org_unit_name")).toString(), QStringLiteral("玄武网点"));
    EXPECT_EQ(createTicket(customerB).value(QStringLiteral("assigned_org_unit_name")).toString(), QStringLiteral("鼓楼网点"));
    // Complaints (and praise, passed on to a unit) are dispatched too; consultations and
    // suggestions are not routed.
    EXPECT_EQ(createTicket(customerA, QStringLiteral("complaint")).value(QStringLiteral("assigned_org_unit_id")).toInteger(), m_pointA);
    EXPECT_TRUE(createTicket(customerA, QStringLiteral("consultation")).value(QStringLiteral("assigned_org_unit_id")).isNull());
    EXPECT_TRUE(createTicket(customerA, QStringLiteral("suggestion")).value(QStringLiteral("assigned_org_unit_id")).isNull());
    // An explicit unit wins over the suggestion.
    EXPECT_EQ(createTicket(customerA, QStringLiteral("repair"), {{QStringLiteral("assigned_org_unit_id"), m_pointB}})
                  .value(QStringLiteral("assigned_org_unit_id")).toInteger(),
              m_pointB);

    const QCborMap suggestion = ok(agent, QStringLiteral("dispatch.suggest"), {{QStringLiteral("customer_id"), customerB}});
    EXPECT_EQ(suggestion.value(QStringLiteral("region_code")).toString(), QStringLiteral("320106"));
    EXPECT_EQ(suggestion.value(QStringLiteral("suggestion")).toMap().value(QStringLiteral("region_code")).toString(),
              QStringLiteral("320000"));
    EXPECT_EQ(suggestion.value(QStringLiteral("suggestion")).toMap().value(QStringLiteral("org_unit_id")).toInteger(), m_pointB);
    EXPECT_TRUE(ok(agent, QStringLiteral("dispatch.suggest"), {{QStringLiteral("region_code"), QStringLiteral("110108")}})
                    .value(QStringLiteral("suggestion")).isNull());

    // Without coverage the order waits for the agent to choose a unit when dispatching.
    ok(admin, QStringLiteral("dispatch.coverage.set"), {{QStringLiteral("region_code"), QStringLiteral("320000")}});
    const QCborMap unrouted = createTicket(customerB);
    EXPECT_TRUE(unrouted.value(QStringLiteral("assigned_org_unit_id")).isNull());
    EXPECT_TRUE(move(agent, unrouted, QStringLiteral("dispatch")).error.fields.contains(QStringLiteral("assigned_org_unit_id")));
    EXPECT_EQ(ok(agent, QStringLiteral("dispatch.coverage.list")).value(QStringLiteral("items")).toArray().size(), 1);
    EXPECT_EQ(fail(admin, QStringLiteral("dispatch.coverage.set"),
                   {{QStringLiteral("region_code"), QStringLiteral("999999")}, {QStringLiteral("org_unit_id"), m_pointA}})
                  .fields.firstKey(),
              QStringLiteral("region_code"));
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'dispatch.coverage.set'"), 3);
}

TEST_F(TicketCreateTest, BadInputNamesTheField)
{
    auto problem = [this](const QCborMap& extra, const server::SessionPtr& who = {}) {
        QCborMap args{{QStringLiteral("service_type"), QStringLiteral("repair")},
                      {QStringLiteral("customer_id"), customerA},
                      {QStringLiteral("description"), QStringLiteral("x")}};
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            args.insert(it.key(), it.value());
        const auto error = fail(who ? who : agent, QStringLiteral("ticket.create"), args);
        if (error.code == ErrorCode::NotFound)
            return QStringLiteral("not_found");
        return error.fields.isEmpty() ? QString() : error.fields.firstKey();
    };
    EXPECT_EQ(problem({{QStringLiteral("service_type"), QStringLiteral("teleport")}}), QStringLiteral("service_type"));
    EXPECT_EQ(problem({{QStringLiteral("severity"), QStringLiteral("urgent")}}), QStringLiteral("severity"));
    EXPECT_EQ(problem({{QStringLiteral("channel"), QStringLiteral("pigeon")}}), QStringLiteral("channel"));
    EXPECT_EQ(problem({{QStringLiteral("description"), QStringLiteral("  ")}}), QStringLiteral("description"));
    EXPECT_EQ(problem({{QStringLiteral("appointment_start"), tomorrow(11)}, {QStringLiteral("appointment_end"), tomorrow(9)}}),
              QStringLiteral("appointment_end"));
    EXPECT_EQ(problem({{QStringLiteral("customer_id"), 999999}}), QStringLiteral("not_found"));
    // A customer the service point does not see (owned by HQ) is not found for it.
    EXPECT_EQ(problem({}, staffA), QStringLiteral("not_found"));
    EXPECT_EQ(count("SELECT count(*) FROM ticket"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM ticket_day_counter"), 0);
}

TEST_F(TicketCreateTest, ANewWorkflowVersionLeavesRunningOrdersOnTheirs)
{
    const QCborMap old = step(agent, createTicket(customerA), QStringLiteral("dispatch"));

    // Version 2 of the repair flow: accepting needs a note now, and the state has a new name.
    common::WorkflowDefinition flow = common::WorkflowDefinition::fromCbor(
        ok(agent, QStringLiteral("workflow.get"), {{QStringLiteral("service_type"), QStringLiteral("repair")}}));
    for (auto& t : flow.transitions)
        if (t.code == QLatin1String("accept"))
            t.requiredFields = {QStringLiteral("note")};
    for (auto& s : flow.states)
        if (s.code == QLatin1String("accepted"))
            s.name = QStringLiteral("已受理");
    QCborMap args = flow.toCbor();
    args.insert(QStringLiteral("base_version"), 1);
    EXPECT_EQ(ok(admin, QStringLiteral("workflow.save"), args).value(QStringLiteral("version")).toInteger(), 2);

    // The running order keeps version 1: accepted without a note, under the old name.
    const QCborMap kept = step(staffA, old, QStringLiteral("accept"));
    EXPECT_EQ(kept.value(QStringLiteral("workflow_version")).toInteger(), 1);
    EXPECT_EQ(kept.value(QStringLiteral("state_name")).toString(), QStringLiteral("网点已接单"));
    // A new order takes version 2.
    const QCborMap fresh = step(agent, createTicket(customerA), QStringLiteral("dispatch"));
    EXPECT_EQ(fresh.value(QStringLiteral("workflow_version")).toInteger(), 2);
    EXPECT_EQ(move(staffA, fresh, QStringLiteral("accept")).error.fields.firstKey(), QStringLiteral("note"));
    QCborMap onV2 = step(staffA, fresh, QStringLiteral("accept"), {{QStringLiteral("note"), QStringLiteral("收到")}});
    EXPECT_EQ(onV2.value(QStringLiteral("state_name")).toString(), QStringLiteral("已受理"));

    // Version 3 may not drop 'waiting_parts' while an order of version 2 waits for parts.
    onV2 = step(staffA, onV2, QStringLiteral("assign"),
                {{QStringLiteral("technician_id"), techA->userId}, {QStringLiteral("appointment_start"), tomorrow(9)}});
    onV2 = step(techA, onV2, QStringLiteral("arrive"));
    onV2 = step(techA, onV2, QStringLiteral("wait_parts"), {{QStringLiteral("note"), QStringLiteral("缺压缩机")}});
    EXPECT_EQ(onV2.value(QStringLiteral("state_category")).toString(), QStringLiteral("waiting"));
    common::WorkflowDefinition slim = common::WorkflowDefinition::fromCbor(
        ok(agent, QStringLiteral("workflow.get"), {{QStringLiteral("service_type"), QStringLiteral("repair")}}));
    slim.states.removeIf([](const common::WorkflowState& s) { return s.code == QLatin1String("waiting_parts"); });
    slim.transitions.removeIf([](const common::WorkflowTransition& t) {
        return t.from == QLatin1String("waiting_parts") || t.to == QLatin1String("waiting_parts");
    });
    ASSERT_TRUE(common::validateWorkflow(slim).isEmpty());
    const auto refused = call(admin, QStringLiteral("workflow.save"), slim.toCbor());
    EXPECT_EQ(refused.error.code, ErrorCode::Validation);
    EXPECT_EQ(refused.error.fields.value(QStringLiteral("states.waiting_parts")),
              QStringLiteral("state 'waiting_parts' is still used by 1 running orders of version 2"));
    EXPECT_TRUE(refused.error.message.contains(QStringLiteral("'waiting_parts'")));

    // Once the order has left the state, the state can go.
    step(techA, onV2, QStringLiteral("parts_arrived"));
    EXPECT_EQ(ok(admin, QStringLiteral("workflow.save"), slim.toCbor()).value(QStringLiteral("version")).toInteger(), 3);
}
