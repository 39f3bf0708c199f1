#pragma once
// Unpacks an archive (the cuDNN .tar.xz, ~0.5-1 GB unpacked) in-process with progress and a
// cancel that stops within a second. Refuses entries that would land outside the target
// folder (absolute paths, "..", symlinks pointing out), so a hostile archive cannot write
// anywhere else. Runs on a worker thread; signals arrive on the owner's thread.
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>

namespace gpusetup {

struct ExtractResult
{
    bool ok = false;
    bool cancelled = false;
    QString message;     // translated, one sentence
    QString details;     // for the log
    QStringList created; // top-level entries created under the target (for undo)
    qint64 bytes = 0;    // bytes written
    int files = 0;
};

class Extractor : public QObject
{
    Q_OBJECT
public:
    Extractor(const QString &archive, const QString &targetDir, QObject *parent = nullptr);
    ~Extractor() override;

    // Drop this many leading path components (like tar --strip-components).
    void setStripComponents(int n) { m_strip = n; }

    void start(); // asynchronous; finished() follows exactly once
    void cancel();
    bool isRunning() const { return m_running; }

    // Synchronous core used by start() and by the benchmark.
    ExtractResult extractNow();

signals:
    // fraction of the compressed input consumed (0..1), bytes written so far
    void progress(double fraction, qint64 bytesWritten);
    void finished(const gpusetup::ExtractResult &result);

private:
    QString m_archive;
    QString m_target;
    int m_strip = 0;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
};

} // namespace gpusetup

Q_DECLARE_METATYPE(gpusetup::ExtractResult)
