#pragma once
// The wizard: Welcome, one page per stage, Verify, Report, all sharing one WizardState.
// Cancel or closing the window stops a running step first and asks before quitting otherwise.
#include "WizardState.h"

#include <QWizard>

#include <functional>

namespace gpusetup {

class GpuPage;
class DriverPage;
class LibraryPage;
class PythonEnvPage;
class StagePage;
class VerifyPage;
class ReportPage;
class WelcomePage;

class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { Welcome, Gpu, Driver, Toolkit, Cudnn, PythonEnv, Verify, Report };
    Q_ENUM(PageId)

    explicit SetupWizard(WizardState &state, QWidget *parent = nullptr);

    WizardState &state() { return m_state; }
    StagePage *stagePage(int id) const;
    DriverPage *driverPage() const { return m_driver; }
    WelcomePage *welcomePage() const { return m_welcome; }
    GpuPage *gpuPage() const { return m_gpu; }
    PythonEnvPage *pythonEnvPage() const { return m_python; }
    LibraryPage *toolkitPage() const { return m_toolkit; }
    VerifyPage *verifyPage() const { return m_verify; }
    ReportPage *reportPage() const { return m_report; }
    // Goes to a page directly (screenshots, tests); Next rules are not applied.
    void showPage(int id);
    // The page a saved session names ("driver" -> Driver); -1 when none or unknown.
    static int pageIdForName(const QString &name);
    static QString pageName(int id);
    // Opens the page the session read back (WizardSession::open); false when it names none.
    bool openSavedPage();
    // Writes every page as NN-name.png at the wizard's current size, then the restart hand-off
    // and the MOK password dialog when the Driver stage has them (03b-driver-restart,
    // 03c-mok-dialog); false on a write error.
    bool renderScreenshots(const QString &dir, const QString &suffix, QString *error);
    // Asked before quitting when nothing runs; tests replace the message box.
    std::function<bool()> confirmQuit;

public Q_SLOTS:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    bool stopRunning();
    WizardState &m_state;
    WelcomePage *m_welcome;
    GpuPage *m_gpu;
    DriverPage *m_driver;
    bool m_opening = false;
    LibraryPage *m_toolkit;
    LibraryPage *m_cudnn;
    PythonEnvPage *m_python;
    VerifyPage *m_verify;
    ReportPage *m_report;
};

} // namespace gpusetup
