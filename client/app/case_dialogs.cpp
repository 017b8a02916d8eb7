#include "client/app/case_dialogs.h"

#include "client/app/complaint_editors.h"
#include "client/app/field_errors.h"
#include "client/core/case_text.h"
#include "client/core/ticket_text.h"

#include <QCheckBox>
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
QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QLabel* errorLabel(QWidget* parent)
{
    auto* label = wrapped(QString(), parent);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->hide();
    return label;
}

QPlainTextEdit* newTextEdit(QWidget* parent, int lines, const QString& name)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QDialogButtonBox* addButtons(QDialog* dialog, QVBoxLayout* layout, const QString& okText, const QString& cancelText)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("caseOkButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Cancel)->setText(cancelText);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return buttons;
}
} // namespace

ComplaintDialog::ComplaintDialog(Mode mode, const common::Ticket& ticket,
                                 const std::optional<common::TicketComplaint>& complaint, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_general(errorLabel(this))
    , m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("complaintDialog"));
    m_errors->setGeneralLabel(m_general);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QString okText;
    if (mode == Mode::Details) {
        setWindowTitle(tr("Complaint details — %1").arg(ticket.number));
        m_editors = new ComplaintEditors(this);
        if (complaint)
            m_editors->setDetails(*complaint);
        form->addRow(tr("Category"), m_errors->addFieldBox(QStringLiteral("category"), m_editors->category(), this));
        form->addRow(tr("Responsible unit"),
                     m_errors->addFieldBox(QStringLiteral("responsible_org_unit_id"), m_editors->unit(), this));
        form->addRow(tr("Deadline"), m_errors->addFieldBox(QStringLiteral("deadline"), m_editors->deadlineRow(), this));
        okText = tr("Save");
    } else {
        setWindowTitle(tr("Resolution and satisfaction — %1").arg(ticket.number));
        m_resolution = newTextEdit(this, 4, QStringLiteral("complaintResolutionEdit"));
        m_resolution->setPlaceholderText(tr("How the case was resolved, as told to the customer"));
        m_resolution->setPlainText(complaint && !complaint->resolution.isEmpty() ? complaint->resolution : ticket.resolution);
        m_satisfaction = new QComboBox(this);
        m_satisfaction->setObjectName(QStringLiteral("satisfactionBox"));
        m_satisfaction->addItem(tr("(ask the customer)"), 0);
        for (int level = common::kSatisfactionMax; level >= common::kSatisfactionMin; --level)
            m_satisfaction->addItem(CaseText::satisfactionName(level), level);
        if (complaint && complaint->satisfaction != 0)
            m_satisfaction->setCurrentIndex(m_satisfaction->findData(complaint->satisfaction));
        m_comment = new QLineEdit(this);
        m_comment->setObjectName(QStringLiteral("satisfactionCommentEdit"));
        m_comment->setMaxLength(common::kComplaintCommentMax);
        m_comment->setPlaceholderText(tr("What the customer said (optional)"));
        if (complaint)
            m_comment->setText(complaint->satisfactionComment);
        form->addRow(tr("Resolution *"), m_errors->addFieldBox(QStringLiteral("resolution"), m_resolution, this));
        form->addRow(tr("Satisfaction *"), m_errors->addFieldBox(QStringLiteral("satisfaction"), m_satisfaction, this));
        form->addRow(tr("Customer's words"),
                     m_errors->addFieldBox(QStringLiteral("satisfaction_comment"), m_comment, this));
        okText = tr("Record");
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(wrapped(tr("%1 %2: %3").arg(TicketText::serviceTypeName(ticket.serviceType), ticket.number,
                                                  ticket.description.left(120)),
                              this));
    layout->addLayout(form);
    layout->addWidget(m_general);
    auto* buttons = addButtons(this, layout, okText, tr("Cancel"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplaintDialog::trySubmit);
    resize(520, sizeHint().height());
}

void ComplaintDialog::setUnits(const QList<CaseUnit>& units)
{
    if (m_editors)
        m_editors->setUnits(units);
}

void ComplaintDialog::trySubmit()
{
    QMap<QString, QString> problems;
    if (m_mode == Mode::Details) {
        problems = m_editors->check();
        if (problems.isEmpty()) {
            m_errors->clear();
            emit detailsSubmitted(m_editors->details());
            return;
        }
    } else {
        const QString resolution = m_resolution->toPlainText().trimmed();
        if (resolution.isEmpty())
            problems.insert(QStringLiteral("resolution"), tr("Say how the case was resolved."));
        else if (resolution.size() > common::kComplaintResolutionMax)
            problems.insert(QStringLiteral("resolution"), tr("At most %1 characters.").arg(common::kComplaintResolutionMax));
        if (m_satisfaction->currentData().toInt() == 0)
            problems.insert(QStringLiteral("satisfaction"), tr("Choose what the customer said."));
        if (problems.isEmpty()) {
            m_errors->clear();
            emit resolutionSubmitted(resolution, m_satisfaction->currentData().toInt(), m_comment->text().trimmed());
            return;
        }
    }
    m_errors->show(problems);
}

void ComplaintDialog::showProblems(const QMap<QString, QString>& problems)
{
    m_errors->show(problems);
}

QString ComplaintDialog::problemFor(const QString& field) const
{
    return m_errors->messageFor(field);
}

void ComplaintDialog::setBusy(bool busy)
{
    m_ok->setEnabled(!busy);
}

SupervisionDialog::SupervisionDialog(Mode mode, const common::Ticket& ticket,
                                     const common::TicketSupervision& supervision, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_ticket(ticket)
    , m_supervision(supervision)
    , m_text(newTextEdit(this, 4, QStringLiteral("supervisionTextEdit")))
    , m_general(errorLabel(this))
    , m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("supervisionDialog"));
    m_errors->setGeneralLabel(m_general);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QString okText;
    if (mode == Mode::Open) {
        setWindowTitle(tr("Supervise order %1").arg(ticket.number));
        layout->addWidget(wrapped(tr("Demand an answer about this order from a unit by a deadline (督办). The unit's "
                                     "users are told at once; you hear when they answer or when the deadline passes."),
                                  this));
        m_unit = new QComboBox(this);
        m_unit->setObjectName(QStringLiteral("supervisionUnitBox"));
        if (ticket.assignedOrgUnitId != 0)
            m_unit->addItem(ticket.assignedOrgUnitName, ticket.assignedOrgUnitId);
        m_deadline = new QDateTimeEdit(this);
        m_deadline->setObjectName(QStringLiteral("supervisionDeadlineEdit"));
        m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        m_deadline->setCalendarPopup(true);
        const QDateTime now = QDateTime::currentDateTime();
        m_deadline->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(25 * 3600));
        m_text->setPlaceholderText(tr("What the unit must do or explain"));
        form->addRow(tr("Unit asked"), m_errors->addFieldBox(QStringLiteral("target_org_unit_id"), m_unit, this));
        form->addRow(tr("Answer by"), m_errors->addFieldBox(QStringLiteral("deadline"), m_deadline, this));
        form->addRow(tr("Demand *"), m_errors->addFieldBox(QStringLiteral("demand"), m_text, this));
        okText = tr("Supervise");
    } else {
        const bool answer = mode == Mode::Answer;
        setWindowTitle(answer ? tr("Answer the supervision of %1").arg(ticket.number)
                              : tr("Close the supervision of %1").arg(ticket.number));
        form->addRow(tr("Asked of"), wrapped(supervision.targetOrgUnitName, this));
        form->addRow(tr("By"), wrapped(tr("%1, answer by %2").arg(supervision.openedByName,
                                                                   CaseText::timeText(supervision.deadline)),
                                       this));
        form->addRow(tr("Demand"), wrapped(supervision.demand, this));
        if (!supervision.answer.isEmpty())
            form->addRow(tr("Answer"), wrapped(supervision.answer, this));
        m_text->setPlaceholderText(answer ? tr("What was done, and what happens next") : tr("Why it is closed (optional)"));
        form->addRow(answer ? tr("Your answer *") : tr("Note"),
                     m_errors->addFieldBox(answer ? QStringLiteral("answer") : QStringLiteral("note"), m_text, this));
        okText = answer ? tr("Answer") : tr("Close supervision");
    }
    layout->addLayout(form);
    layout->addWidget(m_general);
    auto* buttons = addButtons(this, layout, okText, tr("Cancel"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &SupervisionDialog::trySubmit);
    resize(520, sizeHint().height());
}

void SupervisionDialog::setUnits(const QList<CaseUnit>& units)
{
    if (!m_unit)
        return;
    const qint64 chosen = m_unit->currentData().toLongLong();
    m_unit->clear();
    if (m_ticket.assignedOrgUnitId != 0)
        m_unit->addItem(m_ticket.assignedOrgUnitName, m_ticket.assignedOrgUnitId);
    for (const CaseUnit& unit : units) {
        if (unit.id != m_ticket.assignedOrgUnitId)
            m_unit->addItem(QString(qMax(0, unit.depth - 1) * 2, QLatin1Char(' ')) + unit.name, unit.id);
    }
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(chosen)));
}

void SupervisionDialog::trySubmit()
{
    QMap<QString, QString> problems;
    const QString text = m_text->toPlainText().trimmed();
    if (m_mode == Mode::Open) {
        if (m_unit->count() == 0)
            problems.insert(QStringLiteral("target_org_unit_id"), tr("Choose the unit to ask."));
        if (m_deadline->dateTime() <= QDateTime::currentDateTime())
            problems.insert(QStringLiteral("deadline"), tr("The deadline has passed already."));
        if (text.isEmpty())
            problems.insert(QStringLiteral("demand"), tr("Say what the unit must do or explain."));
        else if (text.size() > common::kSupervisionDemandMax)
            problems.insert(QStringLiteral("demand"), tr("At most %1 characters.").arg(common::kSupervisionDemandMax));
    } else if (m_mode == Mode::Answer) {
        if (text.isEmpty())
            problems.insert(QStringLiteral("answer"), tr("Write the answer."));
        else if (text.size() > common::kSupervisionAnswerMax)
            problems.insert(QStringLiteral("answer"), tr("At most %1 characters.").arg(common::kSupervisionAnswerMax));
    } else if (text.size() > common::kSupervisionNoteMax) {
        problems.insert(QStringLiteral("note"), tr("At most %1 characters.").arg(common::kSupervisionNoteMax));
    }
    if (!problems.isEmpty()) {
        m_errors->show(problems);
        return;
    }
    m_errors->clear();
    if (m_mode == Mode::Open)
        emit openSubmitted(m_unit->currentData().toLongLong(), m_deadline->dateTime(), text);
    else if (m_mode == Mode::Answer)
        emit answerSubmitted(m_supervision.id, text);
    else
        emit closeSubmitted(m_supervision.id, text);
}

void SupervisionDialog::showProblems(const QMap<QString, QString>& problems)
{
    m_errors->show(problems);
}

QString SupervisionDialog::problemFor(const QString& field) const
{
    return m_errors->messageFor(field);
}

void SupervisionDialog::setBusy(bool busy)
{
    m_ok->setEnabled(!busy);
}

} // namespace csm::client::ui
