#include "server/modules/notify/sms_gateway.h"

#include "server/modules/notify/http_sms_gateway.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <stdexcept>

namespace csm::server::notify {

SmsResult FileSmsGateway::send(const QString& to, const QString& text)
{
    QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + QLatin1Char('\t') + to
                   + QLatin1Char('\t') + text;
    line.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    line += QLatin1Char('\n');
    const std::lock_guard lock(m_mutex);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return {false, QStringLiteral("cannot open %1: %2").arg(m_path, file.errorString())};
    const QByteArray bytes = line.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.flush())
        return {false, QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString())};
    return {true, {}};
}

SmsGatewayPtr makeSmsGateway(const ServerConfig& config)
{
    if (config.smsGateway == QLatin1String("http")) {
        if (config.smsUrl.isEmpty())
            throw std::runtime_error("notify/gateway=http needs notify/url (an http:// URL)");
        return std::make_shared<HttpSmsGateway>(config.smsUrl, config.smsToken, config.smsTimeoutMs);
    }
    return std::make_shared<FileSmsGateway>(config.effectiveSmsFile());
}

} // namespace csm::server::notify
