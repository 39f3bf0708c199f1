// The CUDA toolkit probe: version parsers over every real fixture, and the probe over small
// snapshots (no toolkit, runfile, two toolkits, the apt package, a pip-wheel toolkit).
#include "TestSnapshot.h"
#include "host/SnapshotHost.h"
#include "probe/CudaProbe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace gpusetup;
using namespace gpusetup::test;

namespace {

QByteArray cudaH(int v)
{
    return QByteArrayLiteral("/* header */\n#ifndef __cuda_cuda_h__\n#define CUDA_VERSION ") +
           QByteArray::number(v) + QByteArrayLiteral("\n#endif\n");
}
QByteArray versionJson(const QString &v)
{
    return QStringLiteral("{\"cuda\":{\"name\":\"CUDA "
                          "SDK\",\"version\":\"%1\"},\"cuda_nvcc\":{\"name\":\"CUDA "
                          "NVCC\",\"version\":\"x\"}}")
        .arg(v)
        .toUtf8();
}
QByteArray nvccOut(const QString &release, const QString &v)
{
    return QStringLiteral(
               "nvcc: NVIDIA (R) Cuda compiler driver\nCopyright (c) 2005-2024 NVIDIA Corporation\n"
               "Cuda compilation tools, release %1, V%2\nBuild cuda_%1.r%1/compiler.1_0\n")
        .arg(release, v)
        .toUtf8();
}

// A runfile-shaped toolkit at /usr/local/cuda-X.Y.
void runfileToolkit(SnapshotBuilder &s, const QString &mm, const QString &full,
                    const QString &nvccV, int cudaVersion)
{
    const QString root = QStringLiteral("/usr/local/cuda-") + mm;
    s.file(root + QStringLiteral("/version.json"), versionJson(full));
    s.file(root + QStringLiteral("/bin/nvcc"));
    s.file(root + QStringLiteral("/bin/cuda-uninstaller"));
    s.file(root + QStringLiteral("/lib64/libcudart.so.") + mm.section(QLatin1Char('.'), 0, 0));
    s.file(root + QStringLiteral("/include/cuda.h"), cudaH(cudaVersion));
    s.command(root + QStringLiteral("/bin/nvcc -V"), 0, nvccOut(mm, nvccV));
}

bool hasEvidence(const CudaFacts &f, const QString &source)
{
    for (const Evidence &e : f.evidence)
        if (e.source == source) return true;
    return false;
}

QStringList kinds(const CudaToolkit &t)
{
    QStringList k;
    for (const auto &v : t.versions)
        k << v.kind + QLatin1Char('=') + v.version;
    return k;
}

} // namespace

class TestCudaProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nvccFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("release");
        QTest::addColumn<QString>("version");
        QTest::newRow("13.0.88") << "codeindex-56551853030_cuda-13.0.88.txt"
                                 << "13.0"
                                 << "13.0.88";
        QTest::newRow("11.5.119-apt") << "feuyeux_cuda-11.5.119_ubuntu-apt.txt"
                                      << "11.5"
                                      << "11.5.119";
        QTest::newRow("12.5.82") << "feuyeux_cuda-12.5.82.txt"
                                 << "12.5"
                                 << "12.5.82";
        QTest::newRow("11.0.194") << "issue-blade931_cuda-11.0.194.txt"
                                  << "11.0"
                                  << "11.0.194";
        QTest::newRow("7.5.17") << "issue-ccminer51_cuda-7.5.17.txt"
                                << "7.5"
                                << "7.5.17";
        QTest::newRow("11.0.221") << "issue-pytorchbuilder580_cuda-11.0.221.txt"
                                  << "11.0"
                                  << "11.0.221";
        QTest::newRow("11.1.105") << "issue-pytorchbuilder580_cuda-11.1.105.txt"
                                  << "11.1"
                                  << "11.1.105";
        QTest::newRow("10.0.130") << "issue-qixuema4_cuda-10.0.130.txt"
                                  << "10.0"
                                  << "10.0.130";
        QTest::newRow("9.2.88-windows") << "issue-xmrstak1690_cuda-9.2.88_windows.txt"
                                        << "9.2"
                                        << "9.2.88";
        QTest::newRow("10.1.243") << "mxochicale_cuda-10.1.243.txt"
                                  << "10.1"
                                  << "10.1.243";
        QTest::newRow("10.2.89") << "mxochicale_cuda-10.2.89.txt"
                                 << "10.2"
                                 << "10.2.89";
    }
    void nvccFixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, release);
        QFETCH(QString, version);
        const NvccVersion v =
            parseNvccVersion(QString::fromUtf8(fixture(QStringLiteral("nvcc/") + file)));
        QCOMPARE(v.release, release);
        QCOMPARE(v.version, version);
        QVERIFY(file.contains(version)); // the file name records the truth
    }

    void nvccEdgeCases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("release");
        QTest::addColumn<QString>("version");
        QTest::newRow("empty") << ""
                               << ""
                               << "";
        QTest::newRow("garbage") << "bash: nvcc: command not found"
                                 << ""
                                 << "";
        QTest::newRow("no-V") << "Cuda compilation tools, release 12.4"
                              << "12.4"
                              << "12.4";
        QTest::newRow("crlf") << "Cuda compilation tools, release 9.2, V9.2.148\r\n"
                              << "9.2"
                              << "9.2.148";
        QTest::newRow("truncated") << "Cuda compilation tools, rel"
                                   << ""
                                   << "";
    }
    void nvccEdgeCases()
    {
        QFETCH(QString, text);
        QFETCH(QString, release);
        QFETCH(QString, version);
        const NvccVersion v = parseNvccVersion(text);
        QCOMPARE(v.release, release);
        QCOMPARE(v.version, version);
    }

    void versionFileFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("version");
        QTest::newRow("11.8.0-json") << "codeindex-45068381594_cuda-11.8.0_linux_version.json"
                                     << "11.8.0";
        QTest::newRow("9.0.176-txt") << "codeindex-46283250222_cuda-9.0.176_version.txt"
                                     << "9.0.176";
        QTest::newRow("10.0.130-txt") << "codeindex-46352814094_cuda-10.0.130_version.txt"
                                      << "10.0.130";
        QTest::newRow("12.8.2-json-windows") << "streamco_cuda-12.8.2_windows_version.json"
                                             << "12.8.2";
    }
    void versionFileFixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, version);
        const QByteArray data = fixture(QStringLiteral("cuda-version/") + file);
        if (file.endsWith(QLatin1String(".json"))) {
            QCOMPARE(parseCudaVersionJson(data), version);
            QCOMPARE(parseCudaVersionTxt(QString::fromUtf8(data)), QString()); // not confused
        } else {
            QCOMPARE(parseCudaVersionTxt(QString::fromUtf8(data)), version);
            QCOMPARE(parseCudaVersionJson(data), QString());
        }
    }

    void otherParsers()
    {
        QCOMPARE(parseCudaVersionJson("{}"), QString());
        QCOMPARE(parseCudaVersionJson("{\"cuda\": 12}"), QString());
        QCOMPARE(parseCudaVersionJson("{\"cuda\": {\"version\": \"garbage\"}}"), QString());
        QCOMPARE(parseCudaVersionJson("{\"cuda\": {\"vers"), QString());
        QCOMPARE(parseCudaVersionJson("[1,2]"), QString());
        QCOMPARE(parseCudaVersionTxt(QStringLiteral("CUDA Version 11.8.89\n")),
                 QStringLiteral("11.8.89"));
        QCOMPARE(parseCudaVersionTxt(QString()), QString());
        QCOMPARE(parseCudaHeaderVersion(QString::fromUtf8(cudaH(12040))), QStringLiteral("12.4"));
        QCOMPARE(parseCudaHeaderVersion(QString::fromUtf8(cudaH(11080))), QStringLiteral("11.8"));
        QCOMPARE(parseCudaHeaderVersion(QString::fromUtf8(cudaH(13000))), QStringLiteral("13.0"));
        QCOMPARE(parseCudaHeaderVersion(QString::fromUtf8(cudaH(9020))), QStringLiteral("9.2"));
        QCOMPARE(parseCudaHeaderVersion(QStringLiteral("#define CUDA_VERSION_MAJOR 12")),
                 QString());
        QCOMPARE(parseCudaHeaderVersion(QStringLiteral("// #define CUDA_VERSION 12040")),
                 QString());
        QString pkg;
        QCOMPARE(
            parseCudaDistInfoName(QStringLiteral("nvidia_cuda_runtime-13.0.96.dist-info"), &pkg),
            QStringLiteral("13.0.96"));
        QCOMPARE(pkg, QStringLiteral("cuda_runtime"));
        QCOMPARE(
            parseCudaDistInfoName(QStringLiteral("nvidia_cuda_nvcc_cu12-12.4.131.dist-info"), &pkg),
            QStringLiteral("12.4.131"));
        QCOMPARE(pkg, QStringLiteral("cuda_nvcc"));
        QCOMPARE(parseCudaDistInfoName(QStringLiteral("nvidia_cublas-13.1.0.3.dist-info")),
                 QString());
        QCOMPARE(parseCudaDistInfoName(QStringLiteral("nvidia_cudnn_cu13-9.19.0.56.dist-info")),
                 QString());
        QCOMPARE(parseCudaDistInfoName(QStringLiteral("nvidia_cuda_cupti-13.0.85.dist-info")),
                 QString());
    }

    void versionStrings_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QList<int>>("parts");
        QTest::newRow("nvcc") << "12.4.131" << QList<int>{12, 4, 131};
        QTest::newRow("conda python") << "3.12.4.final.0" << QList<int>{3, 12, 4};
        QTest::newRow("empty") << QString() << QList<int>{};
        // pip reports CUDA wheels with a PEP 440 local version: the advisor must see 2.11.0.
        QTest::newRow("torch local version") << "2.11.0+cu126" << QList<int>{2, 11, 0};
        QTest::newRow("torch cpu") << "2.5.1+cpu" << QList<int>{2, 5, 1};
        QTest::newRow("debian revision") << "12.4.1-1" << QList<int>{12, 4, 1};
        QTest::newRow("pre-release") << "2.1.0a0" << QList<int>{2, 1, 0};
        QTest::newRow("leading text") << "v12" << QList<int>{};
        QTest::newRow("driver") << "580.65.06" << QList<int>{580, 65, 6};
    }
    void versionStrings()
    {
        QFETCH(QString, version);
        QFETCH(QList<int>, parts);
        QCOMPARE(versionParts(version), parts);
    }

    void localVersionComparesEqual()
    {
        QCOMPARE(compareVersions(QStringLiteral("2.11.0+cu126"), QStringLiteral("2.11.0")), 0);
        QCOMPARE(versionPrefix(QStringLiteral("2.11.0+cu126"), 3), QStringLiteral("2.11.0"));
        QVERIFY(versionHasPrefix(QStringLiteral("2.11.0+cu126"), QStringLiteral("2.11")));
        QCOMPARE(compareVersions(QStringLiteral("2.10.1+cu126"), QStringLiteral("2.11.0")), -1);
    }

    void noToolkit()
    {
        SnapshotBuilder s;
        s.env("PATH", "/usr/local/bin:/usr/bin:/bin");
        s.dir("/usr/local/bin");
        auto h = s.open();
        QVERIFY(h);
        const CudaFacts f = probeCuda(*h, 500);
        QCOMPARE(f.state, FactState::Absent);
        QVERIFY(f.toolkits.isEmpty());
        QVERIFY(f.selectedRoot.isEmpty());
        QVERIFY(f.pathNvcc.isEmpty());
        QVERIFY(describeCuda(f).first().contains(QLatin1String("none installed")));
    }

    void runfileWithLink()
    {
        SnapshotBuilder s;
        runfileToolkit(s, "12.4", "12.4.1", "12.4.131", 12040);
        s.link("/usr/local/cuda-12.4", "/usr/local/cuda");
        s.env("PATH", "/usr/local/cuda/bin:/usr/bin");
        s.env("LD_LIBRARY_PATH", "/usr/local/cuda/lib64");
        auto h = s.open();
        QVERIFY(h);
        const CudaFacts f = probeCuda(*h, 500);
        QCOMPARE(f.state, FactState::Found);
        QCOMPARE(f.toolkits.size(), 1);
        const CudaToolkit &t = f.toolkits.first();
        QCOMPARE(t.root, QStringLiteral("/usr/local/cuda-12.4"));
        QCOMPARE(t.resolvedRoot, QStringLiteral("/usr/local/cuda-12.4"));
        QCOMPARE(t.aliases, QStringList{QStringLiteral("/usr/local/cuda")});
        QVERIFY(t.foundBy.contains(QStringLiteral("PATH")));
        QCOMPARE(t.version, QStringLiteral("12.4.1")); // version.json beats nvcc at equal precision
        QCOMPARE(t.major, 12);
        QCOMPARE(t.minor, 4);
        QCOMPARE(kinds(t), (QStringList{"version.json=12.4.1", "nvcc=12.4.131", "cuda.h=12.4"}));
        QVERIFY(!t.versionConflict);
        QVERIFY(t.hasNvcc);
        QCOMPARE(t.nvccPath, QStringLiteral("/usr/local/cuda-12.4/bin/nvcc"));
        QVERIFY(t.hasCudart);
        QCOMPARE(t.cudartPath, QStringLiteral("/usr/local/cuda-12.4/lib64/libcudart.so.12"));
        QCOMPARE(t.installKind, QStringLiteral("runfile"));
        QCOMPARE(t.state, FactState::Found);
        QVERIFY(t.problems.isEmpty());
        QCOMPARE(f.pathNvcc, QStringLiteral("/usr/local/cuda/bin/nvcc"));
        QCOMPARE(f.pathRoot, QStringLiteral("/usr/local/cuda-12.4"));
        QCOMPARE(f.usrLocalCudaLink, QStringLiteral("/usr/local/cuda-12.4"));
        QCOMPARE(f.usrLocalCudaRoot, QStringLiteral("/usr/local/cuda-12.4"));
        QCOMPARE(f.ldLibraryPathRoot, QStringLiteral("/usr/local/cuda-12.4"));
        QCOMPARE(f.selectedBy, QStringLiteral("PATH"));
        QCOMPARE(f.selectedVersion, QStringLiteral("12.4.1"));
        QVERIFY(!f.pathDisagreesWithUsrLocalCuda);
        QVERIFY2(f.notes.isEmpty(), qPrintable(f.notes.join('\n')));
        QVERIFY(hasEvidence(f, QStringLiteral("/usr/local/cuda-12.4/bin/nvcc -V")));
        QVERIFY(hasEvidence(f, QStringLiteral("/usr/local/cuda-12.4/version.json")));
        QVERIFY(describeCuda(f).first().contains(QLatin1String("12.4.1")));

        // JSON round trip keeps every field.
        const Json j = f;
        const CudaFacts back = j.get<CudaFacts>();
        QCOMPARE(Json(back), j);
        QCOMPARE(back.toolkits.first().versions, t.versions);
    }

    void twoToolkitsPathDisagrees()
    {
        SnapshotBuilder s;
        runfileToolkit(s, "11.8", "11.8.0", "11.8.89", 11080);
        runfileToolkit(s, "12.4", "12.4.1", "12.4.131", 12040);
        s.link("/usr/local/cuda-12.4", "/usr/local/cuda");
        s.env("PATH", "/usr/local/cuda-11.8/bin:/usr/bin");
        s.env("LD_LIBRARY_PATH", "/opt/nothing:/usr/local/cuda/lib64");
        s.env("CUDA_HOME", "/usr/local/cuda-11.8");
        auto h = s.open();
        QVERIFY(h);
        const CudaFacts f = probeCuda(*h, 500);
        QCOMPARE(f.toolkits.size(), 2);
        QCOMPARE(f.toolkits[0].version, QStringLiteral("11.8.0"));
        QCOMPARE(f.toolkits[1].version, QStringLiteral("12.4.1"));
        QCOMPARE(f.pathRoot, QStringLiteral("/usr/local/cuda-11.8"));
        QCOMPARE(f.usrLocalCudaRoot, QStringLiteral("/usr/local/cuda-12.4"));
        QCOMPARE(f.ldLibraryPathEntry, QStringLiteral("/usr/local/cuda/lib64"));
        QCOMPARE(f.ldLibraryPathRoot, QStringLiteral("/usr/local/cuda-12.4"));
        QCOMPARE(f.cudaHomeRoot, QStringLiteral("/usr/local/cuda-11.8"));
        QCOMPARE(f.selectedRoot, QStringLiteral("/usr/local/cuda-11.8"));
        QCOMPARE(f.selectedBy, QStringLiteral("PATH"));
        QCOMPARE(f.selectedVersion, QStringLiteral("11.8.0"));
        QVERIFY(f.pathDisagreesWithUsrLocalCuda);
        QCOMPARE(f.state, FactState::Found);
        const QString notes = f.notes.join('\n');
        QVERIFY2(notes.contains(QLatin1String("nvcc on PATH is CUDA 11.8.0 (/usr/local/cuda-11.8) "
                                              "but /usr/local/cuda points to CUDA 12.4.1")),
                 qPrintable(notes));
        QVERIFY2(notes.contains(QLatin1String("LD_LIBRARY_PATH loads the runtime of CUDA 12.4.1")),
                 qPrintable(notes));
        QVERIFY(!notes.contains(QLatin1String("CUDA_HOME"))); // agrees with PATH
        QCOMPARE(f.toolkits[1].aliases, QStringList{QStringLiteral("/usr/local/cuda")});
        QVERIFY(f.toolkits[0].aliases.isEmpty());
    }

    void aptToolkit()
    {
        SnapshotBuilder s;
        s.file("/usr/bin/nvcc", "#!/bin/sh\nexec /usr/lib/nvidia-cuda-toolkit/bin/nvcc \"$@\"\n");
        s.file("/usr/lib/nvidia-cuda-toolkit/bin/nvcc");
        s.file("/usr/lib/cuda/version.txt", "CUDA Version 11.5.119\n");
        s.link("../../include", "/usr/lib/cuda/include");
        s.link("../x86_64-linux-gnu", "/usr/lib/cuda/lib64");
        s.file("/usr/include/cuda.h", cudaH(11050));
        s.file("/usr/lib/x86_64-linux-gnu/libcudart.so.11.5.117");
        s.command("/usr/bin/nvcc -V", 0, fixture("nvcc/feuyeux_cuda-11.5.119_ubuntu-apt.txt"));
        s.env("PATH", "/usr/local/bin:/usr/bin:/bin");
        auto h = s.open();
        QVERIFY(h);
        const CudaFacts f = probeCuda(*h, 500);
        QCOMPARE(f.toolkits.size(), 1);
        const CudaToolkit &t = f.toolkits.first();
        QCOMPARE(t.root, QStringLiteral("/usr/lib/cuda"));
        QCOMPARE(t.installKind, QStringLiteral("distro-package"));
        QCOMPARE(t.nvccPath, QStringLiteral("/usr/bin/nvcc"));
        QCOMPARE(t.version, QStringLiteral("11.5.119"));
        QCOMPARE(kinds(t), (QStringList{"version.txt=11.5.119", "nvcc=11.5.119", "cuda.h=11.5"}));
        QVERIFY(t.hasCudart);
        QCOMPARE(t.cudartPath, QStringLiteral("/usr/lib/cuda/lib64/libcudart.so.11.5.117"));
        QCOMPARE(t.state, FactState::Found);
        QCOMPARE(f.pathNvcc, QStringLiteral("/usr/bin/nvcc"));
        QCOMPARE(f.pathRoot, QStringLiteral("/usr/lib/cuda"));
        QCOMPARE(f.selectedBy, QStringLiteral("PATH"));
        QVERIFY(f.usrLocalCudaRoot.isEmpty());
        QCOMPARE(f.state, FactState::Found);
    }

    // Shaped like /usr/local/cuda-13.0 on the development machine: assembled from pip wheels.
    void pipWheelToolkit()
    {
        SnapshotBuilder s;
        const QString r = QStringLiteral("/usr/local/cuda-13.0");
        for (const char *d : {"nvidia_cublas-13.1.0.3", "nvidia_cuda_cccl-13.0.85",
                              "nvidia_cuda_nvcc-13.0.88", "nvidia_cuda_runtime-13.0.96",
                              "nvidia_cudnn_cu13-9.19.0.56", "nvidia_nvjitlink-13.0.88"})
            s.file(r + QStringLiteral("/dist-info/") + QLatin1String(d) +
                       QStringLiteral(".dist-info/METADATA"),
                   "Name: x\n");
        s.file(r + "/bin/nvcc");
        s.file(r + "/lib/libcudart.so.13");
        s.link("libcudart.so.13", r + "/lib/libcudart.so");
        s.link("lib", r + "/lib64");
        s.file(r + "/include/cuda.h", cudaH(13000));
        s.link(r, "/usr/local/cuda");
        s.command(r + "/bin/nvcc -V", 0, fixture("nvcc/codeindex-56551853030_cuda-13.0.88.txt"));
        s.env("PATH", "/root/.cargo/bin:/usr/local/cuda/bin:/usr/bin");
        s.env("CUDA_HOME", "/usr/local/cuda");
        auto h = s.open();
        QVERIFY(h);
        const CudaFacts f = probeCuda(*h, 500);
        QCOMPARE(f.toolkits.size(), 1);
        const CudaToolkit &t = f.toolkits.first();
        QCOMPARE(t.installKind, QStringLiteral("pip-wheels"));
        QCOMPARE(t.version, QStringLiteral("13.0.88"));
        QCOMPARE(kinds(t), (QStringList{"nvcc=13.0.88", "dist-info=13.0.88", "dist-info=13.0.96",
                                        "cuda.h=13.0"}));
        QVERIFY(!t.versionConflict);
        QVERIFY(t.hasCudart);
        QCOMPARE(t.cudartPath, r + "/lib64/libcudart.so");
        QCOMPARE(t.state, FactState::Found);
        QCOMPARE(f.cudaHomeRoot, r);
        QCOMPARE(f.selectedRoot, r);
        QCOMPARE(f.state, FactState::Found);
        QVERIFY2(f.notes.isEmpty(), qPrintable(f.notes.join('\n')));
    }

    void mixedVersionsAreBroken()
    {
        SnapshotBuilder s;
        runfileToolkit(s, "11.8", "11.8.0", "11.8.89", 11080);
        // Someone unpacked a 12.1 compiler over the 11.8 tree.
        s.command("/usr/local/cuda-11.8/bin/nvcc -V", 0, nvccOut("12.1", "12.1.105"));
        s.env("PATH", "/usr/bin");
        auto h = s.open();
        QVERIFY(h);
        const CudaFacts f = probeCuda(*h, 500);
        QCOMPARE(f.toolkits.size(), 1);
        const CudaToolkit &t = f.toolkits.first();
        QVERIFY(t.versionConflict);
        QCOMPARE(t.state, FactState::Broken);
        QVERIFY(t.problems.join(' ').contains(QLatin1String("nvcc says 12.1.105")));
        QCOMPARE(f.selectedBy, QStringLiteral("only toolkit"));
        QCOMPARE(f.state, FactState::Broken);
        QVERIFY(describeCuda(f).join('\n').contains(QLatin1String("nvcc on PATH: none")));
    }

    void patchLevelDifferencesAreFine()
    {
        SnapshotBuilder s;
        runfileToolkit(s, "12.4", "12.4.1", "12.4.131", 12040);
        auto h = s.open();
        QVERIFY(h);
        const CudaFacts f = probeCuda(*h, 500);
        QVERIFY(!f.toolkits.first().versionConflict);
        QCOMPARE(f.toolkits.first().state, FactState::Found);
    }

    void nvccFailsOrHangs()
    {
        SnapshotBuilder s;
        runfileToolkit(s, "12.4", "12.4.1", "12.4.131", 12040);
        s.command("/usr/local/cuda-12.4/bin/nvcc -V", 139 - 128,
                  ""); // a crashing compiler exits non-zero
        s.file("/opt/cuda/bin/nvcc");
        s.file("/opt/cuda/lib64/libcudart.so.12");
        s.hang("/opt/cuda/bin/nvcc -V");
        auto h = s.open();
        QVERIFY(h);
        const CudaFacts f = probeCuda(*h, 50);
        QCOMPARE(f.toolkits.size(), 2);
        QCOMPARE(f.toolkits[0].state, FactState::Broken);
        QVERIFY(f.toolkits[0].problems.join(' ').contains(QLatin1String("nvcc does not answer")));
        QCOMPARE(f.toolkits[0].version, QStringLiteral("12.4.1")); // version.json still read
        QCOMPARE(f.toolkits[1].root, QStringLiteral("/opt/cuda"));
        QCOMPARE(f.toolkits[1].installKind, QStringLiteral("nvidia"));
        QCOMPARE(f.toolkits[1].state, FactState::Unknown); // nothing but a hanging nvcc
        QVERIFY(f.toolkits[1].problems.join(' ').contains(
            QLatin1String("no answer, killed after 50 ms")));
        QVERIFY(f.selectedRoot.isEmpty());
        QCOMPARE(f.state, FactState::Broken);
    }

    void incompleteAndLeftover()
    {
        SnapshotBuilder s;
        // Only libraries: a toolkit without the compiler.
        s.file("/usr/local/cuda-12.1/lib64/libcudart.so.12");
        s.file("/usr/local/cuda-12.1/version.json", versionJson("12.1.1"));
        // Left over by an uninstall: nothing a toolkit is made of.
        s.file("/usr/local/cuda-10.0/share/doc/readme.txt", "x");
        s.link("/usr/local/cuda-9.0", "/usr/local/cuda");
        s.env("CUDA_HOME", "/usr/local/cuda-10.0");
        s.env("LD_LIBRARY_PATH", "/home/student/lib");
        s.file("/home/student/lib/libcudart.so.11.0");
        auto h = s.open();
        QVERIFY(h);
        const CudaFacts f = probeCuda(*h, 500);
        QCOMPARE(f.toolkits.size(), 1);
        QCOMPARE(f.toolkits[0].state, FactState::Broken);
        QVERIFY(!f.toolkits[0].hasNvcc);
        QCOMPARE(f.toolkits[0].version, QStringLiteral("12.1.1"));
        const QString notes = f.notes.join('\n');
        QVERIFY2(notes.contains(
                     QLatin1String("/usr/local/cuda is a dangling link to /usr/local/cuda-9.0")),
                 qPrintable(notes));
        QVERIFY2(notes.contains(QLatin1String("/usr/local/cuda-10.0 is left over")),
                 qPrintable(notes));
        QVERIFY2(notes.contains(QLatin1String(
                     "CUDA_HOME is /usr/local/cuda-10.0, which is not a CUDA toolkit")),
                 qPrintable(notes));
        QVERIFY2(
            notes.contains(QLatin1String("LD_LIBRARY_PATH takes libcudart from /home/student/lib")),
            qPrintable(notes));
        QCOMPARE(f.selectedBy, QStringLiteral("only toolkit"));
        QCOMPARE(f.state, FactState::Broken);
    }

    void realDirUsrLocalCudaAndDeb()
    {
        SnapshotBuilder s;
        s.file("/usr/local/cuda/bin/nvcc");
        s.file("/usr/local/cuda/lib64/libcudart.so.12");
        s.command("/usr/local/cuda/bin/nvcc -V", 0, nvccOut("12.6", "12.6.85"));
        s.command(
            QStringLiteral("dpkg-query -W -f=${Package}\\t${Version}\\t${Status}\\n cuda-nvcc-* "
                           "cuda-cudart-* nvidia-cuda-toolkit"),
            0,
            "cuda-nvcc-12-6\t12.6.85-1\tinstall ok "
            "installed\ncuda-cudart-12-6\t12.6.77-1\tinstall ok installed\n");
        auto h = s.open();
        QVERIFY(h);
        const CudaFacts f = probeCuda(*h, 500);
        QCOMPARE(f.toolkits.size(), 1);
        QCOMPARE(f.toolkits[0].root, QStringLiteral("/usr/local/cuda"));
        QCOMPARE(f.toolkits[0].installKind, QStringLiteral("nvidia-deb"));
        QCOMPARE(f.toolkits[0].version, QStringLiteral("12.6.85"));
        QVERIFY(f.usrLocalCudaLink.isEmpty());
        QCOMPARE(f.selectedBy, QStringLiteral("/usr/local/cuda"));
    }
};

QTEST_GUILESS_MAIN(TestCudaProbe)
#include "tst_cudaprobe.moc"
