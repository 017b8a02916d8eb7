#pragma once
// The main window: the workspaces the user's permissions allow in a navigation list, the
// connection state, the signed-in user and the org unit in the status bar.
#include "client/app/app_services.h"
#include "client/core/session_info.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QVBoxLayout;

namespace csm::client {
class AgentDeskController;
}

namespace csm::client::ui {

class AdminPage;
class AgentDeskPage;
class AgentStateBar;
class WallboardPage;
class WorkflowPage;
class TicketsPage;
class ConnectionIndicator;
class CustomerSearchPage;
class CustomerGroupsPage;
class LanguageManager;
class Workspace;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const AppServices& services, LanguageManager& language, QWidget* parent = nullptr);

    // A (new) session: rebuilds the workspaces when the user changed.
    void setSession(const SessionInfo& session);
    const SessionInfo& session() const { return m_session; }

    CustomerSearchPage* customersPage() const { return m_customers; }
    AdminPage* adminPage() const { return m_admin; }
    CustomerGroupsPage* groupsPage() const { return m_groupsPage; }
    AgentDeskPage* deskPage() const { return m_deskPage; }
    WallboardPage* wallboardPage() const { return m_wallboard; }
    WorkflowPage* workflowPage() const { return m_workflows; }
    TicketsPage* ticketsPage() const { return m_ticketsPage; }
    AgentStateBar* agentStateBar() const { return m_stateBar; }
    AgentDeskController* agentDesk() const { return m_desk; }
    QListWidget* navigation() const { return m_navigation; }
    Workspace* currentWorkspace() const;
    // Shows the workspace with that key ("customers", "admin"); false when not allowed.
    bool showWorkspace(const QString& key);
    QString connectionText() const;

signals:
    void logoutRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void rebuildWorkspaces();
    void addWorkspace(const QString& key, const QString& title, Workspace* page);
    void updateUserLabels();
    void focusCustomerSearch();
    void newCustomer();
    void buildAgentDesk();
    void buildGroups();
    void onScreenPop();
    void chooseLanguage(const QString& language);
    void showAbout();
    void showShortcuts();

    AppServices m_services;
    LanguageManager& m_language;
    SessionInfo m_session;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    ConnectionIndicator* m_connection;
    QLabel* m_user;
    QLabel* m_orgUnit;
    CustomerSearchPage* m_customers = nullptr;
    AdminPage* m_admin = nullptr;
    CustomerGroupsPage* m_groupsPage = nullptr;
    AgentDeskController* m_desk = nullptr;
    AgentStateBar* m_stateBar = nullptr;
    AgentDeskPage* m_deskPage = nullptr;
    WallboardPage* m_wallboard = nullptr;
    WorkflowPage* m_workflows = nullptr;
    TicketsPage* m_ticketsPage = nullptr;
    QVBoxLayout* m_barSlot = nullptr;
    QMenu* m_callMenu = nullptr;
    QAction* m_contactNoteAction = nullptr;
    QAction* m_serviceRequestAction = nullptr;
    QAction* m_complaintAction = nullptr;
    QAction* m_newCustomerAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_chineseAction = nullptr;
    bool m_quitConfirmed = false;
};

} // namespace csm::client::ui
