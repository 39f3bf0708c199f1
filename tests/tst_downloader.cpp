// The downloader against an in-process HTTP/1.1 server on 127.0.0.1 whose faults are chosen by
// query: cut=N (first request only), norange=1, etag=changing, noetag=1 (no validator at all),
// changed=1 (first request serves other bytes), wrong=1, status=N, fail500=1 (first request
// only), slow=1, redirect=PATH. Everything is written under a QTemporaryDir.
#include "actions/Downloader.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>
#include <QtTest>

#include <csignal>

using namespace gpusetup;

namespace {

struct Served
{
    QString target;
    QByteArray range, ifRange;
    int status = 0;
    qint64 bytes = 0; // body bytes written
    bool cut = false; // the connection was dropped mid-body
};

class TestServer : public QObject
{
public:
    explicit TestServer(QByteArray payload) : m_payload(std::move(payload))
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QString url(const QString &pathAndQuery) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(pathAndQuery);
    }
    QList<Served> log;
    // The log without QNAM's own transport resends (a GET replayed after its connection
    // dropped mid-body arrives as the same request again): what the downloader asked for.
    QList<Served> requests() const
    {
        QList<Served> r;
        for (const Served &s : log)
            if (r.isEmpty() || !r.last().cut || r.last().target != s.target ||
                r.last().range != s.range || r.last().ifRange != s.ifRange)
                r << s;
        return r;
    }

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const int end = buf.indexOf("\r\n\r\n");
        if (end < 0) return;
        const QList<QByteArray> lines = buf.left(end).split('\n');
        buf.clear();
        Served rec;
        rec.target = QString::fromLatin1(lines.value(0).split(' ').value(1));
        for (const QByteArray &l : lines.mid(1)) {
            const int colon = l.indexOf(':');
            const QByteArray name = l.left(colon).trimmed().toLower();
            const QByteArray value = l.mid(colon + 1).trimmed();
            if (name == "range") rec.range = value;
            if (name == "if-range") rec.ifRange = value;
        }
        const QUrl u(rec.target);
        const QUrlQuery q(u);
        const int n = ++m_count[u.path()];
        QByteArray body = m_payload;
        if (q.hasQueryItem(QStringLiteral("wrong")))
            body[body.size() / 2] = body[body.size() / 2] ^ 1;
        if (q.hasQueryItem(QStringLiteral("changed")) && n == 1) body[10] = body[10] ^ 1;
        const bool noEtag = q.hasQueryItem(QStringLiteral("noetag"));
        const QByteArray etag =
            q.queryItemValue(QStringLiteral("etag")) == QLatin1String("changing")
                ? "\"v" + QByteArray::number(n) + "\""
                : QByteArray("\"v1\"");
        QByteArray head;
        int status = 200;
        qint64 from = 0;
        if (q.hasQueryItem(QStringLiteral("status"))) {
            status = q.queryItemValue(QStringLiteral("status")).toInt();
        } else if (q.hasQueryItem(QStringLiteral("fail500")) && n == 1) {
            status = 500;
        } else if (q.hasQueryItem(QStringLiteral("redirectto"))) {
            status = 302; // to an absolute address, as given
            head =
                "Location: " + q.queryItemValue(QStringLiteral("redirectto")).toLatin1() + "\r\n";
        } else if (q.hasQueryItem(QStringLiteral("redirect"))) {
            status = 302;
            head = "Location: " + url(q.queryItemValue(QStringLiteral("redirect"))).toLatin1() +
                   "\r\n";
        } else if (!rec.range.isEmpty() && !q.hasQueryItem(QStringLiteral("norange")) &&
                   (rec.ifRange.isEmpty() || rec.ifRange == etag)) {
            from = rec.range.mid(6, rec.range.indexOf('-') - 6).toLongLong();
            status = 206;
            head = "Content-Range: bytes " + QByteArray::number(from) + "-" +
                   QByteArray::number(body.size() - 1) + "/" + QByteArray::number(body.size()) +
                   "\r\n";
        }
        rec.status = status;
        if (status != 200 && status != 206) {
            const QByteArray msg = "error " + QByteArray::number(status) + "\n";
            s->write("HTTP/1.1 " + QByteArray::number(status) +
                     " X\r\nContent-Length: " + QByteArray::number(msg.size()) +
                     "\r\nConnection: close\r\n" + head + "\r\n" + msg);
            log << rec;
            s->disconnectFromHost();
            return;
        }
        body = body.mid(from);
        s->write("HTTP/1.1 " + QByteArray::number(status) + " OK\r\nContent-Length: " +
                 QByteArray::number(body.size()) + (noEtag ? QByteArray() : "\r\nETag: " + etag) +
                 "\r\nAccept-Ranges: bytes\r\nConnection: close\r\n" + head + "\r\n");
        if (q.hasQueryItem(QStringLiteral("cut")) && n == 1) {
            body = body.left(q.queryItemValue(QStringLiteral("cut")).toLongLong());
            rec.cut = true;
        }
        rec.bytes = body.size();
        log << rec;
        if (q.hasQueryItem(QStringLiteral("slow"))) { // 64 KiB every 20 ms, about 3 MB/s
            auto *t = new QTimer(s);
            auto pos = std::make_shared<qint64>(0);
            QPointer<QTcpSocket> sp(s);
            connect(t, &QTimer::timeout, s, [sp, t, pos, body] {
                if (!sp || sp->state() != QAbstractSocket::ConnectedState) return t->stop();
                sp->write(body.mid(*pos, 65536));
                *pos += 65536;
                if (*pos >= body.size()) {
                    t->stop();
                    sp->disconnectFromHost();
                }
            });
            t->start(20);
            return;
        }
        s->write(body);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QByteArray m_payload;
    QHash<QString, int> m_count;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray makePayload(int size)
{
    QByteArray b(size, Qt::Uninitialized);
    quint32 x = 12345;
    for (int i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        b[i] = char(x >> 24);
    }
    return b;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

DownloadResult resultOf(QSignalSpy &spy, int timeoutMs = 20000)
{
    if (spy.isEmpty()) spy.wait(timeoutMs);
    if (spy.isEmpty()) return {false, QStringLiteral("timed out"), {}};
    return spy.first().first().value<DownloadResult>();
}

} // namespace

class TestDownloader : public QObject
{
    Q_OBJECT
    const int kSize = 3 * 1024 * 1024 + 123;
    QByteArray m_payload = makePayload(kSize);
    QString m_sha = QString::fromLatin1(
        QCryptographicHash::hash(m_payload, QCryptographicHash::Sha256).toHex());

private slots:
    void modes_data();
    void modes();
    void cutKeepsPartAndNextStartResumes();
    void cancelIsFastAndResumable();
    void plainHttpRefused();
    void https_data();
    void https();
    void notEnoughSpace();
    void badChecksumArgument();
    void md5_data();
    void md5();
    void rehashKeepsEventLoopTurning();
    void cancelDuringRehash();
    void cli_data();
    void cli();
    void cliSigint();
};

void TestDownloader::modes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("mirror"); // empty: none
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("statuses"); // every request the server answered, in order
    QTest::addColumn<bool>("resumed");     // the 2nd request carried Range: bytes=1000000-
    QTest::addColumn<qint64>("lastBytes"); // body bytes of the last request, -1: any

    const qint64 all = kSize, rest = kSize - 1000000;
    QTest::newRow("normal") << "/a?"
                            << "" << true << "200" << false << all;
    QTest::newRow("cut, retried with a 206") << "/b?cut=1000000"
                                             << "" << true << "200,206" << true << rest;
    QTest::newRow("Range ignored: restart") << "/c?cut=1000000&norange=1"
                                            << "" << true << "200,200" << true << all;
    QTest::newRow("ETag changed: restart") << "/d?cut=1000000&etag=changing"
                                           << "" << true << "200,200" << true << all;
    QTest::newRow("wrong bytes") << "/e?wrong=1"
                                 << "" << false << "200" << false << all;
    QTest::newRow("404 fails over to mirror") << "/f?status=404"
                                              << "/g" << true << "404,404,200" << false << all;
    QTest::newRow("500 then OK") << "/h?fail500=1"
                                 << "" << true << "500,200" << false << all;
    QTest::newRow("500 everywhere")
        << "/i?status=500"
        << "/j?status=503" << false << "500,500,503,503" << false << qint64(-1);
    // No ETag/Last-Modified: a plain Range is still safe since the digest is known.
    QTest::newRow("no validator: plain Range") << "/n?cut=1000000&noetag=1"
                                               << "" << true << "200,206" << true << rest;
    QTest::newRow("no validator, file changed: restart once")
        << "/o?cut=1000000&noetag=1&changed=1"
        << "" << true << "200,206,200" << true << all;
    QTest::newRow("no validator, wrong everywhere: one restart only")
        << "/p?cut=1000000&noetag=1&wrong=1"
        << "" << false << "200,206,200" << true << all;
    QTest::newRow("redirect followed") << "/k?redirect=/l"
                                       << "" << true << "302,200" << false << all;
    // A loopback http address may not hand the download on to plain http elsewhere. The
    // .invalid name cannot resolve, so even a wrongly followed redirect sends nothing out.
    QTest::newRow("redirect to plain http elsewhere refused")
        << "/m?redirectto=http://gpu-setup-test.invalid/x"
        << "" << false << "302,302" << false << qint64(-1);
}

void TestDownloader::modes()
{
    QFETCH(QString, path);
    QFETCH(QString, mirror);
    QFETCH(bool, ok);
    QFETCH(QString, statuses);
    QFETCH(bool, resumed);
    QFETCH(qint64, lastBytes);
    QTemporaryDir dir;
    TestServer server(m_payload);
    const QString target = dir.filePath(QStringLiteral("cuda.run"));
    QStringList urls{server.url(path)};
    if (!mirror.isEmpty()) urls << server.url(mirror);
    Downloader d(urls, target, m_sha);
    QSignalSpy done(&d, &Downloader::finished);
    QSignalSpy prog(&d, &Downloader::progress);
    d.start();
    const DownloadResult r = resultOf(done);
    QCOMPARE(r.ok, ok);
    QVERIFY(!r.message.isEmpty() && !r.message.contains(QLatin1Char('\n')));
    QStringList got;
    const QList<Served> requests = server.requests();
    for (const Served &s : requests)
        got << QString::number(s.status);
    QCOMPARE(got.join(QLatin1Char(',')), statuses);
    if (resumed) QCOMPARE(requests.value(1).range, QByteArray("bytes=1000000-"));
    if (path.contains(QLatin1String("noetag"))) QVERIFY(requests.value(1).ifRange.isEmpty());
    if (lastBytes >= 0) QCOMPARE(requests.last().bytes, lastBytes);
    QVERIFY(!QFileInfo::exists(d.partPath()));
    QVERIFY(!QFileInfo::exists(d.metaPath()));
    if (ok) {
        QVERIFY(readAll(target) == m_payload);
        QVERIFY(!prog.isEmpty());
        QCOMPARE(prog.last().at(0).toLongLong(), qint64(kSize));
        QCOMPARE(prog.last().at(1).toLongLong(), qint64(kSize));
    } else {
        QVERIFY(!QFileInfo::exists(target));
    }
    if (QTest::currentDataTag() == QLatin1String("wrong bytes")) {
        QVERIFY(r.message.contains(QLatin1String("SHA-256")));
        QVERIFY(r.details.contains(m_sha));
        QByteArray bad = m_payload;
        bad[bad.size() / 2] = bad[bad.size() / 2] ^ 1;
        QVERIFY(r.details.contains(QString::fromLatin1(
            QCryptographicHash::hash(bad, QCryptographicHash::Sha256).toHex())));
    }
    if (QTest::currentDataTag() == QLatin1String("redirect to plain http elsewhere refused"))
        QVERIFY2(r.details.count(QLatin1String("refused to follow a redirect to "
                                               "http://gpu-setup-test.invalid/x")) == 2,
                 qPrintable(r.details));
}

void TestDownloader::cutKeepsPartAndNextStartResumes()
{
    QTemporaryDir dir;
    TestServer server(m_payload);
    const QString target = dir.filePath(QStringLiteral("cudnn.tar.xz"));
    {
        Downloader d({server.url(QStringLiteral("/cut?cut=1500000"))}, target, m_sha);
        d.setRetriesPerUrl(0);
        QSignalSpy done(&d, &Downloader::finished);
        d.start();
        const DownloadResult r = resultOf(done);
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QLatin1String("kept")), qPrintable(r.message));
        QCOMPARE(QFileInfo(d.partPath()).size(), qint64(1500000));
        QVERIFY(QFileInfo::exists(d.metaPath()));
        QVERIFY(!QFileInfo::exists(target));
    }
    Downloader d({server.url(QStringLiteral("/cut?cut=1500000"))}, target, m_sha);
    QSignalSpy done(&d, &Downloader::finished);
    d.start();
    const DownloadResult r = resultOf(done);
    QVERIFY2(r.ok, qPrintable(r.message + QLatin1Char('\n') + r.details));
    const QList<Served> log = server.requests();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log[1].range, QByteArray("bytes=1500000-"));
    QCOMPARE(log[1].ifRange, QByteArray("\"v1\""));
    QCOMPARE(log[1].status, 206);
    QCOMPARE(log[1].bytes, qint64(kSize - 1500000));
    QVERIFY(readAll(target) == m_payload);
    QVERIFY(!QFileInfo::exists(d.partPath()) && !QFileInfo::exists(d.metaPath()));
}

void TestDownloader::cancelIsFastAndResumable()
{
    QTemporaryDir dir;
    TestServer server(m_payload);
    const QString target = dir.filePath(QStringLiteral("Miniconda3.sh"));
    Downloader d({server.url(QStringLiteral("/slow?slow=1"))}, target, m_sha);
    QSignalSpy done(&d, &Downloader::finished);
    QSignalSpy prog(&d, &Downloader::progress);
    d.start();
    QTRY_VERIFY_WITH_TIMEOUT(!prog.isEmpty() && prog.last().at(0).toLongLong() > 200000, 10000);
    QVERIFY(d.isRunning());
    qint64 last = -1;
    for (const auto &p : std::as_const(prog)) { // received grows, total known, rate positive
        QVERIFY(p.at(0).toLongLong() >= last);
        last = p.at(0).toLongLong();
        QCOMPARE(p.at(1).toLongLong(), qint64(kSize));
    }
    QVERIFY(prog.last().at(2).toDouble() > 0);
    QVERIFY(prog.last().at(3).toInt() >= 0);
    QElapsedTimer t;
    t.start();
    d.cancel();
    if (done.isEmpty()) done.wait(1000);
    QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(done.size(), 1);
    const DownloadResult r = done.first().first().value<DownloadResult>();
    QVERIFY(!r.ok);
    QVERIFY(r.message.contains(QLatin1String("cancelled")));
    const qint64 partSize = QFileInfo(d.partPath()).size();
    QVERIFY(partSize > 0 && partSize < kSize);
    QVERIFY(!QFileInfo::exists(target));

    Downloader again({server.url(QStringLiteral("/slow-resume?"))}, target, m_sha);
    QSignalSpy done2(&again, &Downloader::finished);
    again.start();
    QVERIFY(resultOf(done2).ok);
    QCOMPARE(server.log.last().range, "bytes=" + QByteArray::number(partSize) + "-");
    QCOMPARE(server.log.last().status, 206);
    QVERIFY(readAll(target) == m_payload);
}

// A local https server (python3's http.server behind ssl) with certificates made by openssl
// at test time: a test CA, a server certificate it signed for 127.0.0.1, one it signed for
// another name, one it signed that has expired, and a self-signed one. Only the first is
// accepted, and only when the test CA is the trusted root (setCaBundle); the system's store
// does not know the test CA.
namespace {

bool openssl(const QString &dir, const QStringList &args, QString *err)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *err = QStringLiteral("openssl %1: %2")
                   .arg(args.join(' '), QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

// Makes ca.pem and, for each name, <name>.pem + <name>.key in dir; "" on success.
QString makeCertificates(const QString &dir)
{
    QString err;
    const QStringList ec{"-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"};
    if (!openssl(dir,
                 QStringList{"req", "-x509"} + ec +
                     QStringList{"-keyout", "ca.key", "-out", "ca.pem", "-days", "3650", "-subj",
                                 "/CN=gpu-setup test CA", "-addext",
                                 "basicConstraints=critical,CA:TRUE", "-addext",
                                 "keyUsage=critical,keyCertSign,cRLSign"},
                 &err))
        return err;
    struct Cert
    {
        const char *name, *san, *days;
        bool selfSigned;
    };
    for (const Cert &c : {Cert{"good", "IP:127.0.0.1,DNS:localhost", "3650", false},
                          Cert{"wronghost", "DNS:gpu-setup-wrong-host.example", "3650", false},
                          Cert{"expired", "IP:127.0.0.1,DNS:localhost", "-1", false},
                          Cert{"selfsigned", "IP:127.0.0.1,DNS:localhost", "3650", true}}) {
        const QString n = QString::fromLatin1(c.name);
        QFile ext(dir + "/" + n + ".ext");
        if (!ext.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write ") + ext.fileName();
        ext.write(QByteArray("subjectAltName=") + c.san + "\nextendedKeyUsage=serverAuth\n");
        ext.close();
        if (c.selfSigned) {
            if (!openssl(dir,
                         QStringList{"req", "-x509"} + ec +
                             QStringList{"-keyout", n + ".key", "-out", n + ".pem", "-days", c.days,
                                         "-subj", "/CN=127.0.0.1", "-addext",
                                         QStringLiteral("subjectAltName=") + c.san},
                         &err))
                return err;
            continue;
        }
        if (!openssl(dir,
                     QStringList{"req"} + ec +
                         QStringList{"-keyout", n + ".key", "-out", n + ".csr", "-subj",
                                     "/CN=gpu-setup test server"},
                     &err) ||
            !openssl(dir,
                     {"x509", "-req", "-in", n + ".csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                      "-CAcreateserial", "-out", n + ".pem", "-days", c.days, "-extfile",
                      n + ".ext"},
                     &err))
            return err;
    }
    return {};
}

const char kHttpsServer[] = R"(
import http.server, os, ssl, sys
os.chdir(sys.argv[1])
class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
server.handle_error = lambda request, address: None  # refused handshakes are the point
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(sys.argv[2], sys.argv[3])
server.socket = context.wrap_socket(server.socket, server_side=True)
print(server.server_address[1], flush=True)
server.serve_forever()
)";

} // namespace

void TestDownloader::https_data()
{
    QTest::addColumn<QString>("cert");
    QTest::addColumn<bool>("trustTestCa");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("reason"); // in the details, for a refusal
    QTest::newRow("good certificate, test CA trusted") << "good" << true << true << "";
    QTest::newRow("good certificate, system store only")
        << "good" << false << false << "unable to get local issuer certificate";
    QTest::newRow("self-signed") << "selfsigned" << true << false << "self-signed certificate";
    QTest::newRow("wrong host") << "wronghost" << true << false
                                << "no alternative certificate subject name matches";
    QTest::newRow("expired") << "expired" << true << false << "certificate has expired";
}

void TestDownloader::https()
{
    QFETCH(QString, cert);
    QFETCH(bool, trustTestCa);
    QFETCH(bool, ok);
    QFETCH(QString, reason);
    QTemporaryDir certs;
    const QString made = makeCertificates(certs.path());
    QVERIFY2(made.isEmpty(), qPrintable(made));
    QTemporaryDir www;
    {
        QFile f(www.filePath(QStringLiteral("cuda.run")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_payload);
    }
    QProcess server;
    server.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"), QString::fromLatin1(kHttpsServer), www.path(),
                  certs.filePath(cert + ".pem"), certs.filePath(cert + ".key")});
    QVERIFY(server.waitForStarted(10000));
    QVERIFY2(server.waitForReadyRead(10000), server.readAllStandardError().constData());
    const int port = server.readLine().trimmed().toInt();
    QVERIFY(port > 0);

    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("cuda.run"));
    Downloader d({QStringLiteral("https://127.0.0.1:%1/cuda.run").arg(port)}, target, m_sha);
    d.setRetriesPerUrl(0);
    if (trustTestCa) d.setCaBundle(certs.filePath(QStringLiteral("ca.pem")));
    QSignalSpy done(&d, &Downloader::finished);
    d.start();
    const DownloadResult r = resultOf(done);
    server.kill();
    server.waitForFinished(5000);
    QVERIFY2(r.ok == ok, qPrintable(r.message + "\n" + r.details));
    QVERIFY(!r.message.isEmpty() && !r.message.contains(QLatin1Char('\n')));
    if (ok) {
        QCOMPARE(readAll(target), m_payload);
        return;
    }
    QVERIFY2(r.details.contains(reason, Qt::CaseInsensitive), qPrintable(r.details));
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(QFileInfo(d.partPath()).size(), 0); // not a byte was accepted
}

void TestDownloader::plainHttpRefused()
{
    QString why;
    QVERIFY(Downloader::urlAllowed(QUrl(QStringLiteral("https://developer.download.nvidia.com/x")),
                                   &why));
    QVERIFY(Downloader::urlAllowed(QUrl(QStringLiteral("http://127.0.0.1:8080/x")), &why));
    QVERIFY(Downloader::urlAllowed(QUrl(QStringLiteral("http://127.3.4.5/x")), &why));
    QVERIFY(Downloader::urlAllowed(QUrl(QStringLiteral("http://localhost/x")), &why));
    QVERIFY(Downloader::urlAllowed(QUrl(QStringLiteral("http://[::1]:99/x")), &why));
    QVERIFY(!Downloader::urlAllowed(QUrl(QStringLiteral("http://10.0.0.1/x")), &why));
    QVERIFY(!Downloader::urlAllowed(QUrl(QStringLiteral("http://localhost.evil.com/x")), &why));
    QVERIFY(!Downloader::urlAllowed(QUrl(QStringLiteral("ftp://127.0.0.1/x")), &why));
    QVERIFY(!Downloader::urlAllowed(QUrl(QStringLiteral("not a url")), &why));

    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("f"));
    Downloader d({QStringLiteral("https://127.0.0.1:1/ok"),
                  QStringLiteral("http://mirrors.example.com/cuda.run")},
                 target, m_sha);
    QSignalSpy done(&d, &Downloader::finished);
    d.start();
    QCOMPARE(done.size(), 1); // decided inside start(): no request was sent
    const DownloadResult r = done.first().first().value<DownloadResult>();
    QVERIFY(!r.ok);
    QVERIFY(r.message.contains(QLatin1String("http://mirrors.example.com/cuda.run")));
    QVERIFY(!QFileInfo::exists(d.partPath()) && !QFileInfo::exists(target));
}

void TestDownloader::notEnoughSpace()
{
    QTemporaryDir dir;
    TestServer server(m_payload);
    const QString target = dir.filePath(QStringLiteral("big.run"));
    Downloader d({server.url(QStringLiteral("/full?")), server.url(QStringLiteral("/other?"))},
                 target, m_sha);
    QString askedDir;
    d.setFreeSpaceFunction([&](const QString &p) {
        askedDir = p;
        return qint64(1000);
    });
    QSignalSpy done(&d, &Downloader::finished);
    d.start();
    const DownloadResult r = resultOf(done);
    QVERIFY(!r.ok);
    QVERIFY2(r.message.startsWith(QLatin1String("Not enough free space")), qPrintable(r.message));
    QCOMPARE(askedDir, QFileInfo(target).absolutePath());
    QCOMPARE(server.log.size(), 1); // a full disk does not fail over to the mirror
    QVERIFY(!QFileInfo::exists(target) && !QFileInfo::exists(d.partPath()));
    QVERIFY(Downloader::defaultFreeSpace(dir.path()) > 0);
}

void TestDownloader::badChecksumArgument()
{
    QTemporaryDir dir;
    Downloader d({QStringLiteral("http://127.0.0.1:1/x")}, dir.filePath(QStringLiteral("f")),
                 QStringLiteral("abc"));
    QSignalSpy done(&d, &Downloader::finished);
    d.start();
    QCOMPARE(done.size(), 1);
    QVERIFY(done.first().first().value<DownloadResult>().message.contains(QLatin1String("64")));
}

void TestDownloader::md5_data()
{
    QTest::addColumn<QString>("digest"); // "good": the payload's MD5
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("inMessage");
    QTest::newRow("good") << "good" << true << "checksum verified";
    QTest::newRow("wrong") << QString(32, QLatin1Char('0')) << false << "MD5";
    QTest::newRow("a SHA-256 given as MD5") << m_sha << false << "32 hex digits";
}

void TestDownloader::md5()
{
    QFETCH(QString, digest);
    QFETCH(bool, ok);
    QFETCH(QString, inMessage);
    if (digest == QLatin1String("good"))
        digest = QString::fromLatin1(
            QCryptographicHash::hash(m_payload, QCryptographicHash::Md5).toHex());
    QTemporaryDir dir;
    TestServer server(m_payload);
    const QString target = dir.filePath(QStringLiteral("f.tar.gz"));
    Downloader d({server.url(QStringLiteral("/md5?"))}, target, Hasher::Algorithm::Md5, digest);
    QSignalSpy done(&d, &Downloader::finished);
    d.start();
    const DownloadResult r = resultOf(done);
    QCOMPARE(r.ok, ok);
    QVERIFY2(r.message.contains(inMessage), qPrintable(r.message));
    QCOMPARE(QFileInfo::exists(target), ok);
    if (ok) QVERIFY(readAll(target) == m_payload);
    if (ok) QCOMPARE(Hasher::hashFile(Hasher::Algorithm::Md5, target), digest);
}

// A 60 MB .part from an earlier run is re-hashed on a worker thread: timers keep firing
// meanwhile, then only the rest is requested.
void TestDownloader::rehashKeepsEventLoopTurning()
{
    const QByteArray big = makePayload(64 << 20);
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(big, QCryptographicHash::Sha256).toHex());
    QTemporaryDir dir;
    TestServer server(big);
    const QString target = dir.filePath(QStringLiteral("big.run"));
    const qint64 have = 60 << 20;
    {
        QFile part(target + QStringLiteral(".part"));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(big.constData(), have);
        QFile meta(target + QStringLiteral(".part.meta"));
        QVERIFY(meta.open(QIODevice::WriteOnly));
        meta.write("{\"validator\":\"\\\"v1\\\"\",\"sha256\":\"" + sha.toLatin1() + "\"}");
    }
    QCOMPARE(Hasher::sha256File(target + QStringLiteral(".part")),
             QString::fromLatin1(
                 QCryptographicHash::hash(big.left(have), QCryptographicHash::Sha256).toHex()));
    Downloader d({server.url(QStringLiteral("/big?"))}, target, sha);
    int ticks = 0;
    bool hashing = false;
    int ticksWhileHashing = -1;
    QList<qint64> hashed;
    connect(&d, &Downloader::verifyingPart, this, [&](qint64 done, qint64 total) {
        QCOMPARE(total, have);
        hashed << done;
        if (done == 0) {
            hashing = true;
            ticks = 0;
        } else if (done == total) {
            hashing = false;
            ticksWhileHashing = ticks;
        }
    });
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&] {
        if (hashing) ++ticks;
    });
    timer.start(1);
    QSignalSpy done(&d, &Downloader::finished);
    d.start();
    const DownloadResult r = resultOf(done, 60000);
    QVERIFY2(r.ok, qPrintable(r.message + QLatin1Char('\n') + r.details));
    QVERIFY(hashed.size() >= 2 && hashed.first() == 0 && hashed.last() == have);
    QVERIFY2(ticksWhileHashing > 0, qPrintable(QString::number(ticksWhileHashing)));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().range, "bytes=" + QByteArray::number(have) + "-");
    QCOMPARE(server.requests().first().status, 206);
    QCOMPARE(QFileInfo(target).size(), qint64(big.size()));
    QCOMPARE(Hasher::sha256File(target), sha);
}

void TestDownloader::cancelDuringRehash()
{
    const qint64 have = 64 << 20;
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("big.run"));
    {
        QFile part(target + QStringLiteral(".part"));
        QVERIFY(part.open(QIODevice::WriteOnly));
        QVERIFY(part.resize(have));
        QFile meta(target + QStringLiteral(".part.meta"));
        QVERIFY(meta.open(QIODevice::WriteOnly));
        meta.write("{\"validator\":\"\",\"sha256\":\"" + m_sha.toLatin1() + "\"}");
    }
    Downloader d({QStringLiteral("http://127.0.0.1:1/never")}, target, m_sha);
    QSignalSpy done(&d, &Downloader::finished);
    QSignalSpy verifying(&d, &Downloader::verifyingPart);
    d.start();
    QCOMPARE(verifying.size(), 1); // started, not done: the hashing is not on this thread
    QElapsedTimer t;
    t.start();
    d.cancel();
    QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(done.size(), 1);
    QVERIFY(
        done.first().first().value<DownloadResult>().message.contains(QLatin1String("cancelled")));
    QCOMPARE(QFileInfo(d.partPath()).size(), have);
    QTest::qWait(50); // a stopped worker's queued answer must not restart anything
    QCOMPARE(done.size(), 1);
    QVERIFY(!d.isRunning());
}

void TestDownloader::cli_data()
{
    QTest::addColumn<QStringList>("paths"); // URL then mirrors; "" for no URL at all
    QTest::addColumn<QString>("sha");       // "good" for the payload's
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("fileWritten");
    QTest::newRow("ok") << QStringList{"/cli-ok?"} << "good" << 0 << true;
    QTest::newRow("404 then mirror")
        << QStringList{"/cli-404?status=404", "/cli-m?"} << "good" << 0 << true;
    QTest::newRow("404 only") << QStringList{"/cli-404b?status=404"} << "good" << 1 << false;
    QTest::newRow("wrong checksum")
        << QStringList{"/cli-bad?"} << QString(64, QLatin1Char('0')) << 1 << false;
    QTest::newRow("no --sha256") << QStringList{"/cli-x?"} << "" << 2 << false;
    QTest::newRow("--md5") << QStringList{"/cli-md5?"} << "md5" << 0 << true;
    QTest::newRow("--md5 and --sha256") << QStringList{"/cli-both?"} << "both" << 2 << false;
    QTest::newRow("no URL") << QStringList{""} << "good" << 2 << false;
}

void TestDownloader::cli()
{
    QFETCH(QStringList, paths);
    QFETCH(QString, sha);
    QFETCH(int, exitCode);
    QFETCH(bool, fileWritten);
    QTemporaryDir dir;
    TestServer server(m_payload);
    const QString target = dir.filePath(QStringLiteral("out.bin"));
    QStringList args{QStringLiteral("download")};
    if (!paths.first().isEmpty()) args << server.url(paths.first());
    for (const QString &m : paths.mid(1))
        args << QStringLiteral("--mirror") << server.url(m);
    const QString md5 =
        QString::fromLatin1(QCryptographicHash::hash(m_payload, QCryptographicHash::Md5).toHex());
    if (sha == QLatin1String("md5") || sha == QLatin1String("both"))
        args << QStringLiteral("--md5") << md5;
    if (sha == QLatin1String("both"))
        args << QStringLiteral("--sha256") << m_sha;
    else if (!sha.isEmpty() && sha != QLatin1String("md5"))
        args << QStringLiteral("--sha256") << (sha == QLatin1String("good") ? m_sha : sha);
    args << QStringLiteral("-o") << target;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_STATE_HOME"), dir.filePath(QStringLiteral("state")));
    p.setProcessEnvironment(env);
    QSignalSpy exited(&p, &QProcess::finished);
    p.start(QStringLiteral(GPUSETUP_BINARY), args); // async: this thread serves the requests
    QVERIFY(exited.wait(30000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(p.exitCode() == exitCode, qPrintable(out + err));
    QCOMPARE(QFileInfo::exists(target), fileWritten);
    if (fileWritten) QVERIFY(readAll(target) == m_payload);
    QVERIFY(!err.contains(QLatin1Char('\r'))); // stderr is not a TTY: no progress line
    if (exitCode == 0) QVERIFY(out.contains(QLatin1String("checksum verified")));
    if (exitCode == 1) QVERIFY2(err.count(QLatin1Char('\n')) == 1, qPrintable(err));
}

// Ctrl-C during 'gpu-setup download': one sentence, exit 1, the .part kept; a rerun resumes.
void TestDownloader::cliSigint()
{
    QTemporaryDir dir;
    TestServer server(m_payload);
    const QString target = dir.filePath(QStringLiteral("out.bin"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_STATE_HOME"), dir.filePath(QStringLiteral("state")));
    QProcess p;
    p.setProcessEnvironment(env);
    QSignalSpy exited(&p, &QProcess::finished);
    p.start(QStringLiteral(GPUSETUP_BINARY),
            {QStringLiteral("download"), server.url(QStringLiteral("/sig?slow=1")),
             QStringLiteral("--sha256"), m_sha, QStringLiteral("-o"), target});
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(target + QStringLiteral(".part")).size() > 0, 15000);
    QVERIFY(p.state() == QProcess::Running);
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(exited.wait(5000) || !exited.isEmpty());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit); // handled, not killed by the signal
    QCOMPARE(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.count(QLatin1Char('\n')) == 1 && err.contains(QLatin1String("cancelled")),
             qPrintable(err));
    const qint64 part = QFileInfo(target + QStringLiteral(".part")).size();
    QVERIFY(part > 0 && part < kSize);
    QVERIFY(QFileInfo::exists(target + QStringLiteral(".part.meta")));
    QVERIFY(!QFileInfo::exists(target));

    QProcess again;
    again.setProcessEnvironment(env);
    QSignalSpy exited2(&again, &QProcess::finished);
    again.start(QStringLiteral(GPUSETUP_BINARY),
                {QStringLiteral("download"), server.url(QStringLiteral("/sig2?")),
                 QStringLiteral("--sha256"), m_sha, QStringLiteral("-o"), target});
    QVERIFY(exited2.wait(30000));
    QCOMPARE(again.exitCode(), 0);
    QCOMPARE(server.log.last().range, "bytes=" + QByteArray::number(part) + "-");
    QVERIFY(readAll(target) == m_payload);
}

QTEST_GUILESS_MAIN(TestDownloader)
#include "tst_downloader.moc"
