// AMI events → CallEvents (callKey = the call's Linkedid, which ties every leg together):
//   Newchannel of the root channel (Uniqueid = Linkedid) → Offered; outbound when the root
//                                    channel is an agent's (an agent dialling, or an Originate)
//   QueueCallerJoin                  → Queued (queue)
//   DialBegin to an agent channel    → Ringing (extension from DestChannel)
//   AgentConnect                     → Answered (extension from Interface / MemberName / DestChannel)
//   BridgeEnter of an agent channel, or DialEnd ANSWER to one, on a call that was not queued
//                                    → Answered (once per call and extension)
//   QueueCallerAbandon               → Abandoned (queue)
//   Hangup of an agent channel       → AgentLeft; of the root channel → Ended, with the outcome
//                                    hint "voicemail" (VoiceMail ran, nobody answered) or
//                                    "timeout" (queued, left the queue unanswered, not abandoned)
//   VarSet MIXMONITOR_FILENAME       → the recording reference, carried on the call's later events
// Everything else is ignored. An agent channel is PJSIP/<ext>-… or SIP/<ext>-…; queue members
// are PJSIP/<ext>, SIP/<ext> or Local/<ext>@… (common/cti/ami_channel).
#include "server/cti/ami_adapter.h"

#include "common/cti/ami_channel.h"

#include <spdlog/spdlog.h>

#include <QRegularExpression>

namespace csm::server::cti {

using common::cti::AmiMessage;
using common::cti::extensionFromChannel;
using common::cti::extensionFromInterface;

namespace {

QString field(const AmiMessage& message, const char* key)
{
    return message.value(QString::fromLatin1(key));
}

// The Linkedid of the calling side (Asterisk 13+ names the other side's fields Dest…).
QString linkedIdOf(const AmiMessage& message)
{
    const QString linked = field(message, "Linkedid");
    return linked.isEmpty() ? field(message, "DestLinkedid") : linked;
}

} // namespace

AmiAdapter::AmiAdapter(AmiSettings settings, QObject* parent)
    : CtiAdapter(parent)
    , m_settings(std::move(settings))
    , m_backoffMs(m_settings.initialBackoffMs)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &AmiAdapter::connectNow);
    connect(&m_socket, &QTcpSocket::connected, this, &AmiAdapter::onConnected);
    connect(&m_socket, &QTcpSocket::readyRead, this, &AmiAdapter::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] { onDisconnected(QStringLiteral("the PBX closed the connection")); });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        onDisconnected(m_socket.errorString());
    });
}

AmiAdapter::~AmiAdapter()
{
    stop();
}

void AmiAdapter::start()
{
    if (m_state != State::Stopped)
        return;
    connectNow();
}

void AmiAdapter::stop()
{
    m_state = State::Stopped;
    m_retry.stop();
    m_socket.abort();
}

void AmiAdapter::connectNow()
{
    if (m_state == State::Ready || m_state == State::Connecting || m_state == State::LoggingIn)
        return;
    m_state = State::Connecting;
    m_parser.reset();
    m_parser.takeProblems();
    spdlog::info("cti: connecting to the AMI at {}:{}", m_settings.host.toStdString(), m_settings.port);
    m_socket.abort();
    m_socket.connectToHost(m_settings.host, m_settings.port);
}

void AmiAdapter::onConnected()
{
    m_state = State::LoggingIn;
    m_loginActionId = nextActionId(QStringLiteral("login"));
    // Never logged: the secret.
    send(QStringLiteral("Login"),
         {{QStringLiteral("Username"), m_settings.user}, {QStringLiteral("Secret"), m_settings.secret},
          {QStringLiteral("Events"), QStringLiteral("on")}},
         m_loginActionId);
}

void AmiAdapter::onDisconnected(const QString& reason)
{
    if (m_state == State::Stopped || m_state == State::Waiting)
        return;
    const bool wasReady = m_state == State::Ready;
    m_state = State::Waiting; // before anything that may signal again
    if (wasReady)
        emit statusChanged(false, reason);
    scheduleReconnect(reason);
}

void AmiAdapter::scheduleReconnect(const QString& reason)
{
    m_state = State::Waiting;
    m_socket.abort(); // may emit disconnected: ignored while Waiting
    spdlog::warn("cti: AMI {}:{}: {}; retrying in {} ms", m_settings.host.toStdString(), m_settings.port,
                 reason.toStdString(), m_backoffMs);
    m_retry.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, m_settings.maxBackoffMs);
}

void AmiAdapter::onReadyRead()
{
    m_parser.feed(m_socket.readAll());
    const QStringList problems = m_parser.takeProblems();
    if (!problems.isEmpty())
        spdlog::warn("cti: skipped malformed AMI input ({} note(s)); first: {}", problems.size(),
                     problems.first().toStdString());
    while (auto message = m_parser.next()) {
        try {
            handle(*message);
        } catch (const std::exception& error) {
            spdlog::error("cti: an AMI message could not be handled: {}", error.what());
        }
        if (m_state != State::Ready && m_state != State::LoggingIn)
            return; // logged out or dropped while handling
    }
}

void AmiAdapter::handle(const AmiMessage& message)
{
    if (message.isResponse()) {
        const QString actionId = message.actionId();
        const bool success = field(message, "Response").compare(QLatin1String("Success"), Qt::CaseInsensitive) == 0;
        if (m_state == State::LoggingIn && actionId == m_loginActionId) {
            if (!success) {
                scheduleReconnect(QStringLiteral("login refused: %1").arg(field(message, "Message")));
                return;
            }
            m_state = State::Ready;
            m_backoffMs = m_settings.initialBackoffMs;
            emit statusChanged(true, m_parser.banner());
            return;
        }
        const QString what = m_pendingActions.take(actionId);
        if (!success && !what.isEmpty())
            spdlog::warn("cti: the PBX refused {}: {}", what.toStdString(), field(message, "Message").toStdString());
        return;
    }
    if (message.isEvent() && m_state == State::Ready)
        translate(message);
}

void AmiAdapter::emitEvent(CallEventKind kind, const QString& linkedId, const AmiMessage& message,
                           const QString& extension, const QString& channel)
{
    const Call& call = m_calls[linkedId];
    CallEvent event;
    event.kind = kind;
    event.callKey = linkedId;
    event.direction = call.outbound ? CallDirection::Outbound : CallDirection::Inbound;
    event.caller = call.caller;
    event.called = field(message, "Exten");
    event.extension = extension;
    event.queue = field(message, "Queue");
    event.channel = channel.isEmpty() ? field(message, "Channel") : channel;
    event.recording = call.recording;
    event.source = QStringLiteral("ami");
    event.at = QDateTime::currentDateTimeUtc();
    emit callEvent(event);
}

void AmiAdapter::translate(const AmiMessage& message)
{
    const QString name = message.eventName();
    static const QSet<QString> kFollowed = {
        QStringLiteral("Newchannel"),   QStringLiteral("QueueCallerJoin"),    QStringLiteral("DialBegin"),
        QStringLiteral("DialEnd"),      QStringLiteral("BridgeEnter"),        QStringLiteral("AgentConnect"),
        QStringLiteral("AgentComplete"), QStringLiteral("QueueCallerAbandon"), QStringLiteral("QueueCallerLeave"),
        QStringLiteral("Hangup"),       QStringLiteral("VarSet"),             QStringLiteral("Newexten")};
    if (!kFollowed.contains(name)) {
        spdlog::debug("cti: AMI event {} ignored", name.toStdString());
        return;
    }
    const QString linkedId = linkedIdOf(message);
    if (linkedId.isEmpty()) {
        if (!m_warnedEvents.contains(name)) {
            m_warnedEvents.insert(name);
            spdlog::warn("cti: AMI {} without a Linkedid ignored (an Asterisk older than 12?)", name.toStdString());
        }
        return;
    }
    const bool isRoot = field(message, "Uniqueid") == linkedId;
    if (!m_calls.contains(linkedId) && m_calls.size() >= kMaxTrackedCalls) {
        spdlog::warn("cti: following {} calls without their hang-up; forgetting them", m_calls.size());
        m_calls.clear();
    }
    Call& call = m_calls[linkedId];
    const QString channel = field(message, "Channel");

    if (name == QLatin1String("Newchannel")) {
        if (!isRoot)
            return;
        call.caller = field(message, "CallerIDNum");
        call.outbound = !extensionFromChannel(channel).isEmpty();
        emitEvent(CallEventKind::Offered, linkedId, message, {}, channel);
        return;
    }
    if (name == QLatin1String("VarSet")) {
        if (field(message, "Variable") == QLatin1String("MIXMONITOR_FILENAME"))
            call.recording = field(message, "Value");
        return;
    }
    if (name == QLatin1String("Newexten")) {
        if (field(message, "Application").compare(QLatin1String("VoiceMail"), Qt::CaseInsensitive) == 0)
            call.voicemail = true;
        return;
    }
    if (name == QLatin1String("QueueCallerJoin")) {
        call.queued = true;
        emitEvent(CallEventKind::Queued, linkedId, message);
        return;
    }
    if (name == QLatin1String("QueueCallerLeave")) {
        call.queueLeft = true;
        return;
    }
    if (name == QLatin1String("QueueCallerAbandon")) {
        call.abandoned = true;
        emitEvent(CallEventKind::Abandoned, linkedId, message);
        return;
    }
    if (name == QLatin1String("DialBegin")) {
        const QString dest = field(message, "DestChannel");
        const QString extension = extensionFromChannel(dest);
        if (!extension.isEmpty())
            emitEvent(CallEventKind::Ringing, linkedId, message, extension, dest);
        return;
    }
    auto answered = [&](const QString& extension, const QString& agentChannel) {
        if (extension.isEmpty() || call.answered.contains(extension))
            return;
        call.answered.insert(extension);
        emitEvent(CallEventKind::Answered, linkedId, message, extension, agentChannel);
    };
    if (name == QLatin1String("AgentConnect")) {
        QString extension = extensionFromInterface(field(message, "Interface"));
        if (extension.isEmpty())
            extension = extensionFromChannel(field(message, "DestChannel"));
        if (extension.isEmpty())
            extension = extensionFromInterface(field(message, "MemberName"));
        answered(extension, field(message, "DestChannel"));
        return;
    }
    if (name == QLatin1String("BridgeEnter")) {
        if (!call.queued)
            answered(extensionFromChannel(channel), channel);
        return;
    }
    if (name == QLatin1String("DialEnd")) {
        const QString dest = field(message, "DestChannel");
        if (!call.queued && field(message, "DialStatus") == QLatin1String("ANSWER"))
            answered(extensionFromChannel(dest), dest);
        return;
    }
    if (name == QLatin1String("Hangup")) {
        if (isRoot) {
            const Call finished = m_calls.take(linkedId);
            const bool nobodyAnswered = finished.answered.isEmpty();
            CallEvent ended;
            ended.kind = CallEventKind::Ended;
            ended.callKey = linkedId;
            ended.caller = finished.caller;
            ended.direction = finished.outbound ? CallDirection::Outbound : CallDirection::Inbound;
            ended.channel = channel;
            ended.extension = extensionFromChannel(channel);
            ended.recording = finished.recording;
            if (nobodyAnswered && finished.voicemail)
                ended.outcomeHint = QStringLiteral("voicemail");
            else if (nobodyAnswered && finished.queued && finished.queueLeft && !finished.abandoned)
                ended.outcomeHint = QStringLiteral("timeout");
            ended.source = QStringLiteral("ami");
            ended.at = QDateTime::currentDateTimeUtc();
            emit callEvent(ended);
            return;
        }
        const QString extension = extensionFromChannel(channel);
        if (!extension.isEmpty())
            emitEvent(CallEventKind::AgentLeft, linkedId, message, extension, channel);
        return;
    }
    // AgentComplete: the talk ended; the Hangup events tell the rest.
}

QString AmiAdapter::nextActionId(const QString& prefix)
{
    return QStringLiteral("csm-%1-%2").arg(prefix).arg(m_nextAction++);
}

bool AmiAdapter::send(const QString& action, const QList<QPair<QString, QString>>& fields, const QString& actionId)
{
    const QByteArray bytes = common::cti::encodeAmiAction(action, fields, actionId);
    return m_socket.write(bytes) == bytes.size();
}

bool AmiAdapter::originate(const QString& extension, const QString& number, const QString& reference, QString* error)
{
    static const QRegularExpression kExtension(QStringLiteral("^[0-9]{2,8}$"));
    static const QRegularExpression kNumber(QStringLiteral("^\\+?[0-9]{3,20}$"));
    if (!kExtension.match(extension).hasMatch() || !kNumber.match(number).hasMatch()) {
        *error = QStringLiteral("not a number to dial");
        return false;
    }
    if (m_state != State::Ready) {
        *error = QStringLiteral("the telephone system is not connected");
        return false;
    }
    const QString actionId = nextActionId(QStringLiteral("dial"));
    if (m_pendingActions.size() > 1000)
        m_pendingActions.clear();
    m_pendingActions.insert(actionId, QStringLiteral("Originate %1").arg(reference));
    if (!send(QStringLiteral("Originate"),
              {{QStringLiteral("Channel"), QStringLiteral("PJSIP/") + extension},
               {QStringLiteral("Exten"), number},
               {QStringLiteral("Context"), m_settings.originateContext},
               {QStringLiteral("Priority"), QStringLiteral("1")},
               {QStringLiteral("CallerID"), number},
               {QStringLiteral("Async"), QStringLiteral("true")}},
              actionId)) {
        *error = QStringLiteral("the telephone system connection failed");
        return false;
    }
    return true;
}

bool AmiAdapter::hangup(const QString& channel, QString* error)
{
    if (channel.isEmpty()) {
        *error = QStringLiteral("no channel to hang up");
        return false;
    }
    if (m_state != State::Ready) {
        *error = QStringLiteral("the telephone system is not connected");
        return false;
    }
    const QString actionId = nextActionId(QStringLiteral("hangup"));
    m_pendingActions.insert(actionId, QStringLiteral("Hangup"));
    if (!send(QStringLiteral("Hangup"), {{QStringLiteral("Channel"), channel}}, actionId)) {
        *error = QStringLiteral("the telephone system connection failed");
        return false;
    }
    return true;
}

} // namespace csm::server::cti
