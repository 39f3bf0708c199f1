// The conda probe: every real conda output fixture (JSON and plain text, old and new), and the
// probe over snapshots (none, miniconda with a torch env, a hanging conda, an old plain-text
// conda).
#include "TestSnapshot.h"
#include "host/SnapshotHost.h"
#include "probe/CondaProbe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace gpusetup;
using namespace gpusetup::test;

namespace {

QString summary(const QList<CondaEnv> &envs)
{
    QStringList s;
    for (const CondaEnv &e : envs)
        s << (e.name.isEmpty() ? QStringLiteral("-") : e.name) +
                 (e.active ? QStringLiteral("*") : QString());
    return s.join(QLatin1Char(','));
}

const CondaEnv *findEnv(const CondaInstall &i, const QString &name)
{
    for (const CondaEnv &e : i.envs)
        if (e.name == name) return &e;
    return nullptr;
}

} // namespace

class TestCondaProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void infoFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("conda");
        QTest::addColumn<QString>("python");
        QTest::addColumn<QString>("root");
        QTest::addColumn<QStringList>("envsDirs");
        QTest::addColumn<int>("channels");
        QTest::addColumn<QString>("cuda");
        QTest::newRow("24.5.0-wsl2")
            << "feuyeux_conda-info_24.5.0_wsl2_plain.txt"
            << "24.5.0"
            << "3.12.4"
            << "/home/han/anaconda3"
            << QStringList{"/home/han/anaconda3/envs", "/home/han/.conda/envs"} << 6 << "12.5";
        QTest::newRow("23.7.0-json-ignored")
            << "issue-conda12972_info-json-flag-ignored_plain_23.7.0_cuda-12.0_partial.txt"
            << "23.7.0"
            << "3.11.4"
            << "/home/fssv5/miniconda3"
            << QStringList{"/home/fssv5/miniconda3/envs", "/home/fssv5/.conda/envs"} << 4 << "12.0";
    }
    void infoFixtures()
    {
        QFETCH(QString, file);
        m_rowFiles.insert(file);
        QFETCH(QString, conda);
        QFETCH(QString, python);
        QFETCH(QString, root);
        QFETCH(QStringList, envsDirs);
        QFETCH(int, channels);
        QFETCH(QString, cuda);
        const CondaInfo i =
            parseCondaInfo(QString::fromUtf8(fixture(QStringLiteral("conda/") + file)));
        QVERIFY(i.parsed);
        QVERIFY(!i.fromJson);
        QCOMPARE(i.condaVersion, conda);
        QCOMPARE(i.pythonVersion, python);
        QCOMPARE(i.rootPrefix, root);
        QCOMPARE(i.envsDirs, envsDirs);
        QCOMPARE(i.channels.size(), channels);
        QCOMPARE(i.virtualCuda, cuda);
        QCOMPARE(i.platform, QStringLiteral("linux-64"));
        QVERIFY(i.activeName.isEmpty()); // "None"
    }

    void envListFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("names"); // '*' marks the active env, '-' an env without a name
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("prefix"); // of envs[index]
        QTest::newRow("4.12-custom-dir-active")
            << "biohub-hpc_env-list-plain_conda-4.12_active-env-in-custom-dir.txt"
            << ""
            << "base,alphafold_v2.2.0,alphapept,alphapept-gui,excellxgene,jupyter-test,labelstudio,"
               "napari,stui,tensorboard,myenv*"
            << 10 << "/hpc/mydata/shahzeb.siddiqui/.conda-envs/myenv";
        QTest::newRow("4.12-base-active")
            << "biohub-hpc_env-list-plain_conda-4.12_base-active.txt"
            << ""
            << "base*,alphafold_v2.2.0,alphapept,alphapept-gui,excellxgene,jupyter-test,"
               "labelstudio,napari,stui,tensorboard"
            << 0 << "/hpc/apps/x86_64/anaconda/2021_09_16";
        QTest::newRow("json-empty") << "issue-conda3541_env-list-json_empty-envs_linux.json"
                                    << "/home/yoh/anaconda2"
                                    << "" << -1 << "";
        QTest::newRow("plain-root-only") << "issue-conda3541_env-list-plain_root-only_linux.txt"
                                         << ""
                                         << "root" << 0 << "/home/yoh/anaconda2";
        QTest::newRow("json-macos-root-missing")
            << "issue-conda6456_env-list-json_macos_root-missing.json"
            << "/Users/user/anaconda"
            << "custom-env-1,custom-env-2" << 1 << "/Users/user/anaconda/envs/custom-env-2";
        QTest::newRow("plain-macos-active-custom")
            << "issue-conda6456_env-list-plain_macos_active-custom-env.txt"
            << ""
            << "custom-env-1,custom-env-2*,root" << 2 << "/Users/user/anaconda";
        QTest::newRow("json-linux") << "issue-condaenv147_env-list-json_linux.json"
                                    << "/home/alan/miniconda3"
                                    << "test,website" << 0 << "/home/alan/miniconda3/envs/test";
        QTest::newRow("info-e-two-envs-dirs")
            << "issue-condaenv147_info-e_plain_two-envs-dirs_linux.txt"
            << ""
            << "my-root,name,blah,name,root*" << 3 << "/opt/conda/envs/name";
    }
    void envListFixtures()
    {
        QFETCH(QString, file);
        m_rowFiles.insert(file);
        QFETCH(QString, root);
        QFETCH(QString, names);
        QFETCH(int, index);
        QFETCH(QString, prefix);
        const QList<CondaEnv> envs =
            parseCondaEnvList(QString::fromUtf8(fixture(QStringLiteral("conda/") + file)), root);
        QCOMPARE(summary(envs), names);
        if (index >= 0) QCOMPARE(envs.at(index).prefix, prefix);
        for (const CondaEnv &e : envs)
            QCOMPARE(e.base, e.name == QLatin1String("base") || e.name == QLatin1String("root"));
    }

    void parserEdgeCases()
    {
        QVERIFY(!parseCondaInfo(QString()).parsed);
        QVERIFY(!parseCondaInfo(QStringLiteral("{\"broken")).parsed);
        QVERIFY(!parseCondaInfo(QStringLiteral("CondaError: something")).parsed);
        const CondaInfo j = parseCondaInfo(QStringLiteral(
            "{\"conda_version\":\"24.9.2\",\"python_version\":\"3.12.7.final.0\",\"root_prefix\":"
            "\"/home/s/miniconda3\", "
            "\"active_prefix\":null,\"envs_dirs\":[\"/home/s/miniconda3/envs\"],\"envs\":[\"/home/"
            "s/miniconda3\",\"/home/s/miniconda3/envs/dl\"], "
            "\"channels\":[\"https://repo.anaconda.com/pkgs/main/"
            "linux-64\"],\"platform\":\"linux-64\", "
            "\"virtual_pkgs\":[[\"__archspec\",\"1\",\"x86_64\"],[\"__cuda\",\"12.4\",\"0\"]]}"));
        QVERIFY(j.parsed);
        QVERIFY(j.fromJson);
        QCOMPARE(j.condaVersion, QStringLiteral("24.9.2"));
        QCOMPARE(j.pythonVersion, QStringLiteral("3.12.7"));
        QVERIFY(j.activePrefix.isEmpty());
        QCOMPARE(j.envs.size(), 2);
        QCOMPARE(j.virtualCuda, QStringLiteral("12.4"));
        const auto named = parseCondaEnvList(
            QStringLiteral("{\"envs\": [\"/home/s/miniconda3\", \"/data/custom\"]}"),
            QStringLiteral("/home/s/miniconda3/"));
        QCOMPARE(summary(named), QStringLiteral("base,-"));
        QCOMPARE(summary(parseCondaEnvList(QStringLiteral(
                     "# conda environments:\n#\n                         /data/custom\n"))),
                 QStringLiteral("-"));
        QVERIFY(parseCondaEnvList(QStringLiteral("garbage")).isEmpty());
        QVERIFY(parseCondaEnvList(QStringLiteral("{\"envs\": 3}")).isEmpty());

        QCOMPARE(condaMetaPythonVersion(QStringLiteral("python-3.11.7-h955ad1f_0.json")),
                 QStringLiteral("3.11.7"));
        QCOMPARE(condaMetaPythonVersion(QStringLiteral("python-dateutil-2.9.0-py_0.json")),
                 QString());
        QString v, c;
        parseTorchVersionPy(QStringLiteral("__version__ = '2.5.1+cu124'\ndebug = False\ncuda: "
                                           "Optional[str] = '12.4'\nhip: Optional[str] = None\n"),
                            &v, &c);
        QCOMPARE(v, QStringLiteral("2.5.1+cu124"));
        QCOMPARE(c, QStringLiteral("12.4"));
        parseTorchVersionPy(QStringLiteral("__version__ = '1.8.0'\ncuda = '10.2'\n"), &v, &c);
        QCOMPARE(c, QStringLiteral("10.2"));
        parseTorchVersionPy(
            QStringLiteral("__version__ = '2.5.1+cpu'\ncuda: Optional[str] = None\n"), &v, &c);
        QCOMPARE(v, QStringLiteral("2.5.1+cpu"));
        QCOMPARE(c, QString());
        QCOMPARE(
            condaMetaTorch(QStringLiteral("pytorch-2.5.1-py3.11_cuda12.4_cudnn9.1.0_0.json"), &c),
            QStringLiteral("2.5.1"));
        QCOMPARE(c, QStringLiteral("12.4"));
        QCOMPARE(condaMetaTorch(QStringLiteral("pytorch-2.1.0-py3.10_cpu_0.json"), &c),
                 QStringLiteral("2.1.0"));
        QCOMPARE(c, QString());
        QCOMPARE(condaMetaTorch(QStringLiteral("pytorch-cuda-12.4-hc786d27_7.json"), &c),
                 QString());
        QCOMPARE(condaMetaTorch(QStringLiteral("pytorch-mutex-1.0-cuda.json"), &c), QString());
    }

    void noneInstalled()
    {
        SnapshotBuilder s;
        s.dir("/home/student");
        auto h = s.open();
        QVERIFY(h);
        const CondaFacts f = probeConda(*h, 500);
        QCOMPARE(f.state, FactState::Absent);
        QVERIFY(f.installs.isEmpty());
        QCOMPARE(describeConda(f), QStringList{QStringLiteral("conda: not installed")});
    }

    void minicondaWithTorchEnv()
    {
        SnapshotBuilder s;
        const QString r = QStringLiteral("/home/student/miniconda3");
        s.file(r + "/bin/conda", "#!/usr/bin/env python\n");
        s.file(r + "/conda-meta/python-3.12.7-h5148396_0.json", "{}");
        s.file(r + "/conda-meta/python-dateutil-2.9.0-py_0.json", "{}");
        s.file(r + "/envs/dl/conda-meta/python-3.11.10-he870216_0.json", "{}");
        s.file(r + "/envs/dl/lib/python3.11/site-packages/torch/version.py",
               "from typing import Optional\n\n__all__ = ['__version__', 'debug', 'cuda', "
               "'git_version', 'hip']\n"
               "__version__ = '2.5.1+cu124'\ndebug = False\ncuda: Optional[str] = '12.4'\n"
               "git_version = 'a8d6afb511a69687bbb2b7e88a3cf67917e1697e'\nhip: Optional[str] = "
               "None\n");
        s.command(
            r + "/bin/conda info --json", 0,
            QStringLiteral("{\"conda_version\":\"24.9.2\",\"python_version\":\"3.12.7.final.0\","
                           "\"root_prefix\":\"%1\", "
                           "\"active_prefix\":\"%1/envs/"
                           "dl\",\"active_prefix_name\":\"dl\",\"envs_dirs\":[\"%1/envs\",\"/"
                           "home/student/.conda/envs\"], "
                           "\"envs\":[\"%1\",\"%1/envs/dl\"],\"channels\":[\"https://"
                           "repo.anaconda.com/pkgs/main/linux-64\"],\"platform\":\"linux-64\"}")
                .arg(r)
                .toUtf8());
        s.command(r + "/bin/conda env list --json", 0,
                  QStringLiteral("{\"envs\":[\"%1\",\"%1/envs/dl\"]}").arg(r).toUtf8());
        s.env("CONDA_PREFIX", r + "/envs/dl");
        auto h = s.open();
        QVERIFY(h);
        const CondaFacts f = probeConda(*h, 500);
        QCOMPARE(f.state, FactState::Found);
        QCOMPARE(f.installs.size(), 1);
        const CondaInstall &i = f.installs.first();
        QCOMPARE(i.root, r);
        QCOMPARE(i.foundBy, QStringList{QStringLiteral("~/miniconda3")});
        QCOMPARE(i.flavour, QStringLiteral("miniconda"));
        QCOMPARE(i.info.condaVersion, QStringLiteral("24.9.2"));
        QCOMPARE(i.info.pythonVersion, QStringLiteral("3.12.7"));
        QCOMPARE(i.envListSource, QStringLiteral("conda env list --json"));
        QCOMPARE(summary(i.envs), QStringLiteral("base,dl*"));
        const CondaEnv *base = findEnv(i, QStringLiteral("base"));
        QVERIFY(base && base->base);
        QCOMPARE(base->pythonVersion, QStringLiteral("3.12.7"));
        QVERIFY(base->torchVersion.isEmpty());
        const CondaEnv *dl = findEnv(i, QStringLiteral("dl"));
        QVERIFY(dl);
        QCOMPARE(dl->prefix, r + "/envs/dl");
        QCOMPARE(dl->pythonVersion, QStringLiteral("3.11.10"));
        QCOMPARE(dl->torchVersion, QStringLiteral("2.5.1+cu124"));
        QCOMPARE(dl->torchCuda, QStringLiteral("12.4"));
        QCOMPARE(dl->torchSource, r + "/envs/dl/lib/python3.11/site-packages/torch/version.py");
        QCOMPARE(i.state, FactState::Found);
        QVERIFY2(i.problems.isEmpty(), qPrintable(i.problems.join('\n')));
        const QString text = describeConda(f).join('\n');
        QVERIFY2(text.contains(QLatin1String("env dl (/home/student/miniconda3/envs/dl) [active]: "
                                             "Python 3.11.10, PyTorch 2.5.1+cu124 (CUDA 12.4)")),
                 qPrintable(text));
        const Json j = f;
        QCOMPARE(Json(j.get<CondaFacts>()), j);
    }

    void condaHangs()
    {
        SnapshotBuilder s;
        const QString r = QStringLiteral("/opt/conda");
        s.file(r + "/bin/conda");
        s.file(r + "/envs/tf/conda-meta/pytorch-2.1.0-py3.10_cuda11.8_cudnn8.7.0_0.json", "{}");
        s.file(r + "/envs/tf/conda-meta/python-3.10.13-h955ad1f_0.json", "{}");
        s.dir(r + "/envs/not-an-env");
        s.hang(r + "/bin/conda info --json");
        auto h = s.open();
        QVERIFY(h);
        QElapsedTimer t;
        t.start();
        const CondaFacts f = probeConda(*h, 100);
        QVERIFY(t.elapsed() < 2000); // env list is not tried after a timeout
        QCOMPARE(f.state, FactState::Unknown);
        const CondaInstall &i = f.installs.first();
        QCOMPARE(i.state, FactState::Unknown);
        QVERIFY(i.problems.join(' ').contains(QLatin1String("did not answer within 0.3 s")));
        QCOMPARE(i.envListSource, QStringLiteral("filesystem"));
        QCOMPARE(summary(i.envs), QStringLiteral("base,tf"));
        QCOMPARE(i.envs[1].torchVersion, QStringLiteral("2.1.0"));
        QCOMPARE(i.envs[1].torchCuda, QStringLiteral("11.8"));
        QCOMPARE(i.envs[1].pythonVersion, QStringLiteral("3.10.13"));
        QCOMPARE(i.flavour, QStringLiteral("unknown"));
    }

    // An old conda that prints text for --json, found through CONDA_EXE, plus a broken install.
    void plainOutputAndBroken()
    {
        SnapshotBuilder s;
        const QString r = QStringLiteral("/home/fssv5/miniconda3");
        s.file(r + "/bin/conda");
        s.command(
            r + "/bin/conda info --json", 0,
            fixture("conda/"
                    "issue-conda12972_info-json-flag-ignored_plain_23.7.0_cuda-12.0_partial.txt"));
        s.command(r + "/bin/conda env list --json", 0,
                  "# conda environments:\n#\nbase                  *  /home/fssv5/miniconda3\n"
                  "                         /data/shared/env\n");
        s.env("CONDA_EXE", r + "/bin/conda");
        s.file("/home/student/anaconda3/conda-meta/history", "");
        auto h = s.open();
        QVERIFY(h);
        const CondaFacts f = probeConda(*h, 500);
        QCOMPARE(f.installs.size(), 2);
        const CondaInstall &broken = f.installs[0];
        QCOMPARE(broken.root, QStringLiteral("/home/student/anaconda3"));
        QCOMPARE(broken.state, FactState::Broken);
        QCOMPARE(broken.flavour, QStringLiteral("anaconda"));
        const CondaInstall &i = f.installs[1];
        QCOMPARE(i.foundBy, QStringList{QStringLiteral("CONDA_EXE")});
        QCOMPARE(i.state, FactState::Found);
        QCOMPARE(i.info.condaVersion, QStringLiteral("23.7.0"));
        QVERIFY(i.problems.join(' ').contains(QLatin1String("ignored --json")));
        QCOMPARE(i.envListSource, QStringLiteral("conda env list (plain text)"));
        QCOMPARE(summary(i.envs), QStringLiteral("base*,-"));
        QCOMPARE(i.envs[1].prefix, QStringLiteral("/data/shared/env"));
        QCOMPARE(f.state, FactState::Found);
    }

    void rootMissingFromList()
    {
        SnapshotBuilder s;
        const QString r = QStringLiteral("/home/student/miniforge3");
        s.file(r + "/bin/conda");
        s.command(
            r + "/bin/conda info --json", 0,
            QStringLiteral("{\"conda_version\":\"4.3.30\",\"root_prefix\":\"%1\",\"channels\":["
                           "\"https://conda.anaconda.org/conda-forge/linux-64\"]}")
                .arg(r)
                .toUtf8());
        s.command(r + "/bin/conda env list --json", 0,
                  fixture("conda/issue-conda3541_env-list-json_empty-envs_linux.json"));
        auto h = s.open();
        QVERIFY(h);
        const CondaFacts f = probeConda(*h, 500);
        QCOMPARE(summary(f.installs[0].envs), QStringLiteral("base"));
        QCOMPARE(f.installs[0].envs[0].prefix, r);
        QCOMPARE(f.installs[0].flavour, QStringLiteral("miniforge"));
    }

    // Runs after infoFixtures and envListFixtures: every file in fixtures/conda is a row of
    // one of them, and every row's file exists (a fixture added without a row fails here).
    void everyFixtureHasARow()
    {
        QStringList files =
            QDir(QStringLiteral(GPUSETUP_TEST_DATA "/fixtures/conda")).entryList(QDir::Files);
        QStringList rows(m_rowFiles.cbegin(), m_rowFiles.cend());
        files.sort();
        rows.sort();
        QCOMPARE(rows, files);
    }

private:
    QSet<QString> m_rowFiles;
};

QTEST_GUILESS_MAIN(TestCondaProbe)
#include "tst_condaprobe.moc"
