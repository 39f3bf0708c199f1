#include "actions/HelperPaths.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <sys/fsuid.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gpusetup::helper {

namespace {

QString trP(const char *s)
{
    return QCoreApplication::translate("gpusetup::HelperPaths", s);
}

QString errnoText(int e)
{
    return QString::fromLocal8Bit(std::strerror(e));
}

// One rule check on an open descriptor; "" when it passes.
QString checkStat(const struct stat &st, const QString &shown, bool last, const OpenRules &r)
{
    if (!last || r.directory) {
        if (!S_ISDIR(st.st_mode)) return trP("%1 is not a folder.").arg(shown);
    } else if (!S_ISREG(st.st_mode)) {
        return trP("%1 is not a regular file (a device, a FIFO or a socket).").arg(shown);
    }
    const std::optional<uid_t> owner = last ? r.owner : r.folderOwner;
    if (owner && st.st_uid != *owner)
        return trP("%1 belongs to user id %2, not to user id %3.")
            .arg(shown)
            .arg(st.st_uid)
            .arg(*owner);
    if (r.notWritableByOthers && (last || r.folderOwner) && (st.st_mode & (S_IWGRP | S_IWOTH)))
        return trP("%1 can be changed by other users (mode %2).")
            .arg(shown, QString::number(st.st_mode & 07777, 8));
    if (last && !r.directory && r.singleLink && st.st_nlink != 1)
        return trP("%1 has other hard links; give a file of its own.").arg(shown);
    return {};
}

// Switches the file-system uid/gid to a user's while alive (root only; a no-op otherwise).
class FsIdentity
{
public:
    explicit FsIdentity(std::optional<uid_t> uid)
    {
        if (!uid || ::geteuid() != 0 || *uid == 0) return;
        const struct passwd *pw = ::getpwuid(*uid);
        const gid_t gid = pw ? pw->pw_gid : gid_t(*uid);
        m_oldGid = ::setfsgid(gid);
        m_oldUid = ::setfsuid(*uid);
        m_active = true;
    }
    ~FsIdentity()
    {
        if (!m_active) return;
        ::setfsuid(m_oldUid);
        ::setfsgid(m_oldGid);
    }
    FsIdentity(const FsIdentity &) = delete;
    FsIdentity &operator=(const FsIdentity &) = delete;

private:
    bool m_active = false;
    int m_oldUid = 0, m_oldGid = 0;
};

} // namespace

uid_t callerUid()
{
    bool ok = false;
    const uint uid = qEnvironmentVariableIntValue("PKEXEC_UID", &ok);
    return ok ? uid_t(uid) : ::getuid();
}

int openNoFollow(const QString &path, const OpenRules &rules, QString *why, const QString &root,
                 bool *missing)
{
    if (missing) *missing = false;
    auto fail = [&](const QString &s, int fd = -1) {
        if (fd >= 0) ::close(fd);
        if (why) *why = s;
        return -1;
    };
    if (!path.startsWith(QLatin1Char('/')))
        return fail(trP("The path \"%1\" must be absolute.").arg(path));
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty()) return fail(trP("The path \"%1\" names no file.").arg(path));
    for (const QString &p : parts)
        if (p == QLatin1String(".") || p == QLatin1String(".."))
            return fail(
                trP("The path \"%1\" is not in its plain form (no \".\" or \"..\").").arg(path));
    const FsIdentity as(rules.readAs);
    const QByteArray start = QFile::encodeName(root.isEmpty() ? QStringLiteral("/") : root);
    int fd = ::open(start.constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return fail(trP("Could not open %1: %2.").arg(root, errnoText(errno)));
    QString shown;
    for (int i = 0; i < parts.size(); ++i) {
        const bool last = i == parts.size() - 1;
        shown += QLatin1Char('/') + parts[i];
        const QByteArray name = QFile::encodeName(parts[i]);
        int flags = O_NOFOLLOW | O_CLOEXEC;
        if (!last)
            flags |= O_PATH | O_DIRECTORY;
        else
            // O_NONBLOCK: a FIFO put in the file's place must not hang the helper.
            flags |= O_RDONLY | O_NONBLOCK | (rules.directory ? O_DIRECTORY : 0);
        const int next = ::openat(fd, name.constData(), flags);
        const int err = errno;
        struct stat lst;
        const bool isLink = next < 0 &&
                            ::fstatat(fd, name.constData(), &lst, AT_SYMLINK_NOFOLLOW) == 0 &&
                            S_ISLNK(lst.st_mode);
        ::close(fd);
        fd = -1;
        if (next < 0) {
            if (isLink)
                return fail(trP("%1 is a symlink; the helper does not follow links (give the "
                                "real path).")
                                .arg(shown));
            if (err == ENOENT) {
                if (missing) *missing = true;
                return fail(trP("%1 does not exist.").arg(shown));
            }
            if (err == EACCES)
                return fail(trP("%1 cannot be read by the user who asked (permission "
                                "denied).")
                                .arg(shown));
            return fail(trP("Could not open %1: %2.").arg(shown, errnoText(err)));
        }
        fd = next;
        struct stat st;
        if (::fstat(fd, &st) != 0)
            return fail(trP("Could not check %1: %2.").arg(shown, errnoText(errno)), fd);
        const QString problem = checkStat(st, shown, last, rules);
        if (!problem.isEmpty()) return fail(problem, fd);
    }
    // Regular files were opened non-blocking only to get past a FIFO; reads block normally.
    if (!rules.directory) ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return fd;
}

} // namespace gpusetup::helper
