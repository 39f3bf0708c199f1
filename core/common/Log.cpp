#include "common/Log.h"

#include <QDir>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace gpusetup {

QString initLogging(bool verbose)
{
    std::vector<spdlog::sink_ptr> sinks;
    QString dir = qEnvironmentVariable("XDG_STATE_HOME");
    if (dir.isEmpty()) dir = QDir::homePath() + QStringLiteral("/.local/state");
    dir += QStringLiteral("/gpu-setup");
    QString file;
    if (QDir().mkpath(dir)) {
        file = dir + QStringLiteral("/gpu-setup.log");
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                file.toStdString(), 1024 * 1024, 3));
        } catch (const spdlog::spdlog_ex &) {
            file.clear();
        }
    }
    if (verbose) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(spdlog::level::debug);
        sinks.push_back(console);
    }
    auto logger = std::make_shared<spdlog::logger>("gpu-setup", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::debug);
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
    return file;
}

} // namespace gpusetup
