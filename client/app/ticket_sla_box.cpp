#include "client/app/ticket_sla_box.h"

#include "client/app/desk_colors.h"
#include "client/core/sla_text.h"

#include <QGridLayout>
#include <QLabel>
#include <QTimer>

namespace csm::client::ui {

namespace {
constexpr int kTickMs = 30 * 1000;

QString badgeStyle(const QString& state)
{
    const DeskColorProxy::Colors colors = DeskColorProxy::slaColors(state);
    if (!colors.background.isValid())
        return QStringLiteral("color: palette(mid); padding: 2px 6px;");
    return QStringLiteral("background: %1; color: %2; padding: 2px 6px; border-radius: 4px; font-weight: bold;")
        .arg(colors.background.name(), colors.foreground.name());
}

QString remainingStyle(SlaClock::Status status)
{
    switch (status) {
    case SlaClock::Status::Overdue:
    case SlaClock::Status::Missed: return QStringLiteral("color: #c62828; font-weight: bold;");
    case SlaClock::Status::Met: return QStringLiteral("color: #1b5e20;");
    case SlaClock::Status::Paused: return QStringLiteral("color: #6a1b9a;");
    case SlaClock::Status::Running: return {};
    }
    return {};
}
} // namespace

TicketSlaBox::TicketSlaBox(QWidget* parent)
    : QGroupBox(tr("SLA"), parent)
    , m_state(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("slaBox"));
    m_state->setObjectName(QStringLiteral("slaStateLabel"));
    m_state->setTextFormat(Qt::PlainText);
    auto* grid = new QGridLayout(this);
    grid->addWidget(m_state, 0, 0, 1, 3, Qt::AlignLeft);
    const SlaClock::Kind kinds[] = {SlaClock::Kind::Response, SlaClock::Kind::OnSite, SlaClock::Kind::Completion};
    const char* names[] = {"response", "onSite", "completion"};
    for (int i = 0; i < 3; ++i) {
        m_names[i] = new QLabel(SlaText::clockName(kinds[i]), this);
        m_due[i] = new QLabel(this);
        m_remaining[i] = new QLabel(this);
        m_due[i]->setObjectName(QLatin1String(names[i]) + QStringLiteral("DueLabel"));
        m_remaining[i]->setObjectName(QLatin1String(names[i]) + QStringLiteral("RemainingLabel"));
        for (QLabel* label : {m_names[i], m_due[i], m_remaining[i]})
            label->setTextFormat(Qt::PlainText);
        grid->addWidget(m_names[i], i + 1, 0);
        grid->addWidget(m_due[i], i + 1, 1);
        grid->addWidget(m_remaining[i], i + 1, 2);
    }
    grid->setColumnStretch(2, 1);
    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, [this] { refresh(QDateTime::currentDateTimeUtc()); });
    m_timer->start();
    refresh(QDateTime::currentDateTimeUtc());
}

void TicketSlaBox::setTicket(const common::Ticket& ticket)
{
    m_ticket = ticket;
    refresh(QDateTime::currentDateTimeUtc());
}

void TicketSlaBox::refresh(const QDateTime& now)
{
    const QString state = m_ticket.slaState.isEmpty() ? QStringLiteral("none") : m_ticket.slaState;
    QString stateText = SlaText::stateName(state);
    if (m_ticket.slaPausedSince.isValid())
        stateText = tr("%1 · paused since %2")
                        .arg(stateText, m_ticket.slaPausedSince.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")));
    m_state->setText(stateText);
    m_state->setStyleSheet(badgeStyle(state));

    const QList<SlaClock> clocks = SlaText::clocks(m_ticket);
    const SlaClock::Kind kinds[] = {SlaClock::Kind::Response, SlaClock::Kind::OnSite, SlaClock::Kind::Completion};
    for (int i = 0; i < 3; ++i) {
        const SlaClock* clock = nullptr;
        for (const SlaClock& candidate : clocks)
            if (candidate.kind == kinds[i])
                clock = &candidate;
        m_names[i]->setVisible(clock != nullptr);
        m_due[i]->setVisible(clock != nullptr);
        m_remaining[i]->setVisible(clock != nullptr);
        if (!clock)
            continue;
        m_due[i]->setText(tr("due %1").arg(clock->dueAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_remaining[i]->setText(SlaText::clockStatusText(*clock, now));
        m_remaining[i]->setStyleSheet(remainingStyle(clock->status(now)));
    }
}

} // namespace csm::client::ui
