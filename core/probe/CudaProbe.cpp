#include "probe/CudaProbe.h"

#include "probe/Packages.h"

#include <QRegularExpression>

namespace gpusetup {

namespace {

const QString kUsrLocalCuda = QStringLiteral("/usr/local/cuda");
const QString kDistroRoot = QStringLiteral("/usr/lib/cuda");
const QString kDistroNvcc = QStringLiteral("/usr/bin/nvcc");
const QString kMultiarchLib = QStringLiteral("/usr/lib/x86_64-linux-gnu");
// cuda.h has CUDA_VERSION near its top; the file itself is over 1 MB.
constexpr qint64 kCudaHeaderBytes = 256 * 1024;

QString parentOf(const QString &path, int levels = 1)
{
    QString p = cleanMachinePath(path);
    for (int i = 0; i < levels; ++i) {
        const int slash = p.lastIndexOf(QLatin1Char('/'));
        p = slash <= 0 ? QStringLiteral("/") : p.left(slash);
    }
    return p;
}

QString join(const QString &dir, const QString &name)
{
    return cleanMachinePath(dir + QLatin1Char('/') + name);
}

QString majorMinor(const QString &version)
{
    const QList<int> p = versionParts(version);
    return p.size() >= 2 ? QStringLiteral("%1.%2").arg(p[0]).arg(p[1]) : QString();
}

// A distribution package (Debian/Ubuntu nvidia-cuda-toolkit) spreads the toolkit over /usr:
// /usr/bin/nvcc (a wrapper), /usr/lib/nvidia-cuda-toolkit, and the /usr/lib/cuda link farm.
bool isDistroPath(const QString &resolvedRoot)
{
    return resolvedRoot == QLatin1String("/usr") || resolvedRoot == kDistroRoot ||
           resolvedRoot.startsWith(QLatin1String("/usr/lib/nvidia-cuda-toolkit"));
}

struct Candidate
{
    QString root;
    QString foundBy;
};

} // namespace

NvccVersion parseNvccVersion(const QString &text)
{
    NvccVersion v;
    static const QRegularExpression re(
        QStringLiteral(R"(release\s+(\d+\.\d+)\s*(?:,\s*V(\d+(?:\.\d+)+))?)"));
    const auto m = re.match(text);
    if (!m.hasMatch()) return v;
    v.release = m.captured(1);
    v.version = m.captured(2).isEmpty() ? v.release : m.captured(2);
    return v;
}

QString parseCudaVersionJson(const QByteArray &json)
{
    const Json j = Json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) return {};
    const auto cuda = j.find("cuda");
    if (cuda == j.end() || !cuda->is_object()) return {};
    const auto v = cuda->find("version");
    if (v == cuda->end() || !v->is_string()) return {};
    const QString s = QString::fromStdString(v->get<std::string>()).trimmed();
    return versionParts(s).size() >= 2 ? s : QString();
}

QString parseCudaVersionTxt(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(CUDA\s+Version\s+(\d+\.\d+(?:\.\d+)*))"));
    return re.match(text).captured(1);
}

QString parseCudaHeaderVersion(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*#\s*define\s+CUDA_VERSION\s+(\d+))"),
                                       QRegularExpression::MultilineOption);
    const auto m = re.match(text);
    if (!m.hasMatch()) return {};
    const int n = m.captured(1).toInt();
    if (n < 1000) return {};
    return QStringLiteral("%1.%2").arg(n / 1000).arg((n % 1000) / 10);
}

QString parseCudaDistInfoName(const QString &dirName, QString *package)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^nvidia_(cuda_runtime|cuda_nvcc)(?:_cu\d+)?-(\d+\.\d+(?:\.\d+)*)\.dist-info$)"));
    const auto m = re.match(dirName);
    if (!m.hasMatch()) return {};
    if (package) *package = m.captured(1);
    return m.captured(2);
}

namespace {

struct Probe
{
    const Host &host;
    int timeoutMs;
    CudaFacts f;
    QList<DebPackage> debs;
    bool debsQueried = false;

    QString distroRoot() const
    {
        return host.isDir(kDistroRoot) ? kDistroRoot : QStringLiteral("/usr");
    }

    // Where a path leads, with the distro layout folded into one toolkit.
    QString canonicalRoot(const QString &root) const
    {
        const QString r = host.resolve(root);
        if (r.isEmpty()) return {};
        return isDistroPath(r) ? host.resolve(distroRoot()) : r;
    }

    bool looksLikeToolkit(const QString &r) const
    {
        return host.isFile(join(r, QStringLiteral("bin/nvcc"))) ||
               host.isFile(join(r, QStringLiteral("include/cuda.h"))) ||
               host.isFile(join(r, QStringLiteral("version.json"))) ||
               host.isFile(join(r, QStringLiteral("version.txt"))) ||
               !host.entries(join(r, QStringLiteral("lib64")), {QStringLiteral("libcudart.so*")})
                    .isEmpty() ||
               !host.entries(join(r, QStringLiteral("dist-info")),
                             {QStringLiteral("nvidia_cuda_*")})
                    .isEmpty() ||
               (isDistroPath(r) && host.isFile(kDistroNvcc));
    }

    QList<Candidate> candidates()
    {
        QList<Candidate> c;
        for (const QString &name :
             host.entries(QStringLiteral("/usr/local"), {QStringLiteral("cuda-*")}))
            c.push_back(
                {join(QStringLiteral("/usr/local"), name), QStringLiteral("/usr/local/cuda-*")});
        if (host.isSymLink(kUsrLocalCuda)) {
            f.usrLocalCudaLink = host.readLink(kUsrLocalCuda);
            f.evidence.push_back({kUsrLocalCuda, QStringLiteral("-> ") + f.usrLocalCudaLink});
            if (!host.exists(kUsrLocalCuda))
                f.notes << QStringLiteral("/usr/local/cuda is a dangling link to %1.")
                               .arg(f.usrLocalCudaLink);
        }
        c.push_back({kUsrLocalCuda, kUsrLocalCuda});
        c.push_back({QStringLiteral("/opt/cuda"), QStringLiteral("/opt/cuda")});
        c.push_back({kDistroRoot, kDistroRoot});
        if (host.isFile(kDistroNvcc))
            c.push_back({kDistroNvcc, kDistroNvcc}); // mapped to the distro root below
        f.pathNvcc = host.which(QStringLiteral("nvcc"));
        if (!f.pathNvcc.isEmpty()) {
            f.evidence.push_back(
                {QStringLiteral("env PATH"), QStringLiteral("nvcc -> ") + f.pathNvcc});
            c.push_back({f.pathNvcc, QStringLiteral("PATH")});
        }
        f.cudaHome = host.env(QStringLiteral("CUDA_HOME"));
        if (!f.cudaHome.isEmpty()) c.push_back({f.cudaHome, QStringLiteral("CUDA_HOME")});
        f.cudaPath = host.env(QStringLiteral("CUDA_PATH"));
        if (!f.cudaPath.isEmpty()) c.push_back({f.cudaPath, QStringLiteral("CUDA_PATH")});
        const QString ld = host.env(QStringLiteral("LD_LIBRARY_PATH"));
        for (const QString &dir : ld.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
            if (!dir.startsWith(QLatin1Char('/'))) continue;
            const QStringList libs = host.entries(dir, {QStringLiteral("libcudart.so*")});
            if (libs.isEmpty()) continue;
            f.ldLibraryPathEntry = cleanMachinePath(dir);
            f.evidence.push_back({QStringLiteral("env LD_LIBRARY_PATH"), join(dir, libs.first())});
            const QString clean = cleanMachinePath(dir);
            const int levels = clean.endsWith(QLatin1String("/targets/x86_64-linux/lib")) ? 3 : 1;
            c.push_back({parentOf(clean, levels), QStringLiteral("LD_LIBRARY_PATH")});
            break;
        }
        return c;
    }

    // The root a candidate leads to: a nvcc binary gives two levels above its real path.
    QString rootOf(const Candidate &c) const
    {
        if (c.foundBy == QLatin1String("PATH") || c.root == kDistroNvcc) {
            const QString real = host.resolve(c.root);
            if (real.isEmpty()) return {};
            const QString r = parentOf(real, 2);
            return isDistroPath(r) || real == kDistroNvcc ? host.resolve(distroRoot()) : r;
        }
        return canonicalRoot(c.root);
    }

    void addVersion(CudaToolkit &t, const QString &kind, const QString &version,
                    const QString &source, const QString &detail)
    {
        if (version.isEmpty()) return;
        t.versions.push_back({kind, version, source, detail});
        f.evidence.push_back({source, detail});
    }

    void readVersions(CudaToolkit &t)
    {
        const QString r = t.resolvedRoot;
        const QString vj = join(r, QStringLiteral("version.json"));
        if (const auto data = host.readFile(vj, 1024 * 1024)) {
            const QString v = parseCudaVersionJson(*data);
            if (v.isEmpty())
                t.problems << QStringLiteral("%1 cannot be read as a CUDA version file.").arg(vj);
            addVersion(t, QStringLiteral("version.json"), v, vj,
                       QStringLiteral("cuda.version ") + v);
        }
        const QString vt = join(r, QStringLiteral("version.txt"));
        if (const QString text = host.readText(vt); !text.isNull()) {
            const QString v = parseCudaVersionTxt(text);
            addVersion(t, QStringLiteral("version.txt"), v, vt,
                       text.section(QLatin1Char('\n'), 0, 0));
        }
        if (t.hasNvcc) {
            const QStringList argv{t.nvccPath, QStringLiteral("-V")};
            const CommandResult res = host.run(argv, timeoutMs);
            const QString cmd = argv.join(QLatin1Char(' '));
            const NvccVersion nv = parseNvccVersion(res.out());
            if (res.ok() && !nv.version.isEmpty()) {
                static const QRegularExpression line(QStringLiteral("^.*release.*$"),
                                                     QRegularExpression::MultilineOption);
                addVersion(t, QStringLiteral("nvcc"), nv.version, cmd,
                           line.match(res.out()).captured(0).trimmed());
            } else {
                m_nvccFailed = res.ran() || res.status == CommandResult::Status::Crashed;
                const QString why = res.ran() && res.exitCode == 0
                                        ? QStringLiteral("%1 printed no version").arg(cmd)
                                        : res.describe();
                t.problems << QStringLiteral("nvcc does not answer: %1").arg(why);
                f.evidence.push_back(
                    {cmd, res.ok() ? QStringLiteral("no version in output") : res.describe()});
                if (!m_nvccFailed) m_nvccUnknown = true;
            }
        }
        // pip wheels carry their versions in the dist-info directory names.
        QStringList distInfo;
        for (const QString &dir : {join(r, QStringLiteral("dist-info")), r})
            for (const QString &name :
                 host.entries(dir, {QStringLiteral("nvidia_cuda_*.dist-info")}))
                distInfo << join(dir, name);
        for (const QString &want : {QStringLiteral("cuda_nvcc"), QStringLiteral("cuda_runtime")}) {
            for (const QString &path : distInfo) {
                QString package;
                const QString v =
                    parseCudaDistInfoName(path.section(QLatin1Char('/'), -1), &package);
                if (package == want) {
                    addVersion(t, QStringLiteral("dist-info"), v, path,
                               QStringLiteral("nvidia_") + package + QLatin1Char(' ') + v);
                    break;
                }
            }
        }
        const QString header = join(r, QStringLiteral("include/cuda.h"));
        if (const auto data = host.readFile(header, kCudaHeaderBytes)) {
            const QString v = parseCudaHeaderVersion(QString::fromUtf8(*data));
            static const QRegularExpression line(
                QStringLiteral(R"(^\s*#\s*define\s+CUDA_VERSION\s+\d+)"),
                QRegularExpression::MultilineOption);
            addVersion(t, QStringLiteral("cuda.h"), v, header,
                       line.match(QString::fromUtf8(*data)).captured(0).trimmed());
        }
    }

    // The most precise source wins; between equally precise ones, the earlier (version.json
    // names the SDK release, nvcc its own build).
    void pickVersion(CudaToolkit &t)
    {
        int best = -1;
        for (int i = 0; i < t.versions.size(); ++i)
            if (best < 0 || versionParts(t.versions[i].version).size() >
                                versionParts(t.versions[best].version).size())
                best = i;
        if (best < 0) return;
        t.version = t.versions[best].version;
        const QList<int> p = versionParts(t.version);
        t.major = p.value(0, -1);
        t.minor = p.value(1, -1);
        for (const CudaVersionSource &s : t.versions) {
            const QString mm = majorMinor(s.version);
            if (!mm.isEmpty() && mm != majorMinor(t.version)) {
                t.versionConflict = true;
                t.problems
                    << QStringLiteral(
                           "%1 says CUDA %2 but %3 says %4: parts of two toolkits are mixed.")
                           .arg(t.versions[best].kind, t.version, s.kind, s.version);
            }
        }
    }

    void findLibraries(CudaToolkit &t)
    {
        QStringList dirs{join(t.resolvedRoot, QStringLiteral("lib64")),
                         join(t.resolvedRoot, QStringLiteral("lib")),
                         join(t.resolvedRoot, QStringLiteral("targets/x86_64-linux/lib"))};
        if (t.installKind == QLatin1String("distro-package")) dirs << kMultiarchLib;
        for (const QString &dir : dirs) {
            const QStringList libs = host.entries(dir, {QStringLiteral("libcudart.so*")});
            if (!libs.isEmpty()) {
                t.hasCudart = true;
                t.cudartPath = join(dir, libs.first());
                return;
            }
        }
    }

    const QList<DebPackage> &packages()
    {
        if (!debsQueried) {
            debsQueried = true;
            Evidence ev;
            debs = queryPackages(host,
                                 {QStringLiteral("cuda-nvcc-*"), QStringLiteral("cuda-cudart-*"),
                                  QStringLiteral("nvidia-cuda-toolkit")},
                                 timeoutMs, nullptr, &ev);
            f.evidence.push_back(ev);
        }
        return debs;
    }

    QString installKind(const CudaToolkit &t)
    {
        const QString r = t.resolvedRoot;
        if (host.isDir(join(r, QStringLiteral("conda-meta")))) return QStringLiteral("conda");
        if (!host.entries(join(r, QStringLiteral("dist-info")),
                          {QStringLiteral("nvidia_*.dist-info")})
                 .isEmpty() ||
            !host.entries(r, {QStringLiteral("nvidia_*.dist-info")}).isEmpty())
            return QStringLiteral("pip-wheels");
        if (isDistroPath(r) || r == host.resolve(kDistroRoot))
            return QStringLiteral("distro-package");
        if (r.startsWith(QLatin1String("/usr/local/cuda")) ||
            r.startsWith(QLatin1String("/opt/cuda"))) {
            if (host.isFile(join(r, QStringLiteral("bin/cuda-uninstaller"))))
                return QStringLiteral("runfile");
            return QStringLiteral("nvidia");
        }
        return QStringLiteral("other");
    }

    // Needs the version: NVIDIA's debs are named per major-minor (cuda-nvcc-12-4).
    void refineKind(CudaToolkit &t)
    {
        if (t.installKind != QLatin1String("nvidia") || t.major < 0) return;
        const QString suffix = QStringLiteral("-%1-%2").arg(t.major).arg(t.minor);
        for (const DebPackage &p : packages())
            if (p.installed() && (p.name == QLatin1String("cuda-nvcc") + suffix ||
                                  p.name == QLatin1String("cuda-cudart") + suffix))
                t.installKind = QStringLiteral("nvidia-deb");
    }

    int indexOf(const QString &resolvedRoot) const
    {
        for (int i = 0; i < f.toolkits.size(); ++i)
            if (f.toolkits[i].resolvedRoot == resolvedRoot) return i;
        return -1;
    }

    QString describeRoot(const QString &root) const
    {
        const int i = indexOf(root);
        if (i < 0 || f.toolkits[i].version.isEmpty()) return root;
        return QStringLiteral("CUDA %1 (%2)").arg(f.toolkits[i].version, root);
    }

    bool m_nvccFailed = false;
    bool m_nvccUnknown = false;

    void run()
    {
        const QList<Candidate> cands = candidates();
        for (const Candidate &c : cands) {
            const QString r = rootOf(c);
            if (r.isEmpty() || !host.isDir(r)) continue;
            int i = indexOf(r);
            if (i < 0) {
                if (!looksLikeToolkit(r)) {
                    if (c.foundBy == QLatin1String("/usr/local/cuda-*"))
                        f.notes << QStringLiteral("%1 is left over from an old install: no nvcc, "
                                                  "headers or libraries.")
                                       .arg(c.root);
                    continue;
                }
                CudaToolkit t;
                t.root = (c.foundBy == QLatin1String("PATH") || c.root == kDistroNvcc)
                             ? r
                             : cleanMachinePath(c.root);
                t.resolvedRoot = r;
                f.toolkits.push_back(t);
                i = int(f.toolkits.size()) - 1;
            }
            CudaToolkit &t = f.toolkits[i];
            const QString path = cleanMachinePath(c.root);
            const bool isBinary = c.foundBy == QLatin1String("PATH") || c.root == kDistroNvcc;
            if (path != t.root && !t.aliases.contains(path) && !isBinary &&
                c.foundBy != QLatin1String("LD_LIBRARY_PATH"))
                t.aliases << path;
            if (!t.foundBy.contains(c.foundBy)) t.foundBy << c.foundBy;
        }

        for (CudaToolkit &t : f.toolkits) {
            m_nvccFailed = m_nvccUnknown = false;
            t.installKind = installKind(t);
            QString nvcc = join(t.resolvedRoot, QStringLiteral("bin/nvcc"));
            if (!host.isFile(nvcc) && t.installKind == QLatin1String("distro-package") &&
                host.isFile(kDistroNvcc))
                nvcc = kDistroNvcc;
            t.hasNvcc = host.isFile(nvcc);
            t.nvccPath = t.hasNvcc ? nvcc : QString();
            readVersions(t);
            pickVersion(t);
            refineKind(t);
            findLibraries(t);
            if (!t.hasNvcc)
                t.problems << QStringLiteral("No nvcc in %1/bin: the compiler is not installed.")
                                  .arg(t.resolvedRoot);
            if (!t.hasCudart)
                t.problems << QStringLiteral(
                                  "No libcudart.so in %1/lib64: the runtime library is missing.")
                                  .arg(t.resolvedRoot);
            if (t.versionConflict || !t.hasNvcc || !t.hasCudart || m_nvccFailed)
                t.state = FactState::Broken;
            else if (m_nvccUnknown && t.version.isEmpty())
                t.state = FactState::Unknown;
            else
                t.state = FactState::Found;
        }

        // Which toolkit each mechanism selects.
        auto match = [&](const QString &path) -> QString {
            if (path.isEmpty()) return {};
            const QString r = canonicalRoot(path);
            return indexOf(r) >= 0 ? r : QString();
        };
        if (!f.pathNvcc.isEmpty()) f.pathRoot = match(rootOf({f.pathNvcc, QStringLiteral("PATH")}));
        if (host.exists(kUsrLocalCuda)) f.usrLocalCudaRoot = match(kUsrLocalCuda);
        if (!f.ldLibraryPathEntry.isEmpty()) {
            const QString real = host.resolve(f.ldLibraryPathEntry);
            for (const CudaToolkit &t : f.toolkits) {
                const QString libDir =
                    t.cudartPath.isEmpty() ? QString() : host.resolve(parentOf(t.cudartPath));
                if (real == libDir || real.startsWith(t.resolvedRoot + QLatin1Char('/'))) {
                    f.ldLibraryPathRoot = t.resolvedRoot;
                    break;
                }
            }
            if (f.ldLibraryPathRoot.isEmpty())
                f.notes << QStringLiteral("LD_LIBRARY_PATH takes libcudart from %1, which belongs "
                                          "to no toolkit found.")
                               .arg(f.ldLibraryPathEntry);
        }
        if (!f.cudaHome.isEmpty()) {
            f.evidence.push_back({QStringLiteral("env CUDA_HOME"), f.cudaHome});
            f.cudaHomeRoot = match(f.cudaHome);
            if (f.cudaHomeRoot.isEmpty())
                f.notes << QStringLiteral("CUDA_HOME is %1, which is not a CUDA toolkit.")
                               .arg(f.cudaHome);
        }
        if (!f.cudaPath.isEmpty()) {
            f.evidence.push_back({QStringLiteral("env CUDA_PATH"), f.cudaPath});
            f.cudaPathRoot = match(f.cudaPath);
            if (f.cudaPathRoot.isEmpty())
                f.notes << QStringLiteral("CUDA_PATH is %1, which is not a CUDA toolkit.")
                               .arg(f.cudaPath);
        }

        if (!f.pathRoot.isEmpty()) {
            f.selectedRoot = f.pathRoot;
            f.selectedBy = QStringLiteral("PATH");
        } else if (!f.usrLocalCudaRoot.isEmpty()) {
            f.selectedRoot = f.usrLocalCudaRoot;
            f.selectedBy = kUsrLocalCuda;
        } else if (!f.cudaHomeRoot.isEmpty()) {
            f.selectedRoot = f.cudaHomeRoot;
            f.selectedBy = QStringLiteral("CUDA_HOME");
        } else if (!f.cudaPathRoot.isEmpty()) {
            f.selectedRoot = f.cudaPathRoot;
            f.selectedBy = QStringLiteral("CUDA_PATH");
        } else if (f.toolkits.size() == 1) {
            f.selectedRoot = f.toolkits.first().resolvedRoot;
            f.selectedBy = QStringLiteral("only toolkit");
        }
        if (!f.pathRoot.isEmpty() && !f.usrLocalCudaRoot.isEmpty() &&
            f.pathRoot != f.usrLocalCudaRoot) {
            f.pathDisagreesWithUsrLocalCuda = true;
            f.notes << QStringLiteral("nvcc on PATH is %1 but /usr/local/cuda points to %2.")
                           .arg(describeRoot(f.pathRoot), describeRoot(f.usrLocalCudaRoot));
        }
        if (f.toolkits.size() > 1 && !f.pathNvcc.isEmpty() && f.pathRoot.isEmpty())
            f.notes
                << QStringLiteral("nvcc on PATH (%1) belongs to no toolkit found.").arg(f.pathNvcc);
        if (!f.selectedRoot.isEmpty()) {
            if (!f.ldLibraryPathRoot.isEmpty() && f.ldLibraryPathRoot != f.selectedRoot)
                f.notes
                    << QStringLiteral(
                           "LD_LIBRARY_PATH loads the runtime of %1, not of %2 (selected by %3).")
                           .arg(describeRoot(f.ldLibraryPathRoot), describeRoot(f.selectedRoot),
                                f.selectedBy);
            if (!f.cudaHomeRoot.isEmpty() && f.cudaHomeRoot != f.selectedRoot)
                f.notes << QStringLiteral("CUDA_HOME is %1, not %2 (selected by %3).")
                               .arg(describeRoot(f.cudaHomeRoot), describeRoot(f.selectedRoot),
                                    f.selectedBy);
        }

        const int sel = indexOf(f.selectedRoot);
        if (f.toolkits.isEmpty()) {
            f.state = FactState::Absent;
        } else if (sel >= 0) {
            f.selectedVersion = f.toolkits[sel].version;
            f.state = f.toolkits[sel].state;
        } else {
            f.state = FactState::Broken;
            for (const CudaToolkit &t : f.toolkits)
                if (t.state == FactState::Found) f.state = FactState::Found;
        }
    }
};

} // namespace

CudaFacts probeCuda(const Host &host, int timeoutMs)
{
    Probe p{host, timeoutMs, {}, {}, false};
    p.run();
    return std::move(p.f);
}

QStringList describeCuda(const CudaFacts &f)
{
    QStringList out;
    if (f.toolkits.isEmpty()) {
        out << QStringLiteral("CUDA toolkit: none installed (not needed for pip PyTorch, whose "
                              "wheels bundle the runtime)");
    }
    for (const CudaToolkit &t : f.toolkits) {
        QString line =
            QStringLiteral("CUDA toolkit %1 at %2")
                .arg(t.version.isEmpty() ? QStringLiteral("(version unknown)") : t.version, t.root);
        if (t.resolvedRoot != t.root) line += QStringLiteral(" -> ") + t.resolvedRoot;
        line += QStringLiteral(" (%1): nvcc %2, libcudart %3, %4")
                    .arg(t.installKind, t.hasNvcc ? QStringLiteral("yes") : QStringLiteral("no"),
                         t.hasCudart ? QStringLiteral("yes") : QStringLiteral("no"),
                         factStateName(t.state));
        if (t.resolvedRoot == f.selectedRoot)
            line += QStringLiteral(" [selected by %1]").arg(f.selectedBy);
        out << line;
        for (const QString &p : t.problems)
            out << QStringLiteral("  problem: ") + p;
    }
    if (!f.pathNvcc.isEmpty())
        out << QStringLiteral("nvcc on PATH: %1").arg(f.pathNvcc);
    else if (!f.toolkits.isEmpty())
        out << QStringLiteral("nvcc on PATH: none (add the toolkit's bin directory to PATH)");
    if (!f.usrLocalCudaRoot.isEmpty())
        out << QStringLiteral("/usr/local/cuda leads to %1").arg(f.usrLocalCudaRoot);
    if (!f.ldLibraryPathEntry.isEmpty())
        out << QStringLiteral("LD_LIBRARY_PATH finds libcudart in %1").arg(f.ldLibraryPathEntry);
    if (!f.cudaHome.isEmpty()) out << QStringLiteral("CUDA_HOME=%1").arg(f.cudaHome);
    for (const QString &n : f.notes)
        out << QStringLiteral("note: ") + n;
    return out;
}

} // namespace gpusetup
