#include "client/core/ticket_text.h"

namespace csm::client {

QString TicketText::serviceTypeName(const QString& code)
{
    if (code == QLatin1String("repair")) return tr("Repair");
    if (code == QLatin1String("delivery")) return tr("Delivery");
    if (code == QLatin1String("installation")) return tr("Installation");
    if (code == QLatin1String("maintenance")) return tr("Maintenance");
    if (code == QLatin1String("replacement")) return tr("Replacement");
    if (code == QLatin1String("return")) return tr("Return");
    if (code == QLatin1String("consultation")) return tr("Consultation");
    if (code == QLatin1String("complaint")) return tr("Complaint");
    if (code == QLatin1String("suggestion")) return tr("Suggestion");
    if (code == QLatin1String("praise")) return tr("Praise");
    return code;
}

QString TicketText::severityName(const QString& code)
{
    if (code == QLatin1String("major")) return tr("Major");
    if (code == QLatin1String("general")) return tr("General");
    return code;
}

QString TicketText::categoryName(const QString& category)
{
    if (category == QLatin1String("open")) return tr("Open (not closed)");
    if (category == QLatin1String("new")) return tr("New");
    if (category == QLatin1String("active")) return tr("In progress");
    if (category == QLatin1String("waiting")) return tr("Waiting");
    if (category == QLatin1String("resolved")) return tr("Resolved");
    if (category == QLatin1String("closed")) return tr("Closed");
    return category;
}

QStringList TicketText::filterCategories()
{
    return {QStringLiteral("open"), QStringLiteral("new"), QStringLiteral("active"), QStringLiteral("waiting"),
            QStringLiteral("resolved"), QStringLiteral("closed")};
}

QString TicketText::fieldLabel(const QString& field)
{
    if (field == QLatin1String("assigned_org_unit_id")) return tr("Service point");
    if (field == QLatin1String("technician_id")) return tr("Technician");
    if (field == QLatin1String("appointment_start")) return tr("Appointment from");
    if (field == QLatin1String("appointment_end")) return tr("Appointment until");
    if (field == QLatin1String("diagnosis")) return tr("Diagnosis");
    if (field == QLatin1String("resolution")) return tr("Resolution");
    if (field == QLatin1String("fault_code")) return tr("Fault code");
    if (field == QLatin1String("shipping_out_no")) return tr("Waybill to the depot");
    if (field == QLatin1String("shipping_back_no")) return tr("Waybill back");
    if (field == QLatin1String("replacement_serial")) return tr("Replacement serial number");
    if (field == QLatin1String("visit_result")) return tr("Follow-up visit result");
    if (field == QLatin1String("reject_reason")) return tr("Reason for rejecting");
    if (field == QLatin1String("cancel_reason")) return tr("Reason for cancelling");
    if (field == QLatin1String("note")) return tr("Note");
    if (field == QLatin1String("description")) return tr("Description");
    if (field == QLatin1String("customer_product_id")) return tr("Product");
    if (field == QLatin1String("service_type")) return tr("Service type");
    if (field == QLatin1String("severity")) return tr("Severity");
    if (field == QLatin1String("channel")) return tr("Channel");
    return field;
}

QString TicketText::effectName(const QString& type)
{
    if (type == QLatin1String("notify")) return tr("Notification");
    if (type == QLatin1String("sla_start")) return tr("SLA clock started");
    if (type == QLatin1String("sla_stop")) return tr("SLA clock stopped");
    if (type == QLatin1String("sla_pause")) return tr("SLA clock paused");
    if (type == QLatin1String("sla_resume")) return tr("SLA clock resumed");
    if (type == QLatin1String("survey")) return tr("Follow-up survey queued");
    if (type == QLatin1String("escalate")) return tr("Escalated to the upper center");
    if (type == QLatin1String("deescalate")) return tr("Returned to the service point");
    return type;
}

QString TicketText::effectParamName(const QString& type, const QString& param)
{
    if (type == QLatin1String("notify")) {
        if (param == QLatin1String("service_point")) return tr("to the service point");
        if (param == QLatin1String("technician")) return tr("to the technician");
        if (param == QLatin1String("customer")) return tr("to the customer");
        if (param == QLatin1String("owner")) return tr("to the order's owner");
        if (param == QLatin1String("supervisor")) return tr("to the supervisor");
    } else if (type.startsWith(QLatin1String("sla_"))) {
        if (param == QLatin1String("response")) return tr("response");
        if (param == QLatin1String("on_site")) return tr("on site");
        if (param == QLatin1String("completion")) return tr("completion");
        if (param == QLatin1String("customer")) return tr("waiting for the customer");
        if (param == QLatin1String("parts")) return tr("waiting for parts");
    }
    return param;
}

QStringList TicketText::fieldOrder()
{
    return {QStringLiteral("service_type"), QStringLiteral("severity"), QStringLiteral("channel"),
            QStringLiteral("description"), QStringLiteral("assigned_org_unit_id"), QStringLiteral("technician_id"),
            QStringLiteral("appointment_start"), QStringLiteral("appointment_end"), QStringLiteral("diagnosis"),
            QStringLiteral("fault_code"), QStringLiteral("resolution"), QStringLiteral("shipping_out_no"),
            QStringLiteral("shipping_back_no"), QStringLiteral("replacement_serial"), QStringLiteral("visit_result"),
            QStringLiteral("reject_reason"), QStringLiteral("cancel_reason"), QStringLiteral("note")};
}

QString TicketText::eventKindName(const QString& kind)
{
    if (kind == QLatin1String("created")) return tr("Created");
    if (kind == QLatin1String("assigned")) return tr("Routed");
    if (kind == QLatin1String("transition")) return tr("Action");
    if (kind == QLatin1String("effect")) return tr("Effect");
    return kind;
}

} // namespace csm::client
