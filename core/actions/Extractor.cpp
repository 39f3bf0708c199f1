#include "actions/Extractor.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <memory>
#include <vector>

namespace gpusetup {

namespace {

constexpr size_t kReadBlock = 1 << 20;  // archive_read_open_fd block size
constexpr size_t kWriteBlock = 1 << 20; // data is written in pieces up to this size

struct ArchiveDeleter
{
    void operator()(archive *a) const
    {
        if (a) archive_free(a);
    }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveDeleter>;

struct FdGuard
{
    explicit FdGuard(int f) : fd(f) {}
    ~FdGuard()
    {
        if (fd >= 0) ::close(fd);
    }
    FdGuard(const FdGuard &) = delete;
    FdGuard &operator=(const FdGuard &) = delete;
    const int fd;
};

enum class PathCheck { Ok, Skip, Escapes };

// tar --strip-components, then the rules a contained path obeys: relative, no "..".
PathCheck cleanPath(const QString &raw, int strip, QString *rel)
{
    if (raw.startsWith(QLatin1Char('/'))) return PathCheck::Escapes;
    QStringList parts;
    for (const QString &p : raw.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (p == QLatin1String("..")) return PathCheck::Escapes;
        if (p != QLatin1String(".")) parts << p;
    }
    if (parts.size() <= strip) return PathCheck::Skip;
    *rel = parts.mid(strip).join(QLatin1Char('/'));
    return PathCheck::Ok;
}

// A symlink stays inside when its target is relative and climbs ("..") only at its start and
// no higher than the folder it sits in. Later components may name other links: each of those
// obeys the same rule, and no ".." can follow them, so the resolution never leaves the root.
bool symlinkStaysInside(const QString &rel, const QString &target)
{
    if (target.isEmpty() || target.startsWith(QLatin1Char('/'))) return false;
    const int depth = int(rel.count(QLatin1Char('/'))); // folders above the link
    int up = 0;
    bool climbing = true;
    for (const QString &p : target.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (p == QLatin1String(".")) continue;
        if (p == QLatin1String("..")) {
            if (!climbing) return false;
            if (++up > depth) return false;
        } else {
            climbing = false;
        }
    }
    return true;
}

QString entryName(archive_entry *e)
{
    if (const char *s = archive_entry_pathname_utf8(e)) return QString::fromUtf8(s);
    if (const char *s = archive_entry_pathname(e)) return QString::fromLocal8Bit(s);
    return {};
}

QString linkText(const char *utf8, const char *local)
{
    if (utf8) return QString::fromUtf8(utf8);
    if (local) return QString::fromLocal8Bit(local);
    return {};
}

bool lexists(const QString &path, bool *isDir)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0) return false;
    *isDir = S_ISDIR(st.st_mode);
    return true;
}

// Removes what this extraction created, newest first; folders it created are wholly its own.
void rollback(const QStringList &created)
{
    for (auto it = created.crbegin(); it != created.crend(); ++it) {
        bool dir = false;
        if (!lexists(*it, &dir)) continue;
        if (dir) {
            ::chmod(QFile::encodeName(*it).constData(), 0700);
            QDir(*it).removeRecursively();
        } else {
            ::unlink(QFile::encodeName(*it).constData());
        }
    }
}

} // namespace

Extractor::Extractor(const QString &archive, const QString &targetDir, QObject *parent)
    : QObject(parent), m_archive(archive), m_target(targetDir)
{
    qRegisterMetaType<gpusetup::ExtractResult>();
}

Extractor::~Extractor()
{
    m_cancel = true;
    if (m_worker.joinable()) m_worker.join();
}

void Extractor::start()
{
    if (m_running) return;
    if (m_worker.joinable()) m_worker.join();
    m_running = true;
    m_async = true;
    m_cancel = false;
    m_worker = std::thread([this] {
        const ExtractResult r = extractNow();
        QMetaObject::invokeMethod(
            this,
            [this, r] {
                if (m_worker.joinable()) m_worker.join();
                m_running = false;
                m_async = false;
                emit finished(r);
            },
            Qt::QueuedConnection);
    });
}

void Extractor::cancel()
{
    m_cancel = true;
}

ExtractResult Extractor::extractNow()
{
    ExtractResult r;
    QStringList log;
    QStringList created; // every path created, in order, absolute
    QSet<QString> createdSet;
    QSet<QString> knownDirs;
    const QString archiveName = QFileInfo(m_archive).fileName();
    auto fail = [&](const QString &message, const QString &detail) {
        r.ok = false;
        r.message = message;
        if (!detail.isEmpty()) log << detail;
        return r;
    };

    const QFileInfo targetInfo(m_target);
    if (!targetInfo.isDir()) return fail(tr("The folder %1 does not exist.").arg(m_target), {});
    // Canonical, so the secure-symlink check never trips over a symlinked home folder.
    const QString root = targetInfo.canonicalFilePath();
    const qint64 archiveSize = QFileInfo(m_archive).size();

    // Our own descriptor, closed after the reader (declared first, destroyed last): libarchive's
    // open_filename reads a pipe to its end when closed, so a cancel would wait for the writer.
    const FdGuard fd(::open(QFile::encodeName(m_archive).constData(), O_RDONLY | O_CLOEXEC));
    if (fd.fd < 0) {
        r.message = tr("Cannot open the archive %1.").arg(m_archive);
        r.details = QString::fromLocal8Bit(std::strerror(errno));
        return r;
    }
    ArchivePtr in(archive_read_new());
    archive_read_support_filter_all(in.get());
    archive_read_support_format_tar(in.get());
    archive_read_support_format_gnutar(in.get());
    archive_read_support_format_zip(in.get());
    archive_read_support_format_cpio(in.get());
    if (archive_read_open_fd(in.get(), fd.fd, kReadBlock) != ARCHIVE_OK) {
        r.message = tr("Cannot open the archive %1.").arg(m_archive);
        r.details = QString::fromLocal8Bit(archive_error_string(in.get()));
        return r;
    }
    ArchivePtr out(archive_write_disk_new());
    // Our own checks come first; libarchive's secure flags are a second fence.
    archive_write_disk_set_options(
        out.get(), ARCHIVE_EXTRACT_PERM | ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_SECURE_SYMLINKS |
                       ARCHIVE_EXTRACT_SECURE_NODOTDOT | ARCHIVE_EXTRACT_UNLINK);

    std::vector<char> buffer;
    buffer.reserve(kWriteBlock);
    QElapsedTimer clock;
    clock.start();
    qint64 lastEmit = -1000;
    auto report = [&](bool force) {
        const qint64 now = clock.elapsed();
        if (!force && now - lastEmit < 100) return;
        lastEmit = now;
        const double fraction =
            !in ? 1.0 // finished: the reader is closed
            : archiveSize > 0
                ? std::min(1.0, double(archive_filter_bytes(in.get(), -1)) / double(archiveSize))
                : 0.0;
        const qint64 bytes = r.bytes;
        if (m_async)
            QMetaObject::invokeMethod(
                this, [this, fraction, bytes] { emit progress(fraction, bytes); },
                Qt::QueuedConnection);
        else
            emit progress(fraction, bytes);
    };

    // Records the folders above rel that do not exist yet (libarchive creates them).
    auto noteParents = [&](const QString &rel) {
        int slash = -1;
        while ((slash = rel.indexOf(QLatin1Char('/'), slash + 1)) > 0) {
            const QString dir = root + QLatin1Char('/') + rel.left(slash);
            if (knownDirs.contains(dir)) continue;
            bool isDir = false;
            if (!lexists(dir, &isDir)) {
                created << dir;
                createdSet.insert(dir);
            }
            knownDirs.insert(dir);
        }
    };

    QString failure;
    QString failureDetail;
    bool cancelled = false;
    archive_entry *entry = nullptr;
    for (;;) {
        if (m_cancel) {
            cancelled = true;
            break;
        }
        const int rc = archive_read_next_header(in.get(), &entry);
        if (rc == ARCHIVE_EOF) break;
        if (rc < ARCHIVE_WARN) {
            failure = tr("The archive %1 is damaged or incomplete.").arg(archiveName);
            failureDetail = QString::fromLocal8Bit(archive_error_string(in.get()));
            break;
        }
        const QString name = entryName(entry);
        QString rel;
        const PathCheck check = cleanPath(name, m_strip, &rel);
        if (check == PathCheck::Escapes) {
            failure = tr("The archive %1 contains \"%2\", which would be written outside %3, so "
                         "nothing was unpacked.")
                          .arg(archiveName, name, m_target);
            break;
        }
        if (check == PathCheck::Skip) continue;
        const mode_t type = archive_entry_filetype(entry);
        const QString hardlink =
            linkText(archive_entry_hardlink_utf8(entry), archive_entry_hardlink(entry));
        if (!hardlink.isEmpty()) {
            QString linkRel;
            const PathCheck lc = cleanPath(hardlink, m_strip, &linkRel);
            if (lc == PathCheck::Skip) continue; // as tar does
            const QString linkAbs = root + QLatin1Char('/') + linkRel;
            // Only to a file this archive wrote: never to one of the user's, nor outside.
            if (lc == PathCheck::Escapes || !createdSet.contains(linkAbs)) {
                failure = tr("The archive %1 contains a hard link \"%2\" to \"%3\", outside what "
                             "it unpacks, so nothing was unpacked.")
                              .arg(archiveName, name, hardlink);
                break;
            }
            archive_entry_copy_hardlink(entry, QFile::encodeName(linkAbs).constData());
        } else if (type == AE_IFLNK) {
            const QString target =
                linkText(archive_entry_symlink_utf8(entry), archive_entry_symlink(entry));
            if (!symlinkStaysInside(rel, target)) {
                failure = tr("The archive %1 contains a link \"%2\" pointing to \"%3\", outside "
                             "%4, so nothing was unpacked.")
                              .arg(archiveName, name, target, m_target);
                break;
            }
        } else if (type != AE_IFREG && type != AE_IFDIR) {
            log << QStringLiteral("skipped %1: not a file, folder or link").arg(name);
            continue;
        }
        const QString abs = root + QLatin1Char('/') + rel;
        noteParents(rel);
        bool existsAsDir = false;
        if (lexists(abs, &existsAsDir)) {
            const bool merge = existsAsDir && type == AE_IFDIR && hardlink.isEmpty();
            if (!merge && !m_overwrite && !createdSet.contains(abs)) {
                failure = tr("%1 already exists, so the archive %2 was not unpacked over it.")
                              .arg(abs, archiveName);
                break;
            }
        } else {
            created << abs;
            createdSet.insert(abs);
        }
        if (type == AE_IFDIR) knownDirs.insert(abs);
        archive_entry_copy_pathname(entry, QFile::encodeName(abs).constData());
        archive_entry_set_perm(entry,
                               archive_entry_perm(entry) & 0777); // no setuid from a download
        if (archive_write_header(out.get(), entry) < ARCHIVE_WARN) {
            failure = tr("Cannot write %1.").arg(abs);
            failureDetail = QString::fromLocal8Bit(archive_error_string(out.get()));
            break;
        }
        if (type == AE_IFREG && hardlink.isEmpty()) ++r.files;
        // Copy the data, gathering libarchive's small blocks into large writes.
        buffer.clear();
        la_int64_t bufferOffset = 0;
        bool entryFailed = false;
        auto flush = [&]() {
            if (buffer.empty()) return true;
            if (archive_write_data_block(out.get(), buffer.data(), buffer.size(), bufferOffset) <
                ARCHIVE_WARN) {
                failure = tr("Cannot write %1.").arg(abs);
                failureDetail = QString::fromLocal8Bit(archive_error_string(out.get()));
                return false;
            }
            r.bytes += qint64(buffer.size());
            buffer.clear();
            return true;
        };
        for (;;) {
            const void *block = nullptr;
            size_t size = 0;
            la_int64_t offset = 0;
            const int drc = archive_read_data_block(in.get(), &block, &size, &offset);
            if (drc == ARCHIVE_EOF) break;
            if (drc < ARCHIVE_WARN) {
                failure = tr("The archive %1 is damaged or incomplete.").arg(archiveName);
                failureDetail = QString::fromLocal8Bit(archive_error_string(in.get()));
                entryFailed = true;
                break;
            }
            if (m_cancel) {
                cancelled = true;
                entryFailed = true;
                break;
            }
            const bool contiguous = offset == bufferOffset + la_int64_t(buffer.size());
            if (!buffer.empty() && (!contiguous || buffer.size() + size > kWriteBlock)) {
                if (!flush()) {
                    entryFailed = true;
                    break;
                }
            }
            if (buffer.empty()) bufferOffset = offset;
            if (size >= kWriteBlock) { // already large: write it as it is
                if (archive_write_data_block(out.get(), block, size, offset) < ARCHIVE_WARN) {
                    failure = tr("Cannot write %1.").arg(abs);
                    failureDetail = QString::fromLocal8Bit(archive_error_string(out.get()));
                    entryFailed = true;
                    break;
                }
                r.bytes += qint64(size);
            } else {
                const char *p = static_cast<const char *>(block);
                buffer.insert(buffer.end(), p, p + size);
            }
            report(false);
        }
        if (!entryFailed && !flush()) entryFailed = true;
        if (entryFailed) break;
        if (archive_write_finish_entry(out.get()) < ARCHIVE_WARN) {
            failure = tr("Cannot write %1.").arg(abs);
            failureDetail = QString::fromLocal8Bit(archive_error_string(out.get()));
            break;
        }
        report(false);
    }
    if (failure.isEmpty() && !cancelled && archive_write_close(out.get()) < ARCHIVE_WARN) {
        failure = tr("Cannot finish unpacking into %1.").arg(m_target);
        failureDetail = QString::fromLocal8Bit(archive_error_string(out.get()));
    }
    out.reset(); // closes the writer before anything is removed
    in.reset();

    if (cancelled || !failure.isEmpty()) {
        rollback(created);
        r.ok = false;
        r.cancelled = cancelled && failure.isEmpty();
        r.message =
            r.cancelled
                ? tr("Unpacking %1 was cancelled; nothing was left behind.").arg(archiveName)
                : failure;
        if (!failureDetail.isEmpty()) log << failureDetail;
        log << QStringLiteral("removed %1 created paths").arg(created.size());
        r.bytes = 0;
        r.files = 0;
        r.details = log.join(QLatin1Char('\n'));
        return r;
    }
    report(true);
    for (const QString &p : std::as_const(created))
        if (p.lastIndexOf(QLatin1Char('/')) == root.size()) r.created << p;
    r.ok = true;
    r.message =
        tr("Unpacked %1 into %2 (%n file(s)).", nullptr, r.files).arg(archiveName, m_target);
    log << QStringLiteral("%1 bytes written, %2 entries created").arg(r.bytes).arg(created.size());
    r.details = log.join(QLatin1Char('\n'));
    return r;
}

} // namespace gpusetup
