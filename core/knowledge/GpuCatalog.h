#pragma once
// A typed view over the GPU knowledge: resources/knowledge/gpus.json (architecture, compute
// capability, memory and board power of common cards, by PCI id or name) and the NVIDIA id table
// (nvidia_pci_ids.tsv + nvidia_chips.json) that names every card; identify() merges them with
// what the driver and the system's pci.ids say into one identity per GPU (DESIGN.md "Identity
// is merged, with evidence").
#include "knowledge/GpuIdTable.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace gpusetup {

struct GpuArchitecture
{
    QString name;                    // "Pascal"
    QStringList computeCapabilities; // {"6.0", "6.1", "6.2"}
    // First / last CUDA release that builds for it: one value for the whole architecture, or a
    // value per compute capability (Kepler 3.0 ends at 10.2, 3.7 at 11.8). Empty last = still
    // supported. The values are kept as the data says them ("<=9.0").
    QString cudaFirst;
    QMap<QString, QString> cudaFirstByCapability;
    QString cudaLast;
    QMap<QString, QString> cudaLastByCapability;
    QStringList notes;
    bool unverified = false;

    QString cudaFirstFor(const QString &cc) const
    {
        return cudaFirstByCapability.value(cc, cudaFirst);
    }
    QString cudaLastFor(const QString &cc) const
    {
        return cudaLastByCapability.value(cc, cudaLast);
    }
};

struct GpuModel
{
    QString name;              // "GeForce GTX 1070"
    QString segment;           // "consumer" / "datacenter"
    QString architecture;      // "Pascal"
    QString computeCapability; // "6.1"
    int memoryGb = -1;
    QList<int> memoryGbVariants; // {16, 32} for boards sold with either
    int boardPowerW = -1;
    bool powerVerified = false; // false where the data marks board_power_unverified
    QStringList pciDeviceIds;   // {"10de:1b81"}
    QStringList pciIdsNames;    // the pci.ids name of each id, same order
    QString note;

    // The memory of the variant a PCI id names ("Tesla V100 PCIe 32GB" -> 32), else memoryGb.
    int memoryGbForPciId(const QString &pciId) const;
};

// gpus.json driver_branch_support: the last driver branch that still drives an architecture.
struct DriverBranchSupport
{
    QStringList architectures; // "Maxwell", "Pascal", "Volta" from "Maxwell/Pascal/Volta"
    QString scope;             // "GeForce" from "Kepler (GeForce)", else ""
    int lastBranch = 0;        // 580, parsed from the claim "R580 is the last ..."
    QString claim;
    bool unverified = false;
    QString evidence;
};

// What is known about one PCI display function before identification: its ids, the system's
// pci.ids name and, when the driver runs, what NVML / nvidia-smi say about it.
struct GpuQuery
{
    QString vendorId; // "10de"
    QString deviceId; // "2231"
    QString subsystemVendorId;
    QString subsystemDeviceId;
    QString pciIdsName;   // "GA102GL [RTX A5000]" as pci.ids or lspci named it; "" when none
    QString pciIdsSource; // where that name came from ("/usr/share/misc/pci.ids")
    QString driverName;   // "NVIDIA RTX A5000"; "" without a running driver
    QString driverComputeCapability;
    qint64 driverMemoryMiB = -1;
    QString driverSource; // "NVML", "nvidia-smi", "nvidia-smi + NVML"
};

// One GPU's merged identity. Each *From names the source of that field, best first: the driver
// (NVML / nvidia-smi) > gpus.json > nvidia_pci_ids.tsv > the system's pci.ids chip code >
// nvidia_chips.json's id range; "" when no source knows it.
struct GpuIdentity
{
    QString name; // "" when no source names the card (the caller shows the PCI id)
    QString nameFrom;
    QString chip; // "GA102GL"
    QString chipFrom;
    QString architecture;
    QString architectureFrom;
    QString computeCapability;
    QString computeCapabilityFrom;
    int memoryGb = -1;
    QString memoryFrom;
    int boardPowerW = -1;
    bool boardPowerVerified = false;
    QString boardPowerFrom;
    const GpuModel *model = nullptr; // the gpus.json row, when one matched
    QString matchedBy;               // "pci-id", "name", "mobile-name" (laptop part), ""
    bool laptop = false;          // a laptop part: mobile chip code or a Laptop/Mobile/Max-Q name
    bool olderThanKepler = false; // a Fermi / Tesla / older chip: no current driver or CUDA
    bool unverified = false;      // architecture or capability rests on unverified data
    QStringList refs;             // knowledge rows used: "nvidia_pci_ids.tsv 10de:2231", ...
    QList<QPair<QString, QString>> evidence; // (source, what it said), in the order decided

    bool known() const { return !architecture.isEmpty() && !computeCapability.isEmpty(); }
};

class GpuCatalog
{
public:
    // The catalog embedded as :/knowledge/gpus.json, loaded once (thread-safe). When the
    // embedded data is bad (a build error) it is empty and loadError() says why.
    static const GpuCatalog &builtin();
    // std::nullopt and a one-sentence *error naming the bad entry.
    static std::optional<GpuCatalog> fromJson(const QByteArray &json, QString *error);
    // gpus.json with the id table (nvidia_pci_ids.tsv, nvidia_chips.json), validated together.
    static std::optional<GpuCatalog> fromData(const QByteArray &gpusJson, const QByteArray &idsTsv,
                                              const QByteArray &chipsJson, QString *error);

    QString asOf() const { return m_asOf; }
    QString loadError() const { return m_loadError; }
    const QList<GpuArchitecture> &architectures() const { return m_architectures; }
    const QList<GpuModel> &models() const { return m_models; }

    // Ids as lowercase or uppercase hex, with or without "0x": ("10de", "1b81").
    const GpuModel *findByPciId(const QString &vendor, const QString &device) const;
    // "NVIDIA GeForce RTX 3060", "GeForce RTX 3060", "GA106 [GeForce RTX 3060 Lite Hash Rate]",
    // "Tesla V100-PCIE-32GB" (nvidia-smi spelling) all find their model; nullptr otherwise.
    const GpuModel *findByName(const QString &name) const;
    const GpuArchitecture *architecture(const QString &name) const;
    const GpuArchitecture *architectureForComputeCapability(const QString &cc) const;
    const QList<DriverBranchSupport> &driverBranchSupport() const { return m_branchSupport; }
    // The row that names this architecture ("Kepler"), or nullptr when no branch limit is known.
    const DriverBranchSupport *lastDriverBranchFor(const QString &architecture) const;
    const GpuIdTable &ids() const { return m_ids; }

    // The merged identity of an NVIDIA GPU (vendor 10de); for other vendors only the name.
    GpuIdentity identify(const GpuQuery &q) const;
    // A name the driver printed that names nothing: cut by nvidia-smi's table ("NVIDIA GeForce
    // ...") or the placeholder of a driver older than the card ("NVIDIA Graphics Device").
    static bool isPlaceholderName(const QString &name);
    // name is the first words of full ("NVIDIA GeForce" of "GeForce GTX 680"): a cut name.
    static bool isCutName(const QString &name, const QString &full);
    // The marketing name of a pci.ids / lspci device name: "GA106 [GeForce RTX 3060]" ->
    // "GeForce RTX 3060", "AlderLake-S GT1" as it is; "" when it names nothing but the chip
    // ("TU117M") or the id ("Device 1eb8").
    static QString marketingName(const QString &deviceName);
    // "Laptop GPU", "Mobile", "Max-Q", "Notebook" in a name.
    static bool isLaptopName(const QString &name);

    // The comparison key of a GPU name: lower case, no vendor words, no chip code prefix,
    // punctuation as spaces ("NVIDIA GeForce RTX-3060 LHR" -> "rtx 3060").
    static QString normaliseName(const QString &name);

private:
    QString m_asOf;
    QString m_loadError;
    QList<GpuArchitecture> m_architectures;
    QList<GpuModel> m_models;
    QList<DriverBranchSupport> m_branchSupport;
    GpuIdTable m_ids;
    QMap<QString, int> m_byPciId; // "10de:1b81" -> index in m_models
    QMap<QString, int> m_byName;  // normaliseName() -> index in m_models
};

} // namespace gpusetup
