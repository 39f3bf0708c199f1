#include "actions/CompositeOperation.h"

#include <QMetaObject>

namespace gpusetup {

CompositeOperation::~CompositeOperation()
{
    if (m_child) m_child->disconnect(this);
}

void CompositeOperation::runChild(std::unique_ptr<Operation> child, double from, double to,
                                  std::function<void(const OperationResult &)> then)
{
    Operation *c = child.get();
    if (m_child) m_child.release()->deleteLater();
    m_child = std::move(child);
    connect(c, &Operation::logLine, this, [this](const QString &l) { log(l); });
    connect(c, &Operation::statusChanged, this, [this](const QString &s) { setStatus(s); });
    connect(c, &Operation::progressChanged, this, [this, from, to](double f) {
        setProgress(f < 0 ? -1 : from + (to - from) * qBound(0.0, f, 1.0));
    });
    connect(c, &Operation::finished, this, [this, c, then](const OperationResult &r) {
        for (const JournalChange &ch : c->journalEntry().changes)
            recordChange(ch);
        m_childEntries << c->journalEntries();
        if (m_child.get() == c) m_child.release()->deleteLater();
        then(r);
    });
    setProgress(from);
    c->start();
    if (m_cancelRequested) c->cancel();
}

void CompositeOperation::doCancel()
{
    m_cancelRequested = true;
    if (m_child && m_child->state() == State::Running)
        m_child->cancel();
    else
        cancelBetweenChildren();
}

void CompositeOperation::cancelBetweenChildren()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            finish({false, true, tr("Cancelled."), {}});
        },
        Qt::QueuedConnection);
}

} // namespace gpusetup
