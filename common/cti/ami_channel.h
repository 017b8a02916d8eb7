#pragma once
// Which agent extension an Asterisk channel or queue member interface belongs to.
#include <QString>

namespace csm::common::cti {

// "PJSIP/8001-0000002a", "SIP/8001-00000003" → "8001"; trunks and anything else → empty.
QString extensionFromChannel(const QString& channel);
// Queue member interfaces: "PJSIP/8001", "SIP/8001", "Local/8001@from-queue/n" → "8001".
QString extensionFromInterface(const QString& interface);

} // namespace csm::common::cti
