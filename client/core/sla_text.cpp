#include "client/core/sla_text.h"

#include <QCborArray>
#include <QCborMap>

namespace csm::client {

namespace {
QString timeText(const QCborValue& value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QDateTime measuredAt(const SlaClock& clock, const QDateTime& now)
{
    if (clock.stoppedAt.isValid())
        return clock.stoppedAt;
    if (clock.pausedSince.isValid() && clock.pausedSince < now)
        return clock.pausedSince;
    return now;
}
} // namespace

SlaClock::Status SlaClock::status(const QDateTime& now) const
{
    const qint64 left = secondsLeft(now);
    if (stoppedAt.isValid())
        return left < 0 ? Status::Missed : Status::Met;
    if (left < 0 || breachedAt.isValid())
        return Status::Overdue;
    return pausedSince.isValid() ? Status::Paused : Status::Running;
}

qint64 SlaClock::secondsLeft(const QDateTime& now) const
{
    return measuredAt(*this, now).secsTo(dueAt);
}

QList<SlaClock> SlaText::clocks(const common::Ticket& t)
{
    QList<SlaClock> result;
    const struct {
        SlaClock::Kind kind;
        const QDateTime& due;
        const QDateTime& stopped;
        const QDateTime& breached;
    } all[] = {{SlaClock::Kind::Response, t.responseDueAt, t.responseStoppedAt, t.responseBreachedAt},
               {SlaClock::Kind::OnSite, t.onSiteDueAt, t.onSiteStoppedAt, t.onSiteBreachedAt},
               {SlaClock::Kind::Completion, t.completionDueAt, t.completionStoppedAt, t.completionBreachedAt}};
    for (const auto& clock : all) {
        if (clock.due.isValid())
            result.append(SlaClock{clock.kind, clock.due, clock.stopped, t.slaPausedSince, clock.breached});
    }
    return result;
}

std::optional<SlaClock> SlaText::nextRunning(const common::Ticket& ticket)
{
    std::optional<SlaClock> next;
    for (const SlaClock& clock : clocks(ticket)) {
        if (!clock.stoppedAt.isValid() && (!next || clock.dueAt < next->dueAt))
            next = clock;
    }
    return next;
}

QString SlaText::clockName(SlaClock::Kind kind)
{
    switch (kind) {
    case SlaClock::Kind::Response: return tr("Response");
    case SlaClock::Kind::OnSite: return tr("On site");
    case SlaClock::Kind::Completion: return tr("Completion");
    }
    return {};
}

QString SlaText::clockName(const QString& code)
{
    if (code == QLatin1String("response")) return clockName(SlaClock::Kind::Response);
    if (code == QLatin1String("on_site")) return clockName(SlaClock::Kind::OnSite);
    if (code == QLatin1String("completion")) return clockName(SlaClock::Kind::Completion);
    return code;
}

QString SlaText::stateName(const QString& state)
{
    if (state == QLatin1String("ok")) return tr("OK");
    if (state == QLatin1String("due_soon")) return tr("Due soon");
    if (state == QLatin1String("breached")) return tr("Breached");
    if (state == QLatin1String("met")) return tr("Met");
    if (state == QLatin1String("none") || state.isEmpty()) return tr("No SLA");
    return state;
}

QString SlaText::durationText(qint64 seconds)
{
    const qint64 minutes = std::abs(seconds) / 60;
    if (minutes < 1)
        return tr("less than 1 min");
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = minutes / 60 % 24;
    const qint64 rest = minutes % 60;
    if (days > 0)
        return hours > 0 ? tr("%1 d %2 h").arg(days).arg(hours) : tr("%1 d").arg(days);
    if (hours > 0)
        return rest > 0 ? tr("%1 h %2 min").arg(hours).arg(rest) : tr("%1 h").arg(hours);
    return tr("%1 min").arg(rest);
}

QString SlaText::remainingText(qint64 secondsLeft)
{
    if (secondsLeft < 0)
        return tr("overdue %1").arg(durationText(secondsLeft));
    return tr("%1 left").arg(durationText(secondsLeft));
}

QString SlaText::badgeText(const common::Ticket& ticket, const QDateTime& now)
{
    if (ticket.slaState.isEmpty() || ticket.slaState == QLatin1String("none"))
        return {};
    const QString state = stateName(ticket.slaState);
    const auto next = nextRunning(ticket);
    if (!next)
        return state;
    QString left = remainingText(next->secondsLeft(now));
    if (next->pausedSince.isValid())
        left = tr("paused, %1").arg(left);
    return tr("%1 · %2").arg(state, left);
}

QString SlaText::clockStatusText(const SlaClock& clock, const QDateTime& now)
{
    const qint64 left = clock.secondsLeft(now);
    switch (clock.status(now)) {
    case SlaClock::Status::Met: return tr("met");
    case SlaClock::Status::Missed: return tr("missed by %1").arg(durationText(left));
    case SlaClock::Status::Overdue:
        return clock.pausedSince.isValid() ? tr("paused · %1").arg(remainingText(left)) : remainingText(left);
    case SlaClock::Status::Paused: return tr("paused · %1").arg(remainingText(left));
    case SlaClock::Status::Running: return remainingText(left);
    }
    return {};
}

bool SlaText::isSlaEvent(const common::TicketEvent& event)
{
    return event.kind.startsWith(QLatin1String("sla_")) || event.kind == QLatin1String("repeat_repair");
}

QString SlaText::eventText(const common::TicketEvent& event)
{
    const QCborMap& d = event.detail;
    if (event.kind == QLatin1String("sla_breached"))
        return tr("SLA deadline missed: %1").arg(clockName(d.value(QStringLiteral("clock")).toString()));
    if (event.kind == QLatin1String("sla_paused"))
        return tr("SLA clocks paused");
    if (event.kind == QLatin1String("sla_resumed"))
        return tr("SLA clocks running again");
    if (event.kind == QLatin1String("sla_recomputed"))
        return tr("SLA deadlines recomputed");
    if (event.kind == QLatin1String("sla_restarted"))
        return tr("Reopened: the completion clock starts again");
    if (event.kind == QLatin1String("repeat_repair"))
        return tr("Repeat repair of order %1").arg(d.value(QStringLiteral("repeat_of_number")).toString());
    return event.kind;
}

QString SlaText::eventDetails(const common::TicketEvent& event)
{
    const QCborMap& d = event.detail;
    QStringList parts;
    if (event.kind == QLatin1String("sla_breached")) {
        parts.append(tr("Deadline was %1").arg(timeText(d.value(QStringLiteral("due_at")))));
    } else if (event.kind == QLatin1String("sla_paused")) {
        parts.append(tr("Reason: %1").arg(d.value(QStringLiteral("reason")).toString()));
    } else if (event.kind == QLatin1String("sla_resumed")) {
        parts.append(tr("Paused for %1").arg(durationText(d.value(QStringLiteral("paused_seconds")).toInteger())));
    } else if (event.kind == QLatin1String("sla_recomputed")) {
        const QCborMap clocks = d.value(QStringLiteral("clocks")).toMap();
        for (const char* code : {"response", "on_site", "completion"}) {
            const QCborMap change = clocks.value(QLatin1String(code)).toMap();
            if (!change.isEmpty())
                parts.append(tr("%1: %2 → %3").arg(clockName(QLatin1String(code)), timeText(change.value(QStringLiteral("from"))),
                                                   timeText(change.value(QStringLiteral("to")))));
        }
        QStringList cleared;
        for (const QCborValue& code : d.value(QStringLiteral("breach_cleared")).toArray())
            cleared.append(clockName(code.toString()));
        if (!cleared.isEmpty())
            parts.append(tr("No longer breached: %1").arg(cleared.join(QStringLiteral(", "))));
    } else if (event.kind == QLatin1String("sla_restarted")) {
        parts.append(tr("Due %1 (was %2)").arg(timeText(d.value(QStringLiteral("due_at"))),
                                               timeText(d.value(QStringLiteral("previous_due_at")))));
        if (d.value(QStringLiteral("breach_cleared")).toBool())
            parts.append(tr("the earlier breach is cleared"));
    } else if (event.kind == QLatin1String("repeat_repair")) {
        const int days = int(d.value(QStringLiteral("window_days")).toInteger());
        parts.append(tr("Within %n day(s) of that order's completion on %1", nullptr, days)
                         .arg(timeText(d.value(QStringLiteral("repeat_of_resolved_at")))));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace csm::client
