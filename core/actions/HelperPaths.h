#pragma once
// How the root helper opens a path it was given or picks: one component at a time with
// O_NOFOLLOW (a symlink anywhere on the way is refused, not followed), never blocking on a
// FIFO, and with the owner and mode rules of the caller checked on the descriptor it then
// uses. Everything after the check works on that descriptor, so nothing can be swapped in
// between the check and the use.
#include <QString>

#include <optional>
#include <sys/types.h>

namespace gpusetup::helper {

struct OpenRules
{
    bool directory = false; // the last component must be a folder (else a regular file)
    // Required owner of the last component (the caller for a source, root for a system file).
    std::optional<uid_t> owner;
    // Required owner of every folder walked through below the root (root for system paths).
    std::optional<uid_t> folderOwner;
    // Neither the folders walked (below the root; only when folderOwner is set) nor the last
    // component may be writable by group or others: nobody but their owner can change what
    // the path leads to.
    bool notWritableByOthers = false;
    bool singleLink = false; // regular files: st_nlink must be 1 (no hard link from elsewhere)
    // Walk and open with this user's file-system identity (setfsuid/setfsgid) when running as
    // root: root then reads nothing through a folder the caller could not enter.
    std::optional<uid_t> readAs;
};

// The user who asked: PKEXEC_UID (pkexec sets it after clearing the environment), else the
// real uid. Only the helper's main() calls this.
uid_t callerUid();

// Opens absolute `path` read-only (O_RDONLY, plus O_DIRECTORY for folders; O_CLOEXEC) under
// `root` ("" = "/"; the test build's scratch root otherwise). Returns the descriptor, or -1
// and one sentence in *why (*missing: true when a component does not exist).
int openNoFollow(const QString &path, const OpenRules &rules, QString *why,
                 const QString &root = QString(), bool *missing = nullptr);

} // namespace gpusetup::helper
