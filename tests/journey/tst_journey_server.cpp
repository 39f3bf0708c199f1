// The CLI-only journey (issue 12): a rented cloud server with a Tesla T4 reached over SSH, no
// driver yet. Only the real `gpu-setup` binary runs, with the student's environment, against a
// simulated machine (tests/journey/sim) whose fake apt, ubuntu-drivers, nvidia-smi, conda and
// pip change its state as the real operations run them; privileged steps go through the fake
// pkexec into the helper's test build. doctor -> plan -> install driver -> reboot -> install
// toolkit, cudnn (served from 127.0.0.1) -> a new terminal -> install env, python -> verify ->
// report: every stage passes and the journal lists every action.
#include "JourneyChecks.h"
#include "SimMachine.h"

#include <QtTest>

using namespace gpusetup;
using namespace gpusetup::journey;

class TestJourneyServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (SimMachine::python3().isEmpty()) QSKIP("python3 is needed for the simulated machine");
    }

    // The simulated machines as the real probes see them when they are made: the facts
    // each journey starts from (a wrong simulation would make every journey meaningless).
    void machines_data()
    {
        QTest::addColumn<QString>("machine");
        QTest::addColumn<QString>("gpu");
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("secureBoot");
        QTest::addColumn<int>("condaInstalls");
        QTest::newRow("fresh-laptop") << "fresh-laptop"
                                      << "GTX 1650"
                                      << "nouveau-in-use"
                                      << "enabled" << 0;
        QTest::newRow("old-tutorial") << "old-tutorial"
                                      << "GTX 1070"
                                      << "ok"
                                      << "disabled" << 1;
        QTest::newRow("nogpu-vm") << "nogpu-vm"
                                  << ""
                                  << "not-installed"
                                  << "unsupported" << 0;
        QTest::newRow("server-t4") << "server-t4"
                                   << "Tesla T4"
                                   << "nouveau-in-use"
                                   << "unsupported" << 0;
    }
    void machines()
    {
        QFETCH(QString, machine);
        QFETCH(QString, gpu);
        QFETCH(QString, driver);
        QFETCH(QString, secureBoot);
        QFETCH(int, condaInstalls);
        SimMachine m;
        QString error;
        QVERIFY2(m.create(machine, &error), qPrintable(error));
        const CliRun r = m.cli({"doctor", "--json"});
        const QJsonObject d = r.json();
        QVERIFY2(!d.isEmpty(), qPrintable(r.describe()));
        const QByteArray gpus = QJsonDocument(d.value("gpus").toObject()).toJson();
        if (gpu.isEmpty())
            QCOMPARE(d.value("gpus").toObject().value("nvidiaCount").toInt(), 0);
        else
            QVERIFY2(gpus.contains(gpu.toUtf8()), gpus.constData());
        QCOMPARE(d.value("driver").toObject().value("status").toString(), driver);
        QCOMPARE(d.value("boot").toObject().value("secureBoot").toString(), secureBoot);
        QCOMPARE(d.value("conda").toObject().value("installs").toArray().size(), condaInstalls);
        // Nothing of the real computer leaks in: the host name and the home are the machine's.
        QCOMPARE(d.value("machine").toObject().value("hostName").toString(), machine);
        QVERIFY(r.out.contains(m.home().toUtf8()));
    }

    // What the simulated boot loads, after the driver was installed the way each row says:
    // the Secure Boot rules the fresh-laptop journey crosses.
    void bootRules_data()
    {
        QTest::addColumn<bool>("prebuilt");
        QTest::addColumn<bool>("queueKey");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("loaded");
        QTest::newRow("dkms, no key queued") << false << false << ""
                                             << "";
        QTest::newRow("dkms, key queued, right password") << false << true << "pw-1"
                                                          << "580.95.05";
        QTest::newRow("dkms, key queued, wrong password") << false << true << "pw-2"
                                                          << "";
        QTest::newRow("dkms, key queued, screen missed") << false << true << QString() << "";
        QTest::newRow("canonical-signed prebuilt") << true << false << ""
                                                   << "580.95.05";
    }
    void bootRules()
    {
        QFETCH(bool, prebuilt);
        QFETCH(bool, queueKey);
        QFETCH(QString, password);
        QFETCH(QString, loaded);
        SimMachine m;
        QString error;
        QVERIFY2(m.create("fresh-laptop", &error), qPrintable(error));
        if (prebuilt) {
            QJsonObject spec = m.state("machine");
            spec.insert("prebuilt_signed", true);
            m.setState("machine", spec);
        }
        // As root does it (the helper's test build runs the fakes this way).
        QProcessEnvironment asRoot = m.environment();
        asRoot.insert("GPUSETUP_HELPER_TEST_ROOT", m.root());
        auto runAsRoot = [&](const QStringList &argv, const QByteArray &input = {}) {
            QProcess p;
            p.setProcessEnvironment(asRoot);
            p.start(m.root() + "/usr/bin/" + argv.first(), argv.mid(1));
            p.write(input);
            p.closeWriteChannel();
            p.waitForFinished(30000);
            return p.exitCode();
        };
        QCOMPARE(runAsRoot({"ubuntu-drivers", "install", "nvidia:580"}), 0);
        QCOMPARE(m.state("module").value("source").toString(),
                 prebuilt ? QStringLiteral("prebuilt") : QStringLiteral("dkms"));
        if (queueKey)
            QCOMPARE(runAsRoot({"mokutil", "--import", "/var/lib/shim-signed/mok/MOK.der"},
                               "pw-1\npw-1\n"),
                     0);
        // The student cannot queue a key without root.
        QVERIFY(
            m.run(m.root() + "/usr/bin/mokutil", {"--import", "/var/lib/shim-signed/mok/MOK.der"})
                .exitCode != 0);
        const QJsonObject boot = m.boot(password);
        QCOMPARE(boot.value("nvidia").toString(), loaded);
        QCOMPARE(boot.value("nouveau").toBool(), false); // blacklisted by the driver package
        const CliRun smi = m.run(m.root() + "/usr/bin/nvidia-smi", {"-L"});
        QCOMPARE(smi.exitCode, loaded.isEmpty() ? 9 : 0);
    }

    void cliOnlyServer()
    {
        SimMachine m;
        QString error;
        QVERIFY2(m.create(QStringLiteral("server-t4"), &error), qPrintable(error));
        QVERIFY2(m.serve(&error), qPrintable(error));
        const QString k = m.knowledgeDir();

        // 1. doctor: the T4 on the PCI bus, no NVIDIA driver (nouveau holds it).
        CliRun r = m.cli({"doctor", "--json"});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.describe()));
        QJsonObject doctor = r.json();
        QVERIFY2(QJsonDocument(doctor.value("gpus").toObject()).toJson().contains("Tesla T4"),
                 qPrintable(r.describe()));
        QCOMPARE(doctor.value("driver").toObject().value("status").toString(),
                 QStringLiteral("nouveau-in-use"));
        QCOMPARE(doctor.value("driver").toObject().value("nvmlState").toString(),
                 QStringLiteral("absent")); // the simulated machine: nvidia-smi speaks

        // 2. plan: every command it prints pastes into bash as exactly the argv it runs (10).
        r = m.cli({"plan", "--server", "--toolkit", "yes", "--json"});
        QCOMPARE(r.exitCode, 1); // needs action
        const QJsonObject plan = r.json();
        QCOMPARE(stageOf(plan, "driver").value("status").toString(),
                 QStringLiteral("needs-action"));
        QList<QStringList> argvs;
        for (const QJsonValue &s : plan.value("stages").toArray())
            for (const QJsonValue &st : s.toObject().value("steps").toArray())
                if (!argvOf(st.toObject()).isEmpty()) argvs << argvOf(st.toObject());
        QVERIFY(argvs.size() >= 8);
        r = m.cli({"plan", "--server", "--toolkit", "yes"});
        QStringList refused;
        int pasted = 0;
        for (const QString &line : QString::fromUtf8(r.out).split('\n')) {
            const QString t = line.trimmed();
            if (!t.startsWith(QLatin1String("$ "))) continue;
            auto words = bashWords(m, t.mid(2));
            // Privileged steps print as `sudo ARGV` (the student runs them as root by hand).
            if (words && words->size() > 1 && words->first() == QLatin1String("sudo"))
                words->removeFirst();
            if (!words || !argvs.contains(*words))
                refused << t;
            else
                ++pasted;
        }
        QVERIFY(pasted > 0);
        QStringList planned;
        for (const QStringList &argv : argvs)
            planned << argv.join(QLatin1Char(' '));
        QVERIFY2(refused.isEmpty(), qPrintable(refused.join('\n') + QStringLiteral("\nplanned:\n") +
                                               planned.join('\n')));

        // 3. install driver: each privileged step through pkexec and the helper, as root; a
        // headless server gets Ubuntu's server (compute) driver.
        r = m.cli({"install", "driver", "--server"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(!m.calls("pkexec", {"ubuntu-drivers-install"}).isEmpty(),
                 qPrintable(r.describe()));
        const auto udi = m.calls("ubuntu-drivers", {"install"});
        QCOMPARE(udi.size(), 1);
        QVERIFY(udi.first().value("root").toBool());
        QVERIFY2(udi.first().value("argv").toArray().contains("--gpgpu"),
                 qPrintable(QJsonDocument(udi.first()).toJson()));
        for (const QJsonObject &e : m.events()) {
            const QString prog = e.value("prog").toString();
            if (prog == "apt-get" || prog == "update-initramfs" ||
                (prog == "ubuntu-drivers" && e.value("argv").toArray().contains("install")))
                QVERIFY2(e.value("root").toBool(), qPrintable(prog + " ran without the helper"));
        }
        QVERIFY(m.state("packages").contains("nvidia-driver-580-server"));
        doctor = m.cli({"doctor", "--json"}).json();
        QVERIFY(doctor.value("boot").toObject().value("rebootRequired").toBool());
        // The report (and so the TA) knows the driver was installed (1: one journal).
        r = m.cli({"report", "--format", "json", "--no-redact"});
        QVERIFY2(QFileInfo::exists(m.journalPath()), qPrintable(m.journalPath()));
        QVERIFY2(!reportActions(r.json()).filter("driver").isEmpty(),
                 qPrintable(reportActions(r.json()).join(", ")));

        // 4. The reboot: no Secure Boot here, Canonical's prebuilt module loads.
        QJsonObject boot = m.boot();
        QCOMPARE(boot.value("nvidia").toString(), QStringLiteral("580.95.05"));
        doctor = m.cli({"doctor", "--json"}).json();
        QCOMPARE(doctor.value("driver").toObject().value("status").toString(),
                 QStringLiteral("ok"));
        QVERIFY(!doctor.value("boot").toObject().value("rebootRequired").toBool());

        // 5. The CUDA toolkit and cuDNN, downloaded from 127.0.0.1 (the knowledge data names
        // the served files and their sha256). The toolkit goes under $HOME (no root needed;
        // see tests/journey/README.md for why not /usr/local in the simulation).
        r = m.cli({"plan", "--knowledge", k, "--toolkit", "yes", "--json"});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        const QString prefix = m.home() + "/cuda-13.0";
        r = m.cli({"install", "toolkit", "--knowledge", k, "--toolkit-prefix", prefix});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(QFileInfo(prefix + "/bin/nvcc").isExecutable());
        r = m.cli({"install", "cudnn", "--knowledge", k, "--toolkit-prefix", prefix});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        // 6. A new terminal: the gpu-setup block puts CUDA on PATH; doctor sees both.
        QVERIFY2(m.newLoginShell(&error), qPrintable(error));
        QVERIFY2(m.env("PATH").startsWith(prefix + "/bin:"), qPrintable(m.env("PATH")));
        QCOMPARE(m.env("CUDA_HOME"), prefix);
        doctor = m.cli({"doctor", "--json"}).json();
        QVERIFY2(
            doctor.value("cuda").toObject().value("selectedVersion").toString().startsWith("13.0"),
            qPrintable(QJsonDocument(doctor.value("cuda").toObject()).toJson()));
        QCOMPARE(doctor.value("cudnn").toObject().value("state").toString(),
                 QStringLiteral("found"));
        r = m.cli({"verify", "--json"});
        QJsonObject verify = r.json();
        QCOMPARE(checkState(verify, "nvidia-smi"), QStringLiteral("pass"));
        QCOMPARE(checkState(verify, "nvcc"), QStringLiteral("pass"));
        QCOMPARE(checkState(verify, "cuda-smoke"), QStringLiteral("pass"));
        // 6: one verdict: `verify` and the report agree on what passed (no environment yet,
        // so the PyTorch checks are skipped: neither may call that a pass while the other
        // calls it a failure).
        const CliRun rep = m.cli({"report", "--format", "json", "--verify"});
        const QString repVerify = stageOf(rep.json(), "verify").value("state").toString();
        QVERIFY2(
            (r.exitCode == 0) == (repVerify == "pass"),
            qPrintable(
                QStringLiteral("verify exit %1, report verify %2").arg(r.exitCode).arg(repVerify)));

        // 7. Miniconda, conda init, the environment and PyTorch from the CLI (10).
        r = m.cli({"install", "env", "--knowledge", k});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = m.cli({"install", "python", "--knowledge", k});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // "Open a new terminal, then conda activate dl" is said (9).
        QVERIFY2(r.out.contains("conda activate dl"), qPrintable(r.describe()));
        QVERIFY2(m.newLoginShell(&error), qPrintable(error));
        const QString python = m.home() + "/miniforge3/envs/dl/bin/python"; // the default flavour
        QVERIFY(QFileInfo(python).isExecutable());

        // 8. verify: every check passes, and says so with exit 0.
        r = m.cli({"verify", "--python", python, "--json"});
        verify = r.json();
        for (const char *c : {"nvidia-smi", "nvcc", "cuda-smoke", "torch-cuda", "torch-matmul"})
            QVERIFY2(checkState(verify, c) == "pass", qPrintable(r.describe()));
        QCOMPARE(r.exitCode, 0);

        // 9. The report for the TA: every stage passes, and the journal lists every action.
        r = m.cli({"report", "--format", "json", "--verify", "--python", python});
        const QJsonObject report = r.json();
        QVERIFY2(r.exitCode == 0, qPrintable(reportStages(report)));
        QCOMPARE(report.value("overall").toString(), QStringLiteral("pass"));
        for (const char *s : {"gpu", "driver", "toolkit", "cudnn", "python-env", "verify"})
            QVERIFY2(stageOf(report, s).value("state").toString() == "pass",
                     qPrintable(reportStages(report)));
        const QStringList actions = reportActions(report);
        for (const char *a :
             {"driver.install", "toolkit.install", "cudnn.extract", "python.install-miniforge",
              "python.conda-init", "python.create-env", "python.install-framework"})
            QVERIFY2(actions.contains(a),
                     qPrintable(a + QStringLiteral(" missing from: ") + actions.join(", ")));
    }
};

QTEST_GUILESS_MAIN(TestJourneyServer)
#include "tst_journey_server.moc"
