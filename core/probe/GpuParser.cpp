#include "probe/GpuParser.h"

#include <QRegularExpression>
#include <QSet>

#include <cstring>

namespace gpusetup {

namespace {

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool hexAt(const char *p, qsizetype len, qsizetype at, int n)
{
    if (at + n > len) return false;
    for (int i = 0; i < n; ++i)
        if (!isHex(p[at + i])) return false;
    return true;
}

QString hexString(const char *p, int n)
{
    return QString::fromLatin1(p, n).toLower();
}

QString nameAfter(const char *p, qsizetype len, qsizetype at)
{
    return at >= len ? QString() : QString::fromUtf8(p + at, len - at).trimmed();
}

struct KnownVendor
{
    const char *id;
    const char *shortName;
    const char *lspciName; // how lspci / pci.ids spell it
};
constexpr KnownVendor kVendors[] = {
    {"10de", "NVIDIA", "NVIDIA Corporation"},
    {"8086", "Intel", "Intel Corporation"},
    {"1002", "AMD", "Advanced Micro Devices, Inc. [AMD/ATI]"},
    {"1022", "AMD", "Advanced Micro Devices, Inc. [AMD]"},
    {"1a03", "ASPEED", "ASPEED Technology, Inc."},
    {"102b", "Matrox", "Matrox Electronics Systems Ltd."},
    {"1b36", "Red Hat", "Red Hat, Inc."},
    {"1af4", "Red Hat", "Red Hat, Inc."},
    {"1234", "QEMU", "Technical Corp."},
    {"15ad", "VMware", "VMware"},
    {"80ee", "VirtualBox", "InnoTek Systemberatung GmbH"},
    {"1414", "Microsoft", "Microsoft Corporation"},
};

struct KnownClass
{
    const char *id;
    const char *name;
};
constexpr KnownClass kClasses[] = {
    {"0300", "VGA compatible controller"},
    {"0301", "XGA compatible controller"},
    {"0302", "3D controller"},
    {"0380", "Display controller"},
    {"0403", "Audio device"},
    {"0604", "PCI bridge"},
};

} // namespace

PciIds PciIds::parse(const QByteArray &text, const QStringList &wanted)
{
    PciIds ids;
    const bool all = wanted.isEmpty();
    QSet<QString> wantVendors, wantDevices;
    for (const QString &w : wanted) {
        const QString id = w.trimmed().toLower();
        wantVendors.insert(id.left(4));
        if (id.size() == 9 && id[4] == QLatin1Char(':')) wantDevices.insert(id);
    }

    enum class Mode { None, Vendor, Class } mode = Mode::None;
    QString vendor, device, cls;
    bool vendorWanted = false, deviceWanted = false;
    const char *data = text.constData();
    const char *const end = data + text.size();
    for (const char *p = data; p < end;) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *lineEnd = nl ? nl : end;
        const char *line = p;
        qsizetype len = lineEnd - line;
        p = lineEnd + 1;
        if (len > 0 && line[len - 1] == '\r') --len;
        if (len == 0 || line[0] == '#') continue;
        if (line[0] == '\t') {
            if (len > 1 && line[1] == '\t') {
                // "\t\tssss dddd  name": a subsystem of the current device.
                if (mode != Mode::Vendor || !deviceWanted || !hexAt(line, len, 2, 4)) continue;
                qsizetype at = 6;
                while (at < len && (line[at] == ' ' || line[at] == '\t'))
                    ++at;
                if (at > 6 && hexAt(line, len, at, 4)) {
                    ids.m_names.insert(vendor + QLatin1Char(':') + device + QLatin1Char(' ') +
                                           hexString(line + 2, 4) + QLatin1Char(':') +
                                           hexString(line + at, 4),
                                       nameAfter(line, len, at + 4));
                }
                continue;
            }
            if (mode == Mode::Vendor && vendorWanted && hexAt(line, len, 1, 4)) {
                device = hexString(line + 1, 4);
                const QString key = vendor + QLatin1Char(':') + device;
                deviceWanted = all || wantDevices.contains(key);
                if (deviceWanted) ids.m_names.insert(key, nameAfter(line, len, 5));
            } else if (mode == Mode::Class && hexAt(line, len, 1, 2)) {
                ids.m_names.insert(QLatin1Char('C') + cls + hexString(line + 1, 2),
                                   nameAfter(line, len, 3));
            }
            continue;
        }
        if (line[0] == 'C' && len > 4 && line[1] == ' ' && hexAt(line, len, 2, 2)) {
            mode = Mode::Class;
            cls = hexString(line + 2, 2);
            ids.m_names.insert(QLatin1Char('C') + cls, nameAfter(line, len, 4));
            continue;
        }
        if (hexAt(line, len, 0, 4) && (len == 4 || line[4] == ' ' || line[4] == '\t')) {
            mode = Mode::Vendor;
            vendor = hexString(line, 4);
            vendorWanted = all || wantVendors.contains(vendor);
            deviceWanted = false;
            if (vendorWanted) ids.m_names.insert(vendor, nameAfter(line, len, 4));
            continue;
        }
        mode = Mode::None; // another section (device classes "C" handled above)
        deviceWanted = false;
    }
    return ids;
}

QString PciIds::vendorName(const QString &vendor) const
{
    return m_names.value(vendor.toLower());
}

QString PciIds::deviceName(const QString &vendor, const QString &device) const
{
    return m_names.value(vendor.toLower() + QLatin1Char(':') + device.toLower());
}

QString PciIds::subsystemName(const QString &vendor, const QString &device,
                              const QString &subVendor, const QString &subDevice) const
{
    return m_names.value(vendor.toLower() + QLatin1Char(':') + device.toLower() + QLatin1Char(' ') +
                         subVendor.toLower() + QLatin1Char(':') + subDevice.toLower());
}

QString PciIds::className(const QString &cls, const QString &subclass) const
{
    return m_names.value(QLatin1Char('C') + cls.toLower() + subclass.toLower());
}

QString pciVendorShortName(const QString &vendorId)
{
    const QString id = vendorId.toLower();
    for (const KnownVendor &v : kVendors)
        if (id == QLatin1String(v.id)) return QString::fromLatin1(v.shortName);
    return {};
}

bool LspciDevice::isDisplay() const
{
    if (!classId.isEmpty()) return classId.startsWith(QLatin1String("03"));
    return className.contains(QLatin1String("VGA")) ||
           className.contains(QLatin1String("3D controller")) ||
           className.contains(QLatin1String("Display controller"));
}

QString LspciDevice::fullSlot() const
{
    const QString s = slot.toLower();
    return s.count(QLatin1Char(':')) >= 2 ? s : QStringLiteral("0000:") + s;
}

QList<LspciDevice> parseLspci(const QString &text)
{
    static const QRegularExpression header(QStringLiteral(
        "^((?:[0-9a-fA-F]{4,8}:)?[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\\.[0-7])\\s+([^:]+?):\\s*(.*)$"));
    static const QRegularExpression classIdRe(QStringLiteral("^(.*?)\\s*\\[([0-9a-fA-F]{4})\\]$"));
    static const QRegularExpression bareHex4(QStringLiteral("^[0-9a-fA-F]{4}$"));
    static const QRegularExpression progIf(QStringLiteral("\\s*\\(prog-if [^)]*\\)\\s*$"));
    static const QRegularExpression rev(QStringLiteral("\\s*\\(rev ([0-9a-fA-F]{2})\\)\\s*$"));
    static const QRegularExpression ids(
        QStringLiteral("\\s*\\[([0-9a-fA-F]{4}):([0-9a-fA-F]{4})\\]\\s*$"));
    static const QRegularExpression onlyIds(QStringLiteral("^([0-9a-fA-F]{4}):([0-9a-fA-F]{4})$"));
    static const QRegularExpression rawDevice(QStringLiteral("^Device ([0-9a-fA-F]{4})$"));

    QList<LspciDevice> out;
    bool inDevice = false;
    for (QString line : text.split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r'))) line.chop(1);
        if (line.trimmed().isEmpty()) continue;
        if (line.front().isSpace()) {
            if (!inDevice) continue;
            LspciDevice &d = out.last();
            const QString t = line.trimmed();
            if (t.startsWith(QLatin1String("Kernel driver in use:"))) {
                d.driver = t.mid(21).trimmed();
            } else if (t.startsWith(QLatin1String("Kernel modules:"))) {
                for (const QString &m : t.mid(15).split(QLatin1Char(','), Qt::SkipEmptyParts))
                    d.modules << m.trimmed();
            } else if (t.startsWith(QLatin1String("Subsystem:"))) {
                QString s = t.mid(10).trimmed();
                if (const auto m = ids.match(s); m.hasMatch()) {
                    d.subsystemVendorId = m.captured(1).toLower();
                    d.subsystemDeviceId = m.captured(2).toLower();
                    s.truncate(m.capturedStart());
                }
                d.subsystem = s.trimmed();
            }
            continue;
        }
        const auto h = header.match(line);
        inDevice = h.hasMatch();
        if (!inDevice) continue;
        LspciDevice d;
        d.slot = h.captured(1).toLower();
        QString cls = h.captured(2).trimmed();
        if (const auto m = classIdRe.match(cls); m.hasMatch()) {
            d.classId = m.captured(2).toLower();
            cls = m.captured(1);
        } else if (bareHex4.match(cls).hasMatch()) { // lspci -n: "0300: 10de:2206"
            d.classId = cls.toLower();
            cls.clear();
        }
        for (const KnownClass &k : kClasses) {
            if (cls.isEmpty() && d.classId == QLatin1String(k.id))
                cls = QString::fromLatin1(k.name);
            else if (d.classId.isEmpty() && cls == QLatin1String(k.name))
                d.classId = QString::fromLatin1(k.id);
        }
        d.className = cls;

        QString rest = h.captured(3);
        rest.remove(progIf);
        if (const auto m = rev.match(rest); m.hasMatch()) {
            d.revision = m.captured(1).toLower();
            rest.truncate(m.capturedStart());
        }
        if (const auto m = ids.match(rest); m.hasMatch()) {
            d.vendorId = m.captured(1).toLower();
            d.deviceId = m.captured(2).toLower();
            rest.truncate(m.capturedStart());
        } else if (const auto n = onlyIds.match(rest.trimmed()); n.hasMatch()) {
            d.vendorId = n.captured(1).toLower();
            d.deviceId = n.captured(2).toLower();
            rest.clear();
        }
        d.name = rest.trimmed();
        d.deviceName = d.name;
        for (const KnownVendor &v : kVendors) {
            const QString vn = QString::fromLatin1(v.lspciName);
            if (d.name.startsWith(vn + QLatin1Char(' '))) {
                d.vendorName = vn;
                d.deviceName = d.name.mid(vn.size() + 1).trimmed();
                if (d.vendorId.isEmpty()) d.vendorId = QString::fromLatin1(v.id);
                break;
            }
        }
        // Without -nn an unnamed device still shows its id: "NVIDIA Corporation Device 1eb8".
        if (d.deviceId.isEmpty() && !d.vendorName.isEmpty()) {
            if (const auto m = rawDevice.match(d.deviceName); m.hasMatch())
                d.deviceId = m.captured(1).toLower();
        }
        out << d;
    }
    return out;
}

} // namespace gpusetup
