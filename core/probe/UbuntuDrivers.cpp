#include "probe/UbuntuDrivers.h"

#include <QRegularExpression>

namespace gpusetup {

QList<UbuntuDriverDevice> parseUbuntuDriversDevices(const QString &text)
{
    static const QRegularExpression header(QStringLiteral("^==\\s*(.*?)\\s*==\\s*$"));
    static const QRegularExpression keyValue(QStringLiteral("^([A-Za-z_]+)\\s*:\\s*(.*?)\\s*$"));
    static const QRegularExpression ids(
        QStringLiteral("^pci:v0000([0-9A-Fa-f]{4})d0000([0-9A-Fa-f]{4})"));
    QList<UbuntuDriverDevice> out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (const auto h = header.match(line); h.hasMatch()) {
            out.push_back({});
            out.last().sysfsPath = h.captured(1);
            continue;
        }
        const auto kv = keyValue.match(line);
        if (!kv.hasMatch() || out.isEmpty()) continue;
        UbuntuDriverDevice &d = out.last();
        const QString key = kv.captured(1), value = kv.captured(2);
        if (key == QLatin1String("modalias")) {
            d.modalias = value;
            if (const auto m = ids.match(value); m.hasMatch()) {
                d.vendorId = m.captured(1).toLower();
                d.deviceId = m.captured(2).toLower();
            }
        } else if (key == QLatin1String("vendor")) {
            d.vendor = value;
        } else if (key == QLatin1String("model")) {
            d.model = value;
        } else if (key == QLatin1String("manual_install")) {
            d.manualInstall = value.compare(QLatin1String("True"), Qt::CaseInsensitive) == 0;
        } else if (key == QLatin1String("driver")) {
            // "nvidia-driver-470 - third-party non-free recommended"
            UbuntuDriverOption o;
            const int dash = value.indexOf(QLatin1String(" - "));
            o.package = (dash < 0 ? value : value.left(dash)).trimmed();
            if (dash >= 0) o.tags = value.mid(dash + 3).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            o.recommended = o.tags.contains(QLatin1String("recommended"));
            o.free = o.tags.contains(QLatin1String("free"));
            o.thirdParty = o.tags.contains(QLatin1String("third-party"));
            o.builtin = o.tags.contains(QLatin1String("builtin"));
            o.server = o.package.endsWith(QLatin1String("-server"));
            if (o.recommended && d.recommended.isEmpty()) d.recommended = o.package;
            d.drivers.push_back(o);
        }
    }
    return out;
}

QList<UbuntuDriversListEntry> parseUbuntuDriversList(const QString &text)
{
    static const QRegularExpression modules(
        QStringLiteral("kernel modules provided by ([^)\\s]+)"));
    QList<UbuntuDriversListEntry> out;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) continue;
        UbuntuDriversListEntry e;
        const int comma = line.indexOf(QLatin1Char(','));
        e.package = (comma < 0 ? line : line.left(comma)).trimmed();
        if (e.package.contains(QLatin1Char(' '))) continue; // not a package name: a message
        if (const auto m = modules.match(line); m.hasMatch()) e.kernelModules = m.captured(1);
        out.push_back(e);
    }
    return out;
}

} // namespace gpusetup
