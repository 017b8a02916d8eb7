#pragma once
// Administration → Custom fields: the extra fields of customers, inactive ones too, in
// display order; add, edit, deactivate (asked first: the values stay, hidden) and activate.
// A field is never deleted.
#include "client/app/app_services.h"
#include "client/app/custom_field_dialog.h"
#include "client/app/workspace.h"
#include "common/protocol/message.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;

namespace csm::client {
class CustomFieldAdminController;
class CustomFieldModel;
}

namespace csm::client::ui {

class CustomFieldsTab : public Workspace {
    Q_OBJECT
public:
    explicit CustomFieldsTab(const AppServices& services, QWidget* parent = nullptr);

    void refresh() override;
    CustomFieldModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    CustomFieldDialog* openDialog() const { return m_dialog; }

    void newField();
    void editCurrent();
    void toggleCurrent();

private:
    void updateButtons();
    void openFor(int row);
    void onFailed(const common::ErrorInfo& error);

    AppServices m_services;
    CustomFieldModel* m_model;
    CustomFieldAdminController* m_controller;
    QTableView* m_table;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_toggle;
    QLabel* m_hint;
    QPointer<CustomFieldDialog> m_dialog;
};

} // namespace csm::client::ui
