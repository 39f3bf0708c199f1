// Knowledge: the embedded compatibility data loads, real values come out of the typed view and
// the lookups, and a file broken in one place is rejected with one sentence naming it.
#include "common/Json.h"
#include "common/Version.h"
#include "knowledge/Knowledge.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace gpusetup;

namespace {

QMap<QString, QByteArray> shippedFiles()
{
    QMap<QString, QByteArray> files;
    for (const QString &name : Knowledge::fileNames()) {
        QFile f(QStringLiteral(":/knowledge/") + name);
        if (f.open(QIODevice::ReadOnly)) files.insert(name, f.readAll());
    }
    return files;
}

} // namespace

class TestKnowledge : public QObject
{
    Q_OBJECT

private slots:
    void version_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("cmp");
        QTest::newRow("driver") << "535.183.01"
                                << "525.60.13" << 1;
        QTest::newRow("minor 4 < 10") << "12.4"
                                      << "12.10" << -1;
        QTest::newRow("padding") << "12.4"
                                 << "12.4.0" << 0;
        QTest::newRow("patch") << "550.54.14"
                               << "550.54.15" << -1;
    }
    void version()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, cmp);
        QCOMPARE(compareVersions(a, b), cmp);
        QCOMPARE(compareVersions(b, a), -cmp);
    }

    void builtinLoads()
    {
        const Knowledge &k = Knowledge::builtin();
        QCOMPARE(k.loadError(), QString());
        QCOMPARE(k.cudaReleases().size(), 72);
        QVERIFY(isVersionString("535.183.01", 3, 3));
        QVERIFY(!isVersionString("535.183.x"));
    }

    void asOf_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("asOf");
        for (const QString &f : Knowledge::fileNames())
            QTest::newRow(qPrintable(f))
                << f
                << (f.startsWith(QLatin1String("nvidia_")) || f == QLatin1String("miniforge.json")
                        ? "2026-12-07"
                        : "2026-11-27");
    }
    void asOf()
    {
        QFETCH(QString, file);
        QFETCH(QString, asOf);
        const Provenance *p = Knowledge::builtin().provenance(file);
        QVERIFY(p);
        QCOMPARE(p->asOf, asOf);
        if (file != QLatin1String("gpus.json")) QVERIFY(!p->sources.isEmpty());
    }

    void cuda()
    {
        const Knowledge &k = Knowledge::builtin();
        const CudaRelease *r = k.cudaRelease(QStringLiteral("12.4.0"));
        QVERIFY(r);
        QCOMPARE(r->minDriverLinux, QStringLiteral("550.54.14"));
        QCOMPARE(r->runfile.name, QStringLiteral("cuda_12.4.0_550.54.14_linux.run"));
        QCOMPARE(
            r->runfile.sha256,
            QStringLiteral("e6a842f4eca9490575cdb68b6b1bb78d47b95a897de48dee292c431892e57d17"));
        QCOMPARE(r->runfile.md5, QStringLiteral("5148982e9f2d13a387f96a956e61aa2e"));
        QCOMPARE(r->runfile.sizeBytes, 4454353277LL);
        QVERIFY(r->ubuntuContainerEvidence.contains(QStringLiteral("22.04")));
        QCOMPARE(k.cudaRelease(QStringLiteral("12.4"))->version, QStringLiteral("12.4.1"));
        QCOMPARE(k.cudaRelease(QStringLiteral("12.4.1"))->version, QStringLiteral("12.4.1"));
        QVERIFY(!k.cudaRelease(QStringLiteral("12.7")));
        // 9.2.148: runfile without sha256 stays, not rejected.
        QVERIFY(k.cudaRelease(QStringLiteral("9.2.148"))->runfile.sha256.isEmpty());
        // 13.5.0 is only a mark: unverified, no runfile.
        QVERIFY(k.cudaRelease(QStringLiteral("13.5"))->unverified);
        QVERIFY(!k.cudaRelease(QStringLiteral("13.5"))->hasRunfile);

        QCOMPARE(k.family(13)->minDriverBranch, 580);
        QCOMPARE(k.family(13)->referenceMinDriverLinux, QStringLiteral("580.65.06"));
        QCOMPARE(k.family(12)->referenceMinDriverLinux, QStringLiteral("525.60.13"));
        QCOMPARE(k.family(11)->referenceMinDriverLinux, QStringLiteral("450.80.02"));
        QCOMPARE(k.driverBranchByCuda13Minor().value(QStringLiteral("13.1")),
                 QStringLiteral("R590"));

        const QStringList jammy = k.cudaVersionsForUbuntu(QStringLiteral("22.04"));
        QCOMPARE(jammy.first(), QStringLiteral("11.7.0"));
        QVERIFY(jammy.contains(QStringLiteral("12.4.0")) &&
                jammy.contains(QStringLiteral("12.4.1")));
        QCOMPARE(k.ubuntuRow(QStringLiteral("22.04"))->aptRepo, QStringLiteral("ubuntu2204"));
        QVERIFY(k.cudaVersionsForUbuntu(QStringLiteral("26.04")).isEmpty());

        const auto pascal = k.releasesSupporting(QStringLiteral("6.1"));
        QCOMPARE(pascal.first()->version, QStringLiteral("9.0.176"));
        QCOMPARE(pascal.last()->minor, QStringLiteral("12.9"));
        QCOMPARE(k.archChanges().size(), 12);
    }

    void minDriver_data()
    {
        QTest::addColumn<QString>("cuda");
        QTest::addColumn<QString>("driver");
        QTest::addColumn<int>("basis");
        QTest::newRow("12.4.0 table 3") << "12.4.0"
                                        << "550.54.14" << int(DriverBasis::Table3);
        QTest::newRow("12.4 newest patch") << "12.4"
                                           << "550.54.15" << int(DriverBasis::Table3);
        QTest::newRow("12.3.2 bundled") << "12.3.2"
                                        << "545.23.08" << int(DriverBasis::BundledDriver);
        QTest::newRow("13.4.1 family") << "13.4.1"
                                       << "580.65.06" << int(DriverBasis::FamilyMinimum);
        QTest::newRow("12.7 family") << "12.7"
                                     << "525.60.13" << int(DriverBasis::FamilyMinimum);
        QTest::newRow("8.0 unknown") << "8.0"
                                     << "" << int(DriverBasis::Unknown);
    }
    void minDriver()
    {
        QFETCH(QString, cuda);
        QFETCH(QString, driver);
        QFETCH(int, basis);
        const DriverRequirement d = Knowledge::builtin().minDriverFor(cuda);
        QCOMPARE(d.driver, driver);
        QCOMPARE(int(d.basis), basis);
        QVERIFY(!d.explanation.isEmpty());
    }

    void cudnn()
    {
        const Knowledge &k = Knowledge::builtin();
        const CudnnArchive *a = k.newestCudnn(12);
        QVERIFY(a);
        QCOMPARE(a->cudnn, QStringLiteral("9.26.1.1"));
        QCOMPARE(a->file, QStringLiteral("cudnn-linux-x86_64-9.26.1.1_cuda12-archive.tar.xz"));
        QCOMPARE(
            a->sha256,
            QStringLiteral("9b3e4b774035bbd6865b434b50c8b1f68bb2898e9e64eeb0d91f3e3a1511ec61"));
        QCOMPARE(k.newestCudnn(11)->cudnn, QStringLiteral("9.10.2.21"));
        // A GTX 1070 (6.1): the 9.17 matrix drops Pascal, 9.10.2 still lists it.
        const CudnnCcConstraint c = k.cudnnConstraintFor(QStringLiteral("6.1"));
        QVERIFY(c.supported);
        QCOMPARE(c.maxCudnn, QStringLiteral("9.10.2"));
        QCOMPARE(c.firstWithout, QStringLiteral("9.17.0"));
        QCOMPARE(k.newestCudnn(12, QStringLiteral("linux-x86_64"), QStringLiteral("6.1"))->cudnn,
                 QStringLiteral("9.10.2.21"));
        QCOMPARE(k.newestCudnn(12, QStringLiteral("linux-x86_64"), QStringLiteral("8.6"))->cudnn,
                 QStringLiteral("9.26.1.1"));
        QVERIFY(k.cudnnConstraintFor(QStringLiteral("8.9")).maxCudnn.isEmpty());
        QVERIFY(!k.cudnnRules().isEmpty());
        QCOMPARE(k.cudnnSupportMatrix().size(), 13);
        QCOMPARE(k.cudnnSupportMatrix().at(2).cudnnLast, QStringLiteral("7.6.5"));
        QVERIFY(k.cudnnPytorchPins().last().unverified);
    }

    void pytorch()
    {
        const Knowledge &k = Knowledge::builtin();
        QCOMPARE(k.pytorchSeriesFor(QStringLiteral("2.5.1")), QStringLiteral("2.5"));
        QCOMPARE(k.pytorchSeriesFor(QStringLiteral("1.0.1")), QString());
        const PytorchSeries *s = k.pytorchSeries(QStringLiteral("2.8.0"));
        QVERIFY(s);
        QCOMPARE(s->pythonMin, QStringLiteral("3.9"));
        QCOMPARE(s->pythonMax, QStringLiteral("3.13"));
        QCOMPARE(s->stableCuda.size(), 2);
        QCOMPARE(s->experimentalCuda.first().cuda, QStringLiteral("12.9"));
        const PytorchSeries *s12 = k.pytorchSeries(QStringLiteral("2.12"));
        QCOMPARE(s12->pythonMin, QStringLiteral("3.10"));
        QCOMPARE(s12->pythonMax, QStringLiteral("3.14"));
        QVERIFY(s12->unverified);
        // 2.6 lists CUDA 11.8 with a null cuDNN: kept, empty.
        QCOMPARE(k.pytorchSeries(QStringLiteral("2.6"))->stableCuda.first().cudnn, QString());

        const QList<PipVariant> v101 = k.wheelVariants(QStringLiteral("1.0.1"));
        QStringList names;
        for (const PipVariant &v : v101)
            names << v.variant;
        QVERIFY(names.contains(QStringLiteral("cu100")) && names.contains(QStringLiteral("cu90")));
        QCOMPARE(v101.first().indexUrl,
                 QStringLiteral("https://download.pytorch.org/whl/cu100/torch_stable.html"));
        QVERIFY(v101.first().command.isEmpty());

        const QList<PipVariant> v28 = k.wheelVariants(QStringLiteral("2.8.0"));
        const auto cu128 = std::find_if(v28.cbegin(), v28.cend(), [](const PipVariant &v) {
            return v.variant == QLatin1String("cu128");
        });
        QVERIFY(cu128 != v28.cend());
        QCOMPARE(cu128->indexUrl, QStringLiteral("https://download.pytorch.org/whl/cu128"));
        QVERIFY(cu128->command.startsWith(QLatin1String("pip install torch==2.8.0")));
        QVERIFY(k.wheelVariants(QStringLiteral("1.13.1")).first().pypiDefault);

        // Conda commands stop at 2.5.1.
        QVERIFY(k.pytorchRelease(QStringLiteral("2.5.1"))->hasConda);
        QVERIFY(!k.pytorchRelease(QStringLiteral("2.5.1"))->conda.isEmpty());
        QVERIFY(!k.pytorchRelease(QStringLiteral("2.6.0"))->hasConda);
        QString newestConda;
        for (const PytorchRelease &r : k.pytorchReleases())
            if (r.hasConda && (newestConda.isEmpty() || compareVersions(r.torch, newestConda) > 0))
                newestConda = r.torch;
        QCOMPARE(newestConda, QStringLiteral("2.5.1"));
    }

    void wheelArch_data()
    {
        QTest::addColumn<QString>("torch");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("cc");
        QTest::addColumn<int>("match");
        QTest::addColumn<QString>("listedAs");
        QTest::newRow("2.8 cu128 lacks 6.1") << "2.8.0"
                                             << "cu128"
                                             << "6.1" << int(ArchMatch::No) << "";
        QTest::newRow("2.8 cu126 has 6.0") << "2.8.0"
                                           << "cu126"
                                           << "6.0" << int(ArchMatch::Exact) << "6.0";
        QTest::newRow("2.8 cu126 6.0 covers GTX 1070")
            << "2.8.0"
            << "cu126"
            << "6.1" << int(ArchMatch::SameMajor) << "6.0";
        QTest::newRow("2.8 cu129 12.0+PTX RTX 5090")
            << "2.8"
            << "cu129"
            << "12.0" << int(ArchMatch::Exact) << "12.0+PTX";
        QTest::newRow("2.8 cu129 12.0+PTX DGX Spark")
            << "2.8"
            << "12.9"
            << "12.1" << int(ArchMatch::SameMajor) << "12.0+PTX";
        QTest::newRow("2.13 cu130 PTX future") << "2.13.0"
                                               << "cu130"
                                               << "13.0" << int(ArchMatch::Ptx) << "12.0+PTX";
        QTest::newRow("2.8 cu128 8.9 via 8.6") << "2.8.0"
                                               << "cu128"
                                               << "8.9" << int(ArchMatch::SameMajor) << "8.6";
        QTest::newRow("2.5 no list") << "2.5.1"
                                     << "cu124"
                                     << "8.6" << int(ArchMatch::Unknown) << "";
    }
    void wheelArch()
    {
        QFETCH(QString, torch);
        QFETCH(QString, variant);
        QFETCH(QString, cc);
        QFETCH(int, match);
        QFETCH(QString, listedAs);
        const WheelSupport w = Knowledge::builtin().wheelSupports(torch, variant, cc);
        QCOMPARE(int(w.match), match);
        QCOMPARE(w.listedAs, listedAs);
    }

    void tensorflow()
    {
        const Knowledge &k = Knowledge::builtin();
        const TensorflowConfig *t = k.tensorflow(QStringLiteral("2.10"));
        QVERIFY(t);
        QCOMPARE(t->cuda, QStringLiteral("11.2"));
        QCOMPARE(t->cudnn, QStringLiteral("8.1"));
        QCOMPARE(t->pythonMin, QStringLiteral("3.7"));
        QCOMPARE(t->pythonMax, QStringLiteral("3.10"));
        QCOMPARE(k.tensorflow(QStringLiteral("1.15.0"))->package, QStringLiteral("tensorflow_gpu"));
        QCOMPARE(k.tensorflowConfigs().size(), 38);
    }

    void miniconda()
    {
        const Knowledge &k = Knowledge::builtin();
        const MinicondaInstaller *m = k.newestMiniconda(QStringLiteral("x86_64"));
        QVERIFY(m);
        QCOMPARE(m->file, QStringLiteral("Miniconda3-py313_25.11.1-1-Linux-x86_64.sh"));
        QCOMPARE(
            m->sha256,
            QStringLiteral("e0b10e050e8928e2eb9aad2c522ee3b5d31d30048b8a9997663a8a460d538cef"));
        // aarch64 25.11.1 has no sha256: skipped unless asked for.
        QCOMPARE(k.newestMiniconda(QStringLiteral("aarch64"), false)->condaVersion,
                 QStringLiteral("25.11.1"));
        QVERIFY(k.newestMiniconda(QStringLiteral("aarch64"))->condaVersion !=
                QLatin1String("25.11.1"));

        const CondaMirror *tuna = k.mirror(QStringLiteral("TUNA"));
        QVERIFY(tuna);
        QCOMPARE(
            tuna->condarc,
            QStringLiteral("channels:\n  - defaults\nshow_channel_urls: true\ndefault_channels:\n"
                           "  - https://mirrors.tuna.tsinghua.edu.cn/anaconda/pkgs/main\n"
                           "  - https://mirrors.tuna.tsinghua.edu.cn/anaconda/pkgs/r\n"
                           "  - https://mirrors.tuna.tsinghua.edu.cn/anaconda/pkgs/msys2\n"
                           "custom_channels:\n"
                           "  conda-forge: https://mirrors.tuna.tsinghua.edu.cn/anaconda/cloud\n"
                           "  pytorch: https://mirrors.tuna.tsinghua.edu.cn/anaconda/cloud\n"));
        QCOMPARE(tuna->pipIndexUrl,
                 QStringLiteral("https://mirrors.tuna.tsinghua.edu.cn/pypi/web/simple"));
        QCOMPARE(
            tuna->pipConf(),
            QStringLiteral(
                "[global]\nindex-url = https://mirrors.tuna.tsinghua.edu.cn/pypi/web/simple\n"));
        QVERIFY(k.mirror(QStringLiteral("bfsu"))->unverified);
        QCOMPARE(k.officialDefaults().pipDefaultIndex, QStringLiteral("https://pypi.org/simple"));
        QCOMPARE(k.officialDefaults().minicondaLatestUrls.value(QStringLiteral("x86_64")),
                 QStringLiteral(
                     "https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh"));
    }

    // Issue 12, break 7: Miniforge's installers, each with the sha256 of the file's source
    // (Spack's recipe, see PROVENANCE.md) and its URL built from url_pattern.
    void miniforge()
    {
        const Knowledge &k = Knowledge::builtin();
        QCOMPARE(k.miniforgeInstallers().size(), 5);
        const MiniforgeInstaller *m = k.newestMiniforge(QStringLiteral("x86_64"));
        QVERIFY(m);
        QCOMPARE(m->file, QStringLiteral("Miniforge3-26.1.1-3-Linux-x86_64.sh"));
        QCOMPARE(
            m->sha256,
            QStringLiteral("b25b828b702df4dd2a6d24d4eb56cfa912471dd8e3342cde2c3d86fe3dc2d870"));
        QCOMPARE(m->url,
                 QStringLiteral("https://github.com/conda-forge/miniforge/releases/download/"
                                "26.1.1-3/Miniforge3-26.1.1-3-Linux-x86_64.sh"));
        QCOMPARE(k.newestMiniforge(QStringLiteral("aarch64"))->version, QStringLiteral("26.1.1-3"));
        QVERIFY(!k.newestMiniforge(QStringLiteral("ppc64le")));
        const Provenance *p = k.provenance(QStringLiteral("miniforge.json"));
        QVERIFY(p && !p->sources.isEmpty());
        QCOMPARE(p->sources.first().repo, QStringLiteral("spack/spack-packages"));
        QCOMPARE(k.miniforgeMirrors().size(), 1);
        QVERIFY(k.miniforgeMirrors().first().unverified);
    }

    void platformsAndRules()
    {
        const Knowledge &k = Knowledge::builtin();
        const FreePlatform *kaggle = k.platform(QStringLiteral("Kaggle"));
        QVERIFY(kaggle);
        QCOMPARE(kaggle->facts.size(), 5);
        for (const PlatformFact &f : kaggle->facts)
            QVERIFY2(!f.date.isEmpty(), qPrintable(f.fact));
        QVERIFY(kaggle->facts.first().date.startsWith(QLatin1String("2024-04")));
        QCOMPARE(k.platforms().size(), 4);
        QCOMPARE(k.rules().size(), 13);
        QVERIFY(k.rule(QStringLiteral("nvidia_smi_cuda_version"))->unverified);
        QCOMPARE(k.rule(QStringLiteral("driver_min_for_toolkit"))->data,
                 QStringLiteral("cuda_driver.json releases"));
    }

    // The last driver branch per architecture, parsed from gpus.json's claims.
    void driverBranchSupport_data()
    {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<int>("branch");
        QTest::newRow("kepler") << "Kepler" << 470;
        QTest::newRow("maxwell") << "Maxwell" << 580;
        QTest::newRow("pascal") << "pascal" << 580;
        QTest::newRow("volta") << "Volta" << 580;
        QTest::newRow("turing-no-limit") << "Turing" << 0;
    }
    void driverBranchSupport()
    {
        QFETCH(QString, arch);
        QFETCH(int, branch);
        const DriverBranchSupport *b = Knowledge::builtin().gpus().lastDriverBranchFor(arch);
        QCOMPARE(b ? b->lastBranch : 0, branch);
        if (b) QVERIFY(b->unverified); // the data marks both claims unverified: keep saying so
    }

    void broken_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("pointer"); // JSON pointer; "" = replace whole text
        QTest::addColumn<QString>("value");   // JSON text; "<delete>" removes the key
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad json") << "cuda_driver.json"
                                  << ""
                                  << "{\"as_of\": "
                                  << "cuda_driver.json: the file is not valid JSON";
        QTest::newRow("not object") << "rules.json"
                                    << ""
                                    << "[]"
                                    << "rules.json: the file is not a JSON object.";
        QTest::newRow("bad sha256") << "cuda_driver.json"
                                    << "/releases/43/runfile_linux_x86_64/sha256"
                                    << "\"e6a8\""
                                    << "cuda_driver.json: releases[43] (\"12.4.0\") has a runfile "
                                       "sha256 that is not 64 hex digits.";
        QTest::newRow("http runfile")
            << "cuda_driver.json"
            << "/releases/43/runfile_linux_x86_64/url"
            << "\"http://developer.download.nvidia.com/cuda_12.4.0_550.54.14_linux.run\""
            << "cuda_driver.json: releases[43] (\"12.4.0\") has a runfile URL that is not an "
               "https:// URL";
        QTest::newRow("http lookalike of loopback")
            << "cuda_driver.json"
            << "/releases/43/runfile_linux_x86_64/url"
            << "\"http://127.0.0.1.example.com/cuda_12.4.0_550.54.14_linux.run\""
            << "cuda_driver.json: releases[43] (\"12.4.0\") has a runfile URL that is not an "
               "https:// URL";
        QTest::newRow("http with user info")
            << "cuda_driver.json"
            << "/releases/43/runfile_linux_x86_64/url"
            << "\"http://example.com@127.0.0.1/cuda_12.4.0_550.54.14_linux.run\""
            << "cuda_driver.json: releases[43] (\"12.4.0\") has a runfile URL that is not an "
               "https:// URL";
        QTest::newRow("http other private host")
            << "miniconda.json"
            << "/installers/0/url"
            << "\"http://192.168.1.10/Miniconda3-py313_25.11.1-1-Linux-x86_64.sh\""
            << "miniconda.json: installers[0] (\"Miniconda3-py313_25.11.1-1-Linux-x86_64.sh\") has "
               "a URL that is not an https:// URL";
        QTest::newRow("bad driver version")
            << "cuda_driver.json"
            << "/releases/43/min_driver_linux_x86_64"
            << "\"550.x\""
            << "cuda_driver.json: releases[43] (\"12.4.0\") has Linux minimum driver \"550.x\" "
               "that is not a version number.";
        QTest::newRow("bad release version") << "cuda_driver.json"
                                             << "/releases/43/version"
                                             << "\"12.4\""
                                             << "cuda_driver.json: releases[43] (\"12.4\") has "
                                                "version \"12.4\" that is not a version number.";
        QTest::newRow("missing as_of") << "cudnn.json"
                                       << "/as_of"
                                       << "<delete>"
                                       << "cudnn.json: the file has no \"as_of\".";
        QTest::newRow("family major type")
            << "cuda_driver.json"
            << "/minor_version_compatibility/families/0/cuda_major"
            << "\"13\""
            << "cuda_driver.json: minor_version_compatibility.families[0] has \"cuda_major\" that "
               "is not a whole number.";
        QTest::newRow("ubuntu unknown cuda")
            << "cuda_driver.json"
            << "/ubuntu_to_cuda/rows/3/cuda_versions_with_evidence/5"
            << "\"12.0.7\""
            << "cuda_driver.json: ubuntu_to_cuda.rows[3] (\"22.04\") lists CUDA \"12.0.7\" that is "
               "not among the releases.";
        QTest::newRow("cudnn unknown variant")
            << "cudnn.json"
            << "/archives/0/cuda_variant"
            << "\"14\""
            << "cudnn.json: archives[0] (\"cudnn-10.1-linux-x64-v7.6.3.30.tgz\") has CUDA variant "
               "\"14\" that no CUDA release in cuda_driver.json has.";
        QTest::newRow("cudnn sha256")
            << "cudnn.json"
            << "/archives/0/sha256"
            << "\"XYZ\""
            << "cudnn.json: archives[0] (\"cudnn-10.1-linux-x64-v7.6.3.30.tgz\") has a sha256 that "
               "is not 64 hex digits.";
        QTest::newRow("cudnn missing file") << "cudnn.json"
                                            << "/archives/0/file"
                                            << "<delete>"
                                            << "cudnn.json: archives[0] has no \"file\".";
        QTest::newRow("arch list unknown series")
            << "frameworks.json"
            << "/pytorch/wheel_cuda_arch_lists/3/series"
            << "\"2.99\""
            << "frameworks.json: pytorch.wheel_cuda_arch_lists[3] (\"2.99 12.6\") names series "
               "\"2.99\" that the PyTorch matrix does not have.";
        QTest::newRow("arch list unknown cc")
            << "frameworks.json"
            << "/pytorch/wheel_cuda_arch_lists/3/archs/1"
            << "\"6.5\""
            << "frameworks.json: pytorch.wheel_cuda_arch_lists[3] (\"2.8 12.6\") lists arch "
               "\"6.5\" that is not a known compute capability.";
        QTest::newRow("pip variant mismatch")
            << "frameworks.json"
            << "/pytorch/releases/7/pip/1/cuda"
            << "\"12.4\""
            << "frameworks.json: pytorch.releases[7] (\"2.8.0\") pip[1] has variant \"cu126\" that "
               "does not match its CUDA \"12.4\".";
        QTest::newRow("pip type")
            << "frameworks.json"
            << "/pytorch/releases/7/pip"
            << "{}"
            << "frameworks.json: pytorch.releases[7] (\"2.8.0\") has \"pip\" that is not a list.";
        QTest::newRow("matrix unknown cuda")
            << "frameworks.json"
            << "/pytorch/release_compatibility_matrix/6/stable_cuda/0/cuda"
            << "\"12.7\""
            << "frameworks.json: pytorch.release_compatibility_matrix[6] (\"2.8\") lists CUDA "
               "\"12.7\" that cuda_driver.json does not have.";
        QTest::newRow("tf cuda")
            << "frameworks.json"
            << "/tensorflow/tested_gpu_configurations_linux/11/cuda"
            << "\"eleven\""
            << "frameworks.json: tensorflow.tested_gpu_configurations_linux[11] (\"2.10.0\") has "
               "CUDA \"eleven\" that is not a version number.";
        QTest::newRow("miniconda sha")
            << "miniconda.json"
            << "/installers/0/sha256"
            << "\"E0B10E\""
            << "miniconda.json: installers[0] (\"Miniconda3-py313_25.11.1-1-Linux-x86_64.sh\") has "
               "a sha256 that is not 64 hex digits.";
        QTest::newRow("miniconda http")
            << "miniconda.json"
            << "/installers/0/url"
            << "\"http://repo.anaconda.com/miniconda/Miniconda3-py313_25.11.1-1-Linux-x86_64.sh\""
            << "miniconda.json: installers[0] (\"Miniconda3-py313_25.11.1-1-Linux-x86_64.sh\") has "
               "a URL that is not an https:// URL";
        QTest::newRow("mirror pip http")
            << "miniconda.json"
            << "/mirrors/0/pip/index_url"
            << "\"http://mirrors.tuna.tsinghua.edu.cn/pypi/web/simple\""
            << "miniconda.json: mirrors[0] (\"TUNA (Tsinghua University)\") has a pip index URL "
               "that is not an https:// URL";
        QTest::newRow("mirror condarc missing")
            << "miniconda.json"
            << "/mirrors/2/conda/condarc"
            << "<delete>"
            << "miniconda.json: mirrors[2] (\"USTC (University of Science and Technology of "
               "China)\") has no \"condarc\".";
        QTest::newRow("miniforge sha")
            << "miniforge.json"
            << "/installers/0/sha256"
            << "\"B25B82\""
            << "miniforge.json: installers[0] (\"Miniforge3-26.1.1-3-Linux-x86_64.sh\") has a "
               "sha256 that is not 64 hex digits.";
        QTest::newRow("miniforge no sha")
            << "miniforge.json"
            << "/installers/1/sha256"
            << "<delete>"
            << "miniforge.json: installers[1] (\"Miniforge3-26.1.1-3-Linux-aarch64.sh\") has no "
               "\"sha256\".";
        QTest::newRow("miniforge file")
            << "miniforge.json"
            << "/installers/2/file"
            << "\"Miniforge3-25.3.0-3-Linux-aarch64.sh\""
            << "miniforge.json: installers[2] (\"Miniforge3-25.3.0-3-Linux-aarch64.sh\") has a "
               "file name that does not match its version and arch.";
        QTest::newRow("miniforge url")
            << "miniforge.json"
            << "/url_pattern"
            << "\"http://github.com/conda-forge/miniforge/releases/download/{version}/{file}\""
            << "miniforge.json: the file has a url_pattern that is not an https:// URL";
        QTest::newRow("miniforge sources")
            << "miniforge.json"
            << "/sources"
            << "[]"
            << "miniforge.json: the file names no source for its checksums.";
        QTest::newRow("platform fact undated")
            << "platforms.json"
            << "/platforms/1/facts/0/date"
            << "null"
            << "platforms.json: platforms[1] (\"Google Colab (free tier)\") facts[0] has no date "
               "and is not marked unverified.";
        QTest::newRow("platform gpu cc")
            << "platforms.json"
            << "/gpu_facts_for_platforms/Tesla T4/cc"
            << "\"4.2\""
            << "platforms.json: gpu_facts_for_platforms[\"Tesla T4\"] has compute capability "
               "\"4.2\" that no architecture in gpus.json has.";
        QTest::newRow("rule data file") << "rules.json"
                                        << "/rules/0/data"
                                        << "\"cuda.json releases\""
                                        << "rules.json: rules[0] (\"driver_min_for_toolkit\") "
                                           "refers to \"cuda.json\" that is not a knowledge file.";
        QTest::newRow("rule bool") << "rules.json"
                                   << "/rules/2/unverified"
                                   << "\"yes\""
                                   << "rules.json: rules[2] (\"nvidia_smi_cuda_version\") has "
                                      "\"unverified\" that is not true or false.";
        QTest::newRow("as_of date")
            << "rules.json"
            << "/as_of"
            << "\"late 2026\""
            << "rules.json: the file has \"as_of\" \"late 2026\" that is not a date";
        QTest::newRow("gpus bad json") << "gpus.json"
                                       << ""
                                       << "{"
                                       << "gpus.json: The GPU catalog is not valid JSON.";
    }
    void broken()
    {
        QFETCH(QString, file);
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QMap<QString, QByteArray> files = shippedFiles();
        QCOMPARE(files.size(), Knowledge::fileNames().size());
        if (pointer.isEmpty()) {
            files[file] = value.toUtf8();
        } else {
            Json root = Json::parse(files.value(file).toStdString());
            const Json::json_pointer ptr(pointer.toStdString());
            QVERIFY2(root.contains(ptr), qPrintable(pointer));
            if (value == QLatin1String("<delete>"))
                root[ptr.parent_pointer()].erase(ptr.back());
            else
                root[ptr] = Json::parse(value.toStdString());
            files[file] = QByteArray::fromStdString(root.dump(1));
        }
        QString error;
        const auto k = Knowledge::fromFiles(files, &error);
        QVERIFY(!k);
        QVERIFY2(error.startsWith(expected), qPrintable(error));
        QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error));
        QCOMPARE(error.count(QLatin1Char('\n')), 0);
    }

    // Plain http to this computer is accepted, as the downloader allows it: a `--knowledge`
    // override may name installers served on 127.0.0.1 (a lab cache; the journey tests).
    void loopbackHttp_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value");
        QTest::newRow("runfile 127.0.0.1")
            << "cuda_driver.json"
            << "/releases/43/runfile_linux_x86_64/url"
            << "http://127.0.0.1:38113/cuda_12.4.0_550.54.14_linux.run";
        QTest::newRow("miniconda localhost")
            << "miniconda.json"
            << "/installers/0/url"
            << "http://localhost:8000/Miniconda3-py313_25.11.1-1-Linux-x86_64.sh";
        QTest::newRow("miniforge pattern ::1") << "miniforge.json"
                                               << "/url_pattern"
                                               << "http://[::1]:8000/{version}/{file}";
    }
    void loopbackHttp()
    {
        QFETCH(QString, file);
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QMap<QString, QByteArray> files = shippedFiles();
        Json root = Json::parse(files.value(file).toStdString());
        const Json::json_pointer ptr(pointer.toStdString());
        QVERIFY2(root.contains(ptr), qPrintable(pointer));
        root[ptr] = value.toStdString();
        files[file] = QByteArray::fromStdString(root.dump(1));
        QString error;
        QVERIFY2(Knowledge::fromFiles(files, &error), qPrintable(error));
    }

    // Plain http:// only to this computer itself (127.0.0.1, ::1, localhost: a local mirror,
    // the journeys' served installers); any other host, a look-alike name or a user name in
    // the URL is refused.
    void loopbackHttpUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        const QString file = QStringLiteral("/Miniconda3-py313_25.11.1-1-Linux-x86_64.sh");
        QTest::newRow("127.0.0.1") << "http://127.0.0.1:8123" + file << true;
        QTest::newRow("localhost") << "http://localhost" + file << true;
        QTest::newRow("::1") << "http://[::1]:8123" + file << true;
        QTest::newRow("127.0.0.2") << "http://127.0.0.2" + file << false;
        QTest::newRow("user info") << "http://user:pw@127.0.0.1:8123" + file << false;
        QTest::newRow("LAN") << "http://192.168.1.5" + file << false;
        QTest::newRow("look-alike") << "http://127.0.0.1.example.com" + file << false;
        QTest::newRow("localhost.") << "http://localhost.example.com" + file << false;
        QTest::newRow("ftp loopback") << "ftp://127.0.0.1" + file << false;
        QTest::newRow("no host") << "http://" + file << false;
    }
    void loopbackHttpUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QMap<QString, QByteArray> files = shippedFiles();
        Json root = Json::parse(files.value(QStringLiteral("miniconda.json")).toStdString());
        root["installers"][0]["url"] = url.toStdString();
        files[QStringLiteral("miniconda.json")] = QByteArray::fromStdString(root.dump(1));
        QString error;
        QCOMPARE(bool(Knowledge::fromFiles(files, &error)), accepted);
        if (!accepted) QVERIFY2(error.contains("not an https:// URL"), qPrintable(error));
    }

    void shippedFilesAreAccepted()
    {
        QString error;
        QVERIFY2(Knowledge::fromFiles(shippedFiles(), &error), qPrintable(error));
        auto files = shippedFiles();
        files.remove(QStringLiteral("rules.json"));
        QVERIFY(!Knowledge::fromFiles(files, &error));
        QCOMPARE(error, QStringLiteral("rules.json: the file is missing."));
    }

    void loadOverride()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Json root = Json::parse(shippedFiles().value(QStringLiteral("rules.json")).toStdString());
        root["as_of"] = "2027-01-15";
        root["rules"].push_back({{"id", "local_rule"}, {"rule", "A rule added locally."}});
        QFile f(dir.filePath(QStringLiteral("rules.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(root.dump()));
        f.close();

        QString error;
        const auto k = Knowledge::load(dir.path(), &error);
        QVERIFY2(k, qPrintable(error));
        QCOMPARE(k->provenance(QStringLiteral("rules.json"))->asOf, QStringLiteral("2027-01-15"));
        QCOMPARE(k->rules().size(), 14);
        QVERIFY(k->rule(QStringLiteral("local_rule")));
        // The other files come from the embedded data.
        QCOMPARE(k->provenance(QStringLiteral("cuda_driver.json"))->asOf,
                 QStringLiteral("2026-11-27"));
        QCOMPARE(k->cudaRelease(QStringLiteral("12.4.0"))->minDriverLinux,
                 QStringLiteral("550.54.14"));

        // A broken override is rejected with the file named.
        QFile bad(dir.filePath(QStringLiteral("platforms.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{ nope");
        bad.close();
        QVERIFY(!Knowledge::load(dir.path(), &error));
        QVERIFY2(error.startsWith(QLatin1String("platforms.json: the file is not valid JSON")),
                 qPrintable(error));

        QVERIFY(!Knowledge::load(dir.filePath(QStringLiteral("absent")), &error));
        QVERIFY(error.contains(QLatin1String("does not exist")));
    }

    // --knowledge DIR with a newer NVIDIA id table: a card the shipped one does not know is
    // named and placed from it; a bad line in it is refused with the line named.
    void loadOverrideIdTable()
    {
        QTemporaryDir dir;
        QByteArray tsv = shippedFiles().value(QStringLiteral("nvidia_pci_ids.tsv"));
        QVERIFY(!Knowledge::builtin().gpus().ids().find(QStringLiteral("3e10")).found);
        tsv += "3E10\t-\tNVIDIA GeForce RTX 6090\tGB202\tlocal update\n";
        QFile f(dir.filePath(QStringLiteral("nvidia_pci_ids.tsv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(tsv);
        f.close();
        QString error;
        const auto k = Knowledge::load(dir.path(), &error);
        QVERIFY2(k, qPrintable(error));
        GpuQuery q;
        q.vendorId = QStringLiteral("10de");
        q.deviceId = QStringLiteral("3e10");
        const GpuIdentity id = k->gpus().identify(q);
        QCOMPARE(id.name, QStringLiteral("NVIDIA GeForce RTX 6090"));
        QCOMPARE(id.computeCapability, QStringLiteral("12.0"));
        QVERIFY(k->provenance(QStringLiteral("nvidia_pci_ids.tsv"))
                    ->sources.last()
                    .title.contains(QLatin1String("local update")));

        QVERIFY(f.open(QIODevice::Append));
        f.write("3E11\t-\t\tGB202\tlocal update\n");
        f.close();
        QVERIFY(!Knowledge::load(dir.path(), &error));
        QCOMPARE(error, QStringLiteral("nvidia_pci_ids.tsv line 2578 has no name."));
    }
};

QTEST_GUILESS_MAIN(TestKnowledge)
#include "tst_knowledge.moc"
