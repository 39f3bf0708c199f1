#include "host/EnvOverlayHost.h"

namespace gpusetup {

namespace {
void apply(QMap<QString, QString> &env, const QMap<QString, EnvChange> &changes)
{
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it.value().present)
            env.insert(it.key(), it.value().value);
        else
            env.remove(it.key());
    }
}
} // namespace

EnvOverlayHost::EnvOverlayHost(const Host &inner, const QMap<QString, EnvChange> &overrides)
    : m_inner(inner), m_overrides(overrides)
{
}

QMap<QString, EnvChange> EnvOverlayHost::loginShellOverrides(const Host &inner)
{
    const QString home = inner.home();
    if (home.isEmpty()) return {};
    const QList<ProfileTarget> targets =
        profileTargets(profileShellKind(inner.env(QStringLiteral("SHELL"))), home);
    const QMap<QString, QString> base = inner.environment();
    QMap<QString, QString> env = base;
    // ~/.profile (the login) first, then the rc file (the terminal): the last block wins.
    for (auto it = targets.crbegin(); it != targets.crend(); ++it) {
        const auto bytes = inner.readFile(it->path, 16 * 1024 * 1024);
        if (!bytes) continue;
        const QByteArray block = managedBlockOf(*bytes);
        if (block.isEmpty()) continue;
        apply(env, profileBlockEnvironment(block, it->syntax, env));
    }
    QMap<QString, EnvChange> out;
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        if (!base.contains(it.key()) || base.value(it.key()) != it.value())
            out.insert(it.key(), EnvChange{it.value(), true});
    for (auto it = base.cbegin(); it != base.cend(); ++it)
        if (!env.contains(it.key())) out.insert(it.key(), EnvChange{QString(), false});
    return out;
}

std::unique_ptr<EnvOverlayHost> EnvOverlayHost::forNewLoginShell(const Host &inner)
{
    return std::make_unique<EnvOverlayHost>(inner, loginShellOverrides(inner));
}

QMap<QString, QString> EnvOverlayHost::environment() const
{
    QMap<QString, QString> env = m_inner.environment();
    apply(env, m_overrides);
    return env;
}

QString EnvOverlayHost::env(const QString &name) const
{
    const auto it = m_overrides.constFind(name);
    if (it == m_overrides.cend()) return m_inner.env(name);
    return it->present ? it->value : QString();
}

QString EnvOverlayHost::describe() const
{
    if (m_overrides.isEmpty()) return m_inner.describe();
    return m_inner.describe() + QStringLiteral(" (environment of a new login shell)");
}

CommandResult EnvOverlayHost::run(const QStringList &argv, int timeoutMs) const
{
    return m_inner.runWithEnvironment(argv, environment(), timeoutMs);
}

} // namespace gpusetup
