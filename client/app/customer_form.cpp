#include "client/app/customer_form.h"

#include "client/app/busy_indicator.h"
#include "client/app/confirm.h"
#include "client/app/custom_fields_box.h"
#include "client/app/error_presenter.h"
#include "client/app/field_errors.h"
#include "client/app/region_picker.h"
#include "client/core/custom_field_cache.h"
#include "client/core/customer_changes.h"
#include "client/core/customer_editor_controller.h"

#include <QCborArray>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTime>
#include <QVBoxLayout>

namespace csm::client::ui {

namespace {
const QDate kNoDate(1899, 12, 31);   // the date edit's "not set" value
} // namespace

CustomerForm::CustomerForm(const AppServices& services, Options options, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_options(options)
    , m_controller(new CustomerEditorController(services.rpc, this))
    , m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("customerForm"));
    setAttribute(Qt::WA_DeleteOnClose);
    buildUi();
    connect(m_controller, &CustomerEditorController::loaded, this, [this](const common::Customer& customer) {
        populate(customer);
        setStatus(m_reloadRequested ? tr("Loaded the current version.") : QString());
        m_reloadRequested = false;
    });
    connect(m_controller, &CustomerEditorController::saved, this, &CustomerForm::onSaved);
    connect(m_controller, &CustomerEditorController::failed, this, &CustomerForm::onFailed);
    connect(m_controller, &CustomerEditorController::idNumberRevealed, this, &CustomerForm::onIdNumberRevealed);
    connect(m_controller, &CustomerEditorController::busyChanged, this, [this](bool busy) {
        m_busy->setBusy(busy);
        m_saveButton->setEnabled(!busy && m_options.canWrite);
    });
    connect(m_region, &RegionPicker::loadFailed, this, [this](const common::ErrorInfo& error) {
        setStatus(tr("Regions could not be loaded: %1").arg(ErrorPresenter::describe(error)));
    });
    connect(m_controller, &CustomerEditorController::fieldsLoaded, this, &CustomerForm::onFieldsLoaded);
    connect(m_controller, &CustomerEditorController::fieldsFailed, this, [this](const common::ErrorInfo& error) {
        setStatus(tr("Custom fields could not be loaded: %1").arg(ErrorPresenter::describe(error)));
    });
    populate(common::Customer{});
    m_controller->loadFields();
}

QWidget* CustomerForm::field(QWidget* editor, const QString& key, QWidget* extra)
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    if (extra) {
        auto* row = new QHBoxLayout;
        row->addWidget(editor, 1);
        row->addWidget(extra);
        layout->addLayout(row);
    } else {
        layout->addWidget(editor);
    }
    auto* message = new QLabel(box);
    message->setObjectName(key + QStringLiteral("Error"));
    layout->addWidget(message);
    m_errors->addField(key, editor, message);
    return box;
}

void CustomerForm::buildUi()
{
    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("generalError"));
    m_general->setTextFormat(Qt::PlainText);
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_general->hide();
    m_errors->setGeneralLabel(m_general);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(common::kCustomerNameMax);
    m_gender = new QComboBox(this);
    m_gender->setObjectName(QStringLiteral("genderBox"));
    m_gender->addItem(tr("Not specified"), QString());
    m_gender->addItem(tr("Male"), QStringLiteral("male"));
    m_gender->addItem(tr("Female"), QStringLiteral("female"));
    m_birthDate = new QDateEdit(this);
    m_birthDate->setObjectName(QStringLiteral("birthDateEdit"));
    m_birthDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_birthDate->setMinimumDate(kNoDate);
    m_birthDate->setMaximumDate(QDate::currentDate());
    m_birthDate->setSpecialValueText(tr("Not set"));
    m_birthDate->setCalendarPopup(true);
    m_idNumber = new QLineEdit(this);
    m_idNumber->setObjectName(QStringLiteral("idNumberEdit"));
    m_idNumber->setMaxLength(18);
    m_revealButton = new QPushButton(tr("Show"), this);
    m_revealButton->setObjectName(QStringLiteral("revealIdButton"));
    m_revealButton->setAutoDefault(false);
    m_revealButton->setToolTip(tr("Show the full ID number (the view is recorded)"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_occupation = new QLineEdit(this);
    m_occupation->setObjectName(QStringLiteral("occupationEdit"));
    m_occupation->setMaxLength(50);
    m_vipLevel = new QSpinBox(this);
    m_vipLevel->setObjectName(QStringLiteral("vipLevelBox"));
    m_vipLevel->setRange(0, 9);
    m_phones = new QPlainTextEdit(this);
    m_phones->setObjectName(QStringLiteral("phonesEdit"));
    m_phones->setTabChangesFocus(true);
    m_phones->setPlaceholderText(tr("One phone number per line (up to %1)").arg(common::kCustomerPhonesMax));
    m_phones->setFixedHeight(m_phones->fontMetrics().lineSpacing() * 4 + 12);
    m_region = new RegionPicker(m_services.regions, this);
    m_region->setObjectName(QStringLiteral("regionPicker"));
    m_addressDetail = new QLineEdit(this);
    m_addressDetail->setObjectName(QStringLiteral("addressDetailEdit"));
    m_addressDetail->setMaxLength(common::kAddressDetailMax);
    m_addressDetail->setPlaceholderText(tr("Street, building, room"));
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("Separated by commas"));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    m_custom = new CustomFieldsBox(m_errors, this);

    auto* person = new QGroupBox(tr("Person"), this);
    auto* personForm = new QFormLayout;
    personForm->addRow(tr("&Name *"), field(m_name, QStringLiteral("name")));
    personForm->addRow(tr("&Gender"), field(m_gender, QStringLiteral("gender")));
    personForm->addRow(tr("&Birth date"), field(m_birthDate, QStringLiteral("birth_date")));
    personForm->addRow(tr("&ID number"), field(m_idNumber, QStringLiteral("id_number"), m_revealButton));
    personForm->addRow(tr("&Email"), field(m_email, QStringLiteral("email")));
    personForm->addRow(tr("&Occupation"), field(m_occupation, QStringLiteral("occupation")));
    personForm->addRow(tr("&VIP level"), field(m_vipLevel, QStringLiteral("vip_level")));

    auto* contact = new QGroupBox(tr("Contact"), this);
    auto* contactForm = new QFormLayout;
    contactForm->addRow(tr("&Phones *"), field(m_phones, QStringLiteral("phones")));
    contactForm->addRow(tr("&Region"), field(m_region, QStringLiteral("address")));
    contactForm->addRow(tr("&Address"), field(m_addressDetail, QStringLiteral("address.detail")));
    contactForm->addRow(tr("&Tags"), field(m_tags, QStringLiteral("tags")));
    for (const char* key : {"address.province", "address.city", "address.district"})
        m_errors->addAlias(QString::fromLatin1(key), QStringLiteral("address"));
    // Rows keep their natural height; the spare room goes below the last row.
    for (auto [group, form] : {std::pair{person, personForm}, std::pair{contact, contactForm}}) {
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        auto* column = new QVBoxLayout(group);
        column->addLayout(form);
        column->addStretch(1);
    }

    m_meta = new QLabel(this);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("formStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_busy = new BusyIndicator(this);
    m_busy->setText(tr("Working…"));

    auto* buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setShortcut(QKeySequence::Save);
    m_saveButton->setToolTip(tr("Save (Ctrl+S)"));
    m_saveButton->setDefault(true);
    m_closeButton = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setToolTip(tr("Close (Esc)"));
    connect(m_saveButton, &QPushButton::clicked, this, &CustomerForm::save);
    connect(m_closeButton, &QPushButton::clicked, this, &CustomerForm::reject);
    connect(m_revealButton, &QPushButton::clicked, this, [this] { m_controller->revealIdNumber(m_customer.id); });

    auto* columns = new QHBoxLayout;
    columns->addWidget(person, 1);
    columns->addWidget(contact, 1);
    auto* noteBox = new QGroupBox(tr("N&ote"), this);
    (new QVBoxLayout(noteBox))->addWidget(field(m_note, QStringLiteral("note")));
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_meta);
    footer->addStretch(1);
    footer->addWidget(m_busy);
    footer->addWidget(m_status);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_general);
    layout->addLayout(columns, 1);
    layout->addWidget(m_custom);
    layout->addWidget(noteBox);
    layout->addLayout(footer);
    layout->addWidget(buttons);

    if (!m_options.canWrite) {
        for (QLineEdit* edit : {m_name, m_idNumber, m_email, m_occupation, m_addressDetail, m_tags})
            edit->setReadOnly(true);
        m_phones->setReadOnly(true);
        m_note->setReadOnly(true);
        m_gender->setEnabled(false);
        m_birthDate->setReadOnly(true);
        m_vipLevel->setReadOnly(true);
        m_region->setReadOnly(true);
        m_custom->setReadOnly(true);
        m_saveButton->hide();
    }
    resize(sizeHint().expandedTo(QSize(900, 0)));
}

void CustomerForm::populate(const common::Customer& customer)
{
    m_customer = customer;
    m_errors->clear();
    m_name->setText(customer.name);
    m_gender->setCurrentIndex(std::max(0, m_gender->findData(customer.gender)));
    m_birthDate->setDate(customer.birthDate.isValid() ? customer.birthDate : kNoDate);
    m_idNumber->setText(customer.idNumber);
    m_email->setText(customer.email);
    m_occupation->setText(customer.occupation);
    m_vipLevel->setValue(customer.vipLevel);
    m_phones->setPlainText(phonesToText(customer.phones));
    m_region->setCodes(customer.address.provinceCode, customer.address.cityCode, customer.address.districtCode);
    m_addressDetail->setText(customer.address.detail);
    m_tags->setText(customer.tags.join(QStringLiteral(", ")));
    m_note->setPlainText(customer.note);
    m_custom->setValues(customer.custom);
    m_revealButton->setVisible(m_options.canRevealIdNumber && customer.id != 0 && customer.idNumberMasked
                               && !customer.idNumber.isEmpty());
    if (customer.id != 0) {
        const QLocale locale;
        m_meta->setText(tr("No. %1 · version %2 · changed %3")
                            .arg(customer.id)
                            .arg(customer.version)
                            .arg(locale.toString(customer.updatedAt.toLocalTime(), QLocale::ShortFormat)));
    } else {
        m_meta->clear();
    }
    m_baseline = collectArgs();
    updateTitle();
}

void CustomerForm::load(const common::Customer& customer)
{
    populate(customer);
    if (customer.id != 0)
        m_controller->load(customer.id);
}

void CustomerForm::prefill(const QString& name, const QString& phone)
{
    if (!name.isEmpty())
        m_name->setText(name);
    if (!phone.isEmpty())
        m_phones->setPlainText(phone);
    m_baseline = collectArgs();
}

QCborMap CustomerForm::collectArgs() const
{
    QCborMap args;
    args.insert(QStringLiteral("name"), m_name->text().trimmed());
    args.insert(QStringLiteral("gender"), m_gender->currentData().toString());
    const QDate birth = m_birthDate->date();
    args.insert(QStringLiteral("birth_date"), birth == kNoDate ? QString() : birth.toString(Qt::ISODate));
    args.insert(QStringLiteral("phones"), QCborArray::fromStringList(phonesFromText(m_phones->toPlainText())));
    args.insert(QStringLiteral("id_number"), m_idNumber->text().trimmed());
    args.insert(QStringLiteral("email"), m_email->text().trimmed());
    QCborMap address;
    address.insert(QStringLiteral("province"), m_region->code(RegionPicker::Province));
    address.insert(QStringLiteral("city"), m_region->code(RegionPicker::City));
    address.insert(QStringLiteral("district"), m_region->code(RegionPicker::District));
    address.insert(QStringLiteral("detail"), m_addressDetail->text().trimmed());
    args.insert(QStringLiteral("address"), address);
    args.insert(QStringLiteral("occupation"), m_occupation->text().trimmed());
    args.insert(QStringLiteral("vip_level"), m_vipLevel->value());
    args.insert(QStringLiteral("tags"), QCborArray::fromStringList(tagsFromText(m_tags->text())));
    args.insert(QStringLiteral("note"), m_note->toPlainText());
    if (m_custom->hasFields())
        args.insert(QStringLiteral("custom"), m_custom->values());
    return args;
}

bool CustomerForm::isDirty() const
{
    return m_options.canWrite && !customerChanges(m_baseline, collectArgs()).isEmpty();
}

bool CustomerForm::isBusy() const
{
    return m_controller->isBusy();
}

QString CustomerForm::statusText() const
{
    return m_status->text();
}

void CustomerForm::setStatus(const QString& text)
{
    m_status->setText(text);
}

void CustomerForm::updateTitle()
{
    setWindowTitle(m_customer.id == 0 ? tr("New customer") : tr("Customer: %1").arg(m_customer.name));
}

void CustomerForm::save()
{
    if (!m_options.canWrite || m_controller->isBusy())
        return;
    m_errors->clear();
    const bool creating = m_customer.id == 0;
    const QCborMap args = collectArgs();
    const QCborMap changes = creating ? withoutEmptyCustomValues(args) : customerChanges(m_baseline, args);
    if (changes.isEmpty()) {
        setStatus(tr("Nothing to save."));
        return;
    }
    auto problems = common::validateCustomerArgs(changes, creating);
    if (m_custom->hasFields()) {
        const auto custom = common::validateCustomValues(m_custom->fields(), changes.value(QStringLiteral("custom")),
                                                         m_customer.custom, creating);
        for (auto it = custom.cbegin(); it != custom.cend(); ++it)
            problems.insert(it.key(), it.value());
    }
    if (!problems.isEmpty()) {
        m_errors->show(problems);
        setStatus(tr("Please correct the marked fields."));
        return;
    }
    setStatus(tr("Saving…"));
    if (creating)
        m_controller->create(changes);
    else
        m_controller->update(m_customer.id, m_customer.version, changes);
}

void CustomerForm::onSaved(const common::Customer& customer, bool created)
{
    populate(customer);
    setStatus(created ? tr("Created at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
                      : tr("Saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    emit saved(customer);
}

void CustomerForm::onFailed(const common::ErrorInfo& error)
{
    setStatus(ErrorPresenter::codeText(error.code));
    ErrorPresenter::Handlers handlers;
    handlers.fields = m_errors;
    if (m_customer.id != 0) {
        handlers.reload = [this] {
            m_reloadRequested = true;
            m_controller->load(m_customer.id);
        };
        handlers.overwrite = [this] {
            setStatus(tr("Saving…"));
            m_controller->overwrite(m_customer.id, customerChanges(m_baseline, collectArgs()));
        };
    }
    m_services.errors.present(error, this, handlers);
}

void CustomerForm::onIdNumberRevealed(const QString& idNumber)
{
    m_idNumber->setText(idNumber);
    m_baseline.insert(QStringLiteral("id_number"), idNumber);   // seeing it is not a change
    m_customer.idNumber = idNumber;
    m_customer.idNumberMasked = false;
    m_revealButton->hide();
}

void CustomerForm::onFieldsLoaded(const common::CustomFieldList& fields)
{
    m_services.customFields.store(fields);
    m_custom->setFields(fields);
    m_custom->setValues(m_customer.custom);
    // The fields arrived after the record: they start unchanged; other edits stay edits.
    if (m_custom->hasFields())
        m_baseline.insert(QStringLiteral("custom"), m_custom->values());
    else
        m_baseline.remove(QStringLiteral("custom"));
}

void CustomerForm::askDiscard()
{
    askToConfirm(this, tr("Unsaved changes"), tr("This customer has changes that are not saved. Discard them?"),
                 tr("Discard changes"), [this] {
                     m_closeConfirmed = true;
                     QDialog::reject();
                 }, QStringLiteral("discardMessageBox"), tr("Keep editing"));
}

void CustomerForm::reject()
{
    if (!m_closeConfirmed && isDirty()) {
        askDiscard();
        return;
    }
    m_closeConfirmed = true;
    QDialog::reject();
}

void CustomerForm::closeEvent(QCloseEvent* event)
{
    if (!m_closeConfirmed && isDirty()) {
        event->ignore();
        askDiscard();
        return;
    }
    m_closeConfirmed = true;
    QDialog::closeEvent(event);
}

} // namespace csm::client::ui
