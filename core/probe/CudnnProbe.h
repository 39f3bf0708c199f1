#pragma once
// cuDNN installs: headers and libraries inside each CUDA toolkit and in the system directories,
// and the Debian packages. A cuDNN built for another CUDA major, or a header whose library is
// missing or of another major, is the usual reason a from-source build fails.
#include "probe/CudaProbe.h"
#include "probe/Packages.h"

namespace gpusetup {

struct CudnnHeaderVersion
{
    int major = -1;
    int minor = -1;
    int patch = -1;
    int number = -1; // CUDNN_VERSION: MAJOR*1000+MINOR*100+PATCH (v7/v8), MAJOR*10000+... (v9+)
    QString version; // "8.9.1", "" when the defines are missing
};
// The CUDNN_MAJOR/MINOR/PATCHLEVEL defines of cudnn_version.h (v8+) or cudnn.h (v7).
CudnnHeaderVersion parseCudnnHeader(const QString &text);

struct CudnnInstall
{
    FactState state = FactState::Unknown; // broken: header without library, majors differ
    QString location; // toolkit root or system dir ("/usr/local/cuda-12.4", "/usr")
    QString kind;     // "toolkit", "system", "pip-wheels"
    QString version;  // "9.19.0" (header), else from the library or package
    int major = -1;
    QString headerPath; // "" when only the library is there
    QStringList libs;   // libcudnn.so* paths (the main library, not the sub-libraries)
    int libMajor = -1;  // N of libcudnn.so.N, -1 when no library
    bool libMatchesHeader = false;
    int cudaMajor = -1;      // the CUDA major it was built for, when known
    QString cudaMajorSource; // "dist-info nvidia_cudnn_cu13-9.19.0.56", "package libcudnn9-cuda-12"
    QString toolkitRoot;     // the toolkit it sits in, if any
    int toolkitMajor = -1;
    QStringList problems;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(CudnnInstall, state, location, kind, version, major, headerPath,
                                   libs, libMajor, libMatchesHeader, cudaMajor, cudaMajorSource,
                                   toolkitRoot, toolkitMajor, problems)

struct CudnnFacts
{
    FactState state = FactState::Unknown; // found: a usable install; broken: only broken ones
    QList<CudnnInstall> installs;
    FactState packagesState = FactState::Unknown; // dpkg-query answered / not Debian / failed
    QList<DebPackage> packages;                   // libcudnn*, cudnn* as dpkg lists them
    EvidenceList evidence;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(CudnnFacts, state, installs, packagesState, packages, evidence)

// "libcudnn9-cuda-12" -> 12, version "8.9.7.29-1+cuda12.2" -> 12; -1 when neither says.
int cudnnPackageCudaMajor(const DebPackage &p);
// "nvidia_cudnn_cu13-9.19.0.56.dist-info" -> cuda 13, version "9.19.0.56"; -1 when not cuDNN.
int cudnnDistInfoCudaMajor(const QString &dirName, QString *version = nullptr);

CudnnFacts probeCudnn(const Host &host, const CudaFacts &cuda,
                      int timeoutMs = Host::kDefaultTimeoutMs);
QStringList describeCudnn(const CudnnFacts &f);

} // namespace gpusetup
