// The GPU stage: is there an NVIDIA GPU a current framework can use, what limits it (Kepler and
// older, Maxwell/Pascal/Volta dropped by CUDA 13, Blackwell's new floors, little memory), and,
// for a desktop card, what power supply it wants. Without a GPU: the three roads to one. A card
// no data knows yet is not a dead end: the driver (next stage) names it through NVML.
#include "advice/AdviceContext.h"
#include "advice/Psu.h"
#include "common/Version.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace gpusetup {

namespace {

const QString kRuleToolkitRange = QStringLiteral("rules.json gpu_cc_in_toolkit_range");
const QString kRuleArchLists = QStringLiteral("rules.json pytorch_arch_lists");

QString archRef(const QString &arch)
{
    return QStringLiteral("gpus.json architectures %1").arg(arch);
}

bool isMobileName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("\\b(laptop|mobile|max-q)\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

// "12.6.3" -> "cu126".
QString variantForCuda(const QString &cuda)
{
    const QList<int> p = versionParts(cuda);
    if (p.size() < 2) return QString();
    return QStringLiteral("cu%1%2").arg(p[0]).arg(p[1]);
}

// The arch lists of the newest PyTorch series the data has, newest CUDA last.
QList<const WheelArchList *> newestArchLists(const Knowledge &kb)
{
    QString newest;
    for (const WheelArchList &w : kb.wheelArchLists())
        for (const QString &s : w.seriesCovered)
            if (newest.isEmpty() || compareVersions(s, newest) > 0) newest = s;
    QList<const WheelArchList *> out;
    for (const WheelArchList &w : kb.wheelArchLists())
        if (w.seriesCovered.contains(newest)) out.push_back(&w);
    std::sort(out.begin(), out.end(), [](const WheelArchList *a, const WheelArchList *b) {
        return compareVersions(a->cuda, b->cuda) < 0;
    });
    return out;
}

bool archListCovers(const WheelArchList &w, const QString &cc)
{
    for (const QString &e : w.archs) {
        const ArchMatch m = Knowledge::archCovers(e, cc);
        if (m == ArchMatch::Exact || m == ArchMatch::SameMajor || m == ArchMatch::Ptx) return true;
    }
    return false;
}

// The oldest PyTorch release that ships a pip wheel for the variant ("cu128" -> "2.7.0").
const PytorchRelease *oldestReleaseWithVariant(const Knowledge &kb, const QString &variant)
{
    const PytorchRelease *best = nullptr;
    for (const PytorchRelease &r : kb.pytorchReleases())
        for (const PipVariant &v : r.pip)
            if (v.variant == variant && (!best || compareVersions(r.torch, best->torch) < 0))
                best = &r;
    return best;
}

// "2024-04 (wandb ...); 2025-11 (summary)" -> "2024-04, 2025-11"; "" when the text has no date.
QString datesIn(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\b(19|20)\\d\\d(-\\d\\d)?\\b"));
    QStringList dates;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QString d = it.next().captured(0);
        if (!dates.contains(d)) dates << d;
    }
    return dates.join(QStringLiteral(", "));
}

Finding noGpuFinding(const AdviceContext &ctx)
{
    Finding f;
    f.id = QStringLiteral("gpu.none");
    f.severity = Severity::Error;
    f.text = ctx.facts.gpus.state == FactState::Unknown
                 ? Advice::tr("No NVIDIA GPU could be found (the PCI bus could not be read and no "
                              "NVIDIA driver answered).")
                 : Advice::tr("This machine has no NVIDIA GPU, so CUDA cannot run here.");
    QStringList cloud;
    for (const FreePlatform &p : ctx.kb.platforms()) {
        const PlatformFact *gpuFact = nullptr;
        for (const PlatformFact &fact : p.facts)
            if (fact.fact.contains(QLatin1String("GPU")) ||
                fact.fact.contains(QLatin1String("Tesla"))) {
                gpuFact = &fact;
                break;
            }
        if (!gpuFact) continue;
        const QString dates = datesIn(gpuFact->date);
        cloud << Advice::tr("%1 (%2): %3 [reported %4%5]")
                     .arg(knowledgeText(p.name), knowledgeText(p.cost),
                          knowledgeText(gpuFact->fact),
                          dates.isEmpty() ? Advice::tr("undated") : dates,
                          gpuFact->unverified ? Advice::tr(", unverified") : QString());
        // Unverified platform facts are marked inline: the finding itself (no GPU) is a fact.
        f.refs << QStringLiteral("platforms.json %1").arg(p.name);
    }
    QString road1 = Advice::tr("1) Use a free cloud notebook. These offers change often; what the "
                               "data last saw, with the date it was seen:");
    for (const QString &c : cloud)
        road1 += QStringLiteral("\n   - ") + c;
    if (cloud.isEmpty()) road1 += Advice::tr(" (no platform is listed in the data)");
    const QString road2 =
        Advice::tr("2) Rent a GPU server by the hour from a cloud provider and run gpu-setup "
                   "there; a small current card is plenty for learning.");
    const QString road3 =
        Advice::tr("3) Buy an NVIDIA card (Maxwell or newer, better Turing or newer) for a "
                   "desktop: check that the power supply has the wattage and the 8-pin PCIe "
                   "plugs the card needs (the PSU calculator does this).");
    f.resolution = road1 + QLatin1Char('\n') + road2 + QLatin1Char('\n') + road3;
    return f;
}

// The newest CUDA release a driver branch runs (Table 3's minimum driver at or below it).
const CudaRelease *newestCudaForBranch(const Knowledge &kb, int branch)
{
    const CudaRelease *best = nullptr;
    for (const CudaRelease &r : kb.cudaReleases()) {
        if (r.minDriverLinux.isEmpty() || versionMajor(r.minDriverLinux) > branch) continue;
        if (!best || compareVersions(r.version, best->version) > 0) best = &r;
    }
    return best;
}

// Kepler: the last driver branch and the CUDA it runs, and the last toolkit that builds for the
// capability, all from the data.
Finding keplerFinding(const AdviceContext &ctx, const NvidiaGpu &g, const GpuArchitecture *arch,
                      const QString &archName)
{
    const Knowledge &kb = ctx.kb;
    const QString cc = g.computeCapability;
    const QString lastCuda = arch ? arch->cudaLastFor(cc) : QString();
    const DriverBranchSupport *branch = kb.gpus().lastDriverBranchFor(QStringLiteral("Kepler"));
    const CudaRelease *runs = branch ? newestCudaForBranch(kb, branch->lastBranch) : nullptr;
    Finding f;
    f.id = QStringLiteral("gpu.kepler");
    f.severity = Severity::Warning;
    const QString toolkit = lastCuda.isEmpty() ? Advice::tr("an old release") : lastCuda;
    // The data's branch may be scoped ("Kepler (GeForce)"): say so for a card outside it.
    const bool inScope = branch && (branch->scope.isEmpty() || g.name.contains(branch->scope));
    if (branch && runs && inScope)
        f.text = Advice::tr("%1 is a Kepler GPU (compute capability %2): NVIDIA's last driver "
                            "for it is the R%3 branch, which runs CUDA up to %4; the last CUDA "
                            "toolkit that builds for it is %5, and current PyTorch and TensorFlow "
                            "wheels do not include it.")
                     .arg(g.name, cc)
                     .arg(branch->lastBranch)
                     .arg(runs->minor, toolkit);
    else if (branch && runs)
        f.text = Advice::tr("%1 is a Kepler GPU (compute capability %2): NVIDIA's last driver "
                            "for Kepler %6 cards is the R%3 branch, which runs CUDA up to %4; the "
                            "last CUDA toolkit that builds for it is %5, and current PyTorch and "
                            "TensorFlow wheels do not include it.")
                     .arg(g.name, cc)
                     .arg(branch->lastBranch)
                     .arg(runs->minor, toolkit, branch->scope);
    else
        f.text = Advice::tr("%1 is a Kepler GPU (compute capability %2): the last CUDA that "
                            "builds for it is %3, and current PyTorch and TensorFlow wheels "
                            "do not include it.")
                     .arg(g.name, cc, toolkit);
    f.resolution =
        inScope ? Advice::tr("Learning on it means old software (driver R%1, CUDA %2, frameworks "
                             "from that era). For current courses a free cloud notebook is the "
                             "better road.")
                      .arg(branch->lastBranch)
                      .arg(lastCuda.isEmpty() ? Advice::tr("11.x or older") : lastCuda)
                : Advice::tr("Learning on it means old software (CUDA %1, frameworks from that "
                             "era). For current courses a free cloud notebook is the better road.")
                      .arg(lastCuda.isEmpty() ? Advice::tr("11.x or older") : lastCuda);
    f.refs << archRef(archName.isEmpty() ? QStringLiteral("Kepler") : archName) << kRuleToolkitRange
           << kRuleArchLists;
    if (branch) f.refs << QStringLiteral("gpus.json driver_branch_support Kepler");
    if (runs) f.refs << QStringLiteral("cuda_driver.json releases %1").arg(runs->version);
    for (const FreePlatform &p : kb.platforms())
        f.refs << QStringLiteral("platforms.json %1").arg(p.name);
    f.unverified =
        (arch && arch->unverified) || (branch && branch->unverified) || (runs && runs->unverified);
    return f;
}

// Older than Kepler (a Fermi GF1xx, a Tesla-generation G9x...): nothing current runs it.
Finding legacyFinding(const AdviceContext &ctx, const NvidiaGpu &g)
{
    const DriverBranchSupport *branch = ctx.kb.gpus().lastDriverBranchFor(QStringLiteral("Kepler"));
    const GpuArchitecture *kepler = ctx.kb.gpus().architecture(QStringLiteral("Kepler"));
    QString keplerCuda;
    if (kepler)
        for (const QString &cc : kepler->computeCapabilities)
            if (keplerCuda.isEmpty() || compareVersions(kepler->cudaLastFor(cc), keplerCuda) > 0)
                keplerCuda = kepler->cudaLastFor(cc);
    Finding f;
    f.id = QStringLiteral("gpu.legacy");
    f.severity = Severity::Error;
    f.text = branch && !keplerCuda.isEmpty()
                 ? Advice::tr("%1 (chip %2) is older than Kepler: no NVIDIA driver or CUDA "
                              "release that runs today's frameworks supports it (even Kepler, "
                              "the generation after it, ended with driver R%3 and CUDA %4).")
                       .arg(g.name, g.chip)
                       .arg(branch->lastBranch)
                       .arg(keplerCuda)
                 : Advice::tr("%1 (chip %2) is older than Kepler: no NVIDIA driver or CUDA "
                              "release that runs today's frameworks supports it.")
                       .arg(g.name, g.chip);
    f.resolution = Advice::tr("Use a free cloud notebook, rent a GPU, or buy a current card "
                              "(Maxwell or newer, better Turing or newer).");
    f.refs << archRef(QStringLiteral("Kepler"));
    if (branch) f.refs << QStringLiteral("gpus.json driver_branch_support Kepler");
    f.refs << g.refs;
    f.unverified = branch && branch->unverified;
    return f;
}

} // namespace

StagePlan adviseGpu(AdviceContext &ctx)
{
    StagePlan plan;
    plan.id = StageId::Gpu;
    const Knowledge &kb = ctx.kb;
    const GpuCatalog &catalog = kb.gpus();

    if (ctx.gpus.isEmpty()) {
        plan.status = StageStatus::Blocked;
        plan.summary = Advice::tr("No NVIDIA GPU: use a cloud notebook, rent a GPU, or buy one.");
        plan.findings << noGpuFinding(ctx);
        return plan;
    }

    bool anyUsable = false;
    bool anyUnknown = false; // an NVIDIA card no source identifies: the driver will
    QSet<QString> said;      // one legacy/memory finding per model, not per board
    QStringList names;
    for (const NvidiaGpu &g : ctx.gpus) {
        names << g.name;
        QString modelRef;
        for (const QString &r : g.refs)
            if (r.startsWith(QLatin1String("gpus.json gpus "))) modelRef = r;
        const GpuArchitecture *arch =
            !g.architecture.isEmpty() ? catalog.architecture(g.architecture)
            : !g.computeCapability.isEmpty()
                ? catalog.architectureForComputeCapability(g.computeCapability)
                : nullptr;
        const QString archName = !g.architecture.isEmpty() ? g.architecture
                                 : arch                    ? arch->name
                                                           : QString();
        const QString cc = g.computeCapability;

        Finding found;
        found.id = QStringLiteral("gpu.found");
        found.text = Advice::tr("%1: %2, compute capability %3, %4.")
                         .arg(ctx.gpus.size() > 1 && !g.slot.isEmpty()
                                  ? QStringLiteral("%1 (%2)").arg(g.name, g.slot)
                                  : g.name,
                              archName.isEmpty() ? Advice::tr("unknown architecture") : archName,
                              cc.isEmpty() ? Advice::tr("unknown") : cc,
                              g.memoryGb > 0 ? Advice::tr("%1 GB memory").arg(g.memoryGb)
                                             : Advice::tr("memory unknown"));
        found.refs << g.refs;
        if (!archName.isEmpty()) found.refs << archRef(archName);
        if ((arch && arch->unverified) || g.unverified) found.unverified = true;
        plan.findings << found;

        const QString key = g.name + QLatin1Char('|') + cc;
        const bool first = !said.contains(key);
        said.insert(key);

        if (cc.isEmpty()) {
            if (!first) continue;
            if (g.olderThanKepler) {
                plan.findings << legacyFinding(ctx, g);
                continue;
            }
            anyUnknown = true;
            Finding f;
            f.id = QStringLiteral("gpu.unknown-card");
            f.severity = Severity::Warning;
            f.text = Advice::tr("%1 is an NVIDIA GPU that none of gpu-setup's data (the GPU "
                                "catalog, NVIDIA's id table, the system's pci.ids) knows yet, so "
                                "its compute capability, which decides the CUDA and framework "
                                "versions, is not known before the driver runs.")
                         .arg(g.pciId.isEmpty() || g.name == g.pciId
                                  ? g.name
                                  : QStringLiteral("%1 (%2)").arg(g.name, g.pciId));
            f.resolution = Advice::tr("Go on and install the NVIDIA driver (next stage); once it "
                                      "runs, NVML tells the compute capability and the plan is "
                                      "completed from it (`nvidia-smi "
                                      "--query-gpu=compute_cap --format=csv` shows it too).");
            plan.findings << f;
            continue;
        }
        const int ccMajor = versionMajor(cc);
        if (ccMajor >= 5) anyUsable = true;
        if (!first) continue;

        const QString lastCuda = arch ? arch->cudaLastFor(cc) : QString();
        const QList<const WheelArchList *> lists = newestArchLists(kb);

        if (ccMajor == 3) {
            plan.findings << keplerFinding(ctx, g, arch, archName);
        } else if (ccMajor == 5 || ccMajor == 6 ||
                   (ccMajor == 7 && compareVersions(cc, QStringLiteral("7.5")) < 0)) {
            // Which wheel builds carry this capability: every arch list in the data, the
            // newest series naming what still works.
            QStringList keep, drop;
            bool unverified = arch && arch->unverified;
            QString series, dropFrom;
            for (const WheelArchList *w : lists) {
                if (archListCovers(*w, cc)) keep << variantForCuda(w->cuda);
                series = w->series;
            }
            for (const WheelArchList &w : kb.wheelArchLists()) {
                if (archListCovers(w, cc)) continue;
                drop << variantForCuda(w.cuda);
                unverified = unverified || w.unverified;
                const QString first = w.seriesCovered.value(0);
                if (dropFrom.isEmpty() || compareVersions(first, dropFrom) < 0) dropFrom = first;
            }
            drop.removeDuplicates();
            keep.removeDuplicates();
            std::sort(drop.begin(), drop.end(), [](const QString &a, const QString &b) {
                return a.mid(2).toInt() < b.mid(2).toInt();
            });
            QString removedIn;
            for (const ArchChange &c : kb.archChanges())
                if (c.removed.contains(cc)) removedIn = c.cuda;
            Finding f;
            f.id = QStringLiteral("gpu.maxwell-pascal-volta");
            f.severity = Severity::Warning;
            f.text =
                Advice::tr("%1 (%2, compute capability %3) is dropped by CUDA %4 and by "
                           "PyTorch's %5 wheels (from %6 on); the last CUDA for it is %7.")
                    .arg(g.name, archName, cc, removedIn.isEmpty() ? Advice::tr("13") : removedIn,
                         drop.isEmpty() ? Advice::tr("newest") : drop.join(QStringLiteral(", ")),
                         dropFrom.isEmpty() ? Advice::tr("recent releases") : dropFrom,
                         lastCuda.isEmpty() ? Advice::tr("12.x") : lastCuda);
            f.resolution =
                keep.isEmpty()
                    ? Advice::tr("Use a CUDA 12.x build of your framework.")
                    : Advice::tr("It still works: use the %1 wheels (PyTorch %2) and a CUDA "
                                 "toolkit no newer than %3.")
                          .arg(keep.join(QStringLiteral(", ")), series,
                               lastCuda.isEmpty() ? Advice::tr("12.x") : lastCuda);
            f.refs << archRef(archName) << kRuleToolkitRange << kRuleArchLists;
            if (!removedIn.isEmpty())
                f.refs << QStringLiteral("cuda_driver.json arch_changes %1").arg(removedIn);
            for (const WheelArchList &w : kb.wheelArchLists())
                f.refs << QStringLiteral("frameworks.json wheel_cuda_arch_lists %1 %2")
                              .arg(w.series, w.cuda);
            f.unverified = unverified;
            plan.findings << f;
        } else if (ccMajor >= 10) {
            const QString firstCuda = arch ? arch->cudaFirstFor(cc) : QString();
            const QList<const CudaRelease *> rel = kb.releasesSupporting(cc);
            const CudaRelease *oldest = rel.isEmpty() ? nullptr : rel.first();
            const DriverRequirement drv =
                oldest ? kb.minDriverFor(oldest->version) : DriverRequirement{};
            const QString variant = variantForCuda(oldest ? oldest->minor : firstCuda);
            const PytorchRelease *torch = oldestReleaseWithVariant(kb, variant);
            Finding f;
            f.id = QStringLiteral("gpu.blackwell");
            f.severity = Severity::Info;
            f.text = Advice::tr("%1 is a Blackwell GPU (compute capability %2): it needs CUDA "
                                "%3 or newer, driver %4 or newer and PyTorch %5 or newer (%6 "
                                "wheels).")
                         .arg(g.name, cc,
                              oldest ? oldest->minor
                                     : (firstCuda.isEmpty() ? Advice::tr("?") : firstCuda),
                              drv.driver.isEmpty() ? Advice::tr("?")
                                                   : QString::number(versionMajor(drv.driver)),
                              torch ? torch->torch : Advice::tr("?"), variant);
            f.resolution = Advice::tr("Older toolkits, drivers and wheels do not run on it; the "
                                      "plan below picks versions at or above these.");
            f.refs << archRef(archName) << kRuleToolkitRange << kRuleArchLists;
            if (oldest)
                f.refs << QStringLiteral("cuda_driver.json releases %1").arg(oldest->version);
            if (torch)
                f.refs
                    << QStringLiteral("frameworks.json pytorch %1 %2").arg(torch->torch, variant);
            f.unverified =
                (arch && arch->unverified) || drv.unverified || (torch && torch->unverified);
            plan.findings << f;
        }

        if (g.memoryGb > 0 && g.memoryGb <= 6) {
            Finding f;
            f.id = QStringLiteral("gpu.low-vram");
            if (g.memoryGb < 4) {
                f.severity = Severity::Warning;
                f.text = Advice::tr("%1 has only %2 GB of memory: most current models do not "
                                    "fit.")
                             .arg(g.name)
                             .arg(g.memoryGb);
                f.resolution = Advice::tr("Use small models and batch sizes, or a cloud "
                                          "notebook for bigger ones.");
            } else {
                f.text = Advice::tr("%1 has %2 GB of memory: enough for course work, with "
                                    "small batch sizes.")
                             .arg(g.name)
                             .arg(g.memoryGb);
                f.resolution = Advice::tr("Keep batch sizes small; mixed precision (float16) "
                                          "halves the memory needed.");
            }
            if (!modelRef.isEmpty()) f.refs << modelRef;
            plan.findings << f;
        }
    }

    // An integrated GPU beside the NVIDIA one: what it means depends on the kind of computer,
    // which DMI and the battery tell (MachineProbe), not the integrated GPU.
    const FormFactor form = ctx.facts.machine.formFactor;
    if (ctx.facts.gpus.hybrid) {
        Finding f;
        if (form == FormFactor::Laptop) {
            f.id = QStringLiteral("gpu.hybrid");
            f.text = Advice::tr("This is a laptop with switchable graphics: the screen stays on "
                                "the built-in GPU and the NVIDIA GPU computes; CUDA works all "
                                "the same.");
        } else {
            QString integrated;
            for (const GpuDevice &d : ctx.facts.gpus.gpus)
                if (!d.nvidia && integrated.isEmpty())
                    integrated = d.vendor + QLatin1Char(' ') + d.name;
            f.id = QStringLiteral("gpu.igpu");
            f.text = Advice::tr("The integrated GPU (%1) is enabled beside the NVIDIA GPU; CUDA "
                                "uses the NVIDIA GPU all the same, whichever one the monitor is "
                                "plugged into.")
                         .arg(integrated.trimmed());
        }
        plan.findings << f;
    }

    // Power and balance: desktop cards only (a laptop's or a server's power is not the
    // student's to size).
    int desktopW = 0;
    int desktopVram = 0;
    bool powerUnverified = false;
    QStringList desktopNames;
    QStringList desktopRefs;
    for (const NvidiaGpu &g : ctx.gpus) {
        if (g.laptop || isMobileName(g.name) || form == FormFactor::Laptop ||
            form == FormFactor::Server)
            continue;
        if (g.segment == QLatin1String("datacenter")) continue;
        if (g.boardPowerW <= 0) continue;
        desktopW += g.boardPowerW;
        desktopVram += qMax(0, g.memoryGb);
        powerUnverified = powerUnverified || !g.boardPowerVerified;
        desktopNames << g.name;
        for (const QString &r : g.refs)
            if (r.startsWith(QLatin1String("gpus.json gpus "))) desktopRefs << r;
    }
    desktopRefs.removeDuplicates();
    if (desktopW > 0) {
        const PsuAdvice psu = recommendPsu(desktopW);
        const QString what =
            desktopNames.size() == 1
                ? desktopNames.first()
                : Advice::tr("%1 x %2").arg(desktopNames.size()).arg(desktopNames.first());
        Finding f;
        f.id = QStringLiteral("gpu.psu");
        f.text = (desktopNames.size() == 1
                      ? Advice::tr("The %1 draws %2 W; with a typical CPU the machine needs a "
                                   "power supply of %3 W and %4 8-pin PCIe plug(s).")
                      : Advice::tr("%1 draw %2 W; with a typical CPU the machine needs a power "
                                   "supply of %3 W and %4 8-pin PCIe plug(s)."))
                     .arg(what)
                     .arg(psu.gpuW)
                     .arg(psu.recommendedW)
                     .arg(psu.auxConnectors8Pin);
        f.resolution = Advice::tr("Check the label on the power supply; below %1 W the machine "
                                  "may switch off under load.")
                           .arg(psu.minimumW);
        f.refs = desktopRefs;
        f.unverified = powerUnverified;
        plan.findings << f;
        plan.chosen.insert(QStringLiteral("psuW"), QString::number(psu.recommendedW));

        Finding b;
        b.id = QStringLiteral("gpu.balance");
        b.text = desktopVram > 0
                     ? Advice::tr("To keep the GPU busy, pair it with at least 4 to 6 CPU cores "
                                  "and %1 GB of RAM or more (twice its memory).")
                           .arg(2 * desktopVram)
                     : Advice::tr("To keep the GPU busy, pair it with at least 4 to 6 CPU cores "
                                  "and twice its memory in RAM.");
        b.refs = desktopRefs;
        plan.findings << b;
    }

    // "4 x Tesla K80" rather than the same name four times.
    QStringList counted;
    for (const QString &n : names) {
        if (counted.contains(n) ||
            counted.contains(Advice::tr("%1 x %2").arg(names.count(n)).arg(n)))
            continue;
        counted << (names.count(n) > 1 ? Advice::tr("%1 x %2").arg(names.count(n)).arg(n) : n);
    }
    names = counted;
    if (anyUsable) {
        plan.status = StageStatus::Done;
        plan.summary = Advice::tr("NVIDIA GPU: %1.").arg(names.join(QStringLiteral(", ")));
    } else if (anyUnknown) {
        // Not a dead end: the driver stage comes next and NVML then names the card.
        plan.status = StageStatus::Optional;
        plan.summary = Advice::tr("NVIDIA GPU %1: not identified yet; install the driver (next "
                                  "stage) and it will be.")
                           .arg(names.join(QStringLiteral(", ")));
    } else {
        plan.status = StageStatus::Blocked;
        plan.summary = Advice::tr("%1 cannot run current CUDA frameworks.")
                           .arg(names.join(QStringLiteral(", ")));
    }
    if (!ctx.lowestCc.isEmpty()) plan.chosen.insert(QStringLiteral("cc"), ctx.lowestCc);
    return plan;
}

} // namespace gpusetup
