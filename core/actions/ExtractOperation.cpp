#include "actions/ExtractOperation.h"

#include "actions/CommandOperation.h"

#include <QDir>
#include <QFileInfo>

namespace gpusetup {

ExtractOperation::ExtractOperation(const QString &id, const QString &title, const QString &archive,
                                   const QString &targetDir, int stripComponents, QObject *parent)
    : Operation(id, parent), m_title(title), m_archive(archive), m_target(targetDir),
      m_strip(stripComponents)
{
}

QStringList ExtractOperation::dryRun() const
{
    QStringList lines;
    if (!QFileInfo::exists(m_target))
        lines << CommandOperation::quoted(
            {QStringLiteral("mkdir"), QStringLiteral("-p"), m_target});
    QStringList argv{QStringLiteral("tar"), QStringLiteral("-xf"), m_archive, QStringLiteral("-C"),
                     m_target};
    if (m_strip > 0) argv << QStringLiteral("--strip-components=%1").arg(m_strip);
    lines << CommandOperation::quoted(argv);
    return lines;
}

void ExtractOperation::doStart()
{
    const bool madeDir = !QFileInfo::exists(m_target);
    if (madeDir && !QDir().mkpath(m_target)) {
        finish({false, false, tr("Cannot create the folder %1.").arg(m_target), {}});
        return;
    }
    delete m_extractor;
    m_extractor = new Extractor(m_archive, m_target, this);
    m_extractor->setStripComponents(m_strip);
    connect(m_extractor, &Extractor::progress, this,
            [this](double fraction, qint64) { setProgress(fraction); });
    connect(m_extractor, &Extractor::finished, this, [this, madeDir](const ExtractResult &x) {
        for (const QString &line : x.details.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            log(line);
        if (x.ok) {
            if (madeDir) {
                recordChange({QStringLiteral("dir-created"), m_target, {}, m_archive});
            } else {
                for (const QString &p : x.created) {
                    const bool dir = QFileInfo(p).isDir() && !QFileInfo(p).isSymLink();
                    recordChange(
                        {dir ? QStringLiteral("dir-created") : QStringLiteral("file-created"),
                         p,
                         {},
                         m_archive});
                }
            }
        } else if (madeDir) {
            QDir().rmdir(m_target); // made for this archive, and empty again
        }
        finish({x.ok, x.cancelled, x.message, x.details});
    });
    setStatus(tr("Unpacking %1…").arg(QFileInfo(m_archive).fileName()));
    m_extractor->start();
}

void ExtractOperation::doCancel()
{
    if (m_extractor) m_extractor->cancel();
}

} // namespace gpusetup
