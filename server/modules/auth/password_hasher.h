#pragma once
// argon2id password hashes (libsodium), with a cap on how many run at once: each takes
// ~64 MiB and ~90 ms, so a login flood must queue here rather than exhaust memory.
#include <QString>

#include <condition_variable>
#include <mutex>
#include <string>

namespace csm::server::auth {

class PasswordHasher {
public:
    explicit PasswordHasher(int maxConcurrent);

    std::string hash(const QString& password);
    bool verify(const std::string& storedHash, const QString& password);
    // Verifies against a hash of a random password: the same work as a real verify, so an
    // unknown user costs the same time as a wrong password.
    void verifyDummy(const QString& password);

    // Minimum rules for a new password; returns an empty string when acceptable.
    static QString checkNewPassword(const QString& password);

private:
    class Slot;
    std::mutex m_mutex;
    std::condition_variable m_released;
    int m_available;
    std::string m_dummyHash;
};

} // namespace csm::server::auth
