#pragma once
// Which distribution, kernel and kind of machine: the advice picks repositories and driver
// packages by Ubuntu base / Debian version, and warns about WSL and virtual machines.
#include "host/Host.h"
#include "probe/Fact.h"

#include <QMap>

namespace gpusetup {

// How gpu-setup stands towards the distribution: supported (Ubuntu 22.04/24.04 or a derivative
// on them, Debian 12), old (an Ubuntu base or Debian before those), unsupported (anything else),
// unknown (no version could be read).
enum class OsSupport { Unknown, Supported, Old, Unsupported };
NLOHMANN_JSON_SERIALIZE_ENUM(OsSupport, {{OsSupport::Unknown, "unknown"},
                                         {OsSupport::Supported, "supported"},
                                         {OsSupport::Old, "old"},
                                         {OsSupport::Unsupported, "unsupported"}})
QString osSupportName(OsSupport s);

// none: bare metal; vm: a hypervisor was seen; container: systemd-detect-virt named one.
enum class Virtualization { Unknown, None, VirtualMachine, Container };
NLOHMANN_JSON_SERIALIZE_ENUM(Virtualization, {{Virtualization::Unknown, "unknown"},
                                              {Virtualization::None, "none"},
                                              {Virtualization::VirtualMachine, "vm"},
                                              {Virtualization::Container, "container"}})

// The os-release fields the advice uses, plus what is derived from them.
struct OsRelease
{
    QString id;              // ID, lower case ("ubuntu", "linuxmint", "pop")
    QStringList idLike;      // ID_LIKE split on spaces
    QString name;            // NAME
    QString prettyName;      // PRETTY_NAME
    QString versionId;       // VERSION_ID ("22.04", "12", "" when missing)
    QString versionCodename; // VERSION_CODENAME
    QString ubuntuCodename;  // UBUNTU_CODENAME (derivatives and Ubuntu itself)
    QString family;          // "ubuntu", "debian" or "other"
    QString ubuntuBase;      // "22.04" for Ubuntu and its derivatives, else ""
    QString debianVersion;   // "12" for Debian itself, else ""
    bool derivative = false; // family ubuntu/debian but not Ubuntu/Debian itself
    OsSupport support = OsSupport::Unknown;
    bool operator==(const OsRelease &) const = default;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(OsRelease, id, idLike, name, prettyName, versionId,
                                   versionCodename, ubuntuCodename, family, ubuntuBase,
                                   debianVersion, derivative, support)

struct OsFacts
{
    FactState state = FactState::Unknown; // of os-release
    QString osReleasePath;                // "/etc/os-release" or "/usr/lib/os-release"
    OsRelease release;
    QString kernelRelease; // /proc/sys/kernel/osrelease
    QString architecture;  // uname -m ("x86_64", "aarch64"), "" when unknown
    bool wsl = false;
    int wslVersion = 0; // 1, 2, or 0 when not WSL / could not tell
    Virtualization virtualization = Virtualization::Unknown;
    QString hypervisor; // "KVM", "VMware", "Amazon EC2"..., "" when unnamed
    QString container;  // systemd-detect-virt's container name ("docker")
    EvidenceList evidence;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(OsFacts, state, osReleasePath, release, kernelRelease,
                                   architecture, wsl, wslVersion, virtualization, hypervisor,
                                   container, evidence)

// os-release(5) as a shell-like KEY=VALUE file: quotes, backslash escapes, comments.
QMap<QString, QString> parseOsReleaseText(const QString &text);
// Parsed and derived fields (family, Ubuntu base, support verdict) of an os-release text.
OsRelease parseOsRelease(const QString &text);
// Fills family / ubuntuBase / debianVersion / derivative / support from the raw fields.
void deriveOsRelease(OsRelease &r);
// "jammy" -> "22.04"; "" when unknown.
QString ubuntuVersionForCodename(const QString &codename);
// "bookworm" -> "12"; "" when unknown.
QString debianVersionForCodename(const QString &codename);
// 2 for "…-microsoft-standard-WSL2" / "…-microsoft-standard", 1 for "…-Microsoft", 0 otherwise.
int wslVersionFromKernel(const QString &kernelRelease);
// A hypervisor name from DMI sys_vendor/product_name, "" when they look like real hardware.
QString hypervisorFromDmi(const QString &sysVendor, const QString &productName);
// Whether the first "flags" line of /proc/cpuinfo has the "hypervisor" flag; *found false
// when there is no flags line (not x86).
bool cpuinfoHasHypervisorFlag(const QString &cpuinfo, bool *found = nullptr);

OsFacts probeOs(const Host &host, int timeoutMs);
QStringList describeOs(const OsFacts &f);

} // namespace gpusetup
