#pragma once
// What the wizard remembers between runs, so that a restart never loses the student: the page,
// the choices, the steps that ran and, while a restart is awaited, which page waits and how the
// driver looked before it. Kept in $XDG_STATE_HOME/gpu-setup/wizard-state.json (beside the
// journal), written atomically, read back at start; a damaged or other-version file is ignored
// with a log line. Also the restart hand-off itself: the exact command (run only when the
// student presses the button) and, with the student's consent, an XDG autostart entry that
// reopens the wizard once with --resume. Everything that touches the world goes through the
// seams below, so a test drives a whole restart without one.
#include "actions/Journal.h"
#include "advice/Plan.h"
#include "probe/Facts.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>

namespace gpusetup {

class Operation;
class WizardState;

// One step the wizard ran (the journal has the details; this is the wizard's own record).
struct SessionStep
{
    QString stage;   // "driver"
    QString step;    // "driver.install"
    QString outcome; // the journal's: ok, failed, cancelled, dry-run
    QString at;      // ISO 8601 UTC
    bool operator==(const SessionStep &) const = default;
};

// The driver as it was when the restart was asked for: "what changed" compares with it.
struct DriverBefore
{
    QString status;  // DriverStatus as in doctor.json ("nouveau-in-use")
    QString version; // the loaded kernel module, "" when none
    bool nouveau = false;
    int mokPending = -1; // keys waiting for MokManager; -1 unknown
    bool operator==(const DriverBefore &) const = default;
};

// A restart the wizard is waiting for.
struct RebootWait
{
    QString page;           // the page to open afterwards: "driver"
    QString requestedAt;    // ISO 8601 UTC
    QString bootId;         // /proc/sys/kernel/random/boot_id then; "" when unknown
    QStringList steps;      // the steps that ran and need the restart ("driver.install", ...)
    QString expectDriver;   // the branch installed ("580"); "" when none
    bool mokQueued = false; // a key was queued for MokManager in this session
    DriverBefore before;
    QString autostart; // the autostart entry written for it; "" when the student said no
    bool operator==(const RebootWait &) const = default;
};

struct SessionData
{
    QString savedAt;
    QString language; // "en", "zh_CN"
    QString page;     // "welcome", "gpu", "driver", "cuda", "cudnn", "python-env", ...
    Choices choices;
    QList<SessionStep> ran;
    std::optional<RebootWait> reboot;
};

class WizardSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSchema = 1;
    static constexpr const char *kFormat = "gpu-setup-wizard-state";
    static constexpr int kMaxSteps = 200;     // the record of what ran keeps the newest
    static constexpr int kStaleWaitDays = 30; // an older restart wait is not resumed

    explicit WizardSession(WizardState &state);

    // --- seams: app/main.cpp sets the real ones, a journey test its own ---
    // $XDG_STATE_HOME/gpu-setup (Journal::stateDir); empty: nothing persists (demo, tests).
    QString stateDir;
    // Where the autostart entry goes; empty: $XDG_CONFIG_HOME/autostart (or ~/.config/...).
    QString autostartDir;
    // The restart, run as the user (logind lets the active session reboot).
    QStringList rebootArgv{QStringLiteral("systemctl"), QStringLiteral("reboot")};
    // The autostart entry's Exec; empty: this program with --resume.
    QStringList resumeArgv;
    // UTC now; empty: the system clock.
    std::function<QDateTime()> now;
    // This boot's id; empty: /proc/sys/kernel/random/boot_id through the host. A changed id is
    // how the wizard knows a restart happened (a test simulates one by changing it).
    std::function<QString()> bootId;

    // Reads the state file (stateDir must be set) and applies it: choices to the WizardState,
    // the page, a restart wait. resumed: started by the autostart entry (--resume). Removes the
    // autostart entry once a restart happened. false when there was nothing (valid) to read;
    // from then on every change is saved.
    bool open(bool resumed);
    bool isOpen() const { return m_open; }
    QString statePath() const;
    QString page() const { return m_data.page; }
    QString language() const { return m_data.language; }
    const SessionData &data() const { return m_data; }
    // Writes the file now (atomic); false + one sentence on failure.
    bool save(QString *error = nullptr);

    void setPage(const QString &page);
    void recordStep(StageId stage, const JournalEntry &entry);

    // --- the restart ---
    // A restart is awaited for this stage: recorded in this run, or read back and the machine
    // has not restarted since.
    bool rebootAwaited(StageId stage) const;
    // Remembers that the stage's page waits for a restart (before snapshot, steps that ran).
    void awaitReboot(StageId stage, const QStringList &steps, bool mokQueued);
    bool mokQueued() const;
    QStringList rebootCommand() const { return rebootArgv; }
    // The autostart entry: written (journaled, file-created) or removed on the student's word.
    QString autostartPath() const;
    bool autostartEnabled() const;
    bool setAutostart(bool on, QString *error = nullptr);
    QStringList resumeCommand() const;
    // Runs the restart command through an operation (a dry run in demo mode); the journal gets
    // the request before it runs, the state file is saved first. finished() of the returned
    // operation says whether the command was accepted; the caller owns it.
    Operation *startReboot();

    // --- after the restart ---
    // A restart happened since the wait was recorded (boot id changed) or was not even
    // awaited; restartObserved: the wait was consumed at this start.
    bool restartObserved() const { return m_after.has_value(); }
    // What changed for this stage since the restart was asked for, in the UI language; kind is
    // a banner kind ("done", "needs-action"). Empty text when nothing is to be said.
    struct Notice
    {
        QString kind;
        QString text;
    };
    Notice notice(StageId stage) const;

    static std::optional<SessionData> read(const QString &path, QString *why);
    static bool write(const QString &path, const SessionData &data, QString *error);
    // The desktop entry (freedesktop Desktop Entry spec, Autostart spec) that runs argv.
    static QByteArray autostartEntry(const QStringList &argv);
    static QString pageName(StageId stage);

Q_SIGNALS:
    void changed();

private:
    QDateTime currentTime() const;
    QString currentBootId() const;

    WizardState &m_state;
    SessionData m_data;
    bool m_open = false;
    // Read back at start: the wait and whether the machine restarted since.
    std::optional<RebootWait> m_after; // the wait that a restart consumed
    bool m_waitPending = false;        // read back, not consumed yet (no plan yet)
};

} // namespace gpusetup
