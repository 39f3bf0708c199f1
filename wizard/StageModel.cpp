#include "StageModel.h"

#include "actions/CommandOperation.h"
#include "actions/Operation.h"

namespace gpusetup {

StageModel::StageModel(WizardState &state, StageId stage, QObject *parent)
    : QObject(parent), m_state(state), m_stage(stage)
{
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
    if (m_running || m_state.isChecking() || !m_state.hasFacts()) return false;
    if (m_skipped) return true;
    const StageStatus s = status();
    if (s == StageStatus::Done || s == StageStatus::Optional || s == StageStatus::Skipped)
        return true;
    // In a dry run (snapshot / demo) "done" means every step was shown as it would run.
    return m_state.isDryRun() && m_lastOk && m_next >= m_steps.size() && !m_steps.isEmpty();
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
            std::unique_ptr<Operation> op = operationForStep(step, ctx, &why);
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
    if (newIds != oldIds) {
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
    emit runningChanged(true);
    emitReadyIfChanged();
    runNext();
}

void StageModel::cancel()
{
    if (!m_running) return;
    m_cancelRequested = true;
    if (m_op) m_op->cancel();
}

void StageModel::runNext()
{
    auto finishRun = [this](bool ok, const QString &message, bool recheck) {
        m_running = false;
        m_lastOk = ok;
        m_lastMessage = message;
        emit logLine(message);
        emit runningChanged(false);
        emit runFinished(ok, message);
        emit changed();
        emitReadyIfChanged();
        // What ran may have changed the machine: look again and advise again.
        if (recheck && !m_state.isDryRun()) m_state.recheck();
    };
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
    if (!v.automated) {
        emit logLine(tr("Your turn: %1").arg(v.step.description));
        for (const QString &l : v.lines)
            emit logLine(QStringLiteral("  ") + l);
        ++m_next;
        if (m_state.isDryRun()) {
            runNext();
            return;
        }
        finishRun(false,
                  tr("Do this step yourself (shown above), then press Run again to continue."),
                  false);
        return;
    }
    QString why;
    m_op = operationForStep(v.step, m_state.actionContext(), &why);
    if (!m_op) {
        finishRun(false, why, false);
        return;
    }
    Operation *op = m_op.get();
    emit logLine(QStringLiteral("$ ") + v.lines.join(QStringLiteral("\n$ ")));
    connect(op, &Operation::logLine, this, &StageModel::logLine);
    connect(op, &Operation::bytesProgress, this, &StageModel::bytesProgress);
    const int total = m_steps.size();
    connect(op, &Operation::progressChanged, this, [this, index, total, op](double f) {
        emit progress((index + qBound(0.0, f, 1.0)) / total, op->status());
    });
    connect(op, &Operation::finished, this, [this, op, finishRun](const OperationResult &r) {
        m_state.addJournalEntry(op->journalEntry());
        m_op.release()->deleteLater();
        if (r.cancelled) {
            finishRun(false, tr("Cancelled: %1").arg(r.message), true);
        } else if (!r.ok) {
            finishRun(false, r.message, true);
        } else {
            ++m_next;
            runNext();
        }
    });
    op->start();
}

} // namespace gpusetup
