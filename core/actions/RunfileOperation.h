#pragma once
// Installs the CUDA toolkit from NVIDIA's runfile, toolkit only (never --driver): checks gcc,
// make and free space first (the runfile needs about 3x its size: it unpacks itself, then
// installs), runs it directly into a folder the user owns or through the helper otherwise
// (which takes only NVIDIA's runfiles, unpacks them in a folder of its own and checks the
// space there itself), and keeps the installer's log tail. A failed or cancelled run removes
// the folder it created.
#include "actions/CompositeOperation.h"
#include "actions/StepOperations.h"

#include <QDateTime>
#include <QProcessEnvironment>
#include <QTimer>

#include <atomic>
#include <functional>
#include <thread>

namespace gpusetup {

struct RunfileSpec
{
    QString runfile; // the downloaded cuda_X.Y.Z_..._linux.run
    QString sha256;  // expected; "" = not re-checked as the user (the helper hashes it anyway)
    QString prefix;  // --toolkitpath
    QString tmpdir = QStringLiteral("/tmp"); // run as the user only; the helper uses its own
    bool noManPage = true; // the perl installer before 10.1 does not know --no-man-page
};

class RunfileOperation : public CompositeOperation
{
    Q_OBJECT
public:
    enum class Mode { Auto, Direct, Helper }; // Auto: direct when the prefix is writable
    RunfileOperation(const QString &id, const RunfileSpec &spec, const ActionContext &ctx,
                     QObject *parent = nullptr);
    ~RunfileOperation() override;

    QString title() const override;
    QStringList dryRun() const override;
    bool needsPrivilege() const override { return usesHelper(); }
    bool canUndo() const override { return !usesHelper(); }

    void setMode(Mode m) { m_mode = m; }
    bool usesHelper() const;
    // PATH for gcc/make and the installer (tests remove gcc from it).
    void setEnvironment(const QProcessEnvironment &env) { m_env = env; }
    // Free bytes on the filesystem holding an existing folder (tests inject a full disk).
    void setFreeSpaceFunction(std::function<qint64(const QString &)> f) { m_freeSpace = f; }
    // The installer command run as the user (or by the helper as root).
    QStringList installerArgv() const;

    static qint64 defaultFreeSpace(const QString &existingDir);

protected:
    void doStart() override;
    // What root changed is not undone by the user's process (HelperOperation says the same).
    void doUndo() override;
    void cancelBetweenChildren() override;

private:
    bool precheck(QString *message, QString *details);
    void afterHash(const QString &sha);
    void runInstaller(const QString &sha);
    void finishInstall(const OperationResult &r);
    QString installerLogTail() const;
    void removeCreated();

    RunfileSpec m_spec;
    ActionContext m_ctx;
    Mode m_mode = Mode::Auto;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    std::function<qint64(const QString &)> m_freeSpace;
    QStringList m_created; // folders this run created, removed again on failure
    QDateTime m_startedAt;
    QTimer m_poll;
    qint64 m_runfileSize = 0;
    std::thread m_hasher;
    std::atomic_bool m_stopHash{false};
};

} // namespace gpusetup
