#pragma once
// The NVIDIA files the root helper may run or unpack: every CUDA runfile and cuDNN archive
// whose SHA-256 the embedded knowledge data lists (cuda_driver.json, cudnn.json), compiled in
// as a table (cmake/HelperKnownFiles.cmake). The caller never supplies a checksum: a file
// whose bytes hash to none of these is refused, whatever it is called.
#include <QString>
#include <QStringList>

namespace gpusetup::helper {

struct KnownFile
{
    enum class Kind { CudaRunfile, CudnnArchive };
    const char *sha256; // lowercase hex
    Kind kind;
    const char *name; // NVIDIA's file name
};

// The compiled-in entry for this SHA-256 and kind; nullptr when there is none. extra: more
// SHA-256 values to accept (the test build's own fake installers only; the installed helper
// never passes any), reported with the name "test file".
const KnownFile *knownFile(const QString &sha256, KnownFile::Kind kind,
                           const QStringList &extra = {});
int knownFileCount();

} // namespace gpusetup::helper
