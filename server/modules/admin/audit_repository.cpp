#include "server/modules/admin/audit_repository.h"

namespace csm::server::admin {

void AuditRepository::registerStatements(ModuleRegistry& registry)
{
    registry.addStatements({
        {"admin_audit",
         "INSERT INTO audit_log (user_id, action, entity, entity_id, detail) VALUES ($1, $2, $3, $4, $5::jsonb)"},
    });
}

void AuditRepository::write(pqxx::transaction_base& tx, qint64 userId, const QString& action, const QString& entity,
                            std::optional<qint64> entityId, const QByteArray& detailJson)
{
    tx.exec_prepared0("admin_audit", userId, action.toStdString(), entity.toStdString(), entityId,
                      detailJson.toStdString());
}

} // namespace csm::server::admin
