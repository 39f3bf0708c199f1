// The distribution / kernel / WSL / VM probe: every os-release fixture, the parser's edge
// cases, and the probe over small snapshots.
#include "TestSnapshot.h"
#include "host/SnapshotHost.h"
#include "probe/OsProbe.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <unistd.h>

using namespace gpusetup;
using namespace gpusetup::test;

namespace {

QString readFixture(const QString &name)
{
    return QString::fromUtf8(fixture(QStringLiteral("os-release/") + name));
}

bool hasEvidence(const OsFacts &f, const QString &source, const QString &detailPart = QString())
{
    for (const Evidence &e : f.evidence)
        if (e.source == source && e.detail.contains(detailPart)) return true;
    return false;
}

const QByteArray kCpuBare = "processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu vme de pse "
                            "tsc msr pae mce cx8 apic sse2 ht\nbugs\t\t: spectre_v1\n\n";
const QByteArray kCpuVm = "processor\t: 0\nvendor_id\t: AuthenticAMD\nflags\t\t: fpu vme de pse "
                          "tsc msr pae sse2 hypervisor lahf_lm\n\n";

} // namespace

class TestOsProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("versionId");
        QTest::addColumn<QString>("codename");
        QTest::addColumn<QString>("ubuntuBase");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("debianVersion");
        QTest::addColumn<bool>("derivative");
        QTest::addColumn<int>("support");
        QTest::addColumn<QString>("prettyName");
        const int sup = int(OsSupport::Supported), old = int(OsSupport::Old),
                  uns = int(OsSupport::Unsupported), unk = int(OsSupport::Unknown);
        QStringList rows;
        auto row = [&rows](const char *file) -> QTestData & {
            rows << QString::fromLatin1(file);
            return QTest::newRow(file) << QString::fromLatin1(file);
        };
        row("ansible_kde_neon_16.04.os-release")
            << "neon"
            << "16.04"
            << "xenial"
            << "16.04"
            << "ubuntu"
            << "" << true << old << "KDE neon User Edition 5.8";
        row("ansible_linux_mint_18.2.os-release") << "linuxmint"
                                                  << "18.2"
                                                  << "sonya"
                                                  << "16.04"
                                                  << "ubuntu"
                                                  << "" << true << old << "Linux Mint 18.2";
        row("ansible_linux_mint_19.1.usr-lib-os-release") << "linuxmint"
                                                          << "19.1"
                                                          << "tessa"
                                                          << "18.04"
                                                          << "ubuntu"
                                                          << "" << true << old << "Linux Mint 19.1";
        row("ansible_pop_os_20.04.os-release") << "pop"
                                               << "20.04"
                                               << "focal"
                                               << "20.04"
                                               << "ubuntu"
                                               << "" << true << old << "Pop!_OS 20.04";
        row("ansible_ubuntu_18.04.os-release") << "ubuntu"
                                               << "18.04"
                                               << "bionic"
                                               << "18.04"
                                               << "ubuntu"
                                               << "" << false << old << "Ubuntu 18.04.3 LTS";
        row("chef_debian_12.os-release")
            << "debian"
            << "12"
            << "bookworm"
            << ""
            << "debian"
            << "12" << false << sup << "Debian GNU/Linux 12 (bookworm)";
        row("chef_elementary_7.os-release") << "elementary"
                                            << "7"
                                            << "horus"
                                            << "22.04"
                                            << "ubuntu"
                                            << "" << true << sup << "elementary OS 7 Horus";
        row("chef_linuxmint_22.os-release") << "linuxmint"
                                            << "22"
                                            << "wilma"
                                            << "24.04"
                                            << "ubuntu"
                                            << "" << true << sup << "Linux Mint 22";
        row("chef_pop_os_22_04.os-release") << "pop"
                                            << "22.04"
                                            << "jammy"
                                            << "22.04"
                                            << "ubuntu"
                                            << "" << true << sup << "Pop!_OS 22.04 LTS";
        row("chef_ubuntu_1804.os-release") << "ubuntu"
                                           << "18.04"
                                           << "bionic"
                                           << "18.04"
                                           << "ubuntu"
                                           << "" << false << old << "Ubuntu 18.04.6 LTS";
        row("chef_ubuntu_2004.os-release") << "ubuntu"
                                           << "20.04"
                                           << "focal"
                                           << "20.04"
                                           << "ubuntu"
                                           << "" << false << old << "Ubuntu 20.04.6 LTS";
        row("chef_ubuntu_2204.os-release") << "ubuntu"
                                           << "22.04"
                                           << "jammy"
                                           << "22.04"
                                           << "ubuntu"
                                           << "" << false << sup << "Ubuntu 22.04.5 LTS";
        row("chef_ubuntu_2404.os-release") << "ubuntu"
                                           << "24.04"
                                           << "noble"
                                           << "24.04"
                                           << "ubuntu"
                                           << "" << false << sup << "Ubuntu 24.04.3 LTS";
        row("chef_zorin.os-release") << "zorin"
                                     << "16"
                                     << "focal"
                                     << "20.04"
                                     << "ubuntu"
                                     << "" << true << old << "Zorin OS 16";
        row("distro_debian10.os-release") << "debian"
                                          << "10"
                                          << "buster"
                                          << ""
                                          << "debian"
                                          << "10" << false << old << "Debian GNU/Linux 10 (buster)";
        row("distro_debian13.os-release") << "debian"
                                          << "13"
                                          << "trixie"
                                          << ""
                                          << "debian"
                                          << "13" << false << uns << "Debian GNU/Linux 13 (trixie)";
        // Mint 17 calls itself Ubuntu 14.04 and has no codename lines at all.
        row("distro_linuxmint17.os-release") << "ubuntu"
                                             << "14.04"
                                             << ""
                                             << "14.04"
                                             << "ubuntu"
                                             << "" << false << old << "Ubuntu 14.04.3 LTS";
        row("distro_ubuntu14.os-release") << "ubuntu"
                                          << "14.04"
                                          << ""
                                          << "14.04"
                                          << "ubuntu"
                                          << "" << false << old << "Ubuntu 14.04.3 LTS";
        row("distro_ubuntu16.os-release") << "ubuntu"
                                          << "16.04"
                                          << ""
                                          << "16.04"
                                          << "ubuntu"
                                          << "" << false << old << "Ubuntu 16.04.1 LTS";
        row("distro_ubuntu24.os-release") << "ubuntu"
                                          << "24.04"
                                          << "noble"
                                          << "24.04"
                                          << "ubuntu"
                                          << "" << false << sup << "Ubuntu 24.04.3 LTS";
        row("syft_debian-distroless_no-version-id.os-release")
            << "debian"
            << ""
            << ""
            << ""
            << "debian"
            << "" << false << unk << "Distroless";
        row("syft_debian_12.os-release")
            << "debian"
            << "12"
            << "bookworm"
            << ""
            << "debian"
            << "12" << false << sup << "Debian GNU/Linux 12 (bookworm)";
        row("syft_ubuntu_20.04.os-release") << "ubuntu"
                                            << "20.04"
                                            << "focal"
                                            << "20.04"
                                            << "ubuntu"
                                            << "" << false << old << "Ubuntu 20.04 LTS";
        row("teleport_ubuntu_22.04.1.os-release") << "ubuntu"
                                                  << "22.04"
                                                  << "jammy"
                                                  << "22.04"
                                                  << "ubuntu"
                                                  << "" << false << sup << "Ubuntu 22.04.1 LTS";
        // One row per file in the folder, none skipped: a new fixture must get a row.
        rows.sort();
        QCOMPARE(rows, fixtureFiles(QStringLiteral("os-release")));
        QCOMPARE(rows.size(), 24);
    }
    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, id);
        QFETCH(QString, versionId);
        QFETCH(QString, codename);
        QFETCH(QString, ubuntuBase);
        QFETCH(QString, family);
        QFETCH(QString, debianVersion);
        QFETCH(bool, derivative);
        QFETCH(int, support);
        QFETCH(QString, prettyName);
        const QString text = readFixture(file);
        QVERIFY2(!text.isEmpty(), qPrintable(file));
        const OsRelease r = parseOsRelease(text);
        QCOMPARE(r.id, id);
        QCOMPARE(r.versionId, versionId);
        QCOMPARE(r.versionCodename, codename);
        QCOMPARE(r.ubuntuBase, ubuntuBase);
        QCOMPARE(r.family, family);
        QCOMPARE(r.debianVersion, debianVersion);
        QCOMPARE(r.derivative, derivative);
        QCOMPARE(osSupportName(r.support), osSupportName(OsSupport(support)));
        QCOMPARE(r.prettyName, prettyName);
        QVERIFY(!r.name.isEmpty());
    }

    void fixtureExtras()
    {
        const OsRelease mint = parseOsRelease(readFixture("ansible_linux_mint_18.2.os-release"));
        QCOMPARE(mint.ubuntuCodename, QStringLiteral("xenial"));
        QCOMPARE(mint.idLike, QStringList{"ubuntu"});
        QCOMPARE(mint.name, QStringLiteral("Linux Mint"));
        const OsRelease neon = parseOsRelease(readFixture("ansible_kde_neon_16.04.os-release"));
        QCOMPARE(neon.idLike, (QStringList{"ubuntu", "debian"}));
        const OsRelease elementary = parseOsRelease(readFixture("chef_elementary_7.os-release"));
        QCOMPARE(elementary.ubuntuCodename, QStringLiteral("jammy"));
        // The URL with the odd space is kept whole inside its quotes.
        const auto kv =
            parseOsReleaseText(readFixture("ansible_linux_mint_19.1.usr-lib-os-release"));
        QCOMPARE(
            kv.value("BUG_REPORT_URL"),
            QStringLiteral("http: //linuxmint-troubleshooting-guide.readthedocs.io/en/latest/"));
        // No trailing newline on the last line.
        const auto syft = parseOsReleaseText(readFixture("syft_debian_12.os-release"));
        QCOMPARE(syft.value("BUG_REPORT_URL"), QStringLiteral("https://bugs.debian.org/"));
        const auto trixie = parseOsReleaseText(readFixture("distro_debian13.os-release"));
        QCOMPARE(trixie.value("DEBIAN_VERSION_FULL"), QStringLiteral("13.1"));
    }

    void parserEdgeCases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        // moc cannot read raw strings with \" in them: plain escaped literals here.
        QTest::newRow("double-escapes") << "NAME=\"A \\\"q\\\" \\\\ \\$x \\`y\\` \\n\""
                                        << "NAME"
                                        << "A \"q\" \\ $x `y` \\n";
        QTest::newRow("single-literal") << "NAME='it is $x \"y\" \\n'"
                                        << "NAME"
                                        << "it is $x \"y\" \\n";
        QTest::newRow("unquoted-escape") << "NAME=a\\ b\\\"c"
                                         << "NAME"
                                         << "a b\"c";
        QTest::newRow("concatenated") << "NAME=\"Pop\"'!_'OS"
                                      << "NAME"
                                      << "Pop!_OS";
        QTest::newRow("empty-quoted") << "VERSION_ID=\"\""
                                      << "VERSION_ID"
                                      << "";
        QTest::newRow("empty-unquoted") << "VERSION_ID=\nID=x"
                                        << "VERSION_ID"
                                        << "";
        QTest::newRow("comment-skipped") << "# ID=fedora\n  # NAME=x\nID=ubuntu"
                                         << "ID"
                                         << "ubuntu";
        QTest::newRow("hash-inside-value") << "NAME=\"a # b\""
                                           << "NAME"
                                           << "a # b";
        QTest::newRow("blank-lines") << "\n\n  \n\tID=debian\n\n"
                                     << "ID"
                                     << "debian";
        QTest::newRow("crlf") << "ID=ubuntu\r\nVERSION_ID=\"22.04\"\r\n"
                              << "VERSION_ID"
                              << "22.04";
        QTest::newRow("bom") << QString(QChar(0xFEFF)) + "ID=debian\n"
                             << "ID"
                             << "debian";
        QTest::newRow("last-wins") << "ID=a\nID=b\n"
                                   << "ID"
                                   << "b";
        QTest::newRow("export-prefix") << "export ID=arch\n"
                                       << "ID"
                                       << "arch";
        QTest::newRow("unterminated-quote") << "PRETTY_NAME=\"Ubuntu 22.04\nID=x"
                                            << "PRETTY_NAME"
                                            << "Ubuntu 22.04";
        QTest::newRow("trailing-space-unquoted") << "ID=ubuntu   \n"
                                                 << "ID"
                                                 << "ubuntu";
        QTest::newRow("trailing-comment") << "ID=\"ubuntu\" # the id\n"
                                          << "ID"
                                          << "ubuntu";
        QTest::newRow("spaces-around-equals-invalid") << "ID = ubuntu\n"
                                                      << "ID" << QString();
        QTest::newRow("bad-key") << "1ID=x\n-ID=y\n"
                                 << "1ID" << QString();
        QTest::newRow("utf8") << QString::fromUtf8("PRETTY_NAME=\"Ubuntu \xC3\xA9t\xC3\xA9\"")
                              << "PRETTY_NAME" << QString::fromUtf8("Ubuntu \xC3\xA9t\xC3\xA9");
    }
    void parserEdgeCases()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(QString, value);
        const auto kv = parseOsReleaseText(text);
        if (value.isNull())
            QVERIFY(!kv.contains(key));
        else
            QCOMPARE(kv.value(key, "<missing>"), value);
    }

    void derivedEdgeCases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("ubuntuBase");
        QTest::addColumn<QString>("debianVersion");
        QTest::addColumn<int>("support");
        const int sup = int(OsSupport::Supported), old = int(OsSupport::Old),
                  uns = int(OsSupport::Unsupported), unk = int(OsSupport::Unknown);
        QTest::newRow("empty") << ""
                               << "other"
                               << ""
                               << "" << unk;
        QTest::newRow("garbage") << "\x01\x02 binary \xff junk\n===\n"
                                 << "other"
                                 << ""
                                 << "" << unk;
        QTest::newRow("ubuntu-codename-only") << "ID=ubuntu\nVERSION_CODENAME=jammy\n"
                                              << "ubuntu"
                                              << "22.04"
                                              << "" << sup;
        QTest::newRow("ubuntu-point-release-id") << "ID=ubuntu\nVERSION_ID=\"22.04.3\"\n"
                                                 << "ubuntu"
                                                 << "22.04"
                                                 << "" << sup;
        QTest::newRow("ubuntu-24.10")
            << "ID=ubuntu\nVERSION_ID=\"24.10\"\nVERSION_CODENAME=oracular\n"
            << "ubuntu"
            << "24.10"
            << "" << uns;
        QTest::newRow("ubuntu-23.04-interim") << "ID=ubuntu\nVERSION_ID=\"23.04\"\n"
                                              << "ubuntu"
                                              << "23.04"
                                              << "" << uns;
        QTest::newRow("ubuntu-no-version") << "ID=ubuntu\n"
                                           << "ubuntu"
                                           << ""
                                           << "" << unk;
        QTest::newRow("ubuntu-uppercase-id") << "ID=Ubuntu\nVERSION_ID=24.04\n"
                                             << "ubuntu"
                                             << "24.04"
                                             << "" << sup;
        QTest::newRow("mint-21-jammy")
            << "ID=linuxmint\nID_LIKE=\"ubuntu "
               "debian\"\nVERSION_ID=21.3\nVERSION_CODENAME=virginia\nUBUNTU_CODENAME=jammy\n"
            << "ubuntu"
            << "22.04"
            << "" << sup;
        QTest::newRow("derivative-unknown-codename") << "ID=linuxmint\nVERSION_CODENAME=future\n"
                                                     << "ubuntu"
                                                     << ""
                                                     << "" << unk;
        QTest::newRow("derivative-no-id-like") << "ID=pop\nVERSION_CODENAME=noble\n"
                                               << "ubuntu"
                                               << "24.04"
                                               << "" << sup;
        QTest::newRow("unknown-ubuntu-like") << "ID=tuxedo\nID_LIKE=ubuntu\nUBUNTU_CODENAME=noble\n"
                                             << "ubuntu"
                                             << "24.04"
                                             << "" << sup;
        QTest::newRow("debian-sid")
            << "PRETTY_NAME=\"Debian GNU/Linux trixie/sid\"\nID=debian\nVERSION_CODENAME=trixie\n"
            << "debian"
            << ""
            << "13" << uns;
        QTest::newRow("debian-11") << "ID=debian\nVERSION_ID=\"11\"\n"
                                   << "debian"
                                   << ""
                                   << "11" << old;
        QTest::newRow("debian-codename-only") << "ID=debian\nVERSION_CODENAME=bookworm\n"
                                              << "debian"
                                              << ""
                                              << "12" << sup;
        QTest::newRow("kali") << "ID=kali\nID_LIKE=debian\nVERSION_ID=\"2024.1\"\n"
                              << "debian"
                              << ""
                              << "" << uns;
        QTest::newRow("raspbian") << "ID=raspbian\nID_LIKE=debian\nVERSION_ID=\"12\"\n"
                                  << "debian"
                                  << ""
                                  << "" << uns;
        QTest::newRow("fedora") << "ID=fedora\nVERSION_ID=40\n"
                                << "other"
                                << ""
                                << "" << uns;
        QTest::newRow("arch-no-version") << "NAME=\"Arch Linux\"\nID=arch\nBUILD_ID=rolling\n"
                                         << "other"
                                         << ""
                                         << "" << uns;
    }
    void derivedEdgeCases()
    {
        QFETCH(QString, text);
        QFETCH(QString, family);
        QFETCH(QString, ubuntuBase);
        QFETCH(QString, debianVersion);
        QFETCH(int, support);
        const OsRelease r = parseOsRelease(text);
        QCOMPARE(r.family, family);
        QCOMPARE(r.ubuntuBase, ubuntuBase);
        QCOMPARE(r.debianVersion, debianVersion);
        QCOMPARE(osSupportName(r.support), osSupportName(OsSupport(support)));
    }

    void codenameTables()
    {
        QCOMPARE(ubuntuVersionForCodename("trusty"), QStringLiteral("14.04"));
        QCOMPARE(ubuntuVersionForCodename("xenial"), QStringLiteral("16.04"));
        QCOMPARE(ubuntuVersionForCodename("bionic"), QStringLiteral("18.04"));
        QCOMPARE(ubuntuVersionForCodename("focal"), QStringLiteral("20.04"));
        QCOMPARE(ubuntuVersionForCodename("Jammy"), QStringLiteral("22.04"));
        QCOMPARE(ubuntuVersionForCodename("noble"), QStringLiteral("24.04"));
        QCOMPARE(ubuntuVersionForCodename("plucky"), QStringLiteral("25.04"));
        QCOMPARE(ubuntuVersionForCodename("bookworm"), QString());
        QCOMPARE(ubuntuVersionForCodename(""), QString());
        QCOMPARE(debianVersionForCodename("bookworm"), QStringLiteral("12"));
        QCOMPARE(debianVersionForCodename("bullseye"), QStringLiteral("11"));
        QCOMPARE(debianVersionForCodename("jammy"), QString());
    }

    void wslKernel_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("version");
        QTest::newRow("wsl2-new") << "5.15.153.1-microsoft-standard-WSL2" << 2;
        QTest::newRow("wsl2-custom") << "6.6.36.3-microsoft-standard-WSL2+" << 2;
        QTest::newRow("wsl2-old") << "4.19.128-microsoft-standard" << 2;
        QTest::newRow("wsl1") << "4.4.0-19041-Microsoft" << 1;
        QTest::newRow("ubuntu") << "6.8.0-45-generic" << 0;
        QTest::newRow("azure-vm") << "5.15.0-1019-azure" << 0;
        QTest::newRow("empty") << "" << 0;
    }
    void wslKernel()
    {
        QFETCH(QString, kernel);
        QFETCH(int, version);
        QCOMPARE(wslVersionFromKernel(kernel), version);
    }

    void dmi_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("hypervisor");
        QTest::newRow("qemu") << "QEMU"
                              << "Standard PC (Q35 + ICH9, 2009)"
                              << "QEMU";
        QTest::newRow("kvm-product") << "Red Hat"
                                     << "KVM"
                                     << "KVM";
        QTest::newRow("vmware") << "VMware, Inc."
                                << "VMware Virtual Platform"
                                << "VMware";
        QTest::newRow("vmware-new") << "VMware, Inc."
                                    << "VMware20,1"
                                    << "VMware";
        QTest::newRow("virtualbox") << "innotek GmbH"
                                    << "VirtualBox"
                                    << "VirtualBox";
        QTest::newRow("virtualbox-oracle") << "Oracle Corporation"
                                           << "VirtualBox"
                                           << "VirtualBox";
        QTest::newRow("hyperv") << "Microsoft Corporation"
                                << "Virtual Machine"
                                << "Microsoft Hyper-V";
        QTest::newRow("surface-laptop") << "Microsoft Corporation"
                                        << "Surface Laptop 5"
                                        << "";
        QTest::newRow("xen") << "Xen"
                             << "HVM domU"
                             << "Xen";
        QTest::newRow("ec2") << "Amazon EC2"
                             << "g4dn.xlarge"
                             << "Amazon EC2";
        QTest::newRow("ec2-metal") << "Amazon EC2"
                                   << "g4dn.metal"
                                   << "";
        QTest::newRow("gce") << "Google"
                             << "Google Compute Engine"
                             << "Google Compute Engine";
        QTest::newRow("openstack") << "OpenStack Foundation"
                                   << "OpenStack Nova"
                                   << "OpenStack";
        QTest::newRow("dell") << "Dell Inc."
                              << "Precision 5820 Tower"
                              << "";
        QTest::newRow("lenovo") << "LENOVO"
                                << "20XW0026GE"
                                << "";
        QTest::newRow("empty") << ""
                               << ""
                               << "";
    }
    void dmi()
    {
        QFETCH(QString, vendor);
        QFETCH(QString, product);
        QFETCH(QString, hypervisor);
        QCOMPARE(hypervisorFromDmi(vendor, product), hypervisor);
    }

    void cpuFlags()
    {
        bool found = false;
        QVERIFY(cpuinfoHasHypervisorFlag(QString::fromLatin1(kCpuVm), &found));
        QVERIFY(found);
        QVERIFY(!cpuinfoHasHypervisorFlag(QString::fromLatin1(kCpuBare), &found));
        QVERIFY(found);
        // ARM says "Features", not "flags": nothing to go by.
        QVERIFY(
            !cpuinfoHasHypervisorFlag("processor\t: 0\nFeatures\t: fp asimd evtstrm\n", &found));
        QVERIFY(!found);
        // Only the first flags line counts.
        QVERIFY(!cpuinfoHasHypervisorFlag(QString::fromLatin1(kCpuBare + kCpuVm), &found));
        // A flag that merely starts with the word does not count.
        QVERIFY(!cpuinfoHasHypervisorFlag("flags : fpu hypervisorx\n", &found));
        QVERIFY(!cpuinfoHasHypervisorFlag("", &found));
        QVERIFY(!found);
    }

    void probeUsrLibOnly()
    {
        SnapshotBuilder s;
        s.file("/usr/lib/os-release",
               readFixture("ansible_linux_mint_19.1.usr-lib-os-release").toUtf8());
        s.command("uname -m", 0, "x86_64\n");
        auto host = s.open();
        QVERIFY(host);
        const OsFacts f = probeOs(*host, 1000);
        QCOMPARE(f.state, FactState::Found);
        QCOMPARE(f.osReleasePath, QStringLiteral("/usr/lib/os-release"));
        QCOMPARE(f.release.id, QStringLiteral("linuxmint"));
        QCOMPARE(f.release.ubuntuBase, QStringLiteral("18.04"));
        QVERIFY(hasEvidence(f, "/usr/lib/os-release", "ID=linuxmint"));
        QCOMPARE(f.architecture, QStringLiteral("x86_64"));
        // Nothing about virtualization could be read: unknown, not bare metal.
        QCOMPARE(f.virtualization, Virtualization::Unknown);
        QVERIFY(hasEvidence(f, "systemd-detect-virt", "not installed"));
        QVERIFY(describeOs(f).join('\n').contains("based on Ubuntu 18.04"));
    }

    void probeEtcLinkAndBrokenEtc()
    {
        {
            SnapshotBuilder s;
            s.file("/usr/lib/os-release", readFixture("chef_ubuntu_2404.os-release").toUtf8());
            s.link("../usr/lib/os-release", "/etc/os-release");
            auto host = s.open();
            const OsFacts f = probeOs(*host, 1000);
            QCOMPARE(f.osReleasePath, QStringLiteral("/etc/os-release"));
            QCOMPARE(f.release.support, OsSupport::Supported);
        }
        {
            SnapshotBuilder s;
            s.file("/etc/os-release", "# emptied by hand\nNAME=x\n");
            s.file("/usr/lib/os-release", readFixture("chef_debian_12.os-release").toUtf8());
            auto host = s.open();
            const OsFacts f = probeOs(*host, 1000);
            QCOMPARE(f.state, FactState::Found);
            QCOMPARE(f.osReleasePath, QStringLiteral("/usr/lib/os-release"));
            QCOMPARE(f.release.debianVersion, QStringLiteral("12"));
            QVERIFY(hasEvidence(f, "/etc/os-release", "no ID="));
        }
        {
            SnapshotBuilder s;
            s.file("/etc/os-release", "NAME=x\n");
            auto host = s.open();
            const OsFacts f = probeOs(*host, 1000);
            QCOMPARE(f.state, FactState::Broken);
            QCOMPARE(f.osReleasePath, QStringLiteral("/etc/os-release"));
        }
    }

    void probeWsl2()
    {
        SnapshotBuilder s;
        s.file("/etc/os-release", readFixture("chef_ubuntu_2204.os-release").toUtf8());
        s.file("/proc/sys/kernel/osrelease", "5.15.153.1-microsoft-standard-WSL2\n");
        s.file("/proc/version", "Linux version 5.15.153.1-microsoft-standard-WSL2 "
                                "(root@941d701f84f1) (gcc (GCC) 12.2.0) #1 SMP\n");
        s.file("/proc/sys/fs/binfmt_misc/WSLInterop", "enabled\n");
        s.file("/proc/cpuinfo", kCpuVm);
        s.env("WSL_DISTRO_NAME", "Ubuntu-22.04");
        s.command("uname -m", 0, "x86_64\n");
        s.command("systemd-detect-virt", 0, "wsl\n");
        auto host = s.open();
        const OsFacts f = probeOs(*host, 1000);
        QCOMPARE(f.kernelRelease, QStringLiteral("5.15.153.1-microsoft-standard-WSL2"));
        QVERIFY(f.wsl);
        QCOMPARE(f.wslVersion, 2);
        QCOMPARE(f.container, QStringLiteral("wsl"));
        QCOMPARE(f.virtualization, Virtualization::VirtualMachine);
        QCOMPARE(f.hypervisor, QStringLiteral("Microsoft Hyper-V (WSL2)"));
        QVERIFY(hasEvidence(f, "env WSL_DISTRO_NAME", "Ubuntu-22.04"));
        QVERIFY(hasEvidence(f, "/proc/sys/fs/binfmt_misc/WSLInterop"));
        QVERIFY(describeOs(f).contains("running under WSL2"));
    }

    void probeWsl1AndEnvOnly()
    {
        {
            SnapshotBuilder s;
            s.file("/proc/sys/kernel/osrelease", "4.4.0-19041-Microsoft\n");
            auto host = s.open();
            const OsFacts f = probeOs(*host, 1000);
            QVERIFY(f.wsl);
            QCOMPARE(f.wslVersion, 1);
            QCOMPARE(f.state, FactState::Absent);
        }
        {
            SnapshotBuilder s;
            s.file("/proc/sys/kernel/osrelease", "6.8.0-45-generic\n");
            s.env("WSL_DISTRO_NAME", "Debian");
            auto host = s.open();
            const OsFacts f = probeOs(*host, 1000);
            QVERIFY(f.wsl);
            QCOMPARE(f.wslVersion, 0);
        }
    }

    void probeKvm()
    {
        SnapshotBuilder s;
        s.file("/etc/os-release", readFixture("chef_ubuntu_2204.os-release").toUtf8());
        s.file("/proc/sys/kernel/osrelease", "5.15.0-105-generic\n");
        s.file("/sys/class/dmi/id/sys_vendor", "QEMU\n");
        s.file("/sys/class/dmi/id/product_name", "Standard PC (i440FX + PIIX, 1996)\n");
        s.file("/proc/cpuinfo", kCpuVm);
        s.command("uname -m", 0, "x86_64\n");
        s.command("systemd-detect-virt", 0, "kvm\n");
        auto host = s.open();
        const OsFacts f = probeOs(*host, 1000);
        QVERIFY(!f.wsl);
        QCOMPARE(f.virtualization, Virtualization::VirtualMachine);
        QCOMPARE(f.hypervisor, QStringLiteral("KVM"));
        QVERIFY(hasEvidence(f, "/sys/class/dmi/id", "QEMU"));
        QVERIFY(hasEvidence(f, "/proc/cpuinfo", "flags include hypervisor"));
        QVERIFY(describeOs(f).contains("virtual machine: KVM"));
    }

    void probeVmWithoutDetectVirt()
    {
        // DMI alone names it; systemd-detect-virt hangs and is only waited for the timeout.
        SnapshotBuilder s;
        s.file("/sys/class/dmi/id/sys_vendor", "Amazon EC2\n");
        s.file("/sys/class/dmi/id/product_name", "g5.xlarge\n");
        s.hang("systemd-detect-virt");
        s.hang("uname -m");
        auto host = s.open();
        const OsFacts f = probeOs(*host, 100);
        QCOMPARE(f.virtualization, Virtualization::VirtualMachine);
        QCOMPARE(f.hypervisor, QStringLiteral("Amazon EC2"));
        QCOMPARE(f.architecture, QString());
        QVERIFY(hasEvidence(f, "uname -m", "no answer"));
        QVERIFY(hasEvidence(f, "systemd-detect-virt", "no answer"));
    }

    void probeBareMetal()
    {
        SnapshotBuilder s;
        s.file("/etc/os-release", readFixture("chef_debian_12.os-release").toUtf8());
        s.file("/proc/sys/kernel/osrelease", "6.1.0-18-amd64\n");
        s.file("/proc/version", "Linux version 6.1.0-18-amd64 (debian-kernel@lists.debian.org) "
                                "(gcc-12 (Debian 12.2.0-14) 12.2.0) #1 SMP\n");
        s.file("/sys/class/dmi/id/sys_vendor", "Dell Inc.\n");
        s.file("/sys/class/dmi/id/product_name", "Precision 5820 Tower\n");
        // A big cpuinfo (many cores): only the capped start is read, and that is enough.
        QByteArray cpu;
        while (cpu.size() < 2 * 1024 * 1024)
            cpu += kCpuBare;
        s.file("/proc/cpuinfo", cpu);
        s.command("uname -m", 0, "x86_64\n");
        s.command("systemd-detect-virt", 1, "none\n");
        auto host = s.open();
        const OsFacts f = probeOs(*host, 1000);
        QCOMPARE(f.state, FactState::Found);
        QCOMPARE(f.release.support, OsSupport::Supported);
        QCOMPARE(f.kernelRelease, QStringLiteral("6.1.0-18-amd64"));
        QVERIFY(!f.wsl);
        QCOMPARE(f.wslVersion, 0);
        QCOMPARE(f.virtualization, Virtualization::None);
        QCOMPARE(f.hypervisor, QString());
        QVERIFY(hasEvidence(f, "systemd-detect-virt", "none"));
        const QStringList lines = describeOs(f);
        QVERIFY(lines.contains("supported by gpu-setup"));
        QVERIFY(lines.contains("kernel 6.1.0-18-amd64, architecture x86_64"));
        QVERIFY(lines.contains("bare metal (no hypervisor seen)"));
    }

    void probeDockerAndMetalEc2()
    {
        SnapshotBuilder s;
        s.file("/sys/class/dmi/id/sys_vendor", "Amazon EC2\n");
        s.file("/sys/class/dmi/id/product_name", "p4d.metal\n");
        s.file("/proc/cpuinfo", kCpuBare);
        s.command("systemd-detect-virt", 0, "docker\n");
        auto host = s.open();
        const OsFacts f = probeOs(*host, 1000);
        QCOMPARE(f.virtualization, Virtualization::Container);
        QCOMPARE(f.container, QStringLiteral("docker"));
        QVERIFY(describeOs(f).contains("inside a container: docker"));
    }

    void probeNothingAndKernelFromProcVersion()
    {
        SnapshotBuilder s;
        s.file("/proc/version",
               "Linux version 6.8.0-45-generic (buildd@lcy02) (x86_64-linux-gnu-gcc-13)\n");
        auto host = s.open();
        const OsFacts f = probeOs(*host, 1000);
        QCOMPARE(f.state, FactState::Absent);
        QCOMPARE(f.kernelRelease, QStringLiteral("6.8.0-45-generic"));
        QCOMPARE(f.virtualization, Virtualization::Unknown);
        QVERIFY(describeOs(f).contains("no os-release file: distribution unknown"));
    }

    void jsonRoundTrip()
    {
        SnapshotBuilder s;
        s.file("/etc/os-release", readFixture("chef_elementary_7.os-release").toUtf8());
        s.file("/proc/sys/kernel/osrelease", "5.15.153.1-microsoft-standard-WSL2\n");
        s.command("systemd-detect-virt", 0, "kvm\n");
        auto host = s.open();
        const OsFacts f = probeOs(*host, 1000);
        const Json j = f;
        QCOMPARE(QString::fromStdString(j["release"]["support"].get<std::string>()),
                 QStringLiteral("supported"));
        QCOMPARE(QString::fromStdString(j["virtualization"].get<std::string>()),
                 QStringLiteral("vm"));
        const OsFacts back = j.get<OsFacts>();
        QCOMPARE(back.release, f.release);
        QCOMPARE(back.evidence, f.evidence);
        QCOMPARE(back.wslVersion, 2);
        QCOMPARE(back.hypervisor, QStringLiteral("KVM"));
    }
};

QTEST_GUILESS_MAIN(TestOsProbe)
#include "tst_osprobe.moc"
