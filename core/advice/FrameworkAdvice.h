#pragma once
// Helpers shared by decideFramework, advisePythonEnv and their tests: does a PyTorch wheel
// cover a GPU, which driver a wheel's CUDA needs, and how a data command becomes an argv.
#include "advice/AdviceContext.h"

namespace gpusetup {

// Newest Python the plan picks by default. Framework ranges reach 3.14/3.15, but the libraries
// a course uses next to the framework (opencv-python, older TensorFlow/JAX pins, course
// requirements.txt files) publish wheels for a new Python months later; 3.12 is the newest
// one every framework release from 2024 on supports, so it is the safe default.
inline constexpr const char *kDefaultPythonCap = "3.12";

struct WheelCoverage
{
    int covers = -1;       // 1: the wheel runs on the capability, 0: it does not, -1: unknown
    bool ptxOnly = false;  // only through PTX JIT (needs a driver at least as new as the wheel)
    bool inferred = false; // no arch list for this series: judged from a neighbour / CUDA range
    bool unverified = false;
    QString ref; // the knowledge row used
};

// 1) the arch list of this series and CUDA minor; 2) the nearest OLDER series' list for the
// same CUDA minor (lists only lose architectures over time, rule pytorch_arch_lists); 3) the
// CUDA release's SASS range (a wheel cannot hold code its toolkit cannot build).
WheelCoverage wheelCoverage(const Knowledge &kb, const QString &torch, const QString &cuda,
                            const QString &cc);

struct DriverFloor
{
    QString driver; // "" when the data has none
    QString ref;
    bool unverified = false;
};
// Full support: the Table 3 driver of the first release of the CUDA minor listing one (the GA).
DriverFloor fullDriverFloor(const Knowledge &kb, const QString &cuda);
// Minor-version compatibility: the family minimum of the CUDA major; "" before CUDA 11.
DriverFloor familyDriverFloor(const Knowledge &kb, const QString &cuda);

// "pip install 'tensorflow[and-cuda]==2.21.0'" -> {"tensorflow[and-cuda]==2.21.0"}: the
// words after "pip install" (quotes removed); empty when the command is not a pip install.
QStringList pipInstallArgs(const QString &command);
// "conda install pytorch==1.0.1 ... -c pytorch" -> the words after "conda install".
QStringList condaInstallArgs(const QString &command);

// The default Python inside [min, max] ("" = open), capped at kDefaultPythonCap.
QString defaultPython(const QString &min, const QString &max);
// Is python ("3.8" or "3.8.10") inside [min, max]? True when the range is unknown.
bool pythonInRange(const QString &python, const QString &min, const QString &max);
// The Python range the data gives for a PyTorch release (matrix row, else the release note).
void pytorchPythonRange(const Knowledge &kb, const QString &torch, QString *min, QString *max,
                        QString *ref);

} // namespace gpusetup
