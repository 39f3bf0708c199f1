#pragma once
// The NVIDIA driver as the machine runs it: kernel module (/proc), loaded modules, NVML,
// nvidia-smi and the installed packages, reduced to one status a student can act on
// (not installed, not loaded, nouveau in the way, reboot needed, GPU lost...).
#include "host/Host.h"
#include "probe/Fact.h"
#include "probe/NvidiaSmiParser.h"
#include "probe/Packages.h"

namespace gpusetup {

// /proc/driver/nvidia/version, e.g.
// "NVRM version: NVIDIA UNIX Open Kernel Module for x86_64  555.58.02  Release Build  (...) <date>"
struct NvidiaProcVersion
{
    bool valid = false;
    QString version;      // "555.58.02"
    bool open = false;    // open kernel module vs proprietary
    QString architecture; // "x86_64", "aarch64"
    QString builder;      // "dvs-builder@U16-I3-B03-4-3" (open modules)
    QString buildDate;    // as printed (any locale); empty when absent
    QString gccLine;      // text after "GCC version:"
    QString gccVersion;   // "11.4.0", when the line says "gcc version X"
    QString firstLine;
    bool operator==(const NvidiaProcVersion &) const = default;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(NvidiaProcVersion, valid, version, open, architecture, builder,
                                   buildDate, gccLine, gccVersion, firstLine)

NvidiaProcVersion parseNvidiaProcVersion(const QString &text);

// Names of loaded modules from /proc/modules text.
QStringList parseProcModules(const QString &text);

enum class DriverStatus {
    Ok,
    NotInstalled,       // no NVIDIA driver at all
    InstalledNotLoaded, // packages there, module not loaded (reboot, Secure Boot, DKMS build)
    NouveauInUse,       // the open-source nouveau driver holds the GPU
    VersionMismatch,    // kernel module != user-space library: reboot needed
    NoDevices,          // driver loaded, no GPU visible
    GpuLost,            // "GPU is lost"
    NvmlBroken,         // module loaded but NVML / nvidia-smi cannot talk to it
    SmiTimedOut,        // nvidia-smi hung: the driver is probably wedged
    Unknown
};
NLOHMANN_JSON_SERIALIZE_ENUM(DriverStatus,
                             {{DriverStatus::Unknown, "unknown"},
                              {DriverStatus::Ok, "ok"},
                              {DriverStatus::NotInstalled, "not-installed"},
                              {DriverStatus::InstalledNotLoaded, "installed-not-loaded"},
                              {DriverStatus::NouveauInUse, "nouveau-in-use"},
                              {DriverStatus::VersionMismatch, "version-mismatch"},
                              {DriverStatus::NoDevices, "no-devices"},
                              {DriverStatus::GpuLost, "gpu-lost"},
                              {DriverStatus::NvmlBroken, "nvml-broken"},
                              {DriverStatus::SmiTimedOut, "smi-timed-out"}})
QString driverStatusName(DriverStatus s);

// A GPU as the driver sees it (nvidia-smi, else NVML).
struct DriverGpu
{
    int index = -1;
    QString name;
    QString uuid;
    QString serial;
    QString busId;
    qint64 memoryTotalMiB = -1;
    QString computeCapability; // "8.6" when NVML or --query-gpu told
    QString migMode;           // Enabled / Disabled; empty when the GPU has no MIG
    int migDevices = 0;
    bool operator==(const DriverGpu &) const = default;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(DriverGpu, index, name, uuid, serial, busId, memoryTotalMiB,
                                   computeCapability, migMode, migDevices)

// Which kernel modules Ubuntu's own tool would install. `ubuntu-drivers install` prefers
// Canonical's prebuilt modules, linux-modules-nvidia-<flavour>-<kernel ABI> (signed by Canonical,
// so they load under Secure Boot with no key of the user's), when the archive has them for the
// kernel; only without them does it fall back to nvidia-dkms-<flavour>, a module built on the
// machine and signed with the local MOK, which Secure Boot refuses until that key is enrolled.
// Asked only where it matters: Ubuntu, Secure Boot on, no working driver (see probeAll).
struct PrebuiltModules
{
    bool checked = false;                 // asked apt at all
    FactState state = FactState::Unknown; // found: apt answered (the list may be empty)
    QString kernel;                       // the running kernel, "5.15.0-91-generic"
    // Driver flavours with a prebuilt module for this kernel's series and flavour (any ABI of
    // 5.15.0-*-generic): "535", "535-open", "535-server", "580"; sorted, each once.
    QStringList flavours;
    bool operator==(const PrebuiltModules &) const = default;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(PrebuiltModules, checked, state, kernel, flavours)

// `apt-cache pkgnames linux-modules-nvidia-` against a kernel release ("5.15.0-91-generic").
PrebuiltModules parsePrebuiltModules(const QString &pkgnames, const QString &kernelRelease);
QStringList prebuiltModulesArgv();
// Asks apt (through the host, so snapshots carry the answer); evidence goes to *evidence.
PrebuiltModules probePrebuiltModules(const Host &host, const QString &kernelRelease, int timeoutMs,
                                     Evidence *evidence = nullptr);

struct DriverFacts
{
    FactState state = FactState::Unknown; // found: works; absent: no driver; broken: failing
    DriverStatus status = DriverStatus::Unknown;
    QString reason; // one line, plain English

    // /proc/driver/nvidia/version
    bool kernelModuleLoaded = false;
    QString kernelVersion;
    bool openKernelModule = false;
    QString kernelArchitecture;
    QString kernelBuildDate;
    QString kernelGcc;

    // /proc/modules (modulesRead false when it could not be read)
    bool modulesRead = false;
    bool nvidiaLoaded = false, nvidiaDrmLoaded = false, nvidiaModesetLoaded = false,
         nvidiaUvmLoaded = false, nouveauLoaded = false;

    // NVML
    FactState nvmlState = FactState::Unknown;
    QString nvmlError;

    // nvidia-smi
    QString smiSource; // "xml", "table", "csv", or "" when nothing usable came back
    QString smiVersion;
    SmiErrorInfo smiError;
    bool smiTimedOut = false;
    int smiCalls = 0; // how many nvidia-smi commands were run

    QString libraryVersion; // user-space driver (NVML) version
    QString cudaVersion;    // highest CUDA version the driver supports: "12.4"
    QList<DriverGpu> gpus;

    FactState packagesState = FactState::Unknown; // from dpkg-query
    QList<DebPackage> packages;                   // installed driver packages only

    // Filled by probeAll after the OS and Secure Boot are known (probeDriver leaves it).
    PrebuiltModules prebuilt;

    EvidenceList evidence;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(DriverFacts, state, status, reason, kernelModuleLoaded,
                                   kernelVersion, openKernelModule, kernelArchitecture,
                                   kernelBuildDate, kernelGcc, modulesRead, nvidiaLoaded,
                                   nvidiaDrmLoaded, nvidiaModesetLoaded, nvidiaUvmLoaded,
                                   nouveauLoaded, nvmlState, nvmlError, smiSource, smiVersion,
                                   smiError, smiTimedOut, smiCalls, libraryVersion, cudaVersion,
                                   gpus, packagesState, packages, prebuilt, evidence)

// The exact command lines, so snapshots and tests agree with the probe.
QStringList smiXmlArgv();
QStringList smiTableArgv();
QStringList smiCsvArgv();
QStringList driverPackagePatterns();

// "12040" -> "12.4"; "" for 0 or less.
QString cudaVersionFromInt(int v);
// NVML's "12.535.154.05" -> "535.154.05" (drops the NVML major when present).
QString driverVersionFromNvml(const QString &nvmlVersion);

DriverFacts probeDriver(const Host &host, int timeoutMs);
QStringList describeDriver(const DriverFacts &f);

} // namespace gpusetup
