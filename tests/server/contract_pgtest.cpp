// The generic contract every module meets: every op has a handler and a section in
// docs/protocol.md, every prepared statement prepares against the migrated schema.
#include "common/protocol/op_catalogue.h"
#include "server/app/server_app.h"
#include "server/db/migrator.h"
#include "server/modules/auth/auth_service.h"
#include "server/rpc/module_registry.h"
#include "tests/support/pg_test.h"

#include <QFile>

using namespace csm;

namespace {
class Contract : public test::PgTest {};
} // namespace

TEST_F(Contract, EveryOpHasAHandler)
{
    server::ServerConfig config;
    server::auth::PasswordHasher hasher(1);
    server::auth::AuthService auth(config, hasher);
    server::ModuleRegistry registry;
    server::ServerApp::registerModules(registry, config, auth);
    EXPECT_TRUE(registry.missingHandlers().isEmpty()) << registry.missingHandlers().join(QStringLiteral(", ")).toStdString();
}

TEST_F(Contract, EveryStatementPrepares)
{
    server::ServerConfig config;
    server::auth::PasswordHasher hasher(1);
    server::auth::AuthService auth(config, hasher);
    server::ModuleRegistry registry;
    server::ServerApp::registerModules(registry, config, auth);
    pqxx::connection connection(m_dsn);
    for (const auto& statement : registry.statements()) {
        connection.prepare(statement.name, statement.sql);
        EXPECT_NO_THROW(connection.prepare_now(statement.name)) << statement.name;
    }
}

TEST(ProtocolDocs, EveryOpIsDocumented)
{
    QFile file(QStringLiteral(CSM_SOURCE_DIR "/docs/protocol.md"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << "docs/protocol.md is missing";
    const QString text = QString::fromUtf8(file.readAll());
    for (const auto& op : common::opCatalogue()) {
        const QString heading = QStringLiteral("### `%1`").arg(QString::fromLatin1(op.name));
        EXPECT_TRUE(text.contains(heading)) << "docs/protocol.md has no section " << heading.toStdString();
    }
}

TEST_F(Contract, MigrationsAreRecordedAndCheckedAgainstTheBinary)
{
    pqxx::connection connection(m_dsn);
    EXPECT_EQ(server::db::pendingMigrations(connection), 0);
    std::string original;
    {
        pqxx::work tx(connection);
        original = tx.exec1("SELECT checksum FROM schema_migration WHERE name LIKE 'V0001%'")[0].as<std::string>();
        tx.exec0("UPDATE schema_migration SET checksum = 'tampered' WHERE name LIKE 'V0001%'");
        tx.commit();
    }
    try {
        server::db::pendingMigrations(connection);
        FAIL() << "a changed migration must stop start-up";
    } catch (const server::db::MigrationError& error) {
        EXPECT_NE(std::string(error.what()).find("changed"), std::string::npos);
    }
    {
        pqxx::work tx(connection);
        tx.exec_params0("UPDATE schema_migration SET checksum = $1 WHERE name LIKE 'V0001%'", original);
        tx.exec0("INSERT INTO schema_migration (name, checksum) VALUES ('V9999__future_thing.sql', 'x')");
        tx.commit();
    }
    try {
        server::db::pendingMigrations(connection);
        FAIL() << "a newer database must stop start-up";
    } catch (const server::db::MigrationError& error) {
        EXPECT_NE(std::string(error.what()).find("newer"), std::string::npos);
    }
}
