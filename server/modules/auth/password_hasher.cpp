#include "server/modules/auth/password_hasher.h"

#include <sodium.h>

#include <stdexcept>

namespace csm::server::auth {

class PasswordHasher::Slot {
public:
    explicit Slot(PasswordHasher& hasher) : m_hasher(hasher)
    {
        std::unique_lock lock(m_hasher.m_mutex);
        m_hasher.m_released.wait(lock, [this] { return m_hasher.m_available > 0; });
        --m_hasher.m_available;
    }
    ~Slot()
    {
        {
            std::lock_guard lock(m_hasher.m_mutex);
            ++m_hasher.m_available;
        }
        m_hasher.m_released.notify_one();
    }

private:
    PasswordHasher& m_hasher;
};

PasswordHasher::PasswordHasher(int maxConcurrent)
    : m_available(maxConcurrent)
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
    unsigned char random[32];
    randombytes_buf(random, sizeof random);
    m_dummyHash = hash(QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(random), sizeof random).toHex()));
}

std::string PasswordHasher::hash(const QString& password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    Slot slot(*this);
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return out;
}

bool PasswordHasher::verify(const std::string& storedHash, const QString& password)
{
    const QByteArray utf8 = password.toUtf8();
    Slot slot(*this);
    return crypto_pwhash_str_verify(storedHash.c_str(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

void PasswordHasher::verifyDummy(const QString& password)
{
    (void)verify(m_dummyHash, password);
}

QString PasswordHasher::checkNewPassword(const QString& password)
{
    if (password.size() < 8)
        return QStringLiteral("must be at least 8 characters");
    if (password.size() > 128)
        return QStringLiteral("must be at most 128 characters");
    return {};
}

} // namespace csm::server::auth
