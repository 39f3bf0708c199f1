#include "actions/StepOperations.h"

#include "actions/CommandOperation.h"
#include "actions/DownloadOperation.h"
#include "actions/HelperOperation.h"
#include "actions/RunfileOperation.h"

#include <QCoreApplication>

namespace gpusetup {

namespace {
QString trOp(const char *s)
{
    return QCoreApplication::translate("gpusetup::StepOperations", s);
}
} // namespace

std::unique_ptr<Operation> operationForStep(const Step &step, const ActionContext &ctx,
                                            QString *why)
{
    std::unique_ptr<Operation> op;
    if (step.id == QLatin1String("toolkit.install") && step.kind == QLatin1String("command")) {
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
            if (why) *why = trOp("This toolkit step is not a runfile installation.");
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
        op = std::make_unique<CommandOperation>(step.id, step.description, step.argv);
    } else if (step.kind == QLatin1String("manual")) {
        if (why) *why = trOp("This step is done by you; follow the instructions shown.");
        return nullptr;
    } else {
        if (why) *why = trOp("This step cannot be run from gpu-setup yet; run the command shown.");
        return nullptr;
    }
    op->setDryRun(ctx.dryRun);
    return op;
}

} // namespace gpusetup
