#pragma once
// Sets a new password for a user (admin.user.set_password); the user's sessions end.
#include "client/app/app_services.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace csm::client::ui {

class FieldErrors;

class PasswordDialog : public QDialog {
    Q_OBJECT
public:
    PasswordDialog(const AppServices& services, qint64 userId, const QString& username, QWidget* parent = nullptr);

    void submit();

private:
    AppServices m_services;
    qint64 m_userId;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QPushButton* m_ok;
    FieldErrors* m_errors;
};

} // namespace csm::client::ui
