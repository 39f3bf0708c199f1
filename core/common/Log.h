#pragma once
#include <QString>

namespace gpusetup {

// spdlog to $XDG_STATE_HOME/gpu-setup/gpu-setup.log (rotating, 1 MiB x 3); console output
// only when verbose. Returns the log file path, or an empty string when it could not be opened.
QString initLogging(bool verbose);

} // namespace gpusetup
