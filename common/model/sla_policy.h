#pragma once
// SLA policies and the business calendar as the Administration client reads them
// (sla.policy.list) and writes them (sla.policy.set, sla.calendar.set). The server keeps its
// own row structs in server/modules/tickets/sla_repository.h; the wire keys are these.
#include <QCborMap>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

namespace csm::common {

inline constexpr int kSlaMaxMinutes = 525600;   // a year
inline constexpr int kSlaMaxRepeatDays = 3650;
inline constexpr int kSlaHolidayNameMax = 100;

// The deadlines of one service type × severity, in minutes from the order's creation.
struct SlaPolicy {
    QString serviceType;
    QString severity;
    int responseMinutes = 0;
    int onSiteMinutes = 0;
    int completionMinutes = 0;
    bool businessHours = false;
    int version = 0;               // 0: no policy stored (a new one)
    QDateTime updatedAt;

    QCborMap toCbor() const;       // the args of sla.policy.set (version only when stored)
    static SlaPolicy fromCbor(const QCborMap& map);
};

struct SlaWorkHours {
    int weekday = 1;   // ISO: 1 Monday … 7 Sunday
    QTime start;
    QTime end;
};

struct SlaHoliday {
    QDate day;
    QString name;
};

// Working hours per weekday (a weekday without an entry is off) and holidays.
struct SlaCalendar {
    QList<SlaWorkHours> workHours;
    QList<SlaHoliday> holidays;

    QCborMap toCbor() const;       // the args of sla.calendar.set
    static SlaCalendar fromCbor(const QCborMap& map);
};

} // namespace csm::common
