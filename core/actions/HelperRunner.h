#pragma once
// Carries out a validated HelperRequest: the part of gpu-setup-helper that runs as root. It
// lives in core so tests drive it with fake programs on PATH and a scratch root prefix, without
// root. Children run from argv via posix_spawn in their own process group; their output comes
// back line by line on its own channel (childOutput), apart from the helper's protocol
// (output), apt's Status-Fd turned into "@progress" lines.
#include "actions/HelperVerbs.h"

#include <functional>
#include <unistd.h>

namespace gpusetup {

struct HelperRunOptions
{
    // The children's whole environment (KEY=VALUE). Empty: a clean root environment
    // (PATH=/usr/sbin:/usr/bin:/sbin:/bin, LC_ALL=C, DEBIAN_FRONTEND=noninteractive).
    QStringList environment;
    // Programs run from their fixed places (/usr/bin/apt-get, /usr/sbin/update-initramfs,
    // /bin/sh, ...), never looked up on a PATH. Tests only: look them up on environment's
    // PATH instead, where the fakes are.
    bool programsFromPath = false;
    // Tests only: every file the helper writes (/etc, /usr/local, /var/tmp, /var/log) is
    // taken under this folder instead of "/". The installed helper never sets it.
    QString rootPrefix;
    // A line "cancel" read on this descriptor asks to stop (the helper passes its stdin).
    int cancelFd = -1;
    // Who owns the system files the helper checks itself (root; the test build: the user).
    uid_t trustedUid = 0;
    // The in-process copy into the user's own toolkit (CudnnInstallOperation as the user):
    // the toolkit and what is below it are checked, not its parents (the user's home).
    bool ownToolkit = false;
    // The user who asked (PKEXEC_UID): the file they hand over must be theirs.
    uid_t callerUid = ::getuid();
    // enroll-mok: the one-time password, written twice to mokutil's standard input.
    QByteArray mokPassword;
    // Tests only: SHA-256 values accepted besides NVIDIA's (see HelperValidateOptions).
    QStringList extraKnownSha256;
    // Tests only: free bytes on the file system holding an existing folder (statvfs).
    std::function<qint64(const QString &)> freeSpace;
    // The helper's protocol and sentences ("@progress", "@status", "@changed", "@mok").
    std::function<void(const QString &)> output;
    // Every line the programs printed (apt, ubuntu-drivers, the CUDA installer, mokutil):
    // a separate channel, so no child can write a protocol line (a forged "@changed").
    std::function<void(const QString &)> childOutput;
};

// Returns a helper::ExitCode; *failure gets one sentence when it is not Ok.
int runHelperRequest(const HelperRequest &request, const HelperRunOptions &options,
                     QString *failure = nullptr);

QStringList defaultRootEnvironment();

} // namespace gpusetup
