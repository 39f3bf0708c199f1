#pragma once
// What NVML (libnvidia-ml.so.1) and the CUDA driver API (libcuda.so.1) say, both dlopen()ed.
#include "probe/Fact.h"

namespace gpusetup {

struct NvmlDevice
{
    int index = -1;
    QString name;
    QString uuid;
    QString pciBusId;
    qint64 memoryTotalMiB = -1;
    QString computeCapability; // "8.6", from cuDeviceGetAttribute or NVML
    bool operator==(const NvmlDevice &) const = default;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(NvmlDevice, index, name, uuid, pciBusId, memoryTotalMiB,
                                   computeCapability)

struct NvmlInfo
{
    FactState state = FactState::Unknown; // absent: library not there; broken: init failed
    QString library;                      // the soname that loaded
    QString error;                        // NVML's own error string when init failed
    QString driverVersion;                // nvmlSystemGetDriverVersion
    QString nvmlVersion;                  // nvmlSystemGetNVMLVersion
    int cudaDriverVersion = 0;            // cuDriverGetVersion, 12040 = 12.4; 0 unknown
    QList<NvmlDevice> devices;
    bool operator==(const NvmlInfo &) const = default;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(NvmlInfo, state, library, error, driverVersion, nvmlVersion,
                                   cudaDriverVersion, devices)

// Loads libnvidia-ml.so.1 and libcuda.so.1 with dlopen and asks them; never links them.
// Runs on a worker thread and gives up after timeoutMs (a wedged driver can hang NVML).
NvmlInfo queryNvml(int timeoutMs);

} // namespace gpusetup
