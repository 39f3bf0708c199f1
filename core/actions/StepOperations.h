#pragma once
// Turns the advisor's Steps into Operations the CLI and the wizard run. Steps with no
// operation (kind "manual": reboot, MOK enrolment, accepting a licence) are shown to the
// user as instructions and return nullptr here.
#include "actions/Operation.h"
#include "advice/Plan.h"

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
};

// nullptr + *why (one sentence) when the step is manual or cannot be automated.
std::unique_ptr<Operation> operationForStep(const Step &step, const ActionContext &ctx,
                                            QString *why = nullptr);

} // namespace gpusetup
