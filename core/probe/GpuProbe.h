#pragma once
// Which GPUs are on the PCI bus, which driver each is bound to, and what the catalog knows
// about the NVIDIA ones: the first question of the wizard ("do I have a usable NVIDIA GPU?").
#include "host/Host.h"
#include "knowledge/GpuCatalog.h"
#include "probe/DriverProbe.h"
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
    QString deviceName; // pci.ids (or lspci): "GA106 [GeForce RTX 3060 Lite Hash Rate]", "" = none
    QString subsystemName; // pci.ids subsystem name, "" when not found
    QString name;          // for people: the merged identity's name, else the id "10de:2504"
    QString driver;        // bound driver: "nvidia", "nouveau", "i915", "vfio-pci"; "" = none
    bool bootVga = false;  // the firmware's boot display (boot_vga = 1)
    bool nvidia = false;
    // The merged identity (NVIDIA only; GpuCatalog::identify): each field from the best source
    // that knows it, and *From says which: "NVML", "nvidia-smi", "gpus.json",
    // "nvidia_pci_ids.tsv", the pci.ids file, "nvidia_chips.json chips GA10", "nvidia_chips.json
    // device_id_ranges 2B00-2DFF"; "" when no source knows it.
    bool known = false;  // architecture and compute capability are known
    QString matchedBy;   // the gpus.json row: "pci-id", "name", "mobile-name" (a laptop
                         // part: architecture only), "" (none)
    QString catalogName; // "GeForce RTX 3060"
    QString chip;        // "TU117M"
    bool laptop = false; // a laptop part (mobile chip code or Laptop/Mobile/Max-Q name)
    bool olderThanKepler = false;
    QString architecture;      // "Ampere"
    QString computeCapability; // "8.6"
    int memoryGb = -1;
    int boardPowerW = -1;
    bool boardPowerVerified = false;
    bool identityUnverified = false; // rests on data marked unverified
    QString nameFrom;
    QString chipFrom;
    QString architectureFrom;
    QString computeCapabilityFrom;
    QString memoryFrom;
    QString boardPowerFrom;
    EvidenceList identityEvidence; // how the identity was decided, replaced on each decision
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(GpuDevice, slot, vendorId, deviceId, subsystemVendorId,
                                   subsystemDeviceId, classId, className, vendor, vendorName,
                                   deviceName, subsystemName, name, driver, bootVga, nvidia, known,
                                   matchedBy, catalogName, chip, laptop, olderThanKepler,
                                   architecture, computeCapability, memoryGb, boardPowerW,
                                   boardPowerVerified, identityUnverified, nameFrom, chipFrom,
                                   architectureFrom, computeCapabilityFrom, memoryFrom,
                                   boardPowerFrom, identityEvidence)

struct GpuFacts
{
    // found: at least one NVIDIA GPU; absent: the bus was read, no NVIDIA GPU on it;
    // unknown: neither /sys/bus/pci/devices nor lspci could be read.
    FactState state = FactState::Unknown;
    QString source;        // "/sys/bus/pci/devices" or "lspci -nnk"
    QString pciIdsFile;    // the pci.ids names came from, "" when none was readable
    QList<GpuDevice> gpus; // every display controller (PCI class 03), in slot order
    int nvidiaCount = 0;
    // An Intel or AMD GPU enabled next to an NVIDIA one: switchable ("Optimus") graphics on a
    // laptop, an integrated GPU left on beside the card on a desktop. Which of the two is the
    // machine probe's to say (MachineFacts::formFactor), never this flag's.
    bool hybrid = false;
    QString bootVgaSlot; // the GPU the firmware booted the display on, "" when unknown
    EvidenceList evidence;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(GpuFacts, state, source, pciIdsFile, gpus, nvidiaCount, hybrid,
                                   bootVgaSlot, evidence)

// Reads sysfs (and pci.ids once); runs `lspci -nnk` only when sysfs shows no PCI devices. The
// NVIDIA GPUs come identified from the built-in knowledge, without the driver's view.
GpuFacts probeGpus(const Host &host, int timeoutMs);
// (Re)decides the identity of every NVIDIA GPU from its ids, its pci.ids name, the catalog and,
// when given, the driver's view of the same PCI function (NVML / nvidia-smi, matched by bus id):
// the merge DESIGN.md asks for. probeAll() calls it once the driver is probed.
void identifyGpus(GpuFacts &f, const GpuCatalog &catalog, const DriverFacts *driver = nullptr);
// What the identity of one display function of f is decided from: its ids, its pci.ids name
// and, given the driver's facts, the driver's GPU on the same bus id.
GpuQuery gpuQuery(const GpuFacts &f, const GpuDevice &d, const DriverFacts *driver);
// A GPU only the driver shows (WSL passes no PCI device through): what the driver says of it.
GpuQuery gpuQuery(const DriverGpu &g, const QString &driverSource);
// "NVML", "nvidia-smi" or "nvidia-smi + NVML": where the driver's GPU list came from; "" when
// the driver named no GPU.
QString driverGpuSource(const DriverFacts &driver);
// "00000000:01:00.0" (NVML, nvidia-smi) and "0000:01:00.0" (sysfs) name the same function.
bool samePciSlot(const QString &a, const QString &b);
QStringList describeGpus(const GpuFacts &f);
// The section's evidence: the bus and pci.ids reads, then each GPU's identity decisions.
EvidenceList gpuEvidence(const GpuFacts &f);

// The same facts from pasted or captured lspci output (names as lspci printed them).
GpuFacts gpuFactsFromLspci(const QString &lspciOutput, const QString &source);

} // namespace gpusetup
