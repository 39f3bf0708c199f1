#pragma once
// Fetches one large file (CUDA runfile, cuDNN archive, Miniconda installer) with resume,
// mirror fail-over and a SHA-256 check, so a cut connection never costs the whole 4 GB again
// and nothing unverified is ever left under the final name.

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QCryptographicHash;

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
    ~Downloader() override;

    void setFreeSpaceFunction(FreeSpaceFn fn) { m_freeSpace = std::move(fn); }
    // How many extra tries each URL gets after a failure before the next mirror (default 1).
    void setRetriesPerUrl(int n) { m_retriesPerUrl = n; }

    void start();
    // Stops at once (the reply is aborted synchronously); the .part file stays for a resume.
    void cancel();
    bool isRunning() const { return m_running; }

    QString partPath() const { return m_target + QStringLiteral(".part"); }
    QString metaPath() const { return m_target + QStringLiteral(".part.meta"); }

    // Plain http:// is allowed only to a loopback host; *why gets one sentence otherwise.
    static bool urlAllowed(const QUrl &url, QString *why);
    static qint64 defaultFreeSpace(const QString &dir);

signals:
    void progress(qint64 received, qint64 total, double bytesPerSecond, int etaSeconds);
    void finished(const gpusetup::DownloadResult &result);

private:
    void beginAttempt();
    void onMetaData();
    void onReadyRead();
    void onReplyFinished();
    bool resetPart();
    void failAttempt(const QString &why);
    void finish(bool ok, const QString &message);
    void emitProgress(bool force);
    void writeMeta(const QString &validator);
    QString readMeta() const;

    QStringList m_urls;
    QString m_target;
    QByteArray m_expected; // lower-case hex
    FreeSpaceFn m_freeSpace;
    int m_retriesPerUrl = 1;

    QNetworkAccessManager *m_nam = nullptr;
    QPointer<QNetworkReply> m_reply;
    QCryptographicHash *m_hash = nullptr;
    QFile m_part;
    bool m_running = false;
    int m_urlIndex = 0;
    int m_try = 0;
    qint64 m_offset = 0;   // bytes in .part when the current request was sent
    qint64 m_received = 0; // bytes in .part now
    qint64 m_total = -1;
    bool m_rangeSent = false;
    bool m_headersSeen = false;
    bool m_attemptFailed = false;
    QString m_attemptError;
    QStringList m_log;
    QElapsedTimer m_clock;
    qint64 m_lastEmitMs = -1000;
    qint64 m_rateBytes = 0; // bytes received during this start(), for the rate
};

} // namespace gpusetup

Q_DECLARE_METATYPE(gpusetup::DownloadResult)
