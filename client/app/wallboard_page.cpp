#include "client/app/wallboard_page.h"

#include "client/app/desk_colors.h"
#include "client/app/error_presenter.h"
#include "client/core/callback_model.h"
#include "client/core/callbacks_controller.h"
#include "client/core/desk_text.h"
#include "client/core/wallboard_controller.h"
#include "client/core/wallboard_model.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace csm::client::ui {

namespace {
constexpr int kOverdueReloadMs = 60 * 1000;

void setupTable(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
}
} // namespace

WallboardPage::WallboardPage(const AppServices& services, QWidget* parent)
    : Workspace(parent)
    , m_services(services)
    , m_model(new WallboardModel(this))
    , m_controller(new WallboardController(services.rpc, *m_model, this))
    , m_overdue(new CallbackModel(this))
    , m_overdueController(new CallbacksController(services.rpc, *m_overdue, CallbacksController::Scope::Overdue, this))
    , m_agents(new QTableView(this))
    , m_overdueView(new QTableView(this))
    , m_agentSummary(new QLabel(this))
    , m_figures(new QWidget(this))
    , m_clock(new QTimer(this))
    , m_overdueTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("wallboardPage"));
    m_agents->setObjectName(QStringLiteral("wallboardAgents"));
    m_overdueView->setObjectName(QStringLiteral("overdueCallbacks"));
    m_agentSummary->setObjectName(QStringLiteral("agentSummaryLabel"));
    m_agentSummary->setTextFormat(Qt::PlainText);

    auto* figures = new QHBoxLayout(m_figures);
    figures->setContentsMargins(0, 0, 0, 0);
    figures->addWidget(makeFigure(QStringLiteral("waiting"), tr("Waiting"), QStringLiteral("#ef6c00")));
    figures->addWidget(makeFigure(QStringLiteral("active"), tr("Active calls"), QStringLiteral("#1565c0")));
    figures->addWidget(makeFigure(QStringLiteral("offered"), tr("Offered today"), QStringLiteral("#455a64")));
    figures->addWidget(makeFigure(QStringLiteral("answered"), tr("Answered today"), QStringLiteral("#2e7d32")));
    figures->addWidget(makeFigure(QStringLiteral("abandoned"), tr("Abandoned today"), QStringLiteral("#c62828")));

    auto* agentColors = new DeskColorProxy(DeskColorProxy::Kind::Wallboard, this);
    agentColors->setSourceModel(m_model);
    m_agents->setModel(agentColors);
    setupTable(m_agents);
    m_agents->horizontalHeader()->setSectionResizeMode(WallboardModel::Name, QHeaderView::Stretch);
    m_agents->setColumnWidth(WallboardModel::Extension, 90);
    m_agents->setColumnWidth(WallboardModel::State, 110);
    m_agents->setColumnWidth(WallboardModel::Reason, 130);
    m_agents->setColumnWidth(WallboardModel::TimeInState, 110);

    auto* overdueColors = new DeskColorProxy(DeskColorProxy::Kind::Callbacks, this);
    overdueColors->setSourceModel(m_overdue);
    m_overdueView->setModel(overdueColors);
    setupTable(m_overdueView);
    m_overdueView->hideColumn(CallbackModel::Status);
    m_overdueView->horizontalHeader()->setSectionResizeMode(CallbackModel::Note, QHeaderView::Stretch);
    m_overdueView->setColumnWidth(CallbackModel::DueAt, 180);
    m_overdueView->setColumnWidth(CallbackModel::Customer, 90);
    m_overdueView->setColumnWidth(CallbackModel::Owner, 80);

    auto* agentsBox = new QGroupBox(tr("Agents"), this);
    auto* agentsLayout = new QVBoxLayout(agentsBox);
    agentsLayout->addWidget(m_agentSummary);
    agentsLayout->addWidget(m_agents);
    auto* overdueBox = new QGroupBox(tr("Overdue callback promises"), this);
    auto* overdueLayout = new QVBoxLayout(overdueBox);
    overdueLayout->addWidget(m_overdueView);
    auto* lower = new QHBoxLayout;
    lower->addWidget(agentsBox, 1);
    lower->addWidget(overdueBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_figures);
    layout->addLayout(lower, 1);

    connect(m_model, &WallboardModel::figuresChanged, this, &WallboardPage::showFigures);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WallboardPage::updateAgentSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &WallboardPage::updateAgentSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& topLeft) {
        if (topLeft.column() != WallboardModel::TimeInState)
            updateAgentSummary();
    });
    auto present = [this](const common::ErrorInfo& error) { m_services.errors.present(error, this); };
    connect(m_controller, &WallboardController::failed, this, present);
    connect(m_overdueController, &CallbacksController::failed, this, present);
    connect(m_clock, &QTimer::timeout, this, [this] {
        m_model->setNow(QDateTime::currentDateTimeUtc());
        m_overdue->refreshOverdue(QDateTime::currentDateTimeUtc());
    });
    connect(m_overdueTimer, &QTimer::timeout, m_overdueController, &CallbacksController::load);
    m_clock->start(1000);
    m_overdueTimer->start(kOverdueReloadMs);
    showFigures({});
    refresh();
}

QWidget* WallboardPage::makeFigure(const QString& name, const QString& title, const QString& color)
{
    auto* box = new QGroupBox(title, m_figures);
    auto* value = new QLabel(QStringLiteral("0"), box);
    value->setObjectName(QStringLiteral("figure_") + name);
    value->setTextFormat(Qt::PlainText);
    value->setAlignment(Qt::AlignCenter);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 2.6);
    font.setBold(true);
    value->setFont(font);
    value->setStyleSheet(QStringLiteral("color: %1;").arg(color));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(value);
    return box;
}

QString WallboardPage::figureText(const QString& name) const
{
    auto* label = m_figures->findChild<QLabel*>(QStringLiteral("figure_") + name);
    return label ? label->text() : QString();
}

void WallboardPage::showFigures(const CallFigures& figures)
{
    const std::pair<const char*, int> values[] = {
        {"waiting", figures.waiting},           {"active", figures.active},
        {"offered", figures.offeredToday},      {"answered", figures.answeredToday},
        {"abandoned", figures.abandonedToday},
    };
    for (const auto& [name, value] : values) {
        if (auto* label = m_figures->findChild<QLabel*>(QStringLiteral("figure_") + QLatin1String(name)))
            label->setText(QString::number(value));
    }
}

void WallboardPage::updateAgentSummary()
{
    const int ready = m_model->countInState(QStringLiteral("ready"));
    const int busy = m_model->countInState(QStringLiteral("on_call")) + m_model->countInState(QStringLiteral("ringing"));
    const int notReady = m_model->countInState(QStringLiteral("not_ready"));
    const int wrapUp = m_model->countInState(QStringLiteral("wrap_up"));
    m_agentSummary->setText(tr("%1: %2   %3: %4   %5: %6   %7: %8")
                                .arg(DeskText::stateName(QStringLiteral("ready")))
                                .arg(ready)
                                .arg(DeskText::stateName(QStringLiteral("on_call")))
                                .arg(busy)
                                .arg(DeskText::stateName(QStringLiteral("wrap_up")))
                                .arg(wrapUp)
                                .arg(DeskText::stateName(QStringLiteral("not_ready")))
                                .arg(notReady));
}

void WallboardPage::refresh()
{
    m_controller->load();
    m_overdueController->load();
}

} // namespace csm::client::ui
