// gpu-setup: the setup wizard by default, command-line subcommands otherwise.
#include "Cli.h"

#include "common/Log.h"
#include "host/RealHost.h"
#include "host/SnapshotHost.h"

#ifdef GPUSETUP_HAVE_GUI
#include "Language.h"
#include "SetupWizard.h"
#include "WizardSession.h"
#include "WizardState.h"
#include "actions/Journal.h"
#include "knowledge/Knowledge.h"
#include "verify/Verifier.h"
#include <QApplication>
#include <QFileInfo>
#endif
#include <QCoreApplication>
#ifdef GPUSETUP_SIMULATION
#include <QDir>
#include <QFileInfo>
#endif
#ifdef GPUSETUP_HAVE_PDF
#include <QGuiApplication>
#endif
#include <QTextStream>

#include <cstdlib>
#include <unistd.h>

using namespace gpusetup;

static bool haveDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

#ifdef GPUSETUP_SIMULATION
// gpu-setup-sim only (tests/journey, never installed): the whole program runs on the simulated
// machine named by $GPUSETUP_SIMULATED_ROOT, so the journeys drive the unchanged CLI.
static void useSimulatedRoot()
{
    const QString r = qEnvironmentVariable(RealHost::kRootVariable);
    if (r.isEmpty()) return;
    if (!QDir::isAbsolutePath(r) || !QFileInfo(r).isDir()) {
        QTextStream(stderr) << "gpu-setup-sim: " << RealHost::kRootVariable << "=" << r
                            << " is not an existing absolute folder; ignored.\n";
        return;
    }
    RealHost::setDefaultRoot(r);
}
#endif

int main(int argc, char **argv)
{
#ifdef GPUSETUP_SIMULATION
    useSimulatedRoot();
#endif
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.push_back(QString::fromLocal8Bit(argv[i]));

#ifdef GPUSETUP_HAVE_GUI
    if (!isCliInvocation(args) && haveDisplay()) {
        if (::geteuid() == 0 && !qEnvironmentVariableIsSet("GPUSETUP_ALLOW_ROOT")) {
            QTextStream(stderr)
                << "gpu-setup: the wizard does not run as root; start it as your "
                   "own user (it asks for your password only for the steps that need it).\n";
            return 2;
        }
        QApplication app(argc, argv);
        QApplication::setApplicationName(QStringLiteral("gpu-setup"));
        QApplication::setApplicationVersion(QStringLiteral(GPUSETUP_VERSION));
        QString lang, hostDir, screenshots, knowledgeDir;
        bool resume = false;
        for (int i = 1; i < args.size(); ++i) {
            if (args[i] == QLatin1String("--resume"))
                resume = true; // started by the autostart entry after a restart
            else if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
                lang = args[++i];
            else if (args[i] == QLatin1String("--host") && i + 1 < args.size())
                hostDir = args[++i];
            else if (args[i] == QLatin1String("--screenshots") && i + 1 < args.size())
                screenshots = args[++i];
            else if (args[i] == QLatin1String("--knowledge") && i + 1 < args.size())
                knowledgeDir = args[++i]; // as the CLI's: files there replace the embedded
            else if (args[i] != QLatin1String("-v"))
                return QTextStream(stderr) << "gpu-setup: unknown option " << args[i] << ".\n", 2;
        }
        initLogging(args.contains(QStringLiteral("-v")));
        if (!lang.isEmpty() && lang != QLatin1String("zh_CN") && lang != QLatin1String("en"))
            return QTextStream(stderr) << "gpu-setup: --lang takes zh_CN or en.\n", 2;
        setLanguage(lang.isEmpty() ? systemLanguage() : lang);
        std::unique_ptr<Host> host;
        if (hostDir.isEmpty()) {
            host = std::make_unique<RealHost>();
        } else {
            QString error;
            host = SnapshotHost::open(hostDir, &error);
            if (!host) return QTextStream(stderr) << "gpu-setup: " << error << "\n", 2;
        }
        // A snapshot is a demo: every step is a dry run, nothing on this machine changes.
        WizardState state(*host, host->isSnapshot());
        state.verify = &runVerify;
        if (!knowledgeDir.isEmpty()) {
            QString error;
            std::optional<Knowledge> k = Knowledge::load(knowledgeDir, &error);
            if (!k) return QTextStream(stderr) << "gpu-setup: " << error << "\n", 2;
            state.setKnowledge(std::make_shared<const Knowledge>(std::move(*k)));
        }
        if (!host->isSnapshot()) {
            // The page, the choices and a restart in progress survive (wizard-state.json next
            // to the journal); a demo on a snapshot remembers nothing.
            state.session().stateDir = Journal::stateDir(host->home());
            if (!knowledgeDir.isEmpty())
                // Reopened after the restart with the same data (an absolute path: the
                // autostart entry does not run in this folder).
                state.session().resumeArgv = {
                    QCoreApplication::applicationFilePath(), QStringLiteral("--knowledge"),
                    QFileInfo(knowledgeDir).absoluteFilePath(), QStringLiteral("--resume")};
            state.session().open(resume);
            if (lang.isEmpty() && !state.session().language().isEmpty())
                setLanguage(state.session().language());
        }
        SetupWizard wizard(state);
        if (!screenshots.isEmpty()) {
            // Render every page once probing is done, then exit (works offscreen).
            wizard.resize(1024, 600);
            wizard.show();
            int rc = 0;
            QObject::connect(
                &state, &WizardState::planChanged, &app,
                [&] {
                    QString error;
                    if (!wizard.renderScreenshots(
                            screenshots, QStringLiteral("-") + currentLanguage(), &error)) {
                        QTextStream(stderr) << "gpu-setup: " << error << "\n";
                        rc = 1;
                    }
                    app.exit(rc);
                },
                Qt::SingleShotConnection);
            return app.exec();
        }
        wizard.show();
        return app.exec();
    }
#endif
#ifdef GPUSETUP_HAVE_PDF
    if (cliNeedsGuiApp(args)) {
        // The PDF report needs fonts, i.e. a QGuiApplication, but never a window: render
        // offscreen, so it works over SSH (and with a stale DISPLAY) as well as on a desktop.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return runCli(args);
    }
#endif
    QCoreApplication app(argc, argv);
    if (!isCliInvocation(args)) {
        // No display (an SSH session on a rented server): the wizard cannot open, the doctor can.
        QTextStream(stderr) << "gpu-setup: no display found, so the wizard cannot open; here is "
                               "'gpu-setup doctor' instead (see 'gpu-setup --help').\n\n";
        args = QStringList{args.first(), QStringLiteral("doctor")} + args.mid(1);
    }
    return runCli(args);
}
