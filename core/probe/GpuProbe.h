#pragma once
// Which GPUs are on the PCI bus, which driver each is bound to, and what the catalog knows
// about the NVIDIA ones: the first question of the wizard ("do I have a usable NVIDIA GPU?").
#include "host/Host.h"
#include "probe/Fact.h"
#include "probe/GpuParser.h"

namespace gpusetup {

struct GpuDevice
{
    QString slot;              // "0000:01:00.0"
    QString vendorId;          // "10de" (lowercase hex, no 0x)
    QString deviceId;          // "2504"
    QString subsystemVendorId; // "1462", "" when unknown
    QString subsystemDeviceId; // "397d"
    QString classId;           // "0300" VGA, "0302" 3D, "0380" other display controller
    QString className;         // "VGA compatible controller"
    QString vendor;            // short: "NVIDIA", "Intel", "AMD" (else the pci.ids name or id)
    QString vendorName;        // pci.ids: "NVIDIA Corporation", "" when not found
    QString deviceName;    // pci.ids: "GA106 [GeForce RTX 3060 Lite Hash Rate]", else "10de:2504"
    QString subsystemName; // pci.ids subsystem name, "" when not found
    QString name;          // for people: catalog name, else pci.ids marketing name, else id
    QString driver;        // bound driver: "nvidia", "nouveau", "i915", "vfio-pci"; "" = none
    bool bootVga = false;  // the firmware's boot display (boot_vga = 1)
    bool nvidia = false;
    // From the GPU catalog (NVIDIA only). matchedBy: "pci-id", "name", "mobile-name" (a laptop
    // variant of a catalog desktop GPU: architecture and capability only) or "" (not known).
    bool known = false;
    QString matchedBy;
    QString catalogName;       // "GeForce RTX 3060"
    QString architecture;      // "Ampere"
    QString computeCapability; // "8.6"
    int memoryGb = -1;
    int boardPowerW = -1;
    bool boardPowerVerified = false;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(GpuDevice, slot, vendorId, deviceId, subsystemVendorId,
                                   subsystemDeviceId, classId, className, vendor, vendorName,
                                   deviceName, subsystemName, name, driver, bootVga, nvidia, known,
                                   matchedBy, catalogName, architecture, computeCapability,
                                   memoryGb, boardPowerW, boardPowerVerified)

struct GpuFacts
{
    // found: at least one NVIDIA GPU; absent: the bus was read, no NVIDIA GPU on it;
    // unknown: neither /sys/bus/pci/devices nor lspci could be read.
    FactState state = FactState::Unknown;
    QString source;        // "/sys/bus/pci/devices" or "lspci -nnk"
    QString pciIdsFile;    // the pci.ids names came from, "" when none was readable
    QList<GpuDevice> gpus; // every display controller (PCI class 03), in slot order
    int nvidiaCount = 0;
    // An Intel or AMD GPU next to an NVIDIA one: a laptop with switchable ("Optimus") graphics.
    bool hybrid = false;
    QString bootVgaSlot; // the GPU the firmware booted the display on, "" when unknown
    EvidenceList evidence;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(GpuFacts, state, source, pciIdsFile, gpus, nvidiaCount, hybrid,
                                   bootVgaSlot, evidence)

// Reads sysfs (and pci.ids once); runs `lspci -nnk` only when sysfs shows no PCI devices.
GpuFacts probeGpus(const Host &host, int timeoutMs);
QStringList describeGpus(const GpuFacts &f);

// The same facts from pasted or captured lspci output (names as lspci printed them).
GpuFacts gpuFactsFromLspci(const QString &lspciOutput, const QString &source);

} // namespace gpusetup
