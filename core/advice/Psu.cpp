#include "advice/Psu.h"

#include <algorithm>

namespace gpusetup {

namespace {
int roundUpTo(int value, int step)
{
    return (value + step - 1) / step * step;
}
} // namespace

PsuAdvice recommendPsu(int gpuBoardPowerW, int cpuPowerW, int currentPsuW)
{
    PsuAdvice a;
    a.gpuW = std::max(0, gpuBoardPowerW);
    a.cpuW = cpuPowerW > 0 ? cpuPowerW : kDefaultCpuPowerW;
    a.restW = kRestOfSystemW;
    a.loadW = a.gpuW + a.cpuW + a.restW;
    // Fixed headroom over the full load: GPUs draw short spikes well above their board power,
    // and a unit loses capacity as it ages. Gives the tutorial's 600 W for a GTX 1070.
    a.recommendedW = roundUpTo(a.loadW + kHeadroomW, 50);
    a.minimumW = roundUpTo(a.loadW * 12 / 10, 50);
    a.currentW = std::max(0, currentPsuW);
    a.currentEnough = a.currentW > 0 && a.currentW >= a.recommendedW;
    a.auxConnectors8Pin = a.gpuW > 75 ? (a.gpuW - 75 + 149) / 150 : 0;
    return a;
}

} // namespace gpusetup
