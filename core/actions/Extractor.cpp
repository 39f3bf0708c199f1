// PLACEHOLDER from branch wt-inst so that binaries pulling the core's moc object link before
// the real extractor lands (Extractor.h has no definitions yet). At merge take the extractor
// helper's Extractor.cpp and drop this one. It only runs `tar -xf`, without progress.
#include "actions/Extractor.h"

#include <QDir>
#include <QMetaObject>
#include <QProcess>

namespace gpusetup {

Extractor::Extractor(const QString &archive, const QString &targetDir, QObject *parent)
    : QObject(parent), m_archive(archive), m_target(targetDir)
{
    qRegisterMetaType<gpusetup::ExtractResult>();
}

Extractor::~Extractor() = default;

void Extractor::start()
{
    m_running = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            const ExtractResult r = extractNow();
            m_running = false;
            emit finished(r);
        },
        Qt::QueuedConnection);
}

void Extractor::cancel()
{
    m_cancel = true;
}

ExtractResult Extractor::extractNow()
{
    ExtractResult r;
    QDir().mkpath(m_target);
    QProcess p;
    p.start(QStringLiteral("tar"), {QStringLiteral("-xf"), m_archive, QStringLiteral("-C"),
                                    m_target,
                                    QStringLiteral("--strip-components=%1").arg(m_strip)});
    p.waitForFinished(-1);
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    r.message = r.ok ? tr("Unpacked.") : tr("Could not unpack %1.").arg(m_archive);
    r.details = QString::fromLocal8Bit(p.readAllStandardError());
    return r;
}

} // namespace gpusetup
