#include "probe/GpuProbe.h"

#include "knowledge/GpuCatalog.h"

#include <QRegularExpression>

#include <algorithm>

namespace gpusetup {

namespace {

const QString kPciDevices = QStringLiteral("/sys/bus/pci/devices");
const QStringList kPciIdsFiles = {QStringLiteral("/usr/share/misc/pci.ids"),
                                  QStringLiteral("/usr/share/hwdata/pci.ids")};
const QString kNvidia = QStringLiteral("10de");

QString sysfsHex(const QString &value)
{
    QString s = value.trimmed().toLower();
    if (s.startsWith(QLatin1String("0x"))) s = s.mid(2);
    return s;
}

QString fileName(const QString &path)
{
    return path.section(QLatin1Char('/'), -1);
}

// "GeForce GTX 1650 Mobile / Max-Q" -> "GeForce GTX 1650"; "" when the name is no laptop part.
QString desktopVariant(const QString &name)
{
    static const QRegularExpression re(
        QStringLiteral("\\b(Mobile|Max-Q|Laptop GPU|Laptop|Notebook)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QString s = name;
    s.remove(re);
    s.remove(QLatin1Char('/'));
    s = s.simplified();
    return s == name.simplified() ? QString() : s;
}

void applyCatalog(GpuDevice &d, const QString &marketingName)
{
    if (!d.nvidia) return;
    const GpuCatalog &catalog = GpuCatalog::builtin();
    const GpuModel *m = nullptr;
    if (!d.deviceId.isEmpty() && (m = catalog.findByPciId(d.vendorId, d.deviceId)))
        d.matchedBy = QStringLiteral("pci-id");
    else if (!marketingName.isEmpty() && (m = catalog.findByName(marketingName)))
        d.matchedBy = QStringLiteral("name");
    else if (const QString desktop = desktopVariant(marketingName);
             !desktop.isEmpty() && (m = catalog.findByName(desktop)))
        d.matchedBy = QStringLiteral("mobile-name");
    if (!m) return;
    d.known = true;
    d.catalogName = m->name;
    d.architecture = m->architecture;
    d.computeCapability = m->computeCapability;
    // A laptop part shares the chip, not the memory size or the power limit of the desktop card.
    if (d.matchedBy != QLatin1String("mobile-name")) {
        d.memoryGb = m->memoryGbForPciId(d.vendorId + QLatin1Char(':') + d.deviceId);
        d.boardPowerW = m->boardPowerW;
        d.boardPowerVerified = m->powerVerified;
        d.name = m->name;
    }
}

void addCatalogEvidence(GpuFacts &f, const GpuDevice &d)
{
    if (!d.nvidia) return;
    const QString id = d.vendorId + QLatin1Char(':') + d.deviceId;
    QString detail;
    if (!d.known)
        detail = QStringLiteral("%1 (%2): not in the catalog").arg(id, d.deviceName);
    else
        detail = QStringLiteral("%1 -> %2 (%3, %4), matched by %5")
                     .arg(id, d.catalogName, d.architecture, d.computeCapability, d.matchedBy);
    f.evidence.push_back({QStringLiteral(":/knowledge/gpus.json"), detail});
}

void summarise(GpuFacts &f)
{
    std::sort(f.gpus.begin(), f.gpus.end(),
              [](const GpuDevice &a, const GpuDevice &b) { return a.slot < b.slot; });
    f.nvidiaCount = 0;
    bool integrated = false;
    for (const GpuDevice &d : f.gpus) {
        if (d.nvidia)
            ++f.nvidiaCount;
        else if (d.vendorId == QLatin1String("8086") || d.vendorId == QLatin1String("1002"))
            integrated = true;
        if (d.bootVga && f.bootVgaSlot.isEmpty()) f.bootVgaSlot = d.slot;
    }
    f.hybrid = f.nvidiaCount > 0 && integrated;
    f.state = f.nvidiaCount > 0 ? FactState::Found : FactState::Absent;
}

} // namespace

GpuFacts gpuFactsFromLspci(const QString &lspciOutput, const QString &source)
{
    GpuFacts f;
    f.source = source;
    const QList<LspciDevice> devices = parseLspci(lspciOutput);
    if (devices.isEmpty()) {
        f.state = FactState::Unknown;
        f.evidence.push_back({source, QStringLiteral("no PCI device lines in the output")});
        return f;
    }
    for (const LspciDevice &l : devices) {
        if (!l.isDisplay()) continue;
        GpuDevice d;
        d.slot = l.fullSlot();
        d.vendorId = l.vendorId;
        d.deviceId = l.deviceId;
        d.subsystemVendorId = l.subsystemVendorId;
        d.subsystemDeviceId = l.subsystemDeviceId;
        d.classId = l.classId;
        d.className = l.className;
        d.vendorName = l.vendorName;
        d.deviceName =
            l.deviceName.isEmpty() ? l.vendorId + QLatin1Char(':') + l.deviceId : l.deviceName;
        d.subsystemName = l.subsystem;
        d.driver = l.driver;
        d.nvidia = l.vendorId == kNvidia;
        d.vendor = pciVendorShortName(l.vendorId);
        if (d.vendor.isEmpty()) d.vendor = l.vendorName.isEmpty() ? l.vendorId : l.vendorName;
        d.name = pciMarketingName(d.deviceName);
        applyCatalog(d, pciMarketingName(l.deviceName));
        f.evidence.push_back(
            {source, QStringLiteral("%1 %2: %3%4")
                         .arg(l.slot, l.className, l.name,
                              l.driver.isEmpty() ? QString()
                                                 : QStringLiteral(" (driver %1)").arg(l.driver))});
        addCatalogEvidence(f, d);
        f.gpus << d;
    }
    summarise(f);
    return f;
}

GpuFacts probeGpus(const Host &host, int timeoutMs)
{
    const QStringList pciSlots = host.entries(kPciDevices);
    if (pciSlots.isEmpty()) {
        // No sysfs view of the bus (a container without /sys, WSL): ask lspci instead.
        const Evidence why{kPciDevices, host.isDir(kPciDevices) ? QStringLiteral("lists no devices")
                                                                : QStringLiteral("not readable")};
        const QStringList argv = {QStringLiteral("lspci"), QStringLiteral("-nnk")};
        const CommandResult r = host.run(argv, timeoutMs);
        if (!r.ok()) {
            GpuFacts f;
            f.evidence = {why, {argv.join(QLatin1Char(' ')), r.describe()}};
            return f;
        }
        GpuFacts f = gpuFactsFromLspci(r.out(), argv.join(QLatin1Char(' ')));
        f.evidence.prepend(why);
        return f;
    }

    GpuFacts f;
    f.source = kPciDevices;
    for (const QString &slot : pciSlots) {
        const QString dir = kPciDevices + QLatin1Char('/') + slot;
        const QString cls = sysfsHex(host.readText(dir + QStringLiteral("/class")));
        if (!cls.startsWith(QLatin1String("03"))) continue;
        GpuDevice d;
        d.slot = slot;
        d.classId = cls.left(4);
        d.vendorId = sysfsHex(host.readText(dir + QStringLiteral("/vendor")));
        d.deviceId = sysfsHex(host.readText(dir + QStringLiteral("/device")));
        d.subsystemVendorId = sysfsHex(host.readText(dir + QStringLiteral("/subsystem_vendor")));
        d.subsystemDeviceId = sysfsHex(host.readText(dir + QStringLiteral("/subsystem_device")));
        d.driver = fileName(host.readLink(dir + QStringLiteral("/driver")));
        d.bootVga = host.readText(dir + QStringLiteral("/boot_vga")) == QLatin1String("1");
        d.nvidia = d.vendorId == kNvidia;
        f.evidence.push_back(
            {dir, QStringLiteral("class 0x%1, %2:%3, subsystem %4:%5, driver %6, boot_vga %7")
                      .arg(cls, d.vendorId, d.deviceId, d.subsystemVendorId, d.subsystemDeviceId,
                           d.driver.isEmpty() ? QStringLiteral("none") : d.driver,
                           d.bootVga ? QStringLiteral("1") : QStringLiteral("0"))});
        f.gpus << d;
    }

    f.evidence.prepend({kPciDevices, QStringLiteral("%1 PCI functions, %2 of class 03 (display)")
                                         .arg(pciSlots.size())
                                         .arg(f.gpus.size())});

    // One read of pci.ids for the whole probe, keeping only the names asked for.
    QStringList wanted;
    for (const GpuDevice &d : std::as_const(f.gpus)) {
        wanted << d.vendorId + QLatin1Char(':') + d.deviceId;
        if (!d.subsystemVendorId.isEmpty()) wanted << d.subsystemVendorId;
    }
    PciIds ids;
    if (!f.gpus.isEmpty()) {
        for (const QString &path : kPciIdsFiles) {
            if (const auto data = host.readFile(path); data && !data->isEmpty()) {
                ids = PciIds::parse(*data, wanted);
                f.pciIdsFile = path;
                break;
            }
        }
        if (f.pciIdsFile.isEmpty())
            f.evidence.push_back(
                {QStringLiteral("pci.ids"),
                 QStringLiteral("not found in /usr/share/misc or /usr/share/hwdata")});
    }

    for (GpuDevice &d : f.gpus) {
        const QString rawId = d.vendorId + QLatin1Char(':') + d.deviceId;
        d.vendorName = ids.vendorName(d.vendorId);
        d.deviceName = ids.deviceName(d.vendorId, d.deviceId);
        d.className = ids.className(d.classId.left(2), d.classId.mid(2, 2));
        if (!d.subsystemVendorId.isEmpty()) {
            d.subsystemName =
                ids.subsystemName(d.vendorId, d.deviceId, d.subsystemVendorId, d.subsystemDeviceId);
            if (d.subsystemName.isEmpty() && !ids.vendorName(d.subsystemVendorId).isEmpty())
                d.subsystemName = ids.vendorName(d.subsystemVendorId);
        }
        d.vendor = pciVendorShortName(d.vendorId);
        if (d.vendor.isEmpty()) d.vendor = d.vendorName.isEmpty() ? d.vendorId : d.vendorName;
        if (!d.deviceName.isEmpty())
            f.evidence.push_back(
                {f.pciIdsFile, QStringLiteral("%1 = %2").arg(rawId, d.deviceName)});
        const QString marketing =
            d.deviceName.isEmpty() ? QString() : pciMarketingName(d.deviceName);
        if (d.deviceName.isEmpty()) d.deviceName = rawId;
        d.name = marketing.isEmpty() ? rawId : marketing;
        applyCatalog(d, marketing);
        addCatalogEvidence(f, d);
    }
    summarise(f);
    return f;
}

QStringList describeGpus(const GpuFacts &f)
{
    QStringList lines;
    if (f.state == FactState::Unknown) {
        lines << QStringLiteral("GPUs could not be checked: the PCI devices are not readable and "
                                "lspci gave no answer");
        return lines;
    }
    for (const GpuDevice &d : f.gpus) {
        const QString driver = d.driver.isEmpty() ? QStringLiteral("no driver bound")
                               : d.driver == QLatin1String("vfio-pci")
                                   ? QStringLiteral("bound to vfio-pci (passed through to a "
                                                    "virtual machine)")
                                   : QStringLiteral("driver %1").arg(d.driver);
        QString line = QStringLiteral("%1 GPU %2: %3").arg(d.vendor, d.slot, d.name);
        if (d.nvidia) {
            if (!d.known) {
                line += QStringLiteral(" (%1:%2), not in the built-in GPU catalog, so its "
                                       "architecture is unknown")
                            .arg(d.vendorId, d.deviceId);
            } else {
                QStringList parts = {
                    d.architecture,
                    QStringLiteral("compute capability %1").arg(d.computeCapability)};
                if (d.memoryGb > 0) parts << QStringLiteral("%1 GB").arg(d.memoryGb);
                if (d.boardPowerW > 0)
                    parts << QStringLiteral("%1 W board power%2")
                                 .arg(d.boardPowerW)
                                 .arg(d.boardPowerVerified ? QString()
                                                           : QStringLiteral(" (unverified)"));
                if (d.matchedBy == QLatin1String("mobile-name"))
                    parts << QStringLiteral("laptop variant of the %1").arg(d.catalogName);
                line += QStringLiteral(" (%1)").arg(parts.join(QStringLiteral(", ")));
            }
        }
        lines << line + QStringLiteral(", ") + driver;
    }
    if (f.nvidiaCount == 0) {
        lines << (f.gpus.isEmpty()
                      ? QStringLiteral("No NVIDIA GPU: no display controller on the PCI bus")
                      : QStringLiteral("No NVIDIA GPU (only %1 other display controller%2)")
                            .arg(f.gpus.size())
                            .arg(f.gpus.size() == 1 ? QString() : QStringLiteral("s")));
    } else if (f.nvidiaCount > 1) {
        lines << QStringLiteral("%1 NVIDIA GPUs").arg(f.nvidiaCount);
    }
    if (f.hybrid)
        lines << QStringLiteral("Hybrid graphics: an integrated GPU plus an NVIDIA GPU (laptop "
                                "switchable graphics, \"Optimus\")");
    if (!f.bootVgaSlot.isEmpty()) {
        for (const GpuDevice &d : f.gpus)
            if (d.slot == f.bootVgaSlot)
                lines << QStringLiteral("The boot display runs on %1 (%2)").arg(d.slot, d.vendor);
    }
    return lines;
}

} // namespace gpusetup
