#pragma once
#include "host/Host.h"

namespace gpusetup {

// This machine: files under "/", the process environment, commands through ProcessRunner.
class RealHost : public Host
{
public:
    RealHost();
    QString user() const override { return m_user; }
    QString home() const override { return m_home; }
    QMap<QString, QString> environment() const override { return m_env; }
    bool isSnapshot() const override { return false; }
    QString describe() const override { return QStringLiteral("this machine"); }

    Node lstat(const QString &resolvedPath) const override;
    QStringList listDir(const QString &resolvedDir, const QStringList &patterns) const override;
    std::optional<QByteArray> readRaw(const QString &resolvedPath, qint64 maxBytes) const override;
    CommandResult run(const QStringList &argv, int timeoutMs) const override;
    CommandResult runWithEnvironment(const QStringList &argv,
                                     const QMap<QString, QString> &environment,
                                     int timeoutMs) const override;
    NvmlInfo nvml(int timeoutMs = kDefaultTimeoutMs) const override;

private:
    QString m_user;
    QString m_home;
    QMap<QString, QString> m_env;
};

} // namespace gpusetup
