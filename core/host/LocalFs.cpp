#include "host/LocalFs.h"

#include <QDir>
#include <QFile>

#include <sys/stat.h>
#include <unistd.h>

namespace gpusetup::localfs {

Host::Node lstat(const QString &physicalPath)
{
    Host::Node n;
    struct stat st;
    const QByteArray p = QFile::encodeName(physicalPath);
    if (::lstat(p.constData(), &st) != 0) return n;
    if (S_ISLNK(st.st_mode)) {
        n.type = Host::NodeType::Link;
        QByteArray buf(4096, '\0');
        const ssize_t len = ::readlink(p.constData(), buf.data(), buf.size() - 1);
        if (len > 0) n.linkTarget = QFile::decodeName(buf.left(len));
    } else if (S_ISDIR(st.st_mode)) {
        n.type = Host::NodeType::Dir;
    } else if (S_ISREG(st.st_mode)) {
        n.type = Host::NodeType::File;
        n.size = st.st_size;
        n.executable = (st.st_mode & (S_IXUSR | S_IXGRP | S_IXOTH)) != 0;
    } else {
        n.type = Host::NodeType::Other;
    }
    return n;
}

QStringList list(const QString &physicalDir, const QStringList &patterns)
{
    return QDir(physicalDir)
        .entryList(patterns, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

std::optional<QByteArray> read(const QString &physicalPath, qint64 maxBytes)
{
    QFile f(physicalPath);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) return std::nullopt;
    // /proc and /sys report size 0: read until EOF rather than trusting size().
    QByteArray data;
    char buf[65536];
    while (data.size() < maxBytes) {
        const qint64 got = f.read(buf, qMin<qint64>(sizeof buf, maxBytes - data.size()));
        if (got < 0) return data.isEmpty() ? std::nullopt : std::optional<QByteArray>(data);
        if (got == 0) break;
        data.append(buf, int(got));
    }
    return data;
}

} // namespace gpusetup::localfs
