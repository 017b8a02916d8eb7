#include "common/cti/ami_channel.h"

#include <gtest/gtest.h>

using csm::common::cti::extensionFromChannel;
using csm::common::cti::extensionFromInterface;

TEST(AmiChannel, AgentChannelsNameTheirExtension)
{
    EXPECT_EQ(extensionFromChannel(QStringLiteral("PJSIP/8001-0000002a")), QStringLiteral("8001"));
    EXPECT_EQ(extensionFromChannel(QStringLiteral("SIP/8002-00000003")), QStringLiteral("8002"));
    EXPECT_EQ(extensionFromChannel(QStringLiteral(" PJSIP/12-1f ")), QStringLiteral("12"));
}

TEST(AmiChannel, TrunksAndOtherChannelsAreNotAgents)
{
    EXPECT_TRUE(extensionFromChannel(QStringLiteral("PJSIP/trunk-cn-0000001")).isEmpty());
    EXPECT_TRUE(extensionFromChannel(QStringLiteral("DAHDI/1-1")).isEmpty());
    EXPECT_TRUE(extensionFromChannel(QStringLiteral("Local/8001@from-queue-00000001;1")).isEmpty());
    EXPECT_TRUE(extensionFromChannel(QStringLiteral("PJSIP/8001")).isEmpty()); // an interface, not a channel
    EXPECT_TRUE(extensionFromChannel(QStringLiteral("PJSIP/123456789-01")).isEmpty());
    EXPECT_TRUE(extensionFromChannel(QString()).isEmpty());
}

TEST(AmiChannel, QueueMemberInterfaces)
{
    EXPECT_EQ(extensionFromInterface(QStringLiteral("PJSIP/8001")), QStringLiteral("8001"));
    EXPECT_EQ(extensionFromInterface(QStringLiteral("SIP/8002")), QStringLiteral("8002"));
    EXPECT_EQ(extensionFromInterface(QStringLiteral("Local/8003@from-queue/n")), QStringLiteral("8003"));
    EXPECT_TRUE(extensionFromInterface(QStringLiteral("PJSIP/8001-0000002a")).isEmpty());
    EXPECT_TRUE(extensionFromInterface(QStringLiteral("Agent/8001")).isEmpty());
    EXPECT_TRUE(extensionFromInterface(QStringLiteral("PJSIP/alice")).isEmpty());
}
