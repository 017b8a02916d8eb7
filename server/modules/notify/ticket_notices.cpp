#include "server/modules/notify/ticket_notices.h"

#include "server/modules/notify/notification_repository.h"

#include <QTimeZone>

namespace csm::server::notify {

namespace {
const QString kDispatchedCode = QStringLiteral("ticket.dispatched");
const QString kAssignedCode = QStringLiteral("ticket.assigned");

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
    row.body = renderTemplate(body, facts.number, facts.assignedOrgUnitName, facts.technicianName,
                              appointmentWindowText(facts.appointmentStart, facts.appointmentEnd), facts.stateName);
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

QString renderTemplate(QString body, const QString& number, const QString& unit, const QString& technician,
                       const QString& appointment, const QString& state)
{
    body.replace(QStringLiteral("{number}"), number);
    body.replace(QStringLiteral("{unit}"), unit);
    body.replace(QStringLiteral("{technician}"), technician);
    body.replace(QStringLiteral("{appointment}"), appointment);
    body.replace(QStringLiteral("{state}"), state);
    return body;
}

QString appointmentWindowText(const QDateTime& start, const QDateTime& end)
{
    if (!start.isValid())
        return QStringLiteral("待网点与您确认");
    const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    const QDateTime from = start.toTimeZone(zone);
    QString text = QStringLiteral("%1月%2日 %3").arg(from.date().month()).arg(from.date().day())
                       .arg(from.toString(QStringLiteral("HH:mm")));
    if (end.isValid()) {
        const QDateTime until = end.toTimeZone(zone);
        text += QLatin1Char('-');
        if (until.date() != from.date())
            text += QStringLiteral("%1月%2日 ").arg(until.date().month()).arg(until.date().day());
        text += until.toString(QStringLiteral("HH:mm"));
    }
    return text;
}

Pushes queueTicketNotices(pqxx::transaction_base& tx, const TicketNotice& notice)
{
    Pushes pushes;
    if (!notice.dispatched && !notice.technicianAssigned && notice.templates.isEmpty())
        return pushes;
    QStringList codes = notice.templates;
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
    for (const QString& code : notice.templates) {
        if (!code.isEmpty())
            queueTemplate(code);
    }
    return pushes;
}

} // namespace csm::server::notify
