#include "actions/DownloadOperation.h"

#include "actions/CommandOperation.h"

#include <QDir>
#include <QFileInfo>

namespace gpusetup {

DownloadOperation::DownloadOperation(const QString &id, const QString &title,
                                     const QStringList &urls, const QString &target,
                                     const QString &sha256, QObject *parent)
    : Operation(id, parent), m_title(title), m_urls(urls), m_target(target), m_sha256(sha256)
{
}

QStringList DownloadOperation::dryRun() const
{
    QStringList argv = {QStringLiteral("gpu-setup"),
                        QStringLiteral("download"),
                        m_urls.value(0),
                        QStringLiteral("--sha256"),
                        m_sha256,
                        QStringLiteral("-o"),
                        m_target};
    for (int i = 1; i < m_urls.size(); ++i)
        argv << QStringLiteral("--mirror") << m_urls[i];
    return {CommandOperation::quoted(argv)};
}

void DownloadOperation::doStart()
{
    m_cancelled = false;
    const QString dir = QFileInfo(m_target).absolutePath();
    const bool madeDir = !QFileInfo::exists(dir);
    if (madeDir && !QDir().mkpath(dir)) {
        finish({false, false, tr("Cannot create the folder %1.").arg(dir), {}});
        return;
    }
    if (madeDir) recordChange({QStringLiteral("dir-created"), dir, {}, {}});
    delete m_downloader;
    m_downloader = new Downloader(m_urls, m_target, m_sha256, this);
    connect(m_downloader, &Downloader::progress, this,
            [this](qint64 got, qint64 total, double rate, int eta) {
                if (total > 0) setProgress(double(got) / double(total));
                emit bytesProgress(got, total, rate, eta);
            });
    connect(m_downloader, &Downloader::verifyingPart, this, [this](qint64 done, qint64 total) {
        setStatus(done < total ? tr("Checking the part downloaded before…")
                               : tr("Downloading %1…").arg(QFileInfo(m_target).fileName()));
    });
    connect(m_downloader, &Downloader::finished, this, [this](const DownloadResult &d) {
        for (const QString &line : d.details.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            log(line);
        if (d.ok) recordChange({QStringLiteral("file-created"), m_target, {}, m_sha256});
        OperationResult r{d.ok, m_cancelled && !d.ok, d.message, d.details};
        finish(r);
    });
    setStatus(tr("Downloading %1…").arg(QFileInfo(m_target).fileName()));
    log(QStringLiteral("GET ") + m_urls.value(0));
    m_downloader->start();
}

void DownloadOperation::doCancel()
{
    m_cancelled = true;
    if (m_downloader) m_downloader->cancel();
}

} // namespace gpusetup
