#include "client/app/agent_state_bar.h"

#include "client/core/agent_desk_controller.h"
#include "client/core/customer_search_model.h"
#include "client/core/desk_text.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

namespace csm::client::ui {

namespace {
QLabel* plainLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setObjectName(name);
    return label;
}
} // namespace

AgentStateBar::AgentStateBar(AgentDeskController& desk, QWidget* parent)
    : QFrame(parent)
    , m_desk(desk)
    , m_extension(plainLabel(this, QStringLiteral("extensionLabel")))
    , m_state(plainLabel(this, QStringLiteral("agentStateLabel")))
    , m_elapsed(plainLabel(this, QStringLiteral("stateTimeLabel")))
    , m_ready(new QPushButton(tr("Ready"), this))
    , m_notReady(new QToolButton(this))
    , m_reasonMenu(new QMenu(this))
    , m_login(new QPushButton(tr("Log in to extension"), this))
    , m_callBox(new QFrame(this))
    , m_caller(plainLabel(m_callBox, QStringLiteral("callerLabel")))
    , m_callFlags(plainLabel(m_callBox, QStringLiteral("callFlagsLabel")))
    , m_answer(new QPushButton(tr("Answer"), m_callBox))
    , m_hangup(new QPushButton(tr("Hang up"), m_callBox))
    , m_wrapUp(new QFrame(this))
    , m_wrapUpCustomer(plainLabel(m_wrapUp, QStringLiteral("wrapUpCustomerLabel")))
    , m_summary(new QLineEdit(m_wrapUp))
    , m_done(new QPushButton(tr("Done"), m_wrapUp))
    , m_readyAction(new QAction(tr("&Ready"), this))
    , m_notReadyAction(new QAction(tr("&Not ready…"), this))
    , m_answerAction(new QAction(tr("&Answer call"), this))
    , m_hangupAction(new QAction(tr("&Hang up"), this))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("agentStateBar"));
    setFrameShape(QFrame::StyledPanel);
    m_ready->setObjectName(QStringLiteral("readyButton"));
    m_notReady->setObjectName(QStringLiteral("notReadyButton"));
    m_login->setObjectName(QStringLiteral("agentLoginButton"));
    m_answer->setObjectName(QStringLiteral("answerButton"));
    m_hangup->setObjectName(QStringLiteral("hangupButton"));
    m_summary->setObjectName(QStringLiteral("wrapUpSummaryEdit"));
    m_done->setObjectName(QStringLiteral("wrapUpDoneButton"));
    m_callBox->setObjectName(QStringLiteral("callBox"));
    m_wrapUp->setObjectName(QStringLiteral("wrapUpPanel"));

    m_readyAction->setShortcut(QKeySequence(Qt::Key_F7));
    m_notReadyAction->setShortcut(QKeySequence(Qt::Key_F8));
    m_answerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_hangupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_ready->setToolTip(tr("Take calls (F7)"));
    m_notReady->setToolTip(tr("Take no calls, with a reason (F8)"));
    m_answer->setToolTip(tr("Answer the ringing call (Ctrl+Shift+A)"));
    m_hangup->setToolTip(tr("Hang up (Ctrl+Shift+H)"));

    for (const QString& reason : DeskText::notReadyReasons()) {
        QAction* action = m_reasonMenu->addAction(DeskText::reasonName(reason));
        action->setObjectName(QStringLiteral("reason_") + reason);
        connect(action, &QAction::triggered, this, [this, reason] { m_desk.setNotReady(reason); });
    }
    m_notReady->setText(tr("Not ready"));
    m_notReady->setMenu(m_reasonMenu);
    m_notReady->setPopupMode(QToolButton::InstantPopup);
    m_notReady->setToolButtonStyle(Qt::ToolButtonTextOnly);

    QFont stateFont = m_state->font();
    stateFont.setBold(true);
    m_state->setFont(stateFont);
    m_state->setMargin(4);
    m_state->setMinimumWidth(80);
    m_state->setAlignment(Qt::AlignCenter);
    m_elapsed->setMinimumWidth(m_elapsed->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")) + 8);

    m_callBox->setFrameShape(QFrame::StyledPanel);
    m_callBox->setStyleSheet(QStringLiteral("#callBox { background: #e3f2fd; }"));
    QFont callerFont = m_caller->font();
    callerFont.setBold(true);
    m_caller->setFont(callerFont);
    m_callFlags->setStyleSheet(QStringLiteral("color: #e65100; font-weight: bold;"));
    auto* callLayout = new QHBoxLayout(m_callBox);
    callLayout->setContentsMargins(6, 2, 6, 2);
    callLayout->addWidget(m_caller);
    callLayout->addWidget(m_callFlags);
    callLayout->addWidget(m_answer);
    callLayout->addWidget(m_hangup);

    m_wrapUp->setFrameShape(QFrame::StyledPanel);
    m_wrapUp->setStyleSheet(QStringLiteral("#wrapUpPanel { background: #f3e5f5; }"));
    m_summary->setPlaceholderText(tr("Wrap-up: what was the call about?"));
    m_summary->setMaxLength(4000);
    m_done->setToolTip(tr("Record the wrap-up and become ready"));
    auto* wrapLayout = new QHBoxLayout(m_wrapUp);
    wrapLayout->setContentsMargins(6, 2, 6, 2);
    QLabel* wrapTitle = plainLabel(m_wrapUp, QStringLiteral("wrapUpTitle"));
    wrapTitle->setText(tr("Wrap-up"));
    wrapLayout->addWidget(wrapTitle);
    wrapLayout->addWidget(m_wrapUpCustomer);
    wrapLayout->addWidget(m_summary, 1);
    wrapLayout->addWidget(m_done);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_extension);
    layout->addWidget(m_state);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_ready);
    layout->addWidget(m_notReady);
    layout->addWidget(m_login);
    layout->addSpacing(12);
    layout->addWidget(m_callBox);
    layout->addWidget(m_wrapUp, 1);
    layout->addStretch(0);

    connect(m_ready, &QPushButton::clicked, m_readyAction, &QAction::trigger);
    connect(m_readyAction, &QAction::triggered, &m_desk, &AgentDeskController::setReady);
    connect(m_notReadyAction, &QAction::triggered, this, &AgentStateBar::showReasonMenu);
    connect(m_answer, &QPushButton::clicked, m_answerAction, &QAction::trigger);
    connect(m_answerAction, &QAction::triggered, &m_desk, &AgentDeskController::answer);
    connect(m_hangup, &QPushButton::clicked, m_hangupAction, &QAction::trigger);
    connect(m_hangupAction, &QAction::triggered, &m_desk, &AgentDeskController::hangup);
    connect(m_login, &QPushButton::clicked, this, [this] { m_desk.start(m_desk.agent().userId); });
    auto finish = [this] { m_desk.finishWrapUp(m_summary->text()); };
    connect(m_done, &QPushButton::clicked, this, finish);
    connect(m_summary, &QLineEdit::returnPressed, this, finish);
    connect(&m_desk, &AgentDeskController::agentChanged, this, &AgentStateBar::updateAgent);
    connect(&m_desk, &AgentDeskController::callChanged, this, &AgentStateBar::updateCall);
    connect(&m_desk, &AgentDeskController::wrapUpDone, this, [this] {
        m_summary->clear();
        m_wrapUpCustomer->clear();
    });
    connect(m_clock, &QTimer::timeout, this, &AgentStateBar::tick);
    m_clock->start(1000);
    updateAgent();
    updateCall();
}

QList<QAction*> AgentStateBar::callActions() const
{
    return {m_readyAction, m_notReadyAction, m_answerAction, m_hangupAction};
}

void AgentStateBar::showReasonMenu()
{
    if (!m_notReadyAction->isEnabled())
        return;
    m_reasonMenu->popup(m_notReady->mapToGlobal(QPoint(0, m_notReady->height())));
    if (!m_reasonMenu->actions().isEmpty())
        m_reasonMenu->setActiveAction(m_reasonMenu->actions().constFirst());
}

QString AgentStateBar::stateText() const
{
    return m_state->text();
}

QString AgentStateBar::callerText() const
{
    return m_caller->text();
}

bool AgentStateBar::isWrapUpShown() const
{
    return !m_wrapUp->isHidden();
}

void AgentStateBar::setWrapUpCustomer(const QString& name)
{
    m_wrapUpCustomer->setText(name.isEmpty() ? QString() : tr("Customer: %1").arg(name));
}

void AgentStateBar::updateAgent()
{
    const AgentInfo& agent = m_desk.agent();
    m_extension->setText(agent.extension.isEmpty() ? tr("No extension") : tr("Ext. %1").arg(agent.extension));
    QString state = DeskText::stateName(agent.state.isEmpty() ? QStringLiteral("logged_out") : agent.state);
    if (agent.state == QLatin1String("not_ready") && !agent.reason.isEmpty())
        state = tr("%1: %2").arg(state, DeskText::reasonName(agent.reason));
    m_state->setText(state);
    m_state->setStyleSheet(QStringLiteral("background: %1; color: white; border-radius: 3px; padding: 1px 6px;")
                               .arg(DeskText::stateColor(agent.state)));
    const bool loggedIn = agent.isLoggedIn();
    const bool canChoose = loggedIn && !agent.isOnCall();
    m_readyAction->setEnabled(canChoose && agent.state != QLatin1String("ready"));
    m_notReadyAction->setEnabled(canChoose);
    m_ready->setEnabled(m_readyAction->isEnabled());
    m_notReady->setEnabled(canChoose);
    m_ready->setVisible(loggedIn);
    m_notReady->setVisible(loggedIn);
    m_login->setVisible(!loggedIn && !agent.state.isEmpty());
    tick();
    updateCall();
}

void AgentStateBar::updateCall()
{
    const DeskCall& call = m_desk.call();
    const bool ringing = call.isValid() && call.phase == QLatin1String("ringing");
    const bool talking = call.isValid() && (call.phase == QLatin1String("answered") || m_desk.agent().state == QLatin1String("on_call"));
    m_callBox->setVisible(call.isValid() && (ringing || talking));
    if (call.isValid()) {
        QString who;
        if (call.withheld && call.direction != QLatin1String("outbound"))
            who = tr("Withheld number");
        else if (!call.caller.isEmpty())
            who = CustomerSearchModel::displayPhones({call.caller});
        else
            who = call.direction == QLatin1String("outbound") ? tr("Outgoing call") : call.callerRaw;
        if (call.customers.size() == 1)
            who = tr("%1 — %2").arg(call.customers.front().name, who);
        m_caller->setText(ringing ? tr("Ringing: %1").arg(who) : tr("On call: %1").arg(who));
        QStringList flags;
        if (call.withheld && call.direction != QLatin1String("outbound"))
            flags.append(tr("⚠ Caller ID withheld"));
        if (call.isRepeatCaller())
            flags.append(tr("↻ Repeat caller (%n earlier call(s) in 7 days)", nullptr, call.calls7d));
        if (!call.queue.isEmpty())
            flags.append(tr("Queue %1").arg(call.queue));
        m_callFlags->setText(flags.join(QStringLiteral("  ")));
    } else {
        m_caller->clear();
        m_callFlags->clear();
    }
    m_answerAction->setEnabled(ringing && call.direction != QLatin1String("outbound"));
    m_answer->setVisible(ringing && call.direction != QLatin1String("outbound"));
    m_hangupAction->setEnabled(ringing || talking);
    m_hangup->setEnabled(ringing || talking);
    const bool wrapping = m_desk.isWrappingUp();
    m_wrapUp->setVisible(wrapping);
    if (!wrapping)
        m_wrapUpCustomer->clear();
}

void AgentStateBar::tick()
{
    const AgentInfo& agent = m_desk.agent();
    if (!agent.isLoggedIn() || !agent.since.isValid()) {
        m_elapsed->clear();
        return;
    }
    m_elapsed->setText(formatDuration(agent.since.secsTo(QDateTime::currentDateTimeUtc())));
}

} // namespace csm::client::ui
