#include "client/app/roles_tab.h"

#include "client/app/error_presenter.h"
#include "client/app/role_names.h"
#include "client/core/plain_text.h"
#include "client/core/rpc_client.h"

#include <QCborArray>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace csm::client::ui {

RolesTab::RolesTab(const AppServices& services, QWidget* parent)
    : Workspace(parent)
    , m_services(services)
    , m_roles(new QListWidget(this))
    , m_permissions(new QListWidget(this))
    , m_heading(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
{
    setObjectName(QStringLiteral("rolesTab"));
    m_roles->setObjectName(QStringLiteral("roleList"));
    m_permissions->setObjectName(QStringLiteral("permissionList"));
    m_heading->setTextFormat(Qt::PlainText);
    m_roles->setMaximumWidth(260);
    m_roles->setSpacing(2);
    m_permissions->setSpacing(2);
    auto* right = new QVBoxLayout;
    right->addWidget(m_heading);
    right->addWidget(m_permissions, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    right->addLayout(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_roles);
    layout->addLayout(right, 1);
    connect(m_roles, &QListWidget::currentRowChanged, this, &RolesTab::showRole);
    connect(m_permissions, &QListWidget::itemChanged, this, &RolesTab::updateDirty);
    connect(m_save, &QPushButton::clicked, this, &RolesTab::save);
    connect(m_revert, &QPushButton::clicked, this, [this] { showRole(m_roles->currentRow()); });
    updateDirty();
}

void RolesTab::refresh()
{
    m_services.rpc.call(QStringLiteral("admin.role.list"), {}, this, [this](const common::Response& response) {
        if (!response.ok) {
            m_services.errors.present(response.error, this);
            return;
        }
        const QString current = m_roles->currentItem() ? m_roles->currentItem()->data(Qt::UserRole).toString() : QString();
        m_catalogue = RoleCatalogue::fromCbor(response.result.toMap());
        QSignalBlocker blocker(m_roles);
        m_roles->clear();
        int selectedRow = 0;
        for (const Role& role : m_catalogue.roles) {
            auto* item = new QListWidgetItem(roleDisplayName(role.code, role.name), m_roles);
            item->setData(Qt::UserRole, role.code);
            item->setToolTip(plainToolTip(role.code));
            if (role.code == current)
                selectedRow = m_roles->count() - 1;
        }
        blocker.unblock();
        if (m_roles->count() > 0) {
            m_roles->setCurrentRow(selectedRow);
            showRole(selectedRow);
        }
    });
}

void RolesTab::showRole(int row)
{
    QSignalBlocker blocker(m_permissions);
    m_permissions->clear();
    if (row < 0 || row >= m_catalogue.roles.size()) {
        m_heading->clear();
        updateDirty();
        return;
    }
    const Role& role = m_catalogue.roles.at(row);
    m_heading->setText(tr("Permissions of the role \"%1\"").arg(roleDisplayName(role.code, role.name)));
    for (const Permission& permission : m_catalogue.permissions) {
        auto* item = new QListWidgetItem(
            tr("%1 · %2").arg(permissionDisplayName(permission.code, permission.description), permission.code), m_permissions);
        item->setData(Qt::UserRole, permission.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(role.permissions.contains(permission.code) ? Qt::Checked : Qt::Unchecked);
    }
    blocker.unblock();
    updateDirty();
}

QStringList RolesTab::checkedPermissions() const
{
    QStringList codes;
    for (int row = 0; row < m_permissions->count(); ++row) {
        const QListWidgetItem* item = m_permissions->item(row);
        if (item->checkState() == Qt::Checked)
            codes.append(item->data(Qt::UserRole).toString());
    }
    codes.sort();
    return codes;
}

void RolesTab::updateDirty()
{
    const int row = m_roles->currentRow();
    bool dirty = false;
    if (row >= 0 && row < m_catalogue.roles.size()) {
        QStringList stored = m_catalogue.roles.at(row).permissions;
        stored.sort();
        dirty = stored != checkedPermissions();
    }
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
}

void RolesTab::save()
{
    const int row = m_roles->currentRow();
    if (row < 0 || row >= m_catalogue.roles.size())
        return;
    const Role& role = m_catalogue.roles.at(row);
    QCborMap args;
    args.insert(QStringLiteral("code"), role.code);
    args.insert(QStringLiteral("version"), role.version);
    args.insert(QStringLiteral("permissions"), QCborArray::fromStringList(checkedPermissions()));
    m_save->setEnabled(false);
    m_services.rpc.call(QStringLiteral("admin.role.update"), args, this, [this, row](const common::Response& response) {
        if (!response.ok) {
            updateDirty();
            ErrorPresenter::Handlers handlers;
            handlers.reload = [this] { refresh(); };
            m_services.errors.present(response.error, this, handlers);
            return;
        }
        if (row < m_catalogue.roles.size())
            m_catalogue.roles[row] = Role::fromCbor(response.result.toMap());
        updateDirty();
        m_services.errors.showTransient(tr("Role saved. Its users get the new permissions at once."));
    });
}

} // namespace csm::client::ui
