#include "server/cti/call_event.h"

namespace csm::server::cti {

QString callEventKindName(CallEventKind kind)
{
    switch (kind) {
    case CallEventKind::Offered: return QStringLiteral("offered");
    case CallEventKind::Queued: return QStringLiteral("queued");
    case CallEventKind::Ringing: return QStringLiteral("ringing");
    case CallEventKind::Answered: return QStringLiteral("answered");
    case CallEventKind::AgentLeft: return QStringLiteral("agent_left");
    case CallEventKind::Abandoned: return QStringLiteral("abandoned");
    case CallEventKind::Ended: return QStringLiteral("ended");
    }
    return QStringLiteral("unknown");
}

} // namespace csm::server::cti
