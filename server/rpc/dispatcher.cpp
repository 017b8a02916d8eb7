#include "server/rpc/dispatcher.h"

#include "server/rpc/api_error.h"

#include <spdlog/spdlog.h>

#include <QCborValue>

namespace csm::server {

using common::ErrorCode;
using common::ErrorInfo;
using common::OpTx;
using common::Response;

namespace {
constexpr int kMaxAttempts = 3;

ErrorInfo makeError(ErrorCode code, const QString& message)
{
    ErrorInfo info;
    info.code = code;
    info.message = message;
    return info;
}

// Transient failures worth running the whole transaction again for.
bool isRetryable(const pqxx::sql_error& error)
{
    const std::string& state = error.sqlstate();
    return state == "40001" || state == "40P01";
}

ErrorInfo mapSqlState(const std::string& state, const char* what, const common::OpInfo& op)
{
    if (state == "23505")
        return makeError(ErrorCode::Conflict, QStringLiteral("a record with the same key already exists"));
    if (state == "23503")
        return makeError(ErrorCode::Validation, QStringLiteral("a referenced record does not exist"));
    if (state == "23514" || state == "23502" || state.rfind("22", 0) == 0)
        return makeError(ErrorCode::Validation, QStringLiteral("a value is out of range or not allowed"));
    if (state == "40001" || state == "40P01")
        return makeError(ErrorCode::Busy, QStringLiteral("the database is busy; try again"));
    if (state == "57014")
        return makeError(ErrorCode::Busy, QStringLiteral("the request took too long"));
    spdlog::error("op {}: SQL error {}: {}", op.name, state, what);
    return makeError(ErrorCode::Internal, QStringLiteral("internal error"));
}

ErrorInfo mapSqlError(const pqxx::sql_error& error, const common::OpInfo& op)
{
    return mapSqlState(error.sqlstate(), error.what(), op);
}
} // namespace

std::optional<ErrorInfo> authorize(const common::OpInfo& op, const Session* session)
{
    if (op.isPublic())
        return std::nullopt;
    if (!session)
        return makeError(ErrorCode::Unauthenticated, QStringLiteral("log in first"));
    if (session->expiresAt.isValid() && session->expiresAt < QDateTime::currentDateTimeUtc())
        return makeError(ErrorCode::Unauthenticated, QStringLiteral("the session has expired"));
    if (op.needsSessionOnly())
        return std::nullopt;
    if (!session->can(QString::fromLatin1(op.permission)))
        return makeError(ErrorCode::PermissionDenied,
                         QStringLiteral("permission %1 is needed").arg(QString::fromLatin1(op.permission)));
    return std::nullopt;
}

Dispatcher::Dispatcher(const ModuleRegistry& registry)
    : m_registry(registry)
{
}

void Dispatcher::registerStatements(ModuleRegistry& registry)
{
    registry.addStatements({
        {"idem_claim", "INSERT INTO idempotency_key (user_id, key, op) VALUES ($1, $2, $3) "
                       "ON CONFLICT DO NOTHING RETURNING 1"},
        {"idem_get", "SELECT op, response FROM idempotency_key WHERE user_id = $1 AND key = $2"},
        {"idem_store", "UPDATE idempotency_key SET response = $3 WHERE user_id = $1 AND key = $2"},
    });
}

Outcome Dispatcher::execute(pqxx::connection& connection, const common::OpInfo& op,
                            const common::Request& request, const SessionPtr& session,
                            const QString& peerAddress) const
{
    const Handler* handler = m_registry.handler(op.id);
    if (!handler)
        return {Response::failure(request.id, makeError(ErrorCode::Internal, QStringLiteral("op has no handler"))), {}};
    for (int attempt = 1;; ++attempt) {
        try {
            return runOnce(connection, op, *handler, request, session, peerAddress);
        } catch (const ApiError& error) {
            return {Response::failure(request.id, error.info()), {}};
        } catch (const pqxx::in_doubt_error& error) {
            // The commit may have happened: never retry.
            spdlog::error("op {}: commit in doubt: {}", op.name, error.what());
            return {Response::failure(request.id, makeError(ErrorCode::Internal,
                        QStringLiteral("the outcome is unknown; check before retrying"))), {}};
        } catch (const pqxx::sql_error& error) {
            if (op.tx == OpTx::Write && isRetryable(error) && attempt < kMaxAttempts)
                continue;
            return {Response::failure(request.id, mapSqlError(error, op)), {}};
        } catch (const pqxx::broken_connection& error) {
            spdlog::error("op {}: database connection lost: {}", op.name, error.what());
            throw;   // the pool reconnects; the caller answers
        } catch (const std::exception& error) {
            spdlog::error("op {}: {}", op.name, error.what());
            return {Response::failure(request.id, makeError(ErrorCode::Internal, QStringLiteral("internal error"))), {}};
        }
    }
}

std::optional<Outcome> Dispatcher::planRead(const ReadQuery& query, const common::OpInfo& op,
                                           const common::Request& request, const Session& session,
                                           QueryPlan& plan) const
{
    try {
        plan = query.plan(session, Args(request.args));
        return std::nullopt;
    } catch (const ApiError& error) {
        return Outcome{Response::failure(request.id, error.info()), {}};
    } catch (const std::exception& error) {
        spdlog::error("op {}: {}", op.name, error.what());
        return Outcome{Response::failure(request.id, makeError(ErrorCode::Internal, QStringLiteral("internal error"))), {}};
    }
}

Outcome Dispatcher::finishRead(const ReadQuery& query, const common::OpInfo& op, const common::Request& request,
                               const Session& session, const QueryPlan& plan, const pqxx::result& rows) const
{
    try {
        return {Response::success(request.id, query.decode(rows, session, plan)), {}};
    } catch (const ApiError& error) {
        return {Response::failure(request.id, error.info()), {}};
    } catch (const std::exception& error) {
        spdlog::error("op {}: {}", op.name, error.what());
        return {Response::failure(request.id, makeError(ErrorCode::Internal, QStringLiteral("internal error"))), {}};
    }
}

Outcome Dispatcher::readFailed(const common::OpInfo& op, const common::Request& request, const std::string& sqlstate,
                               const std::string& message) const
{
    return {Response::failure(request.id, mapSqlState(sqlstate, message.c_str(), op)), {}};
}

Outcome Dispatcher::answerInline(const common::OpInfo& op, const common::Request& request,
                                 const SessionPtr& session) const
{
    const InlineHandler* handler = m_registry.inlineHandler(op.id);
    if (!handler || !session)
        return {Response::failure(request.id, makeError(ErrorCode::Internal, QStringLiteral("op has no inline answer"))), {}};
    try {
        Effects effects;
        QCborValue result = (*handler)(*session, Args(request.args), effects);
        return {Response::success(request.id, std::move(result)), std::move(effects)};
    } catch (const ApiError& error) {
        return {Response::failure(request.id, error.info()), {}};
    } catch (const std::exception& error) {
        spdlog::error("op {}: {}", op.name, error.what());
        return {Response::failure(request.id, makeError(ErrorCode::Internal, QStringLiteral("internal error"))), {}};
    }
}

Outcome Dispatcher::runOnce(pqxx::connection& connection, const common::OpInfo& op, const Handler& handler,
                            const common::Request& request, const SessionPtr& session,
                            const QString& peerAddress) const
{
    const Args args(request.args);
    switch (op.tx) {
    case OpTx::Inline:
    case OpTx::Own: {
        OpContext context(request, session.get(), connection, nullptr, peerAddress);
        QCborValue result = handler(context, args);
        return {Response::success(request.id, std::move(result)), std::move(context.effects())};
    }
    case OpTx::ReadOne: {
        pqxx::nontransaction tx(connection);
        OpContext context(request, session.get(), connection, &tx, peerAddress);
        QCborValue result = handler(context, args);
        return {Response::success(request.id, std::move(result)), std::move(context.effects())};
    }
    case OpTx::Read: {
        pqxx::read_transaction tx(connection);
        OpContext context(request, session.get(), connection, &tx, peerAddress);
        QCborValue result = handler(context, args);
        tx.commit();
        return {Response::success(request.id, std::move(result)), std::move(context.effects())};
    }
    case OpTx::Write: {
        pqxx::work tx(connection);
        const bool idempotent = !request.idempotencyKey.isEmpty() && session;
        if (idempotent) {
            const std::string key = request.idempotencyKey.toStdString();
            const auto claimed = tx.exec_prepared("idem_claim", session->userId, key, std::string(op.name));
            if (claimed.empty()) {
                const auto row = tx.exec_prepared1("idem_get", session->userId, key);
                if (row[0].as<std::string>() != op.name)
                    throw ApiError::conflict(QStringLiteral("idempotency key was used for another op"));
                if (row[1].is_null())
                    throw ApiError(ErrorCode::Busy, QStringLiteral("the first request with this key is still running"));
                const pqxx::binarystring stored(row[1]);
                const QByteArray bytes(reinterpret_cast<const char*>(stored.data()), static_cast<qsizetype>(stored.size()));
                tx.commit();
                return {Response::success(request.id, QCborValue::fromCbor(bytes)), {}};
            }
        }
        OpContext context(request, session.get(), connection, &tx, peerAddress);
        QCborValue result = handler(context, args);
        if (idempotent) {
            const QByteArray bytes = result.toCbor();
            tx.exec_prepared0("idem_store", session->userId, request.idempotencyKey.toStdString(),
                              pqxx::binarystring(bytes.constData(), static_cast<size_t>(bytes.size())));
        }
        tx.commit();
        return {Response::success(request.id, std::move(result)), std::move(context.effects())};
    }
    }
    throw std::logic_error("unknown transaction kind");
}

} // namespace csm::server
