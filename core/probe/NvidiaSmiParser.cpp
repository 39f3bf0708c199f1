#include "probe/NvidiaSmiParser.h"

#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <initializer_list>
#include <optional>

namespace gpusetup {

namespace {

const QRegularExpression &re(const char *pattern)
{
    // Callers pass string literals; the cache keeps one compiled expression per literal.
    static thread_local QHash<const char *, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(QString::fromLatin1(pattern)));
    return it.value();
}

QString cap(const char *pattern, const QString &text, int group = 1)
{
    const QRegularExpressionMatch m = re(pattern).match(text);
    return m.hasMatch() ? m.captured(group) : QString();
}

// Leading number of "81920 MiB", "67.03 W", "27 C", "16x"; -1 when there is none.
double leadingNumber(const QString &raw)
{
    const QString v = smiValue(raw);
    const QRegularExpressionMatch m = re("^\\s*(-?\\d+(?:\\.\\d+)?)").match(v);
    if (!m.hasMatch()) return -1;
    bool ok = false;
    const double d = m.captured(1).toDouble(&ok);
    return ok ? d : -1;
}

qint64 leadingInt(const QString &raw)
{
    const double d = leadingNumber(raw);
    return d < 0 ? -1 : qint64(d);
}

QString normalizeOnOff(const QString &v)
{
    if (v == QLatin1String("On")) return QStringLiteral("Enabled");
    if (v == QLatin1String("Off")) return QStringLiteral("Disabled");
    return smiValue(v);
}

// "610.57.04 [Deprecated; will be removed ...]" -> "610.57.04"
QString stripNote(const QString &v)
{
    QString s = v;
    const int bracket = s.indexOf(QLatin1String(" ["));
    if (bracket > 0) s.truncate(bracket);
    return smiValue(s.trimmed());
}

void finish(SmiReport &r)
{
    r.valid = !r.driverVersion.isEmpty() || !r.gpus.isEmpty();
}

} // namespace

QString smiErrorName(SmiError e)
{
    return QString::fromStdString(Json(e).get<std::string>());
}

QString smiValue(const QString &raw)
{
    QString v = raw.trimmed();
    if (v.startsWith(QLatin1Char('[')) && v.endsWith(QLatin1Char(']')))
        v = v.mid(1, v.size() - 2).trimmed();
    static const QStringList missing = {
        QStringLiteral("N/A"),
        QStringLiteral("Not Supported"),
        QStringLiteral("Not Found"),
        QStringLiteral("Unknown Error"),
        QStringLiteral("Not Available"),
        QStringLiteral("Insufficient Permissions"),
        QStringLiteral("Requested functionality has been deprecated"),
        QStringLiteral("GPU requires reset"),
        QStringLiteral("Unknown"),
    };
    for (const QString &m : missing)
        if (v.compare(m, Qt::CaseInsensitive) == 0) return QString();
    if (v.startsWith(QLatin1String("Deprecated"), Qt::CaseInsensitive)) return QString();
    return v;
}

// ---------------------------------------------------------------- errors

SmiErrorInfo classifySmiOutput(const QString &text, int exitCode)
{
    SmiErrorInfo e;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            e.message = line.trimmed();
            break;
        }
    }
    const auto has = [&](const char *s) {
        return text.contains(QLatin1String(s), Qt::CaseInsensitive);
    };
    if (has("version mismatch")) {
        e.kind = SmiError::VersionMismatch;
        e.nvmlLibraryVersion = cap("NVML library version:\\s*([0-9][0-9.]*[0-9])", text);
    } else if (has("GPU is lost")) {
        e.kind = SmiError::GpuLost;
        e.busId = cap("for GPU\\s*([0-9A-Fa-f]+:[0-9A-Fa-f]+:[0-9A-Fa-f]+\\.[0-7])", text);
    } else if (has("Unable to determine the device handle")) {
        e.kind = SmiError::DeviceHandleUnknown;
        e.busId = cap("for GPU\\s*([0-9A-Fa-f]+:[0-9A-Fa-f]+:[0-9A-Fa-f]+\\.[0-7])", text);
    } else if (has("couldn't communicate with the NVIDIA driver")) {
        e.kind = SmiError::DriverNotLoaded;
    } else if (has("No devices were found")) {
        e.kind = SmiError::NoDevices;
    } else if (has("libnvidia-ml.so")) {
        e.kind = SmiError::NvmlMissing;
    } else if (has("Failed to initialize NVML")) {
        e.kind = SmiError::NvmlUnknownError;
    } else if (has("is not a valid field to query")) {
        e.kind = SmiError::InvalidQueryField;
        e.field = cap("Field \"([^\"]*)\" is not a valid field", text);
    } else if (exitCode != 0) {
        e.kind = SmiError::Other;
    } else {
        e.message.clear();
    }
    return e;
}

SmiErrorInfo classifySmiResult(const CommandResult &r)
{
    using S = CommandResult::Status;
    SmiErrorInfo e;
    switch (r.status) {
    case S::TimedOut:
        e.kind = SmiError::TimedOut;
        e.message = r.describe();
        return e;
    case S::NotInstalled:
        e.kind = SmiError::NotInstalled;
        e.message = r.describe();
        return e;
    case S::Crashed:
    case S::FailedToStart:
        e.kind = SmiError::Other;
        e.message = r.describe();
        return e;
    case S::Exited:
        break;
    }
    // nvidia-smi prints its failures on stdout; look at both.
    return classifySmiOutput(r.out() + QLatin1Char('\n') + r.err(), r.exitCode);
}

// ---------------------------------------------------------------- XML

namespace {

struct XmlGpu
{
    SmiGpu gpu;
    QHash<QString, QString>
        values; // first value per path below <gpu>, e.g. "fb_memory_usage/total"
    QString first(std::initializer_list<const char *> paths) const
    {
        for (const char *p : paths) {
            const QString v = smiValue(values.value(QLatin1String(p)));
            if (!v.isEmpty()) return v;
        }
        return QString();
    }
};

void fillGpu(XmlGpu &x)
{
    SmiGpu &g = x.gpu;
    g.name = x.first({"product_name"});
    g.brand = x.first({"product_brand"});
    g.architecture = x.first({"product_architecture"});
    g.uuid = x.first({"uuid"});
    g.serial = x.first({"serial"});
    g.vbios = x.first({"vbios_version"});
    if (const QString bus = x.first({"pci/pci_bus_id"}); !bus.isEmpty()) g.busId = bus;
    g.memoryTotalMiB = leadingInt(x.first({"fb_memory_usage/total"}));
    g.memoryUsedMiB = leadingInt(x.first({"fb_memory_usage/used"}));
    g.temperatureC = int(leadingInt(x.first({"temperature/gpu_temp"})));
    g.powerDrawW = leadingNumber(
        x.first({"power_readings/power_draw", "gpu_power_readings/power_draw",
                 "gpu_power_readings/instant_power_draw", "gpu_power_readings/average_power_draw",
                 "power_readings/instant_power_draw", "power_readings/average_power_draw"}));
    QString limit =
        x.first({"power_readings/enforced_power_limit", "power_readings/power_limit",
                 "gpu_power_readings/current_power_limit", "power_readings/current_power_limit"});
    if (limit.isEmpty()) {
        // Newer branches nest the limit one level deeper
        // (gpu_power_readings/.../current_power_limit).
        for (auto it = x.values.cbegin(); it != x.values.cend(); ++it)
            if (it.key().startsWith(QLatin1String("gpu_power_readings/")) &&
                it.key().endsWith(QLatin1String("/current_power_limit")) &&
                !smiValue(it.value()).isEmpty())
                limit = smiValue(it.value());
    }
    g.powerLimitW = leadingNumber(limit);
    g.persistenceMode = x.first({"persistence_mode"});
    g.migCurrent = x.first({"mig_mode/current_mig"});
    g.migPending = x.first({"mig_mode/pending_mig"});
    g.computeMode = x.first({"compute_mode"});
    g.displayMode = x.first({"display_mode"});
    g.displayActive = x.first({"display_active"});
    g.virtualizationMode = x.first({"gpu_virtualization_mode/virtualization_mode"});
    g.maxLinkGen = int(leadingInt(x.first({"pci/pci_gpu_link_info/pcie_gen/max_link_gen"})));
    g.maxLinkWidth = int(leadingInt(x.first({"pci/pci_gpu_link_info/link_widths/max_link_width"})));
}

} // namespace

SmiReport parseSmiXml(const QByteArray &xml)
{
    SmiReport r;
    r.format = QStringLiteral("xml");
    QXmlStreamReader reader(xml);
    QStringList stack;       // element names from the root
    QList<bool> hadChildren; // per open element
    QString text;
    std::optional<XmlGpu> gpu;
    std::optional<SmiMigDevice> mig;
    int gpuDepth = -1;
    bool sawRoot = false;

    const auto endGpu = [&] {
        fillGpu(*gpu);
        gpu->gpu.index = int(r.gpus.size());
        if (!gpu->gpu.name.isEmpty() || !gpu->gpu.busId.isEmpty() || !gpu->gpu.uuid.isEmpty())
            r.gpus.push_back(gpu->gpu);
        gpu.reset();
        mig.reset();
        gpuDepth = -1;
    };

    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (!hadChildren.isEmpty()) hadChildren.last() = true;
            const QString name = reader.name().toString();
            stack.push_back(name);
            hadChildren.push_back(false);
            text.clear();
            if (stack.size() == 1) sawRoot = name == QLatin1String("nvidia_smi_log");
            if (stack.size() == 2 && name == QLatin1String("gpu")) {
                gpu.emplace();
                gpuDepth = int(stack.size());
                gpu->gpu.busId = reader.attributes().value(QLatin1String("id")).toString();
            } else if (gpu && stack.size() == gpuDepth + 2 && name == QLatin1String("mig_device") &&
                       stack[gpuDepth] == QLatin1String("mig_devices")) {
                mig.emplace();
            }
        } else if (token == QXmlStreamReader::Characters) {
            text += reader.text();
        } else if (token == QXmlStreamReader::EndElement) {
            const bool leaf = !hadChildren.isEmpty() && !hadChildren.last();
            const QString value = text.trimmed();
            if (leaf && stack.size() == 2) {
                const QString &n = stack[1];
                if (n == QLatin1String("driver_version"))
                    r.driverVersion = smiValue(value);
                else if (n == QLatin1String("cuda_version"))
                    r.cudaVersion = smiValue(value);
                else if (n == QLatin1String("attached_gpus"))
                    r.attachedGpus = int(leadingInt(value));
            } else if (leaf && gpu && int(stack.size()) > gpuDepth) {
                const QString rel = stack.mid(gpuDepth).join(QLatin1Char('/'));
                if (mig && rel.startsWith(QLatin1String("mig_devices/mig_device/"))) {
                    const QString k = rel.mid(int(qstrlen("mig_devices/mig_device/")));
                    if (k == QLatin1String("index"))
                        mig->index = int(leadingInt(value));
                    else if (k == QLatin1String("gpu_instance_id"))
                        mig->gpuInstanceId = int(leadingInt(value));
                    else if (k == QLatin1String("compute_instance_id"))
                        mig->computeInstanceId = int(leadingInt(value));
                    else if (k == QLatin1String("fb_memory_usage/total"))
                        mig->memoryTotalMiB = leadingInt(value);
                    else if (k == QLatin1String("fb_memory_usage/used"))
                        mig->memoryUsedMiB = leadingInt(value);
                } else if (!gpu->values.contains(rel)) {
                    gpu->values.insert(rel, value);
                }
            }
            if (gpu && mig && int(stack.size()) == gpuDepth + 2 &&
                stack.last() == QLatin1String("mig_device")) {
                gpu->gpu.migDevices.push_back(*mig);
                mig.reset();
            }
            if (gpu && int(stack.size()) == gpuDepth) endGpu();
            if (!stack.isEmpty()) {
                stack.pop_back();
                hadChildren.pop_back();
            }
            text.clear();
        }
    }
    if (reader.hasError()) {
        r.parseError =
            QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
        if (gpu) // a cut-off file: keep what the open <gpu> already said
            endGpu();
    }
    if (!sawRoot) {
        r.gpus.clear();
        r.driverVersion.clear();
        if (r.parseError.isEmpty()) r.parseError = QStringLiteral("not an nvidia_smi_log document");
    }
    finish(r);
    return r;
}

// ---------------------------------------------------------------- table

namespace {

QStringList cells(const QString &line)
{
    QStringList c = line.split(QLatin1Char('|'));
    if (!c.isEmpty()) c.removeFirst(); // before the first '|'
    return c;
}

void parseGpuRecord(const QStringList &rows, SmiReport &r)
{
    if (rows.isEmpty()) return;
    const QStringList c0 = cells(rows[0]);
    if (c0.size() < 2) return;
    SmiGpu g;
    QRegularExpressionMatch m = re("^\\s*(\\d+)\\s+(.*?)\\s+(On|Off)\\s*$").match(c0[0]);
    if (m.hasMatch()) {
        g.persistenceMode = normalizeOnOff(m.captured(3));
    } else {
        m = re("^\\s*(\\d+)\\s+(.*?)\\s*$").match(c0[0]);
        if (!m.hasMatch()) return;
    }
    g.index = m.captured(1).toInt();
    g.name = m.captured(2).trimmed();
    g.nameTruncated = g.name.endsWith(QLatin1String("..."));
    if (g.nameTruncated) g.name = g.name.chopped(3).trimmed();
    const QStringList bus = c0[1].split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!bus.isEmpty()) g.busId = bus[0];
    if (bus.size() > 1) g.displayActive = normalizeOnOff(bus[1]);
    if (rows.size() > 1) {
        const QStringList c1 = cells(rows[1]);
        if (!c1.isEmpty()) {
            g.temperatureC =
                cap("(\\d+)C\\b", c1[0]).isEmpty() ? -1 : cap("(\\d+)C\\b", c1[0]).toInt();
            const QRegularExpressionMatch p = re("(\\S+)\\s*/\\s*(\\S+)\\s*$").match(c1[0]);
            if (p.hasMatch()) {
                g.powerDrawW = leadingNumber(p.captured(1));
                g.powerLimitW = leadingNumber(p.captured(2));
            }
        }
        if (c1.size() > 1) {
            const QRegularExpressionMatch mem = re("(\\d+)MiB\\s*/\\s*(\\d+)MiB").match(c1[1]);
            if (mem.hasMatch()) {
                g.memoryUsedMiB = mem.captured(1).toLongLong();
                g.memoryTotalMiB = mem.captured(2).toLongLong();
            }
        }
        if (c1.size() > 2) {
            const QStringList t = c1[2].split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (!t.isEmpty()) g.computeMode = smiValue(t.last());
        }
    }
    if (rows.size() > 2) {
        const QStringList c2 = cells(rows[2]);
        if (c2.size() > 2) g.migCurrent = smiValue(c2[2]);
    }
    r.gpus.push_back(g);
}

void parseMigRecord(const QStringList &rows, SmiReport &r)
{
    if (rows.isEmpty()) return;
    const QStringList c0 = cells(rows[0]);
    if (c0.size() < 2) return;
    const QRegularExpressionMatch m =
        re("^\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*$").match(c0[0]);
    if (!m.hasMatch()) return;
    SmiMigDevice d;
    d.gpuInstanceId = m.captured(2).toInt();
    d.computeInstanceId = m.captured(3).toInt();
    d.index = m.captured(4).toInt();
    const QRegularExpressionMatch mem = re("(\\d+)MiB\\s*/\\s*(\\d+)MiB").match(c0[1]);
    if (mem.hasMatch()) {
        d.memoryUsedMiB = mem.captured(1).toLongLong();
        d.memoryTotalMiB = mem.captured(2).toLongLong();
    }
    const int gpuIndex = m.captured(1).toInt();
    for (SmiGpu &g : r.gpus)
        if (g.index == gpuIndex) g.migDevices.push_back(d);
}

} // namespace

SmiReport parseSmiTable(const QString &text)
{
    SmiReport r;
    r.format = QStringLiteral("table");
    enum class Section { None, GpuHead, Gpus, MigHead, Migs };
    Section section = Section::None;
    QStringList record;
    const auto flush = [&] {
        if (section == Section::Gpus)
            parseGpuRecord(record, r);
        else if (section == Section::Migs)
            parseMigRecord(record, r);
        record.clear();
    };
    for (QString line : text.split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r'))) line.chop(1);
        if (r.smiVersion.isEmpty() && line.contains(QLatin1String("NVIDIA-SMI "))) {
            r.smiVersion = cap("NVIDIA-SMI\\s+([0-9][0-9A-Za-z.\\-]*)", line);
            r.driverVersion = smiValue(cap("(?:Driver|KMD) Version:\\s*(\\S+)", line));
            r.cudaVersion = smiValue(cap("CUDA (?:UMD )?Version:\\s*(\\S+)", line));
            continue;
        }
        const bool boxLine = line.startsWith(QLatin1Char('|')) || line.startsWith(QLatin1Char('+'));
        if (section == Section::Gpus || section == Section::Migs) {
            if (!boxLine) {
                flush();
                section = Section::None;
            } else if (line.startsWith(QLatin1Char('+'))) {
                flush();
            } else {
                record << line;
                continue;
            }
        }
        if (re("^\\|\\s*GPU\\s+Name\\b").match(line).hasMatch()) {
            section = Section::GpuHead;
        } else if (line.contains(QLatin1String("MIG devices:"))) {
            section = Section::MigHead;
        } else if (line.startsWith(QLatin1String("|="))) {
            if (section == Section::GpuHead)
                section = Section::Gpus;
            else if (section == Section::MigHead)
                section = Section::Migs;
            else
                section = Section::None; // the process box
        }
    }
    flush();
    for (SmiGpu &g : r.gpus) {
        if (!g.migDevices.isEmpty() && g.migCurrent.isEmpty())
            g.migCurrent = QStringLiteral("Enabled");
    }
    finish(r);
    return r;
}

// ---------------------------------------------------------------- -L

SmiReport parseSmiList(const QString &text)
{
    SmiReport r;
    r.format = QStringLiteral("list");
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        QRegularExpressionMatch m =
            re("^GPU\\s+(\\d+):\\s+(.*?)\\s*\\(UUID:\\s*([^)\\s]+)\\s*\\)").match(line);
        if (m.hasMatch()) {
            SmiGpu g;
            g.index = m.captured(1).toInt();
            g.name = m.captured(2);
            g.uuid = m.captured(3);
            r.gpus.push_back(g);
            continue;
        }
        m = re("^\\s+MIG\\s+(\\S+)\\s+Device\\s+(\\d+):\\s*\\(UUID:\\s*([^)\\s]+)\\s*\\)")
                .match(line);
        if (m.hasMatch() && !r.gpus.isEmpty()) {
            SmiMigDevice d;
            d.profile = m.captured(1);
            d.index = m.captured(2).toInt();
            d.uuid = m.captured(3);
            r.gpus.last().migDevices.push_back(d);
            r.gpus.last().migCurrent = QStringLiteral("Enabled");
        }
    }
    finish(r);
    return r;
}

// ---------------------------------------------------------------- --version

SmiReport parseSmiVersion(const QString &text)
{
    SmiReport r;
    r.format = QStringLiteral("version");
    QString kmd, umd;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0) continue;
        const QString key = line.left(colon).trimmed().toLower();
        const QString value = stripNote(line.mid(colon + 1));
        if (key == QLatin1String("nvidia-smi version"))
            r.smiVersion = value;
        else if (key == QLatin1String("nvml version"))
            r.nvmlVersion = value;
        else if (key == QLatin1String("driver version"))
            r.driverVersion = value;
        else if (key == QLatin1String("cuda version"))
            r.cudaVersion = value;
        else if (key == QLatin1String("kmd version"))
            kmd = value;
        else if (key == QLatin1String("cuda umd version"))
            umd = value;
    }
    if (!kmd.isEmpty()) r.driverVersion = kmd;
    if (!umd.isEmpty()) r.cudaVersion = umd;
    finish(r);
    return r;
}

// ---------------------------------------------------------------- -q

SmiReport parseSmiQueryText(const QString &text)
{
    SmiReport r;
    r.format = QStringLiteral("query-text");
    std::optional<XmlGpu> gpu;
    QStringList path; // section names by indent level (4 spaces a level) below the GPU line
    const auto endGpu = [&] {
        if (!gpu) return;
        XmlGpu &x = *gpu;
        SmiGpu &g = x.gpu;
        g.index = int(r.gpus.size());
        g.name = x.first({"Product Name"});
        g.brand = x.first({"Product Brand"});
        g.architecture = x.first({"Product Architecture"});
        g.uuid = x.first({"GPU UUID"});
        g.serial = x.first({"Serial Number"});
        g.vbios = x.first({"VBIOS Version"});
        if (const QString b = x.first({"PCI/Bus Id"}); !b.isEmpty()) g.busId = b;
        g.memoryTotalMiB = leadingInt(x.first({"FB Memory Usage/Total"}));
        g.memoryUsedMiB = leadingInt(x.first({"FB Memory Usage/Used"}));
        g.temperatureC = int(leadingInt(x.first({"Temperature/GPU Current Temp"})));
        g.persistenceMode = x.first({"Persistence Mode"});
        g.migCurrent = x.first({"MIG Mode/Current"});
        g.migPending = x.first({"MIG Mode/Pending"});
        g.computeMode = x.first({"Compute Mode"});
        g.displayMode = x.first({"Display Mode"});
        g.displayActive = x.first({"Display Active"});
        g.virtualizationMode = x.first({"GPU Virtualization Mode/Virtualization Mode"});
        r.gpus.push_back(g);
        gpu.reset();
    };
    QString kmd, umd;
    for (QString line : text.split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r'))) line.chop(1);
        if (line.trimmed().isEmpty()) continue;
        int indent = 0;
        while (indent < line.size() && line[indent] == QLatin1Char(' '))
            ++indent;
        const int colon = line.indexOf(QLatin1String(" : "));
        const QString key = (colon < 0 ? line : line.left(colon)).trimmed();
        const QString value = colon < 0 ? QString() : line.mid(colon + 3).trimmed();
        if (indent == 0) {
            if (colon < 0 && key.startsWith(QLatin1String("GPU "))) {
                endGpu();
                gpu.emplace();
                gpu->gpu.busId = key.mid(4).trimmed();
                path.clear();
            } else if (colon >= 0 && !gpu) {
                if (key == QLatin1String("Driver Version"))
                    r.driverVersion = stripNote(value);
                else if (key == QLatin1String("CUDA Version"))
                    r.cudaVersion = stripNote(value);
                else if (key == QLatin1String("KMD Version"))
                    kmd = stripNote(value);
                else if (key == QLatin1String("CUDA UMD Version"))
                    umd = stripNote(value);
                else if (key == QLatin1String("Attached GPUs"))
                    r.attachedGpus = int(leadingInt(value));
            }
            continue;
        }
        if (!gpu) continue;
        const int level = indent / 4 - 1; // 0 = directly under "GPU ..."
        if (level < 0) continue;
        while (path.size() > level)
            path.removeLast();
        if (colon < 0) {
            if (level == 0 && key == QLatin1String("MIG Device")) gpu->gpu.migDevices.push_back({});
            path << key;
            continue;
        }
        const QString full = (path + QStringList{key}).join(QLatin1Char('/'));
        if (!path.isEmpty() && path.first() == QLatin1String("MIG Device") &&
            !gpu->gpu.migDevices.isEmpty()) {
            SmiMigDevice &d = gpu->gpu.migDevices.last();
            if (full == QLatin1String("MIG Device/Index"))
                d.index = int(leadingInt(value));
            else if (full == QLatin1String("MIG Device/GPU Instance ID"))
                d.gpuInstanceId = int(leadingInt(value));
            else if (full == QLatin1String("MIG Device/Compute Instance ID"))
                d.computeInstanceId = int(leadingInt(value));
            else if (full == QLatin1String("MIG Device/Shared FB Memory Usage/Total"))
                d.memoryTotalMiB = leadingInt(value);
            else if (full == QLatin1String("MIG Device/Shared FB Memory Usage/Used"))
                d.memoryUsedMiB = leadingInt(value);
            continue;
        }
        if (!gpu->values.contains(full)) gpu->values.insert(full, value);
    }
    endGpu();
    if (!kmd.isEmpty()) r.driverVersion = kmd;
    if (!umd.isEmpty()) r.cudaVersion = umd;
    finish(r);
    return r;
}

// ---------------------------------------------------------------- CSV

QStringList smiCsvFallbackFields()
{
    return {QStringLiteral("index"),        QStringLiteral("name"),
            QStringLiteral("pci.bus_id"),   QStringLiteral("driver_version"),
            QStringLiteral("memory.total"), QStringLiteral("compute_cap")};
}

SmiCsv parseSmiCsvTable(const QString &text, const QStringList &fieldsWhenNoHeader)
{
    SmiCsv csv;
    QList<QStringList> lines;
    for (QString line : text.split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r'))) line.chop(1);
        if (line.trimmed().isEmpty()) continue;
        QStringList c = line.split(QLatin1Char(','));
        for (QString &s : c)
            s = s.trimmed();
        lines.push_back(c);
    }
    if (lines.isEmpty()) {
        csv.fields = fieldsWhenNoHeader;
        return csv;
    }
    // A header names fields ("memory.total [MiB]"); a data row starts with a value.
    bool header = true;
    for (const QString &cell : lines.first())
        if (!re("^[a-z][A-Za-z0-9_.]*( \\[[^\\]]+\\])?$").match(cell).hasMatch()) header = false;
    if (header) {
        csv.hadHeader = true;
        for (const QString &cell : lines.takeFirst()) {
            const QRegularExpressionMatch m = re("^(\\S+)(?: \\[([^\\]]+)\\])?$").match(cell);
            csv.fields << m.captured(1);
            csv.units << m.captured(2);
        }
    } else {
        csv.fields = fieldsWhenNoHeader;
        for (int i = 0; i < csv.fields.size(); ++i)
            csv.units << QString();
    }
    csv.rows = lines;
    return csv;
}

SmiReport parseSmiCsv(const QString &text, const QStringList &fieldsWhenNoHeader)
{
    SmiReport r;
    r.format = QStringLiteral("csv");
    const SmiCsv csv = parseSmiCsvTable(text, fieldsWhenNoHeader);
    const auto col = [&](const char *name) { return int(csv.fields.indexOf(QLatin1String(name))); };
    const int iIndex = col("index"), iName = col("name"), iBus = col("pci.bus_id"),
              iDriver = col("driver_version"), iKmd = col("kmd_version"),
              iTotal = col("memory.total"), iUsed = col("memory.used"), iUuid = col("uuid"),
              iSerial = col("serial"), iCc = col("compute_cap"), iTemp = col("temperature.gpu"),
              iDraw = col("power.draw"), iLimit = col("power.limit"),
              iMig = col("mig.mode.current"), iMigPending = col("mig.mode.pending"),
              iPers = col("persistence_mode"), iCompute = col("compute_mode"),
              iVbios = col("vbios_version");
    if (iName < 0 && iUuid < 0 && iBus < 0 && iDriver < 0) {
        finish(r); // not a --query-gpu answer (compute apps, garbage)
        return r;
    }
    for (const QStringList &row : csv.rows) {
        const auto at = [&](int i) {
            return i >= 0 && i < row.size() ? smiValue(row[i]) : QString();
        };
        // A line that does not have the header's number of cells is an error message.
        if (row.size() != csv.fields.size()) continue;
        SmiGpu g;
        g.index = at(iIndex).isEmpty() ? int(r.gpus.size()) : at(iIndex).toInt();
        g.name = at(iName);
        g.busId = at(iBus);
        g.uuid = at(iUuid);
        g.serial = at(iSerial);
        g.vbios = at(iVbios);
        g.memoryTotalMiB = leadingInt(at(iTotal));
        g.memoryUsedMiB = leadingInt(at(iUsed));
        g.temperatureC = int(leadingInt(at(iTemp)));
        g.powerDrawW = leadingNumber(at(iDraw));
        g.powerLimitW = leadingNumber(at(iLimit));
        g.computeCapability = at(iCc);
        g.migCurrent = at(iMig);
        g.migPending = at(iMigPending);
        g.persistenceMode = at(iPers);
        g.computeMode = at(iCompute);
        if (r.driverVersion.isEmpty())
            r.driverVersion = !at(iKmd).isEmpty() ? at(iKmd) : at(iDriver);
        r.gpus.push_back(g);
    }
    finish(r);
    return r;
}

} // namespace gpusetup
