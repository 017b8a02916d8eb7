#pragma once
// Applies the SQL migrations (sql/migrations/V*.sql) and the reference data
// (sql/seed/R*.sql) embedded in the binary, each in its own transaction,
// recorded with a SHA-256 checksum in table schema_migration.
#include <pqxx/pqxx>
#include <QString>
#include <QStringList>

namespace csm::server::db {

struct MigrationReport {
    QStringList applied;   // file names applied by this run
    int alreadyApplied = 0;
};

// Throws MigrationError with a clear message when an applied file changed, or when
// the database holds migrations this binary does not know (a newer database).
class MigrationError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

MigrationReport applyMigrations(pqxx::connection& connection);

// Checks without applying anything: throws MigrationError when the database is
// ahead of the binary or a file changed; returns the number of pending files.
int pendingMigrations(pqxx::connection& connection);

} // namespace csm::server::db
