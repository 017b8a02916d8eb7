#include "client/app/client_app.h"

#include "client/app/app_settings.h"
#include "client/app/login_dialog.h"
#include "client/app/main_window.h"

#include <QCommandLineParser>

namespace csm::client::ui {

ClientApp::ClientApp(QObject* parent)
    : QObject(parent)
    , m_regions(m_rpc)
    , m_customFields(m_rpc)
{
    m_rpc.setClientName(QStringLiteral("csm-client/%1").arg(QStringLiteral(CSM_VERSION_STRING)));
    connect(&m_rpc, &RpcClient::sessionChanged, this, [this](const QCborMap& session) {
        // Also after a resume: roles may have changed while we were away.
        if (m_window)
            m_window->setSession(SessionInfo::fromSession(session));
    });
    connect(&m_rpc, &RpcClient::sessionEnded, this, [this](const QString& reason) {
        showLogin(tr("Your session has ended (%1). Please sign in again.").arg(reason));
    });
    connect(&m_rpc, &RpcClient::incompatibleServer, this, [this](const QString& message) {
        showLogin(tr("The server does not accept this client version: %1").arg(message));
    });
    connect(&m_errors, &ErrorPresenter::reloginRequested, this, [this] {
        if (!m_rpc.isAuthenticated())
            showLogin(tr("Please sign in again."));
    });
}

ClientApp::~ClientApp()
{
    delete m_login;
    m_window.reset();
}

LaunchOptions ClientApp::parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CSM desktop client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server as HOST:PORT (or CSM_SERVER)."),
                                    QStringLiteral("host:port"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Username (or CSM_USER)."), QStringLiteral("user"));
    const QCommandLineOption password(QStringLiteral("password"),
                                      QStringLiteral("Password (or CSM_PASSWORD); with a user, signs in at once."),
                                      QStringLiteral("password"));
    parser.addOptions({server, user, password});
    parser.process(arguments);
    LaunchOptions options;
    options.server = parser.isSet(server) ? parser.value(server) : qEnvironmentVariable("CSM_SERVER");
    options.user = parser.isSet(user) ? parser.value(user) : qEnvironmentVariable("CSM_USER");
    options.password = parser.isSet(password) ? parser.value(password) : qEnvironmentVariable("CSM_PASSWORD");
    return options;
}

void ClientApp::start(const LaunchOptions& options)
{
    m_language.applyStored();
    m_server = options.server.isEmpty()
        ? appSettings().value(QLatin1String(settings::kServer), QString::fromLatin1(kDefaultServer)).toString()
        : options.server;
    QString host;
    quint16 port = 0;
    if (LoginDialog::parseServer(m_server, host, port))
        m_rpc.setServer(host, port);
    if (options.user.isEmpty() || options.password.isEmpty() || port == 0) {
        showLogin({});
        if (m_login && !options.user.isEmpty())
            m_login->setUsername(options.user);
        return;
    }
    m_rpc.login(options.user, options.password, this, [this, user = options.user](const common::Response& response) {
        if (response.ok) {
            onLoggedIn();
            return;
        }
        showLogin(LoginDialog::loginErrorText(response.error));
        if (m_login)
            m_login->setUsername(user);
    });
}

void ClientApp::showLogin(const QString& message)
{
    if (!m_login) {
        m_login = new LoginDialog(m_rpc, m_language, m_window.get());
        m_login->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_login, &LoginDialog::loggedIn, this, &ClientApp::onLoggedIn);
    }
    if (!m_server.isEmpty())
        m_login->setServer(m_server);
    m_login->showError(message);
    if (m_window) {
        m_login->setWindowModality(Qt::WindowModal);
        m_login->open();
    } else {
        m_login->show();
    }
    m_login->raise();
    m_login->activateWindow();
}

void ClientApp::onLoggedIn()
{
    if (!m_window) {
        m_window = std::make_unique<MainWindow>(AppServices{m_rpc, m_errors, m_regions, m_customFields}, m_language);
        connect(m_window.get(), &MainWindow::logoutRequested, this, &ClientApp::logout);
    }
    m_server = QStringLiteral("%1:%2").arg(m_rpc.host()).arg(m_rpc.port());
    m_window->setSession(SessionInfo::fromSession(m_rpc.session()));
    m_window->show();
    m_window->raise();
}

void ClientApp::logout()
{
    m_rpc.logout(this, [this](const common::Response&) { showLogin(tr("You have logged out.")); });
}

} // namespace csm::client::ui
