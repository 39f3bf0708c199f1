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

// The value of the option at args[*i] (args[*i + 1], which must be there and not be another
// "--" option); advances *i past it. False with a one-sentence *error otherwise.
inline bool takeOptionValue(const QStringList &args, int *i, QString *target, QString *error)
{
    if (*i + 1 >= args.size() || args[*i + 1].startsWith(QLatin1String("--"))) {
        *error = QStringLiteral("%1 needs a value.").arg(args[*i]);
        return false;
    }
    *target = args[++*i];
    return true;
}

} // namespace gpusetup
