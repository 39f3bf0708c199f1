// Whole plans: `advise()` on every snapshot host in tests/hosts against a golden plan.json,
// the JSON round trip of a plan, and the `gpu-setup plan` command line (choices, exit codes).
#include "TestSnapshot.h"
#include "advice/Advisor.h"
#include "host/SnapshotHost.h"
#include "knowledge/Knowledge.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QtTest>

using namespace gpusetup;
using namespace gpusetup::test;

class TestPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Knowledge::builtin().loadError().isEmpty(),
                 qPrintable(Knowledge::builtin().loadError()));
        qputenv("XDG_STATE_HOME", QByteArray(QDir::tempPath().toUtf8() + "/gpu-setup-test-state"));
    }

    void golden_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &n : hostNames())
            QTest::newRow(qPrintable(n)) << n;
    }
    // The default plan (newest PyTorch, toolkit auto) of each snapshot host.
    void golden()
    {
        QFETCH(QString, name);
        const QString dir = hostsDir() + "/" + name;
        auto host = SnapshotHost::open(dir, nullptr);
        QVERIFY(host);
        ProbeOptions options;
        options.commandTimeoutMs = 300;
        const Plan plan = advise(probeAll(*host, options), Knowledge::builtin(), Choices{});
        QCOMPARE(plan.stages.size(), 5);
        for (const StagePlan &s : plan.stages) {
            QVERIFY2(!s.summary.isEmpty(), qPrintable(name + ": a stage without a summary"));
            for (const Finding &f : s.findings) {
                QVERIFY2(!f.id.isEmpty() && !f.text.isEmpty(),
                         qPrintable(name + ": empty finding"));
                QVERIFY2(f.severity != Severity::Error || !f.resolution.isEmpty() ||
                             s.status == StageStatus::Blocked,
                         qPrintable(name + ": error " + f.id + " without a resolution"));
            }
            for (const Step &st : s.steps) {
                QVERIFY2(!st.description.isEmpty(),
                         qPrintable(name + ": step without description"));
                if (st.kind == QLatin1String("command"))
                    QVERIFY2(!st.argv.isEmpty(), qPrintable(name + ": command step without argv"));
                if (st.kind == QLatin1String("download"))
                    QVERIFY2(
                        st.url.startsWith("https://") && st.sha256.size() == 64,
                        qPrintable(name + ": download without https url and sha256: " + st.url));
            }
        }
        const QByteArray actual = QByteArray::fromStdString(Json(plan).dump(2) + "\n");
        const QString mismatch = test::goldenMismatch(
            dir + "/plan.json", actual, QDir::tempPath() + "/plan-" + name + ".actual.json");
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        if (test::updatingGoldens()) return;
        const QByteArray expected = actual;
        const Plan back = Json::parse(expected.toStdString()).get<Plan>();
        QCOMPARE(QByteArray::fromStdString(Json(back).dump(2) + "\n"), expected);
    }

    // A card no data knows (not the catalog, the id table, pci.ids or an id range): with a
    // working driver, NVML's compute capability (matched by PCI slot, "00000000:01:00.0" vs
    // "0000:01:00.0") lets the plan go on; without it the stage says "install the driver, then
    // NVML tells" and is optional, never blocked.
    void unknownCardUsesDriverComputeCapability()
    {
        auto host = SnapshotHost::open(hostsDir() + "/ubuntu2204-rtx3060-drv535", nullptr);
        QVERIFY(host);
        Facts facts = probeAll(*host);
        QCOMPARE(facts.driver.gpus.size(), 1);
        QCOMPARE(facts.driver.gpus[0].computeCapability, QStringLiteral("8.6"));
        for (GpuDevice &g : facts.gpus.gpus) {
            if (!g.nvidia) continue;
            g.deviceId = QStringLiteral("ffff"); // not in any catalog
            g.deviceName.clear();                // nor in pci.ids
            g.computeCapability.clear();
            g.architecture.clear();
        }
        const Plan withDriver = advise(facts, Knowledge::builtin(), Choices{});
        QCOMPARE(withDriver.stage(StageId::Gpu)->status, StageStatus::Done);
        QCOMPARE(withDriver.stage(StageId::Gpu)->chosen.value("cc"), QStringLiteral("8.6"));

        // The driver's name still names it.
        QVERIFY(withDriver.stage(StageId::Gpu)->summary.contains("NVIDIA GeForce RTX 3060"));

        // Without it (and with the placeholder name of a driver older than the card): optional,
        // and says why.
        facts.driver.gpus[0].computeCapability.clear();
        facts.driver.gpus[0].name = QStringLiteral("NVIDIA Graphics Device");
        const Plan without = advise(facts, Knowledge::builtin(), Choices{});
        QCOMPARE(without.stage(StageId::Gpu)->status, StageStatus::Optional);
        bool said = false;
        for (const Finding &f : without.stage(StageId::Gpu)->findings)
            said = said || f.id == QLatin1String("gpu.unknown-card");
        QVERIFY(said);
    }

    void cli_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("outPart");
        QTest::addColumn<QString>("errPart");
        const QString rtx = hostsDir() + "/ubuntu2204-rtx3060-drv535";
        QTest::newRow("bad-framework") << QStringList{"plan", "--framework", "caffe"} << 2 << ""
                                       << "--framework takes";
        QTest::newRow("none-with-version")
            << QStringList{"plan", "--framework", "none==1"} << 2 << ""
            << "--framework takes";
        QTest::newRow("bad-python") << QStringList{"plan", "--python", "python3"} << 2 << ""
                                    << "--python takes";
        QTest::newRow("bad-toolkit") << QStringList{"plan", "--toolkit", "maybe"} << 2 << ""
                                     << "--toolkit takes";
        QTest::newRow("bad-mirror") << QStringList{"plan", "--mirror", "aliyun"} << 2 << ""
                                    << "--mirror takes";
        QTest::newRow("bad-knowledge")
            << QStringList{"plan", "--knowledge", "/nonexistent/k"} << 2 << ""
            << "/nonexistent/k";
        QTest::newRow("text") << QStringList{"plan", "--host", rtx} << 1
                              << "Compatibility data as of"
                              << "";
        QTest::newRow("json") << QStringList{"plan", "--json", "--host", rtx} << 1 << "\"stages\""
                              << "";
        QTest::newRow("no-gpu-exit-1")
            << QStringList{"plan", "--host", hostsDir() + "/vm-ubuntu2404-nogpu"} << 1 << ""
            << "";
    }
    void cli()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, outPart);
        QFETCH(QString, errPart);
        int rc = -1;
        QByteArray err;
        const QByteArray out = runCli(args, &rc, &err);
        QCOMPARE(rc, exitCode);
        QVERIFY2(QString::fromUtf8(out).contains(outPart), out.left(400).constData());
        QVERIFY2(QString::fromUtf8(err).contains(errPart), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
