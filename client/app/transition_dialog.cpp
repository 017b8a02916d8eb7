#include "client/app/transition_dialog.h"

#include "client/app/fault_code_box.h"
#include "client/app/field_errors.h"
#include "client/core/ticket_text.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace csm::client::ui {

namespace {
// "Not set" of an optional time: the lowest date of the edit.
const QDateTime kUnset(QDate(2000, 1, 1), QTime(0, 0));

bool isLongText(const QString& field)
{
    static const QStringList fields{QStringLiteral("diagnosis"), QStringLiteral("resolution"),
                                    QStringLiteral("visit_result"), QStringLiteral("reject_reason"),
                                    QStringLiteral("cancel_reason"), QStringLiteral("note")};
    return fields.contains(field);
}

QString keptText(const common::Ticket& ticket, const QString& field)
{
    if (field == QLatin1String("diagnosis")) return ticket.diagnosis;
    if (field == QLatin1String("resolution")) return ticket.resolution;
    if (field == QLatin1String("visit_result")) return ticket.visitResult;
    if (field == QLatin1String("fault_code")) return ticket.faultCode;
    if (field == QLatin1String("shipping_out_no")) return ticket.shippingOutNo;
    if (field == QLatin1String("shipping_back_no")) return ticket.shippingBackNo;
    if (field == QLatin1String("replacement_serial")) return ticket.replacementSerial;
    return {};
}
} // namespace

TransitionDialog::TransitionDialog(const common::Ticket& ticket, const TicketAction& action,
                                   const QList<QPair<qint64, QString>>& units,
                                   const QList<QPair<qint64, QString>>& technicians, QWidget* parent)
    : QDialog(parent)
    , m_ticket(ticket)
    , m_action(action)
    , m_units(units)
    , m_technicians(technicians)
    , m_general(new QLabel(this))
    , m_ok(nullptr)
    , m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("transitionDialog"));
    setWindowTitle(tr("%1 — %2").arg(action.name, ticket.number));
    auto* intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setText(tr("Order %1 moves from “%2” to “%3”.").arg(ticket.number, ticket.stateName, action.toName));
    m_general->setObjectName(QStringLiteral("transitionGeneralError"));
    m_general->setTextFormat(Qt::PlainText);
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_general->hide();
    m_errors->setGeneralLabel(m_general);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const QString& field : action.requiredFields)
        form->addRow(TicketText::fieldLabel(field) + QStringLiteral(" *"), makeEditor(field, true));
    for (const QString& field : action.optionalFields)
        form->addRow(TicketText::fieldLabel(field), makeEditor(field, false));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("transitionOkButton"));
    m_ok->setText(action.name);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TransitionDialog::trySubmit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    if (!action.requiredFields.isEmpty()) {
        auto* hint = new QLabel(tr("* required"), this);
        hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
        layout->addWidget(hint);
    }
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

QWidget* TransitionDialog::makeEditor(const QString& field, bool required)
{
    QWidget* editor = nullptr;
    if (field == QLatin1String("assigned_org_unit_id")) {
        auto* box = new QComboBox(this);
        if (m_ticket.assignedOrgUnitId != 0)
            box->addItem(m_ticket.assignedOrgUnitName, m_ticket.assignedOrgUnitId);
        for (const auto& unit : m_units) {
            if (unit.first != m_ticket.assignedOrgUnitId)
                box->addItem(unit.second, unit.first);
        }
        if (!required)
            box->insertItem(0, tr("(unchanged)"), qint64(0));
        box->setCurrentIndex(0);
        editor = box;
    } else if (field == QLatin1String("technician_id")) {
        // The technicians of the order's unit; while they are unknown (or there are none), the
        // current one or a user number typed in.
        auto* box = new QComboBox(this);
        if (!m_technicians.isEmpty()) {
            if (!required)
                box->addItem(tr("(unchanged)"), qint64(0));
            for (const auto& technician : m_technicians)
                box->addItem(technician.second, technician.first);
            const int current = box->findData(m_ticket.technicianId);
            box->setCurrentIndex(current >= 0 ? current : 0);
        } else {
            box->setEditable(true);
            box->setInsertPolicy(QComboBox::NoInsert);
            if (m_ticket.technicianId != 0)
                box->addItem(QStringLiteral("%1 (#%2)").arg(m_ticket.technicianName).arg(m_ticket.technicianId), m_ticket.technicianId);
            box->lineEdit()->setPlaceholderText(tr("Technician's user number"));
        }
        editor = box;
    } else if (field.startsWith(QLatin1String("appointment_"))) {
        auto* edit = new QDateTimeEdit(this);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
        edit->setMinimumDateTime(kUnset);
        edit->setSpecialValueText(tr("Not set"));
        const bool start = field == QLatin1String("appointment_start");
        const QDateTime kept = start ? m_ticket.appointmentStart : m_ticket.appointmentEnd;
        const QDate tomorrow = QDate::currentDate().addDays(1);
        if (kept.isValid())
            edit->setDateTime(kept.toLocalTime());
        else if (required)
            edit->setDateTime(QDateTime(tomorrow, start ? QTime(9, 0) : QTime(12, 0)));
        else
            edit->setDateTime(kUnset);
        editor = edit;
    } else if (field == QLatin1String("fault_code")) {
        auto* box = new FaultCodeBox(this);
        box->setCode(m_ticket.faultCode);
        editor = box;
    } else if (isLongText(field)) {
        auto* edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
        edit->setPlainText(keptText(m_ticket, field));
        editor = edit;
    } else {
        auto* edit = new QLineEdit(this);
        edit->setMaxLength(common::kTicketShortTextMax);
        edit->setText(keptText(m_ticket, field));
        editor = edit;
    }
    editor->setObjectName(field + QStringLiteral("Edit"));
    m_editors.insert(field, editor);

    return m_errors->addFieldBox(field, editor, this);
}

QCborValue TransitionDialog::valueOf(const QString& field) const
{
    QWidget* editor = m_editors.value(field);
    if (auto* box = qobject_cast<FaultCodeBox*>(editor)) {
        const QString code = box->code();
        return code.isEmpty() ? QCborValue() : QCborValue(code);
    }
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        if (box->isEditable()) {
            const int index = box->findText(box->currentText());
            if (index >= 0 && box->itemData(index).toLongLong() != 0)
                return box->itemData(index).toLongLong();
            bool ok = false;
            const qint64 id = box->currentText().trimmed().remove(QLatin1Char('#')).toLongLong(&ok);
            return ok && id > 0 ? QCborValue(id) : QCborValue();
        }
        const qint64 id = box->currentData().toLongLong();
        return id != 0 ? QCborValue(id) : QCborValue();
    }
    if (auto* edit = qobject_cast<QDateTimeEdit*>(editor)) {
        if (edit->dateTime() == kUnset)
            return {};
        return edit->dateTime().toUTC().toString(Qt::ISODateWithMs);
    }
    QString text;
    if (auto* edit = qobject_cast<QPlainTextEdit*>(editor))
        text = edit->toPlainText().trimmed();
    else if (auto* edit = qobject_cast<QLineEdit*>(editor))
        text = edit->text().trimmed();
    return text.isEmpty() ? QCborValue() : QCborValue(text);
}

QCborMap TransitionDialog::fields() const
{
    QCborMap fields;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QCborValue value = valueOf(it.key());
        if (!value.isUndefined() && !value.isNull())
            fields.insert(it.key(), value);
    }
    return fields;
}

void TransitionDialog::trySubmit()
{
    QMap<QString, QString> problems;
    for (const QString& field : m_action.requiredFields) {
        const QCborValue value = valueOf(field);
        if (value.isUndefined() || value.isNull())
            problems.insert(field, tr("Required for “%1”.").arg(m_action.name));
    }
    const QCborValue start = valueOf(QStringLiteral("appointment_start"));
    const QCborValue end = valueOf(QStringLiteral("appointment_end"));
    if (start.isString() && end.isString()
        && QDateTime::fromString(end.toString(), Qt::ISODateWithMs) < QDateTime::fromString(start.toString(), Qt::ISODateWithMs))
        problems.insert(QStringLiteral("appointment_end"), tr("The window ends before it starts."));
    if (!problems.isEmpty()) {
        m_errors->show(problems);
        return;
    }
    m_errors->clear();
    emit submitted(m_action.code, fields());
}

void TransitionDialog::showProblems(const QMap<QString, QString>& problems)
{
    m_errors->show(problems);
}

void TransitionDialog::setBusy(bool busy)
{
    m_ok->setEnabled(!busy);
}

void TransitionDialog::setFaultCodes(const QList<common::FaultCode>& codes)
{
    if (auto* box = qobject_cast<FaultCodeBox*>(m_editors.value(QStringLiteral("fault_code"))))
        box->setCodes(codes);
}

QString TransitionDialog::problemFor(const QString& field) const
{
    return m_errors->messageFor(field);
}

} // namespace csm::client::ui
