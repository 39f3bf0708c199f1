#pragma once
// Pure parsers for everything nvidia-smi prints (XML, the default table, CSV queries, -L,
// --version, -q text, error messages). Formats drift between driver branches, so each parser
// takes what it recognises and treats N/A-like values as missing instead of failing.
#include "host/CommandResult.h"
#include "probe/Fact.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace gpusetup {

// Why nvidia-smi did not give a usable answer, from its output and exit code.
enum class SmiError {
    None,
    DriverNotLoaded,     // "couldn't communicate with the NVIDIA driver"
    NoDevices,           // "No devices were found"
    VersionMismatch,     // "Driver/library version mismatch" (upgraded without a reboot)
    GpuLost,             // "GPU is lost. Reboot the system"
    DeviceHandleUnknown, // "Unable to determine the device handle for GPU...: Unknown Error"
    NvmlMissing,         // "couldn't find libnvidia-ml.so"
    NvmlUnknownError,    // "Failed to initialize NVML: Unknown Error" (containers)
    InvalidQueryField,   // 'Field "x" is not a valid field to query.'
    TimedOut,
    NotInstalled,
    Other
};
NLOHMANN_JSON_SERIALIZE_ENUM(SmiError, {{SmiError::None, "none"},
                                        {SmiError::DriverNotLoaded, "driver-not-loaded"},
                                        {SmiError::NoDevices, "no-devices"},
                                        {SmiError::VersionMismatch, "version-mismatch"},
                                        {SmiError::GpuLost, "gpu-lost"},
                                        {SmiError::DeviceHandleUnknown, "device-handle-unknown"},
                                        {SmiError::NvmlMissing, "nvml-missing"},
                                        {SmiError::NvmlUnknownError, "nvml-unknown-error"},
                                        {SmiError::InvalidQueryField, "invalid-query-field"},
                                        {SmiError::TimedOut, "timed-out"},
                                        {SmiError::NotInstalled, "not-installed"},
                                        {SmiError::Other, "other"}})
QString smiErrorName(SmiError e);

struct SmiErrorInfo
{
    SmiError kind = SmiError::None;
    QString message;            // the first non-empty line nvidia-smi printed
    QString nvmlLibraryVersion; // "550.144" from "NVML library version: 550.144"
    QString busId;              // the GPU named in a device-handle / GPU-lost message
    QString field;              // the rejected --query-gpu field
    bool operator==(const SmiErrorInfo &) const = default;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(SmiErrorInfo, kind, message, nvmlLibraryVersion, busId, field)

// Pure classification of what nvidia-smi printed (stdout and stderr together) and its exit
// code. Exit 0 with no recognised message is None.
SmiErrorInfo classifySmiOutput(const QString &text, int exitCode);
// Same, for a whole command result (timed out / not installed / crashed included).
SmiErrorInfo classifySmiResult(const CommandResult &r);

struct SmiMigDevice
{
    int index = -1; // MIG device index within its GPU
    int gpuInstanceId = -1;
    int computeInstanceId = -1;
    QString profile; // "3g.40gb" (from -L)
    QString uuid;    // "MIG-..." (from -L)
    qint64 memoryTotalMiB = -1;
    qint64 memoryUsedMiB = -1;
    bool operator==(const SmiMigDevice &) const = default;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(SmiMigDevice, index, gpuInstanceId, computeInstanceId, profile,
                                   uuid, memoryTotalMiB, memoryUsedMiB)

// One GPU as nvidia-smi describes it. Empty string / -1 = not reported (or N/A).
struct SmiGpu
{
    int index = -1;
    QString busId; // as printed: "00000000:01:00.0" (old tables: "0000:03:00.0")
    QString name;  // product name; tables may cut it: "NVIDIA GeForce ..."
    bool nameTruncated = false;
    QString brand;        // product_brand: GeForce, Tesla, NVIDIA RTX...
    QString architecture; // product_architecture: Ampere, Ada Lovelace... (v11+)
    QString uuid;
    QString serial;
    QString vbios;
    qint64 memoryTotalMiB = -1;
    qint64 memoryUsedMiB = -1;
    int temperatureC = -1;
    double powerDrawW = -1;
    double powerLimitW = -1;
    QString persistenceMode; // Enabled / Disabled
    QString migCurrent;      // Enabled / Disabled; empty when the GPU has no MIG
    QString migPending;
    QList<SmiMigDevice> migDevices;
    QString computeMode; // Default, Exclusive_Process...
    QString displayMode;
    QString displayActive;
    QString virtualizationMode; // None, Pass-Through, VGPU...
    int maxLinkGen = -1;
    int maxLinkWidth = -1;
    QString computeCapability; // "8.6", only from --query-gpu=compute_cap
    bool operator==(const SmiGpu &) const = default;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(SmiGpu, index, busId, name, nameTruncated, brand, architecture,
                                   uuid, serial, vbios, memoryTotalMiB, memoryUsedMiB, temperatureC,
                                   powerDrawW, powerLimitW, persistenceMode, migCurrent, migPending,
                                   migDevices, computeMode, displayMode, displayActive,
                                   virtualizationMode, maxLinkGen, maxLinkWidth, computeCapability)

// What one nvidia-smi output said. valid: a driver version or at least one GPU was read.
struct SmiReport
{
    bool valid = false;
    QString format;        // xml, table, csv, list, version, query-text
    QString smiVersion;    // "NVIDIA-SMI 555.42.06" (table, --version)
    QString driverVersion; // kernel driver ("KMD Version" from 610 on)
    QString cudaVersion;   // highest CUDA the driver supports ("CUDA UMD Version" from 610 on)
    QString nvmlVersion;   // --version only
    int attachedGpus = -1; // XML / -q: may exceed gpus.size() in trimmed captures
    QList<SmiGpu> gpus;
    QString parseError; // XML reader error, when any
    bool operator==(const SmiReport &) const = default;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(SmiReport, valid, format, smiVersion, driverVersion, cudaVersion,
                                   nvmlVersion, attachedGpus, gpus, parseError)

// "N/A", "[N/A]", "[Not Supported]", "Not Found", "Unknown Error", deprecation notes... -> "".
QString smiValue(const QString &raw);

SmiReport parseSmiXml(const QByteArray &xml);     // nvidia-smi -q -x
SmiReport parseSmiTable(const QString &text);     // nvidia-smi
SmiReport parseSmiList(const QString &text);      // nvidia-smi -L
SmiReport parseSmiVersion(const QString &text);   // nvidia-smi --version
SmiReport parseSmiQueryText(const QString &text); // nvidia-smi -q

// --format=csv[,noheader][,nounits]. A header line is recognised by itself; without one the
// caller's field list (the --query-gpu argument) names the columns.
struct SmiCsv
{
    QStringList fields;      // header names without units: "memory.total"
    QStringList units;       // "MiB", "%", "" per field (from the header, when it has one)
    QList<QStringList> rows; // raw cells, trimmed
    bool hadHeader = false;
};
SmiCsv parseSmiCsvTable(const QString &text, const QStringList &fieldsWhenNoHeader = {});
SmiReport parseSmiCsv(const QString &text, const QStringList &fieldsWhenNoHeader = {});

// The --query-gpu fields probeDriver asks for when nothing else worked.
QStringList smiCsvFallbackFields();

} // namespace gpusetup
