#include "knowledge/GpuIdTable.h"

#include "common/JsonFields.h"
#include "knowledge/GpuCatalog.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <numeric>

namespace gpusetup {

namespace {

const char kTsv[] = "nvidia_pci_ids.tsv";
const char kChips[] = "nvidia_chips.json";
const QByteArray kHeader = "device_id\tsubsystem\tname\tchip\tsource";

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isHex4(QByteArrayView s)
{
    return s.size() == 4 && isHexDigit(s[0]) && isHexDigit(s[1]) && isHexDigit(s[2]) &&
           isHexDigit(s[3]);
}

int hexValue(QByteArrayView s)
{
    int v = 0;
    for (char c : s)
        v = v * 16 + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    return v;
}

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// "GA102GL", "TU117M", "GK20A", "NV44A", "MCP79", "G94": 1-3 capitals, 2-3 digits, and a
// suffix of up to 3 capitals or digits.
bool isChipCode(QByteArrayView s)
{
    qsizetype i = 0;
    while (i < s.size() && isUpper(s[i]))
        ++i;
    if (i < 1 || i > 3) return false;
    const qsizetype digits = i;
    while (i < s.size() && isDigit(s[i]))
        ++i;
    if (i - digits < 2 || i - digits > 3) return false;
    const qsizetype suffix = i;
    while (i < s.size() && (isUpper(s[i]) || isDigit(s[i])))
        ++i;
    return i == s.size() && i - suffix <= 3;
}

QString hexId(QString id)
{
    id = id.trimmed().toLower();
    if (id.startsWith(QLatin1String("0x"))) id = id.mid(2);
    return id;
}

bool isPciIdsSource(const QString &source)
{
    return source.startsWith(QLatin1String("pci.ids"));
}

} // namespace

QString GpuIdRange::describe() const
{
    return QStringLiteral("%1-%2")
        .arg(from, 4, 16, QLatin1Char('0'))
        .arg(to, 4, 16, QLatin1Char('0'))
        .toUpper();
}

std::optional<GpuIdTable> GpuIdTable::fromData(const QByteArray &tsv, const QByteArray &chipsJson,
                                               const QList<GpuArchitecture> &architectures,
                                               QString *error)
{
    auto fail = [error](const QString &msg) -> std::optional<GpuIdTable> {
        if (error) *error = msg;
        return std::nullopt;
    };
    auto archError = [&](const QString &arch, const QString &cc) -> QString {
        for (const GpuArchitecture &a : architectures)
            if (a.name == arch)
                return a.computeCapabilities.contains(cc)
                           ? QString()
                           : QStringLiteral("compute capability \"%1\", which %2 does not list")
                                 .arg(cc, arch);
        return QStringLiteral("architecture \"%1\", which gpus.json does not list").arg(arch);
    };

    GpuIdTable t;
    // ---- nvidia_pci_ids.tsv: parsed by hand into offsets, once per process; the names become
    // strings only when a lookup asks for them.
    t.m_tsv = tsv;
    const char *const data = t.m_tsv.constData();
    const char *p = data;
    const char *const end = p + t.m_tsv.size();
    int lineNo = 0;
    QList<quint64> keys; // device, subsystem, source of each row: a repeat is an error
    t.m_rows.reserve(t.m_tsv.count('\n'));
    keys.reserve(t.m_rows.capacity());
    while (p < end) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *lineEnd = nl ? nl : end;
        const char *line = p;
        qsizetype len = lineEnd - line;
        p = lineEnd + 1;
        ++lineNo;
        if (len > 0 && line[len - 1] == '\r') --len;
        if (lineNo == 1) {
            if (QByteArrayView(line, len) != QByteArrayView(kHeader))
                return fail(QStringLiteral("%1 line 1 is not the header \"%2\".")
                                .arg(QLatin1String(kTsv),
                                     QString::fromLatin1(kHeader).replace(QLatin1Char('\t'),
                                                                          QLatin1Char(' '))));
            continue;
        }
        if (len == 0) continue;
        QByteArrayView cols[5];
        int n = 0;
        for (qsizetype at = 0;;) {
            const char *tab =
                static_cast<const char *>(std::memchr(line + at, '\t', size_t(len - at)));
            const qsizetype stop = tab ? tab - line : len;
            if (n < 5) cols[n] = QByteArrayView(line + at, stop - at);
            ++n;
            if (!tab) break;
            at = stop + 1;
        }
        auto where = [&] {
            return QStringLiteral("%1 line %2").arg(QLatin1String(kTsv)).arg(lineNo);
        };
        if (n != 5)
            return fail(QStringLiteral("%1 has %2 columns instead of 5.").arg(where()).arg(n));
        if (!isHex4(cols[0]))
            return fail(QStringLiteral("%1: the device id \"%2\" is not four hex digits.")
                            .arg(where(), QString::fromUtf8(cols[0])));
        Row r;
        r.device = quint16(hexValue(cols[0]));
        if (cols[1] != "-") {
            const QByteArrayView v = cols[1];
            if (v.size() != 9 || v[4] != ' ' || !isHex4(v.first(4)) || !isHex4(v.sliced(5)))
                return fail(QStringLiteral("%1: the subsystem \"%2\" is neither \"-\" nor two "
                                           "ids like \"10DE 147E\".")
                                .arg(where(), QString::fromUtf8(v)));
            r.subsystem = (quint32(hexValue(v.first(4))) << 16) | quint32(hexValue(v.sliced(5)));
            if (r.subsystem == 0)
                return fail(
                    QStringLiteral("%1: the subsystem 0000 0000 names no board.").arg(where()));
        }
        const QByteArrayView name = cols[2].trimmed();
        if (name.isEmpty() || name.size() > 0xffff)
            return fail(QStringLiteral("%1 has no name.").arg(where()));
        r.nameAt = quint32(name.data() - data);
        r.nameLen = quint16(name.size());
        if (cols[3] != "-") {
            if (!isChipCode(cols[3]))
                return fail(QStringLiteral("%1: the chip \"%2\" is not a chip code like GA102GL.")
                                .arg(where(), QString::fromUtf8(cols[3])));
            r.chipAt = quint32(cols[3].data() - data);
            r.chipLen = quint8(cols[3].size());
        }
        const QByteArrayView source = cols[4].trimmed();
        if (source.isEmpty()) return fail(QStringLiteral("%1 has no source.").arg(where()));
        qsizetype sourceIndex = -1;
        for (qsizetype k = 0; k < t.m_tableSources.size() && sourceIndex < 0; ++k)
            if (t.m_tableSources[k] == QLatin1String(source.data(), source.size())) sourceIndex = k;
        if (sourceIndex < 0) {
            if (t.m_tableSources.size() >= 255)
                return fail(QStringLiteral("%1 adds a 256th source.").arg(where()));
            sourceIndex = t.m_tableSources.size();
            t.m_tableSources << QString::fromUtf8(source);
        }
        r.source = quint8(sourceIndex);
        keys << ((quint64(r.device) << 40) | (quint64(r.subsystem) << 8) | quint64(r.source));
        t.m_rows << r;
    }
    if (lineNo == 0) return fail(QStringLiteral("%1 is empty.").arg(QLatin1String(kTsv)));
    if (t.m_rows.isEmpty()) return fail(QStringLiteral("%1 has no rows.").arg(QLatin1String(kTsv)));

    // Rows by device id, subsystem and source; then one entry per device id.
    t.m_order.resize(t.m_rows.size());
    std::iota(t.m_order.begin(), t.m_order.end(), 0);
    std::stable_sort(t.m_order.begin(), t.m_order.end(),
                     [&](int a, int b) { return keys[a] < keys[b]; });
    for (qsizetype k = 1; k < t.m_order.size(); ++k) {
        if (keys[t.m_order[k]] != keys[t.m_order[k - 1]]) continue;
        const GpuIdRow again = t.row(t.m_order[k]);
        return fail(QStringLiteral("%1 repeats the device %2%3 (%4) in two lines.")
                        .arg(QLatin1String(kTsv), again.deviceId.toUpper(),
                             again.subsystem.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" subsystem %1").arg(again.subsystem.toUpper()),
                             again.source));
    }
    const auto isPciIds = [&t](const Row &r) { return isPciIdsSource(t.m_tableSources[r.source]); };
    for (int k = 0; k < t.m_order.size();) {
        Device d;
        d.device = t.m_rows[t.m_order[k]].device;
        d.first = k;
        while (k < t.m_order.size() && t.m_rows[t.m_order[k]].device == d.device)
            ++k;
        d.end = k;
        for (int j = d.first; j < d.end; ++j) {
            const int i = t.m_order[j];
            const Row &r = t.m_rows[i];
            // The driver README names a card the way NVML will once the driver runs.
            if (r.subsystem == 0 &&
                (d.generic < 0 || (isPciIds(t.m_rows[d.generic]) && !isPciIds(r))))
                d.generic = i;
            if (r.chipLen && (d.chipRow < 0 || (isPciIds(t.m_rows[d.chipRow]) && !isPciIds(r))))
                d.chipRow = i;
        }
        if (d.generic < 0) {
            // Only board-specific rows (the L40S): their name is the id's when they all agree.
            const QByteArrayView first(data + t.m_rows[t.m_order[d.first]].nameAt,
                                       t.m_rows[t.m_order[d.first]].nameLen);
            bool same = true;
            for (int j = d.first; j < d.end && same; ++j)
                same = QByteArrayView(data + t.m_rows[t.m_order[j]].nameAt,
                                      t.m_rows[t.m_order[j]].nameLen) == first;
            if (same) d.generic = t.m_order[d.first];
        }
        t.m_devices << d;
    }

    // ---- nvidia_chips.json
    const Json root = Json::parse(chipsJson.constData(), chipsJson.constData() + chipsJson.size(),
                                  nullptr, false);
    if (root.is_discarded() || !root.is_object())
        return fail(QStringLiteral("%1 is not a JSON object.").arg(QLatin1String(kChips)));
    t.m_chipsAsOf = jsonString(root, "as_of");
    if (t.m_chipsAsOf.isEmpty())
        return fail(QStringLiteral("%1 has no \"as_of\" date.").arg(QLatin1String(kChips)));
    if (const auto s = root.find("sources"); s != root.end() && s->is_array())
        for (const Json &v : *s)
            if (v.is_string()) t.m_chipsSources << QString::fromStdString(v.get<std::string>());
    const auto chips = root.find("chips");
    if (chips == root.end() || !chips->is_array() || chips->empty())
        return fail(QStringLiteral("%1 has no \"chips\" list.").arg(QLatin1String(kChips)));
    int i = 0;
    for (const Json &c : *chips) {
        ++i;
        const QString where = QStringLiteral("%1 chips entry %2").arg(QLatin1String(kChips)).arg(i);
        if (!c.is_object()) return fail(QStringLiteral("%1 is not an object.").arg(where));
        GpuChipFamily f;
        f.prefix = jsonString(c, "prefix");
        f.architecture = jsonString(c, "arch");
        f.computeCapability = jsonString(c, "cc");
        f.note = jsonString(c, "note");
        f.unverified = c.value("unverified", false);
        static const QRegularExpression prefixRe(QStringLiteral("^[A-Z]{1,3}[0-9A-Z]{1,4}$"));
        if (!prefixRe.match(f.prefix).hasMatch())
            return fail(
                QStringLiteral("%1 has a bad prefix \"%2\" (expected a chip code start like GA10).")
                    .arg(where, f.prefix));
        if (const QString e = archError(f.architecture, f.computeCapability); !e.isEmpty())
            return fail(QStringLiteral("%1 (%2) names %3.").arg(where, f.prefix, e));
        for (const GpuChipFamily &o : std::as_const(t.m_families))
            if (o.prefix == f.prefix)
                return fail(QStringLiteral("%1 repeats the prefix %2.").arg(where, f.prefix));
        t.m_families << f;
    }
    const auto ranges = root.find("device_id_ranges");
    if (ranges != root.end() && !ranges->is_array())
        return fail(
            QStringLiteral("%1 \"device_id_ranges\" is not a list.").arg(QLatin1String(kChips)));
    i = 0;
    if (ranges != root.end()) {
        for (const Json &r : *ranges) {
            ++i;
            const QString where =
                QStringLiteral("%1 device_id_ranges entry %2").arg(QLatin1String(kChips)).arg(i);
            if (!r.is_object()) return fail(QStringLiteral("%1 is not an object.").arg(where));
            GpuIdRange g;
            const QByteArray from = jsonString(r, "from").toLatin1(),
                             to = jsonString(r, "to").toLatin1();
            if (!isHex4(from) || !isHex4(to) || hexValue(from) > hexValue(to))
                return fail(QStringLiteral("%1 is not a range of two four-digit hex ids, low to "
                                           "high (\"%2\" to \"%3\").")
                                .arg(where, QString::fromLatin1(from), QString::fromLatin1(to)));
            g.from = hexValue(from);
            g.to = hexValue(to);
            g.architecture = jsonString(r, "arch");
            g.computeCapability = jsonString(r, "cc");
            g.note = jsonString(r, "note");
            g.unverified = r.value("unverified", false);
            if (const QString e = archError(g.architecture, g.computeCapability); !e.isEmpty())
                return fail(QStringLiteral("%1 (%2) names %3.").arg(where, g.describe(), e));
            t.m_ranges << g;
        }
    }
    std::sort(t.m_ranges.begin(), t.m_ranges.end(),
              [](const GpuIdRange &a, const GpuIdRange &b) { return a.from < b.from; });
    for (int k = 1; k < t.m_ranges.size(); ++k)
        if (t.m_ranges[k].from <= t.m_ranges[k - 1].to)
            return fail(QStringLiteral("%1 device_id_ranges %2 and %3 overlap.")
                            .arg(QLatin1String(kChips), t.m_ranges[k - 1].describe(),
                                 t.m_ranges[k].describe()));
    return t;
}

QString GpuIdTable::text(quint32 at, int len) const
{
    return QString::fromUtf8(m_tsv.constData() + at, len);
}

GpuIdRow GpuIdTable::row(int index) const
{
    const Row &r = m_rows.at(index);
    GpuIdRow out;
    out.deviceId = QStringLiteral("%1").arg(r.device, 4, 16, QLatin1Char('0'));
    if (r.subsystem)
        out.subsystem = QStringLiteral("%1:%2")
                            .arg(r.subsystem >> 16, 4, 16, QLatin1Char('0'))
                            .arg(r.subsystem & 0xffff, 4, 16, QLatin1Char('0'));
    out.name = text(r.nameAt, r.nameLen);
    if (r.chipLen) out.chip = text(r.chipAt, r.chipLen);
    out.source = m_tableSources.value(r.source);
    return out;
}

const GpuIdTable::Device *GpuIdTable::device(const QString &deviceId) const
{
    bool ok = false;
    const int id = hexId(deviceId).toInt(&ok, 16);
    if (!ok || id < 0 || id > 0xffff) return nullptr;
    const auto it = std::lower_bound(m_devices.cbegin(), m_devices.cend(), id,
                                     [](const Device &d, int v) { return d.device < v; });
    return it != m_devices.cend() && it->device == id ? &*it : nullptr;
}

GpuIdMatch GpuIdTable::find(const QString &deviceId, const QString &subsystemVendor,
                            const QString &subsystemDevice) const
{
    GpuIdMatch m;
    const Device *d = device(deviceId);
    if (!d) return m;
    if (d->chipRow >= 0) m.chip = text(m_rows[d->chipRow].chipAt, m_rows[d->chipRow].chipLen);
    bool okV = false, okD = false;
    const quint32 sub =
        (hexId(subsystemVendor).toUInt(&okV, 16) << 16) | hexId(subsystemDevice).toUInt(&okD, 16);
    if (okV && okD && sub != 0) {
        for (int j = d->first; j < d->end; ++j)
            if (m_rows[m_order[j]].subsystem == sub) {
                m.found = m.bySubsystem = true;
                m.row = row(m_order[j]);
                return m;
            }
    }
    if (d->generic >= 0) {
        m.found = true;
        m.row = row(d->generic);
    }
    return m;
}

const GpuChipFamily *GpuIdTable::family(const QString &chipCode) const
{
    auto longest = [this](const QString &code) -> const GpuChipFamily * {
        const GpuChipFamily *best = nullptr;
        for (const GpuChipFamily &f : m_families)
            if (code.startsWith(f.prefix) && (!best || f.prefix.size() > best->prefix.size()))
                best = &f;
        return best;
    };
    const QString code = chipCode.trimmed().toUpper();
    if (code.isEmpty()) return nullptr;
    if (const GpuChipFamily *f = longest(code)) return f;
    // "the chip code without its suffix", as nvidia_chips.json's "about" says.
    static const QRegularExpression suffix(QStringLiteral("(M|GL|GLM|BM|B|A)$"));
    QString bare = code;
    bare.remove(suffix);
    return bare != code ? longest(bare) : nullptr;
}

const GpuIdRange *GpuIdTable::range(const QString &deviceId) const
{
    bool ok = false;
    const int id = hexId(deviceId).toInt(&ok, 16);
    if (!ok) return nullptr;
    for (const GpuIdRange &r : m_ranges)
        if (id >= r.from && id <= r.to) return &r;
    return nullptr;
}

QString GpuIdTable::chipCodeOf(const QString &pciIdsDeviceName)
{
    const QString s = pciIdsDeviceName.trimmed();
    const qsizetype space = s.indexOf(QLatin1Char(' '));
    const QString first = space < 0 ? s : s.left(space);
    const QString rest = space < 0 ? QString() : s.mid(space + 1).trimmed();
    if (!isChipCode(first.toLatin1())) return {};
    // "GM107 High Definition Audio Controller [...]" names a function, not the chip alone.
    if (!rest.isEmpty() && !rest.startsWith(QLatin1Char('['))) return {};
    return first;
}

bool GpuIdTable::isMobileChip(const QString &chip)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z]{1,3}[0-9]{2,3}B?M$"));
    return re.match(chip).hasMatch();
}

bool GpuIdTable::isPreKeplerChip(const QString &chip)
{
    static const QRegularExpression re(QStringLiteral("^(GF|GT|G[0-9]|NV|MCP|C[0-9])"));
    return re.match(chip).hasMatch() && isChipCode(chip.toLatin1());
}

} // namespace gpusetup
