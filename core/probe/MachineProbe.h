#pragma once
// Who and where: kept so that the report can redact them consistently.
#include "host/Host.h"
#include "probe/Fact.h"

namespace gpusetup {

struct MachineFacts
{
    FactState state = FactState::Unknown;
    QString hostName;
    QString user;
    QString home;
    bool snapshot = false;
    EvidenceList evidence;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(MachineFacts, state, hostName, user, home, snapshot, evidence)

MachineFacts probeMachine(const Host &host);
QStringList describeMachine(const MachineFacts &f);

} // namespace gpusetup
