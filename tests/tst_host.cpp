// The Host seam: the command runner's distinct outcomes, path resolution inside a snapshot,
// and the snapshot round trip through RecordingHost.
#include "TestSnapshot.h"
#include "host/EnvOverlayHost.h"
#include "host/ProcessRunner.h"
#include "host/RealHost.h"
#include "host/RecordingHost.h"
#include "host/SnapshotHost.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace gpusetup;
using namespace gpusetup::test;

class TestHost : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runnerOutcomes_data()
    {
        QTest::addColumn<QStringList>("argv");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stdOut");
        QTest::addColumn<QString>("stdErr");
        using S = CommandResult::Status;
        QTest::newRow("ok") << QStringList{"sh", "-c", "printf hello"} << 5000 << int(S::Exited)
                            << 0 << "hello"
                            << "";
        QTest::newRow("exit-3-stderr")
            << QStringList{"sh", "-c", "echo oops >&2; exit 3"} << 5000 << int(S::Exited) << 3 << ""
            << "oops\n";
        QTest::newRow("lc-all-forced") << QStringList{"sh", "-c", "printf %s \"$LC_ALL\""} << 5000
                                       << int(S::Exited) << 0 << "C"
                                       << "";
        QTest::newRow("stdin-is-null")
            << QStringList{"sh", "-c", "cat; echo done"} << 5000 << int(S::Exited) << 0 << "done\n"
            << "";
        QTest::newRow("not-installed")
            << QStringList{"gpu-setup-no-such-program"} << 5000 << int(S::NotInstalled) << 127 << ""
            << "";
        QTest::newRow("timeout") << QStringList{"sleep", "30"} << 300 << int(S::TimedOut) << -1
                                 << ""
                                 << "";
        // The child's own children hold the pipe open: the whole group must be killed.
        QTest::newRow("timeout-grandchild")
            << QStringList{"sh", "-c", "sleep 30 & sleep 30"} << 300 << int(S::TimedOut) << -1 << ""
            << "";
        QTest::newRow("signal") << QStringList{"sh", "-c", "kill -9 $$"} << 5000 << int(S::Crashed)
                                << 9 << ""
                                << "";
    }
    void runnerOutcomes()
    {
        QFETCH(QStringList, argv);
        QFETCH(int, timeoutMs);
        QFETCH(int, status);
        QFETCH(int, exitCode);
        QFETCH(QString, stdOut);
        QFETCH(QString, stdErr);
        RealHost host;
        QElapsedTimer t;
        t.start();
        const CommandResult r = host.run(argv, timeoutMs);
        const qint64 ms = t.elapsed();
        QCOMPARE(int(r.status), status);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.out(), stdOut);
        QCOMPARE(r.err(), stdErr);
        QVERIFY2(ms < timeoutMs + 400, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
    }

    void bigOutput()
    {
        RealHost host;
        const CommandResult r = host.run({"head", "-c", "3000000", "/dev/zero"}, 5000);
        QVERIFY(r.ok());
        QCOMPARE(r.stdOut.size(), 3000000);
    }

    void cleanPath_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << "/a/b"
                               << "/a/b";
        QTest::newRow("dots") << "/a/./b/../c"
                              << "/a/c";
        QTest::newRow("above-root") << "/../../etc"
                                    << "/etc";
        QTest::newRow("slashes") << "//usr///local/"
                                 << "/usr/local";
    }
    void cleanPath()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(cleanMachinePath(in), out);
    }

    void snapshotResolvesLinksInside()
    {
        QTemporaryDir dir;
        const QString fs = dir.path() + "/fs";
        writeFile(
            dir.path() + "/host.json",
            R"({"user":"student","home":"/home/student","env":{"PATH":"/usr/local/cuda/bin:/usr/bin"},
            "commands":{"nvcc -V":{"exit":0,"stdout":"cmd/nvcc.out"},"hang":{"status":"timed-out"}}})");
        writeFile(dir.path() + "/cmd/nvcc.out",
                  "Cuda compilation tools, release 12.4, V12.4.131\n");
        writeFile(fs + "/usr/local/cuda-12.4/version.json", "{}");
        writeFile(fs + "/usr/local/cuda-12.4/bin/nvcc", "");
        makeLink("/usr/local/cuda-12.4", fs + "/usr/local/cuda"); // absolute target
        makeLink("../../../devices/pci0000:00/0000:01:00.0",
                 fs + "/sys/bus/pci/devices/0000:01:00.0");
        writeFile(fs + "/sys/devices/pci0000:00/0000:01:00.0/vendor", "0x10de\n");
        makeLink("../../../bus/pci/drivers/nvidia",
                 fs + "/sys/devices/pci0000:00/0000:01:00.0/driver");
        QDir().mkpath(fs + "/sys/bus/pci/drivers/nvidia");
        makeLink("loop", fs + "/loop"); // a link to itself
        // An absolute target that exists on the real machine but not in the snapshot.
        makeLink("/etc/passwd", fs + "/etc/escape");

        QString error;
        auto host = SnapshotHost::open(dir.path(), &error);
        QVERIFY2(host, qPrintable(error));
        QCOMPARE(host->user(), QStringLiteral("student"));
        QCOMPARE(host->resolve("/usr/local/cuda/version.json"),
                 QStringLiteral("/usr/local/cuda-12.4/version.json"));
        QCOMPARE(host->readLink("/usr/local/cuda"), QStringLiteral("/usr/local/cuda-12.4"));
        QVERIFY(host->isSymLink("/usr/local/cuda"));
        QVERIFY(host->isDir("/usr/local/cuda"));
        QCOMPARE(host->readText("/sys/bus/pci/devices/0000:01:00.0/vendor"),
                 QStringLiteral("0x10de"));
        QCOMPARE(host->resolve("/sys/bus/pci/devices/0000:01:00.0/driver"),
                 QStringLiteral("/sys/bus/pci/drivers/nvidia"));
        QCOMPARE(host->resolve("/loop"), QString());
        QVERIFY(!host->exists("/etc/escape"));
        QVERIFY(!host->readFile("/etc/escape"));
        QCOMPARE(host->entries("/usr/local", {"cuda*"}), (QStringList{"cuda", "cuda-12.4"}));
        QCOMPARE(host->which("nvcc"), QStringLiteral("/usr/local/cuda/bin/nvcc"));
        QCOMPARE(host->which("gcc"), QString());

        const CommandResult nvcc = host->run({"nvcc", "-V"}, 1000);
        QVERIFY(nvcc.ok());
        QVERIFY(nvcc.out().contains("release 12.4"));
        QCOMPARE(int(host->run({"gcc", "--version"}, 1000).status),
                 int(CommandResult::Status::NotInstalled));
        QElapsedTimer t;
        t.start();
        QCOMPARE(int(host->run({"hang"}, 250).status), int(CommandResult::Status::TimedOut));
        QVERIFY(t.elapsed() >= 240);
    }

    // A RealHost over another root (the simulated machine of the journey tests): machine paths
    // are read under it, absolute links stay inside it, paths already inside it are themselves,
    // programs found on PATH inside it run, and NVML is not asked.
    void simulatedRoot()
    {
        QTemporaryDir dir;
        const QString root = QFileInfo(dir.path()).canonicalFilePath() + "/root";
        writeFile(root + "/etc/os-release", "ID=ubuntu\nVERSION_ID=\"24.04\"\n");
        writeFile(root + "/usr/local/cuda-12.4/bin/nvcc", "#!/bin/sh\necho release 12.4 \"$0\"\n");
        QFile::setPermissions(root + "/usr/local/cuda-12.4/bin/nvcc",
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        makeLink("/usr/local/cuda-12.4", root + "/usr/local/cuda");  // a machine path
        makeLink(root + "/usr/local/cuda-12.4", root + "/opt/cuda"); // a real path inside
        writeFile(root + "/home/student/.bashrc", "# rc\n");

        RealHost host(root + "/"); // a trailing slash is the same root
        QVERIFY(host.isSimulated());
        QCOMPARE(host.root(), root);
        QVERIFY(host.describe().contains(root));
        QCOMPARE(host.readText("/etc/os-release").section('\n', 0, 0), QStringLiteral("ID=ubuntu"));
        QCOMPARE(host.onDisk("/etc/os-release"), root + "/etc/os-release");
        QCOMPARE(host.onDisk(root + "/home/student"), root + "/home/student");
        QCOMPARE(host.onDisk("/usr"), root + "/usr");
        // The folders on the way to the root are themselves (the root is "mounted" there).
        QCOMPARE(host.onDisk(QFileInfo(root).path()), QFileInfo(root).path());
        QVERIFY(host.isDir(root + "/home/student"));
        QCOMPARE(host.resolve("/usr/local/cuda/bin/nvcc"),
                 QStringLiteral("/usr/local/cuda-12.4/bin/nvcc"));
        QVERIFY(host.isDir("/opt/cuda"));
        QCOMPARE(host.readText(root + "/home/student/.bashrc"), QStringLiteral("# rc"));
        QVERIFY(!host.exists("/usr/local/cuda-12.4/version.json"));
        QCOMPARE(host.entries("/usr/local", {"cuda*"}), (QStringList{"cuda", "cuda-12.4"}));
        // The real /etc/passwd is not the simulated machine's.
        QVERIFY(!host.exists("/etc/passwd"));

        // PATH entries are machine paths: /usr/local/cuda/bin is looked up inside the root and
        // the program runs from there.
        QCOMPARE(host.which("nvcc", "/usr/local/cuda/bin:/usr/bin"),
                 QStringLiteral("/usr/local/cuda/bin/nvcc"));
        const CommandResult r = host.run({"/usr/local/cuda/bin/nvcc", "-V"}, 5000);
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY2(r.out().contains("release 12.4"), qPrintable(r.out()));
        // A program of the real machine is not one of the simulated machine's.
        QCOMPARE(int(host.run({"/bin/sh", "-c", "true"}, 1000).status),
                 int(CommandResult::Status::NotInstalled));
        QCOMPARE(host.nvml().state, FactState::Absent);

        RealHost real;
        QVERIFY(!real.isSimulated());
        QCOMPARE(real.onDisk("/etc/os-release"), QStringLiteral("/etc/os-release"));
        QCOMPARE(real.describe(), QStringLiteral("this machine"));
    }

    // Only the test build gpu-setup-sim sets the default root; the shipped binary reads no
    // test switch from its environment (issue 20 item 2).
    void simulatedRootOnlyInTheTestBuild_data()
    {
        QTest::addColumn<QString>("binary");
        QTest::addColumn<bool>("simulated");
        QTest::newRow("shipped gpu-setup") << QStringLiteral(GPUSETUP_BINARY) << false;
        QTest::newRow("gpu-setup-sim") << QStringLiteral(GPUSETUP_SIM_BINARY) << true;
    }
    void simulatedRootOnlyInTheTestBuild()
    {
        QFETCH(QString, binary);
        QFETCH(bool, simulated);
        QTemporaryDir dir;
        const QString root = QFileInfo(dir.path()).canonicalFilePath();
        writeFile(root + "/etc/os-release",
                  "ID=ubuntu\nVERSION_ID=\"24.04\"\nPRETTY_NAME=\"Simulated Ubuntu 24.04\"\n");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(RealHost::kRootVariable), root);
        QTemporaryDir state; // its log, not the real ~/.local/state
        env.insert(QStringLiteral("XDG_STATE_HOME"), state.path());
        p.setProcessEnvironment(env);
        p.start(binary, {QStringLiteral("doctor"), QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(out.contains("\"os\""), out.left(400).constData());
        QCOMPARE(out.contains("Simulated Ubuntu 24.04"), simulated);
    }

    void defaultRoot()
    {
        QTemporaryDir dir;
        const QString root = QFileInfo(dir.path()).canonicalFilePath();
        writeFile(root + "/etc/hostname", "simulated\n");
        QVERIFY(!RealHost().isSimulated());
        RealHost::setDefaultRoot(root);
        RealHost host;
        QCOMPARE(host.root(), root);
        QCOMPARE(host.readText("/etc/hostname"), QStringLiteral("simulated"));
        RealHost::setDefaultRoot(QString());
        QVERIFY(!RealHost().isSimulated());
    }

    // What actions run machine paths under: the simulated root, also through the overlay the
    // wizard re-probes with (a new login shell's environment); "/" for a snapshot.
    void rootThroughWrappers()
    {
        QTemporaryDir dir;
        const QString root = QFileInfo(dir.path()).canonicalFilePath();
        writeFile(root + "/etc/hostname", "simulated\n");
        const RealHost real(root);
        const Host &asHost = real;
        QCOMPARE(asHost.root(), root);
        const auto shell = EnvOverlayHost::forNewLoginShell(real);
        QCOMPARE(shell->root(), root);
        QCOMPARE(RealHost().root(), QStringLiteral("/"));
        QString error;
        const auto snap = SnapshotHost::open(
            QStringLiteral(GPUSETUP_TEST_DATA "/hosts/vm-ubuntu2404-nogpu"), &error);
        QVERIFY2(snap, qPrintable(error));
        QCOMPARE(snap->root(), QStringLiteral("/"));
    }

    void snapshotErrors_data()
    {
        QTest::addColumn<QByteArray>("hostJson");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("missing") << QByteArray() << "no readable host.json";
        QTest::newRow("not-json") << QByteArray("{user:") << "not valid JSON";
        QTest::newRow("array") << QByteArray("[]") << "must hold a JSON object";
        QTest::newRow("env-type") << QByteArray(R"({"env":[1]})") << "\"env\" must be an object";
        QTest::newRow("missing-output") << QByteArray(R"({"commands":{"x":{"stdout":"cmd/none"}}})")
                                        << "output file of command \"x\"";
    }
    void snapshotErrors()
    {
        QFETCH(QByteArray, hostJson);
        QFETCH(QString, errorPart);
        QTemporaryDir dir;
        if (!hostJson.isNull()) writeFile(dir.path() + "/host.json", hostJson);
        QString error;
        QVERIFY(!SnapshotHost::open(dir.path(), &error));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }

    // Record reads on one snapshot, write them out, and read the copy: same answers.
    // Issue 12, break 2: the environment a new login shell gets from gpu-setup's block, read
    // from the files (nothing of the user's shell runs): the toolkit's bin first on PATH,
    // LD_LIBRARY_PATH, CUDA_HOME; the folders of moved hand-written lines gone; the rc file of
    // $SHELL's kind last (it wins, as in a new terminal); fish too.
    void overlayFromBlock_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::addColumn<QString>("rcFile");
        QTest::addColumn<QByteArray>("rc");
        QTest::addColumn<QByteArray>("profile");
        QTest::addColumn<QString>("basePath");
        QTest::addColumn<QString>("baseLd"); // "-" unset
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("ld"); // "-" unset
        QTest::addColumn<QString>("cudaHome");
        const QByteArray posix =
            makeProfileBlock(ProfileSyntax::Posix, {"/opt/cuda-12.6", {"/opt/cudnn/lib"}, {}});
        const QByteArray fish =
            makeProfileBlock(ProfileSyntax::Fish, {"/opt/cuda-12.6", {"/opt/cudnn/lib"}, {}});
        const QByteArray moved = makeProfileBlock(
            ProfileSyntax::Posix,
            {"/opt/cuda-12.6",
             {},
             {"export PATH=/usr/local/cuda-10.0/bin${PATH:+:${PATH}}",
              "export LD_LIBRARY_PATH=\"/usr/local/cuda-10.0/lib64:$LD_LIBRARY_PATH\""}});
        QTest::newRow("bash-rc") << "/bin/bash"
                                 << ".bashrc"
                                 << "x=1\n" + posix << QByteArray() << "/usr/bin:/bin"
                                 << "-"
                                 << "/opt/cuda-12.6/bin:/usr/bin:/bin"
                                 << "/opt/cuda-12.6/lib64:/opt/cudnn/lib"
                                 << "/opt/cuda-12.6";
        QTest::newRow("profile-only") << "/usr/bin/zsh"
                                      << ".zshrc" << QByteArray("# zsh\n") << posix << "/usr/bin"
                                      << "/pre"
                                      << "/opt/cuda-12.6/bin:/usr/bin"
                                      << "/opt/cuda-12.6/lib64:/opt/cudnn/lib:/pre"
                                      << "/opt/cuda-12.6";
        QTest::newRow("already-on-path")
            << "/bin/bash"
            << ".bashrc" << posix << posix << "/usr/bin:/opt/cuda-12.6/bin"
            << "-"
            << "/opt/cuda-12.6/bin:/usr/bin"
            << "/opt/cuda-12.6/lib64:/opt/cudnn/lib"
            << "/opt/cuda-12.6";
        QTest::newRow("fish") << "/usr/bin/fish"
                              << ".config/fish/config.fish" << fish << QByteArray() << "/usr/bin"
                              << ""
                              << "/opt/cuda-12.6/bin:/usr/bin"
                              << "/opt/cuda-12.6/lib64:/opt/cudnn/lib"
                              << "/opt/cuda-12.6";
        QTest::newRow("moved-lines")
            << "/bin/bash"
            << ".bashrc" << moved << QByteArray() << "/usr/local/cuda-10.0/bin:/usr/bin"
            << "/usr/local/cuda-10.0/lib64"
            << "/opt/cuda-12.6/bin:/usr/bin"
            << "/opt/cuda-12.6/lib64"
            << "/opt/cuda-12.6";
        QTest::newRow("no-block") << "/bin/bash"
                                  << ".bashrc" << QByteArray("x=1\n") << QByteArray() << "/usr/bin"
                                  << "-"
                                  << "/usr/bin"
                                  << "-"
                                  << "";
        QTest::newRow("damaged-block")
            << "/bin/bash"
            << ".bashrc" << QByteArray("# >>> gpu-setup >>>\nexport PATH=/x/bin\n") << QByteArray()
            << "/usr/bin"
            << "-"
            << "/usr/bin"
            << "-"
            << "";
    }
    void overlayFromBlock()
    {
        QFETCH(QString, shell);
        QFETCH(QString, rcFile);
        QFETCH(QByteArray, rc);
        QFETCH(QByteArray, profile);
        QFETCH(QString, basePath);
        QFETCH(QString, baseLd);
        QFETCH(QString, path);
        QFETCH(QString, ld);
        QFETCH(QString, cudaHome);
        SnapshotBuilder b;
        b.user("student");
        b.home("/home/student");
        b.env("SHELL", shell);
        b.env("PATH", basePath);
        b.env("HOME", "/home/student");
        if (baseLd != "-") b.env("LD_LIBRARY_PATH", baseLd);
        b.file("/home/student/" + rcFile, rc);
        if (!profile.isEmpty()) b.file("/home/student/.profile", profile);
        auto inner = b.open();
        QVERIFY(inner);
        const auto shellHost = EnvOverlayHost::forNewLoginShell(*inner);
        QCOMPARE(shellHost->env("PATH"), path);
        QCOMPARE(shellHost->environment().value("PATH"), path);
        if (ld == "-")
            QVERIFY(!shellHost->environment().contains("LD_LIBRARY_PATH"));
        else
            QCOMPARE(shellHost->env("LD_LIBRARY_PATH"), ld);
        QCOMPARE(shellHost->env("CUDA_HOME"), cudaHome);
        QCOMPARE(shellHost->env("HOME"), QString("/home/student")); // the rest passes through
        QCOMPARE(inner->env("PATH"), basePath);                     // the inner host unchanged
        QCOMPARE(shellHost->home(), inner->home());
    }

    // Commands through the overlay run with its environment: argv[0] is found on the overlaid
    // PATH and the child sees the overlaid variables (a real process, a temp toolkit folder).
    void overlayRunsWithItsEnvironment()
    {
        QTemporaryDir t;
        const QString tool = t.path() + "/cuda-99.9/bin/fake-nvcc";
        writeFile(tool, "#!/bin/sh\necho \"CUDA_HOME=$CUDA_HOME\"\n");
        QFile::setPermissions(tool, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        RealHost real;
        QCOMPARE(real.run({"fake-nvcc"}, 5000).status, CommandResult::Status::NotInstalled);
        const QMap<QString, EnvChange> overrides{
            {"PATH", {t.path() + "/cuda-99.9/bin:/usr/bin:/bin", true}},
            {"CUDA_HOME", {t.path() + "/cuda-99.9", true}},
            {"LD_LIBRARY_PATH", {QString(), false}}};
        EnvOverlayHost overlay(real, overrides);
        const CommandResult r = overlay.run({"fake-nvcc"}, 5000);
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QCOMPARE(r.out().trimmed(), "CUDA_HOME=" + t.path() + "/cuda-99.9");
        QCOMPARE(overlay.which("fake-nvcc"), tool);
        QVERIFY(!overlay.environment().contains("LD_LIBRARY_PATH"));
        QVERIFY(overlay.env("LD_LIBRARY_PATH").isNull());
    }

    void recordingRoundTrip()
    {
        QTemporaryDir dir;
        const QString fs = dir.path() + "/src/fs";
        writeFile(dir.path() + "/src/host.json",
                  R"({"user":"u","home":"/home/u","env":{"PATH":"/usr/bin","SECRET_TOKEN":"x"},
            "commands":{"uname -m":{"exit":0,"stdout":"cmd/u"}},"nvml":{"state":"absent","library":"","error":"nope","driverVersion":"","nvmlVersion":"","cudaDriverVersion":0,"devices":[]}})");
        writeFile(dir.path() + "/src/cmd/u", "x86_64\n");
        writeFile(fs + "/opt/a/file.txt", "content");
        writeFile(fs + "/opt/a/other.txt", "unread");
        makeLink("a", fs + "/opt/b");
        auto src = SnapshotHost::open(dir.path() + "/src", nullptr);
        QVERIFY(src);
        RecordingHost rec(*src);
        QCOMPARE(rec.readText("/opt/b/file.txt"), QStringLiteral("content"));
        QCOMPARE(rec.entries("/opt/a").size(), 2);
        QCOMPARE(rec.run({"uname", "-m"}, 1000).out(), QStringLiteral("x86_64\n"));
        QCOMPARE(int(rec.run({"missing"}, 1000).status), int(CommandResult::Status::NotInstalled));
        QCOMPARE(rec.nvml().error, QStringLiteral("nope"));
        QCOMPARE(rec.env("PATH"), QStringLiteral("/usr/bin"));

        SnapshotSummary sum;
        QString error;
        QVERIFY2(writeSnapshot(rec, dir.path() + "/copy", &sum, &error), qPrintable(error));
        QCOMPARE(sum.commands, 1);
        QCOMPARE(sum.links, 1);
        auto copy = SnapshotHost::open(dir.path() + "/copy", &error);
        QVERIFY2(copy, qPrintable(error));
        QCOMPARE(copy->readText("/opt/b/file.txt"), QStringLiteral("content"));
        QCOMPARE(copy->readLink("/opt/b"), QStringLiteral("a"));
        QCOMPARE(copy->entries("/opt/a"), (QStringList{"file.txt", "other.txt"}));
        QCOMPARE(copy->run({"uname", "-m"}, 1000).out(), QStringLiteral("x86_64\n"));
        QCOMPARE(copy->nvml().state, FactState::Absent);
        QCOMPARE(copy->user(), QStringLiteral("u"));
        // Only what the probes read (plus the basics) is kept of the environment.
        QVERIFY(!copy->environment().contains("SECRET_TOKEN"));
        // Writing into a non-empty folder is refused, in one sentence.
        QVERIFY(!writeSnapshot(rec, dir.path() + "/copy", &sum, &error));
        QVERIFY(error.contains("not empty"));
    }
};

QTEST_GUILESS_MAIN(TestHost)
#include "tst_host.moc"
