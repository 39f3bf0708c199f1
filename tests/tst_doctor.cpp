// Whole-machine snapshots in tests/hosts: the doctor's facts against a golden JSON each, the
// CLI on them, and the snapshot contract (snapshot of a host, doctor on the copy: same facts).
#include "TestSnapshot.h"
#include "host/RealHost.h"
#include "host/RecordingHost.h"
#include "host/SnapshotHost.h"
#include "probe/Facts.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace gpusetup;
using namespace gpusetup::test;

namespace {

QByteArray factsJson(const Facts &f)
{
    return QByteArray::fromStdString(Json(f).dump(2) + "\n");
}

} // namespace

class TestDoctor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(hostNames().size() >= 8, "tests/hosts must hold at least eight snapshots");
        qputenv("XDG_STATE_HOME", QByteArray(QDir::tempPath().toUtf8() + "/gpu-setup-test-state"));
    }

    void golden_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &n : hostNames())
            QTest::newRow(qPrintable(n)) << n;
    }
    // The facts of each snapshot host, as JSON, against its doctor.json.
    void golden()
    {
        QFETCH(QString, name);
        const QString dir = hostsDir() + "/" + name;
        QString error;
        auto host = SnapshotHost::open(dir, &error);
        QVERIFY2(host, qPrintable(error));
        ProbeOptions options;
        options.commandTimeoutMs = 1000;
        const QByteArray actual = factsJson(probeAll(*host, options));
        const QString mismatch = test::goldenMismatch(
            dir + "/doctor.json", actual, QDir::tempPath() + "/doctor-" + name + ".actual.json");
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        if (test::updatingGoldens()) return;
        const QByteArray expected = actual;
        // And the JSON reads back into the same facts.
        const Facts back = Json::parse(expected.toStdString()).get<Facts>();
        QCOMPARE(factsJson(back), expected);
    }

    void snapshotOfSnapshot_data() { golden_data(); }
    // Record a doctor run on a host, write it as a snapshot, probe the copy: the same facts.
    void snapshotOfSnapshot()
    {
        QFETCH(QString, name);
        auto host = SnapshotHost::open(hostsDir() + "/" + name, nullptr);
        QVERIFY(host);
        ProbeOptions options;
        options.commandTimeoutMs = 300;
        RecordingHost rec(*host);
        const QByteArray first = factsJson(probeAll(rec, options));
        QTemporaryDir tmp;
        QString error;
        QVERIFY2(writeSnapshot(rec, tmp.path() + "/copy", nullptr, &error), qPrintable(error));
        auto copy = SnapshotHost::open(tmp.path() + "/copy", &error);
        QVERIFY2(copy, qPrintable(error));
        QByteArray second = factsJson(probeAll(*copy, options));
        // The copy is a different folder: only the snapshot path in evidence may differ.
        second.replace(tmp.path().toUtf8() + "/copy", (hostsDir() + "/" + name).toUtf8());
        QCOMPARE(second, first);
    }

    void cliJsonMatchesGolden()
    {
        const QString name = QStringLiteral("ubuntu2204-rtx3060-drv535");
        int rc = -1;
        const QByteArray out = runCli({"doctor", "--json", "--host", hostsDir() + "/" + name}, &rc);
        QFile golden(hostsDir() + "/" + name + "/doctor.json");
        QVERIFY(golden.open(QIODevice::ReadOnly));
        QCOMPARE(Json::parse(out.toStdString()), Json::parse(golden.readAll().toStdString()));
        QCOMPARE(rc, 0);
    }

    void cliExitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrPart");
        QTest::newRow("unknown-command") << QStringList{"frobnicate"} << 2 << "unknown command";
        QTest::newRow("unknown-option")
            << QStringList{"doctor", "--frob"} << 2 << "unknown option --frob";
        QTest::newRow("host-missing")
            << QStringList{"doctor", "--host", "/nonexistent/x"} << 2 << "is not a folder";
        QTest::newRow("host-no-value")
            << QStringList{"doctor", "--host"} << 2 << "--host needs a value";
        QTest::newRow("stray-argument")
            << QStringList{"doctor", "extra"} << 2 << "doctor takes no argument \"extra\"";
        QTest::newRow("snapshot-no-o") << QStringList{"snapshot"} << 2 << "needs -o DIR";
        QTest::newRow("bad-timeout")
            << QStringList{"doctor", "--timeout", "x"} << 2 << "--timeout takes seconds";
        QTest::newRow("version") << QStringList{"--version"} << 0 << "";
        QTest::newRow("help") << QStringList{"--help"} << 0 << "";
        QTest::newRow("broken-driver")
            << QStringList{"doctor", "--host", hostsDir() + "/ubuntu2204-driver-mismatch"} << 1
            << "";
    }
    void cliExitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrPart);
        int rc = -1;
        QByteArray err;
        runCli(args, &rc, &err);
        QCOMPARE(rc, exitCode);
        QVERIFY2(QString::fromUtf8(err).contains(stderrPart), err.constData());
        if (exitCode == 2) QCOMPARE(err.count('\n'), 2); // one sentence, then the hint
    }

    // A wedged driver: nvidia-smi never answers. The doctor must finish within about one
    // timeout (not one per nvidia-smi call) and say that nvidia-smi did not answer.
    void hungNvidiaSmiHonoursTimeout()
    {
        int rc = -1;
        qint64 ms = 0;
        const QByteArray out = runCli(
            {"doctor", "--timeout", "1", "--host", hostsDir() + "/ubuntu2204-hung-nvidia-smi"}, &rc,
            nullptr, &ms);
        QVERIFY2(ms < 2500,
                 qPrintable(QStringLiteral("doctor took %1 ms with a 1 s timeout").arg(ms)));
        QCOMPARE(rc, 1);
        QVERIFY2(out.contains("did not answer") || out.contains("timed out"), out.constData());
    }

    // `gpu-setup snapshot` of this very machine, then doctor on the copy: the same facts as
    // doctor on the machine itself. Reads the machine; writes only to a temporary folder.
    void realMachineSnapshotRoundTrip()
    {
        QTemporaryDir tmp;
        int rc = -1;
        QByteArray err;
        const QByteArray said = runCli({"snapshot", "-o", tmp.path() + "/me"}, &rc, &err);
        QVERIFY2(rc == 0, err.constData());
        QVERIFY(said.contains("Wrote"));
        const Json live = Json::parse(runCli({"doctor", "--json"}, &rc).toStdString());
        const Json copy = Json::parse(
            runCli({"doctor", "--json", "--host", tmp.path() + "/me"}, &rc).toStdString());
        Json a = live, b = copy;
        a["machine"]["snapshot"] = b["machine"]["snapshot"] = false;
        // Free space moves between the two runs (this very build writes to the disk): compare
        // which filesystems were found, not their byte counts.
        for (Json *j : {&a, &b}) {
            for (auto &space : (*j)["disk"]["spaces"])
                space["freeBytes"] = space["usedBytes"] = 0;
            for (auto &e : (*j)["disk"]["evidence"])
                if (e["source"].get<std::string>().rfind("df ", 0) == 0) e["detail"] = "";
        }
        QCOMPARE(QString::fromStdString(b.dump(1)), QString::fromStdString(a.dump(1)));
    }
};

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
