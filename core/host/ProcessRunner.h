#pragma once
#include "host/CommandResult.h"

#include <QMap>

namespace gpusetup {

// Runs one argv (never through a shell) with stdin on /dev/null, in its own process group,
// with LC_ALL=C forced, and kills the whole group when the timeout passes. A child that
// will not die (stuck in the kernel, as nvidia-smi can be on a wedged driver) is left to a
// background reaper: the caller gets its answer at the timeout regardless.
class ProcessRunner
{
public:
    static constexpr qint64 kMaxOutput = 32 * 1024 * 1024;

    // program must be an absolute path (look it up with Host::which first).
    static CommandResult run(const QString &program, const QStringList &argv,
                             const QMap<QString, QString> &environment, int timeoutMs);
};

} // namespace gpusetup
