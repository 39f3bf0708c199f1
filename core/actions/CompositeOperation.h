#pragma once
// An operation made of child operations run one after another (the driver stage, the runfile
// with its checks, cuDNN's unpack + copy): progress mapped into slices, logs and status
// forwarded, the children's journal changes gathered, cancel passed to the running child.
#include "actions/Operation.h"

#include <functional>
#include <memory>

namespace gpusetup {

class CompositeOperation : public Operation
{
    Q_OBJECT
public:
    using Operation::Operation;
    ~CompositeOperation() override;

protected:
    // Starts child (taking it) with its progress mapped into [from, to]; when it finishes,
    // its changes are ours and then(result) runs. A cancel arriving meanwhile reaches it.
    void runChild(std::unique_ptr<Operation> child, double from, double to,
                  std::function<void(const OperationResult &)> then);
    void doCancel() override;
    bool cancelRequested() const { return m_cancelRequested; }
    // Called on cancel when no child is running; the default finishes cancelled.
    virtual void cancelBetweenChildren();
    void resetCancel() { m_cancelRequested = false; }
    Operation *currentChild() const { return m_child.get(); }
    // The entries of the children that ran, in order (for a stage's journalEntries()).
    QList<JournalEntry> childEntries() const { return m_childEntries; }

private:
    std::unique_ptr<Operation> m_child;
    bool m_cancelRequested = false;
    QList<JournalEntry> m_childEntries;
};

} // namespace gpusetup
