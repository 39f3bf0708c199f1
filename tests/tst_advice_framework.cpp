// decideFramework + advisePythonEnv over the snapshot hosts (real whole-machine facts) and
// hand-built variants of them (an RTX 5090, other drivers), asserting the wheel, Python, driver
// floor and toolkit each gets, the finding ids and the exact steps.
#include "actions/StepOperations.h"
#include "advice/AdviceContext.h"
#include "advice/FrameworkAdvice.h"
#include "host/SnapshotHost.h"
#include "probe/Facts.h"

#include <QMap>
#include <QtTest>

using namespace gpusetup;

namespace {

const Facts &hostFacts(const QString &name)
{
    static QMap<QString, Facts> cache;
    if (!cache.contains(name)) {
        QString error;
        auto host = SnapshotHost::open(QStringLiteral(GPUSETUP_TEST_DATA "/hosts/") + name, &error);
        if (!host) qFatal("cannot open host %s: %s", qPrintable(name), qPrintable(error));
        cache.insert(name, probeAll(*host));
    }
    return cache[name];
}

// Hand-built variants of real hosts.
Facts buildFacts(const QString &host, const QString &tweak)
{
    Facts f = hostFacts(host);
    if (tweak == QLatin1String("rtx5090-570")) {
        for (GpuDevice &g : f.gpus.gpus)
            if (g.nvidia) {
                g.name = g.catalogName = QStringLiteral("GeForce RTX 5090");
                g.architecture = QStringLiteral("Blackwell");
                g.computeCapability = QStringLiteral("12.0");
            }
        f.driver.kernelVersion = f.driver.libraryVersion = QStringLiteral("570.133.07");
    } else if (tweak == QLatin1String("no-driver")) {
        f.driver.status = DriverStatus::NotInstalled;
        f.driver.kernelVersion.clear();
        f.driver.libraryVersion.clear();
    } else if (tweak == QLatin1String("driver-580")) {
        f.driver.kernelVersion = f.driver.libraryVersion = QStringLiteral("580.95.05");
    } else if (tweak.startsWith(QLatin1String("driver="))) {
        f.driver.kernelVersion = f.driver.libraryVersion = tweak.mid(7);
    } else if (tweak == QLatin1String("no-conda")) {
        f.conda.installs.clear();
        f.conda.state = FactState::Absent;
    }
    return f;
}

Framework frameworkOf(const QString &s)
{
    if (s == QLatin1String("tensorflow")) return Framework::TensorFlow;
    if (s == QLatin1String("none")) return Framework::None;
    return Framework::PyTorch;
}

struct Run
{
    Facts facts;
    Choices choices;
    std::unique_ptr<AdviceContext> ctx;
    StagePlan plan;
};

std::unique_ptr<Run> run(const QString &host, const QString &tweak, const Choices &c)
{
    auto r = std::make_unique<Run>();
    r->facts = buildFacts(host, tweak);
    r->choices = c;
    r->ctx = std::make_unique<AdviceContext>(r->facts, Knowledge::builtin(), r->choices);
    decideFramework(*r->ctx);
    r->plan = advisePythonEnv(*r->ctx);
    return r;
}

QStringList ids(const StagePlan &p)
{
    QStringList out;
    for (const Finding &f : p.findings)
        out << f.id;
    return out;
}

const Finding *findingById(const StagePlan &p, const QString &id)
{
    for (const Finding &f : p.findings)
        if (f.id == id) return &f;
    return nullptr;
}

const Step *stepById(const StagePlan &p, const QString &id)
{
    for (const Step &s : p.steps)
        if (s.id == id) return &s;
    return nullptr;
}

QString statusName(StageStatus s)
{
    return QString::fromStdString(nlohmann::json(s).get<std::string>());
}

Choices choices(const QString &framework = QStringLiteral("pytorch"),
                const QString &version = QString(), const QString &python = QString())
{
    Choices c;
    c.framework = frameworkOf(framework);
    c.frameworkVersion = version;
    c.python = python;
    return c;
}

} // namespace

class TestAdviceFramework : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Knowledge::builtin().loadError().isEmpty(),
                 qPrintable(Knowledge::builtin().loadError()));
        // The defaults below assume the newest VERIFIED PyTorch in the data is 2.11.0 (2.12-2.14
        // rows are marked unverified) and the newest TensorFlow is 2.21.0.
        QVERIFY(Knowledge::builtin().pytorchRelease(QStringLiteral("2.11.0")));
        QVERIFY(!Knowledge::builtin().pytorchRelease(QStringLiteral("2.11.0"))->unverified);
        QVERIFY(Knowledge::builtin().pytorchRelease(QStringLiteral("2.14.0"))->unverified);
    }

    void decisions_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("tweak");
        QTest::addColumn<QString>("framework");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("python");
        QTest::addColumn<QString>("envName");
        QTest::addColumn<QString>("expVersion");
        QTest::addColumn<QString>("expWheel");
        QTest::addColumn<QString>("expPython");
        QTest::addColumn<QString>("expDriver");  // requiredDriver
        QTest::addColumn<QString>("expToolkit"); // "" = toolkitNeeded false
        QTest::addColumn<QString>("expStatus");
        QTest::addColumn<QStringList>("has");
        QTest::addColumn<QStringList>("hasNot");

        const QString gtx = QStringLiteral("ubuntu1804-gtx1070-cuda10");
        const QString rtx = QStringLiteral("ubuntu2204-rtx3060-drv535");
        const QString k80 = QStringLiteral("server-4x-k80-two-toolkits");
        const QString nogpu = QStringLiteral("vm-ubuntu2404-nogpu");
        using L = QStringList;

        // GTX 1070 (6.1): cu128/cu129/cu130 leave out Pascal -> cu126; driver 440.95 is older
        // than CUDA 12.6 GA's 560.28.03 (and the 12.x family's 525.60.13): upgrade.
        QTest::newRow("gtx1070-newest")
            << gtx << ""
            << "pytorch"
            << ""
            << ""
            << ""
            << "2.11.0"
            << "cu126"
            << "3.12"
            << "560.28.03"
            << ""
            << "needs-action"
            << L{"framework.arch-excluded", "framework.driver-upgrade", "framework.wheel",
                 "framework.pip-only",      "python.conda-found",       "python.anaconda-tos",
                 "python.other-env"}
            << L{"framework.cpu-only", "framework.minor-compat", "python.miniforge-unverified"};
        // Driver 535.183.01: cu130 needs 580.65.06; cu128 (stable in 2.11) runs through 12.x
        // minor-version compatibility (>= 525.60.13): no driver change.
        QTest::newRow("rtx3060-newest")
            << rtx << ""
            << "pytorch"
            << ""
            << ""
            << ""
            << "2.11.0"
            << "cu128"
            << "3.12"
            << "525.60.13"
            << ""
            << "needs-action" << L{"framework.minor-compat", "python.conda-found"}
            << L{"framework.driver-upgrade", "framework.arch-excluded"};
        QTest::newRow("rtx3060-2.5.1") << rtx << ""
                                       << "pytorch"
                                       << "2.5.1"
                                       << ""
                                       << ""
                                       << "2.5.1"
                                       << "cu124"
                                       << "3.12"
                                       << "525.60.13"
                                       << ""
                                       << "needs-action" << L{"framework.minor-compat"}
                                       << L{"framework.pip-only", "framework.driver-upgrade"};
        // A driver as new as CUDA 13.0.2's: the newest stable wheel with full support.
        QTest::newRow("rtx3060-drv580") << rtx << "driver-580"
                                        << "pytorch"
                                        << ""
                                        << ""
                                        << ""
                                        << "2.11.0"
                                        << "cu130"
                                        << "3.12"
                                        << "580.65.06"
                                        << ""
                                        << "needs-action" << L{"framework.wheel"}
                                        << L{"framework.minor-compat", "framework.driver-upgrade"};
        // No working driver: newest supported stable variant, its CUDA's GA driver.
        QTest::newRow("rtx3060-nodriver") << rtx << "no-driver"
                                          << "pytorch"
                                          << ""
                                          << ""
                                          << ""
                                          << "2.11.0"
                                          << "cu130"
                                          << "3.12"
                                          << "580.65.06"
                                          << ""
                                          << "needs-action" << L{} << L{"framework.driver-upgrade"};
        QTest::newRow("rtx3060-series-2.6") << rtx << ""
                                            << "pytorch"
                                            << "2.6"
                                            << ""
                                            << ""
                                            << "2.6.0"
                                            << "cu124"
                                            << "3.12"
                                            << "525.60.13"
                                            << ""
                                            << "needs-action" << L{"framework.pip-only"} << L{};
        // RTX 5090 (12.0) with driver 570: cu128 (2.8 arch list has 12.0), not cu126.
        QTest::newRow("rtx5090-newest")
            << rtx << "rtx5090-570"
            << "pytorch"
            << ""
            << ""
            << ""
            << "2.11.0"
            << "cu128"
            << "3.12"
            << "570.26"
            << ""
            << "needs-action" << L{"framework.arch-excluded", "framework.wheel"}
            << L{"framework.too-old-for-gpu", "framework.driver-upgrade"};
        QTest::newRow("rtx5090-2.5.1")
            << rtx << "rtx5090-570"
            << "pytorch"
            << "2.5.1"
            << ""
            << ""
            << "2.5.1"
            << "cpu"
            << "3.12"
            << ""
            << ""
            << "blocked" << L{"framework.too-old-for-gpu"} << L{"framework.cpu-only"};
        QTest::newRow("rtx5090-2.7.0") << rtx << "rtx5090-570"
                                       << "pytorch"
                                       << "2.7.0"
                                       << ""
                                       << ""
                                       << "2.7.0"
                                       << "cu128"
                                       << "3.12"
                                       << "570.26"
                                       << ""
                                       << "needs-action" << L{} << L{"framework.too-old-for-gpu"};
        // The tutorial's PyTorch 1.0.1: wheels cu100/cu90, needs CUDA >= 9.0; the driver
        // (440.95.01 >= 410.48 of CUDA 10.0) runs cu100. No Python range in the data.
        QTest::newRow("gtx1070-1.0.1")
            << gtx << ""
            << "pytorch"
            << "1.0.1"
            << ""
            << ""
            << "1.0.1"
            << "cu100"
            << ""
            << "410.48"
            << ""
            << "needs-action" << L{"framework.needs-cuda", "framework.python-unknown"}
            << L{"framework.pip-only", "framework.driver-upgrade"};
        // ... and the tutorial env "pytorch" already holds exactly that (1.0.1.post2, 10.0.130).
        QTest::newRow("gtx1070-1.0.1-env-pytorch")
            << gtx << ""
            << "pytorch"
            << "1.0.1"
            << ""
            << "pytorch"
            << "1.0.1"
            << "cu100"
            << ""
            << "410.48"
            << ""
            // The env is right, but the old Anaconda was never `conda init`ed: that is left.
            << "needs-action"
            << L{"python.env-ok", "python.conda-found", "python.conda-not-initialized"}
            << L{"python.env-mismatch"};
        // The same env with the newest PyTorch: its Python 3.6.8 is too old -> a new env.
        QTest::newRow("gtx1070-env-pytorch-newest")
            << gtx << ""
            << "pytorch"
            << ""
            << ""
            << "pytorch"
            << "2.11.0"
            << "cu126"
            << "3.12"
            << "560.28.03"
            << ""
            << "needs-action" << L{"python.env-mismatch", "python.env-python-mismatch"}
            << L{"python.env-ok"};
        QTest::newRow("gtx1070-series-2.8")
            << gtx << ""
            << "pytorch"
            << "2.8"
            << ""
            << ""
            << "2.8.0"
            << "cu126"
            << "3.12"
            << "560.28.03"
            << ""
            << "needs-action" << L{"framework.arch-excluded"} << L{};
        // K80 (3.7): no wheel of 2.11 covers it -> CPU. No PyTorch wheel list in the data goes
        // below 5.0, so CUDA 11.8's own range must not make 2.7.1 cu118 look like a fit.
        QTest::newRow("k80-newest")
            << k80 << ""
            << "pytorch"
            << ""
            << ""
            << ""
            << "2.11.0"
            << "cpu"
            << "3.12"
            << ""
            << ""
            << "needs-action" << L{"framework.cpu-only", "python.conda-install"}
            << L{"framework.too-old-for-gpu", "framework.wheel"};
        QTest::newRow("k80-2.7.1") << k80 << ""
                                   << "pytorch"
                                   << "2.7.1"
                                   << ""
                                   << ""
                                   << "2.7.1"
                                   << "cpu"
                                   << "3.12"
                                   << ""
                                   << ""
                                   << "needs-action" << L{"framework.cpu-only"}
                                   << L{"framework.driver-upgrade", "framework.wheel"};
        QTest::newRow("nogpu-pytorch")
            << nogpu << ""
            << "pytorch"
            << ""
            << ""
            << ""
            << "2.11.0"
            << "cpu"
            << "3.12"
            << ""
            << ""
            << "needs-action" << L{"framework.cpu-only", "python.conda-install"}
            << L{"python.conda-found", "python.anaconda-tos", "python.miniforge-unverified"};
        QTest::newRow("debian12-nogpu") << "captured-debian12-cuda13-wheels-nogpu"
                                        << ""
                                        << "pytorch"
                                        << ""
                                        << ""
                                        << ""
                                        << "2.11.0"
                                        << "cpu"
                                        << "3.12"
                                        << ""
                                        << ""
                                        << "needs-action" << L{"framework.cpu-only"} << L{};
        // TensorFlow 2.10: tested with system CUDA 11.2 + cuDNN 8.1; 11.2.2 needs 460.32.03.
        QTest::newRow("rtx3060-tf-2.10")
            << rtx << ""
            << "tensorflow"
            << "2.10"
            << ""
            << ""
            << "2.10.0"
            << ""
            << "3.10"
            << "460.32.03"
            << "11.2"
            << "needs-action" << L{"framework.needs-toolkit"} << L{"framework.tf-and-cuda"};
        QTest::newRow("rtx3060-tf-newest")
            << rtx << ""
            << "tensorflow"
            << ""
            << ""
            << ""
            << "2.21.0"
            << "and-cuda"
            << "3.12"
            << "525.60.13"
            << ""
            << "needs-action" << L{"framework.tf-and-cuda"}
            << L{"framework.needs-toolkit", "framework.driver-upgrade"};
        QTest::newRow("gtx1070-tf-newest")
            << gtx << ""
            << "tensorflow"
            << ""
            << ""
            << ""
            << "2.21.0"
            << "and-cuda"
            << "3.12"
            << "525.60.13"
            << ""
            << "needs-action" << L{"framework.tf-and-cuda", "framework.driver-upgrade"} << L{};
        QTest::newRow("nogpu-tf-2.10")
            << nogpu << ""
            << "tensorflow"
            << "2.10"
            << ""
            << ""
            << "2.10.0"
            << ""
            << "3.10"
            << ""
            << ""
            << "needs-action" << L{"framework.cpu-only"} << L{"framework.needs-toolkit"};
        QTest::newRow("rtx3060-python-3.8")
            << rtx << ""
            << "pytorch"
            << ""
            << "3.8"
            << ""
            << "2.11.0"
            << "cu128"
            << "3.12"
            << "525.60.13"
            << ""
            << "needs-action" << L{"framework.python-unsupported"} << L{};
        QTest::newRow("rtx3060-python-3.11")
            << rtx << ""
            << "pytorch"
            << ""
            << "3.11"
            << ""
            << "2.11.0"
            << "cu128"
            << "3.11"
            << "525.60.13"
            << ""
            << "needs-action" << L{} << L{"framework.python-unsupported"};
        QTest::newRow("rtx3060-tf-python-3.13")
            << rtx << ""
            << "tensorflow"
            << "2.10"
            << "3.13"
            << ""
            << "2.10.0"
            << ""
            << "3.10"
            << "460.32.03"
            << "11.2"
            << "needs-action" << L{"framework.python-unsupported"} << L{};
        QTest::newRow("rtx3060-unknown-version")
            << rtx << ""
            << "pytorch"
            << "9.9"
            << ""
            << ""
            << "2.11.0"
            << "cu128"
            << "3.12"
            << "525.60.13"
            << ""
            << "needs-action" << L{"framework.unknown-version"} << L{};
        QTest::newRow("rtx3060-none")
            << rtx << ""
            << "none"
            << ""
            << ""
            << ""
            << ""
            << ""
            << "3.12"
            << ""
            << ""
            << "optional" << L{"python.conda-found"} << L{"framework.wheel"};
        // WSL: the GPU comes from the Windows driver (555.85): cu128 via minor compat.
        QTest::newRow("wsl2-rtx4060") << "wsl2-rtx4060-laptop"
                                      << ""
                                      << "pytorch"
                                      << ""
                                      << ""
                                      << ""
                                      << "2.11.0"
                                      << "cu128"
                                      << "3.12"
                                      << "525.60.13"
                                      << ""
                                      << "needs-action" << L{"framework.minor-compat"} << L{};
        // nouveau holds the GTX 1650 (7.5): no working driver, newest stable wheel cu130.
        QTest::newRow("laptop-nouveau") << "laptop-hybrid-nouveau-secureboot"
                                        << ""
                                        << "pytorch"
                                        << ""
                                        << ""
                                        << ""
                                        << "2.11.0"
                                        << "cu130"
                                        << "3.12"
                                        << "580.65.06"
                                        << ""
                                        << "needs-action" << L{} << L{"framework.arch-excluded"};
        QTest::newRow("driver-mismatch-4090") << "ubuntu2204-driver-mismatch"
                                              << ""
                                              << "pytorch"
                                              << ""
                                              << ""
                                              << ""
                                              << "2.11.0"
                                              << "cu130"
                                              << "3.12"
                                              << "580.65.06"
                                              << ""
                                              << "needs-action" << L{} << L{};
    }

    void decisions()
    {
        QFETCH(QString, host);
        QFETCH(QString, tweak);
        QFETCH(QString, framework);
        QFETCH(QString, version);
        QFETCH(QString, python);
        QFETCH(QString, envName);
        QFETCH(QString, expVersion);
        QFETCH(QString, expWheel);
        QFETCH(QString, expPython);
        QFETCH(QString, expDriver);
        QFETCH(QString, expToolkit);
        QFETCH(QString, expStatus);
        QFETCH(QStringList, has);
        QFETCH(QStringList, hasNot);

        Choices c = choices(framework, version, python);
        if (!envName.isEmpty()) c.envName = envName;
        auto r = run(host, tweak, c);
        const AdviceContext &ctx = *r->ctx;
        const StagePlan &p = r->plan;
        const QStringList got = ids(p);
        QCOMPARE(ctx.frameworkVersion, expVersion);
        QCOMPARE(ctx.wheelVariant, expWheel);
        QCOMPARE(ctx.python, expPython);
        QCOMPARE(ctx.requiredDriver, expDriver);
        QCOMPARE(ctx.toolkitNeeded, !expToolkit.isEmpty());
        QCOMPARE(ctx.toolkitNeededVersion, expToolkit);
        QCOMPARE(statusName(p.status), expStatus);
        for (const QString &id : has)
            QVERIFY2(got.contains(id), qPrintable(id + " missing from " + got.join(", ")));
        for (const QString &id : hasNot)
            QVERIFY2(!got.contains(id), qPrintable(id + " unexpected in " + got.join(", ")));
        // Every finding names its rows; the stage says what it chose.
        for (const Finding &f : p.findings) {
            QVERIFY2(!f.refs.isEmpty(), qPrintable(f.id));
            QVERIFY2(!f.text.isEmpty(), qPrintable(f.id));
        }
        if (!expDriver.isEmpty()) QVERIFY(!ctx.requiredDriverRef.isEmpty());
        QCOMPARE(p.id, StageId::PythonEnv);
        QVERIFY(!p.summary.isEmpty());
        QCOMPARE(p.chosen.value("frameworkVersion"), expVersion);
        QCOMPARE(p.chosen.value("wheel"), expWheel);
        QCOMPARE(p.chosen.value("framework"), framework);
        for (const char *key : {"conda", "python", "env", "indexUrl"})
            QVERIFY2(p.chosen.contains(QLatin1String(key)), key);
        // Commands are argv lists run as the user, never shell strings.
        for (const Step &s : p.steps) {
            QVERIFY(!s.privileged);
            if (s.kind == QLatin1String("command")) {
                QVERIFY(!s.argv.isEmpty());
                for (const QString &a : s.argv)
                    QVERIFY2(!a.contains(QLatin1Char('\'')), qPrintable(a));
            }
        }
    }

    // The wheel install is the exact command of the data, through the env's python.
    // Every driver floor the framework decision compares, at its boundary (issue 20 item 4):
    // the working driver equal to the floor, one step below, one step above. PyTorch 2.11.0 on
    // an RTX 3060: cu130 needs 580.65.06, cu128 570.26 in full or 525.60.13 through CUDA 12.x
    // minor-version compatibility; TensorFlow 2.21.0 (and-cuda, CUDA 12) needs 525.60.13.
    void floorBoundary_data()
    {
        QTest::addColumn<QString>("framework");
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("expWheel");
        QTest::addColumn<QString>("expRequired");
        QTest::addColumn<bool>("minorCompat");
        QTest::addColumn<bool>("upgrade");
        const QString pt = QStringLiteral("pytorch");
        const QString tf = QStringLiteral("tensorflow");
        // cu130, full floor
        QTest::newRow("cu130 full, equal") << pt << "580.65.06"
                                           << "cu130"
                                           << "580.65.06" << false << false;
        QTest::newRow("cu130 full, one below") << pt << "580.65.05"
                                               << "cu128"
                                               << "570.26" << false << false;
        QTest::newRow("cu130 full, one above") << pt << "580.65.07"
                                               << "cu130"
                                               << "580.65.06" << false << false;
        // cu128, full floor
        QTest::newRow("cu128 full, equal") << pt << "570.26"
                                           << "cu128"
                                           << "570.26" << false << false;
        QTest::newRow("cu128 full, one below") << pt << "570.25.99"
                                               << "cu128"
                                               << "525.60.13" << true << false;
        QTest::newRow("cu128 full, one above") << pt << "570.26.1"
                                               << "cu128"
                                               << "570.26" << false << false;
        // cu128 through the CUDA 12 family floor
        QTest::newRow("cu12 family, equal") << pt << "525.60.13"
                                            << "cu128"
                                            << "525.60.13" << true << false;
        QTest::newRow("cu12 family, one below") << pt << "525.60.12"
                                                << "cu130"
                                                << "580.65.06" << false << true;
        QTest::newRow("cu12 family, one above") << pt << "525.60.14"
                                                << "cu128"
                                                << "525.60.13" << true << false;
        // TensorFlow's floor
        QTest::newRow("tensorflow, equal") << tf << "525.60.13"
                                           << "and-cuda"
                                           << "525.60.13" << false << false;
        QTest::newRow("tensorflow, one below") << tf << "525.60.12"
                                               << "and-cuda"
                                               << "525.60.13" << false << true;
        QTest::newRow("tensorflow, one above") << tf << "525.60.14"
                                               << "and-cuda"
                                               << "525.60.13" << false << false;
    }
    void floorBoundary()
    {
        QFETCH(QString, framework);
        QFETCH(QString, driver);
        QFETCH(QString, expWheel);
        QFETCH(QString, expRequired);
        QFETCH(bool, minorCompat);
        QFETCH(bool, upgrade);
        auto r = run(QStringLiteral("ubuntu2204-rtx3060-drv535"), "driver=" + driver,
                     choices(framework));
        QCOMPARE(r->ctx->frameworkVersion, framework == QLatin1String("tensorflow")
                                               ? QStringLiteral("2.21.0")
                                               : QStringLiteral("2.11.0"));
        QCOMPARE(r->ctx->wheelVariant, expWheel);
        QCOMPARE(r->ctx->requiredDriver, expRequired);
        const QStringList got = ids(r->plan);
        QVERIFY2(got.contains(QStringLiteral("framework.minor-compat")) == minorCompat,
                 qPrintable(got.join(',')));
        QVERIFY2(got.contains(QStringLiteral("framework.driver-upgrade")) == upgrade,
                 qPrintable(got.join(',')));
    }

    void pipCommand()
    {
        auto r = run("ubuntu2204-rtx3060-drv535", "", choices());
        const Step *s = stepById(r->plan, "python.install-framework");
        QVERIFY(s);
        QCOMPARE(s->argv,
                 QStringList({"/home/student/miniconda3/envs/dl/bin/python", "-m", "pip", "install",
                              "torch==2.11.0", "torchvision==0.26.0", "torchaudio==2.11.0",
                              "--index-url", "https://download.pytorch.org/whl/cu128"}));
        QCOMPARE(r->plan.chosen.value("indexUrl"),
                 QString("https://download.pytorch.org/whl/cu128"));
        const Step *create = stepById(r->plan, "python.create-env");
        QVERIFY(create);
        QCOMPARE(create->argv, QStringList({"/home/student/miniconda3/bin/conda", "create", "-y",
                                            "-n", "dl", "python=3.12"}));
        const Step *extras = stepById(r->plan, "python.install-extras");
        QVERIFY(extras);
        for (const char *pkg : {"jupyter", "tqdm", "opencv-python", "matplotlib", "pandas"})
            QVERIFY(extras->argv.contains(QLatin1String(pkg)));
        // Existing conda: no installer steps.
        QVERIFY(!stepById(r->plan, "python.download-miniconda"));
        QCOMPARE(r->plan.chosen.value("conda"), QString("miniconda"));
        QCOMPARE(r->plan.chosen.value("condaPrefix"), QString("/home/student/miniconda3"));
    }

    void gtx1070Cu126Command()
    {
        auto r = run("ubuntu1804-gtx1070-cuda10", "", choices());
        const Step *s = stepById(r->plan, "python.install-framework");
        QVERIFY(s);
        QCOMPARE(s->argv.first(), QString("/home/student/anaconda3/envs/dl/bin/python"));
        QVERIFY(s->argv.contains("https://download.pytorch.org/whl/cu126"));
        QCOMPARE(r->ctx->wheelCuda, QString("12.6"));
        QCOMPARE(r->ctx->requiredDriverRef, QString("cuda_driver.json releases 12.6.0"));
        const Finding *f = findingById(r->plan, "framework.arch-excluded");
        QVERIFY(f);
        QVERIFY(f->refs.contains("rules.json pytorch_arch_lists"));
        QVERIFY(f->text.contains("cu128"));
        QVERIFY(f->text.contains("cu130"));
        QVERIFY(!f->text.contains("cu126"));
        QCOMPARE(r->plan.chosen.value("conda"), QString("anaconda"));
    }

    // Old PyTorch: the legacy conda command (the pip page gives only a wheel index).
    void tutorialConda()
    {
        auto r = run("ubuntu1804-gtx1070-cuda10", "", choices("pytorch", "1.0.1"));
        const Finding *f = findingById(r->plan, "framework.needs-cuda");
        QVERIFY(f);
        QVERIFY2(f->text.contains("CUDA >= 9.0"), qPrintable(f->text));
        QVERIFY(f->text.contains("cu100"));
        QVERIFY(f->text.contains("cu90"));
        QVERIFY(f->text.contains("384.81")); // CUDA 9.0's Table 3 driver
        const Step *s = stepById(r->plan, "python.install-framework");
        QVERIFY(s);
        QCOMPARE(s->argv, QStringList({"/home/student/anaconda3/bin/conda", "install", "-y", "-n",
                                       "dl", "pytorch==1.0.1", "torchvision==0.2.2",
                                       "cudatoolkit=10.0", "-c", "pytorch"}));
        const Step *create = stepById(r->plan, "python.create-env");
        QVERIFY(create);
        QCOMPARE(create->argv,
                 QStringList({"/home/student/anaconda3/bin/conda", "create", "-y", "-n", "dl"}));
        QCOMPARE(r->plan.chosen.value("indexUrl"),
                 QString("https://download.pytorch.org/whl/cu100/torch_stable.html"));
    }

    void condaFormPresence()
    {
        auto a = run("ubuntu2204-rtx3060-drv535", "", choices("pytorch", "2.5.1"));
        QVERIFY(a->plan.alternatives.contains(
            "conda install pytorch==2.5.1 torchvision==0.20.1 torchaudio==2.5.1 pytorch-cuda=12.4 "
            "-c pytorch -c nvidia"));
        QVERIFY(a->plan.alternatives.contains("torch 2.5.1 cu121"));
        auto b = run("ubuntu2204-rtx3060-drv535", "", choices("pytorch", "2.6.0"));
        for (const QString &alt : b->plan.alternatives)
            QVERIFY2(!alt.contains("conda install"), qPrintable(alt));
        const Finding *f = findingById(b->plan, "framework.pip-only");
        QVERIFY(f);
        QVERIFY(f->text.contains("2.5.1")); // the last release with the conda form, from data
        QVERIFY(f->refs.contains("rules.json conda_pytorch_channel"));
    }

    void olderReleaseAlternatives()
    {
        auto k = run("server-4x-k80-two-toolkits", "", choices());
        QVERIFY2(!k->plan.alternatives.join(", ").contains("cu118"),
                 qPrintable(k->plan.alternatives.join(", ")));
        const Finding *cpu = findingById(k->plan, "framework.cpu-only");
        QVERIFY(cpu);
        QVERIFY(cpu->refs.join(" ").contains("none below 5.0"));
        auto b = run("ubuntu2204-rtx3060-drv535", "rtx5090-570", choices("pytorch", "2.5.1"));
        QVERIFY(b->plan.alternatives.contains("torch 2.7.0 cu128"));
        const Finding *f = findingById(b->plan, "framework.too-old-for-gpu");
        QVERIFY(f->resolution.contains("2.7.0"));
        QCOMPARE(f->severity, Severity::Error);
    }

    void pythonUnsupportedNamesAFit()
    {
        auto r = run("ubuntu2204-rtx3060-drv535", "", choices("pytorch", "", "3.8"));
        const Finding *f = findingById(r->plan, "framework.python-unsupported");
        QVERIFY(f);
        QVERIFY(f->text.contains("3.10"));
        QVERIFY2(f->resolution.contains("PyTorch 2.4.1"), qPrintable(f->resolution)); // >=3.8
    }

    void tensorflowDetails()
    {
        auto r = run("ubuntu2204-rtx3060-drv535", "", choices("tensorflow", "2.10"));
        QCOMPARE(r->ctx->cudnnNeededVersion, QString("8.1"));
        QCOMPARE(r->ctx->requiredDriverRef, QString("cuda_driver.json releases 11.2.2"));
        QCOMPARE(stepById(r->plan, "python.install-framework")->argv.mid(3),
                 QStringList({"install", "tensorflow==2.10.0"}));
        auto n = run("ubuntu2204-rtx3060-drv535", "", choices("tensorflow"));
        QCOMPARE(n->ctx->wheelCuda, QString("12.5"));
        QCOMPARE(stepById(n->plan, "python.install-framework")->argv.mid(3),
                 QStringList({"install", "tensorflow[and-cuda]==2.21.0"}));
        QVERIFY(findingById(n->plan, "framework.tf-and-cuda")->text.contains("525.60.13"));
    }

    // Fresh install, Miniconda chosen: the newest checksummed Miniconda; its Terms-of-Service
    // steps run only once the user agreed (operationForStep checks ActionContext).
    void minicondaInstall()
    {
        Choices c = choices();
        c.condaFlavour = "miniconda";
        auto r = run("vm-ubuntu2404-nogpu", "", c);
        const MinicondaInstaller *mc = Knowledge::builtin().newestMiniconda("x86_64");
        QVERIFY(mc);
        const Step *d = stepById(r->plan, "python.download-miniconda");
        QVERIFY(d);
        QCOMPARE(d->kind, QString("download"));
        QCOMPARE(d->sha256, mc->sha256);
        QCOMPARE(d->sha256,
                 QString("e0b10e050e8928e2eb9aad2c522ee3b5d31d30048b8a9997663a8a460d538cef"));
        QCOMPARE(d->url, QString("https://repo.anaconda.com/miniconda/"
                                 "Miniconda3-py313_25.11.1-1-Linux-x86_64.sh"));
        QCOMPARE(d->path,
                 QString("/home/student/Downloads/Miniconda3-py313_25.11.1-1-Linux-x86_64.sh"));
        QCOMPARE(stepById(r->plan, "python.install-miniconda")->argv,
                 QStringList({"bash", d->path, "-b", "-p", "/home/student/miniconda3"}));
        QCOMPARE(stepById(r->plan, "python.conda-init")->argv,
                 QStringList({"/home/student/miniconda3/bin/conda", "init", "bash"}));
        int tos = 0;
        for (const Step &s : r->plan.steps)
            if (s.id == QLatin1String("python.tos-accept")) {
                ++tos;
                QCOMPARE(s.kind, QString("command"));
                QVERIFY(s.argv.contains("accept"));
                ActionContext ctx;
                QString why;
                QVERIFY(!operationForStep(s, ctx, &why)); // not without the agreement
                QVERIFY(!why.isEmpty());
                ctx.acceptCondaTerms = true;
                QVERIFY(operationForStep(s, ctx, &why));
            }
        QCOMPARE(tos, 2); // pkgs/main and pkgs/r (msys2 is Windows-only)
        QVERIFY(findingById(r->plan, "python.anaconda-licence")->unverified);
        QVERIFY(findingById(r->plan, "python.anaconda-tos")
                    ->refs.contains("miniconda.json official_defaults conda_notes"));
        // Steps in order: installer before the env, env before the wheel.
        QStringList order;
        for (const Step &s : r->plan.steps)
            order << s.id;
        QVERIFY(order.indexOf("python.download-miniconda") < order.indexOf("python.create-env"));
        QVERIFY(order.indexOf("python.tos-accept") < order.indexOf("python.create-env"));
        QVERIFY(order.indexOf("python.create-env") < order.indexOf("python.install-framework"));
        QVERIFY(stepById(r->plan, "python.install-framework")
                    ->argv.contains("https://download.pytorch.org/whl/cpu"));
        QVERIFY(!findingById(r->plan, "python.miniforge-unverified"));
        QCOMPARE(r->plan.chosen.value("conda"), QString("miniconda"));

        // With a mirror the channels are the mirror's: no Terms of Service to accept at all.
        c.mirror = "tuna";
        auto m = run("vm-ubuntu2404-nogpu", "", c);
        QVERIFY(!stepById(m->plan, "python.tos-accept"));
        QVERIFY(!findingById(m->plan, "python.anaconda-tos"));
        QVERIFY(stepById(m->plan, "python.mirror-condarc"));
    }

    // Issue 12, break 7: Miniforge is the default and really planned: its checksummed
    // installer from miniforge.json into ~/miniforge3, conda init, and no ToS step or finding.
    void miniforgeInstall()
    {
        auto r = run("vm-ubuntu2404-nogpu", "", choices());
        const MiniforgeInstaller *mf = Knowledge::builtin().newestMiniforge("x86_64");
        QVERIFY(mf);
        const Step *d = stepById(r->plan, "python.download-miniforge");
        QVERIFY(d);
        QCOMPARE(d->kind, QString("download"));
        QCOMPARE(d->sha256, mf->sha256);
        QCOMPARE(d->url, mf->url);
        QCOMPARE(d->path, "/home/student/Downloads/" + mf->file);
        QCOMPARE(stepById(r->plan, "python.install-miniforge")->argv,
                 QStringList({"bash", d->path, "-b", "-p", "/home/student/miniforge3"}));
        QCOMPARE(stepById(r->plan, "python.conda-init")->argv,
                 QStringList({"/home/student/miniforge3/bin/conda", "init", "bash"}));
        QCOMPARE(stepById(r->plan, "python.create-env")->argv.first(),
                 QString("/home/student/miniforge3/bin/conda"));
        QVERIFY(!stepById(r->plan, "python.tos-accept"));
        QVERIFY(!stepById(r->plan, "python.download-miniconda"));
        QVERIFY(!findingById(r->plan, "python.anaconda-tos"));
        QVERIFY(!findingById(r->plan, "python.miniforge-unverified"));
        QCOMPARE(r->plan.chosen.value("conda"), QString("miniforge"));
        QCOMPARE(r->plan.chosen.value("installer"), mf->file);
        // The install step finds its checksum in the data by the file's name.
        ActionContext ctx;
        auto op = operationForStep(*stepById(r->plan, "python.install-miniforge"), ctx);
        QVERIFY(op);
        QVERIFY2(op->dryRun().join('\n').contains(mf->sha256), qPrintable(op->dryRun().join('\n')));
    }

    // Issue 12, break 8: the old tutorial's Anaconda (installed without `conda init`) gets a
    // conda init step; its ~/.condarc with the retired pkgs/free channel is flagged, and the
    // resolution follows the mirror choice.
    void oldTutorialConda()
    {
        auto r = run("ubuntu1804-gtx1070-cuda10", "", choices());
        const Step *init = stepById(r->plan, "python.conda-init");
        QVERIFY(init);
        QCOMPARE(init->argv, QStringList({"/home/student/anaconda3/bin/conda", "init", "bash"}));
        QVERIFY(findingById(r->plan, "python.conda-not-initialized"));
        const Finding *free = findingById(r->plan, "python.condarc-pkgs-free");
        QVERIFY(free);
        QVERIFY2(free->text.contains("/home/student/.condarc"), qPrintable(free->text));
        QVERIFY(free->text.contains("pkgs/free"));
        QVERIFY(free->resolution.contains("mirror"));
        QCOMPARE(r->plan.status, StageStatus::NeedsAction);
        Choices c = choices();
        c.mirror = "tuna";
        auto m = run("ubuntu1804-gtx1070-cuda10", "", c);
        QVERIFY(findingById(m->plan, "python.condarc-pkgs-free")->resolution.contains("rewrites"));
        // A machine whose conda is set up gets no init step.
        auto ok = run("ubuntu2204-rtx3060-drv535", "", choices());
        QVERIFY(!stepById(ok->plan, "python.conda-init"));
        QVERIFY(!findingById(ok->plan, "python.conda-not-initialized"));
        QVERIFY(!findingById(ok->plan, "python.condarc-pkgs-free"));
    }

    void mirrorTuna()
    {
        Choices c = choices();
        c.mirror = "tuna";
        c.condaFlavour = "miniconda"; // the mirror serves Miniconda's installer
        auto r = run("vm-ubuntu2404-nogpu", "", c);
        const Step *rc = stepById(r->plan, "python.mirror-condarc");
        QVERIFY(rc);
        QCOMPARE(rc->kind, QString("edit"));
        QCOMPARE(rc->path, QString("/home/student/.condarc"));
        QVERIFY(rc->content.contains("mirrors.tuna.tsinghua.edu.cn"));
        QCOMPARE(rc->content, Knowledge::builtin().mirror("tuna")->condarc);
        const Step *pip = stepById(r->plan, "python.mirror-pip");
        QVERIFY(pip);
        QCOMPARE(pip->path, QString("/home/student/.config/pip/pip.conf"));
        QCOMPARE(pip->content,
                 QString("[global]\nindex-url = https://mirrors.tuna.tsinghua.edu.cn/pypi/web/"
                         "simple\n"));
        // The checksum still guards the installer from the mirror.
        const Step *d = stepById(r->plan, "python.download-miniconda");
        QCOMPARE(d->sha256,
                 QString("e0b10e050e8928e2eb9aad2c522ee3b5d31d30048b8a9997663a8a460d538cef"));
        QVERIFY(d->url.endsWith("Miniconda3-py313_25.11.1-1-Linux-x86_64.sh"));
        Choices o = choices();
        auto off = run("vm-ubuntu2404-nogpu", "", o);
        QVERIFY(!stepById(off->plan, "python.mirror-condarc"));
        Choices bad = choices();
        bad.mirror = "nowhere";
        QVERIFY(findingById(run("vm-ubuntu2404-nogpu", "", bad)->plan, "python.mirror-unknown"));
    }

    void envPythonMismatchKeepsOldEnv()
    {
        Choices c = choices();
        c.envName = "pytorch";
        auto r = run("ubuntu1804-gtx1070-cuda10", "", c);
        QCOMPARE(r->plan.chosen.value("env"), QString("pytorch-torch2.11"));
        const Step *create = stepById(r->plan, "python.create-env");
        QVERIFY(create);
        QVERIFY(create->argv.contains("pytorch-torch2.11"));
        QVERIFY(!create->argv.contains("pytorch"));
    }

    // ------------------------------------------------------------------ helpers
    void coverage_data()
    {
        QTest::addColumn<QString>("torch");
        QTest::addColumn<QString>("cuda");
        QTest::addColumn<QString>("cc");
        QTest::addColumn<int>("covers");
        QTest::addColumn<bool>("inferred");
        QTest::addColumn<QString>("ref");
        QTest::newRow("2.14-cu126-pascal") << "2.14.0"
                                           << "12.6"
                                           << "6.1" << 1 << false
                                           << "frameworks.json wheel_cuda_arch_lists 2.12-2.14 "
                                              "12.6.3";
        QTest::newRow("2.14-cu130-pascal") << "2.14.0"
                                           << "13.0"
                                           << "6.1" << 0 << false
                                           << "frameworks.json wheel_cuda_arch_lists 2.12-2.14 "
                                              "13.0.2";
        QTest::newRow("2.8-cu128-pascal")
            << "2.8.0"
            << "12.8"
            << "6.1" << 0 << false << "frameworks.json wheel_cuda_arch_lists 2.8 12.8";
        QTest::newRow("2.11-cu128-blackwell")
            << "2.11.0"
            << "12.8"
            << "12.0" << 1 << true << "frameworks.json wheel_cuda_arch_lists 2.8 12.8";
        QTest::newRow("2.11-cu126-blackwell")
            << "2.11.0"
            << "12.6"
            << "12.0" << 0 << true << "frameworks.json wheel_cuda_arch_lists 2.8 12.6";
        QTest::newRow("2.5.1-cu124-ampere")
            << "2.5.1"
            << "12.4"
            << "8.6" << 1 << true << "cuda_driver.json releases 12.4.0 compute_capabilities_sass";
        QTest::newRow("2.5.1-cu124-blackwell")
            << "2.5.1"
            << "12.4"
            << "12.0" << 0 << true << "cuda_driver.json releases 12.4.0 compute_capabilities_sass";
        QTest::newRow("1.0.1-cu90-pascal")
            << "1.0.1"
            << "9.0"
            << "6.1" << 1 << true << "cuda_driver.json releases 9.0.176 compute_capabilities_sass";
        QTest::newRow("unknown-cc") << "2.11.0"
                                    << "12.8"
                                    << "" << -1 << false << "";
    }
    void coverage()
    {
        QFETCH(QString, torch);
        QFETCH(QString, cuda);
        QFETCH(QString, cc);
        QFETCH(int, covers);
        QFETCH(bool, inferred);
        QFETCH(QString, ref);
        const WheelCoverage c = wheelCoverage(Knowledge::builtin(), torch, cuda, cc);
        QCOMPARE(c.covers, covers);
        QCOMPARE(c.inferred, inferred);
        QCOMPARE(c.ref, ref);
    }

    void helpers()
    {
        const Knowledge &kb = Knowledge::builtin();
        QCOMPARE(fullDriverFloor(kb, "12.8").driver, QString("570.26"));
        QCOMPARE(fullDriverFloor(kb, "12.8").ref, QString("cuda_driver.json releases 12.8.0"));
        QCOMPARE(fullDriverFloor(kb, "10.0").driver, QString("410.48"));
        QCOMPARE(familyDriverFloor(kb, "12.6").driver, QString("525.60.13"));
        QCOMPARE(familyDriverFloor(kb, "11.8").driver, QString("450.80.02"));
        QCOMPARE(familyDriverFloor(kb, "13.0").driver, QString("580.65.06"));
        QVERIFY(familyDriverFloor(kb, "10.2").driver.isEmpty());
        QCOMPARE(pipInstallArgs("pip install 'tensorflow[and-cuda]==2.21.0'"),
                 QStringList{"tensorflow[and-cuda]==2.21.0"});
        QCOMPARE(pipInstallArgs("pip3 install x"), QStringList());
        QCOMPARE(pipInstallArgs(""), QStringList());
        QCOMPARE(condaInstallArgs("conda install a -c b"), QStringList({"a", "-c", "b"}));
        QCOMPARE(defaultPython("3.10", "3.14"), QString("3.12"));
        QCOMPARE(defaultPython("3.7", "3.10"), QString("3.10"));
        QCOMPARE(defaultPython("3.13", "3.15"), QString("3.13"));
        QCOMPARE(defaultPython("", ""), QString("3.12"));
        QVERIFY(pythonInRange("3.10.4", "3.10", "3.14"));
        QVERIFY(!pythonInRange("3.8", "3.10", "3.14"));
        QVERIFY(!pythonInRange("3.15", "3.10", "3.14"));
        QVERIFY(pythonInRange("3.6", "", ""));
        QString mn, mx, ref;
        pytorchPythonRange(kb, "1.8.2", &mn, &mx, &ref);
        QCOMPARE(mn, QString());
        QCOMPARE(mx, QString("3.8"));
        pytorchPythonRange(kb, "2.5.1", &mn, &mx, &ref);
        QCOMPARE(mn, QString("3.9"));
        QCOMPARE(mx, QString("3.12"));
        QCOMPARE(ref, QString("frameworks.json release_compatibility_matrix 2.5"));
        pytorchPythonRange(kb, "1.0.1", &mn, &mx, &ref);
        QVERIFY(mn.isEmpty() && mx.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAdviceFramework)
#include "tst_advice_framework.moc"
