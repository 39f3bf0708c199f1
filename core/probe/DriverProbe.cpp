#include "probe/DriverProbe.h"

#include <QRegularExpression>

#include <future>

namespace gpusetup {

namespace {

const QString kProcVersion = QStringLiteral("/proc/driver/nvidia/version");
const QString kProcModules = QStringLiteral("/proc/modules");

// "00000000:01:00.0" and "0000:01:00.0" name the same device.
QString normBusId(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("([0-9a-fA-F]+):([0-9a-fA-F]{2}):([0-9a-fA-F]{2})\\.([0-7])"));
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch()) return s.toLower();
    return QStringLiteral("%1:%2:%3.%4")
        .arg(m.captured(1).toUInt(nullptr, 16), 4, 16, QLatin1Char('0'))
        .arg(m.captured(2).toLower(), m.captured(3).toLower(), m.captured(4));
}

// "1:535.183.01-0ubuntu0.22.04.1" -> "535.183.01"
QString upstreamVersion(const QString &debVersion)
{
    static const QRegularExpression re(QStringLiteral("^(?:\\d+:)?(\\d+(?:\\.\\d+)+)"));
    const QRegularExpressionMatch m = re.match(debVersion);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString firstLine(const QString &text)
{
    for (const QString &l : text.split(QLatin1Char('\n')))
        if (!l.trimmed().isEmpty()) return l.trimmed();
    return QString();
}

} // namespace

QString driverStatusName(DriverStatus s)
{
    return QString::fromStdString(Json(s).get<std::string>());
}

NvidiaProcVersion parseNvidiaProcVersion(const QString &text)
{
    static const QRegularExpression nvrm(QStringLiteral(
        "^NVRM version:\\s*NVIDIA UNIX\\s+(?:(?!Open\\b)(\\S+)\\s+)?(Open\\s+)?Kernel Module"
        "(?:\\s+for\\s+(\\S+))?\\s+(\\d+(?:\\.\\d+)+)\\s*(.*)$"));
    static const QRegularExpression builder(QStringLiteral("\\(([^)]*)\\)\\s*(.*)$"));
    static const QRegularExpression gcc(QStringLiteral("gcc version (\\d+(?:\\.\\d+)*)"));
    NvidiaProcVersion v;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.startsWith(QLatin1String("NVRM version:"))) {
            v.firstLine = line;
            const QRegularExpressionMatch m = nvrm.match(line);
            if (!m.hasMatch()) continue;
            v.valid = true;
            v.open = !m.captured(2).isEmpty();
            v.architecture = !m.captured(3).isEmpty() ? m.captured(3) : m.captured(1);
            v.version = m.captured(4);
            QString rest = m.captured(5).trimmed();
            if (rest.startsWith(QLatin1String("Release Build"))) rest = rest.mid(13).trimmed();
            if (const QRegularExpressionMatch b = builder.match(rest);
                b.hasMatch() && rest.startsWith(QLatin1Char('('))) {
                v.builder = b.captured(1).trimmed();
                rest = b.captured(2).trimmed();
            }
            v.buildDate = rest.simplified();
        } else if (line.startsWith(QLatin1String("GCC version:"))) {
            v.gccLine = line.mid(12).trimmed();
            if (const QRegularExpressionMatch g = gcc.match(v.gccLine); g.hasMatch())
                v.gccVersion = g.captured(1);
        }
    }
    return v;
}

QStringList parseProcModules(const QString &text)
{
    QStringList names;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString name = line.section(QLatin1Char(' '), 0, 0).trimmed();
        if (!name.isEmpty()) names << name;
    }
    return names;
}

QStringList smiXmlArgv()
{
    return {QStringLiteral("nvidia-smi"), QStringLiteral("-q"), QStringLiteral("-x")};
}
QStringList smiTableArgv()
{
    return {QStringLiteral("nvidia-smi")};
}
QStringList smiCsvArgv()
{
    return {QStringLiteral("nvidia-smi"),
            QStringLiteral("--query-gpu=") + smiCsvFallbackFields().join(QLatin1Char(',')),
            QStringLiteral("--format=csv,noheader,nounits")};
}
QStringList driverPackagePatterns()
{
    return {QStringLiteral("nvidia-driver-*"),     QStringLiteral("nvidia-kernel-*"),
            QStringLiteral("nvidia-dkms-*"),       QStringLiteral("nvidia-utils-*"),
            QStringLiteral("libnvidia-compute-*"), QStringLiteral("nvidia-open*"),
            QStringLiteral("nvidia-driver")};
}

QStringList prebuiltModulesArgv()
{
    return {QStringLiteral("apt-cache"), QStringLiteral("pkgnames"),
            QStringLiteral("linux-modules-nvidia-")};
}

PrebuiltModules parsePrebuiltModules(const QString &pkgnames, const QString &kernelRelease)
{
    PrebuiltModules p;
    p.checked = true;
    p.state = FactState::Found;
    p.kernel = kernelRelease.trimmed();
    // "5.15.0-91-generic": series 5.15.0, ABI 91, kernel flavour "generic" ("generic-64k",
    // "lowlatency", "oem" ... are other flavours with their own module packages).
    static const QRegularExpression kernelRe(
        QStringLiteral("^(\\d+\\.\\d+\\.\\d+)-(\\d+)-(\\S+)$"));
    const QRegularExpressionMatch k = kernelRe.match(p.kernel);
    if (!k.hasMatch()) return p; // a custom kernel: no Ubuntu module package can match it
    // linux-modules-nvidia-<driver flavour>-<series>-<abi>-<kernel flavour>, e.g.
    // linux-modules-nvidia-535-server-open-5.15.0-91-generic (packages.ubuntu.com, source
    // linux-restricted-modules); the metapackages (…-580-generic-hwe-22.04) carry no ABI.
    static const QRegularExpression pkgRe(QStringLiteral(
        "^linux-modules-nvidia-(\\d+(?:-server)?(?:-open)?)-(\\d+\\.\\d+\\.\\d+)-\\d+-(\\S+)$"));
    for (const QString &raw : pkgnames.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = pkgRe.match(raw.trimmed());
        if (!m.hasMatch() || m.captured(2) != k.captured(1) || m.captured(3) != k.captured(3))
            continue;
        if (!p.flavours.contains(m.captured(1))) p.flavours << m.captured(1);
    }
    p.flavours.sort();
    return p;
}

PrebuiltModules probePrebuiltModules(const Host &host, const QString &kernelRelease, int timeoutMs,
                                     Evidence *evidence)
{
    const QStringList argv = prebuiltModulesArgv();
    const CommandResult r = host.run(argv, timeoutMs);
    Evidence e{argv.join(QLatin1Char(' ')), QString()};
    PrebuiltModules p;
    if (r.ok()) {
        p = parsePrebuiltModules(r.out(), kernelRelease);
        e.detail =
            p.flavours.isEmpty()
                ? QStringLiteral("no Canonical-signed NVIDIA modules for kernel %1").arg(p.kernel)
                : QStringLiteral("Canonical-signed NVIDIA modules for kernel %1 (any ABI "
                                 "of its series): %2")
                      .arg(p.kernel, p.flavours.join(QStringLiteral(", ")));
    } else {
        // Ubuntu always has apt-cache: a failure says nothing about the archive.
        p.checked = true;
        p.state = FactState::Unknown;
        p.kernel = kernelRelease.trimmed();
        e.detail = r.describe();
    }
    if (evidence) *evidence = e;
    return p;
}

QString cudaVersionFromInt(int v)
{
    if (v <= 0) return QString();
    return QStringLiteral("%1.%2").arg(v / 1000).arg((v % 1000) / 10);
}

QString driverVersionFromNvml(const QString &nvmlVersion)
{
    const QStringList parts = nvmlVersion.trimmed().split(QLatin1Char('.'), Qt::SkipEmptyParts);
    // NVML prefixes its own major ("12.535.154.05", "13.595.84"); driver majors are >= 100.
    if (parts.size() >= 3 && parts[0].toInt() > 0 && parts[0].toInt() < 100)
        return parts.mid(1).join(QLatin1Char('.'));
    return nvmlVersion.trimmed();
}

DriverFacts probeDriver(const Host &host, int timeoutMs)
{
    DriverFacts f;
    // NVML can block as long as nvidia-smi on a wedged driver: ask it alongside, not after.
    std::future<NvmlInfo> nvmlAnswer =
        std::async(std::launch::async, [&host, timeoutMs] { return host.nvml(timeoutMs); });

    // 1. the kernel module
    const std::optional<QByteArray> procRaw = host.readFile(kProcVersion, 64 * 1024);
    NvidiaProcVersion proc;
    if (procRaw) {
        proc = parseNvidiaProcVersion(QString::fromUtf8(*procRaw));
        f.evidence.push_back({kProcVersion, proc.firstLine.isEmpty()
                                                ? firstLine(QString::fromUtf8(*procRaw))
                                                : proc.firstLine});
    } else {
        f.evidence.push_back({kProcVersion, QStringLiteral("not present")});
    }
    f.kernelModuleLoaded = proc.valid;
    f.kernelVersion = proc.version;
    f.openKernelModule = proc.open;
    f.kernelArchitecture = proc.architecture;
    f.kernelBuildDate = proc.buildDate;
    f.kernelGcc = proc.gccLine;

    // 2. loaded modules
    if (const std::optional<QByteArray> mods = host.readFile(kProcModules, 1024 * 1024)) {
        f.modulesRead = true;
        const QStringList names = parseProcModules(QString::fromUtf8(*mods));
        f.nvidiaLoaded = names.contains(QLatin1String("nvidia"));
        f.nvidiaDrmLoaded = names.contains(QLatin1String("nvidia_drm"));
        f.nvidiaModesetLoaded = names.contains(QLatin1String("nvidia_modeset"));
        f.nvidiaUvmLoaded = names.contains(QLatin1String("nvidia_uvm"));
        f.nouveauLoaded = names.contains(QLatin1String("nouveau"));
        QStringList loaded;
        for (const char *n : {"nvidia", "nvidia_drm", "nvidia_modeset", "nvidia_uvm", "nouveau"})
            if (names.contains(QLatin1String(n))) loaded << QLatin1String(n);
        f.evidence.push_back(
            {kProcModules, loaded.isEmpty()
                               ? QStringLiteral("no nvidia or nouveau module loaded")
                               : loaded.join(QStringLiteral(", ")) + QStringLiteral(" loaded")});
    } else {
        f.evidence.push_back({kProcModules, QStringLiteral("not readable")});
    }

    // 3. NVML
    const NvmlInfo nvml = nvmlAnswer.get();
    f.nvmlState = nvml.state;
    f.nvmlError = nvml.error;
    f.evidence.push_back(
        {QStringLiteral("NVML"),
         nvml.state == FactState::Found
             ? QStringLiteral("driver %1, NVML %2, CUDA %3, %4 device(s)")
                   .arg(nvml.driverVersion, nvml.nvmlVersion,
                        cudaVersionFromInt(nvml.cudaDriverVersion))
                   .arg(nvml.devices.size())
             : factStateName(nvml.state) +
                   (nvml.error.isEmpty() ? QString() : QStringLiteral(": ") + nvml.error)});

    // 4. nvidia-smi: XML, then the table, then a CSV query; never again after a timeout.
    SmiReport smi;
    const auto runSmi = [&](const QStringList &argv, auto parse) -> bool {
        const CommandResult r = host.run(argv, timeoutMs);
        ++f.smiCalls;
        const QString line = argv.join(QLatin1Char(' '));
        if (r.status == CommandResult::Status::TimedOut) {
            f.smiTimedOut = true;
            f.smiError = classifySmiResult(r);
            f.evidence.push_back(
                {line, QStringLiteral("timed out after %1 ms; nvidia-smi not asked again")
                           .arg(timeoutMs)});
            return false;
        }
        SmiReport rep = r.ok() ? parse(r) : SmiReport{};
        if (rep.valid) {
            smi = rep;
            f.smiSource = rep.format;
            f.smiError = {};
            f.evidence.push_back(
                {line,
                 QStringLiteral("driver %1, CUDA %2, %3 GPU(s)")
                     .arg(rep.driverVersion.isEmpty() ? QStringLiteral("?") : rep.driverVersion,
                          rep.cudaVersion.isEmpty() ? QStringLiteral("?") : rep.cudaVersion)
                     .arg(rep.gpus.size())});
            return true;
        }
        SmiErrorInfo e = classifySmiResult(r);
        if (e.kind == SmiError::None) {
            e.kind = SmiError::Other;
            e.message =
                rep.parseError.isEmpty() ? QStringLiteral("output not understood") : rep.parseError;
        }
        f.smiError = e;
        f.evidence.push_back(
            {line, r.ran() ? QStringLiteral("exit %1: %2").arg(r.exitCode).arg(e.message)
                           : r.describe()});
        return false;
    };
    // Errors that every nvidia-smi call would repeat: asking again only costs time.
    const auto final = [&] {
        switch (f.smiError.kind) {
        case SmiError::Other:
        case SmiError::InvalidQueryField:
        case SmiError::None:
            return false;
        case SmiError::NotInstalled:
            // A snapshot may lack one nvidia-smi capture while the binary is on PATH.
            return host.which(QStringLiteral("nvidia-smi")).isEmpty();
        default:
            return true;
        }
    };
    if (!runSmi(smiXmlArgv(), [](const CommandResult &r) { return parseSmiXml(r.stdOut); }) &&
        !f.smiTimedOut && !final() &&
        !runSmi(smiTableArgv(), [](const CommandResult &r) { return parseSmiTable(r.out()); }) &&
        !f.smiTimedOut && !final()) {
        runSmi(smiCsvArgv(),
               [](const CommandResult &r) { return parseSmiCsv(r.out(), smiCsvFallbackFields()); });
    }
    if (f.smiTimedOut) f.smiError.kind = SmiError::TimedOut;
    f.smiVersion = smi.smiVersion;

    // 5. packages
    Evidence pkgEvidence;
    const QList<DebPackage> pkgs =
        queryPackages(host, driverPackagePatterns(), timeoutMs, &f.packagesState, &pkgEvidence);
    for (const DebPackage &p : pkgs)
        if (p.installed()) f.packages.push_back(p);
    f.evidence.push_back(pkgEvidence);

    // Derived: GPUs, versions.
    for (const SmiGpu &g : smi.gpus) {
        DriverGpu d;
        d.index = g.index;
        d.name = g.name;
        d.uuid = g.uuid;
        d.serial = g.serial;
        d.busId = g.busId;
        d.memoryTotalMiB = g.memoryTotalMiB;
        d.computeCapability = g.computeCapability;
        d.migMode = g.migCurrent;
        d.migDevices = int(g.migDevices.size());
        f.gpus.push_back(d);
    }
    if (nvml.state == FactState::Found) {
        if (f.gpus.isEmpty()) {
            for (const NvmlDevice &n : nvml.devices)
                f.gpus.push_back({n.index, n.name, n.uuid, QString(), n.pciBusId, n.memoryTotalMiB,
                                  n.computeCapability, QString(), 0});
        } else {
            for (DriverGpu &d : f.gpus)
                for (const NvmlDevice &n : nvml.devices)
                    if ((!d.uuid.isEmpty() && d.uuid == n.uuid) ||
                        (!d.busId.isEmpty() && normBusId(d.busId) == normBusId(n.pciBusId))) {
                        if (d.computeCapability.isEmpty())
                            d.computeCapability = n.computeCapability;
                        if (d.name.isEmpty() ||
                            (d.name.size() < n.name.size() && n.name.startsWith(d.name)))
                            d.name = n.name; // the table cuts long names
                        if (d.uuid.isEmpty()) d.uuid = n.uuid;
                    }
        }
    }

    f.cudaVersion = smi.cudaVersion;
    if (f.cudaVersion.isEmpty()) f.cudaVersion = cudaVersionFromInt(nvml.cudaDriverVersion);

    // The user-space library: NVML's own version, else what a mismatch message names,
    // else what nvidia-smi (which links it) reports, else the installed package.
    QString packageLibVersion;
    for (const char *prefix : {"libnvidia-compute-", "nvidia-utils-", "nvidia-driver-"}) {
        for (const DebPackage &p : f.packages)
            if (p.name.startsWith(QLatin1String(prefix)) && packageLibVersion.isEmpty())
                packageLibVersion = upstreamVersion(p.version);
    }
    if (nvml.state == FactState::Found && !nvml.nvmlVersion.isEmpty())
        f.libraryVersion = driverVersionFromNvml(nvml.nvmlVersion);
    else if (!f.smiError.nvmlLibraryVersion.isEmpty())
        f.libraryVersion = f.smiError.nvmlLibraryVersion;
    else if (nvml.state == FactState::Found && !nvml.driverVersion.isEmpty())
        f.libraryVersion = nvml.driverVersion;
    else if (!smi.driverVersion.isEmpty())
        f.libraryVersion = smi.driverVersion;
    else if (f.smiError.kind == SmiError::VersionMismatch || !f.kernelModuleLoaded)
        f.libraryVersion = packageLibVersion;

    // Derived: status.
    const bool nvidiaPackages = !f.packages.isEmpty();
    const bool smiWorks = !f.smiSource.isEmpty();
    const bool nvmlWorks = nvml.state == FactState::Found;
    const bool nvmlMismatch = nvml.error.contains(QLatin1String("mismatch"), Qt::CaseInsensitive);
    const bool versionsDiffer =
        f.kernelModuleLoaded && !f.libraryVersion.isEmpty() && f.libraryVersion != f.kernelVersion;
    const bool packageDiffers = f.kernelModuleLoaded && !smiWorks && !nvmlWorks &&
                                !packageLibVersion.isEmpty() &&
                                packageLibVersion != f.kernelVersion;
    const QString kv = f.kernelVersion;
    const auto set = [&](DriverStatus s, FactState st, const QString &why) {
        f.status = s;
        f.state = st;
        f.reason = why;
    };
    if (f.smiTimedOut) {
        set(DriverStatus::SmiTimedOut, FactState::Broken,
            QStringLiteral("nvidia-smi did not answer within %1 ms; the driver may be hung (a "
                           "reboot usually clears it)")
                .arg(timeoutMs));
    } else if (f.smiError.kind == SmiError::VersionMismatch || nvmlMismatch || versionsDiffer ||
               packageDiffers) {
        const QString lib = !f.libraryVersion.isEmpty() ? f.libraryVersion : packageLibVersion;
        set(DriverStatus::VersionMismatch, FactState::Broken,
            !kv.isEmpty() && !lib.isEmpty()
                ? QStringLiteral("The loaded kernel module is %1 but the installed driver library "
                                 "is %2: reboot to load the new driver")
                      .arg(kv, lib)
                : QStringLiteral("The NVIDIA kernel module and driver library versions differ: "
                                 "reboot to load the new driver"));
    } else if (f.smiError.kind == SmiError::GpuLost) {
        set(DriverStatus::GpuLost, FactState::Broken,
            QStringLiteral("The driver lost GPU %1 (\"GPU is lost\"); reboot, and check power and "
                           "cooling if it recurs")
                .arg(f.smiError.busId));
    } else if ((smiWorks || nvmlWorks) && !f.gpus.isEmpty()) {
        set(DriverStatus::Ok, FactState::Found,
            QStringLiteral("NVIDIA driver %1 is working and sees %2 GPU(s)")
                .arg(!kv.isEmpty()
                         ? kv
                         : (!smi.driverVersion.isEmpty() ? smi.driverVersion : nvml.driverVersion))
                .arg(f.gpus.size()));
    } else if (f.smiError.kind == SmiError::NoDevices || smiWorks ||
               (nvmlWorks && nvml.devices.isEmpty())) {
        set(DriverStatus::NoDevices, FactState::Broken,
            QStringLiteral("The NVIDIA driver is loaded but finds no GPU"));
    } else if (f.kernelModuleLoaded) {
        if (f.smiError.kind == SmiError::NotInstalled && nvml.state == FactState::Unknown)
            set(DriverStatus::Unknown, FactState::Unknown,
                QStringLiteral("The NVIDIA kernel module %1 is loaded, but nvidia-smi is not "
                               "installed to confirm it works")
                    .arg(kv));
        else
            set(DriverStatus::NvmlBroken, FactState::Broken,
                QStringLiteral("The NVIDIA kernel module %1 is loaded but the driver library "
                               "cannot use it (%2)")
                    .arg(kv, !f.smiError.message.isEmpty()
                                 ? f.smiError.message
                                 : (!nvml.error.isEmpty()
                                        ? nvml.error
                                        : QStringLiteral("nvidia-smi and NVML failed"))));
    } else if (f.nouveauLoaded) {
        set(DriverStatus::NouveauInUse, nvidiaPackages ? FactState::Broken : FactState::Absent,
            nvidiaPackages
                ? QStringLiteral(
                      "NVIDIA driver packages are installed but the open-source nouveau driver is "
                      "in use; reboot (and check Secure Boot) to load the NVIDIA driver")
                : QStringLiteral(
                      "No NVIDIA driver is installed; the open-source nouveau driver is in use"));
    } else if (nvidiaPackages || f.nvidiaLoaded) {
        set(DriverStatus::InstalledNotLoaded, FactState::Broken,
            QStringLiteral("NVIDIA driver packages are installed but the kernel module is not "
                           "loaded (reboot, Secure Boot or a failed DKMS build)"));
    } else if (f.smiError.kind == SmiError::DriverNotLoaded ||
               f.smiError.kind == SmiError::NotInstalled ||
               f.smiError.kind == SmiError::NvmlMissing || !procRaw) {
        set(DriverStatus::NotInstalled, FactState::Absent,
            QStringLiteral("No NVIDIA driver is installed"));
    } else {
        set(DriverStatus::Unknown, FactState::Unknown,
            QStringLiteral("The state of the NVIDIA driver could not be determined"));
    }
    return f;
}

QStringList describeDriver(const DriverFacts &f)
{
    QStringList out;
    out << QStringLiteral("Driver status: %1 (%2)").arg(driverStatusName(f.status), f.reason);
    if (!f.kernelModuleLoaded && f.status == DriverStatus::Ok) {
        out << QStringLiteral(
            "No /proc/driver/nvidia, yet the driver answers (WSL or a container: the "
            "kernel driver lives outside this system)");
    } else if (!f.kernelModuleLoaded) {
        out << QStringLiteral("No NVIDIA driver is loaded (no /proc/driver/nvidia)");
    } else {
        out << QStringLiteral("NVIDIA kernel module %1 is loaded (%2%3%4)")
                   .arg(f.kernelVersion,
                        f.openKernelModule ? QStringLiteral("open") : QStringLiteral("proprietary"),
                        f.kernelArchitecture.isEmpty()
                            ? QString()
                            : QStringLiteral(", ") + f.kernelArchitecture,
                        f.kernelBuildDate.isEmpty()
                            ? QString()
                            : QStringLiteral(", built ") + f.kernelBuildDate);
    }
    if (f.modulesRead) {
        QStringList extra;
        if (f.nvidiaUvmLoaded) extra << QStringLiteral("nvidia_uvm");
        if (f.nvidiaDrmLoaded) extra << QStringLiteral("nvidia_drm");
        if (f.nvidiaModesetLoaded) extra << QStringLiteral("nvidia_modeset");
        if (f.nvidiaLoaded && !extra.isEmpty())
            out << QStringLiteral("Also loaded: %1").arg(extra.join(QStringLiteral(", ")));
        if (f.nouveauLoaded) out << QStringLiteral("The open-source nouveau driver is loaded");
    }
    if (!f.libraryVersion.isEmpty() && f.libraryVersion != f.kernelVersion)
        out << QStringLiteral("Driver library (user space) version %1").arg(f.libraryVersion);
    if (!f.cudaVersion.isEmpty())
        out << QStringLiteral("The driver supports CUDA up to %1").arg(f.cudaVersion);
    if (f.smiTimedOut)
        out << QStringLiteral("nvidia-smi timed out and was not asked again");
    else if (f.smiError.kind == SmiError::NotInstalled)
        out << QStringLiteral("nvidia-smi is not installed");
    else if (f.smiError.kind != SmiError::None)
        out << QStringLiteral("nvidia-smi failed: %1").arg(f.smiError.message);
    for (const DriverGpu &g : f.gpus) {
        QString line = QStringLiteral("GPU %1: %2")
                           .arg(g.index)
                           .arg(g.name.isEmpty() ? QStringLiteral("(unnamed)") : g.name);
        if (g.memoryTotalMiB >= 0) line += QStringLiteral(", %1 MiB").arg(g.memoryTotalMiB);
        if (!g.busId.isEmpty()) line += QStringLiteral(", bus %1").arg(g.busId);
        if (!g.computeCapability.isEmpty())
            line += QStringLiteral(", compute capability %1").arg(g.computeCapability);
        if (g.migMode == QLatin1String("Enabled"))
            line += QStringLiteral(", MIG enabled (%1 MIG devices)").arg(g.migDevices);
        out << line;
    }
    if (f.prebuilt.checked) {
        if (f.prebuilt.state != FactState::Found)
            out << QStringLiteral("apt could not say whether signed prebuilt NVIDIA modules exist "
                                  "for kernel %1")
                       .arg(f.prebuilt.kernel);
        else if (f.prebuilt.flavours.isEmpty())
            out << QStringLiteral("Ubuntu has no Canonical-signed NVIDIA modules for kernel %1: a "
                                  "driver installed now is built with DKMS")
                       .arg(f.prebuilt.kernel);
        else
            out << QStringLiteral("Canonical-signed NVIDIA modules exist for kernel %1 (driver "
                                  "%2)")
                       .arg(f.prebuilt.kernel, f.prebuilt.flavours.join(QStringLiteral(", ")));
    }
    if (f.packagesState == FactState::Found) {
        if (f.packages.isEmpty()) {
            out << QStringLiteral("No NVIDIA driver packages are installed");
        } else {
            QStringList p;
            for (const DebPackage &d : f.packages)
                p << d.name + QLatin1Char(' ') + d.version;
            out << QStringLiteral("Installed driver packages: %1")
                       .arg(p.join(QStringLiteral(", ")));
        }
    }
    return out;
}

} // namespace gpusetup
