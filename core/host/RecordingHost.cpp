#include "host/RecordingHost.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QRegularExpression>

#include <unistd.h>

namespace gpusetup {

Host::Node RecordingHost::lstat(const QString &resolvedPath) const
{
    const Node n = m_inner.lstat(resolvedPath);
    if (n.type != NodeType::Missing) {
        QMutexLocker lock(&m_mutex);
        auto &rec = m_files[resolvedPath];
        rec.node = n;
    }
    return n;
}

QStringList RecordingHost::listDir(const QString &resolvedDir, const QStringList &patterns) const
{
    const QStringList names = m_inner.listDir(resolvedDir, patterns);
    // Each listed entry is kept with its type, so the snapshot lists the same names.
    const QString base =
        resolvedDir.endsWith(QLatin1Char('/')) ? resolvedDir : resolvedDir + QLatin1Char('/');
    for (const QString &name : names)
        lstat(base + name);
    return names;
}

std::optional<QByteArray> RecordingHost::readRaw(const QString &resolvedPath, qint64 maxBytes) const
{
    auto data = m_inner.readRaw(resolvedPath, maxBytes);
    QMutexLocker lock(&m_mutex);
    auto &rec = m_files[resolvedPath];
    if (rec.node.type == NodeType::Missing) rec.node.type = NodeType::File;
    if (data && (!rec.content || rec.content->size() < data->size())) rec.content = data;
    return data;
}

CommandResult RecordingHost::run(const QStringList &argv, int timeoutMs) const
{
    CommandResult r = m_inner.run(argv, timeoutMs);
    QMutexLocker lock(&m_mutex);
    m_commands.push_back(r);
    return r;
}

CommandResult RecordingHost::runWithEnvironment(const QStringList &argv,
                                                const QMap<QString, QString> &environment,
                                                int timeoutMs) const
{
    CommandResult r = m_inner.runWithEnvironment(argv, environment, timeoutMs);
    QMutexLocker lock(&m_mutex);
    m_commands.push_back(r);
    return r;
}

NvmlInfo RecordingHost::nvml(int timeoutMs) const
{
    NvmlInfo info = m_inner.nvml(timeoutMs);
    QMutexLocker lock(&m_mutex);
    m_nvml = info;
    return info;
}

QString RecordingHost::env(const QString &name) const
{
    {
        QMutexLocker lock(&m_mutex);
        m_envRead.insert(name);
    }
    return m_inner.env(name);
}

QMap<QString, QString> RecordingHost::recordedEnvironment() const
{
    QSet<QString> names;
    {
        QMutexLocker lock(&m_mutex);
        names = m_envRead;
    }
    for (const char *always : {"PATH", "HOME", "USER", "SHELL", "LD_LIBRARY_PATH"})
        names.insert(QString::fromLatin1(always));
    QMap<QString, QString> out;
    for (const QString &n : names) {
        const QString v = m_inner.env(n);
        if (!v.isNull() && (m_inner.environment().contains(n))) out.insert(n, v);
    }
    return out;
}

QMap<QString, RecordingHost::FileRecord> RecordingHost::files() const
{
    QMutexLocker lock(&m_mutex);
    return m_files;
}

QList<CommandResult> RecordingHost::commands() const
{
    QMutexLocker lock(&m_mutex);
    return m_commands;
}

std::optional<NvmlInfo> RecordingHost::recordedNvml() const
{
    QMutexLocker lock(&m_mutex);
    return m_nvml;
}

namespace {

QString commandFileStem(int index, const QStringList &argv)
{
    QString name = QFileInfo(argv.value(0)).fileName();
    for (int i = 1; i < argv.size() && name.size() < 48; ++i)
        name += QLatin1Char('_') + argv[i];
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    return QStringLiteral("%1-%2").arg(index, 2, 10, QLatin1Char('0')).arg(name.left(60));
}

bool writeBytes(const QString &path, const QByteArray &data, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size()) {
        if (error) *error = QStringLiteral("Could not write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace

bool writeSnapshot(const RecordingHost &rec, const QString &dir, SnapshotSummary *summary,
                   QString *error)
{
    SnapshotSummary sum;
    QDir out(dir);
    if (out.exists() && !out.isEmpty()) {
        if (error)
            *error =
                QStringLiteral("%1 already exists and is not empty; choose a new folder.").arg(dir);
        return false;
    }
    if (!QDir().mkpath(dir + QStringLiteral("/fs")) ||
        !QDir().mkpath(dir + QStringLiteral("/cmd"))) {
        if (error) *error = QStringLiteral("Could not create %1.").arg(dir);
        return false;
    }
    const QString fs = QFileInfo(dir).absoluteFilePath() + QStringLiteral("/fs");

    const auto files = rec.files();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString target = fs + cleanMachinePath(it.key());
        switch (it->node.type) {
        case Host::NodeType::Dir:
            QDir().mkpath(target);
            ++sum.dirs;
            break;
        case Host::NodeType::Link: {
            QDir().mkpath(QFileInfo(target).absolutePath());
            const QByteArray t = QFile::encodeName(it->node.linkTarget);
            if (::symlink(t.constData(), QFile::encodeName(target).constData()) != 0) {
                if (error) *error = QStringLiteral("Could not create the link %1.").arg(target);
                return false;
            }
            ++sum.links;
            break;
        }
        case Host::NodeType::File:
        case Host::NodeType::Other: {
            const QByteArray data = it->content.value_or(QByteArray());
            if (!writeBytes(target, data, error)) return false;
            if (it->node.executable)
                QFile(target).setPermissions(QFile(target).permissions() | QFile::ExeOwner |
                                             QFile::ExeGroup | QFile::ExeOther);
            sum.bytes += data.size();
            ++sum.files;
            break;
        }
        case Host::NodeType::Missing:
            break;
        }
    }

    Json commands = Json::object();
    int index = 0;
    for (const CommandResult &c : rec.commands()) {
        if (c.status == CommandResult::Status::NotInstalled)
            continue; // a command not listed behaves as not installed
        const QString key = c.argv.join(QLatin1Char(' '));
        if (commands.contains(key.toStdString())) continue;
        const QString stem = QStringLiteral("cmd/") + commandFileStem(++index, c.argv);
        Json e = {{"exit", c.exitCode}, {"elapsed_ms", c.elapsedMs}};
        if (c.status != CommandResult::Status::Exited)
            e["status"] = commandStatusName(c.status).toStdString();
        if (!c.stdOut.isEmpty()) {
            if (!writeBytes(dir + QLatin1Char('/') + stem + QStringLiteral(".out"), c.stdOut,
                            error))
                return false;
            e["stdout"] = (stem + QStringLiteral(".out")).toStdString();
        }
        if (!c.stdErr.isEmpty()) {
            if (!writeBytes(dir + QLatin1Char('/') + stem + QStringLiteral(".err"), c.stdErr,
                            error))
                return false;
            e["stderr"] = (stem + QStringLiteral(".err")).toStdString();
        }
        commands[key.toStdString()] = e;
        ++sum.commands;
    }

    Json env = Json::object();
    const auto environment = rec.recordedEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env[it.key().toStdString()] = it.value().toStdString();
    // git keeps no empty folders: name them, so a committed snapshot still has them.
    Json dirs = Json::array();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it->node.type != Host::NodeType::Dir) continue;
        const QString prefix = cleanMachinePath(it.key()) + QLatin1Char('/');
        const auto child = files.lowerBound(prefix);
        if (child == files.cend() || !child.key().startsWith(prefix))
            dirs.push_back(cleanMachinePath(it.key()).toStdString());
    }
    Json host = {{"user", rec.user()}, {"home", rec.home()}, {"env", env}, {"commands", commands}};
    if (!dirs.empty()) host["dirs"] = dirs;
    if (auto n = rec.recordedNvml()) host["nvml"] = *n;
    if (!writeBytes(dir + QStringLiteral("/host.json"),
                    QByteArray::fromStdString(host.dump(2) + "\n"), error))
        return false;
    if (summary) *summary = sum;
    return true;
}

} // namespace gpusetup
