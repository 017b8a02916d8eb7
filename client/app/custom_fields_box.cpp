#include "client/app/custom_fields_box.h"

#include "client/app/field_errors.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <cmath>

namespace csm::client::ui {

namespace {
constexpr double kOpenBound = 999999999.0;   // the box's range when the field leaves one side open
const QDate kFirstDate(1900, 1, 1);
const QDate kLastDate(2100, 12, 31);
} // namespace

OptionalNumberBox::OptionalNumberBox(QWidget* parent)
    : QDoubleSpinBox(parent)
{
    setGroupSeparatorShown(false);
    setSingleStep(1);
    setRules(std::nullopt, std::nullopt, 0);
}

void OptionalNumberBox::setRules(std::optional<double> minimum, std::optional<double> maximum, int decimals)
{
    m_low = minimum.value_or(-kOpenBound);
    m_high = maximum.value_or(kOpenBound);
    setDecimals(decimals);
    setRange(m_low - 1, m_high);   // the lowest value is "not set"
    setSpecialValueText(tr("Not set"));
    unset();
}

std::optional<double> OptionalNumberBox::number() const
{
    if (value() < m_low)
        return std::nullopt;
    return value();
}

void OptionalNumberBox::setNumber(std::optional<double> number)
{
    if (number)
        setValue(*number);
    else
        unset();
}

QValidator::State OptionalNumberBox::validate(QString& input, int& pos) const
{
    if (input.trimmed().isEmpty() || input == specialValueText())
        return QValidator::Acceptable;
    return QDoubleSpinBox::validate(input, pos);
}

double OptionalNumberBox::valueFromText(const QString& text) const
{
    if (text.trimmed().isEmpty() || text == specialValueText())
        return minimum();
    return QDoubleSpinBox::valueFromText(text);
}

void OptionalNumberBox::stepBy(int steps)
{
    if (value() < m_low) {
        if (steps > 0)
            setValue(std::clamp(0.0, m_low, m_high));
        return;
    }
    if (value() + steps * singleStep() < m_low) {
        unset();
        return;
    }
    QDoubleSpinBox::stepBy(steps);
}

CustomFieldsBox::CustomFieldsBox(FieldErrors* errors, QWidget* parent)
    : QGroupBox(tr("More details"), parent)
    , m_errors(errors)
{
    setObjectName(QStringLiteral("customFieldsBox"));
    new QVBoxLayout(this);
    hide();
}

QWidget* CustomFieldsBox::wrap(QWidget* editor, const QString& key)
{
    return m_errors->addFieldBox(key, editor, m_content);
}

QWidget* CustomFieldsBox::makeEditor(const common::CustomFieldDefinition& field)
{
    QWidget* editor = nullptr;
    switch (field.type) {
    case common::CustomFieldType::Text: {
        auto* edit = new QLineEdit(m_content);
        edit->setMaxLength(field.effectiveMaxLength());
        edit->setReadOnly(m_readOnly);
        editor = edit;
        break;
    }
    case common::CustomFieldType::Number: {
        auto* box = new OptionalNumberBox(m_content);
        box->setRules(field.minNumber, field.maxNumber, field.decimals);
        box->setReadOnly(m_readOnly);
        if (field.minNumber || field.maxNumber) {
            const QLocale locale;
            const QString low = field.minNumber ? locale.toString(*field.minNumber, 'f', field.decimals) : QStringLiteral("…");
            const QString high = field.maxNumber ? locale.toString(*field.maxNumber, 'f', field.decimals) : QStringLiteral("…");
            box->setToolTip(tr("From %1 to %2").arg(low, high));
        }
        editor = box;
        break;
    }
    case common::CustomFieldType::Date: {
        auto* edit = new QDateEdit(m_content);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        const QDate low = field.minDate.isValid() ? field.minDate : kFirstDate;
        edit->setDateRange(low.addDays(-1), field.maxDate.isValid() ? field.maxDate : kLastDate);
        edit->setSpecialValueText(tr("Not set"));
        edit->setCalendarPopup(true);
        edit->setReadOnly(m_readOnly);
        editor = edit;
        break;
    }
    case common::CustomFieldType::Choice: {
        auto* combo = new QComboBox(m_content);
        combo->addItem(tr("Not set"), QString());
        const bool chinese = QLocale().language() == QLocale::Chinese;
        for (const common::CustomFieldOption& option : field.options)
            combo->addItem(chinese ? option.labelZh : option.labelEn, option.value);
        combo->setEnabled(!m_readOnly);
        editor = combo;
        break;
    }
    }
    editor->setObjectName(common::customFieldKey(field.code));
    return editor;
}

void CustomFieldsBox::setFields(const common::CustomFieldList& fields)
{
    m_fields = fields;
    m_editors.clear();
    delete m_content;
    m_content = new QWidget(this);
    layout()->addWidget(m_content);
    auto* columns = new QHBoxLayout(m_content);
    columns->setContentsMargins(0, 0, 0, 0);
    QFormLayout* forms[2] = {new QFormLayout, new QFormLayout};
    for (QFormLayout* form : forms) {
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        auto* column = new QVBoxLayout;
        column->addLayout(form);
        column->addStretch(1);
        columns->addLayout(column, 1);
    }
    // Top to bottom in the left column, then the right.
    const int leftCount = (fields.size() + 1) / 2;
    for (int i = 0; i < fields.size(); ++i) {
        const common::CustomFieldDefinition& field = fields.at(i);
        QWidget* editor = makeEditor(field);
        m_editors.insert(field.code, editor);
        auto* label = new QLabel(field.label() + (field.required ? QStringLiteral(" *") : QString()), m_content);
        label->setTextFormat(Qt::PlainText);
        label->setObjectName(common::customFieldKey(field.code) + QStringLiteral("Label"));
        forms[i < leftCount ? 0 : 1]->addRow(label, wrap(editor, common::customFieldKey(field.code)));
    }
    setVisible(!fields.isEmpty());
}

void CustomFieldsBox::setValues(const QCborMap& values)
{
    for (const common::CustomFieldDefinition& field : m_fields) {
        QWidget* editor = m_editors.value(field.code);
        const QCborValue value = values.value(field.code);
        switch (field.type) {
        case common::CustomFieldType::Text:
            static_cast<QLineEdit*>(editor)->setText(value.isString() ? value.toString() : QString());
            break;
        case common::CustomFieldType::Number: {
            auto* box = static_cast<OptionalNumberBox*>(editor);
            if (value.isInteger())
                box->setNumber(double(value.toInteger()));
            else if (value.isDouble())
                box->setNumber(value.toDouble());
            else
                box->unset();
            break;
        }
        case common::CustomFieldType::Date: {
            auto* edit = static_cast<QDateEdit*>(editor);
            const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
            edit->setDate(date.isValid() ? date : edit->minimumDate());
            break;
        }
        case common::CustomFieldType::Choice: {
            auto* combo = static_cast<QComboBox*>(editor);
            const QString chosen = value.isString() ? value.toString() : QString();
            int index = combo->findData(chosen);
            if (index < 0) {   // a value the list no longer offers: shown as stored
                combo->addItem(chosen, chosen);
                index = combo->count() - 1;
            }
            combo->setCurrentIndex(index);
            break;
        }
        }
    }
}

QCborMap CustomFieldsBox::values() const
{
    QCborMap values;
    for (const common::CustomFieldDefinition& field : m_fields) {
        const QWidget* editor = m_editors.value(field.code);
        QCborValue value(nullptr);
        switch (field.type) {
        case common::CustomFieldType::Text: {
            const QString text = static_cast<const QLineEdit*>(editor)->text().trimmed();
            if (!text.isEmpty())
                value = text;
            break;
        }
        case common::CustomFieldType::Number:
            if (const auto number = static_cast<const OptionalNumberBox*>(editor)->number()) {
                value = field.decimals == 0 ? QCborValue(qint64(std::llround(*number))) : QCborValue(*number);
            }
            break;
        case common::CustomFieldType::Date: {
            const auto* edit = static_cast<const QDateEdit*>(editor);
            if (edit->date() != edit->minimumDate())
                value = edit->date().toString(Qt::ISODate);
            break;
        }
        case common::CustomFieldType::Choice: {
            const QString chosen = static_cast<const QComboBox*>(editor)->currentData().toString();
            if (!chosen.isEmpty())
                value = chosen;
            break;
        }
        }
        values.insert(field.code, value);
    }
    return values;
}

void CustomFieldsBox::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QWidget* editor : std::as_const(m_editors)) {
        if (auto* edit = qobject_cast<QLineEdit*>(editor))
            edit->setReadOnly(readOnly);
        else if (auto* spin = qobject_cast<QAbstractSpinBox*>(editor))
            spin->setReadOnly(readOnly);
        else
            editor->setEnabled(!readOnly);
    }
}

} // namespace csm::client::ui
