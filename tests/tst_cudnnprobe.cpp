// The cuDNN probe: the version defines of every real header fixture, package and dist-info
// names, and the probe over snapshots (pip-wheel toolkit, NVIDIA debs, v7, mismatches).
#include "TestSnapshot.h"
#include "host/SnapshotHost.h"
#include "probe/CudnnProbe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace gpusetup;
using namespace gpusetup::test;

namespace {

QString dpkgLine()
{
    return dpkgQueryArgv({QStringLiteral("libcudnn*"), QStringLiteral("cudnn*")})
        .join(QLatin1Char(' '));
}

CudnnFacts probe(SnapshotBuilder &s)
{
    auto h = s.open();
    if (!h) return {};
    return probeCudnn(*h, probeCuda(*h, 500), 500);
}

} // namespace

class TestCudnnProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headerFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("major");
        QTest::addColumn<int>("minor");
        QTest::addColumn<int>("patch");
        QTest::addColumn<int>("number");
        QTest::newRow("8.1.1") << "armband_cudnn_version.h_8.1.1.txt" << 8 << 1 << 1 << 8101;
        QTest::newRow("7.1.1-cudnn.h") << "dpcas_cudnn.h_7.1.1.txt" << 7 << 1 << 1 << 7101;
        QTest::newRow("8.2.1") << "minerallka_cudnn_version.h_8.2.1.txt" << 8 << 2 << 1 << 8201;
        QTest::newRow("7.2.1-cudnn.h") << "psenetcpp_cudnn.h_7.2.1.txt" << 7 << 2 << 1 << 7201;
        QTest::newRow("8.9.1") << "yolotensorrt_cudnn_version.h_8.9.1.txt" << 8 << 9 << 1 << 8901;
        QTest::newRow("9.6.0") << "zspace_cudnn_version.h_9.6.0.txt" << 9 << 6 << 0 << 90600;
    }
    void headerFixtures()
    {
        QFETCH(QString, file);
        QFETCH(int, major);
        QFETCH(int, minor);
        QFETCH(int, patch);
        QFETCH(int, number);
        const CudnnHeaderVersion v =
            parseCudnnHeader(QString::fromUtf8(fixture(QStringLiteral("cudnn/") + file)));
        QCOMPARE(v.major, major);
        QCOMPARE(v.minor, minor);
        QCOMPARE(v.patch, patch);
        QCOMPARE(v.number, number);
        QCOMPARE(v.version, QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch));
        QVERIFY(file.contains(v.version));
    }

    void headerEdgeCases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("number");
        QTest::newRow("empty") << ""
                               << "" << -1;
        QTest::newRow("v8-cudnn.h-only-includes")
            << "#include \"cudnn_version.h\"\n#include \"cudnn_ops_infer.h\"\n"
            << "" << -1;
        QTest::newRow("no-patchlevel") << "#define CUDNN_MAJOR 8\n#define CUDNN_MINOR 9\n"
                                       << "" << -1;
        QTest::newRow("no-formula-v9")
            << "#define CUDNN_MAJOR 9\n#define CUDNN_MINOR 1\n#define CUDNN_PATCHLEVEL 0\n"
            << "9.1.0" << 90100;
        QTest::newRow("no-formula-v8")
            << "#define CUDNN_MAJOR 8\n#define CUDNN_MINOR 9\n#define CUDNN_PATCHLEVEL 7\n"
            << "8.9.7" << 8907;
        QTest::newRow("max-sm-not-confused")
            << "#define CUDNN_MAJOR_X 1\n#define CUDNN_MAJOR 9\n#define CUDNN_MINOR 19\n#define "
               "CUDNN_PATCHLEVEL 0\n#define CUDNN_MAX_SM_MAJOR_NUMBER 12\n"
            << "9.19.0" << 91900;
        QTest::newRow("crlf")
            << "#define CUDNN_MAJOR 7\r\n#define CUDNN_MINOR 6\r\n#define CUDNN_PATCHLEVEL 5\r\n"
            << "7.6.5" << 7605;
    }
    void headerEdgeCases()
    {
        QFETCH(QString, text);
        QFETCH(QString, version);
        QFETCH(int, number);
        const CudnnHeaderVersion v = parseCudnnHeader(text);
        QCOMPARE(v.version, version);
        QCOMPARE(v.number, number);
    }

    void nameParsers()
    {
        QCOMPARE(cudnnPackageCudaMajor({"libcudnn9-cuda-12", "9.6.0.74-1", "install ok installed"}),
                 12);
        QCOMPARE(
            cudnnPackageCudaMajor({"libcudnn9-dev-cuda-11", "9.6.0.74-1", "install ok installed"}),
            11);
        QCOMPARE(
            cudnnPackageCudaMajor({"libcudnn8", "8.9.7.29-1+cuda12.2", "install ok installed"}),
            12);
        QCOMPARE(
            cudnnPackageCudaMajor({"libcudnn8-dev", "8.9.7.29-1+cuda11.8", "install ok installed"}),
            11);
        QCOMPARE(cudnnPackageCudaMajor({"cudnn", "9.6.0-1", "install ok installed"}), -1);
        QString v;
        QCOMPARE(
            cudnnDistInfoCudaMajor(QStringLiteral("nvidia_cudnn_cu13-9.19.0.56.dist-info"), &v),
            13);
        QCOMPARE(v, QStringLiteral("9.19.0.56"));
        QCOMPARE(cudnnDistInfoCudaMajor(QStringLiteral("nvidia_cudnn_cu12-8.9.2.26.dist-info"), &v),
                 12);
        QCOMPARE(v, QStringLiteral("8.9.2.26"));
        QCOMPARE(cudnnDistInfoCudaMajor(QStringLiteral("nvidia_cublas-13.1.0.3.dist-info")), -1);
    }

    void none()
    {
        SnapshotBuilder s;
        s.dir("/usr/include");
        const CudnnFacts f = probe(s);
        QCOMPARE(f.state, FactState::Absent);
        QVERIFY(f.installs.isEmpty());
        QCOMPARE(f.packagesState, FactState::Absent); // no dpkg-query in this snapshot
        QVERIFY(describeCudnn(f).first().contains(QLatin1String("none installed")));
    }

    // Shaped like /usr/local/cuda-13.0 on the development machine.
    void pipWheelToolkit()
    {
        SnapshotBuilder s;
        const QString r = QStringLiteral("/usr/local/cuda-13.0");
        for (const char *d : {"nvidia_cuda_nvcc-13.0.88", "nvidia_cuda_runtime-13.0.96",
                              "nvidia_cudnn_cu13-9.19.0.56"})
            s.file(r + QStringLiteral("/dist-info/") + QLatin1String(d) +
                       QStringLiteral(".dist-info/METADATA"),
                   "x");
        s.file(r + "/bin/nvcc");
        s.file(r + "/lib/libcudart.so.13");
        s.link("lib", r + "/lib64");
        const QByteArray h9 =
            "#define CUDNN_MAJOR 9\n#define CUDNN_MINOR 19\n#define CUDNN_PATCHLEVEL 0\n"
            "#define CUDNN_VERSION (CUDNN_MAJOR * 10000 + CUDNN_MINOR * 100 + CUDNN_PATCHLEVEL)\n";
        s.file(r + "/include/cudnn_version.h", h9);
        s.file(r + "/include/cudnn_version_v9.h", h9); // a copy, not a link
        s.file(r + "/include/cudnn.h", "#include \"cudnn_version.h\"\n");
        s.file(r + "/lib/libcudnn.so.9");
        s.link("libcudnn.so.9", r + "/lib/libcudnn.so");
        s.file(r + "/lib/libcudnn_ops.so.9");
        s.link(r, "/usr/local/cuda");
        s.command(r + "/bin/nvcc -V", 0, fixture("nvcc/codeindex-56551853030_cuda-13.0.88.txt"));
        const CudnnFacts f = probe(s);
        QCOMPARE(f.installs.size(), 1);
        const CudnnInstall &i = f.installs.first();
        QCOMPARE(i.location, r);
        QCOMPARE(i.kind, QStringLiteral("pip-wheels"));
        QCOMPARE(i.version, QStringLiteral("9.19.0"));
        QCOMPARE(i.major, 9);
        QCOMPARE(i.headerPath, r + "/include/cudnn_version.h");
        QCOMPARE(i.libs, (QStringList{r + "/lib64/libcudnn.so", r + "/lib64/libcudnn.so.9"}));
        QCOMPARE(i.libMajor, 9);
        QVERIFY(i.libMatchesHeader);
        QCOMPARE(i.cudaMajor, 13);
        QCOMPARE(i.cudaMajorSource, QStringLiteral("dist-info nvidia_cudnn_cu13-9.19.0.56"));
        QCOMPARE(i.toolkitRoot, r);
        QCOMPARE(i.toolkitMajor, 13);
        QVERIFY2(i.problems.isEmpty(), qPrintable(i.problems.join('\n')));
        QCOMPARE(i.state, FactState::Found);
        QCOMPARE(f.state, FactState::Found);

        const Json j = f;
        QCOMPARE(Json(j.get<CudnnFacts>()), j);
    }

    // NVIDIA's cudnn9-cuda-12 debs: versioned header plus an alternatives link.
    void systemDebForOtherCuda()
    {
        SnapshotBuilder s;
        s.file("/usr/include/x86_64-linux-gnu/cudnn_version_v9.h",
               fixture("cudnn/zspace_cudnn_version.h_9.6.0.txt"));
        s.link("/usr/include/x86_64-linux-gnu/cudnn_version_v9.h",
               "/etc/alternatives/cudnn_version_h");
        s.link("/etc/alternatives/cudnn_version_h", "/usr/include/cudnn_version.h");
        s.file("/usr/lib/x86_64-linux-gnu/libcudnn.so.9.6.0");
        s.link("libcudnn.so.9.6.0", "/usr/lib/x86_64-linux-gnu/libcudnn.so.9");
        s.file("/usr/lib/x86_64-linux-gnu/libcudnn_graph.so.9.6.0");
        s.command(dpkgLine(), 0,
                  "libcudnn9-cuda-12\t9.6.0.74-1\tinstall ok installed\n"
                  "libcudnn9-dev-cuda-12\t9.6.0.74-1\tinstall ok installed\n"
                  "libcudnn8\t8.9.7.29-1+cuda12.2\tdeinstall ok config-files\n");
        // The selected toolkit is 11.8.
        s.file("/usr/local/cuda-11.8/bin/nvcc");
        s.file("/usr/local/cuda-11.8/lib64/libcudart.so.11.0");
        s.command("/usr/local/cuda-11.8/bin/nvcc -V", 0,
                  "Cuda compilation tools, release 11.8, V11.8.89\n");
        s.env("PATH", "/usr/local/cuda-11.8/bin:/usr/bin");
        const CudnnFacts f = probe(s);
        QCOMPARE(f.packagesState, FactState::Found);
        QCOMPARE(f.packages.size(), 3);
        QCOMPARE(f.installs.size(), 1); // the link and its target are one header
        const CudnnInstall &i = f.installs.first();
        QCOMPARE(i.location, QStringLiteral("/usr"));
        QCOMPARE(i.kind, QStringLiteral("system"));
        QCOMPARE(i.version, QStringLiteral("9.6.0"));
        QCOMPARE(i.headerPath, QStringLiteral("/usr/include/cudnn_version.h"));
        QCOMPARE(i.libs, (QStringList{"/usr/lib/x86_64-linux-gnu/libcudnn.so.9",
                                      "/usr/lib/x86_64-linux-gnu/libcudnn.so.9.6.0"}));
        QCOMPARE(i.libMajor, 9);
        QCOMPARE(i.cudaMajor, 12);
        QCOMPARE(i.cudaMajorSource, QStringLiteral("package libcudnn9-cuda-12 9.6.0.74-1"));
        QVERIFY(i.toolkitRoot.isEmpty());
        QVERIFY(i.problems.join(' ').contains(
            QLatin1String("built for CUDA 12, but the selected toolkit is CUDA 11")));
        QCOMPARE(i.state, FactState::Found);
        const QString text = describeCudnn(f).join('\n');
        QVERIFY(text.contains(QLatin1String(
            "cuDNN 9.6.0 in /usr (system), library libcudnn.so.9, built for CUDA 12")));
        QVERIFY(text.contains(QLatin1String("libcudnn9-cuda-12 9.6.0.74-1")));
        QVERIFY(!text.contains(QLatin1String("libcudnn8 "))); // config-files only
    }

    void v7InToolkit()
    {
        SnapshotBuilder s;
        s.file("/usr/local/cuda-10.0/version.txt", "CUDA Version 10.0.130\n");
        s.file("/usr/local/cuda-10.0/bin/nvcc");
        s.file("/usr/local/cuda-10.0/lib64/libcudart.so.10.0");
        s.file("/usr/local/cuda-10.0/include/cudnn.h", fixture("cudnn/dpcas_cudnn.h_7.1.1.txt"));
        s.file("/usr/local/cuda-10.0/lib64/libcudnn.so.7.1.1");
        s.link("libcudnn.so.7.1.1", "/usr/local/cuda-10.0/lib64/libcudnn.so.7");
        const CudnnFacts f = probe(s);
        QCOMPARE(f.installs.size(), 1);
        QCOMPARE(f.installs[0].version, QStringLiteral("7.1.1"));
        QCOMPARE(f.installs[0].headerPath, QStringLiteral("/usr/local/cuda-10.0/include/cudnn.h"));
        QCOMPARE(f.installs[0].kind, QStringLiteral("toolkit"));
        QCOMPARE(f.installs[0].toolkitMajor, 10);
        QCOMPARE(f.installs[0].cudaMajor, -1);
        QVERIFY(f.installs[0].libMatchesHeader);
        QCOMPARE(f.installs[0].state, FactState::Found);
    }

    void headerLibraryMismatch()
    {
        SnapshotBuilder s;
        s.file("/usr/local/cuda-11.8/bin/nvcc");
        s.file("/usr/local/cuda-11.8/lib64/libcudart.so.11.0");
        s.file("/usr/local/cuda-11.8/include/cudnn_version.h",
               fixture("cudnn/yolotensorrt_cudnn_version.h_8.9.1.txt"));
        s.file("/usr/local/cuda-11.8/lib64/libcudnn.so.7");
        // And a header with no library at all.
        s.file("/usr/local/include/cudnn_version.h",
               fixture("cudnn/minerallka_cudnn_version.h_8.2.1.txt"));
        const CudnnFacts f = probe(s);
        QCOMPARE(f.installs.size(), 2);
        QCOMPARE(f.installs[0].libMajor, 7);
        QVERIFY(!f.installs[0].libMatchesHeader);
        QCOMPARE(f.installs[0].state, FactState::Broken);
        QVERIFY(f.installs[0].problems.join(' ').contains(
            QLatin1String("header says cuDNN 8.9.1 but the library is libcudnn.so.7")));
        QCOMPARE(f.installs[1].location, QStringLiteral("/usr/local"));
        QCOMPARE(f.installs[1].libMajor, -1);
        QCOMPARE(f.installs[1].state, FactState::Broken);
        QVERIFY(f.installs[1].problems.join(' ').contains(QLatin1String("has no libcudnn.so")));
        QCOMPARE(f.state, FactState::Broken);
    }

    void runtimeOnlyPackage()
    {
        SnapshotBuilder s;
        s.file("/usr/lib/x86_64-linux-gnu/libcudnn.so.8.9.7");
        s.link("libcudnn.so.8.9.7", "/usr/lib/x86_64-linux-gnu/libcudnn.so.8");
        s.file("/usr/lib/x86_64-linux-gnu/libcudnn_ops_infer.so.8.9.7");
        s.command(dpkgLine(), 0, "libcudnn8\t8.9.7.29-1+cuda12.2\tinstall ok installed\n");
        const CudnnFacts f = probe(s);
        QCOMPARE(f.installs.size(), 1);
        const CudnnInstall &i = f.installs.first();
        QCOMPARE(i.version, QStringLiteral("8.9.7"));
        QCOMPARE(i.major, 8);
        QVERIFY(i.headerPath.isEmpty());
        QCOMPARE(i.cudaMajor, 12);
        QCOMPARE(i.state, FactState::Found);
        QVERIFY(i.problems.join(' ').contains(QLatin1String("No cuDNN header")));
    }

    void wrongCudaInsideToolkit()
    {
        SnapshotBuilder s;
        const QString r = QStringLiteral("/usr/local/cuda-12.4");
        s.file(r + "/dist-info/nvidia_cuda_runtime_cu12-12.4.127.dist-info/METADATA");
        s.file(r + "/dist-info/nvidia_cudnn_cu11-8.9.2.26.dist-info/METADATA");
        s.file(r + "/bin/nvcc");
        s.file(r + "/lib64/libcudart.so.12");
        s.file(r + "/lib64/libcudnn.so.8");
        s.file(r + "/include/cudnn_version.h",
               "#define CUDNN_MAJOR 8\n#define CUDNN_MINOR 9\n#define CUDNN_PATCHLEVEL 2\n");
        s.command(r + "/bin/nvcc -V", 0, "Cuda compilation tools, release 12.4, V12.4.131\n");
        const CudnnFacts f = probe(s);
        QCOMPARE(f.installs.size(), 1);
        QCOMPARE(f.installs[0].cudaMajor, 11);
        QCOMPARE(f.installs[0].toolkitMajor, 12);
        QCOMPARE(f.installs[0].state, FactState::Broken);
        QVERIFY(f.installs[0].problems.join(' ').contains(
            QLatin1String("built for CUDA 11 but sits in the CUDA 12 toolkit")));
    }

    void dpkgTimesOut()
    {
        SnapshotBuilder s;
        s.hang(dpkgLine());
        const CudnnFacts f = probe(s);
        QCOMPARE(f.packagesState, FactState::Unknown);
        QCOMPARE(f.state, FactState::Absent);
    }
};

QTEST_GUILESS_MAIN(TestCudnnProbe)
#include "tst_cudnnprobe.moc"
