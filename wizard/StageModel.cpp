#include "StageModel.h"

#include "WizardSession.h"

#include "actions/CommandOperation.h"
#include "actions/Operation.h"
#include "probe/Packages.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace gpusetup {

namespace {
const QString kEnrollMok = QStringLiteral("driver.enroll-mok");
} // namespace

StageModel::StageModel(WizardState &state, StageId stage, QObject *parent)
    : QObject(parent), m_state(state), m_stage(stage)
{
    dkmsModuleInstalled = [host = &state.host(),
                           timeout = state.probeTimeoutMs]() -> std::optional<bool> {
        FactState st = FactState::Unknown;
        const QList<DebPackage> pkgs = queryPackages(
            *host, {QStringLiteral("nvidia-dkms-*"), QStringLiteral("nvidia-kernel-dkms")}, timeout,
            &st);
        if (st != FactState::Found) return std::nullopt;
        for (const DebPackage &p : pkgs)
            if (p.installed()) return true;
        return false;
    };
    connect(&m_state.session(), &WizardSession::changed, this, [this] { emit changed(); });
    connect(&m_state, &WizardState::planChanged, this, &StageModel::rebuild);
    connect(&m_state, &WizardState::checkingChanged, this, [this] {
        emit changed();
        emitReadyIfChanged();
    });
    rebuild();
}

StageModel::~StageModel()
{
    if (m_op) {
        disconnect(m_op.get(), nullptr, this, nullptr);
        m_op->cancel();
    }
}

StageStatus StageModel::status() const
{
    const StagePlan *s = stagePlan();
    return s ? s->status : StageStatus::Blocked;
}

QString StageModel::bannerKind() const
{
    if (m_state.isChecking() || !m_state.hasFacts()) return QStringLiteral("checking");
    if (m_skipped) return QStringLiteral("skipped");
    switch (status()) {
    case StageStatus::Done:
        return QStringLiteral("done");
    case StageStatus::NeedsAction:
        return QStringLiteral("needs-action");
    case StageStatus::Optional:
        return QStringLiteral("optional");
    case StageStatus::Skipped:
        return QStringLiteral("skipped");
    case StageStatus::Blocked:
        break;
    }
    return QStringLiteral("blocked");
}

QString StageModel::commandText() const
{
    QStringList all;
    for (const StepView &v : m_steps) {
        if (!v.automated) all << QStringLiteral("# ") + v.step.description;
        all << v.lines;
    }
    return all.join(QLatin1Char('\n'));
}

bool StageModel::hasRunnableSteps() const
{
    for (const StepView &v : m_steps)
        if (v.automated) return true;
    return false;
}

bool StageModel::isReady() const
{
    return !m_running && !m_waitingPassword && !m_state.isChecking() && m_state.hasFacts();
}

bool StageModel::isRestartStep(const QString &stepId)
{
    return stepId == QLatin1String("driver.reboot") ||
           stepId == QLatin1String("driver.mok-manager");
}

bool StageModel::awaitingReboot() const
{
    if (m_state.session().rebootAwaited(m_stage)) return true;
    // Nothing left but the restart (a driver update waiting, a key waiting for MokManager).
    if (m_steps.isEmpty()) return false;
    for (const StepView &v : m_steps)
        if (!isRestartStep(v.step.id)) return false;
    return true;
}

bool StageModel::mokPending() const
{
    return m_mokQueued || m_state.session().mokQueued() || m_state.facts().boot.mokPendingKeys > 0;
}

void StageModel::setSkipped(bool on)
{
    if (m_skipped == on) return;
    m_skipped = on;
    emit changed();
    emitReadyIfChanged();
}

bool StageModel::canRequest() const
{
    if (m_stage != StageId::Toolkit && m_stage != StageId::Cudnn) return false;
    return status() == StageStatus::Optional || isRequested();
}

bool StageModel::isRequested() const
{
    const Choices &c = m_state.choices();
    return (m_stage == StageId::Toolkit ? c.toolkit : c.cudnn) == Want::Yes;
}

void StageModel::setRequested(bool on)
{
    Choices c = m_state.choices();
    (m_stage == StageId::Toolkit ? c.toolkit : c.cudnn) = on ? Want::Yes : Want::Auto;
    m_state.setChoices(c);
}

void StageModel::rebuild()
{
    QStringList oldIds;
    for (const StepView &v : m_steps)
        oldIds << v.step.id;
    m_steps.clear();
    const StagePlan *s = stagePlan();
    const ActionContext ctx = m_state.actionContext();
    QStringList newIds;
    if (s) {
        for (const Step &step : s->steps) {
            StepView v;
            v.step = step;
            newIds << step.id;
            QString why;
            std::unique_ptr<Operation> op;
            if (step.id == kEnrollMok) {
                // Shown with the commands the root side runs; the password is asked at Run.
                if (m_state.mokEnrollOperation)
                    op = m_state.mokEnrollOperation(ctx, QString());
                else
                    why = tr("This build of gpu-setup cannot enrol the key itself.");
            } else {
                op = operationForStep(step, ctx, &why);
            }
            if (op) {
                v.automated = true;
                v.lines = op->dryRun();
            } else {
                v.why = why;
                if (!step.argv.isEmpty())
                    v.lines << (step.privileged ? QStringLiteral("sudo ") : QString()) +
                                   CommandOperation::quoted(step.argv);
                else if (step.kind == QLatin1String("edit") && !step.path.isEmpty())
                    v.lines << QStringLiteral("%1:\n%2").arg(step.path, step.content.trimmed());
            }
            m_steps << v;
        }
    }
    if (newIds != oldIds && !m_running) {
        m_next = 0;
        m_lastOk = false;
    }
    emit changed();
    emitReadyIfChanged();
}

void StageModel::emitReadyIfChanged()
{
    const bool r = isReady();
    if (r != m_lastReady) {
        m_lastReady = r;
        emit readyChanged(r);
    }
}

void StageModel::run()
{
    if (m_running || m_steps.isEmpty()) return;
    if (m_next >= m_steps.size()) m_next = 0;
    m_running = true;
    m_cancelRequested = false;
    m_lastOk = false;
    if (m_next == 0) m_ranOk.clear();
    emit runningChanged(true);
    emitReadyIfChanged();
    runNext();
}

void StageModel::cancel()
{
    if (m_waitingPassword) {
        providePassword(QString());
        return;
    }
    if (!m_running) return;
    m_cancelRequested = true;
    if (m_op) m_op->cancel();
}

void StageModel::finishRun(bool ok, const QString &message, bool recheck)
{
    m_running = false;
    m_waitingPassword = false;
    m_lastOk = ok;
    m_lastMessage = message;
    emit logLine(message);
    emit runningChanged(false);
    emit runFinished(ok, message);
    emit changed();
    emitReadyIfChanged();
    // What ran may have changed the machine: look again and advise again.
    if (recheck && !m_state.isDryRun()) m_state.recheck();
}

void StageModel::runNext()
{
    if (m_cancelRequested) {
        finishRun(false, tr("Stopped: the remaining steps did not run."), true);
        return;
    }
    if (m_next >= m_steps.size()) {
        finishRun(true,
                  m_state.isDryRun() ? tr("Demo run finished: every step was shown, nothing "
                                          "on this computer changed.")
                                     : tr("All steps of this stage finished."),
                  true);
        return;
    }
    const StepView v = m_steps.at(m_next);
    const int index = m_next;
    emit progress(double(index) / m_steps.size(), v.step.description);
    if (isRestartStep(v.step.id)) {
        // Everything before the restart ran: hand over to it. The session remembers the page
        // (and how the driver looked), so the wizard opens here again afterwards.
        for (int i = m_next; i < m_steps.size(); ++i)
            emit logLine(tr("After this: %1").arg(m_steps.at(i).step.description));
        m_state.session().awaitReboot(m_stage, m_ranOk, m_mokQueued);
        m_next = int(m_steps.size());
        finishRun(true,
                  m_state.isDryRun()
                      ? tr("Demo: every step before the restart was shown; nothing on this "
                           "computer changed.")
                      : tr("Everything before the restart is done: restart the computer to "
                           "finish this stage."),
                  true);
        return;
    }
    if (!v.automated) {
        emit logLine(tr("Your turn: %1").arg(v.step.description));
        for (const QString &l : v.lines)
            emit logLine(QStringLiteral("  ") + l);
        ++m_next;
        if (m_state.isDryRun()) {
            if (v.step.id == kEnrollMok) m_mokQueued = true; // demo: as if queued
            runNext();
            return;
        }
        finishRun(false,
                  tr("Do this step yourself (shown above), then press Run again to continue."),
                  false);
        return;
    }
    if (v.step.id == kEnrollMok && !m_state.isDryRun()) {
        askForPassword(v);
        return;
    }
    QString why;
    std::unique_ptr<Operation> op = v.step.id == kEnrollMok && m_state.mokEnrollOperation
                                        ? m_state.mokEnrollOperation(m_state.actionContext(), {})
                                        : operationForStep(v.step, m_state.actionContext(), &why);
    if (!op) {
        finishRun(false, why, false);
        return;
    }
    startOperation(std::move(op), v);
}

void StageModel::askForPassword(const StepView &v)
{
    m_waitingPassword = true;
    emitReadyIfChanged();
    // First: is there a locally built module at all? (off the GUI thread: dpkg-query)
    QPointer<StageModel> self(this);
    auto check = dkmsModuleInstalled;
    QThread *thread = QThread::create([self, check, v] {
        const std::optional<bool> dkms = check ? check() : std::nullopt;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, dkms, v] {
                if (!self || !self->m_waitingPassword) return;
                if (dkms.has_value() && !*dkms) {
                    self->m_waitingPassword = false;
                    emit self->logLine(
                        tr("No NVIDIA module was built on this computer: Ubuntu installed its "
                           "signed modules, so there is no key to enrol."));
                    ++self->m_next;
                    self->runNext();
                    return;
                }
                emit self->logLine(tr("Your turn: choose the one-time password for the key."));
                emit self->passwordNeeded(v.step);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void StageModel::providePassword(const QString &password)
{
    if (!m_waitingPassword) return;
    m_waitingPassword = false;
    if (password.isEmpty()) {
        finishRun(false,
                  tr("The key was not queued, so under Secure Boot the driver will not load. "
                     "Press Run to choose the password."),
                  false);
        return;
    }
    const StepView v = m_steps.value(m_next);
    if (v.step.id != kEnrollMok || !m_state.mokEnrollOperation) {
        finishRun(false, tr("This build of gpu-setup cannot enrol the key itself."), false);
        return;
    }
    startOperation(m_state.mokEnrollOperation(m_state.actionContext(), password), v);
}

void StageModel::startOperation(std::unique_ptr<Operation> op, const StepView &v)
{
    m_op = std::move(op);
    const int index = m_next;
    Operation *raw = m_op.get();
    emit logLine(QStringLiteral("$ ") + v.lines.join(QStringLiteral("\n$ ")));
    connect(raw, &Operation::logLine, this, &StageModel::logLine);
    connect(raw, &Operation::bytesProgress, this, &StageModel::bytesProgress);
    const int total = int(m_steps.size());
    connect(raw, &Operation::progressChanged, this, [this, index, total, raw](double f) {
        emit progress((index + qBound(0.0, f, 1.0)) / total, raw->status());
    });
    const QString stepId = v.step.id;
    connect(raw, &Operation::finished, this, [this, raw, stepId](const OperationResult &r) {
        const JournalEntry entry = raw->journalEntry();
        m_state.addJournalEntry(entry);
        m_state.session().recordStep(m_stage, entry);
        m_op.release()->deleteLater();
        if (r.cancelled) {
            finishRun(false, tr("Cancelled: %1").arg(r.message), true);
        } else if (!r.ok) {
            finishRun(false, r.message, true);
        } else {
            m_ranOk << stepId;
            if (stepId == kEnrollMok) m_mokQueued = true; // demo: shown as it would be
            ++m_next;
            runNext();
        }
    });
    raw->start();
}

} // namespace gpusetup
