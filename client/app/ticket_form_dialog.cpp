#include "client/app/ticket_form_dialog.h"

#include "client/app/busy_indicator.h"
#include "client/app/complaint_editors.h"
#include "client/app/error_presenter.h"
#include "client/app/fault_code_box.h"
#include "client/app/field_errors.h"
#include "client/core/case_controller.h"
#include "client/core/desk_text.h"
#include "client/core/fault_code_lookup.h"
#include "client/core/ticket_list_model.h"
#include "client/core/ticket_text.h"
#include "common/model/service_type.h"
#include "common/model/ticket_case.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace csm::client::ui {

namespace {
QLabel* plainLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QString isoText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

TicketFormDialog::TicketFormDialog(const AppServices& services, qint64 customerId, const QString& customerName,
                                   QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_controller(new TicketFormController(services.rpc, this))
    , m_serviceType(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_product(new QComboBox(this))
    , m_faultCode(new FaultCodeBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_complaint(new ComplaintEditors(this))
    , m_cases(new CaseController(services.rpc, this))
    , m_faultCodes(new FaultCodeLookup(services.rpc, this))
    , m_appointment(new QCheckBox(tr("&Appointment"), this))
    , m_start(new QDateTimeEdit(this))
    , m_end(new QDateTimeEdit(this))
    , m_suggestion(plainLabel(this, QStringLiteral("suggestionLabel")))
    , m_unit(new QComboBox(this))
    , m_duplicate(plainLabel(this, QStringLiteral("duplicateWarning")))
    , m_general(plainLabel(this, QStringLiteral("ticketGeneralError")))
    , m_busy(new BusyIndicator(this))
    , m_save(nullptr)
    , m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("ticketFormDialog"));
    setWindowTitle(customerName.isEmpty() ? tr("New service request") : tr("New service request — %1").arg(customerName));
    m_serviceType->setObjectName(QStringLiteral("serviceTypeBox"));
    m_severity->setObjectName(QStringLiteral("severityBox"));
    m_channel->setObjectName(QStringLiteral("channelBox"));
    m_product->setObjectName(QStringLiteral("productBox"));
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_faultCode->setObjectName(QStringLiteral("faultCodeBox"));
    m_appointment->setObjectName(QStringLiteral("appointmentCheck"));
    m_unit->setObjectName(QStringLiteral("unitBox"));

    for (const QString& code : common::serviceTypeCodes())
        m_serviceType->addItem(TicketText::serviceTypeName(code), code);
    m_serviceType->setCurrentIndex(m_serviceType->findData(QStringLiteral("repair")));
    for (const QString& code : common::severityCodes())
        m_severity->addItem(TicketText::severityName(code), code);
    m_severity->setCurrentIndex(m_severity->findData(QStringLiteral("general")));
    for (const QString& code : common::ticketChannelCodes())
        m_channel->addItem(DeskText::channelName(code), code);
    m_channel->setCurrentIndex(m_channel->findData(QStringLiteral("phone_in")));
    m_product->addItem(tr("Loading the customer's products…"), qint64(0));

    m_description->setPlaceholderText(tr("What the customer reports: the fault, since when, what was tried"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 5 + 12);

    // Tomorrow morning by default; the window stays off until the agent ticks it.
    const QDate tomorrow = QDate::currentDate().addDays(1);
    for (QDateTimeEdit* edit : {m_start, m_end}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_start->setObjectName(QStringLiteral("appointmentStartEdit"));
    m_end->setObjectName(QStringLiteral("appointmentEndEdit"));
    m_start->setDateTime(QDateTime(tomorrow, QTime(9, 0)));
    m_end->setDateTime(QDateTime(tomorrow, QTime(12, 0)));
    auto* window = new QWidget(this);
    auto* windowLayout = new QHBoxLayout(window);
    windowLayout->setContentsMargins(0, 0, 0, 0);
    windowLayout->addWidget(m_appointment);
    windowLayout->addWidget(m_start, 1);
    windowLayout->addWidget(new QLabel(QStringLiteral("–"), window));
    windowLayout->addWidget(m_end, 1);

    m_suggestion->setText(tr("Looking up the service point that covers the customer…"));
    m_unit->setToolTip(tr("The service point the order goes to; the suggestion follows the customer's region"));
    m_duplicate->setStyleSheet(QStringLiteral("background: #fff3e0; color: #e65100; padding: 4px;"));
    m_duplicate->hide();
    m_general->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_general->hide();
    m_errors->setGeneralLabel(m_general);
    m_busy->setText(tr("Working…"));

    auto* form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Service &type"), field(m_serviceType, QStringLiteral("service_type")));
    form->addRow(tr("Se&verity"), field(m_severity, QStringLiteral("severity")));
    form->addRow(tr("C&hannel"), field(m_channel, QStringLiteral("channel")));
    form->addRow(tr("&Product"), field(m_product, QStringLiteral("customer_product_id")));
    form->addRow(QString(), m_duplicate);
    form->addRow(tr("&Fault code"), field(m_faultCode, QStringLiteral("fault_code")));
    form->addRow(tr("Complaint about"), field(m_complaint->category(), QStringLiteral("complaint.category")));
    form->addRow(tr("Responsible unit"), field(m_complaint->unit(), QStringLiteral("complaint.responsible_org_unit_id")));
    form->addRow(tr("Deadline"), field(m_complaint->deadlineRow(), QStringLiteral("complaint.deadline")));
    m_errors->addAlias(QStringLiteral("complaint"), QStringLiteral("complaint.category"));
    form->addRow(tr("&Description"), field(m_description, QStringLiteral("description")));
    form->addRow(tr("When"), field(window, QStringLiteral("appointment_start")));
    m_errors->addAlias(QStringLiteral("appointment_end"), QStringLiteral("appointment_start"));
    form->addRow(tr("Service p&oint"), field(m_unit, QStringLiteral("assigned_org_unit_id")));
    form->addRow(QString(), m_suggestion);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("ticketSaveButton"));
    m_save->setText(tr("Create order"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_busy);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::accepted, this, &TicketFormDialog::trySubmit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_appointment, &QCheckBox::toggled, m_start, &QWidget::setEnabled);
    connect(m_appointment, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime& start) {
        if (m_end->dateTime() < start)
            m_end->setDateTime(start.addSecs(3 * 3600));
    });
    connect(m_product, &QComboBox::currentIndexChanged, this, &TicketFormDialog::updateDuplicateWarning);
    connect(m_product, &QComboBox::currentIndexChanged, this, &TicketFormDialog::updateFaultCodes);
    connect(m_faultCodes, &FaultCodeLookup::categoryLoaded, this, &TicketFormDialog::updateFaultCodes);
    connect(m_serviceType, &QComboBox::currentIndexChanged, this, &TicketFormDialog::updateServiceType);
    connect(m_cases, &CaseController::unitsLoaded, this, [this] { m_complaint->setUnits(m_cases->units()); });
    connect(m_controller, &TicketFormController::productsLoaded, this, &TicketFormDialog::fillProducts);
    connect(m_controller, &TicketFormController::suggestionLoaded, this, &TicketFormDialog::fillUnits);
    connect(m_controller, &TicketFormController::unitsLoaded, this, &TicketFormDialog::fillUnits);
    connect(m_controller, &TicketFormController::openOrdersLoaded, this, &TicketFormDialog::updateDuplicateWarning);
    connect(m_controller, &TicketFormController::busyChanged, m_busy, &BusyIndicator::setBusy);
    connect(m_controller, &TicketFormController::failed, this, &TicketFormDialog::onFailed);
    connect(m_controller, &TicketFormController::created, this, [this](const common::Ticket& ticket) {
        emit created(ticket);
        accept();
    });
    m_controller->start(customerId);
    updateServiceType();
    m_description->setFocus();
    resize(600, sizeHint().height());
}

QWidget* TicketFormDialog::field(QWidget* editor, const QString& key)
{
    return m_errors->addFieldBox(key, editor, this);
}

void TicketFormDialog::fillProducts()
{
    const QSignalBlocker blocker(m_product);
    m_product->clear();
    m_product->addItem(tr("(no particular product)"), qint64(0));
    for (const common::CustomerProduct& product : m_controller->products()) {
        QString text = QStringLiteral("%1 (%2)").arg(product.modelName, product.modelCode);
        if (!product.serialNumber.isEmpty())
            text += QStringLiteral(" · ") + product.serialNumber;
        m_product->addItem(text, product.id);
    }
    // One product: that is the one the customer calls about, most likely.
    m_product->setCurrentIndex(m_controller->products().size() == 1 ? 1 : 0);
    updateDuplicateWarning();
    updateFaultCodes();
}

void TicketFormDialog::updateFaultCodes()
{
    const qint64 productId = m_product->currentData().toLongLong();
    QString category;
    for (const common::CustomerProduct& product : m_controller->products()) {
        if (product.id == productId)
            category = product.categoryCode;
    }
    if (category.isEmpty()) {
        m_faultCode->setCodes({});
        return;
    }
    if (!m_faultCodes->hasCategory(category)) {
        m_faultCodes->requestCategory(category);   // categoryLoaded() comes back here
        return;
    }
    m_faultCode->setCodes(m_faultCodes->categoryCodes(category));
}

bool TicketFormDialog::complaintShown() const
{
    return common::isCaseServiceType(m_serviceType->currentData().toString());
}

void TicketFormDialog::updateServiceType()
{
    const bool complaint = complaintShown();
    m_form->setRowVisible(m_faultCode->parentWidget(), !complaint);
    m_form->setRowVisible(m_complaint->category()->parentWidget(), complaint);
    m_form->setRowVisible(m_complaint->unit()->parentWidget(), complaint);
    m_form->setRowVisible(m_complaint->deadlineRow()->parentWidget(), complaint);
    if (complaint)
        m_cases->loadUnits();
}

void TicketFormDialog::fillUnits()
{
    const qint64 chosen = m_unit->currentData().toLongLong();
    const bool keepChoice = m_unit->currentIndex() > 0;
    const QSignalBlocker blocker(m_unit);
    m_unit->clear();
    const auto& suggestion = m_controller->suggestion();
    if (!m_controller->isSuggestionLoaded()) {
        m_unit->addItem(tr("Route automatically"), qint64(0));
    } else if (suggestion.orgUnitId != 0) {
        m_unit->addItem(tr("%1 (suggested)").arg(suggestion.orgUnitName), suggestion.orgUnitId);
        m_suggestion->setText(tr("Suggested for the customer's region %1: %2").arg(suggestion.regionName, suggestion.orgUnitName));
    } else {
        m_unit->addItem(tr("Not assigned yet"), qint64(0));
        m_suggestion->setText(tr("No service point covers the customer's region: choose one, or dispatch later."));
    }
    for (const TicketFormController::Unit& unit : m_controller->units()) {
        if (unit.id != suggestion.orgUnitId)
            m_unit->addItem(QStringLiteral("%1 (%2)").arg(unit.name, unit.code), unit.id);
    }
    if (keepChoice) {
        const int index = m_unit->findData(chosen);
        m_unit->setCurrentIndex(index < 0 ? 0 : index);
    }
}

void TicketFormDialog::updateDuplicateWarning()
{
    const qint64 productId = m_product->currentData().toLongLong();
    const QList<common::Ticket> open = m_controller->openOrdersOf(productId);
    if (open.isEmpty()) {
        m_duplicate->hide();
        return;
    }
    QStringList orders;
    for (const common::Ticket& ticket : open)
        orders.append(tr("%1 (%2, %3)").arg(ticket.number, ticket.stateName, TicketText::serviceTypeName(ticket.serviceType)));
    m_duplicate->setText(tr("This product already has %n open order(s): %1. Check it before creating another.", nullptr,
                            static_cast<int>(open.size()))
                             .arg(orders.join(QStringLiteral(", "))));
    m_duplicate->show();
}

QCborMap TicketFormDialog::fields() const
{
    QCborMap fields;
    fields.insert(QStringLiteral("service_type"), m_serviceType->currentData().toString());
    fields.insert(QStringLiteral("severity"), m_severity->currentData().toString());
    fields.insert(QStringLiteral("channel"), m_channel->currentData().toString());
    const qint64 productId = m_product->currentData().toLongLong();
    if (productId != 0)
        fields.insert(QStringLiteral("customer_product_id"), productId);
    fields.insert(QStringLiteral("description"), m_description->toPlainText().trimmed());
    if (complaintShown()) {
        fields.insert(QStringLiteral("complaint"), m_complaint->details());
    } else {
        const QString code = m_faultCode->code();
        if (!code.isEmpty())
            fields.insert(QStringLiteral("fault_code"), code);
    }
    if (m_appointment->isChecked()) {
        fields.insert(QStringLiteral("appointment_start"), isoText(m_start->dateTime()));
        fields.insert(QStringLiteral("appointment_end"), isoText(m_end->dateTime()));
    }
    // The suggestion is what the server routes to by itself; only an override is sent.
    const qint64 unitId = m_unit->currentData().toLongLong();
    if (unitId != 0 && unitId != m_controller->suggestion().orgUnitId)
        fields.insert(QStringLiteral("assigned_org_unit_id"), unitId);
    return fields;
}

void TicketFormDialog::trySubmit()
{
    const QCborMap all = fields();
    QMap<QString, QString> problems;
    const QString description = all.value(QStringLiteral("description")).toString();
    if (description.isEmpty())
        problems.insert(QStringLiteral("description"), tr("Describe what the customer needs."));
    else if (description.size() > common::kTicketDescriptionMax)
        problems.insert(QStringLiteral("description"), tr("At most %1 characters.").arg(common::kTicketDescriptionMax));
    if (m_appointment->isChecked() && m_end->dateTime() < m_start->dateTime())
        problems.insert(QStringLiteral("appointment_start"), tr("The window ends before it starts."));
    if (complaintShown()) {
        const QMap<QString, QString> complaint = m_complaint->check();
        for (auto it = complaint.cbegin(); it != complaint.cend(); ++it)
            problems.insert(QStringLiteral("complaint.") + it.key(), it.value());
    }
    if (!problems.isEmpty()) {
        m_errors->show(problems);
        return;
    }
    m_errors->clear();
    m_save->setEnabled(false);   // until the answer: the lookups do not hold Save up, the create does
    m_controller->create(all);
}

void TicketFormDialog::onFailed(TicketFormController::Action action, const common::ErrorInfo& error)
{
    if (action == TicketFormController::Action::Create)
        m_save->setEnabled(true);
    if (action == TicketFormController::Action::Create && error.code == common::ErrorCode::Validation) {
        QMap<QString, QString> problems;
        for (auto it = error.fields.cbegin(); it != error.fields.cend(); ++it)
            problems.insert(it.key(), ErrorPresenter::fieldProblemText(it.value()));
        if (problems.isEmpty())
            problems.insert(QStringLiteral("ticket"), ErrorPresenter::describe(error));
        m_errors->show(problems);
        return;
    }
    if (action == TicketFormController::Action::OpenOrders || action == TicketFormController::Action::Units) {
        // The form works without these; say so quietly.
        m_services.errors.showTransient(ErrorPresenter::describe(error).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        return;
    }
    m_services.errors.present(error, this);
}

QString TicketFormDialog::problemFor(const QString& field) const
{
    return m_errors->messageFor(field);
}

} // namespace csm::client::ui
