// The disk / toolchain probe: df -P output in its variants, gcc and make version lines, and
// the probe over snapshots (missing path, clang-only machine, timeouts).
#include "TestSnapshot.h"
#include "host/SnapshotHost.h"
#include "probe/DiskProbe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <unistd.h>

using namespace gpusetup;
using namespace gpusetup::test;

namespace {

const QString kDfCmd = QStringLiteral("df -P -B1 /tmp /home/student /usr/local");
const QStringList kPaths = {"/tmp", "/home/student", "/usr/local"};

// Ubuntu laptop: /tmp on tmpfs, /home its own partition, /usr/local on the root filesystem.
const QByteArray kDfNormal =
    "Filesystem         1-blocks        Used   Available Capacity Mounted on\n"
    "tmpfs            8301965312    22528000  8279437312       1% /tmp\n"
    "/dev/nvme0n1p3  502921060352 98765430784 378522882048      21% /home\n"
    "/dev/nvme0n1p2  105089261568 41200123904  58502148096      42% /\n";

bool hasEvidence(const DiskFacts &f, const QString &source, const QString &detailPart)
{
    for (const Evidence &e : f.evidence)
        if (e.source == source && e.detail.contains(detailPart)) return true;
    return false;
}

} // namespace

class TestDiskProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void df_data()
    {
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("err");
        QTest::addColumn<QStringList>("paths");
        // Per path: "state|filesystem|mount|total|free" ("absent|..." / "unknown|...").
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("normal") << QString::fromLatin1(kDfNormal) << "" << kPaths
                                << QStringList{
                                       "found|tmpfs|/tmp|8301965312|8279437312",
                                       "found|/dev/nvme0n1p3|/home|502921060352|378522882048",
                                       "found|/dev/nvme0n1p2|/|105089261568|58502148096"};
        // Captured on a Debian 12 VM (coreutils 9.1): one path missing, the same filesystem twice.
        QTest::newRow("missing-middle-same-fs-twice")
            << "Filesystem         1-blocks        Used   Available Capacity Mounted on\n"
               "/dev/vda       270553174016 17754804224 84990476288      18% /\n"
               "/dev/vda       270553174016 17754804224 84990476288      18% /\n"
            << "df: /home/student: No such file or directory\n"
            << kPaths
            << QStringList{"found|/dev/vda|/|270553174016|84990476288", "absent|||-1|-1",
                           "found|/dev/vda|/|270553174016|84990476288"};
        QTest::newRow("missing-last")
            << "Filesystem 1-blocks Used Available Capacity Mounted on\n"
               "/dev/sda1 1000 400 600 40% /\n/dev/sda2 2000 1000 1000 50% /home\n"
            << "df: /usr/local: No such file or directory\n"
            << kPaths
            << QStringList{"found|/dev/sda1|/|1000|600", "found|/dev/sda2|/home|2000|1000",
                           "absent|||-1|-1"};
        QTest::newRow("quoted-error-path")
            << "Filesystem 1-blocks Used Available Capacity Mounted on\n/dev/sda1 1000 400 600 40% "
               "/\n"
            << "df: '/home/my user': No such file or directory\n"
            << QStringList{"/home/my user", "/tmp"}
            << QStringList{"absent|||-1|-1", "found|/dev/sda1|/|1000|600"};
        QTest::newRow("permission-denied")
            << "Filesystem 1-blocks Used Available Capacity Mounted on\n/dev/sda1 1000 400 600 40% "
               "/\n"
            << "df: /home/student: Permission denied\n"
            << QStringList{"/tmp", "/home/student"}
            << QStringList{"found|/dev/sda1|/|1000|600", "unknown|||-1|-1"};
        // -P keeps each filesystem on one line however long its name; names and mount points
        // may hold spaces.
        QTest::newRow("long-names-and-spaces")
            << "Filesystem                                                1-blocks        Used   "
               "Available Capacity Mounted on\n"
               "/dev/mapper/ubuntu--vg-ubuntu--lv--with--a--very--long--name 1056858112000 "
               "52842905600 950051217408       6% /\n"
               "//nas.local/home share 4000787030016 1000196757504 3000590272512      25% "
               "/media/student/My Disk\n"
            << "" << QStringList{"/tmp", "/media/student/My Disk/x"}
            << QStringList{"found|/dev/mapper/ubuntu--vg-ubuntu--lv--with--a--very--long--name|/"
                           "|1056858112000|950051217408",
                           "found|//nas.local/home share|/media/student/My "
                           "Disk|4000787030016|3000590272512"};
        QTest::newRow("dash-values")
            << "Filesystem 1-blocks Used Available Capacity Mounted on\nnone - - - - /tmp\n"
            << "" << QStringList{"/tmp"} << QStringList{"found|none|/tmp|-1|-1"};
        QTest::newRow("crlf") << "Filesystem 1-blocks Used Available Capacity Mounted "
                                 "on\r\n/dev/sda1 1000 400 600 40% /\r\n"
                              << "" << QStringList{"/tmp"}
                              << QStringList{"found|/dev/sda1|/|1000|600"};
        QTest::newRow("fewer-rows-no-error")
            << "Filesystem 1-blocks Used Available Capacity Mounted on\n/dev/sda1 1000 400 600 40% "
               "/\n"
            << "" << QStringList{"/tmp", "/usr/local"}
            << QStringList{"found|/dev/sda1|/|1000|600", "unknown|||-1|-1"};
        QTest::newRow("empty") << ""
                               << "" << QStringList{"/tmp"} << QStringList{"unknown|||-1|-1"};
        QTest::newRow("garbage") << "df: invalid option -- 'B'\nusage\n1 2 3\n"
                                 << "" << QStringList{"/tmp"} << QStringList{"unknown|||-1|-1"};
    }
    void df()
    {
        QFETCH(QString, out);
        QFETCH(QString, err);
        QFETCH(QStringList, paths);
        QFETCH(QStringList, expected);
        const QList<DiskSpace> spaces = parseDf(out, err, paths);
        QCOMPARE(spaces.size(), paths.size());
        for (int i = 0; i < spaces.size(); ++i) {
            const DiskSpace &d = spaces[i];
            QCOMPARE(d.path, paths[i]);
            const QString got = QStringLiteral("%1|%2|%3|%4|%5")
                                    .arg(factStateName(d.state), d.filesystem, d.mountPoint)
                                    .arg(d.totalBytes)
                                    .arg(d.freeBytes);
            QCOMPARE(got, expected[i]);
            if (d.state != FactState::Found) QVERIFY(!d.error.isEmpty());
        }
    }

    void usedBytes()
    {
        const QList<DiskSpace> spaces = parseDf(QString::fromLatin1(kDfNormal), QString(), kPaths);
        QCOMPARE(spaces[0].usedBytes, 22528000);
        QCOMPARE(spaces[2].usedBytes, 41200123904LL);
    }

    void gccVersion_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("version");
        QTest::newRow("ubuntu-16.04") << "gcc (Ubuntu 5.4.0-6ubuntu1~16.04.12) 5.4.0 20160609"
                                      << "5.4.0";
        QTest::newRow("ubuntu-18.04") << "gcc (Ubuntu 7.5.0-3ubuntu1~18.04) 7.5.0"
                                      << "7.5.0";
        QTest::newRow("ubuntu-20.04") << "gcc (Ubuntu 9.4.0-1ubuntu1~20.04.2) 9.4.0"
                                      << "9.4.0";
        QTest::newRow("ubuntu-22.04") << "gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0"
                                      << "11.4.0";
        QTest::newRow("ubuntu-24.04") << "gcc (Ubuntu 13.2.0-23ubuntu4) 13.2.0"
                                      << "13.2.0";
        QTest::newRow("ubuntu-24.04-update") << "gcc (Ubuntu 13.3.0-6ubuntu2~24.04) 13.3.0"
                                             << "13.3.0";
        QTest::newRow("debian-12") << "gcc (Debian 12.2.0-14) 12.2.0"
                                   << "12.2.0";
        QTest::newRow("debian-12-u1") << "gcc (Debian 12.2.0-14+deb12u1) 12.2.0"
                                      << "12.2.0";
        QTest::newRow("debian-versioned-binary") << "gcc-12 (Debian 12.2.0-14) 12.2.0"
                                                 << "12.2.0";
        QTest::newRow("arch") << "gcc (GCC) 14.2.1 20240910"
                              << "14.2.1";
        QTest::newRow("fedora") << "gcc (GCC) 13.2.1 20231011 (Red Hat 13.2.1-4)"
                                << "13.2.1";
        QTest::newRow("conda") << "x86_64-conda-linux-gnu-cc (conda-forge gcc 12.3.0-3) 12.3.0"
                               << "12.3.0";
        QTest::newRow("two-part") << "gcc (GCC) 4.8"
                                  << "4.8";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("no-version") << "gcc (Ubuntu)"
                                    << "";
    }
    void gccVersion()
    {
        QFETCH(QString, line);
        QFETCH(QString, version);
        QCOMPARE(parseGccVersion(line), version);
    }

    void makeVersion()
    {
        QCOMPARE(parseMakeVersion("GNU Make 4.3"), QStringLiteral("4.3"));
        QCOMPARE(parseMakeVersion("GNU Make 4.2.1"), QStringLiteral("4.2.1"));
        QCOMPARE(parseMakeVersion("GNU Make 3.81"), QStringLiteral("3.81"));
        QCOMPARE(parseMakeVersion("bmake"), QString());
    }

    void probeNormal()
    {
        SnapshotBuilder s;
        s.command(kDfCmd, 0, kDfNormal);
        s.command("gcc --version", 0,
                  "gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0\nCopyright (C) 2021 Free Software "
                  "Foundation, Inc.\n");
        s.command("make --version", 0, "GNU Make 4.3\nBuilt for x86_64-pc-linux-gnu\n");
        auto host = s.open();
        QVERIFY(host);
        const DiskFacts f = probeDisk(*host, 1000);
        QCOMPARE(f.state, FactState::Found);
        QCOMPARE(f.spaces.size(), 3);
        QCOMPARE(f.spaces[1].path, QStringLiteral("/home/student"));
        QCOMPARE(f.spaces[1].mountPoint, QStringLiteral("/home"));
        QCOMPARE(f.spaces[1].freeBytes, 378522882048LL);
        QCOMPARE(f.gccState, FactState::Found);
        QCOMPARE(f.gccVersion, QStringLiteral("11.4.0"));
        QCOMPARE(f.gccMajor, 11);
        QCOMPARE(f.gccLine, QStringLiteral("gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0"));
        QCOMPARE(f.makeState, FactState::Found);
        QCOMPARE(f.makeVersion, QStringLiteral("4.3"));
        QVERIFY(hasEvidence(f, kDfCmd, "/tmp: 8279437312 free of 8301965312 on /tmp (tmpfs)"));
        QVERIFY(hasEvidence(f, "gcc --version", "11.4.0"));
        const QStringList lines = describeDisk(f);
        QVERIFY(lines.contains("/tmp: 7.7 GiB free of 7.7 GiB (filesystem mounted on /tmp)"));
        QVERIFY(lines.contains("/usr/local: 54.5 GiB free of 97.9 GiB (filesystem mounted on /)"));
        QVERIFY(lines.contains("gcc 11.4.0 installed"));
        QVERIFY(lines.contains("make 4.3 installed"));

        const Json j = f;
        const DiskFacts back = j.get<DiskFacts>();
        QCOMPARE(back.spaces, f.spaces);
        QCOMPARE(back.gccMajor, 11);
        QCOMPARE(back.evidence, f.evidence);
    }

    void probeMissingPathDebian()
    {
        SnapshotBuilder s;
        s.command(kDfCmd, 1,
                  "Filesystem         1-blocks        Used   Available Capacity Mounted on\n"
                  "/dev/sda1       31526391808 9876543488 20023738368      34% /\n"
                  "/dev/sda1       31526391808 9876543488 20023738368      34% /\n",
                  "df: /usr/local: No such file or directory\n");
        s.command("gcc --version", 0, "gcc (Debian 12.2.0-14+deb12u1) 12.2.0\n");
        s.command("make --version", 0, "GNU Make 4.3\n");
        auto host = s.open();
        const DiskFacts f = probeDisk(*host, 1000);
        QCOMPARE(f.state, FactState::Found);
        QCOMPARE(f.spaces[0].state, FactState::Found);
        QCOMPARE(f.spaces[1].state, FactState::Found);
        QCOMPARE(f.spaces[2].state, FactState::Absent);
        QCOMPARE(f.spaces[2].error, QStringLiteral("No such file or directory"));
        QCOMPARE(f.gccVersion, QStringLiteral("12.2.0"));
        QCOMPARE(f.gccMajor, 12);
        QVERIFY(describeDisk(f).contains("/usr/local: does not exist"));
    }

    void probeClangOnly()
    {
        SnapshotBuilder s;
        s.command(kDfCmd, 0, kDfNormal);
        s.command("clang --version", 0, "Ubuntu clang version 14.0.0-1ubuntu1.1\n");
        auto host = s.open();
        const DiskFacts f = probeDisk(*host, 1000);
        QCOMPARE(f.gccState, FactState::Absent);
        QCOMPARE(f.gccVersion, QString());
        QCOMPARE(f.gccMajor, -1);
        QCOMPARE(f.makeState, FactState::Absent);
        QVERIFY(hasEvidence(f, "gcc --version", "not installed"));
        const QStringList lines = describeDisk(f);
        QVERIFY(lines.contains("gcc is not installed (the CUDA runfile needs it)"));
        QVERIFY(lines.contains("make is not installed (the CUDA runfile needs it)"));
    }

    void probeGccIsClang()
    {
        SnapshotBuilder s;
        s.command("gcc --version", 0, "clang version 16.0.6\nTarget: x86_64-unknown-linux-gnu\n");
        s.command("make --version", 2, "", "make: broken\n");
        auto host = s.open();
        const DiskFacts f = probeDisk(*host, 1000);
        QCOMPARE(f.gccState, FactState::Broken);
        QCOMPARE(f.gccVersion, QString());
        QCOMPARE(f.makeState, FactState::Broken);
        // df not installed: nothing known about space.
        QCOMPARE(f.state, FactState::Absent);
        QCOMPARE(f.spaces.size(), 3);
        for (const DiskSpace &d : f.spaces)
            QCOMPARE(d.state, FactState::Unknown);
        QVERIFY(describeDisk(f).contains("\"gcc\" is really clang: clang version 16.0.6"));
    }

    void probeTimeout()
    {
        SnapshotBuilder s;
        s.hang(kDfCmd);
        s.hang("gcc --version");
        s.command("make --version", 0, "GNU Make 4.2.1\n");
        auto host = s.open();
        QElapsedTimer t;
        t.start();
        const DiskFacts f = probeDisk(*host, 150);
        QVERIFY(t.elapsed() < 2000);
        QCOMPARE(f.state, FactState::Unknown);
        for (const DiskSpace &d : f.spaces) {
            QCOMPARE(d.state, FactState::Unknown);
            QCOMPARE(d.freeBytes, -1);
            QVERIFY(d.error.contains("no answer"));
        }
        QCOMPARE(f.gccState, FactState::Unknown);
        QCOMPARE(f.makeVersion, QStringLiteral("4.2.1"));
        QVERIFY(hasEvidence(f, kDfCmd, "no answer"));
        const QStringList lines = describeDisk(f);
        QVERIFY(lines.contains("/tmp: free space unknown"));
        QVERIFY(lines.contains("could not check gcc"));
    }

    void formatting()
    {
        QCOMPARE(formatBytes(-1), QStringLiteral("unknown"));
        QCOMPARE(formatBytes(0), QStringLiteral("0 MiB"));
        QCOMPARE(formatBytes(512LL * 1024 * 1024), QStringLiteral("512 MiB"));
        QCOMPARE(formatBytes(5LL * 1024 * 1024 * 1024), QStringLiteral("5.0 GiB"));
    }
};

QTEST_GUILESS_MAIN(TestDiskProbe)
#include "tst_diskprobe.moc"
