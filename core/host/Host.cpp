#include "host/Host.h"

namespace gpusetup {

namespace {
constexpr int kMaxLinkHops = 40; // as the kernel's MAXSYMLINKS

QStringList components(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}
} // namespace

QString cleanMachinePath(const QString &path)
{
    QStringList out;
    for (const QString &c : components(path)) {
        if (c == QLatin1String(".")) continue;
        if (c == QLatin1String("..")) {
            if (!out.isEmpty()) out.removeLast();
            continue;
        }
        out.push_back(c);
    }
    return QLatin1Char('/') + out.join(QLatin1Char('/'));
}

// Walks the path one component at a time, expanding links in place, so that a link target
// is always interpreted relative to the already-resolved directory that holds it.
static QString resolveImpl(const Host &host, const QString &path, bool followLast)
{
    if (!path.startsWith(QLatin1Char('/'))) return {};
    QStringList todo = components(path);
    QStringList done;
    int hops = 0;
    while (!todo.isEmpty()) {
        const QString c = todo.takeFirst();
        if (c == QLatin1String(".")) continue;
        if (c == QLatin1String("..")) {
            if (!done.isEmpty()) done.removeLast();
            continue;
        }
        const QString candidate = QLatin1Char('/') + (done + QStringList{c}).join(QLatin1Char('/'));
        const bool last = todo.isEmpty();
        const Host::Node n = host.lstat(candidate);
        if (n.type == Host::NodeType::Missing) return last && !followLast ? candidate : QString();
        if (n.type == Host::NodeType::Link && (!last || followLast)) {
            if (++hops > kMaxLinkHops || n.linkTarget.isEmpty()) return {};
            QStringList target = components(n.linkTarget);
            if (n.linkTarget.startsWith(QLatin1Char('/'))) done.clear();
            todo = target + todo;
            continue;
        }
        if (!last && n.type != Host::NodeType::Dir && n.type != Host::NodeType::Link)
            return {}; // a file used as a directory
        done.push_back(c);
    }
    return QLatin1Char('/') + done.join(QLatin1Char('/'));
}

QString Host::resolve(const QString &path) const
{
    return resolveImpl(*this, path, true);
}

QString Host::resolveParent(const QString &path) const
{
    return resolveImpl(*this, path, false);
}

Host::Node Host::stat(const QString &path) const
{
    const QString r = resolve(path);
    return r.isEmpty() ? Node{} : lstat(r);
}

Host::Node Host::lstatPath(const QString &path) const
{
    const QString r = resolveParent(path);
    return r.isEmpty() ? Node{} : lstat(r);
}

QStringList Host::entries(const QString &dir, const QStringList &patterns) const
{
    const QString r = resolve(dir);
    if (r.isEmpty() || lstat(r).type != NodeType::Dir) return {};
    QStringList names = listDir(r, patterns);
    names.sort();
    return names;
}

std::optional<QByteArray> Host::readFile(const QString &path, qint64 maxBytes) const
{
    const QString r = resolve(path);
    if (r.isEmpty()) return std::nullopt;
    if (lstat(r).type != NodeType::File) return std::nullopt;
    return readRaw(r, maxBytes);
}

QString Host::readText(const QString &path) const
{
    const auto data = readFile(path, 1024 * 1024);
    if (!data) return {};
    return QString::fromUtf8(*data).trimmed();
}

QString Host::which(const QString &program, const QString &pathVar) const
{
    if (program.contains(QLatin1Char('/'))) {
        const Node n = stat(program);
        return n.type == NodeType::File ? cleanMachinePath(program) : QString();
    }
    const QString path = pathVar.isNull() ? env(QStringLiteral("PATH")) : pathVar;
    for (const QString &dir : path.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        if (!dir.startsWith(QLatin1Char('/')))
            continue; // relative PATH entries depend on the cwd: never trust them
        const QString candidate = cleanMachinePath(dir + QLatin1Char('/') + program);
        const Node n = stat(candidate);
        if (n.type == NodeType::File && (n.executable || isSnapshot())) return candidate;
    }
    return {};
}

} // namespace gpusetup
