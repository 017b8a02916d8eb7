#pragma once
// Administration → SMS templates: the texts of the SMS to customers in a table; the selected
// one (or a new one) in a form with buttons that insert the placeholders, and a live preview of
// the message for a sample order, rendered by the same function as the server's outbox.
#include "client/app/app_services.h"
#include "client/app/workspace.h"
#include "common/model/notification_template.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace csm::client {
class NotificationTemplateController;
class NotificationTemplateModel;
}

namespace csm::client::ui {

class FieldErrors;

class SmsTemplatesTab : public Workspace {
    Q_OBJECT
public:
    SmsTemplatesTab(const AppServices& services, bool canEdit, QWidget* parent = nullptr);

    void refresh() override;

    NotificationTemplateModel* model() const { return m_model; }
    NotificationTemplateController* controller() const { return m_controller; }
    FieldErrors* fieldErrors() const { return m_errors; }
    QTableView* table() const { return m_table; }
    QLineEdit* codeEdit() const { return m_code; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    QLabel* previewLabel() const { return m_preview; }
    QLabel* purposeLabel() const { return m_purpose; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* newButton() const { return m_new; }

    void save();
    void startNew();
    // The values the preview fills in (a sample order).
    static common::NotificationValues sampleValues();

private:
    void select(int row);
    void updatePreview();

    AppServices m_services;
    bool m_canEdit;
    NotificationTemplateModel* m_model;
    NotificationTemplateController* m_controller;
    FieldErrors* m_errors;
    QTableView* m_table;
    QLineEdit* m_code;
    QPlainTextEdit* m_body;
    QLabel* m_purpose;
    QLabel* m_preview;
    QLabel* m_length;
    QPushButton* m_new;
    QPushButton* m_save;
    common::NotificationTemplate m_selected;   // empty code: a new one
};

} // namespace csm::client::ui
