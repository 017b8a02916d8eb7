#include "server/modules/auth/auth_service.h"

#include "server/modules/auth/auth_repository.h"
#include "server/rpc/api_error.h"

#include <sodium.h>

namespace csm::server::auth {

using common::ErrorCode;

namespace {
const QString kBadCredentials = QStringLiteral("invalid username or password");

std::string userKey(const QString& username)
{
    return "user:" + username.toLower().toStdString();
}

std::string addressKey(const QString& address)
{
    return "addr:" + address.toStdString();
}
} // namespace

AuthService::AuthService(const ServerConfig& config, PasswordHasher& hasher)
    : m_config(config)
    , m_hasher(hasher)
{
}

std::string AuthService::hashToken(const QString& token)
{
    const QByteArray raw = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(raw.constData()),
                       static_cast<unsigned long long>(raw.size()));
    return std::string(reinterpret_cast<const char*>(digest), sizeof digest);
}

SessionPtr AuthService::openSession(pqxx::transaction_base& tx, qint64 userId, const std::string& tokenHash,
                                    const QString& client)
{
    auto user = AuthRepository::loadSessionUser(tx, userId);
    if (!user)
        throw ApiError::unauthenticated(kBadCredentials);
    const SessionRow row = AuthRepository::createSession(tx, userId, tokenHash, m_config.sessionTtlHours, client);
    user->id = row.id;
    user->expiresAt = row.expiresAt;
    return std::make_shared<const Session>(std::move(*user));
}

LoginResult AuthService::login(pqxx::connection& connection, const QString& username, const QString& password,
                               const QString& peerAddress, const QString& client)
{
    const std::string byUser = userKey(username);
    const std::string byAddress = addressKey(peerAddress);
    std::optional<UserCredentials> user;
    {
        pqxx::nontransaction tx(connection);
        const ThrottleState throttle = AuthRepository::throttle(tx, byUser, byAddress);
        if (throttle.userLocked || throttle.addressLocked)
            throw ApiError(ErrorCode::RateLimited,
                           QStringLiteral("too many failed logins; try again in %1 minutes").arg(m_config.throttleWindowMinutes));
        user = AuthRepository::findUser(tx, username.toLower());
    }
    // The password check runs outside any transaction and costs the same for unknown users.
    bool verified = false;
    if (user)
        verified = m_hasher.verify(user->passwordHash, password) && user->active;
    else
        m_hasher.verifyDummy(password);

    pqxx::work tx(connection);
    if (!verified) {
        AuthRepository::recordFailure(tx, byUser, m_config.throttleWindowMinutes, m_config.userFailureLimit);
        AuthRepository::recordFailure(tx, byAddress, m_config.throttleWindowMinutes, m_config.addressFailureLimit);
        tx.commit();
        throw ApiError::unauthenticated(kBadCredentials);
    }
    AuthRepository::clearFailures(tx, byUser);
    unsigned char tokenBytes[32];
    randombytes_buf(tokenBytes, sizeof tokenBytes);
    const QByteArray raw(reinterpret_cast<const char*>(tokenBytes), sizeof tokenBytes);
    LoginResult result;
    result.token = QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    result.session = openSession(tx, user->id, hashToken(result.token), client);
    tx.commit();
    return result;
}

SessionPtr AuthService::resume(pqxx::connection& connection, const QString& token)
{
    pqxx::read_transaction tx(connection);
    const std::string tokenHash = hashToken(token);
    const auto row = AuthRepository::findLiveSession(tx, tokenHash);
    if (!row)
        throw ApiError::unauthenticated(QStringLiteral("the session has ended; log in again"));
    auto user = AuthRepository::loadSessionUser(tx, row->userId);
    if (!user)
        throw ApiError::unauthenticated(QStringLiteral("the session has ended; log in again"));
    user->id = row->id;
    user->expiresAt = row->expiresAt;
    tx.commit();
    return std::make_shared<const Session>(std::move(*user));
}

void AuthService::logout(pqxx::transaction_base& tx, const Session& session)
{
    AuthRepository::revokeSession(tx, session.id);
}

void AuthService::changePassword(pqxx::connection& connection, const Session& session, const QString& oldPassword,
                                 const QString& newPassword)
{
    const QString problem = PasswordHasher::checkNewPassword(newPassword);
    if (!problem.isEmpty())
        throw ApiError::validation(QStringLiteral("new_password"), problem);
    std::optional<UserCredentials> user;
    {
        pqxx::nontransaction tx(connection);
        user = AuthRepository::findUser(tx, session.username);
    }
    if (!user || !m_hasher.verify(user->passwordHash, oldPassword))
        throw ApiError::validation(QStringLiteral("old_password"), QStringLiteral("is not the current password"));
    const std::string newHash = m_hasher.hash(newPassword);
    pqxx::work tx(connection);
    AuthRepository::setPassword(tx, session.userId, newHash);
    AuthRepository::revokeUserSessions(tx, session.userId, session.id);
    tx.commit();
}

} // namespace csm::server::auth
