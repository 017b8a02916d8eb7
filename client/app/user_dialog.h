#pragma once
// Create or edit a user: username, display name, (initial password), org unit, roles,
// extension, active. Sends admin.user.create, or admin.user.update with the changes.
#include "client/app/app_services.h"
#include "client/core/admin_types.h"
#include "client/core/user_list_model.h"

#include <QCborMap>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace csm::client::ui {

class FieldErrors;

class UserDialog : public QDialog {
    Q_OBJECT
public:
    // `existing` null: a new user.
    UserDialog(const AppServices& services, const QList<OrgUnit>& orgUnits, const QList<Role>& roles,
               const AdminUser* existing, QWidget* parent = nullptr);

    QCborMap collectArgs() const;
    FieldErrors* fieldErrors() const { return m_errors; }
    void submit();

signals:
    void saved(const csm::client::AdminUser& user);
    // Someone else changed the user: the list should be loaded again.
    void reloadRequested();

private:
    QWidget* field(QWidget* editor, const QString& key);

    AppServices m_services;
    AdminUser m_user;
    bool m_creating;
    QCborMap m_baseline;
    FieldErrors* m_errors;
    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QLineEdit* m_password;
    QComboBox* m_orgUnit;
    QListWidget* m_roles;
    QLineEdit* m_extension;
    QCheckBox* m_active;
    QPushButton* m_ok;
};

} // namespace csm::client::ui
