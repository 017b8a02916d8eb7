#include "common/protocol/frame.h"

#include <QCborValue>
#include <QtEndian>

namespace csm::common {

QByteArray encodeFrame(const QCborMap& message)
{
    const QByteArray body = message.toCborValue().toCbor();
    QByteArray frame;
    frame.resize(kFrameHeaderBytes + body.size());
    qToBigEndian<quint32>(static_cast<quint32>(body.size()), frame.data());
    std::copy(body.begin(), body.end(), frame.begin() + kFrameHeaderBytes);
    return frame;
}

FrameReader::FrameReader(qsizetype maxFrameBytes)
    : m_maxFrameBytes(maxFrameBytes)
{
}

void FrameReader::append(const QByteArray& bytes)
{
    if (m_failed)
        return;
    // Compact consumed bytes before growing the buffer.
    if (m_offset > 0 && m_offset == m_buffer.size()) {
        m_buffer.clear();
        m_offset = 0;
    } else if (m_offset > 64 * 1024) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    m_buffer.append(bytes);
}

FrameReader::Status FrameReader::next(QCborMap& message, QString& error)
{
    if (m_failed) {
        error = QStringLiteral("stream already failed");
        return Status::Error;
    }
    const qsizetype available = m_buffer.size() - m_offset;
    if (available < kFrameHeaderBytes)
        return Status::NeedMore;
    const auto length = qFromBigEndian<quint32>(m_buffer.constData() + m_offset);
    if (length == 0 || static_cast<qint64>(length) > m_maxFrameBytes) {
        m_failed = true;
        error = QStringLiteral("frame of %1 bytes exceeds the limit of %2 bytes")
                    .arg(length)
                    .arg(m_maxFrameBytes);
        if (length == 0)
            error = QStringLiteral("empty frame");
        return Status::Error;
    }
    if (available - kFrameHeaderBytes < static_cast<qsizetype>(length))
        return Status::NeedMore;

    const QByteArray body = m_buffer.mid(m_offset + kFrameHeaderBytes, length);
    m_offset += kFrameHeaderBytes + length;

    QCborParserError parseError;
    const QCborValue value = QCborValue::fromCbor(body, &parseError);
    if (parseError.error != QCborError::NoError) {
        m_failed = true;
        error = QStringLiteral("invalid CBOR: %1").arg(parseError.errorString());
        return Status::Error;
    }
    if (parseError.offset != body.size()) {
        m_failed = true;
        error = QStringLiteral("trailing bytes after the CBOR item");
        return Status::Error;
    }
    if (!value.isMap()) {
        m_failed = true;
        error = QStringLiteral("a frame must hold a CBOR map");
        return Status::Error;
    }
    message = value.toMap();
    return Status::Frame;
}

} // namespace csm::common
