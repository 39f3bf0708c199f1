// Whole plans: `advise()` on every snapshot host in tests/hosts against a golden plan.json,
// the JSON round trip of a plan, and the `gpu-setup plan` command line (choices, exit codes).
#include "TestSnapshot.h"
#include "actions/Journal.h"
#include "advice/Advisor.h"
#include "common/ShellQuote.h"
#include "host/SnapshotHost.h"
#include "knowledge/Knowledge.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
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

    // Issue 12, break 10: every command `gpu-setup plan` prints pastes into bash as exactly the
    // plan's argv: each line after "$ " is run through bash (printf, never the command itself)
    // and the words bash sees are compared with the step's argv. Covers every snapshot host
    // with the toolkit asked for, Miniconda chosen and a mirror (spaces, quotes, $, -c scripts
    // included through a hand-made step).
    void planLinesPaste()
    {
        if (QStandardPaths::findExecutable("bash").isEmpty()) QSKIP("bash is not installed");
        // The quoting itself, on words that would break an unquoted line.
        const QStringList nasty{"python",
                                "-c",
                                "import sys; print('a b', \"$HOME\")\n`x`",
                                "--index-url",
                                "https://x/y?a=1&b=2",
                                "FOO=bar",
                                "",
                                "~",
                                "*"};
        QList<QStringList> cases{nasty, QStringList{"A=1", "x"}};
        int checked = 0;
        for (const QString &name : hostNames())
            for (int variant = 0; variant < 3; ++variant) {
                auto host = SnapshotHost::open(hostsDir() + "/" + name, nullptr);
                QVERIFY(host);
                Choices c;
                c.toolkit = Want::Yes;
                if (variant == 1) {
                    c.condaFlavour = "miniconda";
                    c.mirror = "tuna";
                }
                // pip's extras brackets are a bash glob: "tensorflow[and-cuda]==2.21.0".
                if (variant == 2) c.framework = Framework::TensorFlow;
                const Plan p = advise(probeAll(*host), Knowledge::builtin(), c);
                const QStringList lines = planText(p).split('\n');
                QList<QStringList> argvs;
                for (const StagePlan &s : p.stages)
                    for (const Step &st : s.steps)
                        if (!st.argv.isEmpty())
                            argvs << (st.privileged ? QStringList{"sudo"} : QStringList{}) +
                                         st.argv;
                QStringList printed;
                for (const QString &l : lines)
                    if (l.trimmed().startsWith("$ ")) printed << l.trimmed().mid(2);
                QCOMPARE(printed.size(), argvs.size());
                for (int i = 0; i < argvs.size(); ++i)
                    cases << argvs[i];
                for (int i = 0; i < printed.size(); ++i) {
                    QCOMPARE(printed[i], shellQuote(argvs[i]));
                    ++checked;
                }
            }
        QVERIFY(checked > 20);
        bool bracket = false;
        for (const QStringList &argv : cases)
            for (const QString &w : argv)
                bracket = bracket || w.contains('[');
        QVERIFY(bracket); // a plan word that needs quoting was printed
        for (const QStringList &argv : cases) {
            const QString line = shellQuote(argv);
            // bash -n: it parses; printf '%s\0': it splits into exactly these words.
            QProcess syntax;
            syntax.start("bash", {"-n", "-c", line});
            QVERIFY(syntax.waitForFinished(10000));
            QVERIFY2(syntax.exitCode() == 0, qPrintable(line));
            QProcess words;
            words.start("bash", {"-c", "printf '%s\\0' " + line.section(' ', 0, -1)});
            QVERIFY(words.waitForFinished(10000));
            QList<QByteArray> got = words.readAllStandardOutput().split('\0');
            got.removeLast(); // after the final NUL
            QStringList seen;
            for (const QByteArray &w : got)
                seen << QString::fromUtf8(w);
            QCOMPARE(seen, argv);
        }
    }

    // Issue 12, break 10: the whole plan from the CLI over SSH. `install python` runs the
    // Python stage through the wizard's operations (here a snapshot: a dry run printing every
    // exact command), `install all` every stage in order; Miniconda without a mirror needs
    // --accept-conda-tos, refused in one sentence before anything runs.
    // --server: a headless machine reached over SSH gets Ubuntu's server (compute) driver,
    // ubuntu-drivers install --gpgpu nvidia:N-server, in the plan and in `install driver`.
    void serverDriver()
    {
        const QString laptop = hostsDir() + "/laptop-hybrid-nouveau-secureboot";
        int code = -1;
        QByteArray err;
        auto installArgv = [](const QByteArray &planJson) {
            for (const QJsonValue &s : QJsonDocument::fromJson(planJson)["stages"].toArray())
                for (const QJsonValue &st : s.toObject()["steps"].toArray())
                    if (st.toObject()["id"].toString() == "driver.install") {
                        QStringList argv;
                        for (const QJsonValue &v : st.toObject()["argv"].toArray())
                            argv << v.toString();
                        return argv;
                    }
            return QStringList();
        };
        QByteArray out = runCli({"plan", "--host", laptop, "--json"}, &code, &err);
        QStringList argv = installArgv(out);
        QCOMPARE(argv.value(0), QString("ubuntu-drivers"));
        QVERIFY2(!argv.contains("--gpgpu") && !argv.last().endsWith("-server"),
                 qPrintable(argv.join(' ')));
        out = runCli({"plan", "--host", laptop, "--server", "--json"}, &code, &err);
        argv = installArgv(out);
        QVERIFY2(argv.contains("--gpgpu") && argv.last().endsWith("-server"),
                 qPrintable(argv.join(' ') + err));
        out = runCli({"install", "driver", "--host", laptop, "--server"}, &code, &err);
        QVERIFY2(out.contains("ubuntu-drivers install --gpgpu nvidia:"), out + err);
    }

    // A toolkit (cuDNN) the journal says gpu-setup installed, and nobody undid, is one the
    // student wants: without --toolkit the plan (and so verify and the report) keeps it in the
    // plan instead of calling it "not needed"; an undone one, or --toolkit auto, does not.
    void journalToolkitCountsAsWanted_data()
    {
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("toolkitFlag");
        QTest::addColumn<QString>("toolkitStatus");
        QTest::addColumn<QString>("cudnnStatus");
        QTest::newRow("no journal") << ""
                                    << ""
                                    << "optional"
                                    << "optional";
        QTest::newRow("installed") << "ok"
                                   << ""
                                   << "needs-action"
                                   << "needs-action";
        QTest::newRow("undone") << "undone"
                                << ""
                                << "optional"
                                << "optional";
        QTest::newRow("failed") << "failed"
                                << ""
                                << "optional"
                                << "optional";
        QTest::newRow("--toolkit auto wins") << "ok"
                                             << "auto"
                                             << "optional"
                                             << "optional";
    }
    void journalToolkitCountsAsWanted()
    {
        QFETCH(QString, outcome);
        QFETCH(QString, toolkitFlag);
        QFETCH(QString, toolkitStatus);
        QFETCH(QString, cudnnStatus);
        QTemporaryDir dir;
        const QString journalPath = dir.filePath("journal.json");
        QStringList args{"plan", "--host", hostsDir() + "/laptop-hybrid-nouveau-secureboot",
                         "--json"};
        if (!outcome.isEmpty()) {
            Journal journal(journalPath);
            for (const QString &id : {QString("toolkit.install"), QString("cudnn.extract")}) {
                JournalEntry e;
                e.id = id;
                e.outcome = outcome;
                QVERIFY(journal.append(e));
            }
            args << "--journal" << journalPath;
        }
        if (!toolkitFlag.isEmpty()) args << "--toolkit" << toolkitFlag;
        int code = -1;
        QByteArray err;
        const QByteArray out = runCli(args, &code, &err);
        QVERIFY2(code == 0 || code == 1, err.constData());
        QMap<QString, QString> status;
        for (const QJsonValue &s : QJsonDocument::fromJson(out)["stages"].toArray())
            status.insert(s["id"].toString(), s["status"].toString());
        QCOMPARE(status.value("toolkit"), toolkitStatus);
        QCOMPARE(status.value("cudnn"), cudnnStatus);
    }

    void installPythonCli()
    {
        const QString laptop = hostsDir() + "/laptop-hybrid-nouveau-secureboot";
        int code = -1;
        QByteArray err;
        QByteArray out = runCli({"install", "python", "--host", laptop}, &code, &err);
        QVERIFY2(code == 0, out + err);
        const MiniforgeInstaller *mf = Knowledge::builtin().newestMiniforge("x86_64");
        const QStringList parts{
            "Dry run",
            "==> Download Miniforge",
            mf->url,
            "bash /home/student/Downloads/" + mf->file + " -b -p /home/student/miniforge3",
            "/home/student/miniforge3/bin/conda init bash",
            "/home/student/miniforge3/bin/conda create -y -n dl",
            "/home/student/miniforge3/envs/dl/bin/python -m pip install torch==",
            "opencv-python"};
        for (const QString &part : parts)
            QVERIFY2(out.contains(part.toUtf8()), qPrintable(part + "\n" + out));
        QVERIFY(!out.contains("tos accept"));
        // `env` is the same stage; --env names it.
        out = runCli({"install", "env", "--host", laptop, "--env", "cv2026"}, &code, &err);
        QCOMPARE(code, 0);
        QVERIFY(out.contains("conda create -y -n cv2026"));
        // Miniconda: the ToS steps only with the agreement.
        out = runCli({"install", "python", "--host", laptop, "--conda-flavour", "miniconda"}, &code,
                     &err);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains("--accept-conda-tos"), out.constData());
        QVERIFY(out.contains("not run here"));
        out = runCli({"install", "python", "--host", laptop, "--conda-flavour", "miniconda",
                      "--accept-conda-tos"},
                     &code, &err);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains("conda tos accept --override-channels --channel "
                              "https://repo.anaconda.com/pkgs/main"),
                 out.constData());
        // With a mirror there is nothing to accept.
        out = runCli({"install", "python", "--host", laptop, "--conda-flavour", "miniconda",
                      "--mirror", "tuna"},
                     &code, &err);
        QCOMPARE(code, 0);
        QVERIFY(!out.contains("tos accept"));
        QVERIFY(out.contains(".condarc"));
        // install all: every stage in order.
        out = runCli({"install", "all", "--host", laptop}, &code, &err);
        QVERIFY2(code == 0, out + err);
        const qsizetype d = out.indexOf("## driver"), t = out.indexOf("## toolkit"),
                        c = out.indexOf("## cudnn"), p = out.indexOf("## python");
        QVERIFY2(d >= 0 && d < t && t < c && c < p, out.constData());
        QVERIFY(out.contains("ubuntu-drivers install"));
        QVERIFY(out.contains("miniforge3"));
        // Usage errors: one sentence, exit 2.
        runCli({"install", "pythn", "--host", laptop}, &code, &err);
        QCOMPARE(code, 2);
        runCli({"install", "python", "--host", laptop, "--conda-flavour", "anaconda"}, &code, &err);
        QCOMPARE(code, 2);
        QVERIFY(err.startsWith("gpu-setup: --conda-flavour takes"));
    }

    // On a real machine (a temp HOME; no conda there) Miniconda without --accept-conda-tos is
    // refused before anything is downloaded or written.
    void installPythonRefusesWithoutAgreement()
    {
        if (QFileInfo::exists("/opt/conda/bin/conda")) QSKIP("this machine has a conda to reuse");
        QTemporaryDir t;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("HOME", t.path());
        env.insert("XDG_STATE_HOME", t.path() + "/state");
        env.remove("CONDA_EXE");
        env.remove("CONDA_PREFIX");
        p.setProcessEnvironment(env);
        p.start(GPUSETUP_BINARY, {"install", "python", "--conda-flavour", "miniconda"});
        QVERIFY(p.waitForFinished(120000));
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains("--accept-conda-tos"), err.constData());
        QCOMPARE(err.count('\n'), 1);
        QVERIFY(!QFileInfo::exists(t.path() + "/Downloads"));
        QVERIFY(!QFileInfo::exists(t.path() + "/miniconda3"));
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
