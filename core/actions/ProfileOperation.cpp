#include "actions/ProfileOperation.h"

#include <QMetaObject>

namespace gpusetup {

ProfileOperation::ProfileOperation(const QString &id, const QString &title,
                                   const QList<ProfileEdit> &edits, const QString &backupDir,
                                   QObject *parent)
    : Operation(id, parent), m_title(title), m_edits(edits), m_editor(backupDir)
{
}

QStringList ProfileOperation::dryRun() const
{
    QStringList out;
    for (const ProfileEdit &e : m_edits) {
        const ProfileEditResult r = m_editor.preview(e.path, e.block, e.moveHandWritten);
        if (!r.ok) {
            out << tr("cannot edit %1: %2").arg(e.path, r.message);
            continue;
        }
        if (!r.changed) {
            out << tr("leave %1 as it is: %2").arg(e.path, r.message);
            continue;
        }
        const bool viaLink = r.target != e.path;
        QString head = tr("write %1").arg(r.target);
        if (viaLink) head += tr(" (the target of the link %1)").arg(e.path);
        if (r.existed) head += tr(", keeping the previous bytes in %1/").arg(m_editor.backupDir());
        out << head;
        out << ProfileEditor::diff(r.existed ? r.target : QStringLiteral("/dev/null"), r.target,
                                   r.before, r.after);
        for (const QString &l : r.leftInPlace)
            out << tr("left in place (inside an if/for or continued, so moving it would break "
                      "the file): %1")
                       .arg(l);
    }
    return out;
}

QStringList ProfileOperation::problems() const
{
    QStringList out;
    for (const ProfileEdit &e : m_edits) {
        const ProfileEditResult r = m_editor.preview(e.path, e.block, e.moveHandWritten);
        if (!r.ok) out << r.message;
    }
    return out;
}

void ProfileOperation::doStart()
{
    m_results.clear();
    OperationResult result;
    // All or nothing: refuse before writing anything when one profile cannot be edited.
    const QStringList refused = problems();
    if (!refused.isEmpty()) {
        result.message = refused.first();
        result.details = refused.join(QLatin1Char('\n'));
    } else {
        QStringList changed, details;
        result.ok = true;
        for (int i = 0; i < m_edits.size(); ++i) {
            setStatus(tr("Editing %1…").arg(m_edits[i].path));
            const ProfileEditResult r =
                m_editor.commit(m_edits[i].path, m_edits[i].block, m_edits[i].moveHandWritten);
            m_results << r;
            details << r.message + (r.details.isEmpty()
                                        ? QString()
                                        : QStringLiteral(" (") + r.details + QLatin1Char(')'));
            log(r.message);
            if (!r.ok) {
                result.ok = false;
                result.message = r.message;
                // Put back what this run already wrote, newest first.
                for (int j = int(m_results.size()) - 2; j >= 0; --j) {
                    QString why;
                    if (!ProfileEditor::restore(m_results[j], &why)) details << why;
                }
                m_results.clear();
                break;
            }
            if (r.changed) {
                JournalChange c = r.change;
                if (!r.moved.isEmpty())
                    c.detail += QStringLiteral("; moved into the block: ") +
                                r.moved.join(QStringLiteral(" | "));
                recordChange(c);
                changed << r.path;
            }
            for (const QString &l : r.leftInPlace)
                log(tr("Left in place, move or delete it by hand: %1").arg(l));
            setProgress(double(i + 1) / double(m_edits.size()));
        }
        if (result.ok)
            result.message =
                changed.isEmpty()
                    ? tr("The shell profiles were already up to date; nothing was changed.")
                    : tr("Updated %1; open a new terminal for it to take effect.")
                          .arg(changed.join(QStringLiteral(", ")));
        result.details = details.join(QLatin1Char('\n'));
    }
    // Queued, so a caller connecting after start() still sees finished().
    QMetaObject::invokeMethod(
        this, [this, result] { finish(result); }, Qt::QueuedConnection);
}

void ProfileOperation::doUndo()
{
    QStringList problems;
    for (auto it = m_results.crbegin(); it != m_results.crend(); ++it) {
        QString why;
        if (!ProfileEditor::restore(*it, &why)) problems << why;
    }
    OperationResult r;
    r.ok = problems.isEmpty();
    r.message = r.ok ? tr("The shell profiles are back as they were.") : problems.first();
    r.details = problems.join(QLatin1Char('\n'));
    if (r.ok) m_results.clear();
    QMetaObject::invokeMethod(
        this, [this, r] { finishUndo(r); }, Qt::QueuedConnection);
}

} // namespace gpusetup
