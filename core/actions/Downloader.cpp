#include "actions/Downloader.h"

#include <QCryptographicHash>
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
    : QObject(parent), m_urls(urls), m_target(target),
      m_expected(sha256Hex.trimmed().toLower().toLatin1()), m_freeSpace(&defaultFreeSpace),
      m_nam(new QNetworkAccessManager(this)),
      m_hash(new QCryptographicHash(QCryptographicHash::Sha256))
{
    qRegisterMetaType<gpusetup::DownloadResult>();
}

Downloader::~Downloader()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    delete m_hash;
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
    m_running = true;
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(QString::fromLatin1(m_expected)).hasMatch())
        return finish(false,
                      QStringLiteral("The expected SHA-256 checksum must be 64 hex digits."));
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

// (Re)hashes what is already in .part so the checksum covers the whole file, then asks for
// the rest with If-Range so a changed file on the server restarts from zero.
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
    m_hash->reset();
    const QString validator = readMeta();
    if (validator.isEmpty() && m_part.size() > 0) m_part.resize(0); // cannot resume safely
    QByteArray buf;
    while (!(buf = m_part.read(1 << 20)).isEmpty())
        m_hash->addData(buf);
    m_received = m_part.pos();
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
        req.setRawHeader("If-Range", validator.toUtf8());
    }
    m_log << QStringLiteral("GET %1%2")
                 .arg(url.toString(),
                      m_rangeSent ? QStringLiteral(" from byte %1").arg(m_offset) : QString());
    m_reply = m_nam->get(req);
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
    const QByteArray data = m_reply->readAll();
    if (data.isEmpty()) return;
    if (m_total >= 0 && m_received + data.size() > m_total)
        return failAttempt(QStringLiteral("the server sent more bytes than announced"));
    if (m_part.write(data) != data.size())
        return failAttempt(
            QStringLiteral("cannot write %1: %2").arg(partPath(), m_part.errorString()));
    m_hash->addData(data);
    m_received += data.size();
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
    if (m_attemptError.isEmpty()) onReadyRead();
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
    const QByteArray got = m_hash->result().toHex();
    if (got != m_expected) {
        QFile::remove(partPath());
        QFile::remove(metaPath());
        m_log << QStringLiteral("  SHA-256 expected %1, got %2")
                     .arg(QString::fromLatin1(m_expected), QString::fromLatin1(got));
        return finish(false, QStringLiteral("The downloaded file does not match its expected "
                                            "SHA-256 checksum, so it was deleted."));
    }
    if (std::rename(QFile::encodeName(partPath()).constData(),
                    QFile::encodeName(m_target).constData()) != 0) {
        return finish(false, QStringLiteral("The download is complete but could not be renamed "
                                            "to %1.")
                                 .arg(m_target));
    }
    QFile::remove(metaPath());
    m_log << QStringLiteral("  SHA-256 %1 verified").arg(QString::fromLatin1(got));
    finish(true, QStringLiteral("Downloaded %1 (%2), checksum verified.")
                     .arg(QFileInfo(m_target).fileName(), mb(m_received)));
}

void Downloader::cancel()
{
    if (!m_running) return;
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
    o.insert(QStringLiteral("sha256"), QString::fromLatin1(m_expected));
    f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The remembered ETag/Last-Modified, only when it belongs to the same expected file.
QString Downloader::readMeta() const
{
    QFile f(metaPath());
    if (!f.open(QIODevice::ReadOnly)) return {};
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (o.value(QStringLiteral("sha256")).toString().toLatin1() != m_expected) return {};
    return o.value(QStringLiteral("validator")).toString();
}

} // namespace gpusetup
