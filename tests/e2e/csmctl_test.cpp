// csmctl as a user runs it: JSON in, JSON out, non-zero exit on an error.
#include "tests/support/op_harness.h"
#include "tests/support/pg_test.h"
#include "tests/support/test_server.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>

using namespace csm;

namespace {
struct CliRun {
    int exitCode = -1;
    QJsonObject json;
    QString stderrText;
};

class Csmctl : public test::PgTest {
protected:
    void SetUp() override
    {
        PgTest::SetUp();
        {
            test::OpHarness harness(m_dsn);
            harness.createUser(QStringLiteral("agent"), QStringLiteral("HQ"), {QStringLiteral("agent")}, QStringLiteral("agent-pass-1"));
        }
        m_server = std::make_unique<test::TestServer>(m_dsn);
    }
    void TearDown() override
    {
        m_server.reset();
        PgTest::TearDown();
    }

    CliRun run(const QStringList& arguments, const QString& password = QStringLiteral("agent-pass-1"))
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CSM_PASSWORD"), password);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CSM_CSMCTL_PATH),
                      QStringList{QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(m_server->port()),
                                  QStringLiteral("--user"), QStringLiteral("agent")} + arguments);
        EXPECT_TRUE(process.waitForFinished(30000));
        CliRun result;
        result.exitCode = process.exitCode();
        result.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        result.stderrText = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    std::unique_ptr<test::TestServer> m_server;
};
} // namespace

TEST_F(Csmctl, CallsAnOpAndPrintsJson)
{
    const CliRun created = run({QStringLiteral("call"), QStringLiteral("customer.create"),
                             QStringLiteral(R"({"name":"孙权","phones":["139 0000 1111"]})")});
    ASSERT_EQ(created.exitCode, 0) << created.stderrText.toStdString();
    EXPECT_EQ(created.json.value(QStringLiteral("name")).toString(), QStringLiteral("孙权"));
    EXPECT_EQ(created.json.value(QStringLiteral("version")).toInt(), 1);

    const CliRun found = run({QStringLiteral("call"), QStringLiteral("customer.search"), QStringLiteral(R"({"phone":"13900001111"})")});
    ASSERT_EQ(found.exitCode, 0);
    EXPECT_EQ(found.json.value(QStringLiteral("items")).toArray().size(), 1);
}

TEST_F(Csmctl, ErrorsExitNonZeroWithTheErrorAsJson)
{
    const CliRun invalid = run({QStringLiteral("call"), QStringLiteral("customer.create"), QStringLiteral(R"({"name":""})")});
    EXPECT_EQ(invalid.exitCode, 1);
    EXPECT_EQ(invalid.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("validation"));

    const CliRun badLogin = run({QStringLiteral("call"), QStringLiteral("customer.get"), QStringLiteral(R"({"id":1})")},
                             QStringLiteral("wrong-password"));
    EXPECT_EQ(badLogin.exitCode, 1);
    EXPECT_EQ(badLogin.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("unauthenticated"));

    const CliRun badJson = run({QStringLiteral("call"), QStringLiteral("customer.get"), QStringLiteral("{not json")});
    EXPECT_EQ(badJson.exitCode, 2);
}
