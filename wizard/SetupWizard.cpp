#include "SetupWizard.h"

#include "Pages.h"
#include "StagePages.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QMessageBox>

namespace gpusetup {

SetupWizard::SetupWizard(WizardState &state, QWidget *parent)
    : QWizard(parent), m_state(state), m_welcome(new WelcomePage(state, this)),
      m_gpu(new GpuPage(state, this)), m_driver(new DriverPage(state, this)),
      m_toolkit(new LibraryPage(state, StageId::Toolkit, this)),
      m_cudnn(new LibraryPage(state, StageId::Cudnn, this)),
      m_python(new PythonEnvPage(state, this)), m_verify(new VerifyPage(state, this)),
      m_report(new ReportPage(state, m_verify->model(), this))
{
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1, state.host().isSnapshot());
    setPage(Welcome, m_welcome);
    setPage(Gpu, m_gpu);
    setPage(Driver, m_driver);
    setPage(Toolkit, m_toolkit);
    setPage(Cudnn, m_cudnn);
    setPage(PythonEnv, m_python);
    setPage(Verify, m_verify);
    setPage(Report, m_report);
    setMinimumSize(800, 560);
    resize(1024, 600);
    if (QAbstractButton *badge = button(QWizard::CustomButton1)) badge->setEnabled(false);
    confirmQuit = [this] {
        return QMessageBox::question(this, tr("Quit the wizard?"),
                                     tr("Quit GPU Setup? Nothing more will change on this "
                                        "computer; you can start again any time.")) ==
               QMessageBox::Yes;
    };
    retranslateUi();
    if (!m_state.hasFacts()) m_state.recheck();
}

StagePage *SetupWizard::stagePage(int id) const
{
    return qobject_cast<StagePage *>(page(id));
}

void SetupWizard::showPage(int id)
{
    if (currentId() == -1 || currentId() > id) restart();
    while (currentId() != id && currentId() != -1) {
        const int before = currentId();
        next();
        if (currentId() == before) break;
    }
}

bool SetupWizard::renderScreenshots(const QString &dir, const QString &suffix, QString *error)
{
    static const char *names[] = {"welcome", "gpu",        "driver", "cuda",
                                  "cudnn",   "python-env", "verify", "report"};
    QDir().mkpath(dir);
    for (int id = Welcome; id <= Report; ++id) {
        showPage(id);
        QApplication::processEvents();
        const QString path = QDir(dir).filePath(QStringLiteral("%1-%2%3.png")
                                                    .arg(id + 1, 2, 10, QLatin1Char('0'))
                                                    .arg(QString::fromLatin1(names[id]), suffix));
        if (!grab().save(path)) {
            if (error) *error = tr("Could not write %1.").arg(path);
            return false;
        }
    }
    return true;
}

bool SetupWizard::stopRunning()
{
    bool any = false;
    for (int id : pageIds()) {
        if (StagePage *p = stagePage(id); p && p->model().isRunning()) {
            p->model().cancel();
            any = true;
        }
    }
    if (m_verify->model().isRunning()) {
        m_verify->model().cancel();
        any = true;
    }
    return any;
}

void SetupWizard::reject()
{
    // Cancel during a step interrupts the step; otherwise it asks before quitting.
    if (stopRunning()) return;
    if (!confirmQuit || confirmQuit()) QWizard::reject();
}

void SetupWizard::retranslateUi()
{
    QString title = tr("GPU Setup Wizard");
    if (m_state.host().isSnapshot()) {
        const QString badge = tr("demo: %1").arg(m_state.host().describe());
        title += QStringLiteral(" — ") + badge;
        setButtonText(QWizard::CustomButton1, badge);
    }
    setWindowTitle(title);
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
}

void SetupWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWizard::changeEvent(event);
}

} // namespace gpusetup
