#pragma once
#include "host/Host.h"

#include <QSet>

#include <memory>

namespace gpusetup {

// A machine captured in a folder (DESIGN.md "Host snapshot folder"): host.json for the user,
// environment, command outputs and NVML answers; every file at its machine path under fs/.
// Nothing here ever runs a real command.
class SnapshotHost : public Host
{
public:
    struct Command
    {
        CommandResult::Status status = CommandResult::Status::Exited;
        int exitCode = 0;
        QByteArray stdOut, stdErr;
        qint64 elapsedMs = 0;
    };

    // nullptr and a one-sentence *error when the folder is not a usable snapshot.
    static std::unique_ptr<SnapshotHost> open(const QString &dir, QString *error);

    QString user() const override { return m_user; }
    QString home() const override { return m_home; }
    QMap<QString, QString> environment() const override { return m_env; }
    bool isSnapshot() const override { return true; }
    QString describe() const override;
    QString folder() const { return m_dir; }

    Node lstat(const QString &resolvedPath) const override;
    QStringList listDir(const QString &resolvedDir, const QStringList &patterns) const override;
    std::optional<QByteArray> readRaw(const QString &resolvedPath, qint64 maxBytes) const override;
    // A command recorded as timed out really waits out the caller's timeout, so a test of a
    // hung nvidia-smi measures the same wall time the real machine would cost.
    CommandResult run(const QStringList &argv, int timeoutMs) const override;
    NvmlInfo nvml(int = kDefaultTimeoutMs) const override { return m_nvml; }

private:
    SnapshotHost() = default;
    QString physical(const QString &machinePath) const;

    QString m_dir;
    QString m_fs;
    QString m_user;
    QString m_home;
    QMap<QString, QString> m_env;
    QMap<QString, Command> m_commands;
    QSet<QString> m_dirs; // empty folders (git keeps none), from the "dirs" list of host.json
    NvmlInfo m_nvml;
};

} // namespace gpusetup
