#include "server/modules/notify/template_repository.h"

#include "server/db/pqxx_support.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace csm::server::notify {

using db::fromIso;
using db::toQt;

namespace {
#define CSM_TEMPLATE_COLUMNS "code, body, version, " CSM_SQL_ISO("updated_at")

common::NotificationTemplate readTemplate(const pqxx::row& row)
{
    common::NotificationTemplate t;
    t.code = toQt(row[0]);
    t.body = toQt(row[1]);
    t.version = row[2].as<int>();
    t.updatedAt = fromIso(row[3]);
    return t;
}

std::optional<common::NotificationTemplate> first(const pqxx::result& result)
{
    if (result.empty())
        return std::nullopt;
    return readTemplate(result[0]);
}
} // namespace

void TemplateRepository::registerStatements(ModuleRegistry& registry)
{
    registry.addStatements({
        {"notify_template_list", "SELECT " CSM_TEMPLATE_COLUMNS " FROM notification_template ORDER BY code"},
        {"notify_template_insert",
         "INSERT INTO notification_template (code, body, updated_by) VALUES ($1, $2, $3)"
         " ON CONFLICT (code) DO NOTHING RETURNING " CSM_TEMPLATE_COLUMNS},
        {"notify_template_update",
         "UPDATE notification_template SET body = $2, version = version + 1, updated_by = $4, updated_at = now()"
         " WHERE code = $1 AND version = $3 RETURNING " CSM_TEMPLATE_COLUMNS},
        {"notify_template_exists", "SELECT 1 FROM notification_template WHERE code = $1"},
        {"notify_template_audit",
         "INSERT INTO audit_log (user_id, action, entity, detail) VALUES ($1, $2, 'notification_template', $3::jsonb)"},
    });
}

std::vector<common::NotificationTemplate> TemplateRepository::all(pqxx::transaction_base& tx)
{
    std::vector<common::NotificationTemplate> templates;
    for (const pqxx::row& row : tx.exec_prepared("notify_template_list"))
        templates.push_back(readTemplate(row));
    return templates;
}

std::optional<common::NotificationTemplate> TemplateRepository::insert(pqxx::transaction_base& tx, const QString& code,
                                                                       const QString& body, qint64 userId)
{
    return first(tx.exec_prepared("notify_template_insert", code.toStdString(), body.toStdString(), userId));
}

std::optional<common::NotificationTemplate> TemplateRepository::update(pqxx::transaction_base& tx, const QString& code,
                                                                       const QString& body, int version, qint64 userId)
{
    return first(tx.exec_prepared("notify_template_update", code.toStdString(), body.toStdString(), version, userId));
}

bool TemplateRepository::exists(pqxx::transaction_base& tx, const QString& code)
{
    return !tx.exec_prepared("notify_template_exists", code.toStdString()).empty();
}

void TemplateRepository::audit(pqxx::transaction_base& tx, qint64 userId, const QString& action, const QCborMap& detail)
{
    tx.exec_prepared0("notify_template_audit", userId, action.toStdString(),
                      QJsonDocument(detail.toJsonObject()).toJson(QJsonDocument::Compact).toStdString());
}

} // namespace csm::server::notify
