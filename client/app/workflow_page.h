#pragma once
// The Workflows workspace (users with workflow.admin): a picker of the service type and its
// versions, the canvas of the flow, the side form of the selected state or transition (or of
// the workflow), the problems validateWorkflow finds (a click selects the subject), and the
// actions: add state, delete, undo/redo, zoom, revert, save as a new version.
#include "client/app/app_services.h"
#include "client/app/workflow_scene.h"
#include "client/app/workspace.h"

#include <QMessageBox>
#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace csm::client {
class WorkflowEditorController;
}

namespace csm::client::ui {

class WorkflowFlowPanel;
class WorkflowStateForm;
class WorkflowTransitionForm;
class WorkflowView;

class WorkflowPage : public Workspace {
    Q_OBJECT
public:
    explicit WorkflowPage(const AppServices& services, QWidget* parent = nullptr);

    // F5: the list of flows and the shown flow again (asks first when there are changes).
    void refresh() override;
    // Shows a version (0: the newest) of a service type; asks first when there are changes.
    void openFlow(const QString& serviceType, int version = 0);
    // Selects a state or transition on the canvas and shows its form.
    void selectSubject(WorkflowScene::Subject subject, const QString& code);
    bool isModified() const;

    WorkflowEditorController* controller() const { return m_controller; }
    WorkflowScene* scene() const { return m_scene; }
    WorkflowView* view() const { return m_view; }
    QComboBox* serviceTypeBox() const { return m_serviceType; }
    QComboBox* versionBox() const { return m_version; }
    WorkflowFlowPanel* flowPanel() const { return m_flowPanel; }
    WorkflowStateForm* stateForm() const { return m_stateForm; }
    WorkflowTransitionForm* transitionForm() const { return m_transitionForm; }
    QStackedWidget* sidePanel() const { return m_side; }
    QListWidget* problemsList() const { return m_problems; }
    QLabel* statusLabel() const { return m_status; }
    QAction* addStateAction() const { return m_addState; }
    QAction* deleteAction() const { return m_delete; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    QAction* fitAction() const { return m_fit; }
    QAction* revertAction() const { return m_revert; }
    QAction* saveAction() const { return m_save; }
    // The last notice of the page (save refused); null when none is open.
    QMessageBox* lastNotice() const { return m_notice; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildActions();
    void buildLayout();
    void fillServiceTypes();
    void onLoaded();
    void onDefinitionChanged();
    void onVersionsListed();
    void updateSidePanel();
    void updateProblems();
    void updateActions();
    void updateStatus();
    void deleteSelection();
    void addStateAt(const QPointF& scenePos);
    void connectStates(const QString& from, const QString& to);
    void activate(WorkflowScene::Subject subject, const QString& code);
    void save();
    void revert();
    void showNotice(const QString& title, const QString& text);
    // Runs `action` now, or after the user agreed to drop the unsaved changes.
    void whenChangesMayGo(const std::function<void()>& action, const std::function<void()>& onCancel = {});

    AppServices m_services;
    WorkflowEditorController* m_controller;
    WorkflowScene* m_scene;
    WorkflowView* m_view;
    QComboBox* m_serviceType;
    QComboBox* m_version;
    QLabel* m_status;
    QStackedWidget* m_side;
    WorkflowFlowPanel* m_flowPanel;
    WorkflowStateForm* m_stateForm;
    WorkflowTransitionForm* m_transitionForm;
    QListWidget* m_problems;
    QLabel* m_problemsTitle = nullptr;
    QAction* m_addState = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_zoomIn = nullptr;
    QAction* m_zoomOut = nullptr;
    QAction* m_fit = nullptr;
    QAction* m_revert = nullptr;
    QAction* m_save = nullptr;
    QPointer<QMessageBox> m_notice;
    bool m_rebuilding = false;
    bool m_loadedOnce = false;
    bool m_fitAfterLoad = false;
};

} // namespace csm::client::ui
