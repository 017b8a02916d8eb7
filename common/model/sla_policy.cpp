#include "common/model/sla_policy.h"

#include <QCborArray>

namespace csm::common {

namespace {
const QString kTimeFormat = QStringLiteral("HH:mm");
}

QCborMap SlaPolicy::toCbor() const
{
    QCborMap map{{QStringLiteral("service_type"), serviceType},
                 {QStringLiteral("severity"), severity},
                 {QStringLiteral("response_minutes"), responseMinutes},
                 {QStringLiteral("on_site_minutes"), onSiteMinutes},
                 {QStringLiteral("completion_minutes"), completionMinutes},
                 {QStringLiteral("business_hours"), businessHours}};
    if (version > 0)
        map.insert(QStringLiteral("version"), version);
    return map;
}

SlaPolicy SlaPolicy::fromCbor(const QCborMap& map)
{
    SlaPolicy p;
    p.serviceType = map.value(QStringLiteral("service_type")).toString();
    p.severity = map.value(QStringLiteral("severity")).toString();
    p.responseMinutes = int(map.value(QStringLiteral("response_minutes")).toInteger());
    p.onSiteMinutes = int(map.value(QStringLiteral("on_site_minutes")).toInteger());
    p.completionMinutes = int(map.value(QStringLiteral("completion_minutes")).toInteger());
    p.businessHours = map.value(QStringLiteral("business_hours")).toBool();
    p.version = int(map.value(QStringLiteral("version")).toInteger());
    p.updatedAt = QDateTime::fromString(map.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs);
    return p;
}

QCborMap SlaCalendar::toCbor() const
{
    QCborArray hours;
    for (const SlaWorkHours& h : workHours)
        hours.append(QCborMap{{QStringLiteral("weekday"), h.weekday},
                              {QStringLiteral("start"), h.start.toString(kTimeFormat)},
                              {QStringLiteral("end"), h.end.toString(kTimeFormat)}});
    QCborArray days;
    for (const SlaHoliday& h : holidays)
        days.append(QCborMap{{QStringLiteral("day"), h.day.toString(Qt::ISODate)}, {QStringLiteral("name"), h.name}});
    return QCborMap{{QStringLiteral("work_hours"), hours}, {QStringLiteral("holidays"), days}};
}

SlaCalendar SlaCalendar::fromCbor(const QCborMap& map)
{
    SlaCalendar calendar;
    for (const QCborValue& item : map.value(QStringLiteral("work_hours")).toArray()) {
        const QCborMap h = item.toMap();
        calendar.workHours.append({int(h.value(QStringLiteral("weekday")).toInteger()),
                                   QTime::fromString(h.value(QStringLiteral("start")).toString(), kTimeFormat),
                                   QTime::fromString(h.value(QStringLiteral("end")).toString(), kTimeFormat)});
    }
    for (const QCborValue& item : map.value(QStringLiteral("holidays")).toArray()) {
        const QCborMap h = item.toMap();
        calendar.holidays.append({QDate::fromString(h.value(QStringLiteral("day")).toString(), Qt::ISODate),
                                  h.value(QStringLiteral("name")).toString()});
    }
    return calendar;
}

} // namespace csm::common
