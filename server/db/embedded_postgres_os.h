#pragma once
// Operating-system helpers of the embedded PostgreSQL: running the server tools without a
// shell, the postgres system account, postmaster.pid, files and libpq/config quoting.
#include <optional>
#include <string>
#include <vector>

#include <sys/types.h>

namespace csm::server::db::pgos {

inline constexpr const char* kPostgresUser = "postgres";

struct ProcessResult {
    int exitCode = -1; // -1: killed by a signal or timed out
    bool timedOut = false;
    std::string output; // stdout and stderr, interleaved
};

struct PostgresAccount {
    uid_t uid = 0;
    gid_t gid = 0;
    std::vector<gid_t> groups;
};

struct PidFileInfo {
    pid_t pid = 0;
    int port = 0;
    std::string socketDir;
    std::string status; // "starting", "ready", "stopping", "standby"
};

[[noreturn]] void fail(const std::string& message);
std::string errnoText(int error);
std::string trim(std::string text);
std::string indent(const std::string& text);
std::optional<std::string> readSmallFile(const std::string& path);
void writeFileAtomically(const std::string& path, const std::string& content, mode_t mode);
std::vector<std::string> childEnvironment();
std::vector<char*> toCharPointers(std::vector<std::string>& strings);
ProcessResult runProcess(std::vector<std::string> argv, int timeoutMs, bool searchPath = false);
PostgresAccount postgresAccount();
std::string userName(uid_t uid);
std::string runuserPath();
void changeOwner(const std::string& path, const PostgresAccount& account);
void changeOwnerRecursively(const std::string& root, const PostgresAccount& account);
std::string modeText(mode_t mode);
void checkTraversableByPostgres(const std::string& dir, const PostgresAccount& account);
std::optional<PidFileInfo> readPidFile(const std::string& pgData);
bool processAlive(pid_t pid);
bool isPostgresProcess(pid_t pid);
void removeStaleSocketLock(const std::string& socketDir, int port);
long long fileSize(const std::string& path);
std::string readLogTail(const std::string& logFile, long long fromOffset);
std::string conninfoValue(const std::string& value);
std::string configString(const std::string& value);
int versionKey(const std::string& name);
bool hasServerBinaries(const std::string& dir);

} // namespace csm::server::db::pgos
