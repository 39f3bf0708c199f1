// gpu-setup-helper: the only part of gpu-setup that runs as root, started by pkexec
// (polkit action org.gpusetup.helper). It knows a few verbs, checks every argument before it
// does anything, runs programs from argv lists only, and logs each request.
//
//   gpu-setup-helper [--check] VERB ARGS...
//
// --check validates as the calling user and prints what would run as root, nothing else.
// enroll-mok reads the one-time MOK password as the first line of its standard input.
// Exit: 0 done, 1 failed, 2 arguments rejected (nothing done), 3 not root, 130 cancelled.
#include "actions/HelperPaths.h"
#include "actions/HelperRunner.h"
#include "actions/HelperVerbs.h"

#include <QDateTime>
#include <QFile>
#include <QString>
#include <QStringList>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <pwd.h>
#include <sys/resource.h>
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

// One record a line: opened without following a link (O_NOFOLLOW), never blocking on a FIFO,
// only a regular file of our own with one link, chmodded through the descriptor (0640,
// group adm where it exists, as Debian's logs are); control characters in what was asked
// are escaped, so no argument can forge a record.
void appendLog(const QString &path, const QString &line)
{
    if (path.isEmpty()) return;
    const int fd =
        ::open(QFile::encodeName(path).constData(),
               O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0640);
    if (fd < 0) return;
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::geteuid() ||
        st.st_nlink != 1) {
        ::close(fd);
        return;
    }
    if (::geteuid() == 0)
        if (const struct group *adm = ::getgrnam("adm"))
            if (::fchown(fd, 0, adm->gr_gid) != 0) { /* keep root's group */
            }
    ::fchmod(fd, 0640);
    const QByteArray record =
        QStringLiteral("%1 uid=%2 %3\n")
            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                 QString::number(helper::callerUid()), helper::escapedForLog(line))
            .toUtf8();
    if (::write(fd, record.constData(), size_t(record.size())) != record.size()) {
        // A full disk: the record is lost, the request is not.
    }
    ::close(fd);
}

// The first line of fd (without its newline), read a byte at a time so that what follows
// (a "cancel" line) stays in the pipe. Never from a terminal: it would echo.
bool readSecretLine(int fd, QByteArray *line, QString *why)
{
    if (::isatty(fd)) {
        *why = QStringLiteral("The MOK password is read from a pipe on standard input, not from "
                              "a terminal.");
        return false;
    }
    line->clear();
    for (;;) {
        pollfd p{fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, 60000);
        if (ready < 0 && errno == EINTR) continue;
        if (ready <= 0) {
            *why = QStringLiteral("No MOK password arrived on standard input.");
            return false;
        }
        char c = 0;
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0 || c == '\n') break;
        if (line->size() > helper::kMokPasswordMax) continue; // too long: drain, refuse below
        line->append(c);
    }
    return true;
}

// Limits inherited from the caller (pkexec keeps them) must not break a root install half-way:
// `ulimit -f 1024` killed a cuDNN copy with SIGXFSZ, leaving a truncated file and no rollback.
// As root they are set to sane values; otherwise (the test build) soft limits go up to the hard
// ones. SIGXFSZ is ignored, so an over-large write fails with EFBIG and is rolled back.
void resetLimits()
{
    std::signal(SIGXFSZ, SIG_IGN);
    const bool root = ::geteuid() == 0;
    auto set = [root](int resource, rlim_t value) {
        struct rlimit now;
        if (::getrlimit(resource, &now) != 0) return;
        const rlim_t soft =
            now.rlim_max == RLIM_INFINITY || value <= now.rlim_max ? value : now.rlim_max;
        const struct rlimit want = root ? rlimit{value, value} : rlimit{soft, now.rlim_max};
        ::setrlimit(resource, &want);
    };
    for (int r : {RLIMIT_FSIZE, RLIMIT_CPU, RLIMIT_AS, RLIMIT_DATA, RLIMIT_NPROC})
        set(r, RLIM_INFINITY);
    set(RLIMIT_NOFILE, 65536);
    set(RLIMIT_STACK, 8 << 20);
    // No core dump of a process that held a MOK password.
    const struct rlimit noCore
    {
        0, 0
    };
    ::setrlimit(RLIMIT_CORE, &noCore);
    if (root) ::setpriority(PRIO_PROCESS, 0, 0);
}

// --check only validates and describes: as root (under pkexec) it would be an oracle for
// root-only paths (does it exist, is it a file, what is its hash). So it first becomes the
// user who asked, for good; false when that fails.
bool dropToCaller(uid_t caller)
{
    if (::geteuid() != 0 || caller == 0) return true;
    const struct passwd *pw = ::getpwuid(caller);
    const gid_t gid = pw ? pw->pw_gid : gid_t(caller);
    if (pw ? ::initgroups(pw->pw_name, gid) != 0 : ::setgroups(0, nullptr) != 0) return false;
    if (::setresgid(gid, gid, gid) != 0 || ::setresuid(caller, caller, caller) != 0) return false;
    uid_t r, e, s;
    return ::getresuid(&r, &e, &s) == 0 && r == caller && e == caller && s == caller;
}

} // namespace

int main(int argc, char **argv)
{
    ::umask(022);
    resetLimits();
    std::signal(SIGPIPE, SIG_IGN); // the client going away must not kill a half-done install
    std::signal(SIGHUP, SIG_IGN);
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const bool check = args.value(0) == QLatin1String("--check");
    if (check) args.removeFirst();
    if (check && !dropToCaller(helper::callerUid())) {
        say(stderr, QStringLiteral("gpu-setup-helper: could not drop to the calling user for "
                                   "--check."));
        return helper::Failed;
    }
    if (args.isEmpty() || args.value(0) == QLatin1String("--help")) {
        say(stderr, QStringLiteral("usage: gpu-setup-helper [--check] VERB ARGS...; verbs: %1")
                        .arg(helper::verbs().join(QStringLiteral(", "))));
        return args.isEmpty() ? helper::Rejected : helper::Ok;
    }

#ifdef GPUSETUP_HELPER_CLASS
    // One executable per risk class, one polkit action set each: this one serves its own
    // verbs only, whatever pkexec's handling of exec.argv1.
    if (const QString cls = helper::verbClass(args.value(0));
        !cls.isEmpty() && cls != QLatin1String(GPUSETUP_HELPER_CLASS)) {
        say(stderr,
            QStringLiteral("gpu-setup-helper: %1 is done by %2, not by this program (each "
                           "kind of change has its own polkit action).")
                .arg(args.value(0),
                     helper::executableFor(args.value(0), QLatin1String(helper::kInstalledPath))));
        return helper::Rejected;
    }
#endif
    HelperRunOptions run;
    run.callerUid = helper::callerUid();
#ifdef GPUSETUP_HELPER_TESTABLE
    // Test build only (never installed): runs as the user, with fake programs and a scratch
    // root, so the tests go through the same code as root does.
    const bool testable = true;
    run.rootPrefix = qEnvironmentVariable("GPUSETUP_HELPER_TEST_ROOT");
    for (char **e = environ; *e; ++e)
        run.environment << QString::fromLocal8Bit(*e);
    run.programsFromPath = true;
    // The user stands in for root as the owner of the scratch root's system files; a test
    // names another uid to see files of the "wrong" owner refused.
    bool uidOk = false;
    const uint owner = qEnvironmentVariableIntValue("GPUSETUP_HELPER_TEST_OWNER", &uidOk);
    run.trustedUid = uidOk ? uid_t(owner) : ::geteuid();
    // The tests' fake runfiles and archives, accepted besides NVIDIA's (one SHA-256 a line).
    if (const QString list = qEnvironmentVariable("GPUSETUP_HELPER_TEST_HASHES"); !list.isEmpty()) {
        QFile f(list);
        if (f.open(QIODevice::ReadOnly))
            for (const QByteArray &l : f.readAll().split('\n'))
                if (!l.trimmed().isEmpty())
                    run.extraKnownSha256 << QString::fromLatin1(l.trimmed());
    }
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
    vo.trustedUid = run.trustedUid;
    vo.extraKnownSha256 = run.extraKnownSha256;
    vo.callerUid = run.callerUid;
    HelperRequest req = helper::validate(args, vo);
    const QString what = args.join(QLatin1Char(' '));
    if (req.ok() && req.verb == QLatin1String("enroll-mok")) {
        QString why;
        if (!readSecretLine(STDIN_FILENO, &run.mokPassword, &why) ||
            !helper::checkMokPassword(run.mokPassword, &why))
            req.error = why;
    }
    if (!req.ok()) {
        run.mokPassword.fill('\0');
        if (!check) say(stdout, QStringLiteral("@error ") + helper::escapedForLog(req.error));
        say(stderr, QStringLiteral("gpu-setup-helper: ") + req.error);
        appendLog(logPath, QStringLiteral("rejected %1: %2").arg(what, req.error));
        return helper::Rejected;
    }
    if (check) {
        run.mokPassword.fill('\0');
        say(stdout, QStringLiteral("as root, gpu-setup-helper %1 would:").arg(what));
        for (const QString &line : req.describe())
            say(stdout, QStringLiteral("  ") + line);
        say(stdout, QStringLiteral("(checked as uid %1)").arg(::geteuid()));
        appendLog(logPath, QStringLiteral("checked %1").arg(what));
        return helper::Ok;
    }

    appendLog(logPath, QStringLiteral("start %1").arg(what));
    run.cancelFd = STDIN_FILENO;
    // Our own protocol on stdout; what the programs print on stderr, every line behind "| ",
    // so nothing they print can pass for a protocol line (their stdout and stderr are pipes
    // to us; they never get our descriptors).
    run.output = [&](const QString &line) {
        say(stdout, line);
        if (line.startsWith(QLatin1String("@changed ")) || line.startsWith(QLatin1String("@mok ")))
            appendLog(logPath, QStringLiteral("  ") + line);
    };
    run.childOutput = [&](const QString &line) {
        say(stderr, QStringLiteral("| ") + helper::escapedForLog(line));
        if (line.startsWith(QLatin1String("cuda-installer.log: ")))
            appendLog(logPath, QStringLiteral("  | ") + line);
    };
    QString failure;
    const int rc = runHelperRequest(req, run, &failure);
    run.mokPassword.fill('\0');
    if (rc != helper::Ok) {
        say(stdout, QStringLiteral("@error ") + helper::escapedForLog(failure));
        say(stderr, QStringLiteral("gpu-setup-helper: ") + failure);
    }
    appendLog(logPath,
              QStringLiteral("end %1: exit %2%3")
                  .arg(what)
                  .arg(rc)
                  .arg(failure.isEmpty() ? QString()
                                         : QStringLiteral(" (") + failure + QLatin1Char(')')));
    return rc;
}
