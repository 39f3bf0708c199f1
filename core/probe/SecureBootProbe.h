#pragma once
// Secure Boot decides whether an unsigned (self-built, DKMS) NVIDIA module may load; a pending
// MOK enrolment or a pending reboot means the driver just installed is not running yet.
#include "host/Host.h"
#include "probe/Fact.h"

namespace gpusetup {

enum class SecureBootState { Unknown, Enabled, Disabled, Unsupported };
NLOHMANN_JSON_SERIALIZE_ENUM(SecureBootState, {{SecureBootState::Unknown, "unknown"},
                                               {SecureBootState::Enabled, "enabled"},
                                               {SecureBootState::Disabled, "disabled"},
                                               {SecureBootState::Unsupported, "unsupported"}})

QString secureBootStateName(SecureBootState s);

struct BootFacts
{
    // found: the Secure Boot state is known; unknown: neither mokutil nor sysfs could tell.
    FactState state = FactState::Unknown;
    // unsupported: legacy BIOS boot, or UEFI firmware without Secure Boot.
    SecureBootState secureBoot = SecureBootState::Unknown;
    bool uefi = false;        // booted in UEFI mode (/sys/firmware/efi)
    QString secureBootSource; // "mokutil --sb-state", the efivar path, or "/sys/firmware/efi"
    bool setupMode = false;   // firmware in setup mode: no platform key enrolled
    bool shimValidationDisabled = false; // "SecureBoot validation is disabled in shim"
    int mokPendingKeys = -1;     // keys waiting for the MOK manager at next boot; -1 unknown
    bool rebootRequired = false; // /var/run/reboot-required exists
    QStringList rebootPackages;  // reboot-required.pkgs: "nvidia-dkms-535", ...
    EvidenceList evidence;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(BootFacts, state, secureBoot, uefi, secureBootSource, setupMode,
                                   shimValidationDisabled, mokPendingKeys, rebootRequired,
                                   rebootPackages, evidence)

// What `mokutil --sb-state` said (stdout and stderr together).
struct MokutilSbState
{
    SecureBootState secureBoot = SecureBootState::Unknown;
    int uefi = -1; // 1: UEFI, 0: legacy BIOS ("EFI variables are not supported"), -1: not said
    bool setupMode = false;
    bool shimValidationDisabled = false;
};
MokutilSbState parseMokutilSbState(const QString &output);

// The SecureBoot EFI variable: efivarfs gives 4 attribute bytes then the data byte; the old
// /sys/firmware/efi/vars/.../data file gives the data byte alone. 1 = enabled, 0 = disabled.
SecureBootState parseSecureBootEfiVar(const QByteArray &bytes);

// Keys in `mokutil --list-new` output: 0 for "MokNew is empty" or no output, -1 when it is
// an error ("EFI variables are not supported ...").
int parseMokutilListNew(const QString &output);

// The package names of /var/run/reboot-required.pkgs, each once, in file order.
QStringList parseRebootRequiredPkgs(const QByteArray &text);

BootFacts probeBoot(const Host &host, int timeoutMs);
QStringList describeBoot(const BootFacts &f);

} // namespace gpusetup
