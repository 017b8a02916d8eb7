// Sends every op of the catalogue as every role (and unauthenticated) and compares the
// outcome of the permission check with the checked-in matrix permission_matrix.txt.
//   A  allowed: the op got past the permission check (its answer may still be a validation error)
//   D  permission_denied
//   U  unauthenticated
// An op missing from the matrix fails. CSM_WRITE_MATRIX=1 prints the observed matrix.
#include "common/protocol/op_catalogue.h"
#include "tests/support/op_harness.h"
#include "tests/support/pg_test.h"

#include <QFile>
#include <QTextStream>

#include <iostream>
#include <map>

using namespace csm;

namespace {
const QStringList kRoles = {QStringLiteral("agent"),    QStringLiteral("survey_agent"), QStringLiteral("supervisor"),
                            QStringLiteral("service_point"), QStringLiteral("technician"), QStringLiteral("warehouse"),
                            QStringLiteral("finance"),  QStringLiteral("manager"),      QStringLiteral("admin"),
                            QStringLiteral("knowledge_editor")};

std::map<QString, QString> readMatrix()
{
    QFile file(QStringLiteral(CSM_SOURCE_DIR "/tests/server/permission_matrix.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    std::map<QString, QString> rows;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        rows[parts.first()] = parts.mid(1).join(QString());
    }
    return rows;
}

char outcomeLetter(const common::Response& response)
{
    if (!response.ok && response.error.code == common::ErrorCode::PermissionDenied)
        return 'D';
    if (!response.ok && response.error.code == common::ErrorCode::Unauthenticated
        && response.error.message.contains(QStringLiteral("log in first")))
        return 'U';
    return 'A';
}

class PermissionMatrix : public test::PgTest {};
} // namespace

TEST_F(PermissionMatrix, EveryOpAsEveryRoleMatchesTheCheckedInMatrix)
{
    test::OpHarness harness(m_dsn);
    std::vector<server::SessionPtr> sessions{nullptr};
    for (const QString& role : kRoles)
        sessions.push_back(harness.createUser(QStringLiteral("u_") + role, QStringLiteral("HQ"), {role}));

    const auto expected = readMatrix();
    std::map<QString, QString> observed;
    for (const auto& op : common::opCatalogue()) {
        const QString name = QString::fromLatin1(op.name);
        QString row;
        for (const auto& session : sessions) {
            // auth.logout would end the session used for the next ops: check it on a fresh one.
            const auto caller = (session && op.id == common::OpId::AuthLogout) ? harness.sessionFor(session->username) : session;
            row.append(QLatin1Char(outcomeLetter(harness.call(caller, name, QCborMap{}))));
        }
        observed[name] = row;
    }

    if (qEnvironmentVariableIsSet("CSM_WRITE_MATRIX")) {
        std::cout << "# op anonymous " << kRoles.join(QLatin1Char(' ')).toStdString() << "\n";
        for (const auto& [name, row] : observed) {
            std::cout << name.toStdString();
            for (const QChar c : row)
                std::cout << ' ' << c.toLatin1();
            std::cout << '\n';
        }
    }
    for (const auto& [name, row] : observed) {
        const auto it = expected.find(name);
        ASSERT_NE(it, expected.end()) << "op " << name.toStdString() << " is missing from permission_matrix.txt";
        EXPECT_EQ(row.toStdString(), it->second.toStdString())
            << "op " << name.toStdString() << " (columns: anonymous " << kRoles.join(QLatin1Char(' ')).toStdString() << ")";
    }
    for (const auto& [name, row] : expected)
        EXPECT_TRUE(observed.count(name)) << "matrix names an op the catalogue does not have: " << name.toStdString();
}
