#include "server/db/migrator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <map>

namespace csm::server::db {
namespace {

struct SqlFile {
    QString name;       // "V0001__admin_org_users_roles.sql"
    QByteArray text;
    QString checksum;
};

// The files embedded in the binary (qt_add_resources in CMakeLists.txt), in apply order:
// every migration, then every reference-data file.
std::vector<SqlFile> embeddedFiles()
{
    std::vector<SqlFile> files;
    for (const QString& folder : {QStringLiteral(":/sql/migrations"), QStringLiteral(":/sql/seed")}) {
        const QString prefix = folder.endsWith(QLatin1String("migrations")) ? QStringLiteral("V")
                                                                            : QStringLiteral("R");
        QDir dir(folder);
        const QStringList names = dir.entryList({prefix + QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString& name : names) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                throw MigrationError("cannot read embedded migration " + name.toStdString());
            SqlFile sql{name, file.readAll(), {}};
            sql.checksum = QString::fromLatin1(
                QCryptographicHash::hash(sql.text, QCryptographicHash::Sha256).toHex());
            files.push_back(std::move(sql));
        }
    }
    return files;
}

void ensureTable(pqxx::connection& connection)
{
    pqxx::work tx(connection);
    tx.exec0("CREATE TABLE IF NOT EXISTS schema_migration ("
             " name text PRIMARY KEY,"
             " checksum text NOT NULL,"
             " applied_at timestamptz NOT NULL DEFAULT now())");
    tx.commit();
}

std::map<QString, QString> appliedFiles(pqxx::connection& connection)
{
    std::map<QString, QString> applied;
    pqxx::nontransaction tx(connection);
    for (const auto& row : tx.exec("SELECT name, checksum FROM schema_migration"))
        applied.emplace(QString::fromStdString(row[0].as<std::string>()),
                        QString::fromStdString(row[1].as<std::string>()));
    return applied;
}

// Throws when the database and the binary disagree; returns the files still to apply.
std::vector<SqlFile> pendingFiles(pqxx::connection& connection)
{
    ensureTable(connection);
    const auto files = embeddedFiles();
    auto applied = appliedFiles(connection);
    std::vector<SqlFile> pending;
    for (const SqlFile& file : files) {
        const auto it = applied.find(file.name);
        if (it == applied.end()) {
            pending.push_back(file);
            continue;
        }
        if (it->second != file.checksum) {
            throw MigrationError(
                "migration " + file.name.toStdString()
                + " was changed after it was applied to this database (checksum differs). Applied "
                  "migrations must never be edited: restore the original file and put the change "
                  "in a new migration.");
        }
        applied.erase(it);
    }
    if (!applied.empty()) {
        throw MigrationError("the database has migration " + applied.begin()->first.toStdString()
                             + " which this csm-server does not know: the database is newer than "
                               "the binary. Run a csm-server at least as new as the one that "
                               "migrated it.");
    }
    return pending;
}

} // namespace

int pendingMigrations(pqxx::connection& connection)
{
    return static_cast<int>(pendingFiles(connection).size());
}

MigrationReport applyMigrations(pqxx::connection& connection)
{
    ensureTable(connection);
    // One migrating process at a time per database.
    {
        pqxx::nontransaction lock(connection);
        lock.exec("SELECT pg_advisory_lock(4242001)");
    }
    MigrationReport report;
    try {
        const auto pending = pendingFiles(connection);
        report.alreadyApplied = static_cast<int>(embeddedFiles().size() - pending.size());
        for (const SqlFile& file : pending) {
            pqxx::work tx(connection);
            try {
                tx.exec(file.text.toStdString());
            } catch (const pqxx::sql_error& error) {
                throw MigrationError("migration " + file.name.toStdString()
                                     + " failed: " + error.what());
            }
            tx.exec_params0("INSERT INTO schema_migration (name, checksum) VALUES ($1, $2)",
                            file.name.toStdString(), file.checksum.toStdString());
            tx.commit();
            report.applied.append(file.name);
        }
    } catch (...) {
        pqxx::nontransaction unlock(connection);
        unlock.exec("SELECT pg_advisory_unlock(4242001)");
        throw;
    }
    pqxx::nontransaction unlock(connection);
    unlock.exec("SELECT pg_advisory_unlock(4242001)");
    return report;
}

} // namespace csm::server::db
