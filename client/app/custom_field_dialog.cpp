#include "client/app/custom_field_dialog.h"

#include "client/app/field_errors.h"
#include "client/core/custom_field_model.h"
#include "client/core/customer_changes.h"

#include <QCborArray>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace csm::client::ui {

namespace {
using common::CustomFieldType;

const QDate kNoDate(1899, 12, 31);   // the date edits' "not set" value
enum OptionColumn { ValueColumn, EnglishColumn, ChineseColumn };

QLineEdit* boundEdit(QWidget* parent, const QString& placeholder)
{
    auto* edit = new QLineEdit(parent);
    auto* validator = new QDoubleValidator(edit);
    validator->setLocale(QLocale::c());
    validator->setNotation(QDoubleValidator::StandardNotation);
    edit->setValidator(validator);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QDateEdit* dateEdit(QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(CustomFieldDialog::tr("Not set"));
    edit->setCalendarPopup(true);
    edit->setDate(kNoDate);
    return edit;
}

QCborValue numberArg(const QLineEdit* edit)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return QCborValue(nullptr);
    bool ok = false;
    const double number = text.toDouble(&ok);
    if (!ok)
        return text;   // the rules name it
    if (number == double(qint64(number)))
        return QCborValue(qint64(number));
    return number;
}

QCborValue dateArg(const QDateEdit* edit)
{
    return edit->date() == kNoDate ? QCborValue(nullptr) : QCborValue(edit->date().toString(Qt::ISODate));
}
} // namespace

CustomFieldDialog::CustomFieldDialog(const common::CustomFieldDefinition* existing, int position, QWidget* parent)
    : QDialog(parent)
    , m_original(existing ? *existing : common::CustomFieldDefinition{})
    , m_creating(existing == nullptr)
    , m_errors(new FieldErrors(this))
    , m_form(new QFormLayout)
    , m_code(new QLineEdit(this))
    , m_labelEn(new QLineEdit(this))
    , m_labelZh(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_required(new QCheckBox(tr("Every customer needs a &value"), this))
    , m_position(new QSpinBox(this))
    , m_maxLength(new QSpinBox(this))
    , m_minNumber(boundEdit(this, tr("No minimum")))
    , m_maxNumber(boundEdit(this, tr("No maximum")))
    , m_decimals(new QSpinBox(this))
    , m_minDate(dateEdit(this))
    , m_maxDate(dateEdit(this))
    , m_optionsBox(new QWidget(this))
    , m_options(new QTableWidget(0, 3, this))
{
    setObjectName(QStringLiteral("customFieldDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(m_creating ? tr("New custom field") : tr("Custom field: %1").arg(m_original.code));
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_labelEn->setObjectName(QStringLiteral("labelEnEdit"));
    m_labelZh->setObjectName(QStringLiteral("labelZhEdit"));
    m_type->setObjectName(QStringLiteral("typeBox"));
    m_required->setObjectName(QStringLiteral("requiredCheck"));
    m_position->setObjectName(QStringLiteral("positionBox"));
    m_maxLength->setObjectName(QStringLiteral("maxLengthBox"));
    m_minNumber->setObjectName(QStringLiteral("minNumberEdit"));
    m_maxNumber->setObjectName(QStringLiteral("maxNumberEdit"));
    m_decimals->setObjectName(QStringLiteral("decimalsBox"));
    m_minDate->setObjectName(QStringLiteral("minDateEdit"));
    m_maxDate->setObjectName(QStringLiteral("maxDateEdit"));
    m_options->setObjectName(QStringLiteral("optionsTable"));

    m_code->setMaxLength(common::kCustomFieldCodeMax);
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z][a-z0-9_]*")), m_code));
    m_code->setPlaceholderText(tr("e.g. heating_type: a-z, 0-9, '_'; fixed once saved"));
    m_code->setReadOnly(!m_creating);
    m_code->setEnabled(m_creating);   // greyed: the key of the stored values
    m_labelEn->setMaxLength(common::kCustomFieldLabelMax);
    m_labelZh->setMaxLength(common::kCustomFieldLabelMax);
    for (CustomFieldType type : {CustomFieldType::Text, CustomFieldType::Number, CustomFieldType::Date, CustomFieldType::Choice})
        m_type->addItem(CustomFieldModel::typeText(type), common::customFieldTypeName(type));
    m_position->setRange(0, common::kCustomPositionMax);
    m_position->setToolTip(tr("Fields are shown in ascending order"));
    m_maxLength->setRange(1, common::kCustomTextMax);
    m_decimals->setRange(0, common::kCustomDecimalsMax);
    m_decimals->setToolTip(tr("Digits after the decimal point; 0 for whole numbers"));

    m_options->setHorizontalHeaderLabels({tr("Value"), tr("English label"), tr("Chinese label")});
    m_options->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_options->verticalHeader()->hide();
    m_options->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_options->setMinimumHeight(m_options->verticalHeader()->defaultSectionSize() * 5);
    auto* addOptionButton = new QPushButton(tr("Add option"), m_optionsBox);
    addOptionButton->setObjectName(QStringLiteral("addOptionButton"));
    auto* removeOptionButton = new QPushButton(tr("Remove option"), m_optionsBox);
    removeOptionButton->setObjectName(QStringLiteral("removeOptionButton"));
    removeOptionButton->setToolTip(tr("Options that customers hold cannot be removed"));
    auto* optionButtons = new QHBoxLayout;
    optionButtons->addWidget(addOptionButton);
    optionButtons->addWidget(removeOptionButton);
    optionButtons->addStretch(1);
    auto* optionsLayout = new QVBoxLayout(m_optionsBox);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    optionsLayout->addWidget(m_options);
    optionsLayout->addLayout(optionButtons);
    connect(addOptionButton, &QPushButton::clicked, this, [this] {
        addOption();
        m_options->setCurrentCell(m_options->rowCount() - 1, ValueColumn);
        m_options->editItem(m_options->currentItem());
    });
    connect(removeOptionButton, &QPushButton::clicked, this, [this] {
        if (m_options->currentRow() >= 0)
            m_options->removeRow(m_options->currentRow());
    });

    // The definition as it is (or the defaults of a new one).
    m_code->setText(m_original.code);
    m_labelEn->setText(m_original.labelEn);
    m_labelZh->setText(m_original.labelZh);
    m_type->setCurrentIndex(std::max(0, m_type->findData(common::customFieldTypeName(m_original.type))));
    m_required->setChecked(m_original.required);
    m_position->setValue(m_creating ? position : m_original.position);
    m_maxLength->setValue(m_original.type == CustomFieldType::Text ? m_original.effectiveMaxLength()
                                                                   : common::kCustomTextDefaultMax);
    if (m_original.minNumber)
        m_minNumber->setText(QString::number(*m_original.minNumber, 'f', m_original.decimals));
    if (m_original.maxNumber)
        m_maxNumber->setText(QString::number(*m_original.maxNumber, 'f', m_original.decimals));
    m_decimals->setValue(m_original.decimals);
    m_minDate->setDate(m_original.minDate.isValid() ? m_original.minDate : kNoDate);
    m_maxDate->setDate(m_original.maxDate.isValid() ? m_original.maxDate : kNoDate);
    for (const common::CustomFieldOption& option : m_original.options)
        addOption(option);

    auto* general = new QLabel(this);
    general->setStyleSheet(QStringLiteral("color: #c62828;"));
    general->setWordWrap(true);
    general->setTextFormat(Qt::PlainText);
    general->hide();
    m_errors->setGeneralLabel(general);

    m_form->addRow(tr("&Code"), field(m_code, QStringLiteral("code")));
    m_form->addRow(tr("&English label"), field(m_labelEn, QStringLiteral("label_en")));
    m_form->addRow(tr("C&hinese label"), field(m_labelZh, QStringLiteral("label_zh")));
    m_form->addRow(tr("&Type"), field(m_type, QStringLiteral("type")));
    m_form->addRow(tr("Required"), field(m_required, QStringLiteral("required")));
    m_form->addRow(tr("&Order"), field(m_position, QStringLiteral("position")));
    m_form->addRow(tr("&Maximum length"), field(m_maxLength, QStringLiteral("max_length")));
    m_form->addRow(tr("M&inimum"), field(m_minNumber, QStringLiteral("min")));
    m_form->addRow(tr("Ma&ximum"), field(m_maxNumber, QStringLiteral("max")));
    m_form->addRow(tr("&Decimals"), field(m_decimals, QStringLiteral("decimals")));
    m_form->addRow(tr("Earliest date"), field(m_minDate, QStringLiteral("min_date")));
    m_form->addRow(tr("Latest date"), field(m_maxDate, QStringLiteral("max_date")));
    m_form->addRow(tr("O&ptions"), field(m_optionsBox, QStringLiteral("options")));
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("saveButton"));
    m_ok->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomFieldDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
    connect(m_type, &QComboBox::currentIndexChanged, this, &CustomFieldDialog::updateRows);
    updateRows();
    setMinimumWidth(560);
    m_baseline = collectArgs();
}

QWidget* CustomFieldDialog::field(QWidget* editor, const QString& key)
{
    return m_errors->addFieldBox(key, editor, this);
}

void CustomFieldDialog::addOption(const common::CustomFieldOption& option)
{
    const int row = m_options->rowCount();
    m_options->insertRow(row);
    m_options->setItem(row, ValueColumn, new QTableWidgetItem(option.value));
    m_options->setItem(row, EnglishColumn, new QTableWidgetItem(option.labelEn));
    m_options->setItem(row, ChineseColumn, new QTableWidgetItem(option.labelZh));
}

void CustomFieldDialog::updateRows()
{
    const auto type = common::customFieldTypeFromName(m_type->currentData().toString()).value_or(CustomFieldType::Text);
    m_form->setRowVisible(m_maxLength->parentWidget(), type == CustomFieldType::Text);
    for (QWidget* editor : {static_cast<QWidget*>(m_minNumber), static_cast<QWidget*>(m_maxNumber),
                            static_cast<QWidget*>(m_decimals)})
        m_form->setRowVisible(editor->parentWidget(), type == CustomFieldType::Number);
    m_form->setRowVisible(m_minDate->parentWidget(), type == CustomFieldType::Date);
    m_form->setRowVisible(m_maxDate->parentWidget(), type == CustomFieldType::Date);
    m_form->setRowVisible(m_optionsBox->parentWidget(), type == CustomFieldType::Choice);
    if (type == CustomFieldType::Choice && m_options->rowCount() == 0)
        addOption();
    adjustSize();
}

QCborMap CustomFieldDialog::collectArgs() const
{
    QCborMap args;
    if (m_creating)
        args.insert(QStringLiteral("code"), m_code->text().trimmed());
    args.insert(QStringLiteral("label_en"), m_labelEn->text().trimmed());
    args.insert(QStringLiteral("label_zh"), m_labelZh->text().trimmed());
    const QString typeName = m_type->currentData().toString();
    args.insert(QStringLiteral("type"), typeName);
    args.insert(QStringLiteral("required"), m_required->isChecked());
    args.insert(QStringLiteral("position"), m_position->value());
    switch (common::customFieldTypeFromName(typeName).value_or(CustomFieldType::Text)) {
    case CustomFieldType::Text:
        args.insert(QStringLiteral("max_length"), m_maxLength->value());
        break;
    case CustomFieldType::Number:
        args.insert(QStringLiteral("min"), numberArg(m_minNumber));
        args.insert(QStringLiteral("max"), numberArg(m_maxNumber));
        args.insert(QStringLiteral("decimals"), m_decimals->value());
        break;
    case CustomFieldType::Date:
        args.insert(QStringLiteral("min"), dateArg(m_minDate));
        args.insert(QStringLiteral("max"), dateArg(m_maxDate));
        break;
    case CustomFieldType::Choice: {
        QCborArray options;
        for (int row = 0; row < m_options->rowCount(); ++row) {
            auto text = [&](int column) {
                const QTableWidgetItem* item = m_options->item(row, column);
                return item ? item->text().trimmed() : QString();
            };
            if (text(ValueColumn).isEmpty() && text(EnglishColumn).isEmpty() && text(ChineseColumn).isEmpty())
                continue;   // a blank row
            options.append(QCborMap{{QStringLiteral("value"), text(ValueColumn)},
                                    {QStringLiteral("label_en"), text(EnglishColumn)},
                                    {QStringLiteral("label_zh"), text(ChineseColumn)}});
        }
        args.insert(QStringLiteral("options"), options);
        break;
    }
    }
    return args;
}

QCborMap CustomFieldDialog::changes() const
{
    const QCborMap args = collectArgs();
    if (m_creating)
        return args;
    QCborMap changed = changedArgs(m_baseline, args);
    // A new type travels with what it needs.
    if (changed.contains(QStringLiteral("type")))
        changed = args;
    return changed;
}

void CustomFieldDialog::submit()
{
    m_errors->clear();
    const QCborMap args = changes();
    if (args.isEmpty()) {
        reject();   // nothing changed
        return;
    }
    common::CustomFieldDefinition checked = m_original;
    const auto problems = common::applyCustomFieldArgs(checked, args, m_creating);
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    emit submitted(args);
}

void CustomFieldDialog::showProblems(QMap<QString, QString> problems)
{
    // The bounds of a date field show at the date editors.
    if (m_type->currentData().toString() == common::customFieldTypeName(CustomFieldType::Date)) {
        for (auto [key, alias] : {std::pair{"min", "min_date"}, std::pair{"max", "max_date"}}) {
            if (problems.contains(QLatin1String(key)))
                problems.insert(QLatin1String(alias), problems.take(QLatin1String(key)));
        }
    }
    m_errors->show(problems);
}

void CustomFieldDialog::setBusy(bool busy)
{
    m_ok->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void CustomFieldDialog::finish()
{
    accept();
}

} // namespace csm::client::ui
