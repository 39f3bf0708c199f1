#include "advice/Advisor.h"

#include "advice/AdviceContext.h"
#include "common/Version.h"

#include <QRegularExpression>

namespace gpusetup {

namespace {
// "00000000:01:00.0" (NVML, nvidia-smi) and "0000:01:00.0" (sysfs) name the same function.
bool samePciSlot(const QString &a, const QString &b)
{
    auto key = [](const QString &s) {
        const QStringList parts = s.toLower().split(QLatin1Char(':'));
        if (parts.size() < 3) return s.toLower();
        bool ok = false;
        const qulonglong domain = parts[0].toULongLong(&ok, 16);
        return QStringLiteral("%1:%2:%3").arg(ok ? domain : 0).arg(parts[1], parts[2]);
    };
    return !a.isEmpty() && !b.isEmpty() && key(a) == key(b);
}
} // namespace

AdviceContext::AdviceContext(const Facts &f, const Knowledge &k, const Choices &c)
    : facts(f), kb(k), choices(c)
{
    // What the probe could not name is looked up again in the knowledge given here, so that a
    // --knowledge override with a newer gpus.json fills the gaps of the built-in catalog.
    const GpuCatalog &catalog = k.gpus();
    for (const GpuDevice &g : f.gpus.gpus) {
        if (!g.nvidia) continue;
        NvidiaGpu n{g.name,     g.slot,        g.architecture,      g.computeCapability,
                    g.memoryGb, g.boardPowerW, g.boardPowerVerified};
        if (const GpuModel *m = g.computeCapability.isEmpty()
                                    ? catalog.findByPciId(g.vendorId, g.deviceId)
                                    : nullptr) {
            n.name = m->name;
            n.architecture = m->architecture;
            n.computeCapability = m->computeCapability;
            n.memoryGb = m->memoryGbForPciId(g.vendorId + QLatin1Char(':') + g.deviceId);
            n.boardPowerW = m->boardPowerW;
            n.boardPowerVerified = m->powerVerified;
        }
        // A card newer than the catalog: the driver (NVML) still knows its compute capability.
        if (n.computeCapability.isEmpty())
            for (const DriverGpu &d : f.driver.gpus)
                if (!d.computeCapability.isEmpty() && samePciSlot(d.busId, g.slot))
                    n.computeCapability = d.computeCapability;
        gpus.push_back(n);
    }
    // WSL2 (and some containers) hide the PCI device: the driver's view is all there is.
    if (gpus.isEmpty()) {
        for (const DriverGpu &d : f.driver.gpus) {
            NvidiaGpu g;
            g.name = d.name;
            g.slot = d.busId;
            g.computeCapability = d.computeCapability;
            if (const GpuModel *m = catalog.findByName(d.name)) {
                g.architecture = m->architecture;
                if (g.computeCapability.isEmpty()) g.computeCapability = m->computeCapability;
                g.memoryGb = m->memoryGb;
                g.boardPowerW = m->boardPowerW;
                g.boardPowerVerified = m->powerVerified;
            }
            if (g.memoryGb < 0 && d.memoryTotalMiB > 0)
                g.memoryGb = int((d.memoryTotalMiB + 512) / 1024);
            gpus.push_back(g);
        }
    }
    for (const NvidiaGpu &g : gpus)
        if (!g.computeCapability.isEmpty() &&
            (lowestCc.isEmpty() || compareVersions(g.computeCapability, lowestCc) < 0))
            lowestCc = g.computeCapability;
    wsl = f.os.wsl;
    family = f.os.release.family;
    ubuntuBase = f.os.release.ubuntuBase;
    driverWorking = f.driver.status == DriverStatus::Ok;
    if (driverWorking)
        driverVersion =
            f.driver.kernelVersion.isEmpty() ? f.driver.libraryVersion : f.driver.kernelVersion;
}

Plan advise(const Facts &facts, const Knowledge &knowledge, const Choices &choices)
{
    AdviceContext ctx(facts, knowledge, choices);
    Plan plan;
    plan.choices = choices;
    // The oldest file decides how current the advice is.
    for (const Provenance &p : knowledge.provenances())
        if (plan.knowledgeAsOf.isEmpty() || p.asOf < plan.knowledgeAsOf)
            plan.knowledgeAsOf = p.asOf;
    // The framework, then the toolkit and cuDNN, can each raise the driver floor
    // (ctx.requiredDriver), so the driver stage is decided after them; the plan still lists
    // the stages in the order a student walks them.
    decideFramework(ctx);
    StagePlan gpu = adviseGpu(ctx);
    StagePlan toolkit = adviseToolkit(ctx);
    StagePlan cudnn = adviseCudnn(ctx);
    StagePlan driver = adviseDriver(ctx);
    StagePlan python = advisePythonEnv(ctx);
    // Without an NVIDIA GPU, CUDA and cuDNN are not merely optional: they cannot run here.
    // Say so instead of "not needed" (unless the student asked for them, e.g. to compile).
    if (ctx.gpus.isEmpty() && !ctx.wsl) {
        for (StagePlan *s : {&toolkit, &cudnn}) {
            const Want want = s == &toolkit ? choices.toolkit : choices.cudnn;
            if (s->status != StageStatus::Optional || want == Want::Yes) continue;
            s->status = StageStatus::Skipped;
            s->summary = s == &toolkit
                             ? Advice::tr("Skipped because no NVIDIA GPU was found: CUDA "
                                          "programs need one.")
                             : Advice::tr("Skipped because no NVIDIA GPU was found: cuDNN needs "
                                          "CUDA and a GPU.");
        }
    }
    plan.stages = {gpu, driver, toolkit, cudnn, python};
    return plan;
}

QString stageName(StageId id)
{
    switch (id) {
    case StageId::Gpu:
        return Advice::tr("GPU");
    case StageId::Driver:
        return Advice::tr("NVIDIA driver");
    case StageId::Toolkit:
        return Advice::tr("CUDA toolkit");
    case StageId::Cudnn:
        return Advice::tr("cuDNN");
    case StageId::PythonEnv:
        break;
    }
    return Advice::tr("Python environment");
}

QString stageStatusName(StageStatus s)
{
    switch (s) {
    case StageStatus::Done:
        return Advice::tr("done");
    case StageStatus::NeedsAction:
        return Advice::tr("needs action");
    case StageStatus::Blocked:
        return Advice::tr("blocked");
    case StageStatus::Optional:
        return Advice::tr("optional");
    case StageStatus::Skipped:
        break;
    }
    return Advice::tr("skipped");
}

QString planText(const Plan &plan)
{
    QString out;
    for (const StagePlan &s : plan.stages) {
        out += QStringLiteral("%1 [%2]: %3\n")
                   .arg(stageName(s.id), stageStatusName(s.status), s.summary);
        for (const Finding &f : s.findings) {
            const char *mark = f.severity == Severity::Error     ? "!!"
                               : f.severity == Severity::Warning ? "! "
                                                                 : "- ";
            out +=
                QStringLiteral("  %1 %2%3\n")
                    .arg(QLatin1String(mark), f.text,
                         f.unverified ? Advice::tr(" (from data marked unverified)") : QString());
            if (!f.resolution.isEmpty()) out += QStringLiteral("     -> %1\n").arg(f.resolution);
        }
        for (const Step &st : s.steps) {
            out += QStringLiteral("  %1 %2\n")
                       .arg(st.privileged ? QStringLiteral("[root]") : QStringLiteral("[user]"),
                            st.description);
            if (!st.argv.isEmpty())
                out += QStringLiteral("       $ %1\n").arg(st.argv.join(QLatin1Char(' ')));
            if (!st.url.isEmpty())
                out += QStringLiteral("       %1\n       sha256 %2\n")
                           .arg(st.url, st.sha256.isEmpty() ? QStringLiteral("-") : st.sha256);
            if (st.kind == QLatin1String("edit"))
                out += QStringLiteral("       edit %1:\n%2")
                           .arg(st.path, QString(st.content)
                                             .replace(QRegularExpression(QStringLiteral("(?m)^")),
                                                      QStringLiteral("         | ")));
        }
        if (!s.alternatives.isEmpty())
            out +=
                QStringLiteral("  %1 %2\n")
                    .arg(Advice::tr("Also possible:"), s.alternatives.join(QStringLiteral(", ")));
        out += QLatin1Char('\n');
    }
    out += Advice::tr("Compatibility data as of %1.").arg(plan.knowledgeAsOf) + QLatin1Char('\n');
    return out;
}

int planExitCode(const Plan &plan)
{
    for (const StagePlan &s : plan.stages)
        if (s.status == StageStatus::NeedsAction || s.status == StageStatus::Blocked) return 1;
    return 0;
}

void to_json(nlohmann::json &j, const Choices &c)
{
    j = nlohmann::json{{"framework", c.framework},
                       {"frameworkVersion", c.frameworkVersion},
                       {"python", c.python},
                       {"toolkit", c.toolkit},
                       {"cudnn", c.cudnn},
                       {"mirror", c.mirror},
                       {"condaFlavour", c.condaFlavour},
                       {"condaPrefix", c.condaPrefix},
                       {"toolkitPrefix", c.toolkitPrefix},
                       {"envName", c.envName},
                       {"server", c.server},
                       {"cudaVersion", c.cudaVersion},
                       {"cudnnVersion", c.cudnnVersion}};
}

void from_json(const nlohmann::json &j, Choices &c)
{
    const Choices d;
    c.framework = j.value("framework", d.framework);
    c.frameworkVersion = j.value("frameworkVersion", d.frameworkVersion);
    c.python = j.value("python", d.python);
    c.toolkit = j.value("toolkit", d.toolkit);
    c.cudnn = j.value("cudnn", d.cudnn);
    c.mirror = j.value("mirror", d.mirror);
    c.condaFlavour = j.value("condaFlavour", d.condaFlavour);
    c.condaPrefix = j.value("condaPrefix", d.condaPrefix);
    c.toolkitPrefix = j.value("toolkitPrefix", d.toolkitPrefix);
    c.envName = j.value("envName", d.envName);
    c.server = j.value("server", d.server);
    c.cudaVersion = j.value("cudaVersion", d.cudaVersion);
    c.cudnnVersion = j.value("cudnnVersion", d.cudnnVersion);
}

} // namespace gpusetup
