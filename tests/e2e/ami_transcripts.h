#pragma once
// AMI transcripts as Asterisk 18 sends them (field sets per the AMI event reference; line ends
// become CRLF on the wire). Each is one call.
#include <QByteArray>

namespace csm::test::ami {

// An inbound call straight to extension 8001: answered, the agent hangs up first.
inline const QByteArray kDirectCall = R"(Event: Newchannel
Privilege: call,all
Channel: PJSIP/trunk-cn-00000001
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: 13912345678
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: zh
AccountCode:
Context: from-trunk
Exten: 4008123123
Priority: 1
Uniqueid: 1700000001.10
Linkedid: 1700000001.10

Event: DialBegin
Privilege: call,all
Channel: PJSIP/trunk-cn-00000001
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: 13912345678
CallerIDName: <unknown>
Context: from-trunk
Exten: 4008123123
Priority: 2
Uniqueid: 1700000001.10
Linkedid: 1700000001.10
DestChannel: PJSIP/8001-00000002
DestChannelState: 0
DestChannelStateDesc: Down
DestCallerIDNum: 8001
DestContext: from-internal
DestExten: 8001
DestPriority: 1
DestUniqueid: 1700000001.11
DestLinkedid: 1700000001.10
DialString: 8001

Event: DialEnd
Privilege: call,all
Channel: PJSIP/trunk-cn-00000001
Uniqueid: 1700000001.10
Linkedid: 1700000001.10
DestChannel: PJSIP/8001-00000002
DestUniqueid: 1700000001.11
DestLinkedid: 1700000001.10
DialStatus: ANSWER

Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/trunk-cn-00000001
Uniqueid: 1700000001.10
Linkedid: 1700000001.10
Variable: MIXMONITOR_FILENAME
Value: /var/spool/asterisk/monitor/1700000001.10.wav

Event: BridgeEnter
Privilege: call,all
BridgeUniqueid: 9e6d2f1a-1c1d-4c8e-b3a1-5b0d7c2f4e11
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeNumChannels: 1
Channel: PJSIP/8001-00000002
ChannelState: 6
ChannelStateDesc: Up
Uniqueid: 1700000001.11
Linkedid: 1700000001.10

Event: BridgeEnter
Privilege: call,all
BridgeUniqueid: 9e6d2f1a-1c1d-4c8e-b3a1-5b0d7c2f4e11
BridgeNumChannels: 2
Channel: PJSIP/trunk-cn-00000001
Uniqueid: 1700000001.10
Linkedid: 1700000001.10

Event: Hangup
Privilege: call,all
Channel: PJSIP/8001-00000002
Uniqueid: 1700000001.11
Linkedid: 1700000001.10
Cause: 16
Cause-txt: Normal Clearing

Event: Hangup
Privilege: call,all
Channel: PJSIP/trunk-cn-00000001
Uniqueid: 1700000001.10
Linkedid: 1700000001.10
Cause: 16
Cause-txt: Normal Clearing

)";

// A queue call: rings 8001 and 8002, 8002 answers (AgentConnect), the caller hangs up.
inline const QByteArray kQueueCall = R"(Event: Newchannel
Channel: PJSIP/trunk-cn-00000003
CallerIDNum: 02584001234
Exten: 4008123123
Context: from-trunk
Uniqueid: 1700000002.20
Linkedid: 1700000002.20

Event: QueueCallerJoin
Channel: PJSIP/trunk-cn-00000003
CallerIDNum: 02584001234
Uniqueid: 1700000002.20
Linkedid: 1700000002.20
Queue: service
Position: 1
Count: 1

Event: DialBegin
Channel: PJSIP/trunk-cn-00000003
Uniqueid: 1700000002.20
Linkedid: 1700000002.20
DestChannel: PJSIP/8001-00000004
DestUniqueid: 1700000002.21
DestLinkedid: 1700000002.20
DialString: 8001

Event: DialBegin
Channel: PJSIP/trunk-cn-00000003
Uniqueid: 1700000002.20
Linkedid: 1700000002.20
DestChannel: PJSIP/8002-00000005
DestUniqueid: 1700000002.22
DestLinkedid: 1700000002.20
DialString: 8002

Event: DialEnd
Channel: PJSIP/trunk-cn-00000003
Uniqueid: 1700000002.20
Linkedid: 1700000002.20
DestChannel: PJSIP/8001-00000004
DestLinkedid: 1700000002.20
DialStatus: CANCEL

Event: AgentConnect
Channel: PJSIP/trunk-cn-00000003
Uniqueid: 1700000002.20
Linkedid: 1700000002.20
DestChannel: PJSIP/8002-00000005
DestUniqueid: 1700000002.22
DestLinkedid: 1700000002.20
Queue: service
Interface: PJSIP/8002
MemberName: 王强
HoldTime: 7
RingTime: 5

Event: QueueCallerLeave
Channel: PJSIP/trunk-cn-00000003
Uniqueid: 1700000002.20
Linkedid: 1700000002.20
Queue: service
Count: 0

Event: BridgeEnter
Channel: PJSIP/8002-00000005
Uniqueid: 1700000002.22
Linkedid: 1700000002.20

Event: Hangup
Channel: PJSIP/trunk-cn-00000003
Uniqueid: 1700000002.20
Linkedid: 1700000002.20
Cause: 16

Event: AgentComplete
Channel: PJSIP/trunk-cn-00000003
Linkedid: 1700000002.20
Queue: service
Interface: PJSIP/8002
TalkTime: 42
Reason: caller

Event: Hangup
Channel: PJSIP/8002-00000005
Uniqueid: 1700000002.22
Linkedid: 1700000002.20
Cause: 16

)";

// A queue call the caller gives up on while it rings.
inline const QByteArray kAbandonedCall = R"(Event: Newchannel
Channel: PJSIP/trunk-cn-00000006
CallerIDNum: anonymous
Exten: 4008123123
Uniqueid: 1700000003.30
Linkedid: 1700000003.30

Event: QueueCallerJoin
Channel: PJSIP/trunk-cn-00000006
Uniqueid: 1700000003.30
Linkedid: 1700000003.30
Queue: service

Event: DialBegin
Channel: PJSIP/trunk-cn-00000006
Uniqueid: 1700000003.30
Linkedid: 1700000003.30
DestChannel: SIP/8001-00000007
DestLinkedid: 1700000003.30

Event: QueueCallerAbandon
Channel: PJSIP/trunk-cn-00000006
Uniqueid: 1700000003.30
Linkedid: 1700000003.30
Queue: service
Position: 1
OriginalPosition: 1
HoldTime: 31

Event: Hangup
Channel: PJSIP/trunk-cn-00000006
Uniqueid: 1700000003.30
Linkedid: 1700000003.30
Cause: 16

)";

// A queue call nobody takes: it leaves the queue on timeout. Then one that goes to voicemail.
inline const QByteArray kTimeoutAndVoicemail = R"(Event: Newchannel
Channel: PJSIP/trunk-cn-00000008
CallerIDNum: +14155550100
Exten: 4008123123
Uniqueid: 1700000004.40
Linkedid: 1700000004.40

Event: QueueCallerJoin
Channel: PJSIP/trunk-cn-00000008
Uniqueid: 1700000004.40
Linkedid: 1700000004.40
Queue: service

Event: QueueCallerLeave
Channel: PJSIP/trunk-cn-00000008
Uniqueid: 1700000004.40
Linkedid: 1700000004.40
Queue: service

Event: Hangup
Channel: PJSIP/trunk-cn-00000008
Uniqueid: 1700000004.40
Linkedid: 1700000004.40
Cause: 16

Event: Newchannel
Channel: PJSIP/trunk-cn-00000009
CallerIDNum: 13800001111
Exten: 4008123123
Uniqueid: 1700000005.50
Linkedid: 1700000005.50

Event: Newexten
Channel: PJSIP/trunk-cn-00000009
Uniqueid: 1700000005.50
Linkedid: 1700000005.50
Context: from-trunk
Extension: 4008123123
Application: VoiceMail
AppData: 8001@default

Event: Hangup
Channel: PJSIP/trunk-cn-00000009
Uniqueid: 1700000005.50
Linkedid: 1700000005.50
Cause: 16

)";

// Noise a PBX or a broken proxy may send between events.
inline const QByteArray kGarbage = "this line has no colon at all\n\n"
                                   "Event: PeerStatus\nPrivilege: system,all\nChannelType: PJSIP\nPeer: PJSIP/8003\nPeerStatus: Reachable\n\n"
                                   "\x01\x02\x03 binary junk \xff\xfe\n\n"
                                   "Event: DialBegin\nChannel: PJSIP/trunk-cn-0000000a\n\n";

} // namespace csm::test::ami
