#pragma once
// An Extractor as an Operation (the cuDNN tarball into the toolkit tree or a user folder):
// progress, a cancel that leaves nothing behind, and undo that removes what was unpacked.
#include "actions/Extractor.h"
#include "actions/Operation.h"

namespace gpusetup {

class ExtractOperation : public Operation
{
    Q_OBJECT
public:
    ExtractOperation(const QString &id, const QString &title, const QString &archive,
                     const QString &targetDir, int stripComponents = 0, QObject *parent = nullptr);

    QString title() const override { return m_title; }
    // tar -xf ARCHIVE -C DIR [--strip-components=N], the equivalent of what start() does.
    QStringList dryRun() const override;
    bool canUndo() const override { return true; }
    Extractor *extractor() const { return m_extractor; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    QString m_title;
    QString m_archive;
    QString m_target;
    int m_strip = 0;
    Extractor *m_extractor = nullptr;
};

} // namespace gpusetup
