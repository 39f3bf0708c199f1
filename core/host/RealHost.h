#pragma once
#include "host/Host.h"

namespace gpusetup {

// This machine: files under "/", the process environment, commands through ProcessRunner.
//
// Or a simulated machine (the journey tests, DESIGN "The journey is the product"): a root
// folder other than "/" under which every machine path is read, run and looked up, while the
// environment and the commands stay real (fake programs first on PATH). The root is also
// visible at its own path, as if bind-mounted there: the operations that change the machine
// (profile edits, downloads, conda, the helper's test build) work on real paths, and the
// user's home, TMPDIR and the fake programs live inside the root, so both sides name the same
// file.
class RealHost : public Host
{
public:
    // The root is defaultRoot(): "/" unless the test-only gpu-setup-sim build set another.
    RealHost();
    explicit RealHost(const QString &root);
    QString user() const override { return m_user; }
    QString home() const override { return m_home; }
    QMap<QString, QString> environment() const override { return m_env; }
    bool isSnapshot() const override { return false; }
    QString describe() const override;
    // "/" on the real machine.
    QString root() const override { return m_root; }
    bool isSimulated() const { return m_root != QLatin1String("/"); }
    // Where a machine path is on this computer's disk (itself unless simulated).
    QString onDisk(const QString &machinePath) const;
    // The same for any root ("/" gives the path itself), for code that has no RealHost.
    static QString onDisk(const QString &root, const QString &machinePath);

    Node lstat(const QString &resolvedPath) const override;
    QStringList listDir(const QString &resolvedDir, const QStringList &patterns) const override;
    std::optional<QByteArray> readRaw(const QString &resolvedPath, qint64 maxBytes) const override;
    CommandResult run(const QStringList &argv, int timeoutMs) const override;
    CommandResult runWithEnvironment(const QStringList &argv,
                                     const QMap<QString, QString> &environment,
                                     int timeoutMs) const override;
    // NVML is a library of this process: it can only speak for the real machine, so a simulated
    // one answers "absent" and nvidia-smi (a program on its PATH) is the driver's voice.
    NvmlInfo nvml(int timeoutMs = kDefaultTimeoutMs) const override;

    // The root every RealHost() of this process gets. Only gpu-setup-sim (a test build, never
    // installed) sets it, from $GPUSETUP_SIMULATED_ROOT: the shipped binary reads no test switch.
    static void setDefaultRoot(const QString &root);
    static QString defaultRoot();
    static constexpr char kRootVariable[] = "GPUSETUP_SIMULATED_ROOT";

private:
    QString m_root = QStringLiteral("/");
    QString m_user;
    QString m_home;
    QMap<QString, QString> m_env;
};

} // namespace gpusetup
