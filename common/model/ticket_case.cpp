#include "common/model/ticket_case.h"

#include <QCborArray>

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
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QCborValue idOrNull(qint64 id)
{
    return id != 0 ? QCborValue(id) : QCborValue(QCborValue::Null);
}
} // namespace

const QStringList& caseServiceTypes()
{
    static const QStringList types{QStringLiteral("complaint"), QStringLiteral("suggestion"), QStringLiteral("praise")};
    return types;
}

bool isCaseServiceType(const QString& serviceType)
{
    return caseServiceTypes().contains(serviceType);
}

const QStringList& complaintCategoryCodes()
{
    static const QStringList codes{QStringLiteral("service_attitude"), QStringLiteral("repair_quality"),
                                   QStringLiteral("timeliness"),       QStringLiteral("fees"),
                                   QStringLiteral("product_quality"),  QStringLiteral("other")};
    return codes;
}

const QStringList& supervisionStatusCodes()
{
    static const QStringList codes{QStringLiteral("open"), QStringLiteral("overdue"), QStringLiteral("answered"),
                                   QStringLiteral("closed")};
    return codes;
}

QCborMap TicketComplaint::toCbor() const
{
    QCborMap map;
    map.insert(QStringLiteral("ticket_id"), ticketId);
    map.insert(QStringLiteral("category"), category);
    map.insert(QStringLiteral("responsible_org_unit_id"), idOrNull(responsibleOrgUnitId));
    map.insert(QStringLiteral("responsible_org_unit_name"), responsibleOrgUnitName);
    map.insert(QStringLiteral("deadline"), time(deadline));
    map.insert(QStringLiteral("resolution"), resolution);
    map.insert(QStringLiteral("satisfaction"), satisfaction != 0 ? QCborValue(satisfaction) : QCborValue(QCborValue::Null));
    map.insert(QStringLiteral("satisfaction_comment"), satisfactionComment);
    map.insert(QStringLiteral("recorded_at"), time(recordedAt));
    map.insert(QStringLiteral("recorded_by_name"), recordedByName);
    map.insert(QStringLiteral("set_by_name"), setByName);
    map.insert(QStringLiteral("updated_at"), time(updatedAt));
    return map;
}

TicketComplaint TicketComplaint::fromCbor(const QCborMap& map)
{
    TicketComplaint c;
    c.ticketId = integer(map, "ticket_id");
    c.category = str(map, "category");
    c.responsibleOrgUnitId = integer(map, "responsible_org_unit_id");
    c.responsibleOrgUnitName = str(map, "responsible_org_unit_name");
    c.deadline = timeOf(map, "deadline");
    c.resolution = str(map, "resolution");
    c.satisfaction = int(integer(map, "satisfaction"));
    c.satisfactionComment = str(map, "satisfaction_comment");
    c.recordedAt = timeOf(map, "recorded_at");
    c.recordedByName = str(map, "recorded_by_name");
    c.setByName = str(map, "set_by_name");
    c.updatedAt = timeOf(map, "updated_at");
    return c;
}

QCborMap TicketSupervision::toCbor() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), id);
    map.insert(QStringLiteral("ticket_id"), ticketId);
    map.insert(QStringLiteral("ticket_number"), ticketNumber);
    map.insert(QStringLiteral("status"), status);
    map.insert(QStringLiteral("opened_by"), openedBy);
    map.insert(QStringLiteral("opened_by_name"), openedByName);
    map.insert(QStringLiteral("opened_at"), time(openedAt));
    map.insert(QStringLiteral("deadline"), time(deadline));
    map.insert(QStringLiteral("demand"), demand);
    map.insert(QStringLiteral("target_org_unit_id"), targetOrgUnitId);
    map.insert(QStringLiteral("target_org_unit_name"), targetOrgUnitName);
    map.insert(QStringLiteral("answer"), answer);
    map.insert(QStringLiteral("answered_by"), idOrNull(answeredBy));
    map.insert(QStringLiteral("answered_by_name"), answeredByName);
    map.insert(QStringLiteral("answered_at"), time(answeredAt));
    map.insert(QStringLiteral("overdue_at"), time(overdueAt));
    map.insert(QStringLiteral("closed_at"), time(closedAt));
    map.insert(QStringLiteral("closed_by_name"), closedByName);
    map.insert(QStringLiteral("close_note"), closeNote);
    map.insert(QStringLiteral("can_answer"), canAnswer);
    map.insert(QStringLiteral("can_close"), canClose);
    return map;
}

TicketSupervision TicketSupervision::fromCbor(const QCborMap& map)
{
    TicketSupervision s;
    s.id = integer(map, "id");
    s.ticketId = integer(map, "ticket_id");
    s.ticketNumber = str(map, "ticket_number");
    s.status = str(map, "status");
    s.openedBy = integer(map, "opened_by");
    s.openedByName = str(map, "opened_by_name");
    s.openedAt = timeOf(map, "opened_at");
    s.deadline = timeOf(map, "deadline");
    s.demand = str(map, "demand");
    s.targetOrgUnitId = integer(map, "target_org_unit_id");
    s.targetOrgUnitName = str(map, "target_org_unit_name");
    s.answer = str(map, "answer");
    s.answeredBy = integer(map, "answered_by");
    s.answeredByName = str(map, "answered_by_name");
    s.answeredAt = timeOf(map, "answered_at");
    s.overdueAt = timeOf(map, "overdue_at");
    s.closedAt = timeOf(map, "closed_at");
    s.closedByName = str(map, "closed_by_name");
    s.closeNote = str(map, "close_note");
    s.canAnswer = map.value(QStringLiteral("can_answer")).toBool();
    s.canClose = map.value(QStringLiteral("can_close")).toBool();
    return s;
}

void TicketCaseFacts::insertInto(QCborMap& map) const
{
    if (hasComplaint)
        map.insert(QStringLiteral("complaint"), complaint ? QCborValue(complaint->toCbor()) : QCborValue(QCborValue::Null));
    QCborArray items;
    for (const TicketSupervision& supervision : supervisions)
        items.append(supervision.toCbor());
    map.insert(QStringLiteral("supervisions"), items);
    map.insert(QStringLiteral("case_actions"), QCborArray::fromStringList(actions));
}

TicketCaseFacts TicketCaseFacts::fromCbor(const QCborMap& ticketReply)
{
    TicketCaseFacts facts;
    const QCborValue complaint = ticketReply.value(QStringLiteral("complaint"));
    facts.hasComplaint = !complaint.isUndefined();
    if (complaint.isMap())
        facts.complaint = TicketComplaint::fromCbor(complaint.toMap());
    for (const QCborValue& item : ticketReply.value(QStringLiteral("supervisions")).toArray())
        facts.supervisions.append(TicketSupervision::fromCbor(item.toMap()));
    for (const QCborValue& item : ticketReply.value(QStringLiteral("case_actions")).toArray())
        facts.actions.append(item.toString());
    return facts;
}

QCborMap FaultCode::toCbor() const
{
    QCborMap map;
    map.insert(QStringLiteral("category"), categoryCode);
    map.insert(QStringLiteral("category_name"), categoryName);
    map.insert(QStringLiteral("code"), code);
    map.insert(QStringLiteral("name"), name);
    map.insert(QStringLiteral("active"), active);
    return map;
}

FaultCode FaultCode::fromCbor(const QCborMap& map)
{
    FaultCode f;
    f.categoryCode = str(map, "category");
    f.categoryName = str(map, "category_name");
    f.code = str(map, "code");
    f.name = str(map, "name");
    f.active = map.value(QStringLiteral("active")).toBool(true);
    return f;
}

} // namespace csm::common
