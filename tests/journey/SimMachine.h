#pragma once
// The simulated machine of the journey tests, seen from C++: a temp folder whose root/ is the
// machine's "/" (tests/journey/sim/gpusim.py builds it and plays its fake programs), the
// student's login environment for it, the real gpu-setup CLI run against it, the simulated
// reboot, and the installers served on 127.0.0.1. See tests/journey/README.md.
#include "host/RealHost.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace gpusetup::journey {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out.right(6000)), QString::fromUtf8(err.right(3000)));
    }
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

class SimMachine
{
public:
    // The test's own environment, as it was before any applyToThisProcess() (the wizard
    // journeys switch the process to the student's): gpusim itself runs with it.
    static const QProcessEnvironment &testEnvironment()
    {
        static const QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        return e;
    }
    static QString python3()
    {
        static const QString p = [] {
            testEnvironment();
            return QStandardPaths::findExecutable(QStringLiteral("python3"));
        }();
        return p;
    }
    // Puts the test's own environment back (after a wizard journey).
    static void restoreTestEnvironment()
    {
        const QProcessEnvironment &keep = testEnvironment();
        for (const QString &k : QProcessEnvironment::systemEnvironment().keys())
            if (!keep.contains(k)) qunsetenv(k.toLocal8Bit().constData());
        for (const QString &k : keep.keys())
            qputenv(k.toLocal8Bit().constData(), keep.value(k).toLocal8Bit());
    }
    static QString simScript()
    {
        return QStringLiteral(GPUSETUP_TEST_DATA "/journey/sim/gpusim.py");
    }

    // Builds machine `name` (see tests/journey/sim/machines.py); false + *error on failure.
    bool create(const QString &name, QString *error)
    {
        // Under /tmp and with a short name: the helper accepts user files under /tmp and /home
        // only, and the paths end up in every PATH entry.
        m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/gpusetup-journey-XXXXXX"));
        if (!m_dir->isValid()) return fail(error, QStringLiteral("no temporary folder"));
        // GPUSETUP_JOURNEY_KEEP=1 keeps the machine for a look after the test.
        if (qEnvironmentVariableIsSet("GPUSETUP_JOURNEY_KEEP")) {
            m_dir->setAutoRemove(false);
            qInfo("simulated machine: %s", qPrintable(m_dir->path()));
        }
        m_base = QFileInfo(m_dir->path()).canonicalFilePath();
        m_name = name;
        const CliRun r = python({QStringLiteral("create"), root(), name,
                                 QStringLiteral(GPUSETUP_HELPER_TESTABLE), python3()});
        if (r.exitCode != 0) return fail(error, QStringLiteral("gpusim create: ") + r.describe());
        return true;
    }

    QString base() const { return m_base; }
    QString root() const { return m_base + QStringLiteral("/root"); }
    QString home() const { return root() + QStringLiteral("/home/student"); }
    QString statePath() const { return home() + QStringLiteral("/.local/state/gpu-setup"); }
    QString journalPath() const { return statePath() + QStringLiteral("/journal.json"); }

    // The student's environment on that machine: what a fresh login shell would have, built
    // from nothing (nothing of the test's own environment leaks in), plus `extra`.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment e;
        const QString r = root();
        e.insert(QStringLiteral("HOME"), home());
        e.insert(QStringLiteral("USER"), QStringLiteral("student"));
        e.insert(QStringLiteral("LOGNAME"), QStringLiteral("student"));
        e.insert(QStringLiteral("SHELL"), QStringLiteral("/bin/bash"));
        e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        e.insert(QStringLiteral("TMPDIR"), r + QStringLiteral("/tmp"));
        e.insert(QStringLiteral("PATH"), QStringLiteral("%1/usr/local/sbin:%1/usr/local/bin:"
                                                        "%1/usr/sbin:%1/usr/bin:%1/sbin:%1/bin:")
                                                 .arg(r) +
                                             m_base + QStringLiteral("/hostbin"));
        e.insert(QString::fromLatin1(RealHost::kRootVariable), r);
        e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        e.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QStringLiteral("1796000000"));
        for (auto it = m_extraEnv.cbegin(); it != m_extraEnv.cend(); ++it)
            e.insert(it.key(), it.value());
        return e;
    }
    // "Open a new terminal": the variables a new interactive bash gets from the rc files (the
    // gpu-setup block, conda init) replace the ones set so far.
    bool newLoginShell(QString *error)
    {
        QProcess p;
        QProcessEnvironment e = environment();
        for (const QString &k : m_extraEnv.keys())
            e.remove(k);
        p.setProcessEnvironment(e);
        // A login (~/.profile, which reads ~/.bashrc) then an interactive shell, without the
        // real computer's /etc/profile and /etc/bash.bashrc.
        p.start(m_base + QStringLiteral("/hostbin/bash"),
                {QStringLiteral("--noprofile"), QStringLiteral("--norc"), QStringLiteral("-i"),
                 QStringLiteral("-c"),
                 QStringLiteral(". \"$HOME/.profile\" >/dev/null 2>&1; env -0")});
        if (!p.waitForFinished(20000) || p.exitCode() != 0)
            return fail(error,
                        QStringLiteral("bash -i: ") + QString::fromUtf8(p.readAllStandardError()));
        const QList<QByteArray> vars = p.readAllStandardOutput().split('\0');
        m_extraEnv.clear();
        for (const QByteArray &kv : vars) {
            const int eq = kv.indexOf('=');
            if (eq <= 0) continue;
            const QString k = QString::fromUtf8(kv.left(eq)), v = QString::fromUtf8(kv.mid(eq + 1));
            if (k == QLatin1String("PATH") || k == QLatin1String("LD_LIBRARY_PATH") ||
                k == QLatin1String("CUDA_HOME") || k.startsWith(QLatin1String("CONDA")))
                m_extraEnv.insert(k, v);
        }
        return true;
    }
    QString env(const QString &name) const { return environment().value(name); }

    // The real gpu-setup binary on this machine.
    CliRun cli(const QStringList &args, int timeoutMs = 120000) const
    {
        return run(QStringLiteral(GPUSETUP_BINARY), args, timeoutMs);
    }
    CliRun run(const QString &program, const QStringList &args, int timeoutMs = 120000) const
    {
        CliRun r;
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setWorkingDirectory(home());
        QElapsedTimer timer;
        timer.start();
        p.start(program, args);
        if (!p.waitForStarted(10000) || !p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished(2000);
            r.err = "timed out or did not start: " + p.errorString().toUtf8();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        if (qEnvironmentVariableIsSet("GPUSETUP_JOURNEY_TIMES"))
            qInfo("%6lld ms  %s %s", timer.elapsed(), qPrintable(QFileInfo(program).fileName()),
                  qPrintable(args.join(QLatin1Char(' ')).left(80)));
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    // The simulated reboot (the machine goes down, firmware, MokManager, initramfs, modules):
    // what happened, as gpusim reports it ({"nvidia": "580.95.05", "mok_enrolled": [...]}).
    QJsonObject boot(const QString &mokPassword = QString()) const
    {
        QStringList args{QStringLiteral("boot"), root()};
        if (!mokPassword.isNull()) args << QStringLiteral("--mok-password") << mokPassword;
        return python(args).json();
    }

    // Every fake program call so far: {"prog", "argv", "root" (ran under the helper)}.
    QList<QJsonObject> events() const
    {
        QList<QJsonObject> out;
        QFile f(root() + QStringLiteral("/var/lib/gpusim/events.jsonl"));
        if (!f.open(QIODevice::ReadOnly)) return out;
        for (const QByteArray &line : f.readAll().split('\n'))
            if (!line.trimmed().isEmpty()) out << QJsonDocument::fromJson(line).object();
        return out;
    }
    // Calls of one fake program whose argv contains every word of `words`.
    QList<QJsonObject> calls(const QString &prog, const QStringList &words = {}) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &e : events()) {
            if (e.value(QStringLiteral("prog")).toString() != prog) continue;
            QStringList argv;
            for (const QJsonValue &v : e.value(QStringLiteral("argv")).toArray())
                argv << v.toString();
            bool all = true;
            for (const QString &w : words)
                all = all && argv.contains(w);
            if (all) out << e;
        }
        return out;
    }
    QJsonObject state(const QString &name) const
    {
        QFile f(root() + QStringLiteral("/var/lib/gpusim/%1.json").arg(name));
        if (!f.open(QIODevice::ReadOnly)) return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }
    void setState(const QString &name, const QJsonObject &o) const
    {
        QFile f(root() + QStringLiteral("/var/lib/gpusim/%1.json").arg(name));
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) f.write(QJsonDocument(o).toJson());
    }
    bool rebootRequested() const
    {
        return state(QStringLiteral("reboot")).value(QStringLiteral("requested")).toBool();
    }
    QByteArray readFile(const QString &machinePath) const
    {
        QFile f(machinePath.startsWith(root()) ? machinePath : root() + machinePath);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Installers on 127.0.0.1: every CUDA runfile, cuDNN archive and conda installer of the
    // knowledge data is served as a stand-in, and knowledgeDir() holds the data pointing there
    // with their checksums (for `--knowledge DIR`).
    bool serve(QString *error)
    {
        m_server = std::make_unique<QProcess>();
        m_server->setProcessEnvironment(testEnvironment());
        m_server->start(python3(), {QStringLiteral("-S"), simScript(), QStringLiteral("serve"),
                                    m_base + QStringLiteral("/served")});
        if (!m_server->waitForStarted(10000) || !m_server->waitForReadyRead(10000))
            return fail(error, QStringLiteral("the file server did not start"));
        const int port = m_server->readLine().trimmed().toInt();
        if (port <= 0) return fail(error, QStringLiteral("the file server gave no port"));
        m_url = QStringLiteral("http://127.0.0.1:%1").arg(port);
        const CliRun r = python({QStringLiteral("knowledge"),
                                 QStringLiteral(GPUSETUP_TEST_DATA "/../resources/knowledge"),
                                 knowledgeDir(), m_url, m_base + QStringLiteral("/served")});
        if (r.exitCode != 0)
            return fail(error, QStringLiteral("gpusim knowledge: ") + r.describe());
        return true;
    }
    QString knowledgeDir() const { return m_base + QStringLiteral("/knowledge"); }
    QString url() const { return m_url; }

    ~SimMachine()
    {
        if (m_server) {
            m_server->closeWriteChannel();
            if (!m_server->waitForFinished(3000)) m_server->kill();
            m_server->waitForFinished(1000);
        }
    }

    // Sets this process's environment to the student's (the wizard runs in the test process):
    // everything else is removed, so nothing of the test's machine leaks in.
    void applyToThisProcess() const
    {
        const QProcessEnvironment keep = environment();
        for (const QString &k : QProcessEnvironment::systemEnvironment().keys())
            if (!keep.contains(k)) qunsetenv(k.toLocal8Bit().constData());
        for (const QString &k : keep.keys())
            qputenv(k.toLocal8Bit().constData(), keep.value(k).toLocal8Bit());
    }

    CliRun python(const QStringList &args) const
    {
        CliRun r;
        QProcess p;
        p.setProcessEnvironment(testEnvironment());
        p.start(python3(), QStringList{QStringLiteral("-S"), simScript()} + args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished(1000);
            r.err = "gpusim timed out";
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private:
    static bool fail(QString *error, const QString &why)
    {
        if (error) *error = why;
        return false;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_server;
    QString m_base, m_name, m_url;
    QMap<QString, QString> m_extraEnv;
};

} // namespace gpusetup::journey
