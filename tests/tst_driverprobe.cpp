// probeDriver over small snapshot hosts: healthy, no driver, nouveau, reboot pending,
// hung nvidia-smi, MIG, and the fallbacks from XML to the table and the CSV query.
#include "TestSnapshot.h"
#include "host/RecordingHost.h"
#include "host/SnapshotHost.h"
#include "probe/DriverProbe.h"
#include "probe/Facts.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace gpusetup;
using namespace gpusetup::test;

namespace {

const char *kProc535 =
    "NVRM version: NVIDIA UNIX x86_64 Kernel Module  535.154.05  Thu Dec 28 15:37:48 UTC 2023\n"
    "GCC version:  gcc version 12.3.0 (Ubuntu 12.3.0-1ubuntu1~22.04)\n";
const char *kModulesNvidia =
    "nvidia_uvm 1527808 0 - Live 0x0000000000000000 (POE)\n"
    "nvidia_drm 77824 4 - Live 0x0000000000000000 (POE)\n"
    "nvidia_modeset 1290240 8 nvidia_drm, Live 0x0000000000000000 (POE)\n"
    "nvidia 56602624 412 nvidia_uvm,nvidia_modeset, Live 0x0000000000000000 (POE)\n"
    "snd_hda_intel 53248 3 - Live 0x0000000000000000\n";
const char *kModulesNouveau = "nouveau 2306048 3 - Live 0x0000000000000000\n"
                              "drm_ttm_helper 16384 1 nouveau, Live 0x0000000000000000\n";
const char *kModulesNone = "snd_hda_intel 53248 3 - Live 0x0000000000000000\n";

// A snapshot folder that also knows the dpkg-query answer for the driver packages.
class Snap : public SnapshotBuilder
{
public:
    void packages(const QByteArray &dpkgOut)
    {
        command(dpkgQueryArgv(driverPackagePatterns()), dpkgOut.isEmpty() ? 1 : 0, dpkgOut,
                dpkgOut.isEmpty()
                    ? QByteArray("dpkg-query: no packages found matching nvidia-driver-*\n")
                    : QByteArray());
    }
};

NvmlInfo nvml535()
{
    NvmlInfo n;
    n.state = FactState::Found;
    n.library = "libnvidia-ml.so.1";
    n.driverVersion = "535.154.05";
    n.nvmlVersion = "12.535.154.05";
    n.cudaDriverVersion = 12020;
    n.devices = {{0, "NVIDIA GeForce RTX 3060", "GPU-d6889ff6-2523-9142-ca3c-1ca3f396a625",
                  "00000000:2D:00.0", 12288, "8.6"}};
    return n;
}

QByteArray xml3060at535()
{
    QByteArray x = fixture("nvidia-smi/xml/telegraf_rtx-3060_570.124.04_v12.xml");
    x.replace("<driver_version>570.124.04</driver_version>",
              "<driver_version>535.154.05</driver_version>");
    x.replace("<cuda_version>12.8</cuda_version>", "<cuda_version>12.2</cuda_version>");
    return x;
}

int smiRuns(const RecordingHost &rec)
{
    int n = 0;
    for (const CommandResult &c : rec.commands())
        n += !c.argv.isEmpty() && c.argv.first() == QLatin1String("nvidia-smi");
    return n;
}

bool hasEvidence(const DriverFacts &f, const QString &source)
{
    for (const Evidence &e : f.evidence)
        if (e.source == source) return true;
    return false;
}

bool describes(const DriverFacts &f, const QString &needle)
{
    for (const QString &l : describeDriver(f))
        if (l.contains(needle)) return true;
    return false;
}

} // namespace

class TestDriverProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthy535()
    {
        Snap s;
        s.file("/proc/driver/nvidia/version", kProc535);
        s.file("/proc/modules", kModulesNvidia);
        s.nvml(nvml535());
        s.command(smiXmlArgv(), 0, xml3060at535());
        s.packages("nvidia-driver-535\t535.154.05-0ubuntu0.22.04.1\tinstall ok installed\n"
                   "libnvidia-compute-535\t535.154.05-0ubuntu0.22.04.1\tinstall ok installed\n"
                   "nvidia-driver-470\t\tunknown ok not-installed\n");
        auto host = s.open();
        QVERIFY(host);
        RecordingHost rec(*host);
        const DriverFacts f = probeDriver(rec, 2000);
        QCOMPARE(f.state, FactState::Found);
        QCOMPARE(f.status, DriverStatus::Ok);
        QVERIFY(f.kernelModuleLoaded);
        QCOMPARE(f.kernelVersion, QStringLiteral("535.154.05"));
        QVERIFY(!f.openKernelModule);
        QCOMPARE(f.kernelArchitecture, QStringLiteral("x86_64"));
        QCOMPARE(f.kernelBuildDate, QStringLiteral("Thu Dec 28 15:37:48 UTC 2023"));
        QVERIFY(f.modulesRead && f.nvidiaLoaded && f.nvidiaUvmLoaded && f.nvidiaDrmLoaded &&
                f.nvidiaModesetLoaded);
        QVERIFY(!f.nouveauLoaded);
        QCOMPARE(f.libraryVersion, QStringLiteral("535.154.05"));
        QCOMPARE(f.cudaVersion, QStringLiteral("12.2"));
        QCOMPARE(f.smiSource, QStringLiteral("xml"));
        QCOMPARE(f.smiError.kind, SmiError::None);
        QCOMPARE(f.smiCalls, 1);
        QCOMPARE(smiRuns(rec), 1);
        QCOMPARE(f.gpus.size(), 1);
        const DriverGpu &g = f.gpus.first();
        QCOMPARE(g.name, QStringLiteral("NVIDIA GeForce RTX 3060"));
        QCOMPARE(g.memoryTotalMiB, qint64(12288));
        QCOMPARE(g.busId, QStringLiteral("00000000:2D:00.0"));
        QCOMPARE(g.uuid, QStringLiteral("GPU-d6889ff6-2523-9142-ca3c-1ca3f396a625"));
        QCOMPARE(g.computeCapability, QStringLiteral("8.6")); // from NVML, matched by bus id
        QCOMPARE(g.migMode, QString());
        QCOMPARE(f.packagesState, FactState::Found);
        QCOMPARE(f.packages.size(), 2); // the not-installed 470 is left out
        QVERIFY(hasEvidence(f, "/proc/driver/nvidia/version"));
        QVERIFY(hasEvidence(f, "/proc/modules"));
        QVERIFY(hasEvidence(f, "NVML"));
        QVERIFY(hasEvidence(f, "nvidia-smi -q -x"));
        QVERIFY(describes(f, "NVIDIA kernel module 535.154.05 is loaded (proprietary, x86_64"));
        QVERIFY(describes(f, "GPU 0: NVIDIA GeForce RTX 3060, 12288 MiB"));
        QVERIFY(describes(f, "compute capability 8.6"));
        QVERIFY(describes(f, "The driver supports CUDA up to 12.2"));
        QVERIFY(describes(f, "Installed driver packages: nvidia-driver-535"));
        // JSON round trip keeps every field.
        const Json j = f;
        const DriverFacts back = j.get<DriverFacts>();
        QCOMPARE(Json(back).dump(), j.dump());
        QCOMPARE(QString::fromStdString(j["status"].get<std::string>()), QStringLiteral("ok"));
    }

    void noDriver()
    {
        Snap s;
        s.file("/proc/modules", kModulesNone);
        NvmlInfo n;
        n.state = FactState::Absent;
        n.error = "libnvidia-ml.so.1: cannot open shared object file";
        s.nvml(n);
        s.packages("");
        auto host = s.open();
        QVERIFY(host);
        const DriverFacts f = probeDriver(*host, 2000);
        QCOMPARE(f.state, FactState::Absent);
        QCOMPARE(f.status, DriverStatus::NotInstalled);
        QVERIFY(!f.kernelModuleLoaded);
        QCOMPARE(f.smiError.kind, SmiError::NotInstalled);
        QCOMPARE(f.smiCalls, 1); // not installed: no point asking for the table
        QVERIFY(f.gpus.isEmpty());
        QVERIFY(f.packages.isEmpty());
        QCOMPARE(f.packagesState, FactState::Found);
        QVERIFY(f.cudaVersion.isEmpty());
        QVERIFY(describes(f, "No NVIDIA driver is loaded (no /proc/driver/nvidia)"));
        QVERIFY(describes(f, "No NVIDIA driver packages are installed"));
        QVERIFY(describes(f, "nvidia-smi is not installed"));
    }

    void nouveauWithPackagesNotLoaded()
    {
        Snap s;
        s.file("/proc/modules", kModulesNouveau);
        NvmlInfo n;
        n.state = FactState::Broken;
        n.error = "Driver Not Loaded";
        s.nvml(n);
        s.command(smiXmlArgv(), 9,
                  fixture("nvidia-smi/errors/driver-not-loaded_couldnt-communicate.txt"));
        s.packages("nvidia-driver-535\t535.183.01-0ubuntu0.22.04.1\tinstall ok installed\n"
                   "nvidia-dkms-535\t535.183.01-0ubuntu0.22.04.1\tinstall ok installed\n");
        auto host = s.open();
        QVERIFY(host);
        RecordingHost rec(*host);
        const DriverFacts f = probeDriver(rec, 2000);
        QCOMPARE(f.status, DriverStatus::NouveauInUse);
        QCOMPARE(f.state, FactState::Broken);
        QVERIFY(f.nouveauLoaded);
        QVERIFY(!f.nvidiaLoaded);
        QVERIFY(!f.kernelModuleLoaded);
        QCOMPARE(f.smiError.kind, SmiError::DriverNotLoaded);
        QCOMPARE(smiRuns(rec), 1); // the same error would come from every other nvidia-smi call
        QCOMPARE(f.packages.size(), 2);
        QCOMPARE(f.libraryVersion, QStringLiteral("535.183.01")); // from the package
        QVERIFY(f.reason.contains("nouveau"));
        QVERIFY(describes(f, "The open-source nouveau driver is loaded"));
        QVERIFY(describes(f, "No NVIDIA driver is loaded (no /proc/driver/nvidia)"));
    }

    void nouveauWithoutPackages()
    {
        Snap s;
        s.file("/proc/modules", kModulesNouveau);
        s.packages("");
        auto host = s.open();
        const DriverFacts f = probeDriver(*host, 2000);
        QCOMPARE(f.status, DriverStatus::NouveauInUse);
        QCOMPARE(f.state, FactState::Absent);
    }

    void installedNotLoaded()
    {
        // Secure Boot refused the module: packages there, no nouveau (blacklisted), no nvidia.
        Snap s;
        s.file("/proc/modules", kModulesNone);
        s.command(smiXmlArgv(), 9,
                  fixture("nvidia-smi/errors/driver-not-loaded_couldnt-communicate.txt"));
        s.packages("nvidia-driver-550\t550.120-0ubuntu0.24.04.1\tinstall ok installed\n");
        auto host = s.open();
        const DriverFacts f = probeDriver(*host, 2000);
        QCOMPARE(f.status, DriverStatus::InstalledNotLoaded);
        QCOMPARE(f.state, FactState::Broken);
    }

    void upgradedWithoutReboot()
    {
        Snap s;
        s.file("/proc/driver/nvidia/version", kProc535);
        s.file("/proc/modules", kModulesNvidia);
        NvmlInfo n;
        n.state = FactState::Broken;
        n.error = "RM has detected an NVML/RM version mismatch.";
        s.nvml(n);
        s.command(smiXmlArgv(), 18,
                  "Failed to initialize NVML: Driver/library version mismatch\nNVML library "
                  "version: 535.183.01\n");
        s.packages("nvidia-driver-535\t535.183.01-0ubuntu0.22.04.1\tinstall ok installed\n"
                   "libnvidia-compute-535\t535.183.01-0ubuntu0.22.04.1\tinstall ok installed\n");
        auto host = s.open();
        RecordingHost rec(*host);
        const DriverFacts f = probeDriver(rec, 2000);
        QCOMPARE(f.status, DriverStatus::VersionMismatch);
        QCOMPARE(f.state, FactState::Broken);
        QCOMPARE(f.kernelVersion, QStringLiteral("535.154.05"));
        QCOMPARE(f.libraryVersion, QStringLiteral("535.183.01"));
        QCOMPARE(f.smiError.kind, SmiError::VersionMismatch);
        QCOMPARE(f.smiError.nvmlLibraryVersion, QStringLiteral("535.183.01"));
        QCOMPARE(smiRuns(rec), 1);
        QVERIFY(f.reason.contains("535.154.05"));
        QVERIFY(f.reason.contains("535.183.01"));
        QVERIFY(f.reason.contains("reboot"));
        QVERIFY(describes(f, "Driver library (user space) version 535.183.01"));
    }

    void mismatchFromPackagesOnly()
    {
        // The legacy one-line message: the package tells the new version.
        Snap s;
        s.file("/proc/driver/nvidia/version", kProc535);
        s.file("/proc/modules", kModulesNvidia);
        s.command(smiXmlArgv(), 18,
                  fixture("nvidia-smi/errors/nvml-version-mismatch_legacy-460.txt"));
        s.packages("libnvidia-compute-535\t535.183.01-0ubuntu0.22.04.1\tinstall ok installed\n");
        auto host = s.open();
        const DriverFacts f = probeDriver(*host, 2000);
        QCOMPARE(f.status, DriverStatus::VersionMismatch);
        QCOMPARE(f.libraryVersion, QStringLiteral("535.183.01"));
    }

    void smiTimedOut()
    {
        Snap s;
        s.file("/proc/driver/nvidia/version", kProc535);
        s.file("/proc/modules", kModulesNvidia);
        s.hang(smiXmlArgv());
        s.hang(smiTableArgv());
        s.hang(smiCsvArgv());
        s.packages("nvidia-driver-535\t535.154.05-0ubuntu0.22.04.1\tinstall ok installed\n");
        auto host = s.open();
        RecordingHost rec(*host);
        QElapsedTimer t;
        t.start();
        const DriverFacts f = probeDriver(rec, 300);
        const qint64 ms = t.elapsed();
        QCOMPARE(smiRuns(rec), 1);
        QCOMPARE(f.smiCalls, 1);
        QVERIFY2(ms >= 290 && ms < 900, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
        QVERIFY(f.smiTimedOut);
        QCOMPARE(f.smiError.kind, SmiError::TimedOut);
        QCOMPARE(f.status, DriverStatus::SmiTimedOut);
        QCOMPARE(f.state, FactState::Broken);
        QVERIFY(f.reason.contains("300 ms"));
        QVERIFY(describes(f, "nvidia-smi timed out and was not asked again"));
        bool said = false;
        for (const Evidence &e : f.evidence)
            said |= e.source == "nvidia-smi -q -x" && e.detail.contains("not asked again");
        QVERIFY(said);
    }

    void migA100()
    {
        Snap s;
        s.file("/proc/driver/nvidia/version",
               "NVRM version: NVIDIA UNIX x86_64 Kernel Module  535.54.03  Tue Jun  6 22:20:39 UTC "
               "2023\n"
               "GCC version:  gcc version 11.3.0 (Ubuntu 11.3.0-1ubuntu1~22.04.1)\n");
        s.file("/proc/modules", kModulesNvidia);
        s.command(smiXmlArgv(), 0,
                  fixture("nvidia-smi/xml/telegraf_a100-sxm4-mig_535.54.03_v12.xml"));
        s.packages("nvidia-driver-535-server\t535.54.03-0ubuntu0.22.04.1\tinstall ok installed\n");
        auto host = s.open();
        const DriverFacts f = probeDriver(*host, 2000);
        QCOMPARE(f.status, DriverStatus::Ok);
        QCOMPARE(f.state, FactState::Found);
        QCOMPARE(f.cudaVersion, QStringLiteral("12.2"));
        QCOMPARE(f.libraryVersion, QStringLiteral("535.54.03"));
        QCOMPARE(f.gpus.size(), 1);
        QCOMPARE(f.gpus[0].name, QStringLiteral("NVIDIA A100-SXM4-80GB"));
        QCOMPARE(f.gpus[0].memoryTotalMiB, qint64(81920));
        QCOMPARE(f.gpus[0].migMode, QStringLiteral("Enabled"));
        QCOMPARE(f.gpus[0].migDevices, 4);
        QCOMPARE(f.gpus[0].serial, QStringLiteral("1650522003820"));
        QVERIFY(describes(f, "MIG enabled (4 MIG devices)"));
    }

    void brokenXmlFallsBackToTable()
    {
        Snap s;
        s.file("/proc/driver/nvidia/version",
               "NVRM version: NVIDIA UNIX Open Kernel Module for x86_64  535.161.07  Release Build "
               " (dvs-builder@U16-T02-35-3)  Sat Feb 17 22:55:48 UTC 2024\n");
        s.file("/proc/modules", kModulesNvidia);
        s.command(smiXmlArgv(), 0,
                  "<?xml version=\"1.0\" ?>\n<!DOCTYPE nvidia_smi_log SYSTEM "
                  "\"nvsmi_device_v12.dtd\">\n<garbage");
        s.command(smiTableArgv(), 0, fixture("nvidia-smi/table/gls_GTX1050Ti.txt"));
        s.packages("nvidia-driver-535-open\t535.161.07-0ubuntu0.22.04.1\tinstall ok installed\n");
        auto host = s.open();
        RecordingHost rec(*host);
        const DriverFacts f = probeDriver(rec, 2000);
        QCOMPARE(smiRuns(rec), 2);
        QCOMPARE(f.smiSource, QStringLiteral("table"));
        QCOMPARE(f.smiVersion, QStringLiteral("535.161.07"));
        QCOMPARE(f.status, DriverStatus::Ok);
        QVERIFY(f.openKernelModule);
        QCOMPARE(f.cudaVersion, QStringLiteral("12.2"));
        QCOMPARE(f.gpus.size(), 1);
        QCOMPARE(f.gpus[0].name, QStringLiteral("NVIDIA GeForce GTX 1050 Ti"));
        QCOMPARE(f.gpus[0].memoryTotalMiB, qint64(4096));
        QVERIFY(describes(f, "(open, x86_64, built Sat Feb 17 22:55:48 UTC 2024)"));
    }

    void tableAlsoBrokenFallsBackToCsv()
    {
        Snap s;
        s.file("/proc/driver/nvidia/version", kProc535);
        s.command(smiXmlArgv(), 3, "", "Segmentation fault\n");
        s.command(smiTableArgv(), 3, "", "Segmentation fault\n");
        s.command(smiCsvArgv(), 0,
                  "0, NVIDIA GeForce RTX 3060, 00000000:01:00.0, 535.154.05, 12288, 8.6\n");
        s.packages("");
        auto host = s.open();
        RecordingHost rec(*host);
        const DriverFacts f = probeDriver(rec, 2000);
        QCOMPARE(smiRuns(rec), 3);
        QCOMPARE(f.smiSource, QStringLiteral("csv"));
        QCOMPARE(f.status, DriverStatus::Ok);
        QVERIFY(!f.modulesRead); // no /proc/modules in this snapshot
        QCOMPARE(f.gpus[0].computeCapability, QStringLiteral("8.6"));
        QCOMPARE(f.gpus[0].busId, QStringLiteral("00000000:01:00.0"));
        QVERIFY(f.cudaVersion.isEmpty()); // neither the CSV nor NVML told
    }

    void noDevicesAndGpuLost_data()
    {
        QTest::addColumn<QString>("errorFile");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("status");
        QTest::newRow("no-devices")
            << "no-devices-were-found.txt" << 6 << int(DriverStatus::NoDevices);
        QTest::newRow("gpu-lost") << "device-handle-gpu-is-lost.txt" << 15
                                  << int(DriverStatus::GpuLost);
        QTest::newRow("container-nvml") << "nvml-unknown-error_container-after-daemon-reload.txt"
                                        << 255 << int(DriverStatus::NvmlBroken);
        QTest::newRow("handle-unknown") << "device-handle-unknown-error_2024-format-no-space.txt"
                                        << 15 << int(DriverStatus::NvmlBroken);
        QTest::newRow("nvml-missing")
            << "libnvidia-ml-not-found.txt" << 12 << int(DriverStatus::NvmlBroken);
    }
    void noDevicesAndGpuLost()
    {
        QFETCH(QString, errorFile);
        QFETCH(int, exitCode);
        QFETCH(int, status);
        Snap s;
        s.file("/proc/driver/nvidia/version", kProc535);
        s.file("/proc/modules", kModulesNvidia);
        s.command(smiXmlArgv(), exitCode, fixture("nvidia-smi/errors/" + errorFile));
        s.packages("nvidia-driver-535\t535.154.05-0ubuntu0.22.04.1\tinstall ok installed\n");
        auto host = s.open();
        RecordingHost rec(*host);
        const DriverFacts f = probeDriver(rec, 2000);
        QCOMPARE(int(f.status), status);
        QCOMPARE(f.state, FactState::Broken);
        QCOMPARE(smiRuns(rec), 1);
        QVERIFY(!f.reason.isEmpty());
    }

    void wslWithoutProc()
    {
        // WSL2: no /proc/driver/nvidia, yet nvidia-smi (from the Windows driver) works.
        Snap s;
        s.command(smiXmlArgv(), 3, "", "Segmentation fault\n");
        s.command(
            smiTableArgv(), 0,
            fixture(
                "nvidia-smi/table/feuyeux_wsl2_rtx4060-laptop_smi-555.42.06_driver-555.85.txt"));
        auto host = s.open();
        const DriverFacts f = probeDriver(*host, 2000);
        QCOMPARE(f.status, DriverStatus::Ok);
        QCOMPARE(f.libraryVersion, QStringLiteral("555.85"));
        QCOMPARE(f.smiVersion, QStringLiteral("555.42.06"));
        QCOMPARE(f.cudaVersion, QStringLiteral("12.5"));
        QCOMPARE(f.packagesState, FactState::Absent); // no dpkg-query in this snapshot
        QVERIFY(describes(f, "WSL or a container"));
        QVERIFY(!describes(f, "No NVIDIA driver is loaded"));
    }

    void nvmlOnly()
    {
        // nvidia-smi missing, NVML answers: GPUs and CUDA version come from NVML.
        Snap s;
        s.file("/proc/driver/nvidia/version", kProc535);
        s.nvml(nvml535());
        auto host = s.open();
        const DriverFacts f = probeDriver(*host, 2000);
        QCOMPARE(f.status, DriverStatus::Ok);
        QCOMPARE(f.cudaVersion, QStringLiteral("12.2"));
        QCOMPARE(f.gpus.size(), 1);
        QCOMPARE(f.gpus[0].computeCapability, QStringLiteral("8.6"));
        QCOMPARE(f.libraryVersion, QStringLiteral("535.154.05"));
    }

    void helpers()
    {
        QCOMPARE(cudaVersionFromInt(12040), QStringLiteral("12.4"));
        QCOMPARE(cudaVersionFromInt(11080), QStringLiteral("11.8"));
        QCOMPARE(cudaVersionFromInt(0), QString());
        QCOMPARE(driverVersionFromNvml("12.535.154.05"), QStringLiteral("535.154.05"));
        QCOMPARE(driverVersionFromNvml("13.595.84"), QStringLiteral("595.84"));
        QCOMPARE(driverVersionFromNvml("535.154.05"), QStringLiteral("535.154.05"));
        QCOMPARE(parseProcModules(kModulesNvidia).size(), 5);
        QCOMPARE(smiCsvArgv().join(' '),
                 QStringLiteral(
                     "nvidia-smi "
                     "--query-gpu=index,name,pci.bus_id,driver_version,memory.total,compute_cap "
                     "--format=csv,noheader,nounits"));
        QCOMPARE(driverStatusName(DriverStatus::InstalledNotLoaded),
                 QStringLiteral("installed-not-loaded"));
    }

    // Which driver flavours have Canonical's signed prebuilt modules for the running kernel's
    // series and flavour (any ABI: ubuntu-drivers follows the kernel metapackage).
    void prebuiltModules_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<QString>("flavours");
        const QString all535 = "470,470-server,525,525-open,525-server,535,535-open,535-server,"
                               "535-server-open,545,545-open";
        QTest::newRow("running ABI") << "5.15.0-91-generic" << all535;
        QTest::newRow("older ABI of the series counts") << "5.15.0-87-generic" << all535;
        QTest::newRow("lowlatency flavour") << "5.15.0-91-lowlatency" << all535;
        QTest::newRow("hwe kernel")
            << "6.5.0-14-generic"
            << "470,470-server,535,535-open,535-server,535-server-open,545,545-open";
        QTest::newRow("other flavour: none") << "5.15.0-1045-oem"
                                             << "";
        QTest::newRow("mainline kernel: none") << "6.9.0-060900-generic"
                                               << "";
        QTest::newRow("custom kernel name") << "6.8.12-custom"
                                            << "";
    }
    void prebuiltModules()
    {
        QFETCH(QString, kernel);
        QFETCH(QString, flavours);
        const PrebuiltModules p = parsePrebuiltModules(
            fixture("apt/composed_jammy-2024-01_apt-cache-pkgnames_linux-modules-nvidia.txt"),
            kernel);
        QVERIFY(p.checked);
        QCOMPARE(p.state, FactState::Found);
        QCOMPARE(p.kernel, kernel);
        QCOMPARE(p.flavours.join(','), flavours);
        QVERIFY(!p.flavours.contains("580")); // lists of January 2024: no 580 branch yet
    }

    // Through the host: the snapshot's answer, an apt-cache that fails says unknown.
    void prebuiltModulesProbe()
    {
        Snap s;
        s.command(prebuiltModulesArgv(), 0,
                  "linux-modules-nvidia-580-6.8.0-52-generic\n"
                  "linux-modules-nvidia-580-open-6.8.0-52-generic\n"
                  "linux-modules-nvidia-580-generic-hwe-22.04\n");
        auto host = s.open();
        QVERIFY(host);
        Evidence e;
        const PrebuiltModules p = probePrebuiltModules(*host, "6.8.0-45-generic", 2000, &e);
        QCOMPARE(p.flavours, (QStringList{"580", "580-open"}));
        QCOMPARE(e.source, QStringLiteral("apt-cache pkgnames linux-modules-nvidia-"));
        QVERIFY(e.detail.contains("580-open"));
        Snap none; // apt-cache not in the snapshot: cannot tell
        auto bare = none.open();
        const PrebuiltModules u = probePrebuiltModules(*bare, "6.8.0-45-generic", 2000, &e);
        QVERIFY(u.checked);
        QCOMPARE(u.state, FactState::Unknown);
        QVERIFY(u.flavours.isEmpty());
    }

    // probeAll asks apt only on Ubuntu with Secure Boot on and no working driver.
    void prebuiltAskedOnlyWhereItMatters_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("asked");
        QTest::newRow("laptop, Secure Boot, nouveau") << "laptop-hybrid-nouveau-secureboot" << true;
        QTest::newRow("working driver") << "ubuntu2204-rtx3060-drv535" << false;
        QTest::newRow("no Secure Boot") << "vm-ubuntu2404-nogpu" << false;
    }
    void prebuiltAskedOnlyWhereItMatters()
    {
        QFETCH(QString, host);
        QFETCH(bool, asked);
        QString error;
        auto h = SnapshotHost::open(hostsDir() + "/" + host, &error);
        QVERIFY2(h, qPrintable(error));
        const Facts f = probeAll(*h);
        QCOMPARE(f.driver.prebuilt.checked, asked);
        if (asked) {
            QCOMPARE(f.driver.prebuilt.state, FactState::Found);
            QCOMPARE(f.driver.prebuilt.kernel, QStringLiteral("5.15.0-91-generic"));
            QVERIFY(f.driver.prebuilt.flavours.contains("535"));
            QVERIFY(!f.driver.prebuilt.flavours.contains("580"));
        }
    }
};

QTEST_GUILESS_MAIN(TestDriverProbe)
#include "tst_driverprobe.moc"
