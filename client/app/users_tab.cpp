#include "client/app/users_tab.h"

#include "client/app/confirm.h"
#include "client/app/error_presenter.h"
#include "client/app/password_dialog.h"
#include "client/app/role_names.h"
#include "client/app/user_dialog.h"
#include "client/core/list_result.h"
#include "client/core/rpc_client.h"
#include "client/core/user_list_model.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace csm::client::ui {

UsersTab::UsersTab(const AppServices& services, const SessionInfo& session, QWidget* parent)
    : Workspace(parent)
    , m_services(services)
    , m_session(session)
    , m_model(new UserListModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_new(new QPushButton(tr("New user…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_password(new QPushButton(tr("Set password…"), this))
    , m_toggle(new QPushButton(tr("Deactivate"), this))
{
    setObjectName(QStringLiteral("usersTab"));
    m_new->setObjectName(QStringLiteral("newUserButton"));
    m_edit->setObjectName(QStringLiteral("editUserButton"));
    m_password->setObjectName(QStringLiteral("setPasswordButton"));
    m_toggle->setObjectName(QStringLiteral("toggleUserButton"));
    m_filter->setPlaceholderText(tr("Filter by username or name"));
    m_filter->setClearButtonEnabled(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(UserListModel::Roles, QHeaderView::Stretch);
    m_table->setColumnWidth(UserListModel::Username, 130);
    m_table->setColumnWidth(UserListModel::DisplayName, 150);
    m_table->setColumnWidth(UserListModel::OrgUnit, 200);

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_new);
    top->addWidget(m_edit);
    top->addWidget(m_password);
    top->addWidget(m_toggle);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    connect(m_filter, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &UsersTab::refresh);
    connect(m_model, &UserListModel::fetchMoreRequested, this, [this] {
        if (m_cursor.isEmpty())
            m_model->stopPaging();
        else
            requestPage(m_cursor);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &UsersTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersTab::updateButtons);
    connect(m_table, &QTableView::activated, this, &UsersTab::editUser);
    connect(m_new, &QPushButton::clicked, this, &UsersTab::newUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersTab::editUser);
    connect(m_password, &QPushButton::clicked, this, &UsersTab::setPassword);
    connect(m_toggle, &QPushButton::clicked, this, &UsersTab::toggleActive);
    updateButtons();
}

void UsersTab::refresh()
{
    ++m_generation;
    m_cursor.clear();
    m_model->clear();
    requestPage({});
    loadLookups();
}

void UsersTab::requestPage(const QString& cursor)
{
    QCborMap args;
    if (!m_filter->text().trimmed().isEmpty())
        args.insert(QStringLiteral("query"), m_filter->text().trimmed());
    if (!cursor.isEmpty())
        args.insert(QStringLiteral("cursor"), cursor);
    const quint64 generation = m_generation;
    m_services.rpc.call(QStringLiteral("admin.user.list"), args, this, [this, generation](const common::Response& response) {
        if (generation != m_generation)
            return;
        if (!response.ok) {
            m_model->stopPaging();
            m_services.errors.present(response.error, this);
            return;
        }
        QList<AdminUser> users;
        for (const QCborValue& item : listResult(response.result))
            users.append(AdminUser::fromCbor(item.toMap()));
        m_cursor = response.result.toMap().value(QStringLiteral("cursor")).toString();
        m_model->appendPage(users, !m_cursor.isEmpty());
    });
}

void UsersTab::loadLookups()
{
    // Org units and roles for the user dialog; without the permission to read them the
    // dialog falls back to the user's own unit and the standard role codes.
    if (m_session.can(QStringLiteral("admin.org"))) {
        m_services.rpc.call(QStringLiteral("admin.org.list"), {}, this, [this](const common::Response& response) {
            if (!response.ok)
                return;
            m_orgUnits.clear();
            for (const QCborValue& item : listResult(response.result))
                m_orgUnits.append(OrgUnit::fromCbor(item.toMap()));
        });
    } else if (m_orgUnits.isEmpty()) {
        OrgUnit own;
        own.id = m_session.orgUnitId;
        own.name = m_session.orgUnitName;
        m_orgUnits.append(own);
    }
    if (m_session.can(QStringLiteral("admin.roles"))) {
        m_services.rpc.call(QStringLiteral("admin.role.list"), {}, this, [this](const common::Response& response) {
            if (!response.ok)
                return;
            m_roles = RoleCatalogue::fromCbor(response.result.toMap()).roles;
            QHash<QString, QString> names;
            for (const Role& role : std::as_const(m_roles))
                names.insert(role.code, roleDisplayName(role.code, role.name));
            m_model->setRoleNames(names);
        });
    } else {
        QHash<QString, QString> names;
        for (const QString& code : knownRoleCodes())
            names.insert(code, roleDisplayName(code));
        m_model->setRoleNames(names);
    }
}

int UsersTab::currentRow() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void UsersTab::updateButtons()
{
    const int row = currentRow();
    const bool have = row >= 0 && row < m_model->rowCount();
    m_edit->setEnabled(have);
    m_password->setEnabled(have);
    m_toggle->setEnabled(have && m_model->userAt(row).id != m_session.userId);
    m_toggle->setText(have && !m_model->userAt(row).active ? tr("Activate") : tr("Deactivate"));
}

void UsersTab::newUser()
{
    auto* dialog = new UserDialog(m_services, m_orgUnits, m_roles, nullptr, this);
    connect(dialog, &UserDialog::saved, m_model, &UserListModel::upsert);
    dialog->open();
}

void UsersTab::editUser()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const AdminUser user = m_model->userAt(row);
    auto* dialog = new UserDialog(m_services, m_orgUnits, m_roles, &user, this);
    connect(dialog, &UserDialog::saved, m_model, &UserListModel::upsert);
    connect(dialog, &UserDialog::reloadRequested, this, &UsersTab::refresh);
    dialog->open();
}

void UsersTab::setPassword()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const AdminUser& user = m_model->userAt(row);
    (new PasswordDialog(m_services, user.id, user.username, this))->open();
}

void UsersTab::toggleActive()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const AdminUser user = m_model->userAt(row);
    auto send = [this, user] {
        QCborMap args;
        args.insert(QStringLiteral("id"), user.id);
        args.insert(QStringLiteral("version"), user.version);
        args.insert(QStringLiteral("active"), !user.active);
        m_services.rpc.call(QStringLiteral("admin.user.update"), args, this, [this](const common::Response& response) {
            if (!response.ok) {
                ErrorPresenter::Handlers handlers;
                handlers.reload = [this] { refresh(); };
                m_services.errors.present(response.error, this, handlers);
                return;
            }
            m_model->upsert(AdminUser::fromCbor(response.result.toMap()));
            updateButtons();
        });
    };
    if (!user.active) {
        send();
        return;
    }
    askToConfirm(this, tr("Deactivate user"),
                 tr("Deactivate %1 (%2)? The user is signed out and can no longer sign in.")
                     .arg(user.displayName, user.username),
                 tr("Deactivate"), send);
}

} // namespace csm::client::ui
