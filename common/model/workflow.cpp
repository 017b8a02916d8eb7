#include "common/model/workflow.h"

#include "common/model/service_type.h"

#include <QCborArray>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace csm::common {
namespace {
QString str(const QCborMap& map, const char* key)
{
    return map.value(QLatin1String(key)).toString();
}

QStringList strings(const QCborMap& map, const char* key)
{
    QStringList list;
    for (const QCborValue& value : map.value(QLatin1String(key)).toArray())
        list.append(value.toString());
    return list;
}

bool isCode(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    return pattern.match(code).hasMatch();
}

// States reached from `from` following the edges (forward or, with `reverse`, backward).
QSet<QString> reach(const QString& from, const QList<WorkflowTransition>& transitions, bool reverse)
{
    QSet<QString> seen{from};
    QList<QString> queue{from};
    while (!queue.isEmpty()) {
        const QString current = queue.takeFirst();
        for (const WorkflowTransition& transition : transitions) {
            const QString& source = reverse ? transition.to : transition.from;
            const QString& target = reverse ? transition.from : transition.to;
            if (source == current && !seen.contains(target)) {
                seen.insert(target);
                queue.append(target);
            }
        }
    }
    return seen;
}
} // namespace

QString workflowStateKindCode(WorkflowStateKind kind)
{
    switch (kind) {
    case WorkflowStateKind::Start: return QStringLiteral("start");
    case WorkflowStateKind::End: return QStringLiteral("end");
    case WorkflowStateKind::Normal: break;
    }
    return QStringLiteral("normal");
}

WorkflowStateKind workflowStateKindFromCode(const QString& code, bool* ok)
{
    if (ok)
        *ok = true;
    if (code == QLatin1String("start"))
        return WorkflowStateKind::Start;
    if (code == QLatin1String("end"))
        return WorkflowStateKind::End;
    if (ok && code != QLatin1String("normal"))
        *ok = false;
    return WorkflowStateKind::Normal;
}

QString WorkflowState::effectiveCategory() const
{
    if (!category.isEmpty())
        return category;
    switch (kind) {
    case WorkflowStateKind::Start: return QStringLiteral("new");
    case WorkflowStateKind::End: return QStringLiteral("closed");
    case WorkflowStateKind::Normal: break;
    }
    return QStringLiteral("active");
}

QCborMap WorkflowState::toCbor() const
{
    QCborMap map;
    map.insert(QStringLiteral("code"), code);
    map.insert(QStringLiteral("name"), name);
    map.insert(QStringLiteral("kind"), workflowStateKindCode(kind));
    map.insert(QStringLiteral("category"), category);
    map.insert(QStringLiteral("x"), x);
    map.insert(QStringLiteral("y"), y);
    return map;
}

WorkflowState WorkflowState::fromCbor(const QCborMap& map)
{
    WorkflowState state;
    state.code = str(map, "code");
    state.name = str(map, "name");
    state.kind = workflowStateKindFromCode(str(map, "kind"));
    state.category = str(map, "category");
    state.x = map.value(QStringLiteral("x")).toDouble();
    state.y = map.value(QStringLiteral("y")).toDouble();
    return state;
}

QCborMap WorkflowEffect::toCbor() const
{
    QCborMap map;
    map.insert(QStringLiteral("type"), type);
    map.insert(QStringLiteral("param"), param);
    return map;
}

WorkflowEffect WorkflowEffect::fromCbor(const QCborMap& map)
{
    return WorkflowEffect{str(map, "type"), str(map, "param")};
}

QCborMap WorkflowTransition::toCbor() const
{
    QCborMap map;
    map.insert(QStringLiteral("code"), code);
    map.insert(QStringLiteral("from"), from);
    map.insert(QStringLiteral("to"), to);
    map.insert(QStringLiteral("name"), name);
    map.insert(QStringLiteral("roles"), QCborArray::fromStringList(roles));
    map.insert(QStringLiteral("required_fields"), QCborArray::fromStringList(requiredFields));
    map.insert(QStringLiteral("optional_fields"), QCborArray::fromStringList(optionalFields));
    QCborArray effectList;
    for (const WorkflowEffect& effect : effects)
        effectList.append(effect.toCbor());
    map.insert(QStringLiteral("effects"), effectList);
    return map;
}

WorkflowTransition WorkflowTransition::fromCbor(const QCborMap& map)
{
    WorkflowTransition transition;
    transition.code = str(map, "code");
    transition.from = str(map, "from");
    transition.to = str(map, "to");
    transition.name = str(map, "name");
    transition.roles = strings(map, "roles");
    transition.requiredFields = strings(map, "required_fields");
    transition.optionalFields = strings(map, "optional_fields");
    for (const QCborValue& effect : map.value(QStringLiteral("effects")).toArray())
        transition.effects.append(WorkflowEffect::fromCbor(effect.toMap()));
    return transition;
}

const WorkflowState* WorkflowDefinition::state(const QString& code) const
{
    for (const WorkflowState& candidate : states)
        if (candidate.code == code)
            return &candidate;
    return nullptr;
}

const WorkflowTransition* WorkflowDefinition::transition(const QString& code) const
{
    for (const WorkflowTransition& candidate : transitions)
        if (candidate.code == code)
            return &candidate;
    return nullptr;
}

QList<const WorkflowTransition*> WorkflowDefinition::transitionsFrom(const QString& stateCode) const
{
    QList<const WorkflowTransition*> list;
    for (const WorkflowTransition& candidate : transitions)
        if (candidate.from == stateCode)
            list.append(&candidate);
    return list;
}

QString WorkflowDefinition::startState() const
{
    for (const WorkflowState& candidate : states)
        if (candidate.kind == WorkflowStateKind::Start)
            return candidate.code;
    return {};
}

QCborMap WorkflowDefinition::toCbor() const
{
    QCborMap map;
    map.insert(QStringLiteral("service_type"), serviceType);
    map.insert(QStringLiteral("version"), version);
    map.insert(QStringLiteral("name"), name);
    QCborArray stateList;
    for (const WorkflowState& state : states)
        stateList.append(state.toCbor());
    map.insert(QStringLiteral("states"), stateList);
    QCborArray transitionList;
    for (const WorkflowTransition& transition : transitions)
        transitionList.append(transition.toCbor());
    map.insert(QStringLiteral("transitions"), transitionList);
    return map;
}

WorkflowDefinition WorkflowDefinition::fromCbor(const QCborMap& map)
{
    WorkflowDefinition definition;
    definition.serviceType = str(map, "service_type");
    definition.version = static_cast<int>(map.value(QStringLiteral("version")).toInteger());
    definition.name = str(map, "name");
    for (const QCborValue& state : map.value(QStringLiteral("states")).toArray())
        definition.states.append(WorkflowState::fromCbor(state.toMap()));
    for (const QCborValue& transition : map.value(QStringLiteral("transitions")).toArray())
        definition.transitions.append(WorkflowTransition::fromCbor(transition.toMap()));
    return definition;
}

QCborMap WorkflowProblem::toCbor() const
{
    QCborMap map;
    map.insert(QStringLiteral("code"), code);
    map.insert(QStringLiteral("subject"), subject);
    map.insert(QStringLiteral("message"), message);
    return map;
}

QList<WorkflowProblem> validateWorkflow(const WorkflowDefinition& definition)
{
    QList<WorkflowProblem> problems;
    auto add = [&](const char* code, const QString& subject, const QString& message) {
        problems.append(WorkflowProblem{QLatin1String(code), subject, message});
    };

    if (!isServiceType(definition.serviceType))
        add("unknown_service_type", definition.serviceType,
            QStringLiteral("unknown service type '%1'").arg(definition.serviceType));
    if (definition.name.trimmed().isEmpty())
        add("missing_name", QString(), QStringLiteral("the workflow needs a name"));

    // States: codes, kinds, categories; exactly one start, at least one end.
    QSet<QString> stateCodes;
    QStringList starts;
    QStringList ends;
    for (const WorkflowState& state : definition.states) {
        if (!isCode(state.code))
            add("bad_code", state.code,
                QStringLiteral("state code '%1' must be lower-case letters, digits and _ (at most 40)").arg(state.code));
        if (stateCodes.contains(state.code))
            add("duplicate_state", state.code, QStringLiteral("state '%1' is defined twice").arg(state.code));
        stateCodes.insert(state.code);
        if (state.name.trimmed().isEmpty())
            add("missing_name", state.code, QStringLiteral("state '%1' needs a name").arg(state.code));
        if (!state.category.isEmpty() && !workflowStateCategories().contains(state.category))
            add("unknown_category", state.code,
                QStringLiteral("state '%1' has an unknown category '%2'").arg(state.code, state.category));
        // The fixed spine: a start state is new, an end state closed, and only end states are closed.
        const QString category = state.effectiveCategory();
        if (workflowStateCategories().contains(category)
            && ((state.kind == WorkflowStateKind::Start && category != QLatin1String("new"))
                || ((state.kind == WorkflowStateKind::End) != (category == QLatin1String("closed")))))
            add("bad_category", state.code,
                QStringLiteral("state '%1' of kind %2 cannot have the category '%3' (start states are new, end"
                               " states and only they are closed)")
                    .arg(state.code, workflowStateKindCode(state.kind), category));
        if (state.kind == WorkflowStateKind::Start)
            starts.append(state.code);
        else if (state.kind == WorkflowStateKind::End)
            ends.append(state.code);
    }
    if (starts.isEmpty())
        add("no_start", QString(), QStringLiteral("the workflow has no start state"));
    else if (starts.size() > 1)
        add("several_starts", starts.join(QLatin1Char(',')),
            QStringLiteral("the workflow has more than one start state: %1").arg(starts.join(QStringLiteral(", "))));
    if (ends.isEmpty())
        add("no_end", QString(), QStringLiteral("the workflow has no end state"));

    // Transitions: codes, known states, roles, fields and effects.
    QSet<QString> transitionCodes;
    QList<WorkflowTransition> validEdges;
    for (const WorkflowTransition& transition : definition.transitions) {
        const QString& code = transition.code;
        if (!isCode(code))
            add("bad_code", code,
                QStringLiteral("transition code '%1' must be lower-case letters, digits and _ (at most 40)").arg(code));
        if (transitionCodes.contains(code))
            add("duplicate_transition", code, QStringLiteral("transition '%1' is defined twice").arg(code));
        transitionCodes.insert(code);
        bool known = true;
        for (const QString& end : {transition.from, transition.to}) {
            if (!stateCodes.contains(end)) {
                add("unknown_state", code, QStringLiteral("transition '%1' names an unknown state '%2'").arg(code, end));
                known = false;
            }
        }
        if (known)
            validEdges.append(transition);
        if (transition.name.trimmed().isEmpty())
            add("missing_name", code, QStringLiteral("transition '%1' needs a name").arg(code));
        if (transition.roles.isEmpty())
            add("no_roles", code, QStringLiteral("transition '%1' names no role that may take it").arg(code));
        for (const QString& role : transition.roles)
            if (!workflowRoleCodes().contains(role))
                add("unknown_role", code, QStringLiteral("transition '%1' names an unknown role '%2'").arg(code, role));
        for (const QString& field : transition.requiredFields + transition.optionalFields)
            if (!workflowFieldNames().contains(field))
                add("unknown_field", code,
                    QStringLiteral("transition '%1' requires an unknown field '%2'").arg(code, field));
        for (const WorkflowEffect& effect : transition.effects)
            if (!workflowEffectTypes().contains(effect.type))
                add("unknown_effect", code,
                    QStringLiteral("transition '%1' has an unknown effect '%2'").arg(code, effect.type));
    }

    // Graph: every state reachable from the start, every state can reach an end.
    if (starts.size() == 1 && !ends.isEmpty()) {
        const QSet<QString> reachable = reach(starts.front(), validEdges, false);
        QSet<QString> reachesEnd;
        for (const QString& end : ends)
            reachesEnd.unite(reach(end, validEdges, true));
        for (const WorkflowState& state : definition.states) {
            if (!reachable.contains(state.code))
                add("unreachable_state", state.code,
                    QStringLiteral("state '%1' cannot be reached from the start state").arg(state.code));
            if (!reachesEnd.contains(state.code))
                add("no_way_to_end", state.code, QStringLiteral("state '%1' cannot reach an end state").arg(state.code));
        }
    }
    return problems;
}

const QStringList& workflowRoleCodes()
{
    static const QStringList codes{
        QStringLiteral("agent"),     QStringLiteral("survey_agent"), QStringLiteral("supervisor"),
        QStringLiteral("service_point"), QStringLiteral("technician"), QStringLiteral("warehouse"),
        QStringLiteral("finance"),   QStringLiteral("manager"),      QStringLiteral("admin"),
        QStringLiteral("knowledge_editor")};
    return codes;
}

const QStringList& workflowFieldNames()
{
    static const QStringList names{
        QStringLiteral("assigned_org_unit_id"), QStringLiteral("technician_id"),
        QStringLiteral("appointment_start"),    QStringLiteral("appointment_end"),
        QStringLiteral("resolution"),           QStringLiteral("fault_code"),
        QStringLiteral("diagnosis"),            QStringLiteral("reject_reason"),
        QStringLiteral("cancel_reason"),        QStringLiteral("note"),
        QStringLiteral("shipping_out_no"),      QStringLiteral("shipping_back_no"),
        QStringLiteral("replacement_serial"),   QStringLiteral("visit_result")};
    return names;
}

const QStringList& workflowEffectTypes()
{
    static const QStringList types{
        QStringLiteral("notify"),    QStringLiteral("sla_start"), QStringLiteral("sla_pause"),
        QStringLiteral("sla_resume"), QStringLiteral("sla_stop"), QStringLiteral("survey"),
        QStringLiteral("escalate"),  QStringLiteral("deescalate")};
    return types;
}

const QStringList& workflowStateCategories()
{
    static const QStringList categories{QStringLiteral("new"), QStringLiteral("active"), QStringLiteral("waiting"),
                                        QStringLiteral("resolved"), QStringLiteral("closed")};
    return categories;
}

} // namespace csm::common
