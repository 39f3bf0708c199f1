#pragma once
// The record of what gpu-setup did to this machine: one entry per operation run (dry or
// real), with the commands it ran and every file it created or changed (and where the backup
// is). It feeds undo, the wizard's log and the setup report; it survives restarts as JSON.
#include "common/Json.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gpusetup {

// kind: "file-created" (undo removes it), "file-modified" (undo restores `backup`),
// "dir-created" (undo removes it, recursively), "package-installed", "command" (ran, no undo).
struct JournalChange
{
    QString kind;
    QString path;   // the file, folder or package
    QString backup; // file-modified: the copy of the previous bytes
    QString detail; // free text for the report
    bool operator==(const JournalChange &) const = default;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(JournalChange, kind, path, backup, detail)

struct JournalEntry
{
    QString id;
    QString title;
    QString outcome;   // "ok", "failed", "cancelled", "dry-run", "undone"
    QString startedAt; // ISO 8601 UTC
    qint64 elapsedMs = 0;
    bool privileged = false;
    QStringList commands; // what dryRun() said, i.e. exactly what ran
    QList<JournalChange> changes;
    QString message; // the user message of the result
    QString details; // the technical details
    bool operator==(const JournalEntry &) const = default;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(JournalEntry, id, title, outcome, startedAt, elapsedMs,
                                   privileged, commands, changes, message, details)

class Journal
{
public:
    // gpu-setup's state folder for `home`: $XDG_STATE_HOME/gpu-setup when that is an absolute
    // path (the XDG spec ignores a relative one), else HOME/.local/state/gpu-setup. The journal
    // and every backup of an edited file live there.
    static QString stateDir(const QString &home);
    // stateDir(home)/journal.json.
    static QString pathFor(const QString &home);
    // pathFor(the user's home).
    static QString defaultPath();

    Journal() = default; // in memory only
    explicit Journal(const QString &path) : m_path(path) {}

    // Reads the file; a missing file is an empty journal, a damaged one an error sentence.
    bool load(QString *error = nullptr);
    // Appends and rewrites the file atomically (QSaveFile); false + sentence on failure.
    // The wizard and the CLI may append at the same moment (two processes): under a lock
    // (QLockFile, journal.json.lock) the file is read again and the entry added to what is
    // there now, so neither writer drops the other's entries. A damaged file is kept aside
    // (journal.json.damaged-<time>) and a new one begun, never overwritten in place.
    bool append(const JournalEntry &entry, QString *error = nullptr);
    // Under the same lock; the entry must still be the one at index (same id and start).
    bool markUndone(int index, QString *error = nullptr);

    const QList<JournalEntry> &entries() const { return m_entries; }
    QString path() const { return m_path; }

    // Reverses file changes in reverse order; one sentence per change it could not undo.
    static QStringList undoChanges(const QList<JournalChange> &changes);

private:
    bool save(QString *error);
    // Re-reads the file under the lock; a damaged file is moved aside.
    bool reload(QString *error);
    QString m_path;
    QList<JournalEntry> m_entries;
};

} // namespace gpusetup
