#pragma once
// One thing that changes the machine, shaped like a transaction (PackageKit's Transaction,
// Calamares' jobs): progress, status, a cancel that stops within a second, one finished()
// with a user message and log details, and undo where the change can be reversed. Every run,
// dry or real, leaves a JournalEntry behind for undo and for the report.
#include "actions/Journal.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

namespace gpusetup {

struct OperationResult
{
    bool ok = false;
    bool cancelled = false;
    QString message; // translated, one sentence for the user
    QString details; // technical, for the log and the report
};

class Operation : public QObject
{
    Q_OBJECT
public:
    enum class State { Pending, Running, Succeeded, Failed, Cancelled, Undone };
    Q_ENUM(State)

    explicit Operation(const QString &id, QObject *parent = nullptr);
    ~Operation() override;

    // The advisor's step id ("toolkit.install", "python.create-env") or an action name.
    QString id() const { return m_id; }
    virtual QString title() const = 0; // translated, short

    // The exact commands and file edits start() would perform, one per line, nothing run.
    virtual QStringList dryRun() const = 0;
    virtual bool needsPrivilege() const { return false; }
    virtual bool canUndo() const { return false; }

    // A dry run logs dryRun() and finishes ok without touching anything.
    void setDryRun(bool on) { m_dryRun = on; }
    bool isDryRun() const { return m_dryRun; }

    void start();  // asynchronous; finished() follows exactly once
    void cancel(); // asks the running step to stop; finished(cancelled) within a second
    void undo();   // asynchronous; undoFinished() follows

    State state() const { return m_state; }
    double progress() const { return m_progress; } // 0..1, or -1 when unknown
    QString status() const { return m_status; }
    OperationResult result() const { return m_result; }
    JournalEntry journalEntry() const { return m_entry; }
    // What goes into the journal after a run: this entry, or for an operation that stands for
    // a whole stage (the driver's), one entry per step it ran, under the plan's step ids.
    virtual QList<JournalEntry> journalEntries() const { return {m_entry}; }

signals:
    void progressChanged(double fraction);
    void statusChanged(const QString &status);
    void logLine(const QString &line);
    // Downloads: bytes so far, total (-1 unknown), rate in bytes/s, ETA in seconds (-1 unknown).
    void bytesProgress(qint64 done, qint64 total, double bytesPerSecond, int etaSeconds);
    void finished(const gpusetup::OperationResult &result);
    void undoFinished(const gpusetup::OperationResult &result);

protected:
    virtual void doStart() = 0;
    // Must lead to finish() with cancelled = true within a second.
    virtual void doCancel() = 0;
    // Default: reverse the recorded file changes (restore backups, remove created files).
    virtual void doUndo();

    void setProgress(double fraction);
    void setStatus(const QString &status);
    void log(const QString &line);
    // What changed on the machine, for undo and for "say precisely what changed".
    void recordChange(const JournalChange &change);
    void finish(const OperationResult &result);
    void finishUndo(const OperationResult &result);

private:
    QString m_id;
    bool m_dryRun = false;
    State m_state = State::Pending;
    double m_progress = 0;
    QString m_status;
    OperationResult m_result;
    JournalEntry m_entry;
    QElapsedTimer m_clock;
};

} // namespace gpusetup

Q_DECLARE_METATYPE(gpusetup::OperationResult)
