#pragma once
// A Downloader as an Operation: bytes/rate/ETA progress, cancel keeps the .part for a resume.
#include "actions/Downloader.h"
#include "actions/Operation.h"

namespace gpusetup {

class DownloadOperation : public Operation
{
    Q_OBJECT
public:
    DownloadOperation(const QString &id, const QString &title, const QStringList &urls,
                      const QString &target, const QString &sha256, QObject *parent = nullptr);

    QString title() const override { return m_title; }
    QStringList dryRun() const override;
    bool canUndo() const override { return true; }
    Downloader *downloader() const { return m_downloader; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    QString m_title;
    QStringList m_urls;
    QString m_target;
    QString m_sha256;
    Downloader *m_downloader = nullptr;
    bool m_cancelled = false;
};

} // namespace gpusetup
