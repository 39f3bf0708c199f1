#include "probe/ShellProbe.h"

#include <QRegularExpression>

namespace gpusetup {

namespace {

constexpr qint64 kProfileCap = 1024 * 1024;
const QString kCondaStart = QStringLiteral("# >>> conda initialize >>>");
const QString kCondaEnd = QStringLiteral("# <<< conda initialize <<<");

// The line without a trailing "# comment" (a '#' that starts a word outside quotes).
QString stripComment(const QString &line)
{
    QChar quote;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == QLatin1Char('\\') && quote == QLatin1Char('"'))
                ++i;
        } else if (c == QLatin1Char('\\')) {
            ++i;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('#') && (i == 0 || line[i - 1].isSpace())) {
            return line.left(i);
        }
    }
    return line;
}

bool mentionsCuda(const QString &s)
{
    return s.contains(QLatin1String("cuda"), Qt::CaseInsensitive) ||
           s.contains(QLatin1String("cudnn"), Qt::CaseInsensitive);
}

struct Range
{
    int start;
    int end; // inclusive; the last line when the end marker is missing
};

bool inRanges(const QList<Range> &ranges, int line)
{
    for (const Range &r : ranges)
        if (line >= r.start && line <= r.end) return true;
    return false;
}

QStringList splitLines(const QString &text, bool *crlf)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // the final newline does not open a line
    for (QString &l : lines) {
        if (l.endsWith(QLatin1Char('\r'))) {
            l.chop(1);
            if (crlf) *crlf = true;
        }
    }
    return lines;
}

} // namespace

QStringList profileCandidates()
{
    return {QStringLiteral(".bashrc"),
            QStringLiteral(".bash_profile"),
            QStringLiteral(".bash_login"),
            QStringLiteral(".profile"),
            QStringLiteral(".zshrc"),
            QStringLiteral(".zprofile"),
            QStringLiteral(".config/fish/config.fish")};
}

QString loginShellFromPasswd(const QString &passwd, const QString &user, bool *found)
{
    if (found) *found = false;
    if (user.isEmpty()) return {};
    const QStringList lines = passwd.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r'))) line.chop(1);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) ||
            line.startsWith(QLatin1Char('+')) || line.startsWith(QLatin1Char('-')))
            continue; // comments and NIS compat entries
        const QStringList fields = line.split(QLatin1Char(':'));
        if (fields.size() < 6 || fields[0] != user) continue;
        if (found) *found = true;
        const QString shell = fields.size() >= 7 ? fields[6].trimmed() : QString();
        return shell.isEmpty() ? QStringLiteral("/bin/sh") : shell;
    }
    return {};
}

QString shellKindOf(const QString &shellPath)
{
    if (shellPath.trimmed().isEmpty()) return {};
    const QString base = shellPath.trimmed().section(QLatin1Char('/'), -1);
    if (base == QLatin1String("bash") || base == QLatin1String("zsh") ||
        base == QLatin1String("fish"))
        return base;
    return QStringLiteral("other");
}

QString cudaVariableOf(const QString &line)
{
    // sh: [export|declare -x|typeset -x] NAME=... or NAME+=...; fish: set [-flags] NAME ...,
    // fish_add_path ...
    static const QRegularExpression sh(QStringLiteral(
        "(?:^|[\\s;&|(])(?:(?:export|declare|typeset|local|readonly)\\s+(?:-[a-zA-Z]+\\s+)*)?"
        "(PATH|LD_LIBRARY_PATH|CUDA_HOME|CUDA_PATH|CUDA_ROOT|CUDNN_PATH)\\+?="));
    static const QRegularExpression fish(
        QStringLiteral("(?:^|[\\s;])set\\s+(?:-[a-zA-Z]+\\s+)*"
                       "(PATH|fish_user_paths|LD_LIBRARY_PATH|CUDA_HOME|CUDA_PATH|CUDA_ROOT|CUDNN_"
                       "PATH)(?:\\s|$)"));
    static const QRegularExpression addPath(QStringLiteral("(?:^|[\\s;])(fish_add_path)(?:\\s|$)"));
    for (const QRegularExpression *re : {&sh, &fish, &addPath}) {
        const auto m = re->match(line);
        if (m.hasMatch()) return m.captured(1);
    }
    return {};
}

ProfileFile scanProfileText(const QString &text)
{
    ProfileFile p;
    const QStringList lines = splitLines(text, &p.crlf);

    // Pass 1: the managed blocks. An unterminated block runs to the end of the file, so what
    // gpu-setup wrote there is not mistaken for hand-written lines.
    QList<Range> managed;
    int gpuOpen = -1;
    int condaOpen = -1;
    int complete = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString t = lines[i].trimmed();
        const int n = i + 1;
        if (t == QLatin1String(kManagedBlockStart)) {
            if (gpuOpen > 0) {
                if (p.blockProblem.isEmpty())
                    p.blockProblem = QStringLiteral("a second start marker at line %1 before the "
                                                    "end of the block opened at line %2")
                                         .arg(n)
                                         .arg(gpuOpen);
                continue;
            }
            gpuOpen = n;
            if (p.blockStart < 0) p.blockStart = n;
        } else if (t == QLatin1String(kManagedBlockEnd)) {
            if (gpuOpen < 0) {
                if (p.blockProblem.isEmpty())
                    p.blockProblem =
                        QStringLiteral("an end marker at line %1 without a start marker").arg(n);
                continue;
            }
            managed.push_back({gpuOpen, n});
            if (p.blockEnd < 0) p.blockEnd = n;
            ++complete;
            gpuOpen = -1;
        } else if (t == kCondaStart) {
            if (condaOpen < 0) condaOpen = n;
            if (p.condaStart < 0) p.condaStart = n;
            p.condaBlock = true;
        } else if (t == kCondaEnd && condaOpen > 0) {
            managed.push_back({condaOpen, n});
            if (p.condaEnd < 0) p.condaEnd = n;
            condaOpen = -1;
        }
    }
    if (gpuOpen > 0) {
        managed.push_back({gpuOpen, int(lines.size())});
        if (p.blockProblem.isEmpty())
            p.blockProblem =
                QStringLiteral("the start marker at line %1 has no end marker").arg(gpuOpen);
    }
    if (condaOpen > 0) managed.push_back({condaOpen, int(lines.size())});
    if (complete > 1 && p.blockProblem.isEmpty())
        p.blockProblem =
            QStringLiteral("%1 gpu-setup blocks where there should be one").arg(complete);
    if (!p.blockProblem.isEmpty())
        p.block = FactState::Broken;
    else if (complete == 1)
        p.block = FactState::Found;

    // Pass 2: hand-written CUDA lines outside every managed block.
    for (int i = 0; i < lines.size(); ++i) {
        const int n = i + 1;
        if (inRanges(managed, n)) continue;
        const QString code = stripComment(lines[i]).trimmed();
        if (code.isEmpty() || !mentionsCuda(code)) continue;
        const QString variable = cudaVariableOf(code);
        if (variable.isEmpty()) continue;
        p.cudaLines.push_back({QString(), n, lines[i], variable});
    }
    return p;
}

ShellFacts probeShell(const Host &host, int timeoutMs)
{
    Q_UNUSED(timeoutMs) // reads files only
    ShellFacts f;

    // --- login shell ---
    const QString user = host.user();
    bool inPasswd = false;
    if (const auto passwd = host.readFile(QStringLiteral("/etc/passwd"))) {
        f.loginShell = loginShellFromPasswd(QString::fromUtf8(*passwd), user, &inPasswd);
        if (inPasswd) {
            f.shellSource = QStringLiteral("/etc/passwd");
            f.evidence.push_back(
                {f.shellSource, QStringLiteral("%1: shell %2").arg(user, f.loginShell)});
        }
    }
    if (!inPasswd) {
        // Directory users (LDAP, SSSD) have no line in /etc/passwd.
        f.loginShell = host.env(QStringLiteral("SHELL")).trimmed();
        if (!f.loginShell.isEmpty()) {
            f.shellSource = QStringLiteral("env SHELL");
            f.evidence.push_back({f.shellSource, f.loginShell});
        } else {
            f.evidence.push_back(
                {QStringLiteral("/etc/passwd"),
                 QStringLiteral("no line for user \"%1\" and $SHELL unset").arg(user)});
        }
    }
    f.shellKind = shellKindOf(f.loginShell);

    // --- profile files ---
    const QString home = host.home();
    if (home.isEmpty()) {
        f.evidence.push_back({QStringLiteral("home"), QStringLiteral("home folder unknown")});
    } else {
        f.state = FactState::Found;
        for (const QString &rel : profileCandidates()) {
            const QString path = cleanMachinePath(home + QLatin1Char('/') + rel);
            const auto data = host.isFile(path) ? host.readFile(path, kProfileCap) : std::nullopt;
            ProfileFile p = data ? scanProfileText(QString::fromUtf8(*data)) : ProfileFile();
            p.path = path;
            p.exists = bool(data);
            p.isSymlink = host.isSymLink(path);
            if (p.isSymlink) p.linkTarget = host.readLink(path);
            p.resolvedPath = host.resolve(path);
            if (data) {
                for (ShellLine &l : p.cudaLines)
                    l.file = path;
                QStringList notes;
                if (p.block == FactState::Found)
                    notes << QStringLiteral("gpu-setup block lines %1-%2")
                                 .arg(p.blockStart)
                                 .arg(p.blockEnd);
                else if (p.block == FactState::Broken)
                    notes << QStringLiteral("broken gpu-setup block: %1").arg(p.blockProblem);
                if (p.condaBlock)
                    notes << QStringLiteral("conda block at line %1").arg(p.condaStart);
                if (!p.cudaLines.isEmpty())
                    notes << QStringLiteral("%1 hand-written CUDA line(s)").arg(p.cudaLines.size());
                if (p.isSymlink) notes << QStringLiteral("link to %1").arg(p.linkTarget);
                f.evidence.push_back({path, notes.isEmpty() ? QStringLiteral("exists")
                                                            : notes.join(QStringLiteral("; "))});
            } else if (p.isSymlink) {
                f.evidence.push_back(
                    {path, QStringLiteral("link to %1, which is missing").arg(p.linkTarget)});
            }
            f.profiles.push_back(p);
        }
    }

    // --- system-wide ---
    const QString profileD = QStringLiteral("/etc/profile.d");
    for (const QString &name : host.entries(profileD, {QStringLiteral("*cuda*")})) {
        const QString path = profileD + QLatin1Char('/') + name;
        f.systemProfileFiles << path;
        const auto data = host.readFile(path, kProfileCap);
        if (!data) {
            f.evidence.push_back({path, QStringLiteral("exists but could not be read")});
            continue;
        }
        const QStringList lines = splitLines(QString::fromUtf8(*data), nullptr);
        int found = 0;
        for (int i = 0; i < lines.size(); ++i) {
            const QString code = stripComment(lines[i]).trimmed();
            if (code.isEmpty() || !mentionsCuda(code)) continue;
            f.systemCudaLines.push_back({path, i + 1, lines[i], cudaVariableOf(code)});
            ++found;
        }
        f.evidence.push_back({path, QStringLiteral("%1 line(s) mentioning CUDA").arg(found)});
    }
    const QString environment = QStringLiteral("/etc/environment");
    if (const auto data = host.readFile(environment, kProfileCap)) {
        const QStringList lines = splitLines(QString::fromUtf8(*data), nullptr);
        for (int i = 0; i < lines.size(); ++i) {
            const QString code = lines[i].trimmed();
            if (code.isEmpty() || code.startsWith(QLatin1Char('#')) || !mentionsCuda(code))
                continue;
            f.systemCudaLines.push_back({environment, i + 1, lines[i], cudaVariableOf(code)});
            f.evidence.push_back({environment, lines[i].trimmed()});
        }
    }
    return f;
}

QStringList describeShell(const ShellFacts &f)
{
    QStringList out;
    if (f.loginShell.isEmpty())
        out << QStringLiteral("login shell unknown");
    else
        out << QStringLiteral("login shell %1 (%2)").arg(f.loginShell, f.shellKind);
    if (f.state != FactState::Found) {
        out << QStringLiteral("home folder unknown: shell profiles not checked");
        return out;
    }
    int existing = 0;
    for (const ProfileFile &p : f.profiles) {
        if (!p.exists) {
            if (p.isSymlink)
                out << QStringLiteral("%1 is a link to %2, which does not exist")
                           .arg(p.path, p.linkTarget);
            continue;
        }
        ++existing;
        QString head = p.path;
        if (p.isSymlink) head += QStringLiteral(" (a link to %1)").arg(p.linkTarget);
        if (p.block == FactState::Found)
            out << QStringLiteral("%1: gpu-setup block at lines %2-%3")
                       .arg(head)
                       .arg(p.blockStart)
                       .arg(p.blockEnd);
        else if (p.block == FactState::Broken)
            out << QStringLiteral("%1: broken gpu-setup block, %2").arg(head, p.blockProblem);
        else
            out << QStringLiteral("%1: no gpu-setup block").arg(head);
        if (p.condaBlock)
            out << QStringLiteral("%1: conda initialize block at line %2")
                       .arg(p.path)
                       .arg(p.condaStart);
        if (p.crlf) out << QStringLiteral("%1: has Windows (CRLF) line endings").arg(p.path);
        for (const ShellLine &l : p.cudaLines)
            out << QStringLiteral("%1 line %2, CUDA set by hand: %3")
                       .arg(p.path)
                       .arg(l.line)
                       .arg(l.text.trimmed());
    }
    if (existing == 0) out << QStringLiteral("no shell profile files in the home folder");
    for (const ShellLine &l : f.systemCudaLines)
        out << QStringLiteral("%1 line %2, system-wide CUDA setting: %3")
                   .arg(l.file)
                   .arg(l.line)
                   .arg(l.text.trimmed());
    if (f.systemProfileFiles.isEmpty() && f.systemCudaLines.isEmpty())
        out << QStringLiteral("no system-wide CUDA settings in /etc/profile.d or /etc/environment");
    return out;
}

} // namespace gpusetup
