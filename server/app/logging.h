#pragma once
#include "server/app/config.h"

namespace csm::server {

// spdlog to the console and to a rotating file under the log directory.
void setupLogging(const ServerConfig& config, bool toFile);

} // namespace csm::server
