#pragma once
// Turns the advisor's Steps into Operations the CLI and the wizard run. Steps with no
// operation (kind "manual": reboot, MOK enrolment, accepting a licence) are shown to the
// user as instructions and return nullptr here.
#include "actions/Operation.h"
#include "advice/Plan.h"

#include <QMap>

#include <memory>

namespace gpusetup {

struct ActionContext
{
    bool dryRun = false;
    QString home;        // the user's home (profiles, .condarc); a temp HOME in tests
    QStringList mirrors; // extra download URLs tried after a step's own, in order
    // Privileged steps: pkexec <helperPath> VERB ARGS (see app/helper).
    QString pkexec = QStringLiteral("pkexec");
    QString helperPath = QStringLiteral("/usr/libexec/gpu-setup/gpu-setup-helper");
    // python.tos-accept runs only when the user agreed to Anaconda's Terms of Service.
    bool acceptCondaTerms = false;
    // Expected SHA-256 by file path, from the plan's download steps: the runfile's checksum is
    // re-checked before it runs (by the helper as root when privileged).
    QMap<QString, QString> sha256ByPath;
    // The machine's root on disk: "/", or a simulated machine's folder (RealHost::root()). An
    // unprivileged command whose program is a machine path (toolkit.verify's nvcc) runs there.
    QString root = QStringLiteral("/");
    // Tests only: the scratch "/" the test build of the helper works in, so an operation finds
    // what it installed there. The product never sets it; no environment variable reaches it.
    QString helperTestRoot;
};

// nullptr + *why (one sentence) when the step is manual or cannot be automated. The MOK
// step ("driver.enroll-mok", also the older "driver.mok-import") needs the password the user
// chooses: it is refused here with a sentence saying so; run mokEnrollOperation() instead.
std::unique_ptr<Operation> operationForStep(const Step &step, const ActionContext &ctx,
                                            QString *why = nullptr);

// The MOK step with the one-time password the user chose (a MokEnrollOperation: pkexec
// gpu-setup-helper enroll-mok, the password on the helper's stdin only).
std::unique_ptr<Operation> mokEnrollOperation(const ActionContext &ctx, const QString &password);

} // namespace gpusetup
