#include "actions/FileBackup.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace gpusetup::FileBackup {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("gpusetup::FileBackup", s);
}

const QString kAfter = QStringLiteral("sha256 after: ");

QString targetOf(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.isSymLink()) return path;
    // A dangling link has no canonical path: write where it points.
    const QString canonical = fi.canonicalFilePath();
    return canonical.isEmpty() ? fi.symLinkTarget() : canonical;
}
} // namespace

QString backupDir(const QString &home)
{
    return Journal::stateDir(home) + QStringLiteral("/backups");
}

std::optional<QByteArray> read(const QString &path, QString *why)
{
    QFile f(path);
    if (!f.exists()) return std::nullopt;
    if (!f.open(QIODevice::ReadOnly)) {
        if (why) *why = tr("Cannot read %1: %2.").arg(path, f.errorString());
        return std::nullopt;
    }
    return f.readAll();
}

QString save(const QString &path, const QByteArray &bytes, const QString &dir, QString *why)
{
    if (!QDir().mkpath(dir)) {
        if (why) *why = tr("Cannot create the backup folder %1.").arg(dir);
        return {};
    }
    QString name = QFileInfo(path).fileName();
    if (name.startsWith(QLatin1Char('.'))) name.remove(0, 1);
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString backup;
    for (int n = 0;; ++n) {
        backup = QStringLiteral("%1/%2.%3%4")
                     .arg(dir, name, stamp, n ? QStringLiteral("-%1").arg(n) : QString());
        if (!QFileInfo::exists(backup)) break;
    }
    QFile f(backup);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) || f.write(bytes) != bytes.size()) {
        if (why) *why = tr("Cannot write the backup %1: %2.").arg(backup, f.errorString());
        return {};
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return backup;
}

bool writeAtomic(const QString &path, const QByteArray &bytes, QString *why)
{
    const QString target = targetOf(path);
    QDir().mkpath(QFileInfo(target).absolutePath());
    const bool existed = QFileInfo::exists(target);
    const auto perms = QFileInfo(target).permissions();
    QSaveFile f(target);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        if (why) *why = tr("Cannot write %1: %2.").arg(path, f.errorString());
        return false;
    }
    if (existed) QFile::setPermissions(target, perms);
    return true;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString afterDetail(const QByteArray &bytes)
{
    return kAfter + sha256Hex(bytes);
}

QStringList guardedUndo(const QList<JournalChange> &changes)
{
    QStringList problems;
    QList<JournalChange> safe;
    for (const JournalChange &c : changes) {
        const bool fileChange =
            c.kind == QLatin1String("file-modified") || c.kind == QLatin1String("file-created");
        if (fileChange && c.detail.startsWith(kAfter)) {
            const QString expected = c.detail.mid(kAfter.size()).trimmed();
            const auto now = read(c.path);
            if (!now) {
                if (c.kind == QLatin1String("file-created")) continue; // already gone
            } else if (sha256Hex(*now) != expected) {
                problems << tr("%1 was changed after gpu-setup edited it, so it was left as it "
                               "is (the earlier copy is %2).")
                                .arg(c.path, c.backup.isEmpty() ? tr("not kept") : c.backup);
                continue;
            }
        }
        safe << c;
    }
    problems << Journal::undoChanges(safe);
    return problems;
}

} // namespace gpusetup::FileBackup
