#pragma once
// The machine as a new terminal will see it: another host's files and commands with some
// environment variables replaced — the PATH, LD_LIBRARY_PATH and CUDA_HOME that gpu-setup's
// profile block gives. The wizard probes and verifies through it after writing the block, so a
// page turns green without the student logging out and in first.
#include "common/ProfileBlock.h"
#include "host/Host.h"

#include <memory>

namespace gpusetup {

class EnvOverlayHost : public Host
{
public:
    // overrides: name -> new value; an EnvChange with present = false removes the variable.
    EnvOverlayHost(const Host &inner, const QMap<QString, EnvChange> &overrides);

    // What a new login shell gets from gpu-setup's block in inner's profiles (~/.profile, then
    // the rc file of $SHELL's kind, as a new terminal runs them), applied to inner's
    // environment. The files are read through inner (a snapshot works too); none of the user's
    // shell code is run. Empty when no profile has a complete block.
    static QMap<QString, EnvChange> loginShellOverrides(const Host &inner);
    // An overlay with loginShellOverrides(inner).
    static std::unique_ptr<EnvOverlayHost> forNewLoginShell(const Host &inner);

    const QMap<QString, EnvChange> &overrides() const { return m_overrides; }

    QString user() const override { return m_inner.user(); }
    QString home() const override { return m_inner.home(); }
    QMap<QString, QString> environment() const override;
    QString env(const QString &name) const override;
    bool isSnapshot() const override { return m_inner.isSnapshot(); }
    QString root() const override { return m_inner.root(); }
    QString describe() const override;

    Node lstat(const QString &resolvedPath) const override { return m_inner.lstat(resolvedPath); }
    QStringList listDir(const QString &resolvedDir, const QStringList &patterns) const override
    {
        return m_inner.listDir(resolvedDir, patterns);
    }
    std::optional<QByteArray> readRaw(const QString &resolvedPath, qint64 maxBytes) const override
    {
        return m_inner.readRaw(resolvedPath, maxBytes);
    }
    // argv[0] is looked up on the overlaid PATH and runs with the overlaid environment.
    CommandResult run(const QStringList &argv, int timeoutMs) const override;
    CommandResult runWithEnvironment(const QStringList &argv,
                                     const QMap<QString, QString> &environment,
                                     int timeoutMs) const override
    {
        return m_inner.runWithEnvironment(argv, environment, timeoutMs);
    }
    NvmlInfo nvml(int timeoutMs = kDefaultTimeoutMs) const override
    {
        return m_inner.nvml(timeoutMs);
    }

private:
    const Host &m_inner;
    QMap<QString, EnvChange> m_overrides;
};

} // namespace gpusetup
