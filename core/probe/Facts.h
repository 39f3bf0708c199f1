#pragma once
// Everything the probes found about one machine: the input of advice and of the report.
#include "probe/CondaProbe.h"
#include "probe/CudaProbe.h"
#include "probe/CudnnProbe.h"
#include "probe/DiskProbe.h"
#include "probe/DriverProbe.h"
#include "probe/GpuProbe.h"
#include "probe/MachineProbe.h"
#include "probe/OsProbe.h"
#include "probe/SecureBootProbe.h"
#include "probe/ShellProbe.h"

namespace gpusetup {

struct Facts
{
    int schema = 1;
    MachineFacts machine;
    OsFacts os;
    GpuFacts gpus;
    BootFacts boot;
    DriverFacts driver;
    CudaFacts cuda;
    CudnnFacts cudnn;
    CondaFacts conda;
    ShellFacts shell;
    DiskFacts disk;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Facts, schema, machine, os, gpus, boot, driver, cuda, cudnn,
                                   conda, shell, disk)

struct ProbeOptions
{
    int commandTimeoutMs = Host::kDefaultTimeoutMs;
};

// Runs every probe against the host, independent probes concurrently (the slow ones wait on
// commands: conda is a Python program, nvidia-smi can hang). Never throws; a probe that
// cannot check says unknown.
Facts probeAll(const Host &host, const ProbeOptions &options = {});

// The human text of `gpu-setup doctor`: a summary, then a section per probe with each fact,
// its state and its evidence.
QString doctorText(const Facts &facts, bool withEvidence = true);

// A few plain sentences that put the sections together ("No NVIDIA GPU ...", "CUDA 12.4 ...").
QStringList doctorSummary(const Facts &facts);

// 0 when nothing is broken, 1 when a probe found a problem (DESIGN.md CLI exit codes).
int doctorExitCode(const Facts &facts);

} // namespace gpusetup
