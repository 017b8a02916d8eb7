#include "client/app/ticket_detail_dialog.h"

#include "client/app/busy_indicator.h"
#include "client/app/case_panel.h"
#include "client/app/desk_colors.h"
#include "client/app/error_presenter.h"
#include "client/app/job_sheet_printer.h"
#include "client/app/ticket_fees_box.h"
#include "client/app/ticket_sla_box.h"
#include "client/app/transition_dialog.h"
#include "client/core/desk_text.h"
#include "client/core/fault_code_lookup.h"
#include "client/core/job_sheet.h"
#include "client/core/notification_controller.h"
#include "client/core/notification_model.h"
#include "client/core/ticket_fees_controller.h"
#include "client/core/ticket_parts_model.h"
#include "client/core/rpc_client.h"
#include "client/core/session_info.h"
#include "client/core/ticket_list_model.h"
#include "client/core/ticket_text.h"
#include "client/core/ticket_timeline_model.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace csm::client::ui {

namespace {
QString categoryStyle(const QString& category)
{
    QString colors = QStringLiteral("background: #e3f2fd; color: #0d47a1;");   // active
    if (category == QLatin1String("new"))
        colors = QStringLiteral("background: #fff8e1; color: #e65100;");
    else if (category == QLatin1String("waiting"))
        colors = QStringLiteral("background: #f3e5f5; color: #6a1b9a;");
    else if (category == QLatin1String("resolved"))
        colors = QStringLiteral("background: #e8f5e9; color: #1b5e20;");
    else if (category == QLatin1String("closed"))
        colors = QStringLiteral("background: #eeeeee; color: #424242;");
    return colors + QStringLiteral(" padding: 3px 8px; border-radius: 4px; font-weight: bold;");
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}
} // namespace

TicketDetailDialog* TicketDetailDialog::open(const AppServices& services, qint64 ticketId, QWidget* parent)
{
    auto* dialog = new TicketDetailDialog(services, ticketId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

TicketDetailDialog::TicketDetailDialog(const AppServices& services, qint64 ticketId, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_timeline(new TicketTimelineModel(this))
    , m_controller(new TicketController(services.rpc, *m_timeline, this))
    , m_number(new QLabel(this))
    , m_state(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_actionsLayout(new QHBoxLayout)
    , m_noActions(new QLabel(this))
    , m_timelineView(new QTableView(this))
    , m_sla(new TicketSlaBox(this))
    , m_cases(new CasePanel(services, this))
    , m_faultCodes(new FaultCodeLookup(services.rpc, this))
    , m_fees(new TicketFeesBox(services, this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("ticketDetailDialog"));
    setWindowTitle(tr("Work order"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setModal(false);
    m_number->setObjectName(QStringLiteral("ticketNumberLabel"));
    m_number->setTextFormat(Qt::PlainText);
    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_number->setFont(big);
    m_state->setObjectName(QStringLiteral("ticketStateLabel"));
    m_state->setTextFormat(Qt::PlainText);
    m_busy->setText(tr("Loading…"));
    m_noActions->setObjectName(QStringLiteral("noActionsLabel"));
    m_noActions->setTextFormat(Qt::PlainText);
    m_noActions->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_noActions->setText(tr("Nothing for you to do on this order in its current state."));
    m_noActions->hide();

    auto* header = new QHBoxLayout;
    header->addWidget(m_number);
    header->addSpacing(10);
    header->addWidget(m_state);
    header->addStretch(1);
    header->addWidget(m_busy);

    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    for (QFormLayout* form : {left, right}) {
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    }
    left->addRow(tr("Service type"), value(QStringLiteral("serviceType")));
    left->addRow(tr("Severity"), value(QStringLiteral("severity")));
    left->addRow(tr("Channel"), value(QStringLiteral("channel")));
    left->addRow(tr("Customer"), value(QStringLiteral("customer")));
    left->addRow(tr("Address"), value(QStringLiteral("address")));
    left->addRow(tr("Product"), value(QStringLiteral("product")));
    right->addRow(tr("Service point"), value(QStringLiteral("unit")));
    right->addRow(tr("Technician"), value(QStringLiteral("technician")));
    right->addRow(tr("Appointment"), value(QStringLiteral("appointment")));
    right->addRow(tr("Owner"), value(QStringLiteral("owner")));
    right->addRow(tr("Created"), value(QStringLiteral("created")));
    right->addRow(tr("Workflow"), value(QStringLiteral("workflow")));
    right->addRow(tr("Warranty"), value(QStringLiteral("warranty")));
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);
    // The texts may be long: under the short facts, in the left column's form (labels aligned).
    left->addRow(tr("Description"), value(QStringLiteral("description")));
    left->addRow(tr("Diagnosis"), value(QStringLiteral("diagnosis")));
    left->addRow(tr("Resolution"), value(QStringLiteral("resolution")));
    auto* orderBox = new QGroupBox(tr("Order"), this);
    auto* orderLayout = new QVBoxLayout(orderBox);
    orderLayout->addLayout(columns);

    auto* actionsBox = new QGroupBox(tr("Actions"), this);
    actionsBox->setObjectName(QStringLiteral("actionsBox"));
    auto* actionsOuter = new QHBoxLayout(actionsBox);
    actionsOuter->addLayout(m_actionsLayout);
    actionsOuter->addWidget(m_noActions);
    actionsOuter->addStretch(1);

    m_timelineView->setObjectName(QStringLiteral("ticketTimelineView"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timelineView->setAlternatingRowColors(true);
    m_timelineView->setWordWrap(false);
    m_timelineView->verticalHeader()->hide();
    m_timelineView->verticalHeader()->setDefaultSectionSize(m_timelineView->fontMetrics().height() + 8);
    m_timelineView->setColumnWidth(TicketTimelineModel::When, m_timelineView->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31 23:59:59")) + 16);
    m_timelineView->setColumnWidth(TicketTimelineModel::User, 90);
    m_timelineView->setColumnWidth(TicketTimelineModel::Event, 260);
    m_timelineView->horizontalHeader()->setStretchLastSection(true);
    auto* timelineBox = new QGroupBox(tr("Timeline (newest first)"), this);
    auto* timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->addWidget(m_timelineView);
    // The timeline and the SMS side by side; the timeline gets the larger part (its events are
    // sentences), and the user can move the divider.
    auto* lower = new QHBoxLayout;
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("timelineSplit"));
    split->setChildrenCollapsible(false);
    split->addWidget(timelineBox);
    lower->addWidget(split);
    if (SessionInfo::fromSession(services.rpc.session()).can(QStringLiteral("notify.read"))) {
        m_notifications = new NotificationModel(this);
        m_notificationController = new NotificationController(services.rpc, *m_notifications, this);
        m_notificationsView = new QTableView(this);
        m_notificationsView->setObjectName(QStringLiteral("notificationsView"));
        auto* colors = new DeskColorProxy(DeskColorProxy::Kind::Notifications, this);
        colors->setSourceModel(m_notifications);
        m_notificationsView->setModel(colors);
        m_notificationsView->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_notificationsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_notificationsView->setWordWrap(false);
        m_notificationsView->verticalHeader()->hide();
        m_notificationsView->verticalHeader()->setDefaultSectionSize(m_notificationsView->fontMetrics().height() + 8);
        m_notificationsView->setColumnWidth(NotificationModel::Time, m_notificationsView->fontMetrics().horizontalAdvance(QStringLiteral("12-31 23:59")) + 14);
        m_notificationsView->setColumnWidth(NotificationModel::Recipient, m_notificationsView->fontMetrics().horizontalAdvance(QStringLiteral("139****56789")) + 12);
        m_notificationsView->setColumnWidth(NotificationModel::Status, m_notificationsView->fontMetrics().horizontalAdvance(NotificationModel::tr("Failed %n time(s), retrying", nullptr, 2)) + 16);
        m_notificationsView->horizontalHeader()->setStretchLastSection(true);
        auto* notificationsBox = new QGroupBox(tr("SMS to the customer"), this);
        auto* notificationsLayout = new QVBoxLayout(notificationsBox);
        notificationsLayout->addWidget(m_notificationsView);
        split->addWidget(notificationsBox);
        split->setStretchFactor(0, 3);
        split->setStretchFactor(1, 2);
        connect(m_notificationController, &NotificationController::failed, this,
                [this](const common::ErrorInfo& error) { m_services.errors.present(error, this); });
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    auto* refresh = buttons->addButton(tr("Reload"), QDialogButtonBox::ActionRole);
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    connect(refresh, &QPushButton::clicked, m_controller, &TicketController::reload);
    // The job sheet the technician takes along: printed (through the preview) or saved as PDF.
    m_jobSheetButton = buttons->addButton(tr("Job sheet"), QDialogButtonBox::ActionRole);
    m_jobSheetButton->setObjectName(QStringLiteral("jobSheetButton"));
    m_jobSheetButton->setEnabled(false);
    auto* jobSheetMenu = new QMenu(m_jobSheetButton);
    auto* printAction = jobSheetMenu->addAction(tr("Print preview…"), this, &TicketDetailDialog::previewJobSheet);
    printAction->setShortcut(QKeySequence::Print);
    auto* pdfAction = jobSheetMenu->addAction(tr("Save as PDF…"), this, [this] { saveJobSheetPdf(QString()); });
    pdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    for (QAction* action : {printAction, pdfAction}) {
        action->setShortcutVisibleInContextMenu(true);
        action->setEnabled(false);
        addAction(action);   // the shortcuts work without opening the menu
        connect(m_controller, &TicketController::loaded, action, [action] { action->setEnabled(true); });
    }
    m_jobSheetButton->setMenu(jobSheetMenu);
    m_jobSheetButton->setToolTip(tr("Print the job sheet (Ctrl+P) or save it as PDF (Ctrl+Shift+S)"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // All but the buttons scrolls: a complaint with supervisions is taller than a laptop's screen.
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(orderBox);
    auto* middle = new QHBoxLayout;
    middle->addWidget(actionsBox, 1);
    middle->addWidget(m_sla);
    layout->addLayout(middle);
    layout->addWidget(m_cases);   // shown when the order is a complaint or may be supervised
    // The timeline (beside the SMS sent, for those who may read them) and the warranty and fees.
    auto* timelinePage = new QWidget(m_tabs);
    timelinePage->setLayout(lower);
    lower->setContentsMargins(0, 0, 0, 0);
    m_tabs->setObjectName(QStringLiteral("ticketDetailTabs"));
    m_tabs->addTab(timelinePage, tr("Timeline"));
    m_fees->setTitle(QString());   // the tab names it
    m_tabs->addTab(m_fees, tr("Warranty and fees"));
    m_tabs->setMinimumHeight(fontMetrics().height() * 14);   // the timeline keeps a few rows
    layout->addWidget(m_tabs, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("ticketDetailScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(scroll, 1);
    outer->addWidget(buttons);

    connect(m_controller, &TicketController::loaded, this, &TicketDetailDialog::onLoaded);
    connect(m_controller, &TicketController::failed, this, &TicketDetailDialog::onFailed);
    connect(m_controller, &TicketController::busyChanged, m_busy, &BusyIndicator::setBusy);
    connect(m_fees, &TicketFeesBox::ticketChanged, m_controller, &TicketController::reload);
    connect(m_fees, &TicketFeesBox::summaryChanged, this, [this](const QString& summary) {
        if (QLabel* label = m_values.value(QStringLiteral("warranty")))
            label->setText(summary.isEmpty() ? QStringLiteral("—") : summary);
    });
    connect(m_controller, &TicketController::busyChanged, this, [this](bool busy) {
        if (m_transition)
            m_transition->setBusy(busy);
    });
    connect(m_controller, &TicketController::transitioned, this, [this](const common::Ticket& ticket) {
        if (m_transition)
            m_transition->accept();
        m_services.errors.showTransient(tr("Order %1: %2").arg(ticket.number, ticket.stateName));
        emit ticketChanged(ticket);
    });
    connect(m_cases, &CasePanel::changed, m_controller, &TicketController::reload);
    connect(m_faultCodes, &FaultCodeLookup::modelLoaded, this, [this](const QString& model) {
        if (m_transition && model == m_controller->ticket().productModelCode)
            m_transition->setFaultCodes(m_faultCodes->modelCodes(model));
    });
    resize(1000, 740);
    m_controller->load(ticketId);
}

TransitionDialog* TicketDetailDialog::transitionDialog() const
{
    return m_transition;
}

QLabel* TicketDetailDialog::value(const QString& name)
{
    auto* label = new QLabel(this);
    label->setObjectName(name + QStringLiteral("Value"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_values.insert(name, label);
    return label;
}

void TicketDetailDialog::onLoaded()
{
    const common::Ticket& t = m_controller->ticket();
    setWindowTitle(tr("Work order %1").arg(t.number));
    m_number->setText(t.number);
    m_state->setText(t.stateName.isEmpty() ? t.state : t.stateName);
    m_state->setStyleSheet(categoryStyle(t.stateCategory));
    m_state->setToolTip(TicketText::categoryName(t.stateCategory));
    m_jobSheetButton->setEnabled(true);
    auto set = [this](const QString& name, const QString& text) {
        if (QLabel* label = m_values.value(name))
            label->setText(text.isEmpty() ? QStringLiteral("—") : text);
    };
    set(QStringLiteral("serviceType"), TicketText::serviceTypeName(t.serviceType));
    set(QStringLiteral("severity"), TicketText::severityName(t.severity));
    set(QStringLiteral("channel"), DeskText::channelName(t.channel));
    set(QStringLiteral("customer"), t.customerPhone.isEmpty() ? t.customerName
                                                              : tr("%1, %2").arg(t.customerName, t.customerPhone));
    set(QStringLiteral("address"), t.customerAddress);
    set(QStringLiteral("product"), TicketListModel::productText(t));
    QString unit = t.assignedOrgUnitName;
    if (!t.escalatedFromOrgUnitName.isEmpty())
        unit = tr("%1 (escalated from %2)").arg(unit, t.escalatedFromOrgUnitName);
    set(QStringLiteral("unit"), unit);
    set(QStringLiteral("technician"), t.technicianName);
    set(QStringLiteral("appointment"), TicketListModel::appointmentText(t.appointmentStart, t.appointmentEnd));
    set(QStringLiteral("owner"), t.createdOrgUnitName.isEmpty() ? t.ownerName : tr("%1, %2").arg(t.ownerName, t.createdOrgUnitName));
    set(QStringLiteral("created"), timeText(t.createdAt));
    set(QStringLiteral("workflow"), tr("version %1").arg(t.workflowVersion));
    set(QStringLiteral("description"), t.description);
    set(QStringLiteral("diagnosis"), t.diagnosis);
    set(QStringLiteral("resolution"), t.resolution);
    QHash<qint64, QString> units;
    for (const auto& unit : m_controller->units())
        units.insert(unit.first, unit.second);
    for (const auto& [id, name] : {std::pair{t.assignedOrgUnitId, t.assignedOrgUnitName},
                                   std::pair{t.createdOrgUnitId, t.createdOrgUnitName},
                                   std::pair{t.escalatedFromOrgUnitId, t.escalatedFromOrgUnitName}}) {
        if (id != 0 && !name.isEmpty())
            units.insert(id, name);
    }
    QHash<qint64, QString> users;
    if (t.technicianId != 0)
        users.insert(t.technicianId, t.technicianName);
    m_timeline->setNames(units, users);
    m_sla->setTicket(t);
    if (m_notificationController)
        m_notificationController->load(t.id);
    m_cases->setTicket(t, m_controller->cases());
    rebuildActions();
    m_fees->load(t.id);
}

QString TicketDetailDialog::jobSheetHtml() const
{
    JobSheetExtras extras;
    extras.printedAt = QDateTime::currentDateTime();
    extras.printedBy = SessionInfo::fromSession(m_services.rpc.session()).displayName;
    const TicketFeesController* fees = m_fees->controller();
    if (fees->isLoaded()) {
        extras.parts = m_fees->partsModel()->parts();
        extras.warrantyVerdict = m_fees->verdictSummary();
        if (fees->fee())
            extras.fees = fees->fee()->amounts;
    }
    return JobSheet::html(m_controller->ticket(), extras);
}

void TicketDetailDialog::previewJobSheet()
{
    if (!m_controller->isLoaded())
        return;
    JobSheetPrinter::preview(jobSheetHtml(), tr("Job sheet %1").arg(m_controller->ticket().number), this);
}

bool TicketDetailDialog::saveJobSheetPdf(const QString& givenPath)
{
    if (!m_controller->isLoaded())
        return false;
    QString path = givenPath;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Save the job sheet as PDF"),
                                            QDir::home().filePath(JobSheet::defaultFileName(m_controller->ticket())),
                                            tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return false;
        if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            path += QStringLiteral(".pdf");
    }
    QString error;
    if (!JobSheetPrinter::savePdf(jobSheetHtml(), tr("Job sheet %1").arg(m_controller->ticket().number), path, &error)) {
        QMessageBox::warning(this, tr("Job sheet not saved"),
                             tr("The job sheet could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    return true;
}

QStringList TicketDetailDialog::actionCodes() const
{
    QStringList codes;
    for (const TicketAction& action : m_controller->actions())
        codes.append(action.code);
    return codes;
}

void TicketDetailDialog::rebuildActions()
{
    for (QPushButton* button : std::as_const(m_actionButtons))
        button->deleteLater();
    m_actionButtons.clear();
    for (const TicketAction& action : m_controller->actions()) {
        auto* button = new QPushButton(action.name, this);
        button->setObjectName(QStringLiteral("action_") + action.code);
        button->setToolTip(tr("To “%1”").arg(action.toName));
        connect(button, &QPushButton::clicked, this, [this, code = action.code] { startAction(code); });
        m_actionsLayout->addWidget(button);
        m_actionButtons.insert(action.code, button);
    }
    m_noActions->setVisible(m_actionButtons.isEmpty());
}

void TicketDetailDialog::startAction(const QString& code)
{
    const TicketAction* action = m_controller->action(code);
    if (!action)
        return;
    if (m_transition)
        m_transition->reject();
    m_transition = new TransitionDialog(m_controller->ticket(), *action, m_controller->units(), m_controller->technicians(), this);
    m_transition->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_transition, &TransitionDialog::submitted, m_controller, &TicketController::transition);
    const QString model = m_controller->ticket().productModelCode;
    if (action->requiredFields.contains(QStringLiteral("fault_code")) || action->optionalFields.contains(QStringLiteral("fault_code"))) {
        if (m_faultCodes->hasModel(model))
            m_transition->setFaultCodes(m_faultCodes->modelCodes(model));
        else
            m_faultCodes->requestModel(model);
    }
    m_transition->open();
}

void TicketDetailDialog::onFailed(TicketController::Action action, const common::ErrorInfo& error)
{
    const bool transition = action == TicketController::Action::Transition;
    if (transition && m_transition && m_transition->isVisible() && error.code == common::ErrorCode::Validation) {
        QMap<QString, QString> problems;
        for (auto it = error.fields.cbegin(); it != error.fields.cend(); ++it)
            problems.insert(it.key(), ErrorPresenter::fieldProblemText(it.value()));
        if (problems.isEmpty())
            problems.insert(QStringLiteral("transition"), error.message);
        m_transition->showProblems(problems);
        return;
    }
    QWidget* parent = m_transition && m_transition->isVisible() ? static_cast<QWidget*>(m_transition) : this;
    ErrorPresenter::Handlers handlers;
    if (transition && error.code == common::ErrorCode::Conflict) {
        // Someone moved the order meanwhile: show where it is now; the user decides again.
        handlers.reload = [this] {
            if (m_transition)
                m_transition->reject();
            m_controller->reload();
        };
    }
    m_services.errors.present(error, parent, handlers);
    if (transition && error.code == common::ErrorCode::PermissionDenied)
        m_controller->reload();
}

} // namespace csm::client::ui
