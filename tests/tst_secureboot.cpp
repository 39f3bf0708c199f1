// Secure Boot, pending MOK keys and reboot-required: the parsers on every known mokutil answer
// and efivar layout, then the probe over small snapshots (mokutil first, sysfs after).
#include "TestSnapshot.h"
#include "host/SnapshotHost.h"
#include "probe/SecureBootProbe.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace gpusetup;
using namespace gpusetup::test;

namespace {
const QString kGuid = QStringLiteral("8be4df61-93ca-11d2-aa0d-00e098032b8c");
const QString kSbVar = QStringLiteral("/sys/firmware/efi/efivars/SecureBoot-") + kGuid;
QByteArray efivar(char value)
{
    return QByteArray("\x06\x00\x00\x00", 4) + QByteArray(1, value);
}
} // namespace

class TestSecureBoot : public QObject
{
    Q_OBJECT
private:
    // commands: argv line -> {exit, stdout, stderr}; an exit of -2 means the command hangs.
    struct Cmd
    {
        int exit = 0;
        QByteArray out, err;
    };
    static std::unique_ptr<SnapshotHost> snapshot(const QTemporaryDir &dir,
                                                  const QMap<QString, Cmd> &cmds,
                                                  const QMap<QString, QByteArray> &files,
                                                  const QStringList &dirs = {})
    {
        QString json =
            R"({"user":"student","home":"/home/student","env":{"PATH":"/usr/bin"},"commands":{)";
        int i = 0;
        for (auto it = cmds.cbegin(); it != cmds.cend(); ++it, ++i) {
            if (i) json += ',';
            if (it->exit == -2) {
                json += QStringLiteral("\"%1\":{\"status\":\"timed-out\"}").arg(it.key());
                continue;
            }
            writeFile(dir.path() + QStringLiteral("/cmd/%1.out").arg(i), it->out);
            writeFile(dir.path() + QStringLiteral("/cmd/%1.err").arg(i), it->err);
            json += QStringLiteral(
                        "\"%1\":{\"exit\":%2,\"stdout\":\"cmd/%3.out\",\"stderr\":\"cmd/%3.err\"}")
                        .arg(it.key())
                        .arg(it->exit)
                        .arg(i);
        }
        json += "}}";
        writeFile(dir.path() + "/host.json", json.toUtf8());
        QDir().mkpath(dir.path() + "/fs/etc");
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            writeFile(dir.path() + "/fs" + it.key(), it.value());
        for (const QString &d : dirs)
            QDir().mkpath(dir.path() + "/fs" + d);
        QString error;
        auto host = SnapshotHost::open(dir.path(), &error);
        if (!host) qWarning("%s", qPrintable(error));
        return host;
    }

private Q_SLOTS:
    void mokutilSbState_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("secureBoot");
        QTest::addColumn<int>("uefi");
        QTest::addColumn<bool>("setupMode");
        QTest::addColumn<bool>("validationDisabled");
        QTest::newRow("enabled") << "SecureBoot enabled\n"
                                 << "enabled" << 1 << false << false;
        QTest::newRow("disabled") << "SecureBoot disabled\n"
                                  << "disabled" << 1 << false << false;
        QTest::newRow("disabled, setup mode") << "SecureBoot disabled\nPlatform is in Setup Mode\n"
                                              << "disabled" << 1 << true << false;
        QTest::newRow("enabled, shim validation off")
            << "SecureBoot enabled\nSecureBoot validation is disabled in shim\n"
            << "enabled" << 1 << false << true;
        QTest::newRow("uefi without secure boot") << "This system doesn't support Secure Boot\n"
                                                  << "unsupported" << 1 << false << false;
        QTest::newRow("legacy bios (stderr)")
            << "\nEFI variables are not supported on this system\n"
            << "unsupported" << 0 << false << false;
        QTest::newRow("crlf") << "SecureBoot enabled\r\n"
                              << "enabled" << 1 << false << false;
        QTest::newRow("empty") << ""
                               << "unknown" << -1 << false << false;
        QTest::newRow("command not found") << "bash: mokutil: command not found\n"
                                           << "unknown" << -1 << false << false;
        QTest::newRow("read failure")
            << "Failed to read \"SecureBoot\" variable: Permission denied\n"
            << "unknown" << -1 << false << false;
        QTest::newRow("not a state line") << "SecureBoot enabled (maybe)\n"
                                          << "unknown" << -1 << false << false;
    }
    void mokutilSbState()
    {
        QFETCH(QString, output);
        QFETCH(QString, secureBoot);
        QFETCH(int, uefi);
        QFETCH(bool, setupMode);
        QFETCH(bool, validationDisabled);
        const MokutilSbState s = parseMokutilSbState(output);
        QCOMPARE(secureBootStateName(s.secureBoot), secureBoot);
        QCOMPARE(s.uefi, uefi);
        QCOMPARE(s.setupMode, setupMode);
        QCOMPARE(s.shimValidationDisabled, validationDisabled);
    }

    void efiVar_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("secureBoot");
        QTest::newRow("efivarfs enabled") << efivar(1) << "enabled";
        QTest::newRow("efivarfs disabled") << efivar(0) << "disabled";
        QTest::newRow("other attributes")
            << (QByteArray("\x07\x00\x00\x00", 4) + '\x01') << "enabled";
        QTest::newRow("bad value") << efivar(2) << "unknown";
        QTest::newRow("old sysfs data enabled") << QByteArray(1, '\x01') << "enabled";
        QTest::newRow("old sysfs data disabled") << QByteArray(1, '\x00') << "disabled";
        QTest::newRow("empty") << QByteArray() << "unknown";
        QTest::newRow("truncated") << QByteArray("\x06\x00\x00\x00", 4) << "unknown";
        QTest::newRow("too long") << (efivar(1) + '\x01') << "unknown";
        QTest::newRow("text") << QByteArray("1\n") << "unknown";
    }
    void efiVar()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, secureBoot);
        QCOMPARE(secureBootStateName(parseSecureBootEfiVar(bytes)), secureBoot);
    }

    void mokListNew_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<int>("keys");
        QTest::newRow("empty (mokutil 0.4+)") << "MokNew is empty\n" << 0;
        QTest::newRow("no output") << "" << 0;
        QTest::newRow("one key") << "[key 1]\nSHA1 Fingerprint: 8a:5e:1c:...\nCertificate:\n    "
                                    "Data:\n        Version: 3 (0x2)\n"
                                 << 1;
        QTest::newRow("two keys")
            << "[key 1]\nSHA1 Fingerprint: aa\n[key 2]\nSHA1 Fingerprint: bb\n"
            << 2;
        QTest::newRow("old mokutil, no [key] header") << "SHA1 Fingerprint: 8a:5e\nCertificate:\n"
                                                      << 1;
        QTest::newRow("legacy bios") << "EFI variables are not supported on this system\n" << -1;
        QTest::newRow("garbage") << "Segmentation fault\n" << -1;
    }
    void mokListNew()
    {
        QFETCH(QString, output);
        QFETCH(int, keys);
        QCOMPARE(parseMokutilListNew(output), keys);
    }

    void rebootPkgs()
    {
        QCOMPARE(
            parseRebootRequiredPkgs(
                "nvidia-dkms-535\nlinux-image-6.5.0-14-generic\nnvidia-dkms-535\n\n  libc6 \n"),
            (QStringList{"nvidia-dkms-535", "linux-image-6.5.0-14-generic", "libc6"}));
        QCOMPARE(parseRebootRequiredPkgs(""), QStringList());
    }

    // ---------------------------------------------------------------- probe
    void probeMokutilEnabledWithPendingKeyAndReboot()
    {
        QTemporaryDir dir;
        auto host = snapshot(
            dir,
            {{"mokutil --sb-state", {0, "SecureBoot enabled\n", ""}},
             {"mokutil --list-new", {0, "[key 1]\nSHA1 Fingerprint: 8a:5e\n", ""}}},
            {{"/run/reboot-required", "*** System restart required ***\n"},
             {"/run/reboot-required.pkgs", "nvidia-dkms-535\nlinux-base\nnvidia-dkms-535\n"}},
            {"/sys/firmware/efi/efivars"});
        makeLink("/run", dir.path() + "/fs/var/run");
        QVERIFY(host);
        const BootFacts f = probeBoot(*host, 1000);
        QCOMPARE(f.state, FactState::Found);
        QCOMPARE(f.secureBoot, SecureBootState::Enabled);
        QVERIFY(f.uefi);
        QCOMPARE(f.secureBootSource, QStringLiteral("mokutil --sb-state"));
        QCOMPARE(f.mokPendingKeys, 1);
        QVERIFY(f.rebootRequired);
        QCOMPARE(f.rebootPackages, (QStringList{"nvidia-dkms-535", "linux-base"}));
        QVERIFY(f.evidence.contains(Evidence{"mokutil --sb-state", "SecureBoot enabled"}));
        QVERIFY(f.evidence.contains(Evidence{"/var/run/reboot-required",
                                             "present; packages: nvidia-dkms-535, linux-base"}));
        const QStringList text = describeBoot(f);
        QVERIFY(text.contains("Secure Boot is enabled (UEFI boot)"));
        QVERIFY(text.contains(
            "1 machine owner key(s) wait for enrolment in the MOK manager at the next boot"));
        QVERIFY(text.contains("A reboot is required (asked for by nvidia-dkms-535, linux-base)"));

        const Json j = f;
        QCOMPARE(QString::fromStdString(j["secureBoot"].get<std::string>()),
                 QStringLiteral("enabled"));
        QCOMPARE(Json(j.get<BootFacts>()).dump(), j.dump());
    }

    void probeSources_data()
    {
        QTest::addColumn<QString>("sbOut"); // "" = mokutil not installed; "HANG" = times out
        QTest::addColumn<QString>("listNewOut");
        QTest::addColumn<QByteArray>("sbVar"); // null = no SecureBoot variable file
        QTest::addColumn<QStringList>("dirs");
        QTest::addColumn<QString>("secureBoot");
        QTest::addColumn<bool>("uefi");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("mokKeys");
        QTest::addColumn<QString>("firstLine");
        const QStringList efi = {"/sys/firmware/efi/efivars"};
        QTest::newRow("mokutil disabled, setup mode")
            << "SecureBoot disabled\nPlatform is in Setup Mode\n"
            << "MokNew is empty\n"
            << QByteArray() << efi << "disabled" << true << "mokutil --sb-state" << 0
            << "Secure Boot is disabled (UEFI boot)";
        QTest::newRow("no mokutil, efivar enabled")
            << ""
            << "" << efivar(1) << efi << "enabled" << true << kSbVar << -1
            << "Secure Boot is enabled (UEFI boot)";
        QTest::newRow("no mokutil, efivar disabled")
            << ""
            << "" << efivar(0) << efi << "disabled" << true << kSbVar << -1
            << "Secure Boot is disabled (UEFI boot)";
        QTest::newRow("mokutil hangs, efivar enabled")
            << "HANG"
            << "" << efivar(1) << efi << "enabled" << true << kSbVar << -1
            << "Secure Boot is enabled (UEFI boot)";
        QTest::newRow("mokutil: uefi without sb")
            << "This system doesn't support Secure Boot\n"
            << "MokNew is empty\n"
            << QByteArray() << efi << "unsupported" << true << "mokutil --sb-state" << 0
            << "Secure Boot is not supported by this UEFI firmware";
        QTest::newRow("mokutil: legacy bios")
            << "EFI variables are not supported on this system\n"
            << "" << QByteArray() << QStringList{"/sys/firmware/acpi"} << "unsupported" << false
            << "mokutil --sb-state" << -1 << "Secure Boot does not apply: legacy BIOS boot";
        // mokutil cannot read efivarfs, yet the machine booted UEFI: the variable decides.
        QTest::newRow("mokutil blind, efivar disabled")
            << "EFI variables are not supported on this system\n"
            << "" << efivar(0) << efi << "disabled" << true << kSbVar << -1
            << "Secure Boot is disabled (UEFI boot)";
        QTest::newRow("no mokutil, efivars without SecureBoot")
            << ""
            << "" << QByteArray() << efi << "unsupported" << true << "/sys/firmware/efi/efivars"
            << -1 << "Secure Boot is not supported by this UEFI firmware";
        QTest::newRow("no mokutil, no efi dir")
            << ""
            << "" << QByteArray() << QStringList{"/sys/firmware/acpi"} << "unsupported" << false
            << "/sys/firmware/efi" << -1 << "Secure Boot does not apply: legacy BIOS boot";
        QTest::newRow("no mokutil, efivars unreadable")
            << ""
            << "" << QByteArray() << QStringList{"/sys/firmware/efi"} << "unknown" << true << ""
            << -1 << "Secure Boot state could not be checked";
        QTest::newRow("nothing at all") << ""
                                        << "" << QByteArray() << QStringList{} << "unknown" << false
                                        << "" << -1 << "Secure Boot state could not be checked";
        QTest::newRow("mokutil garbage, efivar bad")
            << "Segmentation fault\n"
            << "" << efivar(7) << efi << "unsupported" << true << "/sys/firmware/efi/efivars" << -1
            << "Secure Boot is not supported by this UEFI firmware";
    }
    void probeSources()
    {
        QFETCH(QString, sbOut);
        QFETCH(QString, listNewOut);
        QFETCH(QByteArray, sbVar);
        QFETCH(QStringList, dirs);
        QFETCH(QString, secureBoot);
        QFETCH(bool, uefi);
        QFETCH(QString, source);
        QFETCH(int, mokKeys);
        QFETCH(QString, firstLine);
        QTemporaryDir dir;
        QMap<QString, Cmd> cmds;
        if (sbOut == "HANG") {
            cmds["mokutil --sb-state"] = {-2, {}, {}};
        } else if (!sbOut.isEmpty()) {
            // Like the real tool: state lines on stdout, errors on stderr.
            const bool error = sbOut.startsWith("EFI") || sbOut.startsWith("Seg");
            cmds["mokutil --sb-state"] = {error ? 255 : 0, error ? QByteArray() : sbOut.toUtf8(),
                                          error ? sbOut.toUtf8() : QByteArray()};
            if (!listNewOut.isEmpty()) cmds["mokutil --list-new"] = {0, listNewOut.toUtf8(), {}};
        }
        QMap<QString, QByteArray> files;
        if (!sbVar.isNull()) files[kSbVar] = sbVar;
        if (dirs.contains("/sys/firmware/efi/efivars") && sbVar.isNull())
            files["/sys/firmware/efi/efivars/BootOrder-" + kGuid] =
                QByteArray("\x07\x00\x00\x00\x01\x00", 6);
        auto host = snapshot(dir, cmds, files, dirs);
        QVERIFY(host);
        const BootFacts f = probeBoot(*host, 200);
        QCOMPARE(secureBootStateName(f.secureBoot), secureBoot);
        QCOMPARE(f.state, secureBoot == "unknown" ? FactState::Unknown : FactState::Found);
        QCOMPARE(f.uefi, uefi);
        QCOMPARE(f.secureBootSource, source);
        QCOMPARE(f.mokPendingKeys, mokKeys);
        QVERIFY(!f.rebootRequired);
        QVERIFY(f.rebootPackages.isEmpty());
        const QStringList text = describeBoot(f);
        QCOMPARE(text.first(), firstLine);
        QCOMPARE(text.last(), QStringLiteral("No reboot is pending"));
        QCOMPARE(
            text.contains("The firmware is in Secure Boot setup mode (no platform key enrolled)"),
            sbOut.contains("Setup Mode"));
        if (sbOut.isEmpty())
            QVERIFY(
                f.evidence.contains(Evidence{"mokutil --sb-state", "mokutil is not installed"}));
    }

    void probeRebootWithoutPkgs()
    {
        QTemporaryDir dir;
        auto host = snapshot(dir, {}, {{"/var/run/reboot-required", ""}}, {"/sys/firmware"});
        QVERIFY(host);
        const BootFacts f = probeBoot(*host, 200);
        QVERIFY(f.rebootRequired);
        QVERIFY(f.rebootPackages.isEmpty());
        QVERIFY(describeBoot(f).contains("A reboot is required"));
        QVERIFY(f.evidence.contains(Evidence{"/var/run/reboot-required", "present"}));
    }

    void probeSetupModeFromEfivar()
    {
        QTemporaryDir dir;
        auto host = snapshot(
            dir, {},
            {{kSbVar, efivar(0)}, {"/sys/firmware/efi/efivars/SetupMode-" + kGuid, efivar(1)}});
        QVERIFY(host);
        const BootFacts f = probeBoot(*host, 200);
        QCOMPARE(f.secureBoot, SecureBootState::Disabled);
        QVERIFY(f.setupMode);
    }
};

QTEST_GUILESS_MAIN(TestSecureBoot)
#include "tst_secureboot.moc"
