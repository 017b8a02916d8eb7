#pragma once
// The SLA of one order in its window: each of the three clocks with its deadline and the time
// left / overdue (or met, missed, paused), recomputed every 30 s from the deadlines on the order
// (no request to the server), and the order's SLA state as a coloured badge.
#include "common/model/ticket.h"

#include <QGroupBox>

class QLabel;
class QTimer;

namespace csm::client::ui {

class TicketSlaBox : public QGroupBox {
    Q_OBJECT
public:
    explicit TicketSlaBox(QWidget* parent = nullptr);

    void setTicket(const common::Ticket& ticket);
    // Recomputes the texts for `now` (the timer passes the current time).
    void refresh(const QDateTime& now);

    QLabel* stateLabel() const { return m_state; }
    // The due and remaining labels of a clock: 0 response, 1 on site, 2 completion.
    QLabel* dueLabel(int clock) const { return m_due[clock]; }
    QLabel* remainingLabel(int clock) const { return m_remaining[clock]; }
    QTimer* timer() const { return m_timer; }

private:
    common::Ticket m_ticket;
    QLabel* m_state;
    QLabel* m_names[3];
    QLabel* m_due[3];
    QLabel* m_remaining[3];
    QTimer* m_timer;
};

} // namespace csm::client::ui
