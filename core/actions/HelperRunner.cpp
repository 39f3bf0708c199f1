#include "actions/HelperRunner.h"

#include "actions/Extractor.h"
#include "actions/HelperKnownFiles.h"
#include "actions/HelperPaths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSaveFile>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace gpusetup {

namespace {

QString trR(const char *s)
{
    return QCoreApplication::translate("gpusetup::HelperRunner", s);
}

QByteArray enc(const QString &s)
{
    return QFile::encodeName(s);
}

class Runner
{
public:
    explicit Runner(const HelperRunOptions &o) : m_o(o)
    {
        if (m_o.environment.isEmpty()) m_o.environment = defaultRootEnvironment();
    }

    int run(const HelperRequest &r, QString *failure);

private:
    // The helper's own lines (its protocol, its sentences).
    void out(const QString &line)
    {
        if (m_o.output) m_o.output(line);
    }
    // What the programs it runs printed: never mixed with the protocol.
    void child(const QString &line)
    {
        if (m_o.childOutput) m_o.childOutput(line);
    }
    QString mapped(const QString &path) const
    {
        return m_o.rootPrefix.isEmpty() ? path : m_o.rootPrefix + path;
    }
    // Reads the cancel descriptor without blocking longer than timeoutMs.
    bool cancelRequested(int timeoutMs = 0);
    QString findProgram(const QString &name) const;
    // input: bytes for the child's standard input (else /dev/null).
    int execArgv(const QStringList &argv, bool aptStatus, QString *failure,
                 const QByteArray &input = QByteArray());
    int enrollMok(const HelperAction &a, QString *failure);
    int writeFile(const HelperAction &a, QString *failure);
    int runfile(const HelperAction &a, QString *failure);
    // Copies the cuDNN files of srcDir into the toolkit through descriptors (see .cpp).
    int copyCudnn(const QString &srcDir, const QString &toolkitDir, QString *failure);
    int openToolkitSub(int tk, const QString &shownTk, const QString &sub, bool *created,
                       QString *failure);
    int installCudnn(const HelperAction &a, QString *failure);
    // Copies in (the caller's file, already open) to a new file `to`, hashing what it writes.
    bool copyHashed(int in, const QString &from, const QString &to, QString *sha, QString *failure,
                    bool *cancelled, const QString &what);
    qint64 freeBytes(const QString &existingDir) const;
    // A new folder of root's, mode 0700, with a tmp/ inside, under /var/tmp or the toolkit's
    // parent, on a file system with the space asked for; "" + *failure when there is none.
    QString makeWorkDir(const QString &toolkitDir, qint64 needHere, qint64 needOnToolkit,
                        QString *failure);
    // The caller's file, opened again as validation did (no symlink on the way, the caller's,
    // a regular file, with their file-system identity), and its size; -1 and *failure if not.
    int openCallerFile(const HelperAction &a, qint64 *size, QString *failure);

    HelperRunOptions m_o;
    bool m_cancel = false;
    QByteArray m_cancelBuf;
    QStringList m_childLines; // the last child's output lines (the last 200)
};

bool Runner::cancelRequested(int timeoutMs)
{
    if (m_cancel) return true;
    if (m_o.cancelFd < 0) {
        if (timeoutMs > 0) ::poll(nullptr, 0, timeoutMs);
        return false;
    }
    pollfd p{m_o.cancelFd, POLLIN, 0};
    if (::poll(&p, 1, timeoutMs) > 0) {
        char buf[256];
        const ssize_t n = ::read(m_o.cancelFd, buf, sizeof buf);
        if (n <= 0) {
            m_o.cancelFd = -1; // EOF: nobody will ask any more
        } else {
            m_cancelBuf.append(buf, int(n));
            if (m_cancelBuf.contains("cancel")) m_cancel = true;
            // Only a word split across two reads matters: the caller cannot grow our memory.
            if (m_cancelBuf.size() > 16) m_cancelBuf = m_cancelBuf.right(16);
        }
    }
    return m_cancel;
}

QString Runner::findProgram(const QString &name) const
{
    if (!m_o.programsFromPath) {
        // Absolute paths: a wrapper in /usr/local/bin (or a writable /usr/local) is never
        // picked up by root.
        static const QMap<QString, QString> fixed{
            {QStringLiteral("apt-get"), QStringLiteral("/usr/bin/apt-get")},
            {QStringLiteral("ubuntu-drivers"), QStringLiteral("/usr/bin/ubuntu-drivers")},
            {QStringLiteral("update-initramfs"), QStringLiteral("/usr/sbin/update-initramfs")},
            {QStringLiteral("mokutil"), QStringLiteral("/usr/bin/mokutil")},
            {QStringLiteral("sh"), QStringLiteral("/bin/sh")}};
        const QString p = fixed.value(name);
        return !p.isEmpty() && ::access(enc(p).constData(), X_OK) == 0 ? p : QString();
    }
    QString path;
    for (const QString &kv : m_o.environment)
        if (kv.startsWith(QLatin1String("PATH="))) path = kv.mid(5);
    for (const QString &dir : path.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        const QString p = dir + QLatin1Char('/') + name;
        if (::access(enc(p).constData(), X_OK) == 0) return p;
    }
    return {};
}

int Runner::execArgv(const QStringList &argv, bool aptStatus, QString *failure,
                     const QByteArray &input)
{
    m_childLines.clear();
    const QString program = findProgram(argv.value(0));
    if (program.isEmpty()) {
        *failure = trR("%1 is not installed.").arg(argv.value(0));
        return helper::Failed;
    }
    out(QStringLiteral("@status ") + argv.join(QLatin1Char(' ')));
    int outPipe[2], stPipe[2] = {-1, -1}, inPipe[2] = {-1, -1};
    const bool feed = !input.isEmpty();
    if (::pipe2(outPipe, O_CLOEXEC) != 0 || (aptStatus && ::pipe2(stPipe, O_CLOEXEC) != 0) ||
        (feed && ::pipe2(inPipe, O_CLOEXEC) != 0)) {
        *failure = trR("Could not create a pipe.");
        return helper::Failed;
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    if (feed)
        posix_spawn_file_actions_adddup2(&fa, inPipe[0], 0);
    else
        posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, outPipe[1], 1);
    posix_spawn_file_actions_adddup2(&fa, outPipe[1], 2);
    if (aptStatus) posix_spawn_file_actions_adddup2(&fa, stPipe[1], 3);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    sigaddset(&defaults, SIGTERM);
    sigaddset(&defaults, SIGINT);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setpgroup(&attr, 0);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF |
                                        POSIX_SPAWN_SETSIGMASK);
    std::vector<QByteArray> storage;
    std::vector<char *> cargv, cenv;
    storage.reserve(argv.size() + m_o.environment.size() + 1);
    storage.push_back(enc(program));
    cargv.push_back(storage.back().data());
    for (int i = 1; i < argv.size(); ++i) {
        storage.push_back(enc(argv[i]));
        cargv.push_back(storage.back().data());
    }
    cargv.push_back(nullptr);
    for (const QString &kv : m_o.environment) {
        storage.push_back(kv.toLocal8Bit());
        cenv.push_back(storage.back().data());
    }
    cenv.push_back(nullptr);
    pid_t pid = -1;
    const int rc =
        ::posix_spawn(&pid, storage.front().constData(), &fa, &attr, cargv.data(), cenv.data());
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
    ::close(outPipe[1]);
    if (aptStatus) ::close(stPipe[1]);
    if (feed) {
        ::close(inPipe[0]);
        // A few hundred bytes: the pipe holds them whether or not the child reads them.
        if (rc == 0) {
            const char *p = input.constData();
            qsizetype left = input.size();
            while (left > 0) {
                const ssize_t n = ::write(inPipe[1], p, size_t(left));
                if (n < 0 && errno == EINTR) continue;
                if (n <= 0) break; // EPIPE: the child did not want it
                p += n;
                left -= n;
            }
        }
        ::close(inPipe[1]);
    }
    if (rc != 0) {
        ::close(outPipe[0]);
        if (aptStatus) ::close(stPipe[0]);
        *failure =
            trR("Could not start %1: %2.").arg(program, QString::fromLocal8Bit(strerror(rc)));
        return helper::Failed;
    }

    QByteArray bufs[2];
    int fds[2] = {outPipe[0], aptStatus ? stPipe[0] : -1};
    bool dpkgStarted = false, killed = false, warned = false;
    qint64 killAt = 0;
    auto emitLines = [&](int which, bool flush) {
        QByteArray &b = bufs[which];
        for (;;) {
            int cut = -1;
            for (int i = 0; i < b.size(); ++i)
                if (b[i] == '\n' || b[i] == '\r') {
                    cut = i;
                    break;
                }
            if (cut < 0 && !(flush && !b.isEmpty())) break;
            const QString line = QString::fromUtf8(cut < 0 ? b : b.left(cut));
            b.remove(0, cut < 0 ? b.size() : cut + 1);
            if (line.isEmpty()) continue;
            if (which == 1) {
                double f = 0;
                QString text;
                bool isError = false;
                if (helper::parseAptStatus(line, &f, &text, &isError)) {
                    if (line.startsWith(QLatin1String("pm"))) dpkgStarted = true;
                    if (isError)
                        child(QStringLiteral("apt error: ") + text);
                    else // the helper's own line: a number it parsed, apt's text as status
                        out(helper::progressLine(f, text));
                } else {
                    child(line);
                }
            } else {
                if (m_childLines.size() >= 200) m_childLines.removeFirst();
                m_childLines << line;
                child(line);
            }
        }
    };
    int status = 0;
    bool exited = false;
    while (!exited || fds[0] >= 0 || fds[1] >= 0) {
        pollfd p[3];
        int n = 0;
        int map[3];
        for (int i = 0; i < 2; ++i)
            if (fds[i] >= 0) {
                p[n] = {fds[i], POLLIN, 0};
                map[n++] = i;
            }
        if (m_o.cancelFd >= 0 && !m_cancel) {
            p[n] = {m_o.cancelFd, POLLIN, 0};
            map[n++] = 2;
        }
        ::poll(p, nfds_t(n), 100);
        for (int k = 0; k < n; ++k) {
            if (!(p[k].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            if (map[k] == 2) {
                cancelRequested(0);
                continue;
            }
            char buf[8192];
            const ssize_t got = ::read(p[k].fd, buf, sizeof buf);
            if (got > 0) {
                bufs[map[k]].append(buf, int(got));
                emitLines(map[k], false);
            } else if (got == 0 || (errno != EINTR && errno != EAGAIN)) {
                emitLines(map[k], true);
                ::close(fds[map[k]]);
                fds[map[k]] = -1;
            }
        }
        if (m_cancel && !killed) {
            if (dpkgStarted) {
                if (!warned)
                    out(QStringLiteral("@status ") +
                        trR("dpkg is configuring packages; stopping now would break them, so "
                            "the helper lets it finish."));
                warned = true;
            } else {
                ::kill(-pid, SIGTERM);
                killed = true;
                killAt = QDateTime::currentMSecsSinceEpoch() + 500;
            }
        }
        if (killed && killAt > 0 && QDateTime::currentMSecsSinceEpoch() > killAt) {
            ::kill(-pid, SIGKILL);
            killAt = 0;
        }
        if (!exited && ::waitpid(pid, &status, WNOHANG) == pid) {
            exited = true;
            // A daemon left behind may hold the pipe: drain what is there, then stop.
            for (int i = 0; i < 2; ++i)
                if (fds[i] >= 0) {
                    char buf[8192];
                    const int fl = ::fcntl(fds[i], F_GETFL);
                    ::fcntl(fds[i], F_SETFL, fl | O_NONBLOCK);
                    ssize_t got;
                    while ((got = ::read(fds[i], buf, sizeof buf)) > 0)
                        bufs[i].append(buf, int(got));
                    emitLines(i, true);
                    ::close(fds[i]);
                    fds[i] = -1;
                }
        }
    }
    if (killed && !dpkgStarted) {
        *failure = trR("Cancelled; %1 was stopped.").arg(argv.value(0));
        return helper::Cancelled;
    }
    if (WIFSIGNALED(status)) {
        *failure = trR("%1 was killed by signal %2.").arg(argv.value(0)).arg(WTERMSIG(status));
        return helper::Failed;
    }
    if (WEXITSTATUS(status) != 0) {
        *failure = trR("%1 failed with exit code %2.").arg(argv.value(0)).arg(WEXITSTATUS(status));
        return helper::Failed;
    }
    return helper::Ok;
}

int Runner::writeFile(const HelperAction &a, QString *failure)
{
    const QString path = mapped(a.path);
    QFile old(path);
    QByteArray before;
    const bool existed = old.exists();
    if (existed && old.open(QIODevice::ReadOnly)) before = old.readAll();
    if (existed && before == a.content) {
        out(trR("%1 already has this content.").arg(a.path));
        return helper::Ok;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString backup;
    if (existed) {
        backup = path + QStringLiteral(".gpu-setup-bak");
        QFile::remove(backup);
        if (!QFile::copy(path, backup)) {
            *failure = trR("Could not back up %1.").arg(a.path);
            return helper::Failed;
        }
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(a.content) != a.content.size() || !f.commit()) {
        *failure = trR("Could not write %1: %2.").arg(a.path, f.errorString());
        return helper::Failed;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                    QFile::ReadOther);
    out(existed ? QStringLiteral("@changed file-modified %1 %2").arg(a.path, backup)
                : QStringLiteral("@changed file-created %1").arg(a.path));
    return helper::Ok;
}

bool Runner::copyHashed(int in, const QString &from, const QString &to, QString *sha,
                        QString *failure, bool *cancelled, const QString &what)
{
    struct stat st;
    if (::fstat(in, &st) != 0 || !S_ISREG(st.st_mode)) {
        *failure = trR("Could not open %1 as a regular file.").arg(from);
        return false;
    }
    const int outFd =
        ::open(enc(to).constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0700);
    if (outFd < 0) {
        *failure = trR("Could not create %1.").arg(to);
        return false;
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    std::vector<char> buf(1 << 20);
    qint64 done = 0;
    bool ok = true;
    for (;;) {
        const ssize_t n = ::read(in, buf.data(), buf.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            ok = false;
            *failure = trR("Could not read %1.").arg(from);
            break;
        }
        if (n == 0) break;
        h.addData(QByteArrayView(buf.data(), n));
        if (::write(outFd, buf.data(), size_t(n)) != n) {
            ok = false;
            *failure = trR("Could not write %1 (disk full?).").arg(to);
            break;
        }
        done += n;
        if ((done & ((32 << 20) - 1)) < n) {
            out(helper::progressLine(st.st_size > 0 ? 0.2 * double(done) / double(st.st_size) : 0,
                                     what));
            if (cancelRequested(0)) {
                *cancelled = true;
                ok = false;
                break;
            }
        }
    }
    if (::close(outFd) != 0 && ok) {
        ok = false;
        *failure = trR("Could not write %1 (disk full?).").arg(to);
    }
    *sha = QString::fromLatin1(h.result().toHex());
    return ok;
}

qint64 Runner::freeBytes(const QString &existingDir) const
{
    if (m_o.freeSpace) return m_o.freeSpace(existingDir);
    struct statvfs v;
    if (::statvfs(enc(existingDir).constData(), &v) != 0) return -1;
    return qint64(v.f_bavail) * qint64(v.f_frsize);
}

int Runner::openCallerFile(const HelperAction &a, qint64 *size, QString *failure)
{
    QString why;
    const int in = helper::openUserFile(a.path, false, m_o.callerUid, &why);
    struct stat st;
    if (in >= 0 && ::fstat(in, &st) == 0) {
        *size = st.st_size;
        return in;
    }
    if (in >= 0) ::close(in);
    *failure = why;
    return -1;
}

QString Runner::makeWorkDir(const QString &toolkitDir, qint64 needHere, qint64 needOnToolkit,
                            QString *failure)
{
    // The toolkit's file system: its folder, or the nearest existing parent.
    QString tkExisting = toolkitDir;
    struct stat st;
    while (::lstat(enc(mapped(tkExisting)).constData(), &st) != 0 && tkExisting.count('/') > 1)
        tkExisting = QFileInfo(tkExisting).path();
    const dev_t tkDev = ::lstat(enc(mapped(tkExisting)).constData(), &st) == 0 ? st.st_dev : 0;
    const qint64 tkFree = freeBytes(mapped(tkExisting));
    const QString parent = QFileInfo(toolkitDir).path(); // /usr/local or /opt
    if (!m_o.rootPrefix.isEmpty()) QDir().mkpath(mapped(QStringLiteral("/var/tmp")));
    QStringList tried;
    for (const QString &base : {QStringLiteral("/var/tmp"), parent}) {
        const QString real = mapped(base);
        // Only a folder of root's (/var/tmp is root's, sticky): the work folder made inside
        // it is root's, mode 0700, and nobody else can rename it away.
        if (::lstat(enc(real).constData(), &st) != 0 || !S_ISDIR(st.st_mode) ||
            st.st_uid != m_o.trustedUid)
            continue;
        const qint64 free = freeBytes(real);
        const bool shared = st.st_dev == tkDev;
        tried << base;
        if (free >= 0 && free < needHere + (shared ? needOnToolkit : 0)) continue;
        if (!shared && tkFree >= 0 && tkFree < needOnToolkit) continue;
        QByteArray tmpl = enc(real + QLatin1Char('/') + QLatin1String(helper::kWorkDirTemplate));
        if (!::mkdtemp(tmpl.data())) continue;
        const QString work = QFile::decodeName(tmpl);
        if (::mkdir(enc(work + QStringLiteral("/tmp")).constData(), 0700) != 0) {
            QDir(work).removeRecursively();
            continue;
        }
        return work;
    }
    *failure =
        trR("Not enough space: the CUDA installer needs about %1 GB to unpack (in %2) and "
            "%3 GB on the file system of %4.")
            .arg(QString::number(double(needHere) / 1e9, 'f', 1),
                 tried.isEmpty() ? QStringLiteral("/var/tmp") : tried.join(QStringLiteral(" or ")),
                 QString::number(double(needOnToolkit) / 1e9, 'f', 1), toolkitDir);
    return {};
}

int Runner::runfile(const HelperAction &a, QString *failure)
{
    const QString toolkit = mapped(a.toolkitDir);
    struct stat tst;
    const bool existed = ::lstat(enc(toolkit).constData(), &tst) == 0;
    // What runs is hashed from this descriptor.
    qint64 size = 0;
    const int in = openCallerFile(a, &size, failure);
    if (in < 0) return helper::Failed;
    // The copy and the unpacked installer sit in the work folder; the toolkit is about twice
    // the runfile.
    const QString work = makeWorkDir(a.toolkitDir, 2 * size, 2 * size, failure);
    if (work.isEmpty()) {
        ::close(in);
        return helper::Failed;
    }
    const QString copy = work + QLatin1Char('/') + QFileInfo(a.path).fileName();
    const QString tmp = work + QStringLiteral("/tmp");
    bool cancelled = false;
    QString sha;
    int rc = helper::Ok;
    const bool copied =
        copyHashed(in, a.path, copy, &sha, failure, &cancelled, trR("Checking the installer"));
    ::close(in);
    if (!copied) {
        rc = cancelled ? helper::Cancelled : helper::Failed;
        if (cancelled) *failure = trR("Cancelled before the installer started.");
    } else if (!a.sha256.isEmpty() && sha != a.sha256) {
        *failure =
            trR("%1 changed after it was checked: its SHA-256 no longer matches.").arg(a.path);
        rc = helper::Failed;
    } else if (!helper::knownFile(sha, helper::KnownFile::Kind::CudaRunfile,
                                  m_o.extraKnownSha256)) {
        // What runs is the copy, and the copy is NVIDIA's: whatever the caller's file is now.
        *failure = helper::unknownRunfile(a.path, sha);
        rc = helper::Failed;
    } else {
        out(helper::progressLine(0.2, trR("Installing the CUDA toolkit")));
        QStringList argv = a.argv;
        argv[1] = copy;
        for (QString &s : argv) {
            if (s.startsWith(QLatin1String("--toolkitpath=")))
                s = QStringLiteral("--toolkitpath=") + toolkit;
            if (s.startsWith(QLatin1String("--tmpdir="))) s = QStringLiteral("--tmpdir=") + tmp;
        }
        // TMPDIR too: whatever the installer unpacks goes into the helper's own folder.
        const QStringList env = m_o.environment;
        m_o.environment.erase(std::remove_if(m_o.environment.begin(), m_o.environment.end(),
                                             [](const QString &kv) {
                                                 return kv.startsWith(QLatin1String("TMPDIR="));
                                             }),
                              m_o.environment.end());
        m_o.environment << QStringLiteral("TMPDIR=") + tmp;
        rc = execArgv(argv, false, failure);
        m_o.environment = env;
        // The installer's own log explains most failures (gcc, space, nouveau).
        QFile log(mapped(QLatin1String(helper::kCudaInstallerLog)));
        if (log.open(QIODevice::ReadOnly)) {
            const QStringList lines =
                QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const QString &l : lines.mid(qMax(0, int(lines.size()) - 20)))
                child(QStringLiteral("cuda-installer.log: ") + l);
        }
    }
    QDir(work).removeRecursively(); // root's own folder, mode 0700: nothing in it is foreign
    struct stat now;
    const bool isRootsDir = ::lstat(enc(toolkit).constData(), &now) == 0 && S_ISDIR(now.st_mode) &&
                            now.st_uid == m_o.trustedUid;
    if (rc != helper::Ok) {
        // Only a folder this run created, still a real folder of root's (never a symlink).
        if (!existed && isRootsDir) {
            QDir(toolkit).removeRecursively();
            out(trR("Removed the partly installed %1.").arg(a.toolkitDir));
        }
        return rc;
    }
    if (!existed && isRootsDir) out(QStringLiteral("@changed dir-created %1").arg(a.toolkitDir));
    return helper::Ok;
}

int Runner::enrollMok(const HelperAction &a, QString *failure)
{
    // Checked again right before use: the same key, still root's and writable by nobody else.
    QString why;
    const QString key = helper::findMokKey(m_o.rootPrefix, m_o.trustedUid, true, &why);
    if (key.isEmpty() || key != a.path) {
        *failure = key.isEmpty() ? why : trR("The DKMS signing key changed while it was checked.");
        return helper::Failed;
    }
    QString pwWhy;
    if (!helper::checkMokPassword(m_o.mokPassword, &pwWhy)) {
        *failure = pwWhy;
        return helper::Failed;
    }
    // mokutil reads the password twice with getline() from a non-terminal stdin (its
    // read_hidden_line() touches termios only when stdin is a tty, since mokutil 0.2.0,
    // commit adce720 "Only change terminal settings"), then hashes it itself with SHA-512
    // crypt. So the password never needs to be in argv, the environment or a file.
    QByteArray input = m_o.mokPassword + '\n' + m_o.mokPassword + '\n';
    const int rc = execArgv({QStringLiteral("mokutil"), QStringLiteral("--import"), mapped(key)},
                            false, failure, input);
    input.fill('\0');
    if (rc != helper::Ok) return rc;
    out(QStringLiteral("@mok %1 %2").arg(helper::mokImportOutcome(m_childLines), key));
    return helper::Ok;
}

int Runner::openToolkitSub(int tk, const QString &shownTk, const QString &sub, bool *created,
                           QString *failure)
{
    failure->clear();
    // include/ and lib64/ are folders, or (NVIDIA's layout) relative links into
    // targets/<arch>/: followed here one component at a time, inside the toolkit only, each a
    // folder of root's that nobody else can write.
    const QByteArray name = enc(sub);
    struct stat st;
    if (::fstatat(tk, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
        if (errno != ENOENT || ::mkdirat(tk, name.constData(), 0755) != 0) {
            *failure = trR("Could not create %1/%2.").arg(shownTk, sub);
            return -1;
        }
        *created = true;
    }
    QStringList path{sub};
    if (S_ISLNK(st.st_mode) && !*created) {
        char buf[4096];
        const ssize_t n = ::readlinkat(tk, name.constData(), buf, sizeof buf - 1);
        const QString target = n > 0 ? QFile::decodeName(QByteArray(buf, int(n))) : QString();
        path = target.split(QLatin1Char('/'));
        const bool inside =
            !target.isEmpty() && !target.startsWith(QLatin1Char('/')) &&
            std::none_of(path.begin(), path.end(), [](const QString &c) {
                return c.isEmpty() || c == QLatin1String(".") || c == QLatin1String("..");
            });
        if (!inside) {
            *failure = trR("%1/%2 leads outside the toolkit folder.").arg(shownTk, sub);
            return -1;
        }
    }
    int fd = ::fcntl(tk, F_DUPFD_CLOEXEC, 0);
    for (int i = 0; i < path.size() && fd >= 0; ++i) {
        const bool last = i == path.size() - 1;
        const int next =
            ::openat(fd, enc(path[i]).constData(),
                     (last ? O_RDONLY : O_PATH) | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        ::close(fd);
        fd = next;
        struct stat dst;
        if (fd >= 0 && (::fstat(fd, &dst) != 0 || dst.st_uid != m_o.trustedUid ||
                        (dst.st_mode & (S_IWGRP | S_IWOTH)))) {
            ::close(fd);
            *failure =
                trR("%1/%2 is not a folder of root's that only root can change.").arg(shownTk, sub);
            return -1;
        }
    }
    if (fd < 0 && failure->isEmpty())
        *failure = trR("%1/%2 is not a folder inside the toolkit.").arg(shownTk, sub);
    return fd;
}

int Runner::copyCudnn(const QString &srcDir, const QString &toolkitDir, QString *failure)
{
    // The source is a folder only its owner writes (the helper's own 0700 work folder; the
    // user's own when the in-process copy runs as the user); the toolkit may be in reach of
    // others only by mistake, so every step there goes through descriptors checked first.
    QString why;
    const auto files = helper::cudnnFiles(srcDir, &why);
    if (files.isEmpty()) {
        *failure = why;
        return helper::Failed;
    }
    helper::OpenRules system;
    system.directory = true;
    system.owner = m_o.trustedUid;
    if (!m_o.ownToolkit) system.folderOwner = m_o.trustedUid;
    system.notWritableByOthers = true;
    bool missing = false;
    const int tk = helper::openNoFollow(toolkitDir, system, &why, m_o.rootPrefix, &missing);
    if (tk < 0) {
        *failure = missing ? trR("The toolkit folder %1 does not exist.").arg(toolkitDir) : why;
        return helper::Failed;
    }
    struct Sub
    {
        QString name;
        int fd = -1;
        bool created = false;
    };
    Sub subs[2] = {{QStringLiteral("include")}, {QStringLiteral("lib64")}};
    int backupFd = -1, backupSubs[2] = {-1, -1};
    QString backupName;
    struct Done
    {
        int sub;
        QByteArray name;
        bool backedUp;
    };
    QList<Done> done;
    auto closeAll = [&] {
        for (Sub &d : subs)
            if (d.fd >= 0) ::close(d.fd);
        for (int &b : backupSubs)
            if (b >= 0) ::close(b);
        if (backupFd >= 0) ::close(backupFd);
        ::close(tk);
    };
    // Puts back what was replaced and removes what was added; folders this run made go too.
    auto rollback = [&] {
        for (auto it = done.crbegin(); it != done.crend(); ++it) {
            ::unlinkat(subs[it->sub].fd, it->name.constData(), 0);
            if (it->backedUp)
                ::renameat(backupSubs[it->sub], it->name.constData(), subs[it->sub].fd,
                           it->name.constData());
        }
        if (backupFd >= 0) {
            for (const char *b : {"include", "lib64"})
                ::unlinkat(backupFd, b, AT_REMOVEDIR);
            ::unlinkat(tk, enc(backupName).constData(), AT_REMOVEDIR);
        }
        for (const Sub &d : subs)
            if (d.created) ::unlinkat(tk, enc(d.name).constData(), AT_REMOVEDIR);
    };
    auto fail = [&](const QString &sentence, int rc = helper::Failed) {
        rollback();
        closeAll();
        *failure = sentence;
        return rc;
    };
    for (Sub &d : subs) {
        d.fd = openToolkitSub(tk, toolkitDir, d.name, &d.created, failure);
        if (d.fd < 0) return fail(*failure);
    }
    int i = 0;
    for (const auto &[rel, relTarget] : files) {
        if (cancelRequested(0))
            return fail(trR("Cancelled; the files copied so far were removed again."),
                        helper::Cancelled);
        const int which = relTarget.startsWith(QLatin1String("include/")) ? 0 : 1;
        const int dfd = subs[which].fd;
        const QByteArray name = enc(QFileInfo(relTarget).fileName());
        const QByteArray tmp = name + ".gpu-setup-new";
        const QString src = srcDir + QLatin1Char('/') + rel;
        const QString shown = toolkitDir + QLatin1Char('/') + relTarget;
        ::unlinkat(dfd, tmp.constData(), 0);
        struct stat st;
        if (::lstat(enc(src).constData(), &st) != 0)
            return fail(trR("%1 disappeared while copying.").arg(src));
        bool ok = false;
        if (S_ISLNK(st.st_mode)) {
            char buf[4096];
            const ssize_t n = ::readlink(enc(src).constData(), buf, sizeof buf - 1);
            const QByteArray target(buf, n > 0 ? int(n) : 0);
            ok = n > 0 && !target.contains('/') &&
                 ::symlinkat(target.constData(), dfd, tmp.constData()) == 0;
        } else {
            const int in = ::open(enc(src).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
            const int o = ::openat(dfd, tmp.constData(),
                                   O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
            struct stat ist;
            ok = in >= 0 && o >= 0 && ::fstat(in, &ist) == 0 && S_ISREG(ist.st_mode);
            std::vector<char> buf(1 << 20);
            while (ok) {
                const ssize_t n = ::read(in, buf.data(), buf.size());
                if (n == 0) break;
                ok = n > 0 && ::write(o, buf.data(), size_t(n)) == n; // EFBIG, ENOSPC: stop
            }
            // Root's, 0644, no setuid bit, whatever the archive said.
            if (o >= 0) ok = ::fchmod(o, 0644) == 0 && ok;
            if (in >= 0) ::close(in);
            if (o >= 0) ok = ::close(o) == 0 && ok;
        }
        if (!ok) {
            ::unlinkat(dfd, tmp.constData(), 0);
            return fail(trR("Could not copy %1 to %2.").arg(src, shown));
        }
        Done d{which, name, false};
        struct stat dst;
        if (::fstatat(dfd, name.constData(), &dst, AT_SYMLINK_NOFOLLOW) == 0) {
            if (S_ISDIR(dst.st_mode)) {
                ::unlinkat(dfd, tmp.constData(), 0);
                return fail(trR("%1 is a folder; it was left alone.").arg(shown));
            }
            if (backupFd < 0) {
                backupName =
                    QStringLiteral("gpu-setup-backup-") +
                    QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddhhmmss"));
                if (::mkdirat(tk, enc(backupName).constData(), 0755) != 0 ||
                    (backupFd = ::openat(tk, enc(backupName).constData(),
                                         O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)) < 0) {
                    ::unlinkat(dfd, tmp.constData(), 0);
                    return fail(trR("Could not create a backup folder in %1.").arg(toolkitDir));
                }
                for (int b = 0; b < 2; ++b) {
                    const QByteArray bn = enc(subs[b].name);
                    ::mkdirat(backupFd, bn.constData(), 0755);
                    backupSubs[b] = ::openat(backupFd, bn.constData(),
                                             O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
                }
            }
            if (::renameat(dfd, name.constData(), backupSubs[which], name.constData()) != 0) {
                ::unlinkat(dfd, tmp.constData(), 0);
                return fail(trR("Could not back up %1.").arg(shown));
            }
            d.backedUp = true;
        }
        if (::renameat(dfd, tmp.constData(), dfd, name.constData()) != 0) {
            if (d.backedUp) ::renameat(backupSubs[which], name.constData(), dfd, name.constData());
            ::unlinkat(dfd, tmp.constData(), 0);
            return fail(trR("Could not put %1 in place.").arg(shown));
        }
        done << d;
        ++i;
        out(helper::progressLine(0.6 + 0.4 * double(i) / double(files.size()),
                                 trR("Copied %1").arg(QString::fromLocal8Bit(name))));
    }
    for (const Sub &d : subs)
        if (d.created) out(QStringLiteral("@changed dir-created %1/%2").arg(toolkitDir, d.name));
    for (const Done &d : done) {
        const QString rel = subs[d.sub].name + QLatin1Char('/') + QString::fromLocal8Bit(d.name);
        if (!d.backedUp)
            out(QStringLiteral("@changed file-created %1/%2").arg(toolkitDir, rel));
        else
            out(QStringLiteral("@changed file-modified %1/%2 %1/%3/%2")
                    .arg(toolkitDir, rel, backupName));
    }
    closeAll();
    return helper::Ok;
}

int Runner::installCudnn(const HelperAction &a, QString *failure)
{
    // The archive, not a folder of the caller's: root checks that it is NVIDIA's and unpacks
    // it itself, in a folder of its own.
    qint64 size = 0;
    const int in = openCallerFile(a, &size, failure);
    if (in < 0) return helper::Failed;
    // The copy plus its unpacked files (xz: about 3x) here, about 3x in the toolkit.
    const QString work = makeWorkDir(a.toolkitDir, 4 * size, 3 * size, failure);
    if (work.isEmpty()) {
        ::close(in);
        return helper::Failed;
    }
    const QString copy = work + QLatin1Char('/') + QFileInfo(a.path).fileName();
    bool cancelled = false;
    QString sha;
    const bool copied =
        copyHashed(in, a.path, copy, &sha, failure, &cancelled, trR("Checking the cuDNN archive"));
    ::close(in);
    int rc = helper::Ok;
    if (!copied) {
        rc = cancelled ? helper::Cancelled : helper::Failed;
        if (cancelled) *failure = trR("Cancelled before anything was unpacked.");
    } else if (!a.sha256.isEmpty() && sha != a.sha256) {
        *failure =
            trR("%1 changed after it was checked: its SHA-256 no longer matches.").arg(a.path);
        rc = helper::Failed;
    } else if (!helper::knownFile(sha, helper::KnownFile::Kind::CudnnArchive,
                                  m_o.extraKnownSha256)) {
        *failure = helper::unknownCudnnArchive(a.path, sha);
        rc = helper::Failed;
    } else {
        const QString unpacked = work + QStringLiteral("/unpacked");
        ::mkdir(enc(unpacked).constData(), 0700);
        out(helper::progressLine(0.2, trR("Unpacking cuDNN")));
        Extractor x(copy, unpacked);
        x.setStripComponents(1); // cudnn-linux-...-archive/ or cuda/
        QObject::connect(
            &x, &Extractor::progress, &x,
            [&](double f, qint64) {
                out(helper::progressLine(0.2 + 0.4 * f, trR("Unpacking cuDNN")));
                if (cancelRequested(0)) x.cancel();
            },
            Qt::DirectConnection);
        const ExtractResult e = x.extractNow();
        if (!e.ok) {
            rc = e.cancelled ? helper::Cancelled : helper::Failed;
            *failure = e.cancelled ? trR("Cancelled; nothing was copied.") : e.message;
        } else {
            rc = copyCudnn(unpacked, a.toolkitDir, failure);
        }
    }
    QDir(work).removeRecursively(); // root's own folder, mode 0700
    return rc;
}

int Runner::run(const HelperRequest &r, QString *failure)
{
    QString dummy;
    if (!failure) failure = &dummy;
    if (!r.ok()) {
        *failure = r.error;
        return helper::Rejected;
    }
    for (const HelperAction &a : r.actions) {
        if (cancelRequested(0)) {
            *failure = trR("Cancelled before %1 started.").arg(r.verb);
            return helper::Cancelled;
        }
        int rc = helper::Ok;
        switch (a.kind) {
        case HelperAction::Kind::Exec:
            rc = execArgv(a.argv, a.aptStatusFd, failure);
            break;
        case HelperAction::Kind::WriteFile:
            rc = writeFile(a, failure);
            break;
        case HelperAction::Kind::Runfile:
            rc = runfile(a, failure);
            break;
        case HelperAction::Kind::CopyCudnn:
            rc = copyCudnn(a.path, a.toolkitDir, failure);
            break;
        case HelperAction::Kind::InstallCudnn:
            rc = installCudnn(a, failure);
            break;
        case HelperAction::Kind::EnrollMok:
            rc = enrollMok(a, failure);
            break;
        }
        if (rc != helper::Ok) return rc;
    }
    return helper::Ok;
}

} // namespace

QStringList defaultRootEnvironment()
{
    return {QStringLiteral("PATH=/usr/sbin:/usr/bin:/sbin:/bin"), QStringLiteral("LC_ALL=C"),
            QStringLiteral("LANG=C"), QStringLiteral("DEBIAN_FRONTEND=noninteractive"),
            QStringLiteral("HOME=/root")};
}

int runHelperRequest(const HelperRequest &request, const HelperRunOptions &options,
                     QString *failure)
{
    Runner r(options);
    return r.run(request, failure);
}

} // namespace gpusetup
