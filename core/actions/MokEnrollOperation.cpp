#include "actions/MokEnrollOperation.h"

#include "actions/HelperVerbs.h"

#include <QProcess>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace gpusetup {

namespace {

// A terminal left with echo off by Ctrl-C would look broken: restore it, then die as asked.
struct termios g_saved;
int g_savedFd = -1;

void restoreAndRaise(int sig)
{
    if (g_savedFd >= 0) ::tcsetattr(g_savedFd, TCSAFLUSH, &g_saved);
    ::signal(sig, SIG_DFL);
    ::raise(sig);
}

void writeAll(int fd, const QByteArray &bytes)
{
    const char *p = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        p += n;
        left -= n;
    }
}

// One line from fd with echo off when it is a terminal; false on end of input.
bool readHidden(int in, int out, const QByteArray &prompt, QByteArray *line)
{
    const bool tty = ::isatty(in) == 1;
    struct sigaction old[3] = {};
    const int sigs[3] = {SIGINT, SIGTERM, SIGHUP};
    if (tty) {
        writeAll(out, prompt);
        if (::tcgetattr(in, &g_saved) != 0) return false;
        g_savedFd = in;
        struct sigaction sa = {};
        sa.sa_handler = restoreAndRaise;
        for (int i = 0; i < 3; ++i)
            ::sigaction(sigs[i], &sa, &old[i]);
        struct termios quiet = g_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(in, TCSAFLUSH, &quiet);
    }
    line->clear();
    bool got = false;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(in, &c, 1);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        got = true;
        if (c == '\n') break;
        if (line->size() <= helper::kMokPasswordMax) line->append(c);
    }
    if (tty) {
        ::tcsetattr(in, TCSAFLUSH, &g_saved);
        g_savedFd = -1;
        for (int i = 0; i < 3; ++i)
            ::sigaction(sigs[i], &old[i], nullptr);
    }
    if (line->endsWith('\r')) line->chop(1);
    return got;
}

} // namespace

MokEnrollOperation::MokEnrollOperation(const ActionContext &ctx, const QString &password,
                                       QObject *parent)
    : HelperOperation(QStringLiteral("driver.enroll-mok"),
                      tr("Queue the driver's signing key for enrolment (MOK)"),
                      QStringLiteral("enroll-mok"), {}, ctx.pkexec, ctx.helperPath, parent),
      m_password(password)
{
}

MokEnrollOperation::~MokEnrollOperation()
{
    m_password.fill(QLatin1Char('\0'));
}

bool MokEnrollOperation::isMokStep(const QString &stepId)
{
    return stepId == QLatin1String("driver.enroll-mok") ||
           stepId == QLatin1String("driver.mok-import");
}

bool MokEnrollOperation::checkPassword(const QString &password, QString *why)
{
    QByteArray bytes = password.toUtf8();
    const bool ok = helper::checkMokPassword(bytes, why);
    bytes.fill('\0');
    return ok;
}

bool MokEnrollOperation::askPassword(int in, int out, QString *password, QString *why)
{
    QByteArray first, second;
    const bool ok =
        readHidden(in, out,
                   tr("Choose a one-time MOK password (1-256 characters: letters, digits, "
                      "ASCII punctuation); you type it again at the next boot: ")
                       .toUtf8(),
                   &first) &&
        readHidden(in, out, tr("Type the same password again: ").toUtf8(), &second);
    auto wipe = [&] {
        first.fill('\0');
        second.fill('\0');
    };
    if (!ok) {
        wipe();
        if (why) *why = tr("No MOK password was given.");
        return false;
    }
    if (first != second) {
        wipe();
        if (why) *why = tr("The two MOK passwords differ.");
        return false;
    }
    QString w;
    if (!helper::checkMokPassword(first, &w)) {
        wipe();
        if (why) *why = w;
        return false;
    }
    *password = QString::fromLatin1(first);
    wipe();
    return true;
}

void MokEnrollOperation::doStart()
{
    m_outcome.clear();
    m_key.clear();
    QString why;
    if (!checkPassword(m_password, &why)) {
        finish({false, false, why, {}});
        return;
    }
    HelperOperation::doStart();
}

void MokEnrollOperation::prepareProcess(QProcess *process)
{
    HelperOperation::prepareProcess(process);
    // The helper's first line of input is the password; "cancel" may follow later.
    connect(process, &QProcess::started, this, [this, process] {
        QByteArray line = m_password.toLatin1() + '\n';
        process->write(line);
        line.fill('\0');
    });
}

void MokEnrollOperation::onOutputLine(const QString &line)
{
    if (line.startsWith(QLatin1String("@mok "))) {
        m_outcome = line.section(QLatin1Char(' '), 1, 1);
        m_key = line.section(QLatin1Char(' '), 2);
        if (m_outcome == QLatin1String("imported"))
            recordChange({QStringLiteral("command"),
                          QStringLiteral("mokutil --import ") + m_key,
                          {},
                          tr("key queued for enrolment at the next boot")});
        return;
    }
    HelperOperation::onOutputLine(line);
}

OperationResult MokEnrollOperation::resultFor(int exitCode, QProcess::ExitStatus status)
{
    OperationResult r = HelperOperation::resultFor(exitCode, status);
    if (!r.ok) return r;
    if (m_outcome == QLatin1String("enrolled")) {
        r.message = tr("The key that signs the NVIDIA module (%1) is already enrolled; nothing "
                       "to do.")
                        .arg(m_key);
    } else if (m_outcome == QLatin1String("pending")) {
        r.message = tr("The key %1 already waits for enrolment from an earlier request: at the "
                       "next boot type the password chosen then (\"sudo mokutil "
                       "--revoke-import\" forgets that request; then run this step again).")
                        .arg(m_key);
    } else if (m_outcome == QLatin1String("imported")) {
        r.message = tr("The key %1 is queued. Reboot; in the blue MOK manager screen choose "
                       "\"Enroll MOK\", \"Continue\", \"Yes\", type the password you chose, then "
                       "\"Reboot\".")
                        .arg(m_key);
    } else {
        r.ok = false;
        r.message = tr("The helper did not say whether the key was queued.");
    }
    return r;
}

} // namespace gpusetup
