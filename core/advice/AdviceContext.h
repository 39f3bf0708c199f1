#pragma once
// What every stage of the advisor reads: the inputs, the facts boiled down to what decisions
// need, and the decisions earlier stages made for later ones (the framework's wheel fixes the
// driver floor; the toolkit fixes the cuDNN variant). Internal to core/advice.
#include "advice/Plan.h"
#include "knowledge/Knowledge.h"
#include "probe/Facts.h"

#include <QCoreApplication>

namespace gpusetup {

// One NVIDIA GPU as the advice sees it: the merged identity (GpuCatalog::identify) decided
// again with the knowledge given to advise(), so a --knowledge override with newer data counts.
struct NvidiaGpu
{
    QString name;
    QString slot;
    QString pciId;             // "10de:2231"; "" when the bus does not show it (WSL)
    QString architecture;      // "" when unknown
    QString computeCapability; // "8.6"; "" when unknown
    int memoryGb = -1;
    int boardPowerW = -1;
    bool boardPowerVerified = false;
    bool laptop = false;          // a laptop part
    bool olderThanKepler = false; // Fermi or older (chip code)
    QString chip;
    QString segment; // the gpus.json row's "consumer" / "datacenter"; "" without a row
    bool unverified = false;
    QStringList refs; // the knowledge rows that identified it
};

struct AdviceContext
{
    AdviceContext(const Facts &f, const Knowledge &k, const Choices &c);

    const Facts &facts;
    const Knowledge &kb;
    const Choices &choices;

    // --- the machine, boiled down ---
    QList<NvidiaGpu> gpus; // from the PCI bus, else (WSL) from the driver
    QString lowestCc;      // the GPU that limits every choice ("6.1"); "" when unknown/none
    bool wsl = false;
    QString family;     // "ubuntu", "debian", "other"
    QString ubuntuBase; // "22.04" for Ubuntu and derivatives
    bool driverWorking = false;
    QString driverVersion; // the running driver when it works, else ""

    // --- decisions, in the order the stages make them ---
    // Framework (decided first, it sets the driver floor):
    QString frameworkVersion;     // "2.9.1", "2.15.0"; "" for none
    QString wheelVariant;         // "cu126"; "" when not a CUDA wheel
    QString wheelCuda;            // "12.6"
    QString python;               // "3.12"
    QString requiredDriver;       // the lowest driver the wheel / toolkit needs ("525.60.13")
    QString requiredDriverRef;    // the knowledge row that says so
    bool toolkitNeeded = false;   // the framework itself needs a system toolkit (TF <= 2.13)
    QString toolkitNeededVersion; // that toolkit ("11.2")
    QString cudnnNeededVersion;   // and that cuDNN ("8.1")
    // What decideFramework found (it has no stage of its own): the python-env stage reports
    // these findings and offers these alternatives (other wheels, an older release).
    QList<Finding> frameworkFindings;
    QStringList frameworkAlternatives;
    // Toolkit (decided by the toolkit stage, read by cuDNN):
    QString toolkitVersion;      // chosen or existing, "12.4.1"
    QString toolkitRoot;         // "/usr/local/cuda-12.4"
    bool toolkitPlanned = false; // the plan installs or keeps one
};

// Translation context shared by every advisor text: Advice::tr("...").
class Advice
{
    Q_DECLARE_TR_FUNCTIONS(gpusetup::Advice)
};

void decideFramework(AdviceContext &ctx);
StagePlan adviseGpu(AdviceContext &ctx);
StagePlan adviseDriver(AdviceContext &ctx);
StagePlan adviseToolkit(AdviceContext &ctx);
StagePlan adviseCudnn(AdviceContext &ctx);
StagePlan advisePythonEnv(AdviceContext &ctx);

} // namespace gpusetup
