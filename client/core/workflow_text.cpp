#include "client/core/workflow_text.h"

namespace csm::client {

QString WorkflowText::serviceTypeName(const QString& serviceType)
{
    if (serviceType == QLatin1String("repair")) return tr("Repair");
    if (serviceType == QLatin1String("delivery")) return tr("Delivery");
    if (serviceType == QLatin1String("installation")) return tr("Installation");
    if (serviceType == QLatin1String("maintenance")) return tr("Maintenance");
    if (serviceType == QLatin1String("replacement")) return tr("Replacement");
    if (serviceType == QLatin1String("return")) return tr("Return");
    if (serviceType == QLatin1String("consultation")) return tr("Consultation");
    if (serviceType == QLatin1String("complaint")) return tr("Complaint");
    if (serviceType == QLatin1String("suggestion")) return tr("Suggestion");
    if (serviceType == QLatin1String("praise")) return tr("Praise");
    return serviceType;
}

QString WorkflowText::kindName(common::WorkflowStateKind kind)
{
    switch (kind) {
    case common::WorkflowStateKind::Start: return tr("Start");
    case common::WorkflowStateKind::End: return tr("End");
    case common::WorkflowStateKind::Normal: break;
    }
    return tr("Normal");
}

QString WorkflowText::categoryName(const QString& category)
{
    if (category == QLatin1String("new")) return tr("New");
    if (category == QLatin1String("active")) return tr("Active");
    if (category == QLatin1String("waiting")) return tr("Waiting");
    if (category == QLatin1String("resolved")) return tr("Resolved");
    if (category == QLatin1String("closed")) return tr("Closed");
    return category;
}

QString WorkflowText::fieldName(const QString& field)
{
    if (field == QLatin1String("assigned_org_unit_id")) return tr("Service point");
    if (field == QLatin1String("technician_id")) return tr("Technician");
    if (field == QLatin1String("appointment_start")) return tr("Appointment from");
    if (field == QLatin1String("appointment_end")) return tr("Appointment until");
    if (field == QLatin1String("resolution")) return tr("Resolution");
    if (field == QLatin1String("fault_code")) return tr("Fault code");
    if (field == QLatin1String("diagnosis")) return tr("Diagnosis");
    if (field == QLatin1String("reject_reason")) return tr("Reason for rejecting");
    if (field == QLatin1String("cancel_reason")) return tr("Reason for cancelling");
    if (field == QLatin1String("note")) return tr("Note");
    if (field == QLatin1String("shipping_out_no")) return tr("Shipping number (to the center)");
    if (field == QLatin1String("shipping_back_no")) return tr("Shipping number (back)");
    if (field == QLatin1String("replacement_serial")) return tr("Serial of the replacement");
    if (field == QLatin1String("visit_result")) return tr("Result of the return visit");
    return field;
}

QString WorkflowText::effectName(const QString& effect)
{
    if (effect == QLatin1String("notify")) return tr("Notify");
    if (effect == QLatin1String("sla_start")) return tr("Start SLA clock");
    if (effect == QLatin1String("sla_pause")) return tr("Pause SLA clock");
    if (effect == QLatin1String("sla_resume")) return tr("Resume SLA clock");
    if (effect == QLatin1String("sla_stop")) return tr("Stop SLA clock");
    if (effect == QLatin1String("survey")) return tr("Satisfaction survey");
    if (effect == QLatin1String("escalate")) return tr("Escalate to the upper center");
    if (effect == QLatin1String("deescalate")) return tr("Return to the escalating unit");
    return effect;
}

QString WorkflowText::effectParamHint(const QString& effect)
{
    if (effect == QLatin1String("notify"))
        return tr("Whom: service_point, technician, customer, owner or supervisor");
    if (effect == QLatin1String("sla_start") || effect == QLatin1String("sla_stop"))
        return tr("Clock: response, on_site, completion (empty: all)");
    if (effect == QLatin1String("sla_pause"))
        return tr("Reason of the pause");
    if (effect == QLatin1String("survey"))
        return tr("Questionnaire (empty: the default)");
    return tr("No parameter");
}

QString WorkflowText::problemText(const common::WorkflowProblem& problem)
{
    const QString& subject = problem.subject;
    const QString& code = problem.code;
    if (code == QLatin1String("no_start")) return tr("The workflow has no start state.");
    if (code == QLatin1String("several_starts")) return tr("The workflow has more than one start state: %1.").arg(subject);
    if (code == QLatin1String("no_end")) return tr("The workflow has no end state.");
    if (code == QLatin1String("unreachable_state")) return tr("State '%1' cannot be reached from the start state.").arg(subject);
    if (code == QLatin1String("no_way_to_end")) return tr("State '%1' cannot reach an end state.").arg(subject);
    if (code == QLatin1String("unknown_state")) return tr("Transition '%1' connects a state that does not exist.").arg(subject);
    if (code == QLatin1String("duplicate_state")) return tr("State code '%1' is used twice.").arg(subject);
    if (code == QLatin1String("duplicate_transition")) return tr("Transition code '%1' is used twice.").arg(subject);
    if (code == QLatin1String("bad_code"))
        return tr("Code '%1' must start with a lower-case letter and have only a-z, 0-9 and _ (at most 40).").arg(subject);
    if (code == QLatin1String("unknown_category") || code == QLatin1String("unknown_kind"))
        return tr("State '%1' has an unknown kind or category.").arg(subject);
    if (code == QLatin1String("bad_category"))
        return tr("State '%1': the start state must be 'New', end states and only they 'Closed'.").arg(subject);
    if (code == QLatin1String("unknown_role")) return tr("Transition '%1' names an unknown role.").arg(subject);
    if (code == QLatin1String("no_roles")) return tr("Transition '%1': choose at least one role that may take it.").arg(subject);
    if (code == QLatin1String("unknown_field")) return tr("Transition '%1' names an unknown field.").arg(subject);
    if (code == QLatin1String("unknown_effect")) return tr("Transition '%1' has an unknown effect.").arg(subject);
    if (code == QLatin1String("unknown_service_type")) return tr("Unknown service type '%1'.").arg(subject);
    if (code == QLatin1String("missing_name"))
        return subject.isEmpty() ? tr("The workflow needs a name.") : tr("'%1' needs a name.").arg(subject);
    return problem.message;
}

QString WorkflowText::categoryColor(const QString& category)
{
    if (category == QLatin1String("new")) return QStringLiteral("#cfe3fb");
    if (category == QLatin1String("active")) return QStringLiteral("#d6f0d2");
    if (category == QLatin1String("waiting")) return QStringLiteral("#fbe7c0");
    if (category == QLatin1String("resolved")) return QStringLiteral("#c9ece6");
    if (category == QLatin1String("closed")) return QStringLiteral("#dedede");
    return QStringLiteral("#f4f4f4");
}

} // namespace csm::client
