#pragma once
// The driver stage as one operation: the advisor's driver.* steps turned into helper calls
// (apt-update, ubuntu-drivers-install / install-driver, blacklist-nouveau), run in order,
// then the MOK import (enroll-mok) when the plan has it and the user chose a password: DKMS
// makes the key while it builds the module, so it comes last. Manual steps (the blue MOK
// screen, reboot) are listed for the user, never run.
#include "actions/CompositeOperation.h"
#include "actions/StepOperations.h"

#include <QProcessEnvironment>

#include <memory>

namespace gpusetup {

class HelperOperation;

class DriverInstallOperation : public CompositeOperation
{
    Q_OBJECT
public:
    // server: ubuntu-drivers install --gpgpu (Choices.server) even when the step lacks it.
    DriverInstallOperation(const QList<Step> &steps, const ActionContext &ctx, bool server = false,
                           QObject *parent = nullptr);
    ~DriverInstallOperation() override;

    QString title() const override;
    QStringList dryRun() const override;
    bool needsPrivilege() const override { return !m_calls.isEmpty(); }
    // One entry per step that ran (driver.install, driver.blacklist-nouveau, driver.enroll-mok),
    // as the report lists them.
    QList<JournalEntry> journalEntries() const override { return childEntries(); }
    // What the user does by hand afterwards (reboot, MOK), translated, in order.
    QStringList manualSteps() const { return m_manual; }
    int helperCalls() const { return int(m_calls.size()); }
    // The plan asks to enrol the module's signing key: ask the user for a one-time password
    // (twice, hidden) and hand it over with setMokPassword() before start(). Without one the
    // step is skipped and listed for the user instead.
    bool needsMokPassword() const { return m_hasMok; }
    void setMokPassword(const QString &password) { m_mokPassword = password; }
    // For pkexec and the programs (tests put fakes on PATH).
    void setEnvironment(const QProcessEnvironment &env) { m_env = env; }

protected:
    void doStart() override;
    // What root changed is not undone by the user's process (HelperOperation says the same).
    void doUndo() override;

private:
    void runNext();

    struct Call
    {
        Step step;
        double weight;
    };
    std::unique_ptr<Operation> operationFor(const Step &step, QString *why = nullptr) const;

    QList<Call> m_calls;
    QStringList m_manual;
    bool m_hasMok = false;
    QString m_mokPassword;
    ActionContext m_ctx;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    int m_next = 0;
    double m_done = 0, m_total = 0;
};

} // namespace gpusetup
