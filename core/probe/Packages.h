#pragma once
// Debian packages, as dpkg-query lists them; shared by the driver, CUDA and cuDNN probes.
#include "host/Host.h"
#include "probe/Fact.h"

namespace gpusetup {

struct DebPackage
{
    QString name;
    QString version;
    QString status; // "install ok installed", "deinstall ok config-files", ...
    bool installed() const { return status.endsWith(QLatin1String(" installed")); }
    bool operator==(const DebPackage &) const = default;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(DebPackage, name, version, status)

// The argv used, so tests and snapshots agree on the exact command line.
QStringList dpkgQueryArgv(const QStringList &patterns);
// Parses "name\tversion\tstatus" lines; skips anything malformed.
QList<DebPackage> parseDpkgQuery(const QString &text);
// Runs dpkg-query for the patterns ("nvidia-driver-*", "libcudnn*"). *state is found when
// dpkg answered (even with no match), absent when dpkg-query is not installed (not Debian),
// unknown when it failed or timed out.
QList<DebPackage> queryPackages(const Host &host, const QStringList &patterns, int timeoutMs,
                                FactState *state = nullptr, Evidence *evidence = nullptr);

} // namespace gpusetup
