// admin.org.*, admin.region.*, admin.role.* and the org scope of every admin op.
#include "tests/server/admin_test_support.h"

namespace csm::test {
namespace {

using common::ErrorCode;
using namespace Qt::StringLiterals;

class AdminOrg : public AdminOpsTest {
protected:
    QCborMap createUnit(const server::SessionPtr& session, qint64 parentId, const QString& kind, const QString& code)
    {
        return ok(h().call(session, u"admin.org.create"_s,
                           {{u"parent_id"_s, parentId}, {u"kind"_s, kind}, {u"code"_s, code}, {u"name"_s, u"Unit "_s + code}}));
    }

    common::Response tryUnit(qint64 parentId, const QString& kind, const QString& code)
    {
        return h().call(m_admin, u"admin.org.create"_s,
                        {{u"parent_id"_s, parentId}, {u"kind"_s, kind}, {u"code"_s, code}, {u"name"_s, u"Unit"_s}});
    }

    qint64 audits(const char* action)
    {
        return scalar(std::string("SELECT count(*) FROM audit_log WHERE action = '") + action
                      + "' AND user_id = " + std::to_string(m_admin->userId));
    }
};

TEST_F(AdminOrg, KindsFollowTheTree)
{
    const qint64 hq = h().orgUnitId(u"HQ"_s);
    const QCborMap region = createUnit(m_admin, hq, u"region"_s, u"R1"_s);
    EXPECT_EQ(region.value(u"parent_id"_s).toInteger(), hq);
    EXPECT_EQ(region.value(u"kind"_s).toString(), u"region"_s);
    EXPECT_EQ(region.value(u"version"_s).toInteger(), 1);
    EXPECT_TRUE(region.value(u"active"_s).toBool());
    const qint64 r1 = region.value(u"id"_s).toInteger();
    const qint64 p1 = createUnit(m_admin, r1, u"province"_s, u"P1"_s).value(u"id"_s).toInteger();
    const qint64 s1 = createUnit(m_admin, p1, u"point"_s, u"S1"_s).value(u"id"_s).toInteger();

    expectError(tryUnit(hq, u"province"_s, u"X1"_s), ErrorCode::Validation, "kind");
    expectError(tryUnit(r1, u"point"_s, u"X2"_s), ErrorCode::Validation, "kind");
    expectError(tryUnit(p1, u"region"_s, u"X3"_s), ErrorCode::Validation, "kind");
    expectError(tryUnit(s1, u"point"_s, u"X4"_s), ErrorCode::Validation, "kind");
    expectError(tryUnit(hq, u"hq"_s, u"X5"_s), ErrorCode::Validation, "kind");
    expectError(tryUnit(hq, u"depot"_s, u"X6"_s), ErrorCode::Validation, "kind");
    expectError(tryUnit(hq, u"region"_s, u"bad code!"_s), ErrorCode::Validation, "code");
    expectError(tryUnit(999999, u"region"_s, u"X7"_s), ErrorCode::NotFound, "parent_id");
    const auto duplicate = tryUnit(hq, u"region"_s, u"R1"_s);
    expectError(duplicate, ErrorCode::Conflict, "code");
    EXPECT_TRUE(duplicate.error.message.contains(u"R1"_s));

    // Ordered by path: every unit after its parent.
    const QCborArray items = ok(h().call(m_admin, u"admin.org.list"_s)).value(u"items"_s).toArray();
    ASSERT_EQ(items.size(), 4);
    QStringList codes;
    for (const QCborValue item : items)
        codes.append(item.toMap().value(u"code"_s).toString());
    EXPECT_EQ(codes, QStringList({u"HQ"_s, u"R1"_s, u"P1"_s, u"S1"_s}));
    EXPECT_TRUE(items.at(0).toMap().value(u"parent_id"_s).isNull());
    EXPECT_EQ(items.at(3).toMap().value(u"path"_s).toString(),
              u"%1.%2.%3.%4"_s.arg(hq).arg(r1).arg(p1).arg(s1));
    EXPECT_EQ(audits("org.create"), 3);
}

TEST_F(AdminOrg, DeactivationNeedsAnEmptyUnit)
{
    const qint64 hq = h().orgUnitId(u"HQ"_s);
    const qint64 r1 = createUnit(m_admin, hq, u"region"_s, u"R1"_s).value(u"id"_s).toInteger();
    const auto staff = h().createUser(u"ivan"_s, u"R1"_s, {u"agent"_s});

    expectError(h().call(m_admin, u"admin.org.update"_s, {{u"id"_s, r1}, {u"version"_s, 1}, {u"active"_s, false}}),
                ErrorCode::Validation, "active");
    const QCborMap renamed = ok(h().call(m_admin, u"admin.org.update"_s,
                                         {{u"id"_s, r1}, {u"version"_s, 1}, {u"name"_s, u"North"_s}}));
    EXPECT_EQ(renamed.value(u"name"_s).toString(), u"North"_s);
    EXPECT_EQ(renamed.value(u"version"_s).toInteger(), 2);
    expectError(h().call(m_admin, u"admin.org.update"_s, {{u"id"_s, r1}, {u"version"_s, 1}, {u"name"_s, u"South"_s}}),
                ErrorCode::Conflict);
    expectError(h().call(m_admin, u"admin.org.update"_s, {{u"id"_s, r1}, {u"version"_s, 2}, {u"name"_s, u""_s}}),
                ErrorCode::Validation, "name");

    ok(h().call(m_admin, u"admin.user.update"_s, {{u"id"_s, staff->userId}, {u"version"_s, 1}, {u"active"_s, false}}));
    const QCborMap inactive = ok(h().call(m_admin, u"admin.org.update"_s,
                                          {{u"id"_s, r1}, {u"version"_s, 2}, {u"active"_s, false}}));
    EXPECT_FALSE(inactive.value(u"active"_s).toBool());
    // An inactive unit takes neither sub-units nor users.
    expectError(tryUnit(r1, u"province"_s, u"P9"_s), ErrorCode::Validation, "parent_id");
    expectError(h().call(m_admin, u"admin.user.update"_s, {{u"id"_s, staff->userId}, {u"version"_s, 2}, {u"active"_s, true}}),
                ErrorCode::Validation, "active");
    const auto other = h().createUser(u"jill"_s, u"HQ"_s, {u"agent"_s});
    expectError(h().call(m_admin, u"admin.user.update"_s,
                         {{u"id"_s, other->userId}, {u"version"_s, 1}, {u"org_unit_id"_s, r1}}),
                ErrorCode::Validation, "org_unit_id");
    EXPECT_EQ(audits("org.update"), 2);
}

TEST_F(AdminOrg, AdminsSeeAndManageOnlyTheirSubtree)
{
    const qint64 hq = h().orgUnitId(u"HQ"_s);
    const qint64 regionA = createUnit(m_admin, hq, u"region"_s, u"RA"_s).value(u"id"_s).toInteger();
    const qint64 regionB = createUnit(m_admin, hq, u"region"_s, u"RB"_s).value(u"id"_s).toInteger();
    const auto adminA = h().createUser(u"adma"_s, u"RA"_s, {u"admin"_s});
    const auto userB = h().createUser(u"bob"_s, u"RB"_s, {u"agent"_s});
    const qint64 provinceA = createUnit(adminA, regionA, u"province"_s, u"PA"_s).value(u"id"_s).toInteger();

    // Lists hold the own subtree only.
    QStringList codes;
    for (const QCborValue item : ok(h().call(adminA, u"admin.org.list"_s)).value(u"items"_s).toArray())
        codes.append(item.toMap().value(u"code"_s).toString());
    EXPECT_EQ(codes, QStringList({u"RA"_s, u"PA"_s}));
    QStringList users;
    for (const QCborValue item : ok(h().call(adminA, u"admin.user.list"_s)).value(u"items"_s).toArray())
        users.append(item.toMap().value(u"username"_s).toString());
    EXPECT_EQ(users, QStringList({u"adma"_s}));

    // Everything of region B (and HQ) is not found.
    expectError(h().call(adminA, u"admin.user.list"_s, {{u"org_unit_id"_s, regionB}}), ErrorCode::NotFound, "org_unit_id");
    expectError(h().call(adminA, u"admin.user.update"_s,
                         {{u"id"_s, userB->userId}, {u"version"_s, 1}, {u"display_name"_s, u"Hacked"_s}}),
                ErrorCode::NotFound);
    expectError(h().call(adminA, u"admin.user.update"_s, {{u"id"_s, m_admin->userId}, {u"version"_s, 1}, {u"active"_s, false}}),
                ErrorCode::NotFound);
    expectError(h().call(adminA, u"admin.user.set_password"_s, {{u"id"_s, userB->userId}, {u"password"_s, u"whatever-123"_s}}),
                ErrorCode::NotFound);
    expectError(h().call(adminA, u"admin.org.update"_s, {{u"id"_s, regionB}, {u"version"_s, 1}, {u"name"_s, u"Mine"_s}}),
                ErrorCode::NotFound);
    expectError(h().call(adminA, u"admin.org.create"_s,
                         {{u"parent_id"_s, regionB}, {u"kind"_s, u"province"_s}, {u"code"_s, u"PB"_s}, {u"name"_s, u"B"_s}}),
                ErrorCode::NotFound, "parent_id");
    expectError(h().call(adminA, u"admin.org.create"_s,
                         {{u"parent_id"_s, hq}, {u"kind"_s, u"region"_s}, {u"code"_s, u"RC"_s}, {u"name"_s, u"C"_s}}),
                ErrorCode::NotFound, "parent_id");
    expectError(h().call(adminA, u"admin.user.create"_s,
                         {{u"username"_s, u"spy"_s}, {u"display_name"_s, u"Spy"_s}, {u"password"_s, u"whatever-123"_s},
                          {u"org_unit_id"_s, regionB}, {u"roles"_s, list({u"agent"_s})}}),
                ErrorCode::NotFound, "org_unit_id");
    // ...nor can a user of the own subtree be moved out of it.
    const qint64 local = ok(h().call(adminA, u"admin.user.create"_s,
                                     {{u"username"_s, u"local"_s}, {u"display_name"_s, u"Local"_s},
                                      {u"password"_s, u"whatever-123"_s}, {u"org_unit_id"_s, provinceA},
                                      {u"roles"_s, list({u"agent"_s})}}))
                             .value(u"id"_s).toInteger();
    expectError(h().call(adminA, u"admin.user.update"_s, {{u"id"_s, local}, {u"version"_s, 1}, {u"org_unit_id"_s, regionB}}),
                ErrorCode::NotFound, "org_unit_id");
    EXPECT_EQ(scalar("SELECT count(*) FROM app_user WHERE username IN ('spy') OR display_name = 'Hacked'"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM org_unit WHERE code IN ('PB', 'RC') OR name = 'Mine'"), 0);

    // The HQ admin sees both regions.
    EXPECT_EQ(ok(h().call(m_admin, u"admin.org.list"_s)).value(u"items"_s).toArray().size(), 4);
}

TEST_F(AdminOrg, RegionsCreateListAndUpdate)
{
    const auto agent = h().createUser(u"jane"_s, u"HQ"_s, {u"agent"_s});
    // Every logged-in user reads regions; the seed holds the provinces.
    const QCborArray provinces = ok(h().call(agent, u"admin.region.list"_s)).value(u"items"_s).toArray();
    ASSERT_GE(provinces.size(), 31);
    EXPECT_EQ(provinces.at(0).toMap().value(u"code"_s).toString(), u"110000"_s);
    EXPECT_TRUE(provinces.at(0).toMap().value(u"parent_code"_s).isNull());
    EXPECT_EQ(provinces.at(0).toMap().value(u"level"_s).toInteger(), 1);
    expectError(h().call(agent, u"admin.region.create"_s, {{u"code"_s, u"990000"_s}, {u"name"_s, u"X"_s}}),
                ErrorCode::PermissionDenied);

    const QCborMap province = ok(h().call(m_admin, u"admin.region.create"_s, {{u"code"_s, u"990000"_s}, {u"name"_s, u"测试省"_s}}));
    EXPECT_EQ(province.value(u"level"_s).toInteger(), 1);
    const QCborMap city = ok(h().call(m_admin, u"admin.region.create"_s,
                                      {{u"code"_s, u"990100"_s}, {u"parent_code"_s, u"990000"_s}, {u"name"_s, u"测试市"_s}}));
    EXPECT_EQ(city.value(u"level"_s).toInteger(), 2);
    EXPECT_EQ(city.value(u"parent_code"_s).toString(), u"990000"_s);
    const QCborMap district = ok(h().call(m_admin, u"admin.region.create"_s,
                                          {{u"code"_s, u"990101"_s}, {u"parent_code"_s, u"990100"_s}, {u"name"_s, u"测试区"_s}}));
    EXPECT_EQ(district.value(u"level"_s).toInteger(), 3);
    expectError(h().call(m_admin, u"admin.region.create"_s,
                         {{u"code"_s, u"990102"_s}, {u"parent_code"_s, u"990101"_s}, {u"name"_s, u"Too deep"_s}}),
                ErrorCode::Validation, "parent_code");
    expectError(h().call(m_admin, u"admin.region.create"_s,
                         {{u"code"_s, u"990103"_s}, {u"parent_code"_s, u"123456"_s}, {u"name"_s, u"Orphan"_s}}),
                ErrorCode::Validation, "parent_code");
    expectError(h().call(m_admin, u"admin.region.create"_s, {{u"code"_s, u"99000"_s}, {u"name"_s, u"Short"_s}}),
                ErrorCode::Validation, "code");
    expectError(h().call(m_admin, u"admin.region.create"_s, {{u"code"_s, u"990000"_s}, {u"name"_s, u"Again"_s}}),
                ErrorCode::Conflict, "code");

    const QCborArray children = ok(h().call(agent, u"admin.region.list"_s, {{u"parent_code"_s, u"990000"_s}}))
                                    .value(u"items"_s).toArray();
    ASSERT_EQ(children.size(), 1);
    EXPECT_EQ(children.at(0).toMap().value(u"name"_s).toString(), u"测试市"_s);

    const QCborMap updated = ok(h().call(m_admin, u"admin.region.update"_s,
                                         {{u"code"_s, u"990100"_s}, {u"name"_s, u"新测试市"_s}, {u"active"_s, false}}));
    EXPECT_EQ(updated.value(u"name"_s).toString(), u"新测试市"_s);
    EXPECT_FALSE(updated.value(u"active"_s).toBool());
    expectError(h().call(m_admin, u"admin.region.update"_s, {{u"code"_s, u"990199"_s}, {u"name"_s, u"None"_s}}),
                ErrorCode::NotFound);
    EXPECT_EQ(audits("region.create"), 3);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE action = 'region.update' AND entity_id = 990100"), 1);
}

TEST_F(AdminOrg, RolesListAndUpdateWithTheAdminGuard)
{
    const auto agent = h().createUser(u"kate"_s, u"HQ"_s, {u"agent"_s});
    const QCborMap catalogue = ok(h().call(m_admin, u"admin.role.list"_s));
    QCborMap agentRole;
    for (const QCborValue role : catalogue.value(u"roles"_s).toArray()) {
        if (role.toMap().value(u"code"_s).toString() == u"agent"_s)
            agentRole = role.toMap();
    }
    ASSERT_FALSE(agentRole.isEmpty());
    const QCborArray agentPermissions = agentRole.value(u"permissions"_s).toArray();
    EXPECT_TRUE(agentPermissions.contains(QCborValue(u"customer.read"_s)));
    EXPECT_TRUE(agentPermissions.contains(QCborValue(u"customer.write"_s)));
    EXPECT_FALSE(agentPermissions.contains(QCborValue(u"admin.users"_s)));
    EXPECT_GE(catalogue.value(u"permissions"_s).toArray().size(), 7);
    EXPECT_FALSE(catalogue.value(u"permissions"_s).toArray().at(0).toMap().value(u"description"_s).toString().isEmpty());

    const auto outcome = h().callWithEffects(m_admin, u"admin.role.update"_s,
                                             {{u"code"_s, u"agent"_s}, {u"version"_s, 1},
                                              {u"permissions"_s, list({u"customer.read"_s})}});
    ASSERT_TRUE(outcome.response.ok) << outcome.response.error.message.toStdString();
    const QCborMap role = outcome.response.result.toMap();
    EXPECT_EQ(role.value(u"version"_s).toInteger(), 2);
    EXPECT_EQ(role.value(u"permissions"_s).toArray(), list({u"customer.read"_s}));
    EXPECT_EQ(outcome.effects.endUserSessions, std::vector<qint64>{agent->userId});
    EXPECT_FALSE(h().sessionFor(u"kate"_s)->can(u"customer.write"_s));

    expectError(h().call(m_admin, u"admin.role.update"_s,
                         {{u"code"_s, u"agent"_s}, {u"version"_s, 1}, {u"permissions"_s, list({u"customer.write"_s})}}),
                ErrorCode::Conflict);
    expectError(h().call(m_admin, u"admin.role.update"_s,
                         {{u"code"_s, u"agent"_s}, {u"version"_s, 2}, {u"permissions"_s, list({u"fly"_s})}}),
                ErrorCode::Validation, "permissions");
    expectError(h().call(m_admin, u"admin.role.update"_s,
                         {{u"code"_s, u"admin"_s}, {u"version"_s, 1}, {u"permissions"_s, list({u"admin.roles"_s})}}),
                ErrorCode::Validation, "permissions");
    expectError(h().call(m_admin, u"admin.role.update"_s,
                         {{u"code"_s, u"ghost"_s}, {u"version"_s, 1}, {u"permissions"_s, list({})}}),
                ErrorCode::NotFound);
    expectError(h().call(agent, u"admin.role.list"_s), ErrorCode::PermissionDenied);
    // The refused update left the admin role every admin.* permission (as many as migrations define).
    EXPECT_EQ(scalar("SELECT count(*) FROM role_permission WHERE role_code = 'admin' AND permission_code LIKE 'admin.%'"),
              scalar("SELECT count(*) FROM permission WHERE code LIKE 'admin.%'"));
    EXPECT_GE(scalar("SELECT count(*) FROM permission WHERE code LIKE 'admin.%'"), 4);
    EXPECT_EQ(audits("role.update"), 1);
}

} // namespace
} // namespace csm::test
