#include "common/cti/ami_parser.h"

#include <QStringDecoder>

#include <utility>

namespace csm::common::cti {

namespace {

constexpr qsizetype kPreviewChars = 60;

// Decodes UTF-8, replacing invalid sequences with U+FFFD. `valid` says whether any were.
QString decodeUtf8(QByteArrayView bytes, bool& valid)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    valid = !decoder.hasError();
    return text;
}

// A short, single-line, printable rendering of a garbage line for a log note.
QString preview(QByteArrayView bytes)
{
    bool valid = true;
    QString text = decodeUtf8(bytes.first(qMin(bytes.size(), kPreviewChars * 4)), valid);
    QString out;
    for (const QChar ch : std::as_const(text)) {
        if (out.size() >= kPreviewChars) {
            out += QStringLiteral("...");
            break;
        }
        out += (ch.unicode() < 0x20 || ch.unicode() == 0x7f) ? QChar(u'?') : ch;
    }
    return out;
}

bool isBlank(char c) { return c == ' ' || c == '\t'; }

QByteArrayView trimmed(QByteArrayView bytes)
{
    while (!bytes.isEmpty() && isBlank(bytes.front()))
        bytes = bytes.sliced(1);
    while (!bytes.isEmpty() && (isBlank(bytes.back()) || bytes.back() == '\r'))
        bytes.chop(1);
    return bytes;
}

QString stripLineBreaks(QString text)
{
    text.remove(u'\r');
    text.remove(u'\n');
    return text;
}

} // namespace

QString AmiMessage::value(const QString& key) const
{
    for (const auto& field : fields) {
        if (field.first.compare(key, Qt::CaseInsensitive) == 0)
            return field.second;
    }
    return QString();
}

QStringList AmiMessage::values(const QString& key) const
{
    QStringList result;
    for (const auto& field : fields) {
        if (field.first.compare(key, Qt::CaseInsensitive) == 0)
            result.append(field.second);
    }
    return result;
}

bool AmiMessage::contains(const QString& key) const
{
    for (const auto& field : fields) {
        if (field.first.compare(key, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

AmiParser::AmiParser(qsizetype maxLineBytes, int maxFieldsPerMessage)
    : m_maxLineBytes(qMax<qsizetype>(1, maxLineBytes))
    , m_maxFields(qMax(1, maxFieldsPerMessage))
{
}

void AmiParser::feed(QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        const qsizetype newline = bytes.indexOf('\n');
        const QByteArrayView part = newline < 0 ? bytes : bytes.first(newline);

        if (m_discardingLine) {
            m_discardedBytes += part.size();
            if (!part.isEmpty())
                m_discardEndsWithCr = part.back() == '\r';
        } else if (m_line.size() + part.size() > m_maxLineBytes + 1) {
            // +1: a trailing CR belongs to the terminator, so it may still be followed by LF.
            m_discardingLine = true;
            m_discardedBytes = m_line.size() + part.size();
            m_discardEndsWithCr = part.isEmpty() ? m_line.endsWith('\r') : part.back() == '\r';
            m_line.clear();
        } else {
            m_line.append(part);
        }

        if (newline < 0)
            return;
        bytes = bytes.sliced(newline + 1);

        ++m_lineNumber;
        if (m_discardingLine) {
            note(QStringLiteral("line %1: discarded over-long line (%2 bytes, limit %3)")
                     .arg(m_lineNumber)
                     .arg(m_discardedBytes - (m_discardEndsWithCr ? 1 : 0))
                     .arg(m_maxLineBytes));
            m_discardingLine = false;
            m_discardEndsWithCr = false;
            m_discardedBytes = 0;
            // An over-long first line still takes the banner's place.
            m_expectBanner = false;
            continue;
        }
        QByteArray line = std::exchange(m_line, QByteArray());
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > m_maxLineBytes) {
            note(QStringLiteral("line %1: discarded over-long line (%2 bytes, limit %3)")
                     .arg(m_lineNumber)
                     .arg(line.size())
                     .arg(m_maxLineBytes));
            m_expectBanner = false;
            continue;
        }
        consumeLine(line);
    }
}

void AmiParser::consumeLine(QByteArrayView line)
{
    const QByteArrayView content = trimmed(line);

    if (m_expectBanner) {
        if (content.isEmpty())
            return; // stray blank lines before the banner
        m_expectBanner = false;
        if (!content.contains(':')) {
            bool valid = true;
            m_banner = decodeUtf8(content, valid);
            if (!valid)
                note(QStringLiteral("line %1: invalid UTF-8 in banner replaced").arg(m_lineNumber));
            return;
        }
        note(QStringLiteral("line %1: no banner line; parsing the stream from its first line")
                 .arg(m_lineNumber));
    }

    if (content.isEmpty()) {
        finishMessage();
        return;
    }
    if (m_droppingMessage)
        return;

    const qsizetype colon = content.indexOf(':');
    if (colon < 0) {
        note(QStringLiteral("line %1: skipped line without a colon: \"%2\"")
                 .arg(m_lineNumber)
                 .arg(preview(content)));
        return;
    }
    const QByteArrayView keyBytes = trimmed(content.first(colon));
    if (keyBytes.isEmpty()) {
        note(QStringLiteral("line %1: skipped line with an empty key: \"%2\"")
                 .arg(m_lineNumber)
                 .arg(preview(content)));
        return;
    }
    if (m_fields.size() >= m_maxFields) {
        const AmiMessage partial{m_fields};
        const QString kind = partial.isEvent() ? QStringLiteral("Event: ") + partial.eventName()
            : partial.isResponse()             ? QStringLiteral("Response: ") + partial.value(QStringLiteral("Response"))
                                               : QStringLiteral("unknown kind");
        note(QStringLiteral("line %1: dropped a message with more than %2 fields (%3)")
                 .arg(m_lineNumber)
                 .arg(m_maxFields)
                 .arg(kind));
        m_fields.clear();
        m_droppingMessage = true;
        return;
    }

    bool keyValid = true;
    bool valueValid = true;
    QString key = decodeUtf8(keyBytes, keyValid);
    QString value = decodeUtf8(trimmed(content.sliced(colon + 1)), valueValid);
    if (!keyValid || !valueValid) {
        note(QStringLiteral("line %1: invalid UTF-8 in field \"%2\" replaced")
                 .arg(m_lineNumber)
                 .arg(preview(keyBytes)));
    }
    m_fields.append(qMakePair(std::move(key), std::move(value)));
}

void AmiParser::finishMessage()
{
    if (m_droppingMessage) {
        m_droppingMessage = false;
        return;
    }
    if (m_fields.isEmpty())
        return; // stray blank line
    AmiMessage message;
    message.fields = std::exchange(m_fields, {});
    m_ready.push_back(std::move(message));
}

std::optional<AmiMessage> AmiParser::next()
{
    if (m_ready.empty())
        return std::nullopt;
    AmiMessage message = std::move(m_ready.front());
    m_ready.pop_front();
    return message;
}

QStringList AmiParser::takeProblems()
{
    if (m_suppressedProblems > 0) {
        m_problems.append(QStringLiteral("%1 further problems not listed").arg(m_suppressedProblems));
        m_suppressedProblems = 0;
    }
    return std::exchange(m_problems, QStringList());
}

void AmiParser::reset()
{
    if (!m_fields.isEmpty() || !m_line.isEmpty() || m_discardingLine || m_droppingMessage) {
        note(QStringLiteral("reset: discarded an incomplete message (%1 fields and %2 bytes of an unterminated line)")
                 .arg(m_fields.size())
                 .arg(m_discardingLine ? m_discardedBytes : m_line.size()));
    }
    m_line.clear();
    m_discardingLine = false;
    m_discardedBytes = 0;
    m_discardEndsWithCr = false;
    m_expectBanner = true;
    m_banner.clear();
    m_fields.clear();
    m_droppingMessage = false;
    m_lineNumber = 0;
    m_ready.clear();
}

void AmiParser::note(QString problem)
{
    if (m_problems.size() >= kMaxProblems) {
        ++m_suppressedProblems;
        return;
    }
    m_problems.append(std::move(problem));
}

QByteArray encodeAmiAction(const QString& action, const QList<QPair<QString, QString>>& fields,
                           const QString& actionId)
{
    QString text;
    text += QStringLiteral("Action: ") + stripLineBreaks(action) + QStringLiteral("\r\n");
    const QString id = stripLineBreaks(actionId);
    if (!id.isEmpty())
        text += QStringLiteral("ActionID: ") + id + QStringLiteral("\r\n");
    for (const auto& field : fields) {
        QString key = stripLineBreaks(field.first);
        key.remove(u':');
        key = key.trimmed();
        if (key.isEmpty())
            continue;
        text += key + QStringLiteral(": ") + stripLineBreaks(field.second) + QStringLiteral("\r\n");
    }
    text += QStringLiteral("\r\n");
    return text.toUtf8();
}

} // namespace csm::common::cti
