#pragma once
// The Verify page's headless half: runs the verifier (WizardState::verify) on a worker thread,
// reports each check as it finishes, and stops it on cancel.
#include "WizardState.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace gpusetup {

class VerifyModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY readyChanged)
public:
    explicit VerifyModel(WizardState &state, QObject *parent = nullptr);
    ~VerifyModel() override;

    bool isRunning() const { return m_running; }
    bool isReady() const { return !m_running; } // verifying is never required to go on
    bool hasVerifier() const { return bool(m_state.verify); }
    QList<VerifyCheck> checks() const { return m_checks; }
    VerifyReport report() const { return m_report; }
    // What counts on the plan's path, and the verdict on the checks so far (verifyVerdict).
    VerifyExpectations expectations() const;
    VerifyVerdict verdict() const;
    // The env's python the torch checks use: the chosen env of the plan when it exists.
    QString pythonPath() const;

    void run();
    void cancel();

Q_SIGNALS:
    void runningChanged(bool running);
    void readyChanged(bool ready);
    void checkFinished(const gpusetup::VerifyCheck &check);
    void finished(bool passed); // verdict().passed()

private:
    WizardState &m_state;
    bool m_running = false;
    QList<VerifyCheck> m_checks;
    VerifyReport m_report;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace gpusetup
