#include "common/cti/ami_parser.h"

#include <gtest/gtest.h>

#include <vector>

using namespace csm::common::cti;

namespace {

// A realistic Asterisk 18 session: login, then one inbound call that enters a queue
// and is answered by an agent. Field sets follow the Asterisk AMI event documentation.
const char* const kTranscript =
    "Asterisk Call Manager/5.0.1\r\n"
    "Response: Success\r\n"
    "ActionID: login-1\r\n"
    "Message: Authentication accepted\r\n"
    "\r\n"
    "Event: FullyBooted\r\n"
    "Privilege: system,all\r\n"
    "Uptime: 4127\r\n"
    "LastReload: 4127\r\n"
    "Status: Fully Booted\r\n"
    "\r\n"
    "Event: Newchannel\r\n"
    "Privilege: call,all\r\n"
    "Channel: PJSIP/trunk-cn-00000012\r\n"
    "ChannelState: 0\r\n"
    "ChannelStateDesc: Down\r\n"
    "CallerIDNum: 13800138000\r\n"
    "CallerIDName: <unknown>\r\n"
    "ConnectedLineNum: <unknown>\r\n"
    "ConnectedLineName: <unknown>\r\n"
    "Language: zh\r\n"
    "AccountCode: \r\n"
    "Context: from-trunk\r\n"
    "Exten: 4008001234\r\n"
    "Priority: 1\r\n"
    "Uniqueid: 1700000000.18\r\n"
    "Linkedid: 1700000000.18\r\n"
    "\r\n"
    "Event: QueueCallerJoin\r\n"
    "Privilege: agent,all\r\n"
    "Channel: PJSIP/trunk-cn-00000012\r\n"
    "ChannelState: 6\r\n"
    "ChannelStateDesc: Up\r\n"
    "CallerIDNum: 13800138000\r\n"
    "CallerIDName: 张三\r\n"
    "ConnectedLineNum: <unknown>\r\n"
    "ConnectedLineName: <unknown>\r\n"
    "Language: zh\r\n"
    "AccountCode: \r\n"
    "Context: queues\r\n"
    "Exten: service\r\n"
    "Priority: 3\r\n"
    "Uniqueid: 1700000000.18\r\n"
    "Linkedid: 1700000000.18\r\n"
    "Queue: service\r\n"
    "Position: 1\r\n"
    "Count: 1\r\n"
    "\r\n"
    "Event: DialBegin\r\n"
    "Privilege: call,all\r\n"
    "Channel: PJSIP/trunk-cn-00000012\r\n"
    "ChannelState: 6\r\n"
    "ChannelStateDesc: Up\r\n"
    "CallerIDNum: 13800138000\r\n"
    "CallerIDName: 张三\r\n"
    "ConnectedLineNum: <unknown>\r\n"
    "ConnectedLineName: <unknown>\r\n"
    "Language: zh\r\n"
    "AccountCode: \r\n"
    "Context: queues\r\n"
    "Exten: service\r\n"
    "Priority: 3\r\n"
    "Uniqueid: 1700000000.18\r\n"
    "Linkedid: 1700000000.18\r\n"
    "DestChannel: PJSIP/agent-1001-00000013\r\n"
    "DestChannelState: 0\r\n"
    "DestChannelStateDesc: Down\r\n"
    "DestCallerIDNum: 1001\r\n"
    "DestCallerIDName: Agent 1001\r\n"
    "DestConnectedLineNum: 13800138000\r\n"
    "DestConnectedLineName: 张三\r\n"
    "DestLanguage: zh\r\n"
    "DestAccountCode: \r\n"
    "DestContext: agents\r\n"
    "DestExten: service\r\n"
    "DestPriority: 1\r\n"
    "DestUniqueid: 1700000000.19\r\n"
    "DestLinkedid: 1700000000.18\r\n"
    "DialString: agent-1001/sip:1001@10.0.0.21:5060\r\n"
    "\r\n"
    "Event: AgentConnect\r\n"
    "Privilege: agent,all\r\n"
    "Channel: PJSIP/trunk-cn-00000012\r\n"
    "ChannelState: 6\r\n"
    "ChannelStateDesc: Up\r\n"
    "CallerIDNum: 13800138000\r\n"
    "CallerIDName: 张三\r\n"
    "ConnectedLineNum: 1001\r\n"
    "ConnectedLineName: Agent 1001\r\n"
    "Language: zh\r\n"
    "AccountCode: \r\n"
    "Context: queues\r\n"
    "Exten: service\r\n"
    "Priority: 3\r\n"
    "Uniqueid: 1700000000.18\r\n"
    "Linkedid: 1700000000.18\r\n"
    "DestChannel: PJSIP/agent-1001-00000013\r\n"
    "DestChannelState: 6\r\n"
    "DestChannelStateDesc: Up\r\n"
    "DestCallerIDNum: 1001\r\n"
    "DestCallerIDName: Agent 1001\r\n"
    "DestConnectedLineNum: 13800138000\r\n"
    "DestConnectedLineName: 张三\r\n"
    "DestLanguage: zh\r\n"
    "DestAccountCode: \r\n"
    "DestContext: agents\r\n"
    "DestExten: service\r\n"
    "DestPriority: 1\r\n"
    "DestUniqueid: 1700000000.19\r\n"
    "DestLinkedid: 1700000000.18\r\n"
    "Queue: service\r\n"
    "MemberName: Agent 1001\r\n"
    "Interface: PJSIP/agent-1001\r\n"
    "RingTime: 4\r\n"
    "HoldTime: 12\r\n"
    "\r\n"
    "Event: BridgeEnter\r\n"
    "Privilege: call,all\r\n"
    "BridgeUniqueid: 5e0c4f4a-2b1d-4c1e-9a57-5b4f0d2f8a11\r\n"
    "BridgeType: basic\r\n"
    "BridgeTechnology: simple_bridge\r\n"
    "BridgeCreator: <unknown>\r\n"
    "BridgeName: <unknown>\r\n"
    "BridgeNumChannels: 2\r\n"
    "BridgeVideoSourceMode: none\r\n"
    "Channel: PJSIP/agent-1001-00000013\r\n"
    "ChannelState: 6\r\n"
    "ChannelStateDesc: Up\r\n"
    "CallerIDNum: 1001\r\n"
    "CallerIDName: Agent 1001\r\n"
    "ConnectedLineNum: 13800138000\r\n"
    "ConnectedLineName: 张三\r\n"
    "Language: zh\r\n"
    "AccountCode: \r\n"
    "Context: agents\r\n"
    "Exten: service\r\n"
    "Priority: 1\r\n"
    "Uniqueid: 1700000000.19\r\n"
    "Linkedid: 1700000000.18\r\n"
    "\r\n"
    "Event: Hangup\r\n"
    "Privilege: call,all\r\n"
    "Channel: PJSIP/trunk-cn-00000012\r\n"
    "ChannelState: 6\r\n"
    "ChannelStateDesc: Up\r\n"
    "CallerIDNum: 13800138000\r\n"
    "CallerIDName: 张三\r\n"
    "ConnectedLineNum: 1001\r\n"
    "ConnectedLineName: Agent 1001\r\n"
    "Language: zh\r\n"
    "AccountCode: \r\n"
    "Context: queues\r\n"
    "Exten: service\r\n"
    "Priority: 3\r\n"
    "Uniqueid: 1700000000.18\r\n"
    "Linkedid: 1700000000.18\r\n"
    "Cause: 16\r\n"
    "Cause-txt: Normal Clearing\r\n"
    "\r\n";

std::vector<AmiMessage> drain(AmiParser& parser)
{
    std::vector<AmiMessage> messages;
    while (auto message = parser.next())
        messages.push_back(*message);
    return messages;
}

std::vector<AmiMessage> parseWhole(const QByteArray& bytes, AmiParser& parser)
{
    parser.feed(bytes);
    return drain(parser);
}

QByteArray bytesOf(const char* text) { return QByteArray(text); }

} // namespace

TEST(AmiParser, ReplaysRealisticTranscript)
{
    AmiParser parser;
    const auto messages = parseWhole(bytesOf(kTranscript), parser);

    EXPECT_EQ(parser.banner(), QStringLiteral("Asterisk Call Manager/5.0.1"));
    EXPECT_TRUE(parser.takeProblems().isEmpty());
    ASSERT_EQ(messages.size(), 8u);

    const AmiMessage& login = messages[0];
    EXPECT_TRUE(login.isResponse());
    EXPECT_FALSE(login.isEvent());
    EXPECT_EQ(login.value(QStringLiteral("Response")), QStringLiteral("Success"));
    EXPECT_EQ(login.actionId(), QStringLiteral("login-1"));
    EXPECT_EQ(login.value(QStringLiteral("Message")), QStringLiteral("Authentication accepted"));

    EXPECT_EQ(messages[1].eventName(), QStringLiteral("FullyBooted"));
    EXPECT_EQ(messages[1].value(QStringLiteral("Status")), QStringLiteral("Fully Booted"));

    const AmiMessage& newchannel = messages[2];
    EXPECT_TRUE(newchannel.isEvent());
    EXPECT_FALSE(newchannel.isResponse());
    EXPECT_EQ(newchannel.eventName(), QStringLiteral("Newchannel"));
    EXPECT_EQ(newchannel.fields.size(), 16);
    EXPECT_EQ(newchannel.value(QStringLiteral("Channel")), QStringLiteral("PJSIP/trunk-cn-00000012"));
    EXPECT_EQ(newchannel.value(QStringLiteral("CallerIDNum")), QStringLiteral("13800138000"));
    EXPECT_EQ(newchannel.value(QStringLiteral("Exten")), QStringLiteral("4008001234"));
    // Present but empty is not the same as absent.
    EXPECT_TRUE(newchannel.value(QStringLiteral("AccountCode")).isEmpty());
    EXPECT_FALSE(newchannel.value(QStringLiteral("AccountCode")).isNull());
    EXPECT_TRUE(newchannel.value(QStringLiteral("NoSuchKey")).isNull());
    EXPECT_TRUE(newchannel.actionId().isNull());

    const AmiMessage& join = messages[3];
    EXPECT_EQ(join.eventName(), QStringLiteral("QueueCallerJoin"));
    EXPECT_EQ(join.value(QStringLiteral("Queue")), QStringLiteral("service"));
    EXPECT_EQ(join.value(QStringLiteral("Position")), QStringLiteral("1"));
    EXPECT_EQ(join.value(QStringLiteral("CallerIDName")), QStringLiteral("张三"));

    const AmiMessage& dial = messages[4];
    EXPECT_EQ(dial.eventName(), QStringLiteral("DialBegin"));
    EXPECT_EQ(dial.value(QStringLiteral("DestChannel")), QStringLiteral("PJSIP/agent-1001-00000013"));
    EXPECT_EQ(dial.value(QStringLiteral("DestLinkedid")), QStringLiteral("1700000000.18"));
    // Colons inside the value survive.
    EXPECT_EQ(dial.value(QStringLiteral("DialString")), QStringLiteral("agent-1001/sip:1001@10.0.0.21:5060"));

    const AmiMessage& agent = messages[5];
    EXPECT_EQ(agent.eventName(), QStringLiteral("AgentConnect"));
    EXPECT_EQ(agent.fields.size(), 35); // Event, Privilege, 14 channel, 14 Dest*, 5 queue fields
    EXPECT_EQ(agent.value(QStringLiteral("Linkedid")), QStringLiteral("1700000000.18"));
    EXPECT_EQ(agent.value(QStringLiteral("DestUniqueid")), QStringLiteral("1700000000.19"));
    EXPECT_EQ(agent.value(QStringLiteral("MemberName")), QStringLiteral("Agent 1001"));
    EXPECT_EQ(agent.value(QStringLiteral("Interface")), QStringLiteral("PJSIP/agent-1001"));
    EXPECT_EQ(agent.value(QStringLiteral("HoldTime")), QStringLiteral("12"));
    EXPECT_EQ(agent.value(QStringLiteral("RingTime")), QStringLiteral("4"));

    const AmiMessage& bridge = messages[6];
    EXPECT_EQ(bridge.eventName(), QStringLiteral("BridgeEnter"));
    EXPECT_EQ(bridge.value(QStringLiteral("BridgeUniqueid")),
              QStringLiteral("5e0c4f4a-2b1d-4c1e-9a57-5b4f0d2f8a11"));
    EXPECT_EQ(bridge.value(QStringLiteral("BridgeNumChannels")), QStringLiteral("2"));
    EXPECT_EQ(bridge.value(QStringLiteral("Linkedid")), QStringLiteral("1700000000.18"));

    const AmiMessage& hangup = messages[7];
    EXPECT_EQ(hangup.eventName(), QStringLiteral("Hangup"));
    EXPECT_EQ(hangup.value(QStringLiteral("Cause")), QStringLiteral("16"));
    EXPECT_EQ(hangup.value(QStringLiteral("Cause-txt")), QStringLiteral("Normal Clearing"));

    EXPECT_FALSE(parser.next().has_value());
}

TEST(AmiParser, KeysAreCaseInsensitiveAndKeepWireOrder)
{
    AmiParser parser;
    const auto messages = parseWhole(bytesOf("Asterisk Call Manager/2.10.4\r\n"
                                             "EVENT: VarSet\r\nactionid: a-7\r\nChannel: Local/1@x-0001;1\r\n\r\n"),
                                     parser);
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_TRUE(messages[0].isEvent());
    EXPECT_EQ(messages[0].eventName(), QStringLiteral("VarSet"));
    EXPECT_EQ(messages[0].actionId(), QStringLiteral("a-7"));
    EXPECT_EQ(messages[0].value(QStringLiteral("CHANNEL")), QStringLiteral("Local/1@x-0001;1"));
    ASSERT_EQ(messages[0].fields.size(), 3);
    EXPECT_EQ(messages[0].fields[0].first, QStringLiteral("EVENT"));
    EXPECT_EQ(messages[0].fields[1].first, QStringLiteral("actionid"));
}

TEST(AmiParser, ByteByByteChunkingEqualsWholeBuffer)
{
    const QByteArray transcript = bytesOf(kTranscript);

    AmiParser whole;
    const auto expected = parseWhole(transcript, whole);
    ASSERT_EQ(expected.size(), 8u);

    for (const qsizetype chunk : {1, 2, 3, 7, 64, 1000}) {
        AmiParser parser;
        std::vector<AmiMessage> actual;
        for (qsizetype at = 0; at < transcript.size(); at += chunk) {
            parser.feed(QByteArrayView(transcript).sliced(at, qMin(chunk, transcript.size() - at)));
            for (auto& message : drain(parser))
                actual.push_back(std::move(message));
        }
        EXPECT_EQ(parser.banner(), whole.banner()) << "chunk " << chunk;
        ASSERT_EQ(actual.size(), expected.size()) << "chunk " << chunk;
        for (size_t i = 0; i < expected.size(); ++i)
            EXPECT_EQ(actual[i].fields, expected[i].fields) << "chunk " << chunk << " message " << i;
        EXPECT_TRUE(parser.takeProblems().isEmpty()) << "chunk " << chunk;
    }
}

TEST(AmiParser, NothingIsReturnedBeforeTheTerminatingBlankLine)
{
    AmiParser parser;
    parser.feed("Asterisk Call Manager/5.0.1\r\nEvent: Hangup\r\nCause: 16\r\n");
    EXPECT_FALSE(parser.next().has_value());
    parser.feed("\r");
    EXPECT_FALSE(parser.next().has_value());
    parser.feed("\n");
    const auto message = parser.next();
    ASSERT_TRUE(message.has_value());
    EXPECT_EQ(message->eventName(), QStringLiteral("Hangup"));
}

TEST(AmiParser, AcceptsLfOnlyAndMixedLineEnds)
{
    QByteArray lfOnly = bytesOf(kTranscript);
    lfOnly.replace("\r\n", "\n");
    AmiParser crlfParser;
    AmiParser lfParser;
    const auto expected = parseWhole(bytesOf(kTranscript), crlfParser);
    const auto actual = parseWhole(lfOnly, lfParser);
    EXPECT_EQ(lfParser.banner(), QStringLiteral("Asterisk Call Manager/5.0.1"));
    ASSERT_EQ(actual.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i)
        EXPECT_EQ(actual[i].fields, expected[i].fields);

    AmiParser mixed;
    const auto messages = parseWhole(bytesOf("Asterisk Call Manager/5.0.1\n"
                                             "Event: Newstate\r\nChannelState: 5\n\r\n"
                                             "Event: Newexten\nApplication: Dial\r\n\n"),
                                     mixed);
    ASSERT_EQ(messages.size(), 2u);
    EXPECT_EQ(messages[0].value(QStringLiteral("ChannelState")), QStringLiteral("5"));
    EXPECT_EQ(messages[1].value(QStringLiteral("Application")), QStringLiteral("Dial"));
    EXPECT_TRUE(mixed.takeProblems().isEmpty());
}

TEST(AmiParser, RepeatedKeysAreAllKept)
{
    AmiParser parser;
    const auto messages = parseWhole(bytesOf("Asterisk Call Manager/5.0.1\r\n"
                                             "Event: Newexten\r\n"
                                             "Channel: PJSIP/agent-1001-00000013\r\n"
                                             "ChanVariable: CSM_TICKET=T-2024-0001\r\n"
                                             "ChanVariable: CSM_CUSTOMER=42\r\n"
                                             "chanvariable: EMPTY=\r\n"
                                             "\r\n"
                                             "Response: Follows\r\n"
                                             "ActionID: cmd-3\r\n"
                                             "Output: Name/username             Host\r\n"
                                             "Output: 1001/1001                 10.0.0.21\r\n"
                                             "\r\n"),
                                     parser);
    ASSERT_EQ(messages.size(), 2u);
    EXPECT_EQ(messages[0].value(QStringLiteral("ChanVariable")), QStringLiteral("CSM_TICKET=T-2024-0001"));
    EXPECT_EQ(messages[0].values(QStringLiteral("ChanVariable")),
              (QStringList{QStringLiteral("CSM_TICKET=T-2024-0001"), QStringLiteral("CSM_CUSTOMER=42"),
                           QStringLiteral("EMPTY=")}));
    EXPECT_TRUE(messages[0].values(QStringLiteral("Missing")).isEmpty());

    EXPECT_TRUE(messages[1].isResponse());
    EXPECT_EQ(messages[1].value(QStringLiteral("Response")), QStringLiteral("Follows"));
    EXPECT_EQ(messages[1].actionId(), QStringLiteral("cmd-3"));
    EXPECT_EQ(messages[1].values(QStringLiteral("Output")).size(), 2);
}

TEST(AmiParser, ValuesWithColonsAndWhitespace)
{
    AmiParser parser;
    const auto messages = parseWhole(bytesOf("Asterisk Call Manager/5.0.1\r\n"
                                             "Event: UserEvent\r\n"
                                             "Timestamp: 2024-05-01 09:30:15\r\n"
                                             "Url: https://crm.example.com:8443/t?id=1\r\n"
                                             "NoSpace:value:with:colons\r\n"
                                             "  Padded  :   spaced value  \r\n"
                                             "Empty:\r\n"
                                             "\r\n"),
                                     parser);
    ASSERT_EQ(messages.size(), 1u);
    const AmiMessage& m = messages[0];
    EXPECT_EQ(m.value(QStringLiteral("Timestamp")), QStringLiteral("2024-05-01 09:30:15"));
    EXPECT_EQ(m.value(QStringLiteral("Url")), QStringLiteral("https://crm.example.com:8443/t?id=1"));
    EXPECT_EQ(m.value(QStringLiteral("NoSpace")), QStringLiteral("value:with:colons"));
    EXPECT_EQ(m.value(QStringLiteral("Padded")), QStringLiteral("spaced value"));
    EXPECT_TRUE(m.value(QStringLiteral("Empty")).isEmpty());
    EXPECT_TRUE(m.contains(QStringLiteral("Empty")));
    EXPECT_TRUE(parser.takeProblems().isEmpty());
}

TEST(AmiParser, GarbageLinesAreSkippedWithNotes)
{
    AmiParser parser;
    const auto messages = parseWhole(bytesOf("Asterisk Call Manager/5.0.1\r\n"
                                             "\r\n\r\n"                 // stray blank lines
                                             "Event: Hangup\r\n"
                                             "this line has no colon\r\n"
                                             ": no key here\r\n"
                                             "Cause: 16\r\n"
                                             "\r\n"
                                             "\r\n"
                                             "--END COMMAND--\r\n"      // a message of garbage only
                                             "\r\n"
                                             "Event: Newstate\r\n"
                                             "\r\n"),
                                     parser);
    ASSERT_EQ(messages.size(), 2u);
    EXPECT_EQ(messages[0].fields,
              (QList<QPair<QString, QString>>{{QStringLiteral("Event"), QStringLiteral("Hangup")},
                                              {QStringLiteral("Cause"), QStringLiteral("16")}}));
    EXPECT_EQ(messages[1].eventName(), QStringLiteral("Newstate"));

    const QStringList problems = parser.takeProblems();
    ASSERT_EQ(problems.size(), 3);
    EXPECT_TRUE(problems[0].contains(QStringLiteral("without a colon"))) << problems[0].toStdString();
    EXPECT_TRUE(problems[0].contains(QStringLiteral("this line has no colon")));
    EXPECT_TRUE(problems[1].contains(QStringLiteral("empty key"))) << problems[1].toStdString();
    EXPECT_TRUE(problems[2].contains(QStringLiteral("--END COMMAND--")));
    EXPECT_TRUE(parser.takeProblems().isEmpty()); // taken means cleared
}

TEST(AmiParser, BlankLinesOnlyYieldNothing)
{
    AmiParser parser;
    parser.feed("\r\n\n\r\nAsterisk Call Manager/5.0.1\r\n\r\n\n \r\n\t\n\r\n");
    EXPECT_EQ(parser.banner(), QStringLiteral("Asterisk Call Manager/5.0.1"));
    EXPECT_FALSE(parser.next().has_value());
    EXPECT_TRUE(parser.takeProblems().isEmpty());
}

TEST(AmiParser, MissingBannerIsNotedAndStreamStillParsed)
{
    AmiParser parser;
    const auto messages = parseWhole(bytesOf("Event: Hangup\r\nCause: 16\r\n\r\n"), parser);
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(messages[0].eventName(), QStringLiteral("Hangup"));
    EXPECT_TRUE(parser.banner().isEmpty());
    EXPECT_TRUE(parser.bannerSeen());
    EXPECT_EQ(parser.takeProblems().size(), 1);
}

TEST(AmiParser, OverLongLineIsDiscardedUpToItsEnd)
{
    for (const qsizetype chunk : {1, 5, 100000}) {
        AmiParser parser(64);
        QByteArray input = "Asterisk Call Manager/5.0.1\r\nEvent: Newexten\r\nAppData: " + QByteArray(500, 'x')
            + "\r\nExten: 1001\r\n"
              "Exactly64: " + QByteArray(64 - 11, 'y') + "\r\n"   // at the limit: kept
              "\r\n";
        std::vector<AmiMessage> messages;
        for (qsizetype at = 0; at < input.size(); at += chunk) {
            parser.feed(QByteArrayView(input).sliced(at, qMin(chunk, input.size() - at)));
            for (auto& m : drain(parser))
                messages.push_back(std::move(m));
        }
        ASSERT_EQ(messages.size(), 1u) << "chunk " << chunk;
        EXPECT_EQ(messages[0].eventName(), QStringLiteral("Newexten"));
        EXPECT_FALSE(messages[0].contains(QStringLiteral("AppData")));
        EXPECT_EQ(messages[0].value(QStringLiteral("Exten")), QStringLiteral("1001"));
        EXPECT_EQ(messages[0].value(QStringLiteral("Exactly64")).size(), 64 - 11);
        const QStringList problems = parser.takeProblems();
        ASSERT_EQ(problems.size(), 1) << "chunk " << chunk;
        EXPECT_TRUE(problems[0].contains(QStringLiteral("over-long"))) << problems[0].toStdString();
    }
}

TEST(AmiParser, OverLongLineWithoutEndKeepsMemoryBounded)
{
    AmiParser parser(32);
    parser.feed("Asterisk Call Manager/5.0.1\r\nEvent: X\r\n");
    for (int i = 0; i < 1000; ++i)
        parser.feed(QByteArray(1024, 'z'));
    parser.feed("\r\nState: ok\r\n\r\n");
    const auto message = parser.next();
    ASSERT_TRUE(message.has_value());
    EXPECT_EQ(message->fields.size(), 2);
    const QStringList problems = parser.takeProblems();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].contains(QStringLiteral("1024000"))) << problems[0].toStdString();
}

TEST(AmiParser, MessageWithTooManyFieldsIsDropped)
{
    AmiParser parser(8192, 4);
    const auto messages = parseWhole(bytesOf("Asterisk Call Manager/5.0.1\r\n"
                                             "Event: Big\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\nE: 5\r\n\r\n"
                                             "Event: Small\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n"),
                                     parser);
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(messages[0].eventName(), QStringLiteral("Small"));
    EXPECT_EQ(messages[0].fields.size(), 4);
    const QStringList problems = parser.takeProblems();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].contains(QStringLiteral("Big"))) << problems[0].toStdString();
}

TEST(AmiParser, InvalidUtf8IsReplacedAndNoted)
{
    AmiParser parser;
    QByteArray input = "Asterisk Call Manager/5.0.1\r\nEvent: Newchannel\r\nCallerIDName: ";
    input += "\xff\xfe";          // never valid in UTF-8
    input += "\xe5\xbc";          // truncated 3-byte sequence (first two bytes of 张)
    input += "abc\r\nCallerIDNum: 1001\r\n\r\n";
    const auto messages = parseWhole(input, parser);
    ASSERT_EQ(messages.size(), 1u);
    const QString name = messages[0].value(QStringLiteral("CallerIDName"));
    EXPECT_TRUE(name.contains(QChar(QChar::ReplacementCharacter)));
    EXPECT_TRUE(name.endsWith(QStringLiteral("abc")));
    EXPECT_EQ(messages[0].value(QStringLiteral("CallerIDNum")), QStringLiteral("1001"));
    const QStringList problems = parser.takeProblems();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].contains(QStringLiteral("UTF-8")));
}

TEST(AmiParser, MultiByteCharactersSplitAcrossChunks)
{
    const QByteArray input = QByteArray("Asterisk Call Manager/5.0.1\r\nEvent: X\r\nName: ") + QStringLiteral("张三").toUtf8()
        + "\r\n\r\n";
    AmiParser parser;
    for (const char byte : input)
        parser.feed(QByteArrayView(&byte, 1));
    const auto message = parser.next();
    ASSERT_TRUE(message.has_value());
    EXPECT_EQ(message->value(QStringLiteral("Name")), QStringLiteral("张三"));
    EXPECT_TRUE(parser.takeProblems().isEmpty());
}

TEST(AmiParser, TruncatedMessageThenReset)
{
    AmiParser parser;
    parser.feed("Asterisk Call Manager/5.0.1\r\n"
                "Event: Newchannel\r\nChannel: PJSIP/trunk-cn-00000012\r\n\r\n"
                "Event: Hangup\r\nChannel: PJSIP/trunk-cn-0000"); // connection dropped here
    const auto before = drain(parser);
    ASSERT_EQ(before.size(), 1u);
    EXPECT_EQ(before[0].eventName(), QStringLiteral("Newchannel"));
    EXPECT_TRUE(parser.takeProblems().isEmpty());

    parser.reset();
    EXPECT_TRUE(parser.banner().isEmpty());
    EXPECT_FALSE(parser.bannerSeen());
    const QStringList problems = parser.takeProblems();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].contains(QStringLiteral("incomplete"))) << problems[0].toStdString();

    // The new connection starts cleanly: nothing of the half message leaks into it.
    parser.feed("Asterisk Call Manager/6.0.0\r\nResponse: Success\r\nActionID: login-2\r\n"
                "Message: Authentication accepted\r\n\r\n");
    EXPECT_EQ(parser.banner(), QStringLiteral("Asterisk Call Manager/6.0.0"));
    const auto after = drain(parser);
    ASSERT_EQ(after.size(), 1u);
    EXPECT_EQ(after[0].fields.size(), 3);
    EXPECT_EQ(after[0].actionId(), QStringLiteral("login-2"));
    EXPECT_TRUE(parser.takeProblems().isEmpty());

    // Resetting a clean parser says nothing.
    parser.reset();
    EXPECT_TRUE(parser.takeProblems().isEmpty());
}

TEST(AmiParser, ProblemListIsBounded)
{
    AmiParser parser;
    parser.feed("Asterisk Call Manager/5.0.1\r\n");
    for (int i = 0; i < AmiParser::kMaxProblems + 50; ++i)
        parser.feed("garbage\r\n");
    const QStringList problems = parser.takeProblems();
    ASSERT_EQ(problems.size(), AmiParser::kMaxProblems + 1);
    EXPECT_TRUE(problems.last().contains(QStringLiteral("50 further"))) << problems.last().toStdString();
    EXPECT_TRUE(parser.takeProblems().isEmpty());
}

TEST(AmiParser, ProblemNotesArePrintable)
{
    AmiParser parser;
    parser.feed(QByteArray("Asterisk Call Manager/5.0.1\r\nbell\x07 and esc\x1b and ") + QByteArray(200, 'q') + "\r\n");
    const QStringList problems = parser.takeProblems();
    ASSERT_EQ(problems.size(), 1);
    for (const QChar ch : problems[0])
        EXPECT_GE(ch.unicode(), 0x20);
    EXPECT_LT(problems[0].size(), 150);
}

TEST(EncodeAmiAction, FormatsLoginAction)
{
    const QByteArray bytes = encodeAmiAction(QStringLiteral("Login"),
                                             {{QStringLiteral("Username"), QStringLiteral("csm")},
                                              {QStringLiteral("Secret"), QStringLiteral("s3cret:x")},
                                              {QStringLiteral("Events"), QStringLiteral("call,agent")}},
                                             QStringLiteral("1"));
    EXPECT_EQ(bytes, QByteArray("Action: Login\r\nActionID: 1\r\nUsername: csm\r\nSecret: s3cret:x\r\n"
                                "Events: call,agent\r\n\r\n"));
}

TEST(EncodeAmiAction, RemovesLineBreaksSoNothingCanBeInjected)
{
    const QByteArray bytes = encodeAmiAction(
        QStringLiteral("Originate\r\n"),
        {{QStringLiteral("Channel"), QStringLiteral("PJSIP/1001\r\n\r\nAction: Command\r\nCommand: core stop now")},
         {QStringLiteral("Var\nia:ble"), QStringLiteral("CSM_NOTE=line1\nline2\rline3")},
         {QStringLiteral("\r\n"), QStringLiteral("dropped")},
         {QStringLiteral("Async"), QStringLiteral("true")}},
        QStringLiteral("o-\n9"));
    EXPECT_EQ(bytes, QByteArray("Action: Originate\r\nActionID: o-9\r\n"
                                "Channel: PJSIP/1001Action: CommandCommand: core stop now\r\n"
                                "Variable: CSM_NOTE=line1line2line3\r\n"
                                "Async: true\r\n\r\n"));

    // Round trip: exactly one message with exactly the intended fields.
    AmiParser parser;
    parser.feed("Asterisk Call Manager/5.0.1\r\n");
    parser.feed(bytes);
    const auto messages = drain(parser);
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(messages[0].value(QStringLiteral("Action")), QStringLiteral("Originate"));
    EXPECT_EQ(messages[0].actionId(), QStringLiteral("o-9"));
    EXPECT_EQ(messages[0].fields.size(), 5);
    EXPECT_EQ(messages[0].values(QStringLiteral("Action")).size(), 1);
}

TEST(EncodeAmiAction, EncodesUtf8AndOmitsEmptyActionId)
{
    const QByteArray bytes = encodeAmiAction(QStringLiteral("UserEvent"),
                                             {{QStringLiteral("UserEvent"), QStringLiteral("CsmNote")},
                                              {QStringLiteral("Name"), QStringLiteral("张三")}},
                                             QString());
    EXPECT_EQ(bytes, QByteArray("Action: UserEvent\r\nUserEvent: CsmNote\r\nName: ") + QStringLiteral("张三").toUtf8()
                         + "\r\n\r\n");
}
