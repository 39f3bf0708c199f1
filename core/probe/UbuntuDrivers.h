#pragma once
// `ubuntu-drivers devices` / `ubuntu-drivers list`: what Ubuntu's own tool would install for
// each device. Pure parsers; the advice layer decides what to recommend.
#include "probe/Fact.h"

#include <QString>
#include <QStringList>

namespace gpusetup {

struct UbuntuDriverOption
{
    QString package;  // "nvidia-driver-535", "nvidia-driver-450-server", "nvidia-340"
    QStringList tags; // "distro", "non-free", "recommended", "third-party", "free", "builtin"
    bool recommended = false;
    bool free = false;       // "free" as opposed to "non-free"
    bool thirdParty = false; // "third-party" (a PPA) as opposed to "distro"
    bool builtin = false;    // nouveau: part of X/kernel already
    bool server = false;     // the -server (long-term, datacenter) branch
    bool operator==(const UbuntuDriverOption &) const = default;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(UbuntuDriverOption, package, tags, recommended, free, thirdParty,
                                   builtin, server)

struct UbuntuDriverDevice
{
    QString sysfsPath;          // "/sys/devices/pci0000:00/0000:00:01.0/0000:01:00.0"
    QString modalias;           // "pci:v000010DEd00001B82sv...bc03sc00i00"
    QString vendorId;           // "10de" (from the modalias)
    QString deviceId;           // "1b82"
    QString vendor;             // "NVIDIA Corporation"
    QString model;              // "GP104 [GeForce GTX 1070 Ti]"; empty when pci.ids lacks it
    bool manualInstall = false; // "manual_install: True": a driver was installed by hand
    QList<UbuntuDriverOption> drivers;
    QString recommended; // package of the option tagged recommended
    bool operator==(const UbuntuDriverDevice &) const = default;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(UbuntuDriverDevice, sysfsPath, modalias, vendorId, deviceId,
                                   vendor, model, manualInstall, drivers, recommended)

struct UbuntuDriversListEntry
{
    QString package;       // "nvidia-driver-470"
    QString kernelModules; // "linux-modules-nvidia-470-generic-hwe-20.04", when named
    bool operator==(const UbuntuDriversListEntry &) const = default;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(UbuntuDriversListEntry, package, kernelModules)

QList<UbuntuDriverDevice> parseUbuntuDriversDevices(const QString &text);
QList<UbuntuDriversListEntry> parseUbuntuDriversList(const QString &text);

} // namespace gpusetup
