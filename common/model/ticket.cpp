#include "common/model/ticket.h"

namespace csm::common {
namespace {
QString str(const QCborMap& map, const char* key)
{
    return map.value(QLatin1String(key)).toString();
}

qint64 integer(const QCborMap& map, const char* key)
{
    return map.value(QLatin1String(key)).toInteger();
}

QCborValue time(const QDateTime& value)
{
    return value.isValid() ? QCborValue(value.toUTC().toString(Qt::ISODateWithMs)) : QCborValue(QCborValue::Null);
}

QDateTime timeOf(const QCborMap& map, const char* key)
{
    const QString text = str(map, key);
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QCborValue idOrNull(qint64 id)
{
    return id != 0 ? QCborValue(id) : QCborValue(QCborValue::Null);
}
} // namespace

const QStringList& ticketChannelCodes()
{
    static const QStringList codes{QStringLiteral("phone_in"), QStringLiteral("phone_out"), QStringLiteral("fax"),
                                   QStringLiteral("email"),    QStringLiteral("web"),       QStringLiteral("letter"),
                                   QStringLiteral("walk_in"),  QStringLiteral("sms")};
    return codes;
}

QCborMap Ticket::toCbor() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), id);
    map.insert(QStringLiteral("number"), number);
    map.insert(QStringLiteral("version"), version);
    map.insert(QStringLiteral("service_type"), serviceType);
    map.insert(QStringLiteral("severity"), severity);
    map.insert(QStringLiteral("channel"), channel);
    map.insert(QStringLiteral("customer_id"), customerId);
    map.insert(QStringLiteral("customer_name"), customerName);
    map.insert(QStringLiteral("customer_phone"), customerPhone);
    map.insert(QStringLiteral("customer_address"), customerAddress);
    map.insert(QStringLiteral("customer_product_id"), idOrNull(customerProductId));
    map.insert(QStringLiteral("product_model_code"), productModelCode);
    map.insert(QStringLiteral("product_model_name"), productModelName);
    map.insert(QStringLiteral("product_serial"), productSerial);
    map.insert(QStringLiteral("region_code"), regionCode);
    map.insert(QStringLiteral("description"), description);
    map.insert(QStringLiteral("fault_code"), faultCode);
    map.insert(QStringLiteral("diagnosis"), diagnosis);
    map.insert(QStringLiteral("resolution"), resolution);
    map.insert(QStringLiteral("shipping_out_no"), shippingOutNo);
    map.insert(QStringLiteral("shipping_back_no"), shippingBackNo);
    map.insert(QStringLiteral("replacement_serial"), replacementSerial);
    map.insert(QStringLiteral("visit_result"), visitResult);
    map.insert(QStringLiteral("appointment_start"), time(appointmentStart));
    map.insert(QStringLiteral("appointment_end"), time(appointmentEnd));
    map.insert(QStringLiteral("assigned_org_unit_id"), idOrNull(assignedOrgUnitId));
    map.insert(QStringLiteral("assigned_org_unit_name"), assignedOrgUnitName);
    map.insert(QStringLiteral("escalated_from_org_unit_id"), idOrNull(escalatedFromOrgUnitId));
    map.insert(QStringLiteral("escalated_from_org_unit_name"), escalatedFromOrgUnitName);
    map.insert(QStringLiteral("technician_id"), idOrNull(technicianId));
    map.insert(QStringLiteral("technician_name"), technicianName);
    map.insert(QStringLiteral("owner_id"), ownerId);
    map.insert(QStringLiteral("owner_name"), ownerName);
    map.insert(QStringLiteral("created_org_unit_id"), createdOrgUnitId);
    map.insert(QStringLiteral("created_org_unit_name"), createdOrgUnitName);
    map.insert(QStringLiteral("workflow_id"), workflowId);
    map.insert(QStringLiteral("workflow_version"), workflowVersion);
    map.insert(QStringLiteral("state"), state);
    map.insert(QStringLiteral("state_name"), stateName);
    map.insert(QStringLiteral("state_category"), stateCategory);
    map.insert(QStringLiteral("created_at"), time(createdAt));
    map.insert(QStringLiteral("updated_at"), time(updatedAt));
    map.insert(QStringLiteral("resolved_at"), time(resolvedAt));
    map.insert(QStringLiteral("closed_at"), time(closedAt));
    map.insert(QStringLiteral("response_due_at"), time(responseDueAt));
    map.insert(QStringLiteral("on_site_due_at"), time(onSiteDueAt));
    map.insert(QStringLiteral("completion_due_at"), time(completionDueAt));
    map.insert(QStringLiteral("response_stopped_at"), time(responseStoppedAt));
    map.insert(QStringLiteral("on_site_stopped_at"), time(onSiteStoppedAt));
    map.insert(QStringLiteral("completion_stopped_at"), time(completionStoppedAt));
    map.insert(QStringLiteral("response_breached_at"), time(responseBreachedAt));
    map.insert(QStringLiteral("on_site_breached_at"), time(onSiteBreachedAt));
    map.insert(QStringLiteral("completion_breached_at"), time(completionBreachedAt));
    map.insert(QStringLiteral("sla_paused_since"), time(slaPausedSince));
    map.insert(QStringLiteral("sla_state"), slaState);
    map.insert(QStringLiteral("repeat_of_ticket_id"), idOrNull(repeatOfTicketId));
    map.insert(QStringLiteral("repeat_of_number"), repeatOfNumber);
    return map;
}

Ticket Ticket::fromCbor(const QCborMap& map)
{
    Ticket t;
    t.id = integer(map, "id");
    t.number = str(map, "number");
    t.version = int(integer(map, "version"));
    t.serviceType = str(map, "service_type");
    t.severity = str(map, "severity");
    t.channel = str(map, "channel");
    t.customerId = integer(map, "customer_id");
    t.customerName = str(map, "customer_name");
    t.customerPhone = str(map, "customer_phone");
    t.customerAddress = str(map, "customer_address");
    t.customerProductId = integer(map, "customer_product_id");
    t.productModelCode = str(map, "product_model_code");
    t.productModelName = str(map, "product_model_name");
    t.productSerial = str(map, "product_serial");
    t.regionCode = str(map, "region_code");
    t.description = str(map, "description");
    t.faultCode = str(map, "fault_code");
    t.diagnosis = str(map, "diagnosis");
    t.resolution = str(map, "resolution");
    t.shippingOutNo = str(map, "shipping_out_no");
    t.shippingBackNo = str(map, "shipping_back_no");
    t.replacementSerial = str(map, "replacement_serial");
    t.visitResult = str(map, "visit_result");
    t.appointmentStart = timeOf(map, "appointment_start");
    t.appointmentEnd = timeOf(map, "appointment_end");
    t.assignedOrgUnitId = integer(map, "assigned_org_unit_id");
    t.assignedOrgUnitName = str(map, "assigned_org_unit_name");
    t.escalatedFromOrgUnitId = integer(map, "escalated_from_org_unit_id");
    t.escalatedFromOrgUnitName = str(map, "escalated_from_org_unit_name");
    t.technicianId = integer(map, "technician_id");
    t.technicianName = str(map, "technician_name");
    t.ownerId = integer(map, "owner_id");
    t.ownerName = str(map, "owner_name");
    t.createdOrgUnitId = integer(map, "created_org_unit_id");
    t.createdOrgUnitName = str(map, "created_org_unit_name");
    t.workflowId = integer(map, "workflow_id");
    t.workflowVersion = int(integer(map, "workflow_version"));
    t.state = str(map, "state");
    t.stateName = str(map, "state_name");
    t.stateCategory = str(map, "state_category");
    t.createdAt = timeOf(map, "created_at");
    t.updatedAt = timeOf(map, "updated_at");
    t.resolvedAt = timeOf(map, "resolved_at");
    t.closedAt = timeOf(map, "closed_at");
    t.responseDueAt = timeOf(map, "response_due_at");
    t.onSiteDueAt = timeOf(map, "on_site_due_at");
    t.completionDueAt = timeOf(map, "completion_due_at");
    t.responseStoppedAt = timeOf(map, "response_stopped_at");
    t.onSiteStoppedAt = timeOf(map, "on_site_stopped_at");
    t.completionStoppedAt = timeOf(map, "completion_stopped_at");
    t.responseBreachedAt = timeOf(map, "response_breached_at");
    t.onSiteBreachedAt = timeOf(map, "on_site_breached_at");
    t.completionBreachedAt = timeOf(map, "completion_breached_at");
    t.slaPausedSince = timeOf(map, "sla_paused_since");
    t.slaState = str(map, "sla_state");
    t.repeatOfTicketId = integer(map, "repeat_of_ticket_id");
    t.repeatOfNumber = str(map, "repeat_of_number");
    return t;
}

QCborMap TicketEvent::toCbor() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), id);
    map.insert(QStringLiteral("ticket_id"), ticketId);
    map.insert(QStringLiteral("at"), time(at));
    map.insert(QStringLiteral("user_id"), idOrNull(userId));
    map.insert(QStringLiteral("user_name"), userName);
    map.insert(QStringLiteral("kind"), kind);
    map.insert(QStringLiteral("transition"), transition);
    map.insert(QStringLiteral("transition_name"), transitionName);
    map.insert(QStringLiteral("from_state"), fromState);
    map.insert(QStringLiteral("from_state_name"), fromStateName);
    map.insert(QStringLiteral("to_state"), toState);
    map.insert(QStringLiteral("to_state_name"), toStateName);
    map.insert(QStringLiteral("fields"), fields);
    map.insert(QStringLiteral("effect_type"), effectType);
    map.insert(QStringLiteral("effect_param"), effectParam);
    map.insert(QStringLiteral("detail"), detail);
    return map;
}

TicketEvent TicketEvent::fromCbor(const QCborMap& map)
{
    TicketEvent e;
    e.id = integer(map, "id");
    e.ticketId = integer(map, "ticket_id");
    e.at = timeOf(map, "at");
    e.userId = integer(map, "user_id");
    e.userName = str(map, "user_name");
    e.kind = str(map, "kind");
    e.transition = str(map, "transition");
    e.transitionName = str(map, "transition_name");
    e.fromState = str(map, "from_state");
    e.fromStateName = str(map, "from_state_name");
    e.toState = str(map, "to_state");
    e.toStateName = str(map, "to_state_name");
    e.fields = map.value(QStringLiteral("fields")).toMap();
    e.effectType = str(map, "effect_type");
    e.effectParam = str(map, "effect_param");
    e.detail = map.value(QStringLiteral("detail")).toMap();
    return e;
}

} // namespace csm::common
