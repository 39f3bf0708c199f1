#pragma once
// The one typed object every page shares (KeePassXC-style, instead of field("...") strings):
// the host, what was probed, the knowledge, the user's choices, the current plan and what ran.
// Probing and advising run on a worker thread; the plan is re-advised whenever a choice or the
// language changes, so translated advisor texts follow the language switch.
#include "actions/Journal.h"
#include "actions/StepOperations.h"
#include "advice/Plan.h"
#include "host/Host.h"
#include "probe/Facts.h"
#include "verify/Verifier.h"

#include <QObject>

#include <functional>
#include <memory>

namespace gpusetup {

class Knowledge;
class Operation;
class WizardSession;

using VerifyFunction = std::function<VerifyReport(const Host &, const VerifyOptions &,
                                                  const std::function<void(const VerifyCheck &)> &,
                                                  const std::atomic_bool *)>;

class WizardState : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool checking READ isChecking NOTIFY checkingChanged)
    Q_PROPERTY(bool dryRun READ isDryRun CONSTANT)
public:
    // dryRun: every step is logged, nothing runs (app/main.cpp turns it on for --host).
    WizardState(const Host &host, bool dryRun = false, QObject *parent = nullptr);
    ~WizardState() override;

    const Host &host() const { return m_host; }
    const Knowledge &knowledge() const { return *m_knowledge; }
    // The compatibility data the plan comes from: the embedded data unless replaced, as the
    // CLI's --knowledge DIR does (app/main.cpp); advises again at once.
    void setKnowledge(std::shared_ptr<const Knowledge> knowledge);
    const Facts &facts() const { return m_facts; }
    const Plan &plan() const { return m_plan; }
    const Choices &choices() const { return m_choices; }
    bool isDryRun() const { return m_dryRun; }
    bool isChecking() const { return m_checking; }
    bool hasFacts() const { return m_hasFacts; }
    ActionContext actionContext() const;

    // Changes the choices and re-advises at once (advice is pure and fast).
    void setChoices(const Choices &choices);
    // Probe + advise off the GUI thread; checkingChanged(true) now, planChanged() when done.
    void recheck();
    // Advise again with the current facts (choices or language changed).
    void readvise();
    // Advise on facts probed elsewhere (a saved `doctor --json`, a test probing once).
    void setFacts(const Facts &facts);
    // Replaces the plan as is (a saved plan; tests with their own steps).
    void setPlan(const Plan &plan);

    // What ran: the journal file the CLI writes too (once the session is open, see
    // WizardSession::open), else this run's entries in memory (demo, tests).
    QList<JournalEntry> journal() const { return m_journal; }
    void addJournalEntry(const JournalEntry &entry);
    // (Re)reads the journal file: the report shows what ran before a restart.
    void loadJournal();
    QString journalPath() const;

    // The page, choices and restart hand-off that survive a restart (WizardSession.h).
    WizardSession &session() const { return *m_session; }

    // The root side of MOK enrolment (driver.enroll-mok): an operation that queues the key
    // with the one-time password; MokEnrollOperation (pkexec gpu-setup-helper enroll-mok) by
    // default, tests may put a stand-in. Called with an empty password only to show the exact
    // commands (its dryRun()).
    std::function<std::unique_ptr<Operation>(const ActionContext &, const QString &password)>
        mokEnrollOperation;

    // What every operation starts from (pkexec, the helper's path, mirrors); dryRun and home
    // are this state's. A journey test points pkexec and the helper at its stand-ins.
    ActionContext actionDefaults;

    // The verifier; app/main.cpp sets the real runVerify, tests a recorded stand-in.
    VerifyFunction verify;
    int probeTimeoutMs = Host::kDefaultTimeoutMs;

Q_SIGNALS:
    void checkingChanged(bool checking);
    void planChanged();
    void journalChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Host &m_host;
    std::shared_ptr<const Knowledge> m_knowledge; // a probe running keeps its copy alive
    bool m_dryRun;
    bool m_checking = false;
    bool m_hasFacts = false;
    int m_generation = 0;
    Facts m_facts;
    Choices m_choices;
    Plan m_plan;
    QList<JournalEntry> m_journal;
    WizardSession *m_session = nullptr;
};

} // namespace gpusetup
