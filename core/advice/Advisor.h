#pragma once
// The advisor: pure functions from (Facts, Knowledge, Choices) to a Plan. No I/O, no clock,
// no environment: the same inputs always give the same plan, which is what the table tests
// and the golden plans rely on.
#include "advice/Plan.h"
#include "probe/Facts.h"

namespace gpusetup {

class Knowledge;

Plan advise(const Facts &facts, const Knowledge &knowledge, const Choices &choices);

// The human text of `gpu-setup plan`: per stage its status, findings with resolutions, and
// the exact commands / downloads / edits that would run.
QString planText(const Plan &plan);

// 0 when every stage is done, optional or skipped; 1 when something needs action or is blocked.
int planExitCode(const Plan &plan);

QString stageName(StageId id);          // translated: "GPU", "NVIDIA driver", ...
QString stageStatusName(StageStatus s); // translated: "done", "needs action", ...

} // namespace gpusetup
