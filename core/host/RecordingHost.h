#pragma once
#include "host/Host.h"

#include <QMutex>
#include <QSet>

namespace gpusetup {

// Passes every call through to another host and remembers what the probes looked at, so
// that `gpu-setup snapshot` captures exactly the files and commands the probes use.
class RecordingHost : public Host
{
public:
    struct FileRecord
    {
        Node node;
        std::optional<QByteArray> content; // set when the file was read
    };

    explicit RecordingHost(const Host &inner) : m_inner(inner) {}

    QString user() const override { return m_inner.user(); }
    QString home() const override { return m_inner.home(); }
    QMap<QString, QString> environment() const override { return m_inner.environment(); }
    QString env(const QString &name) const override;
    bool isSnapshot() const override { return m_inner.isSnapshot(); }
    QString describe() const override { return m_inner.describe(); }

    Node lstat(const QString &resolvedPath) const override;
    QStringList listDir(const QString &resolvedDir, const QStringList &patterns) const override;
    std::optional<QByteArray> readRaw(const QString &resolvedPath, qint64 maxBytes) const override;
    CommandResult run(const QStringList &argv, int timeoutMs) const override;
    CommandResult runWithEnvironment(const QStringList &argv,
                                     const QMap<QString, QString> &environment,
                                     int timeoutMs) const override;
    NvmlInfo nvml(int timeoutMs = kDefaultTimeoutMs) const override;

    QMap<QString, FileRecord> files() const;
    QList<CommandResult> commands() const;
    std::optional<NvmlInfo> recordedNvml() const;
    // The variables probes read, plus the few every snapshot keeps.
    QMap<QString, QString> recordedEnvironment() const;

private:
    const Host &m_inner;
    mutable QMutex m_mutex; // probes may run on worker threads
    mutable QMap<QString, FileRecord> m_files;
    mutable QList<CommandResult> m_commands;
    mutable std::optional<NvmlInfo> m_nvml;
    mutable QSet<QString> m_envRead;
};

struct SnapshotSummary
{
    int files = 0;
    int links = 0;
    int dirs = 0;
    int commands = 0;
    qint64 bytes = 0;
};

// Writes what a RecordingHost saw as a snapshot folder. dir must not exist or be empty.
bool writeSnapshot(const RecordingHost &rec, const QString &dir, SnapshotSummary *summary,
                   QString *error);

} // namespace gpusetup
