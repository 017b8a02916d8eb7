#pragma once
// A scripted Asterisk Manager Interface for tests: sends the banner, answers Login (accepting
// or refusing), records every action it receives, and replays transcripts — real AMI wire
// format, CRLF lines — on demand, or drops the connection in the middle of one.
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace csm::test {

// No Q_OBJECT: no signals of its own (the test sources are globbed without headers).
class ScriptedAmiPeer : public QObject {
public:
    using Action = QMap<QString, QString>;

    ScriptedAmiPeer();
    quint16 port() const { return m_server.serverPort(); }

    // The next `count` logins are refused.
    void refuseLogins(int count) { m_refuse = count; }
    int logins() const { return m_logins; }
    bool connected() const { return m_client && m_client->state() == QAbstractSocket::ConnectedState; }
    // Every action received ("Action" and the other keys).
    const QList<Action>& actions() const { return m_actions; }

    // Writes raw bytes to the connected client (a transcript: LF line ends become CRLF).
    void send(const QByteArray& transcript);
    // Writes the first `bytes` of the transcript, then drops the connection.
    void sendAndDrop(const QByteArray& transcript, int bytes);

private:
    void onConnection();
    void onReadyRead();
    static QByteArray toWire(const QByteArray& transcript);

    QTcpServer m_server;
    QPointer<QTcpSocket> m_client;
    QByteArray m_buffer;
    QList<Action> m_actions;
    int m_refuse = 0;
    int m_logins = 0;
};

} // namespace csm::test
