#pragma once
// A small typed view over resources/knowledge/gpus.json: which architecture, compute capability,
// memory and board power a GPU has, found by PCI id (sysfs, lspci -nn) or by name (nvidia-smi).
#include <QList>
#include <QMap>
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

class GpuCatalog
{
public:
    // The catalog embedded as :/knowledge/gpus.json, loaded once (thread-safe). When the
    // embedded data is bad (a build error) it is empty and loadError() says why.
    static const GpuCatalog &builtin();
    // std::nullopt and a one-sentence *error naming the bad entry.
    static std::optional<GpuCatalog> fromJson(const QByteArray &json, QString *error);

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

    // The comparison key of a GPU name: lower case, no vendor words, no chip code prefix,
    // punctuation as spaces ("NVIDIA GeForce RTX-3060 LHR" -> "rtx 3060").
    static QString normaliseName(const QString &name);

private:
    QString m_asOf;
    QString m_loadError;
    QList<GpuArchitecture> m_architectures;
    QList<GpuModel> m_models;
    QList<DriverBranchSupport> m_branchSupport;
    QMap<QString, int> m_byPciId; // "10de:1b81" -> index in m_models
    QMap<QString, int> m_byName;  // normaliseName() -> index in m_models
};

} // namespace gpusetup
