// decideFramework: which framework release, wheel variant and Python a machine gets, and what
// that asks of the driver and of a system toolkit. It has no stage of its own: its findings go
// to the python-env stage through the context. Every number comes from Knowledge.
#include "advice/FrameworkAdvice.h"

#include "common/Version.h"

#include <QRegularExpression>

#include <algorithm>

namespace gpusetup {

namespace {

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

Finding finding(const QString &id, Severity sev, const QString &text, const QString &resolution,
                const QStringList &refs, bool unverified = false)
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

QString releaseRef(const QString &torch, const QString &variant = QString())
{
    return variant.isEmpty() ? QStringLiteral("frameworks.json pytorch %1").arg(torch)
                             : QStringLiteral("frameworks.json pytorch %1 %2").arg(torch, variant);
}

QString ruleRef(const QString &id)
{
    return QStringLiteral("rules.json %1").arg(id);
}

// Releases newest first.
QList<const PytorchRelease *> sortedReleases(const Knowledge &kb)
{
    QList<const PytorchRelease *> out;
    for (const PytorchRelease &r : kb.pytorchReleases())
        out << &r;
    std::stable_sort(out.begin(), out.end(), [](const PytorchRelease *a, const PytorchRelease *b) {
        return compareVersions(a->torch, b->torch) > 0;
    });
    return out;
}

// Decision: the default is the newest release NOT marked unverified (rows read from copies of
// RELEASE.md for not-yet-confirmed releases must not become a student's default); only when the
// data has no verified release at all does the newest unverified one stand in.
const PytorchRelease *newestRelease(const QList<const PytorchRelease *> &releases)
{
    for (const PytorchRelease *r : releases)
        if (!r->unverified) return r;
    return releases.isEmpty() ? nullptr : releases.first();
}

// "2.5.1" exactly, else the newest (verified first) release of a series/prefix ("2.5").
const PytorchRelease *findRelease(const Knowledge &kb,
                                  const QList<const PytorchRelease *> &releases,
                                  const QString &wanted)
{
    if (const PytorchRelease *r = kb.pytorchRelease(wanted)) return r;
    if (!isVersionString(wanted)) return nullptr;
    QList<const PytorchRelease *> matching;
    for (const PytorchRelease *r : releases)
        if (versionHasPrefix(r->torch, wanted)) matching << r;
    return newestRelease(matching);
}

// One entry per variant name; the explicit-index form wins over the "PyPI default" duplicate.
QList<PipVariant> uniqueVariants(const PytorchRelease &r)
{
    QList<PipVariant> out;
    for (const PipVariant &v : r.pip) {
        auto it = std::find_if(out.begin(), out.end(),
                               [&v](const PipVariant &o) { return o.variant == v.variant; });
        if (it == out.end())
            out << v;
        else if (it->pypiDefault && !v.pypiDefault)
            *it = v;
    }
    return out;
}

struct Candidate
{
    PipVariant v;
    WheelCoverage cov;
    bool stable = true;
    DriverFloor full;
    DriverFloor family;
};

bool stableIn(const PytorchSeries *s, const QString &cuda)
{
    if (!s || s->stableCuda.isEmpty()) return true;
    for (const PytorchCudaBuild &b : s->stableCuda)
        if (versionPrefix(b.cuda, 2) == versionPrefix(cuda, 2)) return true;
    return false;
}

bool atLeast(const QString &have, const QString &need)
{
    return !have.isEmpty() && !need.isEmpty() && compareVersions(have, need) >= 0;
}

// Does some CUDA variant of this release cover cc (known, not inferred-unknown)?
const PipVariant *fittingVariant(const Knowledge &kb, const PytorchRelease &r, const QString &cc,
                                 WheelCoverage *cov)
{
    const PipVariant *best = nullptr;
    for (const PipVariant &v : r.pip) {
        if (v.cuda.isEmpty()) continue;
        const WheelCoverage c = wheelCoverage(kb, r.torch, v.cuda, cc);
        if (c.covers != 1) continue;
        if (!best || compareVersions(v.cuda, best->cuda) > 0) {
            best = &v;
            if (cov) *cov = c;
        }
    }
    return best;
}

QString gpuLabel(const AdviceContext &ctx)
{
    for (const NvidiaGpu &g : ctx.gpus)
        if (g.computeCapability == ctx.lowestCc) return g.name;
    return ctx.gpus.isEmpty() ? QString() : ctx.gpus.first().name;
}

void choosePython(AdviceContext &ctx, const QString &min, const QString &max, const QString &ref,
                  const QString &what, const QString &fitsUserPython)
{
    const QString def = defaultPython(min, max);
    const QString user = ctx.choices.python.trimmed();
    if (user.isEmpty()) {
        ctx.python = def;
        return;
    }
    if (pythonInRange(user, min, max)) {
        ctx.python = versionPrefix(user, 2).isEmpty() ? user : versionPrefix(user, 2);
        return;
    }
    ctx.python = def;
    QString res = Advice::tr("The plan uses Python %1 instead.").arg(def);
    if (!fitsUserPython.isEmpty())
        res += QLatin1Char(' ') +
               Advice::tr("To keep Python %1, choose %2 instead.").arg(user, fitsUserPython);
    ctx.frameworkFindings << finding(
        QStringLiteral("framework.python-unsupported"), Severity::Error,
        Advice::tr("%1 supports Python %2 to %3, not Python %4.").arg(what, min, max, user), res,
        {ref, ruleRef(QStringLiteral("python_version"))});
}

void decidePytorch(AdviceContext &ctx)
{
    const Knowledge &kb = ctx.kb;
    const QList<const PytorchRelease *> releases = sortedReleases(kb);
    if (releases.isEmpty()) {
        ctx.frameworkFindings << finding(QStringLiteral("framework.no-data"), Severity::Error,
                                         Advice::tr("The compatibility data lists no PyTorch "
                                                    "release."),
                                         Advice::tr("Reinstall gpu-setup or pass --knowledge."),
                                         {str("frameworks.json pytorch releases")});
        return;
    }
    const QString wanted = ctx.choices.frameworkVersion.trimmed();
    const PytorchRelease *rel = wanted.isEmpty() ? nullptr : findRelease(kb, releases, wanted);
    if (!wanted.isEmpty() && !rel) {
        const PytorchRelease *n = newestRelease(releases);
        ctx.frameworkFindings << finding(
            QStringLiteral("framework.unknown-version"), Severity::Error,
            Advice::tr("PyTorch %1 is not in the compatibility data.").arg(wanted),
            Advice::tr("The plan uses PyTorch %1, the newest release in the data.").arg(n->torch),
            {str("frameworks.json pytorch releases")});
    }
    if (!rel) rel = newestRelease(releases);
    ctx.frameworkVersion = rel->torch;
    if (rel->unverified)
        ctx.frameworkFindings << finding(
            QStringLiteral("framework.unverified-release"), Severity::Warning,
            Advice::tr("The data on PyTorch %1 comes from unconfirmed sources.").arg(rel->torch),
            Advice::tr("Prefer a verified release unless you need this one."),
            {releaseRef(rel->torch)}, true);

    // --- Python ---
    QString pyMin, pyMax, pyRef;
    pytorchPythonRange(kb, rel->torch, &pyMin, &pyMax, &pyRef);
    QString fitsUser;
    if (!ctx.choices.python.isEmpty())
        for (const PytorchRelease *r : releases) {
            if (r->unverified) continue;
            QString a, b, c;
            pytorchPythonRange(kb, r->torch, &a, &b, &c);
            if (!a.isEmpty() && pythonInRange(ctx.choices.python, a, b)) {
                fitsUser = QStringLiteral("PyTorch %1").arg(r->torch);
                break;
            }
        }
    if (pyMin.isEmpty() && pyMax.isEmpty()) {
        ctx.python = ctx.choices.python.trimmed();
        ctx.frameworkFindings << finding(
            QStringLiteral("framework.python-unknown"), Severity::Info,
            Advice::tr("The data gives no Python range for PyTorch %1.").arg(rel->torch),
            ctx.python.isEmpty()
                ? Advice::tr("Let conda pick a matching Python, or choose one with --python.")
                : QString(),
            {releaseRef(rel->torch)});
    } else {
        choosePython(ctx, pyMin, pyMax, pyRef, QStringLiteral("PyTorch %1").arg(rel->torch),
                     fitsUser);
    }

    // --- wheel variant ---
    const QList<PipVariant> variants = uniqueVariants(*rel);
    auto cpuVariant = [&]() {
        ctx.wheelVariant = QStringLiteral("cpu");
        ctx.wheelCuda.clear();
        ctx.requiredDriver.clear();
        ctx.requiredDriverRef.clear();
    };
    QStringList cudaNames, cudaVersions;
    QString lowestCuda;
    for (const PipVariant &v : variants) {
        if (v.cuda.isEmpty()) continue;
        cudaNames << v.variant;
        cudaVersions << v.cuda;
        if (lowestCuda.isEmpty() || compareVersions(v.cuda, lowestCuda) < 0) lowestCuda = v.cuda;
    }
    // Before CUDA 11 there is no minor-version compatibility: the driver must know the CUDA
    // the wheel was built with, so a student following an old tutorial must hear which.
    if (!lowestCuda.isEmpty() &&
        std::all_of(cudaVersions.cbegin(), cudaVersions.cend(),
                    [](const QString &c) { return versionMajor(c) < 11; })) {
        const DriverFloor f = fullDriverFloor(kb, lowestCuda);
        QStringList refs{releaseRef(rel->torch)};
        if (!f.ref.isEmpty()) refs << f.ref;
        ctx.frameworkFindings << finding(
            QStringLiteral("framework.needs-cuda"), Severity::Info,
            Advice::tr("PyTorch %1 is built for CUDA %2 (wheels %3): it needs CUDA >= %4, that "
                       "is an NVIDIA driver >= %5.")
                .arg(rel->torch, cudaVersions.join(QStringLiteral(", ")),
                     cudaNames.join(QStringLiteral(", ")), lowestCuda,
                     f.driver.isEmpty() ? Advice::tr("(unknown)") : f.driver),
            QString(), refs, f.unverified);
    }
    // Legacy conda channel form (rule conda_pytorch_channel).
    if (!rel->hasConda) {
        QString lastConda;
        for (const PytorchRelease *r : releases)
            if (r->hasConda && (lastConda.isEmpty() || compareVersions(r->torch, lastConda) > 0))
                lastConda = r->torch;
        ctx.frameworkFindings << finding(
            QStringLiteral("framework.pip-only"), Severity::Info,
            Advice::tr("PyTorch %1 is published as pip wheels only; the conda command "
                       "(-c pytorch -c nvidia) ends with PyTorch %2.")
                .arg(rel->torch, lastConda),
            Advice::tr("Install it with pip inside a conda environment, as planned."),
            {releaseRef(rel->torch), ruleRef(QStringLiteral("conda_pytorch_channel"))});
    }

    if (ctx.gpus.isEmpty()) {
        cpuVariant();
        ctx.frameworkFindings << finding(
            QStringLiteral("framework.cpu-only"), Severity::Info,
            Advice::tr("No NVIDIA GPU: the plan installs the CPU wheel of PyTorch %1.")
                .arg(rel->torch),
            Advice::tr("You can learn on the CPU, or use a free cloud GPU (Colab, Kaggle)."),
            {releaseRef(rel->torch, QStringLiteral("cpu"))});
        return;
    }

    const QString cc = ctx.lowestCc;
    const QString gpu = gpuLabel(ctx);
    const PytorchSeries *series = kb.pytorchSeries(rel->torch);
    QList<Candidate> supported;
    QStringList excluded, excludedRefs;
    for (const PipVariant &v : variants) {
        if (v.cuda.isEmpty()) continue;
        Candidate c;
        c.v = v;
        c.cov = cc.isEmpty() ? WheelCoverage{} : wheelCoverage(kb, rel->torch, v.cuda, cc);
        c.stable = stableIn(series, v.cuda);
        c.full = fullDriverFloor(kb, v.cuda);
        c.family = familyDriverFloor(kb, v.cuda);
        if (c.cov.covers == 0) {
            excluded << v.variant;
            if (!excludedRefs.contains(c.cov.ref)) excludedRefs << c.cov.ref;
            continue;
        }
        supported << c;
    }
    // Known coverage first, then the series' stable CUDA builds, then the newest CUDA.
    std::stable_sort(supported.begin(), supported.end(),
                     [](const Candidate &a, const Candidate &b) {
                         if ((a.cov.covers == 1) != (b.cov.covers == 1)) return a.cov.covers == 1;
                         if (a.stable != b.stable) return a.stable;
                         return compareVersions(a.v.cuda, b.v.cuda) > 0;
                     });

    if (supported.isEmpty()) {
        cpuVariant();
        const PytorchRelease *older = nullptr;
        const PytorchRelease *newer = nullptr;
        const PipVariant *olderV = nullptr;
        const PipVariant *newerV = nullptr;
        WheelCoverage olderCov, newerCov;
        for (const PytorchRelease *r : releases) {
            if (r->unverified) continue;
            const int cmp = compareVersions(r->torch, rel->torch);
            if (cmp < 0 && !older) {
                if (const PipVariant *v = fittingVariant(kb, *r, cc, &olderCov)) {
                    older = r;
                    olderV = v;
                }
            } else if (cmp > 0) { // walking down: the last hit is the oldest newer fit
                WheelCoverage c;
                if (const PipVariant *v = fittingVariant(kb, *r, cc, &c)) {
                    newer = r;
                    newerV = v;
                    newerCov = c;
                }
            }
        }
        QStringList refs{releaseRef(rel->torch), ruleRef(QStringLiteral("pytorch_arch_lists"))};
        refs << excludedRefs;
        if (!older && newer) {
            refs << releaseRef(newer->torch, newerV->variant) << newerCov.ref;
            ctx.frameworkFindings << finding(
                QStringLiteral("framework.too-old-for-gpu"), Severity::Error,
                Advice::tr("No CUDA wheel of PyTorch %1 (%2) runs on the %3 (compute capability "
                           "%4).")
                    .arg(rel->torch, excluded.join(QStringLiteral(", ")), gpu, cc),
                Advice::tr("Use PyTorch %1 or newer with the %2 wheel.")
                    .arg(newer->torch, newerV->variant),
                refs, newerCov.unverified || newerCov.inferred);
            ctx.frameworkAlternatives
                << QStringLiteral("torch %1 %2").arg(newer->torch, newerV->variant);
            return;
        }
        QString res = Advice::tr("The plan installs the CPU wheel.");
        if (older) {
            res += QLatin1Char(' ') + Advice::tr("PyTorch %1 still has a %2 wheel for this GPU.")
                                          .arg(older->torch, olderV->variant);
            refs << releaseRef(older->torch, olderV->variant) << olderCov.ref;
            ctx.frameworkAlternatives
                << QStringLiteral("torch %1 %2").arg(older->torch, olderV->variant);
        } else {
            res += QLatin1Char(' ') + Advice::tr("A free cloud GPU (Colab, Kaggle) is the "
                                                 "practical way to train on a GPU.");
        }
        ctx.frameworkFindings << finding(
            QStringLiteral("framework.cpu-only"), Severity::Warning,
            Advice::tr("No CUDA wheel of PyTorch %1 runs on the %2 (compute capability %3).")
                .arg(rel->torch, gpu, cc),
            res, refs, older && (olderCov.unverified || olderCov.inferred));
        return;
    }

    if (!excluded.isEmpty())
        ctx.frameworkFindings << finding(
            QStringLiteral("framework.arch-excluded"), Severity::Info,
            Advice::tr("The %1 wheels of PyTorch %2 leave out compute capability %3 (%4).")
                .arg(excluded.join(QStringLiteral(", ")), rel->torch, cc, gpu),
            Advice::tr("The plan uses a wheel that includes it."),
            QStringList{ruleRef(QStringLiteral("pytorch_arch_lists"))} + excludedRefs);

    const Candidate *pick = nullptr;
    DriverFloor required;
    const QString drv = ctx.driverWorking ? ctx.driverVersion : QString();
    if (!drv.isEmpty()) {
        for (const Candidate &c : supported) {
            if (atLeast(drv, c.full.driver)) {
                pick = &c;
                required = c.full;
                break;
            }
            if (!c.cov.ptxOnly && atLeast(drv, c.family.driver)) {
                pick = &c;
                required = c.family;
                ctx.frameworkFindings << finding(
                    QStringLiteral("framework.minor-compat"), Severity::Info,
                    Advice::tr("Driver %1 runs the %2 wheel through CUDA %3.x minor-version "
                               "compatibility (driver >= %4); CUDA %5 itself lists driver %6.")
                        .arg(drv, c.v.variant)
                        .arg(versionMajor(c.v.cuda))
                        .arg(c.family.driver, c.v.cuda, c.full.driver),
                    Advice::tr("No driver change is needed."),
                    {c.family.ref, c.full.ref,
                     ruleRef(QStringLiteral("pytorch_wheels_bundle_"
                                            "runtime"))},
                    c.family.unverified);
                break;
            }
        }
    }
    if (!pick) {
        pick = &supported.first();
        required = pick->full.driver.isEmpty() ? pick->family : pick->full;
        if (!drv.isEmpty())
            ctx.frameworkFindings << finding(
                QStringLiteral("framework.driver-upgrade"), Severity::Warning,
                Advice::tr("The %1 wheel of PyTorch %2 needs driver %3 or newer; this machine "
                           "runs %4.")
                    .arg(pick->v.variant, rel->torch, required.driver, drv),
                Advice::tr("The driver stage plans the upgrade."), {required.ref},
                required.unverified);
    }
    ctx.wheelVariant = pick->v.variant;
    ctx.wheelCuda = pick->v.cuda;
    ctx.requiredDriver = required.driver;
    ctx.requiredDriverRef = required.ref;

    QStringList refs{releaseRef(rel->torch, pick->v.variant)};
    if (!pick->cov.ref.isEmpty()) refs << pick->cov.ref;
    QString text;
    if (pick->cov.covers == 1)
        text = Advice::tr("PyTorch %1 with the %2 wheel (CUDA %3) runs on the %4 (compute "
                          "capability %5).")
                   .arg(rel->torch, pick->v.variant, pick->v.cuda, gpu, cc);
    else
        text = Advice::tr("The data cannot tell whether the %1 wheel of PyTorch %2 runs on the "
                          "%3; the plan assumes it does.")
                   .arg(pick->v.variant, rel->torch, gpu);
    if (pick->cov.inferred && pick->cov.covers == 1)
        text += QLatin1Char(' ') + Advice::tr("(No arch list for this release in the data: "
                                              "judged from %1.)")
                                       .arg(pick->cov.ref);
    ctx.frameworkFindings << finding(
        QStringLiteral("framework.wheel"), Severity::Info, text,
        Advice::tr("The wheel brings its own CUDA runtime and cuDNN: only the driver is needed."),
        refs << ruleRef(QStringLiteral("pytorch_wheels_bundle_runtime")),
        pick->cov.unverified || pick->cov.covers != 1);

    for (const Candidate &c : supported)
        if (&c != pick)
            ctx.frameworkAlternatives << QStringLiteral("torch %1 %2").arg(rel->torch, c.v.variant);
    if (rel->hasConda)
        for (const CondaCommand &cmd : rel->conda)
            if (versionPrefix(cmd.cuda, 2) == versionPrefix(ctx.wheelCuda, 2) &&
                !cmd.cuda.isEmpty())
                ctx.frameworkAlternatives << cmd.command;
}

void decideTensorflow(AdviceContext &ctx)
{
    const Knowledge &kb = ctx.kb;
    QList<const TensorflowConfig *> configs;
    for (const TensorflowConfig &t : kb.tensorflowConfigs())
        configs << &t;
    std::stable_sort(configs.begin(), configs.end(),
                     [](const TensorflowConfig *a, const TensorflowConfig *b) {
                         return compareVersions(a->version, b->version) > 0;
                     });
    if (configs.isEmpty()) {
        ctx.frameworkFindings << finding(QStringLiteral("framework.no-data"), Severity::Error,
                                         Advice::tr("The compatibility data lists no TensorFlow "
                                                    "release."),
                                         Advice::tr("Reinstall gpu-setup or pass --knowledge."),
                                         {str("frameworks.json tensorflow")});
        return;
    }
    const QString wanted = ctx.choices.frameworkVersion.trimmed();
    const TensorflowConfig *cfg = wanted.isEmpty() ? nullptr : kb.tensorflow(wanted);
    if (!wanted.isEmpty() && !cfg)
        ctx.frameworkFindings << finding(
            QStringLiteral("framework.unknown-version"), Severity::Error,
            Advice::tr("TensorFlow %1 is not in the compatibility data.").arg(wanted),
            Advice::tr("The plan uses TensorFlow %1, the newest release in the data.")
                .arg(configs.first()->version),
            {str("frameworks.json tensorflow tested_gpu_configurations_linux")});
    if (!cfg) cfg = configs.first();
    ctx.frameworkVersion = cfg->version;
    const QString ref = QStringLiteral("frameworks.json tensorflow %1").arg(cfg->version);

    QString fitsUser;
    if (!ctx.choices.python.isEmpty())
        for (const TensorflowConfig *t : configs)
            if (pythonInRange(ctx.choices.python, t->pythonMin, t->pythonMax)) {
                fitsUser = QStringLiteral("TensorFlow %1").arg(t->version);
                break;
            }
    choosePython(ctx, cfg->pythonMin, cfg->pythonMax, ref,
                 QStringLiteral("TensorFlow %1").arg(cfg->version), fitsUser);

    if (ctx.gpus.isEmpty()) {
        ctx.frameworkFindings << finding(
            QStringLiteral("framework.cpu-only"), Severity::Info,
            Advice::tr("No NVIDIA GPU: TensorFlow %1 will run on the CPU.").arg(cfg->version),
            Advice::tr("You can learn on the CPU, or use a free cloud GPU (Colab, Kaggle)."),
            {ref});
        return;
    }
    // The GPU must be in the range of the CUDA TensorFlow was built with.
    const QString cc = ctx.lowestCc;
    const CudaRelease *cr = kb.cudaRelease(cfg->cuda);
    if (!cc.isEmpty() && cr && !cr->sassCapabilities.isEmpty()) {
        bool ok = false;
        for (const QString &e : cr->sassCapabilities) {
            const ArchMatch m = Knowledge::archCovers(e, cc);
            ok = ok || m == ArchMatch::Exact || m == ArchMatch::SameMajor;
        }
        if (!ok) {
            ctx.frameworkFindings << finding(
                QStringLiteral("framework.cpu-only"), Severity::Warning,
                Advice::tr("TensorFlow %1 is built with CUDA %2, which does not support the %3 "
                           "(compute capability %4): it will run on the CPU only.")
                    .arg(cfg->version, cfg->cuda, gpuLabel(ctx), cc),
                Advice::tr("Choose an older TensorFlow, or use a free cloud GPU."),
                {ref, QStringLiteral("cuda_driver.json releases %1").arg(cr->version),
                 ruleRef(QStringLiteral("gpu_cc_in_toolkit_range"))});
            return;
        }
    }
    const QString drv = ctx.driverWorking ? ctx.driverVersion : QString();
    DriverFloor floor;
    if (cfg->pipGpu.contains(QLatin1String("[and-cuda]"))) {
        // TF >= 2.14: CUDA and cuDNN come as pip wheels; only the driver of the CUDA major.
        floor = familyDriverFloor(kb, cfg->cuda);
        if (floor.driver.isEmpty()) floor = fullDriverFloor(kb, cfg->cuda);
        ctx.wheelVariant = QStringLiteral("and-cuda");
        ctx.wheelCuda = cfg->cuda;
        ctx.toolkitNeeded = false;
        ctx.frameworkFindings << finding(
            QStringLiteral("framework.tf-and-cuda"), Severity::Info,
            Advice::tr("TensorFlow %1 installs CUDA %2 and cuDNN %3 as pip packages "
                       "(tensorflow[and-cuda]): no system CUDA toolkit is needed, only driver "
                       ">= %4.")
                .arg(cfg->version, cfg->cuda, cfg->cudnn, floor.driver),
            QString(), {ref, floor.ref, ruleRef(QStringLiteral("tensorflow_cuda_cudnn"))},
            floor.unverified);
    } else {
        const DriverRequirement d = kb.minDriverFor(cfg->cuda);
        floor.driver = d.driver;
        floor.unverified = d.unverified;
        floor.ref = d.cudaRelease.isEmpty()
                        ? QStringLiteral("cuda_driver.json minor_version_compatibility")
                        : QStringLiteral("cuda_driver.json releases %1").arg(d.cudaRelease);
        ctx.wheelVariant.clear();
        ctx.wheelCuda = cfg->cuda;
        ctx.toolkitNeeded = true;
        ctx.toolkitNeededVersion = cfg->cuda;
        ctx.cudnnNeededVersion = cfg->cudnn;
        ctx.frameworkFindings << finding(
            QStringLiteral("framework.needs-toolkit"), Severity::Info,
            Advice::tr("TensorFlow %1 was tested with CUDA %2 and cuDNN %3 installed on the "
                       "system: the plan installs exactly those.")
                .arg(cfg->version, cfg->cuda, cfg->cudnn),
            QString(), {ref, ruleRef(QStringLiteral("tensorflow_cuda_cudnn"))});
    }
    ctx.requiredDriver = floor.driver;
    ctx.requiredDriverRef = floor.ref;
    if (!drv.isEmpty() && !floor.driver.isEmpty() && !atLeast(drv, floor.driver))
        ctx.frameworkFindings << finding(
            QStringLiteral("framework.driver-upgrade"), Severity::Warning,
            Advice::tr("TensorFlow %1 (CUDA %2) needs driver %3 or newer; this machine runs %4.")
                .arg(cfg->version, cfg->cuda, floor.driver, drv),
            Advice::tr("The driver stage plans the upgrade."), {floor.ref}, floor.unverified);
}

} // namespace

// ------------------------------------------------------------------------------ helpers
WheelCoverage wheelCoverage(const Knowledge &kb, const QString &torch, const QString &cuda,
                            const QString &cc)
{
    WheelCoverage out;
    if (cc.isEmpty() || cuda.isEmpty()) return out;
    const QString minor = versionPrefix(cuda, 2);
    const QString series = versionPrefix(torch, 2);
    auto judge = [&cc](const QStringList &archs, bool *ptxOnly) {
        int best = 0; // 0 no, 1 ptx, 2 sass
        for (const QString &e : archs) {
            const ArchMatch m = Knowledge::archCovers(e, cc);
            if (m == ArchMatch::Exact || m == ArchMatch::SameMajor)
                best = 2;
            else if (m == ArchMatch::Ptx && best == 0)
                best = 1;
        }
        *ptxOnly = best == 1;
        return best > 0;
    };
    const WheelSupport ws = kb.wheelSupports(torch, cuda, cc);
    if (ws.match != ArchMatch::Unknown) {
        out.covers = ws.ok() ? 1 : 0;
        out.ptxOnly = ws.match == ArchMatch::Ptx;
        out.unverified = ws.unverified;
        const WheelArchList *w = kb.archListFor(torch, cuda);
        out.ref = QStringLiteral("frameworks.json wheel_cuda_arch_lists %1 %2")
                      .arg(w ? w->series : series, ws.archListCuda);
        return out;
    }
    // The nearest older series with a list for the same CUDA minor.
    const WheelArchList *near = nullptr;
    QString nearSeries;
    for (const WheelArchList &w : kb.wheelArchLists()) {
        if (versionPrefix(w.cuda, 2) != minor) continue;
        for (const QString &s : w.seriesCovered)
            if (compareVersions(s, series) < 0 &&
                (nearSeries.isEmpty() || compareVersions(s, nearSeries) > 0)) {
                nearSeries = s;
                near = &w;
            }
    }
    if (near) {
        out.covers = judge(near->archs, &out.ptxOnly) ? 1 : 0;
        out.inferred = true;
        out.unverified = near->unverified;
        out.ref = QStringLiteral("frameworks.json wheel_cuda_arch_lists %1 %2")
                      .arg(near->series, near->cuda);
        return out;
    }
    // PyTorch never builds for every architecture its CUDA could: no wheel list in the data
    // goes below this floor, so the toolkit's range must not claim an older GPU for a wheel.
    QString floor;
    for (const WheelArchList &w : kb.wheelArchLists())
        for (QString a : w.archs) {
            a.remove(QStringLiteral("+PTX"));
            if (floor.isEmpty() || compareVersions(a, floor) < 0) floor = a;
        }
    if (!floor.isEmpty() && compareVersions(cc, floor) < 0) {
        out.covers = 0;
        out.inferred = true;
        out.ref =
            QStringLiteral("frameworks.json wheel_cuda_arch_lists (none below %1)").arg(floor);
        return out;
    }
    // The CUDA release's SASS range: the first release of that minor that lists one.
    for (const CudaRelease &r : kb.cudaReleases()) {
        if (r.minor != minor || r.sassCapabilities.isEmpty()) continue;
        bool ptx = false;
        out.covers = judge(r.sassCapabilities, &ptx) ? 1 : 0;
        out.inferred = true;
        out.unverified = r.unverified;
        out.ref =
            QStringLiteral("cuda_driver.json releases %1 compute_capabilities_sass").arg(r.version);
        return out;
    }
    return out;
}

DriverFloor fullDriverFloor(const Knowledge &kb, const QString &cuda)
{
    DriverFloor out;
    const QString minor = versionPrefix(cuda, 2);
    const CudaRelease *first = nullptr;
    for (const CudaRelease &r : kb.cudaReleases())
        if (r.minor == minor && !r.minDriverLinux.isEmpty() &&
            (!first || compareVersions(r.version, first->version) < 0))
            first = &r;
    if (first) {
        out.driver = first->minDriverLinux;
        out.ref = QStringLiteral("cuda_driver.json releases %1").arg(first->version);
        out.unverified = first->unverified;
        return out;
    }
    const DriverRequirement d = kb.minDriverFor(cuda);
    out.driver = d.driver;
    out.unverified = d.unverified;
    if (!d.cudaRelease.isEmpty())
        out.ref = QStringLiteral("cuda_driver.json releases %1").arg(d.cudaRelease);
    else if (!d.driver.isEmpty())
        out.ref = QStringLiteral("cuda_driver.json minor_version_compatibility %1.x")
                      .arg(versionMajor(cuda));
    return out;
}

DriverFloor familyDriverFloor(const Knowledge &kb, const QString &cuda)
{
    DriverFloor out;
    const int major = versionMajor(cuda);
    if (major < 11) return out;
    if (const CudaFamily *f = kb.family(major)) {
        out.driver = f->referenceMinDriverLinux;
        out.ref = QStringLiteral("cuda_driver.json minor_version_compatibility %1.x").arg(major);
    }
    return out;
}

static QStringList wordsAfter(const QString &command, const QString &tool)
{
    QStringList words = command.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &w : words)
        if (w.size() >= 2 && (w.startsWith(QLatin1Char('\'')) || w.startsWith(QLatin1Char('"'))) &&
            w.endsWith(w.front()))
            w = w.mid(1, w.size() - 2);
    if (words.size() < 2 || words[0] != tool || words[1] != QLatin1String("install")) return {};
    return words.mid(2);
}

QStringList pipInstallArgs(const QString &command)
{
    return wordsAfter(command, QStringLiteral("pip"));
}

QStringList condaInstallArgs(const QString &command)
{
    return wordsAfter(command, QStringLiteral("conda"));
}

QString defaultPython(const QString &min, const QString &max)
{
    QString py = QString::fromLatin1(kDefaultPythonCap);
    if (!max.isEmpty() && compareVersions(max, py) < 0) py = max;
    if (!min.isEmpty() && compareVersions(min, py) > 0) py = min;
    return py;
}

bool pythonInRange(const QString &python, const QString &min, const QString &max)
{
    const QString p = versionPrefix(python, 2).isEmpty() ? python : versionPrefix(python, 2);
    if (!min.isEmpty() && compareVersions(p, min) < 0) return false;
    if (!max.isEmpty() && compareVersions(p, max) > 0) return false;
    return true;
}

void pytorchPythonRange(const Knowledge &kb, const QString &torch, QString *min, QString *max,
                        QString *ref)
{
    min->clear();
    max->clear();
    ref->clear();
    if (const PytorchSeries *s = kb.pytorchSeries(torch)) {
        if (!s->pythonMin.isEmpty() || !s->pythonMax.isEmpty()) {
            *min = s->pythonMin;
            *max = s->pythonMax;
            *ref = QStringLiteral("frameworks.json release_compatibility_matrix %1").arg(s->series);
            return;
        }
    }
    if (const PytorchRelease *r = kb.pytorchRelease(torch)) {
        // A free-text note ("supported for Python <= 3.8"): only explicit bounds count.
        static const QRegularExpression le(QStringLiteral("<=\\s*(\\d+\\.\\d+)"));
        static const QRegularExpression ge(QStringLiteral(">=\\s*(\\d+\\.\\d+)"));
        const auto a = ge.match(r->pythonNote);
        const auto b = le.match(r->pythonNote);
        if (a.hasMatch()) *min = a.captured(1);
        if (b.hasMatch()) *max = b.captured(1);
        if (!min->isEmpty() || !max->isEmpty())
            *ref = QStringLiteral("frameworks.json pytorch %1 python_note").arg(torch);
    }
}

void decideFramework(AdviceContext &ctx)
{
    switch (ctx.choices.framework) {
    case Framework::PyTorch:
        decidePytorch(ctx);
        return;
    case Framework::TensorFlow:
        decideTensorflow(ctx);
        return;
    case Framework::None:
        break;
    }
    ctx.python = ctx.choices.python.isEmpty() ? defaultPython(QString(), QString())
                                              : versionPrefix(ctx.choices.python, 2);
}

} // namespace gpusetup
