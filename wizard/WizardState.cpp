#include "WizardState.h"

#include "WizardSession.h"

#include "actions/Operation.h"
#include "advice/Advisor.h"
#include "host/EnvOverlayHost.h"
#include "knowledge/Knowledge.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QPointer>
#include <QThread>

#include <spdlog/spdlog.h>

namespace gpusetup {

WizardState::WizardState(const Host &host, bool dryRun, QObject *parent)
    : QObject(parent), m_host(host), m_knowledge(&Knowledge::builtin(), [](const Knowledge *) {}),
      m_dryRun(dryRun)
{
    m_session = new WizardSession(*this);
    mokEnrollOperation = [](const ActionContext &ctx, const QString &password) {
        return gpusetup::mokEnrollOperation(ctx, password);
    };
    // Advisor texts are translated when advised: follow the application's language switch.
    if (QCoreApplication::instance()) QCoreApplication::instance()->installEventFilter(this);
}

WizardState::~WizardState() = default;

ActionContext WizardState::actionContext() const
{
    ActionContext ctx = actionDefaults;
    ctx.dryRun = m_dryRun;
    ctx.home = m_host.home();
    ctx.root = m_host.root();
    ctx.acceptCondaTerms = m_choices.condaTosAccepted; // asked once on the Python page
    // What each downloaded file must hash to, checked again right before it runs (the CLI
    // does the same): from this plan, so a --knowledge override's checksums count.
    for (const StagePlan &sp : m_plan.stages)
        for (const Step &s : sp.steps)
            if (!s.path.isEmpty() && !s.sha256.isEmpty()) ctx.sha256ByPath.insert(s.path, s.sha256);
    return ctx;
}

void WizardState::setKnowledge(std::shared_ptr<const Knowledge> knowledge)
{
    if (!knowledge) return;
    m_knowledge = std::move(knowledge);
    readvise();
}

void WizardState::setChoices(const Choices &choices)
{
    m_choices = choices;
    readvise();
}

void WizardState::readvise()
{
    if (!m_hasFacts) return;
    m_plan = advise(m_facts, *m_knowledge, m_choices);
    emit planChanged();
}

void WizardState::setFacts(const Facts &facts)
{
    ++m_generation; // a probe still running must not overwrite these
    m_facts = facts;
    m_hasFacts = true;
    if (m_checking) {
        m_checking = false;
        emit checkingChanged(false);
    }
    readvise();
}

void WizardState::setPlan(const Plan &plan)
{
    m_plan = plan;
    emit planChanged();
}

void WizardState::recheck()
{
    const int generation = ++m_generation;
    if (!m_checking) {
        m_checking = true;
        emit checkingChanged(true);
    }
    const Host *host = &m_host;
    const std::shared_ptr<const Knowledge> knowledge = m_knowledge;
    const Choices choices = m_choices;
    const int timeout = probeTimeoutMs;
    QPointer<WizardState> self(this);
    QThread *thread = QThread::create([=] {
        ProbeOptions options;
        options.commandTimeoutMs = timeout;
        // Probe what a new terminal will see: the PATH / CUDA_HOME of gpu-setup's profile block
        // count at once, not only after the student logs in again.
        const auto shell = EnvOverlayHost::forNewLoginShell(*host);
        auto facts = std::make_shared<Facts>(probeAll(*shell, options));
        auto plan = std::make_shared<Plan>(advise(*facts, *knowledge, choices));
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, facts, plan] {
                if (!self || generation != self->m_generation) return; // a newer check runs
                self->m_facts = *facts;
                self->m_hasFacts = true;
                // Choices may have changed while probing: advise again only then.
                if (self->m_choices.envName == plan->choices.envName &&
                    self->m_choices.framework == plan->choices.framework &&
                    self->m_choices.frameworkVersion == plan->choices.frameworkVersion &&
                    self->m_choices.python == plan->choices.python &&
                    self->m_choices.toolkit == plan->choices.toolkit &&
                    self->m_choices.cudnn == plan->choices.cudnn &&
                    self->m_choices.mirror == plan->choices.mirror &&
                    self->m_choices.condaFlavour == plan->choices.condaFlavour)
                    self->m_plan = *plan;
                else
                    self->m_plan = advise(self->m_facts, *self->m_knowledge, self->m_choices);
                self->m_checking = false;
                emit self->checkingChanged(false);
                emit self->planChanged();
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

QString WizardState::journalPath() const
{
    return m_session->isOpen() ? QDir(m_session->stateDir).filePath(QStringLiteral("journal.json"))
                               : QString();
}

void WizardState::loadJournal()
{
    const QString path = m_session->stateDir.isEmpty()
                             ? QString()
                             : QDir(m_session->stateDir).filePath(QStringLiteral("journal.json"));
    if (path.isEmpty()) return;
    Journal j(path);
    QString error;
    if (!j.load(&error)) {
        spdlog::warn("{}", error.toStdString()); // kept aside at the next append
        return;
    }
    m_journal = j.entries();
    emit journalChanged();
}

void WizardState::addJournalEntry(const JournalEntry &entry)
{
    // One journal for the wizard and the CLI: appended under its lock, then read back with
    // whatever another gpu-setup added meanwhile.
    if (const QString path = journalPath(); !path.isEmpty()) {
        Journal j(path);
        QString error;
        if (j.append(entry, &error)) {
            m_journal = j.entries();
            emit journalChanged();
            return;
        }
        spdlog::warn("not journaled: {}", error.toStdString());
    }
    m_journal << entry;
    emit journalChanged();
}

bool WizardState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        readvise();
    return QObject::eventFilter(watched, event);
}

} // namespace gpusetup
