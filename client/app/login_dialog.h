#pragma once
// Sign-in: server (remembered), username (remembered), password, language. Errors show
// inline; the dialog stays responsive while the server answers.
#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace csm::client {
class RpcClient;
}
namespace csm::common {
struct ErrorInfo;
}

namespace csm::client::ui {

class BusyIndicator;
class LanguageManager;

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    LoginDialog(RpcClient& rpc, LanguageManager& language, QWidget* parent = nullptr);

    void setServer(const QString& server);
    void setUsername(const QString& username);
    void setPassword(const QString& password);
    // Shows a problem under the fields (plain text).
    void showError(const QString& text);
    QString errorText() const;
    // What the Log in button does.
    void startLogin();
    bool isBusy() const { return m_busy; }
    // Whether closing the dialog quits the application (no session to go back to).
    void setCancelQuits(bool quits);

    // "host:port" → host and port; false when it is not of that form.
    static bool parseServer(const QString& text, QString& host, quint16& port);
    // The inline text for a failed login.
    static QString loginErrorText(const common::ErrorInfo& error);

signals:
    void loggedIn();

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    void retranslate();
    void setBusy(bool busy);
    void onLanguageChosen(int index);

    RpcClient& m_rpc;
    LanguageManager& m_language;
    QLabel* m_title;
    QFormLayout* m_form;
    QLineEdit* m_server;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QComboBox* m_languageBox;
    QLabel* m_languageNote;
    QLabel* m_error;
    BusyIndicator* m_busyIndicator;
    QDialogButtonBox* m_buttons;
    QPushButton* m_loginButton;
    QPushButton* m_cancelButton;
    quint64 m_attempt = 0;
    bool m_busy = false;
    bool m_cancelQuits = true;
};

} // namespace csm::client::ui
