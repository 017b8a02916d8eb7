#pragma once
// Administration → Fees: the fee schedules (labour and travel fee per service type × product
// category, valid from a day) in a table, and a form under it to add a row or change the
// selected one. Amounts are typed in yuan and sent in fen.
#include "client/app/app_services.h"
#include "client/app/workspace.h"
#include "common/model/fees.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace csm::client {
class FeeScheduleController;
class FeeScheduleModel;
}

namespace csm::client::ui {

class FeeSchedulesTab : public Workspace {
    Q_OBJECT
public:
    FeeSchedulesTab(const AppServices& services, QWidget* parent = nullptr);

    void refresh() override;

    FeeScheduleModel* model() const { return m_model; }
    FeeScheduleController* controller() const { return m_controller; }
    QTableView* table() const { return m_table; }
    QComboBox* serviceTypeCombo() const { return m_type; }
    QComboBox* categoryCombo() const { return m_category; }
    QDateEdit* validFromEdit() const { return m_validFrom; }
    QLineEdit* labourEdit() const { return m_labour; }
    QLineEdit* travelEdit() const { return m_travel; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* newButton() const { return m_new; }
    QLabel* problemLabel() const { return m_problem; }

    // Sends the form (as the Save button does).
    void save();
    // Clears the form for a new row.
    void startNew();

private:
    void fillCategories();
    void select(int row);
    void showProblem(const QString& text);

    AppServices m_services;
    FeeScheduleModel* m_model;
    FeeScheduleController* m_controller;
    QTableView* m_table;
    QComboBox* m_type;
    QComboBox* m_category;
    QDateEdit* m_validFrom;
    QLineEdit* m_labour;
    QLineEdit* m_travel;
    QPushButton* m_new;
    QPushButton* m_save;
    QLabel* m_problem;
    common::FeeSchedule m_selected;   // id 0: none
};

} // namespace csm::client::ui
