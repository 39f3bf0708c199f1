// The CUDA toolkit stage: most students do not need one (pip wheels bring their own CUDA
// runtime), so it is optional unless asked for or TensorFlow <= 2.13 needs it. When planned, it
// keeps a toolkit that already fits, else picks a release that matches the framework, the
// driver, the GPU and the distribution, and installs it from NVIDIA's runfile without the
// bundled driver.
#include "advice/ToolkitAdvice.h"

#include "common/Version.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace gpusetup {

namespace {

QString releaseRef(const QString &version)
{
    return QStringLiteral("cuda_driver.json releases %1").arg(version);
}

QString ruleRef(const QString &id)
{
    return QStringLiteral("rules.json %1").arg(id);
}

bool ruleUnverified(const AdviceContext &ctx, const QString &id)
{
    const KnowledgeRule *r = ctx.kb.rule(id);
    return r && r->unverified;
}

Finding finding(const QString &id, Severity sev, const QString &text,
                const QString &resolution = QString(), const QStringList &refs = {},
                bool unverified = false)
{
    Finding f;
    f.id = id;
    f.severity = sev;
    f.text = text;
    f.resolution = resolution;
    f.refs = refs;
    f.unverified = unverified;
    return f;
}

// The release row of an installed toolkit: its exact version when the data has it
// ("10.0.130"), else the first release of its minor (nvcc prints "12.5.82", not "12.5.1"),
// which has the lowest driver requirement: a warning based on it is never a false alarm.
const CudaRelease *releaseOfInstalled(const Knowledge &kb, const QString &version)
{
    if (versionParts(version).size() >= 3)
        if (const CudaRelease *r = kb.cudaRelease(version)) return r;
    const QString minor = versionPrefix(version, 2);
    if (minor.isEmpty()) return nullptr;
    const CudaRelease *best = nullptr;
    for (const CudaRelease &r : kb.cudaReleases())
        if (r.minor == minor && (!best || compareVersions(r.version, best->version) < 0)) best = &r;
    return best;
}

bool ccSupported(const AdviceContext &ctx, const CudaRelease &r)
{
    if (ctx.lowestCc.isEmpty() || r.sassCapabilities.isEmpty()) return true;
    return r.sassCapabilities.contains(ctx.lowestCc);
}

bool onUbuntuRepo(const AdviceContext &ctx, const CudaRelease &r)
{
    if (ctx.family != QLatin1String("ubuntu") || ctx.ubuntuBase.isEmpty()) return true;
    const QStringList published = ctx.kb.cudaVersionsForUbuntu(ctx.ubuntuBase);
    return published.isEmpty() || published.contains(r.version);
}

bool hasVerifiedRunfile(const CudaRelease &r)
{
    return r.hasRunfile && !r.runfile.url.isEmpty() && !r.runfile.sha256.isEmpty() && !r.unverified;
}

QString rootOf(const CudaToolkit &t)
{
    return t.resolvedRoot.isEmpty() ? t.root : t.resolvedRoot;
}

const CudaToolkit *toolkitAt(const CudaFacts &cuda, const QString &root)
{
    if (root.isEmpty()) return nullptr;
    for (const CudaToolkit &t : cuda.toolkits)
        if (rootOf(t) == root || t.root == root || t.aliases.contains(root)) return &t;
    return nullptr;
}

bool usable(const CudaToolkit &t)
{
    return t.state == FactState::Found && !t.versionConflict && !t.version.isEmpty() && t.hasNvcc;
}

const DiskSpace *spaceFor(const AdviceContext &ctx, const QString &path)
{
    for (const DiskSpace &s : ctx.facts.disk.spaces)
        if (s.path == path && s.state == FactState::Found && s.freeBytes >= 0) return &s;
    return nullptr;
}

// The df row that holds a path: the home row for paths in home, /tmp for /tmp, /usr/local.
const DiskSpace *spaceHolding(const AdviceContext &ctx, const QString &path)
{
    if (isUnderHome(ctx, path)) return spaceFor(ctx, adviceHome(ctx));
    if (path == QLatin1String("/tmp") || path.startsWith(QLatin1String("/tmp/")))
        return spaceFor(ctx, QStringLiteral("/tmp"));
    if (path.startsWith(QLatin1String("/usr/local")))
        return spaceFor(ctx, QStringLiteral("/usr/local"));
    return nullptr;
}

QString expandHome(const AdviceContext &ctx, const QString &path)
{
    if (path == QLatin1String("~")) return adviceHome(ctx);
    if (path.startsWith(QLatin1String("~/"))) return adviceHome(ctx) + path.mid(1);
    return path;
}

void raiseRequiredDriver(AdviceContext &ctx, const CudaRelease &r)
{
    const DriverRequirement req = ctx.kb.minDriverFor(r.version);
    if (req.driver.isEmpty()) return;
    if (ctx.requiredDriver.isEmpty() || compareVersions(req.driver, ctx.requiredDriver) > 0) {
        ctx.requiredDriver = req.driver;
        ctx.requiredDriverRef = releaseRef(req.cudaRelease.isEmpty() ? r.version : req.cudaRelease);
    }
}

QString gpuLabel(const AdviceContext &ctx)
{
    for (const NvidiaGpu &g : ctx.gpus)
        if (g.computeCapability == ctx.lowestCc && !g.name.isEmpty()) return g.name;
    return Advice::tr("your GPU");
}

// What the driver and the installed toolkits say about each other, whatever the plan is.
void addDiagnostics(const AdviceContext &ctx, StagePlan &plan)
{
    const CudaFacts &cuda = ctx.facts.cuda;
    for (const CudaToolkit &t : cuda.toolkits) {
        if (t.state != FactState::Broken && !t.versionConflict) continue;
        QString why = t.problems.join(QLatin1Char(' '));
        if (why.isEmpty())
            why = t.versionConflict ? Advice::tr("Its version files disagree.")
                                    : Advice::tr("nvcc is missing or fails.");
        plan.findings << finding(
            QStringLiteral("toolkit.broken"), Severity::Warning,
            Advice::tr("The CUDA toolkit in %1 looks broken: %2").arg(rootOf(t), why),
            Advice::tr("Do not use it: remove it (or reinstall it) and keep PATH and "
                       "LD_LIBRARY_PATH pointing at one working toolkit."));
    }

    // The toolkit a build uses today, against the running driver (Table 3).
    const CudaToolkit *sel = toolkitAt(cuda, cuda.selectedRoot);
    if (sel && usable(*sel) && ctx.driverWorking) {
        if (const CudaRelease *r = releaseOfInstalled(ctx.kb, sel->version)) {
            const ToolkitDriverCheck dc = checkDriverFor(ctx, *r);
            if (!dc.ok)
                plan.findings << finding(
                    QStringLiteral("toolkit.driver-too-old"), Severity::Warning,
                    Advice::tr("CUDA %1 in %2 needs driver %3 or newer; this machine runs %4.")
                        .arg(sel->version, rootOf(*sel), dc.needed, dc.have),
                    Advice::tr("Update the NVIDIA driver to %1 or newer, or use an older "
                               "toolkit.")
                        .arg(dc.needed),
                    {releaseRef(r->version), ruleRef(QStringLiteral("driver_min_for_toolkit"))},
                    dc.unverified);
        }
    }

    // nvidia-smi's "CUDA Version" is the driver's ceiling; nvcc -V is the toolkit.
    const QString smiCuda = ctx.facts.driver.cudaVersion;
    const QString nvcc = cuda.selectedVersion;
    if (!smiCuda.isEmpty() && !nvcc.isEmpty() &&
        compareVersions(versionPrefix(nvcc, 2), versionPrefix(smiCuda, 2)) != 0) {
        const bool tooNew = compareVersions(versionPrefix(nvcc, 2), smiCuda) > 0;
        const QString text =
            Advice::tr("nvidia-smi shows \"CUDA Version %1\" and nvcc -V shows %2. nvidia-smi "
                       "shows the newest CUDA the DRIVER supports; nvcc shows the installed "
                       "TOOLKIT. They do not have to be equal.")
                .arg(smiCuda, versionPrefix(nvcc, 2));
        plan.findings << finding(
            QStringLiteral("toolkit.smi-vs-nvcc"), tooNew ? Severity::Warning : Severity::Info,
            tooNew ? text + QLatin1Char(' ') +
                         Advice::tr("Here the toolkit (%1) is newer than the driver supports "
                                    "(%2): programs built with it will fail to start.")
                             .arg(versionPrefix(nvcc, 2), smiCuda)
                   : text,
            tooNew ? Advice::tr("Update the NVIDIA driver to one that supports CUDA %1, or use "
                                "a toolkit no newer than CUDA %2.")
                         .arg(versionPrefix(nvcc, 2), smiCuda)
                   : QString(),
            {ruleRef(QStringLiteral("nvidia_smi_cuda_version"))},
            ruleUnverified(ctx, QStringLiteral("nvidia_smi_cuda_version")));
    }
}

void addPathConflict(const AdviceContext &ctx, StagePlan &plan, const QString &chosenRoot,
                     const QString &profile)
{
    const CudaFacts &cuda = ctx.facts.cuda;
    if (!cuda.pathDisagreesWithUsrLocalCuda) return;
    const CudaToolkit *onPath = toolkitAt(cuda, cuda.pathRoot);
    const CudaToolkit *linked = toolkitAt(cuda, cuda.usrLocalCudaRoot);
    const QString pathVersion = onPath ? onPath->version : Advice::tr("unknown");
    const QString linkVersion = linked ? linked->version : Advice::tr("unknown");
    const QString text =
        Advice::tr("You have %n CUDA toolkits. PATH picks CUDA %1 (%2) but /usr/local/cuda "
                   "points to CUDA %3 (%4): nvcc, the libraries found at run time and build "
                   "scripts that use /usr/local/cuda can disagree.",
                   nullptr, int(cuda.toolkits.size()))
            .arg(pathVersion, cuda.pathRoot, linkVersion, cuda.usrLocalCudaRoot);
    const QString resolution =
        chosenRoot.isEmpty()
            ? Advice::tr("Pick one toolkit and put its bin/ first on PATH and its lib64/ on "
                         "LD_LIBRARY_PATH (the gpu-setup block in %1 does exactly that).")
                  .arg(profile)
            : Advice::tr("gpu-setup adds its block to %1 so that PATH and LD_LIBRARY_PATH "
                         "both use %2; open a new terminal afterwards.")
                  .arg(profile, chosenRoot);
    plan.findings << finding(QStringLiteral("toolkit.path-conflict"), Severity::Warning, text,
                             resolution);
}

// The profiles the block goes into: the shell's rc file and ~/.profile (as `gpu-setup profile
// apply` writes them).
QStringList blockTargets(const AdviceContext &ctx)
{
    return {shellProfilePath(ctx), adviceHome(ctx) + QStringLiteral("/.profile")};
}

// The shell's rc file as the user knows it (shellProfilePath gives a symlink's target).
QString rcPath(const AdviceContext &ctx)
{
    const QString kind = ctx.facts.shell.shellKind;
    return adviceHome(ctx) + QLatin1Char('/') +
           (kind == QLatin1String("fish")  ? QStringLiteral(".config/fish/config.fish")
            : kind == QLatin1String("zsh") ? QStringLiteral(".zshrc")
                                           : QStringLiteral(".bashrc"));
}

// Hand-written CUDA lines in the two files the block goes into.
QList<ShellLine> handWrittenInTargets(const AdviceContext &ctx)
{
    QList<ShellLine> out;
    const QString profile = adviceHome(ctx) + QStringLiteral("/.profile");
    for (const ProfileFile &p : ctx.facts.shell.profiles)
        if (p.path == rcPath(ctx) || p.path == profile)
            for (ShellLine l : p.cudaLines) {
                l.file = p.path;
                out << l;
            }
    return out;
}

Step profileStep(const AdviceContext &ctx, const QString &prefix)
{
    Step s;
    s.id = QStringLiteral("toolkit.profile");
    s.kind = QStringLiteral("edit");
    s.path = shellProfilePath(ctx);
    s.content = gpuSetupProfileBlock(ctx.facts.shell.shellKind, prefix);
    s.description = Advice::tr("Put CUDA in %1 on PATH and LD_LIBRARY_PATH and set CUDA_HOME "
                               "(gpu-setup block in %2)")
                        .arg(prefix, blockTargets(ctx).join(QStringLiteral(", ")));
    return s;
}

// Moves the hand-written CUDA lines of the rc file and ~/.profile into gpu-setup's block,
// inactive, so the old toolkit they name leaves PATH; nullopt when there are none.
std::optional<Step> moveStep(const AdviceContext &ctx, const QString &prefix)
{
    const QList<ShellLine> lines = handWrittenInTargets(ctx);
    if (lines.isEmpty()) return std::nullopt;
    Step s;
    s.id = QStringLiteral("toolkit.move-hand-written");
    s.kind = QStringLiteral("edit");
    s.path = shellProfilePath(ctx);
    QStringList moved; // the rc file's, as the plan shows its block (~/.profile gets its own)
    for (const ShellLine &l : lines)
        if (l.file == rcPath(ctx)) moved << l.text;
    ProfileBlockSpec spec;
    spec.cudaDir = prefix;
    spec.movedLines = moved;
    s.content = QString::fromUtf8(
        makeProfileBlock(ctx.facts.shell.shellKind == QLatin1String("fish") ? ProfileSyntax::Fish
                                                                            : ProfileSyntax::Posix,
                         spec));
    s.description =
        Advice::tr("Move the %n hand-written CUDA line(s) of %1 into the gpu-setup block, "
                   "turned into comments (undo restores the files byte for byte)",
                   nullptr, int(lines.size()))
            .arg(blockTargets(ctx).join(QStringLiteral(", ")));
    return s;
}

// Hand-written CUDA lines anywhere in the profiles: what they do and what gpu-setup offers
// (the move step plans itself whenever the rc file or ~/.profile has such lines).
void addHandWrittenFinding(const AdviceContext &ctx, StagePlan &plan)
{
    const bool moving = !handWrittenInTargets(ctx).isEmpty();
    QStringList where, dirs;
    for (const ProfileFile &p : ctx.facts.shell.profiles)
        for (const ShellLine &l : p.cudaLines) {
            where << QStringLiteral("%1:%2").arg(l.file.isEmpty() ? p.path : l.file).arg(l.line);
            static const QRegularExpression dir(QStringLiteral("(/[^\\s:\"'$]*cuda[^\\s:\"'$/]*)"));
            const auto m = dir.match(l.text);
            if (m.hasMatch() && !dirs.contains(m.captured(1))) dirs << m.captured(1);
        }
    if (where.isEmpty()) return;
    const QString text =
        Advice::tr("%n CUDA line(s) written by hand outside gpu-setup's block (%1) still run in "
                   "every new terminal, so %2 stays on PATH and LD_LIBRARY_PATH beside any "
                   "toolkit gpu-setup sets up.",
                   nullptr, int(where.size()))
            .arg(where.join(QStringLiteral(", ")), dirs.isEmpty()
                                                       ? Advice::tr("the toolkit they name")
                                                       : dirs.join(QStringLiteral(", ")));
    const QString resolution =
        moving ? Advice::tr("The plan moves them into gpu-setup's block as comments, so they no "
                            "longer run; undo restores the files exactly.")
               : Advice::tr("gpu-setup edits only %1; delete or comment out the others by hand.")
                     .arg(blockTargets(ctx).join(QStringLiteral(", ")));
    plan.findings << finding(QStringLiteral("toolkit.hand-written-exports"), Severity::Warning,
                             text, resolution);
}

Step verifyStep(const QString &prefix)
{
    Step s;
    s.id = QStringLiteral("toolkit.verify");
    s.kind = QStringLiteral("command");
    s.argv = {prefix + QStringLiteral("/bin/nvcc"), QStringLiteral("-V")};
    s.description = Advice::tr("Check that nvcc runs and prints the expected version");
    return s;
}

QStringList versionsOf(const QList<const CudaRelease *> &rs, const QString &except = QString())
{
    QStringList out;
    for (const CudaRelease *r : rs)
        if (r->version != except) out << r->version;
    return out;
}

// Where the GPU limits the CUDA range (Kepler <= 11.8, Pascal <= 12.9, Blackwell >= 12.8).
void addGpuRange(const AdviceContext &ctx, StagePlan &plan)
{
    if (ctx.lowestCc.isEmpty()) return;
    const QList<const CudaRelease *> rs = ctx.kb.releasesSupporting(ctx.lowestCc);
    if (rs.isEmpty()) return;
    const CudaRelease *lo = rs.first();
    const CudaRelease *hi = rs.first();
    for (const CudaRelease *r : rs) {
        if (compareVersions(r->version, lo->version) < 0) lo = r;
        if (compareVersions(r->version, hi->version) > 0) hi = r;
    }
    const CudaRelease *oldest = nullptr;
    const CudaRelease *newest = nullptr;
    for (const CudaRelease &r : ctx.kb.cudaReleases()) {
        if (r.sassCapabilities.isEmpty()) continue;
        if (!oldest || compareVersions(r.version, oldest->version) < 0) oldest = &r;
        if (!newest || compareVersions(r.version, newest->version) > 0) newest = &r;
    }
    const bool capped = newest && hi != newest;
    const bool floored = oldest && lo != oldest;
    if (!capped && !floored) return;
    QString text;
    if (capped && floored)
        text = Advice::tr("%1 (compute capability %2) needs CUDA %3 to %4.")
                   .arg(gpuLabel(ctx), ctx.lowestCc, lo->minor, hi->minor);
    else if (capped)
        text = Advice::tr("%1 (compute capability %2) is supported by CUDA up to %3 only.")
                   .arg(gpuLabel(ctx), ctx.lowestCc, hi->minor);
    else
        text = Advice::tr("%1 (compute capability %2) needs CUDA %3 or newer.")
                   .arg(gpuLabel(ctx), ctx.lowestCc, lo->minor);
    plan.findings << finding(QStringLiteral("toolkit.gpu-range"), Severity::Info, text, QString(),
                             {ruleRef(QStringLiteral("gpu_cc_in_toolkit_range")),
                              releaseRef(lo->version), releaseRef(hi->version)});
}

} // namespace

// ------------------------------------------------------------------------ shared helpers
QString adviceHome(const AdviceContext &ctx)
{
    QString h = ctx.facts.machine.home;
    while (h.size() > 1 && h.endsWith(QLatin1Char('/')))
        h.chop(1);
    return h.isEmpty() ? QStringLiteral("~") : h;
}

bool isUnderHome(const AdviceContext &ctx, const QString &path)
{
    const QString home = adviceHome(ctx);
    if (path.startsWith(QLatin1String("~/")) || path == QLatin1String("~")) return true;
    if (home == QLatin1String("~") || home == QLatin1String("/")) return false;
    return path == home || path.startsWith(home + QLatin1Char('/'));
}

QString shellProfilePath(const AdviceContext &ctx)
{
    const QString kind = ctx.facts.shell.shellKind;
    const QString rel = kind == QLatin1String("fish")  ? QStringLiteral(".config/fish/config.fish")
                        : kind == QLatin1String("zsh") ? QStringLiteral(".zshrc")
                                                       : QStringLiteral(".bashrc");
    const QString path = adviceHome(ctx) + QLatin1Char('/') + rel;
    for (const ProfileFile &p : ctx.facts.shell.profiles)
        if (p.path == path && p.isSymlink && !p.resolvedPath.isEmpty()) return p.resolvedPath;
    return path;
}

QString gpuSetupProfileBlock(const QString &shellKind, const QString &toolkitPrefix,
                             const QStringList &extraLibDirs)
{
    return QString::fromUtf8(makeProfileBlock(
        shellKind == QLatin1String("fish") ? ProfileSyntax::Fish : ProfileSyntax::Posix,
        ProfileBlockSpec{toolkitPrefix, extraLibDirs, {}}));
}

ToolkitDriverCheck checkDriverFor(const AdviceContext &ctx, const CudaRelease &release)
{
    ToolkitDriverCheck c;
    c.releaseVersion = release.version;
    c.unverified = release.unverified;
    if (!ctx.driverWorking || ctx.driverVersion.isEmpty()) return c;
    c.have = ctx.driverVersion;
    // Under WSL the driver is the Windows one, which has its own column in Table 3.
    if (ctx.wsl && !release.minDriverWindows.isEmpty()) {
        c.needed = release.minDriverWindows;
    } else {
        const DriverRequirement req = ctx.kb.minDriverFor(release.version);
        c.needed = req.driver;
        c.unverified = c.unverified || req.unverified;
    }
    c.ok = c.needed.isEmpty() || compareVersions(c.have, c.needed) >= 0;
    return c;
}

QList<const CudaRelease *> installableCudaReleases(const AdviceContext &ctx)
{
    QList<const CudaRelease *> out;
    for (const CudaRelease &r : ctx.kb.cudaReleases()) {
        if (!hasVerifiedRunfile(r) || !ccSupported(ctx, r) || !onUbuntuRepo(ctx, r)) continue;
        if (!checkDriverFor(ctx, r).ok) continue;
        out << &r;
    }
    std::sort(out.begin(), out.end(), [](const CudaRelease *a, const CudaRelease *b) {
        return compareVersions(a->version, b->version) > 0;
    });
    return out;
}

// ------------------------------------------------------------------------------- stage
StagePlan adviseToolkit(AdviceContext &ctx)
{
    StagePlan plan;
    plan.id = StageId::Toolkit;
    const CudaFacts &cuda = ctx.facts.cuda;
    const QString profile = shellProfilePath(ctx);
    addDiagnostics(ctx, plan);

    // What a build would use today, for the cuDNN stage when no toolkit is planned.
    const CudaToolkit *selected = toolkitAt(cuda, cuda.selectedRoot);
    auto noteSelected = [&] {
        if (selected && usable(*selected)) {
            ctx.toolkitVersion = selected->version;
            ctx.toolkitRoot = rootOf(*selected);
        }
    };

    if (ctx.choices.toolkit == Want::No) {
        plan.status = StageStatus::Skipped;
        plan.summary = Advice::tr("You chose not to install a CUDA toolkit.");
        if (ctx.toolkitNeeded)
            plan.findings << finding(
                QStringLiteral("toolkit.needed-but-skipped"), Severity::Warning,
                Advice::tr("TensorFlow %1 uses the system CUDA %2; without it TensorFlow will "
                           "not see the GPU.")
                    .arg(ctx.frameworkVersion, ctx.toolkitNeededVersion),
                Advice::tr("Install CUDA %1, or choose TensorFlow 2.14 or newer, which brings "
                           "CUDA as pip packages.")
                    .arg(ctx.toolkitNeededVersion),
                {ruleRef(QStringLiteral("tensorflow_cuda_cudnn"))});
        addPathConflict(ctx, plan, QString(), profile);
        if (const auto move = moveStep(ctx, QString())) plan.steps << *move;
        addHandWrittenFinding(ctx, plan);
        noteSelected();
        return plan;
    }

    if (ctx.choices.toolkit == Want::Auto && !ctx.toolkitNeeded) {
        plan.status = StageStatus::Optional;
        QString text;
        QStringList refs{ruleRef(QStringLiteral("pytorch_wheels_bundle_runtime"))};
        if (ctx.choices.framework == Framework::PyTorch) {
            text = Advice::tr("You do not need to install CUDA for PyTorch; only the driver. "
                              "The PyTorch pip wheels bring their own CUDA runtime and cuDNN.");
        } else if (ctx.choices.framework == Framework::TensorFlow) {
            text = Advice::tr("You do not need to install CUDA for TensorFlow %1; only the "
                              "driver. pip install tensorflow[and-cuda] brings CUDA and cuDNN "
                              "as pip packages.")
                       .arg(ctx.frameworkVersion);
            refs << ruleRef(QStringLiteral("tensorflow_cuda_cudnn"));
        } else {
            text = Advice::tr("No framework chosen: a CUDA toolkit is only needed to compile "
                              "CUDA code yourself with nvcc.");
        }
        plan.summary = Advice::tr("Not needed: only the NVIDIA driver is required.");
        plan.findings.prepend(
            finding(QStringLiteral("toolkit.not-needed"), Severity::Info, text,
                    Advice::tr("Install a toolkit only if you want to compile CUDA code (nvcc)."),
                    refs, ruleUnverified(ctx, QStringLiteral("pytorch_wheels_bundle_runtime"))));
        addPathConflict(ctx, plan, QString(), profile);
        // No toolkit wanted, but the old tutorial's exports still put one on PATH: offered to
        // move them anyway (the stage stays optional, Next is free).
        if (const auto move = moveStep(ctx, QString())) plan.steps << *move;
        addHandWrittenFinding(ctx, plan);
        noteSelected();
        return plan;
    }

    // ---- planned: which CUDA minor does the framework want?
    QString wanted;
    QStringList wantedRefs;
    if (ctx.toolkitNeeded && !ctx.toolkitNeededVersion.isEmpty()) {
        wanted = versionPrefix(ctx.toolkitNeededVersion, 2);
        wantedRefs << QStringLiteral("frameworks.json tensorflow %1").arg(ctx.frameworkVersion)
                   << ruleRef(QStringLiteral("tensorflow_cuda_cudnn"));
    } else if (ctx.choices.framework == Framework::PyTorch && !ctx.wheelCuda.isEmpty()) {
        wanted = versionPrefix(ctx.wheelCuda, 2);
        wantedRefs << QStringLiteral("frameworks.json pytorch %1 %2")
                          .arg(ctx.frameworkVersion, ctx.wheelVariant);
    }
    if (!wanted.isEmpty() && !ctx.kb.cudaRelease(wanted)) {
        plan.findings << finding(QStringLiteral("toolkit.wanted-unknown"), Severity::Info,
                                 Advice::tr("NVIDIA has no CUDA %1 toolkit in the data; picking "
                                            "the newest toolkit that fits this machine instead.")
                                     .arg(wanted),
                                 QString(), wantedRefs);
        wanted.clear();
    }

    // ---- an installed toolkit that fits wins
    const CudaToolkit *keep = nullptr;
    const CudaRelease *keepRelease = nullptr;
    for (const CudaToolkit &t : cuda.toolkits) {
        if (!usable(t)) continue;
        const CudaRelease *r = releaseOfInstalled(ctx.kb, t.version);
        bool fits;
        if (!wanted.isEmpty())
            fits = versionPrefix(t.version, 2) == wanted;
        else
            fits = r && ccSupported(ctx, *r) && checkDriverFor(ctx, *r).ok;
        if (!fits) continue;
        const bool isSelected = rootOf(t) == cuda.pathRoot;
        const bool better = !keep || compareVersions(t.version, keep->version) > 0 ||
                            (compareVersions(t.version, keep->version) == 0 && isSelected);
        if (!wanted.isEmpty() ? (!keep || isSelected) : better) {
            keep = &t;
            keepRelease = r;
        }
    }

    const QList<const CudaRelease *> installable = installableCudaReleases(ctx);
    addGpuRange(ctx, plan);

    // An installed toolkit that fits is kept, unless the user picked another version to install.
    bool pickedOther = false;
    if (keep && !ctx.choices.cudaVersion.isEmpty() && ctx.choices.cudaVersion != keep->version)
        for (const CudaRelease *r : installable)
            if (r->version == ctx.choices.cudaVersion) pickedOther = true;
    if (keep && !pickedOther) {
        const QString root = rootOf(*keep);
        ctx.toolkitVersion = keep->version;
        ctx.toolkitRoot = root;
        ctx.toolkitPlanned = true;
        plan.chosen.insert(QStringLiteral("cuda"), keep->version);
        plan.chosen.insert(QStringLiteral("prefix"), root);
        plan.chosen.insert(QStringLiteral("source"), QStringLiteral("existing"));
        plan.alternatives = versionsOf(installable, keep->version);
        QStringList refs = wantedRefs;
        if (keepRelease) refs << releaseRef(keepRelease->version);
        plan.findings << finding(
            QStringLiteral("toolkit.existing-fits"), Severity::Info,
            wanted.isEmpty()
                ? Advice::tr("CUDA %1 is already installed in %2 and fits this GPU and driver.")
                      .arg(keep->version, root)
                : Advice::tr("CUDA %1 is already installed in %2: the same CUDA %3 your "
                             "framework uses, so nvcc and the framework agree.")
                      .arg(keep->version, root, wanted),
            QString(), refs, keepRelease && keepRelease->unverified);
        if (keepRelease) {
            const ToolkitDriverCheck dc = checkDriverFor(ctx, *keepRelease);
            const bool said =
                std::any_of(plan.findings.cbegin(), plan.findings.cend(), [](const Finding &f) {
                    return f.id == QLatin1String("toolkit.driver-too-old");
                });
            if (!dc.ok && !said)
                plan.findings << finding(
                    QStringLiteral("toolkit.driver-too-old"), Severity::Warning,
                    Advice::tr("CUDA %1 needs driver %2 or newer; this machine runs %3.")
                        .arg(keep->version, dc.needed, dc.have),
                    Advice::tr("Update the NVIDIA driver to %1 or newer.").arg(dc.needed),
                    {releaseRef(keepRelease->version),
                     ruleRef(QStringLiteral("driver_min_for_toolkit"))},
                    dc.unverified);
            if (!dc.ok || !ctx.driverWorking) raiseRequiredDriver(ctx, *keepRelease);
        }
        addPathConflict(ctx, plan, root, profile);
        if (cuda.pathRoot != root) {
            if (!cuda.pathDisagreesWithUsrLocalCuda)
                plan.findings << finding(
                    QStringLiteral("toolkit.not-on-path"), Severity::Warning,
                    cuda.pathRoot.isEmpty()
                        ? Advice::tr("CUDA %1 is installed but nvcc is not on your PATH.")
                              .arg(keep->version)
                        : Advice::tr("CUDA %1 is installed but PATH picks the toolkit in %2.")
                              .arg(keep->version, cuda.pathRoot),
                    Advice::tr("gpu-setup adds its block to %1; open a new terminal "
                               "afterwards.")
                        .arg(profile));
            if (const auto move = moveStep(ctx, root)) plan.steps << *move;
            addHandWrittenFinding(ctx, plan);
            plan.steps << profileStep(ctx, root) << verifyStep(root);
            plan.status = StageStatus::NeedsAction;
            plan.summary =
                Advice::tr("CUDA %1 is installed; put it on your PATH.").arg(keep->version);
        } else {
            plan.status = StageStatus::Done;
            plan.summary = Advice::tr("CUDA %1 is installed in %2.").arg(keep->version, root);
        }
        return plan;
    }

    // ---- install: pick a release
    const CudaRelease *pick = nullptr;
    // The user picked one of the alternatives: honour it when it is still installable here.
    if (!ctx.choices.cudaVersion.isEmpty())
        for (const CudaRelease *r : installable)
            if (r->version == ctx.choices.cudaVersion) pick = r;
    if (!pick && !wanted.isEmpty()) {
        QList<const CudaRelease *> patches;
        for (const CudaRelease &r : ctx.kb.cudaReleases())
            if (r.minor == wanted && hasVerifiedRunfile(r)) patches << &r;
        std::sort(patches.begin(), patches.end(), [](const CudaRelease *a, const CudaRelease *b) {
            return compareVersions(a->version, b->version) > 0;
        });
        QList<const CudaRelease *> forGpu;
        for (const CudaRelease *r : patches)
            if (ccSupported(ctx, *r)) forGpu << r;
        if (forGpu.isEmpty() && !patches.isEmpty()) {
            plan.findings << finding(
                QStringLiteral("toolkit.wanted-not-for-gpu"), Severity::Warning,
                Advice::tr("CUDA %1 cannot build code for %2 (compute capability %3); picking "
                           "a toolkit that can.")
                    .arg(wanted, gpuLabel(ctx), ctx.lowestCc),
                QString(),
                {releaseRef(patches.first()->version),
                 ruleRef(QStringLiteral("gpu_cc_in_toolkit_range"))});
        } else if (forGpu.isEmpty()) {
            plan.findings << finding(QStringLiteral("toolkit.wanted-no-runfile"), Severity::Warning,
                                     Advice::tr("The data has no CUDA %1 runfile with a checksum; "
                                                "picking another toolkit.")
                                         .arg(wanted),
                                     QString(), wantedRefs);
        } else {
            // Prefer a patch on this Ubuntu's repository list and within the driver, newest first.
            auto score = [&](const CudaRelease *r) {
                return (checkDriverFor(ctx, *r).ok ? 2 : 0) + (onUbuntuRepo(ctx, *r) ? 1 : 0);
            };
            for (const CudaRelease *r : forGpu)
                if (!pick || score(r) > score(pick)) pick = r;
        }
    }
    if (!pick && !installable.isEmpty()) pick = installable.first();
    if (!pick) {
        plan.status = StageStatus::Blocked;
        plan.summary = Advice::tr("No CUDA toolkit in the data fits this machine.");
        plan.findings << finding(
            QStringLiteral("toolkit.no-compatible-release"), Severity::Error,
            Advice::tr("No CUDA release with a checked runfile fits this GPU (compute "
                       "capability %1), driver %2 and system together.")
                .arg(ctx.lowestCc.isEmpty() ? Advice::tr("unknown") : ctx.lowestCc,
                     ctx.driverVersion.isEmpty() ? Advice::tr("none") : ctx.driverVersion),
            Advice::tr("Update the NVIDIA driver first, or install a toolkit by hand."),
            {ruleRef(QStringLiteral("gpu_cc_in_toolkit_range")),
             ruleRef(QStringLiteral("driver_min_for_toolkit"))});
        addPathConflict(ctx, plan, QString(), profile);
        return plan;
    }

    const CudaRelease &rel = *pick;
    plan.chosen.insert(QStringLiteral("cuda"), rel.version);
    plan.chosen.insert(QStringLiteral("source"), QStringLiteral("runfile"));
    plan.alternatives = versionsOf(installable, rel.version);

    // Driver: too old for this toolkit -> the driver stage must install a newer one.
    const ToolkitDriverCheck dc = checkDriverFor(ctx, rel);
    if (!dc.ok) {
        plan.findings << finding(
            QStringLiteral("toolkit.driver-too-old"), Severity::Warning,
            Advice::tr("CUDA %1 needs driver %2 or newer; this machine runs %3.")
                .arg(rel.version, dc.needed, dc.have),
            Advice::tr("Update the NVIDIA driver to %1 or newer before installing the "
                       "toolkit.")
                .arg(dc.needed),
            {releaseRef(rel.version), ruleRef(QStringLiteral("driver_min_for_toolkit"))},
            dc.unverified);
    }
    if (!dc.ok || !ctx.driverWorking) raiseRequiredDriver(ctx, rel);

    // Distribution: NVIDIA's repository list for this Ubuntu; elsewhere the runfile only.
    if (ctx.family == QLatin1String("ubuntu") && !ctx.ubuntuBase.isEmpty()) {
        if (!onUbuntuRepo(ctx, rel))
            plan.findings << finding(
                QStringLiteral("toolkit.not-for-this-ubuntu"), Severity::Warning,
                Advice::tr("NVIDIA does not publish CUDA %1 for Ubuntu %2. The runfile usually "
                           "still installs, but nvcc may refuse this Ubuntu's newer gcc.")
                    .arg(rel.version, ctx.ubuntuBase),
                Advice::tr("If nvcc complains about the gcc version, install an older gcc "
                           "that this CUDA supports and pass it with -ccbin."),
                {QStringLiteral("cuda_driver.json ubuntu_to_cuda %1").arg(ctx.ubuntuBase),
                 ruleRef(QStringLiteral("ubuntu_repo"))});
    } else {
        plan.findings << finding(
            QStringLiteral("toolkit.runfile-only"), Severity::Info,
            Advice::tr("NVIDIA's apt repositories are for Ubuntu; on this system CUDA is "
                       "installed from the runfile only."),
            QString(), {ruleRef(QStringLiteral("ubuntu_repo"))});
    }

    const QString home = adviceHome(ctx);
    QString prefix = ctx.choices.toolkitPrefix.isEmpty()
                         ? QStringLiteral("/usr/local/cuda-%1").arg(rel.minor)
                         : expandHome(ctx, ctx.choices.toolkitPrefix);
    while (prefix.size() > 1 && prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    const bool privileged = !isUnderHome(ctx, prefix);
    const QString runfilePath = home + QStringLiteral("/Downloads/") + rel.runfile.name;
    QString tmpdir = QStringLiteral("/tmp");

    // ---- pre-checks: compiler and room
    bool blocked = false;
    QList<Step> preSteps;
    const DiskFacts &disk = ctx.facts.disk;
    if (disk.gccState == FactState::Absent || disk.gccState == FactState::Broken) {
        const bool apt =
            ctx.family == QLatin1String("ubuntu") || ctx.family == QLatin1String("debian");
        plan.findings << finding(
            QStringLiteral("toolkit.no-gcc"), Severity::Warning,
            disk.gccState == FactState::Absent
                ? Advice::tr("gcc is not installed: nvcc needs it to compile anything.")
                : Advice::tr("gcc does not work (%1): nvcc needs it to compile anything.")
                      .arg(disk.gccLine),
            apt ? Advice::tr("Install the compilers: sudo apt-get install -y build-essential")
                : Advice::tr("Install gcc, g++ and make with your distribution's package "
                             "manager."));
        if (apt) {
            Step s;
            s.id = QStringLiteral("toolkit.install-gcc");
            s.kind = QStringLiteral("command");
            s.argv = {QStringLiteral("apt-get"), QStringLiteral("install"), QStringLiteral("-y"),
                      QStringLiteral("build-essential")};
            s.privileged = true;
            s.description = Advice::tr("Install gcc, g++ and make (build-essential)");
            preSteps << s;
        }
    }
    const qint64 size = rel.runfile.sizeBytes;
    if (size > 0) {
        const DiskSpace *tmp = spaceFor(ctx, QStringLiteral("/tmp"));
        const DiskSpace *homeSpace = spaceFor(ctx, home);
        if (tmp && tmp->freeBytes < size && homeSpace) {
            tmpdir = home + QStringLiteral("/.cache/gpu-setup/cuda-tmp");
            plan.findings << finding(
                QStringLiteral("toolkit.low-disk"), Severity::Warning,
                Advice::tr("/tmp has %1 free but the CUDA %2 runfile (%3) unpacks there.")
                    .arg(formatBytes(tmp->freeBytes), rel.version, formatBytes(size)),
                Advice::tr("gpu-setup unpacks it in %1 instead (--tmpdir).").arg(tmpdir),
                {releaseRef(rel.version)});
            Step s;
            s.id = QStringLiteral("toolkit.make-tmpdir");
            s.kind = QStringLiteral("command");
            s.argv = {QStringLiteral("mkdir"), QStringLiteral("-p"), tmpdir};
            s.description = Advice::tr("Create a folder to unpack the runfile in");
            preSteps << s;
        }
        // Sum what each filesystem must hold: the download, the unpacked runfile, ~3x installed.
        struct Need
        {
            const DiskSpace *space;
            qint64 bytes;
        };
        QList<Need> needs;
        auto add = [&](const DiskSpace *s, qint64 bytes) {
            if (!s) return;
            const QString key = s->mountPoint.isEmpty() ? s->path : s->mountPoint;
            for (Need &n : needs)
                if ((n.space->mountPoint.isEmpty() ? n.space->path : n.space->mountPoint) == key) {
                    n.bytes += bytes;
                    return;
                }
            needs << Need{s, bytes};
        };
        add(spaceHolding(ctx, runfilePath), size);
        add(spaceHolding(ctx, tmpdir), size);
        add(spaceHolding(ctx, prefix), 3 * size);
        for (const Need &n : needs) {
            if (n.space->freeBytes >= n.bytes) continue;
            blocked = true;
            plan.findings << finding(
                QStringLiteral("toolkit.low-disk"), Severity::Error,
                Advice::tr("Not enough disk space on %1 (%2): %3 free, about %4 needed for the "
                           "CUDA %5 runfile (%6), unpacking it and the installed toolkit.")
                    .arg(n.space->mountPoint.isEmpty() ? n.space->path : n.space->mountPoint,
                         n.space->path, formatBytes(n.space->freeBytes), formatBytes(n.bytes),
                         rel.version, formatBytes(size)),
                Advice::tr("Free up space (or choose a toolkit folder on a larger disk), then "
                           "check again."),
                {releaseRef(rel.version)});
        }
    }

    // ---- steps
    plan.steps << preSteps;
    Step dl;
    dl.id = QStringLiteral("toolkit.download-runfile");
    dl.kind = QStringLiteral("download");
    dl.url = rel.runfile.url;
    dl.sha256 = rel.runfile.sha256;
    dl.sizeBytes = size;
    dl.path = runfilePath;
    dl.description = Advice::tr("Download the CUDA %1 runfile from NVIDIA").arg(rel.version);
    plan.steps << dl;

    Step inst;
    inst.id = QStringLiteral("toolkit.install");
    inst.kind = QStringLiteral("command");
    inst.argv = {QStringLiteral("sh"), runfilePath, QStringLiteral("--silent"),
                 QStringLiteral("--toolkit"), QStringLiteral("--toolkitpath=") + prefix};
    // The installer before 10.1 (the perl one) does not know --no-man-page.
    if (compareVersions(rel.version, QStringLiteral("10.1")) >= 0)
        inst.argv << QStringLiteral("--no-man-page");
    inst.argv << QStringLiteral("--tmpdir=") + tmpdir;
    inst.privileged = privileged;
    inst.description = Advice::tr("Install the CUDA %1 toolkit into %2 (toolkit only, not the "
                                  "driver bundled in the runfile)")
                           .arg(rel.version, prefix);
    plan.steps << inst;
    if (const auto move = moveStep(ctx, prefix)) plan.steps << *move;
    addHandWrittenFinding(ctx, plan);
    plan.steps << profileStep(ctx, prefix) << verifyStep(prefix);

    plan.findings << finding(
        QStringLiteral("toolkit.install"), Severity::Info,
        Advice::tr("CUDA %1 will be installed from NVIDIA's runfile into %2, with --toolkit so "
                   "that the driver bundled in the runfile is left out.")
            .arg(rel.version, prefix),
        QString(),
        QStringList(wantedRefs) << releaseRef(rel.version)
                                << ruleRef(QStringLiteral("runfile_driver")),
        rel.unverified);
    addPathConflict(ctx, plan, prefix, profile);

    plan.chosen.insert(QStringLiteral("prefix"), prefix);
    ctx.toolkitVersion = rel.version;
    ctx.toolkitRoot = prefix;
    ctx.toolkitPlanned = true;
    plan.status = blocked ? StageStatus::Blocked : StageStatus::NeedsAction;
    plan.summary = Advice::tr("Install CUDA %1 into %2.").arg(rel.version, prefix);
    return plan;
}

} // namespace gpusetup
