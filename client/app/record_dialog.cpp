#include "client/app/record_dialog.h"

#include "client/app/field_errors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace csm::client::ui {

namespace {
QWidget* withMessage(QWidget* parent, QWidget* editor, QLabel*& message)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    message = new QLabel(box);
    layout->addWidget(message);
    return box;
}
} // namespace

RecordDialog::RecordDialog(const QString& title, const QString& intro, const QString& codeLabel, QWidget* parent)
    : QDialog(parent)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("recordDialog"));
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(100);
    m_code->setMaxLength(32);

    auto* introLabel = new QLabel(this);
    introLabel->setTextFormat(Qt::PlainText);   // may name server records
    introLabel->setWordWrap(true);
    introLabel->setText(intro);
    auto* general = new QLabel(this);
    m_errors->setGeneralLabel(general);
    general->setTextFormat(Qt::PlainText);
    general->setWordWrap(true);
    general->setStyleSheet(QStringLiteral("color: #c62828;"));
    general->hide();

    auto* form = new QFormLayout;
    QLabel* codeMessage = nullptr;
    QLabel* nameMessage = nullptr;
    QWidget* codeBox = withMessage(this, m_code, codeMessage);
    form->addRow(codeLabel, codeBox);
    form->addRow(tr("Name"), withMessage(this, m_name, nameMessage));
    m_errors->addField(QStringLiteral("code"), m_code, codeMessage);
    m_errors->addField(QStringLiteral("name"), m_name, nameMessage);
    if (codeLabel.isEmpty())
        codeBox->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        m_errors->clear();
        emit submitted(code(), name());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

void RecordDialog::setCode(const QString& code, bool editable)
{
    m_code->setText(code);
    m_code->setReadOnly(!editable);
    if (!editable)
        m_name->setFocus();
}

void RecordDialog::setName(const QString& name)
{
    m_name->setText(name);
    m_name->selectAll();
}

QString RecordDialog::code() const
{
    return m_code->text().trimmed();
}

QString RecordDialog::name() const
{
    return m_name->text().trimmed();
}

void RecordDialog::setBusy(bool busy)
{
    m_ok->setEnabled(!busy);
}

void RecordDialog::finish()
{
    accept();
}

} // namespace csm::client::ui
