#include "actions/CommandOperation.h"

#include "common/ShellQuote.h"

#include <QRegularExpression>

#include <csignal>
#include <unistd.h>

namespace gpusetup {

CommandOperation::CommandOperation(const QString &id, const QString &title, const QStringList &argv,
                                   QObject *parent)
    : Operation(id, parent), m_title(title), m_argv(argv)
{
    m_killTimer.setSingleShot(true);
    m_timeout.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, [this] { killGroup(SIGKILL); });
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        log(tr("Stopped after %1 s without finishing.").arg(m_timeoutMs / 1000));
        killGroup(SIGTERM);
        m_killTimer.start(500);
    });
}

QString CommandOperation::quoted(const QStringList &argv)
{
    return shellQuote(argv);
}

QStringList CommandOperation::dryRun() const
{
    QString line = quoted(m_argv);
    if (!m_workDir.isEmpty()) line = QStringLiteral("(cd %1 && %2)").arg(quoted({m_workDir}), line);
    return {line};
}

void CommandOperation::doStart()
{
    m_cancelled = m_timedOut = false;
    m_output.clear();
    m_buffer.clear();
    if (m_argv.isEmpty()) {
        finish({false, false, tr("There is no command to run."), {}});
        return;
    }
    delete m_proc;
    m_proc = new QProcess(this);
    m_proc->setProcessChannelMode(QProcess::MergedChannels);
    m_proc->setStandardInputFile(QProcess::nullDevice());
    m_proc->setProcessEnvironment(m_env);
    if (!m_workDir.isEmpty()) m_proc->setWorkingDirectory(m_workDir);
    // Own process group: cancel reaches the installer's children too.
    m_proc->setChildProcessModifier([] { ::setpgid(0, 0); });
    prepareProcess(m_proc);
    connect(m_proc, &QProcess::readyRead, this, [this] { drain(false); });
    connect(m_proc, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart) return;
        finish({false, false,
                tr("Could not start %1: %2.").arg(m_argv.first(), m_proc->errorString()),
                quoted(m_argv)});
    });
    connect(m_proc, &QProcess::finished, this, [this](int code, QProcess::ExitStatus st) {
        m_killTimer.stop();
        m_timeout.stop();
        drain(true);
        if (m_cancelled) {
            finish({false, true, tr("Cancelled; the command was stopped."), quoted(m_argv)});
            return;
        }
        OperationResult r = resultFor(code, st);
        if (m_timedOut) {
            r.ok = false;
            r.message = tr("The command took too long and was stopped.");
        }
        finish(r);
    });
    log(QStringLiteral("$ ") + quoted(m_argv));
    setStatus(tr("Running %1…").arg(m_argv.first()));
    setProgress(-1);
    recordChange({QStringLiteral("command"), quoted(m_argv), {}, {}});
    if (m_timeoutMs > 0) m_timeout.start(m_timeoutMs);
    m_proc->start(m_argv.first(), m_argv.mid(1));
}

void CommandOperation::doCancel()
{
    if (!m_proc || m_proc->state() == QProcess::NotRunning) return;
    m_cancelled = true;
    killGroup(SIGTERM);
    m_killTimer.start(500); // then SIGKILL: finished() comes well inside a second
}

void CommandOperation::killGroup(int sig)
{
    if (!m_proc) return;
    const qint64 pid = m_proc->processId();
    if (pid > 0) ::kill(-pid_t(pid), sig);
}

void CommandOperation::drain(bool flush)
{
    if (m_proc) m_buffer += m_proc->readAll();
    for (;;) {
        int cut = -1;
        for (int i = 0; i < m_buffer.size(); ++i)
            if (m_buffer[i] == '\n' || m_buffer[i] == '\r') {
                cut = i;
                break;
            }
        if (cut < 0) break;
        const QString line = QString::fromUtf8(m_buffer.left(cut));
        m_buffer.remove(0, cut + 1);
        if (!line.isEmpty()) {
            m_output << line;
            onOutputLine(line);
        }
    }
    if (flush && !m_buffer.isEmpty()) {
        const QString line = QString::fromUtf8(m_buffer);
        m_buffer.clear();
        m_output << line;
        onOutputLine(line);
    }
}

void CommandOperation::onOutputLine(const QString &line)
{
    log(line);
}

OperationResult CommandOperation::resultFor(int exitCode, QProcess::ExitStatus status)
{
    OperationResult r;
    const QString tail = m_output.mid(qMax(0, m_output.size() - 20)).join(QLatin1Char('\n'));
    r.details = quoted(m_argv) + QLatin1Char('\n') + tail;
    if (status == QProcess::CrashExit) {
        r.message = tr("%1 crashed.").arg(m_argv.first());
    } else if (exitCode != 0) {
        r.message = tr("%1 failed with exit code %2.").arg(m_argv.first()).arg(exitCode);
    } else {
        r.ok = true;
        r.message = tr("%1 finished.").arg(m_title);
    }
    return r;
}

} // namespace gpusetup
