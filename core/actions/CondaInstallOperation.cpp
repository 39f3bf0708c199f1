#include "actions/CondaInstallOperation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace gpusetup {

CondaInstallOperation::CondaInstallOperation(const QString &id, const QString &installer,
                                             const QString &prefix, const QString &sha256,
                                             QObject *parent)
    : Operation(id, parent), m_installer(installer), m_prefix(QDir::cleanPath(prefix)),
      m_sha256(sha256.trimmed().toLower())
{
    m_hashTick.setInterval(200);
    connect(&m_hashTick, &QTimer::timeout, this, [this] {
        if (m_hash && m_size > 0) setProgress(0.1 * double(m_hash->done) / double(m_size));
    });
}

CondaInstallOperation::~CondaInstallOperation()
{
    if (m_thread) {
        m_hash->stop = true;
        m_thread->wait();
        delete m_thread;
    }
}

QString CondaInstallOperation::title() const
{
    return tr("Install conda into %1").arg(m_prefix);
}

QStringList CondaInstallOperation::argv() const
{
    return {QStringLiteral("bash"), m_installer, QStringLiteral("-b"), QStringLiteral("-p"),
            m_prefix};
}

QStringList CondaInstallOperation::dryRun() const
{
    return {QStringLiteral("# check that sha256(%1) = %2")
                .arg(m_installer, m_sha256.isEmpty() ? QStringLiteral("?") : m_sha256),
            CommandOperation::quoted(argv())};
}

QString CondaInstallOperation::sha256OfFile(const QString &path, const std::atomic<bool> *stop,
                                            std::atomic<qint64> *done, QString *why)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (why) *why = f.errorString();
        return {};
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    QByteArray buf(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (stop && *stop) return {};
        const qint64 n = f.read(buf.data(), buf.size());
        if (n < 0) {
            if (why) *why = f.errorString();
            return {};
        }
        if (n == 0) break;
        h.addData(QByteArrayView(buf.constData(), n));
        if (done) *done += n;
    }
    return QString::fromLatin1(h.result().toHex());
}

void CondaInstallOperation::doStart()
{
    m_cancelled = false;
    auto refuse = [this](const QString &message) {
        QMetaObject::invokeMethod(
            this,
            [this, message] {
                finish({false, false, message, m_prefix});
            },
            Qt::QueuedConnection);
    };
    const QFileInfo prefix(m_prefix);
    if (!QDir::isAbsolutePath(m_prefix) || m_prefix == QLatin1String("/")) {
        refuse(tr("The install folder must be a full path such as ~/miniconda3."));
        return;
    }
    if (m_prefix.contains(QLatin1Char(' '))) {
        refuse(tr("The conda installer cannot install into a folder whose path has spaces."));
        return;
    }
    m_prefixExistedEmpty = false;
    if (prefix.exists() || prefix.isSymLink()) {
        const QDir d(m_prefix);
        if (!prefix.isDir() || prefix.isSymLink() ||
            !d.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
                 .isEmpty()) {
            refuse(tr("%1 already exists and is not empty; choose another folder or remove "
                      "it first.")
                       .arg(m_prefix));
            return;
        }
        m_prefixExistedEmpty = true;
    }
    if (!QFileInfo(m_installer).isFile()) {
        refuse(tr("The installer %1 is not there; download it first.").arg(m_installer));
        return;
    }
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(m_sha256).hasMatch()) {
        refuse(tr("No sha256 checksum is known for %1, and gpu-setup does not run an installer "
                  "it cannot verify.")
                   .arg(QFileInfo(m_installer).fileName()));
        return;
    }
    setStatus(tr("Checking the installer's checksum…"));
    setProgress(0);
    m_size = QFileInfo(m_installer).size();
    m_hash = std::make_shared<HashState>();
    auto state = m_hash;
    const QString path = m_installer;
    m_thread = QThread::create([state, path] {
        state->hex = sha256OfFile(path, &state->stop, &state->done, &state->error);
    });
    connect(m_thread, &QThread::finished, this, &CondaInstallOperation::hashed);
    m_hashTick.start();
    m_thread->start();
}

void CondaInstallOperation::hashed()
{
    m_hashTick.stop();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const auto state = m_hash;
    if (m_cancelled || state->stop) {
        finish({false, true, tr("Cancelled before the installer ran; nothing was changed."),
                m_installer});
        return;
    }
    if (state->hex.isEmpty()) {
        finish({false, false, tr("Cannot read the installer %1.").arg(m_installer), state->error});
        return;
    }
    if (state->hex != m_sha256) {
        finish({false, false,
                tr("The installer's checksum does not match, so it was not run; download it "
                   "again."),
                QStringLiteral("sha256(%1) = %2, expected %3")
                    .arg(m_installer, state->hex, m_sha256)});
        return;
    }
    log(QStringLiteral("sha256 %1 OK").arg(state->hex));
    runInstaller();
}

void CondaInstallOperation::runInstaller()
{
    // The installer itself refuses an existing prefix (without -u): an empty one makes way.
    if (m_prefixExistedEmpty && !QDir().rmdir(m_prefix)) {
        finish({false, false, tr("Cannot use the empty folder %1.").arg(m_prefix), {}});
        return;
    }
    recordChange({QStringLiteral("dir-created"),
                  m_prefix,
                  {},
                  m_prefixExistedEmpty ? QStringLiteral("was an empty folder before") : QString()});
    setProgress(0.1);
    setStatus(tr("Installing conda into %1…").arg(m_prefix));
    m_cmd = new CommandOperation(id() + QStringLiteral(".run"), title(), argv(), this);
    connect(m_cmd, &Operation::logLine, this, &CondaInstallOperation::onLine);
    connect(m_cmd, &Operation::finished, this, [this](const OperationResult &r) {
        for (const JournalChange &c : m_cmd->journalEntry().changes)
            recordChange(c);
        OperationResult out = r;
        if (r.ok)
            out.message = tr("conda is installed in %1.").arg(m_prefix);
        else if (r.cancelled)
            out.message = tr("Cancelled; Undo removes the partly installed %1.").arg(m_prefix);
        else if (!QFileInfo::exists(m_prefix + QStringLiteral("/bin/conda")))
            out.message = tr("The conda installer failed; see the log.");
        finish(out);
    });
    m_cmd->start();
}

void CondaInstallOperation::onLine(const QString &line)
{
    log(line);
    static const QList<QPair<QString, double>> stages = {
        {QStringLiteral("Unpacking payload"), 0.15},
        {QStringLiteral("Extracting"), 0.3},
        {QStringLiteral("Installing base environment"), 0.5},
        {QStringLiteral("Preparing transaction"), 0.6},
        {QStringLiteral("Verifying transaction"), 0.7},
        {QStringLiteral("Executing transaction"), 0.85},
        {QStringLiteral("installation finished"), 0.99}};
    for (const auto &[text, p] : stages)
        if (line.contains(text) && p > progress()) {
            setProgress(p);
            setStatus(line.trimmed().left(80));
        }
}

void CondaInstallOperation::doCancel()
{
    m_cancelled = true;
    if (m_thread) {
        m_hash->stop = true; // hashed() follows within one chunk
        return;
    }
    if (m_cmd) m_cmd->cancel();
}

void CondaInstallOperation::doUndo()
{
    QStringList problems;
    for (const JournalChange &c : journalEntry().changes) {
        if (c.kind != QLatin1String("dir-created")) continue;
        QDir d(c.path);
        if (d.exists() && !d.removeRecursively())
            problems << tr("Cannot remove %1 completely.").arg(c.path);
        else if (m_prefixExistedEmpty)
            QDir().mkpath(c.path); // the empty folder the user had
    }
    OperationResult r;
    r.ok = problems.isEmpty();
    r.message = r.ok ? tr("%1 was removed.").arg(m_prefix) : problems.first();
    r.details = problems.join(QLatin1Char('\n'));
    finishUndo(r);
}

} // namespace gpusetup
