#pragma once
// CUDA toolkits on the machine: every install found (runfile, NVIDIA deb, distro package, pip
// wheels), the version each source claims, and which one PATH, /usr/local/cuda, LD_LIBRARY_PATH
// and CUDA_HOME select. Students often have two toolkits and a PATH pointing at the wrong one.
#include "common/Version.h"
#include "host/Host.h"
#include "probe/Fact.h"

namespace gpusetup {

// One place a toolkit version was read from.
struct CudaVersionSource
{
    QString kind;    // "version.json", "version.txt", "nvcc", "cuda.h", "dist-info"
    QString version; // "12.4.1", "12.4.131", "12.4"
    QString source;  // file path or command line
    QString detail;  // the line or value read
    bool operator==(const CudaVersionSource &) const = default;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(CudaVersionSource, kind, version, source, detail)

struct CudaToolkit
{
    FactState state = FactState::Unknown; // found; broken: no nvcc, nvcc fails, versions disagree
    QString root;                         // first path it was found at ("/usr/local/cuda-12.4")
    QString resolvedRoot;                 // symlinks followed; the de-duplication key
    QStringList aliases;                  // other paths leading here ("/usr/local/cuda")
    QStringList foundBy;                  // "/usr/local/cuda-*", "PATH", "CUDA_HOME", ...
    QString version;                      // the most precise of versions[], "" when none
    int major = -1;
    int minor = -1;
    QList<CudaVersionSource> versions;
    bool versionConflict = false; // sources disagree on major.minor (11.8 vs 12.1)
    bool hasNvcc = false;
    QString nvccPath;
    bool hasCudart = false;
    QString cudartPath; // first libcudart.so* found in lib64/ or lib/
    // "runfile", "nvidia-deb", "nvidia" (runfile or deb, cannot tell), "distro-package",
    // "pip-wheels", "conda", "other"
    QString installKind;
    QStringList problems; // human sentences
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(CudaToolkit, state, root, resolvedRoot, aliases, foundBy,
                                   version, major, minor, versions, versionConflict, hasNvcc,
                                   nvccPath, hasCudart, cudartPath, installKind, problems)

struct CudaFacts
{
    FactState state = FactState::Unknown; // absent: no toolkit; else the selected toolkit's state
    QList<CudaToolkit> toolkits;
    // What each mechanism selects: resolved toolkit roots, "" when it selects none.
    QString pathNvcc;           // first nvcc on $PATH, as found there
    QString pathRoot;           // its toolkit
    QString usrLocalCudaLink;   // raw target of the /usr/local/cuda link ("" if not a link)
    QString usrLocalCudaRoot;   // the toolkit /usr/local/cuda leads to
    QString ldLibraryPathEntry; // first LD_LIBRARY_PATH entry holding libcudart.so*
    QString ldLibraryPathRoot;
    QString cudaHome; // $CUDA_HOME as set
    QString cudaHomeRoot;
    QString cudaPath; // $CUDA_PATH as set
    QString cudaPathRoot;
    QString selectedRoot; // what a build would use: PATH's nvcc, else /usr/local/cuda, else ...
    QString selectedBy;   // "PATH", "/usr/local/cuda", "CUDA_HOME", "CUDA_PATH", "only toolkit"
    QString selectedVersion;
    bool pathDisagreesWithUsrLocalCuda = false;
    QStringList notes; // disagreements and leftovers, as sentences
    EvidenceList evidence;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(CudaFacts, state, toolkits, pathNvcc, pathRoot, usrLocalCudaLink,
                                   usrLocalCudaRoot, ldLibraryPathEntry, ldLibraryPathRoot,
                                   cudaHome, cudaHomeRoot, cudaPath, cudaPathRoot, selectedRoot,
                                   selectedBy, selectedVersion, pathDisagreesWithUsrLocalCuda,
                                   notes, evidence)

// --- pure parsers (fixture-tested) ---
struct NvccVersion
{
    QString release; // "12.5"
    QString version; // "12.5.82"; the release when no V line
};
NvccVersion parseNvccVersion(const QString &text);
// version.json: cuda.version ("11.8.0"); "" when absent or not JSON.
QString parseCudaVersionJson(const QByteArray &json);
// version.txt: "CUDA Version 10.0.130" -> "10.0.130".
QString parseCudaVersionTxt(const QString &text);
// cuda.h: "#define CUDA_VERSION 12040" -> "12.4".
QString parseCudaHeaderVersion(const QString &text);
// "nvidia_cuda_runtime_cu12-12.4.127.dist-info" -> "12.4.127", *package = "cuda_runtime";
// "" for dist-info dirs of other packages (cublas, cudnn...).
QString parseCudaDistInfoName(const QString &dirName, QString *package = nullptr);

CudaFacts probeCuda(const Host &host, int timeoutMs = Host::kDefaultTimeoutMs);
QStringList describeCuda(const CudaFacts &f);

} // namespace gpusetup
