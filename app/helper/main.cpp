// gpu-setup-helper: the only part of gpu-setup that runs as root, started by pkexec
// (polkit action org.gpusetup.helper). It knows a few verbs, checks every argument before it
// does anything, runs programs from argv lists only, and logs each request.
//
//   gpu-setup-helper [--check] VERB ARGS...
//
// --check validates as the calling user and prints what would run as root, nothing else.
// Exit: 0 done, 1 failed, 2 arguments rejected (nothing done), 3 not root, 130 cancelled.
#include "actions/HelperRunner.h"
#include "actions/HelperVerbs.h"

#include <QDateTime>
#include <QFile>
#include <QString>
#include <QStringList>

#include <csignal>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

using namespace gpusetup;

extern char **environ;

namespace {

void say(FILE *f, const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), f);
    std::fputc('\n', f);
    std::fflush(f);
}

void appendLog(const QString &path, const QString &line)
{
    if (path.isEmpty()) return;
    QFile f(path);
    if (!f.open(QIODevice::Append | QIODevice::Text)) return;
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    f.write(QStringLiteral("%1 uid=%2 %3\n")
                .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                     qEnvironmentVariable("PKEXEC_UID", QString::number(::getuid())), line)
                .toUtf8());
}

} // namespace

int main(int argc, char **argv)
{
    ::umask(022);
    std::signal(SIGPIPE, SIG_IGN); // the client going away must not kill a half-done install
    std::signal(SIGHUP, SIG_IGN);
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const bool check = args.value(0) == QLatin1String("--check");
    if (check) args.removeFirst();
    if (args.isEmpty() || args.value(0) == QLatin1String("--help")) {
        say(stderr, QStringLiteral("usage: gpu-setup-helper [--check] VERB ARGS...; verbs: %1")
                        .arg(helper::verbs().join(QStringLiteral(", "))));
        return args.isEmpty() ? helper::Rejected : helper::Ok;
    }

    HelperRunOptions run;
#ifdef GPUSETUP_HELPER_TESTABLE
    // Test build only (never installed): runs as the user, with fake programs and a scratch
    // root, so the tests go through the same code as root does.
    const bool testable = true;
    run.rootPrefix = qEnvironmentVariable("GPUSETUP_HELPER_TEST_ROOT");
    for (char **e = environ; *e; ++e)
        run.environment << QString::fromLocal8Bit(*e);
#else
    const bool testable = false;
#endif
    // The log path may be redirected only where it cannot hide what root did.
    QString logPath = QLatin1String(helper::kLogPath);
    if (check || testable) logPath = qEnvironmentVariable("GPUSETUP_HELPER_LOG");

    if (!check && !testable && ::geteuid() != 0) {
        say(stderr, QStringLiteral("gpu-setup-helper: it runs as root only, through pkexec "
                                   "(use --check to validate arguments as yourself)."));
        return helper::NotRoot;
    }

    HelperValidateOptions vo;
    vo.rootPrefix = run.rootPrefix;
    const HelperRequest req = helper::validate(args, vo);
    const QString what = args.join(QLatin1Char(' '));
    if (!req.ok()) {
        say(stderr, QStringLiteral("gpu-setup-helper: ") + req.error);
        appendLog(logPath, QStringLiteral("rejected %1: %2").arg(what, req.error));
        return helper::Rejected;
    }
    if (check) {
        say(stdout, QStringLiteral("as root, gpu-setup-helper %1 would:").arg(what));
        for (const QString &line : req.describe())
            say(stdout, QStringLiteral("  ") + line);
        appendLog(logPath, QStringLiteral("checked %1").arg(what));
        return helper::Ok;
    }

    appendLog(logPath, QStringLiteral("start %1").arg(what));
    run.cancelFd = STDIN_FILENO;
    run.output = [&](const QString &line) {
        say(stdout, line);
        if (line.startsWith(QLatin1String("@changed ")) ||
            line.startsWith(QLatin1String("cuda-installer.log: ")))
            appendLog(logPath, QStringLiteral("  ") + line);
    };
    QString failure;
    const int rc = runHelperRequest(req, run, &failure);
    if (rc != helper::Ok) say(stderr, QStringLiteral("gpu-setup-helper: ") + failure);
    appendLog(logPath,
              QStringLiteral("end %1: exit %2%3")
                  .arg(what)
                  .arg(rc)
                  .arg(failure.isEmpty() ? QString()
                                         : QStringLiteral(" (") + failure + QLatin1Char(')')));
    return rc;
}
