#include "tests/support/temp_dir.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <vector>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace csm::test {
namespace {

std::string tempBase()
{
    const char* tmpdir = std::getenv("TMPDIR");
    struct stat st {};
    if (tmpdir && tmpdir[0] == '/' && ::stat(tmpdir, &st) == 0 && S_ISDIR(st.st_mode))
        return tmpdir;
    return "/tmp";
}

} // namespace

TempDir::TempDir(const std::string& prefix, TempDirOwner owner)
    : m_creatorPid(::getpid())
{
    std::string base = tempBase();
    while (base.size() > 1 && base.back() == '/')
        base.pop_back();
    std::string pattern = base + "/" + prefix + "-XXXXXX";
    std::vector<char> buffer(pattern.begin(), pattern.end());
    buffer.push_back('\0');
    if (!::mkdtemp(buffer.data()))
        throw std::runtime_error("cannot create a temporary directory " + pattern + ": " +
                                 std::strerror(errno));
    m_path = buffer.data();

    if (owner == TempDirOwner::PostgresWhenRoot && ::geteuid() == 0) {
        const passwd* pw = ::getpwnam("postgres");
        if (!pw || ::chown(m_path.c_str(), pw->pw_uid, pw->pw_gid) != 0) {
            const std::string reason = pw ? std::strerror(errno)
                                          : "no 'postgres' user (apt-get install postgresql)";
            remove();
            throw std::runtime_error("cannot hand the temporary directory " + pattern +
                                     " to the postgres user: " + reason);
        }
    }
}

TempDir::~TempDir()
{
    if (!m_keep && ::getpid() == m_creatorPid)
        remove();
}

void TempDir::remove() noexcept
{
    if (m_path.empty() || m_removed)
        return;
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec); // does not follow symlinks
    m_removed = true;
}

} // namespace csm::test
