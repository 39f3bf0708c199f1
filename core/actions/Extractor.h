#pragma once
// Unpacks an archive (the cuDNN .tar.xz, ~0.5-1 GB unpacked) in-process with progress and a
// cancel that stops within a second. Refuses entries that would land outside the target
// folder (absolute paths, "..", symlinks pointing out), so a hostile archive cannot write
// anywhere else. Runs on a worker thread; signals arrive on the owner's thread. On failure or
// cancel everything it created is removed again, so nothing half-unpacked is left behind.
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <thread>

namespace gpusetup {

struct ExtractResult
{
    bool ok = false;
    bool cancelled = false;
    QString message;     // translated, one sentence
    QString details;     // for the log
    QStringList created; // absolute paths of the top-level entries it created (for undo)
    qint64 bytes = 0;    // bytes written
    int files = 0;
};

class Extractor : public QObject
{
    Q_OBJECT
public:
    Extractor(const QString &archive, const QString &targetDir, QObject *parent = nullptr);
    ~Extractor() override; // stops and joins a running extraction

    // Drop this many leading path components (like tar --strip-components).
    void setStripComponents(int n) { m_strip = n; }
    // Replace files that already exist under the target (default: refuse, since the old
    // bytes could not be restored by undo). Existing folders are always merged into.
    void setOverwrite(bool on) { m_overwrite = on; }

    void start(); // asynchronous; finished() follows exactly once
    void cancel();
    bool isRunning() const { return m_running; }

    // Synchronous core used by start(), the CLI and the benchmark. progress is called from
    // the calling thread at most ~10 times a second.
    ExtractResult extractNow();

signals:
    // fraction of the compressed input consumed (0..1), bytes written so far
    void progress(double fraction, qint64 bytesWritten);
    void finished(const gpusetup::ExtractResult &result);

private:
    QString m_archive;
    QString m_target;
    int m_strip = 0;
    bool m_overwrite = false;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
    bool m_async = false;
    std::thread m_worker;
};

} // namespace gpusetup

Q_DECLARE_METATYPE(gpusetup::ExtractResult)
