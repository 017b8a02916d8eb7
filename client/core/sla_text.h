#pragma once
// The SLA of an order as people read it, computed on the client from the deadlines the server
// stored on the order (no polling): the three clocks with their deadline and the time left or
// overdue now, the badge of the Work orders list ("Due soon · 35 min left") and its state.
// `now` is a parameter everywhere, so that views can tick and tests can fix the time.
#include "common/model/ticket.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace csm::client {

struct SlaClock {
    enum class Kind { Response, OnSite, Completion };
    // Running: counting down; Paused: the order's clocks are paused; Met: stopped in time;
    // Missed: stopped after the deadline; Overdue: running past it.
    enum class Status { Running, Paused, Met, Missed, Overdue };

    Kind kind = Kind::Response;
    QDateTime dueAt;
    QDateTime stoppedAt;     // invalid: still running
    QDateTime pausedSince;   // the order's pause; invalid: not paused
    QDateTime breachedAt;    // reported by the server

    Status status(const QDateTime& now) const;
    // Seconds to the deadline (negative: overdue): from the stop, the pause's start, or now.
    qint64 secondsLeft(const QDateTime& now) const;
};

class SlaText {
    Q_DECLARE_TR_FUNCTIONS(csm::client::SlaText)
public:
    // The clocks the order has deadlines for (none without an SLA policy), in order.
    static QList<SlaClock> clocks(const common::Ticket& ticket);
    // The clock that is due next among those not stopped; nullopt when all stopped or no SLA.
    static std::optional<SlaClock> nextRunning(const common::Ticket& ticket);

    static QString clockName(SlaClock::Kind kind);
    // A clock's name from its code (response, on_site, completion).
    static QString clockName(const QString& code);
    // ok | due_soon | breached | met | none (common::Ticket::slaState) in words.
    static QString stateName(const QString& state);
    // "2 d 3 h", "2 h 15 min", "35 min", "less than 1 min".
    static QString durationText(qint64 seconds);
    // "2 h 15 min left", "overdue 35 min".
    static QString remainingText(qint64 secondsLeft);
    // The list's badge: the state, and the time left to the next running deadline
    // ("OK · 2 h 15 min left", "Breached · overdue 35 min", "Met"); "" without an SLA.
    static QString badgeText(const common::Ticket& ticket, const QDateTime& now);
    // One clock in the detail: "2 h 15 min left", "paused · 1 h left", "met", "missed by 20 min".
    static QString clockStatusText(const SlaClock& clock, const QDateTime& now);

    // The timeline events the SLA writes (sla_breached, sla_paused, sla_resumed, sla_recomputed,
    // sla_restarted, repeat_repair) in words (another kind as it is), and their details.
    static bool isSlaEvent(const common::TicketEvent& event);
    static QString eventText(const common::TicketEvent& event);
    static QString eventDetails(const common::TicketEvent& event);
};

} // namespace csm::client
