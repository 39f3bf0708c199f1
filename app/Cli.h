#pragma once
#include <QStringList>

namespace gpusetup {

// The command-line mode: subcommands that run without a display (rented servers over SSH).
// Exit codes: 0 ok, 1 problems found or the step failed, 2 usage or input error.
bool isCliInvocation(const QStringList &args);
int runCli(const QStringList &args);
QString cliUsage();
// Subcommands that render with QtGui (the PDF report) and so need a QGuiApplication.
bool cliNeedsGuiApp(const QStringList &args);

} // namespace gpusetup
