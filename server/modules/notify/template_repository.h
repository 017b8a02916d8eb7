#pragma once
// All SQL of the SMS templates the admin edits (notification_template): the list, a new
// template, a change guarded by its version, the audit line.
#include "common/model/notification_template.h"
#include "server/rpc/module_registry.h"

#include <pqxx/pqxx>

#include <QCborMap>

#include <optional>
#include <vector>

namespace csm::server::notify {

class TemplateRepository {
public:
    static void registerStatements(ModuleRegistry& registry);

    static std::vector<common::NotificationTemplate> all(pqxx::transaction_base& tx);
    // nullopt when a template of that code exists already.
    static std::optional<common::NotificationTemplate> insert(pqxx::transaction_base& tx, const QString& code,
                                                              const QString& body, qint64 userId);
    // nullopt when there is no template of that code at that version.
    static std::optional<common::NotificationTemplate> update(pqxx::transaction_base& tx, const QString& code,
                                                              const QString& body, int version, qint64 userId);
    static bool exists(pqxx::transaction_base& tx, const QString& code);
    static void audit(pqxx::transaction_base& tx, qint64 userId, const QString& action, const QCborMap& detail);
};

} // namespace csm::server::notify
