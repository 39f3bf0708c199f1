#pragma once
// Pure text parsers behind the GPU probe: the pci.ids database (names for PCI ids) and lspci
// output (pasted by a student, or the fallback when sysfs cannot be read).
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace gpusetup {

// Names from pci.ids: vendor lines, tab device lines, two-tab subsystem lines, and the
// "C xx" class section. The file is ~1.3 MB, so parse() keeps only what is asked for.
class PciIds
{
public:
    // Ids are lowercase hex without "0x". wanted: "vvvv" (a vendor name) and "vvvv:dddd" (a
    // device name, its vendor's name and its subsystem names); empty keeps everything.
    // Class names are always kept (the section is small).
    static PciIds parse(const QByteArray &text, const QStringList &wanted = {});

    bool isEmpty() const { return m_names.isEmpty(); }
    QString vendorName(const QString &vendor) const;
    QString deviceName(const QString &vendor, const QString &device) const;
    QString subsystemName(const QString &vendor, const QString &device, const QString &subVendor,
                          const QString &subDevice) const;
    // className("03") = "Display controller", className("03", "02") = "3D controller".
    QString className(const QString &cls, const QString &subclass = QString()) const;

private:
    QHash<QString, QString> m_names; // "10de", "10de:2504", "10de:2504 1462:397d", "C03", "C0302"
};

// "NVIDIA", "Intel", "AMD", ... for the vendor ids of graphics chips; empty for others.
QString pciVendorShortName(const QString &vendorId);

// One device of lspci output (-nn, -vnn, -k, -nnk, -d ::03xx, with or without -D).
struct LspciDevice
{
    QString slot;              // as printed: "01:00.0" or "0000:5a:00.0"
    QString classId;           // "0300": printed by -nn, else known from the class name, else ""
    QString className;         // "VGA compatible controller"
    QString vendorId;          // "10de": printed by -nn, else known from the vendor name / -n
    QString deviceId;          // "2206": printed by -nn, else from "Device 1eb8" / -n
    QString name;              // "NVIDIA Corporation GA102 [GeForce RTX 3080]" (no ids, rev)
    QString vendorName;        // "NVIDIA Corporation" when recognisable
    QString deviceName;        // "GA102 [GeForce RTX 3080]"
    QString revision;          // "a1"
    QString subsystem;         // "Hewlett-Packard Company Device" (-v / -k)
    QString subsystemVendorId; // "103c" (-nn with -v / -k)
    QString subsystemDeviceId; // "85fc"
    QString driver;            // "Kernel driver in use:", "" when none was printed
    QStringList modules;       // "Kernel modules:"

    // A display controller (PCI class 03): VGA, 3D or other display.
    bool isDisplay() const;
    // The slot with its PCI domain: "01:00.0" -> "0000:01:00.0".
    QString fullSlot() const;
};

// Every device whose header line parses; detail lines belong to the device above them.
// Lines that are not lspci output (a shell prompt, grep noise) are skipped.
QList<LspciDevice> parseLspci(const QString &text);

} // namespace gpusetup
