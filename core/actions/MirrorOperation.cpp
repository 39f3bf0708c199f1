#include "actions/MirrorOperation.h"

#include "actions/FileBackup.h"

#include <QMetaObject>

namespace gpusetup {

MirrorOperation::MirrorOperation(const QString &id, const QString &home, const MirrorSpec &spec,
                                 Files files, QObject *parent)
    : Operation(id, parent), m_home(home), m_spec(spec), m_files(files)
{
}

QString MirrorOperation::title() const
{
    switch (m_files) {
    case Files::Conda:
        return tr("Point conda at %1").arg(m_spec.name);
    case Files::Pip:
        return tr("Point pip at %1").arg(m_spec.name);
    case Files::Both:
        break;
    }
    return tr("Point conda and pip at %1").arg(m_spec.name);
}

QList<MirrorOperation::Planned> MirrorOperation::plan() const
{
    QList<Planned> out;
    if (m_files != Files::Pip) {
        const QString p = MirrorConfig::condarcPath(m_home);
        out << Planned{p, MirrorConfig::editCondarc(FileBackup::read(p), m_spec.condarc)};
    }
    if (m_files != Files::Conda) {
        const QString p = MirrorConfig::pipConfPath(m_home);
        out << Planned{p, MirrorConfig::editPipConf(FileBackup::read(p), m_spec.pipIndex)};
    }
    return out;
}

QStringList MirrorOperation::dryRun() const
{
    QStringList lines;
    for (const Planned &p : plan()) {
        if (!p.edit.ok) {
            lines << QStringLiteral("# %1: %2").arg(p.path, p.edit.error);
        } else if (!p.edit.changed()) {
            lines << QStringLiteral("# %1: already as wanted, not changed").arg(p.path);
        } else {
            lines << QStringLiteral("%1 %2 (backup first)")
                         .arg(p.edit.existed ? QStringLiteral("edit") : QStringLiteral("create"),
                              p.path);
            for (const QString &d : p.edit.diff())
                lines << QStringLiteral("    ") + d;
        }
    }
    return lines;
}

void MirrorOperation::doStart()
{
    setStatus(title());
    const QList<Planned> planned = plan();
    OperationResult r;
    r.ok = true;
    for (const Planned &p : planned)
        if (!p.edit.ok) {
            r.ok = false;
            r.message = p.edit.error;
            r.details = p.path;
        }
    QStringList done;
    if (r.ok) {
        for (const Planned &p : planned) {
            if (!p.edit.changed()) continue;
            QString why, backup;
            if (p.edit.existed) {
                backup =
                    FileBackup::save(p.path, p.edit.before, FileBackup::backupDir(m_home), &why);
                if (backup.isEmpty()) {
                    r = {false, false, why, p.path};
                    break;
                }
            }
            if (!FileBackup::writeAtomic(p.path, p.edit.after, &why)) {
                r = {false, false, why, p.path};
                break;
            }
            recordChange(
                {p.edit.existed ? QStringLiteral("file-modified") : QStringLiteral("file-created"),
                 p.path, backup, FileBackup::afterDetail(p.edit.after)});
            log(backup.isEmpty()
                    ? tr("Wrote %1.").arg(p.path)
                    : tr("Wrote %1 (the previous version is in %2).").arg(p.path, backup));
            done << p.path;
        }
    }
    if (r.ok) {
        r.message = done.isEmpty()
                        ? tr("The settings already use %1; nothing changed.").arg(m_spec.name)
                        : tr("conda and pip now use %1.").arg(m_spec.name);
        if (m_files == Files::Conda && !done.isEmpty())
            r.message = tr("conda now uses %1.").arg(m_spec.name);
        if (m_files == Files::Pip && !done.isEmpty())
            r.message = tr("pip now uses %1.").arg(m_spec.name);
        r.details = done.join(QLatin1Char('\n'));
    }
    // Queued, like every other operation's finish: callers may connect after start().
    QMetaObject::invokeMethod(
        this, [this, r] { finish(r); }, Qt::QueuedConnection);
}

void MirrorOperation::doUndo()
{
    const QStringList problems = FileBackup::guardedUndo(journalEntry().changes);
    OperationResult r;
    r.ok = problems.isEmpty();
    r.message = r.ok ? tr("The mirror settings are back as they were.") : problems.first();
    r.details = problems.join(QLatin1Char('\n'));
    finishUndo(r);
}

} // namespace gpusetup
