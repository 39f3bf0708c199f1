#include "knowledge/GpuCatalog.h"

#include "common/JsonFields.h"

#include <QFile>
#include <QRegularExpression>

namespace gpusetup {

namespace {

bool isMemoryToken(const QString &t)
{
    static const QRegularExpression re(QStringLiteral("^\\d+gb$"));
    return re.match(t).hasMatch();
}

// normaliseName() as a sorted token list, so "A100 80GB PCIe" and "A100-PCIE-80GB" meet.
QString nameKey(const QString &name, bool dropMemory, int *memoryGb = nullptr)
{
    QStringList tokens =
        GpuCatalog::normaliseName(name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (memoryGb) *memoryGb = -1;
    for (qsizetype i = tokens.size() - 1; i >= 0; --i) {
        if (isMemoryToken(tokens[i])) {
            if (memoryGb) *memoryGb = tokens[i].chopped(2).toInt();
            if (dropMemory) tokens.removeAt(i);
        }
    }
    tokens.sort();
    return tokens.join(QLatin1Char(' '));
}

// "Tesla V100 PCIe 16GB/32GB" -> {"Tesla V100 PCIe 16GB", "Tesla V100 PCIe 32GB"}.
QStringList expandVariants(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^(.*?)(\\d+GB(?:/\\d+GB)+)(.*)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(name);
    if (!m.hasMatch()) return {name};
    QStringList out;
    for (const QString &v : m.captured(2).split(QLatin1Char('/')))
        out << m.captured(1) + v + m.captured(3);
    return out;
}

QString normaliseHexId(QString id)
{
    id = id.trimmed().toLower();
    if (id.startsWith(QLatin1String("0x"))) id = id.mid(2);
    return id;
}

bool isPciId(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{4}:[0-9a-f]{4}$"));
    return re.match(s).hasMatch();
}

// A CUDA range value: a string for the whole architecture or an object per capability.
bool readCudaRange(const Json &j, const char *key, QString *whole, QMap<QString, QString> *per)
{
    const auto it = j.find(key);
    if (it == j.end() || it->is_null()) return true;
    if (it->is_string()) {
        *whole = QString::fromStdString(it->get<std::string>());
        return true;
    }
    if (!it->is_object()) return false;
    for (auto e = it->begin(); e != it->end(); ++e) {
        if (!e.value().is_string()) return false;
        per->insert(QString::fromStdString(e.key()),
                    QString::fromStdString(e.value().get<std::string>()));
    }
    return true;
}

} // namespace

int GpuModel::memoryGbForPciId(const QString &pciId) const
{
    const qsizetype i = pciDeviceIds.indexOf(pciId.toLower());
    if (i < 0 || i >= pciIdsNames.size() || memoryGbVariants.isEmpty()) return memoryGb;
    static const QRegularExpression re(QStringLiteral("(\\d+)\\s*GB"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(pciIdsNames[i]);
    if (m.hasMatch() && memoryGbVariants.contains(m.captured(1).toInt()))
        return m.captured(1).toInt();
    return memoryGb;
}

QString GpuCatalog::normaliseName(const QString &name)
{
    QString s = name;
    // pci.ids style "GA106 [GeForce RTX 3060 Lite Hash Rate]": the marketing name is in brackets.
    const qsizetype open = s.lastIndexOf(QLatin1Char('['));
    const qsizetype close = s.lastIndexOf(QLatin1Char(']'));
    if (open >= 0 && close > open + 1 && s.left(open).trimmed().size() > 0)
        s = s.mid(open + 1, close - open - 1);
    s = s.toLower();
    for (QChar &c : s) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('.')) c = QLatin1Char(' ');
    }
    static const QRegularExpression gb(QStringLiteral("(\\d+)\\s+gb\\b"));
    s.replace(gb, QStringLiteral("\\1gb"));
    static const QStringList dropped = {"nvidia", "corporation", "geforce", "tesla",
                                        "lite",   "hash",        "rate",    "lhr"};
    QStringList tokens = s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    tokens.removeIf([](const QString &t) { return dropped.contains(t); });
    return tokens.join(QLatin1Char(' '));
}

std::optional<GpuCatalog> GpuCatalog::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &msg) -> std::optional<GpuCatalog> {
        if (error) *error = msg;
        return std::nullopt;
    };
    const Json root = Json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    if (root.is_discarded()) return fail(QStringLiteral("The GPU catalog is not valid JSON."));
    if (!root.is_object()) return fail(QStringLiteral("The GPU catalog must be a JSON object."));

    GpuCatalog c;
    c.m_asOf = jsonString(root, "as_of");
    const auto archs = root.find("architectures");
    if (archs == root.end() || !archs->is_array() || archs->empty())
        return fail(QStringLiteral("The GPU catalog has no \"architectures\" array."));
    int index = 0;
    for (const Json &a : *archs) {
        ++index;
        if (!a.is_object())
            return fail(QStringLiteral("GPU catalog architecture %1 is not an object.").arg(index));
        GpuArchitecture arch;
        arch.name = jsonString(a, "arch");
        if (arch.name.isEmpty())
            return fail(
                QStringLiteral("GPU catalog architecture %1 has no \"arch\" name.").arg(index));
        const auto ccs = a.find("compute_capabilities");
        if (ccs == a.end() || !ccs->is_array() || ccs->empty())
            return fail(
                QStringLiteral("GPU catalog architecture \"%1\" has no compute_capabilities.")
                    .arg(arch.name));
        for (const Json &cc : *ccs) {
            if (!cc.is_string())
                return fail(
                    QStringLiteral("GPU catalog architecture \"%1\" has a compute capability "
                                   "that is not a string.")
                        .arg(arch.name));
            arch.computeCapabilities << QString::fromStdString(cc.get<std::string>());
        }
        if (!readCudaRange(a, "cuda_first", &arch.cudaFirst, &arch.cudaFirstByCapability) ||
            !readCudaRange(a, "cuda_last", &arch.cudaLast, &arch.cudaLastByCapability))
            return fail(QStringLiteral("GPU catalog architecture \"%1\" has a bad cuda_first or "
                                       "cuda_last value.")
                            .arg(arch.name));
        if (const auto n = a.find("notes"); n != a.end() && n->is_array()) {
            for (const Json &s : *n)
                if (s.is_string()) arch.notes << QString::fromStdString(s.get<std::string>());
        }
        if (const auto u = a.find("unverified"); u != a.end() && u->is_boolean())
            arch.unverified = u->get<bool>();
        if (c.architecture(arch.name))
            return fail(
                QStringLiteral("GPU catalog architecture \"%1\" is listed twice.").arg(arch.name));
        c.m_architectures << arch;
    }

    if (const auto support = root.find("driver_branch_support"); support != root.end()) {
        if (!support->is_array())
            return fail(
                QStringLiteral("The GPU catalog's \"driver_branch_support\" is not a list."));
        static const QRegularExpression branchRe(QStringLiteral("\\bR(\\d{3})\\b"));
        static const QRegularExpression scopeRe(QStringLiteral("^(.*?)\\s*\\((.*)\\)\\s*$"));
        int row = 0;
        for (const Json &e : *support) {
            ++row;
            if (!e.is_object())
                return fail(
                    QStringLiteral("GPU catalog driver_branch_support entry %1 is not an object.")
                        .arg(row));
            DriverBranchSupport b;
            QString arch = jsonString(e, "arch");
            if (const auto m = scopeRe.match(arch); m.hasMatch()) {
                arch = m.captured(1);
                b.scope = m.captured(2);
            }
            b.architectures = arch.split(QLatin1Char('/'), Qt::SkipEmptyParts);
            for (QString &a : b.architectures)
                a = a.trimmed();
            b.claim = jsonString(e, "claim");
            b.evidence = jsonString(e, "evidence");
            b.unverified = e.value("unverified", false);
            const auto m = branchRe.match(b.claim);
            if (b.architectures.isEmpty() || !m.hasMatch())
                return fail(
                    QStringLiteral("GPU catalog driver_branch_support entry %1 (\"%2\") names "
                                   "no architecture or no driver branch like R470.")
                        .arg(row)
                        .arg(jsonString(e, "arch")));
            b.lastBranch = m.captured(1).toInt();
            c.m_branchSupport << b;
        }
    }

    const auto gpus = root.find("gpus");
    if (gpus == root.end() || !gpus->is_array())
        return fail(QStringLiteral("The GPU catalog has no \"gpus\" array."));
    index = 0;
    for (const Json &g : *gpus) {
        ++index;
        if (!g.is_object())
            return fail(QStringLiteral("GPU catalog entry %1 is not an object.").arg(index));
        GpuModel m;
        m.name = jsonString(g, "name");
        if (m.name.isEmpty())
            return fail(QStringLiteral("GPU catalog entry %1 has no name.").arg(index));
        const QString where =
            QStringLiteral("GPU catalog entry %1 (\"%2\")").arg(index).arg(m.name);
        m.segment = jsonString(g, "segment");
        m.architecture = jsonString(g, "architecture");
        m.computeCapability = jsonString(g, "compute_capability");
        m.note = jsonString(g, "note");
        const GpuArchitecture *arch = c.architecture(m.architecture);
        if (!arch)
            return fail(QStringLiteral("%1 names an unknown architecture \"%2\".")
                            .arg(where, m.architecture));
        if (!arch->computeCapabilities.contains(m.computeCapability))
            return fail(QStringLiteral("%1 has compute capability \"%2\", which %3 does not list.")
                            .arg(where, m.computeCapability, arch->name));
        const auto mem = g.find("memory_gb");
        if (mem == g.end() || !mem->is_number_integer() || mem->get<int>() <= 0)
            return fail(QStringLiteral("%1 has no positive whole memory_gb.").arg(where));
        m.memoryGb = mem->get<int>();
        if (const auto v = g.find("memory_gb_variants"); v != g.end() && v->is_array()) {
            for (const Json &x : *v) {
                if (!x.is_number_integer())
                    return fail(QStringLiteral("%1 has a memory_gb_variants value that is not a "
                                               "whole number.")
                                    .arg(where));
                m.memoryGbVariants << x.get<int>();
            }
        }
        const auto power = g.find("board_power_w");
        if (power != g.end() && !power->is_null()) {
            if (!power->is_number_integer() || power->get<int>() <= 0)
                return fail(QStringLiteral("%1 has a board_power_w that is not a positive whole "
                                           "number.")
                                .arg(where));
            m.boardPowerW = power->get<int>();
        }
        const auto unverified = g.find("board_power_unverified");
        m.powerVerified =
            m.boardPowerW > 0 &&
            !(unverified != g.end() && unverified->is_boolean() && unverified->get<bool>());
        const auto ids = g.find("pci_ids");
        if (ids != g.end() && !ids->is_null()) {
            if (!ids->is_array())
                return fail(
                    QStringLiteral("%1 has a pci_ids value that is not an array.").arg(where));
            for (const Json &p : *ids) {
                const QString id = p.is_object() ? jsonString(p, "device_id").toLower() : QString();
                if (!isPciId(id))
                    return fail(QStringLiteral("%1 has a bad PCI device id \"%2\" (expected "
                                               "vendor:device like 10de:1b81).")
                                    .arg(where, id));
                if (c.m_byPciId.contains(id))
                    return fail(
                        QStringLiteral("%1 repeats PCI device id %2, already given to \"%3\".")
                            .arg(where, id, c.m_models[c.m_byPciId.value(id)].name));
                m.pciDeviceIds << id;
                m.pciIdsNames << jsonString(p, "pci_ids_name");
                c.m_byPciId.insert(id, int(c.m_models.size()));
            }
        }
        c.m_models << m;
    }

    // Name keys: the name, each memory variant, and the pci.ids names. A key two models share
    // (the "GTX 1060" of the 3GB and the 6GB) is ambiguous and dropped, never guessed.
    QMap<QString, QList<int>> keys;
    for (int i = 0; i < c.m_models.size(); ++i) {
        const GpuModel &m = c.m_models[i];
        QStringList names = expandVariants(m.name);
        names << m.name;
        for (const QString &p : m.pciIdsNames)
            names << expandVariants(p);
        for (const QString &n : names) {
            for (bool dropMemory : {false, true}) {
                QList<int> &l = keys[nameKey(n, dropMemory)];
                if (!l.contains(i)) l << i;
            }
        }
    }
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        if (it.value().size() == 1 && !it.key().isEmpty())
            c.m_byName.insert(it.key(), it.value().first());
    }
    return c;
}

std::optional<GpuCatalog> GpuCatalog::fromData(const QByteArray &gpusJson, const QByteArray &idsTsv,
                                               const QByteArray &chipsJson, QString *error)
{
    auto c = fromJson(gpusJson, error);
    if (!c) {
        if (error) error->prepend(QStringLiteral("gpus.json: "));
        return std::nullopt;
    }
    auto ids = GpuIdTable::fromData(idsTsv, chipsJson, c->m_architectures, error);
    if (!ids) return std::nullopt;
    c->m_ids = std::move(*ids);
    return c;
}

const GpuCatalog &GpuCatalog::builtin()
{
    static const GpuCatalog catalog = [] {
        GpuCatalog c;
        QByteArray data[3];
        const char *names[3] = {"gpus.json", "nvidia_pci_ids.tsv", "nvidia_chips.json"};
        for (int i = 0; i < 3; ++i) {
            QFile f(QStringLiteral(":/knowledge/") + QLatin1String(names[i]));
            if (!f.open(QIODevice::ReadOnly)) {
                c.m_loadError =
                    QStringLiteral("The embedded GPU knowledge :/knowledge/%1 is missing.")
                        .arg(QLatin1String(names[i]));
                return c;
            }
            data[i] = f.readAll();
        }
        QString error;
        auto loaded = fromData(data[0], data[1], data[2], &error);
        if (!loaded) {
            c.m_loadError = error;
            return c;
        }
        return *loaded;
    }();
    return catalog;
}

const GpuModel *GpuCatalog::findByPciId(const QString &vendor, const QString &device) const
{
    const auto it =
        m_byPciId.constFind(normaliseHexId(vendor) + QLatin1Char(':') + normaliseHexId(device));
    return it == m_byPciId.cend() ? nullptr : &m_models[it.value()];
}

const GpuModel *GpuCatalog::findByName(const QString &name) const
{
    int memory = -1;
    const QString full = nameKey(name, false, &memory);
    if (full.isEmpty()) return nullptr;
    if (const auto it = m_byName.constFind(full); it != m_byName.cend())
        return &m_models[it.value()];
    // "GeForce RTX 3060 12GB" finds "GeForce RTX 3060", but an "RTX 3060 8GB" does not find
    // the 12 GB card: a memory size the catalog contradicts is a different model.
    const auto it = m_byName.constFind(nameKey(name, true));
    if (it == m_byName.cend()) return nullptr;
    const GpuModel &m = m_models[it.value()];
    if (memory > 0 && memory != m.memoryGb && !m.memoryGbVariants.contains(memory)) return nullptr;
    return &m;
}

const GpuArchitecture *GpuCatalog::architecture(const QString &name) const
{
    for (const GpuArchitecture &a : m_architectures)
        if (a.name.compare(name, Qt::CaseInsensitive) == 0) return &a;
    return nullptr;
}

const GpuArchitecture *GpuCatalog::architectureForComputeCapability(const QString &cc) const
{
    const QString want = cc.trimmed();
    for (const GpuArchitecture &a : m_architectures)
        if (a.computeCapabilities.contains(want)) return &a;
    return nullptr;
}

} // namespace gpusetup

namespace gpusetup {

const DriverBranchSupport *GpuCatalog::lastDriverBranchFor(const QString &architecture) const
{
    for (const DriverBranchSupport &b : m_branchSupport)
        for (const QString &a : b.architectures)
            if (a.compare(architecture, Qt::CaseInsensitive) == 0) return &b;
    return nullptr;
}

} // namespace gpusetup

namespace gpusetup {

namespace {

const QString kNvidia = QStringLiteral("10de");
const QString kCatalogFile = QStringLiteral("gpus.json");
const QString kTableFile = QStringLiteral("nvidia_pci_ids.tsv");
const QString kChipsFile = QStringLiteral("nvidia_chips.json");

} // namespace

QString GpuCatalog::marketingName(const QString &deviceName)
{
    static const QRegularExpression bracket(
        QStringLiteral("^[^\\[]*\\S[^\\[]*\\[([^\\]]+)\\]\\s*$"));
    static const QRegularExpression bare(QStringLiteral("^Device( \\[?[0-9a-fA-F:]{4,9}\\]?)?$"));
    const QString s = deviceName.trimmed();
    if (const auto m = bracket.match(s); m.hasMatch()) return m.captured(1).trimmed();
    if (bare.match(s).hasMatch() || !GpuIdTable::chipCodeOf(s).isEmpty()) return {};
    return s;
}

namespace {

// "GeForce GTX 1650 Mobile / Max-Q" -> "GeForce GTX 1650"; "" when the name is no laptop part.
QString desktopVariant(const QString &name)
{
    static const QRegularExpression re(
        QStringLiteral("\\b(with Max-Q Design|Mobile|Max-Q|Laptop GPU|Laptop|Notebook)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QString s = name;
    s.remove(re);
    s.remove(QLatin1Char('/'));
    s = s.simplified();
    return s == name.simplified() ? QString() : s;
}

} // namespace

bool GpuCatalog::isPlaceholderName(const QString &name)
{
    const QString s = name.trimmed();
    return s.isEmpty() || s.endsWith(QLatin1String("...")) ||
           s.compare(QLatin1String("NVIDIA Graphics Device"), Qt::CaseInsensitive) == 0 ||
           s.compare(QLatin1String("Graphics Device"), Qt::CaseInsensitive) == 0;
}

bool GpuCatalog::isCutName(const QString &name, const QString &full)
{
    auto words = [](const QString &s) {
        QString t = s.simplified().toLower();
        if (t.startsWith(QLatin1String("nvidia "))) t = t.mid(7);
        return t;
    };
    const QString a = words(name), b = words(full);
    return !a.isEmpty() && b.startsWith(a + QLatin1Char(' '));
}

bool GpuCatalog::isLaptopName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("\\b(Laptop|Mobile|Max-Q|Notebook)\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

GpuIdentity GpuCatalog::identify(const GpuQuery &q) const
{
    GpuIdentity id;
    const QString vendor = normaliseHexId(q.vendorId);
    const QString device = normaliseHexId(q.deviceId);
    const QString pciId = vendor + QLatin1Char(':') + device;
    const QString pciName = marketingName(q.pciIdsName);
    auto note = [&id](const QString &source, const QString &detail) {
        id.evidence.append({source, detail});
    };
    if (vendor != kNvidia) {
        if (!pciName.isEmpty()) {
            id.name = pciName;
            id.nameFrom = q.pciIdsSource;
        }
        return id;
    }

    // 1. What each source says.
    const GpuIdMatch row = device.isEmpty()
                               ? GpuIdMatch{}
                               : m_ids.find(device, q.subsystemVendorId, q.subsystemDeviceId);
    const QString tableName = row.found ? row.row.name : QString();
    QString driverName = isPlaceholderName(q.driverName) ? QString() : q.driverName.trimmed();
    // nvidia-smi's table cuts long names ("NVIDIA GeForce ..." parsed as "NVIDIA GeForce"): a
    // driver name that is only the first words of another source's name is that name, cut.
    if (const GpuModel *byId = device.isEmpty() ? nullptr : findByPciId(vendor, device);
        isCutName(driverName, tableName) || isCutName(driverName, pciName) ||
        (byId && isCutName(driverName, byId->name)))
        driverName.clear();
    if (row.found) {
        const QString sub =
            row.bySubsystem ? QStringLiteral(" subsystem %1").arg(row.row.subsystem) : QString();
        note(kTableFile,
             QStringLiteral("%1%2 = %3 (chip %4; %5)")
                 .arg(pciId, sub, tableName,
                      row.chip.isEmpty() ? QStringLiteral("not named") : row.chip, row.row.source));
        id.refs << QStringLiteral("%1 %2%3").arg(kTableFile, pciId, sub);
    } else if (!device.isEmpty() && !m_ids.isEmpty()) {
        note(kTableFile, QStringLiteral("%1: not in the table").arg(pciId));
    }
    if (!row.chip.isEmpty()) {
        id.chip = row.chip;
        id.chipFrom = kTableFile;
    } else if (const QString c = GpuIdTable::chipCodeOf(q.pciIdsName); !c.isEmpty()) {
        id.chip = c;
        id.chipFrom = q.pciIdsSource;
    }
    id.laptop = GpuIdTable::isMobileChip(id.chip) || isLaptopName(driverName) ||
                isLaptopName(tableName) || isLaptopName(pciName);

    // 2. The catalog row: by id, else by the best name (a laptop part only borrows the desktop
    // card's architecture, never its memory or power).
    if (!device.isEmpty() && (id.model = findByPciId(vendor, device)))
        id.matchedBy = QStringLiteral("pci-id");
    for (const QString &n : {driverName, tableName, pciName}) {
        if (id.model || n.isEmpty()) continue;
        if ((id.model = findByName(n))) {
            id.matchedBy = id.laptop ? QStringLiteral("mobile-name") : QStringLiteral("name");
        } else if (const QString desktop = desktopVariant(n);
                   !desktop.isEmpty() && (id.model = findByName(desktop))) {
            id.matchedBy = QStringLiteral("mobile-name");
        }
    }
    const bool fullRow = id.model && id.matchedBy != QLatin1String("mobile-name");
    if (id.model) {
        note(kCatalogFile, QStringLiteral("%1 -> %2 (%3, %4), matched by %5")
                               .arg(pciId, id.model->name, id.model->architecture,
                                    id.model->computeCapability, id.matchedBy));
    }
    const QString modelRef =
        id.model ? QStringLiteral("%1 gpus %2").arg(kCatalogFile, id.model->name) : QString();
    if (fullRow) id.refs << modelRef;

    // 3. Each field from the best source that knows it.
    if (!driverName.isEmpty()) {
        id.name = driverName;
        id.nameFrom = q.driverSource;
    } else if (fullRow) {
        id.name = id.model->name;
        id.nameFrom = kCatalogFile;
    } else if (!tableName.isEmpty()) {
        id.name = tableName;
        id.nameFrom = kTableFile;
    } else if (!pciName.isEmpty()) {
        id.name = pciName;
        id.nameFrom = q.pciIdsSource;
    }

    // Architecture and capability: the driver, else the card's own catalog row, else its chip
    // code, else its id range. A laptop part's name match to a desktop card comes last: that
    // row is a sibling's, and NVIDIA's chip code names the laptop chip itself.
    const GpuChipFamily *family = m_ids.family(id.chip);
    const GpuIdRange *range = device.isEmpty() ? nullptr : m_ids.range(device);
    if (!q.driverComputeCapability.isEmpty()) {
        id.computeCapability = q.driverComputeCapability.trimmed();
        id.computeCapabilityFrom = q.driverSource;
        if (const GpuArchitecture *a = architectureForComputeCapability(id.computeCapability)) {
            id.architecture = a->name;
            id.architectureFrom = q.driverSource;
        }
    } else if (fullRow) {
        id.architecture = id.model->architecture;
        id.computeCapability = id.model->computeCapability;
        id.architectureFrom = id.computeCapabilityFrom = kCatalogFile;
    } else if (family) {
        id.architecture = family->architecture;
        id.computeCapability = family->computeCapability;
        id.architectureFrom = id.computeCapabilityFrom =
            QStringLiteral("%1 chips %2").arg(kChipsFile, family->prefix);
        id.unverified = family->unverified;
        note(kChipsFile,
             QStringLiteral("chip %1 (from %2) -> %3, compute capability %4")
                 .arg(id.chip, id.chipFrom, family->architecture, family->computeCapability));
        id.refs << id.architectureFrom;
    } else if (GpuIdTable::isPreKeplerChip(id.chip)) {
        id.olderThanKepler = true;
        note(kChipsFile,
             QStringLiteral("chip %1 (from %2) is older than Kepler").arg(id.chip, id.chipFrom));
    } else if (range) {
        id.architecture = range->architecture;
        id.computeCapability = range->computeCapability;
        id.architectureFrom = id.computeCapabilityFrom =
            QStringLiteral("%1 device_id_ranges %2").arg(kChipsFile, range->describe());
        id.unverified = range->unverified;
        note(kChipsFile,
             QStringLiteral("device id %1 is in %2 -> %3, compute capability %4")
                 .arg(device, range->describe(), range->architecture, range->computeCapability));
        id.refs << id.architectureFrom;
    } else if (id.model) {
        id.architecture = id.model->architecture;
        id.computeCapability = id.model->computeCapability;
        id.architectureFrom = id.computeCapabilityFrom = kCatalogFile;
        id.refs << modelRef;
    }
    if (const GpuArchitecture *a = architecture(id.architecture); a && a->unverified)
        id.unverified = true;

    if (q.driverMemoryMiB > 0) {
        id.memoryGb = int((q.driverMemoryMiB + 512) / 1024);
        id.memoryFrom = q.driverSource;
    } else if (fullRow) {
        id.memoryGb = id.model->memoryGbForPciId(pciId);
        id.memoryFrom = kCatalogFile;
    }
    if (fullRow && id.model->boardPowerW > 0) {
        id.boardPowerW = id.model->boardPowerW;
        id.boardPowerVerified = id.model->powerVerified;
        id.boardPowerFrom = kCatalogFile;
    }
    if (!q.driverSource.isEmpty())
        note(
            q.driverSource,
            QStringLiteral("%1: %2%3%4%5")
                .arg(pciId, q.driverName.isEmpty() ? QStringLiteral("(no name)") : q.driverName,
                     driverName.isEmpty() && !q.driverName.isEmpty()
                         ? QStringLiteral(" (a cut or placeholder name, not used)")
                         : QString(),
                     q.driverComputeCapability.isEmpty()
                         ? QString()
                         : QStringLiteral(", compute capability %1").arg(q.driverComputeCapability),
                     q.driverMemoryMiB > 0 ? QStringLiteral(", %1 MiB").arg(q.driverMemoryMiB)
                                           : QString()));
    if (!id.known() && !id.olderThanKepler)
        note(QStringLiteral("GPU identity"),
             QStringLiteral("%1: no source names its architecture").arg(pciId));
    return id;
}

} // namespace gpusetup
