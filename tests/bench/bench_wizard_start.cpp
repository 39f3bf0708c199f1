// Cold start to first page shown: SetupWizard (with its state, knowledge and all pages) against
// a bare QWizard with the same number of pages, in the same run. Prints both and the ratio.
// Usage: bench_wizard_start [HOST_DIR]   (QT_QPA_PLATFORM=offscreen works)
#include "SetupWizard.h"
#include "host/RealHost.h"
#include "host/SnapshotHost.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QTextStream>
#include <QVBoxLayout>
#include <QWizard>

using namespace gpusetup;

static qint64 firstPaintNs(QWidget &w)
{
    QElapsedTimer t;
    t.start();
    w.show();
    while (!w.isVisible())
        QApplication::processEvents();
    QApplication::processEvents(); // the first page laid out and painted
    return t.nsecsElapsed();
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString hostDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    QTextStream out(stdout);
    const int rounds = 5;
    qint64 bare = 0, wizard = 0, firstBare = 0, firstWizard = 0;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        {
            QWizard w;
            for (int i = 0; i < 8; ++i) {
                auto *p = new QWizardPage;
                p->setTitle(QStringLiteral("Page %1").arg(i));
                (new QVBoxLayout(p))->addWidget(new QLabel(QStringLiteral("text"), p));
                w.addPage(p);
            }
            w.resize(1024, 600);
            firstPaintNs(w);
            const qint64 ns = t.nsecsElapsed();
            bare += ns;
            if (r == 0) firstBare = ns;
        }
        t.restart();
        {
            QString error;
            std::unique_ptr<Host> host;
            if (hostDir.isEmpty())
                host = std::make_unique<RealHost>();
            else
                host = SnapshotHost::open(hostDir, &error);
            WizardState state(*host, true);
            SetupWizard w(state); // starts probing on its worker thread
            w.resize(1024, 600);
            firstPaintNs(w);
            const qint64 ns = t.nsecsElapsed();
            wizard += ns;
            if (r == 0) firstWizard = ns;
            while (state.isChecking())
                QApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
    }
    out << "bare QWizard (8 pages), first page shown: " << bare / rounds / 1e6 << " ms"
        << " (first round, cold Qt: " << firstBare / 1e6 << " ms)\n"
        << "SetupWizard, first page shown:            " << wizard / rounds / 1e6 << " ms"
        << " (first round, cold knowledge: " << firstWizard / 1e6 << " ms)\n"
        << "ratio: " << double(wizard) / double(bare) << "\n";
    return 0;
}
