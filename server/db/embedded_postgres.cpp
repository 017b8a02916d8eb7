#include "server/db/embedded_postgres.h"

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

constexpr const char* kErrorPrefix = "Embedded PostgreSQL: ";
constexpr std::size_t kMaxSocketPathBytes = sizeof(sockaddr_un::sun_path) - 1; // 107
constexpr const char* kPostgresUser = "postgres";
constexpr const char* kConfigFileName = "csm.conf";
constexpr const char* kIncludeLine = "include_if_exists = 'csm.conf'";
constexpr long long kLogRotateBytes = 16LL * 1024 * 1024;
constexpr std::size_t kMaxCapturedOutput = 64 * 1024;
constexpr std::size_t kLogTailBytes = 4096;
constexpr int kInitdbTimeoutMs = 300'000;
constexpr int kStartWaitSeconds = 120;
constexpr int kStopWaitSeconds = 60;
constexpr int kReadyTimeoutMs = 60'000;
constexpr int kLockTimeoutMs = 300'000;

[[noreturn]] void fail(const std::string& message)
{
    throw std::runtime_error(kErrorPrefix + message);
}

std::string errnoText(int error)
{
    return std::strerror(error);
}

std::string trim(std::string text)
{
    const auto notSpace = [](unsigned char c) { return !std::isspace(c); };
    text.erase(text.begin(), std::find_if(text.begin(), text.end(), notSpace));
    text.erase(std::find_if(text.rbegin(), text.rend(), notSpace).base(), text.end());
    return text;
}

std::string indent(const std::string& text)
{
    std::string result = "  ";
    for (char c : trim(text)) {
        result += c;
        if (c == '\n')
            result += "  ";
    }
    return result;
}

std::optional<std::string> readSmallFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

void writeFileAtomically(const std::string& path, const std::string& content, mode_t mode)
{
    const std::string temp = path + ".tmp";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << content;
        out.flush();
        if (!out)
            fail("cannot write " + temp + ": " + errnoText(errno));
    }
    ::chmod(temp.c_str(), mode);
    if (::rename(temp.c_str(), path.c_str()) != 0)
        fail("cannot rename " + temp + " to " + path + ": " + errnoText(errno));
}

// ------------------------------------------------------------------ processes

struct ProcessResult {
    int exitCode = -1; // -1: killed by a signal or timed out
    bool timedOut = false;
    std::string output; // stdout and stderr, interleaved
};

std::vector<std::string> childEnvironment()
{
    // PG* variables (PGDATA, PGPORT, PGOPTIONS, ...) would change what the
    // tools do; everything they need is passed explicitly.
    std::vector<std::string> env;
    for (char** entry = environ; entry && *entry; ++entry) {
        if (std::strncmp(*entry, "PG", 2) != 0)
            env.emplace_back(*entry);
    }
    return env;
}

std::vector<char*> toCharPointers(std::vector<std::string>& strings)
{
    std::vector<char*> pointers;
    pointers.reserve(strings.size() + 1);
    for (auto& s : strings)
        pointers.push_back(s.data());
    pointers.push_back(nullptr);
    return pointers;
}

// Runs argv without a shell (posix_spawn), stdin from /dev/null, working
// directory "/" (the postgres user may not be able to enter ours).
ProcessResult runProcess(std::vector<std::string> argv, int timeoutMs, bool searchPath = false)
{
    ProcessResult result;
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        fail("pipe2 failed: " + errnoText(errno));

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 2);
    posix_spawn_file_actions_addchdir_np(&actions, "/");

    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t signalSet;
    sigemptyset(&signalSet);
    posix_spawnattr_setsigmask(&attributes, &signalSet);
    sigaddset(&signalSet, SIGPIPE);
    sigaddset(&signalSet, SIGINT);
    sigaddset(&signalSet, SIGTERM);
    posix_spawnattr_setsigdefault(&attributes, &signalSet);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    std::vector<std::string> env = childEnvironment();
    std::vector<char*> argvPointers = toCharPointers(argv);
    std::vector<char*> envPointers = toCharPointers(env);
    pid_t pid = 0;
    const int spawnError = searchPath
        ? ::posix_spawnp(&pid, argv[0].c_str(), &actions, &attributes, argvPointers.data(), envPointers.data())
        : ::posix_spawn(&pid, argv[0].c_str(), &actions, &attributes, argvPointers.data(), envPointers.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(fds[1]);
    if (spawnError != 0) {
        ::close(fds[0]);
        result.exitCode = 127;
        result.output = "cannot execute " + argv[0] + ": " + errnoText(spawnError);
        return result;
    }

    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    const auto remainingMs = [&] {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        return static_cast<int>(std::max<long long>(0, left.count()));
    };
    char buffer[4096];
    for (;;) {
        pollfd pfd{fds[0], POLLIN, 0};
        const int ready = ::poll(&pfd, 1, remainingMs());
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0) {
            result.timedOut = true;
            break;
        }
        const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        result.output.append(buffer, static_cast<std::size_t>(n));
        if (result.output.size() > kMaxCapturedOutput)
            result.output.erase(0, result.output.size() - kMaxCapturedOutput);
    }
    ::close(fds[0]);

    bool killed = false;
    if (result.timedOut) {
        ::kill(pid, SIGKILL);
        killed = true;
    }
    int status = 0;
    for (;;) {
        const pid_t waited = ::waitpid(pid, &status, killed ? 0 : WNOHANG);
        if (waited == pid)
            break;
        if (waited < 0) {
            if (errno == EINTR)
                continue;
            result.exitCode = -1;
            return result;
        }
        if (remainingMs() == 0) {
            ::kill(pid, SIGKILL);
            killed = true;
            result.timedOut = true;
            continue;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (!result.timedOut && WIFEXITED(status))
        result.exitCode = WEXITSTATUS(status);
    return result;
}

// ------------------------------------------------------------------ users

struct PostgresAccount {
    uid_t uid = 0;
    gid_t gid = 0;
    std::vector<gid_t> groups;
};

PostgresAccount postgresAccount()
{
    const passwd* pw = ::getpwnam(kPostgresUser);
    if (!pw)
        fail("running as root, so PostgreSQL must run as the 'postgres' system user, but that user "
             "does not exist. Fix: apt-get install postgresql (it creates the user), or run "
             "csm-server as a non-root user.");
    PostgresAccount account;
    account.uid = pw->pw_uid;
    account.gid = pw->pw_gid;
    int count = 64;
    account.groups.resize(static_cast<std::size_t>(count));
    if (::getgrouplist(kPostgresUser, pw->pw_gid, account.groups.data(), &count) < 0) {
        account.groups.resize(static_cast<std::size_t>(count));
        ::getgrouplist(kPostgresUser, pw->pw_gid, account.groups.data(), &count);
    }
    account.groups.resize(static_cast<std::size_t>(std::max(count, 0)));
    return account;
}

std::string userName(uid_t uid)
{
    if (const passwd* pw = ::getpwuid(uid))
        return pw->pw_name;
    return "uid " + std::to_string(uid);
}

std::string runuserPath()
{
    for (const char* candidate : {"/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser", "/bin/runuser"}) {
        if (::access(candidate, X_OK) == 0)
            return candidate;
    }
    fail("running as root, so PostgreSQL must be started through runuser, which was not found. "
         "Fix: apt-get install util-linux, or run csm-server as a non-root user.");
}

void changeOwner(const std::string& path, const PostgresAccount& account)
{
    if (::lchown(path.c_str(), account.uid, account.gid) != 0)
        fail("cannot chown " + path + " to postgres: " + errnoText(errno));
}

void changeOwnerRecursively(const std::string& root, const PostgresAccount& account)
{
    changeOwner(root, account);
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec))
        changeOwner(it->path().string(), account);
    if (ec)
        fail("cannot chown " + root + " to postgres: " + ec.message());
}

std::string modeText(mode_t mode)
{
    char text[8];
    std::snprintf(text, sizeof text, "%04o", static_cast<unsigned>(mode & 07777));
    return text;
}

// Every directory from "/" down to `dir` must be searchable by the postgres
// user. Checked with the mode bits and, when they say no, confirmed with
// `runuser -u postgres -- test -x` (ACLs may still allow it).
void checkTraversableByPostgres(const std::string& dir, const PostgresAccount& account)
{
    fs::path current;
    for (const auto& part : fs::path(dir)) {
        current /= part;
        struct stat st {};
        if (::stat(current.c_str(), &st) != 0)
            return; // does not exist yet: created by us for postgres later
        mode_t bit = S_IXOTH;
        if (st.st_uid == account.uid)
            bit = S_IXUSR;
        else if (std::find(account.groups.begin(), account.groups.end(), st.st_gid) != account.groups.end())
            bit = S_IXGRP;
        if (st.st_mode & bit)
            continue;
        const ProcessResult confirm = runProcess(
            {runuserPath(), "-u", kPostgresUser, "--", "/usr/bin/test", "-x", current.string()}, 30'000);
        if (confirm.exitCode == 0)
            continue;
        fail("running as root, so PostgreSQL runs as the 'postgres' user, which cannot enter the "
             "directory " + current.string() + " (owner " + userName(st.st_uid) + ", mode " +
             modeText(st.st_mode) + ") on the way to " + dir +
             ". Fix: use a data directory outside it (for example /var/lib/csm), or allow access "
             "with `chmod o+x " + current.string() + "` (or `setfacl -m u:postgres:x " +
             current.string() + "`), or run csm-server as a non-root user.");
    }
}

// ------------------------------------------------------------------ postmaster.pid

struct PidFileInfo {
    pid_t pid = 0;
    int port = 0;
    std::string socketDir;
    std::string status; // "starting", "ready", "stopping", "standby"
};

std::optional<PidFileInfo> readPidFile(const std::string& pgData)
{
    const auto content = readSmallFile(pgData + "/postmaster.pid");
    if (!content)
        return std::nullopt;
    std::istringstream lines(*content);
    std::vector<std::string> fields;
    for (std::string line; std::getline(lines, line);)
        fields.push_back(trim(line));
    PidFileInfo info;
    try {
        if (fields.size() > 0)
            info.pid = static_cast<pid_t>(std::stol(fields[0]));
        if (fields.size() > 3)
            info.port = std::stoi(fields[3]);
    } catch (const std::exception&) {
        // a torn or garbage file: treated as stale below (pid 0)
    }
    if (fields.size() > 4)
        info.socketDir = fields[4];
    if (fields.size() > 7)
        info.status = fields[7];
    return info;
}

bool processAlive(pid_t pid)
{
    return pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM);
}

// A live process that really is a PostgreSQL server (the pid in a stale lock
// file may have been reused by an unrelated process after a crash or reboot).
bool isPostgresProcess(pid_t pid)
{
    if (!processAlive(pid))
        return false;
    const std::string proc = "/proc/" + std::to_string(pid);
    const auto comm = readSmallFile(proc + "/comm");
    if (!comm)
        return true; // no /proc: trust kill()
    if (trim(*comm) != "postgres")
        return false;
    // A zombie (exited, not yet reaped by its parent) still answers kill(pid, 0).
    const auto stat = readSmallFile(proc + "/stat");
    const auto paren = stat ? stat->rfind(')') : std::string::npos;
    if (paren != std::string::npos && paren + 2 < stat->size()) {
        const char state = (*stat)[paren + 2];
        return state != 'Z' && state != 'X';
    }
    return true;
}

// Socket lock files contain the postmaster pid on their first line.
void removeStaleSocketLock(const std::string& socketDir, int port)
{
    if (socketDir.empty() || port <= 0)
        return;
    const std::string lockFile = socketDir + "/.s.PGSQL." + std::to_string(port) + ".lock";
    const auto content = readSmallFile(lockFile);
    if (!content)
        return;
    pid_t pid = 0;
    try {
        pid = static_cast<pid_t>(std::stol(*content));
    } catch (const std::exception&) {
    }
    if (isPostgresProcess(pid))
        return;
    ::unlink(lockFile.c_str());
    ::unlink((socketDir + "/.s.PGSQL." + std::to_string(port)).c_str());
}

long long fileSize(const std::string& path)
{
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 ? static_cast<long long>(st.st_size) : 0;
}

std::string readLogTail(const std::string& logFile, long long fromOffset)
{
    std::ifstream in(logFile, std::ios::binary);
    if (!in)
        return "(no server log at " + logFile + ")";
    const long long size = fileSize(logFile);
    long long start = std::max(fromOffset, size - static_cast<long long>(kLogTailBytes));
    if (start > size)
        start = 0; // rotated or truncated meanwhile
    in.seekg(start);
    std::string tail((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (start > fromOffset) {
        const auto newline = tail.find('\n');
        if (newline != std::string::npos)
            tail.erase(0, newline + 1);
    }
    tail = trim(tail);
    return tail.empty() ? "(server log " + logFile + " has nothing new)" : tail;
}

std::string conninfoValue(const std::string& value)
{
    const bool plain = !value.empty() && value.find_first_of(" \t\n\r'\\") == std::string::npos;
    if (plain)
        return value;
    std::string quoted = "'";
    for (char c : value) {
        if (c == '\'' || c == '\\')
            quoted += '\\';
        quoted += c;
    }
    return quoted + "'";
}

std::string configString(const std::string& value)
{
    std::string quoted = "'";
    for (char c : value) {
        if (c == '\'')
            quoted += "''";
        else if (c == '\\')
            quoted += "\\\\";
        else
            quoted += c;
    }
    return quoted + "'";
}

int versionKey(const std::string& name)
{
    // "15" -> 1500, "9.6" -> 906; non-numeric -> -1
    try {
        std::size_t pos = 0;
        const int major = std::stoi(name, &pos);
        int minor = 0;
        if (pos < name.size() && name[pos] == '.')
            minor = std::stoi(name.substr(pos + 1));
        else if (pos != name.size())
            return -1;
        return major * 100 + minor;
    } catch (const std::exception&) {
        return -1;
    }
}

bool hasServerBinaries(const std::string& dir)
{
    for (const char* tool : {"initdb", "pg_ctl", "postgres"}) {
        if (::access((dir + "/" + tool).c_str(), X_OK) != 0)
            return false;
    }
    return true;
}

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
         << "shared_buffers = '128MB'\n";
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
