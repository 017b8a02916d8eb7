#pragma once
// The workflow definition of a service type as both sides see it: the server runs it, the
// graphical editor of the client draws and edits it. Flows are data (states, transitions, who
// may take them, which fields they need, what they cause); code only reasons about the fixed
// spine of state kinds (start, normal, end) and categories (new, active, waiting, resolved,
// closed). Keep the wire shape stable: the editor is built on it.
//
// Wire shape (CBOR map):
//   {service_type, version, name,
//    states: [{code, name, kind: "start"|"normal"|"end", category, x, y}],
//    transitions: [{code, from, to, name, roles: [role code], required_fields: [field name],
//                   optional_fields: [field name], effects: [{type, param}]}]}
#include <QCborMap>
#include <QList>
#include <QString>
#include <QStringList>

namespace csm::common {

enum class WorkflowStateKind { Start, Normal, End };
QString workflowStateKindCode(WorkflowStateKind kind);
// Unknown codes give nullopt-like false through `ok`.
WorkflowStateKind workflowStateKindFromCode(const QString& code, bool* ok = nullptr);

struct WorkflowState {
    QString code;            // [a-z][a-z0-9_]*, unique in the flow
    QString name;            // display name (data, shown as is)
    WorkflowStateKind kind = WorkflowStateKind::Normal;
    // The fixed spine the server reasons about: "new", "active", "waiting", "resolved"
    // (the work is done: completion deadline met, counts for repeat repair) or "closed".
    // Empty means: derived from the kind (start → new, end → closed, normal → active).
    QString category;
    double x = 0;            // position in the graphical editor
    double y = 0;

    QString effectiveCategory() const;
    QCborMap toCbor() const;
    static WorkflowState fromCbor(const QCborMap& map);
};

struct WorkflowEffect {
    // notify (param: recipient — service_point, technician, customer, owner, supervisor),
    // sla_start (param: clock, default all), sla_pause (param: reason), sla_resume,
    // sla_stop (param: response | on_site | completion), survey (param: questionnaire or empty),
    // escalate (param: empty = the parent of the assigned unit), deescalate (back to the unit
    // the order was escalated from).
    QString type;
    QString param;

    QCborMap toCbor() const;
    static WorkflowEffect fromCbor(const QCborMap& map);
    friend bool operator==(const WorkflowEffect&, const WorkflowEffect&) = default;
};

struct WorkflowTransition {
    QString code;            // unique in the flow
    QString from;            // state codes
    QString to;
    QString name;            // display name (data)
    QStringList roles;       // role codes that may take it (see workflowRoleCodes())
    QStringList requiredFields;   // ticket fields that must be set (see workflowFieldNames())
    QStringList optionalFields;   // further fields the transition may set
    QList<WorkflowEffect> effects;

    QCborMap toCbor() const;
    static WorkflowTransition fromCbor(const QCborMap& map);
};

struct WorkflowDefinition {
    QString serviceType;     // see service_type.h
    int version = 0;         // assigned by the server on save (0 in a new draft)
    QString name;
    QList<WorkflowState> states;
    QList<WorkflowTransition> transitions;

    const WorkflowState* state(const QString& code) const;
    const WorkflowTransition* transition(const QString& code) const;
    QList<const WorkflowTransition*> transitionsFrom(const QString& stateCode) const;
    // The code of the (first) start state, empty when there is none.
    QString startState() const;

    QCborMap toCbor() const;
    static WorkflowDefinition fromCbor(const QCborMap& map);
};

struct WorkflowProblem {
    // Stable codes: no_start, several_starts, no_end, unreachable_state, no_way_to_end,
    // unknown_state, duplicate_state, duplicate_transition, bad_code, unknown_kind,
    // unknown_category, bad_category, unknown_role, no_roles, unknown_field, unknown_effect,
    // unknown_service_type, missing_name.
    QString code;
    QString subject;         // the state / transition code concerned (may be empty)
    QString message;         // English, names the subject

    QCborMap toCbor() const;
};

// Every problem of a definition; empty when it can be saved.
QList<WorkflowProblem> validateWorkflow(const WorkflowDefinition& definition);

// The vocabularies a definition may use.
const QStringList& workflowRoleCodes();
const QStringList& workflowFieldNames();
const QStringList& workflowEffectTypes();
const QStringList& workflowStateCategories();

} // namespace csm::common
