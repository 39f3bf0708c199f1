#include "host/NvmlInfo.h"

#include <chrono>
#include <dlfcn.h>
#include <future>
#include <memory>
#include <thread>

namespace gpusetup {

namespace {

// The few NVML entry points we use, declared here so nothing from NVIDIA is needed to build.
using nvmlReturn_t = int;
using nvmlDevice_t = void *;
struct nvmlMemory_t
{
    unsigned long long total, free, used;
};
struct nvmlPciInfo_t // the _v3 layout, with room to spare
{
    char busIdLegacy[16];
    unsigned int domain, bus, device, pciDeviceId, pciSubSystemId;
    char busId[32];
    char reserved[64];
};

template <typename F> F sym(void *lib, const char *name)
{
    return reinterpret_cast<F>(::dlsym(lib, name));
}

NvmlInfo queryNow()
{
    NvmlInfo info;
    void *lib = nullptr;
    QString firstError; // the .so.1 failure is the one that matters; .so is a dev symlink
    for (const char *soname : {"libnvidia-ml.so.1", "libnvidia-ml.so"}) {
        lib = ::dlopen(soname, RTLD_NOW | RTLD_LOCAL);
        if (lib) {
            info.library = QString::fromLatin1(soname);
            break;
        }
        if (firstError.isEmpty()) firstError = QString::fromLocal8Bit(::dlerror());
    }
    if (!lib) {
        info.state = FactState::Absent;
        info.error = firstError;
        return info;
    }
    auto init = sym<nvmlReturn_t (*)()>(lib, "nvmlInit_v2");
    auto shutdown = sym<nvmlReturn_t (*)()>(lib, "nvmlShutdown");
    auto errorString = sym<const char *(*)(nvmlReturn_t)>(lib, "nvmlErrorString");
    if (!init || !shutdown) {
        info.state = FactState::Broken;
        info.error = QStringLiteral("libnvidia-ml.so.1 lacks nvmlInit_v2");
        return info; // the library stays loaded: unloading a half-working NVML is riskier
    }
    const nvmlReturn_t rc = init();
    if (rc != 0) {
        info.state = FactState::Broken;
        info.error = errorString ? QString::fromLatin1(errorString(rc))
                                 : QStringLiteral("NVML error %1").arg(rc);
        return info;
    }
    info.state = FactState::Found;
    char buf[256] = {};
    if (auto f = sym<nvmlReturn_t (*)(char *, unsigned)>(lib, "nvmlSystemGetDriverVersion");
        f && f(buf, sizeof buf) == 0)
        info.driverVersion = QString::fromLatin1(buf);
    if (auto f = sym<nvmlReturn_t (*)(char *, unsigned)>(lib, "nvmlSystemGetNVMLVersion");
        f && f(buf, sizeof buf) == 0)
        info.nvmlVersion = QString::fromLatin1(buf);
    int cudaVersion = 0;
    if (auto f = sym<nvmlReturn_t (*)(int *)>(lib, "nvmlSystemGetCudaDriverVersion_v2");
        f && f(&cudaVersion) == 0)
        info.cudaDriverVersion = cudaVersion;
    // libcuda.so.1 is what a CUDA program actually loads; prefer its answer when present.
    if (void *cuda = ::dlopen("libcuda.so.1", RTLD_NOW | RTLD_LOCAL)) {
        if (auto f = sym<int (*)(int *)>(cuda, "cuDriverGetVersion"); f && f(&cudaVersion) == 0)
            info.cudaDriverVersion = cudaVersion;
    }

    unsigned count = 0;
    auto getCount = sym<nvmlReturn_t (*)(unsigned *)>(lib, "nvmlDeviceGetCount_v2");
    auto getHandle =
        sym<nvmlReturn_t (*)(unsigned, nvmlDevice_t *)>(lib, "nvmlDeviceGetHandleByIndex_v2");
    if (getCount && getHandle && getCount(&count) == 0) {
        auto getName =
            sym<nvmlReturn_t (*)(nvmlDevice_t, char *, unsigned)>(lib, "nvmlDeviceGetName");
        auto getUuid =
            sym<nvmlReturn_t (*)(nvmlDevice_t, char *, unsigned)>(lib, "nvmlDeviceGetUUID");
        auto getMem =
            sym<nvmlReturn_t (*)(nvmlDevice_t, nvmlMemory_t *)>(lib, "nvmlDeviceGetMemoryInfo");
        auto getPci =
            sym<nvmlReturn_t (*)(nvmlDevice_t, nvmlPciInfo_t *)>(lib, "nvmlDeviceGetPciInfo_v3");
        auto getCc = sym<nvmlReturn_t (*)(nvmlDevice_t, int *, int *)>(
            lib, "nvmlDeviceGetCudaComputeCapability");
        for (unsigned i = 0; i < count && i < 64; ++i) {
            nvmlDevice_t dev = nullptr;
            if (getHandle(i, &dev) != 0) continue;
            NvmlDevice d;
            d.index = int(i);
            if (getName && getName(dev, buf, sizeof buf) == 0) d.name = QString::fromLatin1(buf);
            if (getUuid && getUuid(dev, buf, sizeof buf) == 0) d.uuid = QString::fromLatin1(buf);
            nvmlMemory_t mem{};
            if (getMem && getMem(dev, &mem) == 0)
                d.memoryTotalMiB = qint64(mem.total / (1024 * 1024));
            nvmlPciInfo_t pci{};
            if (getPci && getPci(dev, &pci) == 0) d.pciBusId = QString::fromLatin1(pci.busId);
            int major = 0, minor = 0;
            if (getCc && getCc(dev, &major, &minor) == 0)
                d.computeCapability = QStringLiteral("%1.%2").arg(major).arg(minor);
            info.devices.push_back(d);
        }
    }
    shutdown();
    return info;
}

} // namespace

NvmlInfo queryNvml(int timeoutMs)
{
    // A wedged driver can block nvmlInit forever; the thread is abandoned in that case.
    auto promise = std::make_shared<std::promise<NvmlInfo>>();
    std::future<NvmlInfo> result = promise->get_future();
    std::thread([promise] { promise->set_value(queryNow()); }).detach();
    if (result.wait_for(std::chrono::milliseconds(timeoutMs)) != std::future_status::ready) {
        NvmlInfo info;
        info.state = FactState::Broken;
        info.error = QStringLiteral("NVML did not answer within %1 ms").arg(timeoutMs);
        return info;
    }
    return result.get();
}

} // namespace gpusetup
