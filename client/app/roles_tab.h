#pragma once
// Administration → Roles: pick a role, tick its permissions, save (admin.role.update with
// the role's version).
#include "client/app/app_services.h"
#include "client/app/workspace.h"
#include "client/core/admin_types.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace csm::client::ui {

class RolesTab : public Workspace {
    Q_OBJECT
public:
    explicit RolesTab(const AppServices& services, QWidget* parent = nullptr);

    void refresh() override;
    QListWidget* roleList() const { return m_roles; }
    QListWidget* permissionList() const { return m_permissions; }
    void save();

private:
    void showRole(int row);
    QStringList checkedPermissions() const;
    void updateDirty();

    AppServices m_services;
    RoleCatalogue m_catalogue;
    QListWidget* m_roles;
    QListWidget* m_permissions;
    QLabel* m_heading;
    QPushButton* m_save;
    QPushButton* m_revert;
};

} // namespace csm::client::ui
