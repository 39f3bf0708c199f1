#pragma once
// A typed, read-only view of the vetted compatibility data in resources/knowledge/*.json, so the
// advisor takes every version, URL and checksum from the data and never presents a guess as a
// fact: each row keeps its `unverified` mark and notes, each file its as_of and sources.
#include "knowledge/GpuCatalog.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace gpusetup {

// One entry of a file's "sources": objects (id/title/url/repo/path/commit/note) or plain text.
struct SourceRef
{
    QString id;
    QString title; // or the whole text when the source is a plain string
    QString url;
    QString repo;
    QString path;
    QString commit;
    QString note;
    QString describe() const; // one line for the UI
};

struct Provenance
{
    QString file; // "cuda_driver.json"
    QString asOf; // "2026-11-27"
    QString description;
    QList<SourceRef> sources;
};

// ---------------------------------------------------------------- cuda_driver.json
struct CudaRunfile
{
    QString name; // "cuda_12.4.0_550.54.14_linux.run"
    QString url;
    QString sha256; // "" where the data has null
    QString md5;    // "" where unknown
    qint64 sizeBytes = -1;
    QString sha256Source;
};

struct CudaRelease
{
    QString version; // "12.4.0"
    QString minor;   // "12.4"
    int major = -1;
    QString label;                    // "CUDA 12.4 GA"; "" when null
    QString minDriverLinux;           // Table 3 (x86_64); "" when not listed
    QString minDriverWindows;         // "" when not listed
    QString bundledDriverLinux;       // driver in the runfile name; "" when none
    QString driverBranch;             // "R590" (13.x rows); "" when unknown
    bool hasRunfile = false;          // runfile_linux_x86_64 not null
    CudaRunfile runfile;              // linux x86_64
    bool ubuntuEvidenceKnown = false; // false where ubuntu_container_repo_evidence is null/absent
    QStringList ubuntuContainerEvidence; // {"20.04", "22.04"}
    QStringList sassCapabilities;        // {"5.0", ..., "9.0"}; empty when unknown
    QString minComputeCapability;
    QString maxComputeCapability;
    bool unverified = false;
    QStringList notes; // note, note_driver_mismatch, min_driver_note, driver_note, ...
};

struct CudaFamily
{
    int cudaMajor = -1;
    QString minDriverBranchText;     // ">= 580"
    int minDriverBranch = -1;        // 580
    QString maxText;                 // "< 525"; "" when null
    QString referenceMinDriverLinux; // "525.60.13"
    QString referenceNote;
};

struct UbuntuCudaRow
{
    QString ubuntu;  // "22.04"
    QString aptRepo; // "ubuntu2204"
    QString firstCuda;
    QString lastCuda;
    QStringList cudaVersions; // with evidence, as listed
};

struct ArchChange
{
    QString cuda; // "13.0"
    QStringList added;
    QStringList removed;
    QString note;
    QStringList verifiedBy;
    bool unverified = false;
    bool removedUnverified = false;
};

// Which data gave a minimum driver: the Table 3 row, the driver bundled in the runfile, or the
// minor-version-compatibility family minimum of the CUDA major.
enum class DriverBasis { Table3, BundledDriver, FamilyMinimum, Unknown };

struct DriverRequirement
{
    QString driver; // "550.54.14"; "" when Unknown
    DriverBasis basis = DriverBasis::Unknown;
    QString cudaRelease; // the release row used ("12.4.0"); "" for a family minimum
    bool unverified = false;
    QString explanation; // one sentence saying where the number comes from
};

// ---------------------------------------------------------------- cudnn.json
struct CudnnArchive
{
    QString cudnn;       // "9.1.0.70"
    QString cudaVariant; // "12" or (before 8.5) "11.5"
    QString platform;    // "linux-x86_64", "linux-sbsa"
    QString file;
    QString url;
    QString sha256;
    QString md5;
    qint64 sizeBytes = -1;
    QString releaseDate;
    QString source;
    int cudaMajor() const;
};

struct CudnnPackage // one "packages" entry of a cuDNN 9 support-matrix row
{
    QString build; // "CUDA 12.x"
    QStringList cuda;
    bool staticLinking = false;
    QString driverLinux; // ">=525.60.13"
    QString driverWindows;
    QStringList computeCapabilities; // empty when the row does not list them
    bool partial = false;
    QString arch;
    QString note;
};

struct CudnnSupportRow
{
    QString cudnn;      // as written: "7.6.4-7.6.5", "8.0.0-8.0.1 (preview)", "9.17.0"
    QString cudnnFirst; // "7.6.4"
    QString cudnnLast;  // "7.6.5"
    QStringList cuda;   // "10.1.105", "11.2 update 1" (text)
    QMap<QString, QString> driverLinux; // CUDA -> "r418.39" / "r460, r455, r450" (text)
    QStringList notSupported;
    QMap<QString, QString> minComputeCapability; // CUDA ("11.x") -> "3.5"
    QString hardware;
    QList<CudnnPackage> packages;
    QString note;
    QString source;
};

struct CudaCudnnPair
{
    QString cuda;
    QString cudnn;
};

struct CudnnPytorchPin
{
    QString pytorch; // "2.1-2.3"
    QList<CudaCudnnPair> pins;
    bool unverified = false;
};

struct UnverifiedClaim
{
    QString claim;
    QString evidence;
};

// What the support matrices say about a compute capability and cuDNN lines.
struct CudnnCcConstraint
{
    bool supported = true; // false: no cuDNN line in the data lists this capability
    QString maxCudnn;      // "9.10.2": newest line listing it, "" when unconstrained
    QString firstWithout;  // "9.17.0": first matrix row without it
    QString explanation;
};

// ---------------------------------------------------------------- frameworks.json
struct PytorchCudaBuild
{
    QString cuda;  // "12.6"
    QString cudnn; // "9.10.2.21"; "" where null
    bool experimental = false;
};

struct PytorchSeries
{
    QString series;    // "2.8"
    QString python;    // as written: ">=3.9, <=3.13, (3.13t experimental)"
    QString pythonMin; // "3.9"; "" when the text has none
    QString pythonMax; // "3.13"
    QString cxx;
    QList<PytorchCudaBuild> stableCuda;
    QList<PytorchCudaBuild> experimentalCuda;
    QString rocm;
    QString releaseDate; // "" when null
    bool unverified = false;
    QStringList notes; // note, verification_note
};

struct WheelArchList
{
    QString series;            // "2.12-2.14" as written
    QStringList seriesCovered; // {"2.12", "2.13", "2.14"}
    QString cuda;              // "12.6.3"
    QStringList archs;         // {"7.5", ..., "12.0+PTX"}
    QString source;
    bool unverified = false;
};

struct PipVariant
{
    QString variant; // "cu117"
    QString label;   // "cu117 (PyPI default)" as written
    bool pypiDefault = false;
    QString cuda;     // "11.7"; "" for cpu
    QString command;  // exact command; "" where the page gives only a wheel index
    QString indexUrl; // --index-url / --extra-index-url / -f / wheel_index
    QString note;
};

struct CondaCommand
{
    QString cuda; // "" for the CPU command
    QString command;
    bool unverified = false;
};

struct PytorchRelease
{
    QString torch; // "2.5.1"
    QString torchvision;
    QString torchaudio; // "" where null
    QString torchaudioNote;
    QList<PipVariant> pip;
    bool hasConda = false; // conda not null
    QList<CondaCommand> conda;
    QString condaNote;
    QString source;
    bool unverified = false;
    bool lts = false;
    QString pythonNote;
};

struct TensorflowConfig
{
    QString package; // "tensorflow", "tensorflow_gpu"
    QString version; // "2.10.0"
    QString python;  // "3.7-3.10"
    QString pythonMin;
    QString pythonMax;
    QString compiler;
    QString buildTools;
    QString cudnn; // "8.1"
    QString cuda;  // "11.2"
    QString pipGpu;
};

// ---------------------------------------------------------------- miniconda.json
struct MinicondaInstaller
{
    QString file;
    QString url;
    QString condaVersion;   // "25.11.1"
    QString installerBuild; // "1"; "" when null
    QString pythonTag;      // "py313"; "" when null
    QString arch;           // "x86_64", "aarch64"
    QString sha256;         // "" when null
    QStringList sha256Sources;
    qint64 sizeBytes = -1;
    bool sha256Unverified = false;
};

// ---------------------------------------------------------------- miniforge.json
// A Miniforge installer: conda-forge only, no Anaconda Terms of Service.
struct MiniforgeInstaller
{
    QString version; // "26.1.1-3" (conda version - build)
    QString arch;    // "x86_64", "aarch64"
    QString file;    // "Miniforge3-26.1.1-3-Linux-x86_64.sh"
    QString url;     // from the file's url_pattern
    QString sha256;
};

struct MiniforgeMirror
{
    QString name;       // "tuna"
    QString urlPattern; // with {file}
    bool unverified = false;
    QString note;
    QString urlFor(const QString &file) const;
};

struct CondaMirror
{
    QString name; // "TUNA (Tsinghua University)"
    QString site;
    bool derived = false;
    bool unverified = false;
    QString note;
    QString condaEndpoint;
    QString condarc; // exact .condarc text
    QString condarcPath;
    QString mambaCondarc;
    QString condaScope;
    QStringList condaAfterEdit;
    QString minicondaInstallers;
    QString pipIndexUrl;
    QString pipIndexUrlShort;
    QString pipTemporary;
    QStringList pipSetDefault;
    QString uvToml;
    QStringList pipNotes;
    QList<SourceRef> sources;
    // "[global]\nindex-url = <pipIndexUrl>\n" (derived from index_url; the data has no pip.conf)
    QString pipConf() const;
};

struct OfficialDefaults
{
    QStringList condaDefaultChannels;
    QString condaChannelAlias;
    QStringList condaNotes;
    QString pipDefaultIndex;
    bool pipDefaultIndexUnverified = false;
    QString pytorchWheelIndex;                  // pattern text
    QMap<QString, QString> minicondaLatestUrls; // arch -> url
    QList<SourceRef> sources;
};

// ---------------------------------------------------------------- platforms.json / rules.json
struct PlatformFact
{
    QString fact;
    QString date; // as written ("2024-04 ...", "undated article"); "" where null
    QStringList sources;
    bool unverified = false;
};

struct FreePlatform
{
    QString name;
    QString cost;
    QList<PlatformFact> facts;
};

struct PlatformGpuFact
{
    QString gpu; // "Tesla P100"
    QString computeCapability;
    QString note;
};

struct KnowledgeRule
{
    QString id;
    QString rule;
    QString data; // "" when none
    QString note;
    QString unverifiedPart;
    bool unverified = false;
};

// Whether a wheel's arch list covers a compute capability.
enum class ArchMatch {
    Exact,     // the capability is listed
    SameMajor, // a lower minor of the same major is listed (cubin for X.y runs on X.z, z >= y)
    Ptx,       // only through "+PTX" JIT of a lower capability
    No,
    Unknown // no arch list in the data for this series/CUDA
};

struct WheelSupport
{
    ArchMatch match = ArchMatch::Unknown;
    QString listedAs;     // the entry that covers it ("6.0", "12.0+PTX")
    QString archListCuda; // the arch list used ("12.6")
    bool unverified = false;
    bool ok() const
    {
        return match == ArchMatch::Exact || match == ArchMatch::SameMajor ||
               match == ArchMatch::Ptx;
    }
};

// The data's user-visible prose (platform offers, the conda terms quote, mirror names) in the
// UI language. The data stays English; scripts/extract_knowledge_strings.py marks those fields
// for the core catalogue (context "gpusetup::KnowledgeText"). Text without a translation (a
// --knowledge override, the English UI) comes back unchanged.
QString knowledgeText(const QString &english);

class Knowledge
{
public:
    // The file names the data consists of (gpus.json included: GpuCatalog checks it).
    static QStringList fileNames();

    // The embedded data (:/knowledge/*.json), loaded once (thread-safe). It must load; if the
    // build embedded bad data the view is empty and loadError() says why.
    static const Knowledge &builtin();
    // --knowledge DIR: files present in dir replace the embedded file of the same name.
    static std::optional<Knowledge> load(const QString &dir, QString *error);
    // File name -> content; missing files are an error. One-sentence *error on failure.
    static std::optional<Knowledge> fromFiles(const QMap<QString, QByteArray> &files,
                                              QString *error);

    QString loadError() const { return m_loadError; }
    const Provenance *provenance(const QString &file) const;
    QList<Provenance> provenances() const { return m_provenance.values(); }
    const GpuCatalog &gpus() const { return m_gpus; }

    // cuda_driver.json
    const QList<CudaRelease> &cudaReleases() const { return m_cudaReleases; }
    const QList<CudaFamily> &cudaFamilies() const { return m_cudaFamilies; }
    QString minorCompatibilityRule() const { return m_minorCompatRule; }
    const QList<UbuntuCudaRow> &ubuntuToCuda() const { return m_ubuntuRows; }
    QStringList ubuntuToCudaCaveats() const { return m_ubuntuCaveats; }
    const QList<ArchChange> &archChanges() const { return m_archChanges; }
    QMap<QString, QString> driverBranchByCuda13Minor() const { return m_branchBy13Minor; }
    QStringList driverBranchNotes() const { return m_branchNotes; }
    QMap<QString, QString> computeCapabilityNames() const { return m_ccNames; }

    // cudnn.json
    const QList<CudnnArchive> &cudnnArchives() const { return m_cudnnArchives; }
    const QList<CudnnSupportRow> &cudnnSupportMatrix() const { return m_cudnnSupport; }
    const QList<CudnnPytorchPin> &cudnnPytorchPins() const { return m_cudnnPins; }
    QStringList cudnnRules() const { return m_cudnnRules; }
    const QList<UnverifiedClaim> &cudnnUnverifiedClaims() const { return m_cudnnClaims; }

    // frameworks.json
    const QList<PytorchSeries> &pytorchMatrix() const { return m_pytorchMatrix; }
    const QList<WheelArchList> &wheelArchLists() const { return m_wheelArchLists; }
    const QList<PytorchRelease> &pytorchReleases() const { return m_pytorchReleases; }
    QStringList pytorchRules() const { return m_pytorchRules; }
    const QList<TensorflowConfig> &tensorflowConfigs() const { return m_tfConfigs; }
    QStringList tensorflowRules() const { return m_tfRules; }

    // miniconda.json
    const QList<MinicondaInstaller> &minicondaInstallers() const { return m_miniconda; }
    QStringList minicondaInstallerNotes() const { return m_minicondaNotes; }
    const QList<CondaMirror> &mirrors() const { return m_mirrors; }
    const OfficialDefaults &officialDefaults() const { return m_defaults; }

    // miniforge.json
    const QList<MiniforgeInstaller> &miniforgeInstallers() const { return m_miniforge; }
    const QList<MiniforgeMirror> &miniforgeMirrors() const { return m_miniforgeMirrors; }

    // platforms.json, rules.json
    const QList<FreePlatform> &platforms() const { return m_platforms; }
    const QList<PlatformGpuFact> &platformGpuFacts() const { return m_platformGpus; }
    QString platformsNote() const { return m_platformsNote; }
    const QList<KnowledgeRule> &rules() const { return m_rules; }
    const KnowledgeRule *rule(const QString &id) const;

    // ---- lookups (pure) ----
    // "12.4.1" exactly; "12.4" -> the newest patch release of that minor. nullptr if unknown.
    const CudaRelease *cudaRelease(const QString &version) const;
    // Releases whose SASS list contains cc, oldest first.
    QList<const CudaRelease *> releasesSupporting(const QString &cc) const;
    // Table 3 row, else bundled driver, else the family minimum of the major (basis says which).
    DriverRequirement minDriverFor(const QString &cudaVersion) const;
    const CudaFamily *family(int cudaMajor) const;
    const UbuntuCudaRow *ubuntuRow(const QString &ubuntu) const;
    // CUDA versions NVIDIA publishes for an Ubuntu release ("22.04"); empty when unknown.
    QStringList cudaVersionsForUbuntu(const QString &ubuntu) const;
    // The newest archive for a CUDA major ("12"/"13": cuda12/cuda13 builds, or per-minor
    // variants of that major for old lines) and platform; with cc, only cuDNN lines whose
    // support matrix lists the capability. nullptr when none.
    const CudnnArchive *newestCudnn(int cudaMajor,
                                    const QString &platform = QStringLiteral("linux-x86_64"),
                                    const QString &cc = QString()) const;
    CudnnCcConstraint cudnnConstraintFor(const QString &cc) const;
    // "2.5.1" -> "2.5"; "" when no matrix row has that series.
    QString pytorchSeriesFor(const QString &torchVersion) const;
    const PytorchSeries *pytorchSeries(const QString &seriesOrVersion) const;
    const PytorchRelease *pytorchRelease(const QString &torch) const;
    QList<PipVariant> wheelVariants(const QString &torch) const;
    const WheelArchList *archListFor(const QString &seriesOrVersion, const QString &cuda) const;
    // Does the wheel (torch version or series, variant "cu126" or CUDA "12.6") run on cc?
    WheelSupport wheelSupports(const QString &torch, const QString &variantOrCuda,
                               const QString &cc) const;
    // The newest installer for an arch ("x86_64"), by conda version, build, then Python tag;
    // requireSha256 skips installers without a verified checksum.
    const MinicondaInstaller *newestMiniconda(const QString &arch, bool requireSha256 = true) const;
    // The newest Miniforge installer for an arch (every entry has a checked sha256).
    const MiniforgeInstaller *newestMiniforge(const QString &arch) const;
    const CondaMirror *mirror(const QString &nameOrSite) const;       // "TUNA", "tsinghua", ...
    const TensorflowConfig *tensorflow(const QString &version) const; // "2.10" or "2.10.0"
    const FreePlatform *platform(const QString &name) const;          // "Kaggle"

    // An arch-list entry covering cc ("6.0" covers "6.1"; "12.0+PTX" covers "12.1").
    static ArchMatch archCovers(const QString &entry, const QString &cc);
    // ">=3.10, <=(3.14, 3.14t experimental)" -> "3.10", "3.14"; "3.7-3.10" -> "3.7", "3.10".
    static void parsePythonRange(const QString &text, QString *min, QString *max);

private:
    friend class KnowledgeLoader;
    QString m_loadError;
    QMap<QString, Provenance> m_provenance;
    GpuCatalog m_gpus;

    QList<CudaRelease> m_cudaReleases;
    QList<CudaFamily> m_cudaFamilies;
    QString m_minorCompatRule;
    QList<UbuntuCudaRow> m_ubuntuRows;
    QStringList m_ubuntuCaveats;
    QList<ArchChange> m_archChanges;
    QMap<QString, QString> m_branchBy13Minor;
    QStringList m_branchNotes;
    QMap<QString, QString> m_ccNames;

    QList<CudnnArchive> m_cudnnArchives;
    QList<CudnnSupportRow> m_cudnnSupport;
    QList<CudnnPytorchPin> m_cudnnPins;
    QStringList m_cudnnRules;
    QList<UnverifiedClaim> m_cudnnClaims;

    QList<PytorchSeries> m_pytorchMatrix;
    QList<WheelArchList> m_wheelArchLists;
    QList<PytorchRelease> m_pytorchReleases;
    QStringList m_pytorchRules;
    QList<TensorflowConfig> m_tfConfigs;
    QStringList m_tfRules;

    QList<MinicondaInstaller> m_miniconda;
    QStringList m_minicondaNotes;
    QList<CondaMirror> m_mirrors;
    OfficialDefaults m_defaults;
    QList<MiniforgeInstaller> m_miniforge;
    QList<MiniforgeMirror> m_miniforgeMirrors;

    QList<FreePlatform> m_platforms;
    QList<PlatformGpuFact> m_platformGpus;
    QString m_platformsNote;
    QList<KnowledgeRule> m_rules;
};

} // namespace gpusetup
