#pragma once
// A private PostgreSQL cluster that csm-server runs under its data directory
// when no database URL is configured; the tests use the same class for their
// throw-away cluster.
//
// Layout (dataDir = EmbeddedPostgresOptions::dataDir):
//   dataDir/pgdata                  the cluster (initdb on first start)
//   dataDir/pgdata/csm.conf         our settings, rewritten on every start and
//                                   included at the end of postgresql.conf
//   dataDir/pgdata/log/server.log   server log (pg_ctl -l)
//   dataDir/run                     Unix socket directory, or /tmp/csm-pg-<hash>
//                                   when that path would exceed the 107-byte limit
//   dataDir/pgdata.owner            start/stop lock (flock) and the pid of the
//                                   process that owns the running server
//
// The server only listens on its private Unix socket (no TCP). When the process
// runs as root, the cluster runs as the "postgres" system user (runuser).
#include <QString>

#include <string>
#include <vector>

#include <sys/types.h>

namespace csm::server::db {

struct EmbeddedPostgresOptions {
    QString dataDir;           // the server's data dir; the cluster lives in dataDir + "/pgdata"
    bool durable = true;       // false for tests: fsync=off, synchronous_commit=off, full_page_writes=off
    QString superuser = "csm"; // initdb -U
    std::string sharedBuffers = "128MB";   // shared_buffers (a PostgreSQL size, checked by the caller)
};

class EmbeddedPostgres {
public:
    static constexpr int kPort = 5432; // the socket directory is private, so a fixed port is fine

    // Computes the paths only; does not touch the file system. Throws
    // std::runtime_error when dataDir or superuser is empty.
    explicit EmbeddedPostgres(EmbeddedPostgresOptions options);
    // stop() if this object started (or took over) the server; never throws.
    ~EmbeddedPostgres();

    EmbeddedPostgres(const EmbeddedPostgres&) = delete;
    EmbeddedPostgres& operator=(const EmbeddedPostgres&) = delete;

    // initdb if the cluster does not exist yet, then start the server and wait
    // until it accepts connections. A server left running by a crashed process
    // is taken over (and stopped by this object later); a stale postmaster.pid
    // is removed. When another live process already runs this cluster, it is
    // shared and not stopped by this object. Throws std::runtime_error with an
    // actionable message (including the server log tail when the start fails).
    void start();
    // pg_ctl stop -m fast (falls back to -m immediate) and waits. No-op when
    // the server is not running. Throws std::runtime_error if it cannot stop it.
    void stop();
    // True while a postmaster runs on this cluster (checks postmaster.pid and
    // that process, not a flag).
    bool isRunning() const;

    // libpq keyword form: "host=<socketdir> port=<port> user=<superuser> dbname=<database>".
    std::string connectionString(const std::string& database) const;
    // CREATE DATABASE if missing (connects to "postgres"). Requires a running server.
    void ensureDatabase(const std::string& database);

    // Paths and state, for diagnostics and the test support.
    const std::string& pgDataDir() const { return m_pgData; }
    const std::string& socketDirectory() const { return m_socketDir; }
    const std::string& logFile() const { return m_logFile; }
    pid_t serverPid() const; // postmaster pid, 0 when not running
    bool ownsServer() const { return m_ownsServer; }

private:
    class OwnerLock;

    void resolveBinaries();
    std::vector<std::string> toolCommand(const std::string& tool,
                                         const std::vector<std::string>& args) const;
    void prepareDirectories();
    void initCluster();
    void writeConfig();
    bool adoptRunningServer(OwnerLock& lock);
    void launchServer();
    void waitUntilAcceptingConnections(int timeoutMs, long long logOffset) const;
    void stopServer();

    EmbeddedPostgresOptions m_options;
    std::string m_dataDir;
    std::string m_pgData;
    std::string m_socketDir;
    std::string m_logFile;
    std::string m_ownerFile;
    std::string m_superuser;
    std::string m_binDir;
    bool m_asRoot = false;     // run the PostgreSQL tools as the postgres user
    bool m_ownsServer = false; // this object started or took over the server
    pid_t m_ownerPid = 0;      // process that set m_ownsServer (fork safety)
};

} // namespace csm::server::db
