#include "host/RealHost.h"

#include "host/LocalFs.h"
#include "host/ProcessRunner.h"

#include <QProcessEnvironment>

#include <pwd.h>
#include <unistd.h>

namespace gpusetup {

RealHost::RealHost()
{
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

Host::Node RealHost::lstat(const QString &resolvedPath) const
{
    return localfs::lstat(resolvedPath);
}

QStringList RealHost::listDir(const QString &resolvedDir, const QStringList &patterns) const
{
    return localfs::list(resolvedDir, patterns);
}

std::optional<QByteArray> RealHost::readRaw(const QString &resolvedPath, qint64 maxBytes) const
{
    return localfs::read(resolvedPath, maxBytes);
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
    return ProcessRunner::run(program, argv, environment, timeoutMs);
}

NvmlInfo RealHost::nvml(int timeoutMs) const
{
    return queryNvml(timeoutMs);
}

} // namespace gpusetup
