#pragma once
// The rules of the admin module: users, roles, the org tree and the region tree.
//
// Every call takes the caller's session: users and org units are reached only through
// statements scoped to the caller's org subtree, so anything outside it is `not_found`.
// Every change writes an audit row in the same transaction.
#include "server/modules/admin/org_repository.h"
#include "server/modules/admin/region_repository.h"
#include "server/modules/admin/role_repository.h"
#include "server/modules/admin/user_repository.h"
#include "server/modules/auth/password_hasher.h"
#include "server/rpc/session.h"

#include <pqxx/pqxx>

#include <optional>
#include <vector>

namespace csm::server::admin {

inline constexpr int kDefaultUserPage = 50;
inline constexpr int kMaxUserPage = 200;

struct UserQuery {
    QString query;                     // substring of username or display name; empty: all
    std::optional<qint64> orgUnitId;   // only this unit and the units below it
    int limit = kDefaultUserPage;
    QString cursor;                    // from the previous page; empty: the first page
};

struct UserPage {
    std::vector<UserRecord> items;
    QString cursor;                    // empty at the end
};

struct NewUser {
    QString username;
    QString displayName;
    QString password;
    qint64 orgUnitId = 0;
    QStringList roles;
    QString extension;                 // empty: none
};

struct UserChanges {
    qint64 id = 0;
    int version = 0;
    std::optional<QString> displayName;
    std::optional<qint64> orgUnitId;
    std::optional<QStringList> roles;
    std::optional<QString> extension;  // empty string clears it
    std::optional<bool> active;
};

struct UserUpdate {
    UserRecord user;
    bool endSessions = false;          // deactivated, or roles / org unit changed
};

struct RoleCatalogue {
    std::vector<RoleRecord> roles;
    std::vector<PermissionRecord> permissions;
};

struct RoleUpdate {
    RoleRecord role;
    std::vector<qint64> affectedUsers; // active holders whose permissions changed
};

struct NewOrgUnit {
    qint64 parentId = 0;
    QString kind;
    QString code;
    QString name;
};

struct OrgUnitChanges {
    qint64 id = 0;
    int version = 0;
    std::optional<QString> name;
    std::optional<bool> active;
};

struct NewRegion {
    QString code;
    QString parentCode;                // empty: a province
    QString name;
};

struct RegionChanges {
    QString code;
    std::optional<QString> name;
    std::optional<bool> active;
};

class AdminService {
public:
    explicit AdminService(auth::PasswordHasher& hasher) : m_hasher(&hasher) {}

    // Users (admin_user_service.cpp). create and setPassword hash outside any transaction.
    static UserPage listUsers(pqxx::transaction_base& tx, const Session& session, const UserQuery& query);
    UserRecord createUser(pqxx::connection& connection, const Session& session, const NewUser& user) const;
    static UserUpdate updateUser(pqxx::transaction_base& tx, const Session& session, const UserChanges& changes);
    void setPassword(pqxx::connection& connection, const Session& session, qint64 userId,
                     const QString& password) const;

    // Roles (admin_service.cpp).
    static RoleCatalogue listRoles(pqxx::transaction_base& tx);
    static RoleUpdate updateRole(pqxx::transaction_base& tx, const Session& session, const QString& code,
                                 int version, QStringList permissions);

    // The org tree (admin_service.cpp).
    static std::vector<OrgUnitRecord> listOrgUnits(pqxx::transaction_base& tx, const Session& session);
    static OrgUnitRecord createOrgUnit(pqxx::transaction_base& tx, const Session& session, const NewOrgUnit& unit);
    static OrgUnitRecord updateOrgUnit(pqxx::transaction_base& tx, const Session& session,
                                       const OrgUnitChanges& changes);

    // The region tree (admin_service.cpp).
    static std::vector<RegionRecord> listRegions(pqxx::transaction_base& tx, const QString& parentCode);
    static RegionRecord createRegion(pqxx::transaction_base& tx, const Session& session, const NewRegion& region);
    static RegionRecord updateRegion(pqxx::transaction_base& tx, const Session& session,
                                     const RegionChanges& changes);

private:
    auth::PasswordHasher* m_hasher;
};

} // namespace csm::server::admin
