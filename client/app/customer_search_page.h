#pragma once
// The Customers workspace: one search box that understands phones, ID numbers, product serial
// numbers and names, a paged result table, and the customer forms opened from it.
#include "client/app/app_services.h"
#include "client/app/workspace.h"
#include "client/core/search_query.h"
#include "common/model/customer.h"
#include "common/protocol/message.h"

#include <QHash>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace csm::client {
class CustomerSearchController;
class CustomerSearchModel;
}

namespace csm::client::ui {

class BusyIndicator;
class CustomerForm;

class CustomerSearchPage : public Workspace {
    Q_OBJECT
public:
    struct Permissions {
        bool canWrite = false;
        bool canRevealIdNumber = false;
    };

    CustomerSearchPage(const AppServices& services, Permissions permissions, QWidget* parent = nullptr);

    void refresh() override;
    void focusSearch();
    void newCustomer();
    // Runs a search as if typed (tests, screen pop later).
    void search(const QString& text, SearchField field = SearchField::Auto);
    void openCustomerAt(int row);

    CustomerSearchModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_query; }
    // The open form of that customer, or null.
    CustomerForm* formFor(qint64 customerId) const;
    CustomerForm* lastOpenedForm() const { return m_lastForm; }
    bool canWrite() const { return m_permissions.canWrite; }
    // Agents: "Open 360 view" and "Dial" for the selected customer (context menu, buttons).
    void setDeskActionsEnabled(bool enabled);
    // Editors of customer groups: "Add to group" for the selected customers.
    void setGroupActionsEnabled(bool enabled);
    QList<qint64> selectedCustomerIds() const;
    // The phones of the customer at that row, as the server stores them.
    QStringList phonesAt(int row) const;

signals:
    void dialRequested(const QString& number);
    void view360Requested(qint64 customerId);
    void addToGroupRequested(const QList<qint64>& customerIds);

private:
    void runSearch();
    void updateHint();
    void onPageLoaded(int rows, bool hasMore);
    void onFailed(const common::ErrorInfo& error);
    void onSaved(const common::Customer& customer);
    CustomerForm* makeForm();
    SearchField chosenField() const;
    void showRowMenu(const QPoint& position);
    void dialSelected();

    AppServices m_services;
    Permissions m_permissions;
    CustomerSearchModel* m_model;
    CustomerSearchController* m_controller;
    QComboBox* m_field;
    QLineEdit* m_query;
    QPushButton* m_searchButton;
    QPushButton* m_newButton;
    QPushButton* m_dialButton;
    QPushButton* m_view360Button;
    QPushButton* m_addToGroupButton;
    QLabel* m_hint;
    QLabel* m_status;
    BusyIndicator* m_busy;
    QTableView* m_table;
    QHash<qint64, QPointer<CustomerForm>> m_forms;
    QPointer<CustomerForm> m_lastForm;
};

} // namespace csm::client::ui
