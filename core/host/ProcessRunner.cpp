#include "host/ProcessRunner.h"

#include <QElapsedTimer>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace gpusetup {

namespace {

struct Pipe
{
    int fd[2] = {-1, -1};
    bool open() { return ::pipe2(fd, O_CLOEXEC) == 0; }
    void closeBoth()
    {
        for (int &f : fd)
            if (f >= 0) {
                ::close(f);
                f = -1;
            }
    }
};

void reapLater(pid_t pid)
{
    std::thread([pid] {
        int st = 0;
        while (::waitpid(pid, &st, 0) < 0 && errno == EINTR) {
        }
    }).detach();
}

} // namespace

CommandResult ProcessRunner::run(const QString &program, const QStringList &argv,
                                 const QMap<QString, QString> &environment, int timeoutMs)
{
    CommandResult r;
    r.argv = argv;
    QElapsedTimer clock;
    clock.start();

    // Everything the child needs is built before spawning.
    std::vector<QByteArray> argStore, envStore;
    for (const QString &a : argv)
        argStore.push_back(a.toLocal8Bit());
    QMap<QString, QString> env = environment;
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        envStore.push_back((it.key() + QLatin1Char('=') + it.value()).toLocal8Bit());
    std::vector<char *> cargv, cenv;
    for (auto &a : argStore)
        cargv.push_back(a.data());
    cargv.push_back(nullptr);
    for (auto &e : envStore)
        cenv.push_back(e.data());
    cenv.push_back(nullptr);
    const QByteArray path = program.toLocal8Bit();

    Pipe out, err;
    if (!out.open() || !err.open()) {
        out.closeBoth();
        err.closeBoth();
        return r;
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, out.fd[1], 1);
    posix_spawn_file_actions_adddup2(&fa, err.fd[1], 2);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK |
                                        POSIX_SPAWN_SETSIGDEF);
    posix_spawnattr_setpgroup(&attr, 0);
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &all);

    pid_t pid = -1;
    const int rc = ::posix_spawn(&pid, path.constData(), &fa, &attr, cargv.data(), cenv.data());
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
    ::close(out.fd[1]);
    out.fd[1] = -1;
    ::close(err.fd[1]);
    err.fd[1] = -1;
    if (rc != 0) {
        out.closeBoth();
        err.closeBoth();
        r.status = (rc == ENOENT) ? CommandResult::Status::NotInstalled
                                  : CommandResult::Status::FailedToStart;
        r.exitCode = rc == ENOENT ? 127 : 126;
        r.stdErr = QByteArray(::strerror(rc));
        r.elapsedMs = clock.elapsed();
        return r;
    }

    bool timedOut = false;
    int open = 2;
    struct pollfd fds[2] = {{out.fd[0], POLLIN, 0}, {err.fd[0], POLLIN, 0}};
    QByteArray *sinks[2] = {&r.stdOut, &r.stdErr};
    char buf[65536];
    while (open > 0) {
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0) {
            timedOut = true;
            break;
        }
        const int n = ::poll(fds, 2, int(left));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) continue;
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            const ssize_t got = ::read(fds[i].fd, buf, sizeof buf);
            if (got > 0) {
                if (sinks[i]->size() < kMaxOutput) sinks[i]->append(buf, int(got));
            } else if (got == 0 || errno != EINTR) {
                fds[i].fd = -1;
                --open;
            }
        }
    }
    out.closeBoth();
    err.closeBoth();

    int status = 0;
    if (!timedOut) {
        // Both pipes closed: the child is exiting or has handed them on. Wait what is left.
        for (;;) {
            const pid_t w = ::waitpid(pid, &status, WNOHANG);
            if (w == pid) break;
            if (w < 0 && errno != EINTR) {
                status = 0;
                break;
            }
            if (clock.elapsed() >= timeoutMs) {
                timedOut = true;
                break;
            }
            ::usleep(2000);
        }
    }
    if (timedOut) {
        ::kill(-pid, SIGKILL);
        ::kill(pid, SIGKILL);
        bool reaped = false;
        for (int i = 0; i < 50 && !reaped; ++i) { // up to 100 ms, then give up waiting
            if (::waitpid(pid, &status, WNOHANG) == pid)
                reaped = true;
            else
                ::usleep(2000);
        }
        if (!reaped) reapLater(pid);
        r.status = CommandResult::Status::TimedOut;
        r.exitCode = -1;
    } else if (WIFEXITED(status)) {
        r.status = CommandResult::Status::Exited;
        r.exitCode = WEXITSTATUS(status);
    } else {
        r.status = CommandResult::Status::Crashed;
        r.exitCode = WIFSIGNALED(status) ? WTERMSIG(status) : -1;
    }
    r.elapsedMs = clock.elapsed();
    return r;
}

} // namespace gpusetup
