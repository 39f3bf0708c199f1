// Scaffolding while this stage is being written in its own branch; deleted when it lands.
#include "advice/AdviceContext.h"

namespace gpusetup {
void decideFramework(AdviceContext &ctx)
{
    (void)ctx;
    
}
} // namespace gpusetup
