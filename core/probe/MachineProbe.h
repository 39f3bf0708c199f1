#pragma once
// Who and where (kept so that the report can redact them consistently), and what kind of
// computer it is: a laptop or a desktop decides whether a power-supply upgrade makes sense and
// what an integrated GPU next to the NVIDIA one means. Read from DMI and the batteries, never
// guessed from the GPUs.
#include "host/Host.h"
#include "probe/Fact.h"

namespace gpusetup {

enum class FormFactor {
    Unknown, // no DMI chassis type that says, and no battery (virtual machines, containers)
    Laptop,  // a portable chassis type, or a system battery
    Desktop, // a desktop chassis type and no battery
    Server   // a server / rack / blade chassis
};
NLOHMANN_JSON_SERIALIZE_ENUM(FormFactor, {{FormFactor::Unknown, "unknown"},
                                          {FormFactor::Laptop, "laptop"},
                                          {FormFactor::Desktop, "desktop"},
                                          {FormFactor::Server, "server"}})

struct MachineFacts
{
    FactState state = FactState::Unknown;
    QString hostName;
    QString user;
    QString home;
    bool snapshot = false;
    // /sys/class/dmi/id/chassis_type (SMBIOS: 3 Desktop, 10 Notebook, ...); -1 when unreadable.
    int chassisType = -1;
    QStringList batteries; // /sys/class/power_supply entries that are the system's batteries
    FormFactor formFactor = FormFactor::Unknown;
    EvidenceList evidence;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(MachineFacts, state, hostName, user, home, snapshot, chassisType,
                                   batteries, formFactor, evidence)

MachineFacts probeMachine(const Host &host);
QStringList describeMachine(const MachineFacts &f);

// The SMBIOS name of a chassis type ("Notebook"); "" for a number SMBIOS does not define.
QString chassisTypeName(int type);
// Chassis types 8, 9, 10, 14, 31, 32: Portable, Laptop, Notebook, Sub Notebook, Convertible,
// Detachable.
bool isPortableChassis(int type);

} // namespace gpusetup
