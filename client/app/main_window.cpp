#include "client/app/main_window.h"

#include "client/app/admin_page.h"
#include "client/app/agent_desk_page.h"
#include "client/app/agent_state_bar.h"
#include "client/app/tickets_page.h"
#include "client/app/wallboard_page.h"
#include "client/app/workflow_page.h"
#include "client/core/agent_desk_controller.h"
#include "client/app/app_settings.h"
#include "client/app/confirm.h"
#include "client/app/connection_indicator.h"
#include "client/app/customer_form.h"
#include "client/app/customer_groups_page.h"
#include "client/app/customer_search_page.h"
#include "client/app/error_presenter.h"
#include "client/app/help_dialogs.h"
#include "client/app/language_manager.h"
#include "client/app/role_names.h"
#include "client/core/region_cache.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

namespace csm::client::ui {

namespace {
constexpr int kKeyRole = Qt::UserRole + 1;
} // namespace

MainWindow::MainWindow(const AppServices& services, LanguageManager& language, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_language(language)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_connection(new ConnectionIndicator(services.rpc, this))
    , m_user(new QLabel(this))
    , m_orgUnit(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CSM — Customer Service Management"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(170);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setText(tr("No workspace is available for your roles. Ask an administrator for access."));
    m_stack->addWidget(m_placeholder);

    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(4, 4, 4, 4);
    m_barSlot = new QVBoxLayout;
    m_barSlot->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(m_barSlot);
    auto* layout = new QHBoxLayout;
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);

    m_user->setObjectName(QStringLiteral("userLabel"));
    m_user->setTextFormat(Qt::PlainText);
    m_orgUnit->setObjectName(QStringLiteral("orgUnitLabel"));
    m_orgUnit->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_user);
    statusBar()->addPermanentWidget(m_orgUnit);
    statusBar()->addPermanentWidget(m_connection);
    m_services.errors.setStatusBar(statusBar());

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QListWidgetItem* item = m_navigation->item(row))
            m_stack->setCurrentIndex(item->data(Qt::UserRole).toInt());
    });
    buildMenus();
    const QByteArray geometry = appSettings().value(QLatin1String(settings::kWindowGeometry)).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 720);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_newCustomerAction = file->addAction(tr("&New customer"), QKeySequence(Qt::CTRL | Qt::Key_N), this,
                                          &MainWindow::newCustomer);
    file->addSeparator();
    file->addAction(tr("&Log out"), this, &MainWindow::logoutRequested);
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    m_contactNoteAction = file->addAction(tr("New &contact note"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, [this] {
        if (m_deskPage && showWorkspace(QStringLiteral("desk")))
            m_deskPage->newContactNote();
    });
    m_contactNoteAction->setEnabled(false);
    m_serviceRequestAction = file->addAction(tr("New service &request"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this, [this] {
        if (m_deskPage && showWorkspace(QStringLiteral("desk")))
            m_deskPage->newServiceRequest();
    });
    m_serviceRequestAction->setEnabled(false);
    m_complaintAction = file->addAction(tr("New co&mplaint"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), this, [this] {
        if (m_deskPage && showWorkspace(QStringLiteral("desk")))
            m_deskPage->newComplaint();
    });
    m_complaintAction->setEnabled(false);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Find customer"), QKeySequence(Qt::CTRL | Qt::Key_F), this, &MainWindow::focusCustomerSearch);
    view->addAction(tr("&Refresh"), QKeySequence(Qt::Key_F5), this, [this] {
        if (Workspace* workspace = currentWorkspace())
            workspace->refresh();
    });
    view->addSeparator();
    QMenu* languageMenu = view->addMenu(tr("&Language"));
    auto* group = new QActionGroup(this);
    m_englishAction = languageMenu->addAction(QStringLiteral("English"));
    m_chineseAction = languageMenu->addAction(QStringLiteral("中文"));
    for (QAction* action : {m_englishAction, m_chineseAction}) {
        action->setCheckable(true);
        group->addAction(action);
    }
    (m_language.current() == QLatin1String("zh_CN") ? m_chineseAction : m_englishAction)->setChecked(true);
    connect(m_englishAction, &QAction::triggered, this, [this] { chooseLanguage(QStringLiteral("en")); });
    connect(m_chineseAction, &QAction::triggered, this, [this] { chooseLanguage(QStringLiteral("zh_CN")); });

    m_callMenu = menuBar()->addMenu(tr("&Call"));
    m_callMenu->menuAction()->setVisible(false);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), QKeySequence(Qt::Key_F1), this, &MainWindow::showShortcuts);
    help->addAction(tr("&About CSM"), this, &MainWindow::showAbout);
}

void MainWindow::setSession(const SessionInfo& session)
{
    const bool sameUser = m_session.userId == session.userId && m_session.permissions == session.permissions;
    m_session = session;
    updateUserLabels();
    if (!sameUser) {
        rebuildWorkspaces();
    } else {
        // A resumed session: pushed events may have been missed while disconnected.
        if (m_desk)
            m_desk->resync();
        if (m_wallboard)
            m_wallboard->refresh();
    }
}

void MainWindow::updateUserLabels()
{
    QStringList roles;
    for (const QString& role : m_session.roles)
        roles.append(roleDisplayName(role));
    m_user->setText(roles.isEmpty() ? m_session.displayName
                                    : tr("%1 (%2)").arg(m_session.displayName, roles.join(QStringLiteral(", "))));
    m_orgUnit->setText(m_session.orgUnitName);
}

void MainWindow::addWorkspace(const QString& key, const QString& title, Workspace* page)
{
    const int index = m_stack->addWidget(page);
    auto* item = new QListWidgetItem(title, m_navigation);
    item->setData(Qt::UserRole, index);
    item->setData(kKeyRole, key);
    item->setSizeHint(QSize(0, m_navigation->fontMetrics().height() + 16));
    if (key == QLatin1String("customers"))
        item->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    else if (key == QLatin1String("admin"))
        item->setIcon(style()->standardIcon(QStyle::SP_ComputerIcon));
    else if (key == QLatin1String("desk"))
        item->setIcon(style()->standardIcon(QStyle::SP_DirHomeIcon));
    else if (key == QLatin1String("wallboard"))
        item->setIcon(style()->standardIcon(QStyle::SP_FileDialogListView));
    else if (key == QLatin1String("groups"))
        item->setIcon(style()->standardIcon(QStyle::SP_DirIcon));
    else if (key == QLatin1String("workflows"))
        item->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    else if (key == QLatin1String("tickets"))
        item->setIcon(style()->standardIcon(QStyle::SP_FileDialogInfoView));
}

void MainWindow::rebuildWorkspaces()
{
    // Another user (or other permissions): nothing of the previous user's work stays visible.
    for (CustomerForm* form : findChildren<CustomerForm*>())
        form->deleteLater();
    m_navigation->clear();
    while (m_stack->count() > 1) {
        QWidget* page = m_stack->widget(1);
        m_stack->removeWidget(page);
        page->deleteLater();
    }
    m_customers = nullptr;
    m_admin = nullptr;
    m_groupsPage = nullptr;
    m_deskPage = nullptr;
    m_wallboard = nullptr;
    m_workflows = nullptr;
    m_ticketsPage = nullptr;
    m_callMenu->clear();
    m_callMenu->menuAction()->setVisible(false);
    if (m_stateBar) {
        m_stateBar->hide();
        m_stateBar->deleteLater();
        m_stateBar = nullptr;
    }
    if (m_desk) {
        m_desk->deleteLater();
        m_desk = nullptr;
    }
    m_services.regions.invalidate();

    if (m_session.can(QStringLiteral("customer.read"))) {
        m_customers = new CustomerSearchPage(
            m_services, CustomerSearchPage::Permissions{m_session.can(QStringLiteral("customer.write")),
                                                        m_session.can(QStringLiteral("customer.id_number.view"))});
        addWorkspace(QStringLiteral("customers"), tr("Customers"), m_customers);
    }
    buildAgentDesk();
    if (m_customers && m_deskPage) {
        m_customers->setDeskActionsEnabled(true);
        connect(m_customers, &CustomerSearchPage::dialRequested, m_desk, &AgentDeskController::dial);
        connect(m_customers, &CustomerSearchPage::view360Requested, this, [this](qint64 customerId) {
            if (showWorkspace(QStringLiteral("desk")))
                m_deskPage->openCustomer(customerId);
        });
    }
    buildGroups();
    if (m_session.can(QStringLiteral("ticket.read"))) {
        m_ticketsPage = new TicketsPage(m_services);
        addWorkspace(QStringLiteral("tickets"), tr("Work orders"), m_ticketsPage);
    }
    if (m_session.can(QStringLiteral("cti.wallboard"))) {
        m_wallboard = new WallboardPage(m_services);
        addWorkspace(QStringLiteral("wallboard"), tr("Wallboard"), m_wallboard);
    }
    const bool anyAdmin = m_session.can(QStringLiteral("admin.users")) || m_session.can(QStringLiteral("admin.org"))
                          || m_session.can(QStringLiteral("admin.regions")) || m_session.can(QStringLiteral("admin.roles"))
                          || m_session.can(QStringLiteral("admin.custom_fields"))
                          || m_session.can(QStringLiteral("fault_code.admin")) || m_session.can(QStringLiteral("sla.admin"))
                          || m_session.can(QStringLiteral("notify.admin"));
    if (m_session.can(QStringLiteral("workflow.admin"))) {
        m_workflows = new WorkflowPage(m_services);
        addWorkspace(QStringLiteral("workflows"), tr("Workflows"), m_workflows);
    }
    if (anyAdmin) {
        m_admin = new AdminPage(m_services, m_session);
        addWorkspace(QStringLiteral("admin"), tr("Administration"), m_admin);
    }
    m_newCustomerAction->setEnabled(m_customers && m_customers->canWrite());
    m_contactNoteAction->setEnabled(m_deskPage && m_session.can(QStringLiteral("customer.write")));
    m_serviceRequestAction->setEnabled(m_deskPage && m_session.can(QStringLiteral("ticket.create")));
    m_complaintAction->setEnabled(m_serviceRequestAction->isEnabled());
    if (m_navigation->count() > 0)
        m_navigation->setCurrentRow(0);
    else
        m_stack->setCurrentIndex(0);
}

void MainWindow::buildAgentDesk()
{
    // The desk: users who take calls (cti.agent) and see customers (customer.read).
    if (!m_session.can(QStringLiteral("cti.agent")))
        return;
    m_desk = new AgentDeskController(m_services.rpc, this);
    m_stateBar = new AgentStateBar(*m_desk, this);
    m_barSlot->addWidget(m_stateBar);
    for (QAction* action : m_stateBar->callActions())
        m_callMenu->addAction(action);
    m_callMenu->menuAction()->setVisible(true);
    connect(m_desk, &AgentDeskController::failed, this,
            [this](const common::ErrorInfo& error) { m_services.errors.present(error, this); });
    connect(m_desk, &AgentDeskController::ctiError, this, [this](const QString& action, const QString& message) {
        m_services.errors.presentTelephoneError(action, message, this);
    });
    connect(m_desk, &AgentDeskController::dialStarted, this, [this](const QString& number) {
        m_services.errors.showTransient(tr("Dialling %1: your phone rings first.").arg(number));
    });
    if (m_session.can(QStringLiteral("customer.read"))) {
        m_deskPage = new AgentDeskPage(
            m_services, *m_desk,
            Customer360View::Options{m_session.can(QStringLiteral("customer.write")), true,
                                     m_session.can(QStringLiteral("ticket.read")),
                                     m_session.can(QStringLiteral("ticket.create"))},
            CustomerForm::Options{m_session.can(QStringLiteral("customer.write")),
                                  m_session.can(QStringLiteral("customer.id_number.view"))});
        addWorkspace(QStringLiteral("desk"), tr("Agent desk"), m_deskPage);
        connect(m_deskPage, &AgentDeskPage::callCustomerChanged, m_stateBar, &AgentStateBar::setWrapUpCustomer);
    }
    connect(m_desk, &AgentDeskController::screenPop, this, &MainWindow::onScreenPop);
    m_desk->start(m_session.userId);
}

void MainWindow::buildGroups()
{
    // Customer groups and segments: readers see them; editors also get "Add to group" in the search.
    if (!m_session.can(QStringLiteral("customer.group.read")))
        return;
    m_groupsPage = new CustomerGroupsPage(
        m_services, CustomerGroupsPage::Permissions{m_session.can(QStringLiteral("customer.group.write")),
                                                    m_session.can(QStringLiteral("customer.write")),
                                                    m_session.can(QStringLiteral("customer.id_number.view"))});
    addWorkspace(QStringLiteral("groups"), tr("Customer groups"), m_groupsPage);
    m_groupsPage->setDeskAvailable(m_deskPage != nullptr);
    if (m_deskPage) {
        connect(m_groupsPage, &CustomerGroupsPage::view360Requested, this, [this](qint64 customerId) {
            if (showWorkspace(QStringLiteral("desk")))
                m_deskPage->openCustomer(customerId);
        });
    }
    if (m_customers && m_groupsPage->canEdit()) {
        m_customers->setGroupActionsEnabled(true);
        connect(m_customers, &CustomerSearchPage::addToGroupRequested, m_groupsPage,
                &CustomerGroupsPage::addCustomersToGroup);
    }
}

void MainWindow::onScreenPop()
{
    // The caller is on the line: the window comes to the front with the customer.
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    QApplication::alert(this);
    if (m_deskPage && showWorkspace(QStringLiteral("desk")))
        m_deskPage->handleScreenPop(m_desk->call());
}

Workspace* MainWindow::currentWorkspace() const
{
    return qobject_cast<Workspace*>(m_stack->currentWidget());
}

bool MainWindow::showWorkspace(const QString& key)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(kKeyRole).toString() == key) {
            m_navigation->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString MainWindow::connectionText() const
{
    return m_connection->text();
}

void MainWindow::focusCustomerSearch()
{
    if (m_customers && showWorkspace(QStringLiteral("customers")))
        m_customers->focusSearch();
}

void MainWindow::newCustomer()
{
    if (m_customers && m_customers->canWrite()) {
        showWorkspace(QStringLiteral("customers"));
        m_customers->newCustomer();
    }
}

void MainWindow::chooseLanguage(const QString& language)
{
    m_language.setLanguage(language);
    auto* box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("The new language is used from the next start of the client."),
                                QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAbout()
{
    showAboutDialog(this);
}

void MainWindow::showShortcuts()
{
    showShortcutsDialog(this);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    int unsaved = 0;
    for (CustomerForm* form : findChildren<CustomerForm*>())
        unsaved += form->isVisible() && form->isDirty() ? 1 : 0;
    const bool workflowChanged = m_workflows && m_workflows->isModified();
    if ((unsaved > 0 || workflowChanged) && !m_quitConfirmed) {
        event->ignore();
        askToConfirm(this, tr("Unsaved changes"),
                     unsaved > 0 ? tr("%n customer form(s) have unsaved changes. Quit anyway and lose them?", nullptr, unsaved)
                                 : tr("The workflow being edited has unsaved changes. Quit anyway and lose them?"),
                     tr("Quit"), [this] {
                         m_quitConfirmed = true;
                         close();
                     });
        return;
    }
    appSettings().setValue(QLatin1String(settings::kWindowGeometry), saveGeometry());
    QMainWindow::closeEvent(event);
    if (event->isAccepted())
        QApplication::quit();
}

} // namespace csm::client::ui
