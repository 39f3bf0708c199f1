#include "SetupWizard.h"

#include "MokPasswordDialog.h"
#include "Pages.h"
#include "StagePages.h"
#include "WizardSession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QEventLoop>
#include <QGroupBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>

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
    // The page survives a restart: every change of page is saved (once a session is open).
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (!m_opening && id >= 0) m_state.session().setPage(pageName(id));
    });
    if (!m_state.hasFacts()) m_state.recheck();
    openSavedPage();
}

namespace {
const char *const kPageNames[] = {"welcome", "gpu",        "driver", "cuda",
                                  "cudnn",   "python-env", "verify", "report"};
} // namespace

int SetupWizard::pageIdForName(const QString &name)
{
    for (int id = Welcome; id <= Report; ++id)
        if (name == QLatin1String(kPageNames[id])) return id;
    return -1;
}

QString SetupWizard::pageName(int id)
{
    return id >= Welcome && id <= Report ? QString::fromLatin1(kPageNames[id]) : QString();
}

bool SetupWizard::openSavedPage()
{
    const int id = pageIdForName(m_state.session().page());
    if (id <= Welcome) return false;
    m_opening = true; // walking there must not save the pages in between
    showPage(id);
    m_opening = false;
    m_state.session().setPage(pageName(currentId()));
    return currentId() == id;
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
    QDir().mkpath(dir);
    auto save = [&](QWidget *w, const QString &name) {
        const QString path = QDir(dir).filePath(name + suffix + QStringLiteral(".png"));
        if (w->grab().save(path)) return true;
        if (error) *error = tr("Could not write %1.").arg(path);
        return false;
    };
    for (int id = Welcome; id <= Report; ++id) {
        showPage(id);
        QApplication::processEvents();
        if (!save(this, QStringLiteral("%1-%2")
                            .arg(id + 1, 2, 10, QLatin1Char('0'))
                            .arg(QString::fromLatin1(kPageNames[id]))))
            return false;
    }
    // The restart hand-off and the password dialog, where the Driver stage has them: a demo
    // run of the stage up to the restart (nothing runs in demo mode).
    const StagePlan *driver = m_state.plan().stage(StageId::Driver);
    bool restart = false, mok = false;
    for (const Step &s : driver ? driver->steps : QList<Step>()) {
        restart = restart || s.id == QLatin1String("driver.reboot");
        mok = mok || s.id == QLatin1String("driver.enroll-mok");
    }
    if (!restart || !m_state.isDryRun()) return true;
    showPage(Driver);
    StageModel &model = m_driver->model();
    QEventLoop loop;
    connect(&model, &StageModel::runFinished, &loop, &QEventLoop::quit);
    model.run();
    if (model.isRunning()) loop.exec();
    QApplication::processEvents();
    // Scrolled so that the hand-off is in view, as the student sees it after Run.
    if (auto *area = m_driver->findChild<QScrollArea *>()) {
        const int top = m_driver->rebootBox()->mapTo(area->widget(), QPoint(0, 0)).y();
        area->verticalScrollBar()->setValue(top - 8);
        QApplication::processEvents();
    }
    if (!save(this, QStringLiteral("03b-driver-restart"))) return false;
    if (mok) {
        MokPasswordDialog dialog(this);
        dialog.passwordEdit()->setText(QStringLiteral("example1"));
        dialog.repeatEdit()->setText(QStringLiteral("example1"));
        dialog.adjustSize();
        dialog.show();
        QApplication::processEvents();
        const bool ok = save(&dialog, QStringLiteral("03c-mok-dialog"));
        dialog.hide();
        if (!ok) return false;
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
