#include "probe/Fact.h"

namespace gpusetup {

QString factStateName(FactState s)
{
    switch (s) {
    case FactState::Found:
        return QStringLiteral("found");
    case FactState::Absent:
        return QStringLiteral("absent");
    case FactState::Broken:
        return QStringLiteral("broken");
    case FactState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace gpusetup
