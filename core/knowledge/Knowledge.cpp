#include "knowledge/Knowledge.h"

#include "common/Json.h"
#include "common/Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace gpusetup {

namespace {

// Thrown inside the loader only; fromFiles() turns it into the one-sentence error.
struct LoadFailure
{
    QString message;
};

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// Where in which file a value sits, for the error sentence: "cuda_driver.json: releases[12]
// ("12.4.0") has a runfile sha256 that is not 64 hex digits."
struct Ctx
{
    QString file;
    QString entry; // "releases[12] (\"12.4.0\")", "the file"

    Ctx at(const QString &e) const { return Ctx{file, e}; }
    [[noreturn]] void fail(const QString &problem) const
    {
        throw LoadFailure{QStringLiteral("%1: %2 %3.").arg(file, entry, problem)};
    }
};

QString entryName(const QString &array, int index, const QString &id = QString())
{
    QString e = QStringLiteral("%1[%2]").arg(array).arg(index);
    if (!id.isEmpty()) e += QStringLiteral(" (\"%1\")").arg(id);
    return e;
}

const Json &child(const Ctx &c, const Json &j, const char *key)
{
    const auto it = j.find(key);
    if (it == j.end()) c.fail(QStringLiteral("has no \"%1\"").arg(QLatin1String(key)));
    return *it;
}

bool has(const Json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && !it->is_null();
}

QString reqStr(const Ctx &c, const Json &j, const char *key)
{
    const Json &v = child(c, j, key);
    if (!v.is_string())
        c.fail(QStringLiteral("has \"%1\" that is not a string").arg(QLatin1String(key)));
    return q(v.get<std::string>());
}

QString optStr(const Ctx &c, const Json &j, const char *key)
{
    if (!has(j, key)) return QString();
    const Json &v = j.at(key);
    if (!v.is_string())
        c.fail(QStringLiteral("has \"%1\" that is not a string").arg(QLatin1String(key)));
    return q(v.get<std::string>());
}

bool optBool(const Ctx &c, const Json &j, const char *key)
{
    if (!has(j, key)) return false;
    const Json &v = j.at(key);
    if (!v.is_boolean())
        c.fail(QStringLiteral("has \"%1\" that is not true or false").arg(QLatin1String(key)));
    return v.get<bool>();
}

qint64 optInt(const Ctx &c, const Json &j, const char *key)
{
    if (!has(j, key)) return -1;
    const Json &v = j.at(key);
    if (!v.is_number_integer() || v.get<qint64>() < 0)
        c.fail(QStringLiteral("has \"%1\" that is not a whole number").arg(QLatin1String(key)));
    return v.get<qint64>();
}

const Json &reqArray(const Ctx &c, const Json &j, const char *key)
{
    const Json &v = child(c, j, key);
    if (!v.is_array())
        c.fail(QStringLiteral("has \"%1\" that is not a list").arg(QLatin1String(key)));
    return v;
}

const Json &reqObject(const Ctx &c, const Json &j, const char *key)
{
    const Json &v = child(c, j, key);
    if (!v.is_object())
        c.fail(QStringLiteral("has \"%1\" that is not an object").arg(QLatin1String(key)));
    return v;
}

QStringList strList(const Ctx &c, const Json &v, const QString &what)
{
    if (!v.is_array()) c.fail(QStringLiteral("has \"%1\" that is not a list").arg(what));
    QStringList out;
    for (const Json &e : v) {
        if (!e.is_string())
            c.fail(QStringLiteral("has \"%1\" with an entry that is not a string").arg(what));
        out << q(e.get<std::string>());
    }
    return out;
}

QStringList optList(const Ctx &c, const Json &j, const char *key)
{
    if (!has(j, key)) return {};
    return strList(c, j.at(key), QLatin1String(key));
}

// A string or a list of strings ("note", "sources", "source").
QStringList textOrList(const Ctx &c, const Json &j, const char *key)
{
    if (!has(j, key)) return {};
    const Json &v = j.at(key);
    if (v.is_string()) return {q(v.get<std::string>())};
    return strList(c, v, QLatin1String(key));
}

QMap<QString, QString> strMap(const Ctx &c, const Json &j, const char *key)
{
    QMap<QString, QString> out;
    if (!has(j, key)) return out;
    const Json &v = j.at(key);
    if (!v.is_object())
        c.fail(QStringLiteral("has \"%1\" that is not an object").arg(QLatin1String(key)));
    for (auto it = v.begin(); it != v.end(); ++it) {
        if (!it.value().is_string())
            c.fail(QStringLiteral("has \"%1\" with a value that is not a string")
                       .arg(QLatin1String(key)));
        out.insert(q(it.key()), q(it.value().get<std::string>()));
    }
    return out;
}

void checkVersion(const Ctx &c, const QString &what, const QString &v, int minParts = 1,
                  int maxParts = 4)
{
    if (!isVersionString(v, minParts, maxParts))
        c.fail(QStringLiteral("has %1 \"%2\" that is not a version number").arg(what, v));
}

void checkSha256(const Ctx &c, const QString &what, const QString &v)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    if (!re.match(v).hasMatch())
        c.fail(QStringLiteral("has a %1 that is not 64 hex digits").arg(what));
}

void checkMd5(const Ctx &c, const QString &what, const QString &v)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{32}$"));
    if (!re.match(v).hasMatch())
        c.fail(QStringLiteral("has a %1 that is not 32 hex digits").arg(what));
}

// Plain http:// only to this computer (127.0.0.1, ::1, localhost), as the downloader allows:
// a `--knowledge` override may name installers served locally (a lab cache, the journey tests).
bool isLoopbackHttp(const QString &v)
{
    if (!v.startsWith(QLatin1String("http://"))) return false;
    const QUrl url(v);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || !url.userInfo().isEmpty())
        return false;
    const QString host = url.host();
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("::1") ||
           host == QLatin1String("localhost");
}

void checkUrl(const Ctx &c, const QString &what, const QString &v)
{
    const bool https = v.startsWith(QLatin1String("https://")) && v.size() > 8;
    if ((!https && !isLoopbackHttp(v)) || v.contains(QLatin1Char(' ')))
        c.fail(QStringLiteral("has a %1 that is not an https:// URL (\"%2\")").arg(what, v));
}

QList<SourceRef> readSources(const Ctx &c, const Json &j, const char *key)
{
    QList<SourceRef> out;
    if (!has(j, key)) return out;
    const Json &v = j.at(key);
    if (v.is_string()) {
        SourceRef s;
        s.title = q(v.get<std::string>());
        return {s};
    }
    if (!v.is_array())
        c.fail(QStringLiteral("has \"%1\" that is not a list").arg(QLatin1String(key)));
    int i = 0;
    for (const Json &e : v) {
        SourceRef s;
        if (e.is_string()) {
            s.title = q(e.get<std::string>());
        } else if (e.is_object()) {
            const Ctx sc =
                c.at(QStringLiteral("%1 %2").arg(c.entry, entryName(QLatin1String(key), i)));
            s.id = optStr(sc, e, "id");
            s.title = optStr(sc, e, "title");
            s.url = optStr(sc, e, "url");
            if (s.url.isEmpty() && has(e, "urls"))
                s.url = optList(sc, e, "urls").join(QLatin1Char(' '));
            s.repo = optStr(sc, e, "repo");
            s.path = optStr(sc, e, "path");
            if (s.path.isEmpty() && has(e, "paths"))
                s.path = optList(sc, e, "paths").join(QStringLiteral(", "));
            s.commit = optStr(sc, e, "commit");
            s.note = optStr(sc, e, "note");
            if (s.note.isEmpty()) s.note = optStr(sc, e, "via");
        } else {
            c.fail(QStringLiteral("has a \"%1\" entry that is neither text nor an object")
                       .arg(QLatin1String(key)));
        }
        out << s;
        ++i;
    }
    return out;
}

Provenance readProvenance(const Ctx &c, const Json &root)
{
    Provenance p;
    p.file = c.file;
    p.asOf = reqStr(c, root, "as_of");
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!date.match(p.asOf).hasMatch())
        c.fail(QStringLiteral("has \"as_of\" \"%1\" that is not a date (YYYY-MM-DD)").arg(p.asOf));
    p.description = optStr(c, root, "description");
    child(c, root, "sources");
    p.sources = readSources(c, root, "sources");
    return p;
}

// "cu126" -> "12.6", "cu92" -> "9.2", "cu100" -> "10.0"; "" when not a cuXXX variant.
QString cudaOfVariant(const QString &variant)
{
    static const QRegularExpression re(QStringLiteral("^cu(\\d)(\\d{1,2})$"));
    static const QRegularExpression re3(QStringLiteral("^cu(\\d{2})(\\d)$"));
    auto m = re3.match(variant);
    if (m.hasMatch() && m.captured(1).toInt() >= 10)
        return m.captured(1) + QLatin1Char('.') + m.captured(2);
    m = re.match(variant);
    if (m.hasMatch()) return m.captured(1) + QLatin1Char('.') + m.captured(2);
    return QString();
}

QString indexUrlOf(const QString &command)
{
    static const QRegularExpression re(
        QStringLiteral("(?:--index-url|--extra-index-url|-f)\\s+(\\S+)"));
    const auto m = re.match(command);
    return m.hasMatch() ? m.captured(1) : QString();
}

// "2.12-2.14" -> {"2.12", "2.13", "2.14"}; "2.8" -> {"2.8"}.
QStringList expandSeries(const QString &s)
{
    const QStringList ends = s.split(QLatin1Char('-'));
    if (ends.size() != 2) return {s};
    const QList<int> a = versionParts(ends[0]);
    const QList<int> b = versionParts(ends[1]);
    if (a.size() != 2 || b.size() != 2 || a[0] != b[0] || a[1] > b[1]) return {s};
    QStringList out;
    for (int m = a[1]; m <= b[1]; ++m)
        out << QStringLiteral("%1.%2").arg(a[0]).arg(m);
    return out;
}

int pythonTagKey(const QString &tag) // "py313" -> 313 as (3, 13) -> 3013
{
    if (!tag.startsWith(QLatin1String("py")) || tag.size() < 4) return -1;
    const QString d = tag.mid(2);
    return d.left(1).toInt() * 1000 + d.mid(1).toInt();
}

} // namespace

QString knowledgeText(const QString &english)
{
    if (english.isEmpty()) return english;
    return QCoreApplication::translate("gpusetup::KnowledgeText", english.toUtf8().constData());
}

QString SourceRef::describe() const
{
    QStringList parts;
    if (!title.isEmpty()) parts << title;
    if (!repo.isEmpty())
        parts << repo + (path.isEmpty() ? QString() : QLatin1Char(':') + path) +
                     (commit.isEmpty() ? QString() : QLatin1Char('@') + commit.left(12));
    if (!url.isEmpty()) parts << url;
    if (!note.isEmpty()) parts << note;
    if (parts.isEmpty()) parts << id;
    return parts.join(QStringLiteral(" — "));
}

int CudnnArchive::cudaMajor() const
{
    return versionMajor(cudaVariant);
}

QString CondaMirror::pipConf() const
{
    if (pipIndexUrl.isEmpty()) return QString();
    return QStringLiteral("[global]\nindex-url = %1\n").arg(pipIndexUrl);
}

// ------------------------------------------------------------------------------- loader
class KnowledgeLoader
{
public:
    static void cudaDriver(Knowledge &k, const Json &root);
    static void cudnn(Knowledge &k, const Json &root);
    static void frameworks(Knowledge &k, const Json &root);
    static void miniconda(Knowledge &k, const Json &root);
    static void miniforge(Knowledge &k, const Json &root);
    static void platforms(Knowledge &k, const Json &root);
    static void rules(Knowledge &k, const Json &root);
};

void KnowledgeLoader::cudaDriver(Knowledge &k, const Json &root)
{
    const Ctx top{QStringLiteral("cuda_driver.json"), QStringLiteral("the file")};
    k.m_provenance.insert(top.file, readProvenance(top, root));

    k.m_ccNames = strMap(top, root, "compute_capability_names");
    for (auto it = k.m_ccNames.cbegin(); it != k.m_ccNames.cend(); ++it)
        checkVersion(top.at(QStringLiteral("compute_capability_names")),
                     QStringLiteral("capability"), it.key(), 2, 2);

    int i = 0;
    for (const Json &r : reqArray(top, root, "releases")) {
        Ctx c = top.at(entryName(QStringLiteral("releases"), i));
        if (!r.is_object()) c.fail(QStringLiteral("is not an object"));
        CudaRelease rel;
        rel.version = reqStr(c, r, "version");
        c = top.at(entryName(QStringLiteral("releases"), i, rel.version));
        checkVersion(c, QStringLiteral("version"), rel.version, 3, 3);
        rel.minor = reqStr(c, r, "minor");
        if (versionPrefix(rel.version, 2) != rel.minor)
            c.fail(
                QStringLiteral("has minor \"%1\" that does not match its version").arg(rel.minor));
        rel.major = versionMajor(rel.version);
        rel.label = optStr(c, r, "release_label");
        rel.minDriverLinux = optStr(c, r, "min_driver_linux_x86_64");
        if (!rel.minDriverLinux.isEmpty())
            checkVersion(c, QStringLiteral("Linux minimum driver"), rel.minDriverLinux, 2, 3);
        rel.minDriverWindows = optStr(c, r, "min_driver_windows_x86_64");
        if (!rel.minDriverWindows.isEmpty())
            checkVersion(c, QStringLiteral("Windows minimum driver"), rel.minDriverWindows, 2, 3);
        rel.bundledDriverLinux = optStr(c, r, "bundled_driver_linux");
        if (!rel.bundledDriverLinux.isEmpty())
            checkVersion(c, QStringLiteral("bundled driver"), rel.bundledDriverLinux, 2, 3);
        rel.driverBranch = optStr(c, r, "driver_branch");
        if (has(r, "runfile_linux_x86_64")) {
            const Json &rf = r.at("runfile_linux_x86_64");
            if (!rf.is_object()) c.fail(QStringLiteral("has a runfile that is not an object"));
            rel.hasRunfile = true;
            rel.runfile.name = reqStr(c, rf, "name");
            rel.runfile.url = reqStr(c, rf, "url");
            checkUrl(c, QStringLiteral("runfile URL"), rel.runfile.url);
            if (!rel.runfile.url.endsWith(QLatin1Char('/') + rel.runfile.name))
                c.fail(QStringLiteral("has a runfile URL that does not end in its name"));
            rel.runfile.sha256 = optStr(c, rf, "sha256");
            if (!rel.runfile.sha256.isEmpty())
                checkSha256(c, QStringLiteral("runfile sha256"), rel.runfile.sha256);
            rel.runfile.md5 = optStr(c, rf, "md5");
            if (!rel.runfile.md5.isEmpty())
                checkMd5(c, QStringLiteral("runfile md5"), rel.runfile.md5);
            rel.runfile.sizeBytes = optInt(c, rf, "size_bytes");
            rel.runfile.sha256Source = optStr(c, rf, "sha256_source");
        }
        rel.ubuntuEvidenceKnown = has(r, "ubuntu_container_repo_evidence");
        rel.ubuntuContainerEvidence = optList(c, r, "ubuntu_container_repo_evidence");
        rel.sassCapabilities = optList(c, r, "compute_capabilities_sass");
        for (const QString &cc : rel.sassCapabilities)
            if (!k.m_ccNames.contains(cc))
                c.fail(
                    QStringLiteral("lists compute capability \"%1\" that compute_capability_names "
                                   "does not name")
                        .arg(cc));
        rel.minComputeCapability = optStr(c, r, "min_compute_capability");
        rel.maxComputeCapability = optStr(c, r, "max_compute_capability");
        rel.unverified = optBool(c, r, "unverified");
        for (const char *key : {"note", "note_driver_mismatch", "min_driver_note", "driver_note",
                                "min_driver_linux_x86_64_note"})
            rel.notes << textOrList(c, r, key);
        if (!rel.unverified && rel.sassCapabilities.isEmpty())
            c.fail(QStringLiteral("has no compute capabilities and is not marked unverified"));
        k.m_cudaReleases << rel;
        ++i;
    }
    if (k.m_cudaReleases.isEmpty()) top.fail(QStringLiteral("has no releases"));

    auto knownCuda = [&k](const QString &v) {
        return std::any_of(k.m_cudaReleases.cbegin(), k.m_cudaReleases.cend(),
                           [&](const CudaRelease &r) { return r.version == v; });
    };

    const Ctx mc = top.at(QStringLiteral("minor_version_compatibility"));
    const Json &mvc = reqObject(top, root, "minor_version_compatibility");
    k.m_minorCompatRule = reqStr(mc, mvc, "rule");
    i = 0;
    for (const Json &f : reqArray(mc, mvc, "families")) {
        Ctx c = top.at(entryName(QStringLiteral("minor_version_compatibility.families"), i));
        if (!f.is_object()) c.fail(QStringLiteral("is not an object"));
        CudaFamily fam;
        const Json &major = child(c, f, "cuda_major");
        if (!major.is_number_integer())
            c.fail(QStringLiteral("has \"cuda_major\" that is not a whole number"));
        fam.cudaMajor = major.get<int>();
        fam.minDriverBranchText = reqStr(c, f, "min_driver_branch");
        static const QRegularExpression branch(QStringLiteral("^>=\\s*(\\d+)$"));
        const auto m = branch.match(fam.minDriverBranchText);
        if (!m.hasMatch())
            c.fail(QStringLiteral("has \"min_driver_branch\" \"%1\" that is not \">= NNN\"")
                       .arg(fam.minDriverBranchText));
        fam.minDriverBranch = m.captured(1).toInt();
        fam.maxText = optStr(c, f, "max");
        fam.referenceMinDriverLinux = reqStr(c, f, "reference_min_driver_linux");
        checkVersion(c, QStringLiteral("reference driver"), fam.referenceMinDriverLinux, 2, 3);
        if (versionMajor(fam.referenceMinDriverLinux) < fam.minDriverBranch)
            c.fail(QStringLiteral("has a reference driver below its minimum branch"));
        fam.referenceNote = optStr(c, f, "reference_note");
        k.m_cudaFamilies << fam;
        ++i;
    }

    k.m_branchBy13Minor.clear();
    if (has(root, "driver_branch_by_cuda_13_minor")) {
        const Ctx c = top.at(QStringLiteral("driver_branch_by_cuda_13_minor"));
        const Json &b = root.at("driver_branch_by_cuda_13_minor");
        if (!b.is_object()) c.fail(QStringLiteral("is not an object"));
        for (auto it = b.begin(); it != b.end(); ++it) {
            const QString key = q(it.key());
            if (key == QLatin1String("source")) continue;
            if (key == QLatin1String("notes")) {
                k.m_branchNotes = strList(c, it.value(), key);
                continue;
            }
            checkVersion(c, QStringLiteral("CUDA minor"), key, 2, 2);
            if (!it.value().is_string())
                c.fail(QStringLiteral("has a branch for \"%1\" that is not a string").arg(key));
            k.m_branchBy13Minor.insert(key, q(it.value().get<std::string>()));
        }
    }

    i = 0;
    for (const Json &a : reqArray(top, root, "arch_changes")) {
        Ctx c = top.at(entryName(QStringLiteral("arch_changes"), i));
        if (!a.is_object()) c.fail(QStringLiteral("is not an object"));
        ArchChange ch;
        ch.cuda = reqStr(c, a, "cuda");
        c = top.at(entryName(QStringLiteral("arch_changes"), i, ch.cuda));
        checkVersion(c, QStringLiteral("CUDA"), ch.cuda, 2, 2);
        ch.added = optList(c, a, "added");
        ch.removed = optList(c, a, "removed");
        ch.note = optStr(c, a, "note");
        ch.verifiedBy = optList(c, a, "verified_by");
        ch.unverified = optBool(c, a, "unverified");
        ch.removedUnverified = optBool(c, a, "removed_unverified");
        k.m_archChanges << ch;
        ++i;
    }

    const Ctx uc = top.at(QStringLiteral("ubuntu_to_cuda"));
    const Json &u = reqObject(top, root, "ubuntu_to_cuda");
    k.m_ubuntuCaveats = optList(uc, u, "caveats");
    i = 0;
    for (const Json &r : reqArray(uc, u, "rows")) {
        Ctx c = top.at(entryName(QStringLiteral("ubuntu_to_cuda.rows"), i));
        if (!r.is_object()) c.fail(QStringLiteral("is not an object"));
        UbuntuCudaRow row;
        row.ubuntu = reqStr(c, r, "ubuntu");
        c = top.at(entryName(QStringLiteral("ubuntu_to_cuda.rows"), i, row.ubuntu));
        checkVersion(c, QStringLiteral("Ubuntu release"), row.ubuntu, 2, 2);
        row.aptRepo = reqStr(c, r, "apt_repo");
        if (row.aptRepo != QLatin1String("ubuntu") + QString(row.ubuntu).remove(QLatin1Char('.')))
            c.fail(QStringLiteral("has apt repo \"%1\" that does not match its release")
                       .arg(row.aptRepo));
        row.firstCuda = reqStr(c, r, "first_cuda_with_evidence");
        row.lastCuda = reqStr(c, r, "last_cuda_with_evidence");
        row.cudaVersions = strList(c, child(c, r, "cuda_versions_with_evidence"),
                                   QStringLiteral("cuda_versions_with_evidence"));
        for (const QString &v : row.cudaVersions)
            if (!knownCuda(v))
                c.fail(QStringLiteral("lists CUDA \"%1\" that is not among the releases").arg(v));
        if (row.cudaVersions.isEmpty() || row.cudaVersions.first() != row.firstCuda ||
            row.cudaVersions.last() != row.lastCuda)
            c.fail(QStringLiteral("has first/last CUDA that do not match its list"));
        k.m_ubuntuRows << row;
        ++i;
    }
}

void KnowledgeLoader::cudnn(Knowledge &k, const Json &root)
{
    const Ctx top{QStringLiteral("cudnn.json"), QStringLiteral("the file")};
    k.m_provenance.insert(top.file, readProvenance(top, root));
    k.m_cudnnRules = strList(top, child(top, root, "rules"), QStringLiteral("rules"));

    auto cudaKnown = [&k](const QString &variant) {
        const QList<int> p = versionParts(variant);
        return std::any_of(
            k.m_cudaReleases.cbegin(), k.m_cudaReleases.cend(), [&](const CudaRelease &r) {
                return p.size() == 1 ? r.major == p[0] : versionHasPrefix(r.version, variant);
            });
    };

    int i = 0;
    for (const Json &a : reqArray(top, root, "archives")) {
        Ctx c = top.at(entryName(QStringLiteral("archives"), i));
        if (!a.is_object()) c.fail(QStringLiteral("is not an object"));
        CudnnArchive ar;
        ar.file = reqStr(c, a, "file");
        c = top.at(entryName(QStringLiteral("archives"), i, ar.file));
        ar.cudnn = reqStr(c, a, "cudnn");
        checkVersion(c, QStringLiteral("cuDNN version"), ar.cudnn, 4, 4);
        ar.cudaVariant = reqStr(c, a, "cuda_variant");
        checkVersion(c, QStringLiteral("CUDA variant"), ar.cudaVariant, 1, 2);
        if (!cudaKnown(ar.cudaVariant))
            c.fail(QStringLiteral("has CUDA variant \"%1\" that no CUDA release in "
                                  "cuda_driver.json has")
                       .arg(ar.cudaVariant));
        ar.platform = reqStr(c, a, "platform");
        if (ar.platform != QLatin1String("linux-x86_64") &&
            ar.platform != QLatin1String("linux-sbsa"))
            c.fail(QStringLiteral("has unknown platform \"%1\"").arg(ar.platform));
        ar.url = reqStr(c, a, "url");
        checkUrl(c, QStringLiteral("URL"), ar.url);
        if (!ar.url.endsWith(QLatin1Char('/') + ar.file))
            c.fail(QStringLiteral("has a URL that does not end in its file name"));
        ar.sha256 = reqStr(c, a, "sha256");
        checkSha256(c, QStringLiteral("sha256"), ar.sha256);
        ar.md5 = optStr(c, a, "md5");
        if (!ar.md5.isEmpty()) checkMd5(c, QStringLiteral("md5"), ar.md5);
        ar.sizeBytes = optInt(c, a, "size_bytes");
        ar.releaseDate = optStr(c, a, "release_date");
        ar.source = optStr(c, a, "source");
        k.m_cudnnArchives << ar;
        ++i;
    }

    i = 0;
    for (const Json &r : reqArray(top, root, "support_matrix")) {
        Ctx c = top.at(entryName(QStringLiteral("support_matrix"), i));
        if (!r.is_object()) c.fail(QStringLiteral("is not an object"));
        CudnnSupportRow row;
        row.cudnn = reqStr(c, r, "cudnn");
        c = top.at(entryName(QStringLiteral("support_matrix"), i, row.cudnn));
        static const QRegularExpression range(
            QStringLiteral("^(\\d+(?:\\.\\d+)+)(?:-(\\d+(?:\\.\\d+)+))?"));
        const auto m = range.match(row.cudnn);
        if (!m.hasMatch())
            c.fail(
                QStringLiteral("has cuDNN \"%1\" that is not a version or range").arg(row.cudnn));
        row.cudnnFirst = m.captured(1);
        row.cudnnLast = m.captured(2).isEmpty() ? row.cudnnFirst : m.captured(2);
        row.cuda = optList(c, r, "cuda");
        row.driverLinux = strMap(c, r, "driver_linux");
        row.notSupported = optList(c, r, "not_supported");
        row.minComputeCapability = strMap(c, r, "min_cc");
        row.hardware = optStr(c, r, "hardware");
        row.note = optStr(c, r, "note");
        row.source = optStr(c, r, "source");
        if (has(r, "packages")) {
            int pi = 0;
            for (const Json &p : reqArray(c, r, "packages")) {
                const Ctx pc =
                    c.at(c.entry + QLatin1Char(' ') + entryName(QStringLiteral("packages"), pi));
                if (!p.is_object()) pc.fail(QStringLiteral("is not an object"));
                CudnnPackage pk;
                pk.build = reqStr(pc, p, "build");
                pk.cuda = optList(pc, p, "cuda");
                pk.staticLinking = optBool(pc, p, "static_linking");
                pk.driverLinux = optStr(pc, p, "driver_linux");
                pk.driverWindows = optStr(pc, p, "driver_windows");
                pk.computeCapabilities = optList(pc, p, "cc");
                for (const QString &cc : pk.computeCapabilities)
                    if (!k.m_ccNames.contains(cc))
                        pc.fail(QStringLiteral("lists compute capability \"%1\" that "
                                               "cuda_driver.json does not name")
                                    .arg(cc));
                pk.partial = optBool(pc, p, "partial");
                pk.arch = optStr(pc, p, "arch");
                pk.note = optStr(pc, p, "note");
                row.packages << pk;
                ++pi;
            }
        }
        if (row.cuda.isEmpty() && row.packages.isEmpty())
            c.fail(QStringLiteral("lists neither CUDA versions nor packages"));
        k.m_cudnnSupport << row;
        ++i;
    }

    const Ctx pc = top.at(QStringLiteral("pytorch_wheel_cudnn_pins"));
    const Json &pins = reqObject(top, root, "pytorch_wheel_cudnn_pins");
    i = 0;
    for (const Json &r : reqArray(pc, pins, "rows")) {
        Ctx c = top.at(entryName(QStringLiteral("pytorch_wheel_cudnn_pins.rows"), i));
        if (!r.is_object()) c.fail(QStringLiteral("is not an object"));
        CudnnPytorchPin pin;
        pin.pytorch = reqStr(c, r, "pytorch");
        c = top.at(entryName(QStringLiteral("pytorch_wheel_cudnn_pins.rows"), i, pin.pytorch));
        pin.unverified = optBool(c, r, "unverified");
        for (const Json &pair : reqArray(c, r, "cuda_cudnn")) {
            const QStringList two = strList(c, pair, QStringLiteral("cuda_cudnn"));
            if (two.size() != 2)
                c.fail(QStringLiteral("has a cuda_cudnn pair that is not two values"));
            checkVersion(c, QStringLiteral("CUDA"), two[0], 2, 2);
            checkVersion(c, QStringLiteral("cuDNN"), two[1], 4, 4);
            if (!cudaKnown(two[0]))
                c.fail(
                    QStringLiteral("pins CUDA \"%1\" that no CUDA release in cuda_driver.json has")
                        .arg(two[0]));
            pin.pins << CudaCudnnPair{two[0], two[1]};
        }
        k.m_cudnnPins << pin;
        ++i;
    }

    i = 0;
    if (has(root, "unverified")) {
        for (const Json &r : reqArray(top, root, "unverified")) {
            const Ctx c = top.at(entryName(QStringLiteral("unverified"), i));
            if (!r.is_object()) c.fail(QStringLiteral("is not an object"));
            k.m_cudnnClaims << UnverifiedClaim{reqStr(c, r, "claim"), optStr(c, r, "evidence")};
            ++i;
        }
    }
}

void KnowledgeLoader::frameworks(Knowledge &k, const Json &root)
{
    const Ctx top{QStringLiteral("frameworks.json"), QStringLiteral("the file")};
    k.m_provenance.insert(top.file, readProvenance(top, root));
    const Json &pt = reqObject(top, root, "pytorch");
    const Ctx ptc = top.at(QStringLiteral("pytorch"));
    k.m_pytorchRules = strList(ptc, child(ptc, pt, "rules"), QStringLiteral("rules"));

    auto cudaMinorKnown = [&k](const QString &v) {
        return std::any_of(k.m_cudaReleases.cbegin(), k.m_cudaReleases.cend(),
                           [&](const CudaRelease &r) { return r.minor == v; });
    };

    int i = 0;
    for (const Json &r : reqArray(ptc, pt, "release_compatibility_matrix")) {
        Ctx c = top.at(entryName(QStringLiteral("pytorch.release_compatibility_matrix"), i));
        if (!r.is_object()) c.fail(QStringLiteral("is not an object"));
        PytorchSeries s;
        s.series = reqStr(c, r, "series");
        c = top.at(entryName(QStringLiteral("pytorch.release_compatibility_matrix"), i, s.series));
        checkVersion(c, QStringLiteral("series"), s.series, 2, 2);
        s.unverified = optBool(c, r, "unverified");
        s.releaseDate = optStr(c, r, "release_date");
        s.notes << textOrList(c, r, "note") << textOrList(c, r, "verification_note");
        // A scheduled series without GA data has only a date: accept it when marked unverified.
        if (!has(r, "python") && s.unverified) {
            k.m_pytorchMatrix << s;
            ++i;
            continue;
        }
        s.python = reqStr(c, r, "python");
        Knowledge::parsePythonRange(s.python, &s.pythonMin, &s.pythonMax);
        if (s.pythonMin.isEmpty())
            c.fail(QStringLiteral("has a Python range \"%1\" without a minimum").arg(s.python));
        s.cxx = optStr(c, r, "cxx");
        s.rocm = optStr(c, r, "rocm");
        for (const char *key : {"stable_cuda", "experimental_cuda"}) {
            const bool experimental = QLatin1String(key) == QLatin1String("experimental_cuda");
            for (const Json &b : reqArray(c, r, key)) {
                if (!b.is_object())
                    c.fail(QStringLiteral("has a %1 entry that is not an object")
                               .arg(QLatin1String(key)));
                PytorchCudaBuild build;
                build.cuda = reqStr(c, b, "cuda");
                checkVersion(c, QStringLiteral("CUDA"), build.cuda, 2, 2);
                if (!cudaMinorKnown(build.cuda))
                    c.fail(QStringLiteral("lists CUDA \"%1\" that cuda_driver.json does not have")
                               .arg(build.cuda));
                build.cudnn = optStr(c, b, "cudnn");
                if (!build.cudnn.isEmpty())
                    checkVersion(c, QStringLiteral("cuDNN"), build.cudnn, 2, 4);
                build.experimental = experimental;
                (experimental ? s.experimentalCuda : s.stableCuda) << build;
            }
        }
        k.m_pytorchMatrix << s;
        ++i;
    }

    i = 0;
    for (const Json &r : reqArray(ptc, pt, "wheel_cuda_arch_lists")) {
        Ctx c = top.at(entryName(QStringLiteral("pytorch.wheel_cuda_arch_lists"), i));
        if (!r.is_object()) c.fail(QStringLiteral("is not an object"));
        WheelArchList w;
        w.series = reqStr(c, r, "series");
        w.cuda = reqStr(c, r, "cuda");
        c = top.at(entryName(QStringLiteral("pytorch.wheel_cuda_arch_lists"), i,
                             w.series + QLatin1Char(' ') + w.cuda));
        checkVersion(c, QStringLiteral("CUDA"), w.cuda, 2, 3);
        w.seriesCovered = expandSeries(w.series);
        for (const QString &s : w.seriesCovered)
            if (std::none_of(k.m_pytorchMatrix.cbegin(), k.m_pytorchMatrix.cend(),
                             [&](const PytorchSeries &m) { return m.series == s; }))
                c.fail(QStringLiteral("names series \"%1\" that the PyTorch matrix does not have")
                           .arg(s));
        w.archs = strList(c, child(c, r, "archs"), QStringLiteral("archs"));
        if (w.archs.isEmpty()) c.fail(QStringLiteral("has an empty arch list"));
        for (const QString &a : w.archs) {
            QString base = a;
            base.remove(QStringLiteral("+PTX"));
            if (!k.m_ccNames.contains(base))
                c.fail(QStringLiteral("lists arch \"%1\" that is not a known compute capability")
                           .arg(a));
        }
        w.source = optStr(c, r, "source");
        w.unverified = optBool(c, r, "unverified");
        k.m_wheelArchLists << w;
        ++i;
    }

    i = 0;
    for (const Json &r : reqArray(ptc, pt, "releases")) {
        Ctx c = top.at(entryName(QStringLiteral("pytorch.releases"), i));
        if (!r.is_object()) c.fail(QStringLiteral("is not an object"));
        PytorchRelease rel;
        rel.torch = reqStr(c, r, "torch");
        c = top.at(entryName(QStringLiteral("pytorch.releases"), i, rel.torch));
        checkVersion(c, QStringLiteral("torch version"), rel.torch, 3, 3);
        rel.torchvision = reqStr(c, r, "torchvision");
        rel.torchaudio = optStr(c, r, "torchaudio");
        rel.torchaudioNote = optStr(c, r, "torchaudio_note");
        rel.source = optStr(c, r, "source");
        rel.unverified = optBool(c, r, "unverified");
        rel.lts = optBool(c, r, "lts");
        rel.pythonNote = optStr(c, r, "python_note");
        rel.condaNote = optStr(c, r, "conda_note");
        int pi = 0;
        for (const Json &p : reqArray(c, r, "pip")) {
            const Ctx vc = c.at(c.entry + QLatin1Char(' ') + entryName(QStringLiteral("pip"), pi));
            if (!p.is_object()) vc.fail(QStringLiteral("is not an object"));
            PipVariant v;
            v.label = reqStr(vc, p, "variant");
            v.variant = v.label.section(QLatin1Char(' '), 0, 0);
            v.pypiDefault = v.label.contains(QLatin1String("PyPI default"));
            v.cuda = optStr(vc, p, "cuda");
            if (v.variant != QLatin1String("cpu") && !v.variant.startsWith(QLatin1String("rocm"))) {
                if (cudaOfVariant(v.variant).isEmpty())
                    vc.fail(
                        QStringLiteral("has variant \"%1\" that is not cuXXX or cpu").arg(v.label));
                if (cudaOfVariant(v.variant) != v.cuda)
                    vc.fail(QStringLiteral("has variant \"%1\" that does not match its CUDA \"%2\"")
                                .arg(v.variant, v.cuda));
            }
            v.command = optStr(vc, p, "command");
            v.note = optStr(vc, p, "note");
            v.indexUrl = optStr(vc, p, "wheel_index");
            if (v.indexUrl.isEmpty()) v.indexUrl = indexUrlOf(v.command);
            if (v.command.isEmpty() && v.indexUrl.isEmpty())
                vc.fail(QStringLiteral("has neither a command nor a wheel index"));
            if (!v.indexUrl.isEmpty()) checkUrl(vc, QStringLiteral("wheel index"), v.indexUrl);
            if (!v.command.isEmpty() && !v.command.contains(rel.torch))
                vc.fail(
                    QStringLiteral("has a command that does not install torch %1").arg(rel.torch));
            rel.pip << v;
            ++pi;
        }
        rel.hasConda = has(r, "conda");
        if (rel.hasConda) {
            for (const Json &cj : reqArray(c, r, "conda")) {
                if (!cj.is_object())
                    c.fail(QStringLiteral("has a conda entry that is not an object"));
                CondaCommand cc;
                cc.cuda = optStr(c, cj, "cuda");
                cc.command = reqStr(c, cj, "command");
                cc.unverified = optBool(c, cj, "unverified");
                rel.conda << cc;
            }
        }
        k.m_pytorchReleases << rel;
        ++i;
    }

    const Json &tf = reqObject(top, root, "tensorflow");
    const Ctx tfc = top.at(QStringLiteral("tensorflow"));
    k.m_tfRules = strList(tfc, child(tfc, tf, "rules"), QStringLiteral("rules"));
    i = 0;
    for (const Json &r : reqArray(tfc, tf, "tested_gpu_configurations_linux")) {
        Ctx c = top.at(entryName(QStringLiteral("tensorflow.tested_gpu_configurations_linux"), i));
        if (!r.is_object()) c.fail(QStringLiteral("is not an object"));
        TensorflowConfig t;
        t.version = reqStr(c, r, "version");
        c = top.at(
            entryName(QStringLiteral("tensorflow.tested_gpu_configurations_linux"), i, t.version));
        checkVersion(c, QStringLiteral("version"), t.version, 3, 3);
        t.package = reqStr(c, r, "package");
        t.python = reqStr(c, r, "python");
        Knowledge::parsePythonRange(t.python, &t.pythonMin, &t.pythonMax);
        if (t.pythonMin.isEmpty())
            c.fail(QStringLiteral("has a Python range \"%1\" that names no version").arg(t.python));
        t.compiler = optStr(c, r, "compiler");
        t.buildTools = optStr(c, r, "build_tools");
        t.cudnn = reqStr(c, r, "cudnn");
        checkVersion(c, QStringLiteral("cuDNN"), t.cudnn, 1, 4);
        t.cuda = reqStr(c, r, "cuda");
        checkVersion(c, QStringLiteral("CUDA"), t.cuda, 1, 3);
        t.pipGpu = optStr(c, r, "pip_gpu");
        k.m_tfConfigs << t;
        ++i;
    }
}

void KnowledgeLoader::miniconda(Knowledge &k, const Json &root)
{
    const Ctx top{QStringLiteral("miniconda.json"), QStringLiteral("the file")};
    k.m_provenance.insert(top.file, readProvenance(top, root));
    k.m_minicondaNotes = optList(top, root, "installer_notes");
    int i = 0;
    for (const Json &r : reqArray(top, root, "installers")) {
        Ctx c = top.at(entryName(QStringLiteral("installers"), i));
        if (!r.is_object()) c.fail(QStringLiteral("is not an object"));
        MinicondaInstaller m;
        m.file = reqStr(c, r, "file");
        c = top.at(entryName(QStringLiteral("installers"), i, m.file));
        m.url = reqStr(c, r, "url");
        checkUrl(c, QStringLiteral("URL"), m.url);
        if (!m.url.endsWith(QLatin1Char('/') + m.file))
            c.fail(QStringLiteral("has a URL that does not end in its file name"));
        m.condaVersion = reqStr(c, r, "conda_version");
        checkVersion(c, QStringLiteral("conda version"), m.condaVersion, 2, 4);
        m.installerBuild = optStr(c, r, "installer_build");
        m.pythonTag = optStr(c, r, "python_tag");
        m.arch = reqStr(c, r, "arch");
        if (m.arch != QLatin1String("x86_64") && m.arch != QLatin1String("aarch64"))
            c.fail(QStringLiteral("has unknown arch \"%1\"").arg(m.arch));
        if (!m.file.contains(m.condaVersion) || !m.file.endsWith(m.arch + QLatin1String(".sh")))
            c.fail(QStringLiteral("has a file name that does not match its version and arch"));
        m.sha256 = optStr(c, r, "sha256");
        if (!m.sha256.isEmpty()) checkSha256(c, QStringLiteral("sha256"), m.sha256);
        m.sha256Unverified = optBool(c, r, "sha256_unverified") || m.sha256.isEmpty();
        m.sha256Sources = optList(c, r, "sha256_sources");
        m.sizeBytes = optInt(c, r, "size_bytes");
        k.m_miniconda << m;
        ++i;
    }

    i = 0;
    for (const Json &r : reqArray(top, root, "mirrors")) {
        Ctx c = top.at(entryName(QStringLiteral("mirrors"), i));
        if (!r.is_object()) c.fail(QStringLiteral("is not an object"));
        CondaMirror m;
        m.name = reqStr(c, r, "mirror");
        c = top.at(entryName(QStringLiteral("mirrors"), i, m.name));
        m.site = reqStr(c, r, "site");
        checkUrl(c, QStringLiteral("site"), m.site);
        m.derived = optBool(c, r, "derived");
        m.unverified = optBool(c, r, "unverified");
        m.note = optStr(c, r, "note");
        const Json &conda = reqObject(c, r, "conda");
        m.condaEndpoint = reqStr(c, conda, "endpoint");
        checkUrl(c, QStringLiteral("conda endpoint"), m.condaEndpoint);
        m.condarc = reqStr(c, conda, "condarc");
        if (!m.condarc.contains(m.site))
            c.fail(QStringLiteral("has a .condarc that does not point at its site"));
        m.condarcPath = optStr(c, conda, "condarc_path_linux");
        m.mambaCondarc = optStr(c, conda, "mamba_condarc");
        m.condaScope = optStr(c, conda, "scope");
        m.condaAfterEdit = optList(c, conda, "after_edit");
        m.minicondaInstallers = optStr(c, conda, "miniconda_installers");
        if (!m.minicondaInstallers.isEmpty())
            checkUrl(c, QStringLiteral("Miniconda installer URL"), m.minicondaInstallers);
        const Json &pip = reqObject(c, r, "pip");
        m.pipIndexUrl = reqStr(c, pip, "index_url");
        checkUrl(c, QStringLiteral("pip index URL"), m.pipIndexUrl);
        m.pipIndexUrlShort = optStr(c, pip, "index_url_short_domain");
        if (!m.pipIndexUrlShort.isEmpty())
            checkUrl(c, QStringLiteral("short pip index URL"), m.pipIndexUrlShort);
        m.pipTemporary = optStr(c, pip, "temporary");
        m.pipSetDefault = optList(c, pip, "set_default");
        m.uvToml = optStr(c, pip, "uv_toml");
        m.pipNotes = optList(c, pip, "notes");
        m.sources = readSources(c, r, "sources");
        k.m_mirrors << m;
        ++i;
    }

    const Ctx dc = top.at(QStringLiteral("official_defaults"));
    const Json &d = reqObject(top, root, "official_defaults");
    OfficialDefaults &o = k.m_defaults;
    o.condaDefaultChannels = strList(dc, child(dc, d, "conda_default_channels"),
                                     QStringLiteral("conda_default_channels"));
    for (const QString &ch : o.condaDefaultChannels)
        checkUrl(dc, QStringLiteral("default channel"), ch);
    o.condaChannelAlias = optStr(dc, d, "conda_channel_alias");
    o.condaNotes = optList(dc, d, "conda_notes");
    o.pipDefaultIndex = reqStr(dc, d, "pip_default_index");
    checkUrl(dc, QStringLiteral("pip default index"), o.pipDefaultIndex);
    o.pipDefaultIndexUnverified = optBool(dc, d, "pip_default_index_unverified");
    o.pytorchWheelIndex = reqStr(dc, d, "pytorch_wheel_index");
    checkUrl(dc, QStringLiteral("PyTorch wheel index"),
             o.pytorchWheelIndex.section(QLatin1Char(' '), 0, 0));
    o.minicondaLatestUrls = strMap(dc, d, "miniconda_latest_urls");
    for (const QString &u : o.minicondaLatestUrls)
        checkUrl(dc, QStringLiteral("Miniconda latest URL"), u);
    o.sources = readSources(dc, d, "sources");
}

void KnowledgeLoader::miniforge(Knowledge &k, const Json &root)
{
    const Ctx top{QStringLiteral("miniforge.json"), QStringLiteral("the file")};
    Provenance p = readProvenance(top, root);
    if (p.sources.isEmpty()) top.fail(QStringLiteral("names no source for its checksums"));
    k.m_provenance.insert(top.file, p);
    const QString pattern = reqStr(top, root, "url_pattern");
    if (!pattern.contains(QLatin1String("{file}")))
        top.fail(QStringLiteral("has a url_pattern without {file}"));
    checkUrl(top, QStringLiteral("url_pattern"), pattern);
    static const QRegularExpression version(QStringLiteral("^\\d+\\.\\d+\\.\\d+-\\d+$"));
    int i = 0;
    QStringList files;
    for (const Json &r : reqArray(top, root, "installers")) {
        Ctx c = top.at(entryName(QStringLiteral("installers"), i));
        if (!r.is_object()) c.fail(QStringLiteral("is not an object"));
        MiniforgeInstaller m;
        m.file = reqStr(c, r, "file");
        c = top.at(entryName(QStringLiteral("installers"), i, m.file));
        m.version = reqStr(c, r, "version");
        if (!version.match(m.version).hasMatch())
            c.fail(QStringLiteral("has version \"%1\" that is not like 26.1.1-3").arg(m.version));
        m.arch = reqStr(c, r, "arch");
        if (m.arch != QLatin1String("x86_64") && m.arch != QLatin1String("aarch64"))
            c.fail(QStringLiteral("has unknown arch \"%1\"").arg(m.arch));
        if (m.file != QStringLiteral("Miniforge3-%1-Linux-%2.sh").arg(m.version, m.arch))
            c.fail(QStringLiteral("has a file name that does not match its version and arch"));
        if (files.contains(m.file)) c.fail(QStringLiteral("repeats a file"));
        files << m.file;
        // The plan never runs an installer it cannot verify: a checksum is required here.
        m.sha256 = reqStr(c, r, "sha256");
        checkSha256(c, QStringLiteral("sha256"), m.sha256);
        m.url = QString(pattern)
                    .replace(QLatin1String("{version}"), m.version)
                    .replace(QLatin1String("{file}"), m.file);
        checkUrl(c, QStringLiteral("URL"), m.url);
        k.m_miniforge << m;
        ++i;
    }
    if (k.m_miniforge.isEmpty()) top.fail(QStringLiteral("lists no installers"));
    i = 0;
    if (has(root, "mirrors"))
        for (const Json &r : reqArray(top, root, "mirrors")) {
            Ctx c = top.at(entryName(QStringLiteral("mirrors"), i));
            if (!r.is_object()) c.fail(QStringLiteral("is not an object"));
            MiniforgeMirror m;
            m.name = reqStr(c, r, "name");
            c = top.at(entryName(QStringLiteral("mirrors"), i, m.name));
            m.urlPattern = reqStr(c, r, "url_pattern");
            if (!m.urlPattern.contains(QLatin1String("{file}")))
                c.fail(QStringLiteral("has a url_pattern without {file}"));
            checkUrl(c, QStringLiteral("url_pattern"), m.urlPattern);
            m.unverified = optBool(c, r, "unverified");
            m.note = optStr(c, r, "note");
            k.m_miniforgeMirrors << m;
            ++i;
        }
}

void KnowledgeLoader::platforms(Knowledge &k, const Json &root)
{
    const Ctx top{QStringLiteral("platforms.json"), QStringLiteral("the file")};
    k.m_provenance.insert(top.file, readProvenance(top, root));
    k.m_platformsNote = optStr(top, root, "note");
    int i = 0;
    for (const Json &r : reqArray(top, root, "platforms")) {
        Ctx c = top.at(entryName(QStringLiteral("platforms"), i));
        if (!r.is_object()) c.fail(QStringLiteral("is not an object"));
        FreePlatform p;
        p.name = reqStr(c, r, "platform");
        c = top.at(entryName(QStringLiteral("platforms"), i, p.name));
        p.cost = reqStr(c, r, "cost");
        int fi = 0;
        for (const Json &f : reqArray(c, r, "facts")) {
            const Ctx fc =
                c.at(c.entry + QLatin1Char(' ') + entryName(QStringLiteral("facts"), fi));
            if (!f.is_object()) fc.fail(QStringLiteral("is not an object"));
            PlatformFact pf;
            pf.fact = reqStr(fc, f, "fact");
            // The UI shows every fact with its date: the key must be there (null only when the
            // fact is marked unverified, e.g. "terms not found").
            child(fc, f, "date");
            pf.date = optStr(fc, f, "date");
            pf.unverified = optBool(fc, f, "unverified");
            if (pf.date.isEmpty() && !pf.unverified)
                fc.fail(QStringLiteral("has no date and is not marked unverified"));
            pf.sources = strList(fc, child(fc, f, "sources"), QStringLiteral("sources"));
            if (pf.sources.isEmpty() && !pf.unverified)
                fc.fail(QStringLiteral("has no sources and is not marked unverified"));
            p.facts << pf;
            ++fi;
        }
        k.m_platforms << p;
        ++i;
    }
    if (has(root, "gpu_facts_for_platforms")) {
        const Ctx c = top.at(QStringLiteral("gpu_facts_for_platforms"));
        const Json &g = reqObject(top, root, "gpu_facts_for_platforms");
        for (auto it = g.begin(); it != g.end(); ++it) {
            const Ctx gc =
                top.at(QStringLiteral("gpu_facts_for_platforms[\"%1\"]").arg(q(it.key())));
            if (!it.value().is_object()) gc.fail(QStringLiteral("is not an object"));
            PlatformGpuFact f;
            f.gpu = q(it.key());
            f.computeCapability = reqStr(gc, it.value(), "cc");
            if (!k.m_gpus.architectureForComputeCapability(f.computeCapability))
                gc.fail(QStringLiteral("has compute capability \"%1\" that no architecture in "
                                       "gpus.json has")
                            .arg(f.computeCapability));
            f.note = optStr(gc, it.value(), "note");
            k.m_platformGpus << f;
        }
        Q_UNUSED(c);
    }
}

void KnowledgeLoader::rules(Knowledge &k, const Json &root)
{
    const Ctx top{QStringLiteral("rules.json"), QStringLiteral("the file")};
    k.m_provenance.insert(top.file, readProvenance(top, root));
    static const QStringList knownFiles = Knowledge::fileNames();
    int i = 0;
    QStringList ids;
    for (const Json &r : reqArray(top, root, "rules")) {
        Ctx c = top.at(entryName(QStringLiteral("rules"), i));
        if (!r.is_object()) c.fail(QStringLiteral("is not an object"));
        KnowledgeRule rule;
        rule.id = reqStr(c, r, "id");
        c = top.at(entryName(QStringLiteral("rules"), i, rule.id));
        if (ids.contains(rule.id)) c.fail(QStringLiteral("repeats an id"));
        ids << rule.id;
        rule.rule = reqStr(c, r, "rule");
        rule.data = optStr(c, r, "data");
        if (!rule.data.isEmpty()) {
            const QString file = rule.data.section(QLatin1Char(' '), 0, 0).remove(QLatin1Char(','));
            if (!knownFiles.contains(file))
                c.fail(QStringLiteral("refers to \"%1\" that is not a knowledge file").arg(file));
        }
        rule.note = optStr(c, r, "note");
        rule.unverifiedPart = optStr(c, r, "unverified_part");
        rule.unverified = optBool(c, r, "unverified");
        k.m_rules << rule;
        ++i;
    }
}

// ------------------------------------------------------------------------------- loading
QStringList Knowledge::fileNames()
{
    return {QStringLiteral("cuda_driver.json"),   QStringLiteral("cudnn.json"),
            QStringLiteral("frameworks.json"),    QStringLiteral("gpus.json"),
            QStringLiteral("miniconda.json"),     QStringLiteral("miniforge.json"),
            QStringLiteral("platforms.json"),     QStringLiteral("rules.json"),
            QStringLiteral("nvidia_pci_ids.tsv"), QStringLiteral("nvidia_chips.json")};
}

std::optional<Knowledge> Knowledge::fromFiles(const QMap<QString, QByteArray> &files,
                                              QString *error)
{
    auto fail = [error](const QString &msg) -> std::optional<Knowledge> {
        if (error) *error = msg;
        return std::nullopt;
    };
    QMap<QString, Json> roots;
    for (const QString &name : fileNames()) {
        if (!files.contains(name))
            return fail(QStringLiteral("%1: the file is missing.").arg(name));
        // GpuCatalog reads and checks the GPU files together.
        if (name == QLatin1String("gpus.json") || name.startsWith(QLatin1String("nvidia_")))
            continue;
        const QByteArray &bytes = files.value(name);
        try {
            roots.insert(name, Json::parse(bytes.constData(), bytes.constData() + bytes.size()));
        } catch (const Json::parse_error &e) {
            return fail(QStringLiteral("%1: the file is not valid JSON (syntax error at byte %2).")
                            .arg(name)
                            .arg(qulonglong(e.byte)));
        }
        if (!roots[name].is_object())
            return fail(QStringLiteral("%1: the file is not a JSON object.").arg(name));
    }

    Knowledge k;
    QString gpuError;
    // Each error names its file ("gpus.json: ...", "nvidia_pci_ids.tsv line 12: ...").
    auto gpus = GpuCatalog::fromData(files.value(QStringLiteral("gpus.json")),
                                     files.value(QStringLiteral("nvidia_pci_ids.tsv")),
                                     files.value(QStringLiteral("nvidia_chips.json")), &gpuError);
    if (!gpus) return fail(gpuError);
    k.m_gpus = *gpus;
    Provenance gp;
    gp.file = QStringLiteral("gpus.json");
    gp.asOf = k.m_gpus.asOf();
    k.m_provenance.insert(gp.file, gp);
    // The table has no date of its own: it was compiled with nvidia_chips.json.
    const GpuIdTable &ids = k.m_gpus.ids();
    Provenance chips;
    chips.file = QStringLiteral("nvidia_chips.json");
    chips.asOf = ids.chipsAsOf();
    chips.description = QStringLiteral("NVIDIA chip code -> architecture and compute capability");
    for (const QString &src : ids.chipsSources())
        chips.sources << SourceRef{QString(), src, {}, {}, {}, {}, {}};
    k.m_provenance.insert(chips.file, chips);
    Provenance table;
    table.file = QStringLiteral("nvidia_pci_ids.tsv");
    table.asOf = ids.chipsAsOf();
    table.description = QStringLiteral("every NVIDIA PCI device id: %1 rows").arg(ids.rowCount());
    for (const QString &src : ids.tableSources())
        table.sources << SourceRef{QString(), src, {}, {}, {}, {}, {}};
    k.m_provenance.insert(table.file, table);

    try {
        // Order matters: later files are checked against the CUDA releases and capabilities.
        KnowledgeLoader::cudaDriver(k, roots.value(QStringLiteral("cuda_driver.json")));
        KnowledgeLoader::cudnn(k, roots.value(QStringLiteral("cudnn.json")));
        KnowledgeLoader::frameworks(k, roots.value(QStringLiteral("frameworks.json")));
        KnowledgeLoader::miniconda(k, roots.value(QStringLiteral("miniconda.json")));
        KnowledgeLoader::miniforge(k, roots.value(QStringLiteral("miniforge.json")));
        KnowledgeLoader::platforms(k, roots.value(QStringLiteral("platforms.json")));
        KnowledgeLoader::rules(k, roots.value(QStringLiteral("rules.json")));
    } catch (const LoadFailure &f) {
        return fail(f.message);
    } catch (const std::exception &e) {
        return fail(QStringLiteral("The knowledge data could not be read (%1).")
                        .arg(QString::fromUtf8(e.what())));
    }
    return k;
}

namespace {
QMap<QString, QByteArray> embeddedFiles(QString *missing)
{
    QMap<QString, QByteArray> files;
    for (const QString &name : Knowledge::fileNames()) {
        QFile f(QStringLiteral(":/knowledge/") + name);
        if (f.open(QIODevice::ReadOnly))
            files.insert(name, f.readAll());
        else if (missing && missing->isEmpty())
            *missing = name;
    }
    return files;
}
} // namespace

const Knowledge &Knowledge::builtin()
{
    static const Knowledge knowledge = [] {
        QString missing;
        const auto files = embeddedFiles(&missing);
        QString error;
        auto loaded = fromFiles(files, &error);
        if (!loaded) {
            Knowledge k;
            k.m_loadError = missing.isEmpty()
                                ? error
                                : QStringLiteral("The embedded knowledge file :/knowledge/%1 is "
                                                 "missing.")
                                      .arg(missing);
            return k;
        }
        return *loaded;
    }();
    return knowledge;
}

std::optional<Knowledge> Knowledge::load(const QString &dir, QString *error)
{
    if (!QFileInfo(dir).isDir()) {
        if (error) *error = QStringLiteral("%1: the knowledge directory does not exist.").arg(dir);
        return std::nullopt;
    }
    QMap<QString, QByteArray> files = embeddedFiles(nullptr);
    for (const QString &name : fileNames()) {
        const QString path = QDir(dir).filePath(name);
        if (!QFileInfo::exists(path)) continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            if (error) *error = QStringLiteral("%1: the file cannot be read.").arg(path);
            return std::nullopt;
        }
        files.insert(name, f.readAll());
    }
    return fromFiles(files, error);
}

// ------------------------------------------------------------------------------- lookups
const Provenance *Knowledge::provenance(const QString &file) const
{
    const auto it = m_provenance.constFind(file);
    return it == m_provenance.cend() ? nullptr : &*it;
}

const KnowledgeRule *Knowledge::rule(const QString &id) const
{
    for (const KnowledgeRule &r : m_rules)
        if (r.id == id) return &r;
    return nullptr;
}

const CudaRelease *Knowledge::cudaRelease(const QString &version) const
{
    const QString v = version.trimmed();
    const int parts = int(versionParts(v).size());
    if (parts >= 3) {
        for (const CudaRelease &r : m_cudaReleases)
            if (compareVersions(r.version, v) == 0) return &r;
        return nullptr;
    }
    if (parts != 2) return nullptr;
    const CudaRelease *best = nullptr;
    for (const CudaRelease &r : m_cudaReleases)
        if (versionHasPrefix(r.version, v) &&
            (!best || compareVersions(r.version, best->version) > 0))
            best = &r;
    return best;
}

QList<const CudaRelease *> Knowledge::releasesSupporting(const QString &cc) const
{
    QList<const CudaRelease *> out;
    for (const CudaRelease &r : m_cudaReleases)
        if (r.sassCapabilities.contains(cc)) out << &r;
    return out;
}

const CudaFamily *Knowledge::family(int cudaMajor) const
{
    for (const CudaFamily &f : m_cudaFamilies)
        if (f.cudaMajor == cudaMajor) return &f;
    return nullptr;
}

DriverRequirement Knowledge::minDriverFor(const QString &cudaVersion) const
{
    DriverRequirement d;
    const CudaRelease *r = cudaRelease(cudaVersion);
    if (r) {
        d.cudaRelease = r->version;
        d.unverified = r->unverified;
        if (!r->minDriverLinux.isEmpty()) {
            d.driver = r->minDriverLinux;
            d.basis = DriverBasis::Table3;
            d.explanation =
                QStringLiteral("CUDA %1 needs driver %2 or newer (NVIDIA release notes, "
                               "Table 3).")
                    .arg(r->version, d.driver);
            return d;
        }
        if (!r->bundledDriverLinux.isEmpty()) {
            d.driver = r->bundledDriverLinux;
            d.basis = DriverBasis::BundledDriver;
            d.explanation =
                QStringLiteral("CUDA %1 is not in NVIDIA's Table 3; its runfile bundles "
                               "driver %2.")
                    .arg(r->version, d.driver);
            return d;
        }
    }
    const int major = r ? r->major : versionMajor(cudaVersion);
    if (const CudaFamily *f = family(major)) {
        d.driver = f->referenceMinDriverLinux;
        d.basis = DriverBasis::FamilyMinimum;
        d.explanation =
            QStringLiteral("No driver is listed for CUDA %1; the CUDA %2.x family needs "
                           "driver %3 or newer (minor-version compatibility).")
                .arg(cudaVersion)
                .arg(major)
                .arg(d.driver);
        return d;
    }
    d.explanation = QStringLiteral("The data lists no driver for CUDA %1.").arg(cudaVersion);
    return d;
}

const UbuntuCudaRow *Knowledge::ubuntuRow(const QString &ubuntu) const
{
    for (const UbuntuCudaRow &r : m_ubuntuRows)
        if (r.ubuntu == ubuntu.trimmed()) return &r;
    return nullptr;
}

QStringList Knowledge::cudaVersionsForUbuntu(const QString &ubuntu) const
{
    const UbuntuCudaRow *r = ubuntuRow(ubuntu);
    return r ? r->cudaVersions : QStringList();
}

CudnnCcConstraint Knowledge::cudnnConstraintFor(const QString &cc) const
{
    CudnnCcConstraint out;
    QList<const CudnnSupportRow *> rows;
    for (const CudnnSupportRow &r : m_cudnnSupport)
        rows << &r;
    std::sort(rows.begin(), rows.end(), [](const CudnnSupportRow *a, const CudnnSupportRow *b) {
        return compareVersions(a->cudnnFirst, b->cudnnFirst) < 0;
    });
    // 1 = the row lists the capability (or a same-major lower one), 0 = it does not, -1 = silent
    auto verdict = [&cc](const CudnnSupportRow *r) {
        bool anyList = false;
        for (const CudnnPackage &p : r->packages) {
            if (p.computeCapabilities.isEmpty()) continue;
            anyList = true;
            for (const QString &e : p.computeCapabilities)
                if (archCovers(e, cc) == ArchMatch::Exact ||
                    archCovers(e, cc) == ArchMatch::SameMajor)
                    return 1;
        }
        if (anyList) return 0;
        if (!r->minComputeCapability.isEmpty()) {
            QString lowest;
            for (const QString &v : r->minComputeCapability)
                if (lowest.isEmpty() || compareVersions(v, lowest) < 0) lowest = v;
            return compareVersions(cc, lowest) >= 0 ? 1 : 0;
        }
        return -1;
    };
    const CudnnSupportRow *lastYes = nullptr;
    const CudnnSupportRow *firstNoAfter = nullptr;
    bool anyNo = false;
    for (const CudnnSupportRow *r : rows) {
        const int v = verdict(r);
        if (v == 1) {
            lastYes = r;
            firstNoAfter = nullptr;
        } else if (v == 0) {
            anyNo = true;
            if (!firstNoAfter) firstNoAfter = r;
        }
    }
    if (!lastYes && anyNo) {
        out.supported = false;
        out.explanation = QStringLiteral("No cuDNN support matrix in the data lists compute "
                                         "capability %1.")
                              .arg(cc);
        return out;
    }
    if (lastYes && firstNoAfter) {
        out.maxCudnn = lastYes->cudnnLast;
        out.firstWithout = firstNoAfter->cudnnFirst;
        out.explanation = QStringLiteral("The cuDNN %1 support matrix still lists compute "
                                         "capability %2; the %3 matrix no longer does: use a "
                                         "cuDNN %4.x line.")
                              .arg(lastYes->cudnn, cc, firstNoAfter->cudnnFirst,
                                   versionPrefix(lastYes->cudnnLast, 2));
    }
    return out;
}

const CudnnArchive *Knowledge::newestCudnn(int cudaMajor, const QString &platform,
                                           const QString &cc) const
{
    QString maxLine;
    if (!cc.isEmpty()) {
        const CudnnCcConstraint c = cudnnConstraintFor(cc);
        if (!c.supported) return nullptr;
        maxLine = versionPrefix(c.maxCudnn, 2);
    }
    const CudnnArchive *best = nullptr;
    for (const CudnnArchive &a : m_cudnnArchives) {
        if (a.platform != platform || a.cudaMajor() != cudaMajor) continue;
        if (!maxLine.isEmpty() && compareVersions(versionPrefix(a.cudnn, 2), maxLine) > 0) continue;
        if (!best || compareVersions(a.cudnn, best->cudnn) > 0 ||
            (compareVersions(a.cudnn, best->cudnn) == 0 &&
             compareVersions(a.cudaVariant, best->cudaVariant) > 0))
            best = &a;
    }
    return best;
}

QString Knowledge::pytorchSeriesFor(const QString &torchVersion) const
{
    const QString s = versionPrefix(torchVersion.trimmed(), 2);
    for (const PytorchSeries &m : m_pytorchMatrix)
        if (m.series == s) return s;
    return QString();
}

const PytorchSeries *Knowledge::pytorchSeries(const QString &seriesOrVersion) const
{
    const QString s = pytorchSeriesFor(seriesOrVersion);
    for (const PytorchSeries &m : m_pytorchMatrix)
        if (!s.isEmpty() && m.series == s) return &m;
    return nullptr;
}

const PytorchRelease *Knowledge::pytorchRelease(const QString &torch) const
{
    for (const PytorchRelease &r : m_pytorchReleases)
        if (r.torch == torch.trimmed()) return &r;
    return nullptr;
}

QList<PipVariant> Knowledge::wheelVariants(const QString &torch) const
{
    const PytorchRelease *r = pytorchRelease(torch);
    return r ? r->pip : QList<PipVariant>();
}

const WheelArchList *Knowledge::archListFor(const QString &seriesOrVersion,
                                            const QString &cuda) const
{
    const QString series = versionPrefix(seriesOrVersion, 2);
    const QString minor = versionPrefix(cuda, 2);
    for (const WheelArchList &w : m_wheelArchLists)
        if (w.seriesCovered.contains(series) && versionPrefix(w.cuda, 2) == minor) return &w;
    return nullptr;
}

ArchMatch Knowledge::archCovers(const QString &entry, const QString &cc)
{
    const bool ptx = entry.endsWith(QLatin1String("+PTX"));
    const QString base = ptx ? entry.chopped(4) : entry;
    const QList<int> b = versionParts(base);
    const QList<int> c = versionParts(cc);
    if (b.size() < 2 || c.size() < 2) return ArchMatch::No;
    if (b[0] == c[0] && b[1] == c[1]) return ArchMatch::Exact;
    if (b[0] == c[0] && b[1] < c[1]) return ArchMatch::SameMajor;
    if (ptx && compareVersions(base, cc) < 0) return ArchMatch::Ptx;
    return ArchMatch::No;
}

WheelSupport Knowledge::wheelSupports(const QString &torch, const QString &variantOrCuda,
                                      const QString &cc) const
{
    WheelSupport out;
    QString cuda = variantOrCuda;
    if (variantOrCuda.startsWith(QLatin1String("cu"))) {
        cuda = cudaOfVariant(variantOrCuda);
        if (const PytorchRelease *r = pytorchRelease(torch))
            for (const PipVariant &v : r->pip)
                if (v.variant == variantOrCuda && !v.cuda.isEmpty()) cuda = v.cuda;
    }
    const WheelArchList *w = archListFor(torch, cuda);
    if (!w) return out;
    out.archListCuda = w->cuda;
    out.unverified = w->unverified;
    out.match = ArchMatch::No;
    // Best of the entries: exact beats same-major SASS beats PTX JIT.
    for (const QString &e : w->archs) {
        const ArchMatch m = archCovers(e, cc);
        if (m == ArchMatch::Exact || (m == ArchMatch::SameMajor && out.match != ArchMatch::Exact) ||
            (m == ArchMatch::Ptx && out.match == ArchMatch::No)) {
            out.match = m;
            out.listedAs = e;
        }
    }
    return out;
}

const MinicondaInstaller *Knowledge::newestMiniconda(const QString &arch, bool requireSha256) const
{
    const MinicondaInstaller *best = nullptr;
    for (const MinicondaInstaller &m : m_miniconda) {
        if (m.arch != arch) continue;
        if (requireSha256 && (m.sha256.isEmpty() || m.sha256Unverified)) continue;
        if (!best) {
            best = &m;
            continue;
        }
        int c = compareVersions(m.condaVersion, best->condaVersion);
        if (c == 0) c = compareVersions(m.installerBuild, best->installerBuild);
        if (c == 0) c = pythonTagKey(m.pythonTag) - pythonTagKey(best->pythonTag);
        if (c > 0) best = &m;
    }
    return best;
}

const MiniforgeInstaller *Knowledge::newestMiniforge(const QString &arch) const
{
    const MiniforgeInstaller *best = nullptr;
    for (const MiniforgeInstaller &m : m_miniforge) {
        if (m.arch != arch) continue;
        // "26.1.1-3": the conda version, then the build number.
        const QString v = QString(m.version).replace(QLatin1Char('-'), QLatin1Char('.'));
        if (!best || compareVersions(
                         v, QString(best->version).replace(QLatin1Char('-'), QLatin1Char('.'))) > 0)
            best = &m;
    }
    return best;
}

QString MiniforgeMirror::urlFor(const QString &file) const
{
    return QString(urlPattern).replace(QLatin1String("{file}"), file);
}

const CondaMirror *Knowledge::mirror(const QString &nameOrSite) const
{
    for (const CondaMirror &m : m_mirrors)
        if (m.name.contains(nameOrSite, Qt::CaseInsensitive) ||
            m.site.contains(nameOrSite, Qt::CaseInsensitive))
            return &m;
    return nullptr;
}

const TensorflowConfig *Knowledge::tensorflow(const QString &version) const
{
    const int n = int(versionParts(version).size());
    for (const TensorflowConfig &t : m_tfConfigs)
        if (n > 0 && versionPrefix(t.version, n) == versionPrefix(version, n)) return &t;
    return nullptr;
}

const FreePlatform *Knowledge::platform(const QString &name) const
{
    for (const FreePlatform &p : m_platforms)
        if (p.name.contains(name, Qt::CaseInsensitive)) return &p;
    return nullptr;
}

void Knowledge::parsePythonRange(const QString &text, QString *min, QString *max)
{
    static const QRegularExpression num(QStringLiteral("\\d+\\.\\d+"));
    static const QRegularExpression ge(QStringLiteral(">=\\s*(\\d+\\.\\d+)"));
    static const QRegularExpression le(QStringLiteral("<=\\s*\\(?\\s*(\\d+\\.\\d+)"));
    QString lo, hi;
    if (text.contains(QLatin1String(">="))) {
        const auto a = ge.match(text);
        if (a.hasMatch()) lo = a.captured(1);
        const auto b = le.match(text);
        if (b.hasMatch()) hi = b.captured(1);
    } else {
        auto it = num.globalMatch(text);
        while (it.hasNext()) {
            const QString v = it.next().captured(0);
            if (lo.isEmpty() || compareVersions(v, lo) < 0) lo = v;
            if (hi.isEmpty() || compareVersions(v, hi) > 0) hi = v;
        }
    }
    if (min) *min = lo;
    if (max) *max = hi;
}

} // namespace gpusetup
