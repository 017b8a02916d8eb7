#pragma once
// Runs ops through the real dispatcher (permission check, transaction, handler) on one
// connection to a test database, and makes users and org units for the tests.
#include "common/protocol/message.h"
#include "server/app/config.h"
#include "server/modules/auth/auth_service.h"
#include "server/modules/auth/password_hasher.h"
#include "server/rpc/dispatcher.h"
#include "server/rpc/module_registry.h"

#include <pqxx/pqxx>

#include <memory>

namespace csm::test {

class OpHarness {
public:
    explicit OpHarness(const std::string& dsn, server::ServerConfig config = {});

    pqxx::connection& connection() { return *m_connection; }
    const server::ServerConfig& config() const { return m_config; }
    server::auth::PasswordHasher& hasher() { return *m_hasher; }
    server::auth::AuthService& authService() { return *m_authService; }

    qint64 orgUnitId(const QString& code);
    qint64 createOrgUnit(const QString& parentCode, const QString& kind, const QString& code, const QString& name);
    // Creates an active user in the org unit with that code; returns a live session for it.
    server::SessionPtr createUser(const QString& username, const QString& orgCode, const QStringList& roles,
                                  const QString& password = QStringLiteral("secret-pass-1"));
    // A session for an existing user (as after a login).
    server::SessionPtr sessionFor(const QString& username);

    // The op as a client would send it; `session` may be null (unauthenticated).
    common::Response call(const server::SessionPtr& session, const QString& op, const QCborMap& args = {},
                          const QString& idempotencyKey = {}, const QString& peer = QStringLiteral("127.0.0.1"));
    // The same, with the effects the network side would apply.
    server::Outcome callWithEffects(const server::SessionPtr& session, const QString& op, const QCborMap& args = {},
                                    const QString& idempotencyKey = {}, const QString& peer = QStringLiteral("127.0.0.1"));

private:
    server::ServerConfig m_config;
    std::unique_ptr<pqxx::connection> m_connection;
    std::unique_ptr<server::auth::PasswordHasher> m_hasher;
    std::unique_ptr<server::auth::AuthService> m_authService;
    std::unique_ptr<server::ModuleRegistry> m_registry;
    std::unique_ptr<server::Dispatcher> m_dispatcher;
    qint64 m_nextRequestId = 1;
};

} // namespace csm::test
