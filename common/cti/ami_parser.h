#pragma once
// Parser for the Asterisk Manager Interface (AMI) wire format. No network code:
// the CTI adapter feeds it whatever bytes arrive on the socket and pulls messages out.
//
// Wire format: one banner line ("Asterisk Call Manager/X.Y.Z"), then messages made of
// "Key: Value" lines, each message terminated by an empty line. Lines end with CRLF,
// a bare LF is accepted too. Keys may repeat (ChanVariable, Output, ...); values may
// contain colons (only the first colon splits).
#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <deque>
#include <optional>

namespace csm::common::cti {

struct AmiMessage {
    // In wire order, repeated keys kept. Keys and values are trimmed of surrounding
    // whitespace; keys keep their wire spelling.
    QList<QPair<QString, QString>> fields;

    // The first value for `key` (compared case-insensitively), or a null QString.
    QString value(const QString& key) const;
    // Every value for `key`, in wire order.
    QStringList values(const QString& key) const;
    bool contains(const QString& key) const;

    bool isEvent() const { return contains(QStringLiteral("Event")); }
    QString eventName() const { return value(QStringLiteral("Event")); }
    bool isResponse() const { return contains(QStringLiteral("Response")); }
    QString actionId() const { return value(QStringLiteral("ActionID")); }
};

// Incremental parser for one AMI connection. Never throws and never gives up: garbage
// is skipped and described in takeProblems(), so one bad line costs at most one message.
class AmiParser {
public:
    inline static constexpr int kMaxProblems = 100;

    // maxLineBytes: longest accepted line, line terminator excluded.
    // maxFieldsPerMessage: a message with more fields is dropped whole.
    explicit AmiParser(qsizetype maxLineBytes = 8192, int maxFieldsPerMessage = 256);

    // Accepts any chunking, down to one byte at a time.
    void feed(QByteArrayView bytes);
    // The next complete message, if any, in arrival order.
    std::optional<AmiMessage> next();
    // The banner line (e.g. "Asterisk Call Manager/5.0.1"), empty until seen.
    QString banner() const { return m_banner; }
    bool bannerSeen() const { return !m_expectBanner; }
    // Human-readable notes about skipped garbage, oldest first; clears the list.
    // At most kMaxProblems are kept between calls, then one summary note is added.
    QStringList takeProblems();
    // Back to the initial state (expects a banner again), e.g. after a reconnect.
    // A partial line or message still buffered is discarded with a problem note;
    // complete messages not yet taken by next() are discarded too.
    void reset();

private:
    void consumeLine(QByteArrayView line);
    void finishMessage();
    void note(QString problem);

    qsizetype m_maxLineBytes;
    int m_maxFields;

    QByteArray m_line;          // bytes of the current, unterminated line
    bool m_discardingLine = false; // inside an over-long line, skipping to its end
    qsizetype m_discardedBytes = 0;
    bool m_discardEndsWithCr = false; // so the note counts the line without its CR
    bool m_expectBanner = true;
    QString m_banner;

    QList<QPair<QString, QString>> m_fields; // the message being assembled
    bool m_droppingMessage = false;          // too many fields: skip to the blank line
    qsizetype m_lineNumber = 0;

    std::deque<AmiMessage> m_ready;
    QStringList m_problems;
    qsizetype m_suppressedProblems = 0;
};

// One action, ready to write to the socket:
//   "Action: <action>\r\nActionID: <actionId>\r\n<key>: <value>\r\n...\r\n"
// CR and LF are removed from every part so nothing can end a line or the message early;
// colons are removed from keys too, and fields whose key ends up empty are left out.
// An empty actionId omits the ActionID line.
QByteArray encodeAmiAction(const QString& action, const QList<QPair<QString, QString>>& fields,
                           const QString& actionId);

} // namespace csm::common::cti
