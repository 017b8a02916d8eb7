#include "tests/support/op_harness.h"
#include "tests/support/pg_test.h"

#include <QCborArray>

using namespace csm;
using common::ErrorCode;

namespace {
class AuthTest : public test::PgTest {
protected:
    void SetUp() override
    {
        PgTest::SetUp();
        server::ServerConfig config;
        config.userFailureLimit = 3;
        config.addressFailureLimit = 6;
        m_harness = std::make_unique<test::OpHarness>(m_dsn, config);
        m_harness->createUser(QStringLiteral("agent"), QStringLiteral("HQ"), {QStringLiteral("agent")},
                              QStringLiteral("right-pass-1"));
    }

    common::Response login(const QString& user, const QString& password, const QString& peer = QStringLiteral("10.0.0.1"))
    {
        return m_harness->call(nullptr, QStringLiteral("auth.login"),
                               QCborMap{{QStringLiteral("username"), user}, {QStringLiteral("password"), password}}, {},
                               peer);
    }

    std::unique_ptr<test::OpHarness> m_harness;
};
} // namespace

TEST_F(AuthTest, LoginReturnsTokenAndSession)
{
    const auto outcome = m_harness->callWithEffects(
        nullptr, QStringLiteral("auth.login"),
        QCborMap{{QStringLiteral("username"), QStringLiteral("agent")}, {QStringLiteral("password"), QStringLiteral("right-pass-1")}});
    ASSERT_TRUE(outcome.response.ok) << outcome.response.error.message.toStdString();
    const QCborMap result = outcome.response.result.toMap();
    const QString token = result.value(QStringLiteral("token")).toString();
    EXPECT_GE(token.size(), 43);   // 256 bits in base64url
    EXPECT_EQ(result.value(QStringLiteral("user")).toMap().value(QStringLiteral("username")).toString(), QStringLiteral("agent"));
    ASSERT_TRUE(outcome.effects.newSession);
    EXPECT_TRUE(outcome.effects.newSession->can(QStringLiteral("customer.read")));
    EXPECT_FALSE(outcome.effects.newSession->can(QStringLiteral("admin.users")));

    // Only the SHA-256 of the token is stored.
    pqxx::nontransaction tx(m_harness->connection());
    const auto row = tx.exec1("SELECT length(token_hash) FROM session WHERE id = " + std::to_string(outcome.effects.newSession->id));
    EXPECT_EQ(row[0].as<int>(), 32);
}

TEST_F(AuthTest, UnknownUserAndWrongPasswordGetTheSameError)
{
    const auto wrong = login(QStringLiteral("agent"), QStringLiteral("nope-nope"));
    const auto unknown = login(QStringLiteral("ghost"), QStringLiteral("nope-nope"));
    ASSERT_FALSE(wrong.ok);
    ASSERT_FALSE(unknown.ok);
    EXPECT_EQ(wrong.error.code, ErrorCode::Unauthenticated);
    EXPECT_EQ(unknown.error.code, wrong.error.code);
    EXPECT_EQ(unknown.error.message, wrong.error.message);
}

TEST_F(AuthTest, ThrottlesPerUserAndKeepsCountersInTheDatabase)
{
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(login(QStringLiteral("agent"), QStringLiteral("bad-pass-1")).error.code, ErrorCode::Unauthenticated);
    // Locked now, even with the right password.
    const auto locked = login(QStringLiteral("agent"), QStringLiteral("right-pass-1"), QStringLiteral("10.0.0.2"));
    EXPECT_EQ(locked.error.code, ErrorCode::RateLimited);
    // A second harness (another server instance) sees the same counters.
    test::OpHarness other(m_dsn, m_harness->config());
    const auto elsewhere = other.call(nullptr, QStringLiteral("auth.login"),
                                      QCborMap{{QStringLiteral("username"), QStringLiteral("agent")},
                                               {QStringLiteral("password"), QStringLiteral("right-pass-1")}},
                                      {}, QStringLiteral("10.0.0.3"));
    EXPECT_EQ(elsewhere.error.code, ErrorCode::RateLimited);
}

TEST_F(AuthTest, ThrottlesPerAddress)
{
    for (int i = 0; i < 6; ++i)
        login(QStringLiteral("user") + QString::number(i), QStringLiteral("whatever-1"), QStringLiteral("10.9.9.9"));
    EXPECT_EQ(login(QStringLiteral("agent"), QStringLiteral("right-pass-1"), QStringLiteral("10.9.9.9")).error.code,
              ErrorCode::RateLimited);
    EXPECT_TRUE(login(QStringLiteral("agent"), QStringLiteral("right-pass-1"), QStringLiteral("10.9.9.8")).ok);
}

TEST_F(AuthTest, SuccessfulLoginResetsUserCounter)
{
    login(QStringLiteral("agent"), QStringLiteral("bad-pass-1"));
    login(QStringLiteral("agent"), QStringLiteral("bad-pass-1"));
    ASSERT_TRUE(login(QStringLiteral("agent"), QStringLiteral("right-pass-1")).ok);
    login(QStringLiteral("agent"), QStringLiteral("bad-pass-1"));
    login(QStringLiteral("agent"), QStringLiteral("bad-pass-1"));
    EXPECT_TRUE(login(QStringLiteral("agent"), QStringLiteral("right-pass-1")).ok);
}

TEST_F(AuthTest, ResumeWithTokenAndNotAfterLogout)
{
    const auto first = login(QStringLiteral("agent"), QStringLiteral("right-pass-1"));
    ASSERT_TRUE(first.ok);
    const QString token = first.result.toMap().value(QStringLiteral("token")).toString();
    const auto resumed = m_harness->callWithEffects(nullptr, QStringLiteral("auth.resume"),
                                                    QCborMap{{QStringLiteral("token"), token}});
    ASSERT_TRUE(resumed.response.ok);
    ASSERT_TRUE(resumed.effects.newSession);

    const auto logout = m_harness->callWithEffects(resumed.effects.newSession, QStringLiteral("auth.logout"));
    ASSERT_TRUE(logout.response.ok);
    EXPECT_TRUE(logout.effects.endSession);
    const auto again = m_harness->call(nullptr, QStringLiteral("auth.resume"), QCborMap{{QStringLiteral("token"), token}});
    EXPECT_EQ(again.error.code, ErrorCode::Unauthenticated);
    const auto garbage = m_harness->call(nullptr, QStringLiteral("auth.resume"),
                                         QCborMap{{QStringLiteral("token"), QStringLiteral("not-a-token")}});
    EXPECT_EQ(garbage.error.code, ErrorCode::Unauthenticated);
}

TEST_F(AuthTest, PasswordChangeEndsOtherSessions)
{
    const auto first = login(QStringLiteral("agent"), QStringLiteral("right-pass-1"));
    const auto second = m_harness->callWithEffects(
        nullptr, QStringLiteral("auth.login"),
        QCborMap{{QStringLiteral("username"), QStringLiteral("agent")}, {QStringLiteral("password"), QStringLiteral("right-pass-1")}});
    ASSERT_TRUE(first.ok);
    ASSERT_TRUE(second.response.ok);
    const auto change = m_harness->callWithEffects(
        second.effects.newSession, QStringLiteral("auth.password.change"),
        QCborMap{{QStringLiteral("old_password"), QStringLiteral("right-pass-1")},
                 {QStringLiteral("new_password"), QStringLiteral("new-pass-22")}});
    ASSERT_TRUE(change.response.ok) << change.response.error.message.toStdString();
    EXPECT_EQ(change.effects.keepSessionId, second.effects.newSession->id);
    const QString firstToken = first.result.toMap().value(QStringLiteral("token")).toString();
    EXPECT_EQ(m_harness->call(nullptr, QStringLiteral("auth.resume"), QCborMap{{QStringLiteral("token"), firstToken}}).error.code,
              ErrorCode::Unauthenticated);
    EXPECT_TRUE(login(QStringLiteral("agent"), QStringLiteral("new-pass-22")).ok);
    EXPECT_FALSE(login(QStringLiteral("agent"), QStringLiteral("right-pass-1")).ok);
}

TEST_F(AuthTest, PasswordChangeChecksOldAndNew)
{
    const auto session = m_harness->sessionFor(QStringLiteral("agent"));
    const auto wrongOld = m_harness->call(session, QStringLiteral("auth.password.change"),
                                          QCborMap{{QStringLiteral("old_password"), QStringLiteral("bad-pass-1")},
                                                   {QStringLiteral("new_password"), QStringLiteral("new-pass-22")}});
    EXPECT_EQ(wrongOld.error.code, ErrorCode::Validation);
    EXPECT_TRUE(wrongOld.error.fields.contains(QStringLiteral("old_password")));
    const auto shortNew = m_harness->call(session, QStringLiteral("auth.password.change"),
                                          QCborMap{{QStringLiteral("old_password"), QStringLiteral("right-pass-1")},
                                                   {QStringLiteral("new_password"), QStringLiteral("short")}});
    EXPECT_TRUE(shortNew.error.fields.contains(QStringLiteral("new_password")));
}

TEST_F(AuthTest, InactiveUserCannotLogIn)
{
    pqxx::work tx(m_harness->connection());
    tx.exec0("UPDATE app_user SET active = false WHERE username = 'agent'");
    tx.commit();
    EXPECT_EQ(login(QStringLiteral("agent"), QStringLiteral("right-pass-1")).error.code, ErrorCode::Unauthenticated);
}

TEST_F(AuthTest, MissingAndWrongTypedArgumentsNameTheField)
{
    const auto missing = m_harness->call(nullptr, QStringLiteral("auth.login"), QCborMap{{QStringLiteral("username"), QStringLiteral("agent")}});
    EXPECT_EQ(missing.error.code, ErrorCode::Validation);
    EXPECT_TRUE(missing.error.fields.contains(QStringLiteral("password")));
    const auto typed = m_harness->call(nullptr, QStringLiteral("auth.login"),
                                       QCborMap{{QStringLiteral("username"), 42}, {QStringLiteral("password"), QStringLiteral("x")}});
    EXPECT_TRUE(typed.error.fields.contains(QStringLiteral("username")));
}
