#include "client/app/role_names.h"

#include <QCoreApplication>
#include <QHash>

namespace csm::client::ui {

namespace {
const char* const kContext = "csm::client::ui::RoleNames";

QString lookup(const QHash<QString, const char*>& table, const QString& code, const QString& fallback)
{
    const auto it = table.constFind(code);
    if (it != table.cend())
        return QCoreApplication::translate(kContext, it.value());
    return fallback.isEmpty() ? code : fallback;
}
} // namespace

QString roleDisplayName(const QString& code, const QString& serverName)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("agent"), QT_TRANSLATE_NOOP("csm::client::ui::RoleNames", "Agent")},
        {QStringLiteral("survey_agent"), QT_TRANSLATE_NOOP("csm::client::ui::RoleNames", "Survey agent")},
        {QStringLiteral("supervisor"), QT_TRANSLATE_NOOP("csm::client::ui::RoleNames", "Supervisor")},
        {QStringLiteral("service_point"), QT_TRANSLATE_NOOP("csm::client::ui::RoleNames", "Service-point staff")},
        {QStringLiteral("technician"), QT_TRANSLATE_NOOP("csm::client::ui::RoleNames", "Technician")},
        {QStringLiteral("warehouse"), QT_TRANSLATE_NOOP("csm::client::ui::RoleNames", "Warehouse keeper")},
        {QStringLiteral("finance"), QT_TRANSLATE_NOOP("csm::client::ui::RoleNames", "Finance")},
        {QStringLiteral("manager"), QT_TRANSLATE_NOOP("csm::client::ui::RoleNames", "Manager")},
        {QStringLiteral("admin"), QT_TRANSLATE_NOOP("csm::client::ui::RoleNames", "Administrator")},
        {QStringLiteral("knowledge_editor"), QT_TRANSLATE_NOOP("csm::client::ui::RoleNames", "Knowledge editor")},
    };
    return lookup(names, code, serverName);
}

QString permissionDisplayName(const QString& code, const QString& serverDescription)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("customer.read"),
         QT_TRANSLATE_NOOP("csm::client::ui::RoleNames", "Find and read customers in the own area")},
        {QStringLiteral("customer.write"), QT_TRANSLATE_NOOP("csm::client::ui::RoleNames", "Create and change customers")},
        {QStringLiteral("customer.id_number.view"),
         QT_TRANSLATE_NOOP("csm::client::ui::RoleNames", "See full ID numbers (audited)")},
        {QStringLiteral("admin.users"), QT_TRANSLATE_NOOP("csm::client::ui::RoleNames", "Manage users")},
        {QStringLiteral("admin.roles"), QT_TRANSLATE_NOOP("csm::client::ui::RoleNames", "Manage roles and permissions")},
        {QStringLiteral("admin.org"), QT_TRANSLATE_NOOP("csm::client::ui::RoleNames", "Manage the service network")},
        {QStringLiteral("admin.regions"), QT_TRANSLATE_NOOP("csm::client::ui::RoleNames", "Manage the region tree")},
        {QStringLiteral("workflow.admin"),
         QT_TRANSLATE_NOOP("csm::client::ui::RoleNames", "Edit the workflows of work orders (saves a new version)")},
    };
    return lookup(names, code, serverDescription);
}

QString orgKindDisplayName(const QString& kind)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("hq"), QT_TRANSLATE_NOOP("csm::client::ui::RoleNames", "HQ service center")},
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("csm::client::ui::RoleNames", "Regional center")},
        {QStringLiteral("province"), QT_TRANSLATE_NOOP("csm::client::ui::RoleNames", "Provincial center")},
        {QStringLiteral("point"), QT_TRANSLATE_NOOP("csm::client::ui::RoleNames", "Service point")},
    };
    return lookup(names, kind, kind);
}

QStringList knownRoleCodes()
{
    return {QStringLiteral("agent"), QStringLiteral("survey_agent"), QStringLiteral("supervisor"),
            QStringLiteral("service_point"), QStringLiteral("technician"), QStringLiteral("warehouse"),
            QStringLiteral("finance"), QStringLiteral("manager"), QStringLiteral("admin"),
            QStringLiteral("knowledge_editor")};
}

} // namespace csm::client::ui
