#include "client/app/login_dialog.h"

#include "client/app/app_settings.h"
#include "client/app/busy_indicator.h"
#include "client/app/error_presenter.h"
#include "client/app/language_manager.h"
#include "client/core/rpc_client.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace csm::client::ui {

using common::ErrorCode;

LoginDialog::LoginDialog(RpcClient& rpc, LanguageManager& language, QWidget* parent)
    : QDialog(parent)
    , m_rpc(rpc)
    , m_language(language)
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
    , m_server(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_languageBox(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_error(new QLabel(this))
    , m_busyIndicator(new BusyIndicator(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_languageBox->setObjectName(QStringLiteral("languageBox"));
    m_error->setObjectName(QStringLiteral("loginError"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);

    m_password->setEchoMode(QLineEdit::Password);
    m_username->setMaxLength(32);
    m_server->setMaxLength(255);

    m_languageBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageBox->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_languageBox->setCurrentIndex(m_languageBox->findData(m_language.current()));
    connect(m_languageBox, &QComboBox::activated, this, &LoginDialog::onLanguageChosen);

    m_languageNote->setTextFormat(Qt::PlainText);
    m_languageNote->setWordWrap(true);
    m_languageNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_languageNote->hide();

    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    for (QWidget* field : {static_cast<QWidget*>(m_server), static_cast<QWidget*>(m_username),
                           static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_languageBox)}) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    }
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_loginButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(m_loginButton, &QPushButton::clicked, this, &LoginDialog::startLogin);
    connect(m_cancelButton, &QPushButton::clicked, this, &LoginDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addSpacing(8);
    layout->addLayout(m_form);
    layout->addWidget(m_languageNote);
    layout->addWidget(m_error);
    layout->addWidget(m_busyIndicator);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(&m_rpc, &RpcClient::connectionError, this, [this](const QString& message) {
        if (m_busy)
            showError(tr("Cannot reach the server (%1). Still trying…").arg(message));
    });

    const QSettings stored = appSettings();
    m_server->setText(stored.value(QLatin1String(settings::kServer), QString::fromLatin1(kDefaultServer)).toString());
    m_username->setText(stored.value(QLatin1String(settings::kUsername)).toString());
    retranslate();
    if (m_username->text().isEmpty())
        m_username->setFocus();
    else
        m_password->setFocus();
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Sign in — CSM"));
    m_title->setText(tr("Customer Service Management"));
    const auto setLabel = [this](QWidget* field, const QString& text) {
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(field)))
            label->setText(text);
    };
    setLabel(m_server, tr("&Server:"));
    setLabel(m_username, tr("&Username:"));
    setLabel(m_password, tr("&Password:"));
    setLabel(m_languageBox, tr("&Language:"));
    m_server->setPlaceholderText(tr("host:port"));
    m_busyIndicator->setText(tr("Signing in…"));
    m_loginButton->setText(tr("Log in"));
    m_cancelButton->setText(m_cancelQuits ? tr("Quit") : tr("Cancel"));
    if (!m_languageNote->isHidden())
        m_languageNote->setText(tr("The main window switches language after a restart."));
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::setCancelQuits(bool quits)
{
    m_cancelQuits = quits;
    retranslate();
}

void LoginDialog::onLanguageChosen(int index)
{
    const QString language = m_languageBox->itemData(index).toString();
    m_language.setLanguage(language);
    if (parentWidget()) {
        // A main window is already open: it keeps its language until the next start.
        m_languageNote->show();
        m_languageNote->setText(tr("The main window switches language after a restart."));
    }
}

void LoginDialog::setServer(const QString& server)
{
    m_server->setText(server);
}

void LoginDialog::setUsername(const QString& username)
{
    m_username->setText(username);
}

void LoginDialog::setPassword(const QString& password)
{
    m_password->setText(password);
}

void LoginDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool LoginDialog::parseServer(const QString& text, QString& host, quint16& port)
{
    const QString trimmed = text.trimmed();
    const qsizetype colon = trimmed.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint value = trimmed.mid(colon + 1).toUInt(&ok);
    if (!ok || value == 0 || value > 65535)
        return false;
    host = trimmed.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    port = static_cast<quint16>(value);
    return !host.isEmpty();
}

QString LoginDialog::loginErrorText(const common::ErrorInfo& error)
{
    QString sentence;
    switch (error.code) {
    case ErrorCode::Unauthenticated: sentence = tr("Wrong username or password."); break;
    case ErrorCode::RateLimited: sentence = tr("Too many failed sign-ins. Please wait before trying again."); break;
    case ErrorCode::UnsupportedVersion: sentence = tr("This client does not match the server version. Please update it."); break;
    default: sentence = ErrorPresenter::codeText(error.code); break;
    }
    if (error.message.isEmpty())
        return sentence;
    return tr("%1\nServer: %2").arg(sentence, error.message);
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyIndicator->setBusy(busy);
    m_server->setEnabled(!busy);
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_loginButton->setEnabled(!busy);
    m_cancelButton->setText(busy ? tr("Cancel") : (m_cancelQuits ? tr("Quit") : tr("Cancel")));
}

void LoginDialog::startLogin()
{
    if (m_busy)
        return;
    QString host;
    quint16 port = 0;
    if (!parseServer(m_server->text(), host, port)) {
        showError(tr("Enter the server as host:port, for example 127.0.0.1:7420."));
        m_server->setFocus();
        return;
    }
    const QString username = m_username->text().trimmed().toLower();
    if (username.isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Enter your username and password."));
        (username.isEmpty() ? m_username : m_password)->setFocus();
        return;
    }
    if (m_rpc.host() != host || m_rpc.port() != port) {
        m_rpc.disconnectFromServer();
        m_rpc.setServer(host, port);
    }
    showError({});
    setBusy(true);
    const quint64 attempt = ++m_attempt;
    m_rpc.login(username, m_password->text(), this, [this, attempt, username](const common::Response& response) {
        if (attempt != m_attempt)
            return;   // cancelled
        setBusy(false);
        if (!response.ok) {
            showError(loginErrorText(response.error));
            m_password->selectAll();
            m_password->setFocus();
            return;
        }
        QSettings stored = appSettings();
        stored.setValue(QLatin1String(settings::kServer), m_server->text().trimmed());
        stored.setValue(QLatin1String(settings::kUsername), username);
        m_password->clear();
        showError({});
        emit loggedIn();
        accept();
    });
}

void LoginDialog::reject()
{
    if (m_busy) {
        ++m_attempt;   // the answer, if any, is ignored
        setBusy(false);
        m_rpc.disconnectFromServer();
        showError(tr("Sign-in cancelled."));
        return;
    }
    QDialog::reject();
    if (m_cancelQuits)
        QApplication::quit();
}

} // namespace csm::client::ui
