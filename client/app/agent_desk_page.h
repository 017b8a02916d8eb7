#pragma once
// The Agent desk workspace: "My callbacks" and one Customer 360 tab per open customer. It
// answers the screen pop: one match → that customer's 360 view at once, several → a pick
// list, none → the new-customer form with the caller's number; the customer chosen or
// created goes into the wrap-up.
#include "client/app/app_services.h"
#include "client/app/customer360_view.h"
#include "client/app/customer_form.h"
#include "client/app/desk_dialogs.h"
#include "client/app/workspace.h"
#include "client/core/desk_types.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QSystemTrayIcon;
class QTabWidget;
class QTableView;

namespace csm::client {
class AgentDeskController;
class CallbackModel;
class CallbacksController;
}

namespace csm::client::ui {

class AgentDeskPage : public Workspace {
    Q_OBJECT
public:
    AgentDeskPage(const AppServices& services, AgentDeskController& desk, Customer360View::Options viewOptions,
                  CustomerForm::Options formOptions, QWidget* parent = nullptr);

    void refresh() override;
    // Opens (or shows) the customer's 360 tab.
    Customer360View* openCustomer(qint64 customerId);
    void handleScreenPop(const DeskCall& call);
    // Ctrl+Shift+N: a contact note for the customer shown.
    void newContactNote();
    // Ctrl+Shift+R: a new work order for the customer shown.
    void newServiceRequest();
    void newComplaint();

    Customer360View* currentView() const;
    Customer360View* viewFor(qint64 customerId) const;
    QTabWidget* tabs() const { return m_tabs; }
    CallbackModel* myCallbacks() const { return m_callbacks; }
    CustomerForm* newCustomerForm() const { return m_newForm; }
    CallerPickDialog* pickDialog() const { return m_pick; }

signals:
    // The customer the current call is about (shown in the wrap-up panel).
    void callCustomerChanged(const QString& name);

private:
    void chooseCallCustomer(qint64 customerId, const QString& name);
    void openNewCustomerForm(const DeskCall& call);
    void onCallChanged(const DeskCall& call);
    void onCallbackDue(const CallbackPromise& promise);
    void updateCallbacksTitle();
    QString bannerText(const DeskCall& call) const;

    AppServices m_services;
    AgentDeskController& m_desk;
    Customer360View::Options m_viewOptions;
    CustomerForm::Options m_formOptions;
    QTabWidget* m_tabs;
    QWidget* m_callbacksTab;
    QTableView* m_callbacksView;
    CallbackModel* m_callbacks;
    CallbacksController* m_callbacksController;
    QLabel* m_callbacksHint;
    QPushButton* m_keptButton;
    QPushButton* m_brokenButton;
    QPushButton* m_openButton;
    QPointer<CustomerForm> m_newForm;
    QPointer<CallerPickDialog> m_pick;
    QSystemTrayIcon* m_tray = nullptr;
    QString m_bannerCallKey;
    qint64 m_bannerCustomer = 0;
};

} // namespace csm::client::ui
