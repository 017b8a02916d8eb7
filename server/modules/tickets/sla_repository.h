#pragma once
// All SQL of the SLA of work orders: policies, the order's clocks and pauses, the breach
// detector and repeat repairs.
#include "server/rpc/module_registry.h"

#include <pqxx/pqxx>

#include <QCborMap>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace csm::server::tickets {

struct SlaPolicy {
    QString serviceType;
    QString severity;
    int responseMinutes = 0;
    int onSiteMinutes = 0;
    int completionMinutes = 0;
    bool businessHours = false;   // count only working hours (sla_work_hours, sla_holiday)
    int version = 0;
    QDateTime updatedAt;
};

struct SlaWorkHours {
    int weekday = 1;   // ISO: 1 Monday … 7 Sunday
    QString start;     // HH:MM
    QString end;
};
struct SlaHoliday {
    QString day;       // YYYY-MM-DD
    QString name;
};
// The business calendar of policies with business hours (zone Asia/Shanghai).
struct SlaCalendar {
    std::vector<SlaWorkHours> workHours;
    std::vector<SlaHoliday> holidays;
};

struct SlaPause {
    QString reason;
    QDateTime startedAt;
    QDateTime endedAt;   // invalid: still paused
};

// The clocks of an order that the detector found past their deadline.
struct SlaBreach {
    qint64 ticketId = 0;
    QString number;
    qint64 ownerId = 0;
    qint64 assignedOrgUnitId = 0;
    QStringList clocks;                 // response, on_site, completion
    QCborMap dueAt;                     // clock → deadline (ISO)
    std::vector<qint64> supervisors;    // supervisors and managers above the assigned unit
};

// Which open orders sla.recompute goes through (empty: any).
struct SlaRecomputeFilter {
    QString serviceType;
    QString severity;
};
// One batch of a recompute: the last order looked at (0: none left) and how many changed.
struct SlaRecomputeBatch {
    qint64 lastId = 0;
    int changed = 0;
};
// The completion clock of a reopened order, before and after it restarted.
struct SlaRestart {
    QDateTime previousDueAt;
    QDateTime dueAt;
    bool wasBreached = false;
};

struct RepeatOf {
    qint64 id = 0;
    QString number;
    QDateTime resolvedAt;
};

class SlaRepository {
public:
    static void registerStatements(ModuleRegistry& registry);

    static std::vector<SlaPolicy> policies(pqxx::transaction_base& tx);
    // Inserts (version 0: no row may exist) or updates at `version`; false when stale.
    static bool savePolicy(pqxx::transaction_base& tx, const SlaPolicy& policy, qint64 userId);
    static int repeatRepairDays(pqxx::transaction_base& tx);
    static void setRepeatRepairDays(pqxx::transaction_base& tx, int days, qint64 userId);
    static void audit(pqxx::transaction_base& tx, qint64 userId, const QString& action, const QCborMap& detail);

    // Sets the deadlines of a new order from its policy; false when there is none.
    static bool startClocks(pqxx::transaction_base& tx, qint64 ticketId);
    // Pauses the running clocks; false when they were already paused.
    static bool pause(pqxx::transaction_base& tx, qint64 ticketId, const QString& reason, qint64 userId);
    // Ends the open pause and moves the deadlines of running clocks by its length; the paused
    // seconds, or nullopt when the clocks were not paused.
    static std::optional<qint64> resume(pqxx::transaction_base& tx, qint64 ticketId, qint64 userId);
    // Stops the named clocks that still run; returns the clocks stopped.
    static QStringList stop(pqxx::transaction_base& tx, qint64 ticketId, const QStringList& clocks);
    // Restarts the completion clock at now() with the policy's completion minutes (a reopened
    // order); nullopt when the order's type × severity has no policy.
    static std::optional<SlaRestart> restartCompletion(pqxx::transaction_base& tx, qint64 ticketId);
    // Recomputes the running clocks of up to `limit` open orders after `afterId` (by id, locked)
    // from their start, policy, calendar and ended pauses; writes an `sla_recomputed` timeline
    // event (by `userId`) on each order whose deadlines changed and clears the breach of a clock
    // whose new deadline lies ahead.
    static SlaRecomputeBatch recomputeBatch(pqxx::transaction_base& tx, const SlaRecomputeFilter& filter,
                                            qint64 afterId, int limit, qint64 userId);
    static SlaCalendar calendar(pqxx::transaction_base& tx);
    // Replaces the whole calendar.
    static void setCalendar(pqxx::transaction_base& tx, const SlaCalendar& calendar);
    static std::vector<SlaPause> pauses(pqxx::transaction_base& tx, qint64 ticketId);

    // One statement: marks every running, unpaused clock due at `now` (null: the database's
    // now) as breached, writes an `sla_breached` timeline event per clock, and returns them.
    static std::vector<SlaBreach> claimBreaches(pqxx::transaction_base& tx, const std::optional<QDateTime>& now);

    // The latest repair of the product resolved within `days` before now, other than `ticketId`.
    static std::optional<RepeatOf> lastRepair(pqxx::transaction_base& tx, qint64 productId, qint64 ticketId, int days);
    static void setRepeatOf(pqxx::transaction_base& tx, qint64 ticketId, qint64 repeatOfId);
};

} // namespace csm::server::tickets
