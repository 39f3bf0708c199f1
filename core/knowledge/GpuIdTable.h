#pragma once
// NVIDIA's PCI device ids -> marketing names and chip codes (nvidia_pci_ids.tsv), and chip codes
// or id ranges -> architecture and compute capability (nvidia_chips.json): how a card is
// recognised before any NVIDIA driver runs, also when it is newer than gpus.json or than the
// system's pci.ids. Parsed once, validated line by line.
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gpusetup {

struct GpuArchitecture;

// One row of nvidia_pci_ids.tsv, as text (made on demand: the table keeps the file's bytes).
struct GpuIdRow
{
    QString deviceId;  // "2231" (lowercase hex)
    QString subsystem; // "10de:147e" for a board-specific row; "" for the row of every board
    QString name;      // "NVIDIA RTX A5000"
    QString chip;      // "GA102GL"; "" when the row names none
    QString source;    // "open-gpu-kernel-modules 595.45.04 README", "pci.ids 2023.04.10"
};

struct GpuChipFamily
{
    QString prefix;            // "GA10"
    QString architecture;      // "Ampere"
    QString computeCapability; // "8.6"
    QString note;
    bool unverified = false;
};

struct GpuIdRange
{
    int from = 0; // 0x2b00
    int to = 0;   // 0x2dff
    QString architecture;
    QString computeCapability;
    QString note;
    bool unverified = false;
    QString describe() const; // "2B00-2DFF"
};

// What the table says about one device id (and its board's subsystem id).
struct GpuIdMatch
{
    bool found = false;       // the table names the id
    GpuIdRow row;             // the row whose name applies
    bool bySubsystem = false; // row is the board-specific one
    QString chip;             // the chip code any row of the id gives, "" when none
};

class GpuIdTable
{
public:
    // Both files; architectures are gpus.json's, which every chip and range must name (with a
    // compute capability that architecture lists). std::nullopt and a one-sentence *error that
    // names the file and the bad line or entry.
    static std::optional<GpuIdTable> fromData(const QByteArray &tsv, const QByteArray &chipsJson,
                                              const QList<GpuArchitecture> &architectures,
                                              QString *error);

    bool isEmpty() const { return m_rows.isEmpty(); }
    int rowCount() const { return int(m_rows.size()); }
    GpuIdRow row(int index) const;
    const QList<GpuChipFamily> &families() const { return m_families; }
    const QList<GpuIdRange> &ranges() const { return m_ranges; }
    QString chipsAsOf() const { return m_chipsAsOf; }
    QStringList tableSources() const { return m_tableSources; } // the source column's values
    QStringList chipsSources() const { return m_chipsSources; }

    // The board-specific row of (subsystem vendor, subsystem device) first, else the row of
    // every board (the driver README's before pci.ids'), else the name all rows of the id agree
    // on. Ids in any case, with or without "0x".
    GpuIdMatch find(const QString &deviceId, const QString &subsystemVendor = QString(),
                    const QString &subsystemDevice = QString()) const;
    // The longest chip prefix that "GA102GL" starts with; failing that, the code without its
    // suffix (M mobile, GL workstation, B/A revision). nullptr when no family names it.
    const GpuChipFamily *family(const QString &chipCode) const;
    const GpuIdRange *range(const QString &deviceId) const;

    // The chip code a pci.ids device name starts with: "GM107M [GeForce 940MX]" -> "GM107M",
    // "TU117M" -> "TU117M"; "" for "GeForce 9600 GT", "Device 2b85" or "".
    static QString chipCodeOf(const QString &pciIdsDeviceName);
    // A laptop chip: "TU117M", "GA107BM", "GK208BM".
    static bool isMobileChip(const QString &chip);
    // A chip of a generation before Kepler (Fermi GF, Tesla GT/G8x/G9x, NV, MCP integrated):
    // families nvidia_chips.json does not list because no current driver or CUDA runs them.
    static bool isPreKeplerChip(const QString &chip);

private:
    // Rows point into m_tsv: parsing makes no string per row (the file has 2,575 of them).
    struct Row
    {
        quint32 subsystem = 0; // vendor << 16 | device; 0 for the row of every board
        quint32 nameAt = 0;
        quint16 nameLen = 0;
        quint16 device = 0;
        quint32 chipAt = 0;
        quint8 chipLen = 0;
        quint8 source = 0; // index in m_tableSources
    };
    struct Device
    {
        quint16 device = 0;
        int first = 0, end = 0; // its rows: m_order[first, end)
        int generic = -1;       // the row for every board, -1 when none
        int chipRow = -1;       // the row whose chip code the id has, -1 when none
    };
    QString text(quint32 at, int len) const;
    const Device *device(const QString &deviceId) const;

    QByteArray m_tsv;
    QList<Row> m_rows;
    QList<int> m_order;      // row indices sorted by device id
    QList<Device> m_devices; // sorted by device id
    QList<GpuChipFamily> m_families;
    QList<GpuIdRange> m_ranges; // sorted by from
    QString m_chipsAsOf;
    QStringList m_tableSources;
    QStringList m_chipsSources;
};

} // namespace gpusetup
