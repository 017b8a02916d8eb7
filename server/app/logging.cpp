#include "server/app/logging.h"

#include <spdlog/async.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <QDir>

namespace csm::server {

void setupLogging(const ServerConfig& config, bool toFile)
{
    std::vector<spdlog::sink_ptr> sinks;
    sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    if (toFile) {
        const QString dir = config.effectiveLogDir();
        if (!QDir().mkpath(dir))
            throw std::runtime_error("cannot create log directory " + dir.toStdString());
        sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            (dir + QStringLiteral("/csm-server.log")).toStdString(), 16 * 1024 * 1024, 5));
    }
    spdlog::init_thread_pool(8192, 1);
    auto logger = std::make_shared<spdlog::async_logger>("csm", sinks.begin(), sinks.end(), spdlog::thread_pool(),
                                                         spdlog::async_overflow_policy::overrun_oldest);
    const auto level = spdlog::level::from_str(config.logLevel.toStdString());
    if (level == spdlog::level::off && config.logLevel != QLatin1String("off"))
        throw std::runtime_error("unknown log level " + config.logLevel.toStdString());
    logger->set_level(level);
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ %v");
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    spdlog::flush_every(std::chrono::seconds(1));
}

} // namespace csm::server
