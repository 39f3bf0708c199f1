// The driver stage: from what the driver probe saw (working, missing, nouveau in the way,
// waiting for a reboot, hung) to the exact steps, with the branch chosen from the framework's
// floor and the GPU's architecture (Kepler ends at R470, Maxwell/Pascal/Volta at R580,
// Blackwell starts at 570).
#include "advice/AdviceContext.h"
#include "common/Version.h"

#include <QRegularExpression>

namespace gpusetup {

namespace {

// Which driver branch this machine should run, and why.
struct BranchPolicy
{
    int floor = 0; // lowest acceptable branch (requirement, Blackwell); 0 = none
    QString floorVersion;
    int cap = 0; // newest branch that still supports the oldest GPU; 0 = none
    QString capArch;
    int branch = 0;            // what the install steps pin
    bool unreachable = false;  // floor > cap: no driver satisfies both
    bool legacyKepler = false; // capped by the Kepler legacy branch (Debian: nvidia-tesla-N)
    bool unverified = false;
    QStringList refs;
};

int branchNumber(const QString &text) // "R580" -> 580, "570.26" -> 570
{
    static const QRegularExpression re(QStringLiteral("(\\d+)"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

BranchPolicy branchPolicy(const AdviceContext &ctx)
{
    const Knowledge &kb = ctx.kb;
    BranchPolicy p;
    // The branch of the oldest CUDA 13 minor (R580): the newest branch that still runs every
    // GPU from Maxwell on, and at or above Blackwell's 570.
    const QMap<QString, QString> by13 = kb.driverBranchByCuda13Minor();
    const int r580 = branchNumber(by13.value(QStringLiteral("13.0")));

    bool kepler = false, mpv = false;
    for (const NvidiaGpu &g : ctx.gpus) {
        const QString cc = g.computeCapability;
        if (cc.isEmpty()) continue;
        const int major = versionMajor(cc);
        if (major == 3)
            kepler = true;
        else if (major == 5 || major == 6 || (major == 7 && compareVersions(cc, "7.5") < 0))
            mpv = true;
        else if (major >= 10) {
            const QList<const CudaRelease *> rel = kb.releasesSupporting(cc);
            if (rel.isEmpty()) continue;
            const DriverRequirement d = kb.minDriverFor(rel.first()->version);
            const int b = versionMajor(d.driver);
            if (b > p.floor) {
                p.floor = b;
                p.floorVersion = d.driver;
            }
            p.refs << QStringLiteral("cuda_driver.json releases %1").arg(rel.first()->version)
                   << QStringLiteral("rules.json driver_supports_gpu");
            p.unverified = p.unverified || d.unverified;
        }
    }
    if (!ctx.requiredDriver.isEmpty()) {
        const int b = versionMajor(ctx.requiredDriver);
        if (b >= p.floor) {
            p.floor = b;
            p.floorVersion = ctx.requiredDriver;
        }
        if (!ctx.requiredDriverRef.isEmpty()) p.refs << ctx.requiredDriverRef;
    }
    // The last branch for Kepler: gpus.json driver_branch_support (marked unverified there).
    const DriverBranchSupport *keplerRow = kb.gpus().lastDriverBranchFor(QStringLiteral("Kepler"));
    if (kepler && keplerRow) {
        p.cap = keplerRow->lastBranch;
        p.capArch = QStringLiteral("Kepler");
        p.legacyKepler = true;
        p.refs << QStringLiteral("gpus.json driver_branch_support %1")
                      .arg(keplerRow->architectures.join(QLatin1Char('/')));
        p.unverified = p.unverified || keplerRow->unverified;
    } else if (mpv && r580 > 0) {
        p.cap = r580;
        p.capArch = QStringLiteral("Maxwell/Pascal/Volta");
        p.refs << QStringLiteral("rules.json driver_supports_gpu")
               << QStringLiteral("cuda_driver.json driver_branch_by_cuda_13_minor 13.0");
        p.unverified = true; // the rule is marked unverified
    }

    if (p.cap > 0) {
        p.branch = p.cap;
        p.unreachable = p.floor > p.cap;
    } else if (p.floor > r580) {
        // The first CUDA 13 branch at or above the floor, else the floor itself.
        p.branch = p.floor;
        int best = 0;
        for (const QString &v : by13) {
            const int b = branchNumber(v);
            if (b >= p.floor && (best == 0 || b < best)) best = b;
        }
        if (best > 0) p.branch = best;
    } else {
        p.branch = r580 > 0 ? r580 : p.floor;
        if (r580 > 0)
            p.refs << QStringLiteral("cuda_driver.json driver_branch_by_cuda_13_minor 13.0");
    }
    p.refs.removeDuplicates();
    return p;
}

// The driver flavour the install steps pin, as Ubuntu names its packages: "580", "580-server".
QString driverFlavour(const AdviceContext &ctx, const BranchPolicy &p)
{
    return ctx.choices.server ? QStringLiteral("%1-server").arg(p.branch)
                              : QString::number(p.branch);
}

Step manualStep(const QString &id, const QString &description)
{
    Step s;
    s.id = id;
    s.kind = QStringLiteral("manual");
    s.description = description;
    return s;
}

Step commandStep(const QString &id, const QString &description, const QStringList &argv,
                 bool privileged = true)
{
    Step s;
    s.id = id;
    s.kind = QStringLiteral("command");
    s.description = description;
    s.argv = argv;
    s.privileged = privileged;
    return s;
}

Step rebootStep(const QString &why)
{
    return manualStep(QStringLiteral("driver.reboot"),
                      Advice::tr("Reboot the computer %1.").arg(why));
}

bool hasNvidiaPackages(const DriverFacts &d)
{
    for (const DebPackage &p : d.packages)
        if (p.name.startsWith(QLatin1String("nvidia"))) return true;
    return false;
}

bool rebootPendingForNvidia(const BootFacts &b)
{
    if (!b.rebootRequired) return false;
    for (const QString &p : b.rebootPackages)
        if (p.contains(QLatin1String("nvidia"))) return true;
    return false;
}

bool secureBootOn(const AdviceContext &ctx)
{
    return ctx.facts.boot.secureBoot == SecureBootState::Enabled;
}

// Which module the driver installed now (or already installed) loads with.
enum class ModulePath { Prebuilt, Dkms, Unknown };

// The module path apt takes for the driver flavour being installed ("580", "580-server").
// Verified against Ubuntu's own tool, ubuntu-drivers-common (UbuntuDrivers/detect.py,
// get_linux_modules_metapackage, github.com/canonical/ubuntu-drivers-common): it installs
// linux-modules-nvidia-<flavour>-<kernel flavour> when the archive has the ABI-specific
// linux-modules-nvidia-<flavour>-<kernel ABI> for the kernel, and only otherwise falls back to
// nvidia-dkms-<flavour>. Those prebuilt modules come from Canonical's linux-restricted-modules /
// linux-restricted-signatures sources and depend on the signed kernel image of the same ABI
// (packages.ubuntu.com, e.g. linux-modules-nvidia-595-server-7.0.0-30-generic), so Secure Boot
// loads them with no key of the user's; a DKMS build is signed with the local MOK
// (/var/lib/shim-signed/mok/MOK.der on Ubuntu), which must be enrolled once.
ModulePath installPath(const AdviceContext &ctx, const QString &driverFlavour)
{
    // Debian builds every NVIDIA module with DKMS and signs it with /var/lib/dkms/mok.pub.
    if (ctx.family != QLatin1String("ubuntu")) return ModulePath::Dkms;
    const PrebuiltModules &p = ctx.facts.driver.prebuilt;
    if (!p.checked || p.state != FactState::Found) return ModulePath::Unknown;
    return p.flavours.contains(driverFlavour) ? ModulePath::Prebuilt : ModulePath::Dkms;
}

// The module the installed packages brought: a DKMS package means a locally built module.
ModulePath installedPath(const AdviceContext &ctx)
{
    // A key already waits for MokManager: whatever built the module, it needs that screen.
    if (ctx.facts.boot.mokPendingKeys > 0) return ModulePath::Dkms;
    for (const DebPackage &p : ctx.facts.driver.packages)
        if (p.name.startsWith(QLatin1String("nvidia-dkms")) ||
            p.name.startsWith(QLatin1String("nvidia-kernel-dkms")))
            return ModulePath::Dkms;
    // nvidia-driver-N without nvidia-dkms-N: ubuntu-drivers chose the signed prebuilt modules.
    return ctx.family == QLatin1String("ubuntu") ? ModulePath::Prebuilt : ModulePath::Unknown;
}

// Secure Boot and the driver's module. installFlavour: the driver flavour the steps install
// ("580", "580-server"), or "" when the installed packages stay. Only a module built on this
// machine (DKMS) needs the local key enrolled: then driver.enroll-mok queues it with a one-time
// password the student chooses (the wizard asks in a dialog) and driver.mok-manager is the
// student's part at the next start. With Canonical's signed prebuilt modules nothing is asked.
void addSecureBoot(const AdviceContext &ctx, StagePlan &plan, const QString &installFlavour)
{
    if (!secureBootOn(ctx)) return;
    const ModulePath path =
        installFlavour.isEmpty() ? installedPath(ctx) : installPath(ctx, installFlavour);
    if (path == ModulePath::Prebuilt) {
        Finding f;
        f.id = QStringLiteral("driver.secure-boot-signed");
        f.text = installFlavour.isEmpty()
                     ? Advice::tr("Secure Boot is on; the installed driver uses Ubuntu's "
                                  "prebuilt modules, signed by Canonical, so no key of yours "
                                  "needs enrolling.")
                     : Advice::tr("Secure Boot is on; Ubuntu has prebuilt NVIDIA %1 modules for "
                                  "this kernel (%2), signed by Canonical, so the driver loads "
                                  "without enrolling a key.")
                           .arg(installFlavour, ctx.facts.driver.prebuilt.kernel);
        f.refs << QStringLiteral("apt-cache pkgnames linux-modules-nvidia-");
        plan.findings << f;
        return;
    }
    Finding f;
    f.id = QStringLiteral("driver.secure-boot-mok");
    f.severity = Severity::Warning;
    f.text = Advice::tr("Secure Boot is on: the NVIDIA module is built on this computer (DKMS), "
                        "and the firmware loads it only once its signing key is enrolled in the "
                        "MOK list (Machine Owner Key).");
    if (path == ModulePath::Unknown)
        f.text += QLatin1Char(' ') +
                  Advice::tr("(apt could not say whether Ubuntu has signed prebuilt modules for "
                             "this kernel, so the key is prepared in case it is needed.)");
    f.resolution = Advice::tr("You choose a one-time password; at the next start a blue "
                              "\"Perform MOK management\" screen appears: choose \"Enroll MOK\", "
                              "\"Continue\", \"Yes\", type that password, then \"Reboot\". If you "
                              "miss the screen the driver stays unloaded. Alternatively, turn "
                              "Secure Boot off in the firmware settings.");
    plan.findings << f;
    if (ctx.facts.boot.mokPendingKeys <= 0) {
        const QString key = ctx.family == QLatin1String("debian")
                                ? QStringLiteral("/var/lib/dkms/mok.pub")
                                : QStringLiteral("/var/lib/shim-signed/mok/MOK.der");
        plan.steps << commandStep(QStringLiteral("driver.enroll-mok"),
                                  Advice::tr("Queue the key that signs the NVIDIA module for "
                                             "enrolment at the next start (you choose a "
                                             "one-time password)."),
                                  {QStringLiteral("mokutil"), QStringLiteral("--import"), key});
    }
    plan.steps << manualStep(QStringLiteral("driver.mok-manager"),
                             Advice::tr("At the next start, in the blue MokManager screen: "
                                        "\"Enroll MOK\", \"Continue\", \"Yes\", the one-time "
                                        "password, \"Reboot\"."));
}

QString headersPackage(const AdviceContext &ctx)
{
    const QString a = ctx.facts.os.architecture;
    if (a == QLatin1String("aarch64") || a == QLatin1String("arm64"))
        return QStringLiteral("linux-headers-arm64");
    return QStringLiteral("linux-headers-amd64");
}

// The install (or upgrade) steps for the distribution, plus chosen/alternatives.
void addInstallSteps(const AdviceContext &ctx, const BranchPolicy &p, StagePlan &plan)
{
    const QString branch = QString::number(p.branch);
    plan.chosen.insert(QStringLiteral("driver"), branch);
    if (ctx.family == QLatin1String("ubuntu")) {
        plan.steps << commandStep(QStringLiteral("driver.apt-update"),
                                  Advice::tr("Refresh the package lists."),
                                  {QStringLiteral("apt-get"), QStringLiteral("update")});
        QStringList argv{QStringLiteral("ubuntu-drivers"), QStringLiteral("install")};
        if (ctx.choices.server) argv << QStringLiteral("--gpgpu");
        argv << (ctx.choices.server ? QStringLiteral("nvidia:%1-server").arg(branch)
                                    : QStringLiteral("nvidia:%1").arg(branch));
        plan.steps << commandStep(QStringLiteral("driver.install"),
                                  ctx.choices.server
                                      ? Advice::tr("Install the NVIDIA %1 server (compute) "
                                                   "driver with Ubuntu's tool.")
                                            .arg(branch)
                                      : Advice::tr("Install the NVIDIA %1 driver with Ubuntu's "
                                                   "tool (it also blacklists nouveau).")
                                            .arg(branch),
                                  argv);
        const QString pkg = ctx.choices.server
                                ? QStringLiteral("nvidia-driver-%1-server").arg(branch)
                                : QStringLiteral("nvidia-driver-%1").arg(branch);
        plan.alternatives << QStringLiteral("apt-get install -y %1").arg(pkg);
    } else if (ctx.family == QLatin1String("debian")) {
        Finding f;
        f.id = QStringLiteral("driver.debian-repos");
        f.text = Advice::tr("Debian ships the NVIDIA driver in its contrib and non-free "
                            "sections, which are off by default.");
        f.resolution = Advice::tr("Add \"contrib non-free non-free-firmware\" after \"main\" on "
                                  "the deb lines of /etc/apt/sources.list (or the Components: "
                                  "line of /etc/apt/sources.list.d/debian.sources).");
        plan.findings << f;
        plan.steps << manualStep(QStringLiteral("driver.enable-non-free"),
                                 Advice::tr("Enable the contrib, non-free and non-free-firmware "
                                            "sections in the APT sources."));
        plan.steps << commandStep(QStringLiteral("driver.apt-update"),
                                  Advice::tr("Refresh the package lists."),
                                  {QStringLiteral("apt-get"), QStringLiteral("update")});
        const QString pkg = p.legacyKepler ? QStringLiteral("nvidia-tesla-%1-driver").arg(branch)
                                           : QStringLiteral("nvidia-driver");
        plan.steps << commandStep(QStringLiteral("driver.install"),
                                  Advice::tr("Install Debian's NVIDIA driver and the kernel "
                                             "headers its module is built against."),
                                  {QStringLiteral("apt-get"), QStringLiteral("install"),
                                   QStringLiteral("-y"), pkg, headersPackage(ctx)});
        if (p.floor > 0 && !p.legacyKepler) {
            Finding v;
            v.id = QStringLiteral("driver.debian-version");
            v.text = Advice::tr("Debian's nvidia-driver package follows one branch per Debian "
                                "release; this machine needs %1 or newer.")
                         .arg(p.floorVersion);
            v.resolution = Advice::tr("Check with `apt-cache policy nvidia-driver`; if it is "
                                      "older, take the driver from backports or NVIDIA's CUDA "
                                      "repository.");
            v.refs = p.refs;
            v.unverified = p.unverified;
            plan.findings << v;
        }
    } else {
        Finding f;
        f.id = QStringLiteral("driver.os-unsupported");
        f.severity = Severity::Warning;
        f.text = Advice::tr("gpu-setup installs drivers only on Ubuntu and Debian.");
        f.resolution = Advice::tr("Install the NVIDIA %1 driver (or newer) with your "
                                  "distribution's package manager.")
                           .arg(branch);
        plan.findings << f;
        plan.steps << manualStep(QStringLiteral("driver.install"),
                                 Advice::tr("Install the NVIDIA %1 driver with your "
                                            "distribution's tools.")
                                     .arg(branch));
    }
}

// Explains the branch chosen when the GPU or the requirement forces it.
void addBranchFinding(const AdviceContext &ctx, const BranchPolicy &p, StagePlan &plan)
{
    if (p.unreachable) {
        Finding f;
        f.id = QStringLiteral("driver.requirement-beyond-gpu");
        f.severity = Severity::Error;
        f.text = Advice::tr("The chosen software needs driver %1 or newer, but the last driver "
                            "branch for %2 GPUs is %3.")
                     .arg(p.floorVersion, p.capArch)
                     .arg(p.cap);
        f.resolution = Advice::tr("Choose an older framework build (an older CUDA) that this "
                                  "GPU's last driver runs, or use a cloud GPU.");
        f.refs = p.refs;
        f.unverified = p.unverified;
        plan.findings << f;
    } else if (p.cap > 0) {
        Finding f;
        f.id = QStringLiteral("driver.legacy-branch");
        f.text = Advice::tr("%1 GPUs end with driver branch %2: install that one, not a newer "
                            "branch.")
                     .arg(p.capArch)
                     .arg(p.cap);
        f.refs = p.refs;
        f.unverified = p.unverified;
        plan.findings << f;
    }
    (void)ctx;
}

QString requirementWhat(const AdviceContext &ctx)
{
    if (!ctx.wheelVariant.isEmpty())
        return Advice::tr("the chosen PyTorch wheel %1").arg(ctx.wheelVariant);
    if (!ctx.toolkitVersion.isEmpty())
        return Advice::tr("the CUDA %1 toolkit").arg(ctx.toolkitVersion);
    if (!ctx.toolkitNeededVersion.isEmpty())
        return Advice::tr("CUDA %1").arg(ctx.toolkitNeededVersion);
    return Advice::tr("the chosen software");
}

QString requirementCuda(const AdviceContext &ctx)
{
    if (!ctx.wheelCuda.isEmpty()) return ctx.wheelCuda;
    if (!ctx.toolkitVersion.isEmpty()) return ctx.toolkitVersion;
    return ctx.toolkitNeededVersion;
}

// driver.too-old when the working driver is below the floor; true when it is.
bool addTooOld(const AdviceContext &ctx, const QString &version, StagePlan &plan)
{
    if (ctx.requiredDriver.isEmpty() || version.isEmpty()) return false;
    if (compareVersions(version, ctx.requiredDriver) >= 0) return false;
    Finding f;
    f.id = QStringLiteral("driver.too-old");
    f.severity = Severity::Error;
    const QString cuda = requirementCuda(ctx);
    const QString cudaNote = cuda.isEmpty() ? QString() : Advice::tr(" (CUDA %1)").arg(cuda);
    // Whole sentences, so that a translation can reorder them.
    f.text = ctx.facts.driver.cudaVersion.isEmpty()
                 ? Advice::tr("Driver %1 is too old: %2 needs %3 or newer%4.")
                       .arg(version, requirementWhat(ctx), ctx.requiredDriver, cudaNote)
                 : Advice::tr("Driver %1 runs CUDA up to %2; %3 needs %4 or newer%5.")
                       .arg(version, ctx.facts.driver.cudaVersion, requirementWhat(ctx),
                            ctx.requiredDriver, cudaNote);
    f.resolution = ctx.wsl ? Advice::tr("Update the NVIDIA driver on Windows.")
                           : Advice::tr("Upgrade the driver (steps below), then reboot.");
    if (!ctx.requiredDriverRef.isEmpty()) f.refs << ctx.requiredDriverRef;
    plan.findings << f;
    return true;
}

} // namespace

StagePlan adviseDriver(AdviceContext &ctx)
{
    StagePlan plan;
    plan.id = StageId::Driver;
    const DriverFacts &d = ctx.facts.driver;

    if (ctx.gpus.isEmpty()) {
        // Nothing to do here and nothing wrong here: the GPU stage says what is missing. In WSL
        // the driver is the Windows one, which is where the student has to act.
        plan.status = ctx.wsl ? StageStatus::Blocked : StageStatus::Skipped;
        plan.summary = ctx.wsl ? Advice::tr("No NVIDIA GPU reaches WSL, so no driver to check.")
                               : Advice::tr("Skipped because no NVIDIA GPU was found: there is "
                                            "no driver to install.");
        Finding f;
        f.id = QStringLiteral("driver.no-gpu");
        f.text = Advice::tr("There is no NVIDIA GPU for a driver to drive.");
        f.resolution = ctx.wsl ? Advice::tr("In WSL the GPU comes from the Windows NVIDIA "
                                            "driver: install or update it on Windows.")
                               : Advice::tr("Nothing to install here; see the GPU stage.");
        plan.findings << f;
        return plan;
    }

    // An end-of-life system: NVIDIA's repository for it stops at an old CUDA, and current
    // drivers and wheels may not install at all. Said once, here, before anything is changed.
    if (ctx.facts.os.release.support == OsSupport::Old && !ctx.wsl) {
        Finding f;
        f.id = QStringLiteral("driver.os-old");
        f.severity = Severity::Warning;
        const UbuntuCudaRow *row =
            ctx.ubuntuBase.isEmpty() ? nullptr : ctx.kb.ubuntuRow(ctx.ubuntuBase);
        f.text = row ? Advice::tr("%1 is older than the systems gpu-setup supports (Ubuntu 22.04, "
                                  "24.04, Debian 12); NVIDIA's repository for it ends with "
                                  "CUDA %2.")
                           .arg(ctx.facts.os.release.prettyName, row->lastCuda)
                     : Advice::tr("%1 is older than the systems gpu-setup supports (Ubuntu 22.04, "
                                  "24.04, Debian 12).")
                           .arg(ctx.facts.os.release.prettyName);
        f.resolution = Advice::tr("Newer drivers and current framework wheels may not install on "
                                  "it: upgrade to Ubuntu 22.04 or 24.04 first if you can.");
        if (row) f.refs << QStringLiteral("cuda_driver.json ubuntu_to_cuda %1").arg(row->ubuntu);
        plan.findings << f;
    }

    const BranchPolicy policy = branchPolicy(ctx);

    // ---------------------------------------------------------------- WSL
    if (ctx.wsl) {
        Finding f;
        f.id = QStringLiteral("driver.wsl");
        f.text = Advice::tr("In WSL the NVIDIA driver is the Windows one; never install a Linux "
                            "NVIDIA driver inside WSL (it breaks the GPU passthrough).");
        plan.findings << f;
        if (ctx.driverWorking) plan.chosen.insert(QStringLiteral("driver"), ctx.driverVersion);
        const bool tooOld = ctx.driverWorking && addTooOld(ctx, ctx.driverVersion, plan);
        if (ctx.driverWorking && !tooOld) {
            plan.status = StageStatus::Done;
            plan.summary =
                Advice::tr("Windows NVIDIA driver %1 works in WSL.").arg(ctx.driverVersion);
            return plan;
        }
        plan.status = StageStatus::NeedsAction;
        plan.summary = tooOld ? Advice::tr("Update the NVIDIA driver on Windows (%1 is too old).")
                                    .arg(ctx.driverVersion)
                              : Advice::tr("The Windows NVIDIA driver does not reach WSL.");
        if (!ctx.driverWorking) {
            Finding w;
            w.id = QStringLiteral("driver.wsl-not-working");
            w.severity = Severity::Error;
            w.text = Advice::tr("The NVIDIA driver does not answer inside WSL (%1).")
                         .arg(d.reason.isEmpty() ? driverStatusName(d.status) : d.reason);
            w.resolution = Advice::tr("Install the current NVIDIA driver on Windows, run `wsl "
                                      "--update` in Windows, then `wsl --shutdown`.");
            plan.findings << w;
        }
        plan.steps << manualStep(QStringLiteral("driver.update-windows"),
                                 Advice::tr("Update the NVIDIA driver on Windows (GeForce "
                                            "Experience / NVIDIA app, or nvidia.com), then run "
                                            "`wsl --shutdown` and reopen WSL."));
        return plan;
    }

    // ---------------------------------------------------------------- reboot pending
    if (d.status == DriverStatus::VersionMismatch ||
        (hasNvidiaPackages(d) && rebootPendingForNvidia(ctx.facts.boot))) {
        plan.status = StageStatus::Blocked;
        plan.summary = Advice::tr("A driver update waits for a reboot.");
        Finding f;
        f.id = QStringLiteral("driver.mismatch-reboot");
        f.severity = Severity::Error;
        if (d.status == DriverStatus::VersionMismatch && !d.kernelVersion.isEmpty() &&
            !d.libraryVersion.isEmpty())
            f.text = Advice::tr("The running kernel module is %1 but the installed driver "
                                "library is %2: the driver was updated and the old module is "
                                "still loaded.")
                         .arg(d.kernelVersion, d.libraryVersion);
        else
            f.text = Advice::tr("NVIDIA driver packages were updated and the system asks for a "
                                "reboot.");
        f.resolution = Advice::tr("Reboot; until then CUDA programs fail with \"driver/library "
                                  "version mismatch\".");
        plan.findings << f;
        plan.steps << rebootStep(Advice::tr("to load the updated driver"));
        return plan;
    }

    switch (d.status) {
    case DriverStatus::SmiTimedOut:
    case DriverStatus::GpuLost:
    case DriverStatus::NvmlBroken:
    case DriverStatus::NoDevices: {
        plan.status = StageStatus::Blocked;
        Finding f;
        f.severity = Severity::Error;
        if (d.status == DriverStatus::SmiTimedOut) {
            f.id = QStringLiteral("driver.hung");
            f.text = Advice::tr("nvidia-smi did not answer: the driver is probably hung.");
            f.resolution = Advice::tr("Reboot. If it happens again, look at `sudo dmesg` for "
                                      "NVRM/Xid errors; overheating or a weak power supply are "
                                      "common causes.");
            plan.summary = Advice::tr("The NVIDIA driver hangs.");
        } else if (d.status == DriverStatus::GpuLost) {
            f.id = QStringLiteral("driver.gpu-lost");
            f.text = Advice::tr("The driver lost the GPU (it fell off the bus).");
            f.resolution = Advice::tr("Reboot. If it comes back, check `sudo dmesg` for Xid 79, "
                                      "reseat the card and its power cables, and make sure the "
                                      "power supply is big enough.");
            plan.summary = Advice::tr("The GPU fell off the bus.");
        } else if (d.status == DriverStatus::NvmlBroken) {
            f.id = QStringLiteral("driver.nvml-broken");
            f.text = Advice::tr("The kernel module is loaded but NVML cannot talk to it%1.")
                         .arg(d.nvmlError.isEmpty() ? QString()
                                                    : QStringLiteral(" (%1)").arg(d.nvmlError));
            f.resolution = Advice::tr("Reboot; if it stays, reinstall the driver package so the "
                                      "library and the module come from the same version, and "
                                      "check `sudo dmesg`.");
            plan.summary = Advice::tr("The NVIDIA driver does not answer.");
        } else {
            f.id = QStringLiteral("driver.no-devices");
            f.text = Advice::tr("The driver is loaded but sees no GPU.");
            f.resolution = Advice::tr("Reboot; check `sudo dmesg` for NVRM errors, that the card "
                                      "sits firmly and its power cables are plugged in, and "
                                      "that the driver supports this GPU.");
            plan.summary = Advice::tr("The NVIDIA driver sees no GPU.");
        }
        plan.findings << f;
        plan.steps << rebootStep(Advice::tr("and check again"));
        return plan;
    }
    case DriverStatus::Ok: {
        plan.chosen.insert(QStringLiteral("driver"), ctx.driverVersion);
        if (addTooOld(ctx, ctx.driverVersion, plan)) {
            addBranchFinding(ctx, policy, plan);
            plan.status = policy.unreachable ? StageStatus::Blocked : StageStatus::NeedsAction;
            plan.summary = Advice::tr("Driver %1 is too old; upgrade to %2.")
                               .arg(ctx.driverVersion)
                               .arg(policy.branch);
            if (!policy.unreachable) {
                // A working module under Secure Boot means its key is enrolled already.
                addInstallSteps(ctx, policy, plan);
                plan.steps << rebootStep(Advice::tr("to load the new driver"));
            }
            return plan;
        }
        Finding f;
        f.id = QStringLiteral("driver.ok");
        f.text = ctx.requiredDriver.isEmpty()
                     ? Advice::tr("NVIDIA driver %1 works.").arg(ctx.driverVersion)
                     : Advice::tr("NVIDIA driver %1 works and meets the %2 that %3 needs.")
                           .arg(ctx.driverVersion, ctx.requiredDriver, requirementWhat(ctx));
        if (!ctx.requiredDriverRef.isEmpty()) f.refs << ctx.requiredDriverRef;
        plan.findings << f;
        plan.status = StageStatus::Done;
        plan.summary = Advice::tr("NVIDIA driver %1 works.").arg(ctx.driverVersion);
        return plan;
    }
    case DriverStatus::NouveauInUse:
    case DriverStatus::InstalledNotLoaded: {
        const bool packages = hasNvidiaPackages(d);
        const bool nouveau = d.nouveauLoaded || d.status == DriverStatus::NouveauInUse;
        plan.status = StageStatus::NeedsAction;
        if (nouveau) {
            Finding f;
            f.id = QStringLiteral("driver.nouveau");
            f.severity = Severity::Error;
            f.text = packages ? Advice::tr("The NVIDIA driver is installed, but the open-source "
                                           "nouveau driver holds the GPU.")
                              : Advice::tr("The open-source nouveau driver holds the GPU; it "
                                           "cannot run CUDA.");
            f.resolution = Advice::tr("Blacklist nouveau, rebuild the initramfs and reboot so "
                                      "the NVIDIA driver can take the GPU.");
            plan.findings << f;
            plan.summary = Advice::tr("Replace nouveau with the NVIDIA driver.");
        } else {
            Finding f;
            f.id = QStringLiteral("driver.installed-not-loaded");
            f.severity = Severity::Error;
            f.text = Advice::tr("NVIDIA driver packages are installed but the kernel module is "
                                "not loaded.");
            f.resolution = secureBootOn(ctx)
                               ? Advice::tr("With Secure Boot on, the module is usually refused "
                                            "because its key is not enrolled; see below.")
                               : Advice::tr("Reboot; if it still does not load, check `dkms "
                                            "status` and `sudo dmesg` (the module may have "
                                            "failed to build for this kernel).");
            plan.findings << f;
            plan.summary = Advice::tr("The NVIDIA driver is installed but not loaded.");
        }
        bool installs = !packages;
        if (!packages) {
            addBranchFinding(ctx, policy, plan);
            addInstallSteps(ctx, policy, plan);
        } else {
            const QString installed = d.libraryVersion;
            if (!installed.isEmpty()) plan.chosen.insert(QStringLiteral("driver"), installed);
            if (addTooOld(ctx, installed, plan)) {
                addBranchFinding(ctx, policy, plan);
                addInstallSteps(ctx, policy, plan);
                installs = true;
            }
        }
        if (nouveau) {
            Step e;
            e.id = QStringLiteral("driver.blacklist-nouveau");
            e.kind = QStringLiteral("edit");
            e.description = Advice::tr("Stop nouveau from loading at boot.");
            e.path = QStringLiteral("/etc/modprobe.d/blacklist-nouveau.conf");
            e.content = QStringLiteral("blacklist nouveau\noptions nouveau modeset=0\n");
            e.privileged = true;
            plan.steps << e;
            plan.steps << commandStep(QStringLiteral("driver.update-initramfs"),
                                      Advice::tr("Rebuild the initramfs so the blacklist applies "
                                                 "at boot."),
                                      {QStringLiteral("update-initramfs"), QStringLiteral("-u")});
        }
        addSecureBoot(ctx, plan, installs ? driverFlavour(ctx, policy) : QString());
        if (policy.unreachable) plan.status = StageStatus::Blocked;
        plan.steps << rebootStep(Advice::tr("to load the NVIDIA driver"));
        return plan;
    }
    case DriverStatus::NotInstalled: {
        Finding f;
        f.id = QStringLiteral("driver.not-installed");
        f.severity = Severity::Error;
        f.text = Advice::tr("No NVIDIA driver is installed.");
        f.resolution =
            Advice::tr("Install the NVIDIA %1 driver (steps below) and reboot.").arg(policy.branch);
        f.refs = policy.refs;
        f.unverified = policy.unverified;
        plan.findings << f;
        addBranchFinding(ctx, policy, plan);
        addInstallSteps(ctx, policy, plan);
        addSecureBoot(ctx, plan, driverFlavour(ctx, policy));
        plan.steps << rebootStep(Advice::tr("to load the NVIDIA driver"));
        plan.status = policy.unreachable ? StageStatus::Blocked : StageStatus::NeedsAction;
        plan.summary = Advice::tr("Install the NVIDIA %1 driver.").arg(policy.branch);
        return plan;
    }
    case DriverStatus::VersionMismatch: // handled above
    case DriverStatus::Unknown:
        break;
    }
    plan.status = StageStatus::Blocked;
    plan.summary = Advice::tr("The NVIDIA driver's state could not be checked.");
    Finding f;
    f.id = QStringLiteral("driver.unknown");
    f.severity = Severity::Warning;
    f.text = Advice::tr("The driver's state could not be determined%1.")
                 .arg(d.reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(d.reason));
    f.resolution = Advice::tr("Run `nvidia-smi` and `lsmod | grep nvidia` and run gpu-setup "
                              "again.");
    plan.findings << f;
    return plan;
}

} // namespace gpusetup
