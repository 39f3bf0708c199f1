#pragma once
// Points conda and/or pip at a mirror by editing ~/.condarc and ~/.config/pip/pip.conf
// (MirrorConfig's text transforms): both edits are checked before either file is written,
// each file is backed up, and undo restores the exact previous bytes.
#include "actions/MirrorConfig.h"
#include "actions/Operation.h"

namespace gpusetup {

class MirrorOperation : public Operation
{
    Q_OBJECT
public:
    enum class Files { Both, Conda, Pip };
    MirrorOperation(const QString &id, const QString &home, const MirrorSpec &spec,
                    Files files = Files::Both, QObject *parent = nullptr);

    QString title() const override;
    QStringList dryRun() const override;
    bool canUndo() const override { return true; }

protected:
    void doStart() override;
    void doCancel() override {}
    void doUndo() override;

private:
    struct Planned
    {
        QString path;
        MirrorEdit edit;
    };
    QList<Planned> plan() const;

    QString m_home;
    MirrorSpec m_spec;
    Files m_files;
};

} // namespace gpusetup
