#pragma once
// The HTTP gateway: POST {"to": "...", "text": "..."} (JSON, UTF-8) to the configured URL with an
// optional bearer token; a 2xx answer means sent, anything else (another status, no connection,
// a timeout) is a failure whose reason is kept on the notification. A small blocking HTTP/1.1
// client over a POSIX socket (the delivery task runs on a database worker without an event loop):
// plain http:// only — put a local relay (nginx, stunnel) in front of an https-only provider.
#include "server/modules/notify/sms_gateway.h"

#include <QUrl>

namespace csm::server::notify {

class HttpSmsGateway : public SmsGateway {
public:
    HttpSmsGateway(const QString& url, QString token, int timeoutMs);
    QString name() const override { return QStringLiteral("http"); }
    SmsResult send(const QString& to, const QString& text) override;

private:
    QUrl m_url;
    QString m_token;
    int m_timeoutMs;
};

} // namespace csm::server::notify
