// Scaffolding while this stage is being written in its own branch; deleted when it lands.
#include "advice/AdviceContext.h"

namespace gpusetup {
StagePlan adviseToolkit(AdviceContext &ctx)
{
    (void)ctx;
    return {};
}
} // namespace gpusetup
