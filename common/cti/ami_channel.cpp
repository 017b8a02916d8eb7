#include "common/cti/ami_channel.h"

#include <QRegularExpression>

namespace csm::common::cti {

QString extensionFromChannel(const QString& channel)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:PJSIP|SIP)/([0-9]{2,8})-[0-9A-Za-z;]+$"));
    const auto match = pattern.match(channel.trimmed());
    return match.hasMatch() ? match.captured(1) : QString();
}

QString extensionFromInterface(const QString& interface)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(?:PJSIP|SIP)/([0-9]{2,8})|Local/([0-9]{2,8})@[^\\s]*)$"));
    const auto match = pattern.match(interface.trimmed());
    if (!match.hasMatch())
        return {};
    return match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
}

} // namespace csm::common::cti
