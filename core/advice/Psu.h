#pragma once
// Power supply sizing for fitting a GPU into a desktop: the tutorial's "GTX 1070 (150 W) in a
// box with a 400 W unit -> get a 600 W unit". Pure arithmetic, kept apart so the wizard's
// calculator and the advisor give the same answer.
#include <QString>

namespace gpusetup {

struct PsuAdvice
{
    int gpuW = 0;
    int cpuW = 0;
    int restW = 0;        // board, memory, drives, fans
    int loadW = 0;        // the whole machine at full load
    int minimumW = 0;     // below this it will shut down under load
    int recommendedW = 0; // full load plus kHeadroomW, rounded up to 50 W
    int currentW = 0;     // 0 when unknown
    bool currentEnough = false;
    int auxConnectors8Pin = 0; // 8-pin PCIe plugs worth of power beyond the slot's 75 W
};

constexpr int kDefaultCpuPowerW = 95; // a typical desktop CPU's package power
constexpr int kRestOfSystemW = 100;
constexpr int kHeadroomW = 250;

PsuAdvice recommendPsu(int gpuBoardPowerW, int cpuPowerW = kDefaultCpuPowerW, int currentPsuW = 0);

} // namespace gpusetup
