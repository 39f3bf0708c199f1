#include "host/SnapshotHost.h"

#include "host/LocalFs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace gpusetup {

std::unique_ptr<SnapshotHost> SnapshotHost::open(const QString &dir, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error) *error = why;
        return std::unique_ptr<SnapshotHost>();
    };
    const QString root = QFileInfo(dir).absoluteFilePath();
    if (!QFileInfo(root).isDir()) return fail(QStringLiteral("%1 is not a folder.").arg(dir));
    QFile f(root + QStringLiteral("/host.json"));
    if (!f.open(QIODevice::ReadOnly))
        return fail(
            QStringLiteral("%1 has no readable host.json, so it is not a host snapshot.").arg(dir));
    Json j;
    try {
        j = Json::parse(f.readAll().toStdString());
    } catch (const std::exception &e) {
        return fail(QStringLiteral("%1/host.json is not valid JSON: %2")
                        .arg(dir, QString::fromUtf8(e.what())));
    }
    if (!j.is_object())
        return fail(QStringLiteral("%1/host.json must hold a JSON object.").arg(dir));

    std::unique_ptr<SnapshotHost> h(new SnapshotHost);
    h->m_dir = root;
    h->m_fs = root + QStringLiteral("/fs");
    auto fileText = [&](const Json &entry, const char *key, QByteArray *out) -> bool {
        if (!entry.contains(key) || entry[key].is_null()) return true;
        if (!entry[key].is_string()) return false;
        const QString rel = QString::fromStdString(entry[key].get<std::string>());
        if (rel.isEmpty()) return true;
        QFile file(root + QLatin1Char('/') + rel);
        if (!file.open(QIODevice::ReadOnly)) return false;
        *out = file.readAll();
        return true;
    };
    try {
        h->m_user = j.value("user", Json("")).get<QString>();
        h->m_home = j.value("home", Json("")).get<QString>();
        if (j.contains("env")) {
            if (!j["env"].is_object())
                return fail(
                    QStringLiteral("%1/host.json: \"env\" must be an object of strings.").arg(dir));
            for (auto it = j["env"].begin(); it != j["env"].end(); ++it)
                h->m_env.insert(QString::fromStdString(it.key()), it.value().get<QString>());
        }
        if (j.contains("commands")) {
            for (auto it = j["commands"].begin(); it != j["commands"].end(); ++it) {
                const QString key = QString::fromStdString(it.key());
                const Json &e = it.value();
                Command c;
                c.exitCode = e.value("exit", 0);
                c.elapsedMs = e.value("elapsed_ms", 0);
                c.status = commandStatusFromName(
                    QString::fromStdString(e.value("status", std::string("exited"))));
                if (!fileText(e, "stdout", &c.stdOut) || !fileText(e, "stderr", &c.stdErr))
                    return fail(QStringLiteral(
                                    "%1/host.json: the output file of command \"%2\" is missing.")
                                    .arg(dir, key));
                h->m_commands.insert(key, c);
            }
        }
        if (j.contains("dirs")) {
            for (const auto &d : j["dirs"]) {
                // Every parent of an empty folder is a folder too.
                QString path = cleanMachinePath(d.get<QString>());
                while (path != QLatin1String("/")) {
                    h->m_dirs.insert(path);
                    path = cleanMachinePath(path + QStringLiteral("/.."));
                }
            }
        }
        if (j.contains("nvml")) {
            h->m_nvml = j["nvml"].get<NvmlInfo>();
        } else {
            h->m_nvml.state = FactState::Unknown;
            h->m_nvml.error = QStringLiteral("not recorded in this snapshot");
        }
    } catch (const std::exception &e) {
        return fail(QStringLiteral("%1/host.json has a value of the wrong type: %2")
                        .arg(dir, QString::fromUtf8(e.what())));
    }
    if (h->m_home.isEmpty()) h->m_home = h->m_env.value(QStringLiteral("HOME"));
    if (h->m_user.isEmpty()) h->m_user = h->m_env.value(QStringLiteral("USER"));
    return h;
}

QString SnapshotHost::describe() const
{
    return QStringLiteral("snapshot %1").arg(m_dir);
}

QString SnapshotHost::physical(const QString &machinePath) const
{
    return m_fs + cleanMachinePath(machinePath);
}

Host::Node SnapshotHost::lstat(const QString &resolvedPath) const
{
    const QString path = cleanMachinePath(resolvedPath);
    if (path == QLatin1String("/")) return Node{NodeType::Dir, {}, 0, false};
    Node n = localfs::lstat(physical(path));
    if (n.type == NodeType::Missing && m_dirs.contains(path)) n.type = NodeType::Dir;
    return n;
}

QStringList SnapshotHost::listDir(const QString &resolvedDir, const QStringList &patterns) const
{
    QStringList names = localfs::list(physical(resolvedDir), patterns);
    const QString dir = cleanMachinePath(resolvedDir);
    const QString prefix = dir == QLatin1String("/") ? dir : dir + QLatin1Char('/');
    for (const QString &d : m_dirs) {
        if (!d.startsWith(prefix)) continue;
        const QString rest = d.mid(prefix.size());
        if (rest.isEmpty() || rest.contains(QLatin1Char('/')) || names.contains(rest)) continue;
        if (patterns.isEmpty() || QDir::match(patterns, rest)) names.push_back(rest);
    }
    return names;
}

std::optional<QByteArray> SnapshotHost::readRaw(const QString &resolvedPath, qint64 maxBytes) const
{
    return localfs::read(physical(resolvedPath), maxBytes);
}

CommandResult SnapshotHost::run(const QStringList &argv, int timeoutMs) const
{
    CommandResult r;
    r.argv = argv;
    const auto it = m_commands.constFind(argv.join(QLatin1Char(' ')));
    if (it == m_commands.cend()) {
        r.status = CommandResult::Status::NotInstalled;
        r.exitCode = 127;
        return r;
    }
    if (it->status == CommandResult::Status::TimedOut) {
        QThread::msleep(ulong(qMax(0, timeoutMs)));
        r.status = CommandResult::Status::TimedOut;
        r.elapsedMs = timeoutMs;
        return r;
    }
    r.status = it->status;
    r.exitCode = it->exitCode;
    r.stdOut = it->stdOut;
    r.stdErr = it->stdErr;
    r.elapsedMs = it->elapsedMs;
    return r;
}

} // namespace gpusetup
