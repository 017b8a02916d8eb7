// admin.user.*: create, list, update, passwords, sessions, audit.
#include "tests/server/admin_test_support.h"

#include <QSet>

namespace csm::test {
namespace {

using common::ErrorCode;
using namespace Qt::StringLiterals;

class AdminUsers : public AdminOpsTest {
protected:
    QCborMap createUser(const QString& username, const QString& orgCode = u"HQ"_s,
                        const QStringList& roles = {u"agent"_s}, const QString& extension = {})
    {
        QCborMap args{{u"username"_s, username},
                      {u"display_name"_s, u"User "_s + username},
                      {u"password"_s, u"initial-pass-1"_s},
                      {u"org_unit_id"_s, h().orgUnitId(orgCode)},
                      {u"roles"_s, list(roles)}};
        if (!extension.isEmpty())
            args.insert(u"extension"_s, extension);
        return ok(h().call(m_admin, u"admin.user.create"_s, args));
    }

    qint64 liveSessions(qint64 userId)
    {
        return scalar("SELECT count(*) FROM session WHERE revoked_at IS NULL AND user_id = " + std::to_string(userId));
    }
};

TEST_F(AdminUsers, CreatesUserAndReturnsIt)
{
    const QCborMap user = createUser(u"Alice"_s, u"HQ"_s, {u"agent"_s, u"supervisor"_s, u"agent"_s}, u"801"_s);
    EXPECT_GT(user.value(u"id"_s).toInteger(), 0);
    EXPECT_EQ(user.value(u"username"_s).toString(), u"alice"_s);   // stored lowercase
    EXPECT_EQ(user.value(u"display_name"_s).toString(), u"User Alice"_s);
    EXPECT_EQ(user.value(u"org_unit_id"_s).toInteger(), h().orgUnitId(u"HQ"_s));
    EXPECT_EQ(user.value(u"org_unit_name"_s).toString(), u"Headquarters service center"_s);
    EXPECT_EQ(user.value(u"roles"_s).toArray().toVariantList(), QVariantList({u"agent"_s, u"supervisor"_s}));
    EXPECT_EQ(user.value(u"extension"_s).toString(), u"801"_s);
    EXPECT_TRUE(user.value(u"active"_s).toBool());
    EXPECT_EQ(user.value(u"version"_s).toInteger(), 1);
    EXPECT_TRUE(user.value(u"created_at"_s).toString().endsWith(u'Z'));
    EXPECT_TRUE(QDateTime::fromString(user.value(u"created_at"_s).toString(), Qt::ISODateWithMs).isValid());

    // The new user can log in with the password given.
    const auto login = h().authService().login(h().connection(), u"alice"_s, u"initial-pass-1"_s, u"10.0.0.1"_s, {});
    EXPECT_EQ(login.session->userId, user.value(u"id"_s).toInteger());
}

TEST_F(AdminUsers, ListsWithQueryOrgFilterAndCursor)
{
    const qint64 region = h().createOrgUnit(u"HQ"_s, u"region"_s, u"EAST"_s, u"East"_s);
    for (const char* name : {"u01", "u02", "u03", "u04", "u05"})
        createUser(QString::fromLatin1(name));
    createUser(u"east.one"_s, u"EAST"_s);

    // Pages of two, in username order, until the cursor runs out.
    QStringList seen;
    QString cursor;
    int pages = 0;
    do {
        QCborMap args{{u"limit"_s, 2}};
        if (!cursor.isEmpty())
            args.insert(u"cursor"_s, cursor);
        const QCborMap page = ok(h().call(m_admin, u"admin.user.list"_s, args));
        for (const QCborValue item : page.value(u"items"_s).toArray())
            seen.append(item.toMap().value(u"username"_s).toString());
        cursor = page.value(u"cursor"_s).toString();
        ASSERT_LT(++pages, 10);
    } while (!cursor.isEmpty());
    EXPECT_EQ(seen, QStringList({u"adm"_s, u"east.one"_s, u"u01"_s, u"u02"_s, u"u03"_s, u"u04"_s, u"u05"_s}));
    EXPECT_EQ(pages, 4);

    // Substring of the display name, any case.
    QCborMap found = ok(h().call(m_admin, u"admin.user.list"_s, {{u"query"_s, u"USER U0"_s}}));
    EXPECT_EQ(found.value(u"items"_s).toArray().size(), 5);
    EXPECT_TRUE(found.value(u"cursor"_s).toString().isEmpty());
    found = ok(h().call(m_admin, u"admin.user.list"_s, {{u"query"_s, u"u03"_s}}));
    ASSERT_EQ(found.value(u"items"_s).toArray().size(), 1);

    // The org filter covers the unit and everything below it.
    found = ok(h().call(m_admin, u"admin.user.list"_s, {{u"org_unit_id"_s, region}}));
    ASSERT_EQ(found.value(u"items"_s).toArray().size(), 1);
    EXPECT_EQ(found.value(u"items"_s).toArray().at(0).toMap().value(u"username"_s).toString(), u"east.one"_s);

    expectError(h().call(m_admin, u"admin.user.list"_s, {{u"limit"_s, 201}}), ErrorCode::Validation, "limit");
    expectError(h().call(m_admin, u"admin.user.list"_s, {{u"cursor"_s, u"!!"_s}}), ErrorCode::Validation, "cursor");
}

TEST_F(AdminUsers, ValidationNamesTheFields)
{
    const qint64 hq = h().orgUnitId(u"HQ"_s);
    QCborMap args{{u"username"_s, u"bad name"_s}, {u"display_name"_s, u"X"_s}, {u"password"_s, u"short"_s},
                  {u"org_unit_id"_s, hq}, {u"roles"_s, list({u"agent"_s})}, {u"extension"_s, u"1"_s}};
    auto response = h().call(m_admin, u"admin.user.create"_s, args);
    expectError(response, ErrorCode::Validation, "username");
    EXPECT_TRUE(response.error.fields.contains(u"password"_s));
    EXPECT_TRUE(response.error.fields.contains(u"extension"_s));

    args = {{u"username"_s, u"bob"_s}, {u"display_name"_s, u"Bob"_s}, {u"password"_s, u"long-enough-1"_s},
            {u"org_unit_id"_s, hq}, {u"roles"_s, list({u"agent"_s, u"wizard"_s})}};
    response = h().call(m_admin, u"admin.user.create"_s, args);
    expectError(response, ErrorCode::Validation, "roles");
    EXPECT_TRUE(response.error.message.contains(u"wizard"_s));

    args.insert(u"roles"_s, QCborArray());
    expectError(h().call(m_admin, u"admin.user.create"_s, args), ErrorCode::Validation, "roles");
    args.remove(u"roles"_s);
    expectError(h().call(m_admin, u"admin.user.create"_s, args), ErrorCode::Validation, "roles");
    args.insert(u"roles"_s, list({u"agent"_s}));
    args.insert(u"display_name"_s, u"   "_s);
    expectError(h().call(m_admin, u"admin.user.create"_s, args), ErrorCode::Validation, "display_name");
    args.insert(u"display_name"_s, u"Bob"_s);
    args.insert(u"org_unit_id"_s, 999999);
    expectError(h().call(m_admin, u"admin.user.create"_s, args), ErrorCode::NotFound, "org_unit_id");
    EXPECT_EQ(scalar("SELECT count(*) FROM app_user WHERE username = 'bob'"), 0);
}

TEST_F(AdminUsers, DuplicateUsernameOrExtensionIsConflictNamingIt)
{
    createUser(u"carol"_s, u"HQ"_s, {u"agent"_s}, u"8001"_s);
    QCborMap args{{u"username"_s, u"CAROL"_s}, {u"display_name"_s, u"Carol 2"_s}, {u"password"_s, u"long-enough-1"_s},
                  {u"org_unit_id"_s, h().orgUnitId(u"HQ"_s)}, {u"roles"_s, list({u"agent"_s})}};
    auto response = h().call(m_admin, u"admin.user.create"_s, args);
    expectError(response, ErrorCode::Conflict, "username");
    EXPECT_TRUE(response.error.message.contains(u"carol"_s));

    args.insert(u"username"_s, u"carol2"_s);
    args.insert(u"extension"_s, u"8001"_s);
    response = h().call(m_admin, u"admin.user.create"_s, args);
    expectError(response, ErrorCode::Conflict, "extension");
    EXPECT_TRUE(response.error.message.contains(u"8001"_s));
}

TEST_F(AdminUsers, UpdateBumpsVersionAndRefusesStaleOnes)
{
    const QCborMap user = createUser(u"dave"_s, u"HQ"_s, {u"agent"_s}, u"802"_s);
    const qint64 id = user.value(u"id"_s).toInteger();
    const QCborMap updated = ok(h().call(m_admin, u"admin.user.update"_s,
                                         {{u"id"_s, id}, {u"version"_s, 1}, {u"display_name"_s, u"Dave  Smith"_s},
                                          {u"extension"_s, u""_s}}));
    EXPECT_EQ(updated.value(u"version"_s).toInteger(), 2);
    EXPECT_EQ(updated.value(u"display_name"_s).toString(), u"Dave Smith"_s);
    EXPECT_EQ(updated.value(u"extension"_s).toString(), QString());
    EXPECT_EQ(scalar("SELECT count(*) FROM app_user WHERE username = 'dave' AND extension IS NULL"), 1);

    const auto stale = h().call(m_admin, u"admin.user.update"_s,
                                {{u"id"_s, id}, {u"version"_s, 1}, {u"display_name"_s, u"Other"_s}});
    expectError(stale, ErrorCode::Conflict);
    expectError(h().call(m_admin, u"admin.user.update"_s, {{u"id"_s, id}, {u"version"_s, 2}, {u"extension"_s, u"12a"_s}}),
                ErrorCode::Validation, "extension");
    expectError(h().call(m_admin, u"admin.user.update"_s, {{u"id"_s, id}, {u"version"_s, 2}, {u"roles"_s, list({u"nope"_s})}}),
                ErrorCode::Validation, "roles");
    expectError(h().call(m_admin, u"admin.user.update"_s, {{u"id"_s, id}}), ErrorCode::Validation, "version");
    expectError(h().call(m_admin, u"admin.user.update"_s, {{u"id"_s, 999999}, {u"version"_s, 1}}), ErrorCode::NotFound);
}

TEST_F(AdminUsers, DeactivationRevokesSessionsAndEndsConnections)
{
    const qint64 id = createUser(u"erin"_s).value(u"id"_s).toInteger();
    h().sessionFor(u"erin"_s);
    h().sessionFor(u"erin"_s);
    ASSERT_EQ(liveSessions(id), 2);

    // A role change ends the connections but keeps the sessions: the client resumes.
    auto outcome = h().callWithEffects(m_admin, u"admin.user.update"_s,
                                       {{u"id"_s, id}, {u"version"_s, 1}, {u"roles"_s, list({u"supervisor"_s})}});
    ASSERT_TRUE(outcome.response.ok) << outcome.response.error.message.toStdString();
    EXPECT_EQ(outcome.effects.endUserSessions, std::vector<qint64>{id});
    EXPECT_EQ(liveSessions(id), 2);

    // A display-name change touches nothing.
    outcome = h().callWithEffects(m_admin, u"admin.user.update"_s,
                                  {{u"id"_s, id}, {u"version"_s, 2}, {u"display_name"_s, u"Erin"_s}});
    ASSERT_TRUE(outcome.response.ok);
    EXPECT_TRUE(outcome.effects.endUserSessions.empty());

    outcome = h().callWithEffects(m_admin, u"admin.user.update"_s, {{u"id"_s, id}, {u"version"_s, 3}, {u"active"_s, false}});
    ASSERT_TRUE(outcome.response.ok) << outcome.response.error.message.toStdString();
    EXPECT_FALSE(outcome.response.result.toMap().value(u"active"_s).toBool());
    EXPECT_EQ(outcome.effects.endUserSessions, std::vector<qint64>{id});
    EXPECT_EQ(liveSessions(id), 0);
    EXPECT_THROW(h().sessionFor(u"erin"_s), std::runtime_error);   // inactive users get no session
}

TEST_F(AdminUsers, AdminCannotDeactivateOrDisarmThemself)
{
    const auto response = h().call(m_admin, u"admin.user.update"_s,
                                   {{u"id"_s, m_admin->userId}, {u"version"_s, 1}, {u"active"_s, false}});
    expectError(response, ErrorCode::Validation, "active");
    expectError(h().call(m_admin, u"admin.user.update"_s,
                         {{u"id"_s, m_admin->userId}, {u"version"_s, 1}, {u"roles"_s, list({u"agent"_s})}}),
                ErrorCode::Validation, "roles");
    EXPECT_EQ(scalar("SELECT count(*) FROM app_user WHERE username = 'adm' AND active AND version = 1"), 1);
}

TEST_F(AdminUsers, SetPasswordRevokesSessionsAndNeverAuditsSecrets)
{
    const qint64 id = createUser(u"frank"_s).value(u"id"_s).toInteger();
    h().sessionFor(u"frank"_s);
    expectError(h().call(m_admin, u"admin.user.set_password"_s, {{u"id"_s, id}, {u"password"_s, u"short"_s}}),
                ErrorCode::Validation, "password");
    const auto outcome = h().callWithEffects(m_admin, u"admin.user.set_password"_s,
                                             {{u"id"_s, id}, {u"password"_s, u"brand-new-pass-2"_s}});
    ASSERT_TRUE(outcome.response.ok) << outcome.response.error.message.toStdString();
    EXPECT_EQ(outcome.effects.endUserSessions, std::vector<qint64>{id});
    EXPECT_EQ(liveSessions(id), 0);

    EXPECT_NO_THROW(h().authService().login(h().connection(), u"frank"_s, u"brand-new-pass-2"_s, u"10.0.0.2"_s, {}));

    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE action = 'user.set_password' AND entity = 'user'"
                     " AND entity_id = " + std::to_string(id) + " AND user_id = " + std::to_string(m_admin->userId)),
              1);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE detail::text LIKE '%pass%' OR detail::text LIKE '%argon%'"),
              0);
}

TEST_F(AdminUsers, EveryChangeWritesAnAuditRow)
{
    const qint64 id = createUser(u"gina"_s, u"HQ"_s, {u"agent"_s}).value(u"id"_s).toInteger();
    ok(h().call(m_admin, u"admin.user.update"_s, {{u"id"_s, id}, {u"version"_s, 1}, {u"roles"_s, list({u"finance"_s})}}));
    pqxx::nontransaction tx(h().connection());
    const auto rows = tx.exec_params("SELECT action, entity, user_id, detail::text FROM audit_log WHERE entity_id = $1"
                                     " AND entity = 'user' ORDER BY id", id);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0][0].as<std::string>(), "user.create");
    EXPECT_EQ(rows[0][2].as<qint64>(), m_admin->userId);
    EXPECT_NE(rows[0][3].as<std::string>().find("\"username\": \"gina\""), std::string::npos);
    EXPECT_EQ(rows[1][0].as<std::string>(), "user.update");
    EXPECT_NE(rows[1][3].as<std::string>().find("finance"), std::string::npos);
}

TEST_F(AdminUsers, AgentsMayNotManageUsers)
{
    const auto agent = h().createUser(u"hank"_s, u"HQ"_s, {u"agent"_s});
    expectError(h().call(agent, u"admin.user.list"_s), ErrorCode::PermissionDenied);
    expectError(h().call(agent, u"admin.user.create"_s, {{u"username"_s, u"x1"_s}}), ErrorCode::PermissionDenied);
}

} // namespace
} // namespace csm::test
