#include "client/app/password_dialog.h"

#include "client/app/error_presenter.h"
#include "client/app/field_errors.h"
#include "client/core/rpc_client.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace csm::client::ui {

PasswordDialog::PasswordDialog(const AppServices& services, qint64 userId, const QString& username, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_userId(userId)
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Set password"));
    auto* intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setText(tr("A new password for %1. The user is signed out everywhere.").arg(username));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    auto* passwordMessage = new QLabel(this);
    auto* repeatMessage = new QLabel(this);
    m_errors->addField(QStringLiteral("password"), m_password, passwordMessage);
    m_errors->addField(QStringLiteral("repeat"), m_repeat, repeatMessage);
    auto* form = new QFormLayout;
    form->addRow(tr("New password"), m_password);
    form->addRow(QString(), passwordMessage);
    form->addRow(tr("Repeat"), m_repeat);
    form->addRow(QString(), repeatMessage);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(400);
}

void PasswordDialog::submit()
{
    m_errors->clear();
    if (m_password->text() != m_repeat->text()) {
        m_errors->show({{QStringLiteral("repeat"), tr("The two passwords differ.")}});
        return;
    }
    QCborMap args;
    args.insert(QStringLiteral("id"), m_userId);
    args.insert(QStringLiteral("password"), m_password->text());
    m_ok->setEnabled(false);
    m_services.rpc.call(QStringLiteral("admin.user.set_password"), args, this, [this](const common::Response& response) {
        m_ok->setEnabled(true);
        if (!response.ok) {
            m_services.errors.present(response.error, this, ErrorPresenter::Handlers{m_errors, {}, {}});
            return;
        }
        m_services.errors.showTransient(tr("The password was changed."));
        accept();
    });
}

} // namespace csm::client::ui
