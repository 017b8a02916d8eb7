#pragma once
// One customer at a glance (客户360视图): the profile (ID number masked), the products with
// their warranty status (CustomerProductsPane), the contact history (paged, newest first),
// the callback promises, and quick actions — contact note, callback promise, dial each phone.
// and the customer's work orders with "New service request" (Ctrl+Shift+R).
#include "client/app/app_services.h"
#include "client/core/desk_types.h"
#include "common/model/customer.h"
#include "common/protocol/message.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace csm::client {
class CallbackModel;
class CustomerCasesModel;
class ContactTimelineModel;
class Customer360Controller;
class TicketListController;
class TicketListModel;
}

namespace csm::client::ui {

class BusyIndicator;
class CallbackDialog;
class CustomerProductsPane;
class ContactNoteDialog;
class TicketDetailDialog;
class TicketFormDialog;

class Customer360View : public QWidget {
    Q_OBJECT
public:
    struct Options {
        bool canWrite = false;      // contact notes
        bool isAgent = false;       // dial, callback promises
        bool canReadTickets = false;     // the customer's work orders
        bool canCreateTickets = false;   // New service request
    };

    Customer360View(const AppServices& services, Options options, qint64 customerId, QWidget* parent = nullptr);

    void reload();
    void newContactNote();
    void newCallbackPromise();
    // Opens the new-order form for this customer (channel: an inbound call by default), with
    // that service type chosen (repair when empty).
    void newServiceRequest(const QString& serviceType = QString());
    // The form for a complaint (Ctrl+Shift+M): category, responsible unit and deadline show.
    void newComplaint() { newServiceRequest(QStringLiteral("complaint")); }
    // Opens the order of that row of the customer's order list.
    void openTicketRow(int row);
    // Shows "Caller on the line: …" above the profile while the call lasts.
    void setCallBanner(const QString& text);

    qint64 customerId() const { return m_customerId; }
    QString customerName() const;
    bool isLoaded() const;
    Customer360Controller* controller() const { return m_controller; }
    ContactTimelineModel* timeline() const { return m_timeline; }
    CallbackModel* callbacks() const { return m_callbacks; }
    CustomerProductsPane* products() const { return m_products; }
    TicketListModel* tickets() const { return m_tickets; }
    TicketListController* ticketsController() const { return m_ticketsController; }
    // Follow-up answers and complaints, suggestions, praise (from the orders above); null without ticket.read.
    CustomerCasesModel* cases() const { return m_cases; }
    TicketFormDialog* ticketDialog() const;
    TicketDetailDialog* lastTicketDetail() const;

signals:
    void dialRequested(const QString& number);
    void titleChanged(const QString& title);
    // A promise was made or closed here (the "My callbacks" list follows).
    void callbackSaved(const csm::client::CallbackPromise& promise);

private:
    void onLoaded(const common::Customer& customer);
    // The values of the customer's custom fields, as plain text rows under the profile.
    void addCustomRows(const QCborMap& custom);
    void onFailed(const common::ErrorInfo& error);
    void closeSelectedCallback(bool kept);
    QWidget* ticketsBox();

    AppServices m_services;
    Options m_options;
    qint64 m_customerId;
    ContactTimelineModel* m_timeline;
    CallbackModel* m_callbacks;
    Customer360Controller* m_controller;
    QLabel* m_banner;
    QLabel* m_name;
    QLabel* m_flags;
    BusyIndicator* m_busy;
    QFormLayout* m_profile;
    QWidget* m_phones;
    QVBoxLayout* m_phonesLayout;
    QTableView* m_timelineView;
    QTableView* m_callbacksView;
    CustomerProductsPane* m_products;
    QPushButton* m_noteButton;
    QPushButton* m_callbackButton;
    QPushButton* m_keptButton;
    QPushButton* m_brokenButton;
    QPointer<ContactNoteDialog> m_noteDialog;
    QPointer<CallbackDialog> m_callbackDialog;
    quint64 m_profileGeneration = 0;
    TicketListModel* m_tickets;
    TicketListController* m_ticketsController;
    QTableView* m_ticketsView = nullptr;
    QPushButton* m_newTicketButton = nullptr;
    QPushButton* m_newComplaintButton = nullptr;
    CustomerCasesModel* m_cases = nullptr;
    QPointer<TicketFormDialog> m_ticketDialog;
    QPointer<TicketDetailDialog> m_lastTicketDetail;
};

} // namespace csm::client::ui
