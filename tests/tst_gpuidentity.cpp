// GPU identity (issue 11): every NVIDIA card is recognised before the driver is installed.
// - a few hundred ids of the shipped table (every architecture, desktop and laptop rows, ids the
//   system's pci.ids does not know) on one snapshot with pci.ids 2023.04.10 and nouveau: the
//   architecture and compute capability that the card's *marketing name* implies (an oracle
//   independent of chip codes and id ranges), and a GPU stage that is never blocked for
//   Maxwell or newer;
// - the merge order (driver > gpus.json > id table > pci.ids chip code > id range), each field's
//   source, cut and placeholder driver names;
// - the loader refusing bad id-table data with one sentence;
// - the machine's form factor from DMI and batteries (never from an integrated GPU);
// - the A5000, GTX 1650 Mobile, RTX 5060 Laptop, iGPU desktop and Kepler hosts by name in the
//   doctor, the plan and the report.
#include "TestSnapshot.h"
#include "advice/Advisor.h"
#include "knowledge/Knowledge.h"
#include "probe/Facts.h"
#include "report/Report.h"

#include <QRegularExpression>
#include <QtTest>

using namespace gpusetup;
using namespace gpusetup::test;

namespace {

// What a card's marketing name says about its architecture, written from NVIDIA's product
// lines (not from chip codes or id ranges, which the code under test uses). First match wins;
// names it cannot place are left out of the test.
struct NameRule
{
    const char *pattern;
    const char *arch;
    const char *cc;
};
const NameRule kNameRules[] = {
    {"^GeForce RTX 50[5-9]0( Ti)?( Laptop GPU)?$", "Blackwell", "12.0"},
    {"^RTX PRO [0-9]+ Blackwell", "Blackwell", "12.0"},
    {"^(H100|H200|H800|GH200)\\b", "Hopper", "9.0"},
    {"^GeForce RTX 40[5-9]0( Ti| SUPER| Ti SUPER)?( Laptop GPU)?$", "Ada Lovelace", "8.9"},
    {"^RTX [0-9]+ Ada Generation", "Ada Lovelace", "8.9"},
    {"^(L4|L40|L40S|L40G)$", "Ada Lovelace", "8.9"},
    {"^(A100|A30|A800)\\b", "Ampere", "8.0"},
    {"^GeForce RTX 30[6-9]0( Ti)?( Laptop GPU)?$", "Ampere", "8.6"},
    {"^RTX A[0-9]{3,4}( [0-9]+GB)?( Laptop GPU| Embedded GPU)?$", "Ampere", "8.6"},
    {"^(A10|A10G|A16|A40|A2|A10M)$", "Ampere", "8.6"},
    {"^GeForce RTX 20[6-8]0( SUPER| Ti)?( with Max-Q Design)?$", "Turing", "7.5"},
    {"^GeForce GTX 16[56]0( Ti| SUPER)?( with Max-Q Design)?$", "Turing", "7.5"},
    {"^Quadro RTX [3-8]000( with Max-Q Design)?$", "Turing", "7.5"},
    {"^(TITAN RTX|Tesla T4)$", "Turing", "7.5"},
    {"^(T400|T600|T1000|T1200|T500|T550|T2000)( [0-9]+GB)?( Laptop GPU)?$", "Turing", "7.5"},
    {"^(Tesla V100|TITAN V$|Quadro GV100)", "Volta", "7.0"},
    {"^(Tesla P100|Quadro GP100)", "Pascal", "6.0"},
    {"^GeForce GTX 10[5-8]0( Ti)?( [356]GB)?( Mobile| Max-Q)?$", "Pascal", "6.1"},
    {"^(GeForce GT 1030|TITAN Xp|Tesla P4|Tesla P40)$", "Pascal", "6.1"},
    {"^Quadro P[0-9]{3,4}$", "Pascal", "6.1"},
    {"^GeForce MX(150|230|250|330|350)$", "Pascal", "6.1"},
    {"^GeForce GTX (950|960|970|980)( Ti)?$", "Maxwell", "5.2"},
    {"^(GeForce GTX TITAN X|Tesla M40|Tesla M60|Quadro M6000)$", "Maxwell", "5.2"},
    {"^GeForce GTX 750( Ti)?$", "Maxwell", "5.0"},
    {"^GeForce GTX (850M|860M|950M|960M)$", "Maxwell", "5.0"},
    {"^GeForce (830M|840M|930M|940M|940MX|930MX|920MX|MX110|MX130)$", "Maxwell", "5.0"},
    {"^GeForce GTX (650|660|670|680|690|760|770)( Ti)?$", "Kepler", "3.0"},
    // (Tesla K40c / K40t are GK180: nvidia_chips.json has no GK180 row, so they stay unknown.)
    {"^(GeForce GTX 780( Ti)?|GeForce GTX TITAN( Black)?|Tesla K20Xm|Tesla K40m)$", "Kepler",
     "3.5"},
};

// Kepler chips sold under a later generation's name (pci.ids gives the chip: GK107 "GT 1030",
// GK104M "GTX 860M", GK106 "GTX 750 Ti"): the chip is right, the name misleads.
const QMap<QString, QString> kKeplerRebrands{{"0fc5", "3.0"}, {"119a", "3.0"}, {"11c7", "3.0"}};

bool isLaptopRow(const GpuIdRow &r)
{
    return GpuCatalog::isLaptopName(r.name);
}

QString stripVendor(QString name)
{
    if (name.startsWith(QLatin1String("NVIDIA "))) name = name.mid(7);
    return name;
}

const NameRule *ruleFor(const QString &name)
{
    for (const NameRule &r : kNameRules)
        if (QRegularExpression(QString::fromLatin1(r.pattern)).match(stripVendor(name)).hasMatch())
            return &r;
    return nullptr;
}

struct Case
{
    GpuIdRow row;
    QString arch;
    QString cc;
    QString slot;
};

// The ids of the test: every table row whose name a rule places, at most 12 per (rule, laptop
// or not) so that no product line crowds out the others.
QList<Case> pickCases()
{
    const GpuIdTable &t = Knowledge::builtin().gpus().ids();
    QMap<QString, int> perRule;
    QList<Case> out;
    QSet<QString> seen;
    for (int i = 0; i < t.rowCount(); ++i) {
        const GpuIdRow row = t.row(i);
        const NameRule *rule = ruleFor(row.name);
        if (!rule) continue;
        const QString key = row.deviceId + QLatin1Char(' ') + row.subsystem;
        if (seen.contains(key)) continue; // the same board in the README and in pci.ids
        seen.insert(key);
        const QString bucket =
            QString::fromLatin1(rule->pattern) + (isLaptopRow(row) ? "|laptop" : "|desktop");
        if (perRule[bucket]++ >= 12) continue;
        const int n = int(out.size());
        const bool rebrand = kKeplerRebrands.contains(row.deviceId);
        out << Case{row, rebrand ? QStringLiteral("Kepler") : QString::fromLatin1(rule->arch),
                    rebrand ? kKeplerRebrands.value(row.deviceId) : QString::fromLatin1(rule->cc),
                    QStringLiteral("0000:%1:%2.0")
                        .arg(n / 32 + 1, 2, 16, QLatin1Char('0'))
                        .arg(n % 32, 2, 16, QLatin1Char('0'))};
    }
    return out;
}

void pciFunction(SnapshotBuilder &b, const QString &slot, const QString &cls, const QString &vendor,
                 const QString &device, const QString &subsystem, const QString &driver)
{
    const QString dir = QStringLiteral("/sys/devices/pci0000:00/") + slot;
    b.file(dir + "/class", "0x" + cls.toLatin1() + "\n");
    b.file(dir + "/vendor", "0x" + vendor.toLatin1() + "\n");
    b.file(dir + "/device", "0x" + device.toLatin1() + "\n");
    const QStringList sub =
        subsystem.isEmpty() ? QStringList{"0000", "0000"} : subsystem.split(':');
    b.file(dir + "/subsystem_vendor", "0x" + sub[0].toLatin1() + "\n");
    b.file(dir + "/subsystem_device", "0x" + sub[1].toLatin1() + "\n");
    if (!driver.isEmpty()) {
        b.dir("/sys/bus/pci/drivers/" + driver);
        b.link("../../../../bus/pci/drivers/" + driver, dir + "/driver");
    }
    b.link("../../../devices/pci0000:00/" + slot, "/sys/bus/pci/devices/" + slot);
}

// A machine of Ubuntu 22.04 with nouveau and no NVIDIA driver.
void ubuntu2204Nouveau(SnapshotBuilder &b)
{
    b.file("/etc/os-release", fixture("os-release/chef_ubuntu_2204.os-release"));
    b.file("/usr/share/misc/pci.ids", fixture("pci-ids/pci.ids-2023.04.10_nvidia-section.txt"));
    b.file("/proc/modules", "nouveau 2 0 - Live 0x0\ni915 1 0 - Live 0x0\n");
    b.file("/sys/class/dmi/id/chassis_type", "3\n");
    b.dir("/sys/class/power_supply");
}

Facts hostFacts(const QString &name)
{
    static QMap<QString, Facts> cache;
    if (!cache.contains(name)) {
        QString error;
        auto host = SnapshotHost::open(hostsDir() + "/" + name, &error);
        if (!host) qFatal("cannot open %s: %s", qPrintable(name), qPrintable(error));
        cache.insert(name, probeAll(*host));
    }
    return cache.value(name);
}

const GpuDevice *firstNvidia(const Facts &f)
{
    for (const GpuDevice &g : f.gpus.gpus)
        if (g.nvidia) return &g;
    return nullptr;
}

} // namespace

class TestGpuIdentity : public QObject
{
    Q_OBJECT
    QList<Case> m_cases;
    Facts m_facts; // one snapshot with every case on its PCI bus

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Knowledge::builtin().loadError().isEmpty(),
                 qPrintable(Knowledge::builtin().loadError()));
        m_cases = pickCases();
        SnapshotBuilder b;
        ubuntu2204Nouveau(b);
        for (const Case &c : std::as_const(m_cases))
            pciFunction(b, c.slot, "030000", "10de", c.row.deviceId, c.row.subsystem, "nouveau");
        auto host = b.open();
        QVERIFY(host);
        m_facts = probeAll(*host);
        QCOMPARE(m_facts.gpus.nvidiaCount, int(m_cases.size()));
    }

    // The cases reach every architecture, laptop and desktop rows, board-specific rows and ids
    // that pci.ids 2023.04.10 does not know.
    void casesCoverTheTable()
    {
        QVERIFY2(m_cases.size() >= 250, qPrintable(QString::number(m_cases.size())));
        QMap<QString, int> perArch;
        int laptop = 0, desktop = 0, bySubsystem = 0, newerThanPciIds = 0;
        const QByteArray pciIds = fixture("pci-ids/pci.ids-2023.04.10_nvidia-section.txt");
        for (const Case &c : std::as_const(m_cases)) {
            ++perArch[c.arch];
            (isLaptopRow(c.row) ? laptop : desktop)++;
            bySubsystem += !c.row.subsystem.isEmpty();
            newerThanPciIds += !pciIds.contains("\n\t" + c.row.deviceId.toLatin1() + "  ");
        }
        for (const GpuArchitecture &a : Knowledge::builtin().gpus().architectures()) {
            if (a.name == QLatin1String("Rubin")) continue; // no card on the market yet
            QVERIFY2(perArch.value(a.name) >= 8, qPrintable(a.name));
        }
        QVERIFY2(laptop >= 60 && desktop >= 100,
                 qPrintable(QStringLiteral("%1 laptop, %2 desktop").arg(laptop).arg(desktop)));
        QVERIFY(bySubsystem >= 30);
        QVERIFY2(newerThanPciIds >= 40, qPrintable(QString::number(newerThanPciIds)));
        qInfo("%d ids: %d laptop, %d desktop, %d board-specific rows, %d unknown to pci.ids "
              "2023.04.10",
              int(m_cases.size()), laptop, desktop, bySubsystem, newerThanPciIds);
    }

    void tableIds_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_cases.size(); ++i) {
            const Case &c = m_cases[i];
            QTest::newRow(qPrintable(
                QStringLiteral("%1 %2 %3").arg(c.row.deviceId, c.row.subsystem, c.row.name)))
                << i;
        }
    }
    // Architecture and capability right, a name (never the bare id), the laptop mark, and a GPU
    // stage that is not blocked from Maxwell on (Kepler: blocked, with its legacy message).
    void tableIds()
    {
        QFETCH(int, index);
        const Case &c = m_cases[index];
        const GpuDevice *g = nullptr;
        for (const GpuDevice &d : m_facts.gpus.gpus)
            if (d.slot == c.slot) g = &d;
        QVERIFY(g);
        QCOMPARE(g->architecture, c.arch);
        QCOMPARE(g->computeCapability, c.cc);
        QVERIFY(g->known);
        QVERIFY2(!g->name.startsWith(QLatin1String("10de:")), qPrintable(g->name));
        QVERIFY(!g->nameFrom.isEmpty() && !g->architectureFrom.isEmpty());
        if (isLaptopRow(c.row)) QVERIFY2(g->laptop, qPrintable(g->name));

        Facts one = m_facts;
        one.gpus.gpus = {*g};
        one.gpus.nvidiaCount = 1;
        const Plan plan = advise(one, Knowledge::builtin(), Choices{});
        const StagePlan *gpu = plan.stage(StageId::Gpu);
        QVERIFY(gpu);
        if (c.arch == QLatin1String("Kepler")) {
            QCOMPARE(gpu->status, StageStatus::Blocked);
            QVERIFY(gpu->findings.size() >= 2);
            QCOMPARE(gpu->findings[1].id, QStringLiteral("gpu.kepler"));
        } else {
            QCOMPARE(gpu->status, StageStatus::Done);
            QVERIFY2(gpu->summary.contains(g->name), qPrintable(gpu->summary));
        }
    }

    // ---------------------------------------------------------------- the merge
    void mergeOrder_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("subsystem");
        QTest::addColumn<QString>("pciIdsName");
        QTest::addColumn<QString>("driverName");
        QTest::addColumn<QString>("driverCc");
        QTest::addColumn<int>("driverMiB");
        // name, nameFrom, architecture, cc, architectureFrom (prefix), memory, memoryFrom, laptop
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("nameFrom");
        QTest::addColumn<QString>("arch");
        QTest::addColumn<QString>("cc");
        QTest::addColumn<QString>("archFrom");
        QTest::addColumn<int>("memory");
        QTest::addColumn<QString>("memoryFrom");
        QTest::addColumn<bool>("laptop");

        // The driver names the card best; its memory and capability win too.
        QTest::newRow("A5000 with NVML") << "2231"
                                         << "10de:147e"
                                         << "GA102GL [RTX A5000]"
                                         << "NVIDIA RTX A5000"
                                         << "8.6" << 24564 << "NVIDIA RTX A5000"
                                         << "NVML"
                                         << "Ampere"
                                         << "8.6"
                                         << "NVML" << 24 << "NVML" << false;
        // Without the driver: the board-specific row of the id table names it; the chip code
        // (GA102GL, workstation suffix) gives the architecture.
        QTest::newRow("A5000 before the driver")
            << "2231"
            << "10de:147e"
            << ""
            << ""
            << "" << -1 << "NVIDIA RTX A5000"
            << "nvidia_pci_ids.tsv"
            << "Ampere"
            << "8.6"
            << "nvidia_chips.json chips GA10" << -1 << "" << false;
        // Another vendor's board of the same id: pci.ids' row of every board.
        QTest::newRow("A5000 other board") << "2231"
                                           << "1458:1234"
                                           << ""
                                           << ""
                                           << "" << -1 << "RTX A5000"
                                           << "nvidia_pci_ids.tsv"
                                           << "Ampere"
                                           << "8.6"
                                           << "nvidia_chips.json chips GA10" << -1 << "" << false;
        // The catalog: board power and exact memory, and its name before the table's.
        QTest::newRow("RTX 3060 catalog") << "2503"
                                          << "1462:397d"
                                          << "GA106 [GeForce RTX 3060]"
                                          << ""
                                          << "" << -1 << "GeForce RTX 3060"
                                          << "gpus.json"
                                          << "Ampere"
                                          << "8.6"
                                          << "gpus.json" << 12 << "gpus.json" << false;
        // A laptop part: NVIDIA's name and its chip code; the desktop card of the same name
        // lends nothing (not memory, not power, not even the architecture when the chip says).
        QTest::newRow("GTX 1650 Mobile") << "1f91"
                                         << "103c:85fc"
                                         << "TU117M [GeForce GTX 1650 Mobile / Max-Q]"
                                         << ""
                                         << "" << -1 << "NVIDIA GeForce GTX 1650"
                                         << "nvidia_pci_ids.tsv"
                                         << "Turing"
                                         << "7.5"
                                         << "nvidia_chips.json chips TU11" << -1 << "" << true;
        // A Max-Q board row by subsystem.
        QTest::newRow("GTX 1650 Max-Q board")
            << "1f91"
            << "17aa:3802"
            << ""
            << ""
            << "" << -1 << "NVIDIA GeForce GTX 1650 with Max-Q Design"
            << "nvidia_pci_ids.tsv"
            << "Turing"
            << "7.5"
            << "nvidia_chips.json chips TU11" << -1 << "" << true;
        // Newer than pci.ids 2023 and without a chip in the table: the id range.
        QTest::newRow("RTX 5060 Laptop")
            << "2d19"
            << "17aa:3e0c"
            << ""
            << ""
            << "" << -1 << "NVIDIA GeForce RTX 5060 Laptop GPU"
            << "nvidia_pci_ids.tsv"
            << "Blackwell"
            << "12.0"
            << "nvidia_chips.json device_id_ranges 2B00-2DFF" << -1 << "" << true;
        // Only board-specific rows that agree (the L40S): their name; no chip: the range.
        QTest::newRow("L40S other board")
            << "26b9"
            << "1028:0000"
            << ""
            << ""
            << "" << -1 << "NVIDIA L40S"
            << "nvidia_pci_ids.tsv"
            << "Ada Lovelace"
            << "8.9"
            << "nvidia_chips.json device_id_ranges 2600-28FF" << -1 << "" << false;
        // Not in the table: the system's pci.ids chip code (a newer pci.ids than the table's).
        QTest::newRow("pci.ids chip only") << "2f99"
                                           << ""
                                           << "GB205M [GeForce RTX 5070 Ti Laptop GPU]"
                                           << ""
                                           << "" << -1 << "GeForce RTX 5070 Ti Laptop GPU"
                                           << "/usr/share/misc/pci.ids"
                                           << "Blackwell"
                                           << "12.0"
                                           << "nvidia_chips.json chips GB20" << -1 << "" << true;
        // nvidia-smi's table cut the name: the table's full name, the driver's memory.
        QTest::newRow("GTX 680 cut name")
            << "1180"
            << ""
            << "GK104 [GeForce GTX 680]"
            << "NVIDIA GeForce"
            << "" << 2000 << "GeForce GTX 680"
            << "nvidia_pci_ids.tsv"
            << "Kepler"
            << "3.0"
            << "nvidia_chips.json chips GK104" << 2 << "NVML" << false;
        // A driver older than the card says "NVIDIA Graphics Device": not a name.
        QTest::newRow("placeholder name") << "2b85"
                                          << ""
                                          << ""
                                          << "NVIDIA Graphics Device"
                                          << "12.0" << 32607 << "GeForce RTX 5090"
                                          << "gpus.json"
                                          << "Blackwell"
                                          << "12.0"
                                          << "NVML" << 32 << "NVML" << false;
        // Nothing knows it: no architecture, the caller shows the id.
        QTest::newRow("unknown id") << "3fff"
                                    << ""
                                    << ""
                                    << ""
                                    << "" << -1 << ""
                                    << ""
                                    << ""
                                    << ""
                                    << "" << -1 << "" << false;
    }
    void mergeOrder()
    {
        QFETCH(QString, device);
        QFETCH(QString, subsystem);
        QFETCH(QString, pciIdsName);
        QFETCH(QString, driverName);
        QFETCH(QString, driverCc);
        QFETCH(int, driverMiB);
        QFETCH(QString, name);
        QFETCH(QString, nameFrom);
        QFETCH(QString, arch);
        QFETCH(QString, cc);
        QFETCH(QString, archFrom);
        QFETCH(int, memory);
        QFETCH(QString, memoryFrom);
        QFETCH(bool, laptop);
        GpuQuery q;
        q.vendorId = "10de";
        q.deviceId = device;
        if (!subsystem.isEmpty()) {
            q.subsystemVendorId = subsystem.section(':', 0, 0);
            q.subsystemDeviceId = subsystem.section(':', 1, 1);
        }
        q.pciIdsName = pciIdsName;
        q.pciIdsSource = "/usr/share/misc/pci.ids";
        if (!driverName.isEmpty() || !driverCc.isEmpty() || driverMiB > 0) {
            q.driverName = driverName;
            q.driverComputeCapability = driverCc;
            q.driverMemoryMiB = driverMiB;
            q.driverSource = "NVML";
        }
        const GpuIdentity id = Knowledge::builtin().gpus().identify(q);
        QCOMPARE(id.name, name);
        QCOMPARE(id.nameFrom, nameFrom);
        QCOMPARE(id.architecture, arch);
        QCOMPARE(id.computeCapability, cc);
        QCOMPARE(id.architectureFrom, archFrom);
        QCOMPARE(id.memoryGb, memory);
        QCOMPARE(id.memoryFrom, memoryFrom);
        QCOMPARE(id.laptop, laptop);
        QCOMPARE(id.known(), !arch.isEmpty());
        QVERIFY(!id.evidence.isEmpty());
    }

    void olderThanKepler()
    {
        GpuQuery q;
        q.vendorId = "10de";
        q.deviceId = "1200";
        q.pciIdsName = "GF114 [GeForce GTX 560 Ti]";
        const GpuIdentity id = Knowledge::builtin().gpus().identify(q);
        QVERIFY(id.olderThanKepler);
        QVERIFY(!id.known());
        QCOMPARE(id.chip, QStringLiteral("GF114"));
        QCOMPARE(id.name, QStringLiteral("GeForce GTX 560 Ti"));
        // A 9600 GT: pci.ids names the chip G94, the table does not.
        q.deviceId = "0622";
        q.pciIdsName = "G94 [GeForce 9600 GT]";
        q.pciIdsSource = "/usr/share/misc/pci.ids";
        const GpuIdentity g94 = Knowledge::builtin().gpus().identify(q);
        QVERIFY(g94.olderThanKepler);
        QCOMPARE(g94.chip, QStringLiteral("G94"));
        QCOMPARE(g94.chipFrom, QStringLiteral("/usr/share/misc/pci.ids"));
    }

    void chipCodes_data()
    {
        QTest::addColumn<QString>("pciIdsName");
        QTest::addColumn<QString>("chip");
        QTest::addColumn<QString>("family"); // prefix found, "" for none
        QTest::newRow("mobile") << "GM107M [GeForce 940MX]"
                                << "GM107M"
                                << "GM107";
        QTest::newRow("workstation") << "GA102GL [RTX A5000]"
                                     << "GA102GL"
                                     << "GA10";
        QTest::newRow("B-M laptop") << "GA107BM [GeForce RTX 2050 Mobile]"
                                    << "GA107BM"
                                    << "GA10";
        QTest::newRow("Orin is not GA10") << "GA10B"
                                          << "GA10B"
                                          << "GA10B";
        QTest::newRow("B revision") << "GK110B [GeForce GTX 780 Ti]"
                                    << "GK110B"
                                    << "GK110";
        QTest::newRow("Blackwell desktop") << "GB202 [GeForce RTX 5090]"
                                           << "GB202"
                                           << "GB20";
        QTest::newRow("GB100 not GB10") << "GB100 [B200]"
                                        << "GB100"
                                        << "GB100";
        QTest::newRow("DGX Spark") << "GB10"
                                   << "GB10"
                                   << "GB10";
        QTest::newRow("chip only") << "TU117M"
                                   << "TU117M"
                                   << "TU11";
        QTest::newRow("no chip") << "GeForce 9600 GT"
                                 << ""
                                 << "";
        QTest::newRow("lspci unnamed") << "Device 2b85"
                                       << ""
                                       << "";
        QTest::newRow("audio function") << "GM107 High Definition Audio Controller [GeForce 940MX]"
                                        << ""
                                        << "";
    }
    void chipCodes()
    {
        QFETCH(QString, pciIdsName);
        QFETCH(QString, chip);
        QFETCH(QString, family);
        QCOMPARE(GpuIdTable::chipCodeOf(pciIdsName), chip);
        const GpuChipFamily *f = Knowledge::builtin().gpus().ids().family(chip);
        QCOMPARE(f ? f->prefix : QString(), family);
    }

    // ---------------------------------------------------------------- the loader
    void loaderRefusesBadData_data()
    {
        QTest::addColumn<QByteArray>("tsv");
        QTest::addColumn<QByteArray>("chips");
        QTest::addColumn<QString>("errorPart");
        const QByteArray header = "device_id\tsubsystem\tname\tchip\tsource\n";
        const QByteArray row = "2231\t-\tRTX A5000\tGA102GL\tpci.ids 2023.04.10\n";
        const QByteArray chips =
            R"({"as_of":"2026-12-07","chips":[{"prefix":"GA10","arch":"Ampere","cc":"8.6"}],
                "device_id_ranges":[{"from":"2200","to":"22FF","arch":"Ampere","cc":"8.6"}]})";
        QTest::newRow("no header") << row << chips << "nvidia_pci_ids.tsv line 1 is not the header";
        QTest::newRow("no rows") << header << chips << "nvidia_pci_ids.tsv has no rows";
        QTest::newRow("four columns")
            << header + "2231\t-\tRTX A5000\tGA102GL\n"
            << chips << "nvidia_pci_ids.tsv line 2 has 4 columns instead of 5";
        QTest::newRow("bad id") << header + QByteArray(row).replace("2231", "22x1") << chips
                                << "line 2: the device id \"22x1\" is not four hex digits";
        QTest::newRow("bad subsystem") << header + QByteArray(row).replace("\t-\t", "\t10DE-147E\t")
                                       << chips << "line 2: the subsystem \"10DE-147E\" is neither";
        QTest::newRow("no name") << header + QByteArray(row).replace("RTX A5000", " ") << chips
                                 << "line 2 has no name";
        QTest::newRow("bad chip") << header + QByteArray(row).replace("GA102GL", "ga102") << chips
                                  << "line 2: the chip \"ga102\" is not a chip code";
        QTest::newRow("repeated row")
            << header + row + row << chips << "repeats the device 2231 (pci.ids 2023.04.10)";
        QTest::newRow("chips not json")
            << header + row << QByteArray("{") << "nvidia_chips.json is not a JSON object";
        QTest::newRow("no as_of") << header + row << QByteArray(chips).replace("as_of", "date")
                                  << "nvidia_chips.json has no \"as_of\" date";
        QTest::newRow("unknown arch")
            << header + row
            << QByteArray(chips).replace("\"arch\":\"Ampere\",\"cc\":\"8.6\"}]",
                                         "\"arch\":\"Amper\",\"cc\":\"8.6\"}]")
            << "nvidia_chips.json chips entry 1 (GA10) names architecture \"Amper\"";
        QTest::newRow("cc not of arch")
            << header + row
            << QByteArray(chips).replace("\"cc\":\"8.6\"}],\n", "\"cc\":\"9.0\"}],\n")
            << "names compute capability \"9.0\", which Ampere does not list";
        QTest::newRow("range backwards")
            << header + row << QByteArray(chips).replace("\"to\":\"22FF\"", "\"to\":\"21FF\"")
            << "device_id_ranges entry 1 is not a range";
        QTest::newRow("ranges overlap")
            << header + row
            << QByteArray(chips).replace(
                   "]}", R"(,{"from":"22F0","to":"23FF","arch":"Ampere","cc":"8.6"}]})")
            << "device_id_ranges 2200-22FF and 22F0-23FF overlap";
        QTest::newRow("repeated prefix")
            << header + row
            << QByteArray(chips).replace(
                   "\"cc\":\"8.6\"}],\n",
                   "\"cc\":\"8.6\"},{\"prefix\":\"GA10\",\"arch\":\"Ampere\",\"cc\":\"8.6\"}],\n")
            << "chips entry 2 repeats the prefix GA10";
    }
    // Through Knowledge::fromFiles, as the embedded data and --knowledge are loaded.
    void loaderRefusesBadData()
    {
        QFETCH(QByteArray, tsv);
        QFETCH(QByteArray, chips);
        QFETCH(QString, errorPart);
        QMap<QString, QByteArray> files;
        for (const QString &name : Knowledge::fileNames()) {
            QFile f(":/knowledge/" + name);
            QVERIFY(f.open(QIODevice::ReadOnly));
            files.insert(name, f.readAll());
        }
        QString error;
        QVERIFY(Knowledge::fromFiles(files, &error)); // the shipped data loads
        files.insert("nvidia_pci_ids.tsv", tsv);
        files.insert("nvidia_chips.json", chips);
        const bool good = errorPart.isEmpty();
        QCOMPARE(bool(Knowledge::fromFiles(files, &error)), good);
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY2(error.endsWith('.') && !error.contains('\n'), qPrintable(error));
    }

    void shippedTable()
    {
        const Knowledge &kb = Knowledge::builtin();
        const GpuIdTable &t = kb.gpus().ids();
        QCOMPARE(t.rowCount(), 2575);
        QCOMPARE(t.tableSources().size(), 2);
        QVERIFY(kb.provenance("nvidia_pci_ids.tsv"));
        QCOMPARE(kb.provenance("nvidia_chips.json")->asOf, QStringLiteral("2026-12-07"));
        // Board-specific rows first, then the README's row of every board.
        QCOMPARE(t.find("1e30", "10de", "129e").row.name, QStringLiteral("Quadro RTX 8000"));
        QVERIFY(t.find("1e30", "10de", "129e").bySubsystem);
        QCOMPARE(t.find("1E30").row.name, QStringLiteral("Quadro RTX 6000"));
        QCOMPARE(t.find("0x28a1").row.name, QStringLiteral("NVIDIA GeForce RTX 4050 Laptop GPU"));
        QCOMPARE(t.find("28a1").row.source,
                 QStringLiteral("open-gpu-kernel-modules 595.45.04 README"));
        QCOMPARE(t.find("1f99").chip, QStringLiteral("TU117M"));
        QVERIFY(!t.find("ffff").found);
        QCOMPARE(t.range("2c05")->describe(), QStringLiteral("2B00-2DFF"));
        QVERIFY(!t.range("1000"));
    }

    // ---------------------------------------------------------------- laptop or desktop
    void formFactor_data()
    {
        QTest::addColumn<QString>("chassis");      // "" = no file
        QTest::addColumn<QStringList>("supplies"); // name=type[/scope]
        QTest::addColumn<QString>("formFactor");
        QTest::addColumn<QStringList>("batteries");
        QTest::newRow("desktop") << "3" << QStringList{} << "desktop" << QStringList{};
        QTest::newRow("tower with a UPS mouse")
            << "7" << QStringList{"hid-00:1f:20-battery=Battery/Device"} << "desktop"
            << QStringList{};
        QTest::newRow("notebook") << "10" << QStringList{"AC=Mains", "BAT0=Battery"} << "laptop"
                                  << QStringList{"BAT0"};
        for (const char *t : {"8", "9", "14", "31", "32"})
            QTest::newRow(qPrintable(QStringLiteral("portable %1").arg(t)))
                << t << QStringList{} << "laptop" << QStringList{};
        // A laptop whose firmware says "Desktop": the battery decides.
        QTest::newRow("battery beats chassis")
            << "3" << QStringList{"BAT1=Battery"} << "laptop" << QStringList{"BAT1"};
        QTest::newRow("battery named otherwise")
            << "" << QStringList{"CMB0=Battery/System"} << "laptop" << QStringList{"CMB0"};
        QTest::newRow("server") << "23" << QStringList{} << "server" << QStringList{};
        QTest::newRow("virtual machine") << "1" << QStringList{} << "unknown" << QStringList{};
        QTest::newRow("no dmi") << "" << QStringList{} << "unknown" << QStringList{};
        QTest::newRow("garbage") << "x" << QStringList{} << "unknown" << QStringList{};
    }
    void formFactor()
    {
        QFETCH(QString, chassis);
        QFETCH(QStringList, supplies);
        QFETCH(QString, formFactor);
        QFETCH(QStringList, batteries);
        SnapshotBuilder b;
        if (!chassis.isEmpty()) b.file("/sys/class/dmi/id/chassis_type", chassis.toLatin1() + "\n");
        b.dir("/sys/class/power_supply");
        for (const QString &s : supplies) {
            const QString name = s.section('=', 0, 0);
            const QString type = s.section('=', 1).section('/', 0, 0);
            const QString scope = s.section('/', 1);
            const QString real = "/sys/devices/platform/ps/power_supply/" + name;
            b.file(real + "/type", type.toLatin1() + "\n");
            if (!scope.isEmpty()) b.file(real + "/scope", scope.toLatin1() + "\n");
            b.link("../../devices/platform/ps/power_supply/" + name,
                   "/sys/class/power_supply/" + name);
        }
        auto host = b.open();
        QVERIFY(host);
        const MachineFacts m = probeMachine(*host);
        QCOMPARE(QString::fromStdString(Json(m.formFactor).get<std::string>()), formFactor);
        QCOMPARE(m.batteries, batteries);
        QCOMPARE(m.chassisType, chassis.toInt() > 0 ? chassis.toInt() : -1);
        QVERIFY(describeMachine(m).join('\n').contains(
            formFactor == "unknown" ? QStringLiteral("kind of computer unknown") : formFactor));
    }

    // ---------------------------------------------------------------- whole hosts, by name
    void namedEverywhere_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("name"); // in the doctor, the plan and the report
        QTest::addColumn<QString>("nameFrom");
        QTest::addColumn<QString>("about"); // what the doctor's summary line says of it
        QTest::addColumn<QString>("gpuStatus");
        QTest::addColumn<QString>("findingId"); // one the GPU stage must have
        QTest::newRow("A5000") << "workstation-2x-rtx-a5000-drv590"
                               << "NVIDIA RTX A5000"
                               << "nvidia-smi + NVML"
                               << "(Ampere, compute capability 8.6, 24 GB)"
                               << "done"
                               << "gpu.found";
        QTest::newRow("GTX 1650 Mobile") << "laptop-hybrid-nouveau-secureboot"
                                         << "NVIDIA GeForce GTX 1650"
                                         << "nvidia_pci_ids.tsv"
                                         << "(Turing, compute capability 7.5, laptop GPU)"
                                         << "done"
                                         << "gpu.hybrid";
        QTest::newRow("RTX 5060 Laptop") << "laptop-rtx5060-ubuntu2204-nouveau-secureboot"
                                         << "NVIDIA GeForce RTX 5060 Laptop GPU"
                                         << "nvidia_pci_ids.tsv"
                                         << "(Blackwell, compute capability 12.0, laptop GPU)"
                                         << "done"
                                         << "gpu.blackwell";
        QTest::newRow("desktop with iGPU") << "desktop-igpu-rtx3080ti-nouveau"
                                           << "GeForce RTX 3080 Ti"
                                           << "gpus.json"
                                           << "(Ampere, compute capability 8.6, 12 GB)"
                                           << "done"
                                           << "gpu.psu";
        QTest::newRow("Kepler") << "ubuntu2204-gtx680-drv470-kepler"
                                << "GeForce GTX 680"
                                << "nvidia_pci_ids.tsv"
                                << "(Kepler, compute capability 3.0, 2 GB)"
                                << "blocked"
                                << "gpu.kepler";
    }
    void namedEverywhere()
    {
        QFETCH(QString, host);
        QFETCH(QString, name);
        QFETCH(QString, nameFrom);
        QFETCH(QString, about);
        QFETCH(QString, gpuStatus);
        QFETCH(QString, findingId);
        const Facts facts = hostFacts(host);
        const GpuDevice *g = firstNvidia(facts);
        QVERIFY(g);
        QCOMPARE(g->name, name);
        QCOMPARE(g->nameFrom, nameFrom);
        // doctor
        const QString doctor = doctorText(facts);
        QVERIFY2(doctor.contains(QStringLiteral("NVIDIA GPU: %1 %2").arg(name, about)),
                 qPrintable(doctor.left(600)));
        QVERIFY(!doctor.contains(QStringLiteral("NVIDIA GPU: 10de:")));
        // plan
        const Plan plan = advise(facts, Knowledge::builtin(), Choices{});
        const StagePlan *gpu = plan.stage(StageId::Gpu);
        QCOMPARE(QString::fromStdString(Json(gpu->status).get<std::string>()), gpuStatus);
        QVERIFY2(gpu->summary.contains(name), qPrintable(gpu->summary));
        QStringList ids;
        for (const Finding &f : gpu->findings)
            ids << f.id;
        QVERIFY2(ids.contains(findingId), qPrintable(ids.join(',')));
        const QString text = planText(plan);
        QVERIFY(text.contains(name));
        QVERIFY(!text.contains(QStringLiteral("memory unknown")) || g->memoryGb < 0);
        // report
        ReportInput in;
        in.facts = facts;
        in.plan = plan;
        in.redact = false;
        const QString md = reportMarkdown(buildReport(in));
        QVERIFY2(md.contains(name), qPrintable(md.left(400)));
        // No GPU line names the card by its bare PCI id.
        static const QRegularExpression bareId(QStringLiteral("GPU [0-9a-f:.]+: 10de:"));
        QVERIFY(!md.contains(bareId));
        QVERIFY(md.contains(QStringLiteral("GPU %1: %2").arg(g->slot, name)));
    }

    // An iGPU on a desktop does not make a laptop: power-supply advice stays; a laptop gets none.
    void igpuIsNotALaptop()
    {
        const Plan desktop =
            advise(hostFacts("desktop-igpu-rtx3080ti-nouveau"), Knowledge::builtin(), Choices{});
        QStringList ids;
        for (const Finding &f : desktop.stage(StageId::Gpu)->findings)
            ids << f.id;
        QVERIFY2(ids.contains("gpu.igpu") && ids.contains("gpu.psu") && !ids.contains("gpu.hybrid"),
                 qPrintable(ids.join(',')));
        QCOMPARE(desktop.stage(StageId::Gpu)->chosen.value("psuW"), QStringLiteral("800"));
        const Plan laptop = advise(hostFacts("laptop-rtx5060-ubuntu2204-nouveau-secureboot"),
                                   Knowledge::builtin(), Choices{});
        ids.clear();
        for (const Finding &f : laptop.stage(StageId::Gpu)->findings)
            ids << f.id;
        QVERIFY2(ids.contains("gpu.hybrid") && !ids.contains("gpu.psu"), qPrintable(ids.join(',')));
    }

    // A card no data knows: "install the driver, then NVML tells", and the stage lets the
    // student go on (optional, not blocked); with the driver's capability, it is done.
    void unknownCardIsNotADeadEnd()
    {
        Facts facts = hostFacts("laptop-rtx5060-ubuntu2204-nouveau-secureboot");
        for (GpuDevice &g : facts.gpus.gpus)
            if (g.nvidia) {
                g.deviceId = "3fff";
                g.deviceName.clear();
                g.name = "10de:3fff";
                g.architecture.clear();
                g.computeCapability.clear();
                g.known = false;
            }
        const Plan plan = advise(facts, Knowledge::builtin(), Choices{});
        const StagePlan *gpu = plan.stage(StageId::Gpu);
        QCOMPARE(gpu->status, StageStatus::Optional);
        QVERIFY(gpu->summary.contains("10de:3fff"));
        bool said = false;
        for (const Finding &f : gpu->findings)
            if (f.id == QLatin1String("gpu.unknown-card")) {
                said = true;
                QVERIFY(f.resolution.contains("NVML"));
            }
        QVERIFY(said);
    }
};

QTEST_GUILESS_MAIN(TestGpuIdentity)
#include "tst_gpuidentity.moc"
