// Workflows as data: the default flows, get/list, validation on save, versions.
#include "common/model/service_type.h"
#include "common/model/workflow.h"
#include "tests/support/op_harness.h"
#include "tests/support/pg_test.h"

#include <QCborArray>

using namespace csm;
using common::ErrorCode;
using common::WorkflowDefinition;

namespace {

class TicketWorkflowTest : public test::PgTest {
protected:
    void SetUp() override
    {
        PgTest::SetUp();
        m_harness = std::make_unique<test::OpHarness>(m_dsn);
        m_admin = m_harness->createUser(QStringLiteral("admin1"), QStringLiteral("HQ"), {QStringLiteral("admin")});
        m_agent = m_harness->createUser(QStringLiteral("agent1"), QStringLiteral("HQ"), {QStringLiteral("agent")});
    }

    common::Response call(const server::SessionPtr& session, const QString& op, const QCborMap& args = {})
    {
        return m_harness->call(session, op, args);
    }
    QCborMap ok(const server::SessionPtr& session, const QString& op, const QCborMap& args = {})
    {
        const auto response = call(session, op, args);
        EXPECT_TRUE(response.ok) << op.toStdString() << ": " << response.error.message.toStdString();
        return response.result.toMap();
    }
    WorkflowDefinition flow(const QString& type, int version = 0)
    {
        QCborMap args{{QStringLiteral("service_type"), type}};
        if (version > 0)
            args.insert(QStringLiteral("version"), version);
        return WorkflowDefinition::fromCbor(ok(m_agent, QStringLiteral("workflow.get"), args));
    }
    QCborMap saveArgs(const WorkflowDefinition& definition)
    {
        QCborMap args = definition.toCbor();
        args.remove(QStringLiteral("version"));
        return args;
    }

    std::unique_ptr<test::OpHarness> m_harness;
    server::SessionPtr m_admin, m_agent;
};

} // namespace

TEST_F(TicketWorkflowTest, EveryServiceTypeHasAValidDefaultFlow)
{
    const QCborArray items = ok(m_agent, QStringLiteral("workflow.list")).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), common::serviceTypeCodes().size());
    for (const QString& type : common::serviceTypeCodes()) {
        const WorkflowDefinition definition = flow(type);
        EXPECT_EQ(definition.version, 1) << type.toStdString();
        const auto problems = common::validateWorkflow(definition);
        for (const auto& problem : problems)
            ADD_FAILURE() << type.toStdString() << ": " << problem.message.toStdString();
        EXPECT_FALSE(definition.startState().isEmpty());
    }
}

TEST_F(TicketWorkflowTest, TheRepairFlowHoldsTheGeneralAndTheMajorRepairPaths)
{
    const WorkflowDefinition repair = flow(QStringLiteral("repair"));
    EXPECT_EQ(repair.startState(), QStringLiteral("created"));
    const auto* dispatch = repair.transition(QStringLiteral("dispatch"));
    ASSERT_NE(dispatch, nullptr);
    EXPECT_EQ(dispatch->requiredFields, QStringList{QStringLiteral("assigned_org_unit_id")});
    const auto* escalate = repair.transition(QStringLiteral("escalate"));
    ASSERT_NE(escalate, nullptr);
    ASSERT_FALSE(escalate->effects.isEmpty());
    EXPECT_EQ(escalate->effects.front().type, QStringLiteral("escalate"));
    const auto* shipBack = repair.transition(QStringLiteral("ship_back"));
    ASSERT_NE(shipBack, nullptr);
    EXPECT_TRUE(shipBack->requiredFields.contains(QStringLiteral("shipping_back_no")));
    EXPECT_EQ(shipBack->effects.front().type, QStringLiteral("deescalate"));
    EXPECT_EQ(repair.state(QStringLiteral("waiting_parts"))->category, QStringLiteral("waiting"));
    EXPECT_EQ(repair.state(QStringLiteral("waiting_customer"))->category, QStringLiteral("waiting"));
    EXPECT_EQ(repair.state(QStringLiteral("completed"))->category, QStringLiteral("resolved"));
}

TEST_F(TicketWorkflowTest, SaveMakesANewVersionAndKeepsTheOldOne)
{
    WorkflowDefinition praise = flow(QStringLiteral("praise"));
    praise.name = QStringLiteral("赞誉流程 v2");
    praise.states[1].name = QStringLiteral("已转达单位");
    QCborMap args = saveArgs(praise);
    args.insert(QStringLiteral("base_version"), 1);
    const QCborMap saved = ok(m_admin, QStringLiteral("workflow.save"), args);
    EXPECT_EQ(saved.value(QStringLiteral("version")).toInteger(), 2);
    EXPECT_TRUE(saved.value(QStringLiteral("latest")).toBool());

    EXPECT_EQ(flow(QStringLiteral("praise")).states[1].name, QStringLiteral("已转达单位"));
    EXPECT_EQ(flow(QStringLiteral("praise"), 1).states[1].name, QStringLiteral("已转达"));
    const QCborMap old = ok(m_agent, QStringLiteral("workflow.get"),
                            {{QStringLiteral("service_type"), QStringLiteral("praise")}, {QStringLiteral("version"), 1}});
    EXPECT_FALSE(old.value(QStringLiteral("latest")).toBool());

    const QCborArray versions = ok(m_agent, QStringLiteral("workflow.list"),
                                   {{QStringLiteral("service_type"), QStringLiteral("praise")}})
                                    .value(QStringLiteral("items")).toArray();
    ASSERT_EQ(versions.size(), 2);
    EXPECT_EQ(versions[0].toMap().value(QStringLiteral("version")).toInteger(), 2);
    EXPECT_EQ(versions[0].toMap().value(QStringLiteral("created_by_name")).toString(), QStringLiteral("admin1"));

    // An editor that started from version 1 is told that version 2 exists.
    const auto stale = call(m_admin, QStringLiteral("workflow.save"), args);
    EXPECT_EQ(stale.error.code, ErrorCode::Conflict);
    EXPECT_EQ(call(m_admin, QStringLiteral("workflow.get"),
                   {{QStringLiteral("service_type"), QStringLiteral("praise")}, {QStringLiteral("version"), 3}})
                  .error.code,
              ErrorCode::NotFound);

    pqxx::read_transaction tx(m_harness->connection());
    EXPECT_EQ(tx.exec1("SELECT count(*) FROM audit_log WHERE action = 'workflow.save'")[0].as<int>(), 1);
}

TEST_F(TicketWorkflowTest, SaveRefusesAnInvalidFlowNamingTheProblem)
{
    WorkflowDefinition praise = flow(QStringLiteral("praise"));
    common::WorkflowState orphan;
    orphan.code = QStringLiteral("orphan");
    orphan.name = QStringLiteral("孤立");
    praise.states.append(orphan);
    praise.transitions[0].roles = {QStringLiteral("pilot")};
    const auto response = call(m_admin, QStringLiteral("workflow.save"), saveArgs(praise));
    ASSERT_FALSE(response.ok);
    EXPECT_EQ(response.error.code, ErrorCode::Validation);
    EXPECT_TRUE(response.error.fields.value(QStringLiteral("states.orphan")).contains(QStringLiteral("cannot be reached")))
        << response.error.fields.value(QStringLiteral("states.orphan")).toStdString();
    EXPECT_TRUE(response.error.fields.value(QStringLiteral("transitions.record")).contains(QStringLiteral("'pilot'")));
    EXPECT_TRUE(response.error.message.contains(QStringLiteral("not valid")));

    // No end state; a bad kind; not a list.
    WorkflowDefinition noEnd = flow(QStringLiteral("praise"));
    noEnd.states.removeLast();
    noEnd.transitions.removeIf([](const common::WorkflowTransition& t) { return t.to == QLatin1String("closed"); });
    const auto endless = call(m_admin, QStringLiteral("workflow.save"), saveArgs(noEnd));
    EXPECT_TRUE(endless.error.fields.value(QStringLiteral("workflow")).contains(QStringLiteral("no end state")));
    QCborMap badKind = saveArgs(flow(QStringLiteral("praise")));
    QCborArray states = badKind.value(QStringLiteral("states")).toArray();
    QCborMap first = states[0].toMap();
    first.insert(QStringLiteral("kind"), QStringLiteral("beginning"));
    states[0] = first;
    badKind.insert(QStringLiteral("states"), states);
    EXPECT_TRUE(call(m_admin, QStringLiteral("workflow.save"), badKind)
                    .error.fields.contains(QStringLiteral("states.created")));
    QCborMap notAList = saveArgs(flow(QStringLiteral("praise")));
    notAList.insert(QStringLiteral("transitions"), QStringLiteral("none"));
    EXPECT_TRUE(call(m_admin, QStringLiteral("workflow.save"), notAList)
                    .error.fields.contains(QStringLiteral("transitions")));
    EXPECT_EQ(call(m_agent, QStringLiteral("workflow.get"), {{QStringLiteral("service_type"), QStringLiteral("teleport")}})
                  .error.fields.firstKey(),
              QStringLiteral("service_type"));

    // Nothing was saved; only admins may save.
    EXPECT_EQ(flow(QStringLiteral("praise")).version, 1);
    EXPECT_EQ(call(m_agent, QStringLiteral("workflow.save"), saveArgs(flow(QStringLiteral("praise")))).error.code,
              ErrorCode::PermissionDenied);
}
