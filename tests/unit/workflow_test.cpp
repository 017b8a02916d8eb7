#include "common/model/workflow.h"

#include <gtest/gtest.h>

#include <ostream>

static void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace csm::common {
namespace {

WorkflowState makeState(const char* code, WorkflowStateKind kind = WorkflowStateKind::Normal)
{
    WorkflowState state;
    state.code = QLatin1String(code);
    state.name = QLatin1String(code);
    state.kind = kind;
    return state;
}

WorkflowTransition makeTransition(const char* code, const char* from, const char* to)
{
    WorkflowTransition transition;
    transition.code = QLatin1String(code);
    transition.from = QLatin1String(from);
    transition.to = QLatin1String(to);
    transition.name = QLatin1String(code);
    transition.roles = {QStringLiteral("agent")};
    return transition;
}

WorkflowDefinition simpleFlow()
{
    WorkflowDefinition flow;
    flow.serviceType = QStringLiteral("repair");
    flow.name = QStringLiteral("Simple");
    flow.states = {makeState("created", WorkflowStateKind::Start), makeState("working"),
                   makeState("closed", WorkflowStateKind::End)};
    flow.transitions = {makeTransition("start", "created", "working"), makeTransition("close", "working", "closed")};
    return flow;
}

QStringList codes(const QList<WorkflowProblem>& problems)
{
    QStringList list;
    for (const WorkflowProblem& problem : problems)
        list.append(problem.code + QLatin1Char(':') + problem.subject);
    return list;
}

} // namespace

TEST(Workflow, ValidFlowHasNoProblems)
{
    EXPECT_TRUE(validateWorkflow(simpleFlow()).isEmpty()) << codes(validateWorkflow(simpleFlow())).join(' ').toStdString();
}

TEST(Workflow, RoundTripsThroughCbor)
{
    WorkflowDefinition flow = simpleFlow();
    flow.version = 3;
    flow.states[1].x = 120.5;
    flow.states[1].y = -40;
    flow.states[1].category = QStringLiteral("waiting");
    flow.transitions[0].requiredFields = {QStringLiteral("technician_id")};
    flow.transitions[0].effects = {WorkflowEffect{QStringLiteral("notify"), QStringLiteral("technician")}};
    const WorkflowDefinition back = WorkflowDefinition::fromCbor(flow.toCbor());
    EXPECT_EQ(back.serviceType, u"repair");
    EXPECT_EQ(back.version, 3);
    ASSERT_EQ(back.states.size(), 3);
    EXPECT_EQ(back.states[0].kind, WorkflowStateKind::Start);
    EXPECT_EQ(back.states[2].kind, WorkflowStateKind::End);
    EXPECT_DOUBLE_EQ(back.states[1].x, 120.5);
    EXPECT_DOUBLE_EQ(back.states[1].y, -40);
    EXPECT_EQ(back.states[1].effectiveCategory(), u"waiting");
    EXPECT_EQ(back.states[0].effectiveCategory(), u"new");
    ASSERT_EQ(back.transitions.size(), 2);
    EXPECT_EQ(back.transitions[0].requiredFields, QStringList{QStringLiteral("technician_id")});
    ASSERT_EQ(back.transitions[0].effects.size(), 1);
    EXPECT_EQ(back.transitions[0].effects[0].param, u"technician");
    EXPECT_EQ(back.startState(), u"created");
    EXPECT_EQ(back.transitionsFrom(QStringLiteral("working")).size(), 1);
}

TEST(Workflow, RefusesNoStartAndNoEnd)
{
    WorkflowDefinition flow = simpleFlow();
    flow.states[0].kind = WorkflowStateKind::Normal;
    flow.states[2].kind = WorkflowStateKind::Normal;
    const QStringList problems = codes(validateWorkflow(flow));
    EXPECT_TRUE(problems.contains(QStringLiteral("no_start:")));
    EXPECT_TRUE(problems.contains(QStringLiteral("no_end:")));
}

TEST(Workflow, RefusesSeveralStarts)
{
    WorkflowDefinition flow = simpleFlow();
    flow.states[1].kind = WorkflowStateKind::Start;
    EXPECT_TRUE(codes(validateWorkflow(flow)).contains(QStringLiteral("several_starts:created,working")));
}

TEST(Workflow, RefusesUnreachableAndDeadEndStates)
{
    WorkflowDefinition flow = simpleFlow();
    flow.states.append(makeState("orphan"));
    flow.states.append(makeState("trap"));
    flow.transitions.append(makeTransition("fall", "working", "trap"));
    const QStringList problems = codes(validateWorkflow(flow));
    EXPECT_TRUE(problems.contains(QStringLiteral("unreachable_state:orphan")));
    EXPECT_TRUE(problems.contains(QStringLiteral("no_way_to_end:orphan")));
    EXPECT_TRUE(problems.contains(QStringLiteral("no_way_to_end:trap")));
    EXPECT_FALSE(problems.contains(QStringLiteral("unreachable_state:trap")));
}

TEST(Workflow, RefusesUnknownStatesDuplicatesAndVocabulary)
{
    WorkflowDefinition flow = simpleFlow();
    flow.states.append(makeState("working"));
    flow.transitions.append(makeTransition("start", "created", "nowhere"));
    WorkflowTransition odd = makeTransition("odd", "working", "closed");
    odd.roles = {QStringLiteral("janitor")};
    odd.requiredFields = {QStringLiteral("shoe_size")};
    odd.effects = {WorkflowEffect{QStringLiteral("explode"), QString()}};
    flow.transitions.append(odd);
    WorkflowTransition nobody = makeTransition("nobody", "working", "closed");
    nobody.roles.clear();
    flow.transitions.append(nobody);
    const QStringList problems = codes(validateWorkflow(flow));
    EXPECT_TRUE(problems.contains(QStringLiteral("duplicate_state:working")));
    EXPECT_TRUE(problems.contains(QStringLiteral("duplicate_transition:start")));
    EXPECT_TRUE(problems.contains(QStringLiteral("unknown_state:start")));
    EXPECT_TRUE(problems.contains(QStringLiteral("unknown_role:odd")));
    EXPECT_TRUE(problems.contains(QStringLiteral("unknown_field:odd")));
    EXPECT_TRUE(problems.contains(QStringLiteral("unknown_effect:odd")));
    EXPECT_TRUE(problems.contains(QStringLiteral("no_roles:nobody")));
}

TEST(Workflow, RefusesBadCodesServiceTypeAndCategory)
{
    WorkflowDefinition flow = simpleFlow();
    flow.serviceType = QStringLiteral("teleport");
    flow.states[1].code = QStringLiteral("Working Hard");
    flow.transitions[0].to = flow.states[1].code;
    flow.transitions[1].from = flow.states[1].code;
    flow.states[2].category = QStringLiteral("finished");
    const QStringList problems = codes(validateWorkflow(flow));
    EXPECT_TRUE(problems.contains(QStringLiteral("unknown_service_type:teleport")));
    EXPECT_TRUE(problems.contains(QStringLiteral("bad_code:Working Hard")));
    EXPECT_TRUE(problems.contains(QStringLiteral("unknown_category:closed")));
}

TEST(Workflow, ProblemMessagesNameTheSubject)
{
    WorkflowDefinition flow = simpleFlow();
    flow.states.append(makeState("orphan"));
    for (const WorkflowProblem& problem : validateWorkflow(flow))
        EXPECT_TRUE(problem.message.contains(QStringLiteral("'orphan'"))) << problem.message.toStdString();
}

} // namespace csm::common

namespace csm::common {

TEST(Workflow, CategoriesFollowTheFixedSpine)
{
    WorkflowDefinition flow = simpleFlow();
    flow.states[0].category = QStringLiteral("active");   // a start state is new
    flow.states[1].category = QStringLiteral("closed");   // only end states are closed
    flow.states[2].category = QStringLiteral("resolved"); // an end state is closed
    const QStringList problems = codes(validateWorkflow(flow));
    EXPECT_TRUE(problems.contains(QStringLiteral("bad_category:created")));
    EXPECT_TRUE(problems.contains(QStringLiteral("bad_category:working")));
    EXPECT_TRUE(problems.contains(QStringLiteral("bad_category:closed")));
    flow = simpleFlow();
    flow.states[1].category = QStringLiteral("waiting");
    EXPECT_TRUE(validateWorkflow(flow).isEmpty());
}

TEST(Workflow, OptionalFieldsAreCheckedAndKeptOnTheWire)
{
    WorkflowDefinition flow = simpleFlow();
    flow.transitions[0].optionalFields = {QStringLiteral("note"), QStringLiteral("colour")};
    EXPECT_TRUE(codes(validateWorkflow(flow)).contains(QStringLiteral("unknown_field:start")));
    flow.transitions[0].optionalFields = {QStringLiteral("note")};
    EXPECT_TRUE(validateWorkflow(flow).isEmpty());
    const WorkflowDefinition back = WorkflowDefinition::fromCbor(flow.toCbor());
    EXPECT_EQ(back.transitions[0].optionalFields, QStringList{QStringLiteral("note")});
}

} // namespace csm::common
