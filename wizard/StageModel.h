#pragma once
// The headless half of a stage page (Calamares' Config): what the banner says, which commands
// would run, whether Next is allowed, and running the stage's steps one after another through
// operationForStep. Tests drive it without any widget.
#include "WizardState.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace gpusetup {

class Operation;

// One step as the page shows it: the exact lines, or the instruction when it is manual.
struct StepView
{
    Step step;
    QStringList lines; // exact commands / edits (Operation::dryRun) or the manual instruction
    bool automated = false;
    QString why; // when not automated: why the user runs it
};

class StageModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool ready READ isReady NOTIFY readyChanged)
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(bool skipped READ isSkipped WRITE setSkipped NOTIFY readyChanged)
    Q_PROPERTY(QString banner READ bannerKind NOTIFY changed)
public:
    StageModel(WizardState &state, StageId stage, QObject *parent = nullptr);
    ~StageModel() override;

    WizardState &state() const { return m_state; }
    StageId stageId() const { return m_stage; }
    const StagePlan *stagePlan() const { return m_state.plan().stage(m_stage); }
    StageStatus status() const;
    // "done", "needs-action", "optional", "blocked", "skipped", "checking"
    QString bannerKind() const;
    QList<StepView> steps() const { return m_steps; }
    QString commandText() const; // every line of every step, for the copy button
    bool hasRunnableSteps() const;

    // Next always leads on once the machine was checked (a blocked or unfinished stage never
    // traps the student: later stages and the report say why), but not while a step runs or
    // while probing.
    bool isReady() const;
    bool isRunning() const { return m_running; }
    bool isSkipped() const { return m_skipped; }
    void setSkipped(bool on);
    // Optional stages (toolkit, cuDNN for pip PyTorch) can still be done: Want::Yes / Auto.
    bool canRequest() const;
    bool isRequested() const;
    void setRequested(bool on);

    // Runs the steps from the first not yet done; stops at the first failure or manual step.
    void run();
    void cancel();
    QString lastMessage() const { return m_lastMessage; }
    bool lastRunOk() const { return m_lastOk; }

    // The restart hand-off: everything before the restart ran (or nothing but the restart is
    // left), so the page offers "Restart now" and explains the next start.
    bool awaitingReboot() const;
    // Steps done at the next start by the student (MokManager) or by the restart itself.
    static bool isRestartStep(const QString &stepId);
    // A key is queued for MokManager (this run, or waiting from before the restart).
    bool mokPending() const;

    // driver.enroll-mok: the run pauses and passwordNeeded() asks for the one-time password
    // (the page shows the dialog); the answer continues it, an empty one stops the run there.
    bool isWaitingForPassword() const { return m_waitingPassword; }
    void providePassword(const QString &password);
    // Whether a module built on this machine (DKMS) is installed now, asked right before the
    // key would be queued: apt may have taken Canonical's signed modules after all (fresher
    // package lists than the probe saw), and then there is no key to enrol. nullopt: cannot
    // tell (the key is queued). Default: dpkg-query through the host; tests replace it.
    std::function<std::optional<bool>()> dkmsModuleInstalled;

Q_SIGNALS:
    void changed();
    void readyChanged(bool ready);
    void runningChanged(bool running);
    void logLine(const QString &line);
    void progress(double fraction, const QString &status);
    void bytesProgress(qint64 done, qint64 total, double bytesPerSecond, int etaSeconds);
    void runFinished(bool ok, const QString &message);
    void passwordNeeded(const gpusetup::Step &step);

private:
    void rebuild();
    void runNext();
    void startOperation(std::unique_ptr<Operation> op, const StepView &v);
    void finishRun(bool ok, const QString &message, bool recheck);
    void askForPassword(const StepView &v);
    void emitReadyIfChanged();

    WizardState &m_state;
    StageId m_stage;
    QList<StepView> m_steps;
    bool m_running = false;
    bool m_skipped = false;
    bool m_lastReady = false;
    bool m_lastOk = false;
    bool m_cancelRequested = false;
    bool m_waitingPassword = false;
    bool m_mokQueued = false;
    QStringList m_ranOk; // step ids that ran ok in this run (they need the restart)
    int m_next = 0;
    QString m_lastMessage;
    std::unique_ptr<Operation> m_op;
};

} // namespace gpusetup
