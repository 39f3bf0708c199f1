#pragma once
// Reading the CLI's JSON (doctor, plan, report) the way the journeys assert on it.
#include "SimMachine.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace gpusetup::journey {

inline QJsonObject stageOf(const QJsonObject &planOrReport, const QString &id)
{
    for (const QJsonValue &s : planOrReport.value(QStringLiteral("stages")).toArray())
        if (s.toObject().value(QStringLiteral("id")).toString() == id) return s.toObject();
    return {};
}

inline QStringList argvOf(const QJsonObject &step)
{
    QStringList out;
    for (const QJsonValue &v : step.value(QStringLiteral("argv")).toArray())
        out << v.toString();
    return out;
}

inline QStringList stepIds(const QJsonObject &stage)
{
    QStringList out;
    for (const QJsonValue &s : stage.value(QStringLiteral("steps")).toArray())
        out << s.toObject().value(QStringLiteral("id")).toString();
    return out;
}

// "stage-id: state" for every stage of a report, for messages.
inline QString reportStages(const QJsonObject &report)
{
    QStringList out;
    for (const QJsonValue &s : report.value(QStringLiteral("stages")).toArray()) {
        const QJsonObject o = s.toObject();
        out << QStringLiteral("%1: %2 (%3)")
                   .arg(o.value(QStringLiteral("id")).toString(),
                        o.value(QStringLiteral("state")).toString(),
                        o.value(QStringLiteral("summary")).toString());
    }
    return out.join(QLatin1Char('\n'));
}

// The ids of the journal entries the report lists (its "actions"), outcome "ok" only.
inline QStringList reportActions(const QJsonObject &report)
{
    QStringList out;
    for (const QJsonValue &a : report.value(QStringLiteral("actions")).toArray()) {
        const QJsonObject o = a.toObject();
        if (o.value(QStringLiteral("outcome")).toString() == QLatin1String("ok"))
            out << o.value(QStringLiteral("id")).toString();
    }
    return out;
}

inline QString checkState(const QJsonObject &verify, const QString &id)
{
    for (const QJsonValue &c : verify.value(QStringLiteral("checks")).toArray())
        if (c.toObject().value(QStringLiteral("id")).toString() == id)
            return c.toObject().value(QStringLiteral("state")).toString();
    return QStringLiteral("(no check %1)").arg(id);
}

// Splits a command line the way bash would when the student pastes it: nullopt when bash
// refuses it (a syntax error such as an unquoted "(").
inline std::optional<QStringList> bashWords(const SimMachine &m, const QString &line)
{
    const CliRun r =
        m.run(m.base() + QStringLiteral("/hostbin/bash"),
              {QStringLiteral("-c"), QStringLiteral("eval \"set -- $1\" && printf '%s\\0' \"$@\""),
               QStringLiteral("bash"), line},
              10000);
    if (r.exitCode != 0) return std::nullopt;
    QStringList words;
    for (const QByteArray &w : r.out.split('\0'))
        words << QString::fromUtf8(w);
    words.removeLast(); // after the last NUL
    return words;
}

} // namespace gpusetup::journey
