// nvidia-smi parsers (XML, table, CSV, -L, --version, -q, errors), /proc/driver/nvidia/version
// and ubuntu-drivers, over every real capture in tests/fixtures.
#include "TestSnapshot.h"
#include "probe/DriverProbe.h"
#include "probe/NvidiaSmiParser.h"
#include "probe/UbuntuDrivers.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace gpusetup;
using namespace gpusetup::test;

// Files a data row has read, "dir/file"; coverage() (the last slot) demands every fixture.
static QSet<QString> &tested()
{
    static QSet<QString> s;
    return s;
}

static QByteArray load(const QString &dir, const QString &file)
{
    tested().insert(dir + QLatin1Char('/') + file);
    return fixture(dir + QLatin1Char('/') + file);
}

class TestNvidiaSmi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // ------------------------------------------------------------------ XML
    void xml_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("cuda");
        QTest::addColumn<int>("attached");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("bus");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("arch");
        QTest::addColumn<qint64>("memTotal");
        QTest::addColumn<qint64>("memUsed");
        QTest::addColumn<QString>("mig");
        QTest::addColumn<int>("migDevices");
        QTest::addColumn<int>("tempC");
        QTest::addColumn<double>("powerDraw");
        QTest::addColumn<QString>("virt");
        QTest::newRow("llamaland_rtx-a5000-laptop_575.57.08_v12")
            << "llamaland_rtx-a5000-laptop_575.57.08_v12.xml"
            << "575.57.08"
            << "12.9" << 1 << 1 << "00000000:01:00.0"
            << "NVIDIA RTX A5000 Laptop GPU"
            << "Ampere" << qint64(16384) << qint64(51) << "" << 0 << 61 << double(30.92) << "None";
        QTest::newRow("netdata_a100-sxm4-40gb-mig_510.47.03_v11")
            << "netdata_a100-sxm4-40gb-mig_510.47.03_v11.xml"
            << "510.47.03"
            << "11.6" << 1 << 1 << "00000000:00:04.0"
            << "NVIDIA A100-SXM4-40GB"
            << "Ampere" << qint64(40960) << qint64(38) << "Enabled" << 2 << 36 << double(66.92)
            << "Pass-Through";
        QTest::newRow("netdata_rtx-3060-laptop_515.65.01_v11")
            << "netdata_rtx-3060-laptop_515.65.01_v11.xml"
            << "515.65.01"
            << "11.7" << 1 << 1 << "00000000:01:00.0"
            << "NVIDIA GeForce RTX 3060 Laptop GPU"
            << "Ampere" << qint64(6144) << qint64(5) << "" << 0 << 45 << double(8.70) << "None";
        QTest::newRow("netdata_rtx-4090_535.86.05_v12")
            << "netdata_rtx-4090_535.86.05_v12.xml"
            << "535.86.05"
            << "12.2" << 1 << 1 << "00000000:84:00.0"
            << "NVIDIA GeForce RTX 4090"
            << "Ada Lovelace" << qint64(24564) << qint64(2) << "" << 0 << 40 << double(26.84)
            << "None";
        QTest::newRow("netdata_tesla-p100_510.47.03_v11")
            << "netdata_tesla-p100_510.47.03_v11.xml"
            << "510.47.03"
            << "11.6" << 1 << 1 << "00000000:00:04.0"
            << "Tesla P100-PCIE-16GB"
            << "Pascal" << qint64(16384) << qint64(0) << "" << 0 << 38 << double(26.16)
            << "Pass-Through";
        QTest::newRow("pai_2x-rtx-2080ti_410.73_v10")
            << "pai_2x-rtx-2080ti_410.73_v10.xml"
            << "410.73"
            << "10.0" << 2 << 2 << "00000000:02:00.0"
            << "GeForce RTX 2080 Ti"
            << "" << qint64(10989) << qint64(0) << "" << 0 << 24 << double(2.12) << "None";
        QTest::newRow("pai_4x-tesla-k80_430.26_cuda-not-found_v10")
            << "pai_4x-tesla-k80_430.26_cuda-not-found_v10.xml"
            << "430.26"
            << "" << 4 << 4 << "00001580:00:00.0"
            << "Tesla K80"
            << "" << qint64(11441) << qint64(587) << "" << 0 << 64 << double(135.72)
            << "Pass-Through";
        QTest::newRow("pai_gt-730_384.111_v9_trimmed")
            << "pai_gt-730_384.111_v9_trimmed.xml"
            << "384.111"
            << "" << 1 << 1 << "00000000:01:00.0"
            << "GeForce GT 730"
            << "" << qint64(-1) << qint64(-1) << "" << 0 << -1 << double(-1) << "";
        QTest::newRow("pai_gtx-1070_384.66_v9_trimmed-2of6")
            << "pai_gtx-1070_384.66_v9_trimmed-2of6.xml"
            << "384.66"
            << "" << 6 << 2 << "00000000:01:00.0"
            << "GeForce GTX 1070"
            << "" << qint64(8112) << qint64(2028) << "" << 0 << 60 << double(119.47) << "None";
        QTest::newRow("pai_retired-pages_410.104_v10_trimmed-1of16")
            << "pai_retired-pages_410.104_v10_trimmed-1of16.xml"
            << "410.104"
            << "10.0" << 16 << 1 << "00000000:34:00.0"
            << "Tesla V100-SXM3-32GB"
            << "" << qint64(32480) << qint64(0) << "" << 0 << 33 << double(50.60) << "None";
        QTest::newRow("telegraf_a100-sxm4-mig_535.54.03_v12")
            << "telegraf_a100-sxm4-mig_535.54.03_v12.xml"
            << "535.54.03"
            << "12.2" << 4 << 1 << "00000000:01:00.0"
            << "NVIDIA A100-SXM4-80GB"
            << "Ampere" << qint64(81920) << qint64(50) << "Enabled" << 4 << 27 << double(67.03)
            << "None";
        QTest::newRow("telegraf_a10g_515.105.01_v11")
            << "telegraf_a10g_515.105.01_v11.xml"
            << "515.105.01"
            << "11.7" << 1 << 1 << "00000000:00:1E.0"
            << "NVIDIA A10G"
            << "Ampere" << qint64(23028) << qint64(22) << "" << 0 << 17 << double(25.58)
            << "Pass-Through";
        QTest::newRow("telegraf_dual-rtx-2070_590.44.01_v13")
            << "telegraf_dual-rtx-2070_590.44.01_v13.xml"
            << "590.44.01"
            << "13.1" << 2 << 2 << "00000000:01:00.0"
            << "NVIDIA GeForce RTX 2070"
            << "Turing" << qint64(8192) << qint64(1) << "" << 0 << 14 << double(9.23) << "None";
        QTest::newRow("telegraf_dual-rtx-a5000_590.44.01_v13")
            << "telegraf_dual-rtx-a5000_590.44.01_v13.xml"
            << "590.44.01"
            << "13.1" << 2 << 2 << "00000000:81:00.0"
            << "NVIDIA RTX A5000"
            << "Ampere" << qint64(24564) << qint64(22437) << "" << 0 << 13 << double(6.52)
            << "None";
        QTest::newRow("telegraf_grid-p4-1q-vgpu_513.46-windows_v11")
            << "telegraf_grid-p4-1q-vgpu_513.46-windows_v11.xml"
            << "513.46"
            << "11.6" << 1 << 1 << "00000000:00:0B.0"
            << "GRID P4-1Q"
            << "Pascal" << qint64(1024) << qint64(807) << "" << 0 << 0 << double(-1) << "VGPU";
        QTest::newRow("telegraf_gt-1030_470.74_v11")
            << "telegraf_gt-1030_470.74_v11.xml"
            << "470.74"
            << "11.4" << 1 << 1 << "00000000:2D:00.0"
            << "NVIDIA GeForce GT 1030"
            << "" << qint64(1998) << qint64(875) << "" << 0 << 36 << double(-1) << "None";
        QTest::newRow("telegraf_gtx-1660-ti_418.43")
            << "telegraf_gtx-1660-ti_418.43.xml"
            << "418.43"
            << "10.1" << 1 << 1 << "00000000:43:00.0"
            << "Graphics Device"
            << "" << qint64(5912) << qint64(0) << "" << 0 << 40 << double(8.93) << "None";
        QTest::newRow("telegraf_quadro-p2000_525.125.06_v12")
            << "telegraf_quadro-p2000_525.125.06_v12.xml"
            << "525.125.06"
            << "12.0" << 1 << 1 << "00000000:17:00.0"
            << "Quadro P2000"
            << "Pascal" << qint64(5120) << qint64(1) << "" << 0 << 34 << double(4.61) << "None";
        QTest::newRow("telegraf_quadro-p400_418.43")
            << "telegraf_quadro-p400_418.43.xml"
            << "418.43"
            << "10.1" << 1 << 1 << "00000000:43:00.0"
            << "Quadro P400"
            << "" << qint64(1998) << qint64(0) << "" << 0 << 33 << double(-1) << "None";
        QTest::newRow("telegraf_rtx-3060_570.124.04_v12")
            << "telegraf_rtx-3060_570.124.04_v12.xml"
            << "570.124.04"
            << "12.8" << 1 << 1 << "00000000:2D:00.0"
            << "NVIDIA GeForce RTX 3060"
            << "Ampere" << qint64(12288) << qint64(116) << "" << 0 << 42 << double(11.63) << "None";
        QTest::newRow("telegraf_rtx-3080_595.58.03_v13")
            << "telegraf_rtx-3080_595.58.03_v13.xml"
            << "595.58.03"
            << "13.2" << 1 << 1 << "00000000:0C:00.0"
            << "NVIDIA GeForce RTX 3080"
            << "Ampere" << qint64(10240) << qint64(9184) << "" << 0 << 27 << double(142.33)
            << "None";
        QTest::newRow("telegraf_rtx-3090_525.147.05_v12")
            << "telegraf_rtx-3090_525.147.05_v12.xml"
            << "525.147.05"
            << "12.0" << 1 << 1 << "00000000:00:10.0"
            << "NVIDIA GeForce RTX 3090"
            << "Ampere" << qint64(24576) << qint64(1) << "" << 0 << 37 << double(27.23)
            << "Pass-Through";
        QTest::newRow("telegraf_rtx-3090_590.44.01_v13")
            << "telegraf_rtx-3090_590.44.01_v13.xml"
            << "590.44.01"
            << "13.1" << 1 << 1 << "00000000:09:00.0"
            << "NVIDIA GeForce RTX 3090"
            << "Ampere" << qint64(24576) << qint64(7) << "" << 0 << 32 << double(35.15) << "None";
        QTest::newRow("telegraf_rtx-4000-sff-ada_595.84_v13")
            << "telegraf_rtx-4000-sff-ada_595.84_v13.xml"
            << "595.84"
            << "13.2" << 1 << 1 << "00000000:06:00.0"
            << "NVIDIA RTX 4000 SFF Ada Generation"
            << "Ada Lovelace" << qint64(20475) << qint64(3534) << "" << 0 << 38 << double(8.44)
            << "None";
        QTest::newRow("telegraf_rtx-pro-6000-maxq_590.44.01_v13")
            << "telegraf_rtx-pro-6000-maxq_590.44.01_v13.xml"
            << "590.44.01"
            << "13.1" << 1 << 1 << "00000000:61:00.0"
            << "NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition"
            << "Blackwell" << qint64(97887) << qint64(65720) << "" << 0 << 24 << double(3.99)
            << "None";
        QTest::newRow("telegraf_tesla-t4_515.105.01_v11")
            << "telegraf_tesla-t4_515.105.01_v11.xml"
            << "515.105.01"
            << "11.7" << 1 << 1 << "00000000:00:1E.0"
            << "Tesla T4"
            << "Turing" << qint64(15360) << qint64(1032) << "" << 0 << 40 << double(26.78)
            << "Pass-Through";
    }
    void xml()
    {
        QFETCH(QString, file);
        QFETCH(QString, driver);
        QFETCH(QString, cuda);
        QFETCH(int, attached);
        QFETCH(int, count);
        QFETCH(QString, bus);
        QFETCH(QString, name);
        QFETCH(QString, arch);
        QFETCH(qint64, memTotal);
        QFETCH(qint64, memUsed);
        QFETCH(QString, mig);
        QFETCH(int, migDevices);
        QFETCH(int, tempC);
        QFETCH(double, powerDraw);
        QFETCH(QString, virt);
        const SmiReport r = parseSmiXml(load(QStringLiteral("nvidia-smi/xml"), file));
        QVERIFY2(r.parseError.isEmpty(), qPrintable(r.parseError));
        QVERIFY(r.valid);
        QCOMPARE(r.format, QStringLiteral("xml"));
        QCOMPARE(r.driverVersion, driver);
        QCOMPARE(r.cudaVersion, cuda);
        QCOMPARE(r.attachedGpus, attached);
        QCOMPARE(r.gpus.size(), count);
        const SmiGpu &g = r.gpus.first();
        QCOMPARE(g.index, 0);
        QCOMPARE(g.busId, bus);
        QCOMPARE(g.name, name);
        QCOMPARE(g.architecture, arch);
        QCOMPARE(g.memoryTotalMiB, memTotal);
        QCOMPARE(g.memoryUsedMiB, memUsed);
        QCOMPARE(g.migCurrent, mig);
        QCOMPARE(g.migDevices.size(), migDevices);
        QCOMPARE(g.temperatureC, tempC);
        QCOMPARE(g.powerDrawW, powerDraw);
        QCOMPARE(g.virtualizationMode, virt);
        QVERIFY(g.uuid.startsWith(QLatin1String("GPU-")));
        for (const SmiGpu &o : r.gpus)
            QVERIFY(!o.name.isEmpty());
    }

    void xmlDetails()
    {
        // MIG A100: four 1g.20gb-sized devices with their own memory, not the GPU's.
        SmiReport r = parseSmiXml(load(QStringLiteral("nvidia-smi/xml"),
                                       QStringLiteral("telegraf_a100-sxm4-mig_535.54.03_v12.xml")));
        const SmiGpu &a = r.gpus.first();
        QCOMPARE(a.migPending, QStringLiteral("Enabled"));
        QCOMPARE(a.migDevices[3].index, 3);
        QCOMPARE(a.migDevices[3].gpuInstanceId, 6);
        QCOMPARE(a.migDevices[3].memoryTotalMiB, qint64(19968));
        QCOMPARE(a.serial, QStringLiteral("1650522003820"));
        QCOMPARE(a.brand, QStringLiteral("NVIDIA"));
        QCOMPARE(a.vbios, QStringLiteral("92.00.36.00.02"));
        QCOMPARE(a.powerLimitW, 500.0);
        QCOMPARE(a.maxLinkGen, 4);
        QCOMPARE(a.maxLinkWidth, 16);
        QCOMPARE(a.persistenceMode, QStringLiteral("Disabled"));
        QCOMPARE(a.computeMode, QStringLiteral("Default"));
        // Old power_readings: enforced limit wins over the default one (3090 capped to 200 W).
        r = parseSmiXml(load(QStringLiteral("nvidia-smi/xml"),
                             QStringLiteral("telegraf_rtx-3090_525.147.05_v12.xml")));
        QCOMPARE(r.gpus.first().powerLimitW, 200.0);
        // Serial N/A -> empty; vGPU guest: persistence N/A -> empty.
        r = parseSmiXml(load(QStringLiteral("nvidia-smi/xml"),
                             QStringLiteral("telegraf_grid-p4-1q-vgpu_513.46-windows_v11.xml")));
        QCOMPARE(r.gpus.first().serial, QString());
        QCOMPARE(r.gpus.first().persistenceMode, QString());
        QCOMPARE(r.gpus.first().brand, QStringLiteral("NVIDIA RTX Virtual Workstation"));
        QCOMPARE(r.gpus.first().maxLinkGen, -1);
        // Two GPUs: the second one's own values.
        r = parseSmiXml(load(QStringLiteral("nvidia-smi/xml"),
                             QStringLiteral("telegraf_dual-rtx-a5000_590.44.01_v13.xml")));
        QCOMPARE(r.gpus[1].index, 1);
        QCOMPARE(r.gpus[1].busId, QStringLiteral("00000000:C1:00.0"));
        QCOMPARE(r.gpus[1].serial, QStringLiteral("1234567890123"));
        QCOMPARE(r.gpus[1].powerLimitW, 230.0);
        // v13 display_mode "Requested functionality has been deprecated" is missing, not a value.
        QCOMPARE(r.gpus[0].displayMode, QString());
        QCOMPARE(r.gpus[0].displayActive, QStringLiteral("Disabled"));
        r = parseSmiXml(load(QStringLiteral("nvidia-smi/xml"),
                             QStringLiteral("pai_4x-tesla-k80_430.26_cuda-not-found_v10.xml")));
        QCOMPARE(r.gpus[3].name, QStringLiteral("Tesla K80"));
        QCOMPARE(r.gpus[1].busId, QStringLiteral("00002DF7:00:00.0"));
    }

    void xmlEdgeCases_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("hasError");
        QTest::addColumn<int>("gpus");
        QTest::addColumn<QString>("driver");
        QTest::newRow("empty") << QByteArray() << false << true << 0 << "";
        QTest::newRow("garbage") << QByteArray("Failed to initialize NVML: Unknown Error\n")
                                 << false << true << 0 << "";
        QTest::newRow("other-root")
            << QByteArray("<?xml version=\"1.0\"?><foo><driver_version>1</driver_version></foo>")
            << false << true << 0 << "";
        QTest::newRow("no-gpu")
            << QByteArray("<nvidia_smi_log><driver_version>535.1</driver_version><attached_gpus>0</"
                          "attached_gpus></nvidia_smi_log>")
            << true << false << 0 << "535.1";
        QTest::newRow("cut-off-inside-gpu")
            << QByteArray("<?xml version=\"1.0\" "
                          "?>\n<nvidia_smi_log>\n<driver_version>550.54.14</driver_version>\n"
                          "<gpu id=\"00000000:01:00.0\">\n<product_name>NVIDIA GeForce RTX "
                          "3060</product_name>\n<fb_memory_usage><total>12288 MiB")
            << true << true << 1 << "550.54.14";
        QTest::newRow("na-everywhere")
            << QByteArray("<nvidia_smi_log><driver_version>[N/A]</driver_version><cuda_version>N/"
                          "A</cuda_version>"
                          "<gpu "
                          "id=\"0:1:0\"><product_name>X</product_name><fb_memory_usage><total>N/A</"
                          "total></fb_memory_usage></gpu></nvidia_smi_log>")
            << true << false << 1 << "";
    }
    void xmlEdgeCases()
    {
        QFETCH(QByteArray, xml);
        QFETCH(bool, valid);
        QFETCH(bool, hasError);
        QFETCH(int, gpus);
        QFETCH(QString, driver);
        const SmiReport r = parseSmiXml(xml);
        QCOMPARE(r.valid, valid);
        QCOMPARE(!r.parseError.isEmpty(), hasError);
        QCOMPARE(r.gpus.size(), gpus);
        QCOMPARE(r.driverVersion, driver);
        QVERIFY(r.cudaVersion.isEmpty());
        for (const SmiGpu &g : r.gpus)
            QVERIFY(g.memoryTotalMiB == -1 || g.memoryTotalMiB == 12288);
    }

    // ------------------------------------------------------------------ table
    void table_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("smi");
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("cuda");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("truncated");
        QTest::addColumn<QString>("bus");
        QTest::addColumn<qint64>("memUsed");
        QTest::addColumn<qint64>("memTotal");
        QTest::addColumn<QString>("mig");
        QTest::addColumn<int>("migDevices");
        QTest::newRow("deepracer_tesla-t4_aws_440.64.00")
            << "deepracer_tesla-t4_aws_440.64.00.txt"
            << "440.64.00"
            << "440.64.00"
            << "10.2" << 1 << "Tesla T4" << false << "00000000:00:1E.0" << qint64(0)
            << qint64(15109) << "" << 0;
        QTest::newRow("feuyeux_wsl2_rtx4060-laptop_smi-555.42.06_driver-555.85")
            << "feuyeux_wsl2_rtx4060-laptop_smi-555.42.06_driver-555.85.txt"
            << "555.42.06"
            << "555.85"
            << "12.5" << 1 << "NVIDIA GeForce RTX 4060" << true << "00000000:01:00.0" << qint64(41)
            << qint64(8188) << "" << 0;
        QTest::newRow("gls_A100SXMx4")
            << "gls_A100SXMx4.txt"
            << "555.42.02"
            << "555.42.02"
            << "12.5" << 4 << "NVIDIA A100-SXM4-80GB" << false << "00000000:68:00.0" << qint64(1)
            << qint64(81920) << "Disabled" << 0;
        QTest::newRow("gls_A40x10") << "gls_A40x10.txt"
                                    << "550.127.05"
                                    << "550.127.05"
                                    << "12.4" << 10 << "NVIDIA A40" << false << "00000000:4F:00.0"
                                    << qint64(1) << qint64(46068) << "" << 0;
        QTest::newRow("gls_GH200")
            << "gls_GH200.txt"
            << "550.127.05"
            << "550.127.05"
            << "12.4" << 1 << "NVIDIA GH200 480GB" << false << "00000000:DD:00.0" << qint64(3)
            << qint64(97871) << "Disabled" << 0;
        QTest::newRow("gls_GTX1050Ti")
            << "gls_GTX1050Ti.txt"
            << "535.161.07"
            << "535.161.07"
            << "12.2" << 1 << "NVIDIA GeForce GTX 1050 Ti" << false << "00000000:08:00.0"
            << qint64(0) << qint64(4096) << "" << 0;
        QTest::newRow("gls_GTX680") << "gls_GTX680.txt"
                                    << "470.256.02"
                                    << "470.256.02"
                                    << "11.4" << 1 << "NVIDIA GeForce" << true << "00000000:08:00.0"
                                    << qint64(0) << qint64(2000) << "" << 0;
        QTest::newRow("gls_H100SXMx8")
            << "gls_H100SXMx8.txt"
            << "565.57.01"
            << "565.57.01"
            << "12.7" << 8 << "NVIDIA H100 80GB HBM3" << false << "00000000:18:00.0" << qint64(1)
            << qint64(81559) << "Disabled" << 0;
        QTest::newRow("gls_RTX5090") << "gls_RTX5090.txt"
                                     << "570.124.06"
                                     << "570.124.06"
                                     << "12.8" << 1 << "NVIDIA GeForce RTX 5090" << false
                                     << "00000000:02:00.0" << qint64(2) << qint64(32607) << "" << 0;
        QTest::newRow("gls_RTX_A6000_x9")
            << "gls_RTX_A6000_x9.txt"
            << "550.127.05"
            << "550.127.05"
            << "12.4" << 9 << "NVIDIA RTX A6000" << false << "00000000:4F:00.0" << qint64(1)
            << qint64(46068) << "" << 0;
        QTest::newRow("gls_V100_x8") << "gls_V100_x8.txt"
                                     << "550.127.05"
                                     << "550.127.05"
                                     << "12.4" << 8 << "Tesla V100-SXM2-16GB" << false
                                     << "00000000:00:04.0" << qint64(1) << qint64(16384) << "" << 0;
        QTest::newRow("issue-cbio38_3x-gtx680_331.62_2014_partial")
            << "issue-cbio38_3x-gtx680_331.62_2014_partial.txt"
            << "331.62"
            << "331.62"
            << "" << 3 << "GeForce GTX 680" << false << "0000:03:00.0" << qint64(9) << qint64(4095)
            << "" << 0;
        QTest::newRow("mxochicale_rtx-2070-laptop_440.100")
            << "mxochicale_rtx-2070-laptop_440.100.txt"
            << "440.100"
            << "440.100"
            << "10.2" << 1 << "GeForce RTX 207" << true << "00000000:01:00.0" << qint64(246)
            << qint64(7973) << "" << 0;
        QTest::newRow("mxochicale_rtx-2070-laptop_460.39")
            << "mxochicale_rtx-2070-laptop_460.39.txt"
            << "460.39"
            << "460.39"
            << "11.2" << 1 << "GeForce RTX 2070" << false << "00000000:01:00.0" << qint64(259)
            << qint64(7973) << "" << 0;
        QTest::newRow("mxochicale_rtx-laptop_470.63.01")
            << "mxochicale_rtx-laptop_470.63.01.txt"
            << "470.63.01"
            << "470.63.01"
            << "11.4" << 1 << "NVIDIA GeForce" << true << "00000000:01:00.0" << qint64(393)
            << qint64(16116) << "" << 0;
        QTest::newRow("uozdemir_h100-80gb-hbm3__590.48.01_idle")
            << "uozdemir_h100-80gb-hbm3__590.48.01_idle.txt"
            << "590.48.01"
            << "590.48.01"
            << "13.1" << 1 << "NVIDIA H100 80GB HBM3" << false << "00000000:00:09.0" << qint64(0)
            << qint64(81559) << "Disabled" << 0;
        QTest::newRow("uozdemir_h100-mig__590.48.01_idle")
            << "uozdemir_h100-mig__590.48.01_idle.txt"
            << "590.48.01"
            << "590.48.01"
            << "13.1" << 1 << "NVIDIA H100 80GB HBM3" << false << "00000000:00:09.0" << qint64(59)
            << qint64(81559) << "Enabled" << 4;
        QTest::newRow("uozdemir_h100-mig__590.48.01_load")
            << "uozdemir_h100-mig__590.48.01_load.txt"
            << "590.48.01"
            << "590.48.01"
            << "13.1" << 1 << "NVIDIA H100 80GB HBM3" << false << "00000000:00:09.0"
            << qint64(11125) << qint64(81559) << "Enabled" << 4;
        QTest::newRow("uozdemir_h200-mig__590.48.01_idle")
            << "uozdemir_h200-mig__590.48.01_idle.txt"
            << "590.48.01"
            << "590.48.01"
            << "13.1" << 1 << "NVIDIA H200" << false << "00000000:83:00.0" << qint64(55)
            << qint64(143771) << "Enabled" << 5;
        QTest::newRow("uozdemir_h200__590.48.01_idle")
            << "uozdemir_h200__590.48.01_idle.txt"
            << "590.48.01"
            << "590.48.01"
            << "13.1" << 1 << "NVIDIA H200" << false << "00000000:83:00.0" << qint64(0)
            << qint64(143771) << "Disabled" << 0;
        QTest::newRow("uozdemir_l40s__595.80_idle")
            << "uozdemir_l40s__595.80_idle.txt"
            << "595.80"
            << "595.80"
            << "13.2" << 1 << "NVIDIA L40S" << false << "00000000:01:00.0" << qint64(0)
            << qint64(46068) << "" << 0;
        QTest::newRow("uozdemir_rtx-2080-super__595.71.05_idle")
            << "uozdemir_rtx-2080-super__595.71.05_idle.txt"
            << "595.71.05"
            << "595.71.05"
            << "13.2" << 1 << "NVIDIA GeForce RTX 2080" << true << "00000000:0C:00.0" << qint64(214)
            << qint64(8192) << "" << 0;
        QTest::newRow("uozdemir_rtx-2080-super__610.57.04_idle")
            << "uozdemir_rtx-2080-super__610.57.04_idle.txt"
            << "610.57.04"
            << "610.57.04"
            << "13.3" << 1 << "NVIDIA GeForce RTX 2080" << true << "00000000:0C:00.0" << qint64(211)
            << qint64(8192) << "" << 0;
        QTest::newRow("uozdemir_rtx-4080-super__595.71.05_idle")
            << "uozdemir_rtx-4080-super__595.71.05_idle.txt"
            << "595.71.05"
            << "595.71.05"
            << "13.2" << 1 << "NVIDIA GeForce RTX 4080" << true << "00000000:01:00.0" << qint64(596)
            << qint64(16376) << "" << 0;
        QTest::newRow("uozdemir_rtx-4080-super__595.71.05_load")
            << "uozdemir_rtx-4080-super__595.71.05_load.txt"
            << "595.71.05"
            << "595.71.05"
            << "13.2" << 1 << "NVIDIA GeForce RTX 4080" << true << "00000000:01:00.0"
            << qint64(1474) << qint64(16376) << "" << 0;
    }
    void table()
    {
        QFETCH(QString, file);
        QFETCH(QString, smi);
        QFETCH(QString, driver);
        QFETCH(QString, cuda);
        QFETCH(int, count);
        QFETCH(QString, name);
        QFETCH(bool, truncated);
        QFETCH(QString, bus);
        QFETCH(qint64, memUsed);
        QFETCH(qint64, memTotal);
        QFETCH(QString, mig);
        QFETCH(int, migDevices);
        const SmiReport r =
            parseSmiTable(QString::fromUtf8(load(QStringLiteral("nvidia-smi/table"), file)));
        QVERIFY(r.valid);
        QCOMPARE(r.format, QStringLiteral("table"));
        QCOMPARE(r.smiVersion, smi);
        QCOMPARE(r.driverVersion, driver);
        QCOMPARE(r.cudaVersion, cuda);
        QCOMPARE(r.gpus.size(), count);
        const SmiGpu &g = r.gpus.first();
        QCOMPARE(g.index, 0);
        QCOMPARE(g.name, name);
        QCOMPARE(g.nameTruncated, truncated);
        QCOMPARE(g.busId, bus);
        QCOMPARE(g.memoryUsedMiB, memUsed);
        QCOMPARE(g.memoryTotalMiB, memTotal);
        QCOMPARE(g.migCurrent, mig);
        QCOMPARE(g.migDevices.size(), migDevices);
        for (int i = 0; i < r.gpus.size(); ++i) // indexes in order, processes never taken as GPUs
            QCOMPARE(r.gpus[i].index, i);
    }

    void tableDetails()
    {
        SmiReport r = parseSmiTable(QString::fromUtf8(
            load(QStringLiteral("nvidia-smi/table"), QStringLiteral("gls_A40x10.txt"))));
        QCOMPARE(r.gpus.last().index, 9);
        QVERIFY(r.gpus.last().memoryTotalMiB > 0);
        r = parseSmiTable(
            QString::fromUtf8(load(QStringLiteral("nvidia-smi/table"),
                                   QStringLiteral("uozdemir_h200-mig__590.48.01_idle.txt"))));
        const SmiMigDevice &d = r.gpus.first().migDevices[1];
        QCOMPARE(d.gpuInstanceId, 2);
        QCOMPARE(d.computeInstanceId, 1);
        QCOMPARE(d.index, 1);
        QCOMPARE(d.memoryTotalMiB, qint64(71424));
        QCOMPARE(d.memoryUsedMiB, qint64(22));
        r = parseSmiTable(
            QString::fromUtf8(load(QStringLiteral("nvidia-smi/table"),
                                   QStringLiteral("deepracer_tesla-t4_aws_440.64.00.txt"))));
        const SmiGpu &t4 = r.gpus.first();
        QCOMPARE(t4.persistenceMode, QStringLiteral("Enabled"));
        QCOMPARE(t4.temperatureC, 31);
        QCOMPARE(t4.powerDrawW, 10.0);
        QCOMPARE(t4.powerLimitW, 70.0);
        QCOMPARE(t4.computeMode, QStringLiteral("Default"));
        QCOMPARE(t4.displayActive, QStringLiteral("Disabled"));
        r = parseSmiTable(QString::fromUtf8(
            load(QStringLiteral("nvidia-smi/table"),
                 QStringLiteral("issue-cbio38_3x-gtx680_331.62_2014_partial.txt"))));
        QCOMPARE(r.gpus[2].busId, QStringLiteral("0000:83:00.0"));
        QCOMPARE(r.gpus[2].temperatureC, 34);
        QCOMPARE(r.gpus[2].powerDrawW, -1.0);
    }

    void tableEdgeCases()
    {
        QVERIFY(!parseSmiTable(QString()).valid);
        QVERIFY(!parseSmiTable(QStringLiteral("No devices were found\n")).valid);
        // Header only (the GPU box cut off): versions still read.
        const SmiReport r =
            parseSmiTable(QStringLiteral("| NVIDIA-SMI 535.154.05             Driver Version: "
                                         "535.154.05   CUDA Version: 12.2     |\n"));
        QVERIFY(r.valid);
        QCOMPARE(r.driverVersion, QStringLiteral("535.154.05"));
        QCOMPARE(r.cudaVersion, QStringLiteral("12.2"));
        QVERIFY(r.gpus.isEmpty());
        // CRLF line ends.
        QString t = QString::fromUtf8(fixture(QStringLiteral("nvidia-smi/table/gls_RTX5090.txt")));
        t.replace(QLatin1String("\n"), QLatin1String("\r\n"));
        const SmiReport c = parseSmiTable(t);
        QCOMPARE(c.gpus.size(), 1);
        QCOMPARE(c.gpus.first().memoryTotalMiB, qint64(32607));
    }

    // ------------------------------------------------------------------ CSV
    void csv_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("fields"); // the --query-gpu list, for noheader files
        QTest::addColumn<bool>("hadHeader");
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("gpus");
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("name0");
        QTest::addColumn<qint64>("memTotal0");
        QTest::addColumn<QString>("cc0");
        QTest::addColumn<QString>("mig0");
        QTest::addColumn<QString>("bus0");
        QTest::newRow("8x-5060ti-noheader")
            << "codeindex-56551853030_8x-rtx5060ti_580.159.03_noheader.csv"
            << QStringList{"index", "name", "driver_version", "memory.total"} << false << 4 << 8
            << 8 << "580.159.03"
            << "NVIDIA GeForce RTX 5060 Ti" << qint64(16311) << ""
            << ""
            << "";
        QTest::newRow("triton-header")
            << "issue-triton8070_titan-v-plus-rtx5880ada_570.86.15_header.csv" << QStringList{}
            << true << 5 << 2 << 2 << "570.86.15"
            << "NVIDIA TITAN V" << qint64(-1) << "7.0"
            << ""
            << "";
        QTest::newRow("p100-nounits")
            << "netdata_tesla-p100_nounits.csv" << QStringList{} << true << 15 << 1 << 1 << ""
            << "Tesla P100-PCIE-16GB" << qint64(-1) << ""
            << ""
            << "";
        QTest::newRow("h100-mig-all") << "uozdemir_h100-mig__590.48.01_allfields.csv"
                                      << QStringList{} << true << 212 << 1 << 1 << "590.48.01"
                                      << "NVIDIA H100 80GB HBM3" << qint64(81559) << "9.0"
                                      << "Enabled"
                                      << "00000000:00:09.0";
        QTest::newRow("h100-compute-apps") << "uozdemir_h100-mig__590.48.01_compute-apps.csv"
                                           << QStringList{} << true << 8 << 3 << 0 << ""
                                           << "" << qint64(-1) << ""
                                           << ""
                                           << "";
        QTest::newRow("l40s-all") << "uozdemir_l40s__595.80_allfields.csv" << QStringList{} << true
                                  << 202 << 1 << 1 << "595.80"
                                  << "NVIDIA L40S" << qint64(46068) << "8.9"
                                  << ""
                                  << "00000000:01:00.0";
        QTest::newRow("2080s-610-kmd") << "uozdemir_rtx-2080-super__610.57.04_allfields.csv"
                                       << QStringList{} << true << 241 << 1 << 1 << "610.57.04"
                                       << "NVIDIA GeForce RTX 2080 SUPER" << qint64(8192) << "7.5"
                                       << ""
                                       << "00000000:0C:00.0";
    }
    void csv()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, fields);
        QFETCH(bool, hadHeader);
        QFETCH(int, columns);
        QFETCH(int, rows);
        QFETCH(int, gpus);
        QFETCH(QString, driver);
        QFETCH(QString, name0);
        QFETCH(qint64, memTotal0);
        QFETCH(QString, cc0);
        QFETCH(QString, mig0);
        QFETCH(QString, bus0);
        const QString text = QString::fromUtf8(load(QStringLiteral("nvidia-smi/csv"), file));
        const SmiCsv t = parseSmiCsvTable(text, fields);
        QCOMPARE(t.hadHeader, hadHeader);
        QCOMPARE(t.fields.size(), columns);
        QCOMPARE(t.rows.size(), rows);
        for (const QStringList &row : t.rows)
            QCOMPARE(row.size(), columns);
        const SmiReport r = parseSmiCsv(text, fields);
        QCOMPARE(r.gpus.size(), gpus);
        QCOMPARE(r.valid, gpus > 0);
        QCOMPARE(r.driverVersion, driver);
        if (gpus == 0) return;
        QCOMPARE(r.gpus.first().name, name0);
        QCOMPARE(r.gpus.first().memoryTotalMiB, memTotal0);
        QCOMPARE(r.gpus.first().computeCapability, cc0);
        QCOMPARE(r.gpus.first().migCurrent, mig0);
        QCOMPARE(r.gpus.first().busId, bus0);
    }
    void csvDetails()
    {
        // Units stay in the nounits header; [N/A] is missing; the compute-apps columns keep their
        // raw cells.
        const SmiCsv p = parseSmiCsvTable(QString::fromUtf8(
            fixture(QStringLiteral("nvidia-smi/csv/netdata_tesla-p100_nounits.csv"))));
        QCOMPARE(p.fields[2], QStringLiteral("fan.speed"));
        QCOMPARE(p.units[2], QStringLiteral("%"));
        QCOMPARE(p.units[5], QStringLiteral("MiB"));
        QCOMPARE(smiValue(p.rows[0][2]), QString());
        const SmiReport pr = parseSmiCsv(QString::fromUtf8(
            fixture(QStringLiteral("nvidia-smi/csv/netdata_tesla-p100_nounits.csv"))));
        QCOMPARE(pr.gpus.first().memoryUsedMiB, qint64(0));
        QCOMPARE(pr.gpus.first().temperatureC, 37);
        QCOMPARE(pr.gpus.first().powerDrawW, 28.16);
        QCOMPARE(pr.gpus.first().uuid, QStringLiteral("GPU-ef1b2c9b-38d8-2090-2bd1-f567a3eb42a6"));
        const SmiCsv apps = parseSmiCsvTable(QString::fromUtf8(fixture(
            QStringLiteral("nvidia-smi/csv/uozdemir_h100-mig__590.48.01_compute-apps.csv"))));
        QCOMPARE(apps.fields[5], QStringLiteral("pid"));
        QCOMPARE(apps.rows[2][5], QStringLiteral("21198"));
        QCOMPARE(apps.rows[2][6], QStringLiteral("./gpu_burn"));
        const SmiReport t = parseSmiCsv(QString::fromUtf8(fixture(QStringLiteral(
            "nvidia-smi/csv/issue-triton8070_titan-v-plus-rtx5880ada_570.86.15_header.csv"))));
        QCOMPARE(t.gpus[1].index, 1);
        QCOMPARE(t.gpus[1].name, QStringLiteral("NVIDIA RTX 5880 Ada Generation"));
        QCOMPARE(t.gpus[1].computeCapability, QStringLiteral("8.9"));
        QCOMPARE(t.gpus[1].computeMode, QStringLiteral("Default"));
        // The probe's own fallback query, noheader/nounits, with an N/A compute_cap (old driver).
        const SmiReport f = parseSmiCsv(
            QStringLiteral(
                "0, NVIDIA GeForce RTX 3060, 00000000:01:00.0, 535.154.05, 12288, [N/A]\n"),
            smiCsvFallbackFields());
        QCOMPARE(f.gpus.size(), 1);
        QCOMPARE(f.gpus[0].busId, QStringLiteral("00000000:01:00.0"));
        QCOMPARE(f.gpus[0].memoryTotalMiB, qint64(12288));
        QCOMPARE(f.gpus[0].computeCapability, QString());
        QCOMPARE(f.driverVersion, QStringLiteral("535.154.05"));
        // An error message instead of rows.
        QVERIFY(
            !parseSmiCsv(QStringLiteral("Field \"compute_cap\" is not a valid field to query.\n"),
                         smiCsvFallbackFields())
                 .valid);
        QVERIFY(!parseSmiCsv(QString(), smiCsvFallbackFields()).valid);
    }

    // ------------------------------------------------------------------ -L
    void list_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("gpus");
        QTest::addColumn<QString>("name0");
        QTest::addColumn<QString>("uuid0");
        QTest::addColumn<QString>("nameLast");
        QTest::addColumn<QStringList>("migProfiles0");
        QTest::newRow("nct1227") << "issue-nct1227_mixed-2x-a10-2x-t4.txt" << 4 << "NVIDIA A10"
                                 << "GPU-f15ae561-21b1-6003-c768-861fc285203b"
                                 << "Tesla T4" << QStringList{};
        QTest::newRow("triton8070")
            << "issue-triton8070_titan-v-plus-rtx5880ada.txt" << 2 << "NVIDIA TITAN V"
            << "GPU-b5169cef-2205-c30e-f2b3-220cfa14bafd"
            << "NVIDIA RTX 5880 Ada Generation" << QStringList{};
        QTest::newRow("h100") << "uozdemir_h100-80gb-hbm3__590.48.01.txt" << 1
                              << "NVIDIA H100 80GB HBM3"
                              << "GPU-00000000-0000-0000-0000-000000000000"
                              << "NVIDIA H100 80GB HBM3" << QStringList{};
        QTest::newRow("h100-mig") << "uozdemir_h100-mig__590.48.01.txt" << 1
                                  << "NVIDIA H100 80GB HBM3"
                                  << "GPU-00000000-0000-0000-0000-000000000000"
                                  << "NVIDIA H100 80GB HBM3"
                                  << QStringList{"3g.40gb", "2g.20gb", "1g.10gb", "1g.10gb"};
        QTest::newRow("h200-mig") << "uozdemir_h200-mig__590.48.01.txt" << 1 << "NVIDIA H200"
                                  << "GPU-00000000-0000-0000-0000-000000000000"
                                  << "NVIDIA H200"
                                  << QStringList{"1c.3g.71gb", "2c.3g.71gb", "2g.35gb", "1g.18gb",
                                                 "1g.18gb"};
        QTest::newRow("l40s") << "uozdemir_l40s__595.80.txt" << 1 << "NVIDIA L40S"
                              << "GPU-00000000-0000-0000-0000-000000000000"
                              << "NVIDIA L40S" << QStringList{};
        QTest::newRow("2080s") << "uozdemir_rtx-2080-super__610.57.04.txt" << 1
                               << "NVIDIA GeForce RTX 2080 SUPER"
                               << "GPU-00000000-0000-0000-0000-000000000000"
                               << "NVIDIA GeForce RTX 2080 SUPER" << QStringList{};
    }
    void list()
    {
        QFETCH(QString, file);
        QFETCH(int, gpus);
        QFETCH(QString, name0);
        QFETCH(QString, uuid0);
        QFETCH(QString, nameLast);
        QFETCH(QStringList, migProfiles0);
        const SmiReport r =
            parseSmiList(QString::fromUtf8(load(QStringLiteral("nvidia-smi/list"), file)));
        QVERIFY(r.valid);
        QCOMPARE(r.gpus.size(), gpus);
        QCOMPARE(r.gpus.first().name, name0);
        QCOMPARE(r.gpus.first().uuid, uuid0);
        QCOMPARE(r.gpus.last().name, nameLast);
        QCOMPARE(r.gpus.last().index, gpus - 1);
        QStringList profiles;
        for (const SmiMigDevice &d : r.gpus.first().migDevices) {
            QCOMPARE(d.index, int(profiles.size()));
            QVERIFY(d.uuid.startsWith(QLatin1String("MIG-")));
            profiles << d.profile;
        }
        QCOMPARE(profiles, migProfiles0);
        QCOMPARE(r.gpus.first().migCurrent,
                 migProfiles0.isEmpty() ? QString() : QStringLiteral("Enabled"));
    }

    // ------------------------------------------------------------------ --version
    void version_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("smi");
        QTest::addColumn<QString>("nvml");
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("cuda");
        QTest::newRow("h100") << "uozdemir_h100-80gb-hbm3__590.48.01.txt"
                              << "590.48.01"
                              << "590.48"
                              << "590.48.01"
                              << "13.1";
        QTest::newRow("l40s") << "uozdemir_l40s__595.80.txt"
                              << "595.80"
                              << "595.80"
                              << "595.80"
                              << "13.2";
        QTest::newRow("2080s-595") << "uozdemir_rtx-2080-super__595.71.05.txt"
                                   << "595.71.05"
                                   << "595.71"
                                   << "595.71.05"
                                   << "13.2";
        QTest::newRow("2080s-610-kmd") << "uozdemir_rtx-2080-super__610.57.04.txt"
                                       << "610.57.04"
                                       << "610.57"
                                       << "610.57.04"
                                       << "13.3";
    }
    void version()
    {
        QFETCH(QString, file);
        QFETCH(QString, smi);
        QFETCH(QString, nvml);
        QFETCH(QString, driver);
        QFETCH(QString, cuda);
        const SmiReport r =
            parseSmiVersion(QString::fromUtf8(load(QStringLiteral("nvidia-smi/version"), file)));
        QVERIFY(r.valid);
        QCOMPARE(r.smiVersion, smi);
        QCOMPARE(r.nvmlVersion, nvml);
        QCOMPARE(r.driverVersion, driver);
        QCOMPARE(r.cudaVersion, cuda);
    }

    // ------------------------------------------------------------------ -q
    void queryText_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("cuda");
        QTest::addColumn<int>("attached");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("bus");
        QTest::addColumn<qint64>("memTotal");
        QTest::addColumn<QString>("mig");
        QTest::addColumn<int>("migDevices");
        QTest::addColumn<QString>("arch");
        QTest::newRow("h100-mig") << "uozdemir_h100-mig__590.48.01_q.txt"
                                  << "590.48.01"
                                  << "13.1" << 1 << "NVIDIA H100 80GB HBM3"
                                  << "00000000:00:09.0" << qint64(81559) << "Enabled" << 4
                                  << "Hopper";
        QTest::newRow("2080s-610") << "uozdemir_rtx-2080-super__610.57.04_q.txt"
                                   << "610.57.04"
                                   << "13.3" << 1 << "NVIDIA GeForce RTX 2080 SUPER"
                                   << "00000000:0C:00.0" << qint64(8192) << "" << 0 << "Turing";
    }
    void queryText()
    {
        QFETCH(QString, file);
        QFETCH(QString, driver);
        QFETCH(QString, cuda);
        QFETCH(int, attached);
        QFETCH(QString, name);
        QFETCH(QString, bus);
        QFETCH(qint64, memTotal);
        QFETCH(QString, mig);
        QFETCH(int, migDevices);
        QFETCH(QString, arch);
        const SmiReport r = parseSmiQueryText(
            QString::fromUtf8(load(QStringLiteral("nvidia-smi/query-text"), file)));
        QVERIFY(r.valid);
        QCOMPARE(r.driverVersion, driver);
        QCOMPARE(r.cudaVersion, cuda);
        QCOMPARE(r.attachedGpus, attached);
        QCOMPARE(r.gpus.size(), 1);
        const SmiGpu &g = r.gpus.first();
        QCOMPARE(g.name, name);
        QCOMPARE(g.busId, bus);
        QCOMPARE(g.memoryTotalMiB, memTotal);
        QCOMPARE(g.migCurrent, mig);
        QCOMPARE(g.migDevices.size(), migDevices);
        QCOMPARE(g.architecture, arch);
        QVERIFY(g.uuid.startsWith(QLatin1String("GPU-")));
        if (migDevices) {
            QCOMPARE(g.migDevices[0].gpuInstanceId, 2);
            QCOMPARE(g.migDevices[0].memoryTotalMiB, qint64(40448));
        }
    }

    // ------------------------------------------------------------------ errors
    void errors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("nvmlLib");
        QTest::addColumn<QString>("bus");
        QTest::addColumn<QString>("field");
        using E = SmiError;
        QTest::newRow("gpu-lost") << "device-handle-gpu-is-lost.txt" << 15 << int(E::GpuLost) << ""
                                  << "0000:02:00.0"
                                  << "";
        QTest::newRow("handle-2015") << "device-handle-unknown-error_2015-format-with-space.txt"
                                     << 15 << int(E::DeviceHandleUnknown) << ""
                                     << "0000:0B:00.0"
                                     << "";
        QTest::newRow("handle-2024") << "device-handle-unknown-error_2024-format-no-space.txt" << 15
                                     << int(E::DeviceHandleUnknown) << ""
                                     << "0000:07:00.0"
                                     << "";
        QTest::newRow("not-loaded")
            << "driver-not-loaded_couldnt-communicate.txt" << 9 << int(E::DriverNotLoaded) << ""
            << ""
            << "";
        QTest::newRow("nvml-missing")
            << "libnvidia-ml-not-found.txt" << 12 << int(E::NvmlMissing) << ""
            << ""
            << "";
        QTest::newRow("no-devices") << "no-devices-were-found.txt" << 6 << int(E::NoDevices) << ""
                                    << ""
                                    << "";
        QTest::newRow("nvml-unknown") << "nvml-unknown-error_container-after-daemon-reload.txt"
                                      << 255 << int(E::NvmlUnknownError) << ""
                                      << ""
                                      << "";
        QTest::newRow("mismatch-460")
            << "nvml-version-mismatch_legacy-460.txt" << 18 << int(E::VersionMismatch) << ""
            << ""
            << "";
        QTest::newRow("mismatch-550") << "nvml-version-mismatch_with-lib-version_550.txt" << 18
                                      << int(E::VersionMismatch) << "550.144"
                                      << ""
                                      << "";
        QTest::newRow("mismatch-580") << "nvml-version-mismatch_with-lib-version_580_truenas.txt"
                                      << 18 << int(E::VersionMismatch) << "580.178"
                                      << ""
                                      << "";
        QTest::newRow("invalid-field")
            << "query-gpu-invalid-field.txt" << 2 << int(E::InvalidQueryField) << ""
            << ""
            << "id";
    }
    void errors()
    {
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(int, kind);
        QFETCH(QString, nvmlLib);
        QFETCH(QString, bus);
        QFETCH(QString, field);
        const QString text = QString::fromUtf8(load(QStringLiteral("nvidia-smi/errors"), file));
        const SmiErrorInfo e = classifySmiOutput(text, exitCode);
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.nvmlLibraryVersion, nvmlLib);
        QCOMPARE(e.busId, bus);
        QCOMPARE(e.field, field);
        QCOMPARE(e.message, text.section(QLatin1Char('\n'), 0, 0).trimmed());
        // The same text on stderr of a CommandResult classifies the same; no parser takes it as
        // data.
        CommandResult r;
        r.status = CommandResult::Status::Exited;
        r.exitCode = exitCode;
        r.stdErr = text.toUtf8();
        QCOMPARE(int(classifySmiResult(r).kind), kind);
        QVERIFY(!parseSmiXml(text.toUtf8()).valid);
        QVERIFY(!parseSmiTable(text).valid);
        QVERIFY(!parseSmiList(text).valid);
        QVERIFY(!parseSmiCsv(text, smiCsvFallbackFields()).valid);
    }
    void errorResults()
    {
        CommandResult r;
        r.status = CommandResult::Status::TimedOut;
        QCOMPARE(classifySmiResult(r).kind, SmiError::TimedOut);
        r.status = CommandResult::Status::NotInstalled;
        QCOMPARE(classifySmiResult(r).kind, SmiError::NotInstalled);
        r.status = CommandResult::Status::Crashed;
        QCOMPARE(classifySmiResult(r).kind, SmiError::Other);
        r.status = CommandResult::Status::Exited;
        r.exitCode = 0;
        r.stdOut = "<nvidia_smi_log/>";
        QCOMPARE(classifySmiResult(r).kind, SmiError::None);
        r.exitCode = 3;
        r.stdOut = "something new\n";
        QCOMPARE(classifySmiResult(r).kind, SmiError::Other);
        QCOMPARE(classifySmiResult(r).message, QStringLiteral("something new"));
        QCOMPARE(smiErrorName(SmiError::VersionMismatch), QStringLiteral("version-mismatch"));
    }
    void missingValues_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("value");
        QTest::newRow("na") << "N/A"
                            << "";
        QTest::newRow("[na]") << "[N/A]"
                              << "";
        QTest::newRow("not-supported") << "[Not Supported]"
                                       << "";
        QTest::newRow("not-found") << "Not Found"
                                   << "";
        QTest::newRow("unknown-error") << "Unknown Error"
                                       << "";
        QTest::newRow("deprecated") << "[Requested functionality has been deprecated]"
                                    << "";
        QTest::newRow("kmd-deprecated") << "Deprecated, see \"KMD version\" instead"
                                        << "";
        QTest::newRow("value") << "  12.4 "
                               << "12.4";
        QTest::newRow("disabled") << "Disabled"
                                  << "Disabled";
    }
    void missingValues()
    {
        QFETCH(QString, raw);
        QFETCH(QString, value);
        QCOMPARE(smiValue(raw), value);
    }

    // ------------------------------------------------------------------
    // /proc/driver/nvidia/version
    void procVersion_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("open");
        QTest::addColumn<QString>("arch");
        QTest::addColumn<QString>("buildDate");
        QTest::addColumn<QString>("builder");
        QTest::addColumn<QString>("gccVersion");
        QTest::addColumn<bool>("hasGccLine");
        QTest::newRow("470-multilib")
            << "codeindex-12354012294_proprietary_470.223.02_gcc-line-selected-multilib.txt"
            << "470.223.02" << false << "x86_64"
            << "Sat Oct 7 15:39:11 UTC 2023"
            << ""
            << "" << true;
        QTest::newRow("555-fedora-open") << "codeindex-16526862130_open_555.58.02_fedora.txt"
                                         << "555.58.02" << true << "x86_64"
                                         << "Tue Jun 25 01:26:03 UTC 2024"
                                         << "dvs-builder@U16-I3-B03-4-3"
                                         << "14.2.1" << true;
        QTest::newRow("440-ubuntu18")
            << "codeindex-26185437064_proprietary_440.95.01_ubuntu-18.04.txt"
            << "440.95.01" << false << "x86_64"
            << "Thu May 28 07:03:08 UTC 2020"
            << ""
            << "7.5.0" << true;
        QTest::newRow("410-ubuntu16") << "codeindex-4778497326_proprietary_410.48_ubuntu-16.04.txt"
                                      << "410.48" << false << "x86_64"
                                      << "Thu Sep 6 06:36:33 CDT 2018"
                                      << ""
                                      << "5.4.0" << true;
        QTest::newRow("177-2008") << "codeindex-57061728019_proprietary_177.80_2008_ubuntu-8.10.txt"
                                  << "177.80" << false << "x86_64"
                                  << "Wed Oct 1 14:43:46 PDT 2008"
                                  << ""
                                  << "4.3.2" << true;
        QTest::newRow("555-ubuntu22-open") << "codeindex-77589086_open_555.42.02_ubuntu-22.04.txt"
                                           << "555.42.02" << true << "x86_64"
                                           << "Mon May 13 17:10:33 UTC 2024"
                                           << "dvs-builder@U16-I3-A03-02-4"
                                           << "11.4.0" << true;
        QTest::newRow("555-gentoo-ru")
            << "issue-hyprland6715_open_555.58_gentoo_ru-locale-date_first-line-only.txt"
            << "555.58" << true << "x86_64" << QString::fromUtf8("Сб 29 июн 2024 14:36:22 MSK")
            << "portage@localhost"
            << "" << false;
        QTest::newRow("525-arch-no-date") << "issue-nixgl121_open_525.60.11_arch_no-build-date.txt"
                                          << "525.60.11" << true << "x86_64"
                                          << ""
                                          << "archlinux-builder@localhost"
                                          << "12.2.0" << true;
        QTest::newRow("565-ubuntu24-open") << "issue-nixgl186_open_565.57.01_ubuntu-24.04.txt"
                                           << "565.57.01" << true << "x86_64"
                                           << "Thu Oct 10 12:15:00 UTC 2024"
                                           << "dvs-builder@U16-A24-9-2"
                                           << "13.3.0" << true;
        QTest::newRow("580-truenas")
            << "issue-truenas19_proprietary_580.173.02_mismatch-with-nvml-580.178.txt"
            << "580.173.02" << false << "x86_64"
            << "Tue Jun 23 08:38:17 UTC 2026"
            << ""
            << "14.2.0" << true;
        QTest::newRow("440-arch") << "nixgl-all.nix_proprietary_440.82_arch.txt"
                                  << "440.82" << false << "x86_64"
                                  << "Wed Apr 1 20:04:33 UTC 2020"
                                  << ""
                                  << "9.3.0" << true;
    }
    void procVersion()
    {
        QFETCH(QString, file);
        QFETCH(QString, version);
        QFETCH(bool, open);
        QFETCH(QString, arch);
        QFETCH(QString, buildDate);
        QFETCH(QString, builder);
        QFETCH(QString, gccVersion);
        QFETCH(bool, hasGccLine);
        const NvidiaProcVersion v =
            parseNvidiaProcVersion(QString::fromUtf8(load(QStringLiteral("proc-driver"), file)));
        QVERIFY(v.valid);
        QCOMPARE(v.version, version);
        QCOMPARE(v.open, open);
        QCOMPARE(v.architecture, arch);
        QCOMPARE(v.buildDate, buildDate);
        QCOMPARE(v.builder, builder);
        QCOMPARE(v.gccVersion, gccVersion);
        QCOMPARE(!v.gccLine.isEmpty(), hasGccLine);
        QVERIFY(v.firstLine.startsWith(QLatin1String("NVRM version:")));
    }
    void procVersionEdgeCases()
    {
        QVERIFY(!parseNvidiaProcVersion(QString()).valid);
        QVERIFY(!parseNvidiaProcVersion(QStringLiteral("garbage\n")).valid);
        const NvidiaProcVersion a =
            parseNvidiaProcVersion(QStringLiteral("NVRM version: NVIDIA UNIX aarch64 Kernel Module "
                                                  " 550.127.05  Tue Oct  8 03:22:07 UTC 2024\n"));
        QVERIFY(a.valid);
        QCOMPARE(a.architecture, QStringLiteral("aarch64"));
        QCOMPARE(a.version, QStringLiteral("550.127.05"));
        QVERIFY(!a.open);
        const NvidiaProcVersion m = parseNvidiaProcVersion(QString::fromUtf8(fixture(QStringLiteral(
            "proc-driver/"
            "codeindex-12354012294_proprietary_470.223.02_gcc-line-selected-multilib.txt"))));
        QCOMPARE(m.gccLine, QStringLiteral("Selected multilib: .;@m64"));
    }

    // ------------------------------------------------------------------ ubuntu-drivers
    void ubuntuDrivers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("isList");
        QTest::addColumn<int>("drivers");
        QTest::addColumn<QString>("recommended"); // devices: the recommended one; list: first entry
        QTest::addColumn<QString>("deviceId"); // devices; list: kernel modules of the first entry
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("manual");
        QTest::newRow("t4-no-model") << "deepracer_aws-g4dn-tesla-t4_devices_no-model-line.txt"
                                     << false << 5 << "nvidia-driver-440"
                                     << "1eb8"
                                     << "" << false;
        QTest::newRow("1070ti") << "issue-cloudbox312_gtx1070ti_devices.txt" << false << 3
                                << "nvidia-driver-430"
                                << "1b82"
                                << "GP104 [GeForce GTX 1070 Ti]" << false;
        QTest::newRow("nvs5200m") << "issue-ngd36_nvs5200m_laptop_devices.txt" << false << 5
                                  << "nvidia-driver-435"
                                  << "0dfc"
                                  << "GF108GLM [NVS 5200M]" << false;
        QTest::newRow("gt640-third-party") << "issue-popos470-18_gt640_devices_third-party.txt"
                                           << false << 6 << "nvidia-driver-470"
                                           << "0fc1"
                                           << "GK107 [GeForce GT 640]" << false;
        QTest::newRow("650ti-server")
            << "issue-udc48_gtx650ti_elementary_devices_server-recommended.txt" << false << 8
            << "nvidia-driver-450-server"
            << "11c6"
            << "GK106 [GeForce GTX 650 Ti]" << false;
        QTest::newRow("980-manual")
            << "issue-udc95_gtx980_devices_manual-install.txt" << false << 9 << "nvidia-driver-535"
            << "13c0"
            << "GM204 [GeForce GTX 980]" << true;
        QTest::newRow("9600gt-devices")
            << "mkpmb_geforce-9600gt_legacy340_devices.txt" << false << 2 << "nvidia-340"
            << "0622"
            << "G94 [GeForce 9600 GT]" << false;
        QTest::newRow("9600gt-list")
            << "mkpmb_geforce-9600gt_legacy340_list.txt" << true << 1 << "nvidia-340"
            << ""
            << "" << false;
        QTest::newRow("1660s-devices")
            << "mkpmb_gtx1660super_focal-hwe_devices.txt" << false << 6 << "nvidia-driver-470"
            << "21c4"
            << "TU116 [GeForce GTX 1660 SUPER]" << false;
        QTest::newRow("1660s-list")
            << "mkpmb_gtx1660super_focal-hwe_list.txt" << true << 5 << "nvidia-driver-460"
            << "linux-modules-nvidia-460-generic-hwe-20.04"
            << "" << false;
    }
    void ubuntuDrivers()
    {
        QFETCH(QString, file);
        QFETCH(bool, isList);
        QFETCH(int, drivers);
        QFETCH(QString, recommended);
        QFETCH(QString, deviceId);
        QFETCH(QString, model);
        QFETCH(bool, manual);
        const QString text = QString::fromUtf8(load(QStringLiteral("ubuntu-drivers"), file));
        if (isList) {
            const QList<UbuntuDriversListEntry> l = parseUbuntuDriversList(text);
            QCOMPARE(l.size(), drivers);
            QCOMPARE(l.first().package, recommended);
            QCOMPARE(l.first().kernelModules, deviceId);
            return;
        }
        const QList<UbuntuDriverDevice> d = parseUbuntuDriversDevices(text);
        QCOMPARE(d.size(), 1);
        const UbuntuDriverDevice &dev = d.first();
        QVERIFY(dev.sysfsPath.startsWith(QLatin1String("/sys/devices/pci")));
        QCOMPARE(dev.vendorId, QStringLiteral("10de"));
        QCOMPARE(dev.vendor, QStringLiteral("NVIDIA Corporation"));
        QCOMPARE(dev.deviceId, deviceId);
        QCOMPARE(dev.model, model);
        QCOMPARE(dev.manualInstall, manual);
        QCOMPARE(dev.drivers.size(), drivers);
        QCOMPARE(dev.recommended, recommended);
        int recommendedCount = 0;
        for (const UbuntuDriverOption &o : dev.drivers)
            recommendedCount += o.recommended;
        QCOMPARE(recommendedCount, 1);
        // nouveau is always listed last, free and builtin.
        QCOMPARE(dev.drivers.last().package, QStringLiteral("xserver-xorg-video-nouveau"));
        QVERIFY(dev.drivers.last().builtin && dev.drivers.last().free);
    }
    void ubuntuDriversTags()
    {
        const QList<UbuntuDriverDevice> d =
            parseUbuntuDriversDevices(QString::fromUtf8(fixture(QStringLiteral(
                "ubuntu-drivers/deepracer_aws-g4dn-tesla-t4_devices_no-model-line.txt"))));
        const UbuntuDriverOption &o = d.first().drivers[3];
        QCOMPARE(o.package, QStringLiteral("nvidia-driver-440"));
        QCOMPARE(o.tags, (QStringList{"third-party", "free", "recommended"}));
        QVERIFY(o.thirdParty && o.free && o.recommended && !o.server);
        const QList<UbuntuDriverDevice> s =
            parseUbuntuDriversDevices(QString::fromUtf8(fixture(QStringLiteral(
                "ubuntu-drivers/issue-udc48_gtx650ti_elementary_devices_server-recommended.txt"))));
        QVERIFY(s.first().drivers[1].server);
        QVERIFY(!s.first().drivers[1].free);
        QVERIFY(parseUbuntuDriversDevices(QString()).isEmpty());
        QVERIFY(parseUbuntuDriversList(QStringLiteral("ERROR: something went wrong\n")).isEmpty());
    }

    // ------------------------------------------------------------------ every fixture has a row
    void coverage()
    {
        for (const char *dir : {"nvidia-smi/xml", "nvidia-smi/table", "nvidia-smi/csv",
                                "nvidia-smi/list", "nvidia-smi/version", "nvidia-smi/query-text",
                                "nvidia-smi/errors", "proc-driver", "ubuntu-drivers"}) {
            const QString d = QLatin1String(dir);
            const QStringList files =
                QDir(QStringLiteral(GPUSETUP_TEST_DATA "/fixtures/") + d).entryList(QDir::Files);
            QVERIFY(!files.isEmpty());
            for (const QString &f : files)
                QVERIFY2(tested().contains(d + QLatin1Char('/') + f),
                         qPrintable(d + QLatin1Char('/') + f + QStringLiteral(" has no test row")));
        }
    }
};

QTEST_GUILESS_MAIN(TestNvidiaSmi)
#include "tst_nvidiasmi.moc"
