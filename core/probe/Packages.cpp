#include "probe/Packages.h"

namespace gpusetup {

QStringList dpkgQueryArgv(const QStringList &patterns)
{
    return QStringList{QStringLiteral("dpkg-query"), QStringLiteral("-W"),
                       QStringLiteral("-f=${Package}\\t${Version}\\t${Status}\\n")} +
           patterns;
}

QList<DebPackage> parseDpkgQuery(const QString &text)
{
    QList<DebPackage> out;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() < 3 || f[0].trimmed().isEmpty()) continue;
        out.push_back({f[0].trimmed(), f[1].trimmed(), f[2].trimmed()});
    }
    return out;
}

QList<DebPackage> queryPackages(const Host &host, const QStringList &patterns, int timeoutMs,
                                FactState *state, Evidence *evidence)
{
    const QStringList argv = dpkgQueryArgv(patterns);
    const CommandResult r = host.run(argv, timeoutMs);
    FactState s = FactState::Unknown;
    QList<DebPackage> out;
    if (r.status == CommandResult::Status::NotInstalled) {
        s = FactState::Absent;
    } else if (r.ran()) {
        // dpkg-query exits 1 when a pattern matches nothing; its output is still valid.
        out = parseDpkgQuery(r.out());
        s = (r.exitCode == 0 || r.exitCode == 1) ? FactState::Found : FactState::Unknown;
    }
    if (state) *state = s;
    if (evidence) {
        QStringList installed;
        for (const DebPackage &p : out)
            if (p.installed()) installed << p.name + QLatin1Char(' ') + p.version;
        *evidence = {argv.join(QLatin1Char(' ')),
                     r.ran() ? (installed.isEmpty() ? QStringLiteral("none installed")
                                                    : installed.join(QStringLiteral(", ")))
                             : r.describe()};
    }
    return out;
}

} // namespace gpusetup
