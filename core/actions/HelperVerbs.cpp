#include "actions/HelperVerbs.h"

#include "actions/HelperKnownFiles.h"
#include "actions/HelperPaths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gpusetup {

namespace {

QString trH(const char *s)
{
    return QCoreApplication::translate("gpusetup::HelperVerbs", s);
}

bool hasBadCharacter(const QString &s)
{
    // Format characters too: U+202E (right-to-left override) and friends make a path look
    // like another in the dialog, the dry run and the log.
    for (const QChar c : s)
        if (c.isSpace() || c.category() == QChar::Other_Control ||
            c.category() == QChar::Other_Format || c == QChar(0))
            return true;
    return false;
}

bool lstatPath(const QString &path, struct stat *st)
{
    return ::lstat(QFile::encodeName(path).constData(), st) == 0;
}

HelperRequest reject(HelperRequest r, const QString &sentence)
{
    r.actions.clear();
    r.error = sentence;
    return r;
}

HelperAction exec(const QStringList &argv, bool aptStatus = false)
{
    HelperAction a;
    a.kind = HelperAction::Kind::Exec;
    a.argv = argv;
    a.aptStatusFd = aptStatus;
    return a;
}

QStringList aptInstall(const QStringList &packages)
{
    return QStringList{QStringLiteral("apt-get"), QStringLiteral("install"), QStringLiteral("-y"),
                       QStringLiteral("-o"), QStringLiteral("APT::Status-Fd=3")} +
           packages;
}

} // namespace

QStringList HelperRequest::describe() const
{
    QStringList lines;
    for (const HelperAction &a : actions) {
        switch (a.kind) {
        case HelperAction::Kind::Exec:
            lines << helper::quoted(a.argv);
            break;
        case HelperAction::Kind::WriteFile:
            lines << QStringLiteral("write %1 (mode 0644): %2")
                         .arg(a.path, QString::fromUtf8(a.content).trimmed().replace(
                                          QLatin1Char('\n'), QLatin1String(" / ")));
            break;
        case HelperAction::Kind::Runfile: {
            const QString work =
                QStringLiteral("/var/tmp/") + QLatin1String(helper::kWorkDirTemplate);
            const QString copy = work + QLatin1Char('/') + QFileInfo(a.path).fileName();
            lines << QStringLiteral("check the free space: about twice the runfile's size in %1 "
                                    "(or in %2's parent) and twice on %2's file system")
                         .arg(QStringLiteral("/var/tmp"), a.toolkitDir);
            lines << QStringLiteral("copy %1 to %2 (a new folder of root's, mode 0700) and check "
                                    "that its SHA-256 is one of NVIDIA's CUDA runfiles in "
                                    "gpu-setup's data")
                         .arg(a.path, copy);
            QStringList argv = a.argv;
            if (argv.size() > 1) argv[1] = copy;
            lines << QStringLiteral("TMPDIR=%1/tmp ").arg(work) + helper::quoted(argv);
            lines << QStringLiteral("keep the tail of %1 for the log")
                         .arg(QLatin1String(helper::kCudaInstallerLog));
            break;
        }
        case HelperAction::Kind::EnrollMok: {
            QStringList keys;
            for (const char *k : helper::kMokKeys)
                keys << QLatin1String(k);
            const QString key = a.path.isEmpty() ? QStringLiteral("<the DKMS signing key: %1>")
                                                       .arg(keys.join(QStringLiteral(" or ")))
                                                 : helper::quoted({a.path});
            lines << QStringLiteral("mokutil --import %1 (standard input: the one-time password "
                                    "******** twice)")
                         .arg(key);
            break;
        }
        case HelperAction::Kind::InstallCudnn: {
            const QString work =
                QStringLiteral("/var/tmp/") + QLatin1String(helper::kWorkDirTemplate);
            lines << QStringLiteral("check the free space: about 4x the archive's size in /var/tmp "
                                    "(or in %1's parent) and 3x on %1's file system")
                         .arg(a.toolkitDir);
            lines << QStringLiteral("copy %1 to %2/%3 (a new folder of root's, mode 0700) and "
                                    "check that its SHA-256 is one of NVIDIA's cuDNN archives in "
                                    "gpu-setup's data")
                         .arg(a.path, work, QFileInfo(a.path).fileName());
            lines << QStringLiteral("unpack it into %1/unpacked (nothing outside it, no setuid "
                                    "bits, owner root)")
                         .arg(work);
            HelperAction copy = a;
            copy.kind = HelperAction::Kind::CopyCudnn;
            copy.path = work + QStringLiteral("/unpacked");
            lines << HelperRequest{QString(), {}, {copy}, QString()}.describe();
            break;
        }
        case HelperAction::Kind::CopyCudnn:
            lines << QStringLiteral("copy %1/include/cudnn*.h to %2/include/ and %1/lib/libcudnn* "
                                    "to %2/lib64/ (symlinks kept, owner root, mode 0644; %2 and "
                                    "those folders must be root's and writable by nobody else)")
                         .arg(a.path, a.toolkitDir);
            break;
        }
    }
    return lines;
}

namespace helper {

QString quoted(const QStringList &argv)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    QStringList parts;
    for (const QString &a : argv) {
        if (!a.isEmpty() && safe.match(a).hasMatch())
            parts << a;
        else
            parts << QLatin1Char('\'') +
                         QString(a).replace(QLatin1String("'"), QLatin1String("'\\''")) +
                         QLatin1Char('\'');
    }
    return parts.join(QLatin1Char(' '));
}

QStringList verbs()
{
    return {QStringLiteral("apt-update"),
            QStringLiteral("install-driver"),
            QStringLiteral("ubuntu-drivers-install"),
            QStringLiteral("blacklist-nouveau"),
            QStringLiteral("update-initramfs"),
            QStringLiteral("install-build-essential"),
            QStringLiteral("run-cuda-runfile"),
            QStringLiteral("install-cudnn"),
            QStringLiteral("enroll-mok")};
}

QString verbClass(const QString &verb)
{
    if (verb == QLatin1String("run-cuda-runfile") || verb == QLatin1String("install-cudnn"))
        return QStringLiteral("nvidia");
    if (verb == QLatin1String("enroll-mok")) return QStringLiteral("mok");
    return verbs().contains(verb) ? QStringLiteral("system") : QString();
}

QString executableFor(const QString &verb, const QString &helperPath)
{
    const QString cls = verbClass(verb);
    if (!helperPath.endsWith(QLatin1String("/gpu-setup-helper")) || cls.isEmpty() ||
        cls == QLatin1String("system"))
        return helperPath;
    return helperPath + QLatin1Char('-') + cls;
}

bool isDriverPackage(const QString &name)
{
    static const QRegularExpression re(QStringLiteral(
        "^(nvidia-driver(-[0-9]{3})?(-server)?(-open)?|nvidia-tesla-[0-9]{3}-driver)$"));
    return re.match(name).hasMatch();
}

bool isHeadersPackage(const QString &name)
{
    return name == QLatin1String("linux-headers-amd64") ||
           name == QLatin1String("linux-headers-arm64");
}

bool isUbuntuDriverSpec(const QString &spec)
{
    static const QRegularExpression re(QStringLiteral("^nvidia:[0-9]{3}(-server)?(-open)?$"));
    return re.match(spec).hasMatch();
}

bool isSha256Hex(const QString &hex)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(hex).hasMatch();
}

bool isToolkitDir(const QString &dir, bool checkFilesystem, QString *why)
{
    static const QRegularExpression re(
        QStringLiteral("^/(usr/local|opt)/cuda-[0-9]{1,2}\\.[0-9]{1,2}$"));
    if (!re.match(dir).hasMatch()) {
        if (why)
            *why = trH("The toolkit folder must be /usr/local/cuda-X.Y or /opt/cuda-X.Y, not "
                       "\"%1\".")
                       .arg(dir);
        return false;
    }
    struct stat st;
    if (checkFilesystem && lstatPath(dir, &st) && !S_ISDIR(st.st_mode)) {
        if (why)
            *why = trH("The toolkit folder %1 exists but is not a plain folder (a symlink or a "
                       "file).")
                       .arg(dir);
        return false;
    }
    return true;
}

bool isUserPath(const QString &path, bool wantDirectory, uid_t caller, QString *why)
{
    auto fail = [&](const QString &s) {
        if (why) *why = s;
        return false;
    };
    if (path.isEmpty() || !path.startsWith(QLatin1Char('/')))
        return fail(trH("The path \"%1\" must be absolute.").arg(path));
    if (hasBadCharacter(path))
        return fail(trH("The path \"%1\" contains a space or a control character.").arg(path));
    const QStringList parts = path.split(QLatin1Char('/')).mid(1);
    for (const QString &p : parts)
        if (p.isEmpty() || p == QLatin1String(".") || p == QLatin1String(".."))
            return fail(trH("The path \"%1\" is not in its plain form (no \".\", \"..\" or "
                            "\"//\").")
                            .arg(path));
    const QString top = parts.value(0);
    bool allowed = false;
    if (top == QLatin1String("tmp") || (top == QLatin1String("root") && caller == 0))
        allowed = wantDirectory || parts.size() >= 2;
    else if (top == QLatin1String("var") && parts.value(1) == QLatin1String("tmp"))
        allowed = wantDirectory || parts.size() >= 3;
    else if (top == QLatin1String("home"))
        allowed = parts.size() >= (wantDirectory ? 2 : 3);
    if (!allowed)
        return fail(trH("The path \"%1\" is outside the folders the helper reads from (/home, "
                        "/tmp, /var/tmp).")
                        .arg(path));
    return true;
}

int openUserFile(const QString &path, bool directory, uid_t caller, QString *why)
{
    OpenRules user;
    user.directory = directory;
    user.owner = caller;
    user.singleLink = true;
    user.readAs = caller;
    return openNoFollow(path, user, why);
}

QString sha256OfFd(int fd, const QString &shown, QString *error)
{
    QFile f;
    if (!f.open(fd, QIODevice::ReadOnly, QFileDevice::DontCloseHandle)) {
        if (error) *error = trH("Could not read %1.").arg(shown);
        return {};
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f)) {
        if (error) *error = trH("Could not read %1.").arg(shown);
        return {};
    }
    return QString::fromLatin1(h.result().toHex());
}

QList<QPair<QString, QString>> cudnnFiles(const QString &srcDir, QString *why)
{
    QList<QPair<QString, QString>> out;
    auto fail = [&](const QString &s) {
        if (why) *why = s;
        return QList<QPair<QString, QString>>{};
    };
    struct stat st;
    const QString inc = srcDir + QStringLiteral("/include");
    if (!lstatPath(inc, &st) || !S_ISDIR(st.st_mode))
        return fail(
            trH("%1 has no include folder, so it is not an extracted cuDNN archive.").arg(srcDir));
    QString libDir;
    for (const QString &l : {QStringLiteral("lib"), QStringLiteral("lib64")})
        if (lstatPath(srcDir + QLatin1Char('/') + l, &st) && S_ISDIR(st.st_mode)) libDir = l;
    if (libDir.isEmpty())
        return fail(
            trH("%1 has no lib folder, so it is not an extracted cuDNN archive.").arg(srcDir));
    auto collect = [&](const QString &sub, const QString &pattern, const QString &to) {
        const QDir d(srcDir + QLatin1Char('/') + sub);
        QStringList names = d.entryList(
            {pattern}, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
            QDir::Name);
        for (const QString &n : names) {
            const QString p = d.filePath(n);
            if (!lstatPath(p, &st)) continue;
            if (hasBadCharacter(n)) {
                if (why) *why = trH("%1 has an unexpected name.").arg(p);
                return false;
            }
            if (S_ISLNK(st.st_mode)) {
                const QString target = QFile::symLinkTarget(p);
                const QByteArray raw = QFile::encodeName(p);
                char buf[4096];
                const ssize_t len = ::readlink(raw.constData(), buf, sizeof buf - 1);
                const QString rel =
                    len > 0 ? QFile::decodeName(QByteArray(buf, int(len))) : QString();
                if (rel.isEmpty() || rel.contains(QLatin1Char('/')) ||
                    !rel.startsWith(pattern.left(pattern.indexOf(QLatin1Char('*'))))) {
                    if (why)
                        *why = trH("%1 is a symlink to \"%2\", outside its own folder.")
                                   .arg(p, rel.isEmpty() ? target : rel);
                    return false;
                }
            } else if (!S_ISREG(st.st_mode)) {
                if (why) *why = trH("%1 is neither a file nor a symlink.").arg(p);
                return false;
            }
            out << qMakePair(sub + QLatin1Char('/') + n, to + QLatin1Char('/') + n);
        }
        return true;
    };
    if (!collect(QStringLiteral("include"), QStringLiteral("cudnn*.h"), QStringLiteral("include")))
        return {};
    const int headers = int(out.size());
    if (!collect(libDir, QStringLiteral("libcudnn*"), QStringLiteral("lib64"))) return {};
    if (headers == 0 || out.size() == headers)
        return fail(trH("%1 holds no cudnn*.h headers or no libcudnn libraries.").arg(srcDir));
    return out;
}

HelperRequest validate(const QStringList &args, const HelperValidateOptions &options)
{
    HelperRequest r;
    r.verb = args.value(0);
    r.args = args.mid(1);
    const QStringList &a = r.args;
    const bool fs = options.checkFilesystem;
    auto count = [&](int lo, int hi) { return a.size() >= lo && a.size() <= hi; };
    auto wrongCount = [&](const QString &usage) {
        return reject(r, trH("%1 takes %2.").arg(r.verb, usage));
    };
    for (const QString &arg : a)
        if (arg.contains(QLatin1Char('\n')) || arg.contains(QChar(0)))
            return reject(r, trH("An argument contains a line break."));

    if (r.verb == QLatin1String("apt-update")) {
        if (!a.isEmpty()) return wrongCount(trH("no arguments"));
        r.actions << exec({QStringLiteral("apt-get"), QStringLiteral("update")});
    } else if (r.verb == QLatin1String("install-driver")) {
        if (!count(1, 2))
            return wrongCount(trH("a driver package and optionally a headers package"));
        if (!isDriverPackage(a[0]))
            return reject(r, trH("\"%1\" is not an NVIDIA driver package name.").arg(a[0]));
        if (a.size() == 2 && !isHeadersPackage(a[1]))
            return reject(r, trH("\"%1\" is not a kernel headers package name.").arg(a[1]));
        r.actions << exec(aptInstall(a), true);
    } else if (r.verb == QLatin1String("ubuntu-drivers-install")) {
        if (!count(0, 2)) return wrongCount(trH("at most --gpgpu and nvidia:NNN"));
        QStringList argv{QStringLiteral("ubuntu-drivers"), QStringLiteral("install")};
        int i = 0;
        if (i < a.size() && a[i] == QLatin1String("--gpgpu")) argv << a[i++];
        if (i < a.size()) {
            if (!isUbuntuDriverSpec(a[i]))
                return reject(r, trH("\"%1\" is not a driver like nvidia:550 or "
                                     "nvidia:550-server.")
                                     .arg(a[i]));
            argv << a[i++];
        }
        if (i != a.size())
            return reject(r, trH("\"%1\" is not an option of ubuntu-drivers-install.").arg(a[i]));
        r.actions << exec(argv);
    } else if (r.verb == QLatin1String("blacklist-nouveau")) {
        if (!a.isEmpty()) return wrongCount(trH("no arguments"));
        HelperAction w;
        w.kind = HelperAction::Kind::WriteFile;
        w.path = QLatin1String(kNouveauConf);
        w.content = QByteArray(kNouveauContent);
        r.actions << w << exec({QStringLiteral("update-initramfs"), QStringLiteral("-u")});
    } else if (r.verb == QLatin1String("update-initramfs")) {
        if (!a.isEmpty()) return wrongCount(trH("no arguments"));
        r.actions << exec({QStringLiteral("update-initramfs"), QStringLiteral("-u")});
    } else if (r.verb == QLatin1String("install-build-essential")) {
        if (!a.isEmpty()) return wrongCount(trH("no arguments"));
        r.actions << exec(aptInstall({QStringLiteral("build-essential")}), true);
    } else if (r.verb == QLatin1String("run-cuda-runfile")) {
        // No checksum and no temporary folder from the caller: the helper runs only NVIDIA's
        // runfiles (their SHA-256 is compiled in) and unpacks them in a folder of its own.
        if (a.size() != 2) return wrongCount(trH("FILE TOOLKITDIR"));
        QString why;
        if (!isUserPath(a[0], false, options.callerUid, &why)) return reject(r, why);
        if (!isToolkitDir(a[1], false, &why)) return reject(r, why);
        struct stat st;
        if (fs && lstatPath(options.rootPrefix + a[1], &st) && !S_ISDIR(st.st_mode))
            return reject(r, trH("The toolkit folder %1 exists but is not a plain folder (a "
                                 "symlink or a file).")
                                 .arg(a[1]));
        HelperAction x;
        if (fs) {
            const int fd = openUserFile(a[0], false, options.callerUid, &why);
            if (fd < 0) return reject(r, why);
            if (options.checkSha256) x.sha256 = sha256OfFd(fd, a[0], &why);
            ::close(fd);
        }
        if (fs && options.checkSha256) {
            if (x.sha256.isEmpty()) return reject(r, why);
            if (!knownFile(x.sha256, KnownFile::Kind::CudaRunfile, options.extraKnownSha256))
                return reject(r, unknownRunfile(a[0], x.sha256));
        }
        x.kind = HelperAction::Kind::Runfile;
        x.path = a[0];
        x.toolkitDir = a[1];
        // Never --driver: the driver comes from the distribution. --tmpdir is the helper's
        // own folder, filled in when it exists.
        x.argv = {QStringLiteral("sh"),
                  a[0],
                  QStringLiteral("--silent"),
                  QStringLiteral("--toolkit"),
                  QStringLiteral("--toolkitpath=") + a[1],
                  QStringLiteral("--no-man-page"),
                  QStringLiteral("--tmpdir=/var/tmp/") + QLatin1String(kWorkDirTemplate) +
                      QStringLiteral("/tmp")};
        r.actions << x;
    } else if (r.verb == QLatin1String("install-cudnn")) {
        // NVIDIA's archive, never a folder of files the caller unpacked: the helper checks the
        // archive's SHA-256 against cudnn.json and unpacks it itself.
        if (a.size() != 2) return wrongCount(trH("ARCHIVE TOOLKITDIR"));
        QString why;
        if (!isUserPath(a[0], false, options.callerUid, &why)) return reject(r, why);
        if (!isToolkitDir(a[1], false, &why)) return reject(r, why);
        HelperAction c;
        if (fs) {
            OpenRules system;
            system.directory = true;
            system.owner = system.folderOwner = options.trustedUid;
            system.notWritableByOthers = true;
            bool missing = false;
            const int tk = openNoFollow(a[1], system, &why, options.rootPrefix, &missing);
            if (tk < 0)
                return reject(r, missing ? trH("The toolkit folder %1 does not exist.").arg(a[1])
                                         : why);
            ::close(tk);
            const int fd = openUserFile(a[0], false, options.callerUid, &why);
            if (fd < 0) return reject(r, why);
            if (options.checkSha256) c.sha256 = sha256OfFd(fd, a[0], &why);
            ::close(fd);
            if (options.checkSha256) {
                if (c.sha256.isEmpty()) return reject(r, why);
                if (!knownFile(c.sha256, KnownFile::Kind::CudnnArchive, options.extraKnownSha256))
                    return reject(r, unknownCudnnArchive(a[0], c.sha256));
            }
        }
        c.kind = HelperAction::Kind::InstallCudnn;
        c.path = a[0];
        c.toolkitDir = a[1];
        r.actions << c;
    } else if (r.verb == QLatin1String("enroll-mok")) {
        // No argument at all: the key is the one DKMS signs with, at a fixed place, and the
        // password comes on the helper's standard input (never argv, environment or log).
        if (!a.isEmpty()) return wrongCount(trH("no arguments"));
        HelperAction m;
        m.kind = HelperAction::Kind::EnrollMok;
        QString why;
        m.path = findMokKey(options.rootPrefix, options.trustedUid, fs, &why);
        if (fs && m.path.isEmpty()) return reject(r, why);
        m.argv = {QStringLiteral("mokutil"), QStringLiteral("--import"), m.path};
        r.actions << m;
    } else if (r.verb.isEmpty()) {
        return reject(
            r, trH("No verb given; the helper knows: %1.").arg(verbs().join(QStringLiteral(", "))));
    } else {
        return reject(r, trH("\"%1\" is not a verb of the helper; it knows: %2.")
                             .arg(r.verb, verbs().join(QStringLiteral(", "))));
    }
    return r;
}

QString escapedForLog(const QString &line)
{
    QString out;
    out.reserve(line.size());
    for (const QChar c : line) {
        const ushort u = c.unicode();
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c == QLatin1Char('\r'))
            out += QLatin1String("\\r");
        else if (c == QLatin1Char('\t'))
            out += QLatin1String("\\t");
        else if (u < 0x20 || u == 0x7f)
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
                 c.category() == QChar::Separator_Line ||
                 c.category() == QChar::Separator_Paragraph)
            out += QStringLiteral("\\u{%1}").arg(u, 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString unknownRunfile(const QString &path, const QString &sha256)
{
    return trH("%1 is not one of NVIDIA's CUDA runfiles in gpu-setup's data (its SHA-256 is %2), "
               "so the helper does not run it as root.")
        .arg(path, sha256);
}

QString unknownCudnnArchive(const QString &path, const QString &sha256)
{
    return trH("%1 is not one of NVIDIA's cuDNN archives in gpu-setup's data (its SHA-256 is %2), "
               "so the helper does not install it.")
        .arg(path, sha256);
}

bool checkMokPassword(const QByteArray &password, QString *why)
{
    auto fail = [&](const QString &s) {
        if (why) *why = s;
        return false;
    };
    if (password.size() < kMokPasswordMin)
        return fail(trH(QT_TRANSLATE_NOOP("gpusetup::HelperVerbs",
                                          "The MOK password is empty; choose one of 1 to 256 "
                                          "characters.")));
    if (password.size() > kMokPasswordMax)
        return fail(trH(QT_TRANSLATE_NOOP("gpusetup::HelperVerbs",
                                          "The MOK password is longer than 256 characters.")));
    for (const char c : password)
        if (c < 0x20 || c > 0x7e)
            return fail(trH(QT_TRANSLATE_NOOP(
                "gpusetup::HelperVerbs",
                "The MOK password may hold only letters, digits, spaces and ASCII punctuation: "
                "the MOK manager at boot can type nothing else (no control characters, no "
                "Chinese characters).")));
    return true;
}

QString findMokKey(const QString &root, uid_t trustedUid, bool checkFilesystem, QString *why)
{
    auto fail = [&](const QString &s) {
        if (why) *why = s;
        return QString();
    };
    QStringList candidates;
    for (const char *k : kMokKeys)
        candidates << QLatin1String(k);
    if (!checkFilesystem) {
        for (const QString &c : std::as_const(candidates))
            if (QFileInfo::exists(root + c)) return c;
        return {};
    }
    OpenRules system;
    system.owner = system.folderOwner = trustedUid;
    system.notWritableByOthers = true;
    // A mok_certificate= line in DKMS's configuration names the key it signs with.
    QStringList configs{QLatin1String(kDkmsFrameworkConf)};
    const QStringList dropIns =
        QDir(root + QLatin1String(kDkmsFrameworkConfDir))
            .entryList({QStringLiteral("*.conf")}, QDir::Files | QDir::System, QDir::Name);
    for (const QString &d : dropIns)
        configs << QLatin1String(kDkmsFrameworkConfDir) + QLatin1Char('/') + d;
    static const QRegularExpression certLine(
        QStringLiteral("^\\s*mok_certificate\\s*=\\s*[\"']?([^\"'#\\s]*)"));
    QString configured;
    for (const QString &conf : std::as_const(configs)) {
        bool missing = false;
        QString problem;
        const int fd = openNoFollow(conf, system, &problem, root, &missing);
        if (fd < 0) {
            if (missing) continue;
            return fail(problem);
        }
        QFile f;
        if (f.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            const QList<QByteArray> lines = f.read(1 << 20).split('\n');
            for (const QByteArray &l : lines) {
                const auto m = certLine.match(QString::fromUtf8(l));
                if (m.hasMatch() && !m.captured(1).isEmpty()) configured = m.captured(1);
            }
        } else {
            ::close(fd);
        }
    }
    if (!configured.isEmpty()) {
        if (!candidates.contains(configured))
            return fail(trH("DKMS signs modules with %1, which is not one of the keys the helper "
                            "enrols (%2); enrol it yourself with \"sudo mokutil --import %1\".")
                            .arg(configured, candidates.join(QStringLiteral(", "))));
        candidates = {configured};
    }
    for (const QString &c : std::as_const(candidates)) {
        bool missing = false;
        QString problem;
        const int fd = openNoFollow(c, system, &problem, root, &missing);
        if (fd < 0) {
            if (missing) continue;
            return fail(problem);
        }
        struct stat st;
        const bool sane = ::fstat(fd, &st) == 0 && st.st_size > 0 && st.st_size <= 64 * 1024;
        ::close(fd);
        if (!sane)
            return fail(trH("%1 does not look like a certificate (empty or too big).").arg(c));
        return c;
    }
    return fail(trH("No DKMS signing key was found (%1): the NVIDIA module was not built by DKMS "
                    "here yet, or it needs no key (a module signed by Canonical).")
                    .arg(candidates.join(QStringLiteral(", "))));
}

QString mokImportOutcome(const QStringList &mokutilOutput)
{
    static const QRegularExpression pending(QStringLiteral("already in the enrol+e?ment request"));
    static const QRegularExpression enrolled(
        QStringLiteral("is already enrolled|is already in (PK|KEK|db)\\b|Already in kernel "
                       "trusted keyring|CA enrolled"));
    for (const QString &l : mokutilOutput) {
        if (pending.match(l).hasMatch()) return QStringLiteral("pending");
        if (enrolled.match(l).hasMatch()) return QStringLiteral("enrolled");
    }
    return QStringLiteral("imported");
}

bool parseAptStatus(const QString &line, double *fraction, QString *text, bool *isError)
{
    // pmstatus:nvidia-driver-550:42.8571:Unpacking nvidia-driver-550 (amd64)
    static const QRegularExpression re(
        QStringLiteral("^(pmstatus|dlstatus|pmerror|pmconffile|dlerror):([^:]*):([0-9.]+):(.*)$"));
    const auto m = re.match(line.trimmed());
    if (!m.hasMatch()) return false;
    const QString kind = m.captured(1);
    bool ok = false;
    double pct = m.captured(3).toDouble(&ok);
    if (!ok) pct = 0;
    pct = qBound(0.0, pct, 100.0);
    const bool download = kind.startsWith(QLatin1String("dl"));
    if (fraction) *fraction = download ? pct / 200.0 : 0.5 + pct / 200.0;
    if (text) *text = m.captured(4).trimmed();
    if (isError) *isError = kind.endsWith(QLatin1String("error"));
    return true;
}

QString progressLine(double fraction, const QString &text)
{
    return QStringLiteral("@progress %1 %2").arg(QString::number(fraction, 'f', 3), text);
}

bool parseProgressLine(const QString &line, double *fraction, QString *text)
{
    static const QRegularExpression re(QStringLiteral("^@progress (-?[0-9.]+) ?(.*)$"));
    const auto m = re.match(line);
    if (!m.hasMatch()) return false;
    if (fraction) *fraction = m.captured(1).toDouble();
    if (text) *text = m.captured(2);
    return true;
}

} // namespace helper
} // namespace gpusetup
