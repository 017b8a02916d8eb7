#pragma once
// The desktop client as a whole: the one RPC client, the error presenter, the language,
// the login dialog and the main window, and the moves between them (sign in, session
// ended, log out).
#include "client/app/error_presenter.h"
#include "client/app/language_manager.h"
#include "client/app/login_dialog.h"
#include "client/core/custom_field_cache.h"
#include "client/core/region_cache.h"
#include "client/core/rpc_client.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace csm::client::ui {

class MainWindow;

struct LaunchOptions {
    QString server;     // "host:port"; empty: the remembered one
    QString user;
    QString password;
};

class ClientApp : public QObject {
    Q_OBJECT
public:
    explicit ClientApp(QObject* parent = nullptr);
    ~ClientApp() override;

    // --server HOST:PORT --user U --password P, then CSM_SERVER / CSM_USER / CSM_PASSWORD.
    static LaunchOptions parseCommandLine(const QStringList& arguments);

    // Applies the stored language, then signs in: at once when user and password are given,
    // else through the login dialog.
    void start(const LaunchOptions& options);

    RpcClient& rpc() { return m_rpc; }
    ErrorPresenter& errors() { return m_errors; }
    LanguageManager& language() { return m_language; }
    LoginDialog* loginDialog() const { return m_login; }
    MainWindow* mainWindow() const { return m_window.get(); }

private:
    void showLogin(const QString& message);
    void onLoggedIn();
    void logout();

    LanguageManager m_language;
    RpcClient m_rpc;
    ErrorPresenter m_errors;
    RegionCache m_regions;
    CustomFieldCache m_customFields;
    std::unique_ptr<MainWindow> m_window;
    QPointer<LoginDialog> m_login;
    QString m_server;
};

} // namespace csm::client::ui
