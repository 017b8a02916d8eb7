#pragma once
// What every CTI adapter (the Asterisk AMI client, the simulator) reports to the server:
// call events in one vocabulary, whatever the PBX. The adapters know nothing about customers,
// agents or the database; the call processor (server/modules/cti) turns these events into call
// records, agent states and screen pops.
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace csm::server::cti {

enum class CallEventKind {
    Offered,   // a new call entered the PBX (inbound: from a trunk; outbound: an origination)
    Queued,    // the call joined `queue`
    Ringing,   // the call rings at `extension`
    Answered,  // `extension` answered (direct calls: the bridge; queue calls: AgentConnect)
    AgentLeft, // the agent leg at `extension` hung up while the call may go on (transfer, agent hang-up)
    Abandoned, // the caller hung up while queued or ringing
    Ended,     // the call is over (the root channel hung up)
};

enum class CallDirection { Inbound, Outbound, Internal };

struct CallEvent {
    CallEventKind kind = CallEventKind::Offered;
    // Ties every leg of one call together: AMI's Linkedid, or the simulator's call id.
    QString callKey;
    CallDirection direction = CallDirection::Inbound;
    QString caller;      // the calling number as the PBX gave it (not normalised; may be empty or "anonymous")
    QString called;      // the dialled number (DID, queue number or extension)
    QString extension;   // Ringing / Answered / AgentLeft: the agent's extension ("8001")
    QString queue;       // Queued / Answered via a queue: the queue's name
    QString channel;     // the PBX channel the event is about, for hang-up and logs ("PJSIP/8001-0000002a")
    QString recording;   // a recording reference when the PBX reports one
    // Ended / Abandoned: "timeout" or "voicemail" when the PBX says so; empty otherwise (the
    // processor then derives answered / abandoned from what it saw).
    QString outcomeHint;
    QString source;      // "ami" or "sim"
    QDateTime at;        // when it happened (UTC); the processor uses the receive time when null
};

QString callEventKindName(CallEventKind kind);

} // namespace csm::server::cti

Q_DECLARE_METATYPE(csm::server::cti::CallEvent)
