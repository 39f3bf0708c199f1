#include "probe/DiskProbe.h"

#include <QRegularExpression>

namespace gpusetup {

namespace {

// df's name for a path in "df: /x: No such file or directory" ('x', ‘x’ and "x" too).
QString unquote(QString s)
{
    s = s.trimmed();
    static const QList<QPair<QChar, QChar>> quotes = {{QLatin1Char('\''), QLatin1Char('\'')},
                                                      {QLatin1Char('"'), QLatin1Char('"')},
                                                      {QChar(0x2018), QChar(0x2019)},
                                                      {QLatin1Char('`'), QLatin1Char('\'')}};
    for (const auto &q : quotes)
        if (s.size() >= 2 && s.startsWith(q.first) && s.endsWith(q.second))
            return s.mid(1, s.size() - 2);
    return s;
}

QString firstLine(const QString &s)
{
    return s.section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

QStringList dfArgv(const QStringList &paths)
{
    return QStringList{QStringLiteral("df"), QStringLiteral("-P"), QStringLiteral("-B1")} + paths;
}

QList<DiskSpace> parseDf(const QString &stdOut, const QString &stdErr, const QStringList &paths)
{
    // The filesystem name and the mount point may hold spaces; the four numbers may not.
    static const QRegularExpression row(
        QStringLiteral("^(.+?)\\s+(\\d+|-)\\s+(\\d+|-)\\s+(\\d+|-)\\s+(\\d+%|-)\\s+(/.*)$"));
    QList<DiskSpace> rows;
    for (QString line : stdOut.split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r'))) line.chop(1);
        const auto m = row.match(line);
        if (!m.hasMatch()) continue; // the header, blank lines, anything else
        DiskSpace d;
        d.state = FactState::Found;
        d.filesystem = m.captured(1).trimmed();
        bool ok = false;
        d.totalBytes = m.captured(2).toLongLong(&ok);
        if (!ok) d.totalBytes = -1;
        d.usedBytes = m.captured(3).toLongLong(&ok);
        if (!ok) d.usedBytes = -1;
        d.freeBytes = m.captured(4).toLongLong(&ok);
        if (!ok) d.freeBytes = -1;
        d.mountPoint = m.captured(6);
        rows.push_back(d);
    }

    // Which paths df complained about: it prints no row for them.
    QMap<QString, QString> errors;
    for (const QString &line : stdErr.split(QLatin1Char('\n'))) {
        QString t = line.trimmed();
        if (!t.startsWith(QLatin1String("df:"))) continue;
        t = t.mid(3).trimmed();
        const int sep = int(t.lastIndexOf(QLatin1String(": ")));
        if (sep <= 0) continue;
        errors.insert(unquote(t.left(sep)), t.mid(sep + 2).trimmed());
    }

    QList<DiskSpace> out;
    int next = 0;
    for (const QString &path : paths) {
        DiskSpace d;
        if (errors.contains(path)) {
            d.error = errors.value(path);
            d.state = d.error.contains(QLatin1String("No such file"), Qt::CaseInsensitive)
                          ? FactState::Absent
                          : FactState::Unknown;
        } else if (next < rows.size()) {
            d = rows[next++];
        } else {
            d.state = FactState::Unknown;
            d.error = QStringLiteral("df printed no line for it");
        }
        d.path = path;
        out.push_back(d);
    }
    return out;
}

QString parseGccVersion(const QString &line)
{
    static const QRegularExpression version(
        QStringLiteral("(?:^|\\s)(\\d+\\.\\d+(?:\\.\\d+)?)(?=\\s|$)"));
    // The version follows the closing parenthesis of the package description:
    // "gcc (Debian 12.2.0-14+deb12u1) 12.2.0", "gcc (GCC) 13.2.1 20230801".
    const int paren = int(line.lastIndexOf(QLatin1Char(')')));
    const auto m = version.match(paren >= 0 ? line.mid(paren + 1) : line);
    if (m.hasMatch()) return m.captured(1);
    const auto any = version.match(line);
    return any.hasMatch() ? any.captured(1) : QString();
}

QString parseMakeVersion(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("Make\\s+(\\d+(?:\\.\\d+)*)"));
    const auto m = re.match(line);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 0) return QStringLiteral("unknown");
    const double gib = double(bytes) / (1024.0 * 1024.0 * 1024.0);
    if (gib >= 1.0) return QStringLiteral("%1 GiB").arg(gib, 0, 'f', 1);
    return QStringLiteral("%1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 0);
}

DiskFacts probeDisk(const Host &host, int timeoutMs)
{
    DiskFacts f;

    // --- free space ---
    QStringList paths = {QStringLiteral("/tmp")};
    const QString home = host.home();
    if (!home.isEmpty()) paths << home;
    paths << QStringLiteral("/usr/local");
    const QStringList argv = dfArgv(paths);
    const QString cmd = argv.join(QLatin1Char(' '));
    const CommandResult df = host.run(argv, timeoutMs);
    if (df.ran()) {
        // exit 1 when one path is missing: the others are still listed.
        f.spaces = parseDf(df.out(), df.err(), paths);
        bool any = false;
        for (const DiskSpace &d : f.spaces) {
            any = any || d.state == FactState::Found;
            f.evidence.push_back(
                {cmd, d.state == FactState::Found
                          ? QStringLiteral("%1: %2 free of %3 on %4 (%5)")
                                .arg(d.path, QString::number(d.freeBytes),
                                     QString::number(d.totalBytes), d.mountPoint, d.filesystem)
                          : QStringLiteral("%1: %2").arg(d.path, d.error)});
        }
        f.state = any ? FactState::Found : FactState::Broken;
    } else {
        f.state = df.status == CommandResult::Status::NotInstalled ? FactState::Absent
                                                                   : FactState::Unknown;
        for (const QString &p : paths) {
            DiskSpace d;
            d.path = p;
            d.error = df.describe();
            f.spaces.push_back(d);
        }
        f.evidence.push_back({cmd, df.describe()});
    }

    // --- compilers for the runfile ---
    const QStringList gccArgv = {QStringLiteral("gcc"), QStringLiteral("--version")};
    const CommandResult gcc = host.run(gccArgv, timeoutMs);
    f.gccLine = firstLine(gcc.out());
    if (gcc.status == CommandResult::Status::NotInstalled) {
        f.gccState = FactState::Absent;
        f.evidence.push_back({gccArgv.join(QLatin1Char(' ')), QStringLiteral("not installed")});
    } else if (!gcc.ok()) {
        f.gccState = gcc.ran() ? FactState::Broken : FactState::Unknown;
        f.evidence.push_back({gccArgv.join(QLatin1Char(' ')), gcc.describe()});
    } else {
        f.evidence.push_back({gccArgv.join(QLatin1Char(' ')), f.gccLine});
        if (f.gccLine.contains(QLatin1String("clang"), Qt::CaseInsensitive)) {
            // "gcc" that is really clang (a symlink some setups make): the runfile wants gcc.
            f.gccState = FactState::Broken;
        } else {
            f.gccVersion = parseGccVersion(f.gccLine);
            f.gccState = f.gccVersion.isEmpty() ? FactState::Broken : FactState::Found;
            if (!f.gccVersion.isEmpty())
                f.gccMajor = f.gccVersion.section(QLatin1Char('.'), 0, 0).toInt();
        }
    }

    const QStringList makeArgv = {QStringLiteral("make"), QStringLiteral("--version")};
    const CommandResult make = host.run(makeArgv, timeoutMs);
    if (make.status == CommandResult::Status::NotInstalled) {
        f.makeState = FactState::Absent;
        f.evidence.push_back({makeArgv.join(QLatin1Char(' ')), QStringLiteral("not installed")});
    } else if (make.ok()) {
        f.makeVersion = parseMakeVersion(firstLine(make.out()));
        f.makeState = FactState::Found;
        f.evidence.push_back({makeArgv.join(QLatin1Char(' ')), firstLine(make.out())});
    } else {
        f.makeState = make.ran() ? FactState::Broken : FactState::Unknown;
        f.evidence.push_back({makeArgv.join(QLatin1Char(' ')), make.describe()});
    }
    return f;
}

QStringList describeDisk(const DiskFacts &f)
{
    QStringList out;
    for (const DiskSpace &d : f.spaces) {
        switch (d.state) {
        case FactState::Found:
            out << QStringLiteral("%1: %2 free of %3 (filesystem mounted on %4)")
                       .arg(d.path, formatBytes(d.freeBytes), formatBytes(d.totalBytes),
                            d.mountPoint);
            break;
        case FactState::Absent:
            out << QStringLiteral("%1: does not exist").arg(d.path);
            break;
        default:
            out << QStringLiteral("%1: free space unknown").arg(d.path);
            break;
        }
    }
    switch (f.gccState) {
    case FactState::Found:
        out << QStringLiteral("gcc %1 installed").arg(f.gccVersion);
        break;
    case FactState::Absent:
        out << QStringLiteral("gcc is not installed (the CUDA runfile needs it)");
        break;
    case FactState::Broken:
        out << (f.gccLine.contains(QLatin1String("clang"), Qt::CaseInsensitive)
                    ? QStringLiteral("\"gcc\" is really clang: %1").arg(f.gccLine)
                    : QStringLiteral("gcc is installed but does not report a version"));
        break;
    case FactState::Unknown:
        out << QStringLiteral("could not check gcc");
        break;
    }
    switch (f.makeState) {
    case FactState::Found:
        out << (f.makeVersion.isEmpty() ? QStringLiteral("make installed")
                                        : QStringLiteral("make %1 installed").arg(f.makeVersion));
        break;
    case FactState::Absent:
        out << QStringLiteral("make is not installed (the CUDA runfile needs it)");
        break;
    case FactState::Broken:
        out << QStringLiteral("make is installed but failed to run");
        break;
    case FactState::Unknown:
        out << QStringLiteral("could not check make");
        break;
    }
    return out;
}

} // namespace gpusetup
