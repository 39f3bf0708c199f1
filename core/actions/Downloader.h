#pragma once
// Fetches one large file (CUDA runfile, cuDNN archive, Miniconda installer) with resume,
// mirror fail-over and a SHA-256 (or MD5) check, so a cut connection never costs the whole 4 GB
// again and nothing unverified is ever left under the final name.
#include "actions/Hasher.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace gpusetup {

struct DownloadResult
{
    bool ok = false;
    QString message; // one sentence for the user
    QString details; // for the log: URLs tried, statuses, hashes
};

class Downloader : public QObject
{
    Q_OBJECT
public:
    // Bytes free for writing in a folder; injectable so tests can simulate a full disk.
    using FreeSpaceFn = std::function<qint64(const QString &dir)>;

    // urls: the primary URL then its mirrors, tried in order. target: the final file; the
    // download goes to target + ".part" (+ ".part.meta" holding the ETag/Last-Modified).
    Downloader(const QStringList &urls, const QString &target, const QString &sha256Hex,
               QObject *parent = nullptr);
    // The same with another digest, for files whose publisher gives only an MD5.
    Downloader(const QStringList &urls, const QString &target, Hasher::Algorithm algorithm,
               const QString &digestHex, QObject *parent = nullptr);
    ~Downloader() override;

    void setFreeSpaceFunction(FreeSpaceFn fn) { m_freeSpace = std::move(fn); }
    // How many extra tries each URL gets after a failure before the next mirror (default 1).
    void setRetriesPerUrl(int n) { m_retriesPerUrl = n; }

    // The size of each of the 8 ring buffers between libcurl's thread and the thread that
    // writes + hashes (measured: tests/bench). Tests may lower it to exercise piecewise writes.
    void setPieceSize(qint64 bytes) { m_pieceSize = bytes; }

    // Trust only the certificates in this PEM file instead of the system's store. For tests
    // (a local https server with a test CA); the product never calls it, and no environment
    // variable reaches it.
    void setCaBundle(const QString &pemFile) { m_caBundle = pemFile; }

    void start();
    // Stops at once (the transfer thread sees the flag within a poll of 100 ms, a re-hash of
    // the .part is stopped within a few milliseconds); the .part file stays for a resume.
    void cancel();
    bool isRunning() const { return m_running; }

    QString partPath() const { return m_target + QStringLiteral(".part"); }
    QString metaPath() const { return m_target + QStringLiteral(".part.meta"); }

    // Plain http:// is allowed only to a loopback host; *why gets one sentence otherwise.
    static bool urlAllowed(const QUrl &url, QString *why);
    static qint64 defaultFreeSpace(const QString &dir);

signals:
    void progress(qint64 received, qint64 total, double bytesPerSecond, int etaSeconds);
    // An existing .part is being re-hashed on a worker thread before the resume.
    void verifyingPart(qint64 hashed, qint64 total);
    void finished(const gpusetup::DownloadResult &result);

private:
    struct Transfer; // one attempt's libcurl + ring-buffer state, shared with its two threads

    void beginAttempt();
    void sendRequest(const QString &validator);
    void onRehashed(int generation, bool ok, qint64 bytes, const QString &error);
    void stopWorker();
    // Runs on the transfer thread: one attempt, redirects followed by hand.
    void runTransfer(Transfer *t, QString url, QString validator);
    bool onHeaders(Transfer *t);                       // transfer thread; false aborts
    bool onBody(Transfer *t, const char *p, qint64 n); // transfer thread; false aborts
    static size_t curlHeader(char *p, size_t size, size_t n, void *transfer);
    static size_t curlBody(char *p, size_t size, size_t n, void *transfer);
    void stopTransfer();
    void onAttemptDone(int generation);
    bool resetPart();
    void finish(bool ok, const QString &message);
    void emitProgress(bool force);
    void writeMeta(const QString &validator);
    // The remembered ETag/Last-Modified; false when the .part belongs to another digest.
    bool readMeta(QString *validator) const;

    QStringList m_urls;
    QString m_target;
    Hasher::Algorithm m_algorithm = Hasher::Algorithm::Sha256;
    QByteArray m_expected; // lower-case hex
    qint64 m_pieceSize = 1 << 20;
    QString m_caBundle;
    FreeSpaceFn m_freeSpace;
    int m_retriesPerUrl = 1;

    // While an attempt runs, its thread owns the attempt state below (m_part, m_hash,
    // m_received, m_total, m_log...); this thread touches it only after joining.
    std::unique_ptr<Transfer> m_transfer;
    std::thread m_transferThread;
    int m_transferGeneration = 0; // drops a stopped transfer's queued answer
    std::unique_ptr<Hasher> m_hash;
    qint64 m_hashedBytes = -1; // bytes of .part m_hash covers; -1: must re-hash the .part
    std::thread m_worker;      // re-hashes an existing .part
    std::atomic_bool m_stopWorker{false};
    int m_generation = 0;     // drops a stopped worker's queued answer
    bool m_resumed = false;   // some bytes of this run came through a Range request
    bool m_restarted = false; // the once-only restart after a digest mismatch was used
    QFile m_part;
    bool m_running = false;
    int m_urlIndex = 0;
    int m_try = 0;
    qint64 m_offset = 0;   // bytes in .part when the current request was sent
    qint64 m_received = 0; // bytes in .part now
    qint64 m_total = -1;
    bool m_rangeSent = false;
    bool m_headersSeen = false;
    QString m_attemptError;
    QStringList m_log;
    QElapsedTimer m_clock;
    qint64 m_lastEmitMs = -1000;
    qint64 m_rateBytes = 0; // bytes received during this start(), for the rate
};

} // namespace gpusetup

Q_DECLARE_METATYPE(gpusetup::DownloadResult)
