#include "actions/Downloader.h"

#include "actions/WriteBehind.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <curl/curl.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

namespace gpusetup {

namespace {

QString mb(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

constexpr int kRingBuffers = 8;               // 8 x piece size in flight, at most
constexpr long kCurlBufferBytes = 512 * 1024; // CURLOPT_BUFFERSIZE (measured: tests/bench)
constexpr int kMaxRedirects = 10;

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) return true;
    QHostAddress a;
    if (!a.setAddress(host)) return false;
    return a.isLoopback();
}

} // namespace

// One attempt: libcurl runs on its own thread and copies the body into a ring of buffers that
// a second thread writes to the .part and hashes, so the network never waits on the disk. That
// thread writes behind (WriteBehind): each piece is sent to disk at once and dropped from the
// page cache a window later, so a 4 GB file never piles up gigabytes of dirty pages for the
// kernel to throttle on (measured: tests/bench, 4 GiB 8.60 s -> ~5 s on the dev VM).
struct Downloader::Transfer
{
    struct Buf
    {
        std::unique_ptr<char[]> data;
        qint64 used = 0;
    };
    Downloader *d = nullptr;
    std::atomic_bool cancel{false};
    std::mutex mu; // guards everything of the ring below
    std::condition_variable cv;
    std::vector<Buf> bufs;
    std::deque<Buf *> idle, full;
    Buf *cur = nullptr; // being filled by libcurl's thread (no lock needed for it)
    qint64 piece = 1 << 20;
    QByteArray caBundle; // "" : the system's certificate store
    bool drain = false;
    bool writeFailed = false;
    QString writeError;
    std::thread writer;

    std::mutex multiMu; // guards multi for the wake-up from cancel()
    CURLM *multi = nullptr;
    void *easy = nullptr;

    // The response being read (reset per request, redirects included).
    long status = 0;
    bool body = false; // the body is the file (200/206); otherwise it is dropped
    qint64 contentLength = -1;
    QByteArray contentRange, etag, lastModified, location;
    QString url; // the address of the request being read
    QString redirectTo;

    void push()
    {
        std::lock_guard lock(mu);
        full.push_back(cur);
        cur = nullptr;
        cv.notify_all();
    }
    // False when the writer failed or the transfer is being cancelled.
    bool add(const char *p, qint64 len)
    {
        while (len > 0) {
            if (!cur) {
                std::unique_lock lock(mu);
                cv.wait(lock, [this] { return !idle.empty() || writeFailed || cancel; });
                if (writeFailed || cancel) return false;
                cur = idle.front();
                idle.pop_front();
            }
            const qint64 take = std::min(len, piece - cur->used);
            std::memcpy(cur->data.get() + cur->used, p, size_t(take));
            cur->used += take;
            p += take;
            len -= take;
            if (cur->used == piece) push();
        }
        return true;
    }
};

namespace {

// user: the transfer's cancel flag. Non-zero stops libcurl at once.
int curlXferInfo(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<std::atomic_bool *>(user)->load() ? 1 : 0;
}

} // namespace

Downloader::Downloader(const QStringList &urls, const QString &target, const QString &sha256Hex,
                       QObject *parent)
    : Downloader(urls, target, Hasher::Algorithm::Sha256, sha256Hex, parent)
{
}

Downloader::Downloader(const QStringList &urls, const QString &target, Hasher::Algorithm algorithm,
                       const QString &digestHex, QObject *parent)
    : QObject(parent), m_urls(urls), m_target(target), m_algorithm(algorithm),
      m_expected(digestHex.trimmed().toLower().toLatin1()), m_freeSpace(&defaultFreeSpace),
      m_hash(std::make_unique<Hasher>(algorithm))
{
    qRegisterMetaType<gpusetup::DownloadResult>();
    static std::once_flag curlInit;
    std::call_once(curlInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

Downloader::~Downloader()
{
    stopWorker();
    stopTransfer();
}

void Downloader::stopWorker()
{
    if (!m_worker.joinable()) return;
    m_stopWorker = true;
    m_worker.join();
    ++m_generation;
}

qint64 Downloader::defaultFreeSpace(const QString &dir)
{
    QStorageInfo info(dir);
    return info.isValid() ? info.bytesAvailable() : -1;
}

bool Downloader::urlAllowed(const QUrl &url, QString *why)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        if (why) *why = QStringLiteral("\"%1\" is not an https:// address.").arg(url.toString());
        return false;
    }
    if (scheme == QLatin1String("http") && !isLoopback(url.host())) {
        if (why)
            *why = QStringLiteral("Refusing the plain http:// address %1: downloads must use "
                                  "https:// so they cannot be tampered with on the way.")
                       .arg(url.toString());
        return false;
    }
    return true;
}

void Downloader::start()
{
    if (m_running) return;
    m_log.clear();
    m_urlIndex = 0;
    m_try = 0;
    m_rateBytes = 0;
    m_lastEmitMs = -1000;
    m_hashedBytes = -1;
    m_resumed = false;
    m_restarted = false;
    m_running = true;
    if (!Hasher::isValidHex(m_algorithm, QString::fromLatin1(m_expected)))
        return finish(false, QStringLiteral("The expected %1 checksum must be %2 hex digits.")
                                 .arg(Hasher::name(m_algorithm))
                                 .arg(Hasher::hexLength(m_algorithm)));
    if (m_urls.isEmpty()) return finish(false, QStringLiteral("No download address was given."));
    for (const QString &u : std::as_const(m_urls)) {
        QString why;
        if (!urlAllowed(QUrl(u), &why)) return finish(false, why);
    }
    const QString dir = QFileInfo(m_target).absolutePath();
    if (!QFileInfo(dir).isDir())
        return finish(false, QStringLiteral("The folder %1 does not exist.").arg(dir));
    m_clock.start();
    beginAttempt();
}

// Makes the digest cover what is already in .part (re-hashing it on a worker thread when it
// comes from an earlier run), then asks for the rest. With an ETag/Last-Modified the Range
// carries If-Range, so a changed file restarts from zero; without one a plain Range is still
// safe because the final digest catches a changed file, and then the download restarts once.
void Downloader::beginAttempt()
{
    if (!m_running) return;
    m_headersSeen = false;
    m_attemptError.clear();
    m_total = -1;
    m_part.close();
    m_part.setFileName(partPath());
    // Unbuffered: the writer thread's pieces go straight to write(2), for WriteBehind.
    if (!m_part.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
        return finish(false,
                      QStringLiteral("Cannot write %1: %2.").arg(partPath(), m_part.errorString()));
    }
    QString validator;
    const bool sameFile = readMeta(&validator);
    if (!sameFile && m_part.size() > 0) { // another file's bytes, or no record of them
        m_part.resize(0);
        m_hashedBytes = -1;
    }
    const qint64 size = m_part.size();
    if (m_hashedBytes >= 0 && size >= m_hashedBytes) {
        // The digest already covers the first m_hashedBytes (written in this run).
        if (size > m_hashedBytes) m_part.resize(m_hashedBytes);
        m_received = m_hashedBytes;
        return sendRequest(validator);
    }
    m_hash->reset();
    if (size == 0) {
        m_hashedBytes = m_received = 0;
        return sendRequest(validator);
    }
    // 4 GB take seconds to hash: never on this (maybe the GUI) thread.
    m_log << QStringLiteral("re-hashing %1 bytes already in %2").arg(size).arg(partPath());
    stopWorker();
    m_stopWorker = false;
    const int generation = m_generation;
    const QString path = partPath();
    Hasher *hash = m_hash.get();
    emit verifyingPart(0, size);
    m_worker = std::thread([this, generation, path, hash, size] {
        auto last = std::chrono::steady_clock::now();
        QString error;
        const bool ok = hash->addFile(path, size, &error, [&](qint64 done) {
            if (m_stopWorker) return false;
            const auto now = std::chrono::steady_clock::now();
            if (now - last >= std::chrono::milliseconds(100)) {
                last = now;
                QMetaObject::invokeMethod(
                    this,
                    [this, generation, done, size] {
                        if (generation == m_generation) emit verifyingPart(done, size);
                    },
                    Qt::QueuedConnection);
            }
            return true;
        });
        QMetaObject::invokeMethod(
            this, [this, generation, ok, size, error] { onRehashed(generation, ok, size, error); },
            Qt::QueuedConnection);
    });
}

void Downloader::onRehashed(int generation, bool ok, qint64 bytes, const QString &error)
{
    if (generation != m_generation || !m_running) return;
    if (m_worker.joinable()) m_worker.join();
    if (!ok) return finish(false, error);
    emit verifyingPart(bytes, bytes);
    m_hashedBytes = m_received = bytes;
    QString validator;
    readMeta(&validator);
    sendRequest(validator);
}

void Downloader::sendRequest(const QString &validator)
{
    if (!m_part.seek(m_received))
        return finish(false,
                      QStringLiteral("Cannot write %1: %2.").arg(partPath(), m_part.errorString()));
    m_offset = m_received;
    const QString url = m_urls[m_urlIndex];
    m_rangeSent = m_offset > 0;
    m_log << QStringLiteral("GET %1%2")
                 .arg(url, m_rangeSent
                               ? QStringLiteral(" from byte %1%2")
                                     .arg(m_offset)
                                     .arg(validator.isEmpty() ? QStringLiteral(" (no validator)")
                                                              : QString())
                               : QString());
    auto t = std::make_unique<Transfer>();
    t->d = this;
    t->piece = std::max<qint64>(m_pieceSize, 4096);
    t->caBundle = QFile::encodeName(m_caBundle);
    t->bufs.resize(kRingBuffers);
    for (auto &b : t->bufs) {
        b.data.reset(new char[size_t(t->piece)]);
        t->idle.push_back(&b);
    }
    Transfer *raw = t.get();
    m_transfer = std::move(t);
    ++m_transferGeneration;
    m_transferThread =
        std::thread([this, raw, url, validator] { runTransfer(raw, url, validator); });
}

void Downloader::runTransfer(Transfer *t, QString url, QString validator)
{
    t->writer = std::thread([this, t] {
        // Created at the first piece: a 200 after a Range request truncates the .part first.
        std::optional<WriteBehind> behind;
        for (;;) {
            Transfer::Buf *b = nullptr;
            {
                std::unique_lock lock(t->mu);
                t->cv.wait(lock, [t] { return !t->full.empty() || t->drain; });
                if (t->full.empty()) return;
                b = t->full.front();
                t->full.pop_front();
            }
            bool ok = false;
            {
                std::lock_guard lock(t->mu);
                ok = !t->writeFailed;
            }
            QString error;
            if (ok && !behind) behind.emplace(m_part.handle(), m_part.pos());
            if (ok && m_part.write(b->data.get(), b->used) != b->used) {
                ok = false;
                error = QStringLiteral("cannot write %1: %2").arg(partPath(), m_part.errorString());
            }
            if (ok) {
                behind->wrote(b->used);
                m_hash->addData(b->data.get(), b->used);
            }
            std::lock_guard lock(t->mu);
            b->used = 0;
            t->idle.push_back(b);
            if (!ok && !t->writeFailed) {
                t->writeFailed = true;
                t->writeError = error;
            }
            t->cv.notify_all();
        }
    });

    CURL *h = curl_easy_init();
    t->easy = h;
    char errbuf[CURL_ERROR_SIZE] = {};
    const QByteArray agent =
        QStringLiteral("gpu-setup/%1").arg(QStringLiteral(GPUSETUP_VERSION)).toUtf8();
    curl_slist *headers = nullptr;
    // Byte counts must match the file: no compression.
    headers = curl_slist_append(headers, "Accept-Encoding: identity");
    if (m_rangeSent) {
        headers = curl_slist_append(
            headers, QByteArray("Range: bytes=" + QByteArray::number(m_offset) + "-").constData());
        if (!validator.isEmpty())
            headers = curl_slist_append(headers,
                                        QByteArray("If-Range: " + validator.toUtf8()).constData());
    }
    CURLcode rc = CURLE_OK;
    for (int hop = 0;; ++hop) {
        t->status = 0;
        t->body = false;
        t->contentLength = -1;
        t->contentRange.clear();
        t->etag.clear();
        t->lastModified.clear();
        t->redirectTo.clear();
        t->location.clear();
        t->url = url;
        errbuf[0] = 0;
        const QByteArray u = url.toUtf8();
        curl_easy_reset(h);
        curl_easy_setopt(h, CURLOPT_URL, u.constData());
        curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
        // Redirects are followed by hand below, each checked like the given addresses.
        curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
#if LIBCURL_VERSION_NUM >= 0x075500
        curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
#else
        curl_easy_setopt(h, CURLOPT_PROTOCOLS, long(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
        curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
        // Peer and host checks stay libcurl's defaults (on); only the trusted roots may change.
        if (!t->caBundle.isEmpty()) {
            curl_easy_setopt(h, CURLOPT_CAINFO, t->caBundle.constData());
            curl_easy_setopt(h, CURLOPT_CAPATH, nullptr);
        }
        curl_easy_setopt(h, CURLOPT_USERAGENT, agent.constData());
        curl_easy_setopt(h, CURLOPT_BUFFERSIZE, kCurlBufferBytes);
        curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errbuf);
        // A 4 GB file over a slow link: no overall timeout, but a dead connection is dropped.
        curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 30L);
        curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, 60L);
        curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, &Downloader::curlHeader);
        curl_easy_setopt(h, CURLOPT_HEADERDATA, t);
        curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &Downloader::curlBody);
        curl_easy_setopt(h, CURLOPT_WRITEDATA, t);
        curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, &curlXferInfo);
        curl_easy_setopt(h, CURLOPT_XFERINFODATA, &t->cancel);

        // The multi interface only so that cancel() can wake the wait at once.
        CURLM *multi = curl_multi_init();
        curl_multi_add_handle(multi, h);
        {
            std::lock_guard lock(t->multiMu);
            t->multi = multi;
        }
        int running = 1;
        rc = CURLE_OK;
        while (!t->cancel) {
            if (curl_multi_perform(multi, &running) != CURLM_OK) {
                rc = CURLE_FAILED_INIT;
                break;
            }
            if (!running) break;
            curl_multi_poll(multi, nullptr, 0, 100, nullptr);
        }
        if (t->cancel) {
            rc = CURLE_ABORTED_BY_CALLBACK;
        } else if (!running) {
            int left = 0;
            while (CURLMsg *msg = curl_multi_info_read(multi, &left))
                if (msg->msg == CURLMSG_DONE) rc = msg->data.result;
        }
        {
            std::lock_guard lock(t->multiMu);
            t->multi = nullptr;
        }
        curl_multi_remove_handle(multi, h);
        curl_multi_cleanup(multi);

        if (t->cancel || t->redirectTo.isEmpty() || !m_attemptError.isEmpty()) break;
        const QUrl from(url), to(t->redirectTo);
        QString why;
        const bool downgrade =
            from.scheme() == QLatin1String("https") && to.scheme() != QLatin1String("https");
        if (downgrade || !urlAllowed(to, &why)) {
            m_attemptError =
                QStringLiteral("refused to follow a redirect to %1 (%2)")
                    .arg(to.toString(), downgrade ? QStringLiteral("https -> http") : why);
            break;
        }
        if (hop >= kMaxRedirects) {
            m_attemptError = QStringLiteral("more than %1 redirects").arg(kMaxRedirects);
            break;
        }
        m_log << QStringLiteral("  redirected to %1").arg(to.toString());
        url = to.toString();
    }
    curl_slist_free_all(headers);
    curl_easy_cleanup(h);
    if (m_attemptError.isEmpty() && t->cancel) m_attemptError = QStringLiteral("cancelled");
    if (m_attemptError.isEmpty() && rc != CURLE_OK)
        m_attemptError = QString::fromUtf8(errbuf[0] ? errbuf : curl_easy_strerror(rc)).trimmed();

    // Whatever was received is written and hashed, so the .part and the digest agree.
    if (t->cur && t->cur->used > 0) t->push();
    {
        std::lock_guard lock(t->mu);
        t->drain = true;
        t->cv.notify_all();
    }
    t->writer.join();
    if (t->writeFailed) {
        if (m_attemptError.isEmpty()) m_attemptError = t->writeError;
        m_hashedBytes = -1; // the .part and the digest may differ: re-hash before resuming
    } else {
        m_hashedBytes = m_received;
    }
    m_part.flush();
    const int generation = m_transferGeneration;
    QMetaObject::invokeMethod(
        this, [this, generation] { onAttemptDone(generation); }, Qt::QueuedConnection);
}

size_t Downloader::curlHeader(char *p, size_t size, size_t n, void *transfer)
{
    auto *t = static_cast<Transfer *>(transfer);
    const size_t len = size * n;
    const QByteArray line = QByteArray(p, qsizetype(len)).trimmed();
    if (line.startsWith("HTTP/")) { // a new response (an interim 1xx may come first)
        t->contentLength = -1;
        t->contentRange.clear();
        t->etag.clear();
        t->lastModified.clear();
        t->location.clear();
        return len;
    }
    if (line.isEmpty()) {
        curl_easy_getinfo(static_cast<CURL *>(t->easy), CURLINFO_RESPONSE_CODE, &t->status);
        if (t->status < 200) return len; // interim answer: the real one follows
        return t->d->onHeaders(t) ? len : 0;
    }
    const int colon = line.indexOf(':');
    if (colon <= 0) return len;
    const QByteArray name = line.left(colon).trimmed().toLower();
    const QByteArray value = line.mid(colon + 1).trimmed();
    if (name == "content-length")
        t->contentLength = value.toLongLong();
    else if (name == "content-range")
        t->contentRange = value;
    else if (name == "etag")
        t->etag = value;
    else if (name == "last-modified")
        t->lastModified = value;
    else if (name == "location")
        t->location = value;
    return len;
}

size_t Downloader::curlBody(char *p, size_t size, size_t n, void *transfer)
{
    auto *t = static_cast<Transfer *>(transfer);
    const size_t len = size * n;
    if (!t->body) return len; // an error page or a redirect's body: dropped
    return t->d->onBody(t, p, qint64(len)) ? len : 0;
}

bool Downloader::onHeaders(Transfer *t)
{
    if (!m_attemptError.isEmpty()) return false;
    const int status = int(t->status);
    m_headersSeen = true;
    m_log << QStringLiteral("  HTTP %1").arg(status);
    if (status >= 300 && status < 400) {
        // Read from the header: libcurl works CURLINFO_REDIRECT_URL out only after the headers.
        if (!t->location.isEmpty()) {
            t->redirectTo = QUrl(t->url).resolved(QUrl(QString::fromUtf8(t->location))).toString();
            return false; // its body is not needed: the next request follows
        }
    }
    const qint64 length = t->contentLength;
    if (status == 200) {
        if (m_received > 0) {
            m_log << QStringLiteral("  server sent the whole file; restarting from zero");
            if (!resetPart()) {
                m_attemptError = QStringLiteral("cannot truncate the .part file");
                return false;
            }
        }
        m_total = length;
    } else if (status == 206) {
        static const QRegularExpression re(QStringLiteral("bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)"));
        const auto m = re.match(QString::fromLatin1(t->contentRange));
        if (!m.hasMatch() || m.captured(1).toLongLong() != m_offset) {
            resetPart();
            m_attemptError = QStringLiteral("the server answered with another range");
            return false;
        }
        m_total = m.captured(3) == QLatin1String("*") ? (length >= 0 ? m_offset + length : -1)
                                                      : m.captured(3).toLongLong();
        if (m_offset > 0) m_resumed = true;
    } else {
        if (status == 416) resetPart();
        m_attemptError = QStringLiteral("HTTP status %1").arg(status);
        return false;
    }
    QString validator = QString::fromLatin1(t->etag);
    if (validator.isEmpty() || validator.startsWith(QLatin1String("W/")))
        validator = QString::fromLatin1(t->lastModified);
    writeMeta(validator);
    if (m_total >= 0) {
        const qint64 need = m_total - m_received;
        const QString dir = QFileInfo(m_target).absolutePath();
        const qint64 free = m_freeSpace ? m_freeSpace(dir) : -1;
        if (free >= 0 && free < need) {
            m_attemptError = QStringLiteral("Not enough free space in %1: %2 needed, %3 free.")
                                 .arg(dir, mb(need), mb(free));
            m_urlIndex = m_urls.size(); // no mirror can fix a full disk
            m_try = m_retriesPerUrl;
            return false;
        }
    }
    t->body = true;
    emitProgress(true);
    return true;
}

bool Downloader::onBody(Transfer *t, const char *p, qint64 n)
{
    if (m_total >= 0 && m_received + n > m_total) {
        m_attemptError = QStringLiteral("the server sent more bytes than announced");
        return false;
    }
    if (!t->add(p, n)) return false; // the writer failed (its error is taken later) or cancel
    m_received += n;
    m_rateBytes += n;
    emitProgress(false);
    return true;
}

bool Downloader::resetPart()
{
    m_hash->reset();
    m_hashedBytes = 0;
    m_received = 0;
    m_offset = 0;
    return m_part.resize(0) && m_part.seek(0);
}

void Downloader::emitProgress(bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!force && now - m_lastEmitMs < 100) return;
    m_lastEmitMs = now;
    const double rate = now > 0 ? double(m_rateBytes) * 1000.0 / double(now) : 0.0;
    const qint64 received = m_received, total = m_total;
    const int eta = (total >= 0 && rate > 1.0) ? int(double(total - received) / rate) : -1;
    if (QThread::currentThread() == thread()) {
        emit progress(received, total, rate, eta);
        return;
    }
    const int generation = m_transferGeneration;
    QMetaObject::invokeMethod(
        this,
        [this, generation, received, total, rate, eta] {
            if (m_running && generation == m_transferGeneration)
                emit progress(received, total, rate, eta);
        },
        Qt::QueuedConnection);
}

void Downloader::stopTransfer()
{
    if (!m_transferThread.joinable()) return;
    Transfer *t = m_transfer.get();
    t->cancel = true;
    {
        std::lock_guard lock(t->multiMu);
        if (t->multi) curl_multi_wakeup(t->multi);
    }
    {
        std::lock_guard lock(t->mu);
        t->cv.notify_all();
    }
    m_transferThread.join();
    ++m_transferGeneration;
    m_transfer.reset();
}

void Downloader::onAttemptDone(int generation)
{
    if (generation != m_transferGeneration || !m_running) return;
    if (m_transferThread.joinable()) m_transferThread.join();
    m_transfer.reset();
    if (m_attemptError.isEmpty() && !m_headersSeen)
        m_attemptError = QStringLiteral("no answer from the server");
    if (m_attemptError.isEmpty() && m_total >= 0 && m_received != m_total)
        m_attemptError =
            QStringLiteral("the file ended after %1 of %2 bytes").arg(m_received).arg(m_total);
    m_part.flush();
    if (!m_attemptError.isEmpty()) {
        m_log << QStringLiteral("  failed: %1").arg(m_attemptError);
        if (m_urlIndex >= m_urls.size()) return finish(false, m_attemptError); // fatal
        if (m_try < m_retriesPerUrl) {
            ++m_try;
        } else {
            ++m_urlIndex;
            m_try = 0;
        }
        if (m_urlIndex >= m_urls.size()) {
            m_part.close();
            const bool kept = QFileInfo(partPath()).size() > 0;
            return finish(false,
                          kept ? QStringLiteral("The download failed from every address tried; "
                                                "the partial file is kept so it can resume.")
                               : QStringLiteral("The download failed from every address tried."));
        }
        QTimer::singleShot(m_try > 0 ? 200 : 0, this, [this] { beginAttempt(); });
        return;
    }
    emitProgress(true);
    m_part.close();
    const QByteArray got = m_hash->resultHex();
    m_hashedBytes = -1;
    const QString algo = Hasher::name(m_algorithm);
    if (got != m_expected) {
        QFile::remove(partPath());
        QFile::remove(metaPath());
        m_log << QStringLiteral("  %1 expected %2, got %3")
                     .arg(algo, QString::fromLatin1(m_expected), QString::fromLatin1(got));
        if (m_resumed && !m_restarted) {
            // The resumed bytes may belong to an older version of the file: once, from zero.
            m_restarted = true;
            m_resumed = false;
            m_urlIndex = 0;
            m_try = 0;
            resetPart();
            m_log << QStringLiteral("  the file was resumed: downloading it again from zero");
            QTimer::singleShot(0, this, [this] { beginAttempt(); });
            return;
        }
        return finish(false, QStringLiteral("The downloaded file does not match its expected "
                                            "%1 checksum, so it was deleted.")
                                 .arg(algo));
    }
    if (std::rename(QFile::encodeName(partPath()).constData(),
                    QFile::encodeName(m_target).constData()) != 0) {
        return finish(false, QStringLiteral("The download is complete but could not be renamed "
                                            "to %1.")
                                 .arg(m_target));
    }
    QFile::remove(metaPath());
    m_log << QStringLiteral("  %1 %2 verified").arg(algo, QString::fromLatin1(got));
    finish(true, QStringLiteral("Downloaded %1 (%2), checksum verified.")
                     .arg(QFileInfo(m_target).fileName(), mb(m_received)));
}

void Downloader::cancel()
{
    if (!m_running) return;
    stopWorker();
    stopTransfer();
    m_log << QStringLiteral("  cancelled at %1 bytes").arg(m_received);
    finish(false, QStringLiteral("The download was cancelled; the partial file is kept so it can "
                                 "resume."));
}

void Downloader::finish(bool ok, const QString &message)
{
    m_running = false;
    m_part.close();
    if (!ok && QFileInfo(partPath()).exists() && QFileInfo(partPath()).size() == 0) {
        QFile::remove(partPath()); // nothing to resume
        QFile::remove(metaPath());
    }
    DownloadResult r;
    r.ok = ok;
    r.message = message;
    r.details = m_log.join(QLatin1Char('\n'));
    emit finished(r);
}

void Downloader::writeMeta(const QString &validator)
{
    QFile f(metaPath());
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) return;
    QJsonObject o;
    o.insert(QStringLiteral("validator"), validator);
    o.insert(m_algorithm == Hasher::Algorithm::Md5 ? QStringLiteral("md5")
                                                   : QStringLiteral("sha256"),
             QString::fromLatin1(m_expected));
    f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool Downloader::readMeta(QString *validator) const
{
    validator->clear();
    QFile f(metaPath());
    if (!f.open(QIODevice::ReadOnly)) return false;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    const QString key =
        m_algorithm == Hasher::Algorithm::Md5 ? QStringLiteral("md5") : QStringLiteral("sha256");
    if (o.value(key).toString().toLatin1() != m_expected) return false;
    *validator = o.value(QStringLiteral("validator")).toString();
    return true;
}

} // namespace gpusetup
