#include "actions/RunfileOperation.h"

#include "actions/CommandOperation.h"
#include "actions/HelperOperation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStorageInfo>

#include <sys/stat.h>

namespace gpusetup {

namespace {

// The nearest folder of path that exists (path itself when it does).
QString existingAncestor(QString path)
{
    while (!path.isEmpty() && !QFileInfo(path).isDir()) {
        const int cut = path.lastIndexOf(QLatin1Char('/'));
        if (cut <= 0) return QStringLiteral("/");
        path.truncate(cut);
    }
    return path.isEmpty() ? QStringLiteral("/") : path;
}

quint64 deviceOf(const QString &dir)
{
    struct stat st;
    return ::stat(QFile::encodeName(dir).constData(), &st) == 0 ? quint64(st.st_dev) : 0;
}

QString gigabytes(qint64 bytes)
{
    return QString::number(double(bytes) / 1e9, 'f', 1) + QStringLiteral(" GB");
}

// Runs a short program (gcc --version) with the operation's PATH; the first output line.
bool probeTool(const QString &program, const QProcessEnvironment &env, QString *firstLine)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    QString exe = program;
    for (const QString &dir : env.value(QStringLiteral("PATH")).split(QLatin1Char(':'))) {
        const QFileInfo fi(dir + QLatin1Char('/') + program);
        if (!dir.isEmpty() && fi.isFile() && fi.isExecutable()) {
            exe = fi.filePath();
            break;
        }
    }
    if (!exe.contains(QLatin1Char('/'))) return false;
    p.start(exe, {QStringLiteral("--version")});
    if (!p.waitForFinished(5000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return false;
    *firstLine = QString::fromLocal8Bit(p.readAll()).section(QLatin1Char('\n'), 0, 0).trimmed();
    return true;
}

} // namespace

qint64 RunfileOperation::defaultFreeSpace(const QString &existingDir)
{
    QStorageInfo s(existingDir);
    return s.isValid() ? s.bytesAvailable() : -1;
}

RunfileOperation::RunfileOperation(const QString &id, const RunfileSpec &spec,
                                   const ActionContext &ctx, QObject *parent)
    : CompositeOperation(id, parent), m_spec(spec), m_ctx(ctx), m_freeSpace(&defaultFreeSpace)
{
    while (m_spec.prefix.size() > 1 && m_spec.prefix.endsWith(QLatin1Char('/')))
        m_spec.prefix.chop(1);
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        qint64 bytes = 0;
        QDirIterator it(m_spec.prefix, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            bytes += it.fileInfo().size();
        }
        // The installed toolkit is roughly twice the runfile.
        if (m_runfileSize > 0)
            setProgress(0.05 + 0.9 * qMin(0.99, double(bytes) / (2.0 * double(m_runfileSize))));
        setStatus(tr("Installing the CUDA toolkit: %1 written").arg(gigabytes(bytes)));
    });
}

RunfileOperation::~RunfileOperation()
{
    m_stopHash = true;
    if (m_hasher.joinable()) m_hasher.join();
}

QString RunfileOperation::title() const
{
    return tr("Install the CUDA toolkit into %1").arg(m_spec.prefix);
}

bool RunfileOperation::usesHelper() const
{
    if (m_mode != Mode::Auto) return m_mode == Mode::Helper;
    return !QFileInfo(existingAncestor(m_spec.prefix)).isWritable() ||
           !QFileInfo(existingAncestor(m_spec.tmpdir)).isWritable();
}

QStringList RunfileOperation::installerArgv() const
{
    QStringList argv{QStringLiteral("sh"), m_spec.runfile, QStringLiteral("--silent"),
                     QStringLiteral("--toolkit"), QStringLiteral("--toolkitpath=") + m_spec.prefix};
    if (m_spec.noManPage) argv << QStringLiteral("--no-man-page");
    argv << QStringLiteral("--tmpdir=") + m_spec.tmpdir;
    return argv;
}

QStringList RunfileOperation::dryRun() const
{
    QStringList lines;
    lines << QStringLiteral("check: gcc --version && make --version (nvcc needs a host compiler)");
    const qint64 size = QFileInfo(m_spec.runfile).size();
    if (!usesHelper()) // the helper checks the space where it unpacks, as root
        lines << QStringLiteral("check: free space on %1 and %2: about 3x the runfile's size (%3)")
                     .arg(m_spec.prefix, m_spec.tmpdir,
                          size > 0 ? gigabytes(3 * size) : QStringLiteral("3 x its size"));
    if (!m_spec.sha256.isEmpty())
        lines << QStringLiteral("check: SHA-256 of %1 is %2").arg(m_spec.runfile, m_spec.sha256);
    if (usesHelper()) {
        HelperOperation h(id(), title(), QStringLiteral("run-cuda-runfile"),
                          {m_spec.runfile, m_spec.prefix}, m_ctx.pkexec, m_ctx.helperPath);
        lines << h.dryRun();
        return lines;
    }
    for (const QString &d : {m_spec.prefix, m_spec.tmpdir})
        if (!QFileInfo::exists(d)) lines << CommandOperation::quoted({"mkdir", "-p", d});
    lines << CommandOperation::quoted(installerArgv());
    lines << QStringLiteral("read the tail of %1/cuda-installer.log, /tmp/cuda-installer.log or "
                            "/var/log/cuda-installer.log")
                 .arg(m_spec.tmpdir);
    return lines;
}

bool RunfileOperation::precheck(QString *message, QString *details)
{
    const QFileInfo rf(m_spec.runfile);
    if (!rf.isFile()) {
        *message = tr("The CUDA installer %1 is not there; download it first.").arg(m_spec.runfile);
        return false;
    }
    m_runfileSize = rf.size();
    QString line;
    for (const QString &tool : {QStringLiteral("gcc"), QStringLiteral("make")}) {
        if (!probeTool(tool, m_env, &line)) {
            *message = tr("%1 is missing: install build-essential first (sudo apt-get install -y "
                          "build-essential).")
                           .arg(tool);
            *details = QStringLiteral("PATH=") + m_env.value(QStringLiteral("PATH"));
            return false;
        }
        log(QStringLiteral("%1: %2").arg(tool, line));
    }
    if (usesHelper()) return true; // the helper checks the space where it unpacks, as root
    const QString p = existingAncestor(m_spec.prefix), t = existingAncestor(m_spec.tmpdir);
    const bool same = deviceOf(p) != 0 && deviceOf(p) == deviceOf(t);
    struct Need
    {
        QString dir;
        qint64 bytes;
    };
    const QList<Need> needs = same ? QList<Need>{{p, 3 * m_runfileSize}}
                                   : QList<Need>{{p, 2 * m_runfileSize}, {t, m_runfileSize}};
    for (const Need &n : needs) {
        const qint64 free = m_freeSpace(n.dir);
        log(QStringLiteral("free space on %1: %2, needed about %3")
                .arg(n.dir, gigabytes(free), gigabytes(n.bytes)));
        if (free >= 0 && free < n.bytes) {
            *message = tr("Not enough space on %1: %2 free, but the CUDA installer needs about 3x "
                          "its size (%3) to unpack and install.")
                           .arg(n.dir, gigabytes(free), gigabytes(3 * m_runfileSize));
            return false;
        }
    }
    return true;
}

void RunfileOperation::doStart()
{
    resetCancel();
    m_created.clear();
    m_startedAt = QDateTime::currentDateTime();
    setStatus(tr("Checking the compiler and free space…"));
    QString message, details;
    if (!precheck(&message, &details)) {
        finish({false, false, message, details});
        return;
    }
    if (m_spec.sha256.isEmpty()) { // nothing to compare with here; the helper hashes anyway
        runInstaller(QString());
        return;
    }
    // Hashing a 4 GB runfile takes seconds: on a worker thread, stoppable.
    setStatus(tr("Checking the installer's checksum…"));
    m_stopHash = false;
    if (m_hasher.joinable()) m_hasher.join();
    m_hasher = std::thread([this, path = m_spec.runfile] {
        QFile f(path);
        QCryptographicHash h(QCryptographicHash::Sha256);
        QString sha;
        if (f.open(QIODevice::ReadOnly)) {
            QByteArray buf;
            while (!m_stopHash) {
                buf = f.read(4 << 20);
                if (buf.isEmpty()) break;
                h.addData(buf);
            }
            if (!m_stopHash && f.error() == QFile::NoError)
                sha = QString::fromLatin1(h.result().toHex());
        }
        QMetaObject::invokeMethod(
            this, [this, sha] { afterHash(sha); }, Qt::QueuedConnection);
    });
}

void RunfileOperation::cancelBetweenChildren()
{
    if (m_hasher.joinable()) {
        m_stopHash = true; // afterHash() sees the cancel and finishes
        return;
    }
    CompositeOperation::cancelBetweenChildren();
}

void RunfileOperation::afterHash(const QString &sha)
{
    if (m_hasher.joinable()) m_hasher.join();
    if (cancelRequested()) {
        finish({false, true, tr("Cancelled; nothing was installed."), {}});
        return;
    }
    if (sha.isEmpty()) {
        finish({false, false, tr("Could not read %1.").arg(m_spec.runfile), {}});
        return;
    }
    if (!m_spec.sha256.isEmpty() && sha != m_spec.sha256.toLower()) {
        finish(
            {false, false,
             tr("%1 does not match its expected checksum; download it again.").arg(m_spec.runfile),
             QStringLiteral("expected %1\ngot      %2").arg(m_spec.sha256, sha)});
        return;
    }
    runInstaller(sha);
}

void RunfileOperation::runInstaller(const QString &sha)
{
    std::unique_ptr<Operation> op;
    if (usesHelper()) {
        // The file and the toolkit folder only: the helper accepts NVIDIA's runfiles alone
        // (their SHA-256 is compiled in) and unpacks them in a folder of its own.
        auto h = std::make_unique<HelperOperation>(
            id(), title(), QStringLiteral("run-cuda-runfile"),
            QStringList{m_spec.runfile, m_spec.prefix}, m_ctx.pkexec, m_ctx.helperPath);
        h->setEnvironment(m_env);
        op = std::move(h);
    } else {
        for (const QString &d : {m_spec.prefix, m_spec.tmpdir}) {
            if (QFileInfo::exists(d)) continue;
            // Remember the topmost folder created, so a failure leaves nothing behind.
            QString top = d;
            while (!QFileInfo::exists(QFileInfo(top).path()))
                top = QFileInfo(top).path();
            if (!QDir().mkpath(d)) {
                removeCreated();
                finish({false, false, tr("Could not create %1.").arg(d), {}});
                return;
            }
            m_created << top;
            log(CommandOperation::quoted({"mkdir", "-p", d}));
        }
        auto c = std::make_unique<CommandOperation>(id(), title(), installerArgv());
        c->setEnvironment(m_env);
        op = std::move(c);
    }
    m_poll.start();
    runChild(std::move(op), 0.05, 0.95, [this](const OperationResult &r) { finishInstall(r); });
}

QString RunfileOperation::installerLogTail() const
{
    QString best;
    QDateTime newest;
    for (const QString &p : {m_spec.tmpdir + QStringLiteral("/cuda-installer.log"),
                             QStringLiteral("/tmp/cuda-installer.log"),
                             QStringLiteral("/var/log/cuda-installer.log")}) {
        const QFileInfo fi(p);
        if (!fi.isFile() || fi.lastModified() < m_startedAt.addSecs(-2)) continue;
        if (best.isEmpty() || fi.lastModified() > newest) {
            best = p;
            newest = fi.lastModified();
        }
    }
    if (best.isEmpty()) return {};
    QFile f(best);
    if (!f.open(QIODevice::ReadOnly)) return {};
    const QStringList lines =
        QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return QStringLiteral("--- %1 (last lines)\n").arg(best) +
           lines.mid(qMax(0, int(lines.size()) - 30)).join(QLatin1Char('\n'));
}

void RunfileOperation::removeCreated()
{
    for (const QString &d : std::as_const(m_created))
        if (QDir(d).removeRecursively()) log(tr("Removed %1 again.").arg(d));
    m_created.clear();
}

void RunfileOperation::finishInstall(const OperationResult &result)
{
    m_poll.stop();
    OperationResult r = result;
    const QString tail = installerLogTail();
    if (!tail.isEmpty()) r.details += QLatin1Char('\n') + tail;
    if (!r.ok) {
        if (!usesHelper()) removeCreated(); // the helper cleans up its own
        if (!r.cancelled) r.message = tr("The CUDA installer failed: %1").arg(r.message);
        finish(r);
        return;
    }
    // Tests run the helper with a scratch root; the product never sets one.
    const QString root = usesHelper() ? m_ctx.helperTestRoot : QString();
    const QString nvcc = root + m_spec.prefix + QStringLiteral("/bin/nvcc");
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(nvcc, {QStringLiteral("-V")});
    QString release;
    if (p.waitForFinished(10000) && p.exitCode() == 0)
        for (const QString &l : QString::fromLocal8Bit(p.readAll()).split(QLatin1Char('\n')))
            if (l.contains(QLatin1String("release"))) release = l.section(QStringLiteral(", "), 1);
    if (release.isEmpty()) {
        if (!usesHelper()) removeCreated();
        finish({false, false,
                tr("The CUDA installer ended without error but %1 does not run.").arg(nvcc),
                r.details});
        return;
    }
    for (const QString &d : std::as_const(m_created))
        recordChange({QStringLiteral("dir-created"), d, {}, tr("CUDA toolkit")});
    m_created.clear();
    finish({true, false,
            tr("The CUDA toolkit (%1) is installed in %2.").arg(release, m_spec.prefix),
            r.details});
}

void RunfileOperation::doUndo()
{
    if (usesHelper()) {
        finishUndo({false, false, tr("Changes made as administrator are not undone automatically."),
                    tr("See the journal for the files the helper wrote.")});
        return;
    }
    CompositeOperation::doUndo();
}

} // namespace gpusetup
