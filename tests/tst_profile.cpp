// Shell profile edits: every shell x every starting condition byte for byte (apply, apply
// again, remove, undo), real bash / zsh / fish sourcing the result, the CLI, and a writer
// SIGKILLed at random points that must leave each profile exactly old or exactly new.
#include "actions/FileBackup.h"
#include "actions/Journal.h"
#include "actions/ProfileEditor.h"
#include "actions/ProfileOperation.h"
#include "actions/StepOperations.h"
#include "advice/Advisor.h"
#include "advice/ToolkitAdvice.h"
#include "host/SnapshotHost.h"
#include "knowledge/Knowledge.h"
#include "probe/Facts.h"
#include "probe/ShellProbe.h"

#include "TestSnapshot.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cstring>
#include <linux/capability.h>
#include <signal.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace gpusetup;
using namespace gpusetup::test;

namespace {

const QString kCuda = QStringLiteral("/opt/gst/cuda-12.4");
const QString kCudnnLib = QStringLiteral("/opt/gst/cudnn-9/lib");
const QByteArray kUser = "# my rc\nalias ll='ls -l'\nexport EDITOR=vim\n";
const QByteArray kOldBlock = "# >>> gpu-setup >>>\nexport PATH=/usr/local/cuda-11.8/bin:$PATH\n"
                             "# <<< gpu-setup <<<\n";

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

int modeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

QString relPathOf(const QString &shell)
{
    if (shell == QLatin1String("bash")) return QStringLiteral(".bashrc");
    if (shell == QLatin1String("zsh")) return QStringLiteral(".zshrc");
    if (shell == QLatin1String("fish")) return QStringLiteral(".config/fish/config.fish");
    return QStringLiteral(".profile");
}

QByteArray blockFor(const QString &shell, const QString &cuda = kCuda)
{
    return ProfileEditor::makeBlock(shell == QLatin1String("fish") ? ProfileSyntax::Fish
                                                                   : ProfileSyntax::Posix,
                                    cuda, {kCudnnLib});
}

QByteArray withNote(const QByteArray &block)
{
    QByteArray b = block;
    b.insert(b.indexOf('\n') + 1, QByteArray(ProfileEditor::kAddedBreak) + '\n');
    return b;
}

// Root ignores directory permissions; drop the DAC capabilities of this thread for a while
// so a read-only folder is read-only for us too (restored on destruction).
class NoDacOverride
{
public:
    NoDacOverride()
    {
        if (::geteuid() != 0) {
            m_ok = true;
            return;
        }
        __user_cap_header_struct hdr{_LINUX_CAPABILITY_VERSION_3, 0};
        if (::syscall(SYS_capget, &hdr, m_saved) != 0) return;
        __user_cap_data_struct lowered[2];
        memcpy(lowered, m_saved, sizeof lowered);
        lowered[0].effective &=
            ~((1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH) | (1u << CAP_FOWNER));
        m_ok = m_lowered = ::syscall(SYS_capset, &hdr, lowered) == 0;
    }
    ~NoDacOverride()
    {
        if (!m_lowered) return;
        __user_cap_header_struct hdr{_LINUX_CAPABILITY_VERSION_3, 0};
        ::syscall(SYS_capset, &hdr, m_saved);
    }
    bool ok() const { return m_ok; }

private:
    bool m_ok = false;
    bool m_lowered = false;
    __user_cap_data_struct m_saved[2]{};
};

// One temporary home with one profile in a given starting condition.
struct Scenario
{
    QTemporaryDir dir;
    QString home;
    QString path;      // the profile as the user knows it
    QString target;    // where its bytes live (differs for the symlink row)
    QString backups;   // the editor's backup folder
    QString lockedDir; // read-only row: the folder made read-only
    QByteArray before; // the bytes the test started with ("<missing>" when none)
    int mode = -1;

    Scenario(const QString &shell, const QString &condition)
    {
        home = dir.path() + QStringLiteral("/home");
        QDir().mkpath(home);
        backups = dir.path() + QStringLiteral("/state/gpu-setup/backups");
        path = home + QLatin1Char('/') + relPathOf(shell);
        target = path;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QByteArray bytes = kUser;
        if (condition == QLatin1String("missing")) {
            before = "<missing>";
            return;
        }
        if (condition == QLatin1String("empty")) bytes = "";
        if (condition == QLatin1String("no-newline")) bytes = "alias ll='ls -l'\nexport X=1";
        if (condition == QLatin1String("crlf")) bytes = "alias ll='ls -l'\r\nexport X=1\r\n";
        if (condition == QLatin1String("invalid-utf8"))
            bytes = "echo caf\xe9\n\xff\xfe\xc3\x28 not UTF-8\nexport X=1\n";
        if (condition == QLatin1String("old-block")) bytes = kUser + kOldBlock;
        if (condition == QLatin1String("block-in-middle"))
            bytes = kUser + kOldBlock + "# after the block\nexport Y=2";
        if (condition == QLatin1String("damaged"))
            bytes = kUser + "# >>> gpu-setup >>>\nexport PATH=/usr/local/cuda/bin:$PATH\n";
        if (condition == QLatin1String("symlink-0600")) {
            target = home + QStringLiteral("/dotfiles/") + QFileInfo(path).fileName();
            writeFile(target, bytes);
            QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
            makeLink(target, path);
        } else {
            writeFile(path, bytes);
        }
        before = bytes;
        mode = modeOf(target);
        if (condition == QLatin1String("readonly-dir")) {
            lockedDir = QFileInfo(path).absolutePath();
            QFile::setPermissions(lockedDir, QFile::ReadOwner | QFile::ExeOwner);
        }
    }
    ~Scenario()
    {
        if (!lockedDir.isEmpty())
            QFile::setPermissions(lockedDir,
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QByteArray now() const { return readBytes(target); }
};

// What apply must produce from `before`, spelled out rather than computed by the editor.
QByteArray expectedApply(const QString &condition, const QByteArray &before, const QByteArray &b)
{
    if (condition == QLatin1String("missing") || condition == QLatin1String("empty")) return b;
    if (condition == QLatin1String("no-newline")) return before + '\n' + withNote(b);
    if (condition == QLatin1String("old-block")) return kUser + b;
    if (condition == QLatin1String("block-in-middle"))
        return kUser + b + "# after the block\nexport Y=2";
    return before + b;
}

QByteArray expectedRemove(const QString &condition, const QByteArray &before)
{
    if (condition == QLatin1String("missing")) return "";
    if (condition == QLatin1String("old-block")) return kUser;
    if (condition == QLatin1String("block-in-middle"))
        return kUser + "# after the block\nexport Y=2";
    return before;
}

struct ShellRun
{
    int exitCode = -1;
    QMap<QString, QString> env;
    QByteArray err;
};

ShellRun runShell(const QString &program, const QStringList &args, const QString &home,
                  const QString &ldLibraryPath, bool setLd)
{
    QProcess p;
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    env.insert(QStringLiteral("TERM"), QStringLiteral("dumb"));
    env.insert(QStringLiteral("USER"), QStringLiteral("student"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    if (setLd) env.insert(QStringLiteral("LD_LIBRARY_PATH"), ldLibraryPath);
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(home);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, args);
    ShellRun r;
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.err = p.readAllStandardError();
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            r.env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return r;
}

QProcessEnvironment cliEnv(const QString &root)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), root + QStringLiteral("/home"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), root + QStringLiteral("/state"));
    env.insert(QStringLiteral("SHELL"), QStringLiteral("/bin/bash"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

struct CliRun
{
    int code = -1;
    QByteArray out, err;
};

CliRun runGpuSetup(const QString &root, const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(cliEnv(root));
    p.start(QStringLiteral(GPUSETUP_BINARY), args);
    CliRun r;
    if (!p.waitForFinished(30000)) return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool oneSentence(const QString &s)
{
    return !s.isEmpty() && !s.contains(QLatin1Char('\n')) && s.endsWith(QLatin1Char('.'));
}

} // namespace

class TestProfile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { spdlog::set_level(spdlog::level::warn); }

    // One backup folder for every edit (profiles, .condarc, pip.conf, conda init), beside the
    // journal: $XDG_STATE_HOME when it is an absolute path, else the home's ~/.local/state.
    void backupDir_data()
    {
        QTest::addColumn<QByteArray>("xdg"); // "-": unset
        QTest::addColumn<QString>("expected");
        QTest::newRow("unset") << QByteArray("-") << "/home/ana/.local/state/gpu-setup/backups";
        QTest::newRow("empty") << QByteArray("") << "/home/ana/.local/state/gpu-setup/backups";
        QTest::newRow("relative ignored")
            << QByteArray("state") << "/home/ana/.local/state/gpu-setup/backups";
        QTest::newRow("absolute") << QByteArray("/var/tmp/st/") << "/var/tmp/st/gpu-setup/backups";
    }
    void backupDir()
    {
        QFETCH(QByteArray, xdg);
        QFETCH(QString, expected);
        const QByteArray saved = qgetenv("XDG_STATE_HOME");
        const bool had = qEnvironmentVariableIsSet("XDG_STATE_HOME");
        if (xdg == "-")
            qunsetenv("XDG_STATE_HOME");
        else
            qputenv("XDG_STATE_HOME", xdg);
        const QByteArray savedHome = qgetenv("HOME");
        qputenv("HOME", "/home/ana");
        const QString fileBackup = FileBackup::backupDir(QStringLiteral("/home/ana/"));
        const QString journal = Journal::defaultPath();
        qputenv("HOME", savedHome);
        if (had)
            qputenv("XDG_STATE_HOME", saved);
        else
            qunsetenv("XDG_STATE_HOME");
        QCOMPARE(fileBackup, expected);
        // and the journal that records them sits beside them
        QCOMPARE(journal, expected.chopped(int(qstrlen("backups"))) + "journal.json");
    }

    void validateDir_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("cleaned");
        QTest::newRow("plain") << "/usr/local/cuda-12.4" << true << "/usr/local/cuda-12.4";
        QTest::newRow("trailing-slash") << "/usr/local/cuda/" << true << "/usr/local/cuda";
        QTest::newRow("dots") << "/opt/x/../cuda-12.1" << true << "/opt/cuda-12.1";
        QTest::newRow("non-ascii") << "/home/张三/cudnn" << true << "/home/张三/cudnn";
        QTest::newRow("relative") << "cuda" << false << "";
        QTest::newRow("tilde") << "~/cuda" << false << "";
        QTest::newRow("empty") << "" << false << "";
        QTest::newRow("root") << "/" << false << "";
        QTest::newRow("newline") << "/opt/cuda\nrm -rf ~" << false << "";
        QTest::newRow("dquote") << "/opt/cu\"da" << false << "";
        QTest::newRow("squote") << "/opt/cu'da" << false << "";
        QTest::newRow("dollar") << "/opt/$HOME" << false << "";
        QTest::newRow("backtick") << "/opt/`id`" << false << "";
        QTest::newRow("space") << "/opt/my cuda" << false << "";
        QTest::newRow("colon") << "/opt/a:/b" << false << "";
        QTest::newRow("semicolon") << "/opt/a;b" << false << "";
        QTest::newRow("backslash") << "/opt/a\\b" << false << "";
    }
    void validateDir()
    {
        QFETCH(QString, dir);
        QFETCH(bool, ok);
        QFETCH(QString, cleaned);
        QString got, error;
        QCOMPARE(ProfileEditor::validateDir(dir, QStringLiteral("--cuda"), &got, &error), ok);
        if (ok) {
            QCOMPARE(got, cleaned);
        } else {
            QVERIFY2(oneSentence(error), qPrintable(error));
            QVERIFY(error.startsWith(QLatin1String("--cuda")));
        }
    }

    void blocks()
    {
        QCOMPARE(ProfileEditor::makeBlock(ProfileSyntax::Posix, "/usr/local/cuda-12.4"),
                 QByteArray("# >>> gpu-setup >>>\n"
                            "# Written by gpu-setup; 'gpu-setup profile remove' takes it out.\n"
                            "export CUDA_HOME=/usr/local/cuda-12.4\n"
                            "export PATH=/usr/local/cuda-12.4/bin${PATH:+:${PATH}}\n"
                            "export LD_LIBRARY_PATH=/usr/local/cuda-12.4/lib64"
                            "${LD_LIBRARY_PATH:+:${LD_LIBRARY_PATH}}\n"
                            "# <<< gpu-setup <<<\n"));
        QCOMPARE(ProfileEditor::makeBlock(ProfileSyntax::Fish, "/usr/local/cuda-12.4",
                                          {"/home/u/cudnn/lib"}),
                 QByteArray("# >>> gpu-setup >>>\n"
                            "# Written by gpu-setup; 'gpu-setup profile remove' takes it out.\n"
                            "set -gx CUDA_HOME /usr/local/cuda-12.4\n"
                            "set -gx PATH /usr/local/cuda-12.4/bin $PATH\n"
                            "test -n \"$LD_LIBRARY_PATH\"; or set -e LD_LIBRARY_PATH\n"
                            "set -gx LD_LIBRARY_PATH /usr/local/cuda-12.4/lib64 /home/u/cudnn/lib "
                            "$LD_LIBRARY_PATH\n"
                            "# <<< gpu-setup <<<\n"));
        // The probe sees a block gpu-setup wrote as exactly one complete block.
        for (ProfileSyntax s : {ProfileSyntax::Posix, ProfileSyntax::Fish}) {
            const ProfileFile p = scanProfileText(QString::fromUtf8(
                kUser + ProfileEditor::makeBlock(s, kCuda, {kCudnnLib}) + "x=1\n"));
            QCOMPARE(p.block, FactState::Found);
            QCOMPARE(p.blockStart, 4);
            QVERIFY(p.cudaLines.isEmpty());
        }
        QVERIFY(ProfileEditor::isWellFormedBlock(blockFor("bash"), nullptr));
        QString error;
        QVERIFY(!ProfileEditor::isWellFormedBlock("export PATH=/x:$PATH\n", &error));
        QVERIFY2(oneSentence(error), qPrintable(error));
        QVERIFY(!ProfileEditor::isWellFormedBlock(kOldBlock + kOldBlock, nullptr));
    }

    void cudnnLibDir()
    {
        QTemporaryDir t;
        QDir().mkpath(t.path() + "/a/lib64");
        QDir().mkpath(t.path() + "/b");
        writeFile(t.path() + "/b/libcudnn.so.9", "x");
        QCOMPARE(ProfileEditor::cudnnLibDir(t.path() + "/a", kCuda), t.path() + "/a/lib64");
        QCOMPARE(ProfileEditor::cudnnLibDir(t.path() + "/b", kCuda), t.path() + "/b");
        QCOMPARE(ProfileEditor::cudnnLibDir(t.path() + "/none", kCuda), t.path() + "/none/lib");
        QCOMPARE(ProfileEditor::cudnnLibDir(kCuda, kCuda), QString());
        QCOMPARE(ProfileEditor::cudnnLibDir(kCuda + "/cudnn", kCuda), QString());
        QCOMPARE(ProfileEditor::cudnnLibDir(QString(), kCuda), QString());
    }

    void diffText()
    {
        const QStringList d =
            ProfileEditor::diff("a", "b", "1\n2\n3\n4\n5\nlast", "1\n2\n3\n4\n5\nlast\nNEW\n");
        QCOMPARE(d, QStringList({"--- a", "+++ b", "@@ -3,4 +3,5 @@", " 3", " 4", " 5", "-last",
                                 "\\ No newline at end of file", "+last", "+NEW"}));
        QCOMPARE(ProfileEditor::diff("a", "b", "", "x\n"),
                 QStringList({"--- a", "+++ b", "@@ -0,0 +1,1 @@", "+x"}));
        QVERIFY(ProfileEditor::diff("a", "a", "same", "same").isEmpty());
    }

    // Every shell x every starting condition: apply, apply again, remove, undo.
    void edits_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::addColumn<QString>("condition");
        const QStringList conditions{"missing",      "empty",     "no-newline",      "crlf",
                                     "invalid-utf8", "old-block", "block-in-middle", "symlink-0600",
                                     "readonly-dir", "damaged"};
        for (const char *shell : {"bash", "zsh", "fish", "profile"})
            for (const QString &c : conditions)
                QTest::newRow(qPrintable(QStringLiteral("%1/%2").arg(shell, c))) << shell << c;
    }
    void edits()
    {
        QFETCH(QString, shell);
        QFETCH(QString, condition);
        const QByteArray block = blockFor(shell);
        const bool refused =
            condition == QLatin1String("readonly-dir") || condition == QLatin1String("damaged");

        // --- apply ---
        {
            Scenario s(shell, condition);
            ProfileEditor editor(s.backups);
            ProfileEditResult r;
            {
                NoDacOverride guard;
                if (condition == QLatin1String("readonly-dir") && !guard.ok())
                    QSKIP("running as root without the right to drop CAP_DAC_OVERRIDE");
                r = editor.commit(s.path, block);
            }
            if (refused) {
                QVERIFY(!r.ok);
                QVERIFY(!r.changed);
                QVERIFY2(oneSentence(r.message), qPrintable(r.message));
                QCOMPARE(s.now(), s.before);
                QCOMPARE(modeOf(s.target), s.mode);
                QVERIFY(filesUnder(s.backups).isEmpty()); // no stray backup either
                QCOMPARE(filesUnder(QFileInfo(s.path).absolutePath()),
                         QStringList{QFileInfo(s.path).fileName()});
                return;
            }
            QVERIFY2(r.ok, qPrintable(r.message));
            QVERIFY(r.changed);
            const QByteArray expected = expectedApply(condition, s.before, block);
            QCOMPARE(s.now(), expected);
            QCOMPARE(r.after, expected);
            QCOMPARE(r.target, QFileInfo(s.target).canonicalFilePath());
            QCOMPARE(ProfileEditor::findBlock(expected).found, true);
            if (condition == QLatin1String("missing")) {
                QCOMPARE(r.change.kind, QStringLiteral("file-created"));
            } else {
                QCOMPARE(r.change.kind, QStringLiteral("file-modified"));
                QCOMPARE(readBytes(r.change.backup), s.before);
                QCOMPARE(modeOf(r.change.backup), 0600);
                QVERIFY(r.change.backup.startsWith(s.backups + QLatin1Char('/')));
                QCOMPARE(modeOf(s.target), s.mode); // 0600 stays 0600
            }
            if (condition == QLatin1String("symlink-0600")) {
                QVERIFY(QFileInfo(s.path).isSymLink()); // link kept, target edited
                QCOMPARE(QFileInfo(s.path).symLinkTarget(), s.target);
                QCOMPARE(modeOf(s.target), 0600);
            }
            // Apply twice = same bytes, and nothing is written or backed up.
            const QStringList backups = filesUnder(s.backups);
            const ProfileEditResult again = editor.commit(s.path, block);
            QVERIFY(again.ok);
            QVERIFY(!again.changed);
            QCOMPARE(s.now(), expected);
            QCOMPARE(filesUnder(s.backups), backups);
            // A different toolkit replaces the block in place.
            const QByteArray other = blockFor(shell, QStringLiteral("/opt/gst/cuda-11.8"));
            QVERIFY(editor.commit(s.path, other).ok);
            QCOMPARE(s.now(), expectedApply(condition, s.before, other));
            // Remove takes exactly the block (and the line break gpu-setup added).
            const ProfileEditResult rm = editor.commit(s.path, QByteArray());
            QVERIFY2(rm.ok, qPrintable(rm.message));
            QCOMPARE(s.now(), expectedRemove(condition, s.before));
            QVERIFY(editor.commit(s.path, QByteArray()).ok); // removing twice: nothing to do
            QCOMPARE(s.now(), expectedRemove(condition, s.before));
            if (condition == QLatin1String("symlink-0600")) {
                QVERIFY(QFileInfo(s.path).isSymLink());
                QCOMPARE(modeOf(s.target), 0600);
            }
            // No temporary file left next to the profile.
            QStringList here = filesUnder(QFileInfo(s.target).absolutePath());
            here.removeAll(QFileInfo(s.target).fileName());
            if (condition == QLatin1String("symlink-0600")) QVERIFY(here.isEmpty());
        }
        // --- undo through the operation: the exact previous bytes ---
        {
            Scenario s(shell, condition);
            ProfileOperation op("t.profile", "t", {{s.path, block}}, s.backups);
            QSignalSpy done(&op, &Operation::finished);
            op.start();
            QVERIFY(done.wait(5000));
            QVERIFY(op.result().ok);
            QCOMPARE(op.journalEntry().changes.size(), 1);
            QCOMPARE(s.now(), expectedApply(condition, s.before, block));
            QSignalSpy undone(&op, &Operation::undoFinished);
            op.undo();
            QVERIFY(undone.wait(5000));
            QVERIFY2(op.state() == Operation::State::Undone,
                     qPrintable(undone.first().first().value<OperationResult>().message));
            QCOMPARE(s.now(), s.before); // "<missing>" again for the missing row
            if (condition == QLatin1String("symlink-0600")) {
                QVERIFY(QFileInfo(s.path).isSymLink());
                QCOMPARE(modeOf(s.target), 0600);
            }
        }
        // --- undo through the generic journal ---
        {
            Scenario s(shell, condition);
            ProfileEditor editor(s.backups);
            const ProfileEditResult r = editor.commit(s.path, block);
            QVERIFY(r.ok);
            QCOMPARE(Journal::undoChanges({r.change}), QStringList());
            QCOMPARE(s.now(), s.before);
        }
    }

    void undoRefusesOverUserEdits()
    {
        Scenario s("bash", "crlf");
        ProfileOperation op("t.profile", "t", {{s.path, blockFor("bash")}}, s.backups);
        QSignalSpy done(&op, &Operation::finished);
        op.start();
        QVERIFY(done.wait(5000));
        QVERIFY(op.result().ok);
        QFile f(s.path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("export MINE=1\n");
        f.close();
        const QByteArray edited = s.now();
        QSignalSpy undone(&op, &Operation::undoFinished);
        op.undo();
        QVERIFY(undone.wait(5000));
        const auto r = undone.first().first().value<OperationResult>();
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(op.results().first().change.backup), qPrintable(r.message));
        QCOMPARE(s.now(), edited); // the user's line is not lost
    }

    void allOrNothing()
    {
        // The second profile is damaged: the first must not be touched either.
        QTemporaryDir t;
        const QString good = t.path() + "/.bashrc";
        const QString bad = t.path() + "/.profile";
        writeFile(good, kUser);
        writeFile(bad, "# <<< gpu-setup <<<\n");
        ProfileOperation op("t", "t", {{good, blockFor("bash")}, {bad, blockFor("bash")}},
                            t.path() + "/backups");
        QVERIFY(op.dryRun().join('\n').contains("cannot edit " + bad));
        QSignalSpy done(&op, &Operation::finished);
        op.start();
        QVERIFY(done.wait(5000));
        QVERIFY(!op.result().ok);
        QVERIFY2(oneSentence(op.result().message), qPrintable(op.result().message));
        QCOMPARE(readBytes(good), kUser);
        QVERIFY(!QFileInfo::exists(t.path() + "/backups"));
    }

    void danglingLinkRefused()
    {
        QTemporaryDir t;
        makeLink(t.path() + "/dotfiles/gone", t.path() + "/.bashrc");
        ProfileEditor editor(t.path() + "/b");
        const ProfileEditResult r = editor.commit(t.path() + "/.bashrc", blockFor("bash"));
        QVERIFY(!r.ok);
        QVERIFY2(oneSentence(r.message), qPrintable(r.message));
        QVERIFY(!QFileInfo::exists(t.path() + "/dotfiles/gone"));
    }

    void stepBecomesProfileOperation()
    {
        QTemporaryDir t;
        writeFile(t.path() + "/.bashrc", kUser);
        Step step;
        step.id = "toolkit.profile";
        step.kind = "edit";
        step.path = t.path() + "/.bashrc";
        step.content = QString::fromUtf8(blockFor("bash"));
        step.description = "Put CUDA on PATH";
        ActionContext ctx;
        ctx.home = t.path();
        ctx.dryRun = true;
        QString why;
        auto op = operationForStep(step, ctx, &why);
        QVERIFY2(op, qPrintable(why));
        QVERIFY(qobject_cast<ProfileOperation *>(op.get()));
        QVERIFY(op->canUndo());
        const QString dry = op->dryRun().join('\n');
        QVERIFY2(dry.contains("write " + t.path() + "/.bashrc"), qPrintable(dry));
        QVERIFY(dry.contains("+export PATH=" + kCuda + "/bin${PATH:+:${PATH}}"));
        QSignalSpy done(op.get(), &Operation::finished);
        op->start();
        QVERIFY(done.wait(5000));
        QCOMPARE(readBytes(t.path() + "/.bashrc"), kUser); // dry run: untouched
        // The python mirror edits are not profile edits.
        step.id = "python.pip-mirror";
        QVERIFY(!qobject_cast<ProfileOperation *>(operationForStep(step, ctx, &why).get()));
    }

    // Issue 12, break 3: one block writer. The advisor's toolkit.profile / cudnn.profile step
    // (what the wizard runs) and `gpu-setup profile apply` write the same bytes into the rc file
    // and ~/.profile (CUDA_HOME included), so whichever runs second changes nothing.
    void wizardAndCliWriteTheSameBlock_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::addColumn<bool>("cudnn");
        QTest::addColumn<bool>("cliFirst");
        for (const char *shell : {"bash", "zsh", "fish"})
            for (bool cudnn : {false, true})
                for (bool cliFirst : {false, true})
                    QTest::newRow(qPrintable(QStringLiteral("%1%2/%3").arg(
                        shell, cudnn ? "+cudnn" : "", cliFirst ? "cli-first" : "wizard-first")))
                        << QString(shell) << cudnn << cliFirst;
    }
    void wizardAndCliWriteTheSameBlock()
    {
        QFETCH(QString, shell);
        QFETCH(bool, cudnn);
        QFETCH(bool, cliFirst);
        QTemporaryDir t;
        const QString home = t.path() + "/home";
        const QString rc = home + "/" + relPathOf(shell);
        writeFile(rc, kUser);
        writeFile(home + "/.profile", "# ~/.profile\nexport LANG=C.UTF-8\n");
        const QString cudnnDir = "/opt/gst/cudnn-9";

        // The step exactly as the advisor plans it, from a real machine's facts moved to this
        // home (the toolkit stage asked for, into kCuda).
        QString error;
        auto snapshot = SnapshotHost::open(hostsDir() + "/ubuntu2204-rtx3060-drv535", &error);
        QVERIFY(snapshot);
        Facts facts = probeAll(*snapshot);
        facts.machine.home = home;
        facts.shell.shellKind = shell;
        facts.shell.profiles.clear();
        Choices choices;
        choices.toolkit = Want::Yes;
        choices.toolkitPrefix = kCuda;
        const Plan plan = advise(facts, Knowledge::builtin(), choices);
        Step step;
        for (const Step &s : plan.stage(StageId::Toolkit)->steps)
            if (s.id == "toolkit.profile") step = s;
        QVERIFY2(!step.id.isEmpty(), qPrintable(planText(plan)));
        QCOMPARE(step.path, rc);
        if (cudnn) { // the cuDNN stage's block when cuDNN stays outside the toolkit
            step.id = "cudnn.profile";
            step.content = gpuSetupProfileBlock(shell, kCuda, {cudnnDir + "/lib"});
        }

        auto wizard = [&] {
            ActionContext ctx;
            ctx.home = home;
            QString why;
            auto op = operationForStep(step, ctx, &why);
            QVERIFY2(op, qPrintable(why));
            QSignalSpy done(op.get(), &Operation::finished);
            op->start();
            QVERIFY(done.wait(5000));
            const auto r = done.first().first().value<OperationResult>();
            QVERIFY2(r.ok, qPrintable(r.message));
        };
        QStringList cliArgs{"profile", "apply", "--cuda", kCuda, "--home", home, "--shell", shell};
        if (cudnn) cliArgs << "--cudnn" << cudnnDir;
        auto cli = [&] {
            const CliRun r = runGpuSetup(t.path(), cliArgs);
            QVERIFY2(r.code == 0, r.err.constData());
        };

        if (cliFirst)
            cli();
        else
            wizard();
        const QByteArray rcAfter = readBytes(rc);
        const QByteArray profileAfter = readBytes(home + "/.profile");
        QVERIFY2(rcAfter.contains(shell == "fish" ? "set -gx CUDA_HOME " + kCuda.toUtf8()
                                                  : "export CUDA_HOME=" + kCuda.toUtf8()),
                 rcAfter.constData());
        QVERIFY2(profileAfter.contains("export CUDA_HOME=" + kCuda.toUtf8()),
                 profileAfter.constData());
        if (cudnn) QVERIFY(rcAfter.contains(cudnnDir.toUtf8() + "/lib"));
        if (cliFirst)
            wizard();
        else
            cli();
        QCOMPARE(readBytes(rc), rcAfter);
        QCOMPARE(readBytes(home + "/.profile"), profileAfter);
        QCOMPARE(rcAfter,
                 kUser + makeProfileBlock(
                             profileSyntaxOf(rc),
                             {kCuda, cudnn ? QStringList{cudnnDir + "/lib"} : QStringList{}, {}}));
    }

    // Issue 12, break 8: the old tutorial's hand-written CUDA 10.0 lines (the ubuntu1804
    // snapshot's own ~/.bashrc) move into gpu-setup's block as comments when the plan asks:
    // bash no longer puts CUDA 10.0 on PATH, the rest of the file is untouched, a line inside an
    // if stays where it is, and undo restores the exact bytes.
    void moveHandWritten()
    {
        if (QStandardPaths::findExecutable("bash").isEmpty()) QSKIP("bash is not installed");
        const QString host = hostsDir() + "/ubuntu1804-gtx1070-cuda10";
        const QByteArray tutorial = readBytes(host + "/fs/home/student/.bashrc");
        QVERIFY(tutorial.contains("export PATH=/usr/local/cuda-10.0/bin"));
        QTemporaryDir t;
        const QString home = t.path() + "/home";
        const QByteArray guarded = "if [ -d /usr/local/cuda-10.0 ]; then\n"
                                   "    export CUDA_HOME=/usr/local/cuda-10.0\n"
                                   "fi\n";
        const QByteArray rcBefore = tutorial + guarded + "alias ll='ls -l'";
        const QByteArray profileBefore =
            "# ~/.profile\nexport PATH=\"/usr/local/cuda-10.0/bin:$PATH\"\n";
        writeFile(home + "/.bashrc", rcBefore);
        writeFile(home + "/.profile", profileBefore);

        // The plan of that machine, with a toolkit asked for, moved to this home.
        QString error;
        auto snapshot = SnapshotHost::open(host, &error);
        QVERIFY(snapshot);
        Facts facts = probeAll(*snapshot);
        facts.machine.home = home;
        for (ProfileFile &p : facts.shell.profiles) {
            p.path.replace("/home/student", home);
            p.resolvedPath.replace("/home/student", home);
            for (ShellLine &l : p.cudaLines)
                l.file.replace("/home/student", home);
        }
        Choices choices;
        choices.toolkit = Want::Yes;
        choices.toolkitPrefix = kCuda;
        const Plan plan = advise(facts, Knowledge::builtin(), choices);
        const StagePlan *tk = plan.stage(StageId::Toolkit);
        QStringList ids;
        for (const Step &s : tk->steps)
            ids << s.id;
        const int move = ids.indexOf("toolkit.move-hand-written");
        QVERIFY2(move >= 0 && move < ids.indexOf("toolkit.profile"), qPrintable(ids.join(' ')));
        bool found = false;
        for (const Finding &f : tk->findings)
            if (f.id == "toolkit.hand-written-exports") {
                found = true;
                QVERIFY2(f.text.contains("/usr/local/cuda-10.0"), qPrintable(f.text));
                QVERIFY(!f.resolution.isEmpty());
            }
        QVERIFY(found);

        ActionContext ctx;
        ctx.home = home;
        QString why;
        auto op = operationForStep(tk->steps[move], ctx, &why);
        QVERIFY2(op, qPrintable(why));
        const QString dry = op->dryRun().join('\n');
        QVERIFY2(dry.contains("-export PATH=/usr/local/cuda-10.0/bin"), qPrintable(dry));
        QVERIFY2(dry.contains("left in place"), qPrintable(dry)); // the line inside the if
        QSignalSpy done(op.get(), &Operation::finished);
        op->start();
        QVERIFY(done.wait(5000));
        QVERIFY(done.first().first().value<OperationResult>().ok);

        const QByteArray rc = readBytes(home + "/.bashrc");
        const QByteArray block = managedBlockOf(rc);
        QVERIFY2(block.contains(QByteArray(kMovedLinePrefix) +
                                "export PATH=/usr/local/cuda-10.0/bin${PATH:+:${PATH}}\n"),
                 rc.constData());
        QVERIFY(block.contains(QByteArray(kMovedLinePrefix) + "export LD_LIBRARY_PATH=/usr/local/"
                                                              "cuda-10.0/lib64"));
        QCOMPARE(rc.left(rc.indexOf(kManagedBlockStart)),
                 QByteArray("# ~/.bashrc\nHISTSIZE=1000\n# added by Anaconda3 installer\n"
                            "export PATH=\"/home/student/anaconda3/bin:$PATH\"\n") +
                     guarded + "alias ll='ls -l'\n");
        QVERIFY(readBytes(home + "/.profile")
                    .contains(QByteArray(kMovedLinePrefix) +
                              "export PATH=\"/usr/local/cuda-10.0/bin:"));

        // A real bash: the new toolkit first, CUDA 10.0 gone from PATH and LD_LIBRARY_PATH.
        for (const QStringList &args :
             {QStringList{"-i", "-c", "env"}, QStringList{"-l", "-c", "env"}}) {
            const ShellRun run =
                runShell(QStandardPaths::findExecutable("bash"), args, home, QString(), false);
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QVERIFY2(run.env.value("PATH").startsWith(kCuda + "/bin:"),
                     qPrintable(run.env.value("PATH")));
            QVERIFY(!run.env.value("PATH").contains("cuda-10.0"));
            QVERIFY(!run.env.value("LD_LIBRARY_PATH").contains("cuda-10.0"));
        }
        // What the wizard reads back agrees: the moved lines' folders leave the environment.
        const auto env = profileBlockEnvironment(
            block, ProfileSyntax::Posix,
            {{"PATH", "/usr/local/cuda-10.0/bin:/home/student/anaconda3/bin:/usr/bin:/bin"},
             {"LD_LIBRARY_PATH", "/usr/local/cuda-10.0/lib64"}});
        QCOMPARE(env.value("PATH").value, kCuda + "/bin:/home/student/anaconda3/bin:/usr/bin:/bin");
        QCOMPARE(env.value("LD_LIBRARY_PATH").value, kCuda + "/lib64");
        QCOMPARE(env.value("CUDA_HOME").value, kCuda);

        // The toolkit.profile step after it keeps the moved lines (one writer, nothing lost),
        // and so does `profile apply`.
        auto profile = operationForStep(tk->steps[ids.indexOf("toolkit.profile")], ctx, &why);
        QVERIFY(profile);
        QSignalSpy done2(profile.get(), &Operation::finished);
        profile->start();
        QVERIFY(done2.wait(5000));
        QCOMPARE(readBytes(home + "/.bashrc"), rc);
        QCOMPARE(runGpuSetup(t.path(), {"profile", "apply", "--cuda", kCuda, "--home", home,
                                        "--shell", "bash"})
                     .code,
                 0);
        QCOMPARE(readBytes(home + "/.bashrc"), rc);

        // Undo of the move: the exact bytes, the line break-less last line included.
        QSignalSpy undone(op.get(), &Operation::undoFinished);
        op->undo();
        QVERIFY(undone.wait(5000));
        QVERIFY2(undone.first().first().value<OperationResult>().ok,
                 qPrintable(undone.first().first().value<OperationResult>().message));
        QCOMPARE(readBytes(home + "/.bashrc"), rcBefore);
        QCOMPARE(readBytes(home + "/.profile"), profileBefore);

        // The CLI does the same on request, byte for byte.
        QTemporaryDir t2;
        writeFile(t2.path() + "/home/.bashrc", rcBefore);
        writeFile(t2.path() + "/home/.profile", profileBefore);
        const CliRun r =
            runGpuSetup(t2.path(), {"profile", "apply", "--cuda", kCuda, "--home",
                                    t2.path() + "/home", "--shell", "bash", "--move-hand-written"});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(readBytes(t2.path() + "/home/.bashrc"), rc);
    }

    // The move offered with no toolkit planned (pip PyTorch): a block the rc file already has
    // keeps what it does, the moved line joins it, and a ~/.profile with nothing to move is
    // neither created nor given an empty block.
    void moveOnlyKeepsTheBlock()
    {
        QTemporaryDir t;
        const QString home = t.path() + "/home";
        const QByteArray hand = "export PATH=/usr/local/cuda-10.0/bin:$PATH";
        const QByteArray rcBefore = "# rc\n" + hand + "\n" + blockFor("bash");
        writeFile(home + "/.bashrc", rcBefore);
        Step step;
        step.id = "toolkit.move-hand-written";
        step.kind = "edit";
        step.path = home + "/.bashrc";
        step.content = QString::fromUtf8(
            makeProfileBlock(ProfileSyntax::Posix, {QString(), {}, {QString::fromUtf8(hand)}}));
        step.description = "move";
        ActionContext ctx;
        ctx.home = home;
        QString why;
        auto op = operationForStep(step, ctx, &why);
        QVERIFY2(op, qPrintable(why));
        QSignalSpy done(op.get(), &Operation::finished);
        op->start();
        QVERIFY(done.count() || done.wait(5000));
        QVERIFY(done.first().first().value<OperationResult>().ok);
        QCOMPARE(readBytes(home + "/.bashrc"),
                 "# rc\n" + makeProfileBlock(ProfileSyntax::Posix,
                                             {kCuda, {kCudnnLib}, {QString::fromUtf8(hand)}}));
        QVERIFY(!QFileInfo::exists(home + "/.profile"));
    }

    // Real shells source the result: PATH, LD_LIBRARY_PATH, CUDA_HOME, and the user's own
    // last line still runs after the block.
    void realShells_data()
    {
        QTest::addColumn<QString>("shell");   // profile kind
        QTest::addColumn<QString>("program"); // binary
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("ld"); // LD_LIBRARY_PATH given; "-" unset
        const QStringList envCmd{"-c", "env"};
        struct
        {
            const char *shell, *program;
            QStringList args;
        } shells[] = {{"bash", "bash", QStringList{"-i"} + envCmd},
                      {"profile", "bash", QStringList{"-l"} + envCmd},
                      {"zsh", "zsh", QStringList{"-i"} + envCmd},
                      {"fish", "fish", envCmd}};
        for (const auto &s : shells)
            for (const char *condition : {"no-newline", "old-block", "crlf"})
                for (const char *ld : {"-", "", "/pre/lib"}) {
                    if (!strcmp(condition, "crlf") && strcmp(ld, "-")) continue; // one is enough
                    QTest::newRow(qPrintable(
                        QStringLiteral("%1(%2)/%3/ld=%4").arg(s.shell, s.program, condition, ld)))
                        << s.shell << s.program << s.args << condition << ld;
                }
    }
    void realShells()
    {
        QFETCH(QString, shell);
        QFETCH(QString, program);
        QFETCH(QStringList, args);
        QFETCH(QString, condition);
        QFETCH(QString, ld);
        if (QStandardPaths::findExecutable(program).isEmpty())
            QSKIP(qPrintable(program + " is not installed"));
        Scenario s(shell, "missing");
        const bool fish = shell == QLatin1String("fish");
        QByteArray user = fish ? "set -gx USERVAR kept" : "export USERVAR=kept";
        if (condition == QLatin1String("old-block")) user = kOldBlock + user + '\n';
        if (condition == QLatin1String("crlf")) user = "true\r\n" + user + "\n";
        writeFile(s.path, user);
        ProfileEditor editor(s.backups);
        const ProfileEditResult r = editor.commit(s.path, blockFor(shell));
        QVERIFY2(r.ok, qPrintable(r.message));
        const ShellRun run =
            runShell(QStandardPaths::findExecutable(program), args, s.home, ld, ld != "-");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString cudaBin = kCuda + "/bin";
        QVERIFY2(run.env.value("PATH").startsWith(cudaBin + ':'),
                 qPrintable(run.env.value("PATH")));
        const QString libs = kCuda + "/lib64:" + kCudnnLib;
        const QString wantLd = ld == "/pre/lib" ? libs + ":/pre/lib" : libs; // no stray ':'
        QCOMPARE(run.env.value("LD_LIBRARY_PATH"), wantLd);
        QCOMPARE(run.env.value("CUDA_HOME"), kCuda);
        QCOMPARE(run.env.value("USERVAR"), QStringLiteral("kept"));
        QVERIFY(!run.env.value("PATH").contains("cuda-11.8")); // the old block is gone
    }

    void cli()
    {
        QTemporaryDir t;
        const QString home = t.path() + "/home";
        writeFile(home + "/.bashrc", kUser);
        writeFile(home + "/.profile", "no newline");
        auto usage = [&](const QStringList &args) {
            const CliRun r = runGpuSetup(t.path(), args);
            QVERIFY2(r.code == 2, qPrintable(args.join(' ') + ": " + r.err));
            QVERIFY2(r.err.startsWith("gpu-setup: "), r.err.constData());
            QCOMPARE(r.err.count('\n'), 2); // the sentence + "Run 'gpu-setup --help'"
        };
        usage({"profile"});
        usage({"profile", "frob"});
        usage({"profile", "apply"});
        usage({"profile", "apply", "--cuda", "cuda-12.4"});
        usage({"profile", "apply", "--cuda", "/opt/my cuda"});
        usage({"profile", "apply", "--cuda", "/opt/$(id)"});
        usage({"profile", "apply", "--cuda", kCuda, "--cudnn", "/a`b`"});
        usage({"profile", "apply", "--cuda", kCuda, "--shell", "tcsh"});
        usage({"profile", "apply", "--cuda", kCuda, "--home", t.path() + "/nope"});
        usage({"profile", "show", "extra"});
        QCOMPARE(readBytes(home + "/.bashrc"), kUser);

        const QStringList base{"--cuda", kCuda, "--cudnn", "/opt/gst/cudnn-9",
                               "--home", home,  "--shell", "bash"};
        // --dry-run prints the exact edit and changes nothing (no backup, no journal).
        const QStringList before = filesUnder(home);
        CliRun r = runGpuSetup(t.path(), QStringList{"profile", "apply", "--dry-run"} + base);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("write " + home.toUtf8() + "/.bashrc"), r.out.constData());
        QVERIFY(r.out.contains("+export PATH=" + kCuda.toUtf8() + "/bin${PATH:+:${PATH}}"));
        QVERIFY(r.out.contains("+export LD_LIBRARY_PATH=" + kCuda.toUtf8() + "/lib64:" +
                               kCudnnLib.toUtf8() + "${LD_LIBRARY_PATH:+:${LD_LIBRARY_PATH}}"));
        QVERIFY(r.out.contains("\\ No newline at end of file")); // .profile's last line
        QCOMPARE(filesUnder(home), before);
        QCOMPARE(readBytes(home + "/.bashrc"), kUser);
        QVERIFY(!QFileInfo::exists(t.path() + "/state/gpu-setup/backups"));
        QVERIFY(!QFileInfo::exists(t.path() + "/state/gpu-setup/journal.json"));

        r = runGpuSetup(t.path(), QStringList{"profile", "show"} + base);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(".bashrc: no gpu-setup block"));
        QVERIFY(r.out.contains("export CUDA_HOME=" + kCuda.toUtf8()));

        r = runGpuSetup(t.path(), QStringList{"profile", "apply"} + base);
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(readBytes(home + "/.bashrc"), kUser + blockFor("bash"));
        QCOMPARE(readBytes(home + "/.profile"), "no newline\n" + withNote(blockFor("profile")));
        // Journaled as file-modified with the backup of the previous bytes.
        Journal journal(t.path() + "/state/gpu-setup/journal.json");
        QVERIFY(journal.load());
        QCOMPARE(journal.entries().size(), 1);
        const JournalEntry e = journal.entries().first();
        QCOMPARE(e.outcome, QStringLiteral("ok"));
        QCOMPARE(e.changes.size(), 2);
        QCOMPARE(e.changes[0].kind, QStringLiteral("file-modified"));
        QCOMPARE(readBytes(e.changes[0].backup), kUser);
        QCOMPARE(readBytes(e.changes[1].backup), QByteArray("no newline"));

        r = runGpuSetup(t.path(), QStringList{"profile", "apply"} + base); // idempotent
        QCOMPARE(r.code, 0);
        QCOMPARE(readBytes(home + "/.bashrc"), kUser + blockFor("bash"));
        QVERIFY(journal.load());
        QCOMPARE(journal.entries().size(), 1); // nothing changed, nothing journaled

        r = runGpuSetup(t.path(), QStringList{"profile", "show", "--json"} + base);
        QCOMPARE(r.code, 0);
        const auto j = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(j["profiles"][0]["state"].get<std::string>(), std::string("up-to-date"));
        QCOMPARE(j["profiles"][0]["blockStart"].get<int>(), 4);

        r = runGpuSetup(t.path(), {"profile", "remove", "--home", home, "--shell", "bash"});
        QCOMPARE(r.code, 0);
        QCOMPARE(readBytes(home + "/.bashrc"), kUser);
        QCOMPARE(readBytes(home + "/.profile"), QByteArray("no newline"));

        // A damaged block: exit 1, one sentence, nothing changed anywhere.
        const QByteArray damaged = kUser + "# >>> gpu-setup >>>\nexport X=1\n";
        writeFile(home + "/.bashrc", damaged);
        r = runGpuSetup(t.path(), QStringList{"profile", "apply"} + base);
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("damaged"));
        QCOMPARE(readBytes(home + "/.bashrc"), damaged);
        QCOMPARE(readBytes(home + "/.profile"), QByteArray("no newline"));
        QCOMPARE(runGpuSetup(t.path(), QStringList{"profile", "apply", "--dry-run"} + base).code,
                 1);
        QCOMPARE(runGpuSetup(t.path(), QStringList{"profile", "show"} + base).code, 1);
    }

    // A writer SIGKILLed at random points, alternating two toolkits: every profile is always
    // exactly the old bytes or exactly the new bytes.
    void killedWriter()
    {
        QTemporaryDir t;
        const QString home = t.path() + "/home";
        const QByteArray rc = kUser;
        const QByteArray login = "# ~/.profile\nexport LANG=C.UTF-8\n";
        writeFile(home + "/.bashrc", rc);
        writeFile(home + "/.profile", login);
        QFile::setPermissions(home + "/.bashrc", QFile::ReadOwner | QFile::WriteOwner);
        const QString dirs[2] = {"/opt/gst/cuda-12.4", "/opt/gst/cuda-11.8"};
        auto blockOf = [&](int k) {
            return ProfileEditor::makeBlock(ProfileSyntax::Posix, dirs[k]);
        };
        const QString files[2] = {home + "/.bashrc", home + "/.profile"};
        const QByteArray original[2] = {rc, login};
        auto expected = [&](int f, int k) {
            return k < 0 ? original[f] : original[f] + blockOf(k);
        };
        auto start = [&](QProcess &p, int k) {
            p.setProcessEnvironment(cliEnv(t.path()));
            p.start(QStringLiteral(GPUSETUP_BINARY),
                    {"profile", "apply", "--cuda", dirs[k], "--home", home, "--shell", "bash"});
            return p.waitForStarted(5000);
        };
        // How long one apply takes, to spread the kills over its whole life.
        QElapsedTimer clock;
        qint64 full = 0;
        int state[2] = {-1, -1};
        for (int k : {0, 1, 0}) {
            QProcess p;
            QVERIFY(start(p, k));
            clock.start();
            QVERIFY(p.waitForFinished(10000));
            full = std::max(full, clock.nsecsElapsed() / 1000);
            QCOMPARE(p.exitCode(), 0);
            state[0] = state[1] = k;
        }
        QCOMPARE(readBytes(files[0]), expected(0, 0));
        auto *rng = QRandomGenerator::global();
        int kills = 0, sawOld = 0, sawNew = 0, iterations = 0;
        QElapsedTimer total;
        total.start();
        while (kills < 200 && iterations < 600) {
            const int k = ++iterations % 2; // alternate the two toolkits
            QProcess p;
            QVERIFY(start(p, k));
            QThread::usleep(rng->bounded(quint32(full * 11 / 10) + 1));
            if (::kill(pid_t(p.processId()), SIGKILL) == 0) ++kills;
            QVERIFY(p.waitForFinished(10000));
            for (int f = 0; f < 2; ++f) {
                const QByteArray now = readBytes(files[f]);
                if (now == expected(f, k)) {
                    if (state[f] != k) ++sawNew;
                    state[f] = k;
                } else if (now == expected(f, state[f])) {
                    ++sawOld;
                } else {
                    QFAIL(qPrintable(QStringLiteral("%1 is neither the old nor the new bytes after "
                                                    "kill %2:\n%3")
                                         .arg(files[f])
                                         .arg(kills)
                                         .arg(QString::fromUtf8(now))));
                }
            }
            QCOMPARE(modeOf(files[0]), 0600);
        }
        qInfo("%d kills in %d runs (%lld ms, one apply %lld us): %d profiles kept the old bytes, "
              "%d had the new ones",
              kills, iterations, total.elapsed(), full, sawOld, sawNew);
        QVERIFY(kills >= 200);
        QVERIFY(sawOld > 0 && sawNew > 0); // the kills really landed on both sides of the write
        // Leftovers: only QSaveFile's own temporaries (".bashrc.XXXXXX"), which no shell reads
        // and which never replace the profile.
        QStringList stray = QDir(home).entryList(QDir::Files | QDir::Hidden | QDir::System);
        stray.removeAll(".bashrc");
        stray.removeAll(".profile");
        static const QRegularExpression temp(
            QStringLiteral("^\\.(bashrc|profile)\\.[A-Za-z0-9]{6}$"));
        for (const QString &s : std::as_const(stray))
            QVERIFY2(temp.match(s).hasMatch(), qPrintable("unexpected file " + s));
        qInfo("%lld QSaveFile temporaries left by the kills", qlonglong(stray.size()));
        // And the next ordinary run is fine.
        QProcess p;
        QVERIFY(start(p, 0));
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(readBytes(files[0]), expected(0, 0));
        QCOMPARE(readBytes(files[1]), expected(1, 0));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
