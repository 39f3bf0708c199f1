#include "common/ProfileBlock.h"

#include <QDir>
#include <QRegularExpression>

namespace gpusetup {

namespace {

const QStringList kPathLike{QStringLiteral("PATH"), QStringLiteral("LD_LIBRARY_PATH")};

QStringList blockLines(const QByteArray &block)
{
    QStringList lines = QString::fromUtf8(block).split(QLatin1Char('\n'));
    for (QString &l : lines)
        if (l.endsWith(QLatin1Char('\r'))) l.chop(1);
    return lines;
}

// Entries of a colon list, the empty ones kept (they mean the current folder).
QStringList entriesOf(const QString &value)
{
    return value.isEmpty() ? QStringList() : value.split(QLatin1Char(':'));
}

// The first of each non-empty entry wins, as a lookup would.
QString dedupe(const QString &value)
{
    QStringList out;
    for (const QString &e : entriesOf(value))
        if (e.isEmpty() || !out.contains(e)) out << e;
    return out.join(QLatin1Char(':'));
}

QString unquote(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && (v.startsWith(QLatin1Char('"')) || v.startsWith(QLatin1Char('\''))) &&
        v.endsWith(v.front()))
        v = v.mid(1, v.size() - 2);
    return v;
}

// A Posix value with $VAR, ${VAR} and ${VAR:+:${VAR}} of the variable itself expanded.
QString expandSelf(QString value, const QString &name, const std::optional<QString> &current)
{
    const QString cur = current.value_or(QString());
    value.replace(QStringLiteral("${%1:+:${%1}}").arg(name),
                  cur.isEmpty() ? QString() : QStringLiteral(":") + cur);
    value.replace(QStringLiteral("${%1}").arg(name), cur);
    static const QRegularExpression bare(QStringLiteral("\\$([A-Za-z_][A-Za-z0-9_]*)"));
    QString out;
    qsizetype last = 0;
    auto it = bare.globalMatch(value);
    while (it.hasNext()) {
        const auto m = it.next();
        out += value.mid(last, m.capturedStart() - last);
        out += m.captured(1) == name ? cur : m.captured(0);
        last = m.capturedEnd();
    }
    out += value.mid(last);
    return out;
}

// The literal absolute folders a (moved) line adds to a variable: what a new shell no longer
// gets once the line is inactive.
struct LineEffect
{
    QString variable;
    QStringList literalDirs;
};
LineEffect effectOfHandWritten(const QString &line)
{
    static const QRegularExpression sh(
        QStringLiteral("^\\s*(?:export\\s+)?(PATH|LD_LIBRARY_PATH|CUDA_HOME|CUDA_PATH|CUDA_ROOT)"
                       "\\+?=(.*)$"));
    static const QRegularExpression fish(
        QStringLiteral("^\\s*set\\s+(?:-[a-zA-Z]+\\s+)*(PATH|LD_LIBRARY_PATH|CUDA_HOME|CUDA_PATH|"
                       "CUDA_ROOT)\\s+(.*)$"));
    static const QRegularExpression addPath(QStringLiteral("^\\s*fish_add_path\\s+(.*)$"));
    LineEffect e;
    QStringList values;
    if (const auto m = sh.match(line); m.hasMatch()) {
        e.variable = m.captured(1);
        values = {unquote(m.captured(2).section(QLatin1Char(';'), 0, 0))};
    } else if (const auto f = fish.match(line); f.hasMatch()) {
        e.variable = f.captured(1);
        values = f.captured(2).split(QRegularExpression(QStringLiteral("\\s+")));
    } else if (const auto a = addPath.match(line); a.hasMatch()) {
        e.variable = QStringLiteral("PATH");
        values = a.captured(1).split(QRegularExpression(QStringLiteral("\\s+")));
    }
    // Expansions out first ("${PATH:+:${PATH}}", "${PATH}", "$PATH"): what is left between the
    // colons are the folders the line itself adds.
    static const QRegularExpression nested(
        QStringLiteral("\\$\\{[A-Za-z_][A-Za-z0-9_]*:[-+=?]:?\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}\\}"));
    static const QRegularExpression braced(QStringLiteral("\\$\\{[^}]*\\}"));
    static const QRegularExpression bare(QStringLiteral("\\$[A-Za-z_][A-Za-z0-9_]*"));
    QStringList parts;
    for (QString v : values) {
        v = unquote(v);
        v.remove(nested);
        v.remove(braced);
        v.remove(bare);
        parts << v.split(QLatin1Char(':'));
    }
    for (const QString &v : parts)
        if (v.startsWith(QLatin1Char('/')) && !v.contains(QLatin1Char('$')))
            e.literalDirs << QDir::cleanPath(v);
    return e;
}

// Lenient reading of one block into its spec: every form gpu-setup writes now or wrote before
// (a block without CUDA_HOME, fish_add_path).
ProfileBlockSpec readSpec(const QStringList &lines, ProfileSyntax syntax)
{
    ProfileBlockSpec spec;
    QStringList libs;
    QString pathDir;
    static const QRegularExpression posixHome(QStringLiteral("^export CUDA_HOME=(\\S+)$"));
    static const QRegularExpression posixPath(
        QStringLiteral("^export PATH=(\\S+)/bin\\$\\{PATH:\\+:\\$\\{PATH\\}\\}$"));
    static const QRegularExpression posixLd(QStringLiteral(
        "^export LD_LIBRARY_PATH=(\\S+)\\$\\{LD_LIBRARY_PATH:\\+:\\$\\{LD_LIBRARY_PATH\\}\\}$"));
    static const QRegularExpression fishHome(QStringLiteral("^set -gx CUDA_HOME (\\S+)$"));
    static const QRegularExpression fishPath(QStringLiteral("^set -gx PATH (\\S+)/bin \\$PATH$"));
    static const QRegularExpression fishAdd(QStringLiteral("^fish_add_path (\\S+)/bin$"));
    static const QRegularExpression fishLd(
        QStringLiteral("^set -gx LD_LIBRARY_PATH (.+) \\$LD_LIBRARY_PATH$"));
    for (const QString &raw : lines) {
        const QString l = raw.trimmed();
        qsizetype indent = 0;
        while (indent < raw.size() && raw.at(indent).isSpace())
            ++indent;
        if (raw.mid(indent).startsWith(QLatin1String(kMovedLinePrefix))) {
            spec.movedLines << raw.mid(indent + qsizetype(qstrlen(kMovedLinePrefix)));
            continue;
        }
        if (syntax == ProfileSyntax::Fish) {
            if (auto m = fishHome.match(l); m.hasMatch()) spec.cudaDir = m.captured(1);
            if (auto m = fishPath.match(l); m.hasMatch()) pathDir = m.captured(1);
            if (auto m = fishAdd.match(l); m.hasMatch()) pathDir = m.captured(1);
            if (auto m = fishLd.match(l); m.hasMatch())
                libs = m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        } else {
            if (auto m = posixHome.match(l); m.hasMatch()) spec.cudaDir = m.captured(1);
            if (auto m = posixPath.match(l); m.hasMatch()) pathDir = m.captured(1);
            if (auto m = posixLd.match(l); m.hasMatch())
                libs = m.captured(1).split(QLatin1Char(':'), Qt::SkipEmptyParts);
        }
    }
    if (spec.cudaDir.isEmpty()) spec.cudaDir = pathDir;
    for (const QString &l : libs)
        if (spec.cudaDir.isEmpty() || l != spec.cudaDir + QStringLiteral("/lib64"))
            spec.extraLibDirs << l;
    return spec;
}

} // namespace

QString profileShellKind(const QString &shell)
{
    const QString base = shell.trimmed().section(QLatin1Char('/'), -1);
    if (base == QLatin1String("zsh") || base == QLatin1String("fish")) return base;
    return QStringLiteral("bash");
}

QList<ProfileTarget> profileTargets(const QString &shellKind, const QString &home)
{
    const QString h = QDir::cleanPath(home);
    const ProfileTarget profile{h + QStringLiteral("/.profile"), ProfileSyntax::Posix};
    if (shellKind == QLatin1String("zsh"))
        return {{h + QStringLiteral("/.zshrc"), ProfileSyntax::Posix}, profile};
    if (shellKind == QLatin1String("fish"))
        return {{h + QStringLiteral("/.config/fish/config.fish"), ProfileSyntax::Fish}, profile};
    return {{h + QStringLiteral("/.bashrc"), ProfileSyntax::Posix}, profile};
}

ProfileSyntax profileSyntaxOf(const QString &path)
{
    return path.endsWith(QLatin1String(".fish")) ? ProfileSyntax::Fish : ProfileSyntax::Posix;
}

QByteArray makeProfileBlock(ProfileSyntax syntax, const ProfileBlockSpec &spec)
{
    QStringList libs;
    if (!spec.cudaDir.isEmpty()) libs << spec.cudaDir + QStringLiteral("/lib64");
    for (const QString &l : spec.extraLibDirs)
        if (!l.isEmpty() && !libs.contains(l)) libs << l;
    QString out = QLatin1String(kManagedBlockStart) + QLatin1Char('\n');
    out += QLatin1String(kManagedBlockHeader) + QLatin1Char('\n');
    for (const QString &m : spec.movedLines)
        out += QLatin1String(kMovedLinePrefix) + m + QLatin1Char('\n');
    if (syntax == ProfileSyntax::Fish) {
        if (!spec.cudaDir.isEmpty()) {
            out += QStringLiteral("set -gx CUDA_HOME %1\n").arg(spec.cudaDir);
            out += QStringLiteral("set -gx PATH %1/bin $PATH\n").arg(spec.cudaDir);
        }
        if (!libs.isEmpty()) {
            // An empty-but-set LD_LIBRARY_PATH would leave a trailing ':' (= the current folder).
            out += QStringLiteral("test -n \"$LD_LIBRARY_PATH\"; or set -e LD_LIBRARY_PATH\n");
            out += QStringLiteral("set -gx LD_LIBRARY_PATH %1 $LD_LIBRARY_PATH\n")
                       .arg(libs.join(QLatin1Char(' ')));
        }
    } else {
        if (!spec.cudaDir.isEmpty()) {
            out += QStringLiteral("export CUDA_HOME=%1\n").arg(spec.cudaDir);
            out += QStringLiteral("export PATH=%1/bin${PATH:+:${PATH}}\n").arg(spec.cudaDir);
        }
        if (!libs.isEmpty())
            out +=
                QStringLiteral("export LD_LIBRARY_PATH=%1${LD_LIBRARY_PATH:+:${LD_LIBRARY_PATH}}\n")
                    .arg(libs.join(QLatin1Char(':')));
    }
    out += QLatin1String(kManagedBlockEnd) + QLatin1Char('\n');
    return out.toUtf8();
}

std::optional<ProfileBlockSpec> parseProfileBlock(const QByteArray &block, ProfileSyntax syntax)
{
    const ProfileBlockSpec spec = readSpec(blockLines(block), syntax);
    if (makeProfileBlock(syntax, spec) != block) return std::nullopt;
    return spec;
}

ProfileBlockSpec readProfileBlock(const QByteArray &block, ProfileSyntax syntax)
{
    return readSpec(blockLines(block), syntax);
}

QStringList movedLinesOf(const QByteArray &block)
{
    return readSpec(blockLines(block), ProfileSyntax::Posix).movedLines;
}

QByteArray managedBlockOf(const QByteArray &fileText)
{
    const QList<QByteArray> lines = fileText.split('\n');
    qsizetype pos = 0, begin = -1, end = -1;
    int blocks = 0;
    for (const QByteArray &l : lines) {
        const qsizetype next = pos + l.size() + 1;
        const QByteArray t = l.trimmed();
        if (t == kManagedBlockStart) {
            if (begin >= 0 && end < 0) return {}; // a second start before the end: damaged
            if (blocks == 0) begin = pos;
        } else if (t == kManagedBlockEnd) {
            if (begin < 0 || (end >= 0 && blocks > 0)) return {};
            ++blocks;
            end = qMin(next, fileText.size());
        }
        pos = next;
    }
    if (blocks != 1 || begin < 0 || end < 0) return {};
    return fileText.mid(begin, end - begin);
}

QMap<QString, EnvChange> profileBlockEnvironment(const QByteArray &block, ProfileSyntax syntax,
                                                 const QMap<QString, QString> &environment)
{
    QMap<QString, std::optional<QString>> env;
    auto get = [&](const QString &name) -> std::optional<QString> {
        if (env.contains(name)) return env.value(name);
        if (environment.contains(name)) return environment.value(name);
        return std::nullopt;
    };
    const QStringList lines = blockLines(block);
    // First what the moved lines had added: a new shell no longer runs them.
    for (const QString &moved : movedLinesOf(block)) {
        const LineEffect e = effectOfHandWritten(moved);
        if (e.variable.isEmpty() || e.literalDirs.isEmpty()) continue;
        const std::optional<QString> cur = get(e.variable);
        if (!cur) continue;
        if (kPathLike.contains(e.variable)) {
            QStringList kept;
            for (const QString &entry : entriesOf(*cur))
                if (entry.isEmpty() || !e.literalDirs.contains(QDir::cleanPath(entry)))
                    kept << entry;
            env[e.variable] = kept.join(QLatin1Char(':'));
        } else if (e.literalDirs.contains(QDir::cleanPath(*cur))) {
            env[e.variable] = std::nullopt;
        }
    }
    // Then the block's own lines, in order, as the shell would run them.
    static const QRegularExpression posixSet(
        QStringLiteral("^export\\s+([A-Za-z_][A-Za-z0-9_]*)=(.*)$"));
    static const QRegularExpression fishSet(
        QStringLiteral("^set\\s+-gx\\s+([A-Za-z_][A-Za-z0-9_]*)\\s+(.*)$"));
    static const QRegularExpression fishAdd(QStringLiteral("^fish_add_path\\s+(.+)$"));
    static const QRegularExpression fishUnsetIfEmpty(QStringLiteral(
        "^test\\s+-n\\s+\"\\$([A-Za-z_][A-Za-z0-9_]*)\";\\s*or\\s+set\\s+-e\\s+([A-Za-z_0-9]+)$"));
    for (const QString &raw : lines) {
        const QString l = raw.trimmed();
        if (l.isEmpty() || l.startsWith(QLatin1Char('#'))) continue;
        QString name, value;
        if (syntax == ProfileSyntax::Posix) {
            const auto m = posixSet.match(l);
            if (!m.hasMatch()) continue;
            name = m.captured(1);
            value = expandSelf(unquote(m.captured(2)), name, get(name));
        } else if (const auto m = fishSet.match(l); m.hasMatch()) {
            name = m.captured(1);
            QStringList parts;
            for (const QString &t : m.captured(2).split(QRegularExpression(QStringLiteral("\\s+")),
                                                        Qt::SkipEmptyParts)) {
                if (t == QLatin1Char('$') + name) {
                    if (const auto cur = get(name); cur && !cur->isEmpty()) parts << *cur;
                } else {
                    parts << unquote(t);
                }
            }
            value =
                parts.join(kPathLike.contains(name) ? QStringLiteral(":") : QStringLiteral(" "));
        } else if (const auto a = fishAdd.match(l); a.hasMatch()) {
            name = QStringLiteral("PATH");
            const QString cur = get(name).value_or(QString());
            value = a.captured(1)
                        .split(QRegularExpression(QStringLiteral("\\s+")))
                        .join(QLatin1Char(':')) +
                    (cur.isEmpty() ? QString() : QStringLiteral(":") + cur);
        } else if (const auto u = fishUnsetIfEmpty.match(l); u.hasMatch()) {
            if (u.captured(1) == u.captured(2) && get(u.captured(1)).value_or(QString()).isEmpty())
                env[u.captured(1)] = std::nullopt;
            continue;
        } else {
            continue;
        }
        env[name] = kPathLike.contains(name) ? dedupe(value) : value;
    }
    QMap<QString, EnvChange> out;
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        const bool had = environment.contains(it.key());
        if (!it.value()) {
            if (had) out.insert(it.key(), EnvChange{QString(), false});
        } else if (!had || environment.value(it.key()) != *it.value()) {
            out.insert(it.key(), EnvChange{*it.value(), true});
        }
    }
    return out;
}

} // namespace gpusetup
