// The installer operations against test installers built here: a runfile-shaped script that
// honours exactly the flags NVIDIA's does (and fails the test if --driver reaches it), a
// cuDNN-shaped archive, fake apt-get / ubuntu-drivers / pkexec on PATH. Covers dry runs that
// touch nothing, cancel, failures that leave nothing partial, and the helper path end to end.
#include "TestSnapshot.h"
#include "actions/CudnnInstallOperation.h"
#include "actions/DriverInstallOperation.h"
#include "actions/HelperOperation.h"
#include "actions/MokEnrollOperation.h"
#include "actions/RunfileOperation.h"
#include "actions/StepOperations.h"
#include "advice/Plan.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <thread>
#include <unistd.h>

using namespace gpusetup;
using namespace gpusetup::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeScript(const QString &path, const QByteArray &body)
{
    writeFile(path, "#!/bin/sh\n" + body);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                    QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                    QFile::ExeOther);
}

OperationResult runToEnd(Operation &op, int timeoutMs = 20000)
{
    QSignalSpy done(&op, &Operation::finished);
    op.start();
    if (done.isEmpty()) done.wait(timeoutMs);
    if (done.size() != 1) return {false, false, QStringLiteral("no finished()"), {}};
    return done.first().first().value<OperationResult>();
}

QList<Step> planSteps(const QString &host, const QString &stage)
{
    const auto j = Json::parse(readAll(hostsDir() + "/" + host + "/plan.json").toStdString());
    Plan p = j.get<Plan>();
    for (const StagePlan &s : p.stages)
        if (QString::fromStdString(Json(s.id).get<std::string>()) == stage) return s.steps;
    return {};
}

} // namespace

class TestInstallers : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_bin;     // fake gcc, make, apt-get, ubuntu-drivers, update-initramfs, pkexec
    QString m_runfile; // the fake CUDA runfile
    QString m_archive; // the fake cuDNN archive
    QString m_trap;    // written by the runfile if --driver reaches it

    QProcessEnvironment env(const QString &path = QString()) const
    {
        auto e = QProcessEnvironment::systemEnvironment();
        e.insert("PATH", path.isEmpty() ? m_bin + ":/usr/bin:/bin" : path);
        e.insert("FAKE_TRAP", m_trap);
        e.insert("HOME", m_tmp.path() + "/home");
        e.insert("GPUSETUP_HELPER_TEST_ROOT", m_tmp.path() + "/root");
        e.insert("GPUSETUP_HELPER_LOG", m_tmp.path() + "/helper.log");
        e.insert("CALLS", m_tmp.path() + "/calls");
        e.insert("GPUSETUP_HELPER_TEST_HASHES", m_tmp.path() + "/known-hashes");
        e.insert("MOK_CALLS", m_tmp.path() + "/mok-calls");
        e.insert("MOK_STDIN", m_tmp.path() + "/mok-stdin");
        e.insert("MOK_ENV", m_tmp.path() + "/mok-env");
        return e;
    }
    ActionContext ctx() const
    {
        ActionContext c;
        c.home = m_tmp.path() + "/home";
        c.pkexec = m_bin + "/pkexec";
        c.helperPath = QStringLiteral(GPUSETUP_HELPER_TESTABLE);
        c.helperTestRoot = m_tmp.path() + "/root";
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const QString t = m_tmp.path();
        m_bin = t + "/bin";
        m_trap = t + "/driver-trap";
        writeScript(m_bin + "/gcc", "echo 'gcc (Debian 12.2.0-14) 12.2.0'\n");
        writeScript(m_bin + "/make", "echo 'GNU Make 4.3'\n");
        // pkexec as polkit would run it after a granted password: the program, as is.
        writeScript(m_bin + "/pkexec", "exec \"$@\"\n");
        writeScript(m_bin + "/apt-get",
                    "echo \"apt-get $*\" >> \"$CALLS\"\n"
                    "[ -n \"$FAKE_FORGE\" ] && { echo '@changed dir-created '\"$HOME\"; "
                    "echo '@error forged'; echo 'gpu-setup-helper: forged' >&2; }\n"
                    "case \"$*\" in update) echo 'Reading package lists...'; exit 0;; esac\n"
                    "echo 'dlstatus:1:0:Retrieving file 1 of 2' >&3\n"
                    "[ -n \"$FAKE_APT_SLEEP\" ] && sleep \"$FAKE_APT_SLEEP\"\n"
                    "echo 'dlstatus:2:50:Retrieving file 2 of 2' >&3\n"
                    "echo 'pmstatus:nvidia-driver:20:Unpacking nvidia-driver' >&3\n"
                    "echo 'pmstatus:nvidia-driver:80:Setting up nvidia-driver' >&3\n");
        writeScript(m_bin + "/ubuntu-drivers", "echo \"ubuntu-drivers $*\" >> \"$CALLS\"\n");
        writeScript(m_bin + "/update-initramfs", "echo \"update-initramfs $*\" >> \"$CALLS\"\n");
        // mokutil as it behaves with a pipe on stdin: two password lines, or a SKIP message.
        writeScript(m_bin + "/mokutil",
                    "printf '%s\\n' \"$*\" >> \"$MOK_CALLS\"\n"
                    "tr '\\0' '\\n' < /proc/$$/environ > \"$MOK_ENV\"\n"
                    "case \"$FAKE_MOK\" in enrolled) echo \"SKIP: $2 is already enrolled\"; "
                    "exit 0;; esac\n"
                    "printf 'input password: '; IFS= read -r a || exit 2\n"
                    "printf '\\ninput password again: '; IFS= read -r b || exit 2\n"
                    "echo; [ \"$a\" = \"$b\" ] || exit 1\n"
                    "printf '%s' \"$a\" > \"$MOK_STDIN\"\n");
        const QString key = t + "/root/var/lib/shim-signed/mok/MOK.der";
        writeFile(key, fixture("mok/MOK.der"));
        for (QString d = QFileInfo(key).path(); d != t; d = QFileInfo(d).path())
            QFile::setPermissions(d, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                         QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                         QFile::ExeOther);
        QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                       QFile::ReadOther);

        // The runfile: NVIDIA's flags only; unknown flags fail; --driver springs the trap.
        const QByteArray nvccV = fixture("nvcc/feuyeux_cuda-12.5.82.txt");
        m_runfile = t + "/cuda_12.5.1_555.42.06_linux.run";
        writeScript(m_runfile,
                    "s=0; k=0; p=; d=; m=0\n"
                    "for a; do case \"$a\" in\n"
                    "  --silent) s=1;; --toolkit) k=1;; --no-man-page) m=1;;\n"
                    "  --toolkitpath=*) p=\"${a#--toolkitpath=}\";;\n"
                    "  --tmpdir=*) d=\"${a#--tmpdir=}\";;\n"
                    "  --driver) echo trap > \"$FAKE_TRAP\"; exit 97;;\n"
                    "  *) echo \"unknown option $a\" >&2; exit 3;;\n"
                    "esac; done\n"
                    "[ $s = 1 ] && [ $k = 1 ] && [ $m = 1 ] && [ -n \"$p\" ] && [ -d \"$d\" ] || "
                    "{ echo 'missing flags' >&2; exit 4; }\n"
                    "log=\"$d/cuda-installer.log\"; [ -w /var/log ] && [ \"$(id -u)\" = 0 ] && "
                    "[ -n \"$GPUSETUP_HELPER_TEST_ROOT\" ] && log=\"$d/cuda-installer.log\"\n"
                    "echo '[INFO]: Driver not installed.' > \"$log\"\n"
                    "mkdir -p \"$p/bin\" || exit 5\n"
                    "[ -n \"$FAKE_SLEEP\" ] && sleep \"$FAKE_SLEEP\"\n"
                    "printf '%s\\n' '#!/bin/sh' 'cat <<\"EOF\"' > \"$p/bin/nvcc\"\n"
                    "cat >> \"$p/bin/nvcc\" <<'XEOF'\n" +
                        nvccV +
                        "EOF\n"
                        "XEOF\n"
                        "chmod +x \"$p/bin/nvcc\"\n"
                        "echo '{\"cuda\":{\"version\":\"12.5.1\"}}' > \"$p/version.json\"\n"
                        "[ -n \"$FAKE_FAIL\" ] && { echo '[ERROR]: fake failure' >> \"$log\"; "
                        "exit 1; }\n"
                        "echo \"[INFO]: Toolkit installed in $p\" >> \"$log\"\n");

        // A cuDNN archive shaped like NVIDIA's: one top folder, include/ and lib/ with links.
        const QString top = t + "/src/cudnn-linux-x86_64-9.6.0.74_cuda12-archive";
        writeFile(top + "/include/cudnn_version.h",
                  fixture("cudnn/zspace_cudnn_version.h_9.6.0.txt"));
        writeFile(top + "/include/cudnn.h", "#include \"cudnn_version.h\"\n");
        writeFile(top + "/lib/libcudnn.so.9.6.0", QByteArray(200000, 'x'));
        makeLink("libcudnn.so.9.6.0", top + "/lib/libcudnn.so.9");
        makeLink("libcudnn.so.9", top + "/lib/libcudnn.so");
        writeFile(top + "/LICENSE", "license\n");
        m_archive = t + "/cudnn-linux-x86_64-9.6.0.74_cuda12-archive.tar.xz";
        QCOMPARE(QProcess::execute("tar", {"-cJf", m_archive, "-C", t + "/src",
                                           "cudnn-linux-x86_64-9.6.0.74_cuda12-archive"}),
                 0);
        // The test build of the helper takes these two as NVIDIA's.
        writeFile(
            t + "/known-hashes",
            QCryptographicHash::hash(readAll(m_runfile), QCryptographicHash::Sha256).toHex() +
                "\n" +
                QCryptographicHash::hash(readAll(m_archive), QCryptographicHash::Sha256).toHex() +
                "\n");
        QDir().mkpath(t + "/home");
        QDir().mkpath(t + "/tmpdir");
    }

    void cleanup()
    {
        QVERIFY2(!QFileInfo::exists(m_trap), "--driver reached the runfile");
        QFile::remove(m_tmp.path() + "/calls");
    }

    // ---- runfile, run as the user into a folder of their own
    void runfile_data()
    {
        QTest::addColumn<QString>("failure"); // "" = success
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("ok") << ""
                            << "V12.5.82";
        QTest::newRow("installer fails") << "fail"
                                         << "failed";
        QTest::newRow("bad sha") << "sha"
                                 << "checksum";
        QTest::newRow("no gcc") << "gcc"
                                << "gcc is missing";
        QTest::newRow("no space") << "space"
                                  << "3x";
        QTest::newRow("missing runfile") << "missing"
                                         << "not there";
    }
    void runfile()
    {
        QFETCH(QString, failure);
        QFETCH(QString, messagePart);
        const QString prefix = m_tmp.path() + "/home/cuda-12.5";
        RunfileSpec spec;
        spec.runfile = failure == "missing" ? m_tmp.path() + "/none.run" : m_runfile;
        spec.prefix = prefix;
        spec.tmpdir = m_tmp.path() + "/tmpdir";
        spec.sha256 = failure == "sha"
                          ? QString(64, '0')
                          : QString::fromLatin1(QCryptographicHash::hash(readAll(m_runfile),
                                                                         QCryptographicHash::Sha256)
                                                    .toHex());
        RunfileOperation op("toolkit.install", spec, ctx());
        op.setMode(RunfileOperation::Mode::Direct);
        auto e = env();
        if (failure == "fail") e.insert("FAKE_FAIL", "1");
        if (failure == "gcc") {
            // make only: gcc is nowhere on this PATH.
            writeScript(m_tmp.path() + "/onlymake/make", "echo make\n");
            e.insert("PATH", m_tmp.path() + "/onlymake");
        }
        op.setEnvironment(e);
        if (failure == "space") op.setFreeSpaceFunction([](const QString &) { return 1000; });
        QStringList logs;
        connect(&op, &Operation::logLine, [&](const QString &l) { logs << l; });
        const OperationResult r = runToEnd(op);
        QCOMPARE(r.ok, failure.isEmpty());
        QVERIFY2(r.message.contains(messagePart), qPrintable(r.message));
        if (failure.isEmpty()) {
            QVERIFY(QFileInfo(prefix + "/bin/nvcc").isExecutable());
            QVERIFY(QFileInfo::exists(prefix + "/version.json"));
            QVERIFY2(r.details.contains("Toolkit installed in " + prefix), qPrintable(r.details));
            QVERIFY(logs.contains("gcc: gcc (Debian 12.2.0-14) 12.2.0"));
            QVERIFY(op.canUndo());
            const auto changes = op.journalEntry().changes;
            QVERIFY(std::any_of(changes.begin(), changes.end(), [&](const JournalChange &c) {
                return c.kind == "dir-created" && c.path == prefix;
            }));
            QSignalSpy undone(&op, &Operation::undoFinished);
            op.undo();
            QVERIFY(undone.size() == 1 || undone.wait(5000));
            QVERIFY(undone.first().first().value<OperationResult>().ok);
            QVERIFY(!QFileInfo::exists(prefix));
        } else {
            QVERIFY2(!QFileInfo::exists(prefix), "a failed install left the toolkit folder");
            if (failure == "fail") QVERIFY(r.details.contains("[ERROR]: fake failure"));
        }
    }

    void runfileDryRun()
    {
        RunfileSpec spec{m_runfile, {}, m_tmp.path() + "/home/cuda-dry", m_tmp.path() + "/tmpdir"};
        RunfileOperation op("toolkit.install", spec, ctx());
        op.setMode(RunfileOperation::Mode::Direct);
        op.setDryRun(true);
        const OperationResult r = runToEnd(op);
        QVERIFY(r.ok);
        QVERIFY(!QFileInfo::exists(spec.prefix));
        const QStringList lines = op.dryRun();
        QVERIFY(lines.contains("mkdir -p " + spec.prefix));
        QVERIFY(lines.contains("sh " + m_runfile + " --silent --toolkit --toolkitpath=" +
                               spec.prefix + " --no-man-page --tmpdir=" + spec.tmpdir));
        QVERIFY(lines.join('\n').contains("3x"));
        // The same through the helper: the pkexec line and what root runs.
        op.setMode(RunfileOperation::Mode::Helper);
        const QString helperLines = op.dryRun().join('\n');
        QVERIFY2(helperLines.contains(m_bin +
                                      "/pkexec " GPUSETUP_HELPER_TESTABLE " run-cuda-runfile " +
                                      m_runfile + " " + spec.prefix + "\n"),
                 qPrintable(helperLines));
        // The helper unpacks in its own folder: the user's tmpdir is not part of the request.
        QVERIFY(!helperLines.contains(spec.tmpdir));
        QVERIFY(op.needsPrivilege());
        RunfileOperation system("toolkit.install",
                                {m_runfile, {}, "/usr/local/cuda-12.5", spec.tmpdir}, ctx());
        system.setMode(RunfileOperation::Mode::Helper);
        const QString root = system.dryRun().join('\n');
        QVERIFY2(root.contains("  as root: TMPDIR=/var/tmp/gpu-setup-helper.XXXXXX/tmp sh "
                               "/var/tmp/gpu-setup-helper.XXXXXX/cuda_12.5.1_555.42.06_linux.run "
                               "--silent --toolkit --toolkitpath=/usr/local/cuda-12.5 "
                               "--no-man-page --tmpdir=/var/tmp/gpu-setup-helper.XXXXXX/tmp"),
                 qPrintable(root));
        QVERIFY(!root.contains(spec.tmpdir));
    }

    void runfileCancel()
    {
        RunfileSpec spec{
            m_runfile, {}, m_tmp.path() + "/home/cuda-cancel", m_tmp.path() + "/tmpdir"};
        RunfileOperation op("toolkit.install", spec, ctx());
        op.setMode(RunfileOperation::Mode::Direct);
        auto e = env();
        e.insert("FAKE_SLEEP", "10");
        op.setEnvironment(e);
        QSignalSpy done(&op, &Operation::finished);
        op.start();
        // Wait until the installer has created the folder, then cancel.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(spec.prefix + "/bin"), 5000);
        QElapsedTimer t;
        t.start();
        op.cancel();
        QVERIFY(done.wait(2000) || done.size() == 1);
        QVERIFY(t.elapsed() < 1500);
        const auto r = done.first().first().value<OperationResult>();
        QVERIFY(r.cancelled);
        QVERIFY2(!QFileInfo::exists(spec.prefix), "cancel left a partial toolkit");
    }

    // The privileged path end to end: pkexec -> helper (test build) -> verified copy -> runfile.
    void runfileThroughHelper()
    {
        RunfileSpec spec{m_runfile, {}, "/usr/local/cuda-12.5", m_tmp.path() + "/tmpdir"};
        RunfileOperation op("toolkit.install", spec, ctx());
        op.setMode(RunfileOperation::Mode::Helper);
        op.setEnvironment(env());
        QList<double> progress;
        connect(&op, &Operation::progressChanged, [&](double f) { progress << f; });
        const OperationResult r = runToEnd(op);
        const QString root = m_tmp.path() + "/root";
        QVERIFY2(r.ok, qPrintable(r.message + r.details));
        QVERIFY(r.message.contains("V12.5.82"));
        QVERIFY(QFileInfo(root + "/usr/local/cuda-12.5/bin/nvcc").isExecutable());
        QVERIFY(readAll(m_tmp.path() + "/helper.log").contains("run-cuda-runfile"));
        QVERIFY(!progress.isEmpty());
        const auto changes = op.journalEntry().changes;
        QVERIFY(std::any_of(changes.begin(), changes.end(), [](const JournalChange &c) {
            return c.kind == "dir-created" && c.path == "/usr/local/cuda-12.5";
        }));
        // The user's process does not undo what root did (nor whatever a line claimed).
        QSignalSpy undone(&op, &Operation::undoFinished);
        op.undo();
        QVERIFY(undone.size() == 1 || undone.wait(5000));
        QVERIFY(!undone.first().first().value<OperationResult>().ok);
        QVERIFY(QFileInfo(root + "/usr/local/cuda-12.5/bin/nvcc").isExecutable());
    }

    // A runfile that is not NVIDIA's (not in the data, nor in the test list): the helper
    // refuses it and nothing is installed.
    void runfileUnknownThroughHelper()
    {
        const QString evil = m_tmp.path() + "/evil.run";
        writeScript(evil, "echo pwned > \"$FAKE_TRAP\"\n");
        RunfileSpec spec{evil, {}, "/usr/local/cuda-12.6", m_tmp.path() + "/tmpdir"};
        RunfileOperation op("toolkit.install", spec, ctx());
        op.setMode(RunfileOperation::Mode::Helper);
        op.setEnvironment(env());
        const OperationResult r = runToEnd(op);
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains("not one of NVIDIA's CUDA runfiles"), qPrintable(r.message));
        QVERIFY(!QFileInfo::exists(m_trap));
        QVERIFY(!QFileInfo::exists(m_tmp.path() + "/root/usr/local/cuda-12.6"));
    }

    // ---- cuDNN
    void cudnnUserDir()
    {
        CudnnSpec spec;
        spec.archive = m_archive;
        spec.userDir = m_tmp.path() + "/home/.local/cudnn-9.6-cuda12";
        CudnnInstallOperation dry("cudnn.install", spec, ctx());
        dry.setDryRun(true);
        QVERIFY(runToEnd(dry).ok);
        QVERIFY(!QFileInfo::exists(spec.userDir));
        QVERIFY(!QFileInfo::exists(spec.userDir + ".partial"));
        QVERIFY(dry.dryRun().contains("tar -xf " + m_archive + " -C " + spec.userDir +
                                      ".partial --strip-components=1 --no-same-owner"));

        CudnnInstallOperation op("cudnn.install", spec, ctx());
        const OperationResult r = runToEnd(op);
        QVERIFY2(r.ok, qPrintable(r.message + r.details));
        QCOMPARE(op.installedVersion(), QStringLiteral("9.6.0"));
        QCOMPARE(op.libraryDir(), spec.userDir + "/lib");
        QVERIFY(QFileInfo(spec.userDir + "/lib/libcudnn.so").isSymLink());
        QCOMPARE(QFile::symLinkTarget(spec.userDir + "/lib/libcudnn.so"),
                 spec.userDir + "/lib/libcudnn.so.9");
        QVERIFY(!QFileInfo::exists(spec.userDir + ".partial"));
        QVERIFY(r.message.contains("LD_LIBRARY_PATH"));
        // A second run refuses to overwrite it.
        CudnnInstallOperation again("cudnn.install", spec, ctx());
        QVERIFY(!runToEnd(again).ok);
        QSignalSpy undone(&op, &Operation::undoFinished);
        op.undo();
        QVERIFY(undone.size() == 1 || undone.wait(5000));
        QVERIFY(!QFileInfo::exists(spec.userDir));
    }

    void cudnnFailures_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("missing archive") << "missing";
        QTest::newRow("corrupt archive") << "corrupt";
        QTest::newRow("not cudnn") << "notcudnn";
    }
    void cudnnFailures()
    {
        QFETCH(QString, kind);
        CudnnSpec spec;
        spec.userDir = m_tmp.path() + "/home/.local/cudnn-bad";
        spec.archive = m_tmp.path() + "/bad.tar.xz";
        QFile::remove(spec.archive);
        if (kind == "corrupt") writeFile(spec.archive, QByteArray(5000, '\x5a'));
        if (kind == "notcudnn")
            QCOMPARE(QProcess::execute("tar", {"-cJf", spec.archive, "-C", m_tmp.path(), "bin"}),
                     0);
        CudnnInstallOperation op("cudnn.install", spec, ctx());
        const OperationResult r = runToEnd(op);
        QVERIFY(!r.ok);
        QVERIFY(!r.message.isEmpty());
        QVERIFY(!QFileInfo::exists(spec.userDir));
        QVERIFY(!QFileInfo::exists(spec.userDir + ".partial"));
    }

    void cudnnIntoToolkit_data()
    {
        QTest::addColumn<bool>("helper");
        QTest::newRow("user's toolkit") << false;
        QTest::newRow("through the helper") << true;
    }
    void cudnnIntoToolkit()
    {
        QFETCH(bool, helper);
        const QString root = m_tmp.path() + "/root";
        const QString tk =
            helper ? QStringLiteral("/usr/local/cuda-12.4") : m_tmp.path() + "/home/cuda-12.4";
        const QString real = helper ? root + tk : tk;
        QDir().mkpath(real + "/targets/x86_64-linux/lib");
        QDir().mkpath(real + "/include");
        QFile::link("targets/x86_64-linux/lib", real + "/lib64");
        writeFile(real + "/include/cudnn_version.h", "#define CUDNN_MAJOR 8\n"); // an older one
        CudnnSpec spec;
        spec.archive = m_archive;
        spec.toolkitDir = tk;
        spec.workDir = m_tmp.path() + "/home/.cache/gpu-setup/cudnn-unpacked";
        CudnnInstallOperation op("cudnn.install", spec, ctx());
        op.setMode(helper ? CudnnInstallOperation::Mode::Helper
                          : CudnnInstallOperation::Mode::Direct);
        op.setEnvironment(env());
        if (helper) {
            const QString d = op.dryRun().join('\n');
            // The archive itself goes to the helper, which checks and unpacks it as root.
            QVERIFY2(d.contains("install-cudnn " + m_archive + " /usr/local/cuda-12.4"),
                     qPrintable(d));
            QVERIFY(d.contains("  as root: copy " + m_archive));
            QVERIFY(d.contains("one of NVIDIA's cuDNN archives"));
            QVERIFY(!d.contains("tar "));
        }
        const OperationResult r = runToEnd(op);
        QVERIFY2(r.ok, qPrintable(r.message + r.details));
        QCOMPARE(op.installedVersion(), QStringLiteral("9.6.0"));
        QVERIFY(QFileInfo(real + "/lib64/libcudnn.so").isSymLink());
        QVERIFY(QFileInfo::exists(real + "/targets/x86_64-linux/lib/libcudnn.so.9.6.0"));
        QCOMPARE(readAll(real + "/include/cudnn_version.h"),
                 fixture("cudnn/zspace_cudnn_version.h_9.6.0.txt"));
        // The replaced header was kept.
        const QStringList backups =
            QDir(real).entryList({"gpu-setup-backup-*"}, QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(readAll(real + "/" + backups.first() + "/include/cudnn_version.h"),
                 QByteArray("#define CUDNN_MAJOR 8\n"));
        QVERIFY(!QFileInfo::exists(spec.workDir));
    }

    // ---- driver, from the advisor's real steps for the nouveau + Secure Boot laptop
    void driverStage()
    {
        const QList<Step> steps = planSteps("laptop-hybrid-nouveau-secureboot", "driver");
        QVERIFY(steps.size() >= 5);
        DriverInstallOperation op(steps, ctx());
        op.setEnvironment(env());
        // apt-update, ubuntu-drivers-install, blacklist-nouveau, then enroll-mok
        QCOMPARE(op.helperCalls(), 4);
        QVERIFY(op.needsMokPassword());
        const QString dry = op.dryRun().join('\n');
        QVERIFY2(dry.contains(m_bin + "/pkexec " GPUSETUP_HELPER_TESTABLE
                                      " ubuntu-drivers-install nvidia:580"),
                 qPrintable(dry));
        QVERIFY(dry.contains("  as root: ubuntu-drivers install nvidia:580"));
        QVERIFY(dry.contains("  as root: write /etc/modprobe.d/blacklist-nouveau.conf"));
        QVERIFY(dry.contains("# then by you: "));
        QVERIFY(dry.indexOf(" enroll-mok") < dry.indexOf("# then by you: "));
        QVERIFY(dry.contains("********"));
        // Without a password the MOK step is skipped and left to the user, saying why.
        const OperationResult r = runToEnd(op);
        QVERIFY(
            op.manualSteps().join(QLatin1Char(10)).contains(HelperOperation::mokNeedsPassword()));
        QVERIFY(!QFileInfo::exists(m_tmp.path() + "/mok-calls"));
        QVERIFY2(r.ok, qPrintable(r.message + r.details));
        QCOMPARE(QString::fromUtf8(readAll(m_tmp.path() + "/calls")),
                 QStringLiteral("apt-get update\nubuntu-drivers install nvidia:580\n"
                                "update-initramfs -u\n"));
        QCOMPARE(readAll(m_tmp.path() + "/root/etc/modprobe.d/blacklist-nouveau.conf"),
                 QByteArray("blacklist nouveau\noptions nouveau modeset=0\n"));
        const auto changes = op.journalEntry().changes;
        QVERIFY(std::any_of(changes.begin(), changes.end(), [](const JournalChange &c) {
            return c.kind == "file-created" && c.path == "/etc/modprobe.d/blacklist-nouveau.conf";
        }));

        // With the password: enroll-mok runs last and queues the key.
        QFile::remove(m_tmp.path() + "/calls");
        DriverInstallOperation withMok(steps, ctx());
        withMok.setEnvironment(env());
        withMok.setMokPassword("one-time pw");
        QStringList logs;
        connect(&withMok, &Operation::logLine, [&](const QString &l) { logs << l; });
        const OperationResult m = runToEnd(withMok);
        QVERIFY2(m.ok, qPrintable(m.message + m.details));
        QCOMPARE(readAll(m_tmp.path() + "/mok-stdin"), QByteArray("one-time pw"));
        QVERIFY(logs.join('\n').contains("Enroll MOK"));
        QVERIFY(!logs.join('\n').contains("one-time pw"));
        QVERIFY(!withMok.manualSteps()
                     .join(QLatin1Char(10))
                     .contains(HelperOperation::mokNeedsPassword()));
        // The journal gets one entry per step that ran, under the plan's ids (the report lists
        // driver.install, not the stage), each with its own outcome; without the password the
        // MOK step did not run and has none.
        auto ids = [](const QList<JournalEntry> &entries) {
            QStringList out;
            for (const JournalEntry &e : entries)
                out << e.id + ":" + e.outcome;
            return out;
        };
        QCOMPARE(ids(op.journalEntries()), QStringList({"driver.apt-update:ok", "driver.install:ok",
                                                        "driver.blacklist-nouveau:ok"}));
        QCOMPARE(ids(withMok.journalEntries()),
                 QStringList({"driver.apt-update:ok", "driver.install:ok",
                              "driver.blacklist-nouveau:ok", "driver.enroll-mok:ok"}));
        QFile::remove(m_tmp.path() + "/mok-calls");

        DriverInstallOperation server(steps, ctx(), true);
        QVERIFY(server.dryRun().join('\n').contains("ubuntu-drivers install --gpgpu nvidia:580"));
    }

    // ---- MOK: the password the student chose reaches mokutil, and only mokutil
    void mokEnroll_data()
    {
        QTest::addColumn<QString>("fake");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("outcome"); // "" = refused before pkexec
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("queued") << ""
                                << "S3cret pass!"
                                << "imported"
                                << "Enroll MOK";
        QTest::newRow("already enrolled") << "enrolled"
                                          << "S3cret pass!"
                                          << "enrolled"
                                          << "already enrolled";
        QTest::newRow("bad password") << ""
                                      << "tab\there"
                                      << ""
                                      << "control characters";
        QTest::newRow("empty password") << ""
                                        << ""
                                        << ""
                                        << "empty";
    }
    void mokEnroll()
    {
        QFETCH(QString, fake);
        QFETCH(QString, password);
        QFETCH(QString, outcome);
        QFETCH(QString, messagePart);
        for (const char *f : {"/mok-calls", "/mok-stdin", "/mok-env"})
            QFile::remove(m_tmp.path() + f);
        auto op = mokEnrollOperation(ctx(), password);
        auto *mok = qobject_cast<MokEnrollOperation *>(op.get());
        QVERIFY(mok);
        auto e = env();
        e.insert("FAKE_MOK", fake);
        mok->setEnvironment(e);
        QVERIFY(op->needsPrivilege());
        const QString dry = op->dryRun().join('\n');
        QVERIFY2(dry.contains(m_bin + "/pkexec " GPUSETUP_HELPER_TESTABLE " enroll-mok"),
                 qPrintable(dry));
        QVERIFY(dry.contains("mokutil --import "));
        QVERIFY(dry.contains("********"));
        QStringList logs;
        connect(op.get(), &Operation::logLine, [&](const QString &l) { logs << l; });
        const OperationResult r = runToEnd(*op);
        QCOMPARE(r.ok, !outcome.isEmpty());
        QVERIFY2(r.message.contains(messagePart), qPrintable(r.message + r.details));
        const JournalEntry j = op->journalEntry();
        QVERIFY(j.privileged);
        if (outcome.isEmpty()) {
            QVERIFY2(!QFileInfo::exists(m_tmp.path() + "/mok-calls"), "mokutil ran anyway");
            return;
        }
        QCOMPARE(mok->outcome(), outcome);
        QCOMPARE(mok->key(), QStringLiteral("/var/lib/shim-signed/mok/MOK.der"));
        QCOMPARE(QString::fromUtf8(readAll(m_tmp.path() + "/mok-calls")),
                 "--import " + m_tmp.path() + "/root/var/lib/shim-signed/mok/MOK.der\n");
        const bool queued =
            std::any_of(j.changes.begin(), j.changes.end(), [](const JournalChange &c) {
                return c.kind == "command" && c.path.startsWith("mokutil --import ");
            });
        QCOMPARE(queued, outcome == "imported");
        if (outcome == "imported")
            QCOMPARE(readAll(m_tmp.path() + "/mok-stdin"), password.toUtf8());
        // Nowhere else: not in what ran (argv), the child's environment, the log lines, the
        // journal entry (as the report would show it) or the helper's log.
        const QByteArray pw = password.toUtf8();
        QVERIFY(!readAll(m_tmp.path() + "/mok-env").contains(pw));
        QVERIFY(!mok->argv().join(' ').toUtf8().contains(pw));
        QVERIFY(!logs.join('\n').toUtf8().contains(pw));
        QVERIFY(!QByteArray::fromStdString(Json(j).dump()).contains(pw));
        QVERIFY(!readAll(m_tmp.path() + "/helper.log").contains(pw));
        QVERIFY(j.commands.join('\n').contains("********"));
    }

    // The CLI's question: twice, echo off on a terminal; from a pipe two plain lines.
    void mokAskPassword_data()
    {
        QTest::addColumn<QByteArray>("typed");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("why");
        QTest::newRow("same twice") << QByteArray("my pass\nmy pass\n") << true << "";
        QTest::newRow("differ") << QByteArray("my pass\nmy pas\n") << false << "differ";
        QTest::newRow("one line") << QByteArray("my pass\n") << false << "No MOK password";
        QTest::newRow("control") << QByteArray("a\x01b\na\x01b\n") << false << "control";
    }
    void mokAskPassword()
    {
        QFETCH(QByteArray, typed);
        QFETCH(bool, ok);
        QFETCH(QString, why);
        int fds[2];
        QVERIFY(::pipe(fds) == 0);
        QCOMPARE(::write(fds[1], typed.constData(), size_t(typed.size())), ssize_t(typed.size()));
        ::close(fds[1]);
        QString pw, got;
        QCOMPARE(MokEnrollOperation::askPassword(fds[0], -1, &pw, &got), ok);
        ::close(fds[0]);
        if (ok)
            QCOMPARE(pw, QStringLiteral("my pass"));
        else
            QVERIFY2(got.contains(why), qPrintable(got));
    }
    void mokAskPasswordTerminal()
    {
        const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
        QVERIFY(master >= 0);
        QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
        const int slave = ::open(::ptsname(master), O_RDWR | O_NOCTTY);
        QVERIFY(slave >= 0);
        QString pw, why;
        std::atomic_bool ok{false};
        std::thread reader([&] { ok = MokEnrollOperation::askPassword(slave, slave, &pw, &why); });
        // Type each line only once echo is off, as a person would after the prompt.
        QByteArray screen;
        auto drain = [&] {
            char buf[512];
            for (;;) {
                pollfd p{master, POLLIN, 0};
                if (::poll(&p, 1, 50) <= 0) break;
                const ssize_t n = ::read(master, buf, sizeof buf);
                if (n <= 0) break;
                screen.append(buf, int(n));
            }
        };
        for (const char *prompt : {"one-time MOK password", "Type the same password again"}) {
            QTRY_VERIFY_WITH_TIMEOUT((drain(), screen.contains(prompt)), 5000);
            struct termios t;
            QTRY_VERIFY_WITH_TIMEOUT(::tcgetattr(slave, &t) == 0 && !(t.c_lflag & ECHO), 5000);
            QCOMPARE(::write(master, "hunter2 x\n", 10), ssize_t(10));
        }
        reader.join();
        drain();
        QVERIFY2(ok, qPrintable(why));
        QCOMPARE(pw, QStringLiteral("hunter2 x"));
        QVERIFY2(!screen.contains("hunter2"), screen.constData()); // never echoed
        struct termios after;
        QVERIFY(::tcgetattr(slave, &after) == 0 && (after.c_lflag & ECHO)); // restored
        ::close(slave);
        ::close(master);
    }

    // Debian's apt-get install path: Status-Fd progress reaches the operation.
    void aptProgress()
    {
        Step s;
        s.id = "driver.install";
        s.kind = "command";
        s.privileged = true;
        s.argv = QStringList{"apt-get", "install", "-y", "nvidia-driver", "linux-headers-amd64"};
        auto op = HelperOperation::fromStep(s, ctx());
        QVERIFY(op);
        QCOMPARE(op->verb(), QStringLiteral("install-driver"));
        op->setEnvironment(env());
        QList<double> progress;
        QStringList status;
        connect(op.get(), &Operation::progressChanged, [&](double f) { progress << f; });
        connect(op.get(), &Operation::statusChanged, [&](const QString &t) { status << t; });
        const OperationResult r = runToEnd(*op);
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY2(progress.contains(0.25) && progress.contains(0.6) && progress.contains(0.9),
                 qPrintable(QString::number(progress.size())));
        QVERIFY(status.contains("Unpacking nvidia-driver"));
        QCOMPARE(QString::fromUtf8(readAll(m_tmp.path() + "/calls")),
                 QStringLiteral("apt-get install -y -o APT::Status-Fd=3 nvidia-driver "
                                "linux-headers-amd64\n"));
    }

    // Cancel reaches the root helper through its stdin; apt is stopped before dpkg runs.
    void helperCancel()
    {
        HelperOperation op("driver.install", "install", "install-driver", {"nvidia-driver"},
                           m_bin + "/pkexec", GPUSETUP_HELPER_TESTABLE);
        auto e = env();
        e.insert("FAKE_APT_SLEEP", "10");
        op.setEnvironment(e);
        QSignalSpy done(&op, &Operation::finished);
        op.start();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(m_tmp.path() + "/calls"), 5000);
        QTest::qWait(200);
        QElapsedTimer t;
        t.start();
        op.cancel();
        QVERIFY(done.wait(2000) || done.size() == 1);
        QVERIFY(t.elapsed() < 1500);
        QVERIFY(done.first().first().value<OperationResult>().cancelled);
    }

    // A program run as root prints lines shaped like the helper's protocol: the journal takes
    // none of them as a change (its undo would remove the user's home), nor as the verdict.
    void forgedProtocolNotJournaled()
    {
        HelperOperation op("driver.apt-update", "update", "apt-update", {}, m_bin + "/pkexec",
                           GPUSETUP_HELPER_TESTABLE);
        auto e = env();
        e.insert("FAKE_FORGE", "1");
        op.setEnvironment(e);
        QStringList logs;
        connect(&op, &Operation::logLine, [&](const QString &l) { logs << l; });
        const OperationResult r = runToEnd(op);
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(!r.message.contains("forged"));
        for (const JournalChange &c : op.journalEntry().changes)
            QVERIFY2(c.kind == "command", qPrintable(c.kind + " " + c.path));
        QVERIFY(logs.contains("@changed dir-created " + m_tmp.path() + "/home")); // just text
    }

    void helperRefusal()
    {
        HelperOperation op("x", "x", "install-driver", {"nvidia-driver;reboot"}, m_bin + "/pkexec",
                           GPUSETUP_HELPER_TESTABLE);
        QVERIFY(op.dryRun().join('\n').contains("the helper would refuse"));
        op.setEnvironment(env());
        const OperationResult r = runToEnd(op);
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains("not an NVIDIA driver package"), qPrintable(r.message));
    }

    void stepMapping_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("argv");
        QTest::addColumn<bool>("privileged");
        QTest::addColumn<QString>("expect"); // verb, "runfile", "command" or "null:<why part>"
        QTest::newRow("apt-update")
            << "driver.apt-update" << QStringList{"apt-get", "update"} << true << "apt-update";
        QTest::newRow("ubuntu-drivers")
            << "driver.install" << QStringList{"ubuntu-drivers", "install", "nvidia:580"} << true
            << "ubuntu-drivers-install";
        QTest::newRow("debian apt")
            << "driver.install"
            << QStringList{"apt-get", "install", "-y", "nvidia-driver", "linux-headers-amd64"}
            << true << "install-driver";
        QTest::newRow("initramfs")
            << "driver.update-initramfs" << QStringList{"update-initramfs", "-u"} << true
            << "update-initramfs";
        QTest::newRow("mok") << "driver.mok-import"
                             << QStringList{"mokutil", "--import",
                                            "/var/lib/shim-signed/mok/MOK.der"}
                             << true << "null:password";
        QTest::newRow("enroll-mok")
            << "driver.enroll-mok"
            << QStringList{"mokutil", "--import", "/var/lib/shim-signed/mok/MOK.der"} << true
            << "null:password";
        QTest::newRow("gcc") << "toolkit.install-gcc"
                             << QStringList{"apt-get", "install", "-y", "build-essential"} << true
                             << "install-build-essential";
        QTest::newRow("runfile root")
            << "toolkit.install"
            << QStringList{"sh",           "/home/s/Downloads/cuda.run",         "--silent",
                           "--toolkit",    "--toolkitpath=/usr/local/cuda-12.4", "--no-man-page",
                           "--tmpdir=/tmp"}
            << true << "runfile-helper";
        QTest::newRow("runfile user")
            << "toolkit.install"
            << QStringList{"sh",           "/home/s/Downloads/cuda.run",      "--silent",
                           "--toolkit",    "--toolkitpath=/home/s/cuda-12.4", "--no-man-page",
                           "--tmpdir=/tmp"}
            << false << "runfile-direct";
        // The helper takes NVIDIA's archive only, never a folder the user unpacked.
        QTest::newRow("cudnn copy root")
            << "cudnn.copy-headers"
            << QStringList{"cp", "-a", "/home/s/Downloads/cudnn-9/include/.",
                           "/usr/local/cuda-12.4/include/"}
            << true << "null:archive";
        QTest::newRow("cudnn libs root")
            << "cudnn.copy-libraries"
            << QStringList{"cp", "-a", "/home/s/Downloads/cudnn-9/lib/.",
                           "/usr/local/cuda-12.4/lib64/"}
            << true << "null:archive";
        QTest::newRow("bad package never reaches pkexec")
            << "driver.install" << QStringList{"apt-get", "install", "-y", "nvidia-driver;id"}
            << true << "null:not an NVIDIA";
        QTest::newRow("unprivileged extract")
            << "cudnn.extract" << QStringList{"tar", "-xJf", "/a.tar.xz", "-C", "/b"} << false
            << "command";
    }
    void stepMapping()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, argv);
        QFETCH(bool, privileged);
        QFETCH(QString, expect);
        Step s;
        s.id = id;
        s.kind = "command";
        s.argv = argv;
        s.privileged = privileged;
        s.description = id;
        QString why;
        auto op = operationForStep(s, ctx(), &why);
        if (expect.startsWith("null:")) {
            QVERIFY(!op);
            QVERIFY2(why.contains(expect.mid(5)), qPrintable(why));
            return;
        }
        QVERIFY2(op, qPrintable(why));
        QCOMPARE(op->needsPrivilege(), privileged);
        if (expect.startsWith("runfile")) {
            auto *r = qobject_cast<RunfileOperation *>(op.get());
            QVERIFY(r);
            QCOMPARE(r->usesHelper(), expect == "runfile-helper");
        } else if (expect == "command") {
            QVERIFY(qobject_cast<CommandOperation *>(op.get()));
        } else {
            auto *h = qobject_cast<HelperOperation *>(op.get());
            QVERIFY(h);
            QCOMPARE(h->verb(), expect);
            QCOMPARE(h->argv().mid(0, 2), (QStringList{ctx().pkexec, ctx().helperPath}));
        }
    }

    // gpu-setup install on snapshots: always a dry run with the exact commands.
    void cli_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exit");
        QTest::addColumn<QStringList>("mustContain");
        const QString laptop = hostsDir() + "/laptop-hybrid-nouveau-secureboot";
        QTest::newRow("driver laptop")
            << QStringList{"install", "driver", "--host", laptop} << 0
            << QStringList{"pkexec /usr/libexec/gpu-setup/gpu-setup-helper ubuntu-drivers-install "
                           "nvidia:580",
                           "as root: ubuntu-drivers install nvidia:580",
                           "as root: write /etc/modprobe.d/blacklist-nouveau.conf",
                           "by you: ",
                           "pkexec /usr/libexec/gpu-setup/gpu-setup-helper-mok enroll-mok",
                           "as root: mokutil --import <the DKMS signing key: "
                           "/var/lib/shim-signed/mok/MOK.der or /var/lib/dkms/mok.pub> (standard "
                           "input: the one-time password ******** twice)"};
        QTest::newRow("toolkit laptop")
            << QStringList{"install", "toolkit", "--host", laptop} << 0
            << QStringList{
                   "--silent --toolkit --toolkitpath=/usr/local/cuda-",
                   "gpu-setup-helper-nvidia run-cuda-runfile /home/student/Downloads/cuda_"};
        QTest::newRow("toolkit user prefix")
            << QStringList{"install", "toolkit",          "--host",
                           laptop,    "--toolkit-prefix", "/home/student/cuda"}
            << 0 << QStringList{"--toolkitpath=/home/student/cuda"};
        QTest::newRow("no stage") << QStringList{"install", "--host", laptop} << 2 << QStringList{};
        QTest::newRow("bad stage")
            << QStringList{"install", "gpu", "--host", laptop} << 2 << QStringList{};
        QTest::newRow("missing installer")
            << QStringList{"install", "toolkit", "--installer", "/nonexistent.run"} << 2
            << QStringList{};
        // A file of the user's is never handed to the root helper unless it is NVIDIA's.
        QTest::newRow("installer not NVIDIA's")
            << QStringList{"install",     "toolkit",
                           "--host",      laptop,
                           "--installer", QStringLiteral(GPUSETUP_TEST_DATA "/tst_installers.cpp")}
            << 2 << QStringList{};
    }
    void cli()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exit);
        QFETCH(QStringList, mustContain);
        int code = -1;
        QByteArray err;
        // Stands in for the real home: the run leaves nothing there (it logged to
        // ~/.local/state/gpu-setup before runCli gave it its own XDG folders).
        QTemporaryDir realHome;
        const QByteArray savedHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(realHome.path()));
        const QString out = QString::fromUtf8(runCli(args, &code, &err));
        qputenv("HOME", savedHome);
        QCOMPARE(
            QDir(realHome.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList());
        QCOMPARE(code, exit);
        if (exit == 2) QCOMPARE(err.count('\n'), 2); // the sentence + the --help hint
        if (QTest::currentDataTag() == QByteArray("installer not NVIDIA's"))
            QVERIFY2(err.contains("not one of NVIDIA's CUDA runfiles"), err.constData());
        for (const QString &m : mustContain)
            QVERIFY2(out.contains(m), qPrintable(m + "\n---\n" + out + err));
        if (exit == 0) QVERIFY(out.contains("Dry run"));
    }
};

QTEST_GUILESS_MAIN(TestInstallers)
#include "tst_installers.moc"
