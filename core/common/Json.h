#pragma once
// nlohmann::json adapters for the Qt value types the facts use, so that every facts struct
// gets its JSON round-trip from one NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE line.
#include <QList>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>

namespace nlohmann {
template <> struct adl_serializer<QString>
{
    static void to_json(json &j, const QString &s) { j = s.toStdString(); }
    static void from_json(const json &j, QString &s)
    {
        s = j.is_null() ? QString() : QString::fromStdString(j.get<std::string>());
    }
};
// QStringList is QList<QString> in Qt 6, so this covers it too.
template <typename T> struct adl_serializer<QList<T>>
{
    static void to_json(json &j, const QList<T> &l)
    {
        j = json::array();
        for (const T &e : l)
            j.push_back(e);
    }
    static void from_json(const json &j, QList<T> &l)
    {
        l.clear();
        for (const auto &e : j)
            l.push_back(e.template get<T>());
    }
};
} // namespace nlohmann

namespace gpusetup {
using Json = nlohmann::json;
} // namespace gpusetup
