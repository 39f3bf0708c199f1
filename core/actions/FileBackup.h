#pragma once
// Backup -> perform -> undo for user files that gpu-setup edits itself (.condarc, pip.conf) or
// lets a tool edit (conda init and ~/.bashrc): exact previous bytes kept aside, atomic writes at
// a symlink's target, and an undo that refuses to clobber edits the user made afterwards.
#include "actions/Journal.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace gpusetup::FileBackup {

// Journal::stateDir(home)/backups: beside the journal, the one backup folder of every edit,
// shell profiles included.
QString backupDir(const QString &home);

// The file's bytes, or nullopt when it does not exist (a dangling symlink counts as missing).
std::optional<QByteArray> read(const QString &path, QString *why = nullptr);

// Copies `bytes` into a new file in `dir` named after `path`; the backup's path, "" + why.
QString save(const QString &path, const QByteArray &bytes, const QString &dir,
             QString *why = nullptr);

// Writes atomically (QSaveFile) at the symlink's target when `path` is one, keeping the mode;
// parent folders are created. false + one sentence on failure.
bool writeAtomic(const QString &path, const QByteArray &bytes, QString *why = nullptr);

QString sha256Hex(const QByteArray &bytes);

// "sha256 after: <hex>" for JournalChange::detail, so undo can tell the file changed since.
QString afterDetail(const QByteArray &bytes);

// Journal::undoChanges, except that a file whose bytes differ from what gpu-setup left
// (recorded by afterDetail) is left alone and reported: undo never loses a later edit.
QStringList guardedUndo(const QList<JournalChange> &changes);

} // namespace gpusetup::FileBackup
