#pragma once
// Installs cuDNN from NVIDIA's archive, either into a user folder (~/.local/cudnn-9.x, no
// root; the profile step then adds its lib folder to LD_LIBRARY_PATH) or into a toolkit: by
// itself when the toolkit is the user's, through the helper's install-cudnn otherwise, which
// takes the archive itself (NVIDIA's only: its SHA-256 must be in cudnn.json), unpacks it as
// root in a folder of its own and copies from there. Unpacking as the user goes to a
// ".partial" folder first, so a failure or cancel leaves nothing half-done.
#include "actions/CompositeOperation.h"
#include "actions/HelperOperation.h"
#include "actions/StepOperations.h"

#include <QProcessEnvironment>

namespace gpusetup {

struct CudnnSpec
{
    QString archive;    // cudnn-linux-x86_64-9.x.y.z_cuda12-archive.tar.xz (or the old .tgz)
    QString userDir;    // user-folder mode: where it goes (~/.local/cudnn-9.x-cuda12)
    QString toolkitDir; // toolkit mode when set: copy include/ and lib/ into it
    QString workDir;    // toolkit mode: where to unpack before copying ("" = userDir or ~/.cache)
};

class CudnnInstallOperation : public CompositeOperation
{
    Q_OBJECT
public:
    enum class Mode { Auto, Direct, Helper }; // toolkit mode only; Auto: by writability
    CudnnInstallOperation(const QString &id, const CudnnSpec &spec, const ActionContext &ctx,
                          QObject *parent = nullptr);

    QString title() const override;
    QStringList dryRun() const override;
    bool needsPrivilege() const override { return usesHelper(); }
    bool canUndo() const override { return !usesHelper(); }
    void setMode(Mode m) { m_mode = m; }
    bool usesHelper() const;
    void setEnvironment(const QProcessEnvironment &env) { m_env = env; }

    // User-folder mode: the folder the profile step must add to LD_LIBRARY_PATH.
    QString libraryDir() const;
    // "9.6.0" after a successful run (read from the installed header).
    QString installedVersion() const { return m_version; }

    // The unpack step: tar for now; switch to ExtractOperation here once it is merged.
    static std::unique_ptr<Operation> makeExtractOperation(const QString &id,
                                                           const QString &archive,
                                                           const QString &target, int strip);
    static QStringList extractCommand(const QString &archive, const QString &target, int strip);

protected:
    void doStart() override;
    // What root changed is not undone by the user's process (HelperOperation says the same).
    void doUndo() override;

private:
    QString unpackDir() const;
    HelperOperation helperCall() const;
    // Where the toolkit is seen from here (tests run the helper with a scratch root).
    QString toolkitSeen() const;
    void afterExtract(const OperationResult &r);
    void afterCopy(const OperationResult &r);
    QString readVersion(const QString &includeDir) const;

    CudnnSpec m_spec;
    ActionContext m_ctx;
    Mode m_mode = Mode::Auto;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QString m_version;
};

} // namespace gpusetup
