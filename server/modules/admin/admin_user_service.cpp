// AdminService: the rules about users.
#include "server/modules/admin/admin_rules.h"
#include "server/modules/admin/admin_service.h"
#include "server/modules/admin/audit_repository.h"

#include <QJsonArray>

namespace csm::server::admin {

namespace {
const QString kUsernamePattern = QStringLiteral("[a-z0-9_.-]{2,32}");
const QString kExtensionPattern = QStringLiteral("[0-9]{2,8}");
const QString kUserEntity = QStringLiteral("user");
const QString kUsersPermission = QStringLiteral("admin.users");

// The cursor is the last username of the page, base64url-encoded so that clients treat it as opaque.
QString encodeCursor(const QString& username)
{
    return QString::fromLatin1(username.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString decodeCursor(const QString& cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding
                                                            | QByteArray::OmitTrailingEquals
                                                            | QByteArray::AbortOnBase64DecodingErrors);
    const QString username = QString::fromUtf8(decoded.decoded);
    if (!decoded || !matches(kUsernamePattern, username))
        throw ApiError::validation(QStringLiteral("cursor"), QStringLiteral("is not a cursor from a previous page"));
    return username;
}

QString checkedExtension(const QString& extension)
{
    if (!extension.isEmpty() && !matches(kExtensionPattern, extension))
        throw ApiError::validation(QStringLiteral("extension"), QStringLiteral("must be 2 to 8 digits"));
    return extension;
}

// At least one role, each known; returned sorted without duplicates.
QStringList checkedRoles(pqxx::transaction_base& tx, QStringList roles)
{
    roles.removeDuplicates();
    roles.sort();
    if (roles.isEmpty())
        throw ApiError::validation(QStringLiteral("roles"), QStringLiteral("needs at least one role"));
    const QStringList unknown = RoleRepository::unknownRoles(tx, roles);
    if (!unknown.isEmpty())
        throw ApiError::validation(QStringLiteral("roles"),
                                   QStringLiteral("unknown role: %1").arg(unknown.join(QStringLiteral(", "))));
    return roles;
}

// An org unit of the caller's subtree that may receive active users. In a read-write
// transaction the unit stays locked (FOR SHARE) so that it cannot be deactivated meanwhile.
void requireAssignableUnit(pqxx::transaction_base& tx, const Session& session, qint64 id, RowLock lock,
                           const QString& field = QStringLiteral("org_unit_id"))
{
    const auto unit = OrgRepository::find(tx, id, session.orgPath, lock);
    if (!unit)
        throw notFoundField(QStringLiteral("org unit"), QStringLiteral("org_unit_id"));
    if (!unit->active)
        throw ApiError::validation(field, QStringLiteral("the org unit is inactive"));
}

ApiError usernameTaken(const QString& username)
{
    return takenField(QStringLiteral("username"), QStringLiteral("username '%1' is already taken").arg(username));
}

ApiError extensionTaken(const QString& extension)
{
    return takenField(QStringLiteral("extension"),
                      QStringLiteral("extension %1 is already assigned to another user").arg(extension));
}

[[noreturn]] void throwClash(UserKey clash, const QString& username, const QString& extension)
{
    if (clash == UserKey::Username)
        throw usernameTaken(username);
    throw extensionTaken(extension);
}

QJsonValue nullable(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}
} // namespace

UserPage AdminService::listUsers(pqxx::transaction_base& tx, const Session& session, const UserQuery& query)
{
    std::optional<std::string> subtree;
    if (query.orgUnitId) {
        const auto unit = OrgRepository::find(tx, *query.orgUnitId, session.orgPath);
        if (!unit)
            throw notFoundField(QStringLiteral("org unit"), QStringLiteral("org_unit_id"));
        subtree = unit->path;
    }
    const QString after = query.cursor.isEmpty() ? QString() : decodeCursor(query.cursor);
    // One row more than asked tells whether another page exists.
    UserPage page;
    page.items = UserRepository::list(tx, session.orgPath, subtree, query.query, after, query.limit + 1);
    if (static_cast<int>(page.items.size()) > query.limit) {
        page.items.resize(static_cast<size_t>(query.limit));
        page.cursor = encodeCursor(page.items.back().username);
    }
    return page;
}

UserRecord AdminService::createUser(pqxx::connection& connection, const Session& session, const NewUser& user) const
{
    // Formats first: nothing costly for a request that cannot succeed.
    QMap<QString, QString> problems;
    const QString username = user.username.toLower();
    if (!matches(kUsernamePattern, username))
        problems.insert(QStringLiteral("username"), QStringLiteral("must be 2 to 32 of a-z, 0-9, '_', '.', '-'"));
    if (const QString problem = auth::PasswordHasher::checkNewPassword(user.password); !problem.isEmpty())
        problems.insert(QStringLiteral("password"), problem);
    if (!user.extension.isEmpty() && !matches(kExtensionPattern, user.extension))
        problems.insert(QStringLiteral("extension"), QStringLiteral("must be 2 to 8 digits"));
    if (!problems.isEmpty())
        throw ApiError::validation(problems);
    const QString displayName = checkedName(QStringLiteral("display_name"), user.displayName);

    // Then what the database knows, still before the (slow, memory-hungry) hash.
    QStringList roles;
    {
        pqxx::read_transaction tx(connection);
        requireAssignableUnit(tx, session, user.orgUnitId, RowLock::None);
        roles = checkedRoles(tx, user.roles);
        if (UserRepository::usernameTaken(tx, username))
            throw usernameTaken(username);
        if (!user.extension.isEmpty() && UserRepository::extensionTaken(tx, user.extension, 0))
            throw extensionTaken(user.extension);
        tx.commit();
    }

    const std::string passwordHash = m_hasher->hash(user.password);

    pqxx::work tx(connection);
    UserKey clash = UserKey::None;
    const auto id = UserRepository::insert(tx, {username, displayName, passwordHash, user.orgUnitId, user.extension},
                                           session.orgPath, clash);
    if (clash != UserKey::None)
        throwClash(clash, username, user.extension);
    if (!id) {
        // The unit left the scope or was deactivated meanwhile: say which.
        requireAssignableUnit(tx, session, user.orgUnitId, RowLock::None);
        throw notFoundField(QStringLiteral("org unit"), QStringLiteral("org_unit_id"));
    }
    UserRepository::replaceRoles(tx, *id, roles);
    AuditRepository::write(tx, session.userId, QStringLiteral("user.create"), kUserEntity, *id,
                           auditJson({{QStringLiteral("username"), username},
                                      {QStringLiteral("display_name"), displayName},
                                      {QStringLiteral("org_unit_id"), user.orgUnitId},
                                      {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
                                      {QStringLiteral("extension"), nullable(user.extension)}}));
    auto created = UserRepository::find(tx, *id, session.orgPath);
    tx.commit();
    return std::move(*created);
}

UserUpdate AdminService::updateUser(pqxx::transaction_base& tx, const Session& session, const UserChanges& changes)
{
    const auto current = UserRepository::find(tx, changes.id, session.orgPath, true);
    if (!current)
        throw ApiError::notFound(QStringLiteral("user"));
    if (current->version != changes.version)
        throw staleVersion(QStringLiteral("user"), current->version, changes.version);

    const bool self = changes.id == session.userId;
    UserWrite write{current->displayName, current->orgUnitId, current->extension, current->active};
    QJsonObject changed;
    if (changes.displayName) {
        write.displayName = checkedName(QStringLiteral("display_name"), *changes.displayName);
        if (write.displayName != current->displayName)
            changed.insert(QStringLiteral("display_name"), change(current->displayName, write.displayName));
    }
    if (changes.orgUnitId && *changes.orgUnitId != current->orgUnitId) {
        requireAssignableUnit(tx, session, *changes.orgUnitId, RowLock::Share);
        write.orgUnitId = *changes.orgUnitId;
        changed.insert(QStringLiteral("org_unit_id"), change(current->orgUnitId, write.orgUnitId));
    }
    if (changes.extension && *changes.extension != current->extension) {
        write.extension = checkedExtension(*changes.extension);
        if (!write.extension.isEmpty() && UserRepository::extensionTaken(tx, write.extension, changes.id))
            throw extensionTaken(write.extension);
        changed.insert(QStringLiteral("extension"), change(nullable(current->extension), nullable(write.extension)));
    }
    if (changes.active && *changes.active != current->active) {
        if (self && !*changes.active)
            throw ApiError::validation(QStringLiteral("active"), QStringLiteral("you cannot deactivate yourself"));
        write.active = *changes.active;
        // An inactive unit holds no active users.
        if (write.active && !changed.contains(QStringLiteral("org_unit_id")))
            requireAssignableUnit(tx, session, write.orgUnitId, RowLock::Share, QStringLiteral("active"));
        changed.insert(QStringLiteral("active"), change(current->active, write.active));
    }
    QStringList roles = current->roles;
    if (changes.roles) {
        roles = checkedRoles(tx, *changes.roles);
        if (roles != current->roles) {
            // Nobody locks themselves out of user management.
            if (self && !RoleRepository::rolesGrant(tx, roles, kUsersPermission))
                throw ApiError::validation(QStringLiteral("roles"),
                                           QStringLiteral("you cannot remove your own permission %1").arg(kUsersPermission));
            changed.insert(QStringLiteral("roles"), change(QJsonArray::fromStringList(current->roles),
                                                           QJsonArray::fromStringList(roles)));
        }
    }
    if (changed.isEmpty())
        return UserUpdate{*current, false};

    UserKey clash = UserKey::None;
    if (!UserRepository::update(tx, changes.id, changes.version, write, session.orgPath, clash)) {
        if (clash != UserKey::None)
            throwClash(clash, current->username, write.extension);
        throw ApiError::conflict(QStringLiteral("the user was changed by someone else; reload it"));
    }
    if (changed.contains(QStringLiteral("roles")))
        UserRepository::replaceRoles(tx, changes.id, roles);
    const bool deactivated = current->active && !write.active;
    if (deactivated)
        UserRepository::revokeSessions(tx, changes.id, 0);
    AuditRepository::write(tx, session.userId, QStringLiteral("user.update"), kUserEntity, changes.id,
                           auditJson({{QStringLiteral("version"), changes.version + 1},
                                      {QStringLiteral("changes"), changed}}));
    UserUpdate result;
    result.user = std::move(*UserRepository::find(tx, changes.id, session.orgPath));
    // Open connections end: a deactivated user is out; the others resume with new permissions.
    result.endSessions = deactivated || changed.contains(QStringLiteral("roles"))
        || changed.contains(QStringLiteral("org_unit_id"));
    return result;
}

void AdminService::setPassword(pqxx::connection& connection, const Session& session, qint64 userId,
                               const QString& password) const
{
    if (const QString problem = auth::PasswordHasher::checkNewPassword(password); !problem.isEmpty())
        throw ApiError::validation(QStringLiteral("password"), problem);
    {
        pqxx::nontransaction tx(connection);
        if (!UserRepository::find(tx, userId, session.orgPath))
            throw ApiError::notFound(QStringLiteral("user"));
    }

    const std::string passwordHash = m_hasher->hash(password);

    pqxx::work tx(connection);
    if (!UserRepository::setPassword(tx, userId, passwordHash, session.orgPath))
        throw ApiError::notFound(QStringLiteral("user"));
    // Setting one's own password keeps the session that did it.
    UserRepository::revokeSessions(tx, userId, userId == session.userId ? session.id : 0);
    AuditRepository::write(tx, session.userId, QStringLiteral("user.set_password"), kUserEntity, userId,
                           auditJson({{QStringLiteral("sessions_revoked"), true}}));
    tx.commit();
}

} // namespace csm::server::admin
