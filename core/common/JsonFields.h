#pragma once
// Reading one field of a JSON object that may be missing or of another type, as the loaders
// of outside data (knowledge files, conda's JSON, the wizard's saved state) all need.
#include "common/Json.h"

namespace gpusetup {

// The string at `key`, or "" when it is missing or not a string.
inline QString jsonString(const Json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                            : QString();
}

// The strings of the array at `key` (other elements skipped), or none.
inline QStringList jsonStrings(const Json &j, const char *key)
{
    QStringList out;
    const auto it = j.find(key);
    if (it == j.end() || !it->is_array()) return out;
    for (const Json &e : *it)
        if (e.is_string()) out << QString::fromStdString(e.get<std::string>());
    return out;
}

} // namespace gpusetup
