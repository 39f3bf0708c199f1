// The conda stage's actions against fake installers built here: a Miniconda-like .sh that
// honours only `-b -p PREFIX`, a conda that fakes init / create / env list / env remove /
// tos accept, and an env python that records its pip argv. Temp HOME only, no network.
#include "TestSnapshot.h"

#include "actions/CondaEnvs.h"
#include "actions/CondaInitOperation.h"
#include "actions/CondaInstallOperation.h"
#include "actions/FileBackup.h"
#include "actions/MirrorOperation.h"
#include "actions/StepOperations.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gpusetup;
using gpusetup::test::makeLink;
using gpusetup::test::writeFile;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeExe(const QString &path, const QByteArray &text)
{
    writeFile(path, text);
    QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ExeOwner);
}

QString sha(const QString &path)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex());
}

// The conda the fake installer lays down: a sh script keyed on its own location. `init bash`
// appends the block exactly as conda 24/25 does ("\n" + block + "\n").
const QByteArray kFakeConda = R"SH(#!/bin/sh
ROOT=$(cd "$(dirname "$0")/.." && pwd)
echo "$*" >> "$ROOT/conda-calls.log"
case "$1" in
init)
  [ "$2" = bash ] || { echo "no such shell $2" >&2; exit 1; }
  grep -q '# >>> conda initialize >>>' "$HOME/.bashrc" 2>/dev/null && { echo "no change"; exit 0; }
  cat >> "$HOME/.bashrc" <<BLOCK

# >>> conda initialize >>>
# !! Contents within this block are managed by 'conda init' !!
__conda_setup="\$('$ROOT/bin/conda' 'shell.bash' 'hook' 2> /dev/null)"
if [ \$? -eq 0 ]; then
    eval "\$__conda_setup"
else
    if [ -f "$ROOT/etc/profile.d/conda.sh" ]; then
        . "$ROOT/etc/profile.d/conda.sh"
    else
        export PATH="$ROOT/bin:\$PATH"
    fi
fi
unset __conda_setup
# <<< conda initialize <<<
BLOCK
  echo "modified      $HOME/.bashrc"
  ;;
create)
  [ "$2" = -y ] && [ "$3" = -n ] || exit 2
  if [ -f "$ROOT/tos-required" ] && [ ! -f "$ROOT/tos-accepted" ]; then
    echo "CondaToSNonInteractiveError: Terms of Service have not been accepted for the following channels." >&2
    exit 1
  fi
  [ -e "$ROOT/envs/$4" ] && { echo "prefix already exists" >&2; exit 1; }
  echo "Collecting package metadata (repodata.json): done"
  echo "Solving environment: done"
  v=${5#python=}; [ "$v" = python ] && v=3.13
  mkdir -p "$ROOT/envs/$4/bin" "$ROOT/envs/$4/conda-meta"
  touch "$ROOT/envs/$4/conda-meta/python-$v.0-h0_0.json"
  cat > "$ROOT/envs/$4/bin/python" <<'PY'
#!/bin/sh
D=$(cd "$(dirname "$0")/.." && pwd)
for a in "$@"; do printf '%s\n' "$a"; done > "$D/pip-argv.txt"
echo "Collecting torch"
echo "  Downloading torch-2.11.0-cp312-none-linux_x86_64.whl (900 MB)"
echo "Collecting numpy"
echo "Installing collected packages: numpy, torch"
echo "Successfully installed numpy-2.0 torch-2.11.0"
PY
  chmod +x "$ROOT/envs/$4/bin/python"
  echo "Executing transaction: done"
  ;;
env)
  case "$2" in
  list)
    [ "$3" = --json ] || exit 2
    printf '{\n  "envs": [\n    "%s"' "$ROOT"
    for d in "$ROOT"/envs/*/; do [ -d "$d" ] && printf ',\n    "%s"' "${d%/}"; done
    printf '\n  ]\n}\n'
    ;;
  remove)
    [ "$3" = -y ] && [ "$4" = -n ] || exit 2
    [ -d "$ROOT/envs/$5" ] || { echo "EnvironmentLocationNotFound" >&2; exit 1; }
    rm -rf "$ROOT/envs/$5"
    echo "Remove all packages in environment $ROOT/envs/$5"
    ;;
  *) exit 2 ;;
  esac
  ;;
tos)
  [ "$2" = accept ] && [ "$3" = --override-channels ] && [ "$4" = --channel ] || exit 2
  echo "$5" >> "$ROOT/tos-accepted"
  echo "accepted Terms of Service for $5"
  ;;
*) echo "unknown command $1" >&2; exit 2 ;;
esac
)SH";

// A Miniconda-like installer: only `-b -p PREFIX`, refuses an existing prefix. `slow` sleeps
// after unpacking starts (a child process, as a real installer's own tools would be).
QByteArray fakeInstaller(bool slow = false)
{
    QByteArray s = R"SH(#!/bin/sh
[ $# -eq 3 ] && [ "$1" = -b ] && [ "$2" = -p ] || { echo "usage: -b -p PREFIX" >&2; exit 2; }
PREFIX="$3"
[ -e "$PREFIX" ] && { echo "ERROR: File or directory already exists: '$PREFIX'" >&2; exit 1; }
echo "PREFIX=$PREFIX"
echo "Unpacking payload ..."
)SH";
    if (slow) s += "sleep 30\n";
    s += "mkdir -p \"$PREFIX/bin\" \"$PREFIX/envs\" \"$PREFIX/conda-meta\"\n"
         "touch \"$PREFIX/conda-meta/python-3.13.5-h0_0.json\"\n"
         "cat > \"$PREFIX/bin/conda\" <<'CONDA'\n" +
         kFakeConda +
         "CONDA\n"
         "chmod +x \"$PREFIX/bin/conda\"\n"
         "echo \"Installing base environment...\"\n"
         "echo \"Executing transaction: done\"\n"
         "echo \"installation finished.\"\n";
    return s;
}

OperationResult runOp(Operation &op, int ms = 10000)
{
    QSignalSpy done(&op, &Operation::finished);
    op.start();
    if (done.isEmpty()) done.wait(ms);
    if (done.size() != 1) return {false, false, QStringLiteral("no finish"), {}};
    return done.first().first().value<OperationResult>();
}

OperationResult undoOp(Operation &op)
{
    QSignalSpy done(&op, &Operation::undoFinished);
    op.undo();
    if (done.isEmpty()) done.wait(5000);
    if (done.size() != 1) return {false, false, QStringLiteral("no undo finish"), {}};
    return done.first().first().value<OperationResult>();
}

// Every file under dir with its bytes' hash (symlinks as their target text).
QMap<QString, QString> tree(const QString &dir)
{
    QMap<QString, QString> t;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        const QFileInfo fi(p);
        t.insert(p, fi.isSymLink() ? QStringLiteral("-> ") + fi.symLinkTarget()
                    : fi.isDir()   ? QStringLiteral("dir")
                                   : sha(p));
    }
    return t;
}

} // namespace

class TestCondaActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_home;
    QString m_installer;
    QString m_installerSha;

    // A fresh conda install (laid down by the fake installer itself).
    QString freshConda(const QString &name)
    {
        const QString prefix = m_tmp.filePath(name);
        QProcess p;
        p.start(QStringLiteral("bash"), {m_installer, "-b", "-p", prefix});
        p.waitForFinished(10000);
        return p.exitCode() == 0 ? prefix : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_home = m_tmp.filePath("home");
        QDir().mkpath(m_home);
        // Children (conda, pip, the CLI) see only the temp home.
        qputenv("HOME", m_home.toUtf8());
        qputenv("XDG_CONFIG_HOME", (m_home + "/.config").toUtf8());
        qputenv("XDG_STATE_HOME", (m_home + "/.local/state").toUtf8());
        qunsetenv("CONDA_EXE");
        qunsetenv("CONDA_PREFIX");
        qunsetenv("PIP_INDEX_URL");
        qunsetenv("PIP_CONFIG_FILE");
        m_installer = m_tmp.filePath("dl/Miniconda3-test-Linux-x86_64.sh");
        writeExe(m_installer, fakeInstaller());
        m_installerSha = sha(m_installer);
    }

    // ------------------------------------------------------------ install
    void install()
    {
        const QString prefix = m_tmp.filePath("inst/miniconda3");
        CondaInstallOperation op("python.install-miniconda", m_installer, prefix, m_installerSha);
        QSignalSpy progress(&op, &Operation::progressChanged);
        const OperationResult r = runOp(op);
        QVERIFY2(r.ok, qPrintable(r.message + "\n" + r.details));
        QVERIFY(QFileInfo(prefix + "/bin/conda").isExecutable());
        QCOMPARE(op.progress(), 1.0);
        QVERIFY(progress.size() >= 3); // hash, unpacking, base env, done
        QVERIFY(op.journalEntry().changes.contains(JournalChange{"dir-created", prefix, {}, {}}));
        QCOMPARE(op.journalEntry().commands.last(),
                 QString("bash %1 -b -p %2").arg(m_installer, prefix));
        QVERIFY(undoOp(op).ok);
        QVERIFY(!QFileInfo::exists(prefix));
        QVERIFY(QFileInfo::exists(m_tmp.filePath("inst"))); // only what it created
    }

    void installRefusals_data()
    {
        QTest::addColumn<QString>("prefixName");
        QTest::addColumn<QString>("setup");    // "", "nonempty", "file"
        QTest::addColumn<QString>("checksum"); // "good", "bad", "none"
        QTest::newRow("non-empty prefix") << "ref/a"
                                          << "nonempty"
                                          << "good";
        QTest::newRow("prefix is a file") << "ref/b"
                                          << "file"
                                          << "good";
        QTest::newRow("wrong sha256") << "ref/c"
                                      << ""
                                      << "bad";
        QTest::newRow("no sha256") << "ref/d"
                                   << ""
                                   << "none";
        QTest::newRow("relative prefix") << ""
                                         << ""
                                         << "good";
        QTest::newRow("space in prefix") << "ref/with space"
                                         << ""
                                         << "good";
    }
    void installRefusals()
    {
        QFETCH(QString, prefixName);
        QFETCH(QString, setup);
        QFETCH(QString, checksum);
        const QString prefix = prefixName.isEmpty() ? "miniconda3" : m_tmp.filePath(prefixName);
        if (setup == "nonempty") writeFile(prefix + "/keep.txt", "mine");
        if (setup == "file") writeFile(prefix, "a file");
        QDir().mkpath(m_tmp.filePath("ref"));
        const auto before = tree(m_tmp.filePath("ref"));
        const QString hash = checksum == "good"  ? m_installerSha
                             : checksum == "bad" ? QString(64, QLatin1Char('0'))
                                                 : QString();
        CondaInstallOperation op("t", m_installer, prefix, hash);
        const OperationResult r = runOp(op);
        QVERIFY(!r.ok);
        QVERIFY(!r.message.isEmpty());
        QVERIFY2(!r.message.contains('\n'), qPrintable(r.message));
        QCOMPARE(tree(m_tmp.filePath("ref")), before);
        QVERIFY(!QFileInfo::exists(prefix + "/bin/conda"));
    }

    void installIntoEmptyFolder()
    {
        const QString prefix = m_tmp.filePath("emptyprefix/miniconda3");
        QDir().mkpath(prefix);
        CondaInstallOperation op("t", m_installer, prefix, m_installerSha);
        QVERIFY(runOp(op).ok);
        QVERIFY(QFileInfo::exists(prefix + "/bin/conda"));
        QVERIFY(undoOp(op).ok);
        QVERIFY(QFileInfo(prefix).isDir()); // the user's empty folder is back
        QVERIFY(QDir(prefix).isEmpty());
    }

    void installerRejectsOtherFlags()
    {
        QProcess p;
        p.start("bash", {m_installer, "-b", "-u", "-p", m_tmp.filePath("x")});
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 2);
    }

    void cancelSlowInstaller()
    {
        const QString slow = m_tmp.filePath("dl/slow.sh");
        writeExe(slow, fakeInstaller(true));
        const QString prefix = m_tmp.filePath("slow/miniconda3");
        CondaInstallOperation op("t", slow, prefix, sha(slow));
        QSignalSpy done(&op, &Operation::finished);
        QStringList lines;
        connect(&op, &Operation::logLine, this, [&](const QString &l) { lines << l; });
        op.start();
        QTRY_VERIFY_WITH_TIMEOUT(lines.join('\n').contains("Unpacking"), 5000);
        QElapsedTimer t;
        t.start();
        op.cancel();
        QVERIFY(done.wait(2000) || done.size() == 1);
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
        const auto r = done.first().first().value<OperationResult>();
        QVERIFY(r.cancelled);
        QCOMPARE(op.journalEntry().outcome, QString("cancelled"));
    }

    // ------------------------------------------------------------ conda init
    void initUndo_data()
    {
        QTest::addColumn<QByteArray>("bashrc"); // "<missing>" = no file
        QTest::addColumn<bool>("symlink");
        QTest::newRow("missing") << QByteArray("<missing>") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("lf") << QByteArray("# ~/.bashrc\nalias ll='ls -l'\n") << false;
        QTest::newRow("crlf") << QByteArray("# ~/.bashrc\r\nalias ll='ls -l'\r\n") << false;
        QTest::newRow("no final newline") << QByteArray("export A=1\nexport B=2") << false;
        QTest::newRow("utf-8 and tabs") << QByteArray("# 中文\n\tif true; then :; fi\n") << false;
        QTest::newRow("symlinked") << QByteArray("export DOTFILES=1\n") << true;
    }
    void initUndo()
    {
        QFETCH(QByteArray, bashrc);
        QFETCH(bool, symlink);
        const QString prefix = freshConda(QString("init-%1").arg(QTest::currentDataTag()));
        QVERIFY(!prefix.isEmpty());
        const QString home = m_tmp.filePath(QString("inithome-%1").arg(QTest::currentDataTag()));
        QDir().mkpath(home);
        const QString rc = home + "/.bashrc";
        QString target = rc;
        if (symlink) {
            target = home + "/dotfiles/bashrc";
            writeFile(target, bashrc);
            makeLink("dotfiles/bashrc", rc);
        } else if (bashrc != "<missing>") {
            writeFile(rc, bashrc);
        }
        CondaInitOperation op("python.conda-init", prefix, "bash", home);
        const OperationResult r = runOp(op);
        QVERIFY2(r.ok, qPrintable(r.message + r.details));
        QVERIFY(readAll(rc).contains("# >>> conda initialize >>>"));
        QVERIFY(readAll(rc).contains(prefix.toUtf8() + "/bin/conda"));
        if (symlink) QVERIFY(QFileInfo(rc).isSymLink());
        bool recorded = false;
        for (const JournalChange &c : op.journalEntry().changes)
            if (c.path == rc)
                recorded = c.kind == (bashrc == "<missing>" ? "file-created" : "file-modified");
        QVERIFY(recorded);
        const OperationResult u = undoOp(op);
        QVERIFY2(u.ok, qPrintable(u.message));
        if (bashrc == "<missing>") {
            QVERIFY(!QFileInfo::exists(rc));
        } else {
            QCOMPARE(readAll(rc), bashrc);
            QCOMPARE(readAll(target), bashrc);
            if (symlink) QVERIFY(QFileInfo(rc).isSymLink());
        }
    }

    // A block added after conda init survives undo; only conda's block goes.
    void initUndoKeepsLaterEdits()
    {
        const QString prefix = freshConda("init-later");
        const QString home = m_tmp.filePath("inithome-later");
        const QByteArray original = "export A=1\n";
        writeFile(home + "/.bashrc", original);
        CondaInitOperation op("python.conda-init", prefix, "bash", home);
        QVERIFY(runOp(op).ok);
        QFile f(home + "/.bashrc");
        QVERIFY(f.open(QIODevice::Append));
        f.write("# >>> gpu-setup >>>\nexport CUDA=1\n# <<< gpu-setup <<<\n");
        f.close();
        QVERIFY(undoOp(op).ok);
        QCOMPARE(readAll(home + "/.bashrc"),
                 original + "# >>> gpu-setup >>>\nexport CUDA=1\n# <<< gpu-setup <<<\n");
    }

    void initRefusals()
    {
        CondaInitOperation noConda("t", m_tmp.filePath("nowhere"), "bash", m_home);
        QVERIFY(!runOp(noConda).ok);
        CondaInitOperation badShell("t", freshConda("init-shell"), "powershell; rm", m_home);
        QVERIFY(!runOp(badShell).ok);
        QVERIFY(!QFileInfo::exists(m_home + "/.bashrc"));
    }

    // ------------------------------------------------------------ Terms of Service
    void tos_data()
    {
        QTest::addColumn<bool>("accept");
        QTest::addColumn<QString>("flavour");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("ran");
        QTest::newRow("no agreement") << false << "miniconda" << false << false;
        QTest::newRow("agreed") << true << "miniconda" << true << true;
        QTest::newRow("miniforge, no agreement") << false << "miniforge" << true << false;
        QTest::newRow("miniforge, agreed") << true << "miniforge" << true << false;
    }
    void tos()
    {
        QFETCH(bool, accept);
        QFETCH(QString, flavour);
        QFETCH(bool, ok);
        QFETCH(bool, ran);
        const QString prefix = freshConda(QString("tos-%1").arg(QTest::currentDataTag()));
        const QString channel = "https://repo.anaconda.com/pkgs/main";
        CondaTosOperation op("python.tos-accept", prefix, channel, accept, flavour);
        const OperationResult r = runOp(op);
        QCOMPARE(r.ok, ok);
        QVERIFY(!r.message.isEmpty() && !r.message.contains('\n'));
        QCOMPARE(QFileInfo::exists(prefix + "/tos-accepted"), ran);
        if (ran) QCOMPARE(readAll(prefix + "/tos-accepted"), channel.toUtf8() + "\n");
        if (!ok) QVERIFY(r.message.contains("agree"));
    }

    void tosViaSteps()
    {
        const QString prefix = freshConda("tos-steps");
        Step s;
        s.id = "python.tos-accept";
        s.kind = "manual";
        s.argv = {prefix + "/bin/conda", "tos",       "accept",
                  "--override-channels", "--channel", "https://repo.anaconda.com/pkgs/r"};
        ActionContext ctx;
        ctx.home = m_home;
        QString why;
        QVERIFY(!operationForStep(s, ctx, &why));
        QVERIFY(why.contains("agree"));
        ctx.acceptCondaTerms = true;
        auto op = operationForStep(s, ctx, &why);
        QVERIFY(op);
        QVERIFY(runOp(*op).ok);
        QCOMPARE(readAll(prefix + "/tos-accepted"),
                 QByteArray("https://repo.anaconda.com/pkgs/r\n"));
    }

    // ------------------------------------------------------------ environments
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("dl") << "dl" << true;
        QTest::newRow("dots dashes") << "torch-2.5_cu12.4" << true;
        QTest::newRow("64 chars") << QString(64, 'a') << true;
        QTest::newRow("65 chars") << QString(65, 'a') << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("base") << "base" << false;
        QTest::newRow("space") << "my env" << false;
        QTest::newRow("slash") << "../x" << false;
        QTest::newRow("dotdot") << ".." << false;
        QTest::newRow("option") << "-n x" << false;
        QTest::newRow("unicode") << QString::fromUtf8("环境") << false;
        QTest::newRow("semicolon") << "a;rm" << false;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QString why;
        QCOMPARE(CondaEnvs::validName(name, &why), valid);
        QCOMPARE(why.isEmpty(), valid);
        if (!valid) {
            // The create operation refuses too, and runs nothing.
            const QString prefix = freshConda(QString("names-%1").arg(QTest::currentDataTag()));
            CondaEnvCreateOperation op("t", prefix, name, "3.12");
            QVERIFY(!runOp(op).ok);
            QVERIFY(!QFileInfo::exists(prefix + "/conda-calls.log"));
        }
    }

    void envLifecycle()
    {
        const QString prefix = freshConda("envs");
        CondaEnvCreateOperation create("python.create-env", prefix, "dl", "3.12");
        const OperationResult r = runOp(create);
        QVERIFY2(r.ok, qPrintable(r.message + r.details));
        QCOMPARE(create.argv(),
                 QStringList({prefix + "/bin/conda", "create", "-y", "-n", "dl", "python=3.12"}));
        QVERIFY(QFileInfo::exists(prefix + "/envs/dl/bin/python"));
        QCOMPARE(create.progress(), 1.0);
        // A second create of the same name is refused before conda runs.
        CondaEnvCreateOperation again("t", prefix, "dl", "3.12");
        QVERIFY(!runOp(again).ok);
        CondaEnvCreateOperation other("t", prefix, "other", "");
        QVERIFY(runOp(other).ok);

        CondaEnvListOperation list(prefix);
        QVERIFY(runOp(list).ok);
        const QList<CondaEnv> envs = list.envs();
        QCOMPARE(envs.size(), 3);
        QCOMPARE(envs[0].name, QString("base"));
        QVERIFY(envs[0].base);
        QCOMPARE(envs[0].pythonVersion, QString("3.13.5"));
        QCOMPARE(envs[1].name, QString("dl"));
        QCOMPARE(envs[1].pythonVersion, QString("3.12.0"));
        // torch seen from its version.py, as CondaProbe reads it.
        writeFile(prefix + "/envs/dl/lib/python3.12/site-packages/torch/version.py",
                  "__version__ = '2.11.0+cu128'\ncuda: Optional[str] = '12.8'\n");
        CondaEnvListOperation list2(prefix);
        QVERIFY(runOp(list2).ok);
        QCOMPARE(list2.envs()[1].torchVersion, QString("2.11.0+cu128"));
        QCOMPARE(list2.envs()[1].torchCuda, QString("12.8"));

        CondaEnvRemoveOperation unconfirmed(prefix, "dl", false);
        OperationResult u = runOp(unconfirmed);
        QVERIFY(!u.ok);
        QVERIFY(u.message.contains("confirmation"));
        QVERIFY(QFileInfo::exists(prefix + "/envs/dl"));
        CondaEnvRemoveOperation base(prefix, "base", true);
        QVERIFY(!runOp(base).ok);
        QVERIFY(QFileInfo::exists(prefix + "/bin/conda"));
        CondaEnvRemoveOperation missing(prefix, "nope", true);
        QVERIFY(!runOp(missing).ok);
        CondaEnvRemoveOperation remove(prefix, "dl", true);
        QVERIFY(runOp(remove).ok);
        QVERIFY(!QFileInfo::exists(prefix + "/envs/dl"));
        // Undo of a create removes the env it made, and nothing else.
        QVERIFY(undoOp(other).ok);
        QVERIFY(!QFileInfo::exists(prefix + "/envs/other"));
        QVERIFY(QFileInfo::exists(prefix + "/bin/conda"));
    }

    void createNeedsTerms()
    {
        const QString prefix = freshConda("envs-tos");
        writeFile(prefix + "/tos-required", "");
        CondaEnvCreateOperation create("t", prefix, "dl", "3.12");
        const OperationResult r = runOp(create);
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains("Terms of Service"), qPrintable(r.message));
        CondaTosOperation tos("t", prefix, "https://repo.anaconda.com/pkgs/main", true);
        QVERIFY(runOp(tos).ok);
        CondaEnvCreateOperation again("t", prefix, "dl", "3.12");
        QVERIFY(runOp(again).ok);
    }

    void pipInstall()
    {
        const QString prefix = freshConda("pip");
        CondaEnvCreateOperation create("t", prefix, "dl", "3.12");
        QVERIFY(runOp(create).ok);
        const QStringList args = PipInstallOperation::buildArgs(
            {"torch==2.11.0", "torchvision==0.26.0"}, "https://download.pytorch.org/whl/cu128");
        PipInstallOperation op("python.install-framework", "torch",
                               CondaEnvs::envPython(prefix, "dl"), args);
        QList<double> seen;
        connect(&op, &Operation::progressChanged, this, [&](double p) { seen << p; });
        QVERIFY(runOp(op).ok);
        QCOMPARE(QString::fromUtf8(readAll(prefix + "/envs/dl/pip-argv.txt"))
                     .split('\n', Qt::SkipEmptyParts),
                 QStringList({"-m", "pip", "install", "torch==2.11.0", "torchvision==0.26.0",
                              "--index-url", "https://download.pytorch.org/whl/cu128"}));
        QCOMPARE(op.collected(), 2);
        QVERIFY(seen.contains(0.85));
        for (int i = 1; i < seen.size(); ++i)
            if (seen[i] >= 0 && seen[i - 1] >= 0) QVERIFY(seen[i] >= seen[i - 1]);
        // No env, no run.
        PipInstallOperation none("t", "x", CondaEnvs::envPython(prefix, "nope"), {"tqdm"});
        QVERIFY(!runOp(none).ok);
    }

    // The advisor's python.* steps map to the specialised operations.
    void stepMapping()
    {
        const QString prefix = "/home/student/miniconda3";
        const Knowledge &kb = Knowledge::builtin();
        const MinicondaInstaller *mc = kb.newestMiniconda("x86_64");
        QVERIFY(mc);
        auto step = [](const QString &id, const QString &kind, const QStringList &argv) {
            Step s;
            s.id = id;
            s.kind = kind;
            s.argv = argv;
            return s;
        };
        ActionContext ctx;
        ctx.home = m_home;
        QString why;
        auto inst = operationForStep(
            step("python.install-miniconda", "command",
                 {"bash", "/home/student/Downloads/" + mc->file, "-b", "-p", prefix}),
            ctx, &why);
        QVERIFY(dynamic_cast<CondaInstallOperation *>(inst.get()));
        QVERIFY(inst->dryRun().first().contains(mc->sha256));
        // The plan's download of that file says what it must hash to (data from --knowledge):
        // that checksum, not the embedded one.
        ActionContext local = ctx;
        const QString other(64, QLatin1Char('a'));
        local.sha256ByPath.insert("/home/student/Downloads/" + mc->file, other);
        auto fromPlan = operationForStep(
            step("python.install-miniconda", "command",
                 {"bash", "/home/student/Downloads/" + mc->file, "-b", "-p", prefix}),
            local, &why);
        QVERIFY(fromPlan);
        QVERIFY2(fromPlan->dryRun().first().contains(other),
                 qPrintable(fromPlan->dryRun().first()));
        QVERIFY(dynamic_cast<CondaInitOperation *>(
            operationForStep(
                step("python.conda-init", "command", {prefix + "/bin/conda", "init", "bash"}), ctx)
                .get()));
        QVERIFY(dynamic_cast<CondaEnvCreateOperation *>(
            operationForStep(
                step("python.create-env", "command",
                     {prefix + "/bin/conda", "create", "-y", "-n", "dl", "python=3.12"}),
                ctx)
                .get()));
        QVERIFY(dynamic_cast<PipInstallOperation *>(
            operationForStep(step("python.install-extras", "command",
                                  {prefix + "/envs/dl/bin/python", "-m", "pip", "install", "tqdm"}),
                             ctx)
                .get()));
        for (const char *name : {"tuna", "ustc", "bfsu"}) {
            const QString key = QString::fromLatin1(name);
            const auto spec = MirrorConfig::spec(key, kb);
            QVERIFY(spec);
            Step rc;
            rc.id = "python.mirror-condarc";
            rc.kind = "edit";
            rc.path = m_home + "/.condarc";
            rc.content = spec->condarc;
            QVERIFY(dynamic_cast<MirrorOperation *>(operationForStep(rc, ctx).get()));
            Step pip = rc;
            pip.id = "python.mirror-pip";
            pip.content = "[global]\nindex-url = " + spec->pipIndex + "\n";
            QVERIFY(dynamic_cast<MirrorOperation *>(operationForStep(pip, ctx).get()));
        }
    }

    // ------------------------------------------------------------ mirrors
    void mirror_data()
    {
        QTest::addColumn<QString>("mirror");
        QTest::addColumn<QByteArray>("condarc"); // "<missing>" = no file
        QTest::addColumn<QByteArray>("pipconf");
        const QList<QPair<const char *, QPair<QByteArray, QByteArray>>> variants = {
            {"missing", {"<missing>", "<missing>"}},
            {"empty", {"", ""}},
            {"unrelated keys",
             {"auto_activate_base: false\nenvs_dirs:\n  - /data/envs\nssl_verify: true\n",
              "[global]\ntimeout = 60\n\n[install]\nno-cache-dir = true\n"}},
            {"our keys present",
             {"channels:\n- conda-forge\n- defaults\nshow_channel_urls: false\nchannel_priority: "
              "strict\ncustom_channels:\n  bioconda: https://example.org/conda\n",
              "[global]\nindex-url = http://pypi.example.org/simple\ntrusted-host = "
              "pypi.example.org\ntimeout = 30\n"}},
            {"comments crlf",
             {"# my settings\r\nchannels: [defaults]  # inline\r\n\r\n# solver\r\nsolver: "
              "libmamba\r\n",
              "; pip settings\r\n[global]\r\n# keep me\r\nindex_url = https://x.org/simple\r\n"
              "timeout = 5"}},
        };
        for (const QString &m : MirrorConfig::keys())
            for (const auto &v : variants)
                QTest::addRow("%s, %s", qPrintable(m), v.first)
                    << m << v.second.first << v.second.second;
    }
    void mirror()
    {
        QFETCH(QString, mirror);
        QFETCH(QByteArray, condarc);
        QFETCH(QByteArray, pipconf);
        const QString home = m_tmp.filePath(
            QString("mhome-%1").arg(QString(QTest::currentDataTag()).replace(' ', '_')));
        QDir().mkpath(home);
        const QString rc = MirrorConfig::condarcPath(home), pip = MirrorConfig::pipConfPath(home);
        if (condarc != "<missing>") writeFile(rc, condarc);
        if (pipconf != "<missing>") writeFile(pip, pipconf);
        const auto spec = MirrorConfig::spec(mirror, Knowledge::builtin());
        QVERIFY(spec);

        // Dry run: nothing touched.
        const auto before = tree(home);
        MirrorOperation dry("mirror.set", home, *spec);
        dry.setDryRun(true);
        QVERIFY(runOp(dry).ok);
        QCOMPARE(tree(home), before);

        MirrorOperation op("mirror.set", home, *spec);
        const OperationResult r = runOp(op);
        QVERIFY2(r.ok, qPrintable(r.message + r.details));
        const QString after = QString::fromUtf8(readAll(rc)).remove('\r');
        const QString pipAfter = QString::fromUtf8(readAll(pip)).remove('\r');
        // Every line of the user's that is not one of our keys is still there, in order.
        auto kept = [](const QByteArray &old, const QString &now, const QStringList &ours) {
            int at = 0;
            bool inOurs = false;
            for (const QString &l : QString::fromUtf8(old).remove('\r').split('\n')) {
                if (!l.startsWith(' ') && !l.startsWith('-'))
                    inOurs = std::any_of(ours.begin(), ours.end(), [&](const QString &k) {
                        return l.startsWith(k + ":") || l.startsWith(k + " =");
                    });
                if (inOurs || l.isEmpty()) continue;
                at = int(now.indexOf(l, at));
                if (at < 0) return false;
            }
            return true;
        };
        if (condarc != "<missing>")
            QVERIFY2(kept(condarc, after, MirrorConfig::condaManagedKeys()), qPrintable(after));
        if (pipconf != "<missing>")
            QVERIFY2(kept(pipconf, pipAfter, {"index-url", "index_url", "trusted-host"}),
                     qPrintable(pipAfter));
        if (mirror == "official") {
            for (const QString &k : MirrorConfig::condaManagedKeys())
                QVERIFY2(!after.contains(QRegularExpression("^" + k + ":",
                                                            QRegularExpression::MultilineOption)),
                         qPrintable(after));
            QVERIFY(!pipAfter.contains("index-url") && !pipAfter.contains("index_url"));
            QVERIFY(!pipAfter.contains("trusted-host = pypi.example.org"));
        } else {
            for (const QString &l : spec->condarc.split('\n', Qt::SkipEmptyParts))
                QVERIFY2(after.contains(l), qPrintable(l + "\n---\n" + after));
            QVERIFY2(pipAfter.contains("index-url = " + spec->pipIndex), qPrintable(pipAfter));
            QVERIFY(!pipAfter.contains("trusted-host = pypi.example.org")); // https: not needed
            const MirrorState st = MirrorConfig::show(home, Knowledge::builtin(), false);
            QCOMPARE(st.condaMirror, mirror);
            QCOMPARE(st.pipMirror, mirror);
            if (condarc.contains("\r\n"))
                QVERIFY(readAll(rc).contains("show_channel_urls: true\r\n"));
            // pip itself reads the index we wrote. python3-pip is a test dependency
            // (scripts/deps.sh): a pip that is missing or rejects the file fails the test.
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("PIP_CONFIG_FILE", pip);
            env.insert("HOME", home);
            env.insert("XDG_CONFIG_HOME", home + "/.config");
            env.insert("PIP_DISABLE_PIP_VERSION_CHECK", "1");
            p.setProcessEnvironment(env);
            p.start("python3", {"-m", "pip", "config", "list"});
            QVERIFY2(p.waitForFinished(30000), "python3 -m pip config list did not finish");
            const QString out = QString::fromUtf8(p.readAllStandardOutput());
            const QString err = QString::fromUtf8(p.readAllStandardError());
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                     qPrintable("python3 -m pip config list failed (is python3-pip installed?): " +
                                err + "\n---\n" + readAll(pip)));
            QVERIFY2(out.contains("global.index-url='" + spec->pipIndex + "'"), qPrintable(out));
        }
        // Setting the same mirror again changes nothing.
        const QByteArray once = readAll(rc);
        MirrorOperation twice("mirror.set", home, *spec);
        QVERIFY(runOp(twice).ok);
        QVERIFY(twice.journalEntry().changes.isEmpty());
        QCOMPARE(readAll(rc), once);

        const OperationResult u = undoOp(op);
        QVERIFY2(u.ok, qPrintable(u.message));
        if (condarc == "<missing>")
            QVERIFY(!QFileInfo::exists(rc));
        else
            QCOMPARE(readAll(rc), condarc);
        if (pipconf == "<missing>")
            QVERIFY(!QFileInfo::exists(pip));
        else
            QCOMPARE(readAll(pip), pipconf);
    }

    void mirrorRefuses_data()
    {
        QTest::addColumn<QByteArray>("condarc");
        QTest::addColumn<QByteArray>("pipconf");
        const QByteArray okRc = "ssl_verify: true\n", okPip = "[global]\ntimeout = 5\n";
        QTest::newRow("tab indent") << QByteArray("channels:\n\t- defaults\n") << okPip;
        QTest::newRow("flow mapping") << QByteArray("{channels: [defaults]}\n") << okPip;
        QTest::newRow("duplicate key") << QByteArray("channels: [a]\nchannels: [b]\n") << okPip;
        QTest::newRow("anchor") << QByteArray("channels: &c [a]\nother: *c\n") << okPip;
        QTest::newRow("document marker") << QByteArray("---\nchannels: [a]\n") << okPip;
        QTest::newRow("binary") << QByteArray("channels: [a]\n\xff\xfe\x00", 17) << okPip;
        QTest::newRow("pip duplicate section") << okRc << QByteArray("[global]\n[global]\n");
        QTest::newRow("pip key before section") << okRc << QByteArray("index-url = x\n");
        QTest::newRow("pip install section index")
            << okRc << QByteArray("[install]\nindex-url = https://a.org/simple\n");
        QTest::newRow("pip duplicate key")
            << okRc << QByteArray("[global]\nindex-url = a\nindex_url = b\n");
        QTest::newRow("pip stray indent") << okRc << QByteArray("  [global]\n");
    }
    void mirrorRefuses()
    {
        QFETCH(QByteArray, condarc);
        QFETCH(QByteArray, pipconf);
        const QString home = m_tmp.filePath(
            QString("rhome-%1").arg(QString(QTest::currentDataTag()).replace(' ', '_')));
        writeFile(MirrorConfig::condarcPath(home), condarc);
        writeFile(MirrorConfig::pipConfPath(home), pipconf);
        const auto before = tree(home);
        MirrorOperation op("mirror.set", home, *MirrorConfig::spec("tuna", Knowledge::builtin()));
        const OperationResult r = runOp(op);
        QVERIFY(!r.ok);
        QVERIFY2(!r.message.isEmpty() && !r.message.contains('\n'), qPrintable(r.message));
        QCOMPARE(tree(home), before); // neither file written, no backup made
    }

    // Undo leaves a file alone when the user changed it after gpu-setup did.
    void mirrorUndoKeepsLaterEdits()
    {
        const QString home = m_tmp.filePath("mhome-later");
        const QString rc = MirrorConfig::condarcPath(home);
        writeFile(rc, "ssl_verify: true\n");
        MirrorOperation op("mirror.set", home, *MirrorConfig::spec("ustc", Knowledge::builtin()));
        QVERIFY(runOp(op).ok);
        QFile f(rc);
        QVERIFY(f.open(QIODevice::Append));
        f.write("auto_activate_base: false\n");
        f.close();
        const QByteArray edited = readAll(rc);
        const OperationResult u = undoOp(op);
        QVERIFY(!u.ok);
        QVERIFY2(u.message.contains("changed after"), qPrintable(u.message));
        QCOMPARE(readAll(rc), edited);
    }

    // ------------------------------------------------------------ dry runs
    void dryRunsTouchNothing()
    {
        const QString prefix = freshConda("dry");
        const QString home = m_tmp.filePath("dryhome");
        writeFile(home + "/.bashrc", "export A=1\n");
        const auto before = tree(m_tmp.path());
        std::vector<std::unique_ptr<Operation>> ops;
        ops.push_back(std::make_unique<CondaInstallOperation>(
            "a", m_installer, m_tmp.filePath("dry2/miniconda3"), m_installerSha));
        ops.push_back(std::make_unique<CondaInitOperation>("b", prefix, "bash", home));
        ops.push_back(std::make_unique<CondaTosOperation>("c", prefix, "https://x", true));
        ops.push_back(std::make_unique<CondaEnvCreateOperation>("d", prefix, "dl", "3.12"));
        ops.push_back(std::make_unique<CondaEnvRemoveOperation>(prefix, "dl", true));
        ops.push_back(std::make_unique<MirrorOperation>(
            "e", home, *MirrorConfig::spec("tuna", Knowledge::builtin())));
        ops.push_back(std::make_unique<PipInstallOperation>(
            "f", "x", CondaEnvs::envPython(prefix, "dl"), QStringList{"tqdm"}));
        for (auto &op : ops) {
            op->setDryRun(true);
            const OperationResult r = runOp(*op);
            QVERIFY(r.ok);
            QVERIFY(!op->journalEntry().commands.isEmpty());
            QCOMPARE(op->journalEntry().outcome, QString("dry-run"));
        }
        QCOMPARE(tree(m_tmp.path()), before);
        QVERIFY(ops[0]->dryRun().last().startsWith("bash "));
        QVERIFY(ops[5]->dryRun().join('\n').contains("+ channels:"));
    }

    // Issue 12, break 8: the old tutorial's ~/.condarc (the ubuntu1804 snapshot's own, with
    // TUNA's retired pkgs/free) loses pkgs/free when a mirror is chosen: the mirror edit
    // rewrites the channels; the user's other keys stay; undo gives the old bytes.
    void mirrorDropsPkgsFree()
    {
        const QByteArray old = readAll(QStringLiteral(GPUSETUP_TEST_DATA) +
                                       "/hosts/ubuntu1804-gtx1070-cuda10/fs/home/student/.condarc");
        QVERIFY(old.contains("pkgs/free"));
        const QString home = m_tmp.filePath("freehome");
        writeFile(home + "/.condarc", old);
        auto spec = MirrorConfig::spec("tuna", Knowledge::builtin());
        QVERIFY(spec);
        MirrorOperation op("python.mirror-condarc", home, *spec, MirrorOperation::Files::Conda);
        QSignalSpy done(&op, &Operation::finished);
        op.start();
        QVERIFY(done.count() || done.wait(5000));
        QVERIFY(done.first().first().value<OperationResult>().ok);
        const QByteArray now = readAll(home + "/.condarc");
        QVERIFY2(!now.contains("pkgs/free"), now.constData());
        QVERIFY(now.contains("mirrors.tuna.tsinghua.edu.cn/anaconda/pkgs/main"));
        QSignalSpy undone(&op, &Operation::undoFinished);
        op.undo();
        QVERIFY(undone.count() || undone.wait(5000));
        QCOMPARE(readAll(home + "/.condarc"), old);
    }

    // ------------------------------------------------------------ CLI
    void cli()
    {
        using gpusetup::test::runCli;
        const QString home = m_tmp.filePath("clihome");
        const QByteArray original = "# mine\nssl_verify: false\n";
        writeFile(home + "/.condarc", original);
        int rc = -1;
        QByteArray err;
        runCli({"mirror", "set", "tuna", "--home", home, "--dry-run"}, &rc, &err);
        QCOMPARE(rc, 0);
        QCOMPARE(readAll(home + "/.condarc"), original);
        runCli({"mirror", "set", "tuna", "--home", home}, &rc, &err);
        QVERIFY2(rc == 0, err.constData());
        QByteArray out = runCli({"mirror", "show", "--home", home, "--json"}, &rc);
        QCOMPARE(rc, 0);
        const Json j = Json::parse(out.toStdString());
        QCOMPARE(j.at("conda").get<std::string>(), std::string("tuna"));
        QCOMPARE(j.at("pip").get<std::string>(), std::string("tuna"));
        runCli({"mirror", "undo", "--home", home}, &rc, &err);
        QVERIFY2(rc == 0, err.constData());
        QCOMPARE(readAll(home + "/.condarc"), original);
        QVERIFY(!QFileInfo::exists(home + "/.config/pip/pip.conf"));
        runCli({"mirror", "undo", "--home", home}, &rc, &err);
        QCOMPARE(rc, 1);
        runCli({"mirror", "set", "pypi-cn", "--home", home}, &rc, &err);
        QCOMPARE(rc, 2);
        QCOMPARE(err.count('\n'), 2); // the sentence + the usage hint

        const QString prefix = freshConda("cli");
        out = runCli({"env", "create", "dl", "--python", "3.11", "--conda", prefix}, &rc, &err);
        QVERIFY2(rc == 0, err.constData());
        // Issue 12, break 9: how to use it, with its name.
        QVERIFY2(out.contains("Open a new terminal, then run: conda activate dl"), out.constData());
        out = runCli({"env", "list", "--conda", prefix, "--json"}, &rc);
        QCOMPARE(rc, 0);
        const Json envs = Json::parse(out.toStdString());
        QCOMPARE(envs.size(), size_t(2));
        QCOMPARE(envs[1].at("pythonVersion").get<std::string>(), std::string("3.11.0"));
        runCli({"env", "remove", "dl", "--conda", prefix}, &rc, &err);
        QCOMPARE(rc, 2);
        QVERIFY(err.contains("--yes"));
        runCli({"env", "remove", "base", "--yes", "--conda", prefix}, &rc, &err);
        QCOMPARE(rc, 2);
        runCli({"env", "create", "bad name", "--conda", prefix}, &rc, &err);
        QCOMPARE(rc, 2);
        runCli({"env", "remove", "dl", "--yes", "--conda", prefix, "--dry-run"}, &rc, &err);
        QCOMPARE(rc, 0);
        QVERIFY(QFileInfo::exists(prefix + "/envs/dl"));
        runCli({"env", "remove", "dl", "--yes", "--conda", prefix}, &rc, &err);
        QCOMPARE(rc, 0);
        QVERIFY(!QFileInfo::exists(prefix + "/envs/dl"));
        runCli({"env", "list", "--conda", m_tmp.filePath("none")}, &rc, &err);
        QCOMPARE(rc, 1);
    }
};

QTEST_GUILESS_MAIN(TestCondaActions)
#include "tst_conda_actions.moc"
