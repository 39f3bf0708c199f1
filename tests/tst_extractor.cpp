// The in-process extractor against archives this test writes itself with libarchive, shaped
// like NVIDIA's cuDNN tarball (a top folder with include/, lib/ and symlink chains), and every
// way a hostile archive tries to write outside the target. Nothing may be left behind on a
// refusal, a damaged archive or a cancel.
#include "actions/ExtractOperation.h"
#include "actions/Extractor.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <archive.h>
#include <archive_entry.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <thread>

using namespace gpusetup;

namespace {

struct Entry
{
    Entry(const QString &p = {}, char t = 'f', const QByteArray &d = {}, const QString &l = {},
          int m = 0644)
        : path(p), type(t), data(d), link(l), mode(m)
    {
    }
    QString path;
    char type = 'f'; // f file, d folder, l symlink, h hard link
    QByteArray data;
    QString link;
    int mode = 0644;
};

bool writeArchive(const QString &file, const QList<Entry> &entries, const QString &format)
{
    archive *a = archive_write_new();
    if (format == QLatin1String("zip")) {
        archive_write_set_format_zip(a);
    } else {
        archive_write_set_format_pax_restricted(a);
        if (format == QLatin1String("tar.xz")) archive_write_add_filter_xz(a);
        if (format == QLatin1String("tar.gz")) archive_write_add_filter_gzip(a);
    }
    if (archive_write_open_filename(a, QFile::encodeName(file).constData()) != ARCHIVE_OK)
        return false;
    for (const Entry &e : entries) {
        archive_entry *en = archive_entry_new();
        archive_entry_set_pathname(en, e.path.toUtf8().constData());
        archive_entry_set_perm(en, e.mode);
        archive_entry_set_mtime(en, 1700000000, 0);
        if (e.type == 'd') {
            archive_entry_set_filetype(en, AE_IFDIR);
            archive_entry_set_perm(en, 0755);
        } else if (e.type == 'l') {
            archive_entry_set_filetype(en, AE_IFLNK);
            archive_entry_set_symlink(en, e.link.toUtf8().constData());
            archive_entry_set_perm(en, 0777);
        } else if (e.type == 'h') {
            archive_entry_set_filetype(en, AE_IFREG);
            archive_entry_set_hardlink(en, e.link.toUtf8().constData());
            archive_entry_set_size(en, e.data.size());
        } else {
            archive_entry_set_filetype(en, AE_IFREG);
            archive_entry_set_size(en, e.data.size());
        }
        archive_write_header(a, en);
        if (!e.data.isEmpty()) archive_write_data(a, e.data.constData(), size_t(e.data.size()));
        archive_entry_free(en);
    }
    const bool ok = archive_write_close(a) == ARCHIVE_OK;
    archive_write_free(a);
    return ok;
}

const QString kTop = QStringLiteral("cudnn-linux-x86_64-9.1.0.70_cuda12-archive");

QByteArray noise(int size, quint32 seed)
{
    QByteArray b(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i) {
        seed = seed * 1664525u + 1013904223u;
        b[i] = char(seed >> 24);
    }
    return b;
}

QList<Entry> cudnnEntries()
{
    const QString t = kTop + QLatin1Char('/');
    return {
        {t, 'd', {}, {}, 0755},
        {t + "include", 'd', {}, {}, 0755},
        {t + "include/cudnn_version.h",
         'f',
         "#define CUDNN_MAJOR 9\n#define CUDNN_MINOR 1\n#define CUDNN_PATCHLEVEL 0\n",
         {},
         0644},
        {t + "lib", 'd', {}, {}, 0755},
        {t + "lib/libcudnn.so.9.1.0", 'f', noise(300000, 7), {}, 0755},
        {t + "lib/libcudnn.so.9", 'l', {}, "libcudnn.so.9.1.0"},
        {t + "lib/libcudnn.so", 'l', {}, "libcudnn.so.9"},
        {t + "lib/libcudnn_static.a", 'f', QByteArray(200000, 'a'), {}, 0644},
        {t + "LICENSE", 'f', "NVIDIA Software License Agreement\n", {}, 0444},
    };
}

// Every path under dir, relative, sorted; symlinks not followed.
QStringList listing(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

int modeOf(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

// Writes a tar stream into the FIFO at path, slowly, until stop is set, the reader closes it
// or 10 s have passed: a 4 GiB file in 64 KiB pieces every 10 ms (never finishes), or folders
// one every 10 ms (the archive ends well after the test cancels).
void feedSlowly(const QString &path, bool folders, const std::atomic_bool &stop)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY);
    if (fd < 0) return;
    archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    archive_write_set_bytes_per_block(a, 512); // every header reaches the pipe at once
    archive_write_set_bytes_in_last_block(a, 1);
    QElapsedTimer clock;
    clock.start();
    auto going = [&] { return !stop && clock.elapsed() < 10000; };
    // Our own output, so the writer can be cut off: libarchive's close would pad a short file.
    struct Sink
    {
        int fd;
        bool open = true;
    } sink{fd};
    auto write = [](archive *, void *data, const void *buf, size_t n) -> la_ssize_t {
        auto *s = static_cast<Sink *>(data);
        return s->open ? ::write(s->fd, buf, n) : -1;
    };
    if (archive_write_open(a, &sink, nullptr, write, nullptr) == ARCHIVE_OK) {
        archive_entry *en = archive_entry_new();
        archive_entry_set_pathname(en, "slow");
        archive_entry_set_filetype(en, AE_IFDIR);
        archive_entry_set_perm(en, 0755);
        bool ok = archive_write_header(a, en) == ARCHIVE_OK;
        if (folders) {
            for (int i = 0; ok && going() && i < 1000; ++i) {
                archive_entry_clear(en);
                archive_entry_set_pathname(en, QByteArray("slow/d" + QByteArray::number(i)));
                archive_entry_set_filetype(en, AE_IFDIR);
                archive_entry_set_perm(en, 0755);
                ok = archive_write_header(a, en) == ARCHIVE_OK;
                QThread::msleep(10);
            }
        } else if (ok) {
            archive_entry_clear(en);
            archive_entry_set_pathname(en, "slow/huge.bin");
            archive_entry_set_filetype(en, AE_IFREG);
            archive_entry_set_perm(en, 0644);
            archive_entry_set_size(en, qint64(4) << 30);
            ok = archive_write_header(a, en) == ARCHIVE_OK;
            const QByteArray piece = noise(64 << 10, 3);
            while (ok && going()) {
                ok = archive_write_data(a, piece.constData(), size_t(piece.size())) > 0;
                QThread::msleep(10);
            }
        }
        archive_entry_free(en);
        // A proper end after the folders; the huge file stays short (a damaged archive).
        if (ok && folders) archive_write_close(a);
    }
    sink.open = false;
    archive_write_free(a);
    ::close(fd);
}

// Unblocks a writer still waiting in open() because the extractor never opened the FIFO.
void releaseWriter(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
    if (fd >= 0) ::close(fd);
}

ExtractResult run(Extractor &x)
{
    QSignalSpy done(&x, &Extractor::finished);
    x.start();
    if (done.isEmpty()) done.wait(30000);
    if (done.isEmpty()) return {false, false, QStringLiteral("timed out"), {}, {}, 0, 0};
    return done.first().first().value<ExtractResult>();
}

} // namespace

Q_DECLARE_METATYPE(QList<Entry>)

class TestExtractor : public QObject
{
    Q_OBJECT
private slots:
    void cudnnShaped_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("strip");
        QTest::newRow("tar.xz, strip 1") << "tar.xz" << 1;
        QTest::newRow("tar.xz, strip 0") << "tar.xz" << 0;
        QTest::newRow("tar.gz") << "tar.gz" << 1;
        QTest::newRow("tar") << "tar" << 1;
        QTest::newRow("zip") << "zip" << 1;
        QTest::newRow("strip more than the depth of some entries") << "tar.xz" << 2;
    }
    void cudnnShaped()
    {
        QFETCH(QString, format);
        QFETCH(int, strip);
        QTemporaryDir tmp;
        const QString archive = tmp.filePath("cudnn." + format);
        QVERIFY(writeArchive(archive, cudnnEntries(), format));
        const QString target = tmp.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(target));
        Extractor x(archive, target);
        x.setStripComponents(strip);
        QSignalSpy prog(&x, &Extractor::progress);
        const ExtractResult r = run(x);
        QVERIFY2(r.ok, qPrintable(r.message + QLatin1Char('\n') + r.details));
        QVERIFY(!prog.isEmpty());
        QCOMPARE(prog.last().at(0).toDouble(), 1.0);
        const QString base = strip == 0 ? target + QLatin1Char('/') + kTop : target;
        if (strip == 2) {
            // Only entries deeper than two components survive, as with tar.
            QCOMPARE(listing(target),
                     (QStringList{"cudnn_version.h", "libcudnn.so", "libcudnn.so.9",
                                  "libcudnn.so.9.1.0", "libcudnn_static.a"}));
            QCOMPARE(QFileInfo(target + "/libcudnn.so").symLinkTarget(), target + "/libcudnn.so.9");
            return;
        }
        QCOMPARE(listing(base), (QStringList{"LICENSE", "include", "include/cudnn_version.h", "lib",
                                             "lib/libcudnn.so", "lib/libcudnn.so.9",
                                             "lib/libcudnn.so.9.1.0", "lib/libcudnn_static.a"}));
        QCOMPARE(QFile::symLinkTarget(base + "/lib/libcudnn.so"), base + "/lib/libcudnn.so.9");
        QVERIFY(QFileInfo(base + "/lib/libcudnn.so.9").isSymLink());
        QCOMPARE(QFileInfo(base + "/lib/libcudnn.so").canonicalFilePath(),
                 QFileInfo(base + "/lib/libcudnn.so.9.1.0").canonicalFilePath());
        QFile lib(base + "/lib/libcudnn.so.9.1.0");
        QVERIFY(lib.open(QIODevice::ReadOnly));
        QVERIFY(lib.readAll() == noise(300000, 7));
        QCOMPARE(modeOf(base + "/lib/libcudnn.so.9.1.0"), 0755);
        QCOMPARE(modeOf(base + "/include/cudnn_version.h"), 0644);
        QCOMPARE(modeOf(base + "/LICENSE"), 0444);
        QCOMPARE(r.files, 4);
        qint64 bytes = 0;
        for (const Entry &e : cudnnEntries())
            if (e.type == 'f') bytes += e.data.size();
        QCOMPARE(r.bytes, bytes);
        QStringList created = r.created;
        created.sort();
        if (strip == 0) {
            QCOMPARE(created, QStringList{QDir(target).canonicalPath() + "/" + kTop});
        } else {
            const QString c = QDir(target).canonicalPath() + "/";
            QCOMPARE(created, (QStringList{c + "LICENSE", c + "include", c + "lib"}));
        }
    }

    void escapes_data()
    {
        QTest::addColumn<QList<Entry>>("bad"); // appended after a few good entries
        QTest::addColumn<QString>("inMessage");
        const QString t = kTop + QLatin1Char('/');
        QTest::newRow("absolute path")
            << QList<Entry>{{"/OUTSIDE/evil", 'f', "x"}} << "/OUTSIDE/evil";
        QTest::newRow("dot-dot") << QList<Entry>{{t + "lib/../../../OUTSIDE/evil", 'f', "x"}}
                                 << "outside";
        QTest::newRow("symlink to an absolute folder, then written through")
            << QList<Entry>{{t + "lib/out", 'l', {}, "OUTSIDE"}, {t + "lib/out/evil", 'f', "x"}}
            << "link";
        QTest::newRow("symlink climbing out, then written through")
            << QList<Entry>{{t + "lib/out", 'l', {}, "../../../OUTSIDE"},
                            {t + "lib/out/evil", 'f', "x"}}
            << "link";
        QTest::newRow("symlink chain: dot-dot after an inner link")
            << QList<Entry>{{t + "lib/up", 'l', {}, ".."}, {t + "esc", 'l', {}, "lib/up/../.."}}
            << "link";
        QTest::newRow("hard link to an absolute path")
            << QList<Entry>{{t + "lib/h", 'h', {}, "OUTSIDE/victim"}} << "hard link";
        QTest::newRow("hard link climbing out")
            << QList<Entry>{{t + "lib/h", 'h', {}, "../OUTSIDE/victim"}} << "hard link";
        QTest::newRow("hard link to a file the user already had, then data")
            << QList<Entry>{{t + "lib/h", 'h', "overwritten", kTop + "/mine.txt"}} << "hard link";
        QTest::newRow("file the user already had")
            << QList<Entry>{{t + "mine.txt", 'f', "overwritten"}} << "already exists";
        QTest::newRow("dot-dot behind a folder name")
            << QList<Entry>{{t + "x/../../OUTSIDE", 'f', "x"}} << "outside";
    }
    void escapes()
    {
        QFETCH(QList<Entry>, bad);
        QFETCH(QString, inMessage);
        QTemporaryDir tmp;
        const QString outside = tmp.filePath(QStringLiteral("OUTSIDE"));
        QVERIFY(QDir().mkpath(outside));
        {
            QFile v(outside + "/victim");
            QVERIFY(v.open(QIODevice::WriteOnly));
            v.write("victim");
        }
        const QString target = tmp.filePath(QStringLiteral("target/sub"));
        QVERIFY(QDir().mkpath(target + "/" + kTop));
        {
            QFile mine(target + "/" + kTop + "/mine.txt");
            QVERIFY(mine.open(QIODevice::WriteOnly));
            mine.write("mine");
        }
        // Absolute and relative "OUTSIDE" targets resolve to the folder beside target/sub.
        QList<Entry> entries = cudnnEntries();
        for (Entry e : bad) {
            if (e.path.startsWith("/OUTSIDE")) e.path = outside + e.path.mid(8);
            if (e.link.startsWith("OUTSIDE")) e.link = outside + e.link.mid(7);
            if (e.link.startsWith("../OUTSIDE")) e.link = "../../../" + e.link.mid(3);
            entries << e;
        }
        const QString archive = tmp.filePath(QStringLiteral("evil.tar.xz"));
        QVERIFY(writeArchive(archive, entries, QStringLiteral("tar.xz")));
        const QStringList before = listing(tmp.path());
        Extractor x(archive, target);
        const ExtractResult r = run(x);
        QVERIFY(!r.ok);
        QVERIFY(!r.cancelled);
        QVERIFY2(r.message.contains(inMessage), qPrintable(r.message));
        QVERIFY(!r.message.contains(QLatin1Char('\n')));
        QCOMPARE(listing(tmp.path()), before); // nothing left behind, nothing written outside
        QFile v(outside + "/victim");
        QVERIFY(v.open(QIODevice::ReadOnly));
        QCOMPARE(v.readAll(), QByteArray("victim"));
        QFile mine(target + "/" + kTop + "/mine.txt");
        QVERIFY(mine.open(QIODevice::ReadOnly));
        QCOMPARE(mine.readAll(), QByteArray("mine"));
    }

    void damaged_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("truncated") << "truncated";
        QTest::newRow("bytes flipped") << "flipped";
        QTest::newRow("not an archive") << "text";
        QTest::newRow("missing") << "missing";
    }
    void damaged()
    {
        QFETCH(QString, how);
        QTemporaryDir tmp;
        const QString archive = tmp.filePath(QStringLiteral("cudnn.tar.xz"));
        QVERIFY(writeArchive(archive, cudnnEntries(), QStringLiteral("tar.xz")));
        QFile f(archive);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        if (how == "truncated") bytes = bytes.left(bytes.size() * 2 / 3);
        if (how == "flipped")
            for (int i = bytes.size() / 2; i < bytes.size() / 2 + 64; ++i)
                bytes[i] = char(bytes[i] ^ 0x5a);
        if (how == "text") bytes = "this is not an archive\n";
        f.resize(0);
        f.write(bytes);
        f.close();
        if (how == "missing") QFile::remove(archive);
        const QString target = tmp.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(target));
        Extractor x(archive, target);
        const ExtractResult r = run(x);
        QVERIFY(!r.ok);
        QVERIFY2(!r.message.isEmpty() && !r.message.contains('\n'), qPrintable(r.message));
        QCOMPARE(listing(target), QStringList());
    }

    // The archive is a FIFO fed by a throttled writer, so it cannot be unpacked before the
    // cancel lands: one file far larger than the writer ever sends (the cancel is checked per
    // data chunk), or folders without data sent one by one (checked per entry). A cancel that
    // does nothing leaves the extraction running until the writer gives up, and then it ends
    // as damaged (chunk) or complete (entries), never as cancelled.
    void cancelMidway_data()
    {
        QTest::addColumn<bool>("folders");
        QTest::newRow("per chunk: a 4 GiB file sent slowly") << false;
        QTest::newRow("per entry: folders sent one by one") << true;
    }
    void cancelMidway()
    {
        QFETCH(bool, folders);
        QTemporaryDir tmp;
        const QString archive = tmp.filePath(QStringLiteral("slow.tar"));
        QVERIFY(::mkfifo(QFile::encodeName(archive).constData(), 0600) == 0);
        const QString target = tmp.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(target));
        ::signal(SIGPIPE, SIG_IGN); // the writer sees EPIPE once the extractor lets go
        std::atomic_bool stop{false};
        std::thread writer([&] { feedSlowly(archive, folders, stop); });
        Extractor x(archive, target);
        QSignalSpy done(&x, &Extractor::finished);
        QElapsedTimer t;
        connect(&x, &Extractor::progress, this, [&](double, qint64 bytes) {
            if ((folders || bytes > 0) && !t.isValid()) {
                t.start();
                x.cancel();
            }
        });
        x.start();
        const bool finished = done.wait(30000) || !done.isEmpty();
        stop = true;
        releaseWriter(archive);
        writer.join();
        QVERIFY(finished);
        const ExtractResult r = done.first().first().value<ExtractResult>();
        QVERIFY2(t.isValid(), "no progress before the end");
        QVERIFY2(r.cancelled, qPrintable(r.message));
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(!r.ok);
        QVERIFY(r.message.contains(QLatin1String("cancelled")));
        QCOMPARE(r.bytes, 0);
        QCOMPARE(listing(target), QStringList());
        QVERIFY(!x.isRunning());
    }

    void operation()
    {
        QTemporaryDir tmp;
        const QString archive = tmp.filePath(QStringLiteral("cudnn.tar.xz"));
        QVERIFY(writeArchive(archive, cudnnEntries(), QStringLiteral("tar.xz")));
        const QString target = tmp.filePath(QStringLiteral("opt/cudnn 9"));
        ExtractOperation op(QStringLiteral("cudnn.extract"), QStringLiteral("Unpack cuDNN"),
                            archive, target, 1);
        QCOMPARE(op.dryRun(),
                 (QStringList{"mkdir -p '" + target + "'",
                              "tar -xf " + archive + " -C '" + target + "' --strip-components=1"}));
        QSignalSpy done(&op, &Operation::finished);
        op.start();
        QVERIFY(done.wait(30000) || !done.isEmpty());
        QVERIFY(done.first().first().value<OperationResult>().ok);
        QVERIFY(QFileInfo(target + "/lib/libcudnn.so").isSymLink());
        QCOMPARE(op.journalEntry().changes.size(), 1);
        QCOMPARE(op.journalEntry().changes.first().kind, QString("dir-created"));
        QSignalSpy undone(&op, &Operation::undoFinished);
        op.undo();
        QVERIFY(!undone.isEmpty() || undone.wait(10000)); // undo may finish inside undo()
        QVERIFY(!QFileInfo::exists(target));
    }

    void cli_data()
    {
        QTest::addColumn<bool>("evil");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("cuDNN tarball") << false << 0;
        QTest::newRow("escaping entry") << true << 1;
    }
    void cli()
    {
        QFETCH(bool, evil);
        QFETCH(int, exitCode);
        QTemporaryDir tmp;
        QList<Entry> entries = cudnnEntries();
        if (evil) entries << Entry{kTop + "/lib/../../../x", 'f', "x"};
        const QString archive = tmp.filePath(QStringLiteral("cudnn.tar.xz"));
        QVERIFY(writeArchive(archive, entries, QStringLiteral("tar.xz")));
        const QString target = tmp.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(target));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_STATE_HOME"), tmp.filePath(QStringLiteral("state")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GPUSETUP_BINARY),
                {QStringLiteral("extract"), archive, QStringLiteral("-C"), target,
                 QStringLiteral("--strip-components"), QStringLiteral("1")});
        QVERIFY(p.waitForFinished(30000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == exitCode, qPrintable(err));
        QCOMPARE(QFileInfo(target + "/lib/libcudnn.so.9").isSymLink(), !evil);
        if (evil) QVERIFY2(err.count('\n') == 1, qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestExtractor)
#include "tst_extractor.moc"
