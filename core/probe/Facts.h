#pragma once
// Everything the probes found about one machine: the input of advice and of the report.
#include "probe/MachineProbe.h"

namespace gpusetup {

struct Facts
{
    int schema = 1;
    MachineFacts machine;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Facts, schema, machine)

struct ProbeOptions
{
    int commandTimeoutMs = Host::kDefaultTimeoutMs;
};

// Runs every probe against the host. Never throws; a probe that cannot check says unknown.
Facts probeAll(const Host &host, const ProbeOptions &options = {});

// The human text of `gpu-setup doctor`: a section per probe, each fact with state and evidence.
QString doctorText(const Facts &facts, bool withEvidence = true);

// 0 when nothing is broken, 1 when a probe found a problem (DESIGN.md CLI exit codes).
int doctorExitCode(const Facts &facts);

} // namespace gpusetup
