#pragma once
// Queues the key DKMS signs the NVIDIA module with for enrolment in the firmware's MOK list,
// with a one-time password the student chooses (and types again in the blue MOK manager at
// the next boot). Without it a DKMS-built module stays unloaded under Secure Boot: the driver
// is installed with DEBIAN_FRONTEND=noninteractive, so shim-signed never asks on its own.
// Runs `pkexec gpu-setup-helper enroll-mok`; the password travels on the helper's standard
// input only, never in argv, the environment, the log or the journal.
#include "actions/HelperOperation.h"

namespace gpusetup {

class MokEnrollOperation : public HelperOperation
{
    Q_OBJECT
public:
    MokEnrollOperation(const ActionContext &ctx, const QString &password,
                       QObject *parent = nullptr);
    ~MokEnrollOperation() override;

    // The plan's step ids this operation carries out (the advisor's MOK import step).
    static bool isMokStep(const QString &stepId);
    // The password rules (1..256 printable ASCII characters); false + one sentence.
    static bool checkPassword(const QString &password, QString *why);
    // Asks for the password twice on a terminal with echo off (a pipe: two lines, no prompt):
    // in = where it is read, out = where the prompts go (both /dev/tty for the CLI).
    static bool askPassword(int in, int out, QString *password, QString *why);

    // After a successful run: "imported" (queued now), "pending" (already queued earlier,
    // with the password chosen then) or "enrolled" (nothing to do).
    QString outcome() const { return m_outcome; }
    QString key() const { return m_key; }

protected:
    void doStart() override;
    void prepareProcess(QProcess *process) override;
    void onOutputLine(const QString &line) override;
    OperationResult resultFor(int exitCode, QProcess::ExitStatus status) override;

private:
    QString m_password;
    QString m_outcome;
    QString m_key;
};

} // namespace gpusetup
