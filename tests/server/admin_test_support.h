#pragma once
// Shared fixture of the admin module's tests: a fresh database, the op harness and an
// administrator at HQ.
#include "tests/support/op_harness.h"
#include "tests/support/pg_test.h"

#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include <QCborArray>
#include <QCborMap>

#include <memory>

namespace csm::test {

class AdminOpsTest : public PgTest {
protected:
    void SetUp() override
    {
        PgTest::SetUp();
        if (HasFatalFailure())
            return;
        m_harness = std::make_unique<OpHarness>(m_dsn);
        m_admin = m_harness->createUser(QStringLiteral("adm"), QStringLiteral("HQ"), {QStringLiteral("admin")});
    }

    void TearDown() override
    {
        m_harness.reset();
        PgTest::TearDown();
    }

    OpHarness& h() { return *m_harness; }

    common::Response call(const server::SessionPtr& session, const char* op, const QCborMap& args = {})
    {
        return m_harness->call(session, QString::fromLatin1(op), args);
    }

    // The result map of a successful reply; a test failure (with the error) otherwise.
    static QCborMap ok(const common::Response& response)
    {
        EXPECT_TRUE(response.ok) << common::errorCodeName(response.error.code).toStdString() << ": "
                                 << response.error.message.toStdString();
        return response.result.toMap();
    }

    static void expectError(const common::Response& response, common::ErrorCode code, const char* field = nullptr)
    {
        ASSERT_FALSE(response.ok) << "expected " << common::errorCodeName(code).toStdString();
        EXPECT_EQ(common::errorCodeName(response.error.code), common::errorCodeName(code))
            << response.error.message.toStdString();
        if (field) {
            EXPECT_TRUE(response.error.fields.contains(QString::fromLatin1(field)))
                << "fields: " << QStringList(response.error.fields.keys()).join(QLatin1Char(',')).toStdString()
                << " message: " << response.error.message.toStdString();
        }
    }

    qint64 scalar(const std::string& sql)
    {
        pqxx::nontransaction tx(m_harness->connection());
        return tx.exec1(sql)[0].as<qint64>();
    }

    static QCborArray list(const QStringList& items) { return QCborArray::fromStringList(items); }

    static QString str(const char* text) { return QString::fromUtf8(text); }

    std::unique_ptr<OpHarness> m_harness;
    server::SessionPtr m_admin;
};

} // namespace csm::test
