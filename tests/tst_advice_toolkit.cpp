// The CUDA toolkit and cuDNN stages on the snapshot hosts (real whole-machine facts from
// probeAll) and on tweaked copies of them: statuses, chosen versions, finding ids and the exact
// steps, with every version and checksum checked against the knowledge data.
#include "advice/AdviceContext.h"
#include "advice/ToolkitAdvice.h"
#include "common/Version.h"
#include "host/SnapshotHost.h"
#include "probe/Facts.h"

#include <QDir>
#include <QMap>
#include <QtTest>

using namespace gpusetup;

namespace {

QString hostsDir()
{
    return QStringLiteral(GPUSETUP_TEST_DATA "/hosts");
}

QStringList hostNames()
{
    return QDir(hostsDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

const Facts &hostFacts(const QString &name)
{
    static QMap<QString, Facts> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        QString error;
        auto host = SnapshotHost::open(hostsDir() + QLatin1Char('/') + name, &error);
        if (!host) qFatal("cannot open host %s: %s", qPrintable(name), qPrintable(error));
        ProbeOptions options;
        options.commandTimeoutMs = 1000;
        it = cache.insert(name, probeAll(*host, options));
    }
    return *it;
}

// Changes to a host's facts, by name, so that the table stays one line per case.
void applyTweak(Facts &f, const QString &tweaks)
{
    for (const QString &t : tweaks.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (t == QLatin1String("no-toolkits")) {
            f.cuda = CudaFacts();
            f.cuda.state = FactState::Absent;
            f.cudnn.installs.clear();
            f.cudnn.state = FactState::Absent;
        } else if (t == QLatin1String("blackwell")) {
            for (GpuDevice &g : f.gpus.gpus)
                if (g.nvidia) {
                    g.name = QStringLiteral("GeForce RTX 5070");
                    g.architecture = QStringLiteral("Blackwell");
                    g.computeCapability = QStringLiteral("12.0");
                }
            f.driver.status = DriverStatus::NotInstalled;
            f.driver.kernelVersion.clear();
            f.driver.libraryVersion.clear();
            f.driver.cudaVersion.clear();
        } else if (t == QLatin1String("no-driver")) {
            f.driver.status = DriverStatus::NotInstalled;
            f.driver.kernelVersion.clear();
            f.driver.libraryVersion.clear();
            f.driver.cudaVersion.clear();
        } else if (t == QLatin1String("driver-396")) {
            f.driver.kernelVersion = QStringLiteral("396.26");
            f.driver.libraryVersion = QStringLiteral("396.26");
        } else if (t == QLatin1String("home-small")) {
            for (DiskSpace &s : f.disk.spaces)
                if (s.path != QLatin1String("/tmp")) s.freeBytes = 5000000000;
        } else if (t == QLatin1String("no-gcc")) {
            f.disk.gccState = FactState::Absent;
            f.disk.gccVersion.clear();
            f.disk.gccMajor = -1;
            f.disk.gccLine.clear();
        } else if (t == QLatin1String("cudnn-broken")) {
            f.cudnn.installs[0].libMatchesHeader = false;
            f.cudnn.installs[0].libMajor = 8;
        } else if (t == QLatin1String("cudnn-cuda12")) {
            f.cudnn.installs[0].cudaMajor = 12;
        } else if (t == QLatin1String("fish")) {
            f.shell.shellKind = QStringLiteral("fish");
        } else {
            qFatal("unknown tweak %s", qPrintable(t));
        }
    }
}

struct Case
{
    Facts facts;
    Choices choices;
};

// The inputs decideFramework would leave: "12.6" -> cu126; tf "11.2/8.1" -> TF 2.10's needs.
void setFramework(AdviceContext &ctx, const QString &wheelCuda, const QString &tfNeed)
{
    if (!wheelCuda.isEmpty()) {
        ctx.wheelCuda = wheelCuda;
        ctx.wheelVariant = QStringLiteral("cu") + QString(wheelCuda).remove(QLatin1Char('.'));
        ctx.frameworkVersion = QStringLiteral("2.9.1");
    }
    if (!tfNeed.isEmpty()) {
        const QStringList p = tfNeed.split(QLatin1Char('/'));
        ctx.frameworkVersion = QStringLiteral("2.10.0");
        ctx.toolkitNeeded = true;
        ctx.toolkitNeededVersion = p.value(0);
        ctx.cudnnNeededVersion = p.value(1);
    }
}

bool hasFinding(const StagePlan &p, const QString &id)
{
    for (const Finding &f : p.findings)
        if (f.id == id) return true;
    return false;
}

QString findingIds(const StagePlan &p)
{
    QStringList ids;
    for (const Finding &f : p.findings)
        ids << f.id;
    return ids.join(QLatin1Char(' '));
}

const Step *stepById(const StagePlan &p, const QString &id)
{
    for (const Step &s : p.steps)
        if (s.id == id) return &s;
    return nullptr;
}

// "" no version chosen; "12.6" prefix; "=10.0.130" exact; ">=12.8" / "<=11.8" bounds.
bool versionMatches(const QString &actual, const QString &expected)
{
    if (expected.isEmpty()) return actual.isEmpty();
    if (actual.isEmpty()) return false;
    if (expected.startsWith(QLatin1String(">=")))
        return compareVersions(actual, expected.mid(2)) >= 0;
    if (expected.startsWith(QLatin1String("<=")))
        return versionHasPrefix(actual, expected.mid(2)) ||
               compareVersions(actual, expected.mid(2)) <= 0;
    if (expected.startsWith(QLatin1Char('='))) return actual == expected.mid(1);
    return versionHasPrefix(actual, expected);
}

struct Outcome
{
    StagePlan toolkit;
    StagePlan cudnn;
    QString requiredDriver;
    QString toolkitVersion;
    QString toolkitRoot;
    bool toolkitPlanned = false;
};

Outcome run(const Facts &facts, const Choices &choices, const QString &wheelCuda,
            const QString &tfNeed)
{
    AdviceContext ctx(facts, Knowledge::builtin(), choices);
    setFramework(ctx, wheelCuda, tfNeed);
    Outcome o;
    o.toolkit = adviseToolkit(ctx);
    o.cudnn = adviseCudnn(ctx);
    o.requiredDriver = ctx.requiredDriver;
    o.toolkitVersion = ctx.toolkitVersion;
    o.toolkitRoot = ctx.toolkitRoot;
    o.toolkitPlanned = ctx.toolkitPlanned;
    return o;
}

Outcome runHost(const QString &host, const QString &tweak, Choices choices,
                const QString &wheelCuda, const QString &tfNeed = QString())
{
    Facts f = hostFacts(host);
    applyTweak(f, tweak);
    return run(f, choices, wheelCuda, tfNeed);
}

Choices choicesWith(Want toolkit, Want cudnn = Want::Auto, const QString &prefix = QString())
{
    Choices c;
    c.toolkit = toolkit;
    c.cudnn = cudnn;
    c.toolkitPrefix = prefix;
    return c;
}

} // namespace

class TestAdviceToolkit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(Knowledge::builtin().loadError().isEmpty(),
                 qPrintable(Knowledge::builtin().loadError()));
        QVERIFY(hostNames().size() >= 9);
    }

    // ------------------------------------------------------------------ the table
    void stages_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("tweak");
        QTest::addColumn<int>("framework");
        QTest::addColumn<QString>("wheelCuda");
        QTest::addColumn<QString>("tfNeed");
        QTest::addColumn<int>("toolkit");
        QTest::addColumn<int>("cudnn");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<int>("tkStatus");
        QTest::addColumn<QString>("tkCuda");
        QTest::addColumn<QStringList>("tkIds"); // "!id": must not be there
        QTest::addColumn<int>("dnStatus");
        QTest::addColumn<QString>("dnCudnn");
        QTest::addColumn<QString>("dnVariant");
        QTest::addColumn<QStringList>("dnIds");

        const int pt = int(Framework::PyTorch);
        const int tf = int(Framework::TensorFlow);
        const int none = int(Framework::None);
        const int A = int(Want::Auto), Y = int(Want::Yes), N = int(Want::No);
        const int done = int(StageStatus::Done), act = int(StageStatus::NeedsAction),
                  blk = int(StageStatus::Blocked), opt = int(StageStatus::Optional),
                  skip = int(StageStatus::Skipped);
        using L = QStringList;

        // Every snapshot host with the default choices: PyTorch wheels need neither.
        QMap<QString, L> extraTk{
            {"ubuntu1804-gtx1070-cuda10", {"toolkit.smi-vs-nvcc"}},
            {"server-4x-k80-two-toolkits", {"toolkit.path-conflict"}},
            {"wsl2-rtx4060-laptop", {"toolkit.path-conflict", "toolkit.smi-vs-nvcc"}},
        };
        QMap<QString, L> extraDn{{"server-4x-k80-two-toolkits", {"cudnn.wrong-cuda-major"}}};
        for (const QString &h : hostNames()) {
            L tkIds = L{"toolkit.not-needed", "!toolkit.install"} + extraTk.value(h);
            if (!extraTk.contains(h))
                tkIds << "!toolkit.path-conflict"
                      << "!toolkit.smi-vs-nvcc";
            QTest::addRow("default %s", qPrintable(h))
                << h << "" << pt << "12.6"
                << "" << A << A << "" << opt << "" << tkIds << opt << ""
                << "" << (L{"cudnn.not-needed"} + extraDn.value(h));
        }

        QTest::newRow("cu126 toolkit yes, 22.04 no working driver")
            << "ubuntu2204-driver-mismatch"
            << "" << pt << "12.6"
            << "" << Y << A << "" << act << "=12.6.3"
            << L{"toolkit.install", "!toolkit.driver-too-old", "!toolkit.not-for-this-ubuntu"}
            << opt << ""
            << "" << L{"cudnn.not-needed"};
        QTest::newRow("cu126 toolkit yes, driver 535 too old")
            << "ubuntu2204-rtx3060-drv535"
            << "" << pt << "12.6"
            << "" << Y << A << "" << act << "=12.6.3"
            << L{"toolkit.install", "toolkit.driver-too-old"} << opt << ""
            << "" << L{"cudnn.not-needed"};
        QTest::newRow("gtx1070 cu100: existing 10.0 fits")
            << "ubuntu1804-gtx1070-cuda10"
            << "" << pt << "10.0"
            << "" << Y << Y << "" << done << "=10.0.130"
            << L{"toolkit.existing-fits", "toolkit.smi-vs-nvcc", "!toolkit.install"} << done
            << "7.2.1"
            << "cuda10" << L{"cudnn.existing-fits"};
        QTest::newRow("k80 toolkit yes: keep 10.0, fix PATH")
            << "server-4x-k80-two-toolkits"
            << "" << pt << ""
            << "" << Y << Y << "" << act << "=10.0.130"
            << L{"toolkit.existing-fits", "toolkit.path-conflict", "toolkit.gpu-range"} << done
            << "7.2.1"
            << "cuda10" << L{"cudnn.existing-fits", "!cudnn.wrong-cuda-major"};
        QTest::newRow("k80 without toolkits: <= 11.8 and driver 430")
            << "server-4x-k80-two-toolkits"
            << "no-toolkits" << pt << ""
            << "" << Y << A << "" << act << "=10.1.243" << L{"toolkit.install", "toolkit.gpu-range"}
            << opt << ""
            << "" << L{};
        QTest::newRow("k80 without toolkits and driver: newest <= 11.8")
            << "server-4x-k80-two-toolkits"
            << "no-toolkits,no-driver" << pt << ""
            << "" << Y << A << "" << act << "=11.8.0" << L{"toolkit.install", "toolkit.gpu-range"}
            << opt << ""
            << "" << L{};
        QTest::newRow("wsl toolkit yes: keep 12.5, PATH picks apt 11.5")
            << "wsl2-rtx4060-laptop"
            << "" << pt << ""
            << "" << Y << A << "" << act << "=12.5.82"
            << L{"toolkit.existing-fits", "toolkit.path-conflict", "toolkit.smi-vs-nvcc"} << opt
            << ""
            << "" << L{};
        QTest::newRow("wsl cu126: windows driver 555.85 too old")
            << "wsl2-rtx4060-laptop"
            << "" << pt << "12.6"
            << "" << Y << A << "" << act << "12.6" << L{"toolkit.install", "toolkit.driver-too-old"}
            << opt << ""
            << "" << L{};
        QTest::newRow("tf 2.10: cuda 11.2 + cudnn 8.1")
            << "ubuntu2204-rtx3060-drv535"
            << "" << tf << ""
            << "11.2/8.1" << A << A << "" << act << "=11.2.2"
            << L{"toolkit.install", "toolkit.not-for-this-ubuntu", "!toolkit.not-needed"} << act
            << "8.1.1.33"
            << "cuda11.2" << L{"cudnn.install"};
        QTest::newRow("cu130 on driver 535") << "ubuntu2204-rtx3060-drv535"
                                             << "" << pt << "13.0"
                                             << "" << Y << Y << "" << act << "=13.0.2"
                                             << L{"toolkit.driver-too-old"} << act << "9.26.1.1"
                                             << "cuda13" << L{"cudnn.install"};
        QTest::newRow("blackwell 12.0: >= 12.8")
            << "ubuntu2204-rtx3060-drv535"
            << "blackwell" << pt << ""
            << "" << Y << A << "" << act << ">=12.8" << L{"toolkit.install", "toolkit.gpu-range"}
            << opt << ""
            << "" << L{};
        QTest::newRow("small /tmp: unpack in home")
            << "vm-ubuntu2404-nogpu"
            << "" << pt << ""
            << "" << Y << A << "" << act << "=13.3.0" << L{"toolkit.low-disk", "toolkit.install"}
            << opt << ""
            << "" << L{};
        QTest::newRow("no room at all: blocked")
            << "vm-ubuntu2404-nogpu"
            << "home-small" << pt << ""
            << "" << Y << A << "" << blk << "=13.3.0" << L{"toolkit.low-disk"} << opt << ""
            << "" << L{};
        QTest::newRow("no gcc") << "ubuntu2204-rtx3060-drv535"
                                << "no-gcc" << pt << "12.2"
                                << "" << Y << A << "" << act << "=12.2.2"
                                << L{"toolkit.no-gcc", "!toolkit.driver-too-old"} << opt << ""
                                << "" << L{};
        QTest::newRow("debian 12: existing cuda 13 and cudnn 9.19")
            << "captured-debian12-cuda13-wheels-nogpu"
            << "" << pt << "13.0"
            << "" << Y << Y << "" << done << "=13.0.88" << L{"toolkit.existing-fits"} << done
            << "9.19.0"
            << "cuda13" << L{"cudnn.existing-fits"};
        QTest::newRow("debian 12 without toolkit: runfile only")
            << "captured-debian12-cuda13-wheels-nogpu"
            << "no-toolkits" << pt << "12.6"
            << "" << Y << A << "" << act << "=12.6.3"
            << L{"toolkit.runfile-only", "toolkit.install"} << opt << ""
            << "" << L{};
        QTest::newRow("user prefix ~/cuda-12.6, cudnn inside it")
            << "ubuntu2204-driver-mismatch"
            << "" << pt << "12.6"
            << "" << Y << Y << "~/cuda-12.6" << act << "=12.6.3" << L{"toolkit.install"} << act
            << "9.26.1.1"
            << "cuda12" << L{"cudnn.install", "!cudnn.gpu-limits-version"};
        QTest::newRow("cudnn for a 6.1 GPU on CUDA 12: 9.10")
            << "ubuntu1804-gtx1070-cuda10"
            << "no-toolkits" << pt << "12.6"
            << "" << Y << Y << "" << act << "=12.6.3"
            << L{"toolkit.install", "toolkit.not-for-this-ubuntu", "toolkit.driver-too-old"} << act
            << "9.10.2.21"
            << "cuda12" << L{"cudnn.gpu-limits-version", "cudnn.install"};
        QTest::newRow("cudnn for an 8.6 GPU on CUDA 12: newest")
            << "ubuntu2204-rtx3060-drv535"
            << "" << pt << "12.2"
            << "" << Y << Y << "" << act << "=12.2.2" << L{"toolkit.install"} << act << "9.26.1.1"
            << "cuda12" << L{"cudnn.install", "!cudnn.gpu-limits-version"};
        QTest::newRow("cudnn wanted without a toolkit: for the wheel's CUDA")
            << "ubuntu2204-rtx3060-drv535"
            << "" << pt << "12.6"
            << "" << A << Y << "" << opt << "" << L{"toolkit.not-needed"} << act << "9.26.1.1"
            << "cuda12" << L{"cudnn.for-wheel-cuda"};
        QTest::newRow("cudnn wanted, no toolkit, no wheel: blocked")
            << "ubuntu2204-rtx3060-drv535"
            << "" << none << ""
            << "" << A << Y << "" << opt << "" << L{"toolkit.not-needed"} << blk << ""
            << "" << L{"cudnn.no-toolkit"};
        QTest::newRow("toolkit no")
            << "ubuntu2204-rtx3060-drv535"
            << "" << pt << "12.6"
            << "" << N << N << "" << skip << "" << L{"!toolkit.not-needed"} << skip << ""
            << "" << L{};
        QTest::newRow("tf 2.10 but toolkit no") << "ubuntu2204-rtx3060-drv535"
                                                << "" << tf << ""
                                                << "11.2/8.1" << N << N << "" << skip << ""
                                                << L{"toolkit.needed-but-skipped"} << skip << ""
                                                << "" << L{"cudnn.needed-but-skipped"};
        QTest::newRow("framework none")
            << "vm-ubuntu2404-nogpu"
            << "" << none << ""
            << "" << A << A << "" << opt << "" << L{"toolkit.not-needed"} << opt << ""
            << "" << L{"cudnn.not-needed"};
        QTest::newRow("existing 10.0 on driver 396: too new for it")
            << "ubuntu1804-gtx1070-cuda10"
            << "driver-396" << pt << "12.6"
            << "" << A << A << "" << opt << "" << L{"toolkit.not-needed", "toolkit.driver-too-old"}
            << opt << ""
            << "" << L{"cudnn.not-needed"};
        QTest::newRow("cudnn header/library mismatch")
            << "ubuntu1804-gtx1070-cuda10"
            << "cudnn-broken" << pt << "10.0"
            << "" << Y << Y << "" << done << "=10.0.130" << L{"toolkit.existing-fits"} << act
            << "7.6.5.32"
            << "cuda10.0" << L{"cudnn.broken", "cudnn.install"};
        QTest::newRow("cudnn for cuda 12 next to toolkit 13")
            << "captured-debian12-cuda13-wheels-nogpu"
            << "cudnn-cuda12" << pt << "13.0"
            << "" << Y << Y << "" << done << "=13.0.88" << L{"toolkit.existing-fits"} << act
            << "9.26.1.1"
            << "cuda13" << L{"cudnn.wrong-cuda-major", "cudnn.install"};
    }

    void stages()
    {
        QFETCH(QString, host);
        QFETCH(QString, tweak);
        QFETCH(int, framework);
        QFETCH(QString, wheelCuda);
        QFETCH(QString, tfNeed);
        QFETCH(int, toolkit);
        QFETCH(int, cudnn);
        QFETCH(QString, prefix);
        QFETCH(int, tkStatus);
        QFETCH(QString, tkCuda);
        QFETCH(QStringList, tkIds);
        QFETCH(int, dnStatus);
        QFETCH(QString, dnCudnn);
        QFETCH(QString, dnVariant);
        QFETCH(QStringList, dnIds);

        Choices c = choicesWith(Want(toolkit), Want(cudnn), prefix);
        c.framework = Framework(framework);
        const Outcome o = runHost(host, tweak, c, wheelCuda, tfNeed);

        QCOMPARE(o.toolkit.id, StageId::Toolkit);
        QCOMPARE(o.cudnn.id, StageId::Cudnn);
        QVERIFY2(int(o.toolkit.status) == tkStatus,
                 qPrintable(QStringLiteral("toolkit status %1: %2 [%3]")
                                .arg(int(o.toolkit.status))
                                .arg(o.toolkit.summary, findingIds(o.toolkit))));
        const QString cuda = o.toolkit.chosen.value(QStringLiteral("cuda"));
        QVERIFY2(versionMatches(cuda, tkCuda),
                 qPrintable(QStringLiteral("chose CUDA '%1', expected '%2'").arg(cuda, tkCuda)));
        for (const QString &id : tkIds) {
            if (id.startsWith(QLatin1Char('!')))
                QVERIFY2(!hasFinding(o.toolkit, id.mid(1)),
                         qPrintable(id + QStringLiteral(" in ") + findingIds(o.toolkit)));
            else
                QVERIFY2(hasFinding(o.toolkit, id),
                         qPrintable(id + QStringLiteral(" not in ") + findingIds(o.toolkit)));
        }
        QVERIFY2(int(o.cudnn.status) == dnStatus,
                 qPrintable(QStringLiteral("cudnn status %1: %2 [%3]")
                                .arg(int(o.cudnn.status))
                                .arg(o.cudnn.summary, findingIds(o.cudnn))));
        QCOMPARE(o.cudnn.chosen.value(QStringLiteral("cudnn")), dnCudnn);
        QCOMPARE(o.cudnn.chosen.value(QStringLiteral("variant")), dnVariant);
        for (const QString &id : dnIds) {
            if (id.startsWith(QLatin1Char('!')))
                QVERIFY2(!hasFinding(o.cudnn, id.mid(1)),
                         qPrintable(id + QStringLiteral(" in ") + findingIds(o.cudnn)));
            else
                QVERIFY2(hasFinding(o.cudnn, id),
                         qPrintable(id + QStringLiteral(" not in ") + findingIds(o.cudnn)));
        }

        // Invariants of every plan: text everywhere, argv without shell globs, downloads with
        // the data's checksum, an install step only when something is installed.
        for (const StagePlan *p : {&o.toolkit, &o.cudnn}) {
            QVERIFY(!p->summary.isEmpty());
            for (const Finding &f : p->findings) {
                QVERIFY2(!f.text.isEmpty(), qPrintable(f.id));
                QVERIFY2(f.id.contains(QLatin1Char('.')), qPrintable(f.id));
            }
            for (const Step &s : p->steps) {
                QVERIFY(!s.description.isEmpty());
                for (const QString &a : s.argv)
                    QVERIFY2(!a.contains(QLatin1Char('*')) && !a.contains(QLatin1Char('~')),
                             qPrintable(s.id + QStringLiteral(": ") + a));
                if (s.kind == QLatin1String("download")) {
                    QVERIFY(s.url.startsWith(QLatin1String("https://")));
                    QCOMPARE(s.sha256.size(), 64);
                    QVERIFY(s.path.contains(QLatin1String("/Downloads/")));
                }
                if (s.kind == QLatin1String("command")) QVERIFY(!s.argv.isEmpty());
            }
        }
        // The toolkit stage's decision reaches the context, for cuDNN.
        if (o.toolkit.status == StageStatus::NeedsAction || o.toolkit.status == StageStatus::Done) {
            QVERIFY(o.toolkitPlanned);
            QCOMPARE(o.toolkitVersion, cuda);
            QCOMPARE(o.toolkitRoot, o.toolkit.chosen.value(QStringLiteral("prefix")));
        }
        if (o.toolkit.status == StageStatus::NeedsAction &&
            o.toolkit.chosen.value(QStringLiteral("source")) == QLatin1String("runfile")) {
            const CudaRelease *r = Knowledge::builtin().cudaRelease(cuda);
            QVERIFY(r);
            const Step *dl = stepById(o.toolkit, QStringLiteral("toolkit.download-runfile"));
            QVERIFY(dl);
            QCOMPARE(dl->url, r->runfile.url);
            QCOMPARE(dl->sha256, r->runfile.sha256);
            QCOMPARE(dl->sizeBytes, r->runfile.sizeBytes);
            QVERIFY(!o.toolkit.alternatives.contains(cuda));
        }
        if (o.cudnn.chosen.value(QStringLiteral("source")) == QLatin1String("archive")) {
            const Step *dl = stepById(o.cudnn, QStringLiteral("cudnn.download"));
            QVERIFY(dl);
            bool inData = false;
            for (const CudnnArchive &a : Knowledge::builtin().cudnnArchives())
                if (a.url == dl->url && a.sha256 == dl->sha256 &&
                    a.cudnn == o.cudnn.chosen.value(QStringLiteral("cudnn")))
                    inData = true;
            QVERIFY2(inData, qPrintable(dl->url));
        }
    }

    // ------------------------------------------------------------------ steps in detail
    void runfileSteps()
    {
        const Outcome o = runHost(QStringLiteral("ubuntu2204-driver-mismatch"), QString(),
                                  choicesWith(Want::Yes), QStringLiteral("12.6"));
        const CudaRelease *r = Knowledge::builtin().cudaRelease(QStringLiteral("12.6.3"));
        QVERIFY(r);
        QCOMPARE(r->runfile.name, QStringLiteral("cuda_12.6.3_560.35.05_linux.run"));
        const QString file =
            QStringLiteral("/home/student/Downloads/cuda_12.6.3_560.35.05_linux.run");
        const Step *dl = stepById(o.toolkit, QStringLiteral("toolkit.download-runfile"));
        QVERIFY(dl);
        QCOMPARE(dl->path, file);
        QCOMPARE(dl->sizeBytes, qint64(4446722669));
        const Step *inst = stepById(o.toolkit, QStringLiteral("toolkit.install"));
        QVERIFY(inst);
        QCOMPARE(inst->argv, (QStringList{"sh", file, "--silent", "--toolkit",
                                          "--toolkitpath=/usr/local/cuda-12.6", "--no-man-page",
                                          "--tmpdir=/tmp"}));
        QVERIFY(inst->privileged);
        QVERIFY(!inst->argv.contains(QStringLiteral("--driver")));
        const Step *prof = stepById(o.toolkit, QStringLiteral("toolkit.profile"));
        QVERIFY(prof);
        QCOMPARE(prof->kind, QStringLiteral("edit"));
        QCOMPARE(prof->path, QStringLiteral("/home/student/.bashrc"));
        QCOMPARE(prof->content,
                 QStringLiteral("# >>> gpu-setup >>>\n"
                                "# Written by gpu-setup; 'gpu-setup profile remove' takes it out.\n"
                                "export CUDA_HOME=/usr/local/cuda-12.6\n"
                                "export PATH=/usr/local/cuda-12.6/bin${PATH:+:${PATH}}\n"
                                "export LD_LIBRARY_PATH=/usr/local/cuda-12.6/lib64"
                                "${LD_LIBRARY_PATH:+:${LD_LIBRARY_PATH}}\n"
                                "# <<< gpu-setup <<<\n"));
        QVERIFY(!prof->privileged);
        const Step *ver = stepById(o.toolkit, QStringLiteral("toolkit.verify"));
        QVERIFY(ver);
        QCOMPARE(ver->argv, (QStringList{"/usr/local/cuda-12.6/bin/nvcc", "-V"}));
        // Step order: download, install, profile, verify.
        QCOMPARE(o.toolkit.steps.size(), 4);
        QCOMPARE(o.toolkit.steps.first().id, QStringLiteral("toolkit.download-runfile"));
        QCOMPARE(o.toolkit.steps.last().id, QStringLiteral("toolkit.verify"));
        // The driver stage learns what the toolkit needs (no driver works here).
        QCOMPARE(o.requiredDriver, QStringLiteral("560.35.05"));
        // The picker shows only compatible releases: on 22.04 with a checksum, RTX 4090 (8.9).
        QVERIFY(!o.toolkit.alternatives.isEmpty());
        const QStringList on2204 = Knowledge::builtin().cudaVersionsForUbuntu("22.04");
        for (const QString &v : o.toolkit.alternatives) {
            QVERIFY2(on2204.contains(v), qPrintable(v));
            const CudaRelease *a = Knowledge::builtin().cudaRelease(v);
            QVERIFY(a && !a->runfile.sha256.isEmpty());
            QVERIFY(a->sassCapabilities.contains(QStringLiteral("8.9")));
        }
        QVERIFY(o.toolkit.alternatives.contains(QStringLiteral("13.3.0")));
        QVERIFY(!o.toolkit.alternatives.contains(QStringLiteral("11.2.2")));
    }

    void userPrefixNotPrivileged()
    {
        const Outcome o = runHost(QStringLiteral("ubuntu2204-driver-mismatch"), QString(),
                                  choicesWith(Want::Yes, Want::Yes, QStringLiteral("~/cuda-12.6")),
                                  QStringLiteral("12.6"));
        QCOMPARE(o.toolkitRoot, QStringLiteral("/home/student/cuda-12.6"));
        for (const Step &s : o.toolkit.steps)
            QVERIFY2(!s.privileged, qPrintable(s.id));
        const Step *inst = stepById(o.toolkit, QStringLiteral("toolkit.install"));
        QVERIFY(inst);
        QVERIFY(inst->argv.contains(QStringLiteral("--toolkitpath=/home/student/cuda-12.6")));
        // cuDNN goes into the toolkit the student owns, without root, no glob.
        const Step *ch = stepById(o.cudnn, QStringLiteral("cudnn.copy-headers"));
        const Step *cl = stepById(o.cudnn, QStringLiteral("cudnn.copy-libraries"));
        QVERIFY(ch && cl);
        const QString stage = QStringLiteral("/home/student/Downloads/cudnn-9.26.1.1-cuda12");
        QCOMPARE(ch->argv, (QStringList{"cp", "-a", stage + "/include/.",
                                        "/home/student/cuda-12.6/include/"}));
        QCOMPARE(cl->argv,
                 (QStringList{"cp", "-a", stage + "/lib/.", "/home/student/cuda-12.6/lib64/"}));
        QVERIFY(!ch->privileged && !cl->privileged);
        const Step *x = stepById(o.cudnn, QStringLiteral("cudnn.extract"));
        QVERIFY(x);
        QCOMPARE(x->argv, (QStringList{"tar", "-xJf",
                                       "/home/student/Downloads/"
                                       "cudnn-linux-x86_64-9.26.1.1_cuda12-archive.tar.xz",
                                       "-C", stage, "--strip-components=1"}));
        const Step *v = stepById(o.cudnn, QStringLiteral("cudnn.verify"));
        QVERIFY(v);
        QCOMPARE(v->argv.last(), QStringLiteral("/home/student/cuda-12.6/include/cudnn_version.h"));
        QCOMPARE(o.cudnn.chosen.value(QStringLiteral("location")),
                 QStringLiteral("/home/student/cuda-12.6"));
    }

    // A system toolkit: cuDNN stays in ~/.local with an LD_LIBRARY_PATH line, no root.
    void cudnnInUserDir()
    {
        const Outcome o = runHost(QStringLiteral("ubuntu2204-rtx3060-drv535"), QString(),
                                  choicesWith(Want::Yes, Want::Yes), QStringLiteral("12.2"));
        QCOMPARE(o.cudnn.chosen.value(QStringLiteral("cudnn")), QStringLiteral("9.26.1.1"));
        for (const Step &s : o.cudnn.steps)
            QVERIFY2(!s.privileged, qPrintable(s.id));
        QVERIFY(!stepById(o.cudnn, QStringLiteral("cudnn.copy-headers")));
        const Step *ed = stepById(o.cudnn, QStringLiteral("cudnn.profile"));
        QVERIFY(ed);
        QCOMPARE(ed->path, QStringLiteral("/home/student/.bashrc"));
        QCOMPARE(ed->content,
                 QStringLiteral("# >>> gpu-setup >>>\n"
                                "# Written by gpu-setup; 'gpu-setup profile remove' takes it out.\n"
                                "export CUDA_HOME=/usr/local/cuda-12.2\n"
                                "export PATH=/usr/local/cuda-12.2/bin${PATH:+:${PATH}}\n"
                                "export LD_LIBRARY_PATH=/usr/local/cuda-12.2/lib64:"
                                "/home/student/.local/cudnn-9.26.1.1/lib"
                                "${LD_LIBRARY_PATH:+:${LD_LIBRARY_PATH}}\n"
                                "# <<< gpu-setup <<<\n"));
        const Step *mk = stepById(o.cudnn, QStringLiteral("cudnn.make-dir"));
        QVERIFY(mk);
        QCOMPARE(mk->argv, (QStringList{"mkdir", "-p", "/home/student/.local/cudnn-9.26.1.1"}));
        QCOMPARE(o.cudnn.chosen.value(QStringLiteral("location")),
                 QStringLiteral("/home/student/.local/cudnn-9.26.1.1"));
    }

    // TF 2.10: the cuDNN 8.1 archive built for CUDA 11.2, a .tgz with lib64/.
    void tensorflowCudnnArchive()
    {
        const Outcome o = runHost(QStringLiteral("ubuntu2204-rtx3060-drv535"), QString(),
                                  choicesWith(Want::Auto), QString(), QStringLiteral("11.2/8.1"));
        QCOMPARE(o.toolkitVersion, QStringLiteral("11.2.2"));
        const Step *dl = stepById(o.cudnn, QStringLiteral("cudnn.download"));
        QVERIFY(dl);
        QCOMPARE(dl->url, QStringLiteral("https://developer.download.nvidia.com/compute/redist/"
                                         "cudnn/v8.1.1/cudnn-11.2-linux-x64-v8.1.1.33.tgz"));
        const Step *x = stepById(o.cudnn, QStringLiteral("cudnn.extract"));
        QVERIFY(x);
        QCOMPARE(x->argv.at(1), QStringLiteral("-xzf"));
        const Step *ed = stepById(o.cudnn, QStringLiteral("cudnn.profile"));
        QVERIFY(ed);
        QVERIFY(ed->content.contains(QStringLiteral("/home/student/.local/cudnn-8.1.1.33/lib64")));
        // The runfile before 10.1 would not know --no-man-page; 11.2 does.
        const Step *inst = stepById(o.toolkit, QStringLiteral("toolkit.install"));
        QVERIFY(inst && inst->argv.contains(QStringLiteral("--no-man-page")));
        // The requirement names TensorFlow's row.
        bool tfRef = false;
        for (const Finding &f : o.toolkit.findings)
            if (f.id == QLatin1String("toolkit.install"))
                tfRef = f.refs.contains(QStringLiteral("frameworks.json tensorflow 2.10.0"));
        QVERIFY(tfRef);
    }

    void cuda13WheelRaisesDriver()
    {
        const Outcome o = runHost(QStringLiteral("ubuntu2204-rtx3060-drv535"), QString(),
                                  choicesWith(Want::Yes), QStringLiteral("13.0"));
        QCOMPARE(versionMajor(o.requiredDriver), 580);
        QCOMPARE(o.requiredDriver, QStringLiteral("580.95.05"));
        for (const Finding &f : o.toolkit.findings)
            if (f.id == QLatin1String("toolkit.driver-too-old")) {
                QVERIFY(f.text.contains(QStringLiteral("580.95.05")));
                QVERIFY(f.text.contains(QStringLiteral("535.183.01")));
                QVERIFY(f.refs.contains(QStringLiteral("cuda_driver.json releases 13.0.2")));
            }
        // 13.0.3 has no checksum in the data: never offered.
        QCOMPARE(o.toolkit.chosen.value(QStringLiteral("cuda")), QStringLiteral("13.0.2"));
    }

    void blackwellAlternatives()
    {
        const Outcome o = runHost(QStringLiteral("ubuntu2204-rtx3060-drv535"),
                                  QStringLiteral("blackwell"), choicesWith(Want::Yes), QString());
        QVERIFY(!o.toolkit.alternatives.isEmpty());
        for (const QString &v : o.toolkit.alternatives)
            QVERIFY2(compareVersions(v, QStringLiteral("12.8")) >= 0, qPrintable(v));
        QCOMPARE(o.toolkit.chosen.value(QStringLiteral("cuda")), QStringLiteral("13.3.0"));
    }

    void k80Alternatives()
    {
        const Outcome o =
            runHost(QStringLiteral("server-4x-k80-two-toolkits"),
                    QStringLiteral("no-toolkits,no-driver"), choicesWith(Want::Yes), QString());
        QVERIFY(!o.toolkit.alternatives.isEmpty());
        for (const QString &v : o.toolkit.alternatives) {
            QVERIFY2(compareVersions(v, QStringLiteral("12.0")) < 0, qPrintable(v));
            // Ubuntu 18.04's list: 9.0.176 (16.04 only) is not offered.
            QVERIFY(v != QLatin1String("9.0.176"));
        }
        // The old (perl) installer of 10.0 gets no --no-man-page.
        const Outcome old =
            runHost(QStringLiteral("ubuntu1804-gtx1070-cuda10"), QStringLiteral("no-toolkits"),
                    choicesWith(Want::Yes), QStringLiteral("10.0"));
        QCOMPARE(old.toolkit.chosen.value(QStringLiteral("cuda")), QStringLiteral("10.0.130"));
        const Step *inst = stepById(old.toolkit, QStringLiteral("toolkit.install"));
        QVERIFY(inst);
        QVERIFY(!inst->argv.contains(QStringLiteral("--no-man-page")));
        QCOMPARE(inst->argv.last(), QStringLiteral("--tmpdir=/tmp"));
    }

    // The profile fix for an existing toolkit that PATH does not pick.
    void pathConflictFix()
    {
        const Outcome o = runHost(QStringLiteral("server-4x-k80-two-toolkits"), QString(),
                                  choicesWith(Want::Yes), QString());
        const Step *prof = stepById(o.toolkit, QStringLiteral("toolkit.profile"));
        QVERIFY(prof);
        QVERIFY(prof->content.contains(
            QStringLiteral("export PATH=/usr/local/cuda-10.0/bin${PATH:+:${PATH}}")));
        QVERIFY(!stepById(o.toolkit, QStringLiteral("toolkit.install")));
        for (const Finding &f : o.toolkit.findings)
            if (f.id == QLatin1String("toolkit.path-conflict")) {
                QCOMPARE(f.severity, Severity::Warning);
                QVERIFY(f.text.contains(QStringLiteral("9.0.176")));
                QVERIFY(f.text.contains(QStringLiteral("10.0.130")));
                QVERIFY(f.resolution.contains(QStringLiteral("/usr/local/cuda-10.0")));
            }
        // The gtx1070 host: 10.2 vs 10.0 is information, not a problem.
        const Outcome g = runHost(QStringLiteral("ubuntu1804-gtx1070-cuda10"), QString(),
                                  choicesWith(Want::Yes), QStringLiteral("10.0"));
        bool seen = false;
        for (const Finding &f : g.toolkit.findings)
            if (f.id == QLatin1String("toolkit.smi-vs-nvcc")) {
                seen = true;
                QCOMPARE(f.severity, Severity::Info);
                QVERIFY(f.text.contains(QStringLiteral("10.2")));
                QVERIFY(f.text.contains(QStringLiteral("10.0")));
                QVERIFY(f.refs.contains(QStringLiteral("rules.json nvidia_smi_cuda_version")));
                QVERIFY(f.unverified); // the rule is marked unverified in rules.json
            }
        QVERIFY(seen);
        QVERIFY(g.toolkit.steps.isEmpty());
    }

    // nvcc newer than the driver's CUDA is a real problem.
    void nvccNewerThanDriver()
    {
        Facts f = hostFacts(QStringLiteral("ubuntu1804-gtx1070-cuda10"));
        f.driver.cudaVersion = QStringLiteral("9.2");
        const Outcome o = run(f, choicesWith(Want::Auto), QStringLiteral("10.0"), QString());
        bool seen = false;
        for (const Finding &x : o.toolkit.findings)
            if (x.id == QLatin1String("toolkit.smi-vs-nvcc")) {
                seen = true;
                QCOMPARE(x.severity, Severity::Warning);
                QVERIFY(!x.resolution.isEmpty());
            }
        QVERIFY(seen);
    }

    void driverTooOldNumbers()
    {
        Facts f = hostFacts(QStringLiteral("ubuntu1804-gtx1070-cuda10"));
        applyTweak(f, QStringLiteral("driver-396"));
        const Outcome o = run(f, choicesWith(Want::Yes), QStringLiteral("10.0"), QString());
        int n = 0;
        for (const Finding &x : o.toolkit.findings)
            if (x.id == QLatin1String("toolkit.driver-too-old")) {
                ++n;
                QVERIFY(x.text.contains(QStringLiteral("410.48")));
                QVERIFY(x.text.contains(QStringLiteral("396.26")));
                QVERIFY(x.refs.contains(QStringLiteral("cuda_driver.json releases 10.0.130")));
            }
        QCOMPARE(n, 1); // said once, not by both the diagnosis and the decision
        QCOMPARE(o.requiredDriver, QStringLiteral("410.48"));
    }

    // The toolkit's driver check at the floor of each release (issue 20 item 4): equal passes,
    // one step below fails, one step above passes; the minimum comes from the data.
    void floorBoundary_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<QString>("floor");
        QTest::addColumn<QString>("driver");
        QTest::addColumn<bool>("ok");
        struct F
        {
            const char *release, *floor, *below, *above;
        };
        for (const F &f : {F{"13.0.0", "580.65.06", "580.65.05", "580.65.07"},
                           F{"12.8.0", "570.26", "570.25.99", "570.26.1"},
                           F{"10.0.130", "410.48", "410.47.99", "410.48.1"}}) {
            const QString r = QString::fromLatin1(f.release);
            QTest::addRow("CUDA %s, equal", f.release) << r << f.floor << f.floor << true;
            QTest::addRow("CUDA %s, one below", f.release) << r << f.floor << f.below << false;
            QTest::addRow("CUDA %s, one above", f.release) << r << f.floor << f.above << true;
        }
    }
    void floorBoundary()
    {
        QFETCH(QString, release);
        QFETCH(QString, floor);
        QFETCH(QString, driver);
        QFETCH(bool, ok);
        const CudaRelease *rel = Knowledge::builtin().cudaRelease(release);
        QVERIFY(rel);
        Facts facts = hostFacts(QStringLiteral("ubuntu2204-rtx3060-drv535"));
        Choices choices;
        AdviceContext ctx(facts, Knowledge::builtin(), choices);
        QVERIFY(ctx.driverWorking);
        ctx.driverVersion = driver;
        const ToolkitDriverCheck c = checkDriverFor(ctx, *rel);
        QCOMPARE(c.have, driver);
        QCOMPARE(c.releaseVersion, release);
        QCOMPARE(c.needed, floor);
        QCOMPARE(c.ok, ok);
    }

    void brokenToolkit()
    {
        Facts f = hostFacts(QStringLiteral("wsl2-rtx4060-laptop"));
        f.cuda.toolkits[0].state = FactState::Broken;
        f.cuda.toolkits[0].versionConflict = true;
        f.cuda.toolkits[0].problems = {QStringLiteral("version.json says 12.5, nvcc says 12.4.")};
        const Outcome o = run(f, choicesWith(Want::Yes), QString(), QString());
        QVERIFY(hasFinding(o.toolkit, QStringLiteral("toolkit.broken")));
        // The broken 12.5 is not kept; the apt 11.5 fits (driver 555.85, cc 8.9 needs 11.8!).
        QVERIFY(o.toolkit.chosen.value(QStringLiteral("cuda")) != QLatin1String("12.5.82"));
    }

    void fishProfile()
    {
        const Outcome o =
            runHost(QStringLiteral("ubuntu2204-driver-mismatch"), QStringLiteral("fish"),
                    choicesWith(Want::Yes), QStringLiteral("12.6"));
        const Step *prof = stepById(o.toolkit, QStringLiteral("toolkit.profile"));
        QVERIFY(prof);
        QCOMPARE(prof->path, QStringLiteral("/home/student/.config/fish/config.fish"));
        // The one block format (common/ProfileBlock), as `gpu-setup profile apply` writes it.
        QCOMPARE(prof->content,
                 QStringLiteral("# >>> gpu-setup >>>\n"
                                "# Written by gpu-setup; 'gpu-setup profile remove' takes it out.\n"
                                "set -gx CUDA_HOME /usr/local/cuda-12.6\n"
                                "set -gx PATH /usr/local/cuda-12.6/bin $PATH\n"
                                "test -n \"$LD_LIBRARY_PATH\"; or set -e LD_LIBRARY_PATH\n"
                                "set -gx LD_LIBRARY_PATH /usr/local/cuda-12.6/lib64 "
                                "$LD_LIBRARY_PATH\n"
                                "# <<< gpu-setup <<<\n"));
    }

    void lowDiskDetails()
    {
        const Outcome o = runHost(QStringLiteral("vm-ubuntu2404-nogpu"), QString(),
                                  choicesWith(Want::Yes), QString());
        const Step *inst = stepById(o.toolkit, QStringLiteral("toolkit.install"));
        QVERIFY(inst);
        QCOMPARE(inst->argv.last(),
                 QStringLiteral("--tmpdir=/home/student/.cache/gpu-setup/cuda-tmp"));
        const Step *mk = stepById(o.toolkit, QStringLiteral("toolkit.make-tmpdir"));
        QVERIFY(mk);
        QVERIFY(!mk->privileged);
        // No working driver: 13.3.0's driver becomes the floor.
        QCOMPARE(o.requiredDriver, QStringLiteral("610.43.02"));

        const Outcome none =
            runHost(QStringLiteral("ubuntu2204-rtx3060-drv535"), QStringLiteral("no-gcc"),
                    choicesWith(Want::Yes), QStringLiteral("12.2"));
        const Step *gcc = stepById(none.toolkit, QStringLiteral("toolkit.install-gcc"));
        QVERIFY(gcc);
        QCOMPARE(gcc->argv, (QStringList{"apt-get", "install", "-y", "build-essential"}));
        QVERIFY(gcc->privileged);
        QCOMPARE(none.toolkit.steps.first().id, QStringLiteral("toolkit.install-gcc"));
    }

    void profileBlockHelper()
    {
        QCOMPARE(
            gpuSetupProfileBlock(QStringLiteral("zsh"), QString(), {QStringLiteral("/x/lib")}),
            QStringLiteral("# >>> gpu-setup >>>\n"
                           "# Written by gpu-setup; 'gpu-setup profile remove' takes it out.\n"
                           "export LD_LIBRARY_PATH=/x/lib${LD_LIBRARY_PATH:+:${LD_LIBRARY_PATH}}\n"
                           "# <<< gpu-setup <<<\n"));
        Facts f = hostFacts(QStringLiteral("ubuntu2204-rtx3060-drv535"));
        f.shell.shellKind = QStringLiteral("zsh");
        Choices c;
        AdviceContext ctx(f, Knowledge::builtin(), c);
        QCOMPARE(shellProfilePath(ctx), QStringLiteral("/home/student/.zshrc"));
        QVERIFY(isUnderHome(ctx, QStringLiteral("/home/student/cuda")));
        QVERIFY(!isUnderHome(ctx, QStringLiteral("/home/studentx/cuda")));
        QVERIFY(!isUnderHome(ctx, QStringLiteral("/usr/local/cuda-12.6")));
    }

    // A plan is plain data: the JSON round trip keeps it.
    // Every alternative the stage offers can be picked, and the plan then installs exactly it
    // (its runfile in the steps); a version that does not fit is ignored, never planned.
    void pickedVersionIsPlanned_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("tweak");
        QTest::newRow("rtx3060") << "ubuntu2204-rtx3060-drv535"
                                 << "no-toolkits";
        QTest::newRow("gtx1070") << "ubuntu1804-gtx1070-cuda10"
                                 << "no-toolkits";
        QTest::newRow("k80 keeps or replaces") << "server-4x-k80-two-toolkits"
                                               << "";
    }
    void pickedVersionIsPlanned()
    {
        QFETCH(QString, host);
        QFETCH(QString, tweak);
        const Outcome base = runHost(host, tweak, choicesWith(Want::Yes), QString());
        QVERIFY(!base.toolkit.alternatives.isEmpty());
        for (const QString &v : base.toolkit.alternatives) {
            Choices c = choicesWith(Want::Yes);
            c.cudaVersion = v;
            const Outcome o = runHost(host, tweak, c, QString());
            QCOMPARE(o.toolkit.chosen.value(QStringLiteral("cuda")), v);
            const Step *inst = stepById(o.toolkit, QStringLiteral("toolkit.install"));
            QVERIFY2(inst, qPrintable(v));
            QVERIFY2(inst->argv.join(' ').contains(v), qPrintable(inst->argv.join(' ')));
        }
        Choices bogus = choicesWith(Want::Yes);
        bogus.cudaVersion = QStringLiteral("7.5.18");
        const Outcome o = runHost(host, tweak, bogus, QString());
        QCOMPARE(o.toolkit.chosen.value(QStringLiteral("cuda")),
                 base.toolkit.chosen.value(QStringLiteral("cuda")));
    }

    void pickedCudnnIsPlanned()
    {
        const QString host = QStringLiteral("ubuntu2204-rtx3060-drv535");
        const Outcome base = runHost(host, QStringLiteral("no-toolkits"),
                                     choicesWith(Want::Yes, Want::Yes), QString());
        QVERIFY(!base.cudnn.alternatives.isEmpty());
        for (const QString &v : base.cudnn.alternatives) {
            Choices c = choicesWith(Want::Yes, Want::Yes);
            c.cudnnVersion = v;
            const Outcome o = runHost(host, QStringLiteral("no-toolkits"), c, QString());
            QCOMPARE(o.cudnn.chosen.value(QStringLiteral("cudnn")), v);
        }
    }

    // Choices saved before cudaVersion existed still read, with defaults.
    void oldChoicesJsonReads()
    {
        const Json j = Json::parse(R"({"framework":"tensorflow","toolkit":"yes"})");
        const Choices c = j.get<Choices>();
        QCOMPARE(c.framework, Framework::TensorFlow);
        QCOMPARE(c.toolkit, Want::Yes);
        QCOMPARE(c.envName, QStringLiteral("dl"));
        QVERIFY(c.cudaVersion.isEmpty());
    }

    void jsonRoundTrip()
    {
        const Outcome o = runHost(QStringLiteral("ubuntu2204-rtx3060-drv535"), QString(),
                                  choicesWith(Want::Yes, Want::Yes), QStringLiteral("12.2"));
        for (const StagePlan *p : {&o.toolkit, &o.cudnn}) {
            const Json j = *p;
            const StagePlan back = j.get<StagePlan>();
            QCOMPARE(back.steps, p->steps);
            QCOMPARE(back.findings, p->findings);
            QCOMPARE(back.chosen, p->chosen);
            QCOMPARE(back.alternatives, p->alternatives);
        }
    }
};

QTEST_GUILESS_MAIN(TestAdviceToolkit)
#include "tst_advice_toolkit.moc"
