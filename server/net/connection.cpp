#include "server/net/connection.h"

#include "common/protocol/op_catalogue.h"
#include "common/protocol/version.h"
#include "server/net/rpc_server.h"
#include "server/rpc/dispatcher.h"

#include <spdlog/spdlog.h>

namespace csm::server {

using common::ErrorCode;
using common::ErrorInfo;
using common::Response;

namespace {
ErrorInfo error(ErrorCode code, const QString& message)
{
    ErrorInfo info;
    info.code = code;
    info.message = message;
    return info;
}
} // namespace

Connection::Connection(quint64 id, QTcpSocket* socket, RpcServer& server)
    : m_id(id)
    , m_socket(socket)
    , m_server(server)
    , m_peerAddress(socket->peerAddress().toString())
    , m_reader(common::kPreAuthMaxFrameBytes)
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] { emit closed(m_id); });
}

Connection::~Connection() = default;

void Connection::setSession(SessionPtr session)
{
    m_session = std::move(session);
    m_reader.setMaxFrameBytes(m_server.config().maxFrameBytes);
    m_lastSeenWritten.start();
}

void Connection::clearSession()
{
    m_session.reset();
    m_reader.setMaxFrameBytes(common::kPreAuthMaxFrameBytes);
}

bool Connection::takeLastSeenRefresh()
{
    if (!m_session || (m_lastSeenWritten.isValid() && m_lastSeenWritten.elapsed() < 60'000))
        return false;
    m_lastSeenWritten.start();
    return true;
}

void Connection::send(const QCborMap& message)
{
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(common::encodeFrame(message));
}

void Connection::sendResponse(const Response& response)
{
    send(response.toCbor());
}

void Connection::sendEvent(const common::Event& event)
{
    send(event.toCbor());
}

void Connection::close()
{
    if (m_closing)
        return;
    m_closing = true;
    m_socket->disconnectFromHost();
}

void Connection::abort()
{
    m_closing = true;
    m_socket->abort();
    emit closed(m_id);
}

void Connection::onReadyRead()
{
    m_reader.append(m_socket->readAll());
    for (;;) {
        if (m_closing)
            return;
        QCborMap message;
        QString problem;
        const auto status = m_reader.next(message, problem);
        if (status == common::FrameReader::Status::NeedMore)
            return;
        if (status == common::FrameReader::Status::Error) {
            spdlog::warn("connection {}: closing: {}", m_id, problem.toStdString());
            m_socket->abort();
            emit closed(m_id);
            return;
        }
        handleMessage(message);
    }
}

void Connection::handleMessage(const QCborMap& message)
{
    QString problem;
    auto request = common::Request::fromCbor(message, problem);
    if (!request) {
        const QCborValue id = message.value(QStringLiteral("id"));
        sendResponse(Response::failure(id.isInteger() ? id.toInteger() : 0, error(ErrorCode::BadRequest, problem)));
        return;
    }
    if (request->op == QLatin1String("hello")) {
        handleHello(*request);
        return;
    }
    if (!m_helloDone) {
        sendResponse(Response::failure(request->id, error(ErrorCode::BadRequest,
                                                          QStringLiteral("the first request must be hello"))));
        return;
    }
    const auto op = common::findOp(request->op);
    if (!op) {
        sendResponse(Response::failure(request->id, error(ErrorCode::BadRequest,
                                                          QStringLiteral("unknown op '%1'").arg(request->op))));
        return;
    }
    if (op->since > m_protocol) {
        sendResponse(Response::failure(request->id, error(ErrorCode::UnsupportedVersion,
                     QStringLiteral("op '%1' needs protocol %2").arg(request->op).arg(op->since))));
        return;
    }
    if (auto denied = authorize(*op, m_session.get())) {
        if (denied->code == ErrorCode::Unauthenticated && m_session)
            clearSession();
        sendResponse(Response::failure(request->id, *denied));
        return;
    }
    if (op->tx == common::OpTx::Inline) {
        m_server.answerInline(*this, *op, *request);
        return;
    }
    if (m_inFlight >= m_server.config().maxInFlightPerConnection) {
        sendResponse(Response::failure(request->id, error(ErrorCode::Busy,
                                                          QStringLiteral("too many requests in flight"))));
        return;
    }
    ++m_inFlight;
    m_server.submit(*this, *op, std::move(*request));
}

void Connection::handleHello(const common::Request& request)
{
    const QCborValue offered = request.args.value(QStringLiteral("protocol"));
    if (!offered.isInteger()) {
        sendResponse(Response::failure(request.id, error(ErrorCode::BadRequest,
                                                         QStringLiteral("hello needs an integer protocol"))));
        return;
    }
    const qint64 version = offered.toInteger();
    if (version < common::kMinProtocolVersion) {
        ErrorInfo info = error(ErrorCode::UnsupportedVersion,
                               QStringLiteral("protocol %1 is too old; this server needs %2 to %3: please update the client")
                                   .arg(version).arg(common::kMinProtocolVersion).arg(common::kProtocolVersion));
        sendResponse(Response::failure(request.id, info));
        return;
    }
    m_protocol = static_cast<int>(std::min<qint64>(version, common::kProtocolVersion));
    m_helloDone = true;
    QCborMap result;
    result.insert(QStringLiteral("protocol"), m_protocol);
    result.insert(QStringLiteral("server"), QStringLiteral("csm-server " CSM_VERSION_STRING));
    result.insert(QStringLiteral("max_frame_bytes"), m_server.config().maxFrameBytes);
    result.insert(QStringLiteral("pre_auth_max_frame_bytes"), static_cast<qint64>(common::kPreAuthMaxFrameBytes));
    sendResponse(Response::success(request.id, result));
}

} // namespace csm::server
