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
        d.deviceName = l.deviceName;
        d.subsystemName = l.subsystem;
        d.driver = l.driver;
        d.nvidia = l.vendorId == kNvidia;
        d.vendor = pciVendorShortName(l.vendorId);
        if (d.vendor.isEmpty()) d.vendor = l.vendorName.isEmpty() ? l.vendorId : l.vendorName;
        f.evidence.push_back(
            {source, QStringLiteral("%1 %2: %3%4")
                         .arg(l.slot, l.className, l.name,
                              l.driver.isEmpty() ? QString()
                                                 : QStringLiteral(" (driver %1)").arg(l.driver))});
        f.gpus << d;
    }
    identifyGpus(f, GpuCatalog::builtin());
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
    }
    identifyGpus(f, GpuCatalog::builtin());
    summarise(f);
    return f;
}

QString driverGpuSource(const DriverFacts &driver)
{
    if (driver.gpus.isEmpty()) return {};
    const bool smi = !driver.smiSource.isEmpty();
    const bool nvml = driver.nvmlState == FactState::Found;
    return smi && nvml ? QStringLiteral("nvidia-smi + NVML")
           : smi       ? QStringLiteral("nvidia-smi")
                       : QStringLiteral("NVML");
}

bool samePciSlot(const QString &a, const QString &b)
{
    auto key = [](const QString &s) {
        const QStringList parts = s.toLower().split(QLatin1Char(':'));
        if (parts.size() < 3) return s.toLower();
        bool ok = false;
        const qulonglong domain = parts[0].toULongLong(&ok, 16);
        return QStringLiteral("%1:%2:%3").arg(ok ? domain : 0).arg(parts[1], parts[2]);
    };
    return !a.isEmpty() && !b.isEmpty() && key(a) == key(b);
}

GpuQuery gpuQuery(const DriverGpu &g, const QString &driverSource)
{
    GpuQuery q;
    q.vendorId = kNvidia;
    q.driverName = g.name;
    q.driverComputeCapability = g.computeCapability;
    q.driverMemoryMiB = g.memoryTotalMiB;
    q.driverSource = driverSource;
    return q;
}

GpuQuery gpuQuery(const GpuFacts &f, const GpuDevice &d, const DriverFacts *driver)
{
    GpuQuery q;
    if (driver && d.nvidia) {
        const DriverGpu *match = nullptr;
        for (const DriverGpu &g : driver->gpus)
            if (samePciSlot(g.busId, d.slot)) match = &g;
        // One GPU on the bus, one the driver names without a bus id: the same card.
        const auto onBus = std::count_if(f.gpus.cbegin(), f.gpus.cend(),
                                         [](const GpuDevice &g) { return g.nvidia; });
        if (!match && onBus == 1 && driver->gpus.size() == 1 &&
            driver->gpus.first().busId.isEmpty())
            match = &driver->gpus.first();
        if (match) q = gpuQuery(*match, driverGpuSource(*driver));
    }
    q.vendorId = d.vendorId;
    q.deviceId = d.deviceId;
    q.subsystemVendorId = d.subsystemVendorId;
    q.subsystemDeviceId = d.subsystemDeviceId;
    q.pciIdsName = d.deviceName;
    // lspci's names come from the pci.ids of the machine it ran on.
    q.pciIdsSource = f.pciIdsFile.isEmpty() ? f.source : f.pciIdsFile;
    return q;
}

void identifyGpus(GpuFacts &f, const GpuCatalog &catalog, const DriverFacts *driver)
{
    for (GpuDevice &d : f.gpus) {
        const QString rawId = d.vendorId + QLatin1Char(':') + d.deviceId;
        const GpuQuery q = gpuQuery(f, d, driver);
        const GpuIdentity id = catalog.identify(q);
        d.name = id.name.isEmpty() ? rawId : id.name;
        d.nameFrom = id.nameFrom;
        if (!d.nvidia) continue;
        d.known = id.known();
        d.matchedBy = id.matchedBy;
        d.catalogName = id.model ? id.model->name : QString();
        d.chip = id.chip;
        d.chipFrom = id.chipFrom;
        d.laptop = id.laptop;
        d.olderThanKepler = id.olderThanKepler;
        d.architecture = id.architecture;
        d.architectureFrom = id.architectureFrom;
        d.computeCapability = id.computeCapability;
        d.computeCapabilityFrom = id.computeCapabilityFrom;
        d.memoryGb = id.memoryGb;
        d.memoryFrom = id.memoryFrom;
        d.boardPowerW = id.boardPowerW;
        d.boardPowerVerified = id.boardPowerVerified;
        d.boardPowerFrom = id.boardPowerFrom;
        d.identityUnverified = id.unverified;
        d.identityEvidence.clear();
        for (const auto &[source, detail] : id.evidence)
            d.identityEvidence.push_back({source, detail});
    }
}

EvidenceList gpuEvidence(const GpuFacts &f)
{
    EvidenceList out = f.evidence;
    for (const GpuDevice &d : f.gpus)
        for (const Evidence &e : d.identityEvidence)
            out.push_back(e);
    return out;
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
            const QString id = d.vendorId + QLatin1Char(':') + d.deviceId;
            QStringList parts;
            if (d.known) {
                parts << d.architecture
                      << QStringLiteral("compute capability %1").arg(d.computeCapability);
            } else if (d.olderThanKepler) {
                parts << QStringLiteral("chip %1, older than Kepler").arg(d.chip);
            } else {
                parts << QStringLiteral("%1, architecture unknown to every source").arg(id);
            }
            if (d.memoryGb > 0) parts << QStringLiteral("%1 GB").arg(d.memoryGb);
            if (d.boardPowerW > 0)
                parts << QStringLiteral("%1 W board power%2")
                             .arg(d.boardPowerW)
                             .arg(d.boardPowerVerified ? QString()
                                                       : QStringLiteral(" (unverified)"));
            if (d.laptop) parts << QStringLiteral("laptop GPU");
            // Where each part came from is in the evidence below (identityEvidence).
            line += QStringLiteral(" (%1)").arg(parts.join(QStringLiteral(", ")));
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
        lines << QStringLiteral("An integrated GPU is enabled beside the NVIDIA GPU (switchable "
                                "\"Optimus\" graphics on a laptop)");
    if (!f.bootVgaSlot.isEmpty()) {
        for (const GpuDevice &d : f.gpus)
            if (d.slot == f.bootVgaSlot)
                lines << QStringLiteral("The boot display runs on %1 (%2)").arg(d.slot, d.vendor);
    }
    return lines;
}

} // namespace gpusetup
