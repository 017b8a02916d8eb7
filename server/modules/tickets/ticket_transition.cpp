// ticket.transition: moves an order along its workflow version. Everything is checked before
// anything is written, so a refused transition leaves the order as it was.
#include "server/modules/tickets/ticket_service.h"

#include "common/model/ticket.h"
#include "server/modules/fees/fee_service.h"
#include "server/modules/notify/ticket_notices.h"
#include "server/modules/products/fault_code_service.h"
#include "server/modules/tickets/dispatch_repository.h"
#include "server/modules/tickets/sla_service.h"
#include "server/modules/tickets/ticket_fields.h"
#include "server/rpc/api_error.h"

#include <algorithm>

namespace csm::server::tickets {

using common::WorkflowTransition;

namespace {
constexpr qint64 kMaxId = std::numeric_limits<qint64>::max();

enum class FieldKind { Unit, User, Time, Text };

struct FieldSpec {
    const char* name;
    FieldKind kind;
    int maxLength;
    bool stored;   // kept on the order (else only on the timeline: reasons and notes)
};

// Every field of workflowFieldNames(): how a transition's value is read and where it goes.
constexpr FieldSpec kFields[] = {
    {"assigned_org_unit_id", FieldKind::Unit, 0, true},
    {"technician_id", FieldKind::User, 0, true},
    {"appointment_start", FieldKind::Time, 0, true},
    {"appointment_end", FieldKind::Time, 0, true},
    {"resolution", FieldKind::Text, common::kTicketLongTextMax, true},
    {"fault_code", FieldKind::Text, common::kTicketFaultCodeMax, true},
    {"diagnosis", FieldKind::Text, common::kTicketLongTextMax, true},
    {"reject_reason", FieldKind::Text, common::kTicketReasonMax, false},
    {"cancel_reason", FieldKind::Text, common::kTicketReasonMax, false},
    {"note", FieldKind::Text, common::kTicketReasonMax, false},
    {"shipping_out_no", FieldKind::Text, common::kTicketShortTextMax, true},
    {"shipping_back_no", FieldKind::Text, common::kTicketShortTextMax, true},
    {"replacement_serial", FieldKind::Text, common::kTicketShortTextMax, true},
    {"visit_result", FieldKind::Text, common::kTicketReasonMax, true},
};

const FieldSpec* fieldSpec(const QString& name)
{
    for (const FieldSpec& spec : kFields)
        if (name == QLatin1String(spec.name))
            return &spec;
    return nullptr;
}

QString* textSlot(TicketChange& change, const QString& name)
{
    if (name == QLatin1String("resolution")) return &change.resolution;
    if (name == QLatin1String("fault_code")) return &change.faultCode;
    if (name == QLatin1String("diagnosis")) return &change.diagnosis;
    if (name == QLatin1String("shipping_out_no")) return &change.shippingOutNo;
    if (name == QLatin1String("shipping_back_no")) return &change.shippingBackNo;
    if (name == QLatin1String("replacement_serial")) return &change.replacementSerial;
    if (name == QLatin1String("visit_result")) return &change.visitResult;
    return nullptr;
}

// Whether the order already holds a value for a stored field (a required field may come from it).
bool storedValue(const TicketChange& change, const QString& name)
{
    if (name == QLatin1String("assigned_org_unit_id")) return change.assignedOrgUnitId != 0;
    if (name == QLatin1String("technician_id")) return change.technicianId != 0;
    if (name == QLatin1String("appointment_start")) return change.appointmentStart.isValid();
    if (name == QLatin1String("appointment_end")) return change.appointmentEnd.isValid();
    const QString* text = textSlot(const_cast<TicketChange&>(change), name);
    return text && !text->isEmpty();
}

TicketChange changeOf(const common::Ticket& t)
{
    TicketChange c;
    c.state = t.state;
    c.stateCategory = t.stateCategory;
    c.faultCode = t.faultCode;
    c.diagnosis = t.diagnosis;
    c.resolution = t.resolution;
    c.shippingOutNo = t.shippingOutNo;
    c.shippingBackNo = t.shippingBackNo;
    c.replacementSerial = t.replacementSerial;
    c.visitResult = t.visitResult;
    c.appointmentStart = t.appointmentStart;
    c.appointmentEnd = t.appointmentEnd;
    c.assignedOrgUnitId = t.assignedOrgUnitId;
    c.escalatedFromOrgUnitId = t.escalatedFromOrgUnitId;
    c.technicianId = t.technicianId;
    return c;
}

QString stateLabel(const common::WorkflowDefinition& flow, const QString& code)
{
    const common::WorkflowState* state = flow.state(code);
    return state ? QStringLiteral("'%1' (%2)").arg(code, state->name) : QStringLiteral("'%1'").arg(code);
}

// The values given for the transition, read into `change`; problems collected per field.
QCborMap readFields(const QCborMap& given, const WorkflowTransition& transition, TicketChange& change,
                    QMap<QString, QString>& problems)
{
    QCborMap set;
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        const QString name = it.key().toString();
        const QCborValue& value = it.value();
        const FieldSpec* spec = fieldSpec(name);
        if (!spec) {
            problems.insert(name, QStringLiteral("is not a field of work orders"));
            continue;
        }
        if (!transition.requiredFields.contains(name) && !transition.optionalFields.contains(name)) {
            problems.insert(name, QStringLiteral("transition '%1' does not set this field").arg(transition.code));
            continue;
        }
        if (value.isNull() || value.isUndefined())
            continue;
        try {
            const Args field(QCborMap{{name, value}});
            switch (spec->kind) {
            case FieldKind::Unit:
                change.assignedOrgUnitId = field.requiredInt(name, 1, kMaxId);
                set.insert(name, change.assignedOrgUnitId);
                break;
            case FieldKind::User:
                change.technicianId = field.requiredInt(name, 1, kMaxId);
                set.insert(name, change.technicianId);
                break;
            case FieldKind::Time: {
                const QDateTime time = optionalTime(field.map(), name);
                if (!time.isValid())
                    break;
                (name == QLatin1String("appointment_start") ? change.appointmentStart : change.appointmentEnd) = time;
                set.insert(name, time.toString(Qt::ISODateWithMs));
                break;
            }
            case FieldKind::Text: {
                const QString text = field.stringOr(name, spec->maxLength, {});
                if (text.isEmpty())
                    break;
                if (QString* slot = textSlot(change, name))
                    *slot = text;
                set.insert(name, text);
                break;
            }
            }
        } catch (const ApiError& error) {
            problems.insert(name, error.info().fields.value(name, error.info().message));
        }
    }
    return set;
}

// escalate: the order moves to the parent of its unit (the first unit it left keeps following
// it); deescalate: it returns to the unit it was escalated from. Returns the timeline detail.
QCborMap applyEffect(pqxx::transaction_base& tx, const common::WorkflowEffect& effect, TicketChange& change)
{
    QCborMap detail;
    if (effect.type == QLatin1String("escalate")) {
        const auto unit = change.assignedOrgUnitId != 0
            ? DispatchRepository::unit(tx, change.assignedOrgUnitId, "0")
            : std::nullopt;
        if (!unit || unit->parentId == 0)
            throw ApiError::validation(QStringLiteral("transition"),
                                       QStringLiteral("the order has no unit above its assigned unit to escalate to"));
        const auto parent = DispatchRepository::unit(tx, unit->parentId, "0");
        detail.insert(QStringLiteral("from_org_unit_id"), unit->id);
        detail.insert(QStringLiteral("from_org_unit_name"), unit->name);
        detail.insert(QStringLiteral("to_org_unit_id"), unit->parentId);
        detail.insert(QStringLiteral("to_org_unit_name"), parent ? parent->name : QString());
        if (change.escalatedFromOrgUnitId == 0)
            change.escalatedFromOrgUnitId = unit->id;
        change.assignedOrgUnitId = unit->parentId;
    } else if (effect.type == QLatin1String("deescalate")) {
        if (change.escalatedFromOrgUnitId == 0) {
            detail.insert(QStringLiteral("skipped"), QStringLiteral("the order was not escalated"));
            return detail;
        }
        detail.insert(QStringLiteral("from_org_unit_id"), change.assignedOrgUnitId);
        detail.insert(QStringLiteral("to_org_unit_id"), change.escalatedFromOrgUnitId);
        change.assignedOrgUnitId = change.escalatedFromOrgUnitId;
        change.escalatedFromOrgUnitId = 0;
    }
    // notify: queued by the notify module after the update (TicketService::transition); sla_*,
    // survey: recorded on the timeline, carried out by the modules that own them.
    return detail;
}
} // namespace

QCborMap TicketService::transition(pqxx::transaction_base& tx, const Session& session, const Args& args,
                                   Pushes& pushes) const
{
    const qint64 id = args.requiredInt(QStringLiteral("id"), 1, kMaxId);
    const int version = int(args.requiredInt(QStringLiteral("version"), 1, std::numeric_limits<int>::max()));
    const QString code = args.requiredString(QStringLiteral("transition"), 40);
    const QCborMap given = args.optionalMap(QStringLiteral("fields")).value_or(QCborMap());

    const auto record = TicketRepository::find(tx, id, session.orgPath, true);
    if (!record)
        throw ApiError::notFound(QStringLiteral("work order"));
    const common::Ticket& ticket = record->ticket;
    if (ticket.version != version)
        throw ApiError::conflict(QStringLiteral("the order was changed by someone else (version %1, yours %2); reload it")
                                     .arg(ticket.version)
                                     .arg(version));
    const workflows::WorkflowPtr stored = m_store->get(tx, ticket.workflowId);
    const common::WorkflowDefinition& flow = stored->definition;
    const WorkflowTransition* transition = flow.transition(code);
    if (!transition)
        throw ApiError::validation(QStringLiteral("transition"),
                                   QStringLiteral("the %1 workflow (version %2) has no transition '%3'")
                                       .arg(flow.serviceType)
                                       .arg(flow.version)
                                       .arg(code));
    if (transition->from != ticket.state) {
        QStringList possible;
        for (const WorkflowTransition* candidate : flow.transitionsFrom(ticket.state))
            possible.append(candidate->code);
        throw ApiError::validation(QStringLiteral("transition"),
                                   QStringLiteral("'%1' is not possible in state %2 (it starts from %3); possible: %4")
                                       .arg(code, stateLabel(flow, ticket.state), stateLabel(flow, transition->from),
                                            possible.isEmpty() ? QStringLiteral("none") : possible.join(QStringLiteral(", "))));
    }
    if (const QString refused = refusal(*transition, *record, session); !refused.isEmpty())
        throw ApiError::permissionDenied(refused);

    // Fields: only those the transition names, each well-formed; every required one present.
    TicketChange change = changeOf(ticket);
    QMap<QString, QString> problems;
    const QCborMap set = readFields(given, *transition, change, problems);
    for (const QString& field : transition->requiredFields) {
        const FieldSpec* spec = fieldSpec(field);
        const bool present = set.contains(field) || (spec && spec->stored && storedValue(change, field));
        if (!present && !problems.contains(field))
            problems.insert(field, QStringLiteral("is required by transition '%1' (%2)").arg(code, transition->name));
    }
    if (!problems.isEmpty())
        throw ApiError::validation(problems);

    QCborMap detail;
    if (set.contains(QStringLiteral("assigned_org_unit_id"))) {
        const UnitFacts unit = requireAssignableUnit(tx, session, change.assignedOrgUnitId);
        detail.insert(QStringLiteral("assigned_org_unit_name"), unit.name);
        if (change.assignedOrgUnitId != ticket.assignedOrgUnitId && change.technicianId != 0
            && !set.contains(QStringLiteral("technician_id"))) {
            detail.insert(QStringLiteral("technician_cleared"), change.technicianId);
            change.technicianId = 0;
        }
    }
    if (set.contains(QStringLiteral("technician_id"))) {
        const auto user = DispatchRepository::user(tx, change.technicianId);
        if (!user || !user->active || !user->technician)
            throw ApiError::validation(QStringLiteral("technician_id"), QStringLiteral("is not an active technician"));
        if (user->orgUnitId != change.assignedOrgUnitId)
            throw ApiError::validation(QStringLiteral("technician_id"),
                                       QStringLiteral("is a technician of another unit (%1), not of the unit the order "
                                                      "is assigned to")
                                           .arg(user->orgUnitName));
    }
    checkAppointment(change.appointmentStart, change.appointmentEnd);
    if (set.contains(QStringLiteral("fault_code")))
        products::FaultCodeService::requireValid(tx, ticket.customerProductId, change.faultCode);

    std::vector<QCborMap> effectDetails;
    for (const common::WorkflowEffect& effect : transition->effects)
        effectDetails.push_back(applyEffect(tx, effect, change));
    const common::WorkflowState* target = flow.state(transition->to);
    change.state = target->code;
    change.stateCategory = target->effectiveCategory();

    auto updated = TicketRepository::update(tx, id, version, change, session.orgPath);
    if (!updated)
        throw ApiError::conflict(QStringLiteral("the order was changed by someone else; reload it"));
    TicketEventInsert event;
    event.ticketId = id;
    event.userId = session.userId;
    event.kind = QStringLiteral("transition");
    event.transition = code;
    event.fromState = ticket.state;
    event.toState = target->code;
    event.fields = set;
    event.detail = detail;
    TicketRepository::addEvent(tx, event);
    for (std::size_t i = 0; i < effectDetails.size(); ++i) {
        TicketEventInsert effect;
        effect.ticketId = id;
        effect.kind = QStringLiteral("effect");
        effect.transition = code;
        effect.effectType = transition->effects[qsizetype(i)].type;
        effect.effectParam = transition->effects[qsizetype(i)].param;
        effect.detail = effectDetails[i];
        TicketRepository::addEvent(tx, effect);
    }
    if (std::any_of(transition->effects.cbegin(), transition->effects.cend(),
                    [](const common::WorkflowEffect& e) { return e.type == QLatin1String("survey"); }))
        TicketRepository::queueSurvey(tx, id);
    SlaService::onTransition(tx, id, session.userId, ticket.stateCategory, change.stateCategory, change.state,
                             transition->effects);
    fees::FeeService::onTransition(tx, id, session.userId, ticket.stateCategory, change.stateCategory);
    notify::TicketNotice notice;
    notice.ticketId = id;
    notice.dispatched = change.assignedOrgUnitId != 0 && change.assignedOrgUnitId != ticket.assignedOrgUnitId;
    notice.technicianAssigned = change.technicianId != 0 && change.technicianId != ticket.technicianId;
    notice.actorId = session.userId;
    notice.actorName = session.displayName.isEmpty() ? session.username : session.displayName;
    notice.transitionName = transition->name.isEmpty() ? transition->code : transition->name;
    for (const common::WorkflowEffect& effect : transition->effects)
        if (effect.type == QLatin1String("notify"))
            notice.notifyParams.append(effect.param);
    const Pushes queued = notify::queueTicketNotices(tx, notice);
    pushes.insert(pushes.end(), queued.begin(), queued.end());

    // The SLA clocks (pause, resume, stop) and a change of category may have changed the row
    // after the update; otherwise the update's own reading is the reply.
    const bool sideEffectsOnRow = change.stateCategory != ticket.stateCategory
        || std::any_of(transition->effects.cbegin(), transition->effects.cend(), [](const common::WorkflowEffect& e) {
               return e.type.startsWith(QLatin1String("sla_"));
           });
    if (sideEffectsOnRow)
        updated = TicketRepository::find(tx, id, session.orgPath);
    if (!updated)   // escalated out of sight (cannot happen: the escalating unit keeps following)
        throw ApiError::notFound(QStringLiteral("work order"));
    return present(tx, session, *updated);
}

} // namespace csm::server::tickets
