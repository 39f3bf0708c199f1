#pragma once
// Runs one program from an argv list (never a shell string) in its own process group, so
// Cancel stops the whole tree an installer may spawn; output reaches the log line by line.
#include "actions/Operation.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

namespace gpusetup {

class CommandOperation : public Operation
{
    Q_OBJECT
public:
    CommandOperation(const QString &id, const QString &title, const QStringList &argv,
                     QObject *parent = nullptr);

    QString title() const override { return m_title; }
    QStringList dryRun() const override;

    void setEnvironment(const QProcessEnvironment &env) { m_env = env; }
    void setWorkingDirectory(const QString &dir) { m_workDir = dir; }
    // 0 = no limit. A step that runs past it is stopped and fails.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    QStringList argv() const { return m_argv; }
    // Everything the program printed, stdout and stderr interleaved as lines.
    QStringList output() const { return m_output; }

    // argv quoted for display: the exact line a user could paste into a terminal.
    static QString quoted(const QStringList &argv);

protected:
    void doStart() override;
    void doCancel() override;
    // One line of output (\n or \r terminated); the default logs it. Subclasses parse
    // progress here (apt's Status-Fd, pip's bars).
    virtual void onOutputLine(const QString &line);
    // Called when the program exited; the default: exit 0 = ok.
    virtual OperationResult resultFor(int exitCode, QProcess::ExitStatus status);
    // Just before the program starts: a subclass may change the set-up (e.g. keep stdin open).
    virtual void prepareProcess(QProcess *process) {}
    QProcess *process() const { return m_proc; }

private:
    void drain(bool flush);
    void killGroup(int sig);

    QString m_title;
    QStringList m_argv;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QString m_workDir;
    int m_timeoutMs = 0;
    QProcess *m_proc = nullptr;
    QTimer m_killTimer;
    QTimer m_timeout;
    QByteArray m_buffer;
    QStringList m_output;
    bool m_cancelled = false;
    bool m_timedOut = false;
};

} // namespace gpusetup
