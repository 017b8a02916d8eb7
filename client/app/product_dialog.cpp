#include "client/app/product_dialog.h"

#include "client/app/field_errors.h"
#include "client/core/warranty.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace csm::client::ui {

namespace {
// The date edits' "Unknown" value: the day before the first date the rules accept (1980).
const QDate kUnknownDate(1979, 12, 31);

QDate dateOf(const QDateEdit* edit)
{
    return edit->date() == kUnknownDate ? QDate() : edit->date();
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

void setupDateEdit(QDateEdit* edit, const QString& name)
{
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kUnknownDate);
    edit->setMaximumDate(QDate::currentDate());
    edit->setSpecialValueText(ProductDialog::tr("Unknown"));
}
} // namespace

ProductDialog::ProductDialog(const QList<common::ProductModel>& models, QWidget* parent)
    : QDialog(parent)
    , m_models(models)
    , m_model(new QComboBox(this))
    , m_serial(new QLineEdit(this))
    , m_purchase(new QDateEdit(this))
    , m_install(new QDateEdit(this))
    , m_dealer(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_preview(new QLabel(this))
    , m_general(new QLabel(this))
    , m_save(nullptr)
    , m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("productDialog"));
    setWindowTitle(tr("Add product"));
    m_model->setObjectName(QStringLiteral("modelBox"));
    m_serial->setObjectName(QStringLiteral("serialEdit"));
    m_dealer->setObjectName(QStringLiteral("dealerEdit"));
    m_note->setObjectName(QStringLiteral("productNoteEdit"));
    m_preview->setObjectName(QStringLiteral("warrantyPreview"));

    // The picker: pick from the list, or type part of a name or code to filter it.
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->setMaxVisibleItems(15);
    for (const common::ProductModel& model : m_models)
        addModelItem(model, false);
    auto* completer = new QCompleter(m_model->model(), m_model);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_model->setCompleter(completer);
    m_model->setCurrentIndex(-1);
    m_model->lineEdit()->setPlaceholderText(tr("Choose or type a model name or code"));
    m_model->setMinimumContentsLength(28);

    m_serial->setMaxLength(common::kProductSerialMax);
    m_serial->setPlaceholderText(tr("As on the rating plate, e.g. KFR35GW2403001234"));
    m_serial->setClearButtonEnabled(true);
    setupDateEdit(m_purchase, QStringLiteral("purchaseDateEdit"));
    setupDateEdit(m_install, QStringLiteral("installDateEdit"));
    m_purchase->setDate(QDate::currentDate());
    m_install->setDate(QDate::currentDate());
    m_purchase->setToolTip(tr("The warranty runs from this date. Pick the lowest date for \"Unknown\"."));
    m_install->setToolTip(tr("Follows the purchase date until you change it."));
    m_dealer->setMaxLength(common::kProductDealerMax);
    m_dealer->setPlaceholderText(tr("Where it was bought"));
    m_note->setPlaceholderText(tr("Anything worth knowing about this unit"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_general->setObjectName(QStringLiteral("productGeneralError"));
    m_general->setTextFormat(Qt::PlainText);
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_general->hide();
    m_errors->setGeneralLabel(m_general);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Model"), field(m_model, QStringLiteral("model_id")));
    form->addRow(tr("&Serial number"), field(m_serial, QStringLiteral("serial_number")));
    form->addRow(tr("&Purchase date"), field(m_purchase, QStringLiteral("purchase_date")));
    form->addRow(tr("&Install date"), field(m_install, QStringLiteral("install_date")));
    form->addRow(tr("&Dealer"), field(m_dealer, QStringLiteral("dealer")));
    form->addRow(tr("N&ote"), field(m_note, QStringLiteral("note")));
    form->addRow(tr("Warranty"), m_preview);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("productSaveButton"));
    // Worded here: Qt's own translations are not always installed.
    m_save->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductDialog::trySubmit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(buttons);

    connect(m_model, &QComboBox::currentTextChanged, this, &ProductDialog::updatePreview);
    connect(m_purchase, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        if (!m_installTouched) {
            const QSignalBlocker blocker(m_install);
            m_install->setDate(date);
        }
        updatePreview();
    });
    connect(m_install, &QDateEdit::dateChanged, this, [this] {
        m_installTouched = true;
        updatePreview();
    });
    updatePreview();
    resize(520, sizeHint().height());
}

QWidget* ProductDialog::field(QWidget* editor, const QString& key)
{
    return m_errors->addFieldBox(key, editor, this);
}

void ProductDialog::addModelItem(const common::ProductModel& model, bool retired)
{
    QString text = QStringLiteral("%1 (%2)").arg(model.name, model.code);
    if (!model.categoryName.isEmpty())
        text += QStringLiteral(" — ") + model.categoryName;
    if (retired)
        text += QLatin1Char(' ') + tr("(no longer sold)");
    m_model->addItem(text, model.id);
}

void ProductDialog::setProduct(const common::CustomerProduct& product)
{
    m_original = product;
    setWindowTitle(tr("Edit product"));
    int index = m_model->findData(product.modelId);
    if (index < 0) {
        // A model no longer sold stays on the products that have it.
        common::ProductModel retired;
        retired.id = product.modelId;
        retired.code = product.modelCode;
        retired.name = product.modelName;
        retired.warrantyMonths = product.warrantyMonths;
        m_models.append(retired);
        addModelItem(retired, true);
        index = m_model->count() - 1;
    }
    m_model->setCurrentIndex(index);
    m_serial->setText(product.serialNumber);
    m_purchase->setDate(product.purchaseDate.isValid() ? product.purchaseDate : kUnknownDate);
    m_install->setDate(product.installDate.isValid() ? product.installDate : kUnknownDate);
    m_installTouched = true;   // an existing install date is no longer derived
    m_dealer->setText(product.dealer);
    m_note->setPlainText(product.note);
    updatePreview();
}

qint64 ProductDialog::chosenModelId() const
{
    const QString text = m_model->currentText().trimmed();
    if (text.isEmpty())
        return 0;
    int index = m_model->findText(text, Qt::MatchFixedString);
    if (index < 0) {
        // A typed code alone ("KFR-35GW") names its model when it names exactly one.
        for (int row = 0; row < m_models.size(); ++row) {
            if (m_models.at(row).code.compare(text, Qt::CaseInsensitive) == 0)
                index = m_model->findData(m_models.at(row).id);
        }
    }
    return index < 0 ? 0 : m_model->itemData(index).toLongLong();
}

int ProductDialog::warrantyMonthsOf(qint64 modelId) const
{
    for (const common::ProductModel& model : m_models) {
        if (model.id == modelId)
            return model.warrantyMonths;
    }
    return -1;
}

void ProductDialog::updatePreview()
{
    const qint64 modelId = chosenModelId();
    if (modelId == 0) {
        m_preview->setText(tr("Choose a model to see its warranty."));
        return;
    }
    const int months = warrantyMonthsOf(modelId);
    const QDate end = common::warrantyEndFor(months, dateOf(m_purchase), dateOf(m_install));
    if (!end.isValid()) {
        m_preview->setText(tr("%n month(s); the end is unknown without a purchase or install date.", nullptr, months));
        return;
    }
    const QString status = WarrantyText::statusName(warrantyStatus(end, QDate::currentDate()));
    m_preview->setText(tr("%n month(s), until %1 (%2)", nullptr, months).arg(end.toString(Qt::ISODate), status));
}

QCborMap ProductDialog::fields() const
{
    QCborMap fields;
    fields.insert(QStringLiteral("model_id"), chosenModelId());
    fields.insert(QStringLiteral("serial_number"), m_serial->text().trimmed());
    fields.insert(QStringLiteral("purchase_date"), dateText(dateOf(m_purchase)));
    fields.insert(QStringLiteral("install_date"), dateText(dateOf(m_install)));
    fields.insert(QStringLiteral("dealer"), m_dealer->text().trimmed());
    fields.insert(QStringLiteral("note"), m_note->toPlainText().trimmed());
    return fields;
}

void ProductDialog::trySubmit()
{
    const QCborMap all = fields();
    // The shared rules first: the same words the server would send, without the round trip.
    const auto problems = common::validateCustomerProductArgs(all, true, QDate::currentDate());
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    m_errors->clear();
    if (!isEditing()) {
        emit submitted(all);
        return;
    }
    // Editing: only what changed (a model no longer sold may stay, but not be chosen anew).
    const QCborMap before{{QStringLiteral("model_id"), m_original.modelId},
                          {QStringLiteral("serial_number"), m_original.serialNumber},
                          {QStringLiteral("purchase_date"), dateText(m_original.purchaseDate)},
                          {QStringLiteral("install_date"), dateText(m_original.installDate)},
                          {QStringLiteral("dealer"), m_original.dealer},
                          {QStringLiteral("note"), m_original.note}};
    QCborMap changed;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        QCborValue now = it.value();
        QCborValue was = before.value(it.key());
        if (it.key().toString() == QLatin1String("serial_number"))
            now = common::normalizeSerialNumber(now.toString());
        if (now != was)
            changed.insert(it.key(), it.value());
    }
    if (changed.isEmpty()) {
        accept();
        return;
    }
    emit submitted(changed);
}

void ProductDialog::showProblems(const QMap<QString, QString>& problems)
{
    m_errors->show(problems);
}

QString ProductDialog::problemFor(const QString& field) const
{
    return m_errors->messageFor(field);
}

void ProductDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
}

} // namespace csm::client::ui
