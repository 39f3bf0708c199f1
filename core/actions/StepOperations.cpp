#include "actions/StepOperations.h"

#include "actions/CommandOperation.h"
#include "actions/CondaEnvs.h"
#include "actions/CondaInitOperation.h"
#include "actions/CondaInstallOperation.h"
#include "actions/DownloadOperation.h"
#include "actions/FileBackup.h"
#include "actions/HelperOperation.h"
#include "actions/MirrorOperation.h"
#include "actions/MokEnrollOperation.h"
#include "actions/ProfileOperation.h"
#include "actions/RunfileOperation.h"
#include "host/RealHost.h"
#include "knowledge/Knowledge.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace gpusetup {

namespace {
// Every call wraps its text in QT_TRANSLATE_NOOP so that lupdate finds it.
QString trOp(const char *s)
{
    return QCoreApplication::translate("gpusetup::StepOperations", s);
}

// The python.* steps that gain from a specialised operation (checksum before the installer,
// profile backups around conda init, Terms of Service gating, mirror edits that keep the
// rest of the file); nullptr = not one of them, the generic mapping applies.
std::unique_ptr<Operation> pythonOperation(const Step &step, const ActionContext &ctx, QString *why,
                                           bool *handled)
{
    *handled = true;
    const QStringList &a = step.argv;
    const QString home = ctx.home.isEmpty() ? QDir::homePath() : ctx.home;
    if ((step.id == QLatin1String("python.install-miniconda") ||
         step.id == QLatin1String("python.install-miniforge")) &&
        a.size() == 5 && a[0] == QLatin1String("bash") && a[2] == QLatin1String("-b") &&
        a[3] == QLatin1String("-p")) {
        // The step carries no checksum; the data's entry for the same file does (or the plan's
        // download step for that file).
        QString sha = step.sha256;
        const QString name = QFileInfo(a[1]).fileName();
        if (sha.isEmpty()) sha = ctx.sha256ByPath.value(a[1]);
        if (sha.isEmpty())
            for (const MinicondaInstaller &m : Knowledge::builtin().minicondaInstallers())
                if (m.file == name && !m.sha256.isEmpty()) sha = m.sha256;
        if (sha.isEmpty())
            for (const MiniforgeInstaller &m : Knowledge::builtin().miniforgeInstallers())
                if (m.file == name) sha = m.sha256;
        return std::make_unique<CondaInstallOperation>(step.id, a[1], a[4], sha);
    }
    if (step.id == QLatin1String("python.conda-init") && a.size() == 3 &&
        a[0].endsWith(QLatin1String("/bin/conda")) && a[1] == QLatin1String("init"))
        return std::make_unique<CondaInitOperation>(step.id, a[0].chopped(10), a[2], home);
    if (step.id == QLatin1String("python.tos-accept") && a.size() == 6 &&
        a[0].endsWith(QLatin1String("/bin/conda")) && a[1] == QLatin1String("tos")) {
        if (!ctx.acceptCondaTerms) {
            if (why)
                *why = trOp(QT_TRANSLATE_NOOP(
                    "gpusetup::StepOperations",
                    "Anaconda's Terms of Service are accepted only after you agree to "
                    "them."));
            return nullptr;
        }
        return std::make_unique<CondaTosOperation>(step.id, a[0].chopped(10), a[5], true);
    }
    if (step.id == QLatin1String("python.mirror-condarc") ||
        step.id == QLatin1String("python.mirror-pip")) {
        const bool conda = step.id == QLatin1String("python.mirror-condarc");
        std::optional<MirrorSpec> spec;
        if (conda) {
            spec = MirrorConfig::specForCondarc(step.content, Knowledge::builtin());
        } else {
            static const QRegularExpression re(QStringLiteral(R"(index-url\s*=\s*(\S+))"));
            spec = MirrorConfig::specForPipIndex(re.match(step.content).captured(1),
                                                 Knowledge::builtin());
        }
        if (!spec) {
            if (why)
                *why = trOp(QT_TRANSLATE_NOOP(
                    "gpusetup::StepOperations",
                    "The mirror in this step is not in the data; edit the file by hand."));
            return nullptr;
        }
        return std::make_unique<MirrorOperation>(step.id, home, *spec,
                                                 conda ? MirrorOperation::Files::Conda
                                                       : MirrorOperation::Files::Pip);
    }
    if (step.id == QLatin1String("python.create-env") && a.size() == 6 &&
        a[0].endsWith(QLatin1String("/bin/conda")) && a[1] == QLatin1String("create") &&
        a[2] == QLatin1String("-y") && a[3] == QLatin1String("-n") &&
        a[5].startsWith(QLatin1String("python")))
        return std::make_unique<CondaEnvCreateOperation>(
            step.id, a[0].chopped(10), a[4],
            a[5].startsWith(QLatin1String("python=")) ? a[5].mid(7) : QString());
    if (step.id == QLatin1String("python.install-framework") ||
        step.id == QLatin1String("python.install-extras"))
        if (auto pip = PipInstallOperation::fromArgv(step.id, step.description, a)) return pip;
    *handled = false;
    return nullptr;
}
} // namespace

std::unique_ptr<Operation> operationForStep(const Step &step, const ActionContext &ctx,
                                            QString *why)
{
    std::unique_ptr<Operation> op;
    bool handled = false;
    if (step.id.startsWith(QLatin1String("python.")))
        op = pythonOperation(step, ctx, why, &handled);
    if (handled) {
        if (!op) return nullptr;
    } else if (MokEnrollOperation::isMokStep(step.id)) {
        if (why) *why = HelperOperation::mokNeedsPassword();
        return nullptr;
    } else if (step.id == QLatin1String("toolkit.install") &&
               step.kind == QLatin1String("command")) {
        // sh FILE --silent --toolkit --toolkitpath=P [--no-man-page] --tmpdir=T
        RunfileSpec spec;
        spec.runfile = step.argv.value(1);
        spec.noManPage = step.argv.contains(QStringLiteral("--no-man-page"));
        for (const QString &a : step.argv) {
            if (a.startsWith(QLatin1String("--toolkitpath="))) spec.prefix = a.mid(14);
            if (a.startsWith(QLatin1String("--tmpdir="))) spec.tmpdir = a.mid(9);
        }
        spec.sha256 = ctx.sha256ByPath.value(spec.runfile);
        if (step.argv.value(0) != QLatin1String("sh") || spec.prefix.isEmpty()) {
            if (why)
                *why = trOp(QT_TRANSLATE_NOOP("gpusetup::StepOperations",
                                              "This toolkit step is not a runfile installation."));
            return nullptr;
        }
        auto r = std::make_unique<RunfileOperation>(step.id, spec, ctx);
        r->setMode(step.privileged ? RunfileOperation::Mode::Helper
                                   : RunfileOperation::Mode::Direct);
        op = std::move(r);
    } else if (step.privileged && step.kind != QLatin1String("manual") &&
               step.kind != QLatin1String("download")) {
        // Privileged steps only ever run through pkexec gpu-setup-helper VERB ARGS.
        op = HelperOperation::fromStep(step, ctx, why);
        if (!op) return nullptr;
    } else if (step.kind == QLatin1String("download")) {
        QStringList urls{step.url};
        urls << ctx.mirrors;
        op = std::make_unique<DownloadOperation>(step.id, step.description, urls, step.path,
                                                 step.sha256);
    } else if (step.kind == QLatin1String("command") && !step.privileged) {
        QStringList argv = step.argv;
        if (!argv.isEmpty() && argv.first().startsWith(QLatin1Char('/')))
            argv.first() = RealHost::onDisk(ctx.root, argv.first());
        op = std::make_unique<CommandOperation>(step.id, step.description, argv);
    } else if (step.kind == QLatin1String("edit") && !step.privileged &&
               (step.id.endsWith(QLatin1String(".profile")) ||
                step.id == QLatin1String("toolkit.move-hand-written"))) {
        // toolkit.profile / cudnn.profile: the advisor's block, into the rc file and ~/.profile
        // exactly as `gpu-setup profile apply` writes them (one writer). The plan's text must be
        // a block gpu-setup writes: nothing else can be smuggled in through a plan.
        const QString home = ctx.home.isEmpty() ? QDir::homePath() : ctx.home;
        const auto spec = parseProfileBlock(step.content.toUtf8(), profileSyntaxOf(step.path));
        if (!spec) {
            if (why)
                *why = trOp(QT_TRANSLATE_NOOP(
                    "gpusetup::StepOperations",
                    "The profile text in this step is not a gpu-setup block; edit the "
                    "file by hand."));
            return nullptr;
        }
        QList<ProfileTarget> targets{{step.path, profileSyntaxOf(step.path)}};
        const QString profile = QDir::cleanPath(home) + QStringLiteral("/.profile");
        if (QDir::cleanPath(step.path) != profile)
            targets << ProfileTarget{profile, ProfileSyntax::Posix};
        const bool move = step.id == QLatin1String("toolkit.move-hand-written");
        QList<ProfileEdit> edits;
        for (const ProfileEditor::Edit &e : ProfileEditor::editsFor(targets, *spec, move))
            edits << ProfileEdit{e.path, e.block, e.moveHandWritten};
        op = std::make_unique<ProfileOperation>(step.id, step.description, edits,
                                                FileBackup::backupDir(home));
    } else if (step.kind == QLatin1String("manual")) {
        if (why)
            *why =
                trOp(QT_TRANSLATE_NOOP("gpusetup::StepOperations",
                                       "This step is done by you; follow the instructions shown."));
        return nullptr;
    } else {
        if (why)
            *why = trOp(QT_TRANSLATE_NOOP(
                "gpusetup::StepOperations",
                "This step cannot be run from gpu-setup yet; run the command shown."));
        return nullptr;
    }
    op->setDryRun(ctx.dryRun);
    return op;
}

std::unique_ptr<Operation> mokEnrollOperation(const ActionContext &ctx, const QString &password)
{
    auto op = std::make_unique<MokEnrollOperation>(ctx, password);
    op->setDryRun(ctx.dryRun);
    return op;
}

} // namespace gpusetup
