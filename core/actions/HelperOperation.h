#pragma once
// The client side of gpu-setup-helper: runs `pkexec HELPER VERB ARGS` (never sudo, never a
// shell), reads the helper's "@progress"/"@status"/"@changed"/"@error" lines from its stdout
// (the programs' own output arrives on stderr and is only logged), and asks it to stop by a
// "cancel" line on its stdin, since a user process cannot signal the root helper.
#include "actions/CommandOperation.h"
#include "actions/StepOperations.h"

#include <QTimer>

namespace gpusetup {

class HelperOperation : public CommandOperation
{
    Q_OBJECT
public:
    HelperOperation(const QString &id, const QString &title, const QString &verb,
                    const QStringList &args, const QString &pkexec, const QString &helperPath,
                    QObject *parent = nullptr);

    // The helper call for an advisor step (driver.*, toolkit.install-gcc, privileged cudnn
    // copies); nullptr + *why when the step has no helper verb.
    static std::unique_ptr<HelperOperation> fromStep(const Step &step, const ActionContext &ctx,
                                                     QString *why = nullptr);

    // Why a MOK step is not a plain helper call (MokEnrollOperation carries the password).
    static QString mokNeedsPassword();

    bool needsPrivilege() const override { return true; }
    // The pkexec line, then what the helper runs as root ("  as root: ...").
    QStringList dryRun() const override;
    QString verb() const { return m_verb; }
    QStringList helperArgs() const { return m_args; }

protected:
    void prepareProcess(QProcess *process) override;
    void onOutputLine(const QString &line) override;
    void doCancel() override;
    void doUndo() override;
    OperationResult resultFor(int exitCode, QProcess::ExitStatus status) override;

private:
    QString m_verb;
    QStringList m_args;
    QString m_lastError;
    QTimer m_giveUp;
};

} // namespace gpusetup
