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

namespace gpusetup {

// One thing the helper does as root.
struct HelperAction
{
    enum class Kind {
        Exec,      // run argv (apt-get, ubuntu-drivers, update-initramfs)
        WriteFile, // write content to path atomically (mode 0644)
        Runfile,   // copy file into a root-only folder, re-check sha256, run argv on the copy
        CopyCudnn, // copy the cuDNN headers and libraries (symlinks kept) into a toolkit
    };
    Kind kind = Kind::Exec;
    QStringList argv;
    bool aptStatusFd = false; // Exec: the child gets fd 3 for APT::Status-Fd
    QString path;             // WriteFile target; Runfile: the user's file; CopyCudnn: source
    QByteArray content;       // WriteFile
    QString sha256;           // Runfile
    QString toolkitDir;       // Runfile, CopyCudnn
    QString tmpDir;           // Runfile
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
};

namespace helper {

inline constexpr char kLogPath[] = "/var/log/gpu-setup-helper.log";
inline constexpr char kNouveauConf[] = "/etc/modprobe.d/blacklist-nouveau.conf";
inline constexpr char kNouveauContent[] = "blacklist nouveau\noptions nouveau modeset=0\n";
inline constexpr char kCudaInstallerLog[] = "/var/log/cuda-installer.log";

// Exit codes of the helper: 0 done, 1 the action failed, 2 arguments rejected (nothing done),
// 3 not running as root, 130 cancelled.
enum ExitCode { Ok = 0, Failed = 1, Rejected = 2, NotRoot = 3, Cancelled = 130 };

QStringList verbs();
HelperRequest validate(const QStringList &args, const HelperValidateOptions &options = {});

// ^nvidia-driver(-[0-9]{3})?(-server)?(-open)?$ and Debian's nvidia-tesla-NNN-driver.
bool isDriverPackage(const QString &name);
bool isHeadersPackage(const QString &name);   // linux-headers-amd64 / -arm64 (Debian)
bool isUbuntuDriverSpec(const QString &spec); // nvidia:535, nvidia:535-server, nvidia:580-open
bool isSha256Hex(const QString &hex);
// /usr/local/cuda-X.Y or /opt/cuda-X.Y, not a symlink when it exists.
bool isToolkitDir(const QString &dir, bool checkFilesystem, QString *why);
// Absolute, clean (no "." / ".." / "//"), no whitespace or control characters, under /home/*,
// /tmp, /var/tmp or /root; with checkFilesystem: exists as a regular file (or a directory),
// itself not a symlink.
bool isUserPath(const QString &path, bool wantDirectory, bool checkFilesystem, QString *why);

// SHA-256 of a file as lowercase hex; empty + *error on failure.
QString sha256OfFile(const QString &path, QString *error = nullptr);

// The cuDNN files to copy: pairs (source relative to srcDir, target relative to the toolkit),
// include/cudnn*.h -> include/, lib|lib64/libcudnn* -> lib64/. Empty + *why when the folder
// does not look like an extracted cuDNN archive or holds something unexpected (a symlink
// pointing outside its folder, a device file).
QList<QPair<QString, QString>> cudnnFiles(const QString &srcDir, QString *why);

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
