#pragma once
// The Products pane of the customer 360 view (客户产品资料): the customer's products with a
// warranty badge each (in warranty / expires soon / expired), and — for users who may write
// customers — add, edit and remove (remove asks first) through the ProductDialog.
#include "client/app/app_services.h"
#include "client/core/customer_products_controller.h"

#include <QCborMap>
#include <QGroupBox>
#include <QPointer>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace csm::client {
class CustomerProductModel;
}

namespace csm::client::ui {

class BusyIndicator;
class ProductDialog;

class CustomerProductsPane : public QGroupBox {
    Q_OBJECT
public:
    CustomerProductsPane(const AppServices& services, bool canWrite, QWidget* parent = nullptr);

    void load(qint64 customerId);
    void reload();
    void addProduct();
    void editProductAt(int row);
    // Asks for confirmation, then removes.
    void removeProductAt(int row);

    CustomerProductModel* model() const { return m_model; }
    CustomerProductsController* controller() const { return m_controller; }
    QTableView* table() const { return m_table; }
    // The open add / edit dialog, or null.
    ProductDialog* dialog() const;
    // "3 products: 2 in warranty, 1 expired" (empty while loading).
    QString headline() const;

private:
    void onFailed(CustomerProductsController::Action action, const common::ErrorInfo& error);
    void openDialog(int row);
    void updateHeadline();
    void updateButtons();
    int currentRow() const;

    AppServices m_services;
    bool m_canWrite;
    CustomerProductModel* m_model;
    CustomerProductsController* m_controller;
    QTableView* m_table;
    QLabel* m_headline;
    BusyIndicator* m_busy;
    QPushButton* m_addButton;
    QPushButton* m_editButton;
    QPushButton* m_removeButton;
    QAction* m_addAction;
    QPointer<ProductDialog> m_dialog;
    qint64 m_pendingProductId = 0;   // the last write sent from the dialog
    QCborMap m_pendingFields;
};

} // namespace csm::client::ui
