#include "actions/Operation.h"

#include <QDateTime>
#include <QMetaObject>

#include <spdlog/spdlog.h>

namespace gpusetup {

Operation::Operation(const QString &id, QObject *parent) : QObject(parent), m_id(id)
{
    qRegisterMetaType<gpusetup::OperationResult>();
}

Operation::~Operation() = default;

void Operation::start()
{
    if (m_state == State::Running) return;
    m_state = State::Running;
    m_result = {};
    m_entry = {};
    m_entry.id = m_id;
    m_entry.title = title();
    m_entry.privileged = needsPrivilege();
    m_entry.commands = dryRun();
    m_entry.startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_clock.start();
    spdlog::info("operation {} start{}", m_id.toStdString(), m_dryRun ? " (dry run)" : "");
    if (m_dryRun) {
        for (const QString &line : std::as_const(m_entry.commands))
            log(line);
        // Queued, so a caller connecting after start() still sees finished().
        QMetaObject::invokeMethod(
            this,
            [this] {
                OperationResult r;
                r.ok = true;
                r.message = tr("Dry run: nothing was changed.");
                r.details = m_entry.commands.join(QLatin1Char('\n'));
                finish(r);
            },
            Qt::QueuedConnection);
        return;
    }
    doStart();
}

void Operation::cancel()
{
    if (m_state != State::Running) return;
    spdlog::info("operation {} cancel requested", m_id.toStdString());
    if (m_dryRun) return; // finishes on its own at the next event-loop turn
    doCancel();
}

void Operation::undo()
{
    if (m_state != State::Succeeded && m_state != State::Failed && m_state != State::Cancelled) {
        OperationResult r;
        r.message = tr("There is nothing to undo yet.");
        QMetaObject::invokeMethod(
            this, [this, r] { emit undoFinished(r); }, Qt::QueuedConnection);
        return;
    }
    doUndo();
}

void Operation::doUndo()
{
    OperationResult r;
    const QStringList problems = Journal::undoChanges(m_entry.changes);
    r.ok = problems.isEmpty();
    r.message = r.ok ? tr("The changes were undone.")
                     : tr("Some changes could not be undone: %1").arg(problems.first());
    r.details = problems.join(QLatin1Char('\n'));
    finishUndo(r);
}

void Operation::setProgress(double fraction)
{
    if (fraction == m_progress) return;
    m_progress = fraction;
    emit progressChanged(fraction);
}

void Operation::setStatus(const QString &status)
{
    if (status == m_status) return;
    m_status = status;
    emit statusChanged(status);
}

void Operation::log(const QString &line)
{
    spdlog::debug("[{}] {}", m_id.toStdString(), line.toStdString());
    emit logLine(line);
}

void Operation::recordChange(const JournalChange &change)
{
    m_entry.changes.append(change);
}

void Operation::finish(const OperationResult &result)
{
    if (m_state != State::Running) return; // exactly once
    m_result = result;
    m_state = result.ok ? State::Succeeded : (result.cancelled ? State::Cancelled : State::Failed);
    m_entry.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_entry.outcome = m_dryRun           ? QStringLiteral("dry-run")
                      : result.ok        ? QStringLiteral("ok")
                      : result.cancelled ? QStringLiteral("cancelled")
                                         : QStringLiteral("failed");
    m_entry.message = result.message;
    m_entry.details = result.details;
    if (result.ok) setProgress(1.0);
    spdlog::info("operation {} {}: {}", m_id.toStdString(), m_entry.outcome.toStdString(),
                 result.message.toStdString());
    emit finished(result);
}

void Operation::finishUndo(const OperationResult &result)
{
    if (result.ok) {
        m_state = State::Undone;
        m_entry.outcome = QStringLiteral("undone");
    }
    emit undoFinished(result);
}

} // namespace gpusetup
