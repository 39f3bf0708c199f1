// The GPU probe: lspci output (every fixture), pci.ids names, the GPU catalog, and the sysfs
// probe over snapshots laid out like a real /sys (device dirs, bus symlinks, driver links).
#include "TestSnapshot.h"
#include "host/SnapshotHost.h"
#include "knowledge/GpuCatalog.h"
#include "probe/GpuProbe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace gpusetup;
using namespace gpusetup::test;

namespace {

// A pci.ids in the real format: comments, vendors, devices, subsystems, a device id that
// another vendor also uses, CRLF line ends on one line, and the class section.
const QByteArray kSmallPciIds =
    "#\n#\tList of PCI ID's\n#\n"
    "# Syntax:\n# vendor  vendor_name\n#\tdevice  device_name\n"
    "1002  Advanced Micro Devices, Inc. [AMD/ATI]\n"
    "\t73bf  Navi 21 [Radeon RX 6800/6800 XT / 6900 XT]\n"
    "10de  NVIDIA Corporation\n"
    "\t1b81  GP104 [GeForce GTX 1070]\n"
    "\t1eb8  TU104GL [Tesla T4]\n"
    "\t1f91  TU117M [GeForce GTX 1650 Mobile / Max-Q]\n"
    "# a comment between devices\n"
    "\t2204  GA102 [GeForce RTX 3090]\n"
    "\t2503  GA106 [GeForce RTX 3060]\r\n"
    "\t2504  GA106 [GeForce RTX 3060 Lite Hash Rate]\n"
    "\t\t1462  397d  GeForce RTX 3060 VENTUS 2X 12G OC\n" // two spaces: tolerated
    "\t\t10de 1467  GA106 [GeForce RTX 3060]\n"
    "103c  Hewlett-Packard Company\n"
    "1093  National Instruments\n"
    "\t2504  PXI-2504 Signal Interrogator\n"
    "1462  Micro-Star International Co., Ltd. [MSI]\n"
    "1a03  ASPEED Technology, Inc.\n"
    "\t2000  ASPEED Graphics Family\n"
    "8086  Intel Corporation\n"
    "\t3e92  CoffeeLake-S GT2 [UHD Graphics 630]\n"
    "\t9bc4  CometLake-H GT2 [UHD Graphics]\n"
    "\n"
    "# List of known device classes\n"
    "C 03  Display controller\n"
    "\t00  VGA compatible controller\n"
    "\t\t00  VGA controller\n"
    "\t02  3D controller\n"
    "\t80  Display controller\n"
    "C 04  Multimedia controller\n"
    "\t03  Audio device\n";

struct PciFn
{
    QString slot;
    QString cls;    // "0x030000"
    QString vendor; // "0x10de"
    QString device;
    QString driver; // "" = none bound
    bool bootVga = false;
    QString subVendor = QStringLiteral("0x0000");
    QString subDevice = QStringLiteral("0x0000");
};

} // namespace

class TestGpuProbe : public QObject
{
    Q_OBJECT
private:
    // A snapshot whose fs/ holds PCI functions the way sysfs does: the device directory under
    // /sys/devices/pci0000:00/, a relative symlink to it from /sys/bus/pci/devices/, and a
    // relative `driver` symlink to /sys/bus/pci/drivers/<name>.
    static void makeSysfs(const QString &root, const QList<PciFn> &fns, const QByteArray &pciIds,
                          const QString &pciIdsPath = QStringLiteral("/usr/share/misc/pci.ids"))
    {
        const QString fs = root + "/fs";
        writeFile(root + "/host.json",
                  R"({"user":"student","home":"/home/student","env":{"PATH":"/usr/bin"}})");
        QDir().mkpath(fs + "/sys/bus/pci/devices");
        for (const PciFn &p : fns) {
            const QString dev = fs + "/sys/devices/pci0000:00/" + p.slot;
            writeFile(dev + "/class", p.cls.toLatin1() + "\n");
            writeFile(dev + "/vendor", p.vendor.toLatin1() + "\n");
            writeFile(dev + "/device", p.device.toLatin1() + "\n");
            writeFile(dev + "/subsystem_vendor", p.subVendor.toLatin1() + "\n");
            writeFile(dev + "/subsystem_device", p.subDevice.toLatin1() + "\n");
            if (p.cls.startsWith("0x03")) writeFile(dev + "/boot_vga", p.bootVga ? "1\n" : "0\n");
            makeLink("../../../devices/pci0000:00/" + p.slot,
                     fs + "/sys/bus/pci/devices/" + p.slot);
            if (!p.driver.isEmpty()) {
                QDir().mkpath(fs + "/sys/bus/pci/drivers/" + p.driver);
                makeLink("../../../bus/pci/drivers/" + p.driver, dev + "/driver");
            }
        }
        if (!pciIds.isNull()) writeFile(fs + pciIdsPath, pciIds);
    }

    static PciFn hostBridge()
    {
        return {"0000:00:00.0", "0x060000", "0x8086", "0x3e0f", "", false};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(GpuCatalog::builtin().loadError().isEmpty(),
                 qPrintable(GpuCatalog::builtin().loadError()));
    }

    // ---------------------------------------------------------------- lspci fixtures
    void lspciFixtures_data()
    {
        QTest::addColumn<QString>("file");
        // Every device line: slot, class id, "vendor:device" ids, device name, driver, revision.
        QTest::addColumn<QStringList>("pciSlots");
        QTest::addColumn<QStringList>("classIds");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QStringList>("deviceNames");
        QTest::addColumn<QStringList>("drivers");
        QTest::addColumn<QStringList>("revisions");
        // The GPU facts built from it: NVIDIA count, hybrid, catalog name and architecture per
        // display device (the architecture from any source: catalog, id table, chip code).
        QTest::addColumn<int>("nvidiaCount");
        QTest::addColumn<bool>("hybrid");
        QTest::addColumn<QStringList>("catalogNames");
        QTest::addColumn<QStringList>("architectures");
        m_rowFiles.clear();
        auto row = [this](const char *file) -> QTestData & {
            m_rowFiles << QString::fromLatin1(file);
            return QTest::newRow(file) << QString::fromLatin1(file);
        };

        // Old pci.ids: no name, only "Device 1eb8"; no -nn, so the ids come from the text.
        row("deepracer_aws-g4dn-t4_lspci-grep-3d.txt")
            << QStringList{"00:1e.0"} << QStringList{"0302"} << QStringList{"10de:1eb8"}
            << QStringList{"Device 1eb8"} << QStringList{""} << QStringList{"a1"} << 1 << false
            << QStringList{"Tesla T4"} << QStringList{"Turing"};
        row("issue-bigdata133_lspci-grep-nvidia_domain-prefix_unknown-device-1db6_partial.txt")
            << QStringList{"0000:5a:00.0", "0000:5e:00.0"} << QStringList{"0302", "0302"}
            << QStringList{"10de:1db6", "10de:1db6"} << QStringList{"Device 1db6", "Device 1db6"}
            << QStringList{"", ""} << QStringList{"a1", "a1"} << 2 << false
            << QStringList{"Tesla V100 PCIe 16GB/32GB", "Tesla V100 PCIe 16GB/32GB"}
            << QStringList{"Volta", "Volta"};
        // An Intel iGPU without a name, a 3D controller MX130, an eGPU, and a PCI bridge.
        row("issue-egpuswitcher22_lspci-nn-grep-vga-3d_laptop-intel-mx130-plus-egpu-gtx970.txt")
            << QStringList{"00:02.0", "00:1c.5", "02:00.0", "08:00.0"}
            << QStringList{"0300", "0604", "0302", "0300"}
            << QStringList{"8086:3e9b", "8086:a33d", "10de:174d", "10de:13c2"}
            << QStringList{"Device", "Device", "GM108M [GeForce MX130]", "GM204 [GeForce GTX 970]"}
            << QStringList{"", "", "", ""} << QStringList{"", "f0", "a2", "a1"} << 2 << true
            << QStringList{"", "", ""} << QStringList{"", "Maxwell", "Maxwell"};
        row("issue-gpupassthrough6_lspci-nnk_hp-laptop-gtx1650-mobile.txt")
            << QStringList{"01:00.0", "01:00.1"} << QStringList{"0300", "0403"}
            << QStringList{"10de:1f91", "10de:10fa"}
            << QStringList{"TU117M [GeForce GTX 1650 Mobile / Max-Q]", "Device"}
            << QStringList{"nvidia", "snd_hda_intel"} << QStringList{"a1", "a1"} << 1 << false
            << QStringList{"GeForce GTX 1650"} << QStringList{"Turing"};
        row("issue-hyprland6715_lspci-vnn-vga-line_rtx3080.txt")
            << QStringList{"01:00.0"} << QStringList{"0300"} << QStringList{"10de:2206"}
            << QStringList{"GA102 [GeForce RTX 3080]"} << QStringList{""} << QStringList{"a1"} << 1
            << false << QStringList{"GeForce RTX 3080 10GB"} << QStringList{"Ampere"};
        // `lspci -d ::03xx` without -nn: no device ids, the NVIDIA card is found by name.
        row("issue-hyprlandwiki1041_lspci-d-03xx_intel-display-controller-plus-rtx3080ti.txt")
            << QStringList{"00:02.0", "01:00.0"} << QStringList{"0380", "0300"}
            << QStringList{"8086:", "10de:"}
            << QStringList{"AlderLake-S GT1", "GA102 [GeForce RTX 3080 Ti]"} << QStringList{"", ""}
            << QStringList{"0c", "a1"} << 1 << true << QStringList{"", "GeForce RTX 3080 Ti"}
            << QStringList{"", "Ampere"};
        row("issue-nvidiux10_lspci-vnn-grep-vga_gtx560ti_old-lspci-no-space-before-rev.txt")
            << QStringList{"01:00.0"} << QStringList{"0300"} << QStringList{"10de:1200"}
            << QStringList{"GF114 [GeForce GTX 560 Ti]"} << QStringList{""} << QStringList{"a1"}
            << 1 << false << QStringList{""} << QStringList{""};
        row("mkpmb_geforce-9600gt_nouveau_lspci-ks.txt")
            << QStringList{"05:00.0"} << QStringList{"0300"} << QStringList{"10de:"}
            << QStringList{"G94 [GeForce 9600 GT]"} << QStringList{"nouveau"} << QStringList{"a1"}
            << 1 << false << QStringList{""} << QStringList{""};
    }
    void lspciFixtures()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, pciSlots);
        QFETCH(QStringList, classIds);
        QFETCH(QStringList, ids);
        QFETCH(QStringList, deviceNames);
        QFETCH(QStringList, drivers);
        QFETCH(QStringList, revisions);
        QFETCH(int, nvidiaCount);
        QFETCH(bool, hybrid);
        QFETCH(QStringList, catalogNames);
        QFETCH(QStringList, architectures);

        const QByteArray text = fixture(QStringLiteral("lspci/") + file);
        QVERIFY(!text.isEmpty());
        const QList<LspciDevice> devices = parseLspci(QString::fromUtf8(text));
        QCOMPARE(devices.size(), pciSlots.size());
        for (int i = 0; i < devices.size(); ++i) {
            const LspciDevice &d = devices[i];
            QCOMPARE(d.slot, pciSlots[i]);
            QCOMPARE(d.classId, classIds[i]);
            QCOMPARE(d.vendorId + ":" + d.deviceId, ids[i]);
            QCOMPARE(d.deviceName, deviceNames[i]);
            QCOMPARE(d.driver, drivers[i]);
            QCOMPARE(d.revision, revisions[i]);
            QVERIFY(!d.className.isEmpty());
            QVERIFY2(!d.name.contains("(rev") && !d.name.contains("prog-if") &&
                         !d.name.contains("[10de:"),
                     qPrintable(d.name));
        }

        const GpuFacts f = gpuFactsFromLspci(QString::fromUtf8(text), "pasted lspci");
        QCOMPARE(f.state, FactState::Found);
        QCOMPARE(f.nvidiaCount, nvidiaCount);
        QCOMPARE(f.hybrid, hybrid);
        QCOMPARE(f.gpus.size(), catalogNames.size());
        for (int i = 0; i < f.gpus.size(); ++i) {
            QCOMPARE(f.gpus[i].catalogName, catalogNames[i]);
            QCOMPARE(f.gpus[i].architecture, architectures[i]);
            QCOMPARE(f.gpus[i].known, !architectures[i].isEmpty());
            QVERIFY(f.gpus[i].slot.startsWith("0000:"));
        }
        QVERIFY(!f.evidence.isEmpty());
        QVERIFY(!describeGpus(f).isEmpty());
    }

    // Runs after lspciFixtures_data(): a fixture added to the folder without a row fails here.
    void lspciFixturesAllCovered()
    {
        const QStringList files = fixtureFiles(QStringLiteral("lspci"));
        QCOMPARE(files.size(), 8);
        QCOMPARE(m_rowFiles.size(), files.size());
        for (const QString &f : files)
            QVERIFY2(m_rowFiles.contains(f), qPrintable("no _data() row for fixture " + f));
    }

    void lspciDetails()
    {
        // The -k detail lines: subsystem with ids, driver in use, modules.
        const auto hp = parseLspci(QString::fromUtf8(fixture(
            QStringLiteral("lspci/issue-gpupassthrough6_lspci-nnk_hp-laptop-gtx1650-mobile.txt"))));
        QCOMPARE(hp.size(), 2);
        QCOMPARE(hp[0].subsystem, QStringLiteral("Hewlett-Packard Company Device"));
        QCOMPARE(hp[0].subsystemVendorId, QStringLiteral("103c"));
        QCOMPARE(hp[0].subsystemDeviceId, QStringLiteral("85fc"));
        QCOMPARE(hp[0].modules, (QStringList{"nouveau", "nvidia_drm", "nvidia"}));
        QCOMPARE(hp[0].vendorName, QStringLiteral("NVIDIA Corporation"));
        QCOMPARE(hp[0].className, QStringLiteral("VGA compatible controller"));
        QVERIFY(hp[0].isDisplay());
        QVERIFY(!hp[1].isDisplay());
        QCOMPARE(hp[0].fullSlot(), QStringLiteral("0000:01:00.0"));

        const auto asus = parseLspci(QString::fromUtf8(
            fixture(QStringLiteral("lspci/mkpmb_geforce-9600gt_nouveau_lspci-ks.txt"))));
        QCOMPARE(asus[0].subsystem, QStringLiteral("ASUSTeK Computer Inc. G94 [GeForce 9600 GT]"));
        QCOMPARE(asus[0].subsystemVendorId, QString());
        QCOMPARE(asus[0].modules, (QStringList{"nvidiafb", "nouveau"}));

        const auto intel = parseLspci(QString::fromUtf8(fixture(QStringLiteral(
            "lspci/"
            "issue-hyprlandwiki1041_lspci-d-03xx_intel-display-controller-plus-rtx3080ti.txt"))));
        QCOMPARE(intel[0].className, QStringLiteral("Display controller"));
        QVERIFY(intel[0].isDisplay());
        QCOMPARE(intel[0].vendorName, QStringLiteral("Intel Corporation"));
    }

    void lspciEdgeCases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("firstIds");
        QTest::addColumn<QString>("firstName");
        QTest::newRow("empty") << "" << 0 << ""
                               << "";
        QTest::newRow("garbage")
            << "hello world\n$ lspci | grep VGA\nbash: lspci: command not found\n"
            << 0 << ""
            << "";
        QTest::newRow("numeric -n") << "01:00.0 0300: 10de:2206 (rev a1)\n"
                                    << 1 << "10de:2206"
                                    << "";
        QTest::newRow("crlf + prompt")
            << "$ lspci -nn\r\n01:00.0 VGA compatible controller [0300]: NVIDIA Corporation GA102 "
               "[GeForce RTX 3090] [10de:2204] (rev a1)\r\n"
            << 1 << "10de:2204"
            << "NVIDIA Corporation GA102 [GeForce RTX 3090]";
        QTest::newRow("truncated line")
            << "01:00.0 VGA compatible controller [0300]: NVIDIA Corporation GA1" << 1 << "10de:"
            << "NVIDIA Corporation GA1";
        QTest::newRow("detail before header") << "\tKernel driver in use: nvidia\n"
                                              << 0 << ""
                                              << "";
        QTest::newRow("unknown vendor")
            << "00:02.0 VGA compatible controller [0300]: Device [1234:1111] (rev 02)\n"
            << 1 << "1234:1111"
            << "Device";
    }
    void lspciEdgeCases()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        QFETCH(QString, firstIds);
        QFETCH(QString, firstName);
        const auto devices = parseLspci(text);
        QCOMPARE(devices.size(), count);
        if (count > 0) {
            QCOMPARE(devices[0].vendorId + ":" + devices[0].deviceId, firstIds);
            QCOMPARE(devices[0].name, firstName);
            QVERIFY(devices[0].isDisplay());
        }
        const GpuFacts f = gpuFactsFromLspci(text, "pasted");
        QCOMPARE(f.state,
                 count == 0 ? FactState::Unknown
                            : (firstIds.startsWith("10de") ? FactState::Found : FactState::Absent));
    }

    // ---------------------------------------------------------------- pci.ids
    void pciIdsSmall()
    {
        const PciIds all = PciIds::parse(kSmallPciIds);
        QCOMPARE(all.vendorName("10de"), QStringLiteral("NVIDIA Corporation"));
        QCOMPARE(all.vendorName("1002"), QStringLiteral("Advanced Micro Devices, Inc. [AMD/ATI]"));
        QCOMPARE(all.deviceName("10de", "1b81"), QStringLiteral("GP104 [GeForce GTX 1070]"));
        QCOMPARE(all.deviceName("10DE", "2503"),
                 QStringLiteral("GA106 [GeForce RTX 3060]")); // CRLF line
        QCOMPARE(all.deviceName("10de", "2504"),
                 QStringLiteral("GA106 [GeForce RTX 3060 Lite Hash Rate]"));
        QCOMPARE(all.deviceName("1093", "2504"), QStringLiteral("PXI-2504 Signal Interrogator"));
        QCOMPARE(all.subsystemName("10de", "2504", "1462", "397d"),
                 QStringLiteral("GeForce RTX 3060 VENTUS 2X 12G OC"));
        QCOMPARE(all.subsystemName("10de", "2504", "10de", "1467"),
                 QStringLiteral("GA106 [GeForce RTX 3060]"));
        QCOMPARE(all.deviceName("10de", "ffff"), QString());
        QCOMPARE(all.vendorName("abcd"), QString());
        QCOMPARE(all.className("03"), QStringLiteral("Display controller"));
        QCOMPARE(all.className("03", "00"), QStringLiteral("VGA compatible controller"));
        QCOMPARE(all.className("03", "02"), QStringLiteral("3D controller"));
        QCOMPARE(all.className("03", "80"), QStringLiteral("Display controller"));
        QCOMPARE(all.className("04", "03"), QStringLiteral("Audio device"));
        // Class lines never leak into the vendor table (the "C 03" section has "\t00" lines).
        QCOMPARE(all.deviceName("8086", "00"), QString());

        // Filtered: only the asked-for device, its vendor, the subsystem vendor, and classes.
        const PciIds some = PciIds::parse(kSmallPciIds, {"10de:2504", "1462"});
        QCOMPARE(some.deviceName("10de", "2504"),
                 QStringLiteral("GA106 [GeForce RTX 3060 Lite Hash Rate]"));
        QCOMPARE(some.subsystemName("10de", "2504", "1462", "397d"),
                 QStringLiteral("GeForce RTX 3060 VENTUS 2X 12G OC"));
        QCOMPARE(some.vendorName("10de"), QStringLiteral("NVIDIA Corporation"));
        QCOMPARE(some.vendorName("1462"),
                 QStringLiteral("Micro-Star International Co., Ltd. [MSI]"));
        QCOMPARE(some.deviceName("10de", "1b81"), QString());
        QCOMPARE(some.deviceName("1093", "2504"), QString());
        QCOMPARE(some.vendorName("8086"), QString());
        QCOMPARE(some.className("03", "02"), QStringLiteral("3D controller"));

        QVERIFY(PciIds::parse(QByteArray()).isEmpty());
        QVERIFY(PciIds::parse("garbage\n\tmore garbage\n\t\tzz\n").isEmpty());
        // Truncated mid-line: what came before is kept.
        const PciIds cut = PciIds::parse(kSmallPciIds.left(kSmallPciIds.indexOf("1f91") + 11));
        QCOMPARE(cut.deviceName("10de", "1eb8"), QStringLiteral("TU104GL [Tesla T4]"));
        QCOMPARE(cut.deviceName("10de", "1f91"), QStringLiteral("TU117"));

        QCOMPARE(GpuCatalog::marketingName("GA106 [GeForce RTX 3060 Lite Hash Rate]"),
                 QStringLiteral("GeForce RTX 3060 Lite Hash Rate"));
        QCOMPARE(GpuCatalog::marketingName("AlderLake-S GT1"), QStringLiteral("AlderLake-S GT1"));
        QCOMPARE(GpuCatalog::marketingName("TU117M"), QString()); // only the chip
        QCOMPARE(GpuCatalog::marketingName("Device 1eb8"), QString());
        QCOMPARE(pciVendorShortName("10DE"), QStringLiteral("NVIDIA"));
        QCOMPARE(pciVendorShortName("1002"), QStringLiteral("AMD"));
        QCOMPARE(pciVendorShortName("8086"), QStringLiteral("Intel"));
        QCOMPARE(pciVendorShortName("abcd"), QString());
    }

    // The real database of this machine, read through a snapshot like a probe reads it.
    // The pci.ids of a real release (Debian 12's 2023.04.10, shipped in tests/fixtures/pci-ids:
    // the NVIDIA section and the other lines this machine needs), never the one installed
    // here, whose names change with each release.
    void pciIdsReal()
    {
        const QString real = QStringLiteral("/usr/share/misc/pci.ids");
        const QByteArray shipped = fixture("pci-ids/pci.ids-2023.04.10_nvidia-section.txt") +
                                   fixture("pci-ids/pci.ids-2023.04.10_other-vendors.txt");
        QTemporaryDir dir;
        makeSysfs(
            dir.path(),
            {hostBridge(),
             {"0000:00:02.0", "0x030000", "0x8086", "0x3e9b", "i915", true, "0x1028", "0x0000"},
             {"0000:01:00.0", "0x030000", "0x10de", "0x2206", "nvidia", false, "0x1462", "0x3892"},
             {"0000:02:00.0", "0x030000", "0x10de", "0x2504", "nvidia", false, "0x1462", "0x0000"}},
            shipped);
        auto host = SnapshotHost::open(dir.path(), nullptr);
        QVERIFY(host);

        QElapsedTimer t;
        t.start();
        const GpuFacts f = probeGpus(*host, 1000);
        const qint64 probeMs = t.elapsed();
        t.restart();
        const QByteArray data = host->readFile(real).value_or(QByteArray());
        const qint64 readMs = t.elapsed();
        QCOMPARE(data, shipped);
        t.restart();
        const PciIds ids = PciIds::parse(data, {"10de:2206", "8086:3e9b", "1462"});
        const qint64 parseMs = t.elapsed();
        qInfo("shipped pci.ids (%lld bytes): read %lld ms, filtered parse %lld ms, whole probe "
              "%lld ms",
              qint64(data.size()), readMs, parseMs, probeMs);
        QVERIFY2(probeMs < 1000,
                 qPrintable(QString::number(probeMs))); // a sanity bound, not a benchmark

        QCOMPARE(ids.deviceName("10de", "2206"), QStringLiteral("GA102 [GeForce RTX 3080]"));
        QCOMPARE(f.pciIdsFile, real);
        QCOMPARE(f.gpus.size(), 3);
        QCOMPARE(f.gpus[0].deviceName, QStringLiteral("CoffeeLake-H GT2 [UHD Graphics 630]"));
        QCOMPARE(f.gpus[0].name, QStringLiteral("UHD Graphics 630"));
        QCOMPARE(f.gpus[0].vendorName, QStringLiteral("Intel Corporation"));
        QCOMPARE(f.gpus[0].className, QStringLiteral("VGA compatible controller"));
        QCOMPARE(f.gpus[1].deviceName, QStringLiteral("GA102 [GeForce RTX 3080]"));
        QCOMPARE(f.gpus[1].subsystemName, QStringLiteral("RTX 3080 10GB GAMING X TRIO"));
        QCOMPARE(f.gpus[1].catalogName, QStringLiteral("GeForce RTX 3080 10GB"));
        QCOMPARE(f.gpus[1].matchedBy, QStringLiteral("pci-id"));
        // 10de:2504 is not in the catalog: found by its pci.ids name, "Lite Hash Rate" ignored.
        QCOMPARE(f.gpus[2].deviceName, QStringLiteral("GA106 [GeForce RTX 3060 Lite Hash Rate]"));
        QCOMPARE(f.gpus[2].subsystemName,
                 QStringLiteral("Micro-Star International Co., Ltd. [MSI]"));
        QCOMPARE(f.gpus[2].catalogName, QStringLiteral("GeForce RTX 3060"));
        QCOMPARE(f.gpus[2].matchedBy, QStringLiteral("name"));
        QCOMPARE(f.gpus[2].memoryGb, 12);
        QVERIFY(f.hybrid);
        QCOMPARE(f.bootVgaSlot, QStringLiteral("0000:00:02.0"));
    }

    // ---------------------------------------------------------------- catalog
    void catalogLookups_data()
    {
        QTest::addColumn<QString>("pciId");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("architecture");
        QTest::addColumn<QString>("cc");
        QTest::addColumn<int>("memoryGb");
        QTest::addColumn<int>("powerW");
        QTest::addColumn<bool>("powerVerified");
        QTest::newRow("GTX 1070") << "10de:1b81"
                                  << "GeForce GTX 1070"
                                  << "Pascal"
                                  << "6.1" << 8 << 150 << false;
        QTest::newRow("RTX 3060") << "10de:2503"
                                  << "GeForce RTX 3060"
                                  << "Ampere"
                                  << "8.6" << 12 << 170 << true;
        QTest::newRow("RTX 5090") << "10de:2b85"
                                  << "GeForce RTX 5090"
                                  << "Blackwell"
                                  << "12.0" << 32 << 575 << true;
        QTest::newRow("Tesla K80") << "10de:102d"
                                   << "Tesla K80"
                                   << "Kepler"
                                   << "3.7" << 24 << 300 << true;
        QTest::newRow("Tesla T4") << "10de:1eb8"
                                  << "Tesla T4"
                                  << "Turing"
                                  << "7.5" << 16 << 70 << true;
        QTest::newRow("uppercase 0x") << "0x10DE:0x1B81"
                                      << "GeForce GTX 1070"
                                      << "Pascal"
                                      << "6.1" << 8 << 150 << false;
        QTest::newRow("unknown id") << "10de:ffff"
                                    << ""
                                    << ""
                                    << "" << -1 << -1 << false;
        QTest::newRow("GTX 970 (older than the catalog)") << "10de:13c2"
                                                          << ""
                                                          << ""
                                                          << "" << -1 << -1 << false;
        QTest::newRow("not NVIDIA") << "8086:1b81"
                                    << ""
                                    << ""
                                    << "" << -1 << -1 << false;
    }
    void catalogLookups()
    {
        QFETCH(QString, pciId);
        QFETCH(QString, name);
        QFETCH(QString, architecture);
        QFETCH(QString, cc);
        QFETCH(int, memoryGb);
        QFETCH(int, powerW);
        QFETCH(bool, powerVerified);
        const GpuCatalog &c = GpuCatalog::builtin();
        const GpuModel *m = c.findByPciId(pciId.section(':', 0, 0), pciId.section(':', 1));
        if (name.isEmpty()) {
            QVERIFY(!m);
            return;
        }
        QVERIFY(m);
        QCOMPARE(m->name, name);
        QCOMPARE(m->architecture, architecture);
        QCOMPARE(m->computeCapability, cc);
        QCOMPARE(m->memoryGb, memoryGb);
        QCOMPARE(m->boardPowerW, powerW);
        QCOMPARE(m->powerVerified, powerVerified);
        QVERIFY(m->pciDeviceIds.contains(pciId.toLower().remove("0x")));
        QCOMPARE(c.findByName(name), m);
        QCOMPARE(c.findByName("NVIDIA " + name), m);
        const GpuArchitecture *a = c.architectureForComputeCapability(cc);
        QVERIFY(a);
        QCOMPARE(a->name, architecture);
    }

    void catalogByName_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("model"); // "" = no match
        QTest::newRow("nvidia-smi 3060") << "NVIDIA GeForce RTX 3060"
                                         << "GeForce RTX 3060";
        QTest::newRow("plain 3060") << "GeForce RTX 3060"
                                    << "GeForce RTX 3060";
        QTest::newRow("pci.ids LHR") << "GA106 [GeForce RTX 3060 Lite Hash Rate]"
                                     << "GeForce RTX 3060";
        QTest::newRow("lower case, LHR") << "geforce rtx 3060 lhr"
                                         << "GeForce RTX 3060";
        QTest::newRow("3060 with its memory") << "GeForce RTX 3060 12GB"
                                              << "GeForce RTX 3060";
        QTest::newRow("3060 8GB is another card") << "GeForce RTX 3060 8GB"
                                                  << "";
        QTest::newRow("3060 Ti is not 3060") << "NVIDIA GeForce RTX 3060 Ti"
                                             << "GeForce RTX 3060 Ti";
        QTest::newRow("3080 is ambiguous") << "NVIDIA GeForce RTX 3080"
                                           << "";
        QTest::newRow("3080 10GB") << "GeForce RTX 3080 10GB"
                                   << "GeForce RTX 3080 10GB";
        QTest::newRow("1060 6GB") << "NVIDIA GeForce GTX 1060 6GB"
                                  << "GeForce GTX 1060 6GB";
        QTest::newRow("smi V100 32GB") << "Tesla V100-PCIE-32GB"
                                       << "Tesla V100 PCIe 16GB/32GB";
        QTest::newRow("smi V100 SXM2") << "Tesla V100-SXM2-16GB"
                                       << "Tesla V100 SXM2 16GB/32GB";
        QTest::newRow("smi A100 SXM4") << "NVIDIA A100-SXM4-80GB"
                                       << "A100 SXM4 40GB/80GB";
        QTest::newRow("smi A100 80GB PCIe") << "NVIDIA A100 80GB PCIe"
                                            << "A100 PCIe 80GB";
        QTest::newRow("smi T4") << "Tesla T4"
                                << "Tesla T4";
        QTest::newRow("smi L4") << "NVIDIA L4"
                                << "L4";
        QTest::newRow("TITAN RTX") << "NVIDIA TITAN RTX"
                                   << "TITAN RTX";
        QTest::newRow("mobile is not desktop") << "NVIDIA GeForce RTX 3060 Laptop GPU"
                                               << "";
        QTest::newRow("GTX 970") << "GeForce GTX 970"
                                 << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("only vendor") << "NVIDIA Corporation"
                                     << "";
    }
    void catalogByName()
    {
        QFETCH(QString, query);
        QFETCH(QString, model);
        const GpuModel *m = GpuCatalog::builtin().findByName(query);
        QCOMPARE(m ? m->name : QString(), model);
    }

    // Every model is found back by each of its PCI ids, and a name lookup never lands on
    // another model (an ambiguous name finds nothing instead).
    void catalogSelfConsistent()
    {
        const GpuCatalog &c = GpuCatalog::builtin();
        QVERIFY(c.models().size() >= 60);
        QCOMPARE(c.architectures().size(), 10);
        QVERIFY(!c.asOf().isEmpty());
        int byName = 0;
        for (const GpuModel &m : c.models()) {
            QVERIFY2(!m.pciDeviceIds.isEmpty(), qPrintable(m.name));
            for (const QString &id : m.pciDeviceIds)
                QCOMPARE(c.findByPciId(id.left(4), id.mid(5)), &m);
            const GpuModel *n = c.findByName(m.name);
            QVERIFY2(!n || n == &m, qPrintable(m.name + " -> " + n->name));
            byName += n ? 1 : 0;
            QVERIFY(c.architecture(m.architecture));
        }
        QVERIFY2(byName >= c.models().size() - 4, qPrintable(QString::number(byName)));

        const GpuModel *v100 = c.findByPciId("10de", "1db6");
        QVERIFY(v100);
        QCOMPARE(v100->memoryGbVariants, (QList<int>{16, 32}));
        QCOMPARE(v100->memoryGbForPciId("10de:1db6"), 32);
        QCOMPARE(v100->memoryGbForPciId("10de:1db4"), 16);

        const GpuArchitecture *kepler = c.architecture("Kepler");
        QCOMPARE(kepler->cudaLastFor("3.0"), QStringLiteral("10.2"));
        QCOMPARE(kepler->cudaLastFor("3.7"), QStringLiteral("11.8"));
        const GpuArchitecture *ampere = c.architectureForComputeCapability("8.6");
        QCOMPARE(ampere->name, QStringLiteral("Ampere"));
        QCOMPARE(ampere->cudaFirstFor("8.6"), QStringLiteral("11.1"));
        QCOMPARE(ampere->cudaLastFor("8.6"), QString());
        QCOMPARE(c.architectureForComputeCapability("12.0")->name, QStringLiteral("Blackwell"));
        QCOMPARE(c.architectureForComputeCapability("6.1")->cudaLastFor("6.1"),
                 QStringLiteral("12.9"));
        QVERIFY(c.architectureForComputeCapability("10.7")->unverified);
        QVERIFY(!c.architectureForComputeCapability("9.9"));
        QVERIFY(!c.architectureForComputeCapability(""));
    }

    void catalogErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorPart");
        const QByteArray arch =
            R"({"arch":"Pascal","compute_capabilities":["6.0","6.1"],"cuda_first":"<=9.0","cuda_last":"12.9"})";
        auto doc = [&](const QByteArray &gpus) {
            return QByteArray(R"({"as_of":"x","architectures":[)") + arch + "],\"gpus\":[" + gpus +
                   "]}";
        };
        const QByteArray good =
            R"({"name":"GeForce GTX 1070","segment":"consumer","architecture":"Pascal","compute_capability":"6.1","memory_gb":8,"board_power_w":150,"pci_ids":[{"device_id":"10de:1b81","pci_ids_name":"GP104"}]})";
        QTest::newRow("not json") << QByteArray("{\"as_of\":") << "not valid JSON";
        QTest::newRow("array") << QByteArray("[]") << "must be a JSON object";
        QTest::newRow("branch claim without a branch")
            << QByteArray("{\"as_of\":\"x\",\"architectures\":[") + arch +
                   QByteArray("],\"driver_branch_support\":[{\"arch\":\"Kepler (GeForce)\","
                              "\"claim\":\"the last one\"}],\"gpus\":[]}")
            << "driver_branch_support entry 1 (\"Kepler (GeForce)\") names no architecture or "
               "no driver branch like R470";
        QTest::newRow("no architectures")
            << QByteArray(R"({"gpus":[]})") << "no \"architectures\" array";
        QTest::newRow("arch without name")
            << QByteArray(R"({"architectures":[{"compute_capabilities":["1.0"]}],"gpus":[]})")
            << "architecture 1 has no \"arch\" name";
        QTest::newRow("arch without cc")
            << QByteArray(R"({"architectures":[{"arch":"X"}],"gpus":[]})")
            << "architecture \"X\" has no compute_capabilities";
        QTest::newRow("bad cuda_last")
            << QByteArray(
                   R"({"architectures":[{"arch":"X","compute_capabilities":["1.0"],"cuda_last":5}],"gpus":[]})")
            << "architecture \"X\" has a bad cuda_first or cuda_last";
        QTest::newRow("no gpus") << QByteArray(R"({"architectures":[)" + arch + "]}")
                                 << "no \"gpus\" array";
        QTest::newRow("gpu not object") << doc("1") << "GPU catalog entry 1 is not an object";
        QTest::newRow("gpu without name")
            << doc(R"({"architecture":"Pascal"})") << "GPU catalog entry 1 has no name";
        QTest::newRow("unknown arch")
            << doc(QByteArray(good).replace("\"Pascal\"", "\"Pascall\""))
            << "entry 1 (\"GeForce GTX 1070\") names an unknown architecture \"Pascall\"";
        QTest::newRow("cc not in arch")
            << doc(QByteArray(good).replace("\"6.1\"", "\"7.5\""))
            << "(\"GeForce GTX 1070\") has compute capability \"7.5\", which Pascal does not list";
        QTest::newRow("memory missing") << doc(QByteArray(good).replace("\"memory_gb\":8,", ""))
                                        << "(\"GeForce GTX 1070\") has no positive whole memory_gb";
        QTest::newRow("power string") << doc(QByteArray(good).replace("150", "\"150\""))
                                      << "(\"GeForce GTX 1070\") has a board_power_w";
        QTest::newRow("bad pci id")
            << doc(QByteArray(good).replace("10de:1b81", "10de:1b8"))
            << "(\"GeForce GTX 1070\") has a bad PCI device id \"10de:1b8\"";
        QTest::newRow("pci_ids not array")
            << doc(QByteArray(good).replace(R"([{"device_id":"10de:1b81","pci_ids_name":"GP104"}])",
                                            "\"10de:1b81\""))
            << "pci_ids value that is not an array";
        QTest::newRow("duplicate id")
            << doc(good + "," + QByteArray(good).replace("GTX 1070", "GTX 1070 Clone"))
            << "entry 2 (\"GeForce GTX 1070 Clone\") repeats PCI device id 10de:1b81, already "
               "given to \"GeForce GTX 1070\"";
    }
    void catalogErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorPart);
        QString error;
        QVERIFY(!GpuCatalog::fromJson(json, &error));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY2(error.endsWith('.') && !error.contains('\n'), qPrintable(error));
    }

    void catalogMinimalOk()
    {
        QString error;
        const auto c = GpuCatalog::fromJson(
            R"({"architectures":[{"arch":"Pascal","compute_capabilities":["6.1"]}],
            "gpus":[{"name":"GeForce GTX 1070","architecture":"Pascal","compute_capability":"6.1","memory_gb":8,"board_power_w":null,"pci_ids":null}]})",
            &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->models().size(), 1);
        QCOMPARE(c->models()[0].boardPowerW, -1);
        QVERIFY(!c->models()[0].powerVerified);
        QCOMPARE(c->findByName("GTX 1070")->name, QStringLiteral("GeForce GTX 1070"));
        QVERIFY(!c->findByPciId("10de", "1b81"));
        QCOMPARE(c->architectures()[0].cudaLast, QString());
    }

    // ---------------------------------------------------------------- probe over sysfs
    void probeOnlyIntel()
    {
        QTemporaryDir dir;
        makeSysfs(dir.path(),
                  {hostBridge(),
                   {"0000:00:02.0", "0x030000", "0x8086", "0x3e92", "i915", true},
                   {"0000:00:1f.3", "0x040300", "0x8086", "0xa348", "snd_hda_intel"}},
                  kSmallPciIds);
        auto host = SnapshotHost::open(dir.path(), nullptr);
        QVERIFY(host);
        const GpuFacts f = probeGpus(*host, 1000);
        QCOMPARE(f.state, FactState::Absent);
        QCOMPARE(f.source, QStringLiteral("/sys/bus/pci/devices"));
        QCOMPARE(f.nvidiaCount, 0);
        QVERIFY(!f.hybrid);
        QCOMPARE(f.gpus.size(), 1);
        const GpuDevice &g = f.gpus[0];
        QCOMPARE(g.slot, QStringLiteral("0000:00:02.0"));
        QCOMPARE(g.vendor, QStringLiteral("Intel"));
        QCOMPARE(g.name, QStringLiteral("UHD Graphics 630"));
        QCOMPARE(g.driver, QStringLiteral("i915"));
        QVERIFY(g.bootVga);
        QVERIFY(!g.nvidia && !g.known);
        QCOMPARE(f.bootVgaSlot, QStringLiteral("0000:00:02.0"));
        const QString text = describeGpus(f).join('\n');
        QVERIFY2(text.contains("No NVIDIA GPU (only 1 other display controller)"),
                 qPrintable(text));
        QVERIFY2(text.contains("Intel GPU 0000:00:02.0: UHD Graphics 630, driver i915"),
                 qPrintable(text));
        QCOMPARE(f.evidence.first(),
                 (Evidence{"/sys/bus/pci/devices", "3 PCI functions, 1 of class 03 (display)"}));
        QVERIFY(f.evidence.contains(
            Evidence{"/sys/bus/pci/devices/0000:00:02.0",
                     "class 0x030000, 8086:3e92, subsystem 0000:0000, driver i915, boot_vga 1"}));
    }

    void probeRtx3060()
    {
        QTemporaryDir dir;
        makeSysfs(
            dir.path(),
            {hostBridge(),
             {"0000:01:00.0", "0x030000", "0x10de", "0x2503", "nvidia", true, "0x1462", "0x397d"},
             {"0000:01:00.1", "0x040300", "0x10de", "0x228e", "snd_hda_intel"}},
            kSmallPciIds);
        auto host = SnapshotHost::open(dir.path(), nullptr);
        QVERIFY(host);
        const GpuFacts f = probeGpus(*host, 1000);
        QCOMPARE(f.state, FactState::Found);
        QCOMPARE(f.nvidiaCount, 1);
        QCOMPARE(f.gpus.size(), 1);
        QCOMPARE(f.pciIdsFile, QStringLiteral("/usr/share/misc/pci.ids"));
        const GpuDevice &g = f.gpus[0];
        QCOMPARE(g.vendorId, QStringLiteral("10de"));
        QCOMPARE(g.deviceId, QStringLiteral("2503"));
        QCOMPARE(g.subsystemVendorId, QStringLiteral("1462"));
        QCOMPARE(g.subsystemDeviceId, QStringLiteral("397d"));
        QCOMPARE(g.classId, QStringLiteral("0300"));
        QCOMPARE(g.className, QStringLiteral("VGA compatible controller"));
        QCOMPARE(g.vendor, QStringLiteral("NVIDIA"));
        QCOMPARE(g.vendorName, QStringLiteral("NVIDIA Corporation"));
        QCOMPARE(g.deviceName, QStringLiteral("GA106 [GeForce RTX 3060]"));
        QCOMPARE(g.subsystemName, QStringLiteral("Micro-Star International Co., Ltd. [MSI]"));
        QCOMPARE(g.driver, QStringLiteral("nvidia"));
        QVERIFY(g.bootVga && g.nvidia && g.known);
        QCOMPARE(g.matchedBy, QStringLiteral("pci-id"));
        QCOMPARE(g.name, QStringLiteral("GeForce RTX 3060"));
        QCOMPARE(g.architecture, QStringLiteral("Ampere"));
        QCOMPARE(g.computeCapability, QStringLiteral("8.6"));
        QCOMPARE(g.memoryGb, 12);
        QCOMPARE(g.boardPowerW, 170);
        const QString text = describeGpus(f).join('\n');
        QVERIFY2(text.contains("NVIDIA GPU 0000:01:00.0: GeForce RTX 3060 (Ampere, compute "
                               "capability 8.6, 12 GB, 170 W board power), driver nvidia"),
                 qPrintable(text));
        QVERIFY(f.evidence.contains(
            Evidence{"/usr/share/misc/pci.ids", "10de:2503 = GA106 [GeForce RTX 3060]"}));
        QVERIFY(gpuEvidence(f).contains(Evidence{
            "gpus.json", "10de:2503 -> GeForce RTX 3060 (Ampere, 8.6), matched by pci-id"}));
        QVERIFY(gpuEvidence(f).contains(Evidence{"nvidia_pci_ids.tsv",
                                                 "10de:2503 = NVIDIA GeForce RTX 3060 (chip GA106; "
                                                 "open-gpu-kernel-modules 595.45.04 README)"}));
        QCOMPARE(g.nameFrom, QStringLiteral("gpus.json"));
        QCOMPARE(g.boardPowerFrom, QStringLiteral("gpus.json"));

        // JSON round trip keeps every field.
        const Json j = f;
        const GpuFacts back = j.get<GpuFacts>();
        QCOMPARE(Json(back).dump(), j.dump());
        QCOMPARE(QString::fromStdString(j["gpus"][0]["computeCapability"].get<std::string>()),
                 QStringLiteral("8.6"));
        QCOMPARE(QString::fromStdString(j["state"].get<std::string>()), QStringLiteral("found"));
    }

    void probeHybridLaptop()
    {
        QTemporaryDir dir;
        makeSysfs(
            dir.path(),
            {hostBridge(),
             {"0000:00:02.0", "0x030000", "0x8086", "0x9bc4", "i915", true, "0x103c", "0x85fc"},
             {"0000:01:00.0", "0x030200", "0x10de", "0x1f91", "nouveau", false, "0x103c",
              "0x85fc"}},
            kSmallPciIds);
        auto host = SnapshotHost::open(dir.path(), nullptr);
        QVERIFY(host);
        const GpuFacts f = probeGpus(*host, 1000);
        QCOMPARE(f.state, FactState::Found);
        QCOMPARE(f.nvidiaCount, 1);
        QVERIFY(f.hybrid);
        QCOMPARE(f.bootVgaSlot, QStringLiteral("0000:00:02.0"));
        QCOMPARE(f.gpus.size(), 2);
        const GpuDevice &n = f.gpus[1];
        QCOMPARE(n.slot, QStringLiteral("0000:01:00.0"));
        QCOMPARE(n.classId, QStringLiteral("0302"));
        QCOMPARE(n.className, QStringLiteral("3D controller"));
        QCOMPARE(n.driver, QStringLiteral("nouveau"));
        QVERIFY(!n.bootVga);
        // 10de:1f91 is not in the catalog: NVIDIA's id table names it as the driver will
        // (a TU117M laptop chip), the catalog's GTX 1650 gives the architecture only.
        QVERIFY(n.known);
        QVERIFY(n.laptop);
        QCOMPARE(n.chip, QStringLiteral("TU117M"));
        QCOMPARE(n.matchedBy, QStringLiteral("mobile-name"));
        QCOMPARE(n.catalogName, QStringLiteral("GeForce GTX 1650"));
        QCOMPARE(n.name, QStringLiteral("NVIDIA GeForce GTX 1650"));
        QCOMPARE(n.nameFrom, QStringLiteral("nvidia_pci_ids.tsv"));
        QCOMPARE(n.architecture, QStringLiteral("Turing"));
        QCOMPARE(n.computeCapability, QStringLiteral("7.5"));
        QCOMPARE(n.memoryGb, -1); // a laptop part does not share the desktop card's memory/power
        QCOMPARE(n.boardPowerW, -1);
        // No subsystem line for 8086:9bc4 103c:85fc: the subsystem vendor's name stands in.
        QCOMPARE(f.gpus[0].subsystemName, QStringLiteral("Hewlett-Packard Company"));
        const QString text = describeGpus(f).join('\n');
        QVERIFY2(text.contains("An integrated GPU is enabled beside the NVIDIA GPU"),
                 qPrintable(text));
        QVERIFY2(text.contains("The boot display runs on 0000:00:02.0 (Intel)"), qPrintable(text));
        QVERIFY2(text.contains("NVIDIA GeForce GTX 1650 (Turing, compute capability 7.5, laptop "
                               "GPU), driver nouveau"),
                 qPrintable(text));
    }

    void probeFourGpus()
    {
        QTemporaryDir dir;
        QList<PciFn> fns = {hostBridge(),
                            {"0000:c1:00.0", "0x030000", "0x1a03", "0x2000", "ast", true}};
        const QStringList pciSlots = {"0000:01:00.0", "0000:21:00.0", "0000:41:00.0",
                                      "0000:61:00.0"};
        for (const QString &s : pciSlots)
            fns << PciFn{s,
                         "0x030000",
                         "0x10de",
                         "0x2204",
                         s.startsWith("0000:61") ? "vfio-pci" : "nvidia",
                         false};
        makeSysfs(dir.path(), fns, kSmallPciIds);
        auto host = SnapshotHost::open(dir.path(), nullptr);
        QVERIFY(host);
        const GpuFacts f = probeGpus(*host, 1000);
        QCOMPARE(f.state, FactState::Found);
        QCOMPARE(f.nvidiaCount, 4);
        QVERIFY(!f.hybrid); // a server's ASPEED BMC display is not laptop switchable graphics
        QCOMPARE(f.gpus.size(), 5);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(f.gpus[i].slot, pciSlots[i]);
            QCOMPARE(f.gpus[i].catalogName, QStringLiteral("GeForce RTX 3090"));
            QCOMPARE(f.gpus[i].memoryGb, 24);
        }
        QCOMPARE(f.gpus[3].driver, QStringLiteral("vfio-pci"));
        QCOMPARE(f.gpus[4].vendor, QStringLiteral("ASPEED"));
        QCOMPARE(f.gpus[4].name, QStringLiteral("ASPEED Graphics Family"));
        QCOMPARE(f.bootVgaSlot, QStringLiteral("0000:c1:00.0"));
        const QString text = describeGpus(f).join('\n');
        QVERIFY2(text.contains("4 NVIDIA GPUs"), qPrintable(text));
        QVERIFY2(text.contains("0000:61:00.0: GeForce RTX 3090 (Ampere, compute capability 8.6, 24 "
                               "GB, 350 W board power), bound to vfio-pci"),
                 qPrintable(text));
    }

    void probeNoDriverNoPciIds()
    {
        QTemporaryDir dir;
        makeSysfs(dir.path(),
                  {hostBridge(), {"0000:00:1e.0", "0x030200", "0x10de", "0x1eb8", "", false}},
                  QByteArray());
        auto host = SnapshotHost::open(dir.path(), nullptr);
        QVERIFY(host);
        const GpuFacts f = probeGpus(*host, 1000);
        QCOMPARE(f.state, FactState::Found);
        QCOMPARE(f.pciIdsFile, QString());
        QCOMPARE(f.gpus.size(), 1);
        const GpuDevice &g = f.gpus[0];
        QCOMPARE(g.driver, QString());
        QCOMPARE(g.deviceName, QString()); // no pci.ids: no name of its own
        QCOMPARE(g.vendorName, QString());
        QCOMPARE(g.vendor, QStringLiteral("NVIDIA"));
        QCOMPARE(g.name, QStringLiteral("Tesla T4")); // the catalog still knows the id
        QCOMPARE(g.nameFrom, QStringLiteral("gpus.json"));
        QCOMPARE(g.architecture, QStringLiteral("Turing"));
        QCOMPARE(f.bootVgaSlot, QString());
        QVERIFY(f.evidence.contains(
            Evidence{"pci.ids", "not found in /usr/share/misc or /usr/share/hwdata"}));
        QVERIFY(f.evidence.contains(
            Evidence{"/sys/bus/pci/devices/0000:00:1e.0",
                     "class 0x030200, 10de:1eb8, subsystem 0000:0000, driver none, boot_vga 0"}));
        const QString text = describeGpus(f).join('\n');
        QVERIFY2(text.contains("NVIDIA GPU 0000:00:1e.0: Tesla T4 (Turing, compute capability 7.5, "
                               "16 GB, 70 W board power), no driver bound"),
                 qPrintable(text));
    }

    void probeHwdataAndUnknownId()
    {
        QTemporaryDir dir;
        makeSysfs(dir.path(), {{"0000:01:00.0", "0x030000", "0x10de", "0x1200", "nouveau", true}},
                  "10de  NVIDIA Corporation\n\t1200  GF114 [GeForce GTX 560 Ti]\n",
                  "/usr/share/hwdata/pci.ids");
        auto host = SnapshotHost::open(dir.path(), nullptr);
        QVERIFY(host);
        const GpuFacts f = probeGpus(*host, 1000);
        QCOMPARE(f.pciIdsFile, QStringLiteral("/usr/share/hwdata/pci.ids"));
        QCOMPARE(f.gpus[0].name, QStringLiteral("GeForce GTX 560 Ti"));
        QVERIFY(!f.gpus[0].known); // a Fermi: no architecture gpus.json lists
        QVERIFY(f.gpus[0].olderThanKepler);
        QCOMPARE(f.gpus[0].chip, QStringLiteral("GF114"));
        QCOMPARE(f.gpus[0].matchedBy, QString());
        QCOMPARE(f.gpus[0].architecture, QString());
        QCOMPARE(f.gpus[0].className, QString()); // no class section in that file
        const QString text = describeGpus(f).join('\n');
        QVERIFY2(
            text.contains("GeForce GTX 560 Ti (chip GF114, older than Kepler), driver nouveau"),
            qPrintable(text));
        QVERIFY(gpuEvidence(f).contains(Evidence{
            "nvidia_chips.json", "chip GF114 (from nvidia_pci_ids.tsv) is older than Kepler"}));
    }

    void probeFallsBackToLspci()
    {
        QTemporaryDir dir;
        writeFile(
            dir.path() + "/host.json",
            R"({"user":"u","home":"/home/u","commands":{"lspci -nnk":{"exit":0,"stdout":"cmd/lspci.out"}}})");
        writeFile(dir.path() + "/cmd/lspci.out",
                  fixture(QStringLiteral(
                      "lspci/issue-gpupassthrough6_lspci-nnk_hp-laptop-gtx1650-mobile.txt")));
        QDir().mkpath(dir.path() + "/fs/etc");
        auto host = SnapshotHost::open(dir.path(), nullptr);
        QVERIFY(host);
        const GpuFacts f = probeGpus(*host, 1000);
        QCOMPARE(f.state, FactState::Found);
        QCOMPARE(f.source, QStringLiteral("lspci -nnk"));
        QCOMPARE(f.gpus.size(), 1);
        QCOMPARE(f.gpus[0].slot, QStringLiteral("0000:01:00.0"));
        QCOMPARE(f.gpus[0].driver, QStringLiteral("nvidia"));
        QCOMPARE(f.gpus[0].subsystemVendorId, QStringLiteral("103c"));
        QCOMPARE(f.gpus[0].architecture, QStringLiteral("Turing"));
        QCOMPARE(f.evidence.first(), (Evidence{"/sys/bus/pci/devices", "not readable"}));
    }

    void probeUnknown_data()
    {
        QTest::addColumn<QByteArray>("hostJson");
        QTest::addColumn<bool>("emptyDevicesDir");
        QTest::addColumn<QString>("lspciDetail");
        QTest::newRow("no sysfs, no lspci")
            << QByteArray(R"({"user":"u","home":"/h"})") << false << "not installed";
        QTest::newRow("empty sysfs, lspci fails")
            << QByteArray(
                   R"({"user":"u","home":"/h","commands":{"lspci -nnk":{"exit":1,"stderr":"cmd/e"}}})")
            << true << "exit";
        QTest::newRow("no sysfs, lspci hangs")
            << QByteArray(
                   R"({"user":"u","home":"/h","commands":{"lspci -nnk":{"status":"timed-out"}}})")
            << false << "killed after 200 ms";
    }
    void probeUnknown()
    {
        QFETCH(QByteArray, hostJson);
        QFETCH(bool, emptyDevicesDir);
        QFETCH(QString, lspciDetail);
        QTemporaryDir dir;
        writeFile(dir.path() + "/host.json", hostJson);
        writeFile(dir.path() + "/cmd/e", "pcilib: Cannot open /proc/bus/pci\n");
        QDir().mkpath(dir.path() + (emptyDevicesDir ? "/fs/sys/bus/pci/devices" : "/fs/etc"));
        auto host = SnapshotHost::open(dir.path(), nullptr);
        QVERIFY(host);
        const GpuFacts f = probeGpus(*host, 200);
        QCOMPARE(f.state, FactState::Unknown);
        QCOMPARE(f.gpus.size(), 0);
        QCOMPARE(f.evidence.size(), 2);
        QCOMPARE(f.evidence[0].detail, emptyDevicesDir ? QStringLiteral("lists no devices")
                                                       : QStringLiteral("not readable"));
        QCOMPARE(f.evidence[1].source, QStringLiteral("lspci -nnk"));
        QVERIFY2(f.evidence[1].detail.contains(lspciDetail), qPrintable(f.evidence[1].detail));
        QVERIFY(describeGpus(f).join('\n').contains("could not be checked"));
    }

private:
    QStringList m_rowFiles;
};

QTEST_GUILESS_MAIN(TestGpuProbe)
#include "tst_gpuprobe.moc"
