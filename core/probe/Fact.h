#pragma once
// The vocabulary every probe speaks: a state and the evidence it was read from.
#include "common/Json.h"

#include <QList>
#include <QString>

namespace gpusetup {

// found: present and readable; absent: checked and not there; broken: there but failing
// (driver loaded but nvidia-smi errors, a toolkit without nvcc...); unknown: could not check.
enum class FactState { Found, Absent, Broken, Unknown };

NLOHMANN_JSON_SERIALIZE_ENUM(FactState, {{FactState::Unknown, "unknown"},
                                         {FactState::Found, "found"},
                                         {FactState::Absent, "absent"},
                                         {FactState::Broken, "broken"}})

QString factStateName(FactState s);

// Where a fact came from: a file path ("/proc/driver/nvidia/version"), a command line
// ("nvidia-smi -q -x") or another source ("NVML", "env PATH"), plus the line or value read.
struct Evidence
{
    QString source;
    QString detail;
    bool operator==(const Evidence &) const = default;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Evidence, source, detail)

using EvidenceList = QList<Evidence>;

} // namespace gpusetup
