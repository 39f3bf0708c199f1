#include "probe/SecureBootProbe.h"

#include <QRegularExpression>

namespace gpusetup {

namespace {

const QString kEfiDir = QStringLiteral("/sys/firmware/efi");
const QString kEfiVars = QStringLiteral("/sys/firmware/efi/efivars");
const QString kGlobalGuid = QStringLiteral("8be4df61-93ca-11d2-aa0d-00e098032b8c");
const QString kSbVar = kEfiVars + QStringLiteral("/SecureBoot-") + kGlobalGuid;
const QString kSetupModeVar = kEfiVars + QStringLiteral("/SetupMode-") + kGlobalGuid;
const QString kOldSbVar =
    kEfiDir + QStringLiteral("/vars/SecureBoot-") + kGlobalGuid + QStringLiteral("/data");

bool mokutilMissing(const CommandResult &r)
{
    return r.status == CommandResult::Status::NotInstalled ||
           r.err().contains(QLatin1String("command not found")) ||
           r.out().contains(QLatin1String("command not found"));
}

QString firstLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &l : lines)
        l = l.trimmed();
    lines.removeAll(QString());
    return lines.mid(0, 3).join(QStringLiteral(" / "));
}

} // namespace

QString secureBootStateName(SecureBootState s)
{
    switch (s) {
    case SecureBootState::Enabled:
        return QStringLiteral("enabled");
    case SecureBootState::Disabled:
        return QStringLiteral("disabled");
    case SecureBootState::Unsupported:
        return QStringLiteral("unsupported");
    case SecureBootState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

MokutilSbState parseMokutilSbState(const QString &output)
{
    MokutilSbState s;
    for (QString line : output.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.compare(QLatin1String("SecureBoot enabled"), Qt::CaseInsensitive) == 0) {
            s.secureBoot = SecureBootState::Enabled;
            s.uefi = 1;
        } else if (line.compare(QLatin1String("SecureBoot disabled"), Qt::CaseInsensitive) == 0) {
            s.secureBoot = SecureBootState::Disabled;
            s.uefi = 1;
        } else if (line.contains(QLatin1String("doesn't support Secure Boot"),
                                 Qt::CaseInsensitive) ||
                   line.contains(QLatin1String("does not support Secure Boot"),
                                 Qt::CaseInsensitive)) {
            s.secureBoot = SecureBootState::Unsupported;
            s.uefi = 1; // EFI variables are readable; only the SecureBoot one is missing
        } else if (line.contains(QLatin1String("EFI variables are not supported"),
                                 Qt::CaseInsensitive)) {
            s.secureBoot = SecureBootState::Unsupported;
            s.uefi = 0;
        } else if (line.contains(QLatin1String("Setup Mode"), Qt::CaseInsensitive)) {
            s.setupMode = true;
        } else if (line.contains(QLatin1String("validation is disabled"), Qt::CaseInsensitive)) {
            s.shimValidationDisabled = true;
        }
    }
    return s;
}

SecureBootState parseSecureBootEfiVar(const QByteArray &bytes)
{
    char value;
    if (bytes.size() == 5)
        value = bytes[4];
    else if (bytes.size() == 1)
        value = bytes[0];
    else
        return SecureBootState::Unknown;
    if (value == 1) return SecureBootState::Enabled;
    if (value == 0) return SecureBootState::Disabled;
    return SecureBootState::Unknown;
}

int parseMokutilListNew(const QString &output)
{
    const QString t = output.trimmed();
    if (t.isEmpty() || t.contains(QLatin1String("is empty"), Qt::CaseInsensitive)) return 0;
    static const QRegularExpression key(QStringLiteral("^\\s*\\[key \\d+\\]"),
                                        QRegularExpression::MultilineOption);
    int n = 0;
    for (auto it = key.globalMatch(t); it.hasNext(); it.next())
        ++n;
    if (n > 0) return n;
    // An older mokutil prints a certificate without "[key N]" headers.
    if (t.contains(QLatin1String("Fingerprint")) || t.contains(QLatin1String("Certificate:")))
        return 1;
    return -1;
}

QStringList parseRebootRequiredPkgs(const QByteArray &text)
{
    QStringList out;
    for (const QByteArray &line : text.split('\n')) {
        const QString p = QString::fromUtf8(line).trimmed();
        if (!p.isEmpty() && !out.contains(p)) out << p;
    }
    return out;
}

BootFacts probeBoot(const Host &host, int timeoutMs)
{
    BootFacts f;
    const bool efiDir = host.isDir(kEfiDir);

    // 1. mokutil: what shim and the distribution tools believe.
    const QStringList sbArgv = {QStringLiteral("mokutil"), QStringLiteral("--sb-state")};
    const QString sbCmd = sbArgv.join(QLatin1Char(' '));
    const CommandResult sb = host.run(sbArgv, timeoutMs);
    const bool haveMokutil = !mokutilMissing(sb);
    if (!haveMokutil) {
        f.evidence.push_back({sbCmd, QStringLiteral("mokutil is not installed")});
    } else {
        const QString text = sb.out() + QLatin1Char('\n') + sb.err();
        const MokutilSbState m = parseMokutilSbState(text);
        f.evidence.push_back(
            {sbCmd, sb.ran() && !firstLines(text).isEmpty() ? firstLines(text) : sb.describe()});
        // "EFI variables are not supported" on a machine that did boot UEFI means mokutil could
        // not read efivarfs (not mounted, a container): sysfs below knows better.
        if (m.secureBoot != SecureBootState::Unknown && !(m.uefi == 0 && efiDir)) {
            f.secureBoot = m.secureBoot;
            f.uefi = m.uefi == 1 || efiDir;
            f.setupMode = m.setupMode;
            f.shimValidationDisabled = m.shimValidationDisabled;
            f.secureBootSource = sbCmd;
        }
    }

    // 2. The SecureBoot EFI variable itself.
    if (f.secureBoot == SecureBootState::Unknown) {
        for (const QString &path : {kSbVar, kOldSbVar}) {
            const auto bytes = host.readFile(path, 64);
            if (!bytes) continue;
            const SecureBootState s = parseSecureBootEfiVar(*bytes);
            f.evidence.push_back(
                {path, QStringLiteral("%1 bytes, value %2")
                           .arg(bytes->size())
                           .arg(bytes->isEmpty() ? -1 : int(quint8(bytes->back())))});
            if (s == SecureBootState::Unknown) continue;
            f.secureBoot = s;
            f.uefi = true;
            f.secureBootSource = path;
            if (const auto setup = host.readFile(kSetupModeVar, 64); setup && setup->size() == 5) {
                f.setupMode = setup->at(4) == 1;
                f.evidence.push_back(
                    {kSetupModeVar, QStringLiteral("value %1").arg(int(setup->at(4)))});
            }
            break;
        }
    }

    // 3. Only the firmware directory: UEFI or legacy BIOS.
    if (f.secureBoot == SecureBootState::Unknown) {
        if (efiDir) {
            f.uefi = true;
            const QStringList vars = host.entries(kEfiVars);
            if (!vars.isEmpty()) {
                // efivarfs is readable and has no SecureBoot variable: firmware without it.
                f.secureBoot = SecureBootState::Unsupported;
                f.secureBootSource = kEfiVars;
                f.evidence.push_back({kEfiVars, QStringLiteral("%1 variables, no SecureBoot-%2")
                                                    .arg(vars.size())
                                                    .arg(kGlobalGuid)});
            } else {
                f.evidence.push_back(
                    {kEfiVars, QStringLiteral("not readable: Secure Boot state unknown")});
            }
        } else if (host.isDir(QStringLiteral("/sys/firmware"))) {
            f.uefi = false;
            f.secureBoot = SecureBootState::Unsupported;
            f.secureBootSource = kEfiDir;
            f.evidence.push_back({kEfiDir, QStringLiteral("absent: legacy BIOS boot")});
        } else {
            f.evidence.push_back({QStringLiteral("/sys/firmware"), QStringLiteral("not readable")});
        }
    }
    f.state = f.secureBoot == SecureBootState::Unknown ? FactState::Unknown : FactState::Found;

    // Keys imported with `mokutil --import` that the MOK manager enrols at the next boot.
    if (haveMokutil && f.uefi) {
        const QStringList argv = {QStringLiteral("mokutil"), QStringLiteral("--list-new")};
        const CommandResult r = host.run(argv, timeoutMs);
        if (r.ran() && !mokutilMissing(r)) {
            f.mokPendingKeys = parseMokutilListNew(r.out() + QLatin1Char('\n') + r.err());
            f.evidence.push_back({argv.join(QLatin1Char(' ')),
                                  f.mokPendingKeys < 0
                                      ? firstLines(r.out() + QLatin1Char('\n') + r.err())
                                      : QStringLiteral("%1 key(s) pending").arg(f.mokPendingKeys)});
        } else if (!mokutilMissing(r)) {
            f.evidence.push_back({argv.join(QLatin1Char(' ')), r.describe()});
        }
    }

    // Ubuntu's update-notifier flag; /var/run is a link to /run on current systems.
    for (const QString &path :
         {QStringLiteral("/var/run/reboot-required"), QStringLiteral("/run/reboot-required")}) {
        if (!host.exists(path)) continue;
        f.rebootRequired = true;
        if (const auto pkgs = host.readFile(path + QStringLiteral(".pkgs"), 1024 * 1024))
            f.rebootPackages = parseRebootRequiredPkgs(*pkgs);
        f.evidence.push_back({path, f.rebootPackages.isEmpty()
                                        ? QStringLiteral("present")
                                        : QStringLiteral("present; packages: %1")
                                              .arg(f.rebootPackages.join(QStringLiteral(", ")))});
        break;
    }
    if (!f.rebootRequired)
        f.evidence.push_back(
            {QStringLiteral("/var/run/reboot-required"), QStringLiteral("absent")});
    return f;
}

QStringList describeBoot(const BootFacts &f)
{
    QStringList lines;
    const QString boot = f.uefi ? QStringLiteral("UEFI boot") : QStringLiteral("legacy BIOS boot");
    switch (f.secureBoot) {
    case SecureBootState::Enabled:
        lines << QStringLiteral("Secure Boot is enabled (%1)").arg(boot);
        break;
    case SecureBootState::Disabled:
        lines << QStringLiteral("Secure Boot is disabled (%1)").arg(boot);
        break;
    case SecureBootState::Unsupported:
        lines << (f.uefi ? QStringLiteral("Secure Boot is not supported by this UEFI firmware")
                         : QStringLiteral("Secure Boot does not apply: legacy BIOS boot"));
        break;
    case SecureBootState::Unknown:
        lines << QStringLiteral("Secure Boot state could not be checked");
        break;
    }
    if (f.setupMode)
        lines << QStringLiteral(
            "The firmware is in Secure Boot setup mode (no platform key enrolled)");
    if (f.shimValidationDisabled)
        lines << QStringLiteral(
            "Shim signature validation is disabled, so unsigned kernel modules load");
    if (f.mokPendingKeys > 0)
        lines
            << QStringLiteral(
                   "%1 machine owner key(s) wait for enrolment in the MOK manager at the next boot")
                   .arg(f.mokPendingKeys);
    else if (f.mokPendingKeys == 0)
        lines << QStringLiteral("No machine owner key is waiting for enrolment");
    if (f.rebootRequired)
        lines << (f.rebootPackages.isEmpty()
                      ? QStringLiteral("A reboot is required")
                      : QStringLiteral("A reboot is required (asked for by %1)")
                            .arg(f.rebootPackages.join(QStringLiteral(", "))));
    else
        lines << QStringLiteral("No reboot is pending");
    return lines;
}

} // namespace gpusetup
