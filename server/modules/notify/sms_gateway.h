#pragma once
// How an SMS of the notification outbox leaves the server. The file gateway (default) appends one
// line per message to a file (for development, demos and a relay that tails the file); the HTTP
// gateway (http_sms_gateway.h) posts each message to a provider's endpoint. Gateways are called
// from a database worker of the delivery task, one message at a time, and may block.
#include "server/app/config.h"

#include <QString>

#include <memory>
#include <mutex>

namespace csm::server::notify {

struct SmsResult {
    bool sent = false;
    QString error;   // when not sent: why (shown to users as the notification's last_error)
};

class SmsGateway {
public:
    virtual ~SmsGateway() = default;
    virtual QString name() const = 0;
    virtual SmsResult send(const QString& to, const QString& text) = 0;
};

// "<UTC time>\t<to>\t<text>\n" per message (line breaks in the text become spaces).
class FileSmsGateway : public SmsGateway {
public:
    explicit FileSmsGateway(QString path) : m_path(std::move(path)) {}
    QString name() const override { return QStringLiteral("file"); }
    SmsResult send(const QString& to, const QString& text) override;
    const QString& path() const { return m_path; }

private:
    QString m_path;
    std::mutex m_mutex;
};

using SmsGatewayPtr = std::shared_ptr<SmsGateway>;

// The gateway the config asks for ([notify] gateway=file|http). Throws std::runtime_error when
// the http gateway has no url.
SmsGatewayPtr makeSmsGateway(const ServerConfig& config);

} // namespace csm::server::notify
