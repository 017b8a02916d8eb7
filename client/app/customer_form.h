#pragma once
// Create or edit one customer. Checks the fields with the shared rules before sending,
// shows the server's field problems under the fields, offers reload / overwrite on a
// conflict, and sends only the changed fields on an update.
#include "client/app/app_services.h"
#include "common/model/custom_field.h"
#include "common/model/customer.h"
#include "common/protocol/message.h"

#include <QCborMap>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace csm::client {
class CustomerEditorController;
}

namespace csm::client::ui {

class BusyIndicator;
class CustomFieldsBox;
class FieldErrors;
class RegionPicker;

class CustomerForm : public QDialog {
    Q_OBJECT
public:
    struct Options {
        bool canWrite = false;
        bool canRevealIdNumber = false;
    };

    CustomerForm(const AppServices& services, Options options, QWidget* parent = nullptr);

    // Shows the record at once, then loads its newest version.
    void load(const common::Customer& customer);
    // Starting values of a new customer.
    void prefill(const QString& name, const QString& phone);
    void save();

    qint64 customerId() const { return m_customer.id; }
    const common::Customer& customer() const { return m_customer; }
    bool isDirty() const;
    bool isBusy() const;
    // The args as the fields hold them now.
    QCborMap collectArgs() const;
    FieldErrors* fieldErrors() const { return m_errors; }
    CustomFieldsBox* customFields() const { return m_custom; }
    QString statusText() const;

signals:
    void saved(const csm::common::Customer& customer);

protected:
    void reject() override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildUi();
    QWidget* field(QWidget* editor, const QString& key, QWidget* extra = nullptr);
    void populate(const common::Customer& customer);
    void setStatus(const QString& text);
    void updateTitle();
    void askDiscard();
    void onSaved(const common::Customer& customer, bool created);
    void onFailed(const common::ErrorInfo& error);
    void onIdNumberRevealed(const QString& idNumber);
    void onFieldsLoaded(const common::CustomFieldList& fields);

    AppServices m_services;
    Options m_options;
    CustomerEditorController* m_controller;
    FieldErrors* m_errors;
    common::Customer m_customer;
    QCborMap m_baseline;
    bool m_closeConfirmed = false;
    bool m_reloadRequested = false;

    QLabel* m_general = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_gender = nullptr;
    QDateEdit* m_birthDate = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QPushButton* m_revealButton = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_occupation = nullptr;
    QSpinBox* m_vipLevel = nullptr;
    QPlainTextEdit* m_phones = nullptr;
    RegionPicker* m_region = nullptr;
    QLineEdit* m_addressDetail = nullptr;
    QLineEdit* m_tags = nullptr;
    QPlainTextEdit* m_note = nullptr;
    CustomFieldsBox* m_custom = nullptr;
    QLabel* m_meta = nullptr;
    QLabel* m_status = nullptr;
    BusyIndicator* m_busy = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace csm::client::ui
