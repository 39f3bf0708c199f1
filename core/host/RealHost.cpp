#include "host/RealHost.h"

#include "host/LocalFs.h"
#include "host/ProcessRunner.h"

#include <QProcessEnvironment>

#include <pwd.h>
#include <unistd.h>

namespace gpusetup {

namespace {
QString &defaultRootStorage()
{
    static QString root = QStringLiteral("/");
    return root;
}
} // namespace

void RealHost::setDefaultRoot(const QString &root)
{
    defaultRootStorage() = root.isEmpty() ? QStringLiteral("/") : cleanMachinePath(root);
}

QString RealHost::defaultRoot()
{
    return defaultRootStorage();
}

RealHost::RealHost() : RealHost(defaultRoot()) {}

RealHost::RealHost(const QString &root)
{
    m_root = root.isEmpty() ? QStringLiteral("/") : cleanMachinePath(root);
    const QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
    for (const QString &k : pe.keys())
        m_env.insert(k, pe.value(k));
    // The passwd entry is the truth for the user; $HOME and $USER can be stale under sudo.
    if (const passwd *pw = ::getpwuid(::getuid())) {
        m_user = QString::fromLocal8Bit(pw->pw_name);
        m_home = QString::fromLocal8Bit(pw->pw_dir);
    }
    if (m_user.isEmpty()) m_user = m_env.value(QStringLiteral("USER"));
    if (m_env.contains(QStringLiteral("HOME"))) m_home = m_env.value(QStringLiteral("HOME"));
}

QString RealHost::describe() const
{
    return isSimulated() ? QStringLiteral("simulated machine at %1").arg(m_root)
                         : QStringLiteral("this machine");
}

QString RealHost::onDisk(const QString &machinePath) const
{
    return onDisk(m_root, machinePath);
}

QString RealHost::onDisk(const QString &root, const QString &machinePath)
{
    if (root.isEmpty() || root == QLatin1String("/")) return machinePath;
    const QString p = cleanMachinePath(machinePath);
    // The root and what is inside it, and the folders on the way to it (so that a path walk
    // component by component reaches it), are themselves: the root is visible at its own path,
    // as if bind-mounted there.
    if (p == root || p.startsWith(root + QLatin1Char('/')) || p == QLatin1String("/") ||
        root.startsWith(p + QLatin1Char('/')))
        return p;
    return root + p;
}

Host::Node RealHost::lstat(const QString &resolvedPath) const
{
    return localfs::lstat(onDisk(resolvedPath));
}

QStringList RealHost::listDir(const QString &resolvedDir, const QStringList &patterns) const
{
    return localfs::list(onDisk(resolvedDir), patterns);
}

std::optional<QByteArray> RealHost::readRaw(const QString &resolvedPath, qint64 maxBytes) const
{
    return localfs::read(onDisk(resolvedPath), maxBytes);
}

CommandResult RealHost::run(const QStringList &argv, int timeoutMs) const
{
    return runWithEnvironment(argv, m_env, timeoutMs);
}

CommandResult RealHost::runWithEnvironment(const QStringList &argv,
                                           const QMap<QString, QString> &environment,
                                           int timeoutMs) const
{
    CommandResult r;
    r.argv = argv;
    if (argv.isEmpty()) return r;
    const QString program =
        which(argv.first(), environment.value(QStringLiteral("PATH"), QStringLiteral("")));
    if (program.isEmpty()) {
        r.status = CommandResult::Status::NotInstalled;
        r.exitCode = 127;
        return r;
    }
    // On a simulated machine a link's absolute target names a machine path the kernel would
    // look up outside the root: start the program at its resolved place.
    return ProcessRunner::run(isSimulated() ? onDisk(resolve(program)) : program, argv, environment,
                              timeoutMs);
}

NvmlInfo RealHost::nvml(int timeoutMs) const
{
    if (isSimulated()) {
        NvmlInfo info;
        info.state = FactState::Absent;
        info.error = QStringLiteral("NVML is not asked on a simulated machine");
        return info;
    }
    return queryNvml(timeoutMs);
}

} // namespace gpusetup
