#include "probe/MachineProbe.h"

namespace gpusetup {

namespace {

const QString kChassis = QStringLiteral("/sys/class/dmi/id/chassis_type");
const QString kPowerSupply = QStringLiteral("/sys/class/power_supply");

// SMBIOS 3.x, table 17 (System Enclosure or Chassis Types).
const char *const kChassisNames[] = {nullptr,
                                     "Other",
                                     "Unknown",
                                     "Desktop",
                                     "Low Profile Desktop",
                                     "Pizza Box",
                                     "Mini Tower",
                                     "Tower",
                                     "Portable",
                                     "Laptop",
                                     "Notebook",
                                     "Hand Held",
                                     "Docking Station",
                                     "All in One",
                                     "Sub Notebook",
                                     "Space-saving",
                                     "Lunch Box",
                                     "Main Server Chassis",
                                     "Expansion Chassis",
                                     "SubChassis",
                                     "Bus Expansion Chassis",
                                     "Peripheral Chassis",
                                     "RAID Chassis",
                                     "Rack Mount Chassis",
                                     "Sealed-case PC",
                                     "Multi-system chassis",
                                     "Compact PCI",
                                     "Advanced TCA",
                                     "Blade",
                                     "Blade Enclosure",
                                     "Tablet",
                                     "Convertible",
                                     "Detachable",
                                     "IoT Gateway",
                                     "Embedded PC",
                                     "Mini PC",
                                     "Stick PC"};

bool isDesktopChassis(int type)
{
    switch (type) {
    case 3:
    case 4:
    case 5:
    case 6:
    case 7:
    case 13:
    case 15:
    case 16:
    case 24:
    case 34:
    case 35:
    case 36:
        return true;
    default:
        return false;
    }
}

bool isServerChassis(int type)
{
    return type == 17 || type == 23 || type == 25 || type == 28 || type == 29;
}

// "BAT0", "BAT1" as the kernel names them (ACPI batteries); a peripheral's battery (a mouse:
// "hid-...-battery", scope Device) and the mains ("AC", "ADP1") are not the machine's.
bool isSystemBattery(const Host &host, const QString &name)
{
    if (name.startsWith(QLatin1String("BAT"))) return true;
    const QString dir = kPowerSupply + QLatin1Char('/') + name;
    return host.readText(dir + QStringLiteral("/type")) == QLatin1String("Battery") &&
           host.readText(dir + QStringLiteral("/scope")) != QLatin1String("Device");
}

} // namespace

QString chassisTypeName(int type)
{
    constexpr int n = int(sizeof(kChassisNames) / sizeof(kChassisNames[0]));
    return type > 0 && type < n ? QString::fromLatin1(kChassisNames[type]) : QString();
}

bool isPortableChassis(int type)
{
    return type == 8 || type == 9 || type == 10 || type == 14 || type == 31 || type == 32;
}

MachineFacts probeMachine(const Host &host)
{
    MachineFacts f;
    f.user = host.user();
    f.home = host.home();
    f.snapshot = host.isSnapshot();
    f.hostName =
        host.readText(QStringLiteral("/etc/hostname")).section(QLatin1Char('\n'), 0, 0).trimmed();
    if (!f.hostName.isEmpty())
        f.evidence.push_back({QStringLiteral("/etc/hostname"), f.hostName});
    else if (const QString h = host.readText(QStringLiteral("/proc/sys/kernel/hostname"));
             !h.isEmpty()) {
        f.hostName = h;
        f.evidence.push_back({QStringLiteral("/proc/sys/kernel/hostname"), h});
    }
    f.evidence.push_back({QStringLiteral("passwd / $HOME"), f.user + QLatin1Char(' ') + f.home});

    // What kind of computer: DMI's chassis type and the batteries.
    bool ok = false;
    const QString chassis = host.readText(kChassis);
    const int type = chassis.toInt(&ok);
    if (ok && type > 0) {
        f.chassisType = type;
        const QString name = chassisTypeName(type);
        f.evidence.push_back(
            {kChassis, name.isEmpty() ? chassis : QStringLiteral("%1 (%2)").arg(chassis, name)});
    } else {
        f.evidence.push_back({kChassis, chassis.isEmpty()
                                            ? QStringLiteral("not readable")
                                            : QStringLiteral("not a number: ") + chassis.left(40)});
    }
    const QStringList supplies = host.entries(kPowerSupply);
    for (const QString &s : supplies)
        if (isSystemBattery(host, s)) f.batteries << s;
    f.evidence.push_back(
        {kPowerSupply,
         !host.isDir(kPowerSupply) ? QStringLiteral("not readable")
         : supplies.isEmpty()
             ? QStringLiteral("no power supplies listed")
             : QStringLiteral("%1; system batteries: %2")
                   .arg(supplies.join(QStringLiteral(", ")),
                        f.batteries.isEmpty() ? QStringLiteral("none")
                                              : f.batteries.join(QStringLiteral(", ")))});
    if (isPortableChassis(f.chassisType) || !f.batteries.isEmpty())
        f.formFactor = FormFactor::Laptop;
    else if (isDesktopChassis(f.chassisType))
        f.formFactor = FormFactor::Desktop;
    else if (isServerChassis(f.chassisType))
        f.formFactor = FormFactor::Server;

    f.state = f.user.isEmpty() ? FactState::Unknown : FactState::Found;
    return f;
}

QStringList describeMachine(const MachineFacts &f)
{
    QStringList lines{QStringLiteral("host name %1, user %2, home %3%4")
                          .arg(f.hostName.isEmpty() ? QStringLiteral("(unknown)") : f.hostName,
                               f.user, f.home,
                               f.snapshot ? QStringLiteral(" (from a snapshot)") : QString())};
    QStringList why;
    if (f.chassisType > 0)
        why << QStringLiteral("DMI chassis type %1%2")
                   .arg(f.chassisType)
                   .arg(chassisTypeName(f.chassisType).isEmpty()
                            ? QString()
                            : QStringLiteral(" \"%1\"").arg(chassisTypeName(f.chassisType)));
    why << (f.batteries.isEmpty()
                ? QStringLiteral("no battery")
                : QStringLiteral("battery %1").arg(f.batteries.join(QStringLiteral(", "))));
    const char *kind = f.formFactor == FormFactor::Laptop    ? "a laptop"
                       : f.formFactor == FormFactor::Desktop ? "a desktop"
                       : f.formFactor == FormFactor::Server  ? "a server"
                                                             : "kind of computer unknown";
    lines << QStringLiteral("%1 (%2)").arg(QLatin1String(kind), why.join(QStringLiteral("; ")));
    return lines;
}

} // namespace gpusetup
