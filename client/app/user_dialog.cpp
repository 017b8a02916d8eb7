#include "client/app/user_dialog.h"

#include "client/app/error_presenter.h"
#include "client/app/field_errors.h"
#include "client/app/role_names.h"
#include "client/core/customer_changes.h"
#include "client/core/rpc_client.h"

#include <QCborArray>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace csm::client::ui {

UserDialog::UserDialog(const AppServices& services, const QList<OrgUnit>& orgUnits, const QList<Role>& roles,
                       const AdminUser* existing, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_user(existing ? *existing : AdminUser{})
    , m_creating(existing == nullptr)
    , m_errors(new FieldErrors(this))
    , m_username(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_orgUnit(new QComboBox(this))
    , m_roles(new QListWidget(this))
    , m_extension(new QLineEdit(this))
    , m_active(new QCheckBox(tr("Active (may sign in)"), this))
{
    setObjectName(QStringLiteral("userDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(m_creating ? tr("New user") : tr("User: %1").arg(m_user.username));
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_roles->setObjectName(QStringLiteral("rolesList"));
    m_orgUnit->setObjectName(QStringLiteral("orgUnitBox"));
    m_username->setMaxLength(32);
    m_username->setPlaceholderText(tr("lowercase letters, digits, '.', '_', '-'"));
    m_displayName->setMaxLength(100);
    m_password->setEchoMode(QLineEdit::Password);
    m_extension->setMaxLength(8);
    m_extension->setPlaceholderText(tr("2 to 8 digits, optional"));

    // Org units indented by depth; inactive ones only when the user is in one.
    bool haveCurrent = false;
    for (const OrgUnit& unit : orgUnits) {
        if (!unit.active && unit.id != m_user.orgUnitId)
            continue;
        const int depth = static_cast<int>(unit.path.count(QLatin1Char('.')));
        m_orgUnit->addItem(QString(depth * 2, QLatin1Char(' ')) + unit.name, unit.id);
        haveCurrent = haveCurrent || unit.id == m_user.orgUnitId;
    }
    if (!haveCurrent && m_user.orgUnitId != 0)
        m_orgUnit->addItem(m_user.orgUnitName, m_user.orgUnitId);
    m_orgUnit->setCurrentIndex(std::max(0, m_orgUnit->findData(m_user.orgUnitId)));

    QStringList roleCodes;
    for (const Role& role : roles)
        roleCodes.append(role.code);
    if (roleCodes.isEmpty())
        roleCodes = knownRoleCodes();
    for (const QString& code : std::as_const(roleCodes)) {
        QString serverName;
        for (const Role& role : roles)
            if (role.code == code)
                serverName = role.name;
        auto* item = new QListWidgetItem(roleDisplayName(code, serverName), m_roles);
        item->setData(Qt::UserRole, code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_user.roles.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
    m_roles->setFixedHeight(m_roles->sizeHintForRow(0) * 6 + 8);

    m_username->setText(m_user.username);
    m_username->setReadOnly(!m_creating);
    m_displayName->setText(m_user.displayName);
    m_extension->setText(m_user.extension);
    m_active->setChecked(m_creating || m_user.active);

    auto* general = new QLabel(this);
    general->setStyleSheet(QStringLiteral("color: #c62828;"));
    general->setWordWrap(true);
    general->setTextFormat(Qt::PlainText);
    general->hide();
    m_errors->setGeneralLabel(general);

    auto* form = new QFormLayout;
    form->addRow(tr("&Username"), field(m_username, QStringLiteral("username")));
    form->addRow(tr("&Display name"), field(m_displayName, QStringLiteral("display_name")));
    if (m_creating)
        form->addRow(tr("&Password"), field(m_password, QStringLiteral("password")));
    else
        m_password->hide();
    form->addRow(tr("&Org unit"), field(m_orgUnit, QStringLiteral("org_unit_id")));
    form->addRow(tr("&Roles"), field(m_roles, QStringLiteral("roles")));
    form->addRow(tr("&Extension"), field(m_extension, QStringLiteral("extension")));
    form->addRow(QString(), field(m_active, QStringLiteral("active")));
    m_active->setVisible(!m_creating);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Save);
    m_ok->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    m_baseline = collectArgs();
}

QWidget* UserDialog::field(QWidget* editor, const QString& key)
{
    return m_errors->addFieldBox(key, editor, this);
}

QCborMap UserDialog::collectArgs() const
{
    QStringList roles;
    for (int row = 0; row < m_roles->count(); ++row) {
        if (m_roles->item(row)->checkState() == Qt::Checked)
            roles.append(m_roles->item(row)->data(Qt::UserRole).toString());
    }
    QCborMap args;
    args.insert(QStringLiteral("display_name"), m_displayName->text().trimmed());
    args.insert(QStringLiteral("org_unit_id"), m_orgUnit->currentData().toLongLong());
    args.insert(QStringLiteral("roles"), QCborArray::fromStringList(roles));
    args.insert(QStringLiteral("extension"), m_extension->text().trimmed());
    if (m_creating) {
        args.insert(QStringLiteral("username"), m_username->text().trimmed().toLower());
        args.insert(QStringLiteral("password"), m_password->text());
    } else {
        args.insert(QStringLiteral("active"), m_active->isChecked());
    }
    return args;
}

void UserDialog::submit()
{
    m_errors->clear();
    QCborMap args = collectArgs();
    if (!m_creating) {
        args = updateArgs(m_user.id, m_user.version, changedArgs(m_baseline, args));
        if (args.size() == 2) {   // only id and version: nothing changed
            reject();
            return;
        }
    }
    m_ok->setEnabled(false);
    const QString op = m_creating ? QStringLiteral("admin.user.create") : QStringLiteral("admin.user.update");
    m_services.rpc.call(op, args, this, [this](const common::Response& response) {
        m_ok->setEnabled(true);
        if (!response.ok) {
            ErrorPresenter::Handlers handlers;
            handlers.fields = m_errors;
            handlers.reload = [this] {
                emit reloadRequested();
                reject();
            };
            m_services.errors.present(response.error, this, handlers);
            return;
        }
        emit saved(AdminUser::fromCbor(response.result.toMap()));
        accept();
    });
}

} // namespace csm::client::ui
