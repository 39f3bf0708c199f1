#include "probe/CondaProbe.h"

#include "common/JsonFields.h"
#include "probe/CudaProbe.h"

#include <QRegularExpression>

#include <algorithm>

namespace gpusetup {

namespace {

QString join(const QString &dir, const QString &name)
{
    return cleanMachinePath(dir + QLatin1Char('/') + name);
}

QString baseName(const QString &path)
{
    return cleanMachinePath(path).section(QLatin1Char('/'), -1);
}

// "3.12.4.final.0" -> "3.12.4".
QString shortVersion(const QString &v)
{
    QStringList parts;
    for (int p : versionParts(v))
        parts << QString::number(p);
    return parts.join(QLatin1Char('.'));
}

QString cudaFromVirtual(const QString &line)
{
    static const QRegularExpression re(QStringLiteral(R"(__cuda=(\d+(?:\.\d+)*))"));
    return re.match(line).captured(1);
}

CondaInfo parseInfoJson(const QString &text)
{
    CondaInfo info;
    const std::string s = text.toStdString();
    const Json j = Json::parse(s, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return info;
    info.fromJson = true;
    info.condaVersion = jsonString(j, "conda_version");
    info.pythonVersion = shortVersion(jsonString(j, "python_version"));
    info.rootPrefix = jsonString(j, "root_prefix");
    info.activePrefix = jsonString(j, "active_prefix");
    info.activeName = jsonString(j, "active_prefix_name");
    info.envsDirs = jsonStrings(j, "envs_dirs");
    info.envs = jsonStrings(j, "envs");
    info.channels = jsonStrings(j, "channels");
    info.platform = jsonString(j, "platform");
    // virtual_pkgs: [["__cuda", "12.4", "0"], ...] (conda >= 4.6)
    if (const auto vp = j.find("virtual_pkgs"); vp != j.end() && vp->is_array())
        for (const Json &p : *vp)
            if (p.is_array() && p.size() >= 2 && p[0] == "__cuda" && p[1].is_string())
                info.virtualCuda = QString::fromStdString(p[1].get<std::string>());
    info.parsed = !info.condaVersion.isEmpty() || !info.rootPrefix.isEmpty();
    return info;
}

CondaInfo parseInfoPlain(const QString &text)
{
    CondaInfo info;
    QMap<QString, QStringList> values;
    QString last;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) continue;
        const int idx = raw.indexOf(QLatin1String(" : "));
        if (idx > 0 && !raw.left(idx).trimmed().isEmpty()) {
            last = raw.left(idx).trimmed();
            values[last] << raw.mid(idx + 3).trimmed();
        } else if (!last.isEmpty()) {
            values[last] << line;
        }
    }
    auto one = [&](const char *key) { return values.value(QLatin1String(key)).value(0); };
    info.condaVersion = one("conda version");
    info.pythonVersion = shortVersion(one("python version"));
    QString root = one("base environment");
    if (root.isEmpty()) root = one("root environment"); // conda < 4.4
    static const QRegularExpression suffix(QStringLiteral(R"(\s+\((writable|read only)\)\s*$)"));
    info.rootPrefix = root.remove(suffix).trimmed();
    const QString active = one("active environment");
    info.activeName = active == QLatin1String("None") ? QString() : active;
    info.activePrefix = one("active env location");
    info.envsDirs = values.value(QStringLiteral("envs directories"));
    info.channels = values.value(QStringLiteral("channel URLs"));
    info.platform = one("platform");
    for (const QString &v : values.value(QStringLiteral("virtual packages")))
        if (const QString c = cudaFromVirtual(v); !c.isEmpty()) info.virtualCuda = c;
    info.parsed = !info.condaVersion.isEmpty() || !info.rootPrefix.isEmpty();
    return info;
}

bool looksLikeJson(const QString &text)
{
    return text.trimmed().startsWith(QLatin1Char('{'));
}

} // namespace

CondaInfo parseCondaInfo(const QString &text)
{
    return looksLikeJson(text) ? parseInfoJson(text) : parseInfoPlain(text);
}

QList<CondaEnv> parseCondaEnvList(const QString &text, const QString &rootPrefix)
{
    QList<CondaEnv> out;
    const QString root = rootPrefix.isEmpty() ? QString() : cleanMachinePath(rootPrefix);
    if (looksLikeJson(text)) {
        const Json j = Json::parse(text.toStdString(), nullptr, false);
        if (j.is_discarded() || !j.is_object()) return out;
        for (const QString &p : jsonStrings(j, "envs")) {
            CondaEnv e;
            e.prefix = p;
            e.base = !root.isEmpty() && cleanMachinePath(p) == root;
            const QString parent = cleanMachinePath(p).section(QLatin1Char('/'), -2, -2);
            e.name = e.base                            ? QStringLiteral("base")
                     : parent == QLatin1String("envs") ? baseName(p)
                                                       : QString();
            out.push_back(e);
        }
        return out;
    }
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) continue;
        CondaEnv e;
        if (!line.startsWith(QLatin1Char('/')) && !line.startsWith(QLatin1Char('*'))) {
            const int sp = line.indexOf(QRegularExpression(QStringLiteral("\\s")));
            if (sp < 0) continue; // a name without a prefix: not an env line
            e.name = line.left(sp);
            line = line.mid(sp).trimmed();
        }
        if (line.startsWith(QLatin1Char('*'))) {
            e.active = true;
            line = line.mid(1).trimmed();
        }
        if (line.isEmpty()) continue;
        e.prefix = line;
        e.base = e.name == QLatin1String("base") || e.name == QLatin1String("root") ||
                 (!root.isEmpty() && cleanMachinePath(e.prefix) == root);
        out.push_back(e);
    }
    return out;
}

QString condaMetaPythonVersion(const QString &fileName)
{
    static const QRegularExpression re(QStringLiteral(R"(^python-(\d+\.\d+(?:\.\d+)?)-.*\.json$)"));
    return re.match(fileName).captured(1);
}

void parseTorchVersionPy(const QString &text, QString *version, QString *cuda)
{
    static const QRegularExpression v(QStringLiteral(R"(^__version__\s*=\s*['"]([^'"]+)['"])"),
                                      QRegularExpression::MultilineOption);
    static const QRegularExpression c(
        QStringLiteral(R"(^cuda\s*(?::[^=\n]*)?=\s*(?:['"]([^'"]*)['"]|None))"),
        QRegularExpression::MultilineOption);
    if (version) *version = v.match(text).captured(1);
    if (cuda) *cuda = c.match(text).captured(1);
}

QString condaMetaTorch(const QString &fileName, QString *cuda)
{
    static const QRegularExpression re(QStringLiteral(R"(^pytorch-(\d+(?:\.\d+)*)-(.*)\.json$)"));
    static const QRegularExpression cu(QStringLiteral(R"(cuda(\d+\.\d+))"));
    const auto m = re.match(fileName);
    if (!m.hasMatch()) return {};
    if (cuda) *cuda = cu.match(m.captured(2)).captured(1);
    return m.captured(1);
}

namespace {

void inspectEnv(const Host &host, CondaEnv &e)
{
    const QString meta = join(e.prefix, QStringLiteral("conda-meta"));
    for (const QString &n : host.entries(meta, {QStringLiteral("python-3*.json")}))
        if (const QString v = condaMetaPythonVersion(n); !v.isEmpty()) e.pythonVersion = v;
    // pip-installed torch (the usual way now) first, then the conda package.
    for (const QString &py :
         host.entries(join(e.prefix, QStringLiteral("lib")), {QStringLiteral("python3*")})) {
        const QString path =
            join(e.prefix, QStringLiteral("lib/%1/site-packages/torch/version.py").arg(py));
        if (const auto data = host.readFile(path, 64 * 1024)) {
            parseTorchVersionPy(QString::fromUtf8(*data), &e.torchVersion, &e.torchCuda);
            if (!e.torchVersion.isEmpty()) {
                e.torchSource = path;
                return;
            }
        }
    }
    for (const QString &n : host.entries(meta, {QStringLiteral("pytorch-*.json")})) {
        QString cuda;
        if (const QString v = condaMetaTorch(n, &cuda); !v.isEmpty()) {
            e.torchVersion = v;
            e.torchCuda = cuda;
            e.torchSource = join(meta, n);
        }
    }
}

QString flavourFromName(const QString &root)
{
    const QString n = baseName(root).toLower();
    for (const char *f : {"miniforge", "mambaforge", "miniconda", "anaconda"})
        if (n.contains(QLatin1String(f))) return QLatin1String(f);
    return {};
}

} // namespace

CondaFacts probeConda(const Host &host, int timeoutMs)
{
    CondaFacts f;
    const int condaTimeout = qMin(timeoutMs * 3, 20000);
    f.condaPrefixEnv = host.env(QStringLiteral("CONDA_PREFIX"));
    f.condaExeEnv = host.env(QStringLiteral("CONDA_EXE"));

    QList<QPair<QString, QString>> candidates;
    const QString home = host.home();
    if (!home.isEmpty())
        for (const char *d : {"miniconda3", "anaconda3", "miniforge3", "mambaforge"})
            candidates.push_back(
                {join(home, QLatin1String(d)), QStringLiteral("~/") + QLatin1String(d)});
    candidates.push_back({QStringLiteral("/opt/conda"), QStringLiteral("/opt/conda")});
    if (!f.condaExeEnv.isEmpty()) {
        f.evidence.push_back({QStringLiteral("env CONDA_EXE"), f.condaExeEnv});
        const QString real = host.resolve(f.condaExeEnv);
        if (!real.isEmpty())
            candidates.push_back(
                {cleanMachinePath(real + QStringLiteral("/../..")), QStringLiteral("CONDA_EXE")});
    }

    for (const auto &[root, by] : candidates) {
        const QString real = host.resolve(root);
        if (real.isEmpty() || !host.isDir(real)) continue;
        if (!host.isFile(join(real, QStringLiteral("bin/conda"))) &&
            !host.isDir(join(real, QStringLiteral("conda-meta"))))
            continue;
        bool merged = false;
        for (CondaInstall &i : f.installs)
            if (i.resolvedRoot == real) {
                if (!i.foundBy.contains(by)) i.foundBy << by;
                merged = true;
            }
        if (merged) continue;
        CondaInstall i;
        i.root = cleanMachinePath(root);
        i.resolvedRoot = real;
        i.foundBy << by;
        f.installs.push_back(i);
    }

    for (CondaInstall &i : f.installs) {
        const QString exe = join(i.resolvedRoot, QStringLiteral("bin/conda"));
        i.condaExe = host.isFile(exe) ? exe : QString();
        bool timedOut = false;
        bool failed = false;
        QList<CondaEnv> envs;
        if (i.condaExe.isEmpty()) {
            i.problems << QStringLiteral("%1 has no bin/conda: the install is incomplete.")
                              .arg(i.resolvedRoot);
            failed = true;
        } else {
            const QStringList infoArgv{exe, QStringLiteral("info"), QStringLiteral("--json")};
            const CommandResult r = host.run(infoArgv, condaTimeout);
            const QString cmd = infoArgv.join(QLatin1Char(' '));
            if (r.status == CommandResult::Status::TimedOut) {
                timedOut = true;
                i.problems << QStringLiteral("conda did not answer within %1 s.")
                                  .arg(condaTimeout / 1000.0);
                f.evidence.push_back({cmd, r.describe()});
            } else if (!r.ran()) {
                failed = true;
                i.problems << QStringLiteral("conda could not be run: %1").arg(r.describe());
                f.evidence.push_back({cmd, r.describe()});
            } else {
                i.info = parseCondaInfo(r.out());
                if (!i.info.parsed || r.exitCode != 0) {
                    failed = true;
                    const QString err = r.err().trimmed().section(QLatin1Char('\n'), -1);
                    i.problems << QStringLiteral("conda info fails: %1")
                                      .arg(err.isEmpty() ? r.describe() : err);
                } else if (!i.info.fromJson) {
                    i.problems << QStringLiteral(
                                      "conda %1 ignored --json; its plain output was read instead.")
                                      .arg(i.info.condaVersion);
                }
                f.evidence.push_back({cmd, i.info.parsed
                                               ? QStringLiteral("conda %1, python %2, base %3")
                                                     .arg(i.info.condaVersion, i.info.pythonVersion,
                                                          i.info.rootPrefix)
                                               : r.describe()});
            }
            if (!timedOut && !failed) {
                const QStringList listArgv{exe, QStringLiteral("env"), QStringLiteral("list"),
                                           QStringLiteral("--json")};
                const CommandResult l = host.run(listArgv, condaTimeout);
                const QString lcmd = listArgv.join(QLatin1Char(' '));
                if (l.ok()) {
                    envs = parseCondaEnvList(
                        l.out(), i.info.rootPrefix.isEmpty() ? i.resolvedRoot : i.info.rootPrefix);
                    i.envListSource = looksLikeJson(l.out())
                                          ? QStringLiteral("conda env list --json")
                                          : QStringLiteral("conda env list (plain text)");
                    f.evidence.push_back({lcmd, QStringLiteral("%1 envs").arg(envs.size())});
                } else {
                    if (l.status == CommandResult::Status::TimedOut) timedOut = true;
                    i.problems << QStringLiteral("conda env list fails: %1").arg(l.describe());
                    f.evidence.push_back({lcmd, l.describe()});
                }
            }
        }
        const QString rootPrefix =
            cleanMachinePath(i.info.rootPrefix.isEmpty() ? i.resolvedRoot : i.info.rootPrefix);
        if (i.envListSource.isEmpty() && !i.info.envs.isEmpty()) {
            envs = parseCondaEnvList(QString::fromStdString(Json{{"envs", i.info.envs}}.dump()),
                                     rootPrefix);
            i.envListSource = QStringLiteral("conda info --json");
        }
        if (i.envListSource.isEmpty()) {
            // conda did not answer: what the disk shows.
            i.envListSource = QStringLiteral("filesystem");
            for (const QString &n : host.entries(join(i.resolvedRoot, QStringLiteral("envs"))))
                if (host.isDir(join(i.resolvedRoot, QStringLiteral("envs/%1/conda-meta").arg(n)))) {
                    CondaEnv e;
                    e.name = n;
                    e.prefix = join(i.resolvedRoot, QStringLiteral("envs/") + n);
                    envs.push_back(e);
                }
        }
        // Some condas leave the root out of the list (macOS, conda 4.3 JSON).
        bool hasRoot = false;
        for (CondaEnv &e : envs)
            if (cleanMachinePath(e.prefix) == rootPrefix) {
                e.base = true;
                if (e.name.isEmpty()) e.name = QStringLiteral("base");
                hasRoot = true;
            }
        if (!hasRoot) {
            CondaEnv base;
            base.name = QStringLiteral("base");
            base.prefix = rootPrefix;
            base.base = true;
            envs.prepend(base);
        }
        const QString active =
            !i.info.activePrefix.isEmpty() ? i.info.activePrefix : f.condaPrefixEnv;
        for (CondaEnv &e : envs) {
            if (!active.isEmpty() && cleanMachinePath(e.prefix) == cleanMachinePath(active))
                e.active = true;
            inspectEnv(host, e);
        }
        i.envs = envs;

        i.flavour = flavourFromName(i.resolvedRoot);
        i.flavourSource = QStringLiteral("directory name");
        if (i.flavour.isEmpty()) {
            const QString meta = join(i.resolvedRoot, QStringLiteral("conda-meta"));
            if (!host.entries(meta, {QStringLiteral("anaconda-*.json")}).isEmpty()) {
                i.flavour = QStringLiteral("anaconda");
                i.flavourSource = meta + QStringLiteral("/anaconda-*.json");
            } else if (!i.info.channels.isEmpty()) {
                const bool forge = std::all_of(
                    i.info.channels.cbegin(), i.info.channels.cend(),
                    [](const QString &c) { return c.contains(QLatin1String("conda-forge")); });
                i.flavour = forge ? QStringLiteral("miniforge") : QStringLiteral("miniconda");
                i.flavourSource = QStringLiteral("conda info channels");
            } else {
                i.flavour = QStringLiteral("unknown");
                i.flavourSource.clear();
            }
        }
        i.state = timedOut ? FactState::Unknown : failed ? FactState::Broken : FactState::Found;
    }

    if (f.installs.isEmpty()) {
        f.state = FactState::Absent;
    } else {
        f.state = FactState::Broken;
        for (const CondaInstall &i : f.installs) {
            if (i.state == FactState::Found)
                f.state = FactState::Found;
            else if (i.state == FactState::Unknown && f.state == FactState::Broken)
                f.state = FactState::Unknown;
        }
    }

    // ~/.condarc: the old tutorials' retired pkgs/free channel (the advisor flags it).
    if (!home.isEmpty()) {
        const QString rc = join(home, QStringLiteral(".condarc"));
        if (const auto bytes = host.readFile(rc, 1024 * 1024)) {
            f.condarcPath = rc;
            const QStringList lines = QString::fromUtf8(*bytes).split(QLatin1Char('\n'));
            for (int n = 0; n < lines.size(); ++n) {
                const QString t = lines[n].trimmed();
                if (t.startsWith(QLatin1Char('#')) || !t.contains(QLatin1String("pkgs/free")))
                    continue;
                f.condarcPkgsFree << QStringLiteral("%1: %2").arg(n + 1).arg(t);
            }
            f.evidence.push_back({rc, f.condarcPkgsFree.isEmpty()
                                          ? QStringLiteral("no pkgs/free")
                                          : f.condarcPkgsFree.join(QStringLiteral("; "))});
        }
    }
    return f;
}

QStringList describeConda(const CondaFacts &f)
{
    QStringList out;
    if (f.installs.isEmpty()) out << QStringLiteral("conda: not installed");
    for (const CondaInstall &i : f.installs) {
        out << QStringLiteral("%1 at %2: conda %3, Python %4, %5")
                   .arg(i.flavour, i.root,
                        i.info.condaVersion.isEmpty() ? QStringLiteral("(version unknown)")
                                                      : i.info.condaVersion,
                        i.info.pythonVersion.isEmpty() ? QStringLiteral("?") : i.info.pythonVersion,
                        factStateName(i.state));
        for (const QString &p : i.problems)
            out << QStringLiteral("  problem: ") + p;
        for (const CondaEnv &e : i.envs) {
            QString line =
                QStringLiteral("  env %1 (%2)%3: Python %4")
                    .arg(e.name.isEmpty() ? QStringLiteral("(no name)") : e.name, e.prefix,
                         e.active ? QStringLiteral(" [active]") : QString(),
                         e.pythonVersion.isEmpty() ? QStringLiteral("?") : e.pythonVersion);
            if (!e.torchVersion.isEmpty())
                line += QStringLiteral(", PyTorch %1 (%2)")
                            .arg(e.torchVersion, e.torchCuda.isEmpty()
                                                     ? QStringLiteral("CPU or unknown")
                                                     : QStringLiteral("CUDA ") + e.torchCuda);
            else
                line += QStringLiteral(", no PyTorch");
            out << line;
        }
    }
    if (!f.condarcPkgsFree.isEmpty())
        out << QStringLiteral("%1 lists the retired pkgs/free channel (%2)")
                   .arg(f.condarcPath, f.condarcPkgsFree.join(QStringLiteral("; ")));
    return out;
}

} // namespace gpusetup
