#pragma once
// Administration → SLA: the policies grid (service type × severity: response, on-site and
// completion times in hours, calendar or business hours) with a form for the selected row; the
// business calendar (working hours per weekday, holidays) and the repeat-repair window beside it.
// Each form shows the server's field problems under its fields.
#include "client/app/app_services.h"
#include "client/app/workspace.h"
#include "client/core/sla_admin_controller.h"

#include <QList>

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTimeEdit;

namespace csm::client {
class SlaPolicyModel;
}

namespace csm::client::ui {

class FieldErrors;

class SlaTab : public Workspace {
    Q_OBJECT
public:
    SlaTab(const AppServices& services, QWidget* parent = nullptr);

    void refresh() override;

    struct DayRow {
        QCheckBox* working = nullptr;
        QTimeEdit* start = nullptr;
        QTimeEdit* end = nullptr;
    };

    SlaPolicyModel* model() const { return m_model; }
    SlaAdminController* controller() const { return m_controller; }
    QTableView* table() const { return m_table; }
    QLabel* policyTitle() const { return m_policyTitle; }
    QDoubleSpinBox* responseHours() const { return m_response; }
    QDoubleSpinBox* onSiteHours() const { return m_onSite; }
    QDoubleSpinBox* completionHours() const { return m_completion; }
    QCheckBox* businessHoursCheck() const { return m_businessHours; }
    QPushButton* savePolicyButton() const { return m_savePolicy; }
    FieldErrors* policyErrors() const { return m_policyErrors; }
    const QList<DayRow>& dayRows() const { return m_days; }
    QTableWidget* holidayTable() const { return m_holidays; }
    QDateEdit* holidayDate() const { return m_holidayDate; }
    QLineEdit* holidayName() const { return m_holidayName; }
    QPushButton* addHolidayButton() const { return m_addHoliday; }
    QPushButton* saveCalendarButton() const { return m_saveCalendar; }
    FieldErrors* calendarErrors() const { return m_calendarErrors; }
    QSpinBox* repeatDays() const { return m_repeatDays; }

    // As the buttons do.
    void savePolicy();
    void saveCalendar();
    void addHoliday();
    void removeHoliday();
    void saveRepeatDays();

private:
    QWidget* buildPolicyBox();
    QWidget* buildCalendarBox();
    QWidget* buildSettingsBox();
    void select(int row);
    void showCalendar();
    void failed(SlaAdminController::Form form, const common::ErrorInfo& error);

    AppServices m_services;
    SlaPolicyModel* m_model;
    SlaAdminController* m_controller;
    QTableView* m_table;
    QLabel* m_policyTitle = nullptr;
    QDoubleSpinBox* m_response = nullptr;
    QDoubleSpinBox* m_onSite = nullptr;
    QDoubleSpinBox* m_completion = nullptr;
    QCheckBox* m_businessHours = nullptr;
    QPushButton* m_savePolicy = nullptr;
    FieldErrors* m_policyErrors;
    QList<DayRow> m_days;
    QTableWidget* m_holidays = nullptr;
    QDateEdit* m_holidayDate = nullptr;
    QLineEdit* m_holidayName = nullptr;
    QPushButton* m_addHoliday = nullptr;
    QPushButton* m_removeHoliday = nullptr;
    QPushButton* m_saveCalendar = nullptr;
    FieldErrors* m_calendarErrors;
    QSpinBox* m_repeatDays = nullptr;
    QPushButton* m_saveRepeat = nullptr;
    FieldErrors* m_settingsErrors;
    common::SlaPolicy m_selected;   // empty service type: none selected
};

} // namespace csm::client::ui
