#include "actions/Downloader.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QTimer>

#include <chrono>
#include <cstdio>

namespace gpusetup {

namespace {

QString mb(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) return true;
    QHostAddress a;
    if (!a.setAddress(host)) return false;
    return a.isLoopback();
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
      m_nam(new QNetworkAccessManager(this)), m_hash(std::make_unique<Hasher>(algorithm))
{
    qRegisterMetaType<gpusetup::DownloadResult>();
}

Downloader::~Downloader()
{
    stopWorker();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
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
    if (!m_part.open(QIODevice::ReadWrite)) {
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
    const QUrl url(m_urls[m_urlIndex]);
    QNetworkRequest req(url);
    // Every redirect is checked against the rule the given addresses obey (https, or plain
    // http only to this computer), and https never steps down to http.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::UserVerifiedRedirectPolicy);
    req.setRawHeader("Accept-Encoding", "identity"); // byte counts must match the file
    req.setHeader(QNetworkRequest::UserAgentHeader,
                  QStringLiteral("gpu-setup/%1").arg(QStringLiteral(GPUSETUP_VERSION)));
    req.setTransferTimeout(60000);
    m_rangeSent = m_offset > 0;
    if (m_rangeSent) {
        req.setRawHeader("Range", "bytes=" + QByteArray::number(m_offset) + "-");
        if (!validator.isEmpty()) req.setRawHeader("If-Range", validator.toUtf8());
    }
    m_log << QStringLiteral("GET %1%2")
                 .arg(url.toString(),
                      m_rangeSent ? QStringLiteral(" from byte %1%2")
                                        .arg(m_offset)
                                        .arg(validator.isEmpty() ? QStringLiteral(" (no validator)")
                                                                 : QString())
                                  : QString());
    m_reply = m_nam->get(req);
    // Bounded buffering in QNAM: memory stays flat whatever the file size.
    m_reply->setReadBufferSize(2 * m_pieceSize);
    connect(m_reply, &QNetworkReply::redirected, this, [this, from = url](const QUrl &to) mutable {
        if (!m_reply) return;
        QString why;
        const bool downgrade =
            from.scheme() == QLatin1String("https") && to.scheme() != QLatin1String("https");
        if (!downgrade && urlAllowed(to, &why)) {
            m_log << QStringLiteral("  redirected to %1").arg(to.toString());
            from = to;
            Q_EMIT m_reply->redirectAllowed();
            return;
        }
        m_attemptError = QStringLiteral("refused to follow a redirect to %1 (%2)")
                             .arg(to.toString(), downgrade ? QStringLiteral("https -> http") : why);
        m_reply->abort();
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &Downloader::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &Downloader::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &Downloader::onReplyFinished);
}

bool Downloader::resetPart()
{
    m_hash->reset();
    m_hashedBytes = 0;
    m_received = 0;
    m_offset = 0;
    return m_part.resize(0) && m_part.seek(0);
}

void Downloader::failAttempt(const QString &why)
{
    if (m_attemptError.isEmpty()) m_attemptError = why;
    // Queued: aborting inside the reply's own signal makes QNAM report the error twice.
    if (m_reply) QMetaObject::invokeMethod(m_reply, &QNetworkReply::abort, Qt::QueuedConnection);
}

void Downloader::onMetaData()
{
    if (!m_reply || !m_attemptError.isEmpty()) return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 || (status >= 300 && status < 400)) return; // redirect being followed
    if (m_headersSeen) {
        // QNAM silently resends a GET whose connection dropped mid-body and replays the body
        // from its start: keep the bytes already written and resume with our own request.
        return failAttempt(QStringLiteral("the connection dropped and was reopened"));
    }
    m_headersSeen = true;
    m_log << QStringLiteral("  HTTP %1").arg(status);
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).isValid()
                              ? m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()
                              : -1;
    if (status == 200) {
        if (m_received > 0) {
            m_log << QStringLiteral("  server sent the whole file; restarting from zero");
            if (!resetPart()) return failAttempt(QStringLiteral("cannot truncate the .part file"));
        }
        m_total = length;
    } else if (status == 206) {
        static const QRegularExpression re(QStringLiteral("bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)"));
        const auto m = re.match(QString::fromLatin1(m_reply->rawHeader("Content-Range")));
        if (!m.hasMatch() || m.captured(1).toLongLong() != m_offset) {
            resetPart();
            return failAttempt(QStringLiteral("the server answered with another range"));
        }
        m_total = m.captured(3) == QLatin1String("*") ? (length >= 0 ? m_offset + length : -1)
                                                      : m.captured(3).toLongLong();
        if (m_offset > 0) m_resumed = true;
    } else {
        if (status == 416) resetPart();
        // The small error body is read and dropped; QNAM finishes the reply itself.
        m_attemptError = QStringLiteral("HTTP status %1").arg(status);
        return;
    }
    QString validator = QString::fromLatin1(m_reply->rawHeader("ETag"));
    if (validator.isEmpty() || validator.startsWith(QLatin1String("W/")))
        validator = QString::fromLatin1(m_reply->rawHeader("Last-Modified"));
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
            return failAttempt(m_attemptError);
        }
    }
    emitProgress(true);
}

void Downloader::onReadyRead()
{
    if (!m_reply || !m_headersSeen || !m_attemptError.isEmpty()) return;
    // Big pieces: one write + one digest update per piece is what keeps up with curl.
    if (m_reply->bytesAvailable() < m_pieceSize && !m_reply->isFinished()) return;
    const QByteArray data = m_reply->readAll();
    if (data.isEmpty()) return;
    if (m_total >= 0 && m_received + data.size() > m_total)
        return failAttempt(QStringLiteral("the server sent more bytes than announced"));
    if (m_part.write(data) != data.size())
        return failAttempt(
            QStringLiteral("cannot write %1: %2").arg(partPath(), m_part.errorString()));
    m_hash->addData(data);
    m_received += data.size();
    m_hashedBytes = m_received;
    m_rateBytes += data.size();
    emitProgress(false);
}

void Downloader::emitProgress(bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!force && now - m_lastEmitMs < 100) return;
    m_lastEmitMs = now;
    const double rate = now > 0 ? double(m_rateBytes) * 1000.0 / double(now) : 0.0;
    const int eta = (m_total >= 0 && rate > 1.0) ? int(double(m_total - m_received) / rate) : -1;
    emit progress(m_received, m_total, rate, eta);
}

void Downloader::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply) return;
    if (m_attemptError.isEmpty()) onReadyRead(); // isFinished(): takes the last short piece
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    if (m_attemptError.isEmpty() && reply->error() != QNetworkReply::NoError)
        m_attemptError = reply->errorString();
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
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
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
