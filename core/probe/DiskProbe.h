#pragma once
// Room and tools for installing: the CUDA runfile unpacks gigabytes into /tmp and installs
// into /usr/local, and it needs gcc and make to build the driver's kernel module.
#include "host/Host.h"
#include "probe/Fact.h"

namespace gpusetup {

struct DiskSpace
{
    QString path; // the path asked about ("/tmp", the home folder, "/usr/local")
    FactState state = FactState::Unknown; // found; absent when df says it does not exist
    QString filesystem;                   // "/dev/nvme0n1p2", "tmpfs"
    QString mountPoint;                   // "/", "/home"
    qint64 totalBytes = -1;
    qint64 usedBytes = -1;
    qint64 freeBytes = -1; // "Available": what an ordinary user may still write
    QString error;         // df's message for this path, if any
    bool operator==(const DiskSpace &) const = default;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(DiskSpace, path, state, filesystem, mountPoint, totalBytes,
                                   usedBytes, freeBytes, error)

struct DiskFacts
{
    FactState state = FactState::Unknown;    // of df itself
    QList<DiskSpace> spaces;                 // one per path asked, in the order asked
    FactState gccState = FactState::Unknown; // absent: not installed; broken: gcc is clang / fails
    QString gccVersion;                      // "11.4.0"
    int gccMajor = -1;
    QString gccLine; // first line of gcc --version
    FactState makeState = FactState::Unknown;
    QString makeVersion; // "4.3"
    EvidenceList evidence;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(DiskFacts, state, spaces, gccState, gccVersion, gccMajor,
                                   gccLine, makeState, makeVersion, evidence)

// The one df command line for these paths.
QStringList dfArgv(const QStringList &paths);
// Rows of `df -P -B1` output matched to the paths asked, using stderr to know which paths
// df skipped. Paths with no row are absent (with df's message) or unknown.
QList<DiskSpace> parseDf(const QString &stdOut, const QString &stdErr, const QStringList &paths);
// "gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0" -> "11.4.0"; "" when no version is found.
QString parseGccVersion(const QString &firstLine);
// "GNU Make 4.3" -> "4.3".
QString parseMakeVersion(const QString &firstLine);

DiskFacts probeDisk(const Host &host, int timeoutMs);
QStringList describeDisk(const DiskFacts &f);
// "12.3 GiB"
QString formatBytes(qint64 bytes);

} // namespace gpusetup
