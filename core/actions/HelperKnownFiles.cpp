#include "actions/HelperKnownFiles.h"

#include <iterator>

namespace gpusetup::helper {

namespace {

const KnownFile kKnown[] = {
#include "HelperKnownFiles.inc"
};

} // namespace

const KnownFile *knownFile(const QString &sha256, KnownFile::Kind kind, const QStringList &extra)
{
    const QByteArray hex = sha256.toLatin1();
    for (const KnownFile &k : kKnown)
        if (k.kind == kind && hex == k.sha256) return &k;
    static const KnownFile testRunfile{"", KnownFile::Kind::CudaRunfile, "test file"};
    static const KnownFile testArchive{"", KnownFile::Kind::CudnnArchive, "test file"};
    if (!sha256.isEmpty() && extra.contains(sha256))
        return kind == KnownFile::Kind::CudaRunfile ? &testRunfile : &testArchive;
    return nullptr;
}

int knownFileCount()
{
    return int(std::size(kKnown));
}

} // namespace gpusetup::helper
