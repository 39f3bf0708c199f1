#pragma once
#include <QEventLoop>
#include <QObject>
#include <QStringList>

namespace gpusetup {

// The command-line mode: subcommands that run without a display (rented servers over SSH).
// Exit codes: 0 ok, 1 problems found or the step failed, 2 usage or input error.
bool isCliInvocation(const QStringList &args);
int runCli(const QStringList &args);
QString cliUsage();
// Subcommands that render with QtGui (the PDF report) and so need a QGuiApplication.
bool cliNeedsGuiApp(const QStringList &args);

// Calls start(), then spins an event loop until obj emits finished(Result) (at once or later)
// and returns that result: the CLI's way of running the core's asynchronous objects to the end.
template <typename Result, typename Obj, typename Signal, typename Start>
Result waitFinished(Obj &obj, Signal finished, Start start)
{
    Result result;
    bool done = false;
    QEventLoop loop;
    QObject::connect(&obj, finished, &loop, [&](const Result &r) {
        result = r;
        done = true;
        loop.quit();
    });
    start();
    if (!done) loop.exec();
    return result;
}

} // namespace gpusetup
