#include "server/modules/notify/ticket_notices.h"

#include "common/model/notification_template.h"
#include "server/modules/notify/notification_repository.h"

namespace csm::server::notify {

namespace {
const QString kDispatchedCode = QStringLiteral("ticket.dispatched");
const QString kAssignedCode = QStringLiteral("ticket.assigned");
const QString kStateCode = QStringLiteral("ticket.state");   // the customer audience's SMS
// Who reads the supervisor audience's notices.
const QString kSupervisorPermission = QStringLiteral("complaint.supervise");

QCborValue iso(const QDateTime& time)
{
    return time.isValid() ? QCborValue(time.toUTC().toString(Qt::ISODateWithMs)) : QCborValue(QCborValue::Null);
}

void queueSms(pqxx::transaction_base& tx, qint64 ticketId, const TicketFacts& facts, const QString& code,
              const QString& body)
{
    NotificationInsert row;
    row.ticketId = ticketId;
    row.recipient = facts.customerMobile;
    row.templateCode = code;
    row.body = common::renderNotificationTemplate(
        body, {facts.number, facts.assignedOrgUnitName, facts.technicianName,
               common::notificationAppointmentText(facts.appointmentStart, facts.appointmentEnd), facts.stateName});
    if (row.recipient.isEmpty()) {
        row.status = QStringLiteral("failed");
        row.lastError = QStringLiteral("the customer has no mobile number");
    }
    NotificationRepository::insert(tx, row);
}

QCborMap eventData(qint64 ticketId, const TicketFacts& facts)
{
    QCborMap data;
    data.insert(QStringLiteral("id"), ticketId);
    data.insert(QStringLiteral("number"), facts.number);
    data.insert(QStringLiteral("service_type"), facts.serviceType);
    data.insert(QStringLiteral("severity"), facts.severity);
    data.insert(QStringLiteral("state"), facts.state);
    data.insert(QStringLiteral("assigned_org_unit_id"), facts.assignedOrgUnitId);
    data.insert(QStringLiteral("assigned_org_unit_name"), facts.assignedOrgUnitName);
    return data;
}
} // namespace

Pushes queueTicketNotices(pqxx::transaction_base& tx, const TicketNotice& notice)
{
    Pushes pushes;
    if (!notice.dispatched && !notice.technicianAssigned && notice.notifyParams.isEmpty())
        return pushes;
    QStringList codes = notice.notifyParams;
    if (notice.notifyParams.contains(QStringLiteral("customer")))
        codes.append(kStateCode);
    if (notice.dispatched)
        codes.append(kDispatchedCode);
    if (notice.technicianAssigned)
        codes.append(kAssignedCode);
    const auto facts = NotificationRepository::ticketFacts(tx, notice.ticketId, codes);
    if (!facts)
        return pushes;
    const auto queueTemplate = [&](const QString& code) {
        const auto body = facts->templates.constFind(code);
        if (body != facts->templates.cend())
            queueSms(tx, notice.ticketId, *facts, code, *body);
    };

    if (notice.dispatched && facts->assignedOrgUnitId != 0) {
        queueTemplate(kDispatchedCode);
        pushes.push_back(Push::toOrgUnit(facts->assignedOrgUnitId,
                                         {QStringLiteral("ticket.dispatched"), eventData(notice.ticketId, *facts)}));
    }
    if (notice.technicianAssigned && facts->technicianId != 0) {
        queueTemplate(kAssignedCode);
        QCborMap data = eventData(notice.ticketId, *facts);
        data.insert(QStringLiteral("technician_id"), facts->technicianId);
        data.insert(QStringLiteral("technician_name"), facts->technicianName);
        data.insert(QStringLiteral("appointment_start"), iso(facts->appointmentStart));
        data.insert(QStringLiteral("appointment_end"), iso(facts->appointmentEnd));
        const common::Event event{QStringLiteral("ticket.assigned"), data};
        if (facts->assignedOrgUnitId != 0)
            pushes.push_back(Push::toOrgUnit(facts->assignedOrgUnitId, event));
        // The technician is normally a member of that unit and has the event already.
        if (facts->technicianOrgUnitId != facts->assignedOrgUnitId)
            pushes.push_back(Push::toUser(facts->technicianId, event));
    }
    QCborMap data = eventData(notice.ticketId, *facts);
    data.insert(QStringLiteral("state_name"), facts->stateName);
    data.insert(QStringLiteral("transition_name"), notice.transitionName);
    data.insert(QStringLiteral("by_name"), notice.actorName);
    const auto toUser = [&](qint64 user, const QString& audience) {
        if (user == 0 || user == notice.actorId)
            return;
        QCborMap told = data;
        told.insert(QStringLiteral("audience"), audience);
        pushes.push_back(Push::toUser(user, {QStringLiteral("ticket.notice"), told}));
    };
    for (const QString& param : notice.notifyParams) {
        // A unit just dispatched to, or a technician just assigned, has been told above.
        if (param == QLatin1String("owner")) {
            toUser(facts->ownerId, param);
        } else if (param == QLatin1String("technician")) {
            if (!notice.technicianAssigned)
                toUser(facts->technicianId, param);
        } else if (param == QLatin1String("service_point") && notice.dispatched) {
            continue;
        } else if (param == QLatin1String("service_point") || param == QLatin1String("supervisor")) {
            QCborMap told = data;
            told.insert(QStringLiteral("audience"), param);
            const common::Event event{QStringLiteral("ticket.notice"), told};
            if (param == QLatin1String("supervisor"))
                pushes.push_back(Push::toPermission(kSupervisorPermission, event));
            else if (facts->assignedOrgUnitId != 0)
                pushes.push_back(Push::toOrgUnit(facts->assignedOrgUnitId, event));
        } else if (param == QLatin1String("customer")) {
            queueTemplate(kStateCode);
        } else if (!param.isEmpty()) {
            queueTemplate(param);
        }
    }
    return pushes;
}

} // namespace csm::server::notify
