// csm-server's settings from the command line (no database needed; lives with the server tests
// because it links the server's code).
#include "server/app/config.h"

#include <gtest/gtest.h>

#include <stdexcept>

using csm::server::parseCommandLine;

TEST(ServerConfig, EmbeddedSharedBuffersDefaultAndOption)
{
    EXPECT_EQ(parseCommandLine({QStringLiteral("serve")}).config.pgSharedBuffers, QStringLiteral("128MB"));
    EXPECT_EQ(parseCommandLine({QStringLiteral("serve"), QStringLiteral("--pg-shared-buffers"), QStringLiteral("2GB")})
                  .config.pgSharedBuffers,
              QStringLiteral("2GB"));
}

TEST(ServerConfig, BadSharedBuffersAreRefusedWithTheSetting)
{
    for (const char* bad : {"2", "lots", "8MB", "65GB", "1TB", "512mb", "-1GB"}) {
        try {
            parseCommandLine({QStringLiteral("serve"), QStringLiteral("--pg-shared-buffers"), QString::fromLatin1(bad)});
            ADD_FAILURE() << bad << " was accepted";
        } catch (const std::runtime_error& error) {
            EXPECT_NE(std::string(error.what()).find("database/shared_buffers"), std::string::npos) << error.what();
        }
    }
}
