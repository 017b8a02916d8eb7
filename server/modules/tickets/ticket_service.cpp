#include "server/modules/tickets/ticket_service.h"

#include "common/model/service_type.h"
#include "server/modules/fees/warranty_service.h"
#include "server/modules/notify/ticket_notices.h"
#include "server/modules/cases/case_presenter.h"
#include "server/modules/cases/complaint_service.h"
#include "server/modules/products/fault_code_service.h"
#include "server/modules/tickets/dispatch_repository.h"
#include "server/modules/tickets/sla_service.h"
#include "server/modules/tickets/ticket_fields.h"
#include "server/rpc/api_error.h"

#include <QCborArray>

namespace csm::server::tickets {

using common::WorkflowDefinition;

namespace {
constexpr qint64 kMaxId = std::numeric_limits<qint64>::max();
constexpr int kPageDefault = 50;
constexpr int kPageMax = 200;

QString codeArg(const Args& args, const QString& field, const QStringList& allowed, const QString& fallback)
{
    const QString value = args.stringOr(field, 40, fallback);
    if (!allowed.contains(value))
        throw ApiError::validation(field, QStringLiteral("must be one of: %1").arg(allowed.join(QStringLiteral(", "))));
    return value;
}

// Orders of flows that dispatch to a unit get the covering service point at once (the agent can
// still change it when dispatching); consultations, praise and the like do not.
bool flowDispatches(const WorkflowDefinition& flow)
{
    for (const common::WorkflowTransition& transition : flow.transitions)
        if (transition.requiredFields.contains(QStringLiteral("assigned_org_unit_id")))
            return true;
    return false;
}

qint64 requiredTicketId(const Args& args)
{
    return args.requiredInt(QStringLiteral("id"), 1, kMaxId);
}
} // namespace

QCborMap TicketService::present(pqxx::transaction_base& tx, const Session& session, const TicketRecord& record) const
{
    QCborMap map = record.ticket.toCbor();
    const workflows::WorkflowPtr flow = m_store->get(tx, record.ticket.workflowId);
    map.insert(QStringLiteral("actions"), availableActions(flow->definition, record, session));
    map.insert(QStringLiteral("sla_pauses"),
               record.hasSlaPauses ? SlaService::pauses(tx, record.ticket.id) : QCborArray());
    map.insert(QStringLiteral("warranty_verdict"), fees::WarrantyService::forTicket(tx, record.ticket));
    cases::CasePresenter::addTo(tx, session, record, map);
    return map;
}

QCborMap TicketService::create(pqxx::transaction_base& tx, const Session& session, const Args& args,
                               Pushes& pushes) const
{
    TicketInsert data;
    data.serviceType = codeArg(args, QStringLiteral("service_type"), common::serviceTypeCodes(), QString());
    data.severity = codeArg(args, QStringLiteral("severity"), common::severityCodes(), QStringLiteral("general"));
    data.channel = codeArg(args, QStringLiteral("channel"), common::ticketChannelCodes(), QStringLiteral("phone_in"));
    data.customerId = args.requiredInt(QStringLiteral("customer_id"), 1, kMaxId);
    data.description = args.requiredString(QStringLiteral("description"), common::kTicketDescriptionMax);
    data.faultCode = args.stringOr(QStringLiteral("fault_code"), common::kTicketFaultCodeMax, {});
    data.appointmentStart = optionalTime(args.map(), QStringLiteral("appointment_start"));
    data.appointmentEnd = optionalTime(args.map(), QStringLiteral("appointment_end"));
    checkAppointment(data.appointmentStart, data.appointmentEnd);

    const auto customer = DispatchRepository::customer(tx, data.customerId, session.orgPath);
    if (!customer)
        throw ApiError::notFound(QStringLiteral("customer"));
    data.regionCode = customer->regionCode;
    if (const auto product = args.optionalInt(QStringLiteral("customer_product_id"), 1, kMaxId)) {
        if (!DispatchRepository::productOfCustomer(tx, *product, data.customerId))
            throw ApiError::validation(QStringLiteral("customer_product_id"), QStringLiteral("is not a product of this customer"));
        data.customerProductId = *product;
    }
    products::FaultCodeService::requireValid(tx, data.customerProductId.value_or(0), data.faultCode);
    if (const auto unit = args.optionalInt(QStringLiteral("assigned_org_unit_id"), 1, kMaxId))
        data.assignedOrgUnitId = requireAssignableUnit(tx, session, *unit).id;

    const auto workflowId = workflows::WorkflowRepository::latestId(tx, data.serviceType);
    if (!workflowId)
        throw ApiError::notFound(QStringLiteral("workflow of service type %1").arg(data.serviceType));
    const workflows::WorkflowPtr flow = m_store->get(tx, *workflowId);
    const common::WorkflowState* start = flow->definition.state(flow->definition.startState());
    if (!start)
        throw std::logic_error("workflow without a start state");
    data.workflowId = *workflowId;
    data.state = start->code;
    data.stateCategory = start->effectiveCategory();
    data.ownerId = session.userId;
    data.createdOrgUnitId = session.orgUnitId;

    std::optional<Coverage> coverage;
    if (!data.assignedOrgUnitId && flowDispatches(flow->definition) && !data.regionCode.isEmpty()) {
        coverage = DispatchRepository::covering(tx, data.regionCode);
        if (coverage)
            data.assignedOrgUnitId = coverage->orgUnitId;
    }

    // Last, so that the day's counter row stays locked for as short a time as possible.
    data.number = TicketRepository::nextNumber(tx, kTicketNumberTimeZone);
    const qint64 id = TicketRepository::insert(tx, data);

    TicketEventInsert created;
    created.ticketId = id;
    created.userId = session.userId;
    created.kind = QStringLiteral("created");
    created.toState = data.state;
    QCborMap fields;
    for (const char* key : {"service_type", "severity", "channel", "customer_id", "customer_product_id", "description",
                            "fault_code", "appointment_start", "appointment_end", "assigned_org_unit_id"}) {
        const QCborValue value = args.map().value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull())
            fields.insert(QLatin1String(key), value);
    }
    fields.insert(QStringLiteral("service_type"), data.serviceType);
    fields.insert(QStringLiteral("severity"), data.severity);
    fields.insert(QStringLiteral("channel"), data.channel);
    created.fields = fields;
    created.detail.insert(QStringLiteral("number"), data.number);
    created.detail.insert(QStringLiteral("workflow_version"), flow->definition.version);
    TicketRepository::addEvent(tx, created);
    if (coverage) {
        TicketEventInsert assigned;
        assigned.ticketId = id;
        assigned.kind = QStringLiteral("assigned");
        assigned.fields.insert(QStringLiteral("assigned_org_unit_id"), coverage->orgUnitId);
        assigned.detail.insert(QStringLiteral("source"), QStringLiteral("coverage"));
        assigned.detail.insert(QStringLiteral("region_code"), coverage->regionCode);
        assigned.detail.insert(QStringLiteral("org_unit_name"), coverage->orgUnitName);
        TicketRepository::addEvent(tx, assigned);
    }
    SlaService::onCreate(tx, id, data.serviceType, data.customerProductId, session.userId);
    notify::TicketNotice notice;
    notice.ticketId = id;
    notice.dispatched = data.assignedOrgUnitId.has_value();
    const Pushes queued = notify::queueTicketNotices(tx, notice);
    pushes.insert(pushes.end(), queued.begin(), queued.end());
    cases::ComplaintService::onCreate(tx, session, id, data.serviceType, args);

    const auto record = TicketRepository::find(tx, id, session.orgPath);
    if (!record)   // the creating unit is the caller's own: always visible
        throw std::logic_error("a created order is not visible to its creator");
    return present(tx, session, *record);
}

QCborMap TicketService::get(pqxx::transaction_base& tx, const Session& session, const Args& args) const
{
    std::optional<TicketRecord> record;
    if (args.has(QStringLiteral("number")))
        record = TicketRepository::findByNumber(tx, args.requiredString(QStringLiteral("number"), 20), session.orgPath);
    else
        record = TicketRepository::find(tx, requiredTicketId(args), session.orgPath);
    if (!record)
        throw ApiError::notFound(QStringLiteral("work order"));
    return present(tx, session, *record);
}

QCborMap TicketService::list(pqxx::transaction_base& tx, const Session& session, const Args& args) const
{
    ListFilter filter;
    filter.limit = int(args.optionalInt(QStringLiteral("limit"), 1, kPageMax).value_or(kPageDefault));
    if (const auto cursor = args.optionalString(QStringLiteral("cursor"), 20); cursor && !cursor->isEmpty()) {
        bool ok = false;
        filter.beforeId = cursor->toLongLong(&ok);
        if (!ok || filter.beforeId < 1)
            throw ApiError::validation(QStringLiteral("cursor"), QStringLiteral("is not a cursor of this list"));
    }
    if (args.has(QStringLiteral("state_category")))
        filter.stateCategory = codeArg(args, QStringLiteral("state_category"),
                                       common::workflowStateCategories() + QStringList{QStringLiteral("open")}, {});
    if (args.has(QStringLiteral("state")))
        filter.state = args.requiredString(QStringLiteral("state"), 40);
    if (args.has(QStringLiteral("service_type")))
        filter.serviceType = codeArg(args, QStringLiteral("service_type"), common::serviceTypeCodes(), {});
    if (const auto unit = args.optionalInt(QStringLiteral("assigned_org_unit_id"), 1, kMaxId)) {
        const auto facts = DispatchRepository::unit(tx, *unit, session.orgPath);
        if (!facts || !facts->inScope)
            throw ApiError::validation(QStringLiteral("assigned_org_unit_id"),
                                       QStringLiteral("is not a unit of your part of the service network"));
        filter.assignedPath = facts->path;
    }
    filter.technicianId = args.optionalInt(QStringLiteral("technician_id"), 1, kMaxId);
    filter.ownerId = args.optionalInt(QStringLiteral("owner_id"), 1, kMaxId);
    filter.customerId = args.optionalInt(QStringLiteral("customer_id"), 1, kMaxId);
    filter.followUp = args.boolOr(QStringLiteral("follow_up"), false);
    if (filter.followUp && filter.customerId)
        throw ApiError::validation(QStringLiteral("follow_up"), QStringLiteral("cannot be combined with customer_id"));

    const auto records = TicketRepository::list(tx, session.orgUnitId, session.orgPath, filter);
    QCborArray items;
    for (const TicketRecord& record : records)
        items.append(record.ticket.toCbor());
    QCborMap result;
    result.insert(QStringLiteral("items"), items);
    result.insert(QStringLiteral("cursor"), int(records.size()) == filter.limit
                                                ? QCborValue(QString::number(records.back().ticket.id))
                                                : QCborValue(QCborValue::Null));
    return result;
}

QCborMap TicketService::timeline(pqxx::transaction_base& tx, const Session& session, const Args& args) const
{
    const auto events = TicketRepository::timeline(tx, requiredTicketId(args), session.orgPath);
    if (!events)
        throw ApiError::notFound(QStringLiteral("work order"));
    QCborArray items;
    for (const common::TicketEvent& event : *events)
        items.append(event.toCbor());
    QCborMap result;
    result.insert(QStringLiteral("items"), items);
    return result;
}

} // namespace csm::server::tickets
