#include "actions/CudnnInstallOperation.h"

#include "actions/CommandOperation.h"
#include "actions/HelperOperation.h"
#include "actions/HelperRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <atomic>
#include <fcntl.h>
#include <thread>
#include <unistd.h>

namespace gpusetup {

namespace {

// The helper's copy, run in-process as the user when the toolkit is the user's own: the same
// rules (only cudnn*.h and libcudnn*, symlinks kept, backups, rollback) on a worker thread.
class LocalCopyOperation : public Operation
{
public:
    LocalCopyOperation(const QString &id, const QString &src, const QString &toolkit)
        : Operation(id), m_src(src), m_toolkit(toolkit)
    {
    }
    ~LocalCopyOperation() override
    {
        if (m_cancelPipe[1] >= 0) askToStop();
        if (m_thread.joinable()) m_thread.join();
        for (int fd : m_cancelPipe)
            if (fd >= 0) ::close(fd);
    }
    QString title() const override { return tr("Copy cuDNN into %1").arg(m_toolkit); }
    QStringList dryRun() const override
    {
        HelperRequest r;
        HelperAction a;
        a.kind = HelperAction::Kind::CopyCudnn;
        a.path = m_src;
        a.toolkitDir = m_toolkit;
        r.actions << a;
        return r.describe();
    }

protected:
    void doStart() override
    {
        if (::pipe2(m_cancelPipe, O_CLOEXEC) != 0) {
            finish({false, false, tr("Could not create a pipe."), {}});
            return;
        }
        m_thread = std::thread([this] {
            HelperRequest r;
            HelperAction a;
            a.kind = HelperAction::Kind::CopyCudnn;
            a.path = m_src;
            a.toolkitDir = m_toolkit;
            r.verb = QStringLiteral("install-cudnn");
            r.actions << a;
            HelperRunOptions o;
            o.cancelFd = m_cancelPipe[0];
            // The user's own toolkit: theirs, and writable by nobody else.
            o.trustedUid = ::geteuid();
            o.ownToolkit = true;
            o.output = [this](const QString &line) {
                QMetaObject::invokeMethod(
                    this, [this, line] { onLine(line); }, Qt::QueuedConnection);
            };
            QString failure;
            const int rc = runHelperRequest(r, o, &failure);
            QMetaObject::invokeMethod(
                this,
                [this, rc, failure] {
                    if (m_thread.joinable()) m_thread.join();
                    finish({rc == helper::Ok,
                            rc == helper::Cancelled,
                            rc == helper::Ok ? tr("cuDNN was copied into %1.").arg(m_toolkit)
                                             : failure,
                            {}});
                },
                Qt::QueuedConnection);
        });
    }
    void doCancel() override { askToStop(); }

private:
    void askToStop()
    {
        // A full pipe already holds a "cancel": nothing more to say.
        if (m_cancelPipe[1] >= 0 && ::write(m_cancelPipe[1], "cancel\n", 7) < 0) return;
    }
    void onLine(const QString &line)
    {
        double f = 0;
        QString text;
        if (helper::parseProgressLine(line, &f, &text)) {
            setProgress(f);
            setStatus(text);
        } else if (line.startsWith(QLatin1String("@changed "))) {
            const QStringList p = line.mid(9).split(QLatin1Char(' '));
            recordChange({p.value(0), p.value(1), p.value(2), tr("cuDNN")});
            log(line.mid(9));
        } else {
            log(line);
        }
    }
    QString m_src, m_toolkit;
    int m_cancelPipe[2] = {-1, -1};
    std::thread m_thread;
};

bool writable(QString path)
{
    while (!path.isEmpty() && !QFileInfo::exists(path))
        path = QFileInfo(path).path();
    return QFileInfo(path).isWritable();
}

} // namespace

QStringList CudnnInstallOperation::extractCommand(const QString &archive, const QString &target,
                                                  int strip)
{
    return {QStringLiteral("tar"),
            QStringLiteral("-xf"),
            archive,
            QStringLiteral("-C"),
            target,
            QStringLiteral("--strip-components=%1").arg(strip),
            QStringLiteral("--no-same-owner")};
}

std::unique_ptr<Operation> CudnnInstallOperation::makeExtractOperation(const QString &id,
                                                                       const QString &archive,
                                                                       const QString &target,
                                                                       int strip)
{
    return std::make_unique<CommandOperation>(id, tr("Unpack %1").arg(archive),
                                              extractCommand(archive, target, strip));
}

CudnnInstallOperation::CudnnInstallOperation(const QString &id, const CudnnSpec &spec,
                                             const ActionContext &ctx, QObject *parent)
    : CompositeOperation(id, parent), m_spec(spec), m_ctx(ctx)
{
}

QString CudnnInstallOperation::title() const
{
    return m_spec.toolkitDir.isEmpty() ? tr("Install cuDNN into %1").arg(m_spec.userDir)
                                       : tr("Install cuDNN into %1").arg(m_spec.toolkitDir);
}

bool CudnnInstallOperation::usesHelper() const
{
    if (m_spec.toolkitDir.isEmpty()) return false;
    if (m_mode != Mode::Auto) return m_mode == Mode::Helper;
    return !writable(m_spec.toolkitDir);
}

QString CudnnInstallOperation::toolkitSeen() const
{
    return (usesHelper() ? m_ctx.helperTestRoot : QString()) + m_spec.toolkitDir;
}

HelperOperation CudnnInstallOperation::helperCall() const
{
    return HelperOperation(id() + QStringLiteral(".copy"), title(), QStringLiteral("install-cudnn"),
                           {m_spec.archive, m_spec.toolkitDir}, m_ctx.pkexec, m_ctx.helperPath);
}

QString CudnnInstallOperation::unpackDir() const
{
    if (m_spec.toolkitDir.isEmpty()) return m_spec.userDir + QStringLiteral(".partial");
    if (!m_spec.workDir.isEmpty()) return m_spec.workDir;
    const QString base = m_ctx.home.isEmpty() ? QDir::homePath() : m_ctx.home;
    return base + QStringLiteral("/.cache/gpu-setup/cudnn-unpacked");
}

QString CudnnInstallOperation::libraryDir() const
{
    if (!m_spec.toolkitDir.isEmpty()) return m_spec.toolkitDir + QStringLiteral("/lib64");
    // Archives since 8.3 have lib/, the older .tgz lib64/.
    return m_spec.userDir + (QFileInfo(m_spec.userDir + QStringLiteral("/lib64")).isDir() &&
                                     !QFileInfo(m_spec.userDir + QStringLiteral("/lib")).isDir()
                                 ? QStringLiteral("/lib64")
                                 : QStringLiteral("/lib"));
}

QStringList CudnnInstallOperation::dryRun() const
{
    if (usesHelper()) // the helper checks, unpacks and copies NVIDIA's archive itself
        return helperCall().dryRun();
    QStringList lines;
    const QString dir = unpackDir();
    lines << CommandOperation::quoted({"mkdir", "-p", dir});
    lines << CommandOperation::quoted(extractCommand(m_spec.archive, dir, 1));
    if (m_spec.toolkitDir.isEmpty()) {
        lines << CommandOperation::quoted({"mv", dir, m_spec.userDir});
        lines << QStringLiteral("# next, the profile step: add %1 to LD_LIBRARY_PATH in the "
                                "gpu-setup block of your shell profile")
                     .arg(libraryDir());
    } else {
        LocalCopyOperation c(id(), dir, m_spec.toolkitDir);
        lines << c.dryRun();
        lines << CommandOperation::quoted({"rm", "-r", dir});
    }
    return lines;
}

void CudnnInstallOperation::doStart()
{
    resetCancel();
    m_version.clear();
    if (!QFileInfo(m_spec.archive).isFile()) {
        finish({false,
                false,
                tr("The cuDNN archive %1 is not there; download it first.").arg(m_spec.archive),
                {}});
        return;
    }
    if (m_spec.toolkitDir.isEmpty()) {
        const QDir target(m_spec.userDir);
        if (target.exists() && !target.isEmpty()) {
            finish(
                {false,
                 false,
                 tr("%1 already exists; remove it or choose another folder.").arg(m_spec.userDir),
                 {}});
            return;
        }
    } else if (!QFileInfo(toolkitSeen()).isDir()) {
        finish({false,
                false,
                tr("The toolkit folder %1 does not exist; install the toolkit first.")
                    .arg(m_spec.toolkitDir),
                {}});
        return;
    }
    if (usesHelper()) {
        auto h = std::make_unique<HelperOperation>(
            helperCall().id(), title(), QStringLiteral("install-cudnn"), helperCall().helperArgs(),
            m_ctx.pkexec, m_ctx.helperPath);
        h->setEnvironment(m_env);
        setStatus(tr("Installing cuDNN into %1…").arg(m_spec.toolkitDir));
        runChild(std::move(h), 0.0, 0.99, [this](const OperationResult &r) { afterCopy(r); });
        return;
    }
    const QString dir = unpackDir();
    QDir(dir).removeRecursively(); // a leftover of an interrupted run
    if (!QDir().mkpath(dir)) {
        finish({false, false, tr("Could not create %1.").arg(dir), {}});
        return;
    }
    setStatus(tr("Unpacking cuDNN…"));
    auto x = makeExtractOperation(id() + QStringLiteral(".extract"), m_spec.archive, dir, 1);
    if (auto *c = qobject_cast<CommandOperation *>(x.get())) c->setEnvironment(m_env);
    runChild(std::move(x), 0.0, m_spec.toolkitDir.isEmpty() ? 0.95 : 0.6,
             [this](const OperationResult &r) { afterExtract(r); });
}

QString CudnnInstallOperation::readVersion(const QString &includeDir) const
{
    for (const QString &h : {QStringLiteral("/cudnn_version.h"), QStringLiteral("/cudnn.h")}) {
        QFile f(includeDir + h);
        if (!f.open(QIODevice::ReadOnly)) continue;
        const QString text = QString::fromUtf8(f.read(1 << 20));
        QStringList parts;
        for (const char *name : {"MAJOR", "MINOR", "PATCHLEVEL"}) {
            const QRegularExpression re(
                QStringLiteral("#define CUDNN_%1\\s+([0-9]+)").arg(QLatin1String(name)));
            const auto m = re.match(text);
            if (m.hasMatch()) parts << m.captured(1);
        }
        if (parts.size() == 3) return parts.join(QLatin1Char('.'));
    }
    return {};
}

void CudnnInstallOperation::afterExtract(const OperationResult &r)
{
    const QString dir = unpackDir();
    if (!r.ok || cancelRequested()) {
        QDir(dir).removeRecursively();
        OperationResult f = r;
        if (r.ok)
            f = {false, true, tr("Cancelled; nothing was installed."), {}};
        else if (!r.cancelled)
            f.message = tr("Could not unpack %1: %2").arg(m_spec.archive, r.message);
        finish(f);
        return;
    }
    QString why;
    if (helper::cudnnFiles(dir, &why).isEmpty()) {
        QDir(dir).removeRecursively();
        finish({false, false, tr("The archive does not look like cuDNN: %1").arg(why), {}});
        return;
    }
    if (m_spec.toolkitDir.isEmpty()) {
        m_version = readVersion(dir + QStringLiteral("/include"));
        QDir().mkpath(QFileInfo(m_spec.userDir).path());
        QDir().rmdir(m_spec.userDir); // an empty folder from cudnn.make-dir
        if (!QDir().rename(dir, m_spec.userDir)) {
            QDir(dir).removeRecursively();
            finish({false,
                    false,
                    tr("Could not move the unpacked files to %1.").arg(m_spec.userDir),
                    {}});
            return;
        }
        recordChange({QStringLiteral("dir-created"),
                      m_spec.userDir,
                      {},
                      QStringLiteral("cuDNN %1").arg(m_version)});
        log(tr("Next: the profile step adds %1 to LD_LIBRARY_PATH.").arg(libraryDir()));
        finish({true,
                false,
                tr("cuDNN %1 is in %2; add %3 to LD_LIBRARY_PATH (the profile step does it).")
                    .arg(m_version, m_spec.userDir, libraryDir()),
                {}});
        return;
    }
    std::unique_ptr<Operation> copy = std::make_unique<LocalCopyOperation>(
        id() + QStringLiteral(".copy"), dir, m_spec.toolkitDir);
    setStatus(tr("Copying cuDNN into %1…").arg(m_spec.toolkitDir));
    runChild(std::move(copy), 0.6, 0.99, [this](const OperationResult &r) { afterCopy(r); });
}

void CudnnInstallOperation::afterCopy(const OperationResult &r)
{
    QDir(unpackDir()).removeRecursively();
    if (!r.ok) {
        finish(r);
        return;
    }
    m_version = readVersion(toolkitSeen() + QStringLiteral("/include"));
    finish({true, false, tr("cuDNN %1 is installed in %2.").arg(m_version, m_spec.toolkitDir),
            r.details});
}

void CudnnInstallOperation::doUndo()
{
    if (usesHelper()) {
        finishUndo({false, false, tr("Changes made as administrator are not undone automatically."),
                    tr("See the journal for the files the helper wrote.")});
        return;
    }
    CompositeOperation::doUndo();
}

} // namespace gpusetup
