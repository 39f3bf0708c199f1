#include "probe/Facts.h"

#include <spdlog/spdlog.h>

#include <QElapsedTimer>

namespace gpusetup {

Facts probeAll(const Host &host, const ProbeOptions &options)
{
    QElapsedTimer t;
    t.start();
    Facts f;
    f.machine = probeMachine(host);
    spdlog::info("probed {} in {} ms", host.describe().toStdString(), t.elapsed());
    return f;
}

namespace {

void section(QString &out, const QString &title, FactState state, const QStringList &lines,
             const EvidenceList &evidence, bool withEvidence)
{
    out += QStringLiteral("%1 [%2]\n").arg(title, factStateName(state));
    for (const QString &l : lines)
        out += QStringLiteral("  %1\n").arg(l);
    if (withEvidence)
        for (const Evidence &e : evidence)
            out +=
                QStringLiteral("    from %1%2\n")
                    .arg(e.source, e.detail.isEmpty() ? QString()
                                                      : QStringLiteral(": ") + e.detail.left(200));
}

} // namespace

QString doctorText(const Facts &f, bool withEvidence)
{
    QString out;
    section(out, QStringLiteral("Machine"), f.machine.state, describeMachine(f.machine),
            f.machine.evidence, withEvidence);
    return out;
}

int doctorExitCode(const Facts &f)
{
    const FactState states[] = {f.machine.state};
    for (FactState s : states)
        if (s == FactState::Broken) return 1;
    return 0;
}

} // namespace gpusetup
