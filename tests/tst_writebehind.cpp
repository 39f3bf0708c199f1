// WriteBehind (the Downloader's write-out of a large file): the bytes on disk are exactly the
// bytes written whatever the piece size, window and (unaligned, resumed) start offset; the
// settled offset trails the write position by about one window; and on a disk filesystem the
// settled part of the file really leaves the page cache (mincore), which is what keeps a 4 GB
// download from being throttled on dirty pages and from evicting the user's own files.
#include "actions/WriteBehind.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <linux/magic.h>
#include <sys/mman.h>
#include <sys/statfs.h>
#include <unistd.h>

using namespace gpusetup;

namespace {

QByteArray randomBytes(qint64 n, quint32 seed)
{
    QByteArray b(n, Qt::Uninitialized);
    QRandomGenerator g(seed);
    g.fillRange(reinterpret_cast<quint32 *>(b.data()), n / 4);
    for (qint64 i = n / 4 * 4; i < n; ++i)
        b[i] = char(g.generate());
    return b;
}

// Writes data at `start` of a file already holding `start` bytes of `head`, piece by piece.
bool writeThrough(const QString &path, const QByteArray &head, const QByteArray &data, qint64 piece,
                  qint64 window, qint64 *settled, qint64 *pos)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite | QIODevice::Truncate | QIODevice::Unbuffered)) return false;
    if (f.write(head) != head.size()) return false;
    WriteBehind wb(f.handle(), f.pos(), window);
    qint64 lastSettled = wb.settled();
    for (qint64 at = 0; at < data.size(); at += piece) {
        const qint64 n = qMin(piece, data.size() - at);
        if (f.write(data.constData() + at, n) != n) return false;
        wb.wrote(n);
        if (wb.settled() < lastSettled) return false;   // never goes back
        if (wb.settled() % 4096 != 0) return false;     // whole pages only
        if (wb.settled() > wb.position()) return false; // never ahead of what was written
        lastSettled = wb.settled();
    }
    *settled = wb.settled();
    *pos = wb.position();
    return true;
}

// Fraction of the file's pages in [0, end) that are in the page cache.
double residentFraction(const QString &path, qint64 end)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || end <= 0) return -1;
    void *map = ::mmap(nullptr, size_t(end), PROT_READ, MAP_SHARED, fd, 0);
    ::close(fd);
    if (map == MAP_FAILED) return -1;
    const long page = ::sysconf(_SC_PAGESIZE);
    std::vector<unsigned char> vec(size_t((end + page - 1) / page));
    const int rc = ::mincore(map, size_t(end), vec.data());
    ::munmap(map, size_t(end));
    if (rc != 0) return -1;
    qint64 in = 0;
    for (unsigned char v : vec)
        in += v & 1;
    return double(in) / double(vec.size());
}

} // namespace

class TestWriteBehind : public QObject
{
    Q_OBJECT
private slots:
    void bytesExact_data();
    void bytesExact();
    void settledPartLeavesTheCache();
    void badFdIsHarmless();
};

void TestWriteBehind::bytesExact_data()
{
    QTest::addColumn<qint64>("head"); // bytes already in the file (a resumed .part)
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("piece");
    QTest::addColumn<qint64>("window");

    QTest::newRow("fresh, 1 MiB pieces, 4 MiB window")
        << 0LL << (24LL << 20) << (1LL << 20) << (4LL << 20);
    QTest::newRow("resumed at an odd byte")
        << 1000003LL << (9LL << 20) + 17 << (1LL << 20) << (2LL << 20);
    QTest::newRow("small odd pieces") << 4095LL << (3LL << 20) + 5 << 12345LL << 65536LL;
    QTest::newRow("window below a page") << 0LL << (1LL << 20) << 1000LL << 1LL;
    QTest::newRow("file smaller than the window") << 10LL << 50000LL << 4096LL << (32LL << 20);
}

void TestWriteBehind::bytesExact()
{
    QFETCH(qint64, head);
    QFETCH(qint64, size);
    QFETCH(qint64, piece);
    QFETCH(qint64, window);
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/wb-XXXXXX"));
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("file.part"));
    const QByteArray h = randomBytes(head, 1), data = randomBytes(size, 2);
    qint64 settled = -1, pos = -1;
    QVERIFY(writeThrough(path, h, data, piece, window, &settled, &pos));
    QCOMPARE(pos, head + size);
    // Settled trails by one window (rounded down to a page) plus at most one batch and piece.
    const qint64 w = qMax<qint64>(window, 4096);
    const qint64 batch = qMax<qint64>(4096, qMin(w / 4, WriteBehind::kBatch));
    const qint64 expect = qMax<qint64>(head / 4096 * 4096, (pos - w) / 4096 * 4096);
    QVERIFY2(settled >= expect - batch - piece - 4096 && settled <= pos,
             qPrintable(QStringLiteral("settled %1, expected about %2").arg(settled).arg(expect)));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll() == h + data);
}

void TestWriteBehind::settledPartLeavesTheCache()
{
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/wb-XXXXXX"));
    QVERIFY(dir.isValid());
    struct statfs fs = {};
    QCOMPARE(::statfs(QFile::encodeName(dir.path()).constData(), &fs), 0);
    if (fs.f_type == TMPFS_MAGIC || fs.f_type == RAMFS_MAGIC)
        QSKIP("the build folder is in memory (tmpfs): its pages cannot leave the cache");
    const QString path = dir.filePath(QStringLiteral("big.part"));
    const QByteArray data = randomBytes(64 << 20, 3);
    qint64 settled = -1, pos = -1;
    QVERIFY(writeThrough(path, {}, data, 1 << 20, 8 << 20, &settled, &pos));
    QVERIFY(settled >= (55 << 20));
    const double resident = residentFraction(path, settled);
    QVERIFY(resident >= 0);
    qInfo("resident below the settled offset: %.0f%% of %lld MiB", resident * 100, settled >> 20);
    // DONTNEED drops clean pages; a few may be back through readahead or still in flight.
    QVERIFY2(resident < 0.5, qPrintable(QStringLiteral("%1% still cached").arg(resident * 100)));
}

void TestWriteBehind::badFdIsHarmless()
{
    WriteBehind wb(-1, 100);
    wb.wrote(1 << 20);
    QCOMPARE(wb.position(), 100 + (1 << 20));
    QCOMPARE(wb.settled(), 0); // nothing can be settled without a file
}

QTEST_GUILESS_MAIN(TestWriteBehind)
#include "tst_writebehind.moc"
