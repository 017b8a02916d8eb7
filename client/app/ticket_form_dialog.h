#pragma once
// New service request (新建工单) for one customer, from the 360 view and the screen pop: service
// type (repair by default), severity, channel (an inbound call by default), one of the
// customer's products, the fault code (from the codes of the product's category), description, an
// optional appointment window, the complaint details (complaints, suggestions, praise), and the
// service point —
// the one dispatch.suggest names for the customer's region, which the agent may override.
// Warns when the chosen product already has an open order. The server's field problems show
// under their fields; one idempotency key per dialog makes Save safe to press again.
#include "client/app/app_services.h"
#include "client/core/ticket_form_controller.h"

#include <QCborMap>
#include <QDialog>

class QCheckBox;
class QFormLayout;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace csm::client {
class CaseController;
class FaultCodeLookup;
}

namespace csm::client::ui {

class BusyIndicator;
class ComplaintEditors;
class FaultCodeBox;
class FieldErrors;

class TicketFormDialog : public QDialog {
    Q_OBJECT
public:
    TicketFormDialog(const AppServices& services, qint64 customerId, const QString& customerName,
                     QWidget* parent = nullptr);

    // The ticket.create arguments the form holds (without customer_id).
    QCborMap fields() const;
    TicketFormController* controller() const { return m_controller; }
    QComboBox* serviceTypeBox() const { return m_serviceType; }
    QComboBox* severityBox() const { return m_severity; }
    QComboBox* channelBox() const { return m_channel; }
    QComboBox* productBox() const { return m_product; }
    QComboBox* unitBox() const { return m_unit; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QCheckBox* appointmentCheck() const { return m_appointment; }
    QLabel* duplicateWarning() const { return m_duplicate; }
    FaultCodeBox* faultCodeBox() const { return m_faultCode; }
    // Category, responsible unit and deadline: shown for complaints, suggestions and praise.
    ComplaintEditors* complaintEditors() const { return m_complaint; }
    bool complaintShown() const;
    QLabel* suggestionLabel() const { return m_suggestion; }
    QPushButton* saveButton() const { return m_save; }
    QString problemFor(const QString& field) const;

signals:
    void created(const csm::common::Ticket& ticket);

private:
    QWidget* field(QWidget* editor, const QString& key);
    void fillProducts();
    void fillUnits();
    void updateDuplicateWarning();
    void updateFaultCodes();
    void updateServiceType();
    void trySubmit();
    void onFailed(TicketFormController::Action action, const common::ErrorInfo& error);

    AppServices m_services;
    TicketFormController* m_controller;
    QComboBox* m_serviceType;
    QComboBox* m_severity;
    QComboBox* m_channel;
    QComboBox* m_product;
    FaultCodeBox* m_faultCode;
    QPlainTextEdit* m_description;
    ComplaintEditors* m_complaint;
    CaseController* m_cases;
    FaultCodeLookup* m_faultCodes;
    QFormLayout* m_form = nullptr;
    QCheckBox* m_appointment;
    QDateTimeEdit* m_start;
    QDateTimeEdit* m_end;
    QLabel* m_suggestion;
    QComboBox* m_unit;
    QLabel* m_duplicate;
    QLabel* m_general;
    BusyIndicator* m_busy;
    QPushButton* m_save;
    FieldErrors* m_errors;
};

} // namespace csm::client::ui
