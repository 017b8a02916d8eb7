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

namespace csm::server::db::pgos {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr const char* kErrorPrefix = "Embedded PostgreSQL: ";
constexpr std::size_t kMaxCapturedOutput = 64 * 1024;
constexpr std::size_t kLogTailBytes = 4096;

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
ProcessResult runProcess(std::vector<std::string> argv, int timeoutMs, bool searchPath)
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

} // namespace csm::server::db::pgos
