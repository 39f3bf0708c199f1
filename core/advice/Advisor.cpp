#include "advice/Advisor.h"

#include "common/ShellQuote.h"

#include "advice/AdviceContext.h"
#include "common/Version.h"

#include <QRegularExpression>

namespace gpusetup {

AdviceContext::AdviceContext(const Facts &f, const Knowledge &k, const Choices &c)
    : facts(f), kb(k), choices(c)
{
    // What the probe could not tell is decided again with the knowledge given here, so that a
    // --knowledge override with newer data fills the gaps of the built-in tables; what the facts
    // already say stands (the probe used the same merge, and facts may be built by hand).
    const GpuCatalog &catalog = k.gpus();
    const QString driverSource = driverGpuSource(f.driver);
    auto fill = [&catalog](NvidiaGpu &n, const GpuIdentity &id) {
        if ((n.name.isEmpty() || n.name == n.pciId) && !id.name.isEmpty()) n.name = id.name;
        const bool gap = n.architecture.isEmpty() || n.computeCapability.isEmpty();
        if (gap && id.known()) {
            n.architecture = id.architecture;
            n.computeCapability = id.computeCapability;
            n.unverified = id.unverified;
        }
        if (n.memoryGb <= 0 && id.memoryGb > 0) n.memoryGb = id.memoryGb;
        if (n.boardPowerW <= 0 && id.boardPowerW > 0) {
            n.boardPowerW = id.boardPowerW;
            n.boardPowerVerified = id.boardPowerVerified;
        }
        n.laptop = n.laptop || id.laptop;
        n.olderThanKepler =
            n.computeCapability.isEmpty() && (n.olderThanKepler || id.olderThanKepler);
        if (n.chip.isEmpty()) n.chip = id.chip;
        // The decision's references hold when it is about the card the facts name.
        const bool same = gap || id.name == n.name;
        n.refs = same ? id.refs : QStringList();
        // The catalog row of the name the GPU goes by: its segment, and the reference.
        const GpuModel *m = same && id.model ? id.model : catalog.findByName(n.name);
        if (m) {
            n.segment = m->segment;
            const QString ref = QStringLiteral("gpus.json gpus %1").arg(m->name);
            if (!n.refs.contains(ref) &&
                (m != id.model || id.matchedBy != QLatin1String("mobile-name")))
                n.refs << ref;
        }
    };
    for (const GpuDevice &g : f.gpus.gpus) {
        if (!g.nvidia) continue;
        NvidiaGpu n;
        n.name = g.name;
        n.slot = g.slot;
        n.pciId = g.deviceId.isEmpty() ? QString() : g.vendorId + QLatin1Char(':') + g.deviceId;
        n.architecture = g.architecture;
        n.computeCapability = g.computeCapability;
        n.memoryGb = g.memoryGb;
        n.boardPowerW = g.boardPowerW;
        n.boardPowerVerified = g.boardPowerVerified;
        n.laptop = g.laptop;
        n.olderThanKepler = g.olderThanKepler;
        n.chip = g.chip;
        n.unverified = g.identityUnverified;
        fill(n, catalog.identify(gpuQuery(f.gpus, g, &f.driver)));
        gpus.push_back(n);
    }
    // WSL2 (and some containers) hide the PCI device: the driver's view is all there is.
    if (gpus.isEmpty()) {
        for (const DriverGpu &d : f.driver.gpus) {
            NvidiaGpu n;
            n.name = d.name;
            n.slot = d.busId;
            fill(n, catalog.identify(gpuQuery(d, driverSource)));
            gpus.push_back(n);
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
            // Quoted so that the line pastes into bash as exactly this argv; a privileged
            // step as the user would type it (gpu-setup itself runs it through its helper).
            if (!st.argv.isEmpty())
                out += QStringLiteral("       $ %1%2\n")
                           .arg(st.privileged ? QStringLiteral("sudo ") : QString(),
                                shellQuote(st.argv));
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
                       {"condaTosAccepted", c.condaTosAccepted},
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
    c.condaTosAccepted = j.value("condaTosAccepted", d.condaTosAccepted);
    c.toolkitPrefix = j.value("toolkitPrefix", d.toolkitPrefix);
    c.envName = j.value("envName", d.envName);
    c.server = j.value("server", d.server);
    c.cudaVersion = j.value("cudaVersion", d.cudaVersion);
    c.cudnnVersion = j.value("cudnnVersion", d.cudnnVersion);
}

} // namespace gpusetup
