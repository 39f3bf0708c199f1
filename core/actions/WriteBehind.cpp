#include "actions/WriteBehind.h"

#include <fcntl.h>

namespace gpusetup {

namespace {
constexpr qint64 kPage = 4096;
}

WriteBehind::WriteBehind(int fd, qint64 start, qint64 window)
    : m_fd(fd), m_pos(start), m_kicked(start / kPage * kPage), m_settled(m_kicked),
      m_window(qMax(window, kPage)), m_batch(qMax<qint64>(kPage, qMin(m_window / 4, kBatch)))
{
}

void WriteBehind::wrote(qint64 bytes)
{
    if (bytes <= 0) return;
    m_pos += bytes;
    if (m_fd < 0) return;
#ifdef SYNC_FILE_RANGE_WRITE
    // Start writing out each whole batch now, without waiting for it.
    const qint64 kick = m_pos / m_batch * m_batch;
    if (kick > m_kicked) {
        ::sync_file_range(m_fd, m_kicked, kick - m_kicked, SYNC_FILE_RANGE_WRITE);
        m_kicked = kick;
    }
    // Everything a window behind: wait until it is on disk, then let the kernel drop it.
    const qint64 upTo = qMin(m_kicked, (m_pos - m_window) / kPage * kPage);
    if (upTo >= m_settled + m_batch) {
        ::sync_file_range(m_fd, m_settled, upTo - m_settled,
                          SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE |
                              SYNC_FILE_RANGE_WAIT_AFTER);
        ::posix_fadvise(m_fd, m_settled, upTo - m_settled, POSIX_FADV_DONTNEED);
        m_settled = upTo;
    }
#endif
}

} // namespace gpusetup
