#include "client/app/desk_dialogs.h"

#include "client/core/customer_search_model.h"
#include "client/core/desk_text.h"
#include "client/core/warranty.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace csm::client::ui {

namespace {
QLabel* problemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problemLabel"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->hide();
    return label;
}
} // namespace

CallerPickDialog::CallerPickDialog(const DeskCall& call, QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("callerPickDialog"));
    setWindowTitle(tr("Who is calling?"));
    auto* intro = new QLabel(tr("%n customer(s) have the number %1. Choose the caller:", nullptr,
                                static_cast<int>(call.customers.size()))
                                 .arg(CustomerSearchModel::displayPhones({call.caller})),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("callerList"));
    m_list->setSpacing(3);   // one customer of several lines apart from the next
    for (const CallerMatch& match : call.customers) {
        QString line = match.name;
        if (match.vipLevel > 0)
            line += QStringLiteral("  ") + tr("VIP %1").arg(match.vipLevel);
        if (!match.address.isEmpty())
            line += QStringLiteral("\n") + match.address;
        line += QStringLiteral("\n") + WarrantyText::summary(match.warranty);
        auto* item = new QListWidgetItem(line, m_list);
        item->setData(Qt::UserRole, match.id);
    }
    m_list->setCurrentRow(0);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* open = buttons->addButton(tr("Open 360 view"), QDialogButtonBox::AcceptRole);
    open->setDefault(true);
    QPushButton* create = buttons->addButton(tr("None of them: new customer"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (chosenCustomerId() != 0) {
            emit customerChosen(chosenCustomerId());
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(create, &QPushButton::clicked, this, [this] {
        emit newCustomerRequested();
        accept();
    });
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        emit customerChosen(chosenCustomerId());
        accept();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 360);
}

qint64 CallerPickDialog::chosenCustomerId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

ContactNoteDialog::ContactNoteDialog(QWidget* parent)
    : QDialog(parent)
    , m_channel(new QComboBox(this))
    , m_summary(new QPlainTextEdit(this))
    , m_problem(problemLabel(this))
{
    setObjectName(QStringLiteral("contactNoteDialog"));
    setWindowTitle(tr("New contact note"));
    m_channel->setObjectName(QStringLiteral("channelBox"));
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    for (const char* code : {"phone_in", "phone_out", "email", "sms", "web", "walk_in", "letter", "fax"}) {
        const QString channel = QString::fromLatin1(code);
        m_channel->addItem(DeskText::channelSymbol(channel) + QLatin1Char(' ') + DeskText::channelName(channel), channel);
    }
    m_summary->setPlaceholderText(tr("What was the contact about? What was agreed?"));
    auto* form = new QFormLayout;
    form->addRow(tr("Channel"), m_channel);
    form->addRow(tr("Summary"), m_summary);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (summary().isEmpty()) {
            showProblem(tr("Write a summary."));
            return;
        }
        emit submitted(channel(), summary());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(480, 300);
}

QString ContactNoteDialog::channel() const
{
    return m_channel->currentData().toString();
}

QString ContactNoteDialog::summary() const
{
    return m_summary->toPlainText().trimmed();
}

void ContactNoteDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

CallbackDialog::CallbackDialog(QWidget* parent)
    : QDialog(parent)
    , m_due(new QDateTimeEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_problem(problemLabel(this))
{
    setObjectName(QStringLiteral("callbackDialog"));
    setWindowTitle(tr("Callback promise"));
    m_due->setObjectName(QStringLiteral("dueEdit"));
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QDateTime now = QDateTime::currentDateTime();
    m_due->setMinimumDateTime(now);
    m_due->setDateTime(now.addSecs(2 * 3600));
    m_note->setPlaceholderText(tr("What did you promise the customer?"));
    auto* form = new QFormLayout;
    form->addRow(tr("Call back by"), m_due);
    form->addRow(tr("Promise"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (dueAt() <= QDateTime::currentDateTime()) {
            showProblem(tr("The due time must be in the future."));
            return;
        }
        emit submitted(dueAt(), note());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(460, 260);
}

QDateTime CallbackDialog::dueAt() const
{
    return m_due->dateTime();
}

QString CallbackDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void CallbackDialog::setDueAt(const QDateTime& when)
{
    m_due->setDateTime(when);
}

void CallbackDialog::setNote(const QString& note)
{
    m_note->setPlainText(note);
}

void CallbackDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

} // namespace csm::client::ui
