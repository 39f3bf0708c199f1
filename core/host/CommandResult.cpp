#include "host/CommandResult.h"

namespace gpusetup {

QString commandStatusName(CommandResult::Status s)
{
    switch (s) {
    case CommandResult::Status::Exited:
        return QStringLiteral("exited");
    case CommandResult::Status::NotInstalled:
        return QStringLiteral("not-installed");
    case CommandResult::Status::TimedOut:
        return QStringLiteral("timed-out");
    case CommandResult::Status::Crashed:
        return QStringLiteral("crashed");
    case CommandResult::Status::FailedToStart:
        break;
    }
    return QStringLiteral("failed-to-start");
}

CommandResult::Status commandStatusFromName(const QString &name)
{
    for (auto s : {CommandResult::Status::Exited, CommandResult::Status::NotInstalled,
                   CommandResult::Status::TimedOut, CommandResult::Status::Crashed})
        if (commandStatusName(s) == name) return s;
    return CommandResult::Status::FailedToStart;
}

QString CommandResult::describe() const
{
    const QString cmd = argv.join(QLatin1Char(' '));
    switch (status) {
    case Status::Exited:
        return QStringLiteral("%1: exit %2 (%3 ms)").arg(cmd).arg(exitCode).arg(elapsedMs);
    case Status::NotInstalled:
        return QStringLiteral("%1: not installed").arg(cmd);
    case Status::TimedOut:
        return QStringLiteral("%1: no answer, killed after %2 ms").arg(cmd).arg(elapsedMs);
    case Status::Crashed:
        return QStringLiteral("%1: killed by signal %2").arg(cmd).arg(exitCode);
    case Status::FailedToStart:
        break;
    }
    return QStringLiteral("%1: could not be started").arg(cmd);
}

} // namespace gpusetup
