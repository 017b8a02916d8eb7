#include "client/app/agent_desk_page.h"

#include "client/app/desk_colors.h"
#include "client/app/desk_dialogs.h"
#include "client/app/error_presenter.h"
#include "client/core/agent_desk_controller.h"
#include "client/core/callback_model.h"
#include "client/core/callbacks_controller.h"
#include "client/core/customer_search_model.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace csm::client::ui {

AgentDeskPage::AgentDeskPage(const AppServices& services, AgentDeskController& desk,
                             Customer360View::Options viewOptions, CustomerForm::Options formOptions, QWidget* parent)
    : Workspace(parent)
    , m_services(services)
    , m_desk(desk)
    , m_viewOptions(viewOptions)
    , m_formOptions(formOptions)
    , m_tabs(new QTabWidget(this))
    , m_callbacksTab(new QWidget(this))
    , m_callbacksView(new QTableView(m_callbacksTab))
    , m_callbacks(new CallbackModel(this))
    , m_callbacksController(new CallbacksController(services.rpc, *m_callbacks, CallbacksController::Scope::Mine, this))
    , m_callbacksHint(new QLabel(m_callbacksTab))
    , m_keptButton(new QPushButton(tr("Kept"), m_callbacksTab))
    , m_brokenButton(new QPushButton(tr("Broken"), m_callbacksTab))
    , m_openButton(new QPushButton(tr("Open 360 view"), m_callbacksTab))
{
    setObjectName(QStringLiteral("agentDeskPage"));
    m_tabs->setObjectName(QStringLiteral("deskTabs"));
    m_callbacksView->setObjectName(QStringLiteral("myCallbacksView"));
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);

    m_callbacksHint->setTextFormat(Qt::PlainText);
    m_callbacksHint->setWordWrap(true);
    m_callbacksHint->setText(tr("Your open callback promises, soonest first. You get a reminder 10 minutes before one is due."));
    auto* colors = new DeskColorProxy(DeskColorProxy::Kind::Callbacks, this);
    colors->setSourceModel(m_callbacks);
    m_callbacksView->setModel(colors);
    m_callbacksView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_callbacksView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_callbacksView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_callbacksView->setAlternatingRowColors(true);
    m_callbacksView->verticalHeader()->hide();
    m_callbacksView->hideColumn(CallbackModel::Owner);
    m_callbacksView->horizontalHeader()->setSectionResizeMode(CallbackModel::Note, QHeaderView::Stretch);
    m_callbacksView->setColumnWidth(CallbackModel::DueAt, 190);
    m_callbacksView->setColumnWidth(CallbackModel::Customer, 140);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addStretch(1);
    buttons->addWidget(m_keptButton);
    buttons->addWidget(m_brokenButton);
    auto* callbacksLayout = new QVBoxLayout(m_callbacksTab);
    callbacksLayout->addWidget(m_callbacksHint);
    callbacksLayout->addWidget(m_callbacksView, 1);
    callbacksLayout->addLayout(buttons);
    m_tabs->addTab(m_callbacksTab, tr("My callbacks"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);   // this tab stays
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index == 0)
            return;
        QWidget* page = m_tabs->widget(index);
        m_tabs->removeTab(index);
        page->deleteLater();
    });
    auto selectedPromise = [this]() -> const CallbackPromise* {
        const QModelIndex current = m_callbacksView->currentIndex();
        return current.isValid() ? &m_callbacks->promiseAt(current.row()) : nullptr;
    };
    connect(m_openButton, &QPushButton::clicked, this, [this, selectedPromise] {
        if (const CallbackPromise* promise = selectedPromise())
            openCustomer(promise->customerId);
    });
    connect(m_callbacksView, &QTableView::activated, this,
            [this](const QModelIndex& index) { openCustomer(m_callbacks->promiseAt(index.row()).customerId); });
    connect(m_keptButton, &QPushButton::clicked, this, [this, selectedPromise] {
        if (const CallbackPromise* promise = selectedPromise())
            m_callbacksController->close(promise->id, true);
    });
    connect(m_brokenButton, &QPushButton::clicked, this, [this, selectedPromise] {
        if (const CallbackPromise* promise = selectedPromise())
            m_callbacksController->close(promise->id, false);
    });
    connect(m_callbacksController, &CallbacksController::failed, this,
            [this](const common::ErrorInfo& error) { m_services.errors.present(error, this); });
    connect(m_callbacksController, &CallbacksController::due, this, &AgentDeskPage::onCallbackDue);
    connect(m_callbacks, &QAbstractItemModel::rowsInserted, this, &AgentDeskPage::updateCallbacksTitle);
    connect(m_callbacks, &QAbstractItemModel::rowsRemoved, this, &AgentDeskPage::updateCallbacksTitle);
    connect(m_callbacks, &QAbstractItemModel::modelReset, this, &AgentDeskPage::updateCallbacksTitle);
    connect(&m_desk, &AgentDeskController::callChanged, this, &AgentDeskPage::onCallChanged);
    m_callbacksController->load();
}

void AgentDeskPage::refresh()
{
    if (Customer360View* view = currentView())
        view->reload();
    else
        m_callbacksController->load();
}

void AgentDeskPage::updateCallbacksTitle()
{
    const int open = m_callbacks->rowCount();
    m_tabs->setTabText(0, open > 0 ? tr("My callbacks (%1)").arg(open) : tr("My callbacks"));
}

Customer360View* AgentDeskPage::currentView() const
{
    return qobject_cast<Customer360View*>(m_tabs->currentWidget());
}

Customer360View* AgentDeskPage::viewFor(qint64 customerId) const
{
    for (int index = 1; index < m_tabs->count(); ++index) {
        auto* view = qobject_cast<Customer360View*>(m_tabs->widget(index));
        if (view && view->customerId() == customerId)
            return view;
    }
    return nullptr;
}

Customer360View* AgentDeskPage::openCustomer(qint64 customerId)
{
    if (customerId == 0)
        return nullptr;
    Customer360View* view = viewFor(customerId);
    if (!view) {
        view = new Customer360View(m_services, m_viewOptions, customerId, m_tabs);
        const int index = m_tabs->addTab(view, tr("Customer #%1").arg(customerId));
        m_tabs->setTabToolTip(index, tr("Customer 360 view"));
        connect(view, &Customer360View::titleChanged, this, [this, view](const QString& title) {
            const int at = m_tabs->indexOf(view);
            if (at >= 0)
                m_tabs->setTabText(at, title);
        });
        connect(view, &Customer360View::dialRequested, &m_desk, &AgentDeskController::dial);
        connect(view, &Customer360View::callbackSaved, m_callbacksController, [this](const CallbackPromise& promise) {
            if (promise.ownerId == 0 || promise.ownerId == m_desk.agent().userId)
                m_callbacksController->adopt(promise);
        });
    }
    m_tabs->setCurrentWidget(view);
    if (m_desk.call().isValid() && m_desk.call().customerId == customerId)
        view->setCallBanner(bannerText(m_desk.call()));
    return view;
}

void AgentDeskPage::newServiceRequest()
{
    if (Customer360View* view = currentView())
        view->newServiceRequest();
}

void AgentDeskPage::newComplaint()
{
    if (Customer360View* view = currentView())
        view->newComplaint();
}

void AgentDeskPage::newContactNote()
{
    if (Customer360View* view = currentView())
        view->newContactNote();
}

QString AgentDeskPage::bannerText(const DeskCall& call) const
{
    QString who;
    if (call.withheld)
        who = tr("withheld number");
    else
        who = CustomerSearchModel::displayPhones({call.caller.isEmpty() ? call.callerRaw : call.caller});
    QString text = call.phase == QLatin1String("ended") ? tr("Call ended (%1) — wrap-up pending").arg(who)
                                                        : tr("Caller on the line: %1").arg(who);
    if (call.isRepeatCaller())
        text += QStringLiteral("   ") + tr("Repeat caller: %n earlier call(s) in the last 7 days", nullptr, call.calls7d);
    if (const CallerMatch* match = call.match(call.customerId))
        text += QStringLiteral("   ") + WarrantyText::summary(match->warranty);
    return text;
}

void AgentDeskPage::chooseCallCustomer(qint64 customerId, const QString& name)
{
    m_desk.setCallCustomer(customerId);
    Customer360View* view = openCustomer(customerId);
    QString shown = name;
    if (shown.isEmpty() && view)
        shown = view->customerName();
    emit callCustomerChanged(shown);
}

void AgentDeskPage::handleScreenPop(const DeskCall& call)
{
    if (m_pick)
        m_pick->reject();
    if (call.customers.size() == 1) {
        chooseCallCustomer(call.customers.front().id, call.customers.front().name);
        return;
    }
    if (call.customers.size() > 1) {
        m_pick = new CallerPickDialog(call, window());
        m_pick->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_pick, &CallerPickDialog::customerChosen, this, [this, call](qint64 id) {
            QString name;
            for (const CallerMatch& match : call.customers) {
                if (match.id == id)
                    name = match.name;
            }
            chooseCallCustomer(id, name);
        });
        connect(m_pick, &CallerPickDialog::newCustomerRequested, this, [this, call] { openNewCustomerForm(call); });
        m_pick->open();
        return;
    }
    openNewCustomerForm(call);
}

void AgentDeskPage::openNewCustomerForm(const DeskCall& call)
{
    if (!m_formOptions.canWrite) {
        m_services.errors.showTransient(call.withheld ? tr("Incoming call from a withheld number.")
                                                      : tr("Incoming call from %1: no customer has this number.")
                                                            .arg(CustomerSearchModel::displayPhones({call.caller})));
        return;
    }
    m_newForm = new CustomerForm(m_services, m_formOptions, window());
    m_newForm->setAttribute(Qt::WA_DeleteOnClose);
    // A withheld caller gives no number to fill in: the agent asks for it.
    m_newForm->prefill(QString(), call.withheld ? QString() : call.caller);
    const QString key = call.callKey;
    connect(m_newForm, &CustomerForm::saved, this, [this, key](const common::Customer& customer) {
        if (m_desk.call().callKey == key)
            chooseCallCustomer(customer.id, customer.name);
        else
            openCustomer(customer.id);
        if (m_newForm)
            m_newForm->close();
    });
    m_newForm->show();
    m_newForm->raise();
    m_newForm->activateWindow();
}

void AgentDeskPage::onCallChanged(const DeskCall& call)
{
    // The banner follows the call on the tab of its customer; it goes when the call is done.
    if (!m_bannerCallKey.isEmpty() && (call.callKey != m_bannerCallKey || !call.isValid())) {
        if (Customer360View* view = viewFor(m_bannerCustomer))
            view->setCallBanner({});
        m_bannerCallKey.clear();
        m_bannerCustomer = 0;
    }
    if (!call.isValid()) {
        emit callCustomerChanged({});
        return;
    }
    if (call.customerId != 0) {
        if (m_bannerCustomer != 0 && m_bannerCustomer != call.customerId) {
            if (Customer360View* old = viewFor(m_bannerCustomer))
                old->setCallBanner({});
        }
        m_bannerCallKey = call.callKey;
        m_bannerCustomer = call.customerId;
        if (Customer360View* view = viewFor(call.customerId)) {
            view->setCallBanner(bannerText(call));
            if (call.phase == QLatin1String("ended"))
                view->reload();   // the call is in the history now
        }
    }
}

void AgentDeskPage::onCallbackDue(const CallbackPromise& promise)
{
    const QString text = tr("Callback due at %1: %2 — %3")
                             .arg(promise.dueAt.toLocalTime().toString(QStringLiteral("HH:mm")), promise.customerName,
                                  promise.note);
    m_services.errors.showTransient(text, 30000);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(style()->standardIcon(QStyle::SP_MessageBoxInformation), this);
            m_tray->show();
        }
        m_tray->showMessage(tr("Callback due"), text, QSystemTrayIcon::Information, 15000);
    }
    QApplication::alert(window());
}

} // namespace csm::client::ui
