#include "server/modules/auth/auth_ops.h"

#include "server/modules/auth/auth_repository.h"
#include "server/rpc/session_codec.h"

namespace csm::server::auth {

using common::OpId;

void registerAuthOps(ModuleRegistry& registry, AuthService& service)
{
    registry.addHandler(OpId::AuthLogin, [&service](OpContext& context, const Args& args) -> QCborValue {
        const QString username = args.requiredString(QStringLiteral("username"), 64);
        const QString password = args.requiredString(QStringLiteral("password"), 256);
        const QString client = args.stringOr(QStringLiteral("client"), 100, {});
        LoginResult login = service.login(context.connection(), username, password, context.peerAddress(), client);
        QCborMap result = sessionToCbor(*login.session);
        result.insert(QStringLiteral("token"), login.token);
        context.effects().newSession = login.session;
        return result;
    });
    registry.addHandler(OpId::AuthResume, [&service](OpContext& context, const Args& args) -> QCborValue {
        const QString token = args.requiredString(QStringLiteral("token"), 128);
        SessionPtr session = service.resume(context.connection(), token);
        context.effects().newSession = session;
        return sessionToCbor(*session);
    });
    registry.addHandler(OpId::AuthLogout, [&service](OpContext& context, const Args&) -> QCborValue {
        service.logout(context.tx(), context.session());
        context.effects().endSession = true;
        return QCborMap{};
    });
    registry.addHandler(OpId::AuthPasswordChange, [&service](OpContext& context, const Args& args) -> QCborValue {
        const QString oldPassword = args.requiredString(QStringLiteral("old_password"), 256);
        const QString newPassword = args.requiredString(QStringLiteral("new_password"), 256);
        service.changePassword(context.connection(), context.session(), oldPassword, newPassword);
        context.effects().endUserSessions = {context.session().userId};
        context.effects().keepSessionId = context.session().id;
        return QCborMap{};
    });
}

void registerAuthModule(ModuleRegistry& registry, AuthService& service)
{
    registry.addModule(QStringLiteral("auth"));
    AuthRepository::registerStatements(registry);
    registerAuthOps(registry, service);
}

} // namespace csm::server::auth
