// The GPU and driver stages of the advisor: every snapshot host in tests/hosts (real
// whole-machine facts) and hand-built facts (Blackwell, Debian, servers, Kepler, Secure Boot),
// asserting statuses, finding ids, the chosen branch and the exact install commands.
#include "advice/AdviceContext.h"
#include "advice/Psu.h"
#include "host/SnapshotHost.h"
#include "probe/Facts.h"

#include <QDir>
#include <QtTest>

using namespace gpusetup;

namespace {

QString hostsDir()
{
    return QStringLiteral(GPUSETUP_TEST_DATA "/hosts");
}

// Facts of a snapshot host, probed once per host.
Facts hostFacts(const QString &name)
{
    static QMap<QString, Facts> cache;
    if (!cache.contains(name)) {
        QString error;
        auto host = SnapshotHost::open(hostsDir() + "/" + name, &error);
        if (!host) qFatal("cannot open host %s: %s", qPrintable(name), qPrintable(error));
        cache.insert(name, probeAll(*host));
    }
    return cache.value(name);
}

GpuDevice catalogGpu(const QString &name)
{
    const GpuModel *m = Knowledge::builtin().gpus().findByName(name);
    if (!m) qFatal("no catalog GPU %s", qPrintable(name));
    GpuDevice g;
    g.slot = QStringLiteral("0000:01:00.0");
    g.vendorId = QStringLiteral("10de");
    g.vendor = QStringLiteral("NVIDIA");
    g.nvidia = true;
    g.known = true;
    g.matchedBy = QStringLiteral("name");
    g.name = m->name;
    g.catalogName = m->name;
    g.architecture = m->architecture;
    g.computeCapability = m->computeCapability;
    g.memoryGb = m->memoryGb;
    g.boardPowerW = m->boardPowerW;
    g.boardPowerVerified = m->powerVerified;
    return g;
}

Facts bareMachine(const QString &os, const QString &gpuName)
{
    Facts f;
    f.os.state = FactState::Found;
    f.os.architecture = QStringLiteral("x86_64");
    f.os.virtualization = Virtualization::None;
    if (os == QLatin1String("debian12")) {
        f.os.release.id = QStringLiteral("debian");
        f.os.release.versionId = QStringLiteral("12");
        f.os.release.family = QStringLiteral("debian");
        f.os.release.debianVersion = QStringLiteral("12");
    } else if (os == QLatin1String("fedora")) {
        f.os.release.id = QStringLiteral("fedora");
        f.os.release.versionId = QStringLiteral("40");
        f.os.release.family = QStringLiteral("other");
    } else {
        f.os.release.id = QStringLiteral("ubuntu");
        f.os.release.versionId = os;
        f.os.release.family = QStringLiteral("ubuntu");
        f.os.release.ubuntuBase = os;
    }
    f.boot.state = FactState::Found;
    f.boot.secureBoot = SecureBootState::Disabled;
    f.boot.uefi = true;
    f.gpus.state = FactState::Absent;
    if (!gpuName.isEmpty()) {
        f.gpus.state = FactState::Found;
        f.gpus.gpus << catalogGpu(gpuName);
        f.gpus.nvidiaCount = 1;
    }
    f.driver.state = FactState::Absent;
    f.driver.status = DriverStatus::NotInstalled;
    f.driver.packagesState = FactState::Absent;
    return f;
}

void setWorking(Facts &f, const QString &version, const QString &cuda)
{
    f.driver.state = FactState::Found;
    f.driver.status = DriverStatus::Ok;
    f.driver.kernelModuleLoaded = true;
    f.driver.nvidiaLoaded = true;
    f.driver.kernelVersion = version;
    f.driver.libraryVersion = version;
    f.driver.cudaVersion = cuda;
    DebPackage p;
    p.name = QStringLiteral("nvidia-driver-%1").arg(version.section('.', 0, 0));
    p.version = version;
    f.driver.packages << p;
    f.driver.packagesState = FactState::Found;
}

void setInstalledNotLoaded(Facts &f, const QString &version)
{
    f.driver.state = FactState::Broken;
    f.driver.status = DriverStatus::InstalledNotLoaded;
    f.driver.libraryVersion = version;
    DebPackage p;
    p.name = QStringLiteral("nvidia-driver-%1").arg(version.section('.', 0, 0));
    p.version = version;
    f.driver.packages << p;
    f.driver.packagesState = FactState::Found;
}

// A hand-built machine by recipe name.
Facts recipe(const QString &name)
{
    if (name == "rtx5090-drv570") {
        Facts f = bareMachine("24.04", "GeForce RTX 5090");
        setWorking(f, "570.133.07", "12.8");
        return f;
    }
    if (name == "rtx5090-drv565") {
        Facts f = bareMachine("24.04", "GeForce RTX 5090");
        setWorking(f, "565.57.01", "12.7");
        return f;
    }
    if (name == "rtx5090-none") return bareMachine("24.04", "GeForce RTX 5090");
    if (name == "debian12-rtx3060-none") return bareMachine("debian12", "GeForce RTX 3060");
    if (name == "ubuntu2204-rtx3060-none") return bareMachine("22.04", "GeForce RTX 3060");
    if (name == "ubuntu2204-rtx3060-none-sb") {
        Facts f = bareMachine("22.04", "GeForce RTX 3060");
        f.boot.secureBoot = SecureBootState::Enabled;
        f.boot.mokPendingKeys = 0;
        return f;
    }
    if (name == "ubuntu2204-rtx3060-none-sb-prebuilt" ||
        name == "ubuntu2204-rtx3060-none-sb-dkms") {
        Facts f = bareMachine("22.04", "GeForce RTX 3060");
        f.boot.secureBoot = SecureBootState::Enabled;
        f.boot.mokPendingKeys = 0;
        f.driver.prebuilt.checked = true;
        f.driver.prebuilt.state = FactState::Found;
        f.driver.prebuilt.kernel = QStringLiteral("5.15.0-91-generic");
        f.driver.prebuilt.flavours =
            name.endsWith("prebuilt")
                ? QStringList{"470", "535", "535-open", "535-server", "580", "580-server"}
                : QStringList{"470", "535", "535-open", "535-server"};
        return f;
    }
    if (name == "debian12-rtx3060-none-sb") {
        Facts f = bareMachine("debian12", "GeForce RTX 3060");
        f.boot.secureBoot = SecureBootState::Enabled;
        f.boot.mokPendingKeys = 0;
        return f;
    }
    if (name == "debian12-gtx1070-none") return bareMachine("debian12", "GeForce GTX 1070");
    if (name == "ubuntu2204-k80-none") return bareMachine("22.04", "Tesla K80");
    if (name == "debian12-k80-none") return bareMachine("debian12", "Tesla K80");
    if (name == "fedora-rtx3060-none") return bareMachine("fedora", "GeForce RTX 3060");
    if (name == "notloaded") {
        Facts f = bareMachine("22.04", "GeForce RTX 3060");
        setInstalledNotLoaded(f, "550.120");
        return f;
    }
    if (name == "notloaded-sb-pending") {
        Facts f = bareMachine("22.04", "GeForce RTX 3060");
        setInstalledNotLoaded(f, "550.120");
        f.boot.secureBoot = SecureBootState::Enabled;
        f.boot.mokPendingKeys = 1;
        return f;
    }
    if (name == "gpu-lost" || name == "nvml-broken" || name == "no-devices") {
        Facts f = bareMachine("22.04", "GeForce RTX 3090");
        setWorking(f, "550.120", "");
        f.driver.state = FactState::Broken;
        f.driver.status = name == "gpu-lost"      ? DriverStatus::GpuLost
                          : name == "nvml-broken" ? DriverStatus::NvmlBroken
                                                  : DriverStatus::NoDevices;
        return f;
    }
    if (name == "ok-reboot-pending") {
        Facts f = bareMachine("22.04", "GeForce RTX 3060");
        setWorking(f, "550.120", "12.4");
        f.boot.rebootRequired = true;
        f.boot.rebootPackages = {QStringLiteral("nvidia-dkms-570")};
        return f;
    }
    if (name == "gtx1050-drv535") {
        Facts f = bareMachine("22.04", "GeForce GTX 1050");
        setWorking(f, "535.183.01", "12.2");
        return f;
    }
    if (name == "gtx1650-drv535") {
        Facts f = bareMachine("22.04", "GeForce GTX 1650");
        setWorking(f, "535.183.01", "12.2");
        return f;
    }
    if (name == "unknown-gpu") {
        Facts f = bareMachine("22.04", QString());
        GpuDevice g;
        g.slot = QStringLiteral("0000:01:00.0");
        g.vendorId = QStringLiteral("10de");
        g.deviceId = QStringLiteral("ffff");
        g.name = QStringLiteral("10de:ffff");
        g.nvidia = true;
        f.gpus.state = FactState::Found;
        f.gpus.gpus << g;
        f.gpus.nvidiaCount = 1;
        return f;
    }
    if (name == "bus-unreadable") {
        Facts f = bareMachine("22.04", QString());
        f.gpus.state = FactState::Unknown;
        f.driver.status = DriverStatus::Unknown;
        return f;
    }
    qFatal("unknown recipe %s", qPrintable(name));
    return {};
}

QStringList ids(const QList<Finding> &fs)
{
    QStringList out;
    for (const Finding &f : fs)
        out << f.id;
    return out;
}

QStringList stepIds(const QList<Step> &ss)
{
    QStringList out;
    for (const Step &s : ss)
        out << s.id;
    return out;
}

const Step *findStep(const StagePlan &p, const QString &id)
{
    for (const Step &s : p.steps)
        if (s.id == id) return &s;
    return nullptr;
}

const Finding *findFinding(const StagePlan &p, const QString &id)
{
    for (const Finding &f : p.findings)
        if (f.id == id) return &f;
    return nullptr;
}

QStringList split(const QString &s)
{
    return s.isEmpty() ? QStringList() : s.split(QLatin1Char(','));
}

// The driver floor of a CUDA version, as decideFramework / the toolkit stage would set it.
QString floorFor(const QString &cuda)
{
    return Knowledge::builtin().minDriverFor(cuda).driver;
}

} // namespace

class TestAdviceGpuDriver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Knowledge::builtin().loadError().isEmpty());
        // The floors the rows below use, straight from the data.
        QCOMPARE(floorFor("12.8.0"), QStringLiteral("570.26"));
        QCOMPARE(floorFor("13.0.0"), QStringLiteral("580.65.06"));
    }

    void stages_data()
    {
        QTest::addColumn<QString>("host"); // a tests/hosts folder, or "recipe:<name>"
        QTest::addColumn<QString>("requiredDriver");
        QTest::addColumn<bool>("server");
        QTest::addColumn<StageStatus>("gpuStatus");
        QTest::addColumn<QString>("gpuIds");    // must be present
        QTest::addColumn<QString>("gpuAbsent"); // must not be present
        QTest::addColumn<int>("psuW");          // chosen psuW, 0 = none
        QTest::addColumn<StageStatus>("drvStatus");
        QTest::addColumn<QString>("drvIds");
        QTest::addColumn<QString>("drvAbsent");
        QTest::addColumn<QString>("chosenDriver"); // "" = not set
        QTest::addColumn<QString>("steps");        // exact step ids in order
        QTest::addColumn<QString>("installArgv");  // driver.install argv joined; "" = no check

        using S = StageStatus;
        const QString r580 = floorFor("13.0.0");
        const QString r570 = floorFor("12.8.0");
        const QString r525 = floorFor("12.0.0");

        // ---- every snapshot host
        QTest::newRow("vm-nogpu") << "vm-ubuntu2404-nogpu"
                                  << "" << false << S::Blocked << "gpu.none"
                                  << "gpu.found,gpu.psu" << 0 << S::Skipped << "driver.no-gpu"
                                  << "driver.not-installed"
                                  << ""
                                  << ""
                                  << "";
        QTest::newRow("debian12-nogpu") << "captured-debian12-cuda13-wheels-nogpu"
                                        << "" << false << S::Blocked << "gpu.none"
                                        << "gpu.found" << 0 << S::Skipped << "driver.no-gpu"
                                        << ""
                                        << ""
                                        << ""
                                        << "";
        QTest::newRow("rtx3060-drv535")
            << "ubuntu2204-rtx3060-drv535"
            << "" << false << S::Done << "gpu.found,gpu.psu,gpu.balance"
            << "gpu.maxwell-pascal-volta,gpu.kepler,gpu.blackwell,gpu.low-vram,gpu.hybrid" << 650
            << S::Done << "driver.ok"
            << "driver.too-old"
            << "535.183.01"
            << ""
            << "";
        QTest::newRow("rtx3060-drv535-cu126")
            << "ubuntu2204-rtx3060-drv535" << r525 << false << S::Done << "gpu.found"
            << "" << 650 << S::Done << "driver.ok"
            << "driver.too-old,driver.os-old"
            << "535.183.01"
            << ""
            << "";
        QTest::newRow("rtx3060-drv535-cu128")
            << "ubuntu2204-rtx3060-drv535" << r570 << false << S::Done << "gpu.found"
            << "" << 650 << S::NeedsAction << "driver.too-old"
            << "driver.ok"
            << "580"
            << "driver.apt-update,driver.install,driver.reboot"
            << "ubuntu-drivers install nvidia:580";
        QTest::newRow("rtx3060-drv535-cuda13")
            << "ubuntu2204-rtx3060-drv535" << r580 << false << S::Done << "gpu.found"
            << "" << 650 << S::NeedsAction << "driver.too-old"
            << "driver.ok"
            << "580"
            << "driver.apt-update,driver.install,driver.reboot"
            << "ubuntu-drivers install nvidia:580";
        QTest::newRow("gtx1070-cuda10")
            << "ubuntu1804-gtx1070-cuda10"
            << "" << false << S::Done << "gpu.found,gpu.maxwell-pascal-volta,gpu.psu,gpu.balance"
            << "gpu.kepler" << 600 << S::Done << "driver.ok,driver.os-old"
            << ""
            << "440.95.01"
            << ""
            << "";
        QTest::newRow("gtx1070-cuda13-floor")
            << "ubuntu1804-gtx1070-cuda10" << r580 << false << S::Done << "gpu.maxwell-pascal-volta"
            << "" << 600 << S::NeedsAction << "driver.too-old,driver.legacy-branch"
            << "driver.requirement-beyond-gpu"
            << "580"
            << "driver.apt-update,driver.install,driver.reboot"
            << "ubuntu-drivers install nvidia:580";
        QTest::newRow("gtx1070-beyond-r580")
            << "ubuntu1804-gtx1070-cuda10"
            << "590.44.01" << false << S::Done << "gpu.maxwell-pascal-volta"
            << "" << 600 << S::Blocked << "driver.too-old,driver.requirement-beyond-gpu"
            << ""
            << "440.95.01"
            << ""
            << "";
        QTest::newRow("laptop-nouveau-secureboot")
            << "laptop-hybrid-nouveau-secureboot"
            << "" << false << S::Done << "gpu.found,gpu.hybrid"
            << "gpu.psu,gpu.balance,gpu.maxwell-pascal-volta" << 0 << S::NeedsAction
            << "driver.nouveau,driver.secure-boot-mok"
            << "driver.installed-not-loaded,driver.not-installed"
            << "535.183.01"
            << "driver.blacklist-nouveau,driver.update-initramfs,driver.enroll-mok,"
               "driver.mok-manager,driver.reboot"
            << "";
        QTest::newRow("driver-mismatch") << "ubuntu2204-driver-mismatch"
                                         << "" << false << S::Done << "gpu.found,gpu.psu"
                                         << "" << 900 << S::Blocked << "driver.mismatch-reboot"
                                         << "driver.ok"
                                         << ""
                                         << "driver.reboot"
                                         << "";
        QTest::newRow("hung-nvidia-smi") << "ubuntu2204-hung-nvidia-smi"
                                         << "" << false << S::Done << "gpu.found,gpu.psu"
                                         << "" << 800 << S::Blocked << "driver.hung"
                                         << "driver.ok"
                                         << ""
                                         << "driver.reboot"
                                         << "";
        // Issue 11's hosts: identified before the driver, an iGPU that is not a laptop, Kepler.
        QTest::newRow("desktop-igpu-3080ti")
            << "desktop-igpu-rtx3080ti-nouveau"
            << "" << false << S::Done << "gpu.found,gpu.igpu,gpu.psu,gpu.balance"
            << "gpu.hybrid,gpu.unknown-card" << 800 << S::NeedsAction << "driver.nouveau"
            << "driver.not-installed"
            << "580"
            << "driver.apt-update,driver.install,driver.blacklist-nouveau,"
               "driver.update-initramfs,driver.reboot"
            << "ubuntu-drivers install nvidia:580";
        QTest::newRow("laptop-rtx5060-new")
            << "laptop-rtx5060-ubuntu2204-nouveau-secureboot"
            << "" << false << S::Done << "gpu.found,gpu.blackwell,gpu.hybrid"
            << "gpu.psu,gpu.igpu,gpu.unknown-card" << 0 << S::NeedsAction
            << "driver.nouveau,driver.secure-boot-mok"
            << ""
            << "580"
            << "driver.apt-update,driver.install,driver.blacklist-nouveau,"
               "driver.update-initramfs,driver.enroll-mok,driver.mok-manager,driver.reboot"
            << "ubuntu-drivers install nvidia:580";
        QTest::newRow("gtx680-drv470")
            << "ubuntu2204-gtx680-drv470-kepler"
            << "" << false << S::Blocked << "gpu.found,gpu.kepler,gpu.low-vram"
            << "gpu.psu,gpu.unknown-card,gpu.legacy" << 0 << S::Done << "driver.ok"
            << ""
            << "470.256.02"
            << ""
            << "";
        QTest::newRow("2x-a5000-drv590")
            << "workstation-2x-rtx-a5000-drv590"
            << "" << false << S::Done << "gpu.found"
            << "gpu.psu,gpu.unknown-card,gpu.low-vram" << 0 << S::Done << "driver.ok"
            << ""
            << "590.44.01"
            << ""
            << "";
        QTest::newRow("4x-k80") << "server-4x-k80-two-toolkits"
                                << "" << false << S::Blocked << "gpu.found,gpu.kepler"
                                << "gpu.psu,gpu.balance,gpu.maxwell-pascal-volta" << 0 << S::Done
                                << "driver.ok"
                                << ""
                                << "430.26"
                                << ""
                                << "";
        QTest::newRow("wsl2-rtx4060") << "wsl2-rtx4060-laptop"
                                      << "" << false << S::Done << "gpu.found"
                                      << "gpu.psu,gpu.none" << 0 << S::Done << "driver.wsl"
                                      << "driver.too-old,driver.not-installed"
                                      << "555.85"
                                      << ""
                                      << "";
        QTest::newRow("wsl2-rtx4060-cu128")
            << "wsl2-rtx4060-laptop" << r570 << false << S::Done << "gpu.found"
            << "" << 0 << S::NeedsAction << "driver.wsl,driver.too-old"
            << "driver.not-installed"
            << "555.85"
            << "driver.update-windows"
            << "";
        QTest::newRow("wsl2-rtx4060-cu126")
            << "wsl2-rtx4060-laptop" << r525 << false << S::Done << "gpu.found"
            << "" << 0 << S::Done << "driver.wsl"
            << "driver.too-old"
            << "555.85"
            << ""
            << "";

        // ---- hand-built machines
        QTest::newRow("rtx5090-drv570-cu128") << "recipe:rtx5090-drv570" << r570 << false << S::Done
                                              << "gpu.found,gpu.blackwell,gpu.psu,gpu.balance"
                                              << "gpu.low-vram" << 1050 << S::Done << "driver.ok"
                                              << "driver.too-old"
                                              << "570.133.07"
                                              << ""
                                              << "";
        QTest::newRow("rtx5090-drv565-cu128")
            << "recipe:rtx5090-drv565" << r570 << false << S::Done << "gpu.blackwell"
            << "" << 1050 << S::NeedsAction << "driver.too-old"
            << "driver.ok"
            << "580"
            << "driver.apt-update,driver.install,driver.reboot"
            << "ubuntu-drivers install nvidia:580";
        QTest::newRow("rtx5090-not-installed")
            << "recipe:rtx5090-none"
            << "" << false << S::Done << "gpu.blackwell"
            << "" << 1050 << S::NeedsAction << "driver.not-installed"
            << "driver.legacy-branch"
            << "580"
            << "driver.apt-update,driver.install,driver.reboot"
            << "ubuntu-drivers install nvidia:580";
        QTest::newRow("rtx5090-cuda13.2")
            << "recipe:rtx5090-none" << floorFor("13.2.0") << false << S::Done << "gpu.blackwell"
            << "" << 1050 << S::NeedsAction << "driver.not-installed"
            << ""
            << "595"
            << "driver.apt-update,driver.install,driver.reboot"
            << "ubuntu-drivers install nvidia:595";
        QTest::newRow("debian12-not-installed")
            << "recipe:debian12-rtx3060-none"
            << "" << false << S::Done << "gpu.found"
            << "" << 650 << S::NeedsAction << "driver.not-installed,driver.debian-repos"
            << "driver.debian-version"
            << "580"
            << "driver.enable-non-free,driver.apt-update,driver.install,driver.reboot"
            << "apt-get install -y nvidia-driver linux-headers-amd64";
        QTest::newRow("debian12-not-installed-cu128")
            << "recipe:debian12-rtx3060-none" << r570 << false << S::Done << "gpu.found"
            << "" << 650 << S::NeedsAction
            << "driver.not-installed,driver.debian-repos,driver.debian-version"
            << ""
            << "580"
            << "driver.enable-non-free,driver.apt-update,driver.install,driver.reboot"
            << "apt-get install -y nvidia-driver linux-headers-amd64";
        QTest::newRow("ubuntu-server-gpgpu")
            << "recipe:ubuntu2204-rtx3060-none"
            << "" << true << S::Done << "gpu.found"
            << "" << 650 << S::NeedsAction << "driver.not-installed"
            << "driver.secure-boot-mok"
            << "580"
            << "driver.apt-update,driver.install,driver.reboot"
            << "ubuntu-drivers install --gpgpu nvidia:580-server";
        // Secure Boot: the MOK is enrolled only when apt will build the module with DKMS.
        // apt not asked (or no answer): prepared to be safe.
        QTest::newRow("ubuntu-not-installed-secureboot")
            << "recipe:ubuntu2204-rtx3060-none-sb"
            << "" << false << S::Done << "gpu.found"
            << "" << 650 << S::NeedsAction << "driver.not-installed,driver.secure-boot-mok"
            << "driver.secure-boot-signed"
            << "580"
            << "driver.apt-update,driver.install,driver.enroll-mok,driver.mok-manager,"
               "driver.reboot"
            << "ubuntu-drivers install nvidia:580";
        // Canonical's signed prebuilt 580 modules exist for this kernel: nothing to enrol.
        QTest::newRow("ubuntu-secureboot-prebuilt")
            << "recipe:ubuntu2204-rtx3060-none-sb-prebuilt"
            << "" << false << S::Done << "gpu.found"
            << "" << 650 << S::NeedsAction << "driver.not-installed,driver.secure-boot-signed"
            << "driver.secure-boot-mok"
            << "580"
            << "driver.apt-update,driver.install,driver.reboot"
            << "ubuntu-drivers install nvidia:580";
        // Prebuilt modules only for older branches: 580 is built with DKMS.
        QTest::newRow("ubuntu-secureboot-dkms")
            << "recipe:ubuntu2204-rtx3060-none-sb-dkms"
            << "" << false << S::Done << "gpu.found"
            << "" << 650 << S::NeedsAction << "driver.not-installed,driver.secure-boot-mok"
            << "driver.secure-boot-signed"
            << "580"
            << "driver.apt-update,driver.install,driver.enroll-mok,driver.mok-manager,"
               "driver.reboot"
            << "ubuntu-drivers install nvidia:580";
        // The server flavour has its own prebuilt packages (580-server): signed.
        QTest::newRow("ubuntu-secureboot-server-prebuilt")
            << "recipe:ubuntu2204-rtx3060-none-sb-prebuilt"
            << "" << true << S::Done << "gpu.found"
            << "" << 650 << S::NeedsAction << "driver.secure-boot-signed"
            << "driver.secure-boot-mok"
            << "580"
            << "driver.apt-update,driver.install,driver.reboot"
            << "ubuntu-drivers install --gpgpu nvidia:580-server";
        // Debian always builds with DKMS; its key is /var/lib/dkms/mok.pub.
        QTest::newRow("debian-secureboot")
            << "recipe:debian12-rtx3060-none-sb"
            << "" << false << S::Done << "gpu.found"
            << "" << 650 << S::NeedsAction << "driver.not-installed,driver.secure-boot-mok"
            << "driver.secure-boot-signed"
            << "580"
            << "driver.enable-non-free,driver.apt-update,driver.install,driver.enroll-mok,"
               "driver.mok-manager,driver.reboot"
            << "apt-get install -y nvidia-driver linux-headers-amd64";
        QTest::newRow("debian12-gtx1070")
            << "recipe:debian12-gtx1070-none"
            << "" << false << S::Done << "gpu.maxwell-pascal-volta,gpu.psu"
            << "" << 600 << S::NeedsAction
            << "driver.not-installed,driver.legacy-branch,driver.debian-repos"
            << ""
            << "580"
            << "driver.enable-non-free,driver.apt-update,driver.install,driver.reboot"
            << "apt-get install -y nvidia-driver linux-headers-amd64";
        QTest::newRow("k80-not-installed")
            << "recipe:ubuntu2204-k80-none"
            << "" << false << S::Blocked << "gpu.kepler"
            << "gpu.psu" << 0 << S::NeedsAction << "driver.not-installed,driver.legacy-branch"
            << "driver.requirement-beyond-gpu"
            << "470"
            << "driver.apt-update,driver.install,driver.reboot"
            << "ubuntu-drivers install nvidia:470";
        QTest::newRow("k80-not-installed-cu12")
            << "recipe:ubuntu2204-k80-none" << r525 << false << S::Blocked << "gpu.kepler"
            << "" << 0 << S::Blocked << "driver.not-installed,driver.requirement-beyond-gpu"
            << "driver.legacy-branch"
            << "470"
            << "driver.apt-update,driver.install,driver.reboot"
            << "ubuntu-drivers install nvidia:470";
        QTest::newRow("k80-debian12")
            << "recipe:debian12-k80-none"
            << "" << false << S::Blocked << "gpu.kepler"
            << "" << 0 << S::NeedsAction << "driver.not-installed,driver.legacy-branch"
            << "driver.debian-version"
            << "470"
            << "driver.enable-non-free,driver.apt-update,driver.install,driver.reboot"
            << "apt-get install -y nvidia-tesla-470-driver linux-headers-amd64";
        QTest::newRow("fedora-not-installed")
            << "recipe:fedora-rtx3060-none"
            << "" << false << S::Done << "gpu.found"
            << "" << 650 << S::NeedsAction << "driver.not-installed,driver.os-unsupported"
            << ""
            << "580"
            << "driver.install,driver.reboot"
            << "";
        QTest::newRow("installed-not-loaded")
            << "recipe:notloaded"
            << "" << false << S::Done << "gpu.found"
            << "" << 650 << S::NeedsAction << "driver.installed-not-loaded"
            << "driver.nouveau,driver.secure-boot-mok"
            << "550.120"
            << "driver.reboot"
            << "";
        QTest::newRow("installed-not-loaded-mok-pending")
            << "recipe:notloaded-sb-pending"
            << "" << false << S::Done << "gpu.found"
            << "" << 650 << S::NeedsAction << "driver.installed-not-loaded,driver.secure-boot-mok"
            << "driver.nouveau"
            << "550.120"
            << "driver.mok-manager,driver.reboot"
            << "";
        QTest::newRow("gpu-lost") << "recipe:gpu-lost"
                                  << "" << false << S::Done << "gpu.found"
                                  << "" << 800 << S::Blocked << "driver.gpu-lost"
                                  << "driver.ok"
                                  << ""
                                  << "driver.reboot"
                                  << "";
        QTest::newRow("nvml-broken") << "recipe:nvml-broken"
                                     << "" << false << S::Done << "gpu.found"
                                     << "" << 800 << S::Blocked << "driver.nvml-broken"
                                     << "driver.ok"
                                     << ""
                                     << "driver.reboot"
                                     << "";
        QTest::newRow("no-devices") << "recipe:no-devices"
                                    << "" << false << S::Done << "gpu.found"
                                    << "" << 800 << S::Blocked << "driver.no-devices"
                                    << "driver.ok"
                                    << ""
                                    << "driver.reboot"
                                    << "";
        QTest::newRow("ok-but-reboot-pending")
            << "recipe:ok-reboot-pending"
            << "" << false << S::Done << "gpu.found"
            << "" << 650 << S::Blocked << "driver.mismatch-reboot"
            << "driver.ok"
            << ""
            << "driver.reboot"
            << "";
        QTest::newRow("gtx1050-2gb")
            << "recipe:gtx1050-drv535"
            << "" << false << S::Done << "gpu.low-vram,gpu.maxwell-pascal-volta,gpu.psu"
            << "" << 550 << S::Done << "driver.ok"
            << ""
            << "535.183.01"
            << ""
            << "";
        QTest::newRow("gtx1650-4gb") << "recipe:gtx1650-drv535"
                                     << "" << false << S::Done << "gpu.low-vram"
                                     << "gpu.maxwell-pascal-volta" << 550 << S::Done << "driver.ok"
                                     << ""
                                     << "535.183.01"
                                     << ""
                                     << "";
        QTest::newRow("unknown-gpu")
            << "recipe:unknown-gpu"
            << "" << false << S::Optional << "gpu.found,gpu.unknown-card"
            << "gpu.none,gpu.psu,gpu.cc-unknown" << 0 << S::NeedsAction << "driver.not-installed"
            << ""
            << "580"
            << "driver.apt-update,driver.install,driver.reboot"
            << "ubuntu-drivers install nvidia:580";
        QTest::newRow("bus-unreadable") << "recipe:bus-unreadable"
                                        << "" << false << S::Blocked << "gpu.none"
                                        << "" << 0 << S::Skipped << "driver.no-gpu"
                                        << ""
                                        << ""
                                        << ""
                                        << "";
    }

    void stages()
    {
        QFETCH(QString, host);
        QFETCH(QString, requiredDriver);
        QFETCH(bool, server);
        QFETCH(StageStatus, gpuStatus);
        QFETCH(QString, gpuIds);
        QFETCH(QString, gpuAbsent);
        QFETCH(int, psuW);
        QFETCH(StageStatus, drvStatus);
        QFETCH(QString, drvIds);
        QFETCH(QString, drvAbsent);
        QFETCH(QString, chosenDriver);
        QFETCH(QString, steps);
        QFETCH(QString, installArgv);

        const Facts facts = host.startsWith("recipe:") ? recipe(host.mid(7)) : hostFacts(host);
        Choices choices;
        choices.server = server;
        AdviceContext ctx(facts, Knowledge::builtin(), choices);
        ctx.requiredDriver = requiredDriver;
        if (!requiredDriver.isEmpty()) ctx.requiredDriverRef = QStringLiteral("test requirement");

        const StagePlan gpu = adviseGpu(ctx);
        QCOMPARE(gpu.id, StageId::Gpu);
        QVERIFY(!gpu.summary.isEmpty());
        QCOMPARE(gpu.status, gpuStatus);
        const QStringList gIds = ids(gpu.findings);
        for (const QString &id : split(gpuIds))
            QVERIFY2(gIds.contains(id), qPrintable(id + " missing in " + gIds.join(',')));
        for (const QString &id : split(gpuAbsent))
            QVERIFY2(!gIds.contains(id), qPrintable(id + " unexpected in " + gIds.join(',')));
        QCOMPARE(gpu.chosen.value("psuW").toInt(), psuW);
        QVERIFY(gpu.steps.isEmpty());

        const StagePlan drv = adviseDriver(ctx);
        QCOMPARE(drv.id, StageId::Driver);
        QVERIFY(!drv.summary.isEmpty());
        const QStringList dIds = ids(drv.findings);
        QVERIFY2(drv.status == drvStatus, qPrintable(dIds.join(',')));
        for (const QString &id : split(drvIds))
            QVERIFY2(dIds.contains(id), qPrintable(id + " missing in " + dIds.join(',')));
        for (const QString &id : split(drvAbsent))
            QVERIFY2(!dIds.contains(id), qPrintable(id + " unexpected in " + dIds.join(',')));
        QCOMPARE(drv.chosen.value("driver"), chosenDriver);
        QCOMPARE(stepIds(drv.steps).join(','), steps);
        if (!installArgv.isEmpty()) {
            const Step *s = findStep(drv, "driver.install");
            QVERIFY(s);
            QCOMPARE(s->kind, QStringLiteral("command"));
            QVERIFY(s->privileged);
            QCOMPARE(s->argv.join(' '), installArgv);
        }
        // Never the removed `ubuntu-drivers autoinstall`, never a Linux driver inside WSL.
        for (const Step &s : drv.steps) {
            QVERIFY(!s.argv.contains("autoinstall"));
            QVERIFY(!s.description.isEmpty());
            if (s.kind == "command") QVERIFY(!s.argv.isEmpty());
            if (ctx.wsl) QCOMPARE(s.kind, QStringLiteral("manual"));
        }
        for (const Finding &f : gpu.findings + drv.findings)
            QVERIFY2(!f.text.isEmpty(), qPrintable(f.id));
    }

    // The driver floor at its boundary (issue 20 item 4): a working driver exactly at the floor
    // passes, one step below is too old, one step above passes. 580.65.06 is both a shipped
    // driver and the CUDA 13.0 floor, so ">= 0" turned "> 0" would send a student with the
    // right driver to reinstall it.
    void floorBoundary_data()
    {
        QTest::addColumn<QString>("cuda");
        QTest::addColumn<QString>("floor");
        QTest::addColumn<QString>("installed");
        QTest::addColumn<bool>("tooOld");
        struct F
        {
            const char *cuda, *floor, *below, *above;
        };
        for (const F &f : {F{"13.0.0", "580.65.06", "580.65.05", "580.65.07"},
                           F{"12.8.0", "570.26", "570.25.99", "570.26.1"},
                           F{"12.0.0", "525.60.13", "525.60.12", "525.60.14"}}) {
            const QString c = QString::fromLatin1(f.cuda);
            QTest::addRow("CUDA %s, equal", f.cuda) << c << f.floor << f.floor << false;
            QTest::addRow("CUDA %s, one below", f.cuda) << c << f.floor << f.below << true;
            QTest::addRow("CUDA %s, one above", f.cuda) << c << f.floor << f.above << false;
        }
    }
    void floorBoundary()
    {
        QFETCH(QString, cuda);
        QFETCH(QString, floor);
        QFETCH(QString, installed);
        QFETCH(bool, tooOld);
        QCOMPARE(floorFor(cuda), floor);
        Facts facts = bareMachine(QStringLiteral("24.04"), QStringLiteral("GeForce RTX 3060"));
        setWorking(facts, installed, QStringLiteral("12.2"));
        Choices choices;
        AdviceContext ctx(facts, Knowledge::builtin(), choices);
        ctx.requiredDriver = floor;
        ctx.requiredDriverRef = QStringLiteral("test requirement");
        adviseGpu(ctx);
        const StagePlan drv = adviseDriver(ctx);
        const QStringList dIds = ids(drv.findings);
        QCOMPARE(dIds.contains(QStringLiteral("driver.too-old")), tooOld);
        QCOMPARE(dIds.contains(QStringLiteral("driver.ok")), !tooOld);
        QCOMPARE(drv.status, tooOld ? StageStatus::NeedsAction : StageStatus::Done);
        QCOMPARE(findStep(drv, QStringLiteral("driver.install")) != nullptr, tooOld);
        if (tooOld) {
            const Finding *f = findFinding(drv, QStringLiteral("driver.too-old"));
            QVERIFY(f->text.contains(installed) && f->text.contains(floor));
        }
    }

    // The no-GPU finding lays out the three roads with the platforms and their dates.
    void noGpuRoads()
    {
        const Facts facts = hostFacts("vm-ubuntu2404-nogpu");
        Choices choices;
        AdviceContext ctx(facts, Knowledge::builtin(), choices);
        const StagePlan gpu = adviseGpu(ctx);
        const Finding *f = findFinding(gpu, "gpu.none");
        QVERIFY(f);
        QCOMPARE(f->severity, Severity::Error);
        const auto &platforms = Knowledge::builtin().platforms();
        QVERIFY(platforms.size() >= 3);
        for (const FreePlatform &p : platforms) {
            QVERIFY2(f->resolution.contains(p.name), qPrintable(p.name));
            QVERIFY(f->refs.contains("platforms.json " + p.name));
        }
        QVERIFY(f->resolution.contains("Kaggle"));
        QVERIFY(f->resolution.contains("2026-09")); // Colab's free-tier fact, dated
        QVERIFY(f->resolution.contains("2024-04")); // Kaggle's, dated
        QVERIFY(f->resolution.contains("1)") && f->resolution.contains("2)") &&
                f->resolution.contains("3)"));
        // Lightning's only fact is marked unverified in the data: said inline, next to it.
        QVERIFY(f->resolution.contains("undated, unverified"));
        QVERIFY(!f->unverified);
        QVERIFY(gpu.chosen.isEmpty());
        const StagePlan drv = adviseDriver(ctx);
        QVERIFY(drv.steps.isEmpty());
    }

    // The nouveau blacklist is an exact, privileged edit; MOK import names the shim key.
    void nouveauAndMokSteps()
    {
        const Facts facts = hostFacts("laptop-hybrid-nouveau-secureboot");
        Choices choices;
        AdviceContext ctx(facts, Knowledge::builtin(), choices);
        const StagePlan drv = adviseDriver(ctx);
        const Step *e = findStep(drv, "driver.blacklist-nouveau");
        QVERIFY(e);
        QCOMPARE(e->kind, QStringLiteral("edit"));
        QCOMPARE(e->path, QStringLiteral("/etc/modprobe.d/blacklist-nouveau.conf"));
        QCOMPARE(e->content, QStringLiteral("blacklist nouveau\noptions nouveau modeset=0\n"));
        QVERIFY(e->privileged);
        const Step *u = findStep(drv, "driver.update-initramfs");
        QVERIFY(u);
        QCOMPARE(u->argv, QStringList({"update-initramfs", "-u"}));
        QVERIFY(u->privileged);
        // nvidia-dkms-535 is installed: a module built here, so its key must be enrolled. The
        // wizard asks for the one-time password (driver.enroll-mok, run as root); the blue
        // screen at the next start is the student's part (driver.mok-manager).
        const Step *m = findStep(drv, "driver.enroll-mok");
        QVERIFY(m);
        QCOMPARE(m->kind, QStringLiteral("command"));
        QCOMPARE(m->argv, QStringList({"mokutil", "--import", "/var/lib/shim-signed/mok/MOK.der"}));
        QVERIFY(m->privileged);
        const Step *mm = findStep(drv, "driver.mok-manager");
        QVERIFY(mm);
        QCOMPARE(mm->kind, QStringLiteral("manual"));
        QVERIFY(mm->description.contains("Enroll MOK"));
        QVERIFY(!findStep(drv, "driver.mok-import"));
        const Step *r = findStep(drv, "driver.reboot");
        QVERIFY(r);
        QCOMPARE(r->kind, QStringLiteral("manual"));
        QCOMPARE(drv.steps.last().id, QStringLiteral("driver.reboot"));
        const Finding *sb = findFinding(drv, "driver.secure-boot-mok");
        QVERIFY(sb);
        QCOMPARE(sb->severity, Severity::Warning);
        QVERIFY(sb->resolution.contains("Enroll MOK"));
    }

    // Numbers and references come from the data.
    void findingsCarryData()
    {
        // GTX 1070: 150 W (unverified in gpus.json) -> the tutorial's 600 W, one 8-pin plug.
        const Facts gtx = hostFacts("ubuntu1804-gtx1070-cuda10");
        Choices choices;
        AdviceContext ctx(gtx, Knowledge::builtin(), choices);
        const StagePlan gpu = adviseGpu(ctx);
        const PsuAdvice psu = recommendPsu(150);
        QCOMPARE(psu.recommendedW, 600);
        const Finding *p = findFinding(gpu, "gpu.psu");
        QVERIFY(p);
        QVERIFY(p->text.contains("150 W") && p->text.contains("600 W"));
        QVERIFY(p->text.contains(QString::number(psu.auxConnectors8Pin) + " 8-pin"));
        QVERIFY(p->refs.contains("gpus.json gpus GeForce GTX 1070"));
        QVERIFY(p->unverified);
        const Finding *mpv = findFinding(gpu, "gpu.maxwell-pascal-volta");
        QVERIFY(mpv);
        QVERIFY(mpv->text.contains("12.9"));
        QVERIFY(mpv->text.contains("13.0"));
        QVERIFY(mpv->text.contains("cu128"));
        QVERIFY(mpv->resolution.contains("cu126"));
        QVERIFY(mpv->refs.contains("rules.json pytorch_arch_lists"));
        QVERIFY(mpv->refs.contains("gpus.json architectures Pascal"));
        const Finding *bal = findFinding(gpu, "gpu.balance");
        QVERIFY(bal && bal->text.contains("16 GB"));

        // 4 x K80: one gpu.found per board, one Kepler finding, CUDA 11.8 as the last.
        const Facts k80 = hostFacts("server-4x-k80-two-toolkits");
        AdviceContext kctx(k80, Knowledge::builtin(), choices);
        const StagePlan kg = adviseGpu(kctx);
        QCOMPARE(ids(kg.findings).count("gpu.found"), 4);
        QCOMPARE(ids(kg.findings).count("gpu.kepler"), 1);
        QVERIFY(findFinding(kg, "gpu.kepler")->text.contains("11.8"));
        QVERIFY(kg.summary.contains("4 x Tesla K80"));
        QVERIFY(kg.findings.first().text.contains(k80.gpus.gpus.first().slot));
        QCOMPARE(kg.chosen.value("cc"), QStringLiteral("3.7"));

        // RTX 5090: CUDA 12.8, driver 570, PyTorch 2.7 from the data.
        const Facts b = recipe("rtx5090-none");
        AdviceContext bctx(b, Knowledge::builtin(), choices);
        const Finding *bw = findFinding(adviseGpu(bctx), "gpu.blackwell");
        QVERIFY(bw);
        QVERIFY2(bw->text.contains("12.8") && bw->text.contains("570") &&
                     bw->text.contains("2.7") && bw->text.contains("cu128"),
                 qPrintable(bw->text));
        QVERIFY(bw->refs.contains("cuda_driver.json releases 12.8.0"));

        // Kepler's legacy branch rests on an unverified row and says so.
        const Facts kn = recipe("ubuntu2204-k80-none");
        AdviceContext knctx(kn, Knowledge::builtin(), choices);
        const Finding *lb = findFinding(adviseDriver(knctx), "driver.legacy-branch");
        QVERIFY(lb);
        QVERIFY(lb->unverified);
        QVERIFY(lb->text.contains("470"));

        // driver.too-old names both versions, the wheel and its CUDA.
        const Facts r = hostFacts("ubuntu2204-rtx3060-drv535");
        AdviceContext rctx(r, Knowledge::builtin(), choices);
        rctx.requiredDriver = floorFor("12.8.0");
        rctx.requiredDriverRef = QStringLiteral("cuda_driver.json releases 12.8.0");
        rctx.wheelVariant = QStringLiteral("cu128");
        rctx.wheelCuda = QStringLiteral("12.8");
        const Finding *old = findFinding(adviseDriver(rctx), "driver.too-old");
        QVERIFY(old);
        QVERIFY2(old->text.contains("535.183.01") && old->text.contains("12.2") &&
                     old->text.contains("cu128") && old->text.contains("570.26") &&
                     old->text.contains("CUDA 12.8"),
                 qPrintable(old->text));
        QVERIFY(old->refs.contains("cuda_driver.json releases 12.8.0"));

        // The mismatch names the module and the library.
        const Facts mm = hostFacts("ubuntu2204-driver-mismatch");
        AdviceContext mctx(mm, Knowledge::builtin(), choices);
        const Finding *mf = findFinding(adviseDriver(mctx), "driver.mismatch-reboot");
        QVERIFY(mf);
        QVERIFY(mf->text.contains("535.86.05") && mf->text.contains("535.183"));
    }

    // The stage plans survive the JSON round trip the CLI and the report use.
    void jsonRoundTrip()
    {
        const Facts facts = hostFacts("laptop-hybrid-nouveau-secureboot");
        Choices choices;
        AdviceContext ctx(facts, Knowledge::builtin(), choices);
        for (const StagePlan &p : {adviseGpu(ctx), adviseDriver(ctx)}) {
            const Json j = p;
            const StagePlan back = j.get<StagePlan>();
            QCOMPARE(back.findings, p.findings);
            QCOMPARE(back.steps, p.steps);
            QCOMPARE(back.status, p.status);
            QCOMPARE(back.chosen, p.chosen);
        }
    }
};

QTEST_GUILESS_MAIN(TestAdviceGpuDriver)
#include "tst_advice_gpu_driver.moc"
