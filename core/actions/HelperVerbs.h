#pragma once
// The privileged helper's contract: a short list of verbs, each with every argument checked
// before anything runs. The helper (app/helper) and its client (HelperOperation) share this
// code, so the dry run shows exactly what root will run and the tests call the validators
// directly. Nothing here builds a shell string: root only ever runs argv lists.
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <sys/types.h>
#include <unistd.h>

namespace gpusetup {

// One thing the helper does as root.
struct HelperAction
{
    enum class Kind {
        Exec,      // run argv (apt-get, ubuntu-drivers, update-initramfs)
        WriteFile, // write content to path atomically (mode 0644)
        Runfile,   // copy file into a folder of root's, check it is NVIDIA's, run argv on the copy
        InstallCudnn, // copy NVIDIA's cuDNN archive to root's folder, check, unpack, CopyCudnn
        CopyCudnn,    // copy the cuDNN headers and libraries (symlinks kept) into a toolkit; never
                      // from a request's arguments: the unpacked archive, or a user's own copy
        EnrollMok,    // mokutil --import KEY, the one-time password written to its stdin
    };
    Kind kind = Kind::Exec;
    QStringList argv;
    bool aptStatusFd = false; // Exec: the child gets fd 3 for APT::Status-Fd
    // WriteFile: target; Runfile, InstallCudnn: the user's file; CopyCudnn: source folder;
    // EnrollMok: the key.
    QString path;
    QByteArray content; // WriteFile
    QString sha256;     // Runfile, InstallCudnn: what validation hashed ("" in a dry run)
    QString toolkitDir; // Runfile, InstallCudnn, CopyCudnn
    bool operator==(const HelperAction &) const = default;
};

struct HelperRequest
{
    QString verb;
    QStringList args;
    QList<HelperAction> actions;
    QString error; // one sentence when the arguments are rejected; nothing may run then
    bool ok() const { return error.isEmpty(); }
    // One line per action: the exact argv (shell-quoted for display) or file written.
    QStringList describe() const;
};

struct HelperValidateOptions
{
    // The client's dry run describes a request on a machine (or snapshot) where the files may
    // not exist yet; the helper itself always checks the filesystem and the checksum.
    bool checkFilesystem = true;
    bool checkSha256 = true;
    QString rootPrefix; // tests only: the toolkit folder is looked up under it
    // Who must own the system files the helper picks itself (the MOK key): root. The test
    // build, which runs as the user, names the user here.
    uid_t trustedUid = 0;
    // Tests only: SHA-256 values accepted besides NVIDIA's (the test build's fake installers,
    // from a file named by GPUSETUP_HELPER_TEST_HASHES). The installed helper has none.
    QStringList extraKnownSha256;
    // The user who asked (the helper: PKEXEC_UID): the files they hand over must be theirs,
    // and are read with their file-system identity.
    uid_t callerUid = ::getuid();
};

namespace helper {

inline constexpr char kInstalledPath[] = "/usr/libexec/gpu-setup/gpu-setup-helper";
inline constexpr char kLogPath[] = "/var/log/gpu-setup-helper.log";
inline constexpr char kNouveauConf[] = "/etc/modprobe.d/blacklist-nouveau.conf";
inline constexpr char kNouveauContent[] = "blacklist nouveau\noptions nouveau modeset=0\n";
inline constexpr char kCudaInstallerLog[] = "/var/log/cuda-installer.log";
// Where the runfile is copied and unpacks: a new folder of root's, mode 0700, under /var/tmp
// (or, when that is too small, under the toolkit's parent, /usr/local or /opt).
inline constexpr char kWorkDirTemplate[] = "gpu-setup-helper.XXXXXX";

// The keys DKMS signs modules with, the only files enroll-mok hands to mokutil:
// - Ubuntu: shim-signed's update-secureboot-policy --new-key makes MOK.der/MOK.priv; Ubuntu's
//   dkms signs with them (22.04: dkms 2.8.7's sign_helper via kmodsign; 24.04: dkms 3.0.11,
//   whose /etc/dkms/framework.conf sets mok_certificate to this file).
// - Debian 12 (dkms 3.0.10) and upstream dkms 3.x: mok_certificate defaults to
//   /var/lib/dkms/mok.pub (DER, despite its name), generated at the first signed build
//   (dell/dkms README "Module signing").
// /etc/dkms/framework.conf and framework.conf.d/*.conf may name one of them; another file
// there is refused rather than followed (the helper enrols only keys at fixed places).
inline constexpr const char *kMokKeys[] = {"/var/lib/shim-signed/mok/MOK.der",
                                           "/var/lib/dkms/mok.pub"};
inline constexpr char kDkmsFrameworkConf[] = "/etc/dkms/framework.conf";
inline constexpr char kDkmsFrameworkConfDir[] = "/etc/dkms/framework.conf.d";
// mokutil's and shim's MokManager's PASSWORD_MIN / PASSWORD_MAX (bytes).
inline constexpr int kMokPasswordMin = 1;
inline constexpr int kMokPasswordMax = 256;

// Exit codes of the helper: 0 done, 1 the action failed, 2 arguments rejected (nothing done),
// 3 not running as root, 130 cancelled.
enum ExitCode { Ok = 0, Failed = 1, Rejected = 2, NotRoot = 3, Cancelled = 130 };

QStringList verbs();
// The risk class of a verb, one polkit action set and one installed executable each:
// "system" (apt, ubuntu-drivers, nouveau, initramfs: fixed arguments; gpu-setup-helper),
// "nvidia" (runs or unpacks NVIDIA's files as root; gpu-setup-helper-nvidia) and "mok"
// (changes what the firmware trusts; gpu-setup-helper-mok). "" for an unknown verb.
QString verbClass(const QString &verb);
// The executable for a verb: the installed helper path (…/gpu-setup-helper) with the class's
// suffix; any other path (the test build, which serves every verb) unchanged. pkexec picks
// the polkit action by this path (and, where it supports it, by the verb in argv1), so a
// verb can never borrow another class's authorisation.
QString executableFor(const QString &verb, const QString &helperPath);
// argv quoted for display: the exact line a user could paste into a terminal.
QString quoted(const QStringList &argv);
HelperRequest validate(const QStringList &args, const HelperValidateOptions &options = {});

// ^nvidia-driver(-[0-9]{3})?(-server)?(-open)?$ and Debian's nvidia-tesla-NNN-driver.
bool isDriverPackage(const QString &name);
bool isHeadersPackage(const QString &name);   // linux-headers-amd64 / -arm64 (Debian)
bool isUbuntuDriverSpec(const QString &spec); // nvidia:535, nvidia:535-server, nvidia:580-open
bool isSha256Hex(const QString &hex);
// /usr/local/cuda-X.Y or /opt/cuda-X.Y, not a symlink when it exists.
bool isToolkitDir(const QString &dir, bool checkFilesystem, QString *why);
// Absolute, clean (no "." / ".." / "//"), no whitespace or control characters, under /home/*,
// /tmp, /var/tmp (or /root, for root only).
bool isUserPath(const QString &path, bool wantDirectory, uid_t caller, QString *why);
// The file (or folder) the caller hands the helper, opened with openNoFollow(): no symlink
// anywhere on the way, a regular file (a FIFO does not block), the caller's own with a single
// link, read with the caller's file-system identity. The descriptor, or -1 + *why.
int openUserFile(const QString &path, bool directory, uid_t caller, QString *why);

// The sentence for a runfile whose SHA-256 is none of NVIDIA's (client and helper alike).
QString unknownRunfile(const QString &path, const QString &sha256);
QString unknownCudnnArchive(const QString &path, const QString &sha256);

// SHA-256 of what is left to read on fd, as lowercase hex; empty + *error on failure.
QString sha256OfFd(int fd, const QString &shown, QString *error = nullptr);

// The cuDNN files to copy: pairs (source relative to srcDir, target relative to the toolkit),
// include/cudnn*.h -> include/, lib|lib64/libcudnn* -> lib64/. Empty + *why when the folder
// does not look like an extracted cuDNN archive or holds something unexpected (a symlink
// pointing outside its folder, a device file).
QList<QPair<QString, QString>> cudnnFiles(const QString &srcDir, QString *why);

// The MOK password rules: 1..256 characters, printable ASCII only (MokManager reads keys from
// the firmware console, which types neither control characters nor anything beyond ASCII).
bool checkMokPassword(const QByteArray &password, QString *why);

// The DKMS signing key enroll-mok imports (see kMokKeys), looked up under `root` ("" = "/").
// With checkFilesystem, every folder on its way and the key itself must belong to
// trustedUid and be writable by nobody else, the key a regular file; "" + *why otherwise.
// Without (a dry run as the user), the first candidate that exists, or the first one.
QString findMokKey(const QString &root, uid_t trustedUid, bool checkFilesystem, QString *why);

// What mokutil --import printed: "enrolled" (the key is already in MokListRT/db/PK/KEK),
// "pending" (already queued by an earlier --import, with the password chosen then) or
// "imported" (queued now, with the new password).
QString mokImportOutcome(const QStringList &mokutilOutput);

// The line with every control or format character escaped (\n, \r, \t, \\, \xHH,
// \u{HHHH}): one log record can never look like two, nor hide text from a terminal.
QString escapedForLog(const QString &line);

// APT::Status-Fd lines "pmstatus:pkg:percent:desc" and "dlstatus:pkg:percent:desc" (also
// "pmerror"/"pmconffile"); false for anything else. Download is mapped to 0..0.5 of the
// progress, package setup to 0.5..1.
bool parseAptStatus(const QString &line, double *fraction, QString *text, bool *isError = nullptr);

// The helper's own protocol on stdout, next to the programs' plain output:
// "@progress 0.420 Unpacking nvidia-driver-550" and "@status text".
QString progressLine(double fraction, const QString &text);
bool parseProgressLine(const QString &line, double *fraction, QString *text);

} // namespace helper
} // namespace gpusetup
