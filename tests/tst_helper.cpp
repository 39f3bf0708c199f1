// The privileged helper's contract: every verb with every kind of bad argument is refused
// (by the validators and by the built binary in --check mode, exit 2, one sentence, nothing
// done), apt's Status-Fd becomes progress, and the root runner does exactly its job when driven
// through the test-only build with fake programs and a scratch root.
#include "TestSnapshot.h"
#include "actions/HelperRunner.h"
#include "actions/HelperVerbs.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <sys/stat.h>
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

// Makes root/rel (and every folder on the way) mode 0755, as the system's folders are, so
// that a test's umask cannot make them group-writable.
void mkdirs(const QString &root, const QString &rel)
{
    QDir().mkpath(root);
    QString p = root;
    for (const QString &c : rel.split('/', Qt::SkipEmptyParts)) {
        p += '/' + c;
        QDir().mkdir(p);
        QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                     QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                     QFile::ExeOther);
    }
}

// A system file under the scratch root: folders 0755, the file 0644.
void writeSystemFile(const QString &root, const QString &rel, const QByteArray &data)
{
    mkdirs(root, QFileInfo(rel).path());
    writeFile(root + rel, data);
    QFile::setPermissions(root + rel, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                          QFile::ReadOther);
}

void writeScript(const QString &path, const QByteArray &body)
{
    writeFile(path, "#!/bin/sh\n" + body);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                    QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                    QFile::ExeOther);
}

// A fake mokutil: records its argv (as it sees it and from /proc), its environment and the
// password lines it read from stdin; FAKE_MOK picks what the real one would print.
const QByteArray kFakeMokutil =
    "printf '%s\\n' \"$*\" >> \"$MOK_CALLS\"\n"
    "tr '\\0' ' ' < /proc/$$/cmdline >> \"$MOK_CALLS\"; echo >> \"$MOK_CALLS\"\n"
    "tr '\\0' '\\n' < /proc/$$/environ > \"$MOK_ENV\"\n"
    "[ -t 0 ] && { echo 'stdin is a terminal' >&2; exit 9; }\n"
    "case \"$FAKE_MOK\" in\n"
    "  noefi) echo 'EFI variables are not supported on this system' >&2; exit 1;;\n"
    "  enrolled) echo \"SKIP: $2 is already enrolled\"; exit 0;;\n"
    "  pending) echo \"SKIP: $2 is already in the enrollement request\"; exit 0;;\n"
    "esac\n"
    "printf 'input password: '; IFS= read -r a || exit 2\n"
    "printf '\\ninput password again: '; IFS= read -r b || exit 2\n"
    "echo; [ \"$a\" = \"$b\" ] || { echo \"password doesn't match\" >&2; exit 1; }\n"
    "printf '%s' \"$a\" > \"$MOK_STDIN\"\n";

} // namespace

class TestHelper : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;         // under /tmp: an allowed prefix
    QString m_root;              // scratch "/" for the test-only helper
    QString m_sha;               // the fake runfile's SHA-256, accepted by the test build
    QString m_evilSha;           // a script of the caller's, with its own checksum
    QString m_hashes;            // GPUSETUP_HELPER_TEST_HASHES
    QStringList m_knownArchives; // the test cuDNN archives the test build takes

    QString sub(QString s) const
    {
        s.replace(QLatin1String("$T"), m_tmp.path());
        s.replace(QLatin1String("$EVILSHA"), m_evilSha);
        return s;
    }
    // The test's own runfile is "NVIDIA's" for the test build: its SHA-256 goes in the list.
    void setKnownRunfile(const QByteArray &bytes)
    {
        m_sha = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        writeFile(m_hashes, (QStringList{m_sha} + m_knownArchives).join('\n').toLatin1() + "\n");
    }
    // A cuDNN archive made from $T/NAME (one top folder, as NVIDIA's), taken as NVIDIA's.
    QString makeArchive(const QString &name, bool known = true)
    {
        const QString archive = m_tmp.path() + "/" + name + ".tar.xz";
        QFile::remove(archive);
        if (QProcess::execute("tar", {"-cJf", archive, "-C", m_tmp.path(), name}) != 0) return {};
        if (known) {
            m_knownArchives << QString::fromLatin1(
                QCryptographicHash::hash(readAll(archive), QCryptographicHash::Sha256).toHex());
            setKnownRunfile(readAll(m_tmp.path() + "/cuda.run"));
        }
        return archive;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY(m_tmp.path().startsWith(QLatin1String("/tmp/")));
        const QString t = m_tmp.path();
        m_hashes = t + "/known-hashes";
        writeFile(t + "/cuda.run", "#!/bin/sh\necho fake runfile\n");
        setKnownRunfile("#!/bin/sh\necho fake runfile\n");
        writeFile(t + "/evil.run", "#!/bin/sh\nid > /tmp/pwned\n");
        // The same NVIDIA bytes reached through a symlinked folder, as a FIFO, with two links.
        writeFile(t + "/real/cuda.run", "#!/bin/sh\necho fake runfile\n");
        makeLink(t + "/real", t + "/ldir/sub");
        QVERIFY(::mkfifo(QFile::encodeName(t + "/fifo.run").constData(), 0644) == 0);
        writeFile(t + "/h1.run", "#!/bin/sh\necho fake runfile\n");
        QVERIFY(::link(QFile::encodeName(t + "/h1.run").constData(),
                       QFile::encodeName(t + "/h2.run").constData()) == 0);
        makeLink(t, t + "/lcud");
        m_evilSha = QString::fromLatin1(
            QCryptographicHash::hash("#!/bin/sh\nid > /tmp/pwned\n", QCryptographicHash::Sha256)
                .toHex());
        makeLink(t + "/cuda.run", t + "/link.run");
        QDir().mkpath(t + "/work");
        QDir().mkpath(t + "/empty");
        // An extracted cuDNN archive, and one with a symlink leading out of its folder.
        for (const QString &d : {QStringLiteral("/cudnn"), QStringLiteral("/evil")}) {
            writeFile(t + d + "/include/cudnn_version.h",
                      fixture("cudnn/zspace_cudnn_version.h_9.6.0.txt"));
            writeFile(t + d + "/lib/libcudnn.so.9.6.0", "ELF");
            makeLink("libcudnn.so.9.6.0", t + d + "/lib/libcudnn.so.9");
        }
        makeLink("/etc/shadow", t + "/evil/lib/libcudnn_ops.so");
        // Archives of them: the test build takes cudnn.tar.xz and evil.tar.xz as NVIDIA's.
        QVERIFY(!makeArchive("cudnn").isEmpty());
        QVERIFY(!makeArchive("evil").isEmpty());
        QVERIFY(!makeArchive("empty").isEmpty());
        QVERIFY(!makeArchive("work", false).isEmpty()); // "other.tar.xz": unknown
        QVERIFY(QFile::rename(t + "/work.tar.xz", t + "/other.tar.xz"));
        makeLink(t + "/cudnn.tar.xz", t + "/cudnn-link.tar.xz");
        m_root = t + "/root";
        // The toolkit: root's folders (here: the user's, standing in for root), mode 0755,
        // include/ and lib64/ links into targets/<arch>/ as NVIDIA lays them out.
        mkdirs(m_root, "/usr/local/cuda-12.4/targets/x86_64-linux/lib");
        mkdirs(m_root, "/usr/local/cuda-12.4/targets/x86_64-linux/include");
        makeLink("targets/x86_64-linux/lib", m_root + "/usr/local/cuda-12.4/lib64");
        makeLink("targets/x86_64-linux/include", m_root + "/usr/local/cuda-12.4/include");
        // One that others can write into.
        mkdirs(m_root, "/usr/local/cuda-11.8");
        QVERIFY(::chmod(QFile::encodeName(m_root + "/usr/local/cuda-11.8").constData(), 0777) == 0);
        writeSystemFile(m_root, "/var/lib/shim-signed/mok/MOK.der", fixture("mok/MOK.der"));
    }

    void validate_data()
    {
        QTest::addColumn<QString>("args"); // joined by '|'
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("why"); // part of the sentence when refused
        auto ok = [](const char *name, const QString &args) {
            QTest::newRow(name) << args << true << QString();
        };
        auto no = [](const char *name, const QString &args, const QString &why) {
            QTest::newRow(name) << args << false << why;
        };
        ok("apt-update", "apt-update");
        no("apt-update extra", "apt-update|-y", "no arguments");
        ok("driver plain", "install-driver|nvidia-driver");
        ok("driver 550", "install-driver|nvidia-driver-550");
        ok("driver server open", "install-driver|nvidia-driver-570-server-open");
        ok("driver tesla + headers", "install-driver|nvidia-tesla-470-driver|linux-headers-amd64");
        no("driver ;", "install-driver|nvidia-driver-550;rm -rf /", "not an NVIDIA driver");
        no("driver space", "install-driver|nvidia-driver-550 ", "not an NVIDIA driver");
        no("driver inner space", "install-driver|nvidia driver", "not an NVIDIA driver");
        no("driver newline", "install-driver|nvidia-driver-550\nevil", "line break");
        no("driver two digits", "install-driver|nvidia-driver-55", "not an NVIDIA driver");
        no("driver option", "install-driver|--allow-unauthenticated", "not an NVIDIA driver");
        no("driver other package", "install-driver|linux-image-generic", "not an NVIDIA driver");
        no("driver empty", "install-driver|", "not an NVIDIA driver");
        no("driver none", "install-driver", "takes");
        no("driver bad headers", "install-driver|nvidia-driver|linux-headers-generic", "headers");
        no("driver three", "install-driver|nvidia-driver|linux-headers-amd64|x", "takes");
        ok("ubuntu-drivers auto", "ubuntu-drivers-install");
        ok("ubuntu-drivers gpgpu", "ubuntu-drivers-install|--gpgpu");
        ok("ubuntu-drivers 580", "ubuntu-drivers-install|nvidia:580");
        ok("ubuntu-drivers server", "ubuntu-drivers-install|--gpgpu|nvidia:580-server");
        no("ubuntu-drivers autoinstall", "ubuntu-drivers-install|autoinstall", "not a driver");
        no("ubuntu-drivers short", "ubuntu-drivers-install|nvidia:58", "not a driver");
        no("ubuntu-drivers ;", "ubuntu-drivers-install|nvidia:580;ls", "not a driver");
        no("ubuntu-drivers order", "ubuntu-drivers-install|nvidia:580|--gpgpu", "not an option");
        no("ubuntu-drivers twice", "ubuntu-drivers-install|--gpgpu|--gpgpu", "not a driver");
        ok("blacklist", "blacklist-nouveau");
        no("blacklist arg", "blacklist-nouveau|/etc/passwd", "no arguments");
        ok("initramfs", "update-initramfs");
        no("initramfs arg", "update-initramfs|-k|all", "no arguments");
        ok("build-essential", "install-build-essential");
        // Only NVIDIA's runfiles (here: the test's own, listed in GPUSETUP_HELPER_TEST_HASHES);
        // no checksum and no temporary folder from the caller.
        ok("runfile", "run-cuda-runfile|$T/cuda.run|/usr/local/cuda-12.4");
        ok("runfile opt", "run-cuda-runfile|$T/cuda.run|/opt/cuda-12.4");
        no("runfile unknown to the data", "run-cuda-runfile|$T/evil.run|/usr/local/cuda-12.4",
           "not one of NVIDIA's CUDA runfiles");
        no("runfile with the caller's own checksum (the old form)",
           "run-cuda-runfile|$T/evil.run|$EVILSHA|/usr/local/cuda-12.4|$T/work", "takes");
        no("runfile with a tmpdir", "run-cuda-runfile|$T/cuda.run|/usr/local/cuda-12.4|/tmp",
           "takes");
        // The path is walked without following links; a FIFO does not block; a second link is
        // refused.
        no("runfile through a symlinked folder",
           "run-cuda-runfile|$T/ldir/sub/cuda.run|/usr/local/cuda-12.4", "symlink");
        no("runfile is a FIFO", "run-cuda-runfile|$T/fifo.run|/usr/local/cuda-12.4",
           "not a regular file");
        no("runfile with two links", "run-cuda-runfile|$T/h2.run|/usr/local/cuda-12.4",
           "hard links");
        no("runfile relative", "run-cuda-runfile|cuda.run|/usr/local/cuda-12.4", "absolute");
        no("runfile dotdot", "run-cuda-runfile|$T/work/../cuda.run|/usr/local/cuda-12.4",
           "plain form");
        no("runfile dot", "run-cuda-runfile|$T/./cuda.run|/usr/local/cuda-12.4", "plain form");
        no("runfile double slash", "run-cuda-runfile|$T//cuda.run|/usr/local/cuda-12.4",
           "plain form");
        no("runfile symlink", "run-cuda-runfile|$T/link.run|/usr/local/cuda-12.4", "symlink");
        no("runfile missing", "run-cuda-runfile|$T/none.run|/usr/local/cuda-12.4",
           "does not exist");
        no("runfile is a folder", "run-cuda-runfile|$T/work|/usr/local/cuda-12.4",
           "not a regular file");
        no("runfile /etc", "run-cuda-runfile|/etc/passwd|/usr/local/cuda-12.4", "outside");
        no("runfile /opt", "run-cuda-runfile|/opt/cuda.run|/usr/local/cuda-12.4", "outside");
        no("runfile /home itself", "run-cuda-runfile|/home/x|/usr/local/cuda-12.4", "outside");
        no("runfile space", "run-cuda-runfile|/tmp/a b.run|/usr/local/cuda-12.4", "space");
        no("runfile right-to-left override",
           QStringLiteral("run-cuda-runfile|$T/nur.") + QChar(0x202e) + "cuda|/usr/local/cuda-12.4",
           "control character");
        no("toolkit /usr", "run-cuda-runfile|$T/cuda.run|/usr", "/usr/local/cuda-X.Y");
        no("toolkit escape", "run-cuda-runfile|$T/cuda.run|/usr/local/cuda-12.4/../../etc",
           "/usr/local/cuda-X.Y");
        no("toolkit cuda link", "run-cuda-runfile|$T/cuda.run|/usr/local/cuda",
           "/usr/local/cuda-X.Y");
        no("toolkit slash", "run-cuda-runfile|$T/cuda.run|/usr/local/cuda-12.4/",
           "/usr/local/cuda-X.Y");
        no("toolkit home", "run-cuda-runfile|$T/cuda.run|/home/u/cuda-12.4", "/usr/local/cuda-X.Y");
        no("runfile 1 arg", "run-cuda-runfile|$T/cuda.run", "takes");
        // NVIDIA's archive (here: the test's own, listed), never a folder unpacked by the caller.
        ok("cudnn", "install-cudnn|$T/cudnn.tar.xz|/usr/local/cuda-12.4");
        no("cudnn archive unknown to the data",
           "install-cudnn|$T/other.tar.xz|/usr/local/cuda-12.4",
           "not one of NVIDIA's cuDNN archives");
        no("cudnn from an unpacked folder", "install-cudnn|$T/cudnn|/usr/local/cuda-12.4",
           "not a regular file");
        no("cudnn relative", "install-cudnn|cudnn.tar.xz|/usr/local/cuda-12.4", "absolute");
        no("cudnn symlink src", "install-cudnn|$T/cudnn-link.tar.xz|/usr/local/cuda-12.4",
           "symlink");
        no("cudnn src through a symlinked folder",
           "install-cudnn|$T/lcud/cudnn.tar.xz|/usr/local/cuda-12.4", "symlink");
        no("cudnn /etc", "install-cudnn|/etc/shadow|/usr/local/cuda-12.4", "outside");
        no("cudnn toolkit others can write", "install-cudnn|$T/cudnn.tar.xz|/usr/local/cuda-11.8",
           "can be changed by other users");
        no("cudnn toolkit /usr", "install-cudnn|$T/cudnn.tar.xz|/usr", "/usr/local/cuda-X.Y");
        no("cudnn toolkit escape", "install-cudnn|$T/cudnn.tar.xz|/usr/local/cuda-12.4/../../etc",
           "/usr/local/cuda-X.Y");
        no("cudnn toolkit missing", "install-cudnn|$T/cudnn.tar.xz|/usr/local/cuda-99.9",
           "does not exist");
        ok("enroll-mok", "enroll-mok");
        no("enroll-mok with a path", "enroll-mok|/etc/shadow", "no arguments");
        no("unknown verb", "rm|-rf|/", "not a verb");
        no("shell verb", "sh|-c|id", "not a verb");
    }

    void validate()
    {
        QFETCH(QString, args);
        QFETCH(bool, ok);
        QFETCH(QString, why);
        const QStringList argv = sub(args).split(QLatin1Char('|'));
        HelperValidateOptions o;
        o.rootPrefix = m_root;
        o.trustedUid = ::geteuid(); // the scratch root's "root"
        o.extraKnownSha256 = QStringList{m_sha} + m_knownArchives;
        o.callerUid = ::geteuid();
        QElapsedTimer clock;
        clock.start();
        const HelperRequest r = helper::validate(argv, o);
        QVERIFY(clock.elapsed() < 5000); // a FIFO never hangs it
        QVERIFY2(r.ok() == ok, qPrintable(r.error));
        if (ok) {
            QVERIFY(!r.actions.isEmpty());
            for (const HelperAction &a : r.actions)
                if (a.kind == HelperAction::Kind::Exec || a.kind == HelperAction::Kind::Runfile)
                    QVERIFY(!a.argv.contains(QStringLiteral("--driver")));
            return;
        }
        QVERIFY(r.actions.isEmpty());
        QVERIFY2(r.error.contains(why), qPrintable(r.error));
        QVERIFY(!r.error.contains(QLatin1Char('\n')));
    }

    // The same rows through the built binaries in --check mode: exit 2 and one sentence that
    // gives the row's reason.
    void binaryCheck_data() { validate_data(); }
    void binaryCheck()
    {
        QFETCH(QString, args);
        QFETCH(bool, ok);
        QFETCH(QString, why);
        const QStringList argv = sub(args).split(QLatin1Char('|'));
        const QString log = m_tmp.path() + "/helper.log";
        for (const QString &binary : {helper::executableFor(argv.first(), GPUSETUP_HELPER),
                                      QStringLiteral(GPUSETUP_HELPER_TESTABLE)}) {
            const bool testable = binary.endsWith(QLatin1String("testable"));
            // Only the test build looks up the toolkit and the MOK key under the scratch root
            // and accepts the test's runfile.
            if (!testable && ok &&
                (argv.first() == QLatin1String("install-cudnn") ||
                 argv.first() == QLatin1String("enroll-mok") ||
                 argv.first() == QLatin1String("run-cuda-runfile")))
                continue;
            QProcess p;
            auto env = QProcessEnvironment::systemEnvironment();
            env.insert("GPUSETUP_HELPER_LOG", log);
            env.insert("GPUSETUP_HELPER_TEST_ROOT", m_root);
            env.insert("GPUSETUP_HELPER_TEST_HASHES", m_hashes);
            p.setProcessEnvironment(env);
            p.start(binary, QStringList{"--check"} + argv);
            p.write("a-mok-password\n"); // enroll-mok's first line of input; others ignore it
            p.closeWriteChannel();
            QVERIFY(p.waitForFinished(10000));
            const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
            const QString err = QString::fromLocal8Bit(p.readAllStandardError());
            QCOMPARE(p.exitCode(), ok ? 0 : 2);
            if (ok) {
                QVERIFY2(out.contains("would:"), qPrintable(out));
                QVERIFY(err.isEmpty());
            } else {
                QVERIFY(out.isEmpty());
                QCOMPARE(err.count(QLatin1Char('\n')), 1);
                QVERIFY(err.startsWith("gpu-setup-helper: "));
                // The reason, not just the exit code. The shipped binary looks at the real
                // /usr/local: for these rows (whose reason it checks only after the toolkit
                // exists) the refusal is the missing toolkit where there is none (CI, this
                // machine), and depends on that machine's toolkit where there is one.
                static const QStringList afterToolkit{
                    "cudnn archive unknown to the data", "cudnn from an unpacked folder",
                    "cudnn symlink src", "cudnn src through a symlinked folder",
                    "cudnn toolkit others can write"};
                QString expected = why;
                if (!testable && afterToolkit.contains(QLatin1String(QTest::currentDataTag())))
                    expected =
                        QFileInfo::exists(argv[2])
                            ? QString()
                            : QStringLiteral("The toolkit folder %1 does not exist.").arg(argv[2]);
                QVERIFY2(err.contains(expected), qPrintable(err));
            }
        }
        QVERIFY(readAll(log).contains(ok ? "checked " : "rejected "));
    }

    // The helper refuses to work for anyone but root. Observed as an unprivileged uid in every
    // run: as root (CI) through setpriv, as nobody (65534) with no groups and no capabilities,
    // on a copy in a folder nobody can read (the build tree may sit under /root).
    void notRoot()
    {
        QProcess p;
        QTemporaryDir dir;
        if (::geteuid() == 0) {
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            QVERIFY2(!setpriv.isEmpty(), "setpriv (util-linux) is needed to drop root");
            QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                          QFile::ExeOwner | QFile::ReadOther |
                                                          QFile::ExeOther));
            const QString copy = dir.filePath(QStringLiteral("gpu-setup-helper"));
            QVERIFY(QFile::copy(QStringLiteral(GPUSETUP_HELPER), copy));
            p.start(setpriv, {"--reuid=65534", "--regid=65534", "--clear-groups", "--inh-caps=-all",
                              "--bounding-set=-all", copy, "apt-update"});
        } else {
            p.start(QStringLiteral(GPUSETUP_HELPER), {"apt-update"});
        }
        QVERIFY(p.waitForFinished(10000));
        const QString err = QString::fromLocal8Bit(p.readAllStandardError());
        QVERIFY2(p.exitCode() == int(helper::NotRoot), qPrintable(err));
        QVERIFY(p.readAllStandardOutput().isEmpty());
        QVERIFY2(err.startsWith(QLatin1String("gpu-setup-helper: it runs as root only")),
                 qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
    }

    // The root binary: Qt Core (and libarchive for cuDNN) only, and hardened (what lintian's
    // hardening-* tags look at: PIE, RELRO with immediate binding, stack protector).
    void binaryHardened()
    {
        auto run = [](const QStringList &args) {
            QProcess p;
            p.start(args.first(), args.mid(1));
            p.waitForFinished(20000);
            return QString::fromLocal8Bit(p.readAllStandardOutput());
        };
        if (QStandardPaths::findExecutable("readelf").isEmpty()) QSKIP("readelf is not installed");
        const QString dyn = run({"readelf", "-d", GPUSETUP_HELPER});
        QStringList needed;
        static const QRegularExpression lib(QStringLiteral("\\(NEEDED\\).*\\[(.*)\\]"));
        for (const QString &l : dyn.split('\n'))
            if (auto m = lib.match(l); m.hasMatch()) needed << m.captured(1);
        QVERIFY(!needed.isEmpty());
        static const QRegularExpression allowed(
            QStringLiteral("^(libQt6Core|libarchive|libstdc\\+\\+|libgcc_s|libc|libm)\\.so"));
        for (const QString &n : needed)
            QVERIFY2(allowed.match(n).hasMatch(), qPrintable("the helper links " + n));
        QVERIFY2(dyn.contains("BIND_NOW") && dyn.contains("PIE"), qPrintable(dyn));
        QVERIFY(run({"readelf", "-lW", GPUSETUP_HELPER}).contains("GNU_RELRO"));
        const QString imports = run({"nm", "-D", "--undefined-only", GPUSETUP_HELPER});
        QVERIFY(imports.contains("__stack_chk_fail"));
        // At _FORTIFY_SOURCE=3 some call is checked at run time: what lintian looks for.
        if (GPUSETUP_FORTIFY_LEVEL >= 3)
            QVERIFY2(
                imports.contains(QRegularExpression("__(mem|str|read|snprintf|vsnprintf)\\w*_chk")),
                qPrintable(imports));
    }

    // Programs run from their fixed places: a same-named program first on PATH (a wrapper in
    // /usr/local/bin) is never picked up.
    void programsAtFixedPlaces()
    {
        if (QFileInfo::exists("/usr/bin/ubuntu-drivers"))
            QSKIP("this machine has the real ubuntu-drivers, which the test must not run");
        QTemporaryDir bin;
        const QString rec = bin.path() + "/calls";
        writeScript(bin.path() + "/ubuntu-drivers", "echo \"$*\" > '" + rec.toUtf8() + "'\n");
        HelperRunOptions o;
        o.environment = defaultRootEnvironment();
        o.environment.replaceInStrings(QRegularExpression("^PATH=.*"), "PATH=" + bin.path());
        QString failure;
        const int rc = runHelperRequest(helper::validate({"ubuntu-drivers-install"}), o, &failure);
        QCOMPARE(rc, int(helper::Failed));
        QVERIFY2(failure.contains("not installed"), qPrintable(failure));
        QVERIFY(!QFileInfo::exists(rec));
        QVERIFY(defaultRootEnvironment().contains("PATH=/usr/sbin:/usr/bin:/sbin:/bin"));
    }

    // The polkit policy: one action per verb, on the executable of the verb's risk class, the
    // verb in exec.argv1; a password every time for the runfile, cuDNN and MOK; keep (one
    // password for the whole driver stage) only for the fixed-argument apt/initramfs verbs;
    // English and Chinese texts; valid against polkit's DTD where it is installed.
    void policy()
    {
        QFile f(QStringLiteral(GPUSETUP_POLICY));
        QVERIFY(f.open(QIODevice::ReadOnly));
        struct Action
        {
            QString id, path, argv1, any, inactive, active;
            QStringList descriptions, messages;
            bool allowGui = false;
        };
        QList<Action> actions;
        QXmlStreamReader x(&f);
        QString iconName;
        while (!x.atEnd()) {
            if (x.readNext() != QXmlStreamReader::StartElement) continue;
            const QString n = x.name().toString();
            if (n == "icon_name") iconName = x.readElementText();
            if (n == "action") {
                actions << Action();
                actions.last().id = x.attributes().value("id").toString();
            }
            if (actions.isEmpty()) continue;
            Action &a = actions.last();
            const QString lang = x.attributes().value("xml:lang").toString();
            if (n == "description") a.descriptions << lang + ":" + x.readElementText();
            if (n == "message") a.messages << lang + ":" + x.readElementText();
            if (n == "allow_any") a.any = x.readElementText();
            if (n == "allow_inactive") a.inactive = x.readElementText();
            if (n == "allow_active") a.active = x.readElementText();
            if (n == "annotate") {
                const QString key = x.attributes().value("key").toString();
                const QString value = x.readElementText().trimmed();
                if (key == "org.freedesktop.policykit.exec.path") a.path = value;
                if (key == "org.freedesktop.policykit.exec.argv1") a.argv1 = value;
                if (key == "org.freedesktop.policykit.exec.allow_gui") a.allowGui = true;
            }
        }
        QVERIFY2(!x.hasError(), qPrintable(x.errorString()));
        QCOMPARE(iconName, QStringLiteral("io.github.gpusetup.GpuSetup"));
        QCOMPARE(actions.size(), helper::verbs().size());
        for (const QString &verb : helper::verbs()) {
            const auto it = std::find_if(actions.begin(), actions.end(),
                                         [&](const Action &a) { return a.argv1 == verb; });
            QVERIFY2(it != actions.end(), qPrintable(verb));
            const Action &a = *it;
            QCOMPARE(a.id, "org.gpusetup.helper." + verb);
            QCOMPARE(a.path, helper::executableFor(verb, helper::kInstalledPath));
            const QString cls = helper::verbClass(verb);
            QCOMPARE(a.any, QStringLiteral("auth_admin"));
            QCOMPARE(a.inactive, QStringLiteral("auth_admin"));
            // No "keep" where root runs NVIDIA's files or changes what the firmware trusts.
            QCOMPARE(a.active, cls == "system" ? QStringLiteral("auth_admin_keep")
                                               : QStringLiteral("auth_admin"));
            QVERIFY(!a.allowGui);
            QCOMPARE(a.descriptions.size(), 2);
            QCOMPARE(a.messages.size(), 2);
            QVERIFY(a.messages[0].startsWith(":") && a.messages[1].startsWith("zh_CN:"));
            // The message shows what will run.
            for (const QString &m : a.messages)
                QVERIFY2(m.contains("$(command_line)"), qPrintable(m));
        }
        // Every executable named serves only verbs of one class: the same defaults whichever
        // of its actions an older pkexec (ignoring argv1) picks.
        QMap<QString, QSet<QString>> activeByPath;
        for (const Action &a : std::as_const(actions))
            activeByPath[a.path] << a.active;
        for (auto it = activeByPath.cbegin(); it != activeByPath.cend(); ++it)
            QVERIFY2(it.value().size() == 1, qPrintable(it.key()));
        const QString dtd = "/usr/share/polkit-1/policyconfig-1.dtd";
        if (QFileInfo::exists(dtd) && !QStandardPaths::findExecutable("xmllint").isEmpty()) {
            QProcess p;
            p.start("xmllint", {"--noout", "--dtdvalid", dtd, QStringLiteral(GPUSETUP_POLICY)});
            QVERIFY(p.waitForFinished(10000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        }
    }

    // Each installed executable serves its own class only: the system one (keep) never runs
    // the runfile, cuDNN or MOK verbs, whatever action pkexec authorised it under.
    void executablePerClass_data()
    {
        QTest::addColumn<QString>("binary");
        QTest::addColumn<QString>("verb");
        QTest::addColumn<bool>("served");
        const QString sys = QStringLiteral(GPUSETUP_HELPER);
        QTest::newRow("system: apt-update") << sys << "apt-update" << true;
        QTest::newRow("system: runfile") << sys << "run-cuda-runfile" << false;
        QTest::newRow("system: cudnn") << sys << "install-cudnn" << false;
        QTest::newRow("system: mok") << sys << "enroll-mok" << false;
        QTest::newRow("nvidia: runfile") << sys + "-nvidia"
                                         << "run-cuda-runfile" << true;
        QTest::newRow("nvidia: apt-update") << sys + "-nvidia"
                                            << "apt-update" << false;
        QTest::newRow("nvidia: mok") << sys + "-nvidia"
                                     << "enroll-mok" << false;
        QTest::newRow("mok: mok") << sys + "-mok"
                                  << "enroll-mok" << true;
        QTest::newRow("mok: driver") << sys + "-mok"
                                     << "install-driver" << false;
    }
    void executablePerClass()
    {
        QFETCH(QString, binary);
        QFETCH(QString, verb);
        QFETCH(bool, served);
        QProcess p;
        p.start(binary, {"--check", verb, "x"}); // one argument too many for every verb
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), int(helper::Rejected));
        const QString err = QString::fromLocal8Bit(p.readAllStandardError());
        QCOMPARE(err.contains("not by this program"), !served);
        if (!served)
            QVERIFY2(err.contains(helper::executableFor(verb, helper::kInstalledPath)),
                     qPrintable(err));
    }

    // The log: never followed through a link (nor chmodded there), never blocking on a FIFO,
    // never a file with a second link; created 0640; an argument cannot forge a record.
    void logFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("new log") << "new";
        QTest::newRow("symlinked log") << "symlink";
        QTest::newRow("hard-linked log") << "hardlink";
        QTest::newRow("FIFO log") << "fifo";
        QTest::newRow("newline in an argument") << "newline";
        QTest::newRow("escape sequence in an argument") << "escape";
    }
    void logFile()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString log = dir.path() + "/helper.log", victim = dir.path() + "/victim";
        writeFile(victim, "secret\n");
        QVERIFY(::chmod(QFile::encodeName(victim).constData(), 0600) == 0);
        if (kind == "symlink") makeLink(victim, log);
        if (kind == "hardlink")
            QVERIFY(::link(QFile::encodeName(victim).constData(),
                           QFile::encodeName(log).constData()) == 0);
        if (kind == "fifo") QVERIFY(::mkfifo(QFile::encodeName(log).constData(), 0600) == 0);
        QStringList args{"--check", "apt-update"};
        if (kind == "newline")
            args = {"--check", "install-driver",
                    "nvidia-driver-550\n2026-01-01T00:00:00Z uid=0 end install-driver "
                    "nvidia-driver-550: exit 0"};
        if (kind == "escape") args = {"--check", "install-driver", "x\x1b[2J\rnvidia-driver"};
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert("GPUSETUP_HELPER_LOG", log);
        p.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        p.start(GPUSETUP_HELPER, args);
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(p.exitCode(), args.size() == 2 ? 0 : 2);
        // The file behind a link is untouched, its mode too.
        QCOMPARE(readAll(victim), QByteArray("secret\n"));
        struct stat st;
        QVERIFY(::stat(QFile::encodeName(victim).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
        if (kind == "symlink" || kind == "hardlink" || kind == "fifo") return;
        QVERIFY(::lstat(QFile::encodeName(log).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0640));
        const QByteArray text = readAll(log);
        QCOMPARE(text.count('\n'), 1); // one record, whatever the argument held
        QVERIFY(!text.contains('\x1b') && !text.contains('\r'));
        if (kind == "newline") QVERIFY2(text.contains("\\n2026-01-01T00:00:00Z"), text.constData());
        if (kind == "escape")
            QVERIFY2(text.contains("x\\x1b[2J\\rnvidia-driver"), text.constData());
    }

    // --check under pkexec validates as the user who asked, never as root: it drops to
    // PKEXEC_UID before it looks at anything (here seen in who creates its log).
    void checkDropsPrivileges()
    {
        if (::geteuid() != 0) QSKIP("needs root: there is nothing to drop otherwise");
        QTemporaryDir dir;
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0777) == 0);
        const QString log = dir.path() + "/check.log";
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert("PKEXEC_UID", "65534");
        env.insert("GPUSETUP_HELPER_LOG", log);
        p.setProcessEnvironment(env);
        p.start(GPUSETUP_HELPER, {"--check", "apt-update"});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("(checked as uid 65534)"));
        struct stat st;
        QVERIFY(::stat(QFile::encodeName(log).constData(), &st) == 0);
        QCOMPARE(st.st_uid, uid_t(65534));
        // And a root-only file is out of its reach: a folder only root can enter.
        QTemporaryDir rootsOnly;
        const QString file = rootsOnly.path() + "/cuda.run";
        writeFile(file, readAll(m_tmp.path() + "/cuda.run"));
        QVERIFY(::chown(QFile::encodeName(file).constData(), 65534, 65534) == 0);
        QProcess q;
        q.setProcessEnvironment(env);
        q.start(QString(GPUSETUP_HELPER) + "-nvidia",
                {"--check", "run-cuda-runfile", file, "/usr/local/cuda-12.4"});
        QVERIFY(q.waitForFinished(10000));
        QCOMPARE(q.exitCode(), int(helper::Rejected));
        QVERIFY2(q.readAllStandardError().contains("permission denied"),
                 "root looked for the user");
    }

    // The switches of the test build are compiled out of what is shipped: neither the helpers
    // nor /usr/bin/gpu-setup can be pointed at another root, other "NVIDIA" files or another
    // owner by an environment variable.
    void noTestSwitchesInShippedBinaries()
    {
        const QString base = QStringLiteral(GPUSETUP_HELPER);
        for (const QString &binary :
             {base, base + "-nvidia", base + "-mok", QStringLiteral(GPUSETUP_BINARY)}) {
            const QByteArray bytes = readAll(binary);
            QVERIFY2(!bytes.isEmpty(), qPrintable(binary));
            for (const char *name : {"GPUSETUP_HELPER_TEST_ROOT", "GPUSETUP_HELPER_TEST_HASHES",
                                     "GPUSETUP_HELPER_TEST_OWNER"})
                QVERIFY2(!bytes.contains(name), qPrintable(binary + " reads " + name));
        }
        QVERIFY(readAll(GPUSETUP_HELPER_TESTABLE).contains("GPUSETUP_HELPER_TEST_ROOT"));
    }

    void describe()
    {
        const auto r =
            helper::validate(sub("run-cuda-runfile|$T/cuda.run|/usr/local/cuda-12.4").split('|'),
                             {false, false, {}, 0, {}});
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QStringList d = r.describe();
        QCOMPARE(d.size(), 4);
        QVERIFY(d[0].startsWith("check the free space"));
        QVERIFY(d[1].startsWith("copy " + m_tmp.path() +
                                "/cuda.run to /var/tmp/gpu-setup-helper.XXXXXX/cuda.run (a new "
                                "folder of root's, mode 0700) and check that its SHA-256 is one "
                                "of NVIDIA's CUDA runfiles"));
        QCOMPARE(d[2],
                 QStringLiteral("TMPDIR=/var/tmp/gpu-setup-helper.XXXXXX/tmp sh "
                                "/var/tmp/gpu-setup-helper.XXXXXX/cuda.run --silent --toolkit "
                                "--toolkitpath=/usr/local/cuda-12.4 --no-man-page "
                                "--tmpdir=/var/tmp/gpu-setup-helper.XXXXXX/tmp"));
        const auto b = helper::validate({"blacklist-nouveau"});
        QCOMPARE(b.describe().last(), QStringLiteral("update-initramfs -u"));
        QCOMPARE(b.actions.first().content,
                 QByteArray("blacklist nouveau\noptions nouveau modeset=0\n"));
        const auto u = helper::validate({"ubuntu-drivers-install", "--gpgpu", "nvidia:580-server"});
        QCOMPARE(u.describe(), QStringList{"ubuntu-drivers install --gpgpu nvidia:580-server"});
        const auto i = helper::validate({"install-driver", "nvidia-driver-550"});
        QCOMPARE(i.describe(),
                 QStringList{"apt-get install -y -o APT::Status-Fd=3 nvidia-driver-550"});
    }

    void aptStatus_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("parsed");
        QTest::addColumn<double>("fraction");
        QTest::addColumn<QString>("text");
        QTest::newRow("pm 0") << "pmstatus:dpkg-exec:0:Running dpkg" << true << 0.5
                              << "Running dpkg";
        QTest::newRow("pm mid") << "pmstatus:nvidia-driver-550:42.8571:Unpacking "
                                   "nvidia-driver-550 (amd64)"
                                << true << 0.5 + 0.428571 / 2
                                << "Unpacking nvidia-driver-550 (amd64)";
        QTest::newRow("pm 100") << "pmstatus:dpkg-exec:100:Running dpkg" << true << 1.0
                                << "Running dpkg";
        QTest::newRow("dl 50") << "dlstatus:3:50:Retrieving file 3 of 6" << true << 0.25
                               << "Retrieving file 3 of 6";
        QTest::newRow("pmerror") << "pmerror:nvidia-dkms-550:60:installed nvidia-dkms-550 package "
                                    "post-installation script subprocess returned error"
                                 << true << 0.8
                                 << "installed nvidia-dkms-550 package post-installation script "
                                    "subprocess returned error";
        QTest::newRow("plain") << "Reading package lists..." << false << 0.0 << "";
        QTest::newRow("no percent") << "pmstatus:x:abc:y" << false << 0.0 << "";
    }
    void aptStatus()
    {
        QFETCH(QString, line);
        QFETCH(bool, parsed);
        QFETCH(double, fraction);
        QFETCH(QString, text);
        double f = -1;
        QString t;
        QCOMPARE(helper::parseAptStatus(line, &f, &t), parsed);
        if (!parsed) return;
        QVERIFY(qAbs(f - fraction) < 1e-4);
        QCOMPARE(t, text);
        double g = -1;
        QString u;
        QVERIFY(helper::parseProgressLine(helper::progressLine(f, t), &g, &u));
        QVERIFY(qAbs(g - f) < 1e-3);
        QCOMPARE(u, t);
    }

    // The root runner through the test-only helper: fake programs on PATH, scratch root.
    void runner_data()
    {
        QTest::addColumn<QString>("args");
        QTest::addColumn<int>("exit");
        // Lines that must appear: the helper's own on stdout, the programs' on stderr ("| ").
        QTest::addColumn<QStringList>("expectOut");
        QTest::addColumn<QString>("recorded");  // what the fake programs were called with
        QTest::addColumn<QStringList>("files"); // files that must exist under the root
        QTest::newRow("install-driver")
            << "install-driver|nvidia-driver-550" << 0
            << QStringList{"@progress 0.250 Retrieving file 1 of 2",
                           "@progress 0.750 Unpacking nvidia-driver-550 (amd64)",
                           "| Setting up nvidia-driver-550"}
            << "apt-get install -y -o APT::Status-Fd=3 nvidia-driver-550\n"
            << QStringList{};
        QTest::newRow("apt error") << "install-driver|nvidia-driver-999" << 1
                                   << QStringList{"| apt error: no such package",
                                                  "@error apt-get failed with exit code 100."}
                                   << "apt-get install -y -o APT::Status-Fd=3 nvidia-driver-999\n"
                                   << QStringList{};
        QTest::newRow("ubuntu-drivers")
            << "ubuntu-drivers-install|--gpgpu|nvidia:580-server" << 0 << QStringList{}
            << "ubuntu-drivers install --gpgpu nvidia:580-server\n"
            << QStringList{};
        QTest::newRow("blacklist")
            << "blacklist-nouveau" << 0
            << QStringList{"@changed file-created /etc/modprobe.d/blacklist-nouveau.conf"}
            << "update-initramfs -u\n"
            << QStringList{"/etc/modprobe.d/blacklist-nouveau.conf"};
        QTest::newRow("runfile") << "run-cuda-runfile|$T/cuda.run|/usr/local/cuda-12.8" << 0
                                 << QStringList{"@changed dir-created /usr/local/cuda-12.8",
                                                "| cuda-installer.log: [INFO]: fake install"}
                                 << "" << QStringList{"/usr/local/cuda-12.8/bin/nvcc"};
        QTest::newRow("cudnn")
            << "install-cudnn|$T/cudnn.tar.xz|/usr/local/cuda-12.4" << 0
            << QStringList{"@changed file-created /usr/local/cuda-12.4/include/cudnn_version.h",
                           "@changed file-created /usr/local/cuda-12.4/lib64/libcudnn.so.9"}
            << "" << QStringList{"/usr/local/cuda-12.4/targets/x86_64-linux/lib/libcudnn.so.9.6.0"};
        // NVIDIA-listed, but a link in it leads out: nothing reaches the toolkit.
        QTest::newRow("cudnn link leading out")
            << "install-cudnn|$T/evil.tar.xz|/usr/local/cuda-12.4" << 1 << QStringList{} << ""
            << QStringList{};
        QTest::newRow("cudnn archive without cuDNN")
            << "install-cudnn|$T/empty.tar.xz|/usr/local/cuda-12.4" << 1 << QStringList{} << ""
            << QStringList{};
    }
    void runner()
    {
        QFETCH(QString, args);
        QFETCH(int, exit);
        QFETCH(QStringList, expectOut);
        QFETCH(QString, recorded);
        QFETCH(QStringList, files);
        QTemporaryDir bin;
        const QString rec = bin.path() + "/calls";
        // apt-get reports on fd 3 exactly as APT::Status-Fd=3 asks.
        writeScript(
            bin.path() + "/apt-get",
            "echo \"apt-get $*\" >> '" + rec.toUtf8() +
                "'\n"
                "case \"$*\" in *999*) echo 'pmerror:x:0:no such package' >&3; exit 100;; esac\n"
                "echo 'dlstatus:1:50:Retrieving file 1 of 2' >&3\n"
                "echo 'pmstatus:nvidia-driver-550:50:Unpacking nvidia-driver-550 (amd64)' >&3\n"
                "echo 'Setting up nvidia-driver-550'\n");
        writeScript(bin.path() + "/ubuntu-drivers",
                    "echo \"ubuntu-drivers $*\" >> '" + rec.toUtf8() + "'\n");
        writeScript(bin.path() + "/update-initramfs",
                    "echo \"update-initramfs $*\" >> '" + rec.toUtf8() + "'\n");
        // The fake runfile: the runner runs its own verified copy, never with --driver.
        const QString t = m_tmp.path();
        const QString root = m_root;
        QFile::remove(t + "/cuda.run");
        // It notes where it was told to unpack (--tmpdir, TMPDIR) and who owns that folder.
        writeScript(
            t + "/cuda.run",
            "case \"$*\" in *--driver*) exit 99;; esac\n"
            "case \"$0\" in */var/tmp/gpu-setup-helper.*) ;; *) exit 98;; esac\n"
            "for a; do case $a in --toolkitpath=*) p=${a#--toolkitpath=};;\n"
            "  --tmpdir=*) d=${a#--tmpdir=};; esac; done\n"
            "w=$(dirname \"$0\")\n"
            "echo \"$w|$d|$TMPDIR|$(stat -c '%a %u' \"$w\")|$(stat -c '%a %u' \"$d\")\" > '" +
                t.toUtf8() +
                "/runfile-saw'\n"
                "for a; do case $a in --toolkitpath=*) p=${a#--toolkitpath=};; esac; done\n"
                "mkdir -p \"$p/bin\" && echo nvcc > \"$p/bin/nvcc\"\n"
                "mkdir -p '" +
                root.toUtf8() +
                "/var/log'\n"
                "echo '[INFO]: fake install' > '" +
                root.toUtf8() + "/var/log/cuda-installer.log'\n");
        setKnownRunfile(readAll(t + "/cuda.run"));
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert("PATH", bin.path() + ":/usr/bin:/bin");
        env.insert("GPUSETUP_HELPER_TEST_ROOT", root);
        env.insert("GPUSETUP_HELPER_LOG", t + "/run.log");
        env.insert("GPUSETUP_HELPER_TEST_HASHES", m_hashes);
        env.insert("TMPDIR", t); // the caller's: never the installer's
        p.setProcessEnvironment(env);
        p.start(GPUSETUP_HELPER_TESTABLE, sub(args).split('|'));
        QVERIFY(p.waitForFinished(20000));
        const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
        const QString err = QString::fromLocal8Bit(p.readAllStandardError());
        QVERIFY2(p.exitCode() == exit, qPrintable(out + err));
        for (const QString &l : expectOut)
            QVERIFY2((l.startsWith("| ") ? err : out).split('\n').contains(l),
                     qPrintable(l + "\n---\n" + out + "\n---\n" + err));
        QCOMPARE(QString::fromUtf8(readAll(rec)), recorded);
        for (const QString &f : files)
            QVERIFY2(QFileInfo::exists(root + f), qPrintable(f));
        QVERIFY(QDir(root + "/var/tmp").entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
        if (args.startsWith("run-cuda-runfile")) {
            // The installer unpacked in the helper's own folder: a new one under /var/tmp, root's
            // (here: the user's, standing in for root), mode 0700; TMPDIR the same.
            const QStringList saw =
                QString::fromUtf8(readAll(t + "/runfile-saw")).trimmed().split('|');
            QCOMPARE(saw.size(), 5);
            QVERIFY2(saw[0].startsWith(root + "/var/tmp/gpu-setup-helper."), qPrintable(saw[0]));
            QCOMPARE(saw[1], saw[0] + "/tmp");
            QCOMPARE(saw[2], saw[1]);
            const QString owner = QString::number(::geteuid());
            QCOMPARE(saw[3], "700 " + owner);
            QCOMPARE(saw[4], "700 " + owner);
        }
        if (args.startsWith("install-cudnn") && exit != 0) {
            // Nothing of it reached the toolkit, and nothing half-done is left there.
            const QString lib = root + "/usr/local/cuda-12.4/targets/x86_64-linux/lib";
            QVERIFY(!QFileInfo(lib + "/libcudnn_ops.so").isSymLink());
            QVERIFY(QDir(lib)
                        .entryList({"*.gpu-setup-new"}, QDir::AllEntries | QDir::System)
                        .isEmpty());
        }
        if (args.startsWith("install-cudnn") && exit == 0) {
            const QFileInfo link(root + "/usr/local/cuda-12.4/lib64/libcudnn.so.9");
            QVERIFY(link.isSymLink());
            QCOMPARE(link.canonicalFilePath(),
                     QFileInfo(root + "/usr/local/cuda-12.4/targets/x86_64-linux/lib/"
                                      "libcudnn.so.9.6.0")
                         .canonicalFilePath());
            QCOMPARE(readAll(root + "/usr/local/cuda-12.4/include/cudnn_version.h"),
                     fixture("cudnn/zspace_cudnn_version.h_9.6.0.txt"));
        }
        QVERIFY(readAll(t + "/run.log").contains("end "));
    }

    void mokPassword_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QString>("why"); // "" = accepted
        QTest::newRow("one character") << QByteArray("x") << "";
        QTest::newRow("spaces and punctuation") << QByteArray("correct horse #3!") << "";
        QTest::newRow("256") << QByteArray(256, 'a') << "";
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("257") << QByteArray(257, 'a') << "longer than 256";
        QTest::newRow("tab") << QByteArray("pass\tword") << "control characters";
        QTest::newRow("escape") << QByteArray("pass\x1b[2Jword") << "control characters";
        QTest::newRow("carriage return") << QByteArray("pass\rword") << "control characters";
        QTest::newRow("delete") << QByteArray("pass\x7f") << "control characters";
        QTest::newRow("chinese") << QByteArray("密码密码") << "Chinese";
    }
    void mokPassword()
    {
        QFETCH(QByteArray, password);
        QFETCH(QString, why);
        QString got;
        QCOMPARE(helper::checkMokPassword(password, &got), why.isEmpty());
        if (!why.isEmpty()) QVERIFY2(got.contains(why), qPrintable(got));
    }

    // enroll-mok through the test build with a fake mokutil: the key is the fixed one DKMS
    // signs with, root's (here: the user's, who stands in for root) and nobody else's to
    // change; the password reaches mokutil on its standard input and nowhere else.
    void enrollMok_data()
    {
        QTest::addColumn<QString>("layout");   // the scratch root's keys
        QTest::addColumn<QByteArray>("input"); // the helper's standard input
        QTest::addColumn<QString>("fake");     // what the fake mokutil answers
        QTest::addColumn<int>("exit");
        QTest::addColumn<QString>("expect"); // a line on stdout (exit 0) or part of stderr
        const QByteArray pw = "correct horse #3\n";
        const QString ubuntu = "/var/lib/shim-signed/mok/MOK.der";
        const QString debian = "/var/lib/dkms/mok.pub";
        QTest::newRow("Ubuntu key") << "ubuntu" << pw << "" << 0 << "@mok imported " + ubuntu;
        QTest::newRow("Debian key") << "debian" << pw << "" << 0 << "@mok imported " + debian;
        QTest::newRow("framework.conf names the key")
            << "both+conf" << pw << "" << 0 << "@mok imported " + debian;
        QTest::newRow("framework.conf names another key")
            << "conf-elsewhere" << pw << "" << 2 << "not one of the keys";
        QTest::newRow("already enrolled")
            << "ubuntu" << pw << "enrolled" << 0 << "@mok enrolled " + ubuntu;
        QTest::newRow("already queued")
            << "ubuntu" << pw << "pending" << 0 << "@mok pending " + ubuntu;
        QTest::newRow("no EFI variables") << "ubuntu" << pw << "noefi" << 1 << "mokutil failed";
        QTest::newRow("256 characters") << "ubuntu" << QByteArray(256, 'p') + "\n"
                                        << "" << 0 << "@mok imported " + ubuntu;
        QTest::newRow("missing key") << "none" << pw << "" << 2 << "No DKMS signing key";
        QTest::newRow("key of another user") << "foreign" << pw << "" << 2 << "belongs to user id";
        QTest::newRow("group-writable key")
            << "writable" << pw << "" << 2 << "can be changed by other users";
        QTest::newRow("key behind a symlinked folder") << "symlinked" << pw << "" << 2 << "symlink";
        QTest::newRow("FIFO instead of the key") << "fifo" << pw << "" << 2 << "not a regular file";
        QTest::newRow("control character")
            << "ubuntu" << QByteArray("pass\x1bword\n") << "" << 2 << "control characters";
        QTest::newRow("too long") << "ubuntu" << QByteArray(257, 'p') + "\n"
                                  << "" << 2 << "longer than 256";
        QTest::newRow("no password") << "ubuntu" << QByteArray() << "" << 2 << "empty";
    }
    void enrollMok()
    {
        QFETCH(QString, layout);
        QFETCH(QByteArray, input);
        QFETCH(QString, fake);
        QFETCH(int, exit);
        QFETCH(QString, expect);
        QTemporaryDir dir;
        const QString root = dir.path() + "/root", bin = dir.path() + "/bin";
        const QString ubuntu = "/var/lib/shim-signed/mok/MOK.der";
        const QString debian = "/var/lib/dkms/mok.pub";
        QDir().mkpath(root);
        const QByteArray cert = fixture("mok/MOK.der");
        auto env = QProcessEnvironment::systemEnvironment();
        if (layout == "ubuntu" || layout == "writable" || layout == "foreign")
            writeSystemFile(root, ubuntu, cert);
        if (layout == "debian" || layout == "both+conf") writeSystemFile(root, debian, cert);
        if (layout == "both+conf") writeSystemFile(root, ubuntu, cert);
        if (layout == "both+conf" || layout == "conf-elsewhere") {
            writeSystemFile(root, ubuntu, cert);
            writeSystemFile(root, "/etc/dkms/framework.conf",
                            "# comment\nsign_tool=\"/etc/dkms/sign_helper.sh\"\n");
            writeSystemFile(root, "/etc/dkms/framework.conf.d/10-mok.conf",
                            layout == "both+conf" ? "mok_certificate=\"/var/lib/dkms/mok.pub\"\n"
                                                  : "mok_certificate=/root/my-key.der\n");
        }
        if (layout == "writable")
            QVERIFY(::chmod(QFile::encodeName(root + ubuntu).constData(), 0664) == 0);
        if (layout == "foreign") {
            if (::geteuid() == 0)
                QVERIFY(::chown(QFile::encodeName(root + ubuntu).constData(), 65534, 65534) == 0);
            else
                env.insert("GPUSETUP_HELPER_TEST_OWNER", "0"); // root, not the user, is "root"
        }
        if (layout == "symlinked") {
            writeSystemFile(root, "/elsewhere/mok/MOK.der", cert);
            mkdirs(root, "/var/lib");
            makeLink(root + "/elsewhere", root + "/var/lib/shim-signed");
        }
        if (layout == "fifo") {
            mkdirs(root, "/var/lib/shim-signed/mok");
            QVERIFY(::mkfifo(QFile::encodeName(root + ubuntu).constData(), 0644) == 0);
        }
        writeScript(bin + "/mokutil", kFakeMokutil);
        const QString calls = dir.path() + "/calls", seen = dir.path() + "/stdin",
                      envSeen = dir.path() + "/env", log = dir.path() + "/helper.log";
        env.insert("PATH", bin + ":/usr/bin:/bin");
        env.insert("GPUSETUP_HELPER_TEST_ROOT", root);
        env.insert("GPUSETUP_HELPER_LOG", log);
        env.insert("MOK_CALLS", calls);
        env.insert("MOK_STDIN", seen);
        env.insert("MOK_ENV", envSeen);
        env.insert("FAKE_MOK", fake);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(GPUSETUP_HELPER_TESTABLE, {"enroll-mok"});
        QVERIFY(p.waitForStarted());
        p.write(input);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(10000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == exit, qPrintable(out + err));
        if (exit == 0)
            QVERIFY2(out.split('\n').contains(expect), qPrintable(out));
        else
            QVERIFY2(err.contains(expect), qPrintable(err));
        if (exit == 2) QVERIFY2(!QFileInfo::exists(calls), "mokutil ran for a refused request");
        if (exit == 0) {
            const QString key = expect.section(' ', 2);
            // mokutil got the key, as the helper checked it, and nothing else on its command line.
            QCOMPARE(QString::fromUtf8(readAll(calls)).split('\n').first(),
                     "--import " + root + key);
        }
        const QByteArray password = input.endsWith('\n') ? input.chopped(1) : input;
        if (exit == 0 && fake.isEmpty()) QCOMPARE(readAll(seen), password);
        if (!password.isEmpty()) {
            // Never in argv (as the fake saw it, /proc included), its environment, the
            // helper's output or the log.
            for (const QString &f : {calls, envSeen, log})
                QVERIFY2(!readAll(f).contains(password), qPrintable(f));
            QVERIFY(!out.toUtf8().contains(password) && !err.toUtf8().contains(password));
        }
        QVERIFY(readAll(log).contains(exit == 2 ? "rejected enroll-mok" : "end enroll-mok"));
    }

    // Whatever a program run as root prints, even a line shaped like the helper's protocol,
    // arrives on stderr behind "| ": it never becomes a journal change, a status, an error
    // verdict or a record of what root did.
    void forgedProtocol()
    {
        QTemporaryDir bin;
        writeScript(bin.path() + "/apt-get",
                    "echo '@changed dir-created /home/victim'\n"
                    "echo '@mok imported /etc/shadow'\n"
                    "echo '@error everything is fine'\n"
                    "echo '@progress 0.990 forged' >&2\n"
                    "echo 'gpu-setup-helper: forged verdict' >&2\n"
                    "printf 'two\\n@changed file-created /etc/passwd\\n'\n");
        const QString log = bin.path() + "/helper.log";
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert("PATH", bin.path() + ":/usr/bin:/bin");
        env.insert("GPUSETUP_HELPER_TEST_ROOT", m_root);
        env.insert("GPUSETUP_HELPER_LOG", log);
        p.setProcessEnvironment(env);
        p.start(GPUSETUP_HELPER_TESTABLE, {"apt-update"});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        const QStringList out = QString::fromUtf8(p.readAllStandardOutput()).split('\n');
        const QStringList err = QString::fromUtf8(p.readAllStandardError()).split('\n');
        for (const QString &l : out)
            QVERIFY2(!l.contains("victim") && !l.contains("forged") && !l.contains("/etc/") &&
                         !l.startsWith("@error") && !l.startsWith("@mok"),
                     qPrintable(l));
        for (const char *l : {"| @changed dir-created /home/victim", "| @error everything is fine",
                              "| @progress 0.990 forged", "| gpu-setup-helper: forged verdict",
                              "| @changed file-created /etc/passwd"})
            QVERIFY2(err.contains(QString::fromUtf8(l)), qPrintable(err.join('\n')));
        QVERIFY(!readAll(log).contains("victim"));
        QVERIFY(!readAll(log).contains("/etc/passwd"));
    }

    // Cancel still arrives after a flood of other bytes on the helper's stdin, which it does
    // not keep (only the last few bytes, for a word split across two reads).
    void cancelAfterJunk()
    {
        QTemporaryDir bin;
        writeScript(bin.path() + "/apt-get", "sleep 10\n");
        HelperRunOptions o;
        o.programsFromPath = true;
        o.environment = QStringList{"PATH=" + bin.path() + ":/usr/bin:/bin"};
        int fds[2];
        QVERIFY(::pipe(fds) == 0);
        o.cancelFd = fds[0];
        std::thread writer([&] {
            const QByteArray junk(64 * 1024, 'j');
            for (int i = 0; i < 32; ++i)
                if (::write(fds[1], junk.constData(), size_t(junk.size())) < 0) break;
            if (::write(fds[1], "can", 3) < 0 || ::write(fds[1], "cel\n", 4) < 0) return;
        });
        QElapsedTimer clock;
        clock.start();
        QString failure;
        const int rc = runHelperRequest(helper::validate({"apt-update"}), o, &failure);
        writer.join();
        ::close(fds[0]);
        ::close(fds[1]);
        QCOMPARE(rc, int(helper::Cancelled));
        QVERIFY(clock.elapsed() < 5000);
    }

    // A runfile swapped after validation: the copy root runs fails its checksum, nothing runs.
    void runfileSwapped()
    {
        HelperValidateOptions vo;
        vo.extraKnownSha256 = {m_sha};
        HelperRequest r = helper::validate(
            sub("run-cuda-runfile|$T/cuda.run|/usr/local/cuda-12.9").split('|'), vo);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.actions.first().sha256, m_sha);
        r.actions.first().sha256 = QString(64, 'f');
        HelperRunOptions o;
        o.rootPrefix = m_root;
        o.trustedUid = ::geteuid();
        o.extraKnownSha256 = {m_sha};
        QStringList out;
        o.output = [&](const QString &l) { out << l; };
        QString failure;
        QCOMPARE(runHelperRequest(r, o, &failure), int(helper::Failed));
        QVERIFY2(failure.contains("no longer matches"), qPrintable(failure));
        QVERIFY(!QFileInfo::exists(m_root + "/usr/local/cuda-12.9"));
    }

    // The caller's file must be the caller's: another user's file is refused, even one root
    // could read.
    void foreignSource()
    {
        QTemporaryDir open; // world-traversable, so only the owner rule can refuse
        QVERIFY(QFile::setPermissions(open.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                       QFile::ExeOwner | QFile::ReadOther |
                                                       QFile::ExeOther));
        const QString file = open.path() + "/cuda.run";
        writeFile(file, "#!/bin/sh\necho fake runfile\n");
        const uid_t other = ::geteuid() == 0 ? 65534 : ::geteuid() + 1;
        HelperValidateOptions o;
        o.extraKnownSha256 = {m_sha};
        o.callerUid = other;
        const HelperRequest r =
            helper::validate({"run-cuda-runfile", file, "/usr/local/cuda-12.4"}, o);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains("belongs to user id"), qPrintable(r.error));
        // The helper takes the caller from PKEXEC_UID, as pkexec sets it.
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert("PKEXEC_UID", QString::number(other));
        env.insert("GPUSETUP_HELPER_TEST_HASHES", m_hashes);
        p.setProcessEnvironment(env);
        p.start(GPUSETUP_HELPER_TESTABLE,
                {"--check", "run-cuda-runfile", file, "/usr/local/cuda-12.4"});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), int(helper::Rejected));
        QVERIFY(p.readAllStandardError().contains("belongs to user id"));
    }

    // Root reads the caller's file with the caller's identity: through a folder only root can
    // enter, the caller's own file is refused.
    void readAsCaller()
    {
        if (::geteuid() != 0) QSKIP("needs root to see root's reach refused");
        QTemporaryDir rootsOnly; // mode 0700, root's
        const QString file = rootsOnly.path() + "/cuda.run";
        writeFile(file, "#!/bin/sh\necho fake runfile\n");
        QVERIFY(::chown(QFile::encodeName(file).constData(), 65534, 65534) == 0);
        HelperValidateOptions o;
        o.extraKnownSha256 = {m_sha};
        o.callerUid = 65534;
        const HelperRequest r =
            helper::validate({"run-cuda-runfile", file, "/usr/local/cuda-12.4"}, o);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains("cannot be read by the user who asked"), qPrintable(r.error));
    }

    // The source swapped between validation and use: other bytes, a symlink to NVIDIA's bytes
    // or a FIFO. Root copies what it opens without following links and runs only that copy,
    // and only when it is still NVIDIA's: nothing runs, nothing is left.
    void swappedSource_data()
    {
        QTest::addColumn<QString>("swap");
        QTest::addColumn<QString>("why");
        QTest::newRow("other bytes") << "bytes"
                                     << "no longer matches";
        QTest::newRow("symlink") << "symlink"
                                 << "symlink";
        QTest::newRow("FIFO") << "fifo"
                              << "not a regular file";
    }
    void swappedSource()
    {
        QFETCH(QString, swap);
        QFETCH(QString, why);
        const QString file = m_tmp.path() + "/swap.run";
        const QString known = m_tmp.path() + "/cuda.run"; // bytes the test build takes
        QFile::remove(file);
        writeFile(file, readAll(known));
        HelperValidateOptions vo;
        vo.extraKnownSha256 = {m_sha};
        const HelperRequest r =
            helper::validate({"run-cuda-runfile", file, "/usr/local/cuda-12.9"}, vo);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(QFile::remove(file));
        if (swap == "bytes") writeFile(file, "#!/bin/sh\nid > /tmp/pwned\n");
        if (swap == "symlink") makeLink(known, file);
        if (swap == "fifo") QVERIFY(::mkfifo(QFile::encodeName(file).constData(), 0644) == 0);
        HelperRunOptions o;
        o.rootPrefix = m_root;
        o.trustedUid = ::geteuid();
        o.extraKnownSha256 = {m_sha};
        QString failure;
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(runHelperRequest(r, o, &failure), int(helper::Failed));
        QVERIFY(clock.elapsed() < 5000);
        QVERIFY2(failure.contains(why), qPrintable(failure));
        QVERIFY(!QFileInfo::exists(m_root + "/usr/local/cuda-12.9"));
        QVERIFY(QDir(m_root + "/var/tmp").entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    }

    // The toolkit side of the cuDNN copy, changed after validation: every step there goes
    // through descriptors, each folder root's and writable by nobody else, links followed only
    // inside the toolkit. Nothing lands outside, nothing half-done stays.
    void cudnnDestination_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("why"); // "" = it works
        QTest::newRow("lib64 missing: made") << "no-lib64"
                                             << "";
        QTest::newRow("lib64 swapped for an absolute link") << "absolute"
                                                            << "leads outside";
        QTest::newRow("lib64 swapped for a climbing link") << "climbing"
                                                           << "leads outside";
        QTest::newRow("lib64 others can write") << "writable"
                                                << "only root can change";
        QTest::newRow("lib64 of another user") << "foreign"
                                               << "only root can change";
        QTest::newRow("targets folder of another user") << "foreign-parent"
                                                        << "only root can change";
        QTest::newRow("toolkit of another user") << "foreign-toolkit"
                                                 << "belongs to user id";
    }
    void cudnnDestination()
    {
        QFETCH(QString, change);
        QFETCH(QString, why);
        if (change.startsWith("foreign") && ::geteuid() != 0)
            QSKIP("needs root to make a folder of another user");
        const QString tkRel = "/usr/local/cuda-12.6";
        const QString tk = m_root + tkRel;
        QDir(tk).removeRecursively();
        mkdirs(m_root, tkRel + "/targets/x86_64-linux/lib");
        mkdirs(m_root, tkRel + "/targets/x86_64-linux/include");
        makeLink("targets/x86_64-linux/include", tk + "/include");
        makeLink("targets/x86_64-linux/lib", tk + "/lib64");
        const QString outside = m_tmp.path() + "/outside";
        QDir(outside).removeRecursively();
        mkdirs(m_tmp.path(), "/outside");
        HelperValidateOptions vo;
        vo.rootPrefix = m_root;
        vo.trustedUid = ::geteuid();
        vo.extraKnownSha256 = m_knownArchives;
        const HelperRequest r =
            helper::validate(sub("install-cudnn|$T/cudnn.tar.xz|" + tkRel).split('|'), vo);
        QVERIFY2(r.ok(), qPrintable(r.error));
        // Now, between validation and use:
        auto swapLib64 = [&](const QString &target) {
            QVERIFY(QFile::remove(tk + "/lib64"));
            makeLink(target, tk + "/lib64");
        };
        auto chownTo = [](const QString &p) {
            QVERIFY(::chown(QFile::encodeName(p).constData(), 65534, 65534) == 0);
        };
        if (change == "no-lib64") QVERIFY(QFile::remove(tk + "/lib64"));
        if (change == "absolute") swapLib64(outside);
        if (change == "climbing") swapLib64("../../../../../outside");
        if (change == "writable")
            QVERIFY(::chmod(QFile::encodeName(tk + "/targets/x86_64-linux/lib").constData(),
                            0777) == 0);
        if (change == "foreign") chownTo(tk + "/targets/x86_64-linux/lib");
        if (change == "foreign-parent") chownTo(tk + "/targets/x86_64-linux");
        if (change == "foreign-toolkit") chownTo(tk);
        HelperRunOptions o;
        o.rootPrefix = m_root;
        o.trustedUid = ::geteuid();
        o.extraKnownSha256 = m_knownArchives;
        QStringList out;
        o.output = [&](const QString &l) { out << l; };
        QString failure;
        const int rc = runHelperRequest(r, o, &failure);
        QVERIFY(QDir(outside).isEmpty());
        QVERIFY(QDir(m_root + "/var/tmp").entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
        if (why.isEmpty()) {
            QVERIFY2(rc == helper::Ok, qPrintable(failure));
            QVERIFY(out.contains("@changed dir-created " + tkRel + "/lib64"));
            QVERIFY(QFileInfo(tk + "/lib64/libcudnn.so.9.6.0").isFile());
            QCOMPARE(QFileInfo(tk + "/lib64/libcudnn.so.9.6.0").permissions() & 0x7777,
                     QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser |
                         QFile::ReadGroup | QFile::ReadOther);
            return;
        }
        QCOMPARE(rc, int(helper::Failed));
        QVERIFY2(failure.contains(why), qPrintable(failure));
        // Rolled back: the header copied before lib64 was refused is gone again.
        QVERIFY(!QFileInfo::exists(tk + "/targets/x86_64-linux/include/cudnn_version.h"));
        QVERIFY(QDir(tk).entryList({"gpu-setup-backup-*"}, QDir::Dirs).isEmpty());
    }

    // A file-size limit from the caller (ulimit -f 1024 = 1 MiB) and a 3 MiB library: the
    // helper lifts the limit and installs it; where it cannot (the test build as a user under
    // a hard limit), the write fails with EFBIG instead of killing it, and it rolls back: no
    // truncated file, nothing half-copied, and the log has its end record.
    void fileSizeLimit_data()
    {
        QTest::addColumn<QString>("ulimit");
        QTest::addColumn<bool>("liftable");
        // A hard limit can be lifted only with CAP_SYS_RESOURCE (root, outside containers
        // that drop it): find out the way the helper would.
        const bool canRaise =
            QProcess::execute("bash", {"-c", "ulimit -f 1024; ulimit -f unlimited"}) == 0;
        QTest::newRow("soft limit") << "-S -f 1024" << true;
        QTest::newRow("hard limit") << "-f 1024" << canRaise;
    }
    void fileSizeLimit()
    {
        QFETCH(QString, ulimit);
        QFETCH(bool, liftable);
        const QString t = m_tmp.path();
        if (!QFileInfo::exists(t + "/big.tar.xz")) {
            writeFile(t + "/big/include/cudnn_version.h",
                      fixture("cudnn/zspace_cudnn_version.h_9.6.0.txt"));
            writeFile(t + "/big/lib/libcudnn_big.so.9", QByteArray(3 << 20, 'x'));
            QVERIFY(!makeArchive("big").isEmpty());
        }
        const QString tkRel = "/usr/local/cuda-12.7", tk = m_root + tkRel;
        QDir(tk).removeRecursively();
        mkdirs(m_root, tkRel + "/include");
        mkdirs(m_root, tkRel + "/lib64");
        writeFile(tk + "/include/cudnn_version.h", "#define CUDNN_MAJOR 8\n"); // kept on failure
        const QString log = t + "/limit.log";
        QFile::remove(log);
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert("GPUSETUP_HELPER_TEST_ROOT", m_root);
        env.insert("GPUSETUP_HELPER_LOG", log);
        env.insert("GPUSETUP_HELPER_TEST_HASHES", m_hashes);
        p.setProcessEnvironment(env);
        p.start("bash", {"-c", "ulimit " + ulimit + "; exec \"$0\" install-cudnn \"$1\" \"$2\"",
                         GPUSETUP_HELPER_TESTABLE, t + "/big.tar.xz", tkRel});
        QVERIFY(p.waitForFinished(30000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit); // never killed by SIGXFSZ
        QVERIFY2(p.exitCode() == (liftable ? 0 : 1), qPrintable(err));
        QVERIFY(readAll(log).contains("end install-cudnn"));
        QVERIFY(QDir(tk + "/lib64").entryList({"*.gpu-setup-new"}, QDir::Files).isEmpty());
        QVERIFY(QDir(m_root + "/var/tmp").entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
        if (liftable) {
            QCOMPARE(QFileInfo(tk + "/lib64/libcudnn_big.so.9").size(), qint64(3 << 20));
        } else {
            QVERIFY(!QFileInfo::exists(tk + "/lib64/libcudnn_big.so.9"));
            QCOMPARE(readAll(tk + "/include/cudnn_version.h"),
                     QByteArray("#define CUDNN_MAJOR 8\n"));
            QVERIFY(QDir(tk).entryList({"gpu-setup-backup-*"}, QDir::Dirs).isEmpty());
        }
    }

    // Not enough room where the installer would unpack: refused before anything is copied.
    void runfileNoSpace()
    {
        HelperValidateOptions vo;
        vo.extraKnownSha256 = {m_sha};
        const HelperRequest r = helper::validate(
            sub("run-cuda-runfile|$T/cuda.run|/usr/local/cuda-12.9").split('|'), vo);
        QVERIFY2(r.ok(), qPrintable(r.error));
        HelperRunOptions o;
        o.rootPrefix = m_root;
        o.trustedUid = ::geteuid();
        o.extraKnownSha256 = {m_sha};
        o.freeSpace = [](const QString &) { return qint64(10); };
        QString failure;
        QCOMPARE(runHelperRequest(r, o, &failure), int(helper::Failed));
        QVERIFY2(failure.contains("Not enough space"), qPrintable(failure));
        QVERIFY(QDir(m_root + "/var/tmp").entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
        QVERIFY(!QFileInfo::exists(m_root + "/usr/local/cuda-12.9"));
    }
};

QTEST_GUILESS_MAIN(TestHelper)
#include "tst_helper.moc"
