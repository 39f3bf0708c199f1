#include "actions/Journal.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <optional>

#include <spdlog/spdlog.h>

namespace gpusetup {

namespace {
// Holds journal.json.lock while a writer reads, changes and writes the file. A lock left by a
// process that died is taken over: at once when it names its PID (QLockFile checks it), after
// 5 s when the writer died before writing it (an empty lock). A live writer is waited for; an
// append takes milliseconds, so none holds the lock that long.
class JournalLock
{
public:
    explicit JournalLock(const QString &journalPath) : m_lock(journalPath + QStringLiteral(".lock"))
    {
        QDir().mkpath(QFileInfo(journalPath).absolutePath());
        m_lock.setStaleLockTime(5 * 1000);
        m_ok = m_lock.tryLock(15 * 1000);
    }
    bool ok() const { return m_ok; }

private:
    QLockFile m_lock;
    bool m_ok = false;
};
} // namespace

QString Journal::stateDir(const QString &home)
{
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty() || !QDir::isAbsolutePath(state))
        state = QDir::cleanPath(home) + QStringLiteral("/.local/state");
    return QDir::cleanPath(state) + QStringLiteral("/gpu-setup");
}

QString Journal::pathFor(const QString &home)
{
    return stateDir(home) + QStringLiteral("/journal.json");
}

QString Journal::defaultPath()
{
    return pathFor(QDir::homePath());
}

bool Journal::load(QString *error)
{
    m_entries.clear();
    if (m_path.isEmpty()) return true;
    QFile f(m_path);
    if (!f.exists()) return true;
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("Cannot read the journal %1: %2.").arg(m_path, f.errorString());
        return false;
    }
    const QByteArray bytes = f.readAll();
    try {
        const nlohmann::json j =
            nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
        m_entries = j.at("entries").get<QList<JournalEntry>>();
    } catch (const std::exception &e) {
        if (error)
            *error = QStringLiteral("The journal %1 is damaged (%2).")
                         .arg(m_path, QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

bool Journal::reload(QString *error)
{
    QString why;
    if (load(&why)) return true;
    if (!QFile::exists(m_path)) {
        if (error) *error = why;
        return false;
    }
    // Damaged: keep its bytes for whoever wants to look, begin a new journal.
    const QString aside =
        m_path + QStringLiteral(".damaged-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmsszzz"));
    if (!QFile::rename(m_path, aside)) {
        if (error) *error = why;
        return false;
    }
    spdlog::warn("{}; kept as {}, a new journal begins", why.toStdString(), aside.toStdString());
    m_entries.clear();
    return true;
}

bool Journal::append(const JournalEntry &entry, QString *error)
{
    if (m_path.isEmpty()) {
        m_entries.append(entry);
        return true;
    }
    JournalLock lock(m_path);
    if (!lock.ok()) {
        if (error)
            *error = QStringLiteral("Cannot lock the journal %1: another gpu-setup keeps it busy.")
                         .arg(m_path);
        return false;
    }
    if (!reload(error)) return false;
    m_entries.append(entry);
    return save(error);
}

bool Journal::markUndone(int index, QString *error)
{
    const JournalEntry wanted = m_entries.value(index);
    std::optional<JournalLock> lock;
    if (!m_path.isEmpty()) {
        lock.emplace(m_path);
        if (!lock->ok()) {
            if (error)
                *error =
                    QStringLiteral("Cannot lock the journal %1: another gpu-setup keeps it busy.")
                        .arg(m_path);
            return false;
        }
        if (!reload(error)) return false;
    }
    if (index < 0 || index >= m_entries.size() || m_entries[index].id != wanted.id ||
        m_entries[index].startedAt != wanted.startedAt) {
        if (error) *error = QStringLiteral("There is no journal entry %1.").arg(index);
        return false;
    }
    m_entries[index].outcome = QStringLiteral("undone");
    return save(error);
}

bool Journal::save(QString *error)
{
    if (m_path.isEmpty()) return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    nlohmann::json j;
    j["schema"] = 1;
    j["entries"] = m_entries;
    const std::string text = j.dump(2) + "\n";
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(text.data(), qint64(text.size())) != qint64(text.size()) || !f.commit()) {
        if (error)
            *error =
                QStringLiteral("Cannot write the journal %1: %2.").arg(m_path, f.errorString());
        return false;
    }
    return true;
}

QStringList Journal::undoChanges(const QList<JournalChange> &changes)
{
    QStringList problems;
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        const JournalChange &c = *it;
        if (c.kind == QLatin1String("file-created")) {
            if (QFileInfo::exists(c.path) && !QFile::remove(c.path))
                problems << QStringLiteral("cannot remove %1").arg(c.path);
        } else if (c.kind == QLatin1String("dir-created")) {
            QDir d(c.path);
            if (d.exists() && !d.removeRecursively())
                problems << QStringLiteral("cannot remove the folder %1").arg(c.path);
        } else if (c.kind == QLatin1String("file-modified")) {
            QFile backup(c.backup);
            if (!backup.open(QIODevice::ReadOnly)) {
                problems << QStringLiteral("the backup %1 of %2 is gone").arg(c.backup, c.path);
                continue;
            }
            const QByteArray old = backup.readAll();
            const QString target =
                QFileInfo(c.path).isSymLink() ? QFileInfo(c.path).canonicalFilePath() : c.path;
            const auto perms = QFileInfo(target).permissions();
            QSaveFile f(target);
            if (!f.open(QIODevice::WriteOnly) || f.write(old) != old.size() || !f.commit()) {
                problems << QStringLiteral("cannot restore %1").arg(c.path);
                continue;
            }
            QFile::setPermissions(target, perms);
        }
        // "command" and "package-installed": recorded for the report; no generic undo.
    }
    return problems;
}

} // namespace gpusetup
