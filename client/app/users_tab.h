#pragma once
// Administration → Users: a paged, filterable list; new / edit / set password /
// deactivate.
#include "client/app/app_services.h"
#include "client/app/workspace.h"
#include "client/core/admin_types.h"
#include "client/core/session_info.h"

class QLineEdit;
class QPushButton;
class QTableView;

namespace csm::client {
class UserListModel;
}

namespace csm::client::ui {

class UsersTab : public Workspace {
    Q_OBJECT
public:
    UsersTab(const AppServices& services, const SessionInfo& session, QWidget* parent = nullptr);

    void refresh() override;
    UserListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

private:
    void requestPage(const QString& cursor);
    void loadLookups();
    int currentRow() const;
    void updateButtons();
    void newUser();
    void editUser();
    void setPassword();
    void toggleActive();

    AppServices m_services;
    SessionInfo m_session;
    UserListModel* m_model;
    QLineEdit* m_filter;
    QTableView* m_table;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_password;
    QPushButton* m_toggle;
    QString m_cursor;
    quint64 m_generation = 0;
    QList<OrgUnit> m_orgUnits;
    QList<Role> m_roles;
};

} // namespace csm::client::ui
