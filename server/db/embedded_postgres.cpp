#include "server/db/embedded_postgres.h"

#include "server/db/embedded_postgres_os.h"

#include <pqxx/pqxx>

#include <QByteArray>
#include <QCryptographicHash>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <utility>

#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <spawn.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace csm::server::db {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using namespace pgos;

constexpr std::size_t kMaxSocketPathBytes = sizeof(sockaddr_un::sun_path) - 1; // 107
constexpr const char* kConfigFileName = "csm.conf";
constexpr const char* kIncludeLine = "include_if_exists = 'csm.conf'";
constexpr long long kLogRotateBytes = 16LL * 1024 * 1024;
constexpr int kInitdbTimeoutMs = 300'000;
constexpr int kStartWaitSeconds = 120;
constexpr int kStopWaitSeconds = 60;
constexpr int kReadyTimeoutMs = 60'000;
constexpr int kLockTimeoutMs = 300'000;

} // namespace

// ------------------------------------------------------------------ OwnerLock

// flock on dataDir/pgdata.owner serializes start/stop between processes; the
// file holds the pid of the process that owns the running server.
class EmbeddedPostgres::OwnerLock {
public:
    explicit OwnerLock(const std::string& path)
    {
        m_fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (m_fd < 0)
            fail("cannot open " + path + ": " + errnoText(errno));
        const auto deadline = Clock::now() + std::chrono::milliseconds(kLockTimeoutMs);
        while (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
            if (errno != EWOULDBLOCK && errno != EINTR) {
                const int error = errno;
                ::close(m_fd);
                fail("cannot lock " + path + ": " + errnoText(error));
            }
            if (Clock::now() > deadline) {
                ::close(m_fd);
                fail("another process keeps " + path + " locked (it is starting or stopping the "
                     "same cluster); giving up after " + std::to_string(kLockTimeoutMs / 1000) + " s");
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }
    ~OwnerLock() { ::close(m_fd); } // closing releases the flock

    OwnerLock(const OwnerLock&) = delete;
    OwnerLock& operator=(const OwnerLock&) = delete;

    pid_t ownerPid() const
    {
        char buffer[32] = {};
        const ssize_t n = ::pread(m_fd, buffer, sizeof buffer - 1, 0);
        return n > 0 ? static_cast<pid_t>(std::atol(buffer)) : 0;
    }
    void setOwnerPid(pid_t pid)
    {
        const std::string text = pid > 0 ? std::to_string(pid) + "\n" : std::string();
        if (::ftruncate(m_fd, 0) != 0 ||
            ::pwrite(m_fd, text.data(), text.size(), 0) != static_cast<ssize_t>(text.size()))
            fail("cannot write the owner file: " + errnoText(errno));
    }

private:
    int m_fd = -1;
};

// ------------------------------------------------------------------ EmbeddedPostgres

EmbeddedPostgres::EmbeddedPostgres(EmbeddedPostgresOptions options)
    : m_options(std::move(options))
{
    if (m_options.dataDir.trimmed().isEmpty())
        fail("no data directory given");
    m_superuser = m_options.superuser.toStdString();
    if (m_superuser.empty())
        fail("no superuser name given");

    m_dataDir = fs::absolute(fs::path(m_options.dataDir.toStdString())).lexically_normal().string();
    while (m_dataDir.size() > 1 && m_dataDir.back() == '/')
        m_dataDir.pop_back();
    m_pgData = m_dataDir + "/pgdata";
    m_logFile = m_pgData + "/log/server.log";
    m_ownerFile = m_dataDir + "/pgdata.owner";

    const std::string socketSuffix = "/.s.PGSQL." + std::to_string(kPort);
    m_socketDir = m_dataDir + "/run";
    if (m_socketDir.size() + socketSuffix.size() > kMaxSocketPathBytes) {
        const QByteArray key = QByteArray::fromStdString(m_dataDir + ":" + std::to_string(::geteuid()));
        const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16);
        m_socketDir = "/tmp/csm-pg-" + hash.toStdString();
    }
}

EmbeddedPostgres::~EmbeddedPostgres()
{
    if (!m_ownsServer || m_ownerPid != ::getpid())
        return; // not ours, or a fork()ed child (e.g. a gtest death test)
    try {
        stop();
    } catch (...) {
        // never throw from a destructor
    }
}

std::string EmbeddedPostgres::connectionString(const std::string& database) const
{
    return "host=" + conninfoValue(m_socketDir) + " port=" + std::to_string(kPort) +
           " user=" + conninfoValue(m_superuser) + " dbname=" + conninfoValue(database);
}

pid_t EmbeddedPostgres::serverPid() const
{
    const auto info = readPidFile(m_pgData);
    return info && isPostgresProcess(info->pid) ? info->pid : 0;
}

bool EmbeddedPostgres::isRunning() const
{
    return serverPid() != 0;
}

std::vector<std::string> EmbeddedPostgres::toolCommand(const std::string& tool,
                                                       const std::vector<std::string>& args) const
{
    std::vector<std::string> argv;
    if (m_asRoot)
        argv = {runuserPath(), "-u", kPostgresUser, "--"};
    argv.push_back(m_binDir + "/" + tool);
    argv.insert(argv.end(), args.begin(), args.end());
    return argv;
}

void EmbeddedPostgres::resolveBinaries()
{
    std::string clusterVersion;
    if (const auto version = readSmallFile(m_pgData + "/PG_VERSION"))
        clusterVersion = trim(*version);

    std::vector<std::string> candidates;
    if (!clusterVersion.empty())
        candidates.push_back("/usr/lib/postgresql/" + clusterVersion + "/bin");
    const ProcessResult pgConfig = runProcess({"pg_config", "--bindir"}, 30'000, /*searchPath=*/true);
    if (pgConfig.exitCode == 0)
        candidates.push_back(trim(pgConfig.output));
    std::vector<std::pair<int, std::string>> installed;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator("/usr/lib/postgresql", ec)) {
        const int key = versionKey(entry.path().filename().string());
        if (key >= 0)
            installed.emplace_back(key, entry.path().string() + "/bin");
    }
    std::sort(installed.begin(), installed.end(), std::greater<>());
    for (const auto& item : installed)
        candidates.push_back(item.second);

    m_binDir.clear();
    for (const auto& dir : candidates) {
        if (!dir.empty() && hasServerBinaries(dir)) {
            m_binDir = dir;
            break;
        }
    }
    if (m_binDir.empty()) {
        std::string looked;
        for (const auto& dir : candidates)
            looked += (looked.empty() ? "" : ", ") + dir;
        fail("PostgreSQL server binaries not found (need initdb, pg_ctl and postgres; looked in: " +
             (looked.empty() ? std::string("pg_config --bindir, /usr/lib/postgresql/*/bin") : looked) +
             "): apt-get install postgresql");
    }

    if (!clusterVersion.empty()) {
        const ProcessResult version = runProcess({m_binDir + "/pg_ctl", "--version"}, 30'000);
        // "pg_ctl (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)"
        std::string number;
        const auto pos = version.output.find(") ");
        if (pos != std::string::npos)
            number = trim(version.output.substr(pos + 2, version.output.find(' ', pos + 2) - pos - 2));
        if (number != clusterVersion && number.rfind(clusterVersion + ".", 0) != 0)
            fail("the cluster in " + m_pgData + " was created by PostgreSQL " + clusterVersion +
                 " but the binaries in " + m_binDir + " are version " + (number.empty() ? "?" : number) +
                 ". Fix: apt-get install postgresql-" + clusterVersion +
                 ", or upgrade the cluster (pg_upgrade), or move " + m_pgData + " away to start empty.");
    }
}

void EmbeddedPostgres::prepareDirectories()
{
    // pg_ctl embeds -D and -l in a /bin/sh command line inside double quotes.
    for (const std::string* path : {&m_pgData, &m_logFile}) {
        if (path->find_first_of("\"$`\\\n") != std::string::npos)
            fail("the path " + *path + " contains a character PostgreSQL's pg_ctl cannot handle "
                 "(one of \" $ ` \\ or a newline). Fix: choose another data directory.");
    }

    std::optional<PostgresAccount> account;
    if (m_asRoot)
        account = postgresAccount();
    const uid_t clusterUid = account ? account->uid : ::geteuid();

    struct stat st {};
    if (::lstat(m_pgData.c_str(), &st) == 0) {
        if (!S_ISDIR(st.st_mode))
            fail(m_pgData + " exists but is not a directory. Fix: move it away.");
        if (st.st_uid != clusterUid) {
            if (account)
                changeOwnerRecursively(m_pgData, *account);
            else
                fail("the cluster directory " + m_pgData + " belongs to " + userName(st.st_uid) +
                     " (for example because csm-server ran as root before), not to " +
                     userName(clusterUid) + ". Fix: run csm-server as root again, or `chown -R " +
                     userName(clusterUid) + " " + m_pgData + " " + m_socketDir + "`.");
        }
    }

    if (::lstat(m_socketDir.c_str(), &st) == 0) {
        const bool ours = m_socketDir.rfind(m_dataDir + "/", 0) == 0;
        if (!S_ISDIR(st.st_mode))
            fail("the socket directory " + m_socketDir + " exists but is not a directory. Fix: remove it.");
        if (st.st_uid != clusterUid) {
            if (account && ours)
                changeOwner(m_socketDir, *account);
            else
                fail("the socket directory " + m_socketDir + " belongs to " + userName(st.st_uid) +
                     ", not to " + userName(clusterUid) + ". Fix: remove it (rm -r " + m_socketDir + ").");
        }
        ::chmod(m_socketDir.c_str(), 0700);
    } else {
        if (::mkdir(m_socketDir.c_str(), 0700) != 0 && errno != EEXIST)
            fail("cannot create the socket directory " + m_socketDir + ": " + errnoText(errno));
        if (account)
            changeOwner(m_socketDir, *account);
    }

    if (account) {
        checkTraversableByPostgres(m_dataDir, *account);
        checkTraversableByPostgres(m_socketDir, *account);
    }
}

void EmbeddedPostgres::initCluster()
{
    if (::access((m_pgData + "/PG_VERSION").c_str(), F_OK) == 0)
        return;

    std::error_code ec;
    if (fs::exists(m_pgData, ec)) {
        if (!fs::is_empty(m_pgData, ec))
            fail(m_pgData + " exists but is not a PostgreSQL cluster (no PG_VERSION). "
                 "Fix: move it away or delete it so csm-server can create a new cluster.");
    } else if (::mkdir(m_pgData.c_str(), 0700) != 0) {
        fail("cannot create " + m_pgData + ": " + errnoText(errno));
    }
    if (m_asRoot)
        changeOwner(m_pgData, postgresAccount());

    std::vector<std::string> args = {"-D", m_pgData, "-E", "UTF8", "--locale=C.UTF-8",
                                     "-U", m_superuser, "--auth=trust"};
    if (!m_options.durable)
        args.push_back("--no-sync");
    const ProcessResult result = runProcess(toolCommand("initdb", args), kInitdbTimeoutMs);
    if (result.exitCode != 0) {
        std::string hint;
        if (result.output.find("locale") != std::string::npos)
            hint = "\nHint: the C.UTF-8 locale must be available (glibc provides it; check `locale -a`).";
        fail("initdb failed" + std::string(result.timedOut ? " (timed out)" : "") + " for " + m_pgData +
             " (exit " + std::to_string(result.exitCode) + "):\n" + indent(result.output) + hint);
    }
}

void EmbeddedPostgres::writeConfig()
{
    std::optional<PostgresAccount> account;
    if (m_asRoot)
        account = postgresAccount();

    const std::string logDir = m_pgData + "/log";
    if (::mkdir(logDir.c_str(), 0700) == 0) {
        if (account)
            changeOwner(logDir, *account);
    } else if (errno != EEXIST) {
        fail("cannot create " + logDir + ": " + errnoText(errno));
    }
    if (fileSize(m_logFile) > kLogRotateBytes)
        ::rename(m_logFile.c_str(), (m_logFile + ".1").c_str());

    std::ostringstream conf;
    conf << "# Written by csm-server on every start; edits are overwritten.\n"
         << "# Included at the end of postgresql.conf; ALTER SYSTEM (postgresql.auto.conf) still wins.\n"
         << "listen_addresses = ''\n"
         << "port = " << kPort << "\n"
         << "unix_socket_directories = " << configString(m_socketDir) << "\n"
         << "max_connections = 200\n"
         << "shared_buffers = " << configString(m_options.sharedBuffers) << "\n";
    if (!m_options.durable) {
        conf << "# Throw-away cluster: speed over crash safety.\n"
             << "fsync = off\n"
             << "synchronous_commit = off\n"
             << "full_page_writes = off\n";
    }
    const std::string confPath = m_pgData + "/" + kConfigFileName;
    writeFileAtomically(confPath, conf.str(), 0600);
    if (account)
        changeOwner(confPath, *account);

    const std::string mainConf = m_pgData + "/postgresql.conf";
    const auto content = readSmallFile(mainConf);
    if (!content)
        fail("cannot read " + mainConf + ": " + errnoText(errno));
    std::istringstream lines(*content);
    for (std::string line; std::getline(lines, line);) {
        if (trim(line) == kIncludeLine)
            return;
    }
    std::ofstream out(mainConf, std::ios::app);
    out << (content->empty() || content->back() == '\n' ? "" : "\n")
        << "\n# Added by csm-server: its settings (csm.conf) override the ones above.\n"
        << kIncludeLine << "\n";
    if (!out)
        fail("cannot append to " + mainConf + ": " + errnoText(errno));
}

// A postmaster is already running on this cluster (a previous csm process
// crashed, or another live process runs it). Returns true when it is usable;
// false after stopping it or removing stale lock files.
bool EmbeddedPostgres::adoptRunningServer(OwnerLock& lock)
{
    const auto info = readPidFile(m_pgData);
    if (!info) {
        removeStaleSocketLock(m_socketDir, kPort);
        return false;
    }
    if (!isPostgresProcess(info->pid)) {
        // Crashed server or reboot: the lock files are stale (the pid may even
        // belong to an unrelated process now, which would block PostgreSQL).
        ::unlink((m_pgData + "/postmaster.pid").c_str());
        removeStaleSocketLock(info->socketDir, info->port);
        removeStaleSocketLock(m_socketDir, kPort);
        return false;
    }

    const pid_t owner = lock.ownerPid();
    const bool ownerAlive = owner == ::getpid() || processAlive(owner);
    const bool reachable = info->socketDir == m_socketDir && info->port == kPort;
    if (!reachable) {
        if (ownerAlive)
            fail("the cluster in " + m_pgData + " is already running (postmaster pid " +
                 std::to_string(info->pid) + ", owner pid " + std::to_string(owner) +
                 ") with socket directory " + info->socketDir + " instead of " + m_socketDir +
                 ". Fix: stop that process, or `pg_ctl stop -D " + m_pgData + "`.");
        stopServer(); // left over with other settings: restart with ours
        removeStaleSocketLock(m_socketDir, kPort);
        return false;
    }

    waitUntilAcceptingConnections(kReadyTimeoutMs, fileSize(m_logFile)); // may still be recovering
    if (ownerAlive) {
        m_ownsServer = false; // shared with its live owner, which will stop it
        return true;
    }
    lock.setOwnerPid(::getpid()); // left by a crashed process: take it over
    m_ownsServer = true;
    m_ownerPid = ::getpid();
    runProcess(toolCommand("pg_ctl", {"reload", "-D", m_pgData, "-s"}), 30'000); // apply csm.conf
    return true;
}

void EmbeddedPostgres::launchServer()
{
    const std::vector<std::string> args = {"start", "-D", m_pgData, "-l", m_logFile,
                                           "-w", "-t", std::to_string(kStartWaitSeconds), "-s"};
    // Right after a crash, orphaned backends of the old server may still hold
    // its shared memory for a moment; PostgreSQL refuses to start until they exit.
    for (int attempt = 1;; ++attempt) {
        const long long logOffset = fileSize(m_logFile);
        const ProcessResult result = runProcess(toolCommand("pg_ctl", args), (kStartWaitSeconds + 30) * 1000);
        if (result.exitCode == 0) {
            waitUntilAcceptingConnections(kReadyTimeoutMs, logOffset);
            return;
        }
        const std::string tail = readLogTail(m_logFile, logOffset);
        if (attempt < 10 && tail.find("pre-existing shared memory block") != std::string::npos) {
            std::this_thread::sleep_for(std::chrono::seconds(1));
            continue;
        }
        if (isRunning())
            stopServer();
        fail("could not start PostgreSQL (" + m_binDir + "/pg_ctl start" +
             (result.timedOut ? ", timed out" : ", exit " + std::to_string(result.exitCode)) +
             ") for " + m_pgData + ".\npg_ctl output:\n" + indent(result.output) +
             "\nServer log " + m_logFile + ":\n" + indent(tail));
    }
}

void EmbeddedPostgres::waitUntilAcceptingConnections(int timeoutMs, long long logOffset) const
{
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    std::string lastError;
    for (;;) {
        try {
            pqxx::connection connection(connectionString("postgres"));
            return;
        } catch (const std::exception& e) {
            lastError = trim(e.what());
        }
        if (Clock::now() > deadline || !isRunning())
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    fail("PostgreSQL in " + m_pgData + " does not accept connections on " + m_socketDir + " (" +
         (isRunning() ? "still not ready" : "server exited") + "): " + lastError + "\nServer log " +
         m_logFile + ":\n" + indent(readLogTail(m_logFile, logOffset)));
}

void EmbeddedPostgres::stopServer()
{
    if (!isRunning())
        return;
    const auto wait = std::to_string(kStopWaitSeconds);
    ProcessResult result = runProcess(
        toolCommand("pg_ctl", {"stop", "-D", m_pgData, "-m", "fast", "-w", "-t", wait, "-s"}),
        (kStopWaitSeconds + 30) * 1000);
    if (!isRunning())
        return;
    result = runProcess(
        toolCommand("pg_ctl", {"stop", "-D", m_pgData, "-m", "immediate", "-w", "-t", wait, "-s"}),
        (kStopWaitSeconds + 30) * 1000);
    if (isRunning())
        fail("could not stop PostgreSQL in " + m_pgData + " (postmaster pid " +
             std::to_string(serverPid()) + "):\n" + indent(result.output));
}

void EmbeddedPostgres::start()
{
    if (m_ownsServer && m_ownerPid == ::getpid() && isRunning())
        return;
    m_ownsServer = false;
    m_asRoot = ::geteuid() == 0;

    std::error_code ec;
    fs::create_directories(m_dataDir, ec);
    if (ec)
        fail("cannot create the data directory " + m_dataDir + ": " + ec.message());

    OwnerLock lock(m_ownerFile);
    resolveBinaries();
    prepareDirectories();
    initCluster();
    writeConfig();
    if (adoptRunningServer(lock))
        return;
    launchServer();
    lock.setOwnerPid(::getpid());
    m_ownsServer = true;
    m_ownerPid = ::getpid();
}

void EmbeddedPostgres::stop()
{
    std::error_code ec;
    if (!fs::exists(m_dataDir, ec))
        return;
    if (m_binDir.empty()) {
        if (!isRunning())
            return;
        resolveBinaries();
    }
    m_asRoot = ::geteuid() == 0;
    OwnerLock lock(m_ownerFile);
    stopServer();
    const pid_t owner = lock.ownerPid();
    if (owner == ::getpid() || !processAlive(owner))
        lock.setOwnerPid(0);
    m_ownsServer = false;
}

void EmbeddedPostgres::ensureDatabase(const std::string& database)
{
    try {
        pqxx::connection connection(connectionString("postgres"));
        pqxx::nontransaction tx(connection);
        if (!tx.exec_params("SELECT 1 FROM pg_database WHERE datname = $1", database).empty())
            return;
        try {
            tx.exec0("CREATE DATABASE " + tx.quote_name(database));
        } catch (const pqxx::sql_error& e) {
            if (e.sqlstate() != "42P04") // duplicate_database: created concurrently
                throw;
        }
    } catch (const std::exception& e) {
        fail("cannot create database \"" + database + "\" in " + m_pgData + ": " + trim(e.what()));
    }
}

} // namespace csm::server::db
