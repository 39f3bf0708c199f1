#pragma once
// Miniconda / Miniforge: `bash FILE -b -p PREFIX`, only after FILE's sha256 matches, and only
// into a prefix that is new or empty. Undo removes the prefix this operation created, never
// a folder that held something before.
#include "actions/CommandOperation.h"

#include <QPointer>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace gpusetup {

class CondaInstallOperation : public Operation
{
    Q_OBJECT
public:
    // sha256 "" refuses to run: gpu-setup never runs an installer it cannot verify.
    CondaInstallOperation(const QString &id, const QString &installer, const QString &prefix,
                          const QString &sha256, QObject *parent = nullptr);
    ~CondaInstallOperation() override;

    QString title() const override;
    QStringList dryRun() const override;
    bool canUndo() const override { return true; }
    QStringList argv() const;

    // Hashes in chunks; false on a read error. `stop` is polled between chunks.
    static QString sha256OfFile(const QString &path, const std::atomic<bool> *stop = nullptr,
                                std::atomic<qint64> *done = nullptr, QString *why = nullptr);

protected:
    void doStart() override;
    void doCancel() override;
    void doUndo() override;

private:
    struct HashState
    {
        std::atomic<bool> stop{false};
        std::atomic<qint64> done{0};
        QString hex;
        QString error;
    };
    void hashed();
    void runInstaller();
    void onLine(const QString &line);

    QString m_installer;
    QString m_prefix;
    QString m_sha256;
    bool m_prefixExistedEmpty = false;
    bool m_cancelled = false;
    qint64 m_size = 0;
    std::shared_ptr<HashState> m_hash;
    QThread *m_thread = nullptr;
    QTimer m_hashTick;
    CommandOperation *m_cmd = nullptr;
};

} // namespace gpusetup
