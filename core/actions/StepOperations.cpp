#include "actions/StepOperations.h"

#include "actions/CommandOperation.h"
#include "actions/DownloadOperation.h"
#include "actions/ProfileOperation.h"

#include <QCoreApplication>
#include <QDir>

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
    if (step.kind == QLatin1String("download")) {
        QStringList urls{step.url};
        urls << ctx.mirrors;
        op = std::make_unique<DownloadOperation>(step.id, step.description, urls, step.path,
                                                 step.sha256);
    } else if (step.kind == QLatin1String("command") && !step.privileged) {
        op = std::make_unique<CommandOperation>(step.id, step.description, step.argv);
    } else if (step.kind == QLatin1String("edit") && !step.privileged &&
               step.id.endsWith(QLatin1String(".profile"))) {
        // toolkit.profile / cudnn.profile: the advisor's block, written as the plan shows it.
        const QString home = ctx.home.isEmpty() ? QDir::homePath() : ctx.home;
        op = std::make_unique<ProfileOperation>(
            step.id, step.description, QList<ProfileEdit>{{step.path, step.content.toUtf8()}},
            ProfileEditor::stateDir(home) + QStringLiteral("/backups"));
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
