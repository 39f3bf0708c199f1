// Shared test scaffolding: fixture readers and a builder for small host snapshot folders
// (host.json + fs/ + cmd/ outputs, see DESIGN.md "Host snapshot folder") in a QTemporaryDir,
// so every test file builds its snapshots the same way instead of carrying its own copy.
#pragma once

#include "common/Json.h"
#include "host/NvmlInfo.h"
#include "host/SnapshotHost.h"

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <unistd.h>

namespace gpusetup::test {

// Goldens (tests/hosts/*/doctor.json, plan.json, report.*) are rewritten only under
// GPUSETUP_UPDATE_GOLDEN=1; any other value ("0", "", "yes") compares, so a stray =0 cannot
// turn a failing golden test green by overwriting the golden.
inline bool updatingGoldens()
{
    return qgetenv("GPUSETUP_UPDATE_GOLDEN") == "1";
}

// Compares actual with the golden file at path, or rewrites the golden when updatingGoldens().
// "" when they match (or it was rewritten); else one sentence, and the actual bytes are kept
// in actualCopy for a diff.
inline QString goldenMismatch(const QString &path, const QByteArray &actual,
                              const QString &actualCopy)
{
    QFile golden(path);
    if (updatingGoldens()) {
        if (!golden.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            golden.write(actual) != actual.size())
            return QStringLiteral("cannot rewrite %1").arg(path);
        return {};
    }
    if (!golden.open(QIODevice::ReadOnly))
        return QStringLiteral("%1 is missing; run with GPUSETUP_UPDATE_GOLDEN=1").arg(path);
    if (golden.readAll() == actual) return {};
    QFile out(actualCopy);
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate)) out.write(actual);
    return QStringLiteral("%1 differs from its golden; actual written to %2").arg(path, actualCopy);
}

// The absolute path of a file under tests/fixtures/.
inline QString fixturePath(const QString &relativeToFixturesDir)
{
    return QStringLiteral(GPUSETUP_TEST_DATA "/fixtures/") + relativeToFixturesDir;
}

// The bytes of a fixture file; a missing fixture aborts the test executable.
inline QByteArray fixture(const QString &relativeToFixturesDir)
{
    QFile f(fixturePath(relativeToFixturesDir));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relativeToFixturesDir));
    return f.readAll();
}

// The file names (not paths) in tests/fixtures/<subdir>, sorted by name.
inline QStringList fixtureFiles(const QString &subdir)
{
    return QDir(fixturePath(subdir)).entryList(QDir::Files, QDir::Name);
}

// Writes a file, creating its parent folders; fails the current test if it cannot.
inline void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(QStringLiteral("cannot write ") + path));
    f.write(data);
}

// Creates the symlink `at` -> `target` (target kept verbatim), creating at's parent folders.
inline void makeLink(const QString &target, const QString &at)
{
    QDir().mkpath(QFileInfo(at).absolutePath());
    QVERIFY(::symlink(QFile::encodeName(target).constData(), QFile::encodeName(at).constData()) ==
            0);
}

// A host snapshot folder built piece by piece, then opened as a SnapshotHost. Machine paths
// ("/etc/os-release") land under fs/; user "student", home "/home/student" unless set.
class SnapshotBuilder
{
public:
    SnapshotBuilder()
    {
        QVERIFY(m_dir.isValid());
        m_json = {{"user", "student"},
                  {"home", "/home/student"},
                  {"env", Json::object()},
                  {"commands", Json::object()}};
    }
    QString root() const { return m_dir.path(); }
    QString fs() const { return m_dir.path() + QStringLiteral("/fs"); }

    void user(const QString &name) { m_json["user"] = name.toStdString(); }
    void home(const QString &path) { m_json["home"] = path.toStdString(); }
    void env(const QString &name, const QString &value)
    {
        m_json["env"][name.toStdString()] = value.toStdString();
    }
    void file(const QString &machinePath, const QByteArray &data = {})
    {
        writeFile(fs() + machinePath, data);
    }
    void dir(const QString &machinePath) { QDir().mkpath(fs() + machinePath); }
    // A symlink inside fs/; an absolute target resolves inside fs/ as on the machine.
    void link(const QString &target, const QString &machinePath)
    {
        makeLink(target, fs() + machinePath);
    }
    // A command that ran: keyed by argv joined with single spaces.
    void command(const QString &argvLine, int exitCode, const QByteArray &out,
                 const QByteArray &err = {})
    {
        const QString id = QString::number(m_n++);
        const QString out_ = QStringLiteral("cmd/") + id + QStringLiteral(".out");
        const QString err_ = QStringLiteral("cmd/") + id + QStringLiteral(".err");
        writeFile(root() + QLatin1Char('/') + out_, out);
        writeFile(root() + QLatin1Char('/') + err_, err);
        m_json["commands"][argvLine.toStdString()] = {
            {"exit", exitCode}, {"stdout", out_.toStdString()}, {"stderr", err_.toStdString()}};
    }
    void command(const QStringList &argv, int exitCode, const QByteArray &out,
                 const QByteArray &err = {})
    {
        command(argv.join(QLatin1Char(' ')), exitCode, out, err);
    }
    // A command that runs past any timeout.
    void hang(const QString &argvLine)
    {
        m_json["commands"][argvLine.toStdString()] = {{"status", "timed-out"}};
    }
    void hang(const QStringList &argv) { hang(argv.join(QLatin1Char(' '))); }
    // What the NVML query answers (not set: "not recorded in this snapshot").
    void nvml(const NvmlInfo &info) { m_json["nvml"] = info; }

    // Writes host.json and opens the folder; null (with a warning) if it does not open.
    std::unique_ptr<SnapshotHost> open()
    {
        QDir().mkpath(fs());
        writeFile(root() + QStringLiteral("/host.json"), QByteArray::fromStdString(m_json.dump(2)));
        QString error;
        auto host = SnapshotHost::open(root(), &error);
        if (!host) qWarning("%s", qPrintable(error));
        return host;
    }

private:
    QTemporaryDir m_dir;
    Json m_json;
    int m_n = 0;
};

// tests/hosts: the whole-machine snapshots, by folder name.
inline QString hostsDir()
{
    return QStringLiteral(GPUSETUP_TEST_DATA "/hosts");
}

inline QStringList hostNames()
{
    QStringList names;
    for (const QString &d : QDir(hostsDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (QFile::exists(hostsDir() + QStringLiteral("/") + d + QStringLiteral("/host.json")))
            names << d;
    return names;
}

// Runs the built gpu-setup binary; returns stdout, fills the exit code (-1 when it crashed),
// stderr and the wall time when asked.
inline QByteArray runCli(const QStringList &args, int *exitCode, QByteArray *err = nullptr,
                         qint64 *ms = nullptr)
{
    QProcess p;
    // The CLI logs under $XDG_STATE_HOME (else ~/.local/state): a test's own folders, never the
    // real home's, unless the test chose them itself.
    static QTemporaryDir xdg;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"})
        if (qEnvironmentVariableIsEmpty(name))
            env.insert(QLatin1String(name), xdg.filePath(QLatin1String(name)));
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral(GPUSETUP_BINARY), args);
    p.waitForFinished(120000);
    if (ms) *ms = t.elapsed();
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    if (err) *err = p.readAllStandardError();
    return p.readAllStandardOutput();
}

} // namespace gpusetup::test
