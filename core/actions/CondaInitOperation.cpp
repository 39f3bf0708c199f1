#include "actions/CondaInitOperation.h"

#include "actions/FileBackup.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace gpusetup {

CondaInitOperation::CondaInitOperation(const QString &id, const QString &prefix,
                                       const QString &shell, const QString &home, QObject *parent)
    : Operation(id, parent), m_prefix(QDir::cleanPath(prefix)), m_shell(shell),
      m_home(home.isEmpty() ? QDir::homePath() : home)
{
}

QStringList CondaInitOperation::shells()
{
    return {QStringLiteral("bash"), QStringLiteral("zsh"), QStringLiteral("fish"),
            QStringLiteral("tcsh"), QStringLiteral("xonsh")};
}

QString CondaInitOperation::title() const
{
    return tr("Let %1 find conda in new terminals").arg(m_shell);
}

QStringList CondaInitOperation::argv() const
{
    return {m_prefix + QStringLiteral("/bin/conda"), QStringLiteral("init"), m_shell};
}

QStringList CondaInitOperation::profiles() const
{
    // bash's files always: `conda init` of another shell may still "fix" them.
    QStringList p{m_home + QStringLiteral("/.bashrc"), m_home + QStringLiteral("/.bash_profile")};
    if (m_shell == QLatin1String("zsh")) {
        QString zdot = qEnvironmentVariable("ZDOTDIR");
        if (zdot.isEmpty() || m_home != QDir::homePath()) zdot = m_home;
        p << zdot + QStringLiteral("/.zshrc");
    } else if (m_shell == QLatin1String("fish")) {
        p << m_home + QStringLiteral("/.config/fish/config.fish");
    } else if (m_shell == QLatin1String("tcsh")) {
        p << m_home + QStringLiteral("/.tcshrc");
    } else if (m_shell == QLatin1String("xonsh")) {
        p << m_home + QStringLiteral("/.xonshrc");
    }
    return p;
}

QStringList CondaInitOperation::dryRun() const
{
    return {QStringLiteral("# back up %1 (conda edits them itself)")
                .arg(profiles().join(QStringLiteral(", "))),
            QStringLiteral("HOME=%1 %2")
                .arg(CommandOperation::quoted({m_home}), CommandOperation::quoted(argv()))};
}

void CondaInitOperation::doStart()
{
    auto refuse = [this](const QString &message) {
        QMetaObject::invokeMethod(
            this,
            [this, message] {
                finish({false, false, message, m_prefix});
            },
            Qt::QueuedConnection);
    };
    if (!shells().contains(m_shell)) {
        refuse(
            tr("conda init does not know the shell \"%1\"; use bash, zsh or fish.").arg(m_shell));
        return;
    }
    if (!QFileInfo(argv().first()).isExecutable()) {
        refuse(tr("There is no conda in %1; install it first.").arg(m_prefix));
        return;
    }
    m_before.clear();
    m_after.clear();
    for (const QString &p : profiles()) {
        QString why;
        const auto bytes = FileBackup::read(p, &why);
        if (!bytes && !why.isEmpty()) {
            refuse(why);
            return;
        }
        m_before.insert(p, bytes);
    }
    setStatus(title());
    setProgress(-1);
    m_cmd = new CommandOperation(id() + QStringLiteral(".run"), title(), argv(), this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home);
    m_cmd->setEnvironment(env);
    m_cmd->setTimeoutMs(120000);
    connect(m_cmd, &Operation::logLine, this, &Operation::logLine);
    connect(m_cmd, &Operation::finished, this, [this](const OperationResult &r) {
        recordChange({QStringLiteral("command"), CommandOperation::quoted(argv()), {}, {}});
        collectChanges(); // also after a failure or a cancel: whatever changed can be undone
        OperationResult out = r;
        if (r.ok) out.message = tr("New %1 terminals will find conda.").arg(m_shell);
        finish(out);
    });
    m_cmd->start();
}

void CondaInitOperation::collectChanges()
{
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
        const auto now = FileBackup::read(it.key());
        if (now == it.value()) continue;
        if (!now) {
            log(tr("%1 was removed by conda init.").arg(it.key()));
            continue;
        }
        m_after.insert(it.key(), *now);
        QString backup, why;
        if (it.value()) {
            backup = FileBackup::save(it.key(), *it.value(), FileBackup::backupDir(m_home), &why);
            if (backup.isEmpty()) log(why);
        }
        recordChange({it.value() ? QStringLiteral("file-modified") : QStringLiteral("file-created"),
                      it.key(), backup, FileBackup::afterDetail(*now)});
        log(backup.isEmpty() ? tr("conda init created %1.").arg(it.key())
                             : tr("conda init changed %1 (the previous version is in %2).")
                                   .arg(it.key(), backup));
    }
}

void CondaInitOperation::doCancel()
{
    if (m_cmd) m_cmd->cancel();
}

void CondaInitOperation::doUndo()
{
    QStringList problems;
    QList<JournalChange> exact;
    for (const JournalChange &c : journalEntry().changes) {
        if (c.kind != QLatin1String("file-modified") && c.kind != QLatin1String("file-created"))
            continue;
        const auto now = FileBackup::read(c.path);
        const QByteArray after = m_after.value(c.path);
        if (!now || *now == after || !m_before.contains(c.path)) {
            exact << c;
            continue;
        }
        // Edited since: take out only what conda inserted, if it is still there once.
        const QByteArray before = m_before.value(c.path).value_or(QByteArray());
        qsizetype pre = 0;
        while (pre < before.size() && pre < after.size() && before[pre] == after[pre])
            ++pre;
        qsizetype post = 0;
        while (post < before.size() - pre && post < after.size() - pre &&
               before[before.size() - 1 - post] == after[after.size() - 1 - post])
            ++post;
        const QByteArray inserted = after.mid(pre, after.size() - pre - post);
        const bool pureInsert = pre + post == before.size() && !inserted.isEmpty();
        if (pureInsert && now->count(inserted) == 1) {
            QByteArray restored = *now;
            restored.replace(restored.indexOf(inserted), inserted.size(), QByteArray());
            QString why;
            if (!FileBackup::writeAtomic(c.path, restored, &why)) problems << why;
            continue;
        }
        problems << tr("%1 was changed after conda init, so it was left as it is (the earlier "
                       "copy is %2).")
                        .arg(c.path, c.backup.isEmpty() ? tr("not kept") : c.backup);
    }
    problems << FileBackup::guardedUndo(exact);
    OperationResult r;
    r.ok = problems.isEmpty();
    r.message = r.ok ? tr("The shell profiles are back as they were.") : problems.first();
    r.details = problems.join(QLatin1Char('\n'));
    finishUndo(r);
}

// ---------------------------------------------------------------- Terms of Service

CondaTosOperation::CondaTosOperation(const QString &id, const QString &prefix,
                                     const QString &channel, bool acceptTerms,
                                     const QString &flavour, QObject *parent)
    : CommandOperation(id, tr("Accept Anaconda's Terms of Service for %1").arg(channel),
                       {QDir::cleanPath(prefix) + QStringLiteral("/bin/conda"),
                        QStringLiteral("tos"), QStringLiteral("accept"),
                        QStringLiteral("--override-channels"), QStringLiteral("--channel"),
                        channel},
                       parent),
      m_accept(acceptTerms), m_needed(needsTerms(flavour, prefix)), m_channel(channel)
{
}

bool CondaTosOperation::needsTerms(const QString &flavour, const QString &prefix)
{
    QString f = flavour.toLower();
    if (f.isEmpty()) f = QFileInfo(prefix).fileName().toLower();
    return !f.contains(QLatin1String("miniforge")) && !f.contains(QLatin1String("mambaforge"));
}

QStringList CondaTosOperation::channelsToAccept(const Plan &plan)
{
    QStringList out;
    if (const StagePlan *p = plan.stage(StageId::PythonEnv))
        for (const Step &st : p->steps)
            if (st.id == QLatin1String("python.tos-accept") && !st.argv.isEmpty())
                out << st.argv.last();
    return out;
}

JournalEntry CondaTosOperation::consentEntry(const QStringList &channels, const QString &how)
{
    JournalEntry e;
    e.id = QStringLiteral("python.tos-consent");
    e.title = tr("Agreed to Anaconda's Terms of Service");
    e.outcome = QStringLiteral("ok");
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    e.startedAt =
        (ok ? QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC) : QDateTime::currentDateTimeUtc())
            .toString(Qt::ISODate);
    e.message = tr("You agreed to Anaconda's Terms of Service for %1 (%2).")
                    .arg(channels.join(QStringLiteral(", ")), how);
    e.details =
        QStringLiteral("consent: %1; channels: %2").arg(how, channels.join(QLatin1Char(' ')));
    return e;
}

QStringList CondaTosOperation::dryRun() const
{
    if (!m_needed) return {QStringLiteral("# Miniforge: no Terms of Service to accept")};
    if (!m_accept)
        return {QStringLiteral("# not run: the Terms of Service need your explicit agreement")};
    return CommandOperation::dryRun();
}

void CondaTosOperation::doStart()
{
    OperationResult r;
    if (!m_needed) {
        r.ok = true;
        r.message = tr("Miniforge uses only conda-forge, which has no Terms of Service to "
                       "accept.");
    } else if (!m_accept) {
        r.message = tr("Anaconda's Terms of Service for %1 are accepted only after you agree "
                       "to them, and you have not.")
                        .arg(m_channel);
    } else {
        CommandOperation::doStart();
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, r] { finish(r); }, Qt::QueuedConnection);
}

} // namespace gpusetup
