#pragma once
// RAII temporary directory for tests: created with mkdtemp under $TMPDIR (or
// /tmp), removed recursively by the destructor.
#include <QString>

#include <string>

#include <sys/types.h>

namespace csm::test {

enum class TempDirOwner {
    CurrentUser,
    // When the process runs as root, chown the directory to the "postgres"
    // system user so an EmbeddedPostgres cluster can live inside it.
    PostgresWhenRoot,
};

class TempDir {
public:
    // Throws std::runtime_error when the directory cannot be created (or the
    // postgres user is missing while running as root with PostgresWhenRoot).
    explicit TempDir(const std::string& prefix = "csm-test",
                     TempDirOwner owner = TempDirOwner::CurrentUser);
    ~TempDir(); // remove(); never throws; does nothing in a fork()ed child

    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::string& path() const noexcept { return m_path; }
    QString qPath() const { return QString::fromStdString(m_path); }
    std::string filePath(const std::string& relative) const { return m_path + "/" + relative; }

    void keep() noexcept { m_keep = true; } // leave it on disk (debugging)
    void remove() noexcept;                 // recursive removal now; idempotent (path() stays)

private:
    std::string m_path;
    pid_t m_creatorPid = 0;
    bool m_keep = false;
    bool m_removed = false;
};

} // namespace csm::test
