#pragma once
// Streams a large file to disk without letting the page cache fill up with its dirty pages.
//
// A plain write() loop of a 4 GB download leaves gigabytes dirty until the kernel throttles the
// writer, and every new page of cache it fills is memory the system must first find (on the
// dev VM: 4 GiB of 1 MiB writes took 7.5-8.0 s buffered, 0.5 GB/s, and 1.4-1.7 s with this).
// Here each batch is sent to disk at once (sync_file_range WRITE) and, a window later, waited
// for and dropped from the cache (POSIX_FADV_DONTNEED): at most about one window of the file is
// in memory, the same pages are reused all along, and the download does not push the user's
// own files out of the cache.
//
// Only advice to the kernel: every error (a filesystem without sync_file_range, a pipe) is
// ignored and the bytes written are the same either way. Not thread-safe: one writer thread.
#include <QtGlobal>

namespace gpusetup {

class WriteBehind
{
public:
    static constexpr qint64 kDefaultWindow = 32 << 20;
    // Write-out is started, waited for and dropped in runs of this size (fewer, larger I/Os).
    static constexpr qint64 kBatch = 8 << 20;

    // fd: the file being written; start: the offset of the first byte that will be written.
    explicit WriteBehind(int fd, qint64 start, qint64 window = kDefaultWindow);

    // bytes were just written at the current position (contiguously after the previous ones).
    void wrote(qint64 bytes);

    qint64 position() const { return m_pos; }
    // Offset below which the file has been written out and dropped from the cache.
    qint64 settled() const { return m_settled; }

private:
    int m_fd;
    qint64 m_pos;
    qint64 m_kicked;  // write-out started below this offset (page-aligned)
    qint64 m_settled; // written out and dropped below this offset (page-aligned)
    qint64 m_window;
    qint64 m_batch;
};

} // namespace gpusetup
