#include "tests/support/op_harness.h"

#include "server/app/server_app.h"
#include "server/db/pqxx_support.h"
#include "server/modules/auth/auth_repository.h"

namespace csm::test {

using namespace csm::server;

OpHarness::OpHarness(const std::string& dsn, ServerConfig config)
    : m_config(std::move(config))
    , m_connection(std::make_unique<pqxx::connection>(dsn))
    , m_hasher(std::make_unique<auth::PasswordHasher>(4))
    , m_authService(std::make_unique<auth::AuthService>(m_config, *m_hasher))
    , m_registry(std::make_unique<ModuleRegistry>())
{
    ServerApp::registerModules(*m_registry, m_config, *m_authService);
    m_registry->prepareAll(*m_connection);
    m_dispatcher = std::make_unique<Dispatcher>(*m_registry);
}

qint64 OpHarness::orgUnitId(const QString& code)
{
    pqxx::nontransaction tx(*m_connection);
    const auto result = tx.exec_params("SELECT id FROM org_unit WHERE code = $1", code.toStdString());
    if (result.empty())
        throw std::runtime_error("no org unit " + code.toStdString());
    return result[0][0].as<qint64>();
}

qint64 OpHarness::createOrgUnit(const QString& parentCode, const QString& kind, const QString& code, const QString& name)
{
    const qint64 parent = orgUnitId(parentCode);
    pqxx::work tx(*m_connection);
    const auto row = tx.exec_params1("INSERT INTO org_unit (parent_id, kind, code, name) VALUES ($1, $2, $3, $4) RETURNING id",
                                     parent, kind.toStdString(), code.toStdString(), name.toStdString());
    tx.commit();
    return row[0].as<qint64>();
}

SessionPtr OpHarness::createUser(const QString& username, const QString& orgCode, const QStringList& roles,
                                 const QString& password)
{
    const qint64 org = orgUnitId(orgCode);
    const std::string hash = m_hasher->hash(password);
    pqxx::work tx(*m_connection);
    const auto row = tx.exec_params1("INSERT INTO app_user (username, display_name, password_hash, org_unit_id) "
                                     "VALUES ($1, $2, $3, $4) RETURNING id",
                                     username.toStdString(), username.toStdString(), hash, org);
    const qint64 id = row[0].as<qint64>();
    for (const QString& role : roles)
        tx.exec_params0("INSERT INTO user_role (user_id, role_code) VALUES ($1, $2)", id, role.toStdString());
    tx.commit();
    return sessionFor(username);
}

SessionPtr OpHarness::sessionFor(const QString& username)
{
    pqxx::work tx(*m_connection);
    const auto user = auth::AuthRepository::findUser(tx, username);
    if (!user)
        throw std::runtime_error("no user " + username.toStdString());
    auto session = auth::AuthRepository::loadSessionUser(tx, user->id);
    if (!session)
        throw std::runtime_error("user is inactive: " + username.toStdString());
    const auto row = auth::AuthRepository::createSession(tx, user->id, "harness-" + std::to_string(m_nextRequestId++)
                                                         + username.toStdString(), 12, QStringLiteral("harness"));
    tx.commit();
    session->id = row.id;
    session->expiresAt = row.expiresAt;
    return std::make_shared<const Session>(std::move(*session));
}

Outcome OpHarness::callWithEffects(const SessionPtr& session, const QString& op, const QCborMap& args,
                                   const QString& idempotencyKey, const QString& peer)
{
    common::Request request;
    request.id = m_nextRequestId++;
    request.op = op;
    request.args = args;
    request.idempotencyKey = idempotencyKey;
    const auto info = common::findOp(op);
    if (!info) {
        common::ErrorInfo error;
        error.code = common::ErrorCode::BadRequest;
        error.message = QStringLiteral("unknown op '%1'").arg(op);
        return {common::Response::failure(request.id, error), {}};
    }
    if (auto denied = authorize(*info, session.get()))
        return {common::Response::failure(request.id, *denied), {}};
    if (info->tx == common::OpTx::Inline && session && m_registry->inlineHandler(info->id))
        return m_dispatcher->answerInline(*info, request, session);
    if (info->tx == common::OpTx::Inline) {
        common::ErrorInfo error;
        error.code = common::ErrorCode::BadRequest;
        error.message = QStringLiteral("inline ops are answered by the network layer");
        return {common::Response::failure(request.id, error), {}};
    }
    return m_dispatcher->execute(*m_connection, *info, request, session, peer);
}

common::Response OpHarness::call(const SessionPtr& session, const QString& op, const QCborMap& args,
                                 const QString& idempotencyKey, const QString& peer)
{
    return callWithEffects(session, op, args, idempotencyKey, peer).response;
}

} // namespace csm::test
