#include "probe/OsProbe.h"

#include <QRegularExpression>

namespace gpusetup {

namespace {

const QString kEtcOsRelease = QStringLiteral("/etc/os-release");
const QString kUsrLibOsRelease = QStringLiteral("/usr/lib/os-release");
const QString kKernelRelease = QStringLiteral("/proc/sys/kernel/osrelease");
const QString kProcVersion = QStringLiteral("/proc/version");
const QString kCpuinfo = QStringLiteral("/proc/cpuinfo");
const QString kSysVendor = QStringLiteral("/sys/class/dmi/id/sys_vendor");
const QString kProductName = QStringLiteral("/sys/class/dmi/id/product_name");
// Big enough for the first processor block of any CPU; /proc/cpuinfo of a 256-thread server
// is megabytes and only its first "flags" line matters.
constexpr qint64 kCpuinfoCap = 64 * 1024;

bool isKeyChar(QChar c, bool first)
{
    return c == QLatin1Char('_') ||
           (c.unicode() < 128 && (c.isLetter() || (!first && c.isDigit())));
}

// "22.04" -> 2204, "12" -> 1200; -1 when it does not start with a number.
int versionKey(const QString &v)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)(?:\\.(\\d+))?"));
    const auto m = re.match(v);
    if (!m.hasMatch()) return -1;
    return m.captured(1).toInt() * 100 + (m.captured(2).isEmpty() ? 0 : m.captured(2).toInt());
}

// "22.04.3" -> "22.04"; "" when it is not a YY.MM version.
QString ubuntuMajorMinor(const QString &v)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+\\.\\d+)"));
    const auto m = re.match(v);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString prettyDetectVirt(const QString &name)
{
    static const QMap<QString, QString> names = {
        {QStringLiteral("kvm"), QStringLiteral("KVM")},
        {QStringLiteral("qemu"), QStringLiteral("QEMU")},
        {QStringLiteral("vmware"), QStringLiteral("VMware")},
        {QStringLiteral("oracle"), QStringLiteral("VirtualBox")},
        {QStringLiteral("microsoft"), QStringLiteral("Microsoft Hyper-V")},
        {QStringLiteral("xen"), QStringLiteral("Xen")},
        {QStringLiteral("amazon"), QStringLiteral("Amazon EC2")},
        {QStringLiteral("google"), QStringLiteral("Google Compute Engine")},
        {QStringLiteral("parallels"), QStringLiteral("Parallels")},
        {QStringLiteral("bochs"), QStringLiteral("Bochs")},
    };
    return names.value(name, name);
}

bool isContainerName(const QString &name)
{
    static const QStringList containers = {QStringLiteral("openvz"),
                                           QStringLiteral("lxc"),
                                           QStringLiteral("lxc-libvirt"),
                                           QStringLiteral("systemd-nspawn"),
                                           QStringLiteral("docker"),
                                           QStringLiteral("podman"),
                                           QStringLiteral("rkt"),
                                           QStringLiteral("wsl"),
                                           QStringLiteral("proot"),
                                           QStringLiteral("pouch"),
                                           QStringLiteral("container-other")};
    return containers.contains(name);
}

QString firstLine(const QString &s)
{
    return s.section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

QString osSupportName(OsSupport s)
{
    switch (s) {
    case OsSupport::Supported:
        return QStringLiteral("supported");
    case OsSupport::Old:
        return QStringLiteral("old");
    case OsSupport::Unsupported:
        return QStringLiteral("unsupported");
    case OsSupport::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QMap<QString, QString> parseOsReleaseText(const QString &text)
{
    QMap<QString, QString> out;
    QString t = text;
    if (t.startsWith(QChar(0xFEFF))) t.remove(0, 1);
    const QStringList lines = t.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r'))) line.chop(1);
        int i = 0;
        const int n = int(line.size());
        while (i < n && (line[i] == QLatin1Char(' ') || line[i] == QLatin1Char('\t')))
            ++i;
        if (i == n || line[i] == QLatin1Char('#')) continue;
        if (line.mid(i, 7) == QLatin1String("export ")) i += 7;
        const int keyStart = i;
        while (i < n && isKeyChar(line[i], i == keyStart))
            ++i;
        if (i == keyStart || i == n || line[i] != QLatin1Char('=')) continue; // not an assignment
        const QString key = line.mid(keyStart, i - keyStart);
        ++i;
        // Shell word rules: unquoted, '...' literal, "..." with \" \\ \$ \` escapes.
        enum { None, Single, Double } quote = None;
        QString value;
        for (; i < n; ++i) {
            const QChar c = line[i];
            if (quote == None) {
                if (c == QLatin1Char(' ') || c == QLatin1Char('\t'))
                    break; // the rest would be another shell word; os-release has none
                if (c == QLatin1Char('\''))
                    quote = Single;
                else if (c == QLatin1Char('"'))
                    quote = Double;
                else if (c == QLatin1Char('\\')) {
                    if (i + 1 < n) value += line[++i];
                } else
                    value += c;
            } else if (quote == Single) {
                if (c == QLatin1Char('\''))
                    quote = None;
                else
                    value += c;
            } else {
                if (c == QLatin1Char('"'))
                    quote = None;
                else if (c == QLatin1Char('\\') && i + 1 < n &&
                         QStringLiteral("\"\\$`").contains(line[i + 1]))
                    value += line[++i];
                else
                    value += c;
            }
        }
        out.insert(key, value); // an unterminated quote keeps what was read
    }
    return out;
}

QString ubuntuVersionForCodename(const QString &codename)
{
    static const QMap<QString, QString> table = {
        {QStringLiteral("precise"), QStringLiteral("12.04")},
        {QStringLiteral("trusty"), QStringLiteral("14.04")},
        {QStringLiteral("utopic"), QStringLiteral("14.10")},
        {QStringLiteral("vivid"), QStringLiteral("15.04")},
        {QStringLiteral("wily"), QStringLiteral("15.10")},
        {QStringLiteral("xenial"), QStringLiteral("16.04")},
        {QStringLiteral("yakkety"), QStringLiteral("16.10")},
        {QStringLiteral("zesty"), QStringLiteral("17.04")},
        {QStringLiteral("artful"), QStringLiteral("17.10")},
        {QStringLiteral("bionic"), QStringLiteral("18.04")},
        {QStringLiteral("cosmic"), QStringLiteral("18.10")},
        {QStringLiteral("disco"), QStringLiteral("19.04")},
        {QStringLiteral("eoan"), QStringLiteral("19.10")},
        {QStringLiteral("focal"), QStringLiteral("20.04")},
        {QStringLiteral("groovy"), QStringLiteral("20.10")},
        {QStringLiteral("hirsute"), QStringLiteral("21.04")},
        {QStringLiteral("impish"), QStringLiteral("21.10")},
        {QStringLiteral("jammy"), QStringLiteral("22.04")},
        {QStringLiteral("kinetic"), QStringLiteral("22.10")},
        {QStringLiteral("lunar"), QStringLiteral("23.04")},
        {QStringLiteral("mantic"), QStringLiteral("23.10")},
        {QStringLiteral("noble"), QStringLiteral("24.04")},
        {QStringLiteral("oracular"), QStringLiteral("24.10")},
        {QStringLiteral("plucky"), QStringLiteral("25.04")},
        {QStringLiteral("questing"), QStringLiteral("25.10")},
    };
    return table.value(codename.trimmed().toLower());
}

QString debianVersionForCodename(const QString &codename)
{
    static const QMap<QString, QString> table = {
        {QStringLiteral("jessie"), QStringLiteral("8")},
        {QStringLiteral("stretch"), QStringLiteral("9")},
        {QStringLiteral("buster"), QStringLiteral("10")},
        {QStringLiteral("bullseye"), QStringLiteral("11")},
        {QStringLiteral("bookworm"), QStringLiteral("12")},
        {QStringLiteral("trixie"), QStringLiteral("13")},
        {QStringLiteral("forky"), QStringLiteral("14")},
    };
    return table.value(codename.trimmed().toLower());
}

void deriveOsRelease(OsRelease &r)
{
    // Derivatives that do not always say ID_LIKE=ubuntu but are built on an Ubuntu release.
    static const QStringList ubuntuDerivatives = {
        QStringLiteral("linuxmint"), QStringLiteral("pop"), QStringLiteral("elementary"),
        QStringLiteral("zorin"), QStringLiteral("neon")};
    r.family.clear();
    r.ubuntuBase.clear();
    r.debianVersion.clear();
    r.derivative = false;
    r.support = OsSupport::Unknown;

    if (r.id == QLatin1String("ubuntu") || r.idLike.contains(QLatin1String("ubuntu")) ||
        ubuntuDerivatives.contains(r.id)) {
        r.family = QStringLiteral("ubuntu");
        r.derivative = r.id != QLatin1String("ubuntu");
        if (!r.derivative) r.ubuntuBase = ubuntuMajorMinor(r.versionId);
        if (r.ubuntuBase.isEmpty()) r.ubuntuBase = ubuntuVersionForCodename(r.ubuntuCodename);
        // Pop!_OS and KDE neon use the Ubuntu codename as their own VERSION_CODENAME.
        if (r.ubuntuBase.isEmpty()) r.ubuntuBase = ubuntuVersionForCodename(r.versionCodename);
        const int key = versionKey(r.ubuntuBase);
        if (key < 0)
            r.support = OsSupport::Unknown;
        else if (key == 2204 || key == 2404)
            r.support = OsSupport::Supported;
        else if (key < 2204)
            r.support = OsSupport::Old;
        else
            r.support = OsSupport::Unsupported;
        return;
    }
    if (r.id == QLatin1String("debian") || r.idLike.contains(QLatin1String("debian"))) {
        r.family = QStringLiteral("debian");
        r.derivative = r.id != QLatin1String("debian");
        if (r.derivative) {
            r.support = OsSupport::Unsupported; // Kali, Raspbian, MX...: not Debian's repos
            return;
        }
        static const QRegularExpression major(QStringLiteral("^(\\d+)"));
        const auto m = major.match(r.versionId);
        r.debianVersion =
            m.hasMatch() ? m.captured(1) : debianVersionForCodename(r.versionCodename);
        const int v = r.debianVersion.isEmpty() ? -1 : r.debianVersion.toInt();
        if (v < 0)
            r.support = OsSupport::Unknown;
        else if (v == 12)
            r.support = OsSupport::Supported;
        else if (v < 12)
            r.support = OsSupport::Old;
        else
            r.support = OsSupport::Unsupported;
        return;
    }
    r.family = QStringLiteral("other");
    r.support = r.id.isEmpty() ? OsSupport::Unknown : OsSupport::Unsupported;
}

OsRelease parseOsRelease(const QString &text)
{
    const QMap<QString, QString> kv = parseOsReleaseText(text);
    OsRelease r;
    r.id = kv.value(QStringLiteral("ID")).trimmed().toLower();
    r.idLike =
        kv.value(QStringLiteral("ID_LIKE")).toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    r.name = kv.value(QStringLiteral("NAME"));
    r.prettyName = kv.value(QStringLiteral("PRETTY_NAME"));
    r.versionId = kv.value(QStringLiteral("VERSION_ID")).trimmed();
    r.versionCodename = kv.value(QStringLiteral("VERSION_CODENAME")).trimmed().toLower();
    r.ubuntuCodename = kv.value(QStringLiteral("UBUNTU_CODENAME")).trimmed().toLower();
    if (r.ubuntuCodename.isEmpty()) // elementary OS also writes UBUNTU_VERSION_CODENAME
        r.ubuntuCodename = kv.value(QStringLiteral("UBUNTU_VERSION_CODENAME")).trimmed().toLower();
    deriveOsRelease(r);
    return r;
}

int wslVersionFromKernel(const QString &kernelRelease)
{
    const QString k = kernelRelease.toLower();
    if (k.contains(QLatin1String("microsoft-standard")) || k.contains(QLatin1String("wsl2")))
        return 2;
    if (k.contains(QLatin1String("microsoft")) || k.contains(QLatin1String("wsl")))
        return 1; // WSL1 fakes a kernel: "4.4.0-19041-Microsoft"
    return 0;
}

QString hypervisorFromDmi(const QString &sysVendor, const QString &productName)
{
    const QString v = sysVendor.trimmed();
    const QString p = productName.trimmed();
    auto has = [](const QString &s, const char *part) {
        return s.contains(QLatin1String(part), Qt::CaseInsensitive);
    };
    if (has(p, "VirtualBox") || has(v, "innotek")) return QStringLiteral("VirtualBox");
    if (has(v, "VMware") || has(p, "VMware")) return QStringLiteral("VMware");
    if (p == QLatin1String("KVM") || has(p, "KVM Virtual Machine")) return QStringLiteral("KVM");
    if (has(v, "QEMU")) return QStringLiteral("QEMU");
    if (has(v, "Microsoft Corporation") && has(p, "Virtual Machine"))
        return QStringLiteral("Microsoft Hyper-V");
    if (has(v, "Xen") || has(p, "HVM domU")) return QStringLiteral("Xen");
    if (has(v, "Amazon EC2"))
        // *.metal instances are Amazon's bare-metal servers, with the same vendor string.
        return p.endsWith(QLatin1String(".metal")) ? QString() : QStringLiteral("Amazon EC2");
    if (has(v, "Google") && has(p, "Google Compute Engine"))
        return QStringLiteral("Google Compute Engine");
    if (has(v, "Parallels")) return QStringLiteral("Parallels");
    if (has(v, "Bochs") || has(p, "Bochs")) return QStringLiteral("Bochs");
    if (has(p, "OpenStack")) return QStringLiteral("OpenStack");
    if (has(v, "DigitalOcean")) return QStringLiteral("DigitalOcean");
    if (has(v, "Alibaba Cloud")) return QStringLiteral("Alibaba Cloud");
    if (has(v, "Nutanix")) return QStringLiteral("Nutanix AHV");
    return {};
}

bool cpuinfoHasHypervisorFlag(const QString &cpuinfo, bool *found)
{
    if (found) *found = false;
    const QStringList lines = cpuinfo.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const int colon = int(line.indexOf(QLatin1Char(':')));
        if (colon < 0 || line.left(colon).trimmed() != QLatin1String("flags")) continue;
        if (found) *found = true;
        return line.mid(colon + 1)
            .split(QLatin1Char(' '), Qt::SkipEmptyParts)
            .contains(QLatin1String("hypervisor"));
    }
    return false;
}

OsFacts probeOs(const Host &host, int timeoutMs)
{
    OsFacts f;

    // --- distribution ---
    bool unreadable = false;
    for (const QString &path : {kEtcOsRelease, kUsrLibOsRelease}) {
        if (!host.exists(path)) continue;
        const auto data = host.readFile(path, 256 * 1024);
        if (!data) {
            unreadable = true;
            f.evidence.push_back({path, QStringLiteral("exists but could not be read")});
            continue;
        }
        const OsRelease r = parseOsRelease(QString::fromUtf8(*data));
        if (r.id.isEmpty()) {
            f.evidence.push_back({path, QStringLiteral("no ID= line")});
            if (f.osReleasePath.isEmpty()) {
                f.osReleasePath = path;
                f.release = r;
                f.state = FactState::Broken;
            }
            continue;
        }
        f.osReleasePath = path;
        f.release = r;
        f.state = FactState::Found;
        f.evidence.push_back(
            {path, QStringLiteral("ID=%1 VERSION_ID=%2 VERSION_CODENAME=%3 UBUNTU_CODENAME=%4")
                       .arg(r.id, r.versionId, r.versionCodename, r.ubuntuCodename)});
        break;
    }
    if (f.osReleasePath.isEmpty()) {
        f.state = unreadable ? FactState::Unknown : FactState::Absent;
        if (!unreadable)
            f.evidence.push_back(
                {kEtcOsRelease, QStringLiteral("missing, and %1 too").arg(kUsrLibOsRelease)});
    }

    // --- kernel and architecture ---
    f.kernelRelease = firstLine(host.readText(kKernelRelease));
    const QString procVersion = firstLine(host.readText(kProcVersion));
    if (!f.kernelRelease.isEmpty())
        f.evidence.push_back({kKernelRelease, f.kernelRelease});
    else if (!procVersion.isEmpty()) {
        // "Linux version 6.1.0-18-amd64 (debian-kernel@...) ..."
        const QStringList words = procVersion.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() >= 3 && words[1] == QLatin1String("version")) {
            f.kernelRelease = words[2];
            f.evidence.push_back({kProcVersion, procVersion});
        }
    }
    const CommandResult uname =
        host.run({QStringLiteral("uname"), QStringLiteral("-m")}, timeoutMs);
    if (uname.ok()) f.architecture = firstLine(uname.out());
    f.evidence.push_back(
        {QStringLiteral("uname -m"), uname.ok() ? f.architecture : uname.describe()});

    // --- WSL ---
    const auto mentionsWsl = [](const QString &s) {
        return s.contains(QLatin1String("microsoft"), Qt::CaseInsensitive) ||
               s.contains(QLatin1String("WSL"));
    };
    if (mentionsWsl(f.kernelRelease)) {
        f.wsl = true;
        f.wslVersion = wslVersionFromKernel(f.kernelRelease);
    }
    if (mentionsWsl(procVersion)) {
        f.wsl = true;
        if (f.wslVersion == 0) f.wslVersion = wslVersionFromKernel(procVersion);
        f.evidence.push_back({kProcVersion, procVersion});
    }
    if (const QString distro = host.env(QStringLiteral("WSL_DISTRO_NAME")); !distro.isEmpty()) {
        f.wsl = true;
        f.evidence.push_back({QStringLiteral("env WSL_DISTRO_NAME"), distro});
    }
    for (const QString &interop : {QStringLiteral("/proc/sys/fs/binfmt_misc/WSLInterop"),
                                   QStringLiteral("/proc/sys/fs/binfmt_misc/WSLInterop-late")}) {
        if (host.exists(interop)) {
            f.wsl = true;
            f.evidence.push_back({interop, QStringLiteral("exists")});
            break;
        }
    }

    // --- virtual machine ---
    const QString sysVendor = host.readText(kSysVendor);
    const QString productName = host.readText(kProductName);
    const bool dmiRead = !sysVendor.isEmpty() || !productName.isEmpty();
    const QString dmiName = hypervisorFromDmi(sysVendor, productName);
    if (dmiRead)
        f.evidence.push_back(
            {QStringLiteral("/sys/class/dmi/id"),
             QStringLiteral("sys_vendor \"%1\", product_name \"%2\"").arg(sysVendor, productName)});

    bool flagsFound = false;
    bool hypervisorFlag = false;
    if (const auto cpuinfo = host.readFile(kCpuinfo, kCpuinfoCap)) {
        hypervisorFlag = cpuinfoHasHypervisorFlag(QString::fromUtf8(*cpuinfo), &flagsFound);
        if (flagsFound)
            f.evidence.push_back({kCpuinfo, hypervisorFlag
                                                ? QStringLiteral("flags include hypervisor")
                                                : QStringLiteral("flags without hypervisor")});
    }

    const QStringList detectArgv = {QStringLiteral("systemd-detect-virt")};
    const CommandResult detect = host.run(detectArgv, timeoutMs);
    const QString detected = firstLine(detect.out());
    QString detectedVm;
    bool detectedNone = false;
    if (detect.ok() && !detected.isEmpty() && detected != QLatin1String("none")) {
        if (isContainerName(detected))
            f.container = detected;
        else
            detectedVm = detected;
    } else if (detect.ran() && detected == QLatin1String("none")) {
        detectedNone = true; // exits 1 with "none" on bare metal
    }
    f.evidence.push_back(
        {detectArgv.join(QLatin1Char(' ')), detect.ran() ? detected : detect.describe()});

    if (!dmiName.isEmpty() || !detectedVm.isEmpty() || hypervisorFlag) {
        f.virtualization = Virtualization::VirtualMachine;
        // systemd-detect-virt tells KVM from plain QEMU (DMI says "QEMU" for both).
        f.hypervisor = !detectedVm.isEmpty() ? prettyDetectVirt(detectedVm) : dmiName;
        if (f.hypervisor.isEmpty() && f.wsl && f.wslVersion == 2)
            f.hypervisor = QStringLiteral("Microsoft Hyper-V (WSL2)");
    } else if (!f.container.isEmpty()) {
        f.virtualization = Virtualization::Container;
    } else if (detectedNone || dmiRead || flagsFound) {
        f.virtualization = Virtualization::None;
    }
    return f;
}

QStringList describeOs(const OsFacts &f)
{
    QStringList out;
    const OsRelease &r = f.release;
    if (f.state == FactState::Found || f.state == FactState::Broken) {
        const QString shown = !r.prettyName.isEmpty() ? r.prettyName
                              : !r.name.isEmpty()     ? r.name
                                                      : r.id;
        out << QStringLiteral("distribution: %1 (ID %2, version %3%4)")
                   .arg(shown.isEmpty() ? QStringLiteral("(unnamed)") : shown,
                        r.id.isEmpty() ? QStringLiteral("missing") : r.id,
                        r.versionId.isEmpty() ? QStringLiteral("not given") : r.versionId,
                        r.versionCodename.isEmpty()
                            ? QString()
                            : QStringLiteral(", codename %1").arg(r.versionCodename));
        if (r.family == QLatin1String("ubuntu") && r.derivative)
            out << (r.ubuntuBase.isEmpty()
                        ? QStringLiteral("an Ubuntu derivative on an unknown Ubuntu release")
                        : QStringLiteral("based on Ubuntu %1").arg(r.ubuntuBase));
        else if (r.family == QLatin1String("debian") && r.derivative)
            out << QStringLiteral("a Debian derivative");
        switch (r.support) {
        case OsSupport::Supported:
            out << QStringLiteral("supported by gpu-setup");
            break;
        case OsSupport::Old:
            out << QStringLiteral("older than the releases gpu-setup supports (Ubuntu 22.04 and "
                                  "24.04, Debian 12)");
            break;
        case OsSupport::Unsupported:
            out << QStringLiteral("not a distribution gpu-setup supports (Ubuntu 22.04 and 24.04, "
                                  "Debian 12)");
            break;
        case OsSupport::Unknown:
            out << QStringLiteral("could not tell whether gpu-setup supports this release");
            break;
        }
    } else if (f.state == FactState::Absent) {
        out << QStringLiteral("no os-release file: distribution unknown");
    } else {
        out << QStringLiteral("could not read the os-release file");
    }
    out << QStringLiteral("kernel %1, architecture %2")
               .arg(f.kernelRelease.isEmpty() ? QStringLiteral("unknown") : f.kernelRelease,
                    f.architecture.isEmpty() ? QStringLiteral("unknown") : f.architecture);
    if (f.wsl)
        out << (f.wslVersion > 0 ? QStringLiteral("running under WSL%1").arg(f.wslVersion)
                                 : QStringLiteral("running under WSL (version unknown)"));
    switch (f.virtualization) {
    case Virtualization::VirtualMachine:
        out << (f.hypervisor.isEmpty() ? QStringLiteral("virtual machine (hypervisor not named)")
                                       : QStringLiteral("virtual machine: %1").arg(f.hypervisor));
        break;
    case Virtualization::Container:
        out << QStringLiteral("inside a container: %1").arg(f.container);
        break;
    case Virtualization::None:
        out << QStringLiteral("bare metal (no hypervisor seen)");
        break;
    case Virtualization::Unknown:
        out << QStringLiteral("could not tell whether this is a virtual machine");
        break;
    }
    if (f.virtualization == Virtualization::VirtualMachine && !f.container.isEmpty())
        out << QStringLiteral("inside a container: %1").arg(f.container);
    return out;
}

} // namespace gpusetup
