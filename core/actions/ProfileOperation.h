#pragma once
// Shell profile edits as an Operation: every profile is checked before any is written, a
// failure half-way puts back the ones already written, and undo restores the exact previous
// bytes (but never over edits the user made afterwards).
#include "actions/Operation.h"
#include "actions/ProfileEditor.h"

namespace gpusetup {

struct ProfileEdit
{
    QString path;
    QByteArray block; // the whole block, markers included; empty: remove the block
    // Also move the file's hand-written CUDA lines into the block, inactive (asked for).
    bool moveHandWritten = false;
};

class ProfileOperation : public Operation
{
    Q_OBJECT
public:
    ProfileOperation(const QString &id, const QString &title, const QList<ProfileEdit> &edits,
                     const QString &backupDir, QObject *parent = nullptr);

    QString title() const override { return m_title; }
    // Per profile: what happens and where the backup goes, then the exact edit as a diff.
    QStringList dryRun() const override;
    bool canUndo() const override { return true; }

    const QList<ProfileEdit> &edits() const { return m_edits; }
    // One per edit, after finished(): what was found, written and backed up.
    const QList<ProfileEditResult> &results() const { return m_results; }
    // Checks every edit without writing: one sentence per profile that cannot be edited.
    QStringList problems() const;

protected:
    void doStart() override;
    void doCancel() override {} // a few small writes, done before finished() is queued
    void doUndo() override;

private:
    QString m_title;
    QList<ProfileEdit> m_edits;
    ProfileEditor m_editor;
    QList<ProfileEditResult> m_results;
};

} // namespace gpusetup
