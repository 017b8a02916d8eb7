#pragma once
// The Asterisk Manager Interface adapter: a TCP client of the PBX that logs in, turns the
// event stream into CallEvents, reconnects with back-off, and sends Originate (click-to-dial)
// and Hangup. Lives on the server's network thread; never blocks.
#include "common/cti/ami_parser.h"
#include "server/cti/cti_adapter.h"

#include <QHash>
#include <QSet>
#include <QTcpSocket>
#include <QTimer>

namespace csm::server::cti {

struct AmiSettings {
    QString host;
    quint16 port = 5038;
    QString user;
    QString secret;
    QString originateContext = QStringLiteral("from-internal");
    int initialBackoffMs = 1000;
    int maxBackoffMs = 30000;
};

class AmiAdapter : public CtiAdapter {
    Q_OBJECT
public:
    explicit AmiAdapter(AmiSettings settings, QObject* parent = nullptr);
    ~AmiAdapter() override;

    QString name() const override { return QStringLiteral("ami"); }
    void start() override;
    void stop() override;
    bool isConnected() const override { return m_state == State::Ready; }
    bool originate(const QString& extension, const QString& number, const QString& reference,
                   QString* error) override;
    bool hangup(const QString& channel, QString* error) override;

    // Calls being followed (tests: the memory stays bounded).
    int trackedCalls() const { return static_cast<int>(m_calls.size()); }
    // Calls followed at most; beyond this the oldest knowledge is dropped.
    inline static constexpr int kMaxTrackedCalls = 5000;

private:
    enum class State { Stopped, Connecting, LoggingIn, Ready, Waiting };
    // What the translation needs to remember of a call (keyed by Linkedid).
    struct Call {
        QString caller;
        bool outbound = false;
        bool queued = false;
        bool queueLeft = false;
        bool abandoned = false;
        bool voicemail = false;
        QSet<QString> answered;   // extensions
        QString recording;
    };

    void connectNow();
    void onConnected();
    void onReadyRead();
    void onDisconnected(const QString& reason);
    void scheduleReconnect(const QString& reason);
    void handle(const common::cti::AmiMessage& message);
    void translate(const common::cti::AmiMessage& message);
    void emitEvent(CallEventKind kind, const QString& linkedId, const common::cti::AmiMessage& message,
                   const QString& extension = {}, const QString& channel = {});
    QString nextActionId(const QString& prefix);
    bool send(const QString& action, const QList<QPair<QString, QString>>& fields, const QString& actionId);

    AmiSettings m_settings;
    QTcpSocket m_socket;
    QTimer m_retry;
    common::cti::AmiParser m_parser;
    State m_state = State::Stopped;
    int m_backoffMs;
    QString m_loginActionId;
    quint64 m_nextAction = 1;
    QHash<QString, QString> m_pendingActions; // ActionID → what, for logging errors
    QHash<QString, Call> m_calls;
    QSet<QString> m_warnedEvents;             // events without a Linkedid, warned once each
};

} // namespace csm::server::cti
