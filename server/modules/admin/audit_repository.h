#pragma once
// The admin module's audit rows: who changed what. Details never carry passwords or hashes.
#include "server/rpc/module_registry.h"

#include <pqxx/pqxx>

#include <QByteArray>
#include <QString>

#include <optional>

namespace csm::server::admin {

class AuditRepository {
public:
    static void registerStatements(ModuleRegistry& registry);
    static void write(pqxx::transaction_base& tx, qint64 userId, const QString& action, const QString& entity,
                      std::optional<qint64> entityId, const QByteArray& detailJson);
};

} // namespace csm::server::admin
