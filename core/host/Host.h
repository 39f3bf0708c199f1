#pragma once
// The machine as the core sees it. Probes read files, the environment and command output
// only through this interface, so that a snapshot folder can stand in for the real machine
// and tests never touch the real one.
#include "host/CommandResult.h"
#include "host/NvmlInfo.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace gpusetup {

class Host
{
public:
    enum class NodeType { Missing, File, Dir, Link, Other };
    struct Node
    {
        NodeType type = NodeType::Missing;
        QString linkTarget; // raw target, as readlink(2) gives it, for links
        qint64 size = 0;
        bool executable = false;
    };

    static constexpr int kDefaultTimeoutMs = 5000;
    static constexpr qint64 kDefaultMaxRead = 8 * 1024 * 1024;

    virtual ~Host() = default;

    // --- identity and environment ---
    virtual QString user() const = 0;
    virtual QString home() const = 0;
    virtual QMap<QString, QString> environment() const = 0;
    // One variable; probes use this (not environment()) so a snapshot keeps only what they read.
    virtual QString env(const QString &name) const { return environment().value(name); }
    virtual bool isSnapshot() const = 0;
    // A short description for evidence and logs: "this machine", "snapshot /path".
    virtual QString describe() const = 0;
    // The folder that stands for "/" when an action runs a machine path: "/" except on a
    // simulated machine (RealHost over a temp root); a wrapper answers as the host it wraps.
    virtual QString root() const { return QStringLiteral("/"); }

    // --- files: every path is an absolute path on the machine ---
    // Raw, non-following operations on a path whose parent directories are already resolved.
    virtual Node lstat(const QString &resolvedPath) const = 0;
    // Names in a directory, optionally only those matching shell-style patterns ("cuda-*").
    virtual QStringList listDir(const QString &resolvedDir, const QStringList &patterns) const = 0;
    virtual std::optional<QByteArray> readRaw(const QString &resolvedPath,
                                              qint64 maxBytes) const = 0;

    // Follows every symlink on the way, the way the kernel would, but inside this host's root
    // (an absolute target "/usr/local/cuda-12.4" stays inside a snapshot). Returns the
    // resolved machine path, or an empty string when the path does not exist or loops.
    QString resolve(const QString &path) const;
    // Like resolve() but keeps the final component unresolved (for readLink / lstat).
    QString resolveParent(const QString &path) const;
    Node stat(const QString &path) const;      // follows links
    Node lstatPath(const QString &path) const; // resolves parents, not the last component
    bool exists(const QString &path) const { return !resolve(path).isEmpty(); }
    bool isDir(const QString &path) const { return stat(path).type == NodeType::Dir; }
    bool isFile(const QString &path) const { return stat(path).type == NodeType::File; }
    bool isSymLink(const QString &path) const { return lstatPath(path).type == NodeType::Link; }
    QString readLink(const QString &path) const { return lstatPath(path).linkTarget; }
    // Sorted names (matching patterns, if given); empty when not a directory.
    QStringList entries(const QString &dir, const QStringList &patterns = {}) const;
    std::optional<QByteArray> readFile(const QString &path,
                                       qint64 maxBytes = kDefaultMaxRead) const;
    // Trimmed text of a small file (sysfs attributes, /etc/hostname), or null when unreadable.
    QString readText(const QString &path) const;

    // --- commands ---
    // argv[0] is a program name looked up on the host's PATH, or an absolute path.
    // The real host forces LC_ALL=C and kills the command when timeoutMs passes.
    virtual CommandResult run(const QStringList &argv, int timeoutMs = kDefaultTimeoutMs) const = 0;
    // The same with `environment` in place of the host's own (EnvOverlayHost): argv[0] is
    // looked up on its PATH. A snapshot answers from its recording whatever the environment.
    virtual CommandResult runWithEnvironment(const QStringList &argv,
                                             const QMap<QString, QString> &environment,
                                             int timeoutMs = kDefaultTimeoutMs) const
    {
        Q_UNUSED(environment)
        return run(argv, timeoutMs);
    }
    // The first executable named program on $PATH (or the given PATH string).
    QString which(const QString &program, const QString &pathVar = QString()) const;

    // --- NVML / CUDA driver API, dlopen()ed on the real machine, recorded in snapshots ---
    virtual NvmlInfo nvml(int timeoutMs = kDefaultTimeoutMs) const = 0;
};

// Joins and normalises machine paths ("/a/b/../c" -> "/a/c"); never touches the disk.
QString cleanMachinePath(const QString &path);

} // namespace gpusetup
