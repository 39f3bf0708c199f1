#pragma once
#include "common/Json.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace gpusetup {

// What running one argv gave. "Not installed", "timed out" and "exited non-zero" are kept
// apart because probes draw different conclusions from each.
struct CommandResult
{
    enum class Status { Exited, NotInstalled, TimedOut, Crashed, FailedToStart };

    QStringList argv;
    Status status = Status::FailedToStart;
    int exitCode = -1;
    QByteArray stdOut;
    QByteArray stdErr;
    qint64 elapsedMs = 0;

    bool ok() const { return status == Status::Exited && exitCode == 0; }
    bool ran() const { return status == Status::Exited; }
    QString out() const { return QString::fromUtf8(stdOut); }
    QString err() const { return QString::fromUtf8(stdErr); }
    // One line for evidence and logs: "nvidia-smi -q -x: timed out after 5000 ms".
    QString describe() const;
};

QString commandStatusName(CommandResult::Status s);
CommandResult::Status commandStatusFromName(const QString &name);

} // namespace gpusetup
