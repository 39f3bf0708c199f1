// The cuDNN stage: like the toolkit, not needed for pip wheels. When planned it keeps a cuDNN
// that matches the toolkit's CUDA major, else picks NVIDIA's newest archive for that major (and
// for the GPU: cuDNN >= 9.17 dropped Maxwell/Pascal/Volta) and unpacks it, into the toolkit
// when the student owns it, else into ~/.local so that no root is needed.
#include "advice/ToolkitAdvice.h"

#include "common/Version.h"

#include <algorithm>

namespace gpusetup {

namespace {

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

QString ruleRef(const QString &id)
{
    return QStringLiteral("rules.json %1").arg(id);
}

QString archiveRef(const CudnnArchive &a)
{
    return QStringLiteral("cudnn.json archives %1 cuda%2 %3")
        .arg(a.cudnn, a.cudaVariant, a.platform);
}

QString platformOf(const AdviceContext &ctx)
{
    const QString arch = ctx.facts.os.architecture;
    return arch == QLatin1String("aarch64") || arch == QLatin1String("arm64")
               ? QStringLiteral("linux-sbsa")
               : QStringLiteral("linux-x86_64");
}

// Pre-8.5 archives are per CUDA minor ("11.2"): usable with that minor or a newer one of the
// same major. Later ones name only the major ("12") and work with every minor of it.
bool variantFits(const CudnnArchive &a, int tkMajor, const QString &tkMinor)
{
    if (a.cudaMajor() != tkMajor) return false;
    if (!a.cudaVariant.contains(QLatin1Char('.')) || tkMinor.isEmpty()) return true;
    return compareVersions(a.cudaVariant, tkMinor) <= 0;
}

bool lineAllowed(const QString &cudnn, const QString &maxCudnn)
{
    return maxCudnn.isEmpty() ||
           compareVersions(versionPrefix(cudnn, 2), versionPrefix(maxCudnn, 2)) <= 0;
}

QList<const CudnnArchive *> candidates(const AdviceContext &ctx, int tkMajor,
                                       const QString &tkMinor, const QString &need,
                                       const QString &maxCudnn)
{
    QList<const CudnnArchive *> out;
    const QString platform = platformOf(ctx);
    for (const CudnnArchive &a : ctx.kb.cudnnArchives()) {
        if (a.platform != platform || a.sha256.isEmpty() || a.url.isEmpty()) continue;
        if (!variantFits(a, tkMajor, tkMinor)) continue;
        if (!need.isEmpty() && !versionHasPrefix(a.cudnn, need)) continue;
        if (!lineAllowed(a.cudnn, maxCudnn)) continue;
        out << &a;
    }
    // Newest cuDNN first; for the same cuDNN the variant closest to the toolkit (highest).
    std::sort(out.begin(), out.end(), [](const CudnnArchive *a, const CudnnArchive *b) {
        const int c = compareVersions(a->cudnn, b->cudnn);
        if (c != 0) return c > 0;
        return compareVersions(a->cudaVariant, b->cudaVariant) > 0;
    });
    return out;
}

bool installBroken(const CudnnInstall &i)
{
    return i.state == FactState::Broken ||
           (!i.headerPath.isEmpty() && i.libMajor >= 0 && !i.libMatchesHeader);
}

// The CUDA major an install was built for: said by a package / wheel, else the toolkit it
// was copied into.
int builtFor(const CudnnInstall &i)
{
    return i.cudaMajor >= 0 ? i.cudaMajor : i.toolkitMajor;
}

} // namespace

StagePlan adviseCudnn(AdviceContext &ctx)
{
    StagePlan plan;
    plan.id = StageId::Cudnn;
    const CudnnFacts &cf = ctx.facts.cudnn;
    const bool needed = ctx.toolkitNeeded && !ctx.cudnnNeededVersion.isEmpty();
    const QString need = ctx.cudnnNeededVersion;

    QString tkVersion = ctx.toolkitVersion;
    int tkMajor = versionMajor(tkVersion);
    const CudnnCcConstraint cc =
        ctx.lowestCc.isEmpty() ? CudnnCcConstraint() : ctx.kb.cudnnConstraintFor(ctx.lowestCc);

    // ---- what is installed, whatever the plan
    for (const CudnnInstall &i : cf.installs) {
        if (installBroken(i)) {
            QString why = i.problems.join(QLatin1Char(' '));
            if (why.isEmpty())
                why = i.libMajor < 0
                          ? Advice::tr("the header is there but not the library.")
                          : Advice::tr("the header says %1 but the library is libcudnn.so.%2.")
                                .arg(i.version)
                                .arg(i.libMajor);
            plan.findings << finding(
                QStringLiteral("cudnn.broken"), Severity::Warning,
                Advice::tr("The cuDNN in %1 is inconsistent: %2").arg(i.location, why),
                Advice::tr("Remove the stale cuDNN files (header and libcudnn*) from %1 and "
                           "install one cuDNN matching your CUDA.")
                    .arg(i.location));
            continue;
        }
        if (tkMajor >= 0 && i.cudaMajor >= 0 && i.cudaMajor != tkMajor)
            plan.findings << finding(
                QStringLiteral("cudnn.wrong-cuda-major"), Severity::Warning,
                Advice::tr("cuDNN %1 in %2 was built for CUDA %3, but the toolkit is CUDA %4: "
                           "programs built against it will not load it.")
                    .arg(i.version, i.location)
                    .arg(i.cudaMajor)
                    .arg(tkVersion),
                Advice::tr("Install a cuDNN built for CUDA %1 (cuda%1 archive) and remove the "
                           "other one from the library path.")
                    .arg(tkMajor),
                {ruleRef(QStringLiteral("cudnn_cuda_major"))});
    }

    if (ctx.choices.cudnn == Want::No) {
        plan.status = StageStatus::Skipped;
        plan.summary = Advice::tr("You chose not to install cuDNN.");
        if (needed)
            plan.findings << finding(
                QStringLiteral("cudnn.needed-but-skipped"), Severity::Warning,
                Advice::tr("TensorFlow %1 needs cuDNN %2 next to CUDA %3.")
                    .arg(ctx.frameworkVersion, need, ctx.toolkitNeededVersion),
                Advice::tr("Install cuDNN %1, or choose TensorFlow 2.14 or newer.").arg(need),
                {ruleRef(QStringLiteral("tensorflow_cuda_cudnn"))});
        return plan;
    }
    if (ctx.choices.cudnn == Want::Auto && !needed) {
        plan.status = StageStatus::Optional;
        plan.summary = Advice::tr("Not needed: the framework's pip packages include cuDNN.");
        plan.findings.prepend(finding(
            QStringLiteral("cudnn.not-needed"), Severity::Info,
            ctx.choices.framework == Framework::None
                ? Advice::tr("No framework chosen: cuDNN is only needed to build deep-learning "
                             "code against it yourself.")
                : Advice::tr("You do not need to install cuDNN: the framework's pip packages "
                             "bring their own cuDNN."),
            Advice::tr("Install cuDNN only to compile code that uses it."),
            {ruleRef(QStringLiteral("pytorch_wheels_bundle_runtime"))}));
        return plan;
    }

    // ---- planned: the CUDA it is for
    bool toolkitKnown = tkMajor >= 0;
    if (!toolkitKnown && !ctx.wheelCuda.isEmpty()) {
        tkVersion = ctx.wheelCuda;
        tkMajor = versionMajor(tkVersion);
    }
    if (tkMajor < 0) {
        plan.status = StageStatus::Blocked;
        plan.summary = Advice::tr("cuDNN needs a CUDA toolkit first.");
        plan.findings << finding(
            QStringLiteral("cudnn.no-toolkit"), Severity::Error,
            Advice::tr("cuDNN is built for one CUDA major version, and no CUDA toolkit is "
                       "installed or planned."),
            Advice::tr("Choose to install the CUDA toolkit too."),
            {ruleRef(QStringLiteral("cudnn_cuda_major"))});
        return plan;
    }
    const QString tkMinor = versionPrefix(tkVersion, 2);

    if (!cc.maxCudnn.isEmpty() && !ctx.lowestCc.isEmpty()) {
        plan.findings << finding(
            QStringLiteral("cudnn.gpu-limits-version"), Severity::Info,
            Advice::tr("cuDNN %1.x is the last line for compute capability %2: the cuDNN %3 "
                       "support matrix no longer lists it.")
                .arg(versionPrefix(cc.maxCudnn, 2), ctx.lowestCc, cc.firstWithout),
            QString(),
            {ruleRef(QStringLiteral("cudnn_cuda_major")),
             QStringLiteral("cudnn.json support_matrix %1").arg(cc.firstWithout)});
    } else if (!cc.supported) {
        plan.findings << finding(QStringLiteral("cudnn.gpu-not-listed"), Severity::Warning,
                                 Advice::tr("No cuDNN support matrix in the data lists compute "
                                            "capability %1.")
                                     .arg(ctx.lowestCc),
                                 Advice::tr("cuDNN may not run on this GPU."),
                                 {ruleRef(QStringLiteral("cudnn_cuda_major"))});
    }

    // ---- an install that already fits
    for (const CudnnInstall &i : cf.installs) {
        if (i.state != FactState::Found || installBroken(i) || i.version.isEmpty()) continue;
        if (builtFor(i) != tkMajor) continue;
        if (!need.isEmpty() && !versionHasPrefix(i.version, need)) continue;
        if (!lineAllowed(i.version, cc.maxCudnn)) continue;
        plan.status = StageStatus::Done;
        plan.summary = Advice::tr("cuDNN %1 for CUDA %2 is installed in %3.")
                           .arg(i.version)
                           .arg(tkMajor)
                           .arg(i.location);
        plan.chosen.insert(QStringLiteral("cudnn"), i.version);
        plan.chosen.insert(QStringLiteral("variant"), QStringLiteral("cuda%1").arg(tkMajor));
        plan.chosen.insert(QStringLiteral("location"), i.location);
        plan.chosen.insert(QStringLiteral("source"), QStringLiteral("existing"));
        plan.findings << finding(
            QStringLiteral("cudnn.existing-fits"), Severity::Info,
            Advice::tr("cuDNN %1 in %2 matches CUDA %3.").arg(i.version, i.location, tkVersion),
            QString(), {ruleRef(QStringLiteral("cudnn_cuda_major"))});
        return plan;
    }

    // ---- pick an archive
    QList<const CudnnArchive *> cands = candidates(ctx, tkMajor, tkMinor, need, cc.maxCudnn);
    const CudnnArchive *pick = nullptr;
    if (!ctx.choices.cudnnVersion.isEmpty()) // the user's pick among the candidates
        for (const CudnnArchive *c : cands)
            if (c->cudnn == ctx.choices.cudnnVersion) {
                pick = c;
                break;
            }
    if (!pick && need.isEmpty())
        if (const CudnnArchive *n = ctx.kb.newestCudnn(tkMajor, platformOf(ctx),
                                                       cc.supported ? ctx.lowestCc : QString()))
            if (!n->sha256.isEmpty() && variantFits(*n, tkMajor, tkMinor)) pick = n;
    if (!pick && !cands.isEmpty()) pick = cands.first();
    if (!pick) {
        plan.status = StageStatus::Blocked;
        plan.summary = Advice::tr("No cuDNN archive in the data fits CUDA %1.").arg(tkVersion);
        plan.findings << finding(
            QStringLiteral("cudnn.no-archive"), Severity::Error,
            need.isEmpty()
                ? Advice::tr("The data has no cuDNN archive with a checksum for CUDA %1 on this "
                             "GPU.")
                      .arg(tkVersion)
                : Advice::tr("The data has no cuDNN %1 archive with a checksum for CUDA %2.")
                      .arg(need, tkVersion),
            Advice::tr("Choose another CUDA version."),
            {ruleRef(QStringLiteral("cudnn_cuda_major"))});
        return plan;
    }
    const CudnnArchive &a = *pick;
    plan.chosen.insert(QStringLiteral("cudnn"), a.cudnn);
    plan.chosen.insert(QStringLiteral("variant"), QStringLiteral("cuda%1").arg(a.cudaVariant));
    plan.chosen.insert(QStringLiteral("source"), QStringLiteral("archive"));
    for (const CudnnArchive *c : cands)
        if (c->cudnn != a.cudnn && !plan.alternatives.contains(c->cudnn) &&
            plan.alternatives.size() < 12)
            plan.alternatives << c->cudnn;

    // ---- where it goes: into the toolkit when the student owns it, else ~/.local (no root)
    const QString home = adviceHome(ctx);
    const bool tgz = a.file.endsWith(QLatin1String(".tgz"));
    const QString libDir = tgz ? QStringLiteral("lib64") : QStringLiteral("lib");
    const bool intoToolkit =
        toolkitKnown && !ctx.toolkitRoot.isEmpty() && isUnderHome(ctx, ctx.toolkitRoot);
    const QString file = home + QStringLiteral("/Downloads/") + a.file;
    const QString dir =
        intoToolkit
            ? home + QStringLiteral("/Downloads/cudnn-%1-cuda%2").arg(a.cudnn, a.cudaVariant)
            : home + QStringLiteral("/.local/cudnn-%1").arg(a.cudnn);
    plan.chosen.insert(QStringLiteral("location"), intoToolkit ? ctx.toolkitRoot : dir);

    Step dl;
    dl.id = QStringLiteral("cudnn.download");
    dl.kind = QStringLiteral("download");
    dl.url = a.url;
    dl.sha256 = a.sha256;
    dl.sizeBytes = a.sizeBytes;
    dl.path = file;
    dl.description = Advice::tr("Download cuDNN %1 for CUDA %2").arg(a.cudnn, a.cudaVariant);
    Step mk;
    mk.id = QStringLiteral("cudnn.make-dir");
    mk.kind = QStringLiteral("command");
    mk.argv = {QStringLiteral("mkdir"), QStringLiteral("-p"), dir};
    mk.description = Advice::tr("Create %1").arg(dir);
    Step x;
    x.id = QStringLiteral("cudnn.extract");
    x.kind = QStringLiteral("command");
    // The archive holds one top folder (cuda/ or cudnn-linux-...-archive/): strip it.
    x.argv = {QStringLiteral("tar"),
              tgz ? QStringLiteral("-xzf") : QStringLiteral("-xJf"),
              file,
              QStringLiteral("-C"),
              dir,
              QStringLiteral("--strip-components=1")};
    x.description = Advice::tr("Unpack cuDNN into %1").arg(dir);
    plan.steps << dl << mk << x;

    QString includeDir;
    if (intoToolkit) {
        const QString prefix = ctx.toolkitRoot;
        const bool priv = !isUnderHome(ctx, prefix);
        Step ci;
        ci.id = QStringLiteral("cudnn.copy-headers");
        ci.kind = QStringLiteral("command");
        ci.argv = {QStringLiteral("cp"), QStringLiteral("-a"), dir + QStringLiteral("/include/."),
                   prefix + QStringLiteral("/include/")};
        ci.privileged = priv;
        ci.description = Advice::tr("Copy the cuDNN headers into %1/include").arg(prefix);
        Step cl;
        cl.id = QStringLiteral("cudnn.copy-libraries");
        cl.kind = QStringLiteral("command");
        cl.argv = {QStringLiteral("cp"), QStringLiteral("-a"),
                   dir + QLatin1Char('/') + libDir + QStringLiteral("/."),
                   prefix + QStringLiteral("/lib64/")};
        cl.privileged = priv;
        cl.description = Advice::tr("Copy the cuDNN libraries into %1/lib64").arg(prefix);
        plan.steps << ci << cl;
        includeDir = prefix + QStringLiteral("/include");
    } else {
        Step ed;
        ed.id = QStringLiteral("cudnn.profile");
        ed.kind = QStringLiteral("edit");
        ed.path = shellProfilePath(ctx);
        ed.content = gpuSetupProfileBlock(ctx.facts.shell.shellKind,
                                          ctx.toolkitPlanned ? ctx.toolkitRoot : QString(),
                                          {dir + QLatin1Char('/') + libDir});
        ed.description = Advice::tr("Add %1/%2 to LD_LIBRARY_PATH (gpu-setup block in %3)")
                             .arg(dir, libDir, ed.path);
        plan.steps << ed;
        includeDir = dir + QStringLiteral("/include");
    }
    Step v;
    v.id = QStringLiteral("cudnn.verify");
    v.kind = QStringLiteral("command");
    // cuDNN 8+ keeps its version in cudnn_version.h, 7.x in cudnn.h.
    v.argv = {QStringLiteral("grep"), QStringLiteral("-E"),
              QStringLiteral("^#define CUDNN_(MAJOR|MINOR|PATCHLEVEL) "),
              includeDir + (versionMajor(a.cudnn) >= 8 ? QStringLiteral("/cudnn_version.h")
                                                       : QStringLiteral("/cudnn.h"))};
    v.description = Advice::tr("Read the installed cuDNN version from its header");
    plan.steps << v;

    QStringList refs{archiveRef(a), ruleRef(QStringLiteral("cudnn_cuda_major"))};
    if (!need.isEmpty())
        refs << QStringLiteral("frameworks.json tensorflow %1").arg(ctx.frameworkVersion);
    plan.findings << finding(
        QStringLiteral("cudnn.install"), Severity::Info,
        intoToolkit ? Advice::tr("cuDNN %1 (built for CUDA %2) will be copied into the toolkit "
                                 "in %3.")
                          .arg(a.cudnn, a.cudaVariant, ctx.toolkitRoot)
                    : Advice::tr("cuDNN %1 (built for CUDA %2) will be kept in %3, which needs "
                                 "no root; LD_LIBRARY_PATH will point there.")
                          .arg(a.cudnn, a.cudaVariant, dir),
        QString(), refs);
    if (!toolkitKnown)
        plan.findings << finding(
            QStringLiteral("cudnn.for-wheel-cuda"), Severity::Info,
            Advice::tr("No CUDA toolkit is planned; this cuDNN is for CUDA %1, the CUDA of your "
                       "PyTorch wheel.")
                .arg(tkVersion));
    plan.status = StageStatus::NeedsAction;
    plan.summary = Advice::tr("Install cuDNN %1 for CUDA %2.").arg(a.cudnn, a.cudaVariant);
    return plan;
}

} // namespace gpusetup
