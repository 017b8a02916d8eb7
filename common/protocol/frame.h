#pragma once
// Framing: a 4-byte big-endian length followed by exactly one CBOR map.
#include <QByteArray>
#include <QCborMap>
#include <QString>

namespace csm::common {

inline constexpr qsizetype kDefaultMaxFrameBytes = 4 * 1024 * 1024;
// Applies before a connection has authenticated.
inline constexpr qsizetype kPreAuthMaxFrameBytes = 64 * 1024;
inline constexpr qsizetype kFrameHeaderBytes = 4;

QByteArray encodeFrame(const QCborMap& message);

// Incremental decoder for one byte stream. The size cap is checked from the header,
// before any buffer for the body is reserved.
class FrameReader {
public:
    enum class Status { NeedMore, Frame, Error };

    explicit FrameReader(qsizetype maxFrameBytes = kDefaultMaxFrameBytes);

    void setMaxFrameBytes(qsizetype maxFrameBytes) { m_maxFrameBytes = maxFrameBytes; }
    qsizetype maxFrameBytes() const { return m_maxFrameBytes; }

    void append(const QByteArray& bytes);
    // On Frame, `message` holds the decoded map. On Error, `error` says why; the
    // stream is unusable afterwards (the peer must be disconnected).
    Status next(QCborMap& message, QString& error);
    qsizetype bufferedBytes() const { return m_buffer.size() - m_offset; }

private:
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    qsizetype m_maxFrameBytes;
    bool m_failed = false;
};

} // namespace csm::common
