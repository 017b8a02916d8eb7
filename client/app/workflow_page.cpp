#include "client/app/workflow_page.h"

#include "client/app/confirm.h"
#include "client/app/error_presenter.h"
#include "client/app/workflow_flow_panel.h"
#include "client/app/workflow_items.h"
#include "client/app/workflow_state_form.h"
#include "client/app/workflow_transition_form.h"
#include "client/app/workflow_view.h"
#include "client/core/workflow_editor_controller.h"
#include "client/core/workflow_layout.h"
#include "client/core/workflow_text.h"
#include "common/model/service_type.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>

namespace csm::client::ui {

using Subject = WorkflowScene::Subject;

namespace {
constexpr int kSubjectRole = Qt::UserRole + 1;
constexpr int kCodeRole = Qt::UserRole + 2;
} // namespace

WorkflowPage::WorkflowPage(const AppServices& services, QWidget* parent)
    : Workspace(parent)
    , m_services(services)
    , m_controller(new WorkflowEditorController(services.rpc, this))
    , m_scene(new WorkflowScene(this))
    , m_view(new WorkflowView(m_scene, this))
    , m_serviceType(new QComboBox(this))
    , m_version(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_side(new QStackedWidget(this))
    , m_flowPanel(new WorkflowFlowPanel(this))
    , m_stateForm(new WorkflowStateForm(this))
    , m_transitionForm(new WorkflowTransitionForm(this))
    , m_problems(new QListWidget(this))
{
    setObjectName(QStringLiteral("workflowPage"));
    m_view->setObjectName(QStringLiteral("workflowView"));
    m_serviceType->setObjectName(QStringLiteral("serviceTypeBox"));
    m_serviceType->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_version->setObjectName(QStringLiteral("versionBox"));
    m_version->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->setObjectName(QStringLiteral("workflowStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_problems->setObjectName(QStringLiteral("problemsList"));
    m_problems->setWordWrap(true);
    m_side->setObjectName(QStringLiteral("workflowSidePanel"));
    fillServiceTypes();
    buildActions();
    buildLayout();

    connect(m_controller, &WorkflowEditorController::loaded, this, &WorkflowPage::onLoaded);
    connect(m_controller, &WorkflowEditorController::definitionChanged, this, &WorkflowPage::onDefinitionChanged);
    connect(m_controller, &WorkflowEditorController::problemsChanged, this, &WorkflowPage::updateProblems);
    connect(m_controller, &WorkflowEditorController::versionsListed, this, &WorkflowPage::onVersionsListed);
    connect(m_controller, &WorkflowEditorController::undoStateChanged, this, &WorkflowPage::updateActions);
    connect(m_controller, &WorkflowEditorController::busyChanged, this, &WorkflowPage::updateActions);
    connect(m_controller, &WorkflowEditorController::flowsListed, this, [this] {
        for (const WorkflowHeader& flow : m_controller->flows()) {
            const int index = m_serviceType->findData(flow.serviceType);
            if (index >= 0)
                m_serviceType->setItemText(index, tr("%1 (version %2)").arg(WorkflowText::serviceTypeName(flow.serviceType))
                                                      .arg(flow.version));
        }
    });
    connect(m_controller, &WorkflowEditorController::saved, this, [this](int version) {
        m_services.errors.showTransient(tr("Saved as version %1. New orders follow it; running orders keep theirs.").arg(version));
        m_controller->listFlows();
    });
    connect(m_controller, &WorkflowEditorController::saveRefused, this, [this](const QList<common::WorkflowProblem>& problems) {
        showNotice(tr("Cannot save"),
                   tr("The workflow has %n problem(s) and cannot be saved yet. Fix what the list of problems names "
                      "first:", nullptr, int(problems.size()))
                       + QStringLiteral("\n\n") + WorkflowText::problemText(problems.front()));
        // The first problem is selected, and what it names too.
        if (QListWidgetItem* first = m_problems->item(0)) {
            m_problems->setCurrentItem(first);
            selectSubject(static_cast<Subject>(first->data(kSubjectRole).toInt()), first->data(kCodeRole).toString());
        }
    });
    connect(m_controller, &WorkflowEditorController::failed, this, [this](const common::ErrorInfo& error) {
        ErrorPresenter::Handlers handlers;
        handlers.reload = [this] { m_controller->reload(); };
        handlers.overwrite = [this] { m_controller->overwrite(); };
        m_services.errors.present(error, this, handlers);
    });

    connect(m_serviceType, &QComboBox::activated, this, [this] {
        openFlow(m_serviceType->currentData().toString(), 0);
    });
    connect(m_version, &QComboBox::activated, this, [this] {
        openFlow(m_controller->loadedDefinition().serviceType, m_version->currentData().toInt());
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        if (!m_rebuilding)
            updateSidePanel();
    });
    // Queued: the scene is rebuilt after the edit, not inside its own mouse handler.
    connect(m_scene, &WorkflowScene::statesMoved, this,
            [this](const QHash<QString, QPointF>& positions) { m_controller->moveStates(positions); }, Qt::QueuedConnection);
    connect(m_scene, &WorkflowScene::connectRequested, this, &WorkflowPage::connectStates, Qt::QueuedConnection);
    connect(m_scene, &WorkflowScene::itemActivated, this, &WorkflowPage::activate, Qt::QueuedConnection);
    connect(m_scene, &WorkflowScene::emptyActivated, this, &WorkflowPage::addStateAt, Qt::QueuedConnection);
    connect(m_flowPanel, &WorkflowFlowPanel::nameEdited, m_controller, &WorkflowEditorController::setName);
    connect(m_stateForm, &WorkflowStateForm::edited, this, [this](const QString& code, const common::WorkflowState& state) {
        if (m_controller->updateState(code, state) && state.code != code)
            selectSubject(Subject::State, state.code);
    });
    connect(m_transitionForm, &WorkflowTransitionForm::edited, this,
            [this](const QString& code, const common::WorkflowTransition& transition) {
                if (m_controller->updateTransition(code, transition) && transition.code != code)
                    selectSubject(Subject::Transition, transition.code);
            });
    auto problemClicked = [this](QListWidgetItem* item) {
        selectSubject(static_cast<Subject>(item->data(kSubjectRole).toInt()), item->data(kCodeRole).toString());
    };
    connect(m_problems, &QListWidget::itemClicked, this, problemClicked);
    connect(m_problems, &QListWidget::itemActivated, this, problemClicked);
    updateActions();
    updateSidePanel();
}

void WorkflowPage::fillServiceTypes()
{
    for (const QString& type : common::serviceTypeCodes())
        m_serviceType->addItem(WorkflowText::serviceTypeName(type), type);
}

void WorkflowPage::buildActions()
{
    auto make = [this](const QString& text, const QList<QKeySequence>& keys, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (!keys.isEmpty())
            action->setToolTip(QStringLiteral("%1 (%2)").arg(text, keys.front().toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_addState = make(tr("Add state"), {QKeySequence(Qt::Key_Insert)}, [this] {
        const QPointF center = m_view->mapToScene(m_view->viewport()->rect().center());
        addStateAt(center);
    });
    m_delete = make(tr("Delete"), {QKeySequence(QKeySequence::Delete)}, &WorkflowPage::deleteSelection);
    // Delete only acts on the canvas: in the forms the key edits text and lists.
    removeAction(m_delete);
    m_view->addAction(m_delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_undo = make(tr("Undo"), {QKeySequence(Qt::CTRL | Qt::Key_Z)}, [this] { m_controller->undo(); });
    m_redo = make(tr("Redo"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)},
                  [this] { m_controller->redo(); });
    m_zoomIn = make(tr("Zoom in"), {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)},
                    [this] { m_view->zoomIn(); });
    m_zoomOut = make(tr("Zoom out"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)}, [this] { m_view->zoomOut(); });
    m_fit = make(tr("Fit to view"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { m_view->fitToItems(m_scene->itemsArea()); });
    m_revert = make(tr("Revert"), {}, &WorkflowPage::revert);
    m_revert->setToolTip(tr("Drop the changes and show the version as it was loaded"));
    m_save = make(tr("Save"), {QKeySequence(Qt::CTRL | Qt::Key_S)}, &WorkflowPage::save);
    m_save->setToolTip(tr("Save as a new version (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_S).toString(QKeySequence::NativeText)));
    m_save->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_addState->setObjectName(QStringLiteral("addStateAction"));
    m_delete->setObjectName(QStringLiteral("deleteAction"));
    m_save->setObjectName(QStringLiteral("saveAction"));
}

void WorkflowPage::buildLayout()
{
    auto* toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("workflowToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* typeLabel = new QLabel(tr("Service type:"), this);
    typeLabel->setBuddy(m_serviceType);
    toolbar->addWidget(typeLabel);
    toolbar->addWidget(m_serviceType);
    auto* versionLabel = new QLabel(tr("Version:"), this);
    versionLabel->setBuddy(m_version);
    toolbar->addWidget(versionLabel);
    toolbar->addWidget(m_version);
    toolbar->addSeparator();
    toolbar->addActions({m_addState, m_delete});
    toolbar->addSeparator();
    toolbar->addActions({m_undo, m_redo});
    toolbar->addSeparator();
    toolbar->addActions({m_zoomIn, m_zoomOut, m_fit});
    toolbar->addSeparator();
    toolbar->addActions({m_revert, m_save});

    m_side->addWidget(m_flowPanel);
    m_side->addWidget(m_stateForm);
    m_side->addWidget(m_transitionForm);
    m_problemsTitle = new QLabel(this);
    m_problemsTitle->setObjectName(QStringLiteral("problemsTitle"));
    m_problemsTitle->setTextFormat(Qt::PlainText);
    m_problemsTitle->setWordWrap(true);
    auto* problemsBox = new QWidget(this);
    auto* problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->addWidget(m_problemsTitle);
    problemsLayout->addWidget(m_problems, 1);
    auto* sideSplitter = new QSplitter(Qt::Vertical, this);
    sideSplitter->addWidget(m_side);
    sideSplitter->addWidget(problemsBox);
    sideSplitter->setStretchFactor(0, 3);
    sideSplitter->setStretchFactor(1, 1);
    sideSplitter->setMinimumWidth(300);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(sideSplitter);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({800, 330});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
}

void WorkflowPage::showEvent(QShowEvent* event)
{
    Workspace::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        m_controller->listFlows();
        openFlow(m_serviceType->currentData().toString(), 0);
    }
}

void WorkflowPage::refresh()
{
    m_loadedOnce = true;
    m_controller->listFlows();
    const QString type = m_controller->hasDefinition() ? m_controller->loadedDefinition().serviceType
                                                       : m_serviceType->currentData().toString();
    openFlow(type, m_controller->hasDefinition() ? m_controller->loadedDefinition().version : 0);
}

bool WorkflowPage::isModified() const
{
    return m_controller->isModified();
}

void WorkflowPage::whenChangesMayGo(const std::function<void()>& action, const std::function<void()>& onCancel)
{
    if (!m_controller->isModified()) {
        action();
        return;
    }
    askToConfirm(this, tr("Unsaved changes"), tr("The workflow has changes that are not saved. Drop them?"),
                 tr("Drop changes"), action, QStringLiteral("dropChangesBox"));
    if (onCancel)
        onCancel();   // the boxes show the flow still loaded until the user agrees
}

void WorkflowPage::openFlow(const QString& serviceType, int version)
{
    whenChangesMayGo(
        [this, serviceType, version] {
            m_fitAfterLoad = serviceType != m_controller->loadedDefinition().serviceType;
            m_controller->load(serviceType, version);
        },
        [this] { onVersionsListed(); });
}

void WorkflowPage::onLoaded()
{
    const common::WorkflowDefinition& definition = m_controller->definition();
    m_serviceType->setCurrentIndex(std::max(0, m_serviceType->findData(definition.serviceType)));
    m_scene->clearSelection();
    onVersionsListed();
    if (m_fitAfterLoad || !m_view->property("csmFitted").toBool()) {
        m_view->setProperty("csmFitted", true);
        m_fitAfterLoad = false;
        m_view->fitToItems(m_scene->itemsArea());
    }
}

void WorkflowPage::onVersionsListed()
{
    const QSignalBlocker blocker(m_version);
    m_version->clear();
    const int shown = m_controller->loadedDefinition().version;
    for (const WorkflowHeader& header : m_controller->versions()) {
        if (header.serviceType != m_controller->loadedDefinition().serviceType)
            continue;
        QString text = tr("Version %1").arg(header.version);
        if (!header.createdByName.isEmpty())
            text += QStringLiteral(" · ") + header.createdByName;
        if (header.createdAt.isValid())
            text += QStringLiteral(" · ") + QLocale().toString(header.createdAt.toLocalTime(), QLocale::ShortFormat);
        if (header.latest)
            text += QStringLiteral(" · ") + tr("newest");
        m_version->addItem(text, header.version);
    }
    if (m_version->findData(shown) < 0 && shown > 0)
        m_version->addItem(tr("Version %1").arg(shown), shown);
    m_version->setCurrentIndex(m_version->findData(shown));
    if (m_controller->hasDefinition())
        m_serviceType->setCurrentIndex(std::max(0, m_serviceType->findData(m_controller->loadedDefinition().serviceType)));
    updateStatus();
}

void WorkflowPage::onDefinitionChanged()
{
    const common::WorkflowDefinition& definition = m_controller->definition();
    QSet<QString> subjects;
    for (const common::WorkflowProblem& problem : m_controller->problems())
        subjects.insert(problem.subject);
    m_rebuilding = true;
    m_scene->setDefinition(definition, subjects);
    m_rebuilding = false;
    m_flowPanel->setName(definition.name);
    updateSidePanel();
    updateActions();
    updateStatus();
}

void WorkflowPage::updateSidePanel()
{
    const common::WorkflowDefinition& definition = m_controller->definition();
    QString code;
    const Subject subject = m_scene->selectedSubject(&code);
    if (subject == Subject::State && definition.state(code)) {
        int incoming = 0;
        int outgoing = 0;
        for (const common::WorkflowTransition& transition : definition.transitions) {
            incoming += transition.to == code ? 1 : 0;
            outgoing += transition.from == code ? 1 : 0;
        }
        m_stateForm->setState(*definition.state(code), incoming, outgoing);
        m_side->setCurrentWidget(m_stateForm);
    } else if (subject == Subject::Transition && definition.transition(code)) {
        m_transitionForm->setTransition(*definition.transition(code), definition);
        m_side->setCurrentWidget(m_transitionForm);
    } else {
        m_side->setCurrentWidget(m_flowPanel);
    }
    m_delete->setEnabled(!m_scene->selectedItems().isEmpty());
}

void WorkflowPage::updateProblems()
{
    const common::WorkflowDefinition& definition = m_controller->definition();
    m_problems->clear();
    auto add = [&](const QString& text, const QString& subject) {
        auto* item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), text, m_problems);
        const Subject kind = definition.state(subject)        ? Subject::State
                             : definition.transition(subject) ? Subject::Transition
                                                              : Subject::None;
        item->setData(kSubjectRole, static_cast<int>(kind));
        item->setData(kCodeRole, subject);
    };
    for (const common::WorkflowProblem& problem : m_controller->problems())
        add(WorkflowText::problemText(problem), problem.subject);
    const QMap<QString, QString>& server = m_controller->serverProblems();
    for (auto it = server.cbegin(); it != server.cend(); ++it) {
        const QString subject = it.key().section(QLatin1Char('.'), 1);
        add(tr("Server: %1").arg(it.value()), subject);
    }
    if (m_problems->count() == 0)
        m_problemsTitle->setText(m_controller->hasDefinition() ? tr("Problems: none, the workflow can be saved.") : QString());
    else
        m_problemsTitle->setText(tr("Problems (%1): click one to select what it names.").arg(m_problems->count()));
}

void WorkflowPage::updateActions()
{
    const bool loaded = m_controller->hasDefinition();
    const bool busy = m_controller->isBusy();
    m_undo->setEnabled(m_controller->canUndo());
    m_redo->setEnabled(m_controller->canRedo());
    m_undo->setToolTip(m_controller->canUndo() ? tr("Undo: %1").arg(m_controller->undoText()) : tr("Undo"));
    m_redo->setToolTip(m_controller->canRedo() ? tr("Redo: %1").arg(m_controller->redoText()) : tr("Redo"));
    m_addState->setEnabled(loaded);
    m_revert->setEnabled(loaded && m_controller->isModified());
    m_save->setEnabled(loaded && !busy);
    updateStatus();
}

void WorkflowPage::updateStatus()
{
    if (!m_controller->hasDefinition()) {
        m_status->setText(m_controller->isBusy() ? tr("Loading…") : QString());
        m_flowPanel->setInfo(QString());
        return;
    }
    const common::WorkflowDefinition& loaded = m_controller->loadedDefinition();
    QString text = tr("%1, version %2: %3 states, %4 transitions.")
                       .arg(WorkflowText::serviceTypeName(loaded.serviceType))
                       .arg(loaded.version)
                       .arg(m_controller->definition().states.size())
                       .arg(m_controller->definition().transitions.size());
    // Sentences follow each other with a space in English, without one in Chinese.
    if (m_controller->latestVersion() > loaded.version)
        text = tr("%1 %2", "two sentences")
                   .arg(text, tr("An older version: saving makes it the newest (version %1).")
                                  .arg(m_controller->latestVersion() + 1));
    if (m_controller->isModified())
        text = tr("%1 %2", "two sentences").arg(text, tr("Unsaved changes."));
    m_status->setText(text);
    m_flowPanel->setInfo(text);
}

void WorkflowPage::selectSubject(Subject subject, const QString& code)
{
    m_scene->select(subject, code);
    QGraphicsItem* item = subject == Subject::State ? static_cast<QGraphicsItem*>(m_scene->node(code))
                          : subject == Subject::Transition ? static_cast<QGraphicsItem*>(m_scene->arrow(code))
                                                           : nullptr;
    if (item)
        m_view->ensureVisible(item, 40, 40);
    updateSidePanel();
}

void WorkflowPage::activate(Subject subject, const QString& code)
{
    selectSubject(subject, code);
    if (subject == Subject::State)
        m_stateForm->focusName();
    else if (subject == Subject::Transition)
        m_transitionForm->focusName();
}

void WorkflowPage::addStateAt(const QPointF& scenePos)
{
    const QString code = m_controller->addState(std::round(scenePos.x() / 10) * 10, std::round(scenePos.y() / 10) * 10);
    if (!code.isEmpty())
        activate(Subject::State, code);
}

void WorkflowPage::connectStates(const QString& from, const QString& to)
{
    const QString code = m_controller->addTransition(from, to);
    if (code.isEmpty())
        return;
    activate(Subject::Transition, code);
    m_transitionForm->tabs()->setCurrentIndex(0);   // the roles: a new transition has none yet
}

void WorkflowPage::deleteSelection()
{
    const QStringList states = m_scene->selectedStates();
    const QStringList transitions = m_scene->selectedTransitions();
    if (states.isEmpty() && transitions.isEmpty())
        return;
    QSet<QString> touched;
    for (const QString& state : states)
        for (const QString& transition : m_controller->transitionsOf(state))
            if (!transitions.contains(transition))
                touched.insert(transition);
    auto remove = [this, states, transitions] { m_controller->removeItems(states, transitions); };
    if (touched.isEmpty()) {
        remove();
        return;
    }
    const QString text = states.size() == 1
                             ? tr("State '%1' is used by %n transition(s). Delete it together with them?", nullptr,
                                  int(touched.size()))
                                   .arg(states.front())
                             : tr("The selected states are used by %n transition(s). Delete them together with them?",
                                  nullptr, int(touched.size()));
    askToConfirm(this, tr("Delete"), text, tr("Delete"), remove, QStringLiteral("confirmDeleteBox"));
}

void WorkflowPage::save()
{
    if (!m_controller->hasDefinition())
        return;
    // A form field being edited counts: finish it first.
    if (QWidget* focus = focusWidget())
        if (auto* edit = qobject_cast<QLineEdit*>(focus))
            emit edit->editingFinished();
    if (!m_controller->isModified() && m_controller->latestVersion() <= m_controller->loadedDefinition().version) {
        m_services.errors.showTransient(tr("Nothing to save: the workflow has no changes."));
        return;
    }
    m_controller->save();
}

void WorkflowPage::revert()
{
    if (!m_controller->isModified())
        return;
    askToConfirm(this, tr("Revert"), tr("Drop every change and show version %1 as it was loaded?")
                                         .arg(m_controller->loadedDefinition().version),
                 tr("Revert"), [this] { m_controller->revert(); }, QStringLiteral("confirmRevertBox"));
}

void WorkflowPage::showNotice(const QString& title, const QString& text)
{
    if (m_notice)
        m_notice->close();
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("workflowNoticeBox"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_notice = box;
    box->open();
}

} // namespace csm::client::ui
