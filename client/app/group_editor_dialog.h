#pragma once
// Create or edit a customer group: name, description and, for a segment, its rule with a live
// "N customers match" count. The rule is checked with the shared rules (common/model) before it
// is sent; the server's problems show on the condition rows.
#include "client/app/app_services.h"
#include "common/model/customer_group.h"
#include "common/protocol/message.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace csm::client {
class GroupEditorController;
}

namespace csm::client::ui {

class BusyIndicator;
class FieldErrors;
class SegmentRuleEditor;

class GroupEditorDialog : public QDialog {
    Q_OBJECT
public:
    // `group.id == 0`: a new group of `group.kind`.
    GroupEditorDialog(const AppServices& services, const common::CustomerGroup& group, QWidget* parent = nullptr);

    SegmentRuleEditor* ruleEditor() const { return m_rule; }
    QLineEdit* nameEdit() const { return m_name; }
    QLabel* previewLabel() const { return m_preview; }
    QLabel* problemLabel() const { return m_general; }
    GroupEditorController* controller() const { return m_controller; }
    void save();

signals:
    void saved(const csm::common::CustomerGroup& group, bool created);

private:
    void onRuleChanged();
    void onPreviewFailed(const common::ErrorInfo& error);
    void onSaveFailed(const common::ErrorInfo& error);
    void setPreviewText(const QString& text, bool problem);
    void updateTitle();

    AppServices m_services;
    common::CustomerGroup m_group;
    GroupEditorController* m_controller;
    FieldErrors* m_errors;
    QLineEdit* m_name;
    QPlainTextEdit* m_description;
    SegmentRuleEditor* m_rule = nullptr;
    QLabel* m_preview = nullptr;
    BusyIndicator* m_previewBusy = nullptr;
    QLabel* m_general;
    QDialogButtonBox* m_buttons;
    QPushButton* m_saveButton;
};

} // namespace csm::client::ui
