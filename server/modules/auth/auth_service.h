#pragma once
// Login, resume, logout and password changes.
#include "server/app/config.h"
#include "server/modules/auth/password_hasher.h"
#include "server/rpc/session.h"

#include <pqxx/pqxx>

namespace csm::server::auth {

struct LoginResult {
    SessionPtr session;
    QString token;   // base64url of 256 random bits; only its SHA-256 is stored
};

class AuthService {
public:
    AuthService(const ServerConfig& config, PasswordHasher& hasher);

    LoginResult login(pqxx::connection& connection, const QString& username, const QString& password,
                      const QString& peerAddress, const QString& client);
    SessionPtr resume(pqxx::connection& connection, const QString& token);
    void logout(pqxx::transaction_base& tx, const Session& session);
    void changePassword(pqxx::connection& connection, const Session& session, const QString& oldPassword,
                        const QString& newPassword);

    static std::string hashToken(const QString& token);
    PasswordHasher& hasher() { return m_hasher; }

private:
    SessionPtr openSession(pqxx::transaction_base& tx, qint64 userId, const std::string& tokenHash,
                           const QString& client);

    const ServerConfig& m_config;
    PasswordHasher& m_hasher;
};

} // namespace csm::server::auth
