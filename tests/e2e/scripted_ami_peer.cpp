#include "tests/e2e/scripted_ami_peer.h"

namespace csm::test {

ScriptedAmiPeer::ScriptedAmiPeer()
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedAmiPeer::onConnection);
}

QByteArray ScriptedAmiPeer::toWire(const QByteArray& transcript)
{
    QByteArray wire = transcript;
    wire.replace("\r\n", "\n");
    wire.replace("\n", "\r\n");
    return wire;
}

void ScriptedAmiPeer::onConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        if (m_client)
            m_client->deleteLater();
        m_client = socket;
        m_buffer.clear();
        connect(socket, &QTcpSocket::readyRead, this, &ScriptedAmiPeer::onReadyRead);
        socket->write("Asterisk Call Manager/5.0.1\r\n");
    }
}

void ScriptedAmiPeer::onReadyRead()
{
    m_buffer += m_client->readAll();
    for (;;) {
        const int end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray block = m_buffer.left(end);
        m_buffer.remove(0, end + 4);
        Action action;
        for (const QByteArray& line : block.split('\n')) {
            const int colon = line.indexOf(':');
            if (colon > 0)
                action.insert(QString::fromUtf8(line.left(colon)).trimmed(), QString::fromUtf8(line.mid(colon + 1)).trimmed());
        }
        m_actions.append(action);
        if (action.value(QStringLiteral("Action")) == QLatin1String("Login")) {
            ++m_logins;
            const QByteArray id = action.value(QStringLiteral("ActionID")).toUtf8();
            if (m_refuse > 0) {
                --m_refuse;
                m_client->write("Response: Error\r\nActionID: " + id + "\r\nMessage: Authentication failed\r\n\r\n");
            } else {
                m_client->write("Response: Success\r\nActionID: " + id + "\r\nMessage: Authentication accepted\r\n\r\n");
            }
        } else {
            m_client->write("Response: Success\r\nActionID: " + action.value(QStringLiteral("ActionID")).toUtf8()
                            + "\r\nMessage: Originate successfully queued\r\n\r\n");
        }
    }
}

void ScriptedAmiPeer::send(const QByteArray& transcript)
{
    if (m_client)
        m_client->write(toWire(transcript));
}

void ScriptedAmiPeer::sendAndDrop(const QByteArray& transcript, int bytes)
{
    if (!m_client)
        return;
    m_client->write(toWire(transcript).left(bytes));
    m_client->flush();
    m_client->disconnectFromHost();
}

} // namespace csm::test
