#pragma once
// The "More details" section of the customer form: one editor per active custom field, by
// type — a line edit (text), a number box, a date edit, a combo box (choice) — in display
// order, labelled in the UI language; a required field's label ends in " *". Each editor is
// registered with the form's FieldErrors as "custom.<code>", so the server's problems show
// under it. Hidden while there are no fields.
#include "common/model/custom_field.h"

#include <QCborMap>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHash>

class QFormLayout;

namespace csm::client::ui {

class FieldErrors;

// A number box that may be empty: its lowest value shows "Not set"; clearing the text or
// stepping below the range sets it; stepping up from it starts at 0 (or the minimum).
class OptionalNumberBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    explicit OptionalNumberBox(QWidget* parent = nullptr);

    // `minimum`/`maximum` of the field (nullopt: open), `decimals` digits after the point.
    void setRules(std::optional<double> minimum, std::optional<double> maximum, int decimals);
    bool isUnset() const { return value() <= minimum(); }
    void unset() { setValue(minimum()); }
    std::optional<double> number() const;
    void setNumber(std::optional<double> number);

    QValidator::State validate(QString& input, int& pos) const override;
    double valueFromText(const QString& text) const override;
    void stepBy(int steps) override;

private:
    double m_low = 0;
    double m_high = 0;
};

class CustomFieldsBox : public QGroupBox {
    Q_OBJECT
public:
    CustomFieldsBox(FieldErrors* errors, QWidget* parent = nullptr);

    // Builds the editors (replacing earlier ones); keeps no values.
    void setFields(const common::CustomFieldList& fields);
    const common::CustomFieldList& fields() const { return m_fields; }
    bool hasFields() const { return !m_fields.isEmpty(); }
    void setValues(const QCborMap& values);
    // code → value for every field (null when empty), as customer.update takes them.
    QCborMap values() const;
    void setReadOnly(bool readOnly);
    QWidget* editor(const QString& code) const { return m_editors.value(code); }

private:
    QWidget* makeEditor(const common::CustomFieldDefinition& field);
    QWidget* wrap(QWidget* editor, const QString& key);

    FieldErrors* m_errors;
    common::CustomFieldList m_fields;
    QHash<QString, QWidget*> m_editors;
    QWidget* m_content = nullptr;
    bool m_readOnly = false;
};

} // namespace csm::client::ui
