#pragma once
// lstat / list / read on a real directory tree, shared by RealHost ("/") and SnapshotHost.
#include "host/Host.h"

namespace gpusetup::localfs {

Host::Node lstat(const QString &physicalPath);
QStringList list(const QString &physicalDir, const QStringList &patterns);
std::optional<QByteArray> read(const QString &physicalPath, qint64 maxBytes);

} // namespace gpusetup::localfs
