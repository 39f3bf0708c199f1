#include "probe/MachineProbe.h"

namespace gpusetup {

MachineFacts probeMachine(const Host &host)
{
    MachineFacts f;
    f.user = host.user();
    f.home = host.home();
    f.snapshot = host.isSnapshot();
    f.hostName =
        host.readText(QStringLiteral("/etc/hostname")).section(QLatin1Char('\n'), 0, 0).trimmed();
    if (!f.hostName.isEmpty())
        f.evidence.push_back({QStringLiteral("/etc/hostname"), f.hostName});
    else if (const QString h = host.readText(QStringLiteral("/proc/sys/kernel/hostname"));
             !h.isEmpty()) {
        f.hostName = h;
        f.evidence.push_back({QStringLiteral("/proc/sys/kernel/hostname"), h});
    }
    f.evidence.push_back({QStringLiteral("passwd / $HOME"), f.user + QLatin1Char(' ') + f.home});
    f.state = f.user.isEmpty() ? FactState::Unknown : FactState::Found;
    return f;
}

QStringList describeMachine(const MachineFacts &f)
{
    return {QStringLiteral("host name %1, user %2, home %3%4")
                .arg(f.hostName.isEmpty() ? QStringLiteral("(unknown)") : f.hostName, f.user,
                     f.home, f.snapshot ? QStringLiteral(" (from a snapshot)") : QString())};
}

} // namespace gpusetup
