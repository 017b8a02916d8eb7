#pragma once
// Administration → Fault codes: a product category to choose, its fault codes (code, name,
// active) in a table, and a form under it to add a code or rename / (re)activate the selected
// one; Deactivate asks first. The server's field problems show under the fields.
#include "client/app/app_services.h"
#include "client/app/workspace.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace csm::client {
class FaultCodeAdminController;
class FaultCodeAdminModel;
}

namespace csm::client::ui {

class FieldErrors;

class FaultCodesTab : public Workspace {
    Q_OBJECT
public:
    FaultCodesTab(const AppServices& services, QWidget* parent = nullptr);

    void refresh() override;

    FaultCodeAdminModel* model() const { return m_model; }
    FaultCodeAdminController* controller() const { return m_controller; }
    FieldErrors* fieldErrors() const { return m_errors; }
    QComboBox* categoryCombo() const { return m_category; }
    QTableView* table() const { return m_table; }
    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* nameEdit() const { return m_name; }
    QCheckBox* activeCheck() const { return m_active; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* deactivateButton() const { return m_deactivate; }

    // As the buttons do; deactivate() asks for confirmation first.
    void save();
    void startNew();
    void deactivate();

private:
    void fillCategories();
    void select(int row);
    void updateButtons();

    AppServices m_services;
    FaultCodeAdminModel* m_model;
    FaultCodeAdminController* m_controller;
    FieldErrors* m_errors;
    QComboBox* m_category;
    QLabel* m_empty;
    QTableView* m_table;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QCheckBox* m_active;
    QPushButton* m_new;
    QPushButton* m_save;
    QPushButton* m_deactivate;
    QLabel* m_general;
    QString m_selected;   // the code being edited; empty: a new one
    bool m_busy = false;
};

} // namespace csm::client::ui
