#pragma once
// Create or edit one custom field definition: code (fixed once created), English and Chinese
// labels, type, required, display order, and what the type allows — a maximum length (text),
// a range and decimals (number), a date range (date), the options (choice). The owner sends
// submitted() args and then closes the dialog (finish()) or shows the server's problems
// (fieldErrors()).
#include "common/model/custom_field.h"

#include <QCborMap>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace csm::client::ui {

class FieldErrors;

class CustomFieldDialog : public QDialog {
    Q_OBJECT
public:
    // `existing` null: a new field, placed at `position`.
    CustomFieldDialog(const common::CustomFieldDefinition* existing, int position, QWidget* parent = nullptr);

    bool isCreating() const { return m_creating; }
    const common::CustomFieldDefinition& original() const { return m_original; }
    // All args as the editors hold them (create), or the changed ones (update).
    QCborMap collectArgs() const;
    QCborMap changes() const;
    FieldErrors* fieldErrors() const { return m_errors; }
    // Field → problem under the editors (the server's or the shared rules').
    void showProblems(QMap<QString, QString> problems);
    QTableWidget* optionsTable() const { return m_options; }
    void setBusy(bool busy);
    void finish();
    void addOption(const common::CustomFieldOption& option = {});

signals:
    void submitted(const QCborMap& args);

private:
    QWidget* field(QWidget* editor, const QString& key);
    void updateRows();
    void submit();

    common::CustomFieldDefinition m_original;
    bool m_creating;
    FieldErrors* m_errors;
    QFormLayout* m_form;
    QLineEdit* m_code;
    QLineEdit* m_labelEn;
    QLineEdit* m_labelZh;
    QComboBox* m_type;
    QCheckBox* m_required;
    QSpinBox* m_position;
    QSpinBox* m_maxLength;
    QLineEdit* m_minNumber;
    QLineEdit* m_maxNumber;
    QSpinBox* m_decimals;
    QDateEdit* m_minDate;
    QDateEdit* m_maxDate;
    QWidget* m_optionsBox;
    QTableWidget* m_options;
    QPushButton* m_ok;
    QCborMap m_baseline;
};

} // namespace csm::client::ui
