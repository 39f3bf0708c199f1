#include "probe/CudnnProbe.h"

#include <QRegularExpression>

#include <algorithm>

namespace gpusetup {

namespace {

QString join(const QString &dir, const QString &name)
{
    return cleanMachinePath(dir + QLatin1Char('/') + name);
}

int defineValue(const QString &text, const QString &name)
{
    const QRegularExpression re(QStringLiteral(R"(^\s*#\s*define\s+%1\s+(\d+)\b)").arg(name),
                                QRegularExpression::MultilineOption);
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// "libcudnn.so.8.9.7" -> major 8, version "8.9.7"; "libcudnn.so" -> -1.
int libMajorOf(const QString &name, QString *version = nullptr)
{
    static const QRegularExpression re(QStringLiteral(R"(^libcudnn\.so\.(\d+)((?:\.\d+)*)$)"));
    const auto m = re.match(name);
    if (!m.hasMatch()) return -1;
    if (version) *version = m.captured(1) + m.captured(2);
    return m.captured(1).toInt();
}

// "libcudnn9-cuda-12" / "libcudnn8-dev" / "cudnn9-cuda-12" -> 9 / 8 / 9.
int packageCudnnMajor(const QString &name)
{
    static const QRegularExpression re(QStringLiteral(R"(^(?:lib)?cudnn(\d+))"));
    const auto m = re.match(name);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

struct Location
{
    QString location;
    QString kind;
    QStringList includeDirs;
    QStringList libDirs;
    QString toolkitRoot;
    int toolkitMajor = -1;
};

} // namespace

CudnnHeaderVersion parseCudnnHeader(const QString &text)
{
    CudnnHeaderVersion v;
    v.major = defineValue(text, QStringLiteral("CUDNN_MAJOR"));
    v.minor = defineValue(text, QStringLiteral("CUDNN_MINOR"));
    v.patch = defineValue(text, QStringLiteral("CUDNN_PATCHLEVEL"));
    if (v.major < 0 || v.minor < 0 || v.patch < 0) {
        v = CudnnHeaderVersion{};
        return v;
    }
    v.version = QStringLiteral("%1.%2.%3").arg(v.major).arg(v.minor).arg(v.patch);
    // The formula changed in 9.0; read it from the header when it is there.
    static const QRegularExpression formula(
        QStringLiteral(R"(#\s*define\s+CUDNN_VERSION\s*\(\s*CUDNN_MAJOR\s*\*\s*(\d+))"));
    const auto m = formula.match(text);
    const int factor = m.hasMatch() ? m.captured(1).toInt() : (v.major >= 9 ? 10000 : 1000);
    v.number = v.major * factor + v.minor * 100 + v.patch;
    return v;
}

int cudnnPackageCudaMajor(const DebPackage &p)
{
    static const QRegularExpression byName(QStringLiteral(R"(-cuda-(\d+)$)"));
    static const QRegularExpression byVersion(QStringLiteral(R"(\+cuda(\d+))"));
    if (const auto m = byName.match(p.name); m.hasMatch()) return m.captured(1).toInt();
    if (const auto m = byVersion.match(p.version); m.hasMatch()) return m.captured(1).toInt();
    return -1;
}

int cudnnDistInfoCudaMajor(const QString &dirName, QString *version)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^nvidia_cudnn_cu(\d+)-(\d+(?:\.\d+)*)\.dist-info$)"));
    const auto m = re.match(dirName);
    if (!m.hasMatch()) return -1;
    if (version) *version = m.captured(2);
    return m.captured(1).toInt();
}

CudnnFacts probeCudnn(const Host &host, const CudaFacts &cuda, int timeoutMs)
{
    CudnnFacts f;
    Evidence pkgEvidence;
    f.packages = queryPackages(host, {QStringLiteral("libcudnn*"), QStringLiteral("cudnn*")},
                               timeoutMs, &f.packagesState, &pkgEvidence);
    f.evidence.push_back(pkgEvidence);

    QList<Location> locations;
    for (const CudaToolkit &t : cuda.toolkits) {
        const QString r = t.resolvedRoot;
        locations.push_back({r,
                             t.installKind == QLatin1String("pip-wheels")
                                 ? QStringLiteral("pip-wheels")
                                 : QStringLiteral("toolkit"),
                             {join(r, QStringLiteral("include"))},
                             {join(r, QStringLiteral("lib64")), join(r, QStringLiteral("lib")),
                              join(r, QStringLiteral("targets/x86_64-linux/lib"))},
                             r,
                             t.major});
    }
    locations.push_back(
        {QStringLiteral("/usr"),
         QStringLiteral("system"),
         {QStringLiteral("/usr/include"), QStringLiteral("/usr/include/x86_64-linux-gnu")},
         {QStringLiteral("/usr/lib/x86_64-linux-gnu")},
         {},
         -1});
    locations.push_back({QStringLiteral("/usr/local"),
                         QStringLiteral("system"),
                         {QStringLiteral("/usr/local/include")},
                         {QStringLiteral("/usr/local/lib")},
                         {},
                         -1});

    int selectedMajor = -1;
    for (const CudaToolkit &t : cuda.toolkits)
        if (t.resolvedRoot == cuda.selectedRoot) selectedMajor = t.major;

    QStringList seenHeaders; // resolved
    QStringList seenLibDirs; // resolved
    for (const Location &loc : locations) {
        // Library directories, each once (lib64 -> lib, /usr/lib/cuda/lib64 -> multiarch).
        QStringList libs;
        for (const QString &dir : loc.libDirs) {
            const QString real = host.resolve(dir);
            if (real.isEmpty() || seenLibDirs.contains(real)) continue;
            const QStringList names = host.entries(dir, {QStringLiteral("libcudnn*.so*")});
            if (names.isEmpty()) continue;
            seenLibDirs << real;
            for (const QString &n : names)
                if (n.startsWith(QLatin1String("libcudnn.so"))) libs << join(dir, n);
        }
        // dist-info of the cuDNN wheel, when the toolkit was assembled from wheels.
        int distCuda = -1;
        QString distVersion, distName;
        if (!loc.toolkitRoot.isEmpty()) {
            for (const QString &dir :
                 {join(loc.toolkitRoot, QStringLiteral("dist-info")), loc.toolkitRoot}) {
                for (const QString &n :
                     host.entries(dir, {QStringLiteral("nvidia_cudnn_cu*.dist-info")})) {
                    distCuda = cudnnDistInfoCudaMajor(n, &distVersion);
                    distName = n;
                    f.evidence.push_back(
                        {join(dir, n),
                         QStringLiteral("cuDNN %1 for CUDA %2").arg(distVersion).arg(distCuda)});
                }
            }
        }

        QList<CudnnInstall> found;
        for (const QString &inc : loc.includeDirs) {
            QStringList headers{QStringLiteral("cudnn_version.h")};
            headers << host.entries(inc, {QStringLiteral("cudnn_version_v*.h")});
            headers << QStringLiteral("cudnn.h"); // v7 keeps its version defines here
            for (const QString &h : headers) {
                const QString path = join(inc, h);
                const QString real = host.resolve(path);
                if (real.isEmpty() || seenHeaders.contains(real)) continue;
                const auto data = host.readFile(path, 1024 * 1024);
                if (!data) continue;
                const CudnnHeaderVersion v = parseCudnnHeader(QString::fromUtf8(*data));
                if (v.version.isEmpty()) continue; // cudnn.h of v8+ only includes cudnn_version.h
                seenHeaders << real;
                bool dup = false;
                for (const CudnnInstall &i : found)
                    dup = dup || i.version == v.version;
                f.evidence.push_back(
                    {path, QStringLiteral("CUDNN_MAJOR %1, CUDNN_MINOR %2, CUDNN_PATCHLEVEL %3")
                               .arg(v.major)
                               .arg(v.minor)
                               .arg(v.patch)});
                if (dup) continue; // cudnn_version.h next to its copy cudnn_version_v9.h
                CudnnInstall i;
                i.location = loc.location;
                i.kind = loc.kind;
                i.version = v.version;
                i.major = v.major;
                i.headerPath = path;
                found.push_back(i);
            }
        }
        if (found.isEmpty() && !libs.isEmpty()) {
            // Runtime only (libcudnn8 without -dev): version from the file names or dpkg.
            CudnnInstall i;
            i.location = loc.location;
            i.kind = loc.kind;
            for (const QString &l : libs) {
                QString v;
                const int m = libMajorOf(l.section(QLatin1Char('/'), -1), &v);
                if (m >= 0 && v.size() > i.version.size()) {
                    i.version = v;
                    i.major = m;
                }
            }
            if (!distVersion.isEmpty() && cudnnDistInfoCudaMajor(distName) >= 0 &&
                (i.major < 0 ||
                 distVersion.startsWith(QString::number(i.major) + QLatin1Char('.'))))
                i.version = distVersion;
            i.problems << QStringLiteral(
                "No cuDNN header next to the library: programs can use it, "
                "but nothing can be compiled against it.");
            found.push_back(i);
        }

        for (CudnnInstall &i : found) {
            i.toolkitRoot = loc.toolkitRoot;
            i.toolkitMajor = loc.toolkitMajor;
            i.libs = libs;
            QList<int> majors;
            for (const QString &l : libs)
                if (const int m = libMajorOf(l.section(QLatin1Char('/'), -1));
                    m >= 0 && !majors.contains(m))
                    majors << m;
            if (majors.contains(i.major))
                i.libMajor = i.major;
            else if (!majors.isEmpty())
                i.libMajor = *std::max_element(majors.begin(), majors.end());
            i.libMatchesHeader = i.libMajor >= 0 && i.libMajor == i.major;

            if (distCuda >= 0 &&
                distVersion.startsWith(QString::number(i.major) + QLatin1Char('.'))) {
                i.cudaMajor = distCuda;
                i.cudaMajorSource =
                    QStringLiteral("dist-info ") + distName.chopped(int(qstrlen(".dist-info")));
            } else if (loc.kind == QLatin1String("system")) {
                for (const DebPackage &p : f.packages) {
                    if (!p.installed() || packageCudnnMajor(p.name) != i.major) continue;
                    if (const int c = cudnnPackageCudaMajor(p); c >= 0) {
                        i.cudaMajor = c;
                        i.cudaMajorSource = QStringLiteral("package %1 %2").arg(p.name, p.version);
                        break;
                    }
                }
            }

            if (!i.headerPath.isEmpty() && libs.isEmpty())
                i.problems << QStringLiteral("cuDNN %1 header %2 has no libcudnn.so next to it.")
                                  .arg(i.version, i.headerPath);
            else if (!i.headerPath.isEmpty() && !i.libMatchesHeader)
                i.problems << QStringLiteral(
                                  "The header says cuDNN %1 but the library is libcudnn.so.%2.")
                                  .arg(i.version)
                                  .arg(i.libMajor);
            bool broken = !i.problems.isEmpty() && !i.headerPath.isEmpty();
            if (i.cudaMajor >= 0 && i.toolkitMajor >= 0 && i.cudaMajor != i.toolkitMajor) {
                i.problems
                    << QStringLiteral(
                           "cuDNN %1 was built for CUDA %2 but sits in the CUDA %3 toolkit at %4.")
                           .arg(i.version)
                           .arg(i.cudaMajor)
                           .arg(i.toolkitMajor)
                           .arg(i.toolkitRoot);
                broken = true;
            } else if (i.cudaMajor >= 0 && i.toolkitRoot.isEmpty() && selectedMajor >= 0 &&
                       i.cudaMajor != selectedMajor) {
                i.problems
                    << QStringLiteral(
                           "cuDNN %1 was built for CUDA %2, but the selected toolkit is CUDA %3.")
                           .arg(i.version)
                           .arg(i.cudaMajor)
                           .arg(selectedMajor);
            }
            i.state = broken ? FactState::Broken : FactState::Found;
            for (const QString &l : libs)
                f.evidence.push_back({l, QStringLiteral("library")});
            f.installs.push_back(i);
        }
    }

    if (f.installs.isEmpty()) {
        f.state = FactState::Absent;
    } else {
        f.state = FactState::Broken;
        for (const CudnnInstall &i : f.installs)
            if (i.state == FactState::Found) f.state = FactState::Found;
    }
    return f;
}

QStringList describeCudnn(const CudnnFacts &f)
{
    QStringList out;
    if (f.installs.isEmpty())
        out << QStringLiteral("cuDNN: none installed (pip PyTorch brings its own)");
    for (const CudnnInstall &i : f.installs) {
        QString line =
            QStringLiteral("cuDNN %1 in %2 (%3)")
                .arg(i.version.isEmpty() ? QStringLiteral("(version unknown)") : i.version,
                     i.location, i.kind);
        line += i.libMajor >= 0 ? QStringLiteral(", library libcudnn.so.%1").arg(i.libMajor)
                                : QStringLiteral(", no library");
        if (i.cudaMajor >= 0) line += QStringLiteral(", built for CUDA %1").arg(i.cudaMajor);
        line += QStringLiteral(": ") + factStateName(i.state);
        out << line;
        for (const QString &p : i.problems)
            out << QStringLiteral("  problem: ") + p;
    }
    QStringList installed;
    for (const DebPackage &p : f.packages)
        if (p.installed()) installed << p.name + QLatin1Char(' ') + p.version;
    if (!installed.isEmpty())
        out << QStringLiteral("cuDNN packages: ") + installed.join(QStringLiteral(", "));
    return out;
}

} // namespace gpusetup
