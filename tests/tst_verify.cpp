// The verifier against snapshot hosts whose recorded commands are real captures (nvidia-smi,
// nvcc -V from tests/fixtures) and hand-written PyTorch answers: each check's state, what it
// says, what it skips, cancel, and one run on this very machine.
#include "TestSnapshot.h"
#include "host/RealHost.h"
#include "verify/Verifier.h"

#include <QtTest>

using namespace gpusetup;
using namespace gpusetup::test;

namespace {

const QString kPython = QStringLiteral("/home/student/miniconda3/envs/dl/bin/python");
const QString kNvcc = QStringLiteral("/usr/local/cuda-12.5/bin/nvcc");

// The csv rows of the real 8x RTX 5060 Ti capture, without its index column (the verifier does
// not ask for one).
QByteArray smiCsvFromFixture(int gpus)
{
    const QList<QByteArray> lines =
        fixture("nvidia-smi/csv/codeindex-56551853030_8x-rtx5060ti_580.159.03_noheader.csv")
            .trimmed()
            .split('\n');
    QByteArray out;
    for (int i = 0; i < gpus && i < lines.size(); ++i)
        out += lines[i].mid(lines[i].indexOf(',') + 2) + '\n';
    return out;
}

QStringList smokeBuildArgv(const QString &nvcc)
{
    const QString d = verifySnapshotWorkDir();
    return {nvcc, "-o", d + "/smoke", d + "/smoke.cu"};
}

enum Part { Smi = 1, Nvcc = 2, Smoke = 4, Torch = 8, Matmul = 16, All = 31 };

// A machine where every check would pass, minus the parts left out.
void healthy(SnapshotBuilder &b, int parts)
{
    b.env("PATH", "/usr/local/cuda-12.5/bin:/usr/bin:/bin");
    if (parts & Smi) b.command(verifySmiArgv(), 0, smiCsvFromFixture(1));
    if (parts & Nvcc) {
        b.file(kNvcc, "#!/bin/sh\n");
        b.command(QStringList{"nvcc", "-V"}, 0, fixture("nvcc/feuyeux_cuda-12.5.82.txt"));
    }
    if (parts & Smoke) {
        b.command(smokeBuildArgv("nvcc"), 0, "");
        b.command(QStringList{verifySnapshotWorkDir() + "/smoke"}, 0,
                  "devices=1\ndevice=NVIDIA GeForce RTX 5060 Ti\ncapability=12.0\n"
                  "vector-add=ok\n");
    }
    if (parts & Torch)
        b.command(verifyTorchInfoArgv(kPython), 0,
                  R"({"torch": "2.7.1+cu128", "cuda": "12.8", "cudnn": 90701, )"
                  R"("available": true, "count": 1, "device": "NVIDIA GeForce RTX 5060 Ti", )"
                  R"("capability": "12.0"})"
                  "\n");
    if (parts & Matmul)
        b.command(verifyTorchMatmulArgv(kPython), 0,
                  R"({"matmul_ms": 1.532, "conv_ms": 0.811, "tflops": 11.21, "ok": true})"
                  "\n");
}

QString states(const VerifyReport &r)
{
    QStringList s;
    for (const VerifyCheck &c : r.checks)
        s << c.id + QLatin1Char('=') + c.state;
    return s.join(QLatin1Char(' '));
}

const VerifyCheck *find(const VerifyReport &r, const QString &id)
{
    for (const VerifyCheck &c : r.checks)
        if (c.id == id) return &c;
    return nullptr;
}

} // namespace

class TestVerify : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shapes_data()
    {
        QTest::addColumn<int>("parts");
        QTest::addColumn<QString>("extra"); // a failure shape added on top
        QTest::addColumn<QString>("python");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("failedId");
        QTest::addColumn<QString>("summaryPart");

        QTest::newRow("all-pass")
            << int(All) << "" << kPython
            << "nvidia-smi=pass nvcc=pass cuda-smoke=pass torch-cuda=pass torch-matmul=pass"
            << "torch-matmul"
            << "2048×2048 matmul 1.532 ms (11.21 TFLOP/s), conv2d 0.811 ms";
        QTest::newRow("smi-summary")
            << int(All) << "" << kPython
            << "nvidia-smi=pass nvcc=pass cuda-smoke=pass torch-cuda=pass torch-matmul=pass"
            << "nvidia-smi"
            << "NVIDIA GeForce RTX 5060 Ti (16311 MiB), driver 580.159.03";
        QTest::newRow("nvcc-summary")
            << int(All) << "" << kPython
            << "nvidia-smi=pass nvcc=pass cuda-smoke=pass torch-cuda=pass torch-matmul=pass"
            << "nvcc"
            << "CUDA 12.5 (nvcc 12.5.82)";
        QTest::newRow("torch-summary")
            << int(All) << "" << kPython
            << "nvidia-smi=pass nvcc=pass cuda-smoke=pass torch-cuda=pass torch-matmul=pass"
            << "torch-cuda"
            << "PyTorch 2.7.1+cu128, CUDA 12.8, cuDNN 90701 on NVIDIA GeForce";
        QTest::newRow("driver-not-loaded")
            << int(All & ~Smi) << "smi-no-driver" << kPython
            << "nvidia-smi=fail nvcc=pass cuda-smoke=skipped torch-cuda=pass torch-matmul=pass"
            << "nvidia-smi"
            << "couldn't communicate with the NVIDIA driver";
        QTest::newRow("no-nvidia-smi")
            << int(All & ~Smi) << "" << kPython
            << "nvidia-smi=fail nvcc=pass cuda-smoke=skipped torch-cuda=pass torch-matmul=pass"
            << "nvidia-smi"
            << "nvidia-smi is not installed or not on PATH.";
        QTest::newRow("smi-hangs") << int(All & ~Smi) << "smi-hang"
                                   << ""
                                   << "nvidia-smi=fail nvcc=pass "
                                   << "nvidia-smi"
                                   << "did not answer";
        QTest::newRow("nvcc-missing")
            << int(All & ~Nvcc) << "" << kPython
            << "nvidia-smi=pass nvcc=fail cuda-smoke=skipped torch-cuda=pass torch-matmul=pass"
            << "nvcc"
            << "No CUDA compiler (nvcc) was found.";
        QTest::newRow("nvcc-off-path") << int(All & ~Nvcc & ~Smoke) << "nvcc-usr-local" << kPython
                                       << "nvidia-smi=pass nvcc=pass cuda-smoke=pass"
                                       << "nvcc"
                                       << "(not on PATH; found at /usr/local/cuda/bin/nvcc)";
        QTest::newRow("smoke-compile-error")
            << int(All & ~Smoke) << "smoke-compile-error" << kPython
            << "nvidia-smi=pass nvcc=pass cuda-smoke=fail"
            << "cuda-smoke"
            << "nvcc could not compile the smoke program: nvcc fatal   : Unsupported gpu "
               "architecture 'compute_120'";
        QTest::newRow("smoke-no-device")
            << int(All & ~Smoke) << "smoke-insufficient-driver" << kPython
            << "nvidia-smi=pass nvcc=pass cuda-smoke=fail"
            << "cuda-smoke"
            << "The smoke program could not use the GPU: cudaGetDeviceCount: CUDA driver version "
               "is insufficient for CUDA runtime version";
        QTest::newRow("no-python-chosen")
            << int(All) << ""
            << ""
            << "nvidia-smi=pass nvcc=pass cuda-smoke=pass torch-cuda=skipped torch-matmul=skipped"
            << "torch-cuda"
            << "Skipped: no Python environment was chosen.";
        QTest::newRow("python-missing")
            << int(All & ~Torch & ~Matmul) << "" << kPython
            << "torch-cuda=fail torch-matmul=skipped"
            << "torch-cuda"
            << "There is no Python at /home/student/miniconda3/envs/dl/bin/python.";
        QTest::newRow("python-without-torch")
            << int(All & ~Torch & ~Matmul) << "torch-missing" << kPython
            << "torch-cuda=fail torch-matmul=skipped"
            << "torch-cuda"
            << "PyTorch is not installed in this environment (No module named 'torch').";
        QTest::newRow("torch-cpu-build")
            << int(All & ~Torch & ~Matmul) << "torch-cpu" << kPython
            << "torch-cuda=fail torch-matmul=skipped"
            << "torch-cuda"
            << "PyTorch 2.7.1+cpu is a CPU-only build: it cannot use the GPU.";
        QTest::newRow("torch-not-available")
            << int(All & ~Torch & ~Matmul) << "torch-unavailable" << kPython
            << "torch-cuda=fail torch-matmul=skipped"
            << "torch-cuda"
            << "PyTorch 2.7.1+cu128 (CUDA 12.8) reports torch.cuda.is_available() = False.";
        QTest::newRow("matmul-wrong")
            << int(All & ~Matmul) << "matmul-wrong" << kPython << "torch-matmul=fail"
            << "torch-matmul"
            << "The GPU computed a wrong result.";
    }
    void shapes()
    {
        QFETCH(int, parts);
        QFETCH(QString, extra);
        QFETCH(QString, python);
        QFETCH(QString, expected);
        QFETCH(QString, failedId);
        QFETCH(QString, summaryPart);
        SnapshotBuilder b;
        healthy(b, parts);
        if (extra == "smi-no-driver")
            b.command(verifySmiArgv(), 9, "",
                      fixture("nvidia-smi/errors/driver-not-loaded_couldnt-communicate.txt"));
        if (extra == "smi-hang") b.hang(verifySmiArgv());
        if (extra == "nvcc-usr-local") {
            b.file("/usr/local/cuda-12.5/bin/nvcc", "#!/bin/sh\n");
            b.link("/usr/local/cuda-12.5", "/usr/local/cuda");
            b.command(QStringList{"/usr/local/cuda/bin/nvcc", "-V"}, 0,
                      fixture("nvcc/feuyeux_cuda-12.5.82.txt"));
            b.command(smokeBuildArgv("/usr/local/cuda/bin/nvcc"), 0, "");
            b.command(QStringList{verifySnapshotWorkDir() + "/smoke"}, 0,
                      "devices=1\ndevice=X\ncapability=8.6\nvector-add=ok\n");
        }
        if (extra == "smoke-compile-error")
            b.command(smokeBuildArgv("nvcc"), 1, "",
                      "nvcc fatal   : Unsupported gpu architecture 'compute_120'\n");
        if (extra == "smoke-insufficient-driver") {
            b.command(smokeBuildArgv("nvcc"), 0, "");
            b.command(QStringList{verifySnapshotWorkDir() + "/smoke"}, 2,
                      "error=cudaGetDeviceCount: CUDA driver version is insufficient for CUDA "
                      "runtime version\n");
        }
        if (extra == "torch-missing")
            b.command(verifyTorchInfoArgv(kPython), 3,
                      R"({"error": "import", "message": "No module named 'torch'"})"
                      "\n");
        if (extra == "torch-cpu")
            b.command(verifyTorchInfoArgv(kPython), 0,
                      R"({"torch": "2.7.1+cpu", "cuda": null, "cudnn": null, "available": false, )"
                      R"("count": 0, "device": null, "capability": null})"
                      "\n");
        if (extra == "torch-unavailable")
            b.command(verifyTorchInfoArgv(kPython), 0,
                      "/home/student/miniconda3/envs/dl/lib/python3.11/site-packages/torch/cuda/"
                      "__init__.py:129: UserWarning: CUDA initialization: The NVIDIA driver on "
                      "your system is too old (found version 11040).\n"
                      R"({"torch": "2.7.1+cu128", "cuda": "12.8", "cudnn": 90701, )"
                      R"("available": false, "count": 0, "device": null, "capability": null})"
                      "\n");
        if (extra == "matmul-wrong")
            b.command(verifyTorchMatmulArgv(kPython), 0,
                      R"({"matmul_ms": 1.5, "conv_ms": 0.8, "tflops": 11.2, "ok": false})"
                      "\n");
        auto host = b.open();
        QVERIFY(host);
        VerifyOptions o;
        o.python = python;
        o.timeoutMs = 300;
        QStringList seen;
        const VerifyReport r = runVerify(*host, o, [&](const VerifyCheck &c) { seen << c.id; });
        QCOMPARE(r.checks.size(), 5);
        QCOMPARE(seen,
                 QStringList({"nvidia-smi", "nvcc", "cuda-smoke", "torch-cuda", "torch-matmul"}));
        QVERIFY2(states(r).contains(expected), qPrintable(states(r)));
        const VerifyCheck *c = find(r, failedId);
        QVERIFY(c);
        QVERIFY2(c->summary.contains(summaryPart), qPrintable(c->summary));
        QVERIFY(!c->title.isEmpty());
        QCOMPARE(r.allPassed(), states(r).count("=pass") == 5);
        // Details name the exact command that ran, for the report and the log.
        if (c->state != QLatin1String("skipped"))
            QVERIFY2(c->details.startsWith("$ "), qPrintable(c->details));
        // The JSON round trip keeps everything.
        const VerifyReport back = Json(r).get<VerifyReport>();
        QCOMPARE(back.checks, r.checks);
    }

    // Issue 12, break 6: one verdict for `gpu-setup verify`, the Verify page and the report.
    // What counts follows the plan's path: no nvcc without a toolkit in the plan; the torch
    // checks only for PyTorch; a check that counts but did not run leaves it unverified.
    void verdict_data()
    {
        QTest::addColumn<QString>("states"); // smi nvcc smoke torch matmul
        QTest::addColumn<bool>("toolkit");
        QTest::addColumn<bool>("torch");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("failed");
        QTest::addColumn<QString>("missing");
        QTest::addColumn<QString>("notRequired");
        QTest::newRow("pip-path-no-nvcc")
            << "pass fail skipped pass pass" << false << true << "pass"
            << ""
            << ""
            << "nvcc";
        QTest::newRow("toolkit-planned-no-nvcc")
            << "pass fail skipped pass pass" << true << true << "fail"
            << "nvcc"
            << "cuda-smoke"
            << "";
        QTest::newRow("all-pass") << "pass pass pass pass pass" << true << true << "pass"
                                  << ""
                                  << ""
                                  << "";
        QTest::newRow("torch-not-checked")
            << "pass fail skipped skipped skipped" << false << true << "incomplete"
            << ""
            << "torch-cuda torch-matmul"
            << "nvcc";
        QTest::newRow("tensorflow")
            << "pass fail skipped skipped skipped" << false << false << "pass"
            << ""
            << ""
            << "nvcc";
        QTest::newRow("driver-broken")
            << "fail fail skipped fail skipped" << false << true << "fail"
            << "nvidia-smi torch-cuda"
            << "torch-matmul"
            << "nvcc";
        QTest::newRow("cancelled")
            << "pass pass cancelled cancelled cancelled" << true << true << "incomplete"
            << ""
            << "cuda-smoke torch-cuda torch-matmul"
            << "";
        QTest::newRow("nothing") << "" << true << true << "not-run"
                                 << ""
                                 << "nvidia-smi nvcc cuda-smoke torch-cuda torch-matmul"
                                 << "";
    }
    void verdict()
    {
        QFETCH(QString, states);
        QFETCH(bool, toolkit);
        QFETCH(bool, torch);
        QFETCH(QString, expected);
        QFETCH(QString, failed);
        QFETCH(QString, missing);
        QFETCH(QString, notRequired);
        VerifyReport r;
        const QStringList s = states.split(' ', Qt::SkipEmptyParts);
        for (int i = 0; i < s.size(); ++i)
            r.checks << VerifyCheck{verifyCheckIds()[i], verifyCheckIds()[i], s[i], 1, "", ""};
        const VerifyVerdict v = verifyVerdict(r, VerifyExpectations{toolkit, torch});
        QCOMPARE(v.state, expected);
        QCOMPARE(v.passed(), expected == "pass");
        QCOMPARE(v.failed.join(' '), failed);
        QCOMPARE(v.missing.join(' '), missing);
        QCOMPARE(v.notRequired.join(' '), notRequired);
    }

    // The plan decides the expectations: the toolkit counts when its stage is not optional or
    // skipped, PyTorch when it is the framework.
    void expectationsFromPlan()
    {
        Plan p;
        StagePlan tk;
        tk.id = StageId::Toolkit;
        for (auto [status, want] : {std::pair{StageStatus::Optional, false},
                                    {StageStatus::Skipped, false},
                                    {StageStatus::Done, true},
                                    {StageStatus::NeedsAction, true},
                                    {StageStatus::Blocked, true}}) {
            tk.status = status;
            p.stages = {tk};
            QCOMPARE(verifyExpectations(p).toolkit, want);
        }
        p.choices.framework = Framework::TensorFlow;
        QVERIFY(!verifyExpectations(p).torch);
        p.choices.framework = Framework::PyTorch;
        QVERIFY(verifyExpectations(p).torch);
    }

    // `gpu-setup verify` exits by the verdict: 0 on the pip path without nvcc, 1 with a toolkit
    // asked for, 1 while PyTorch was not checked (and says how to check it).
    void cliFollowsTheVerdict()
    {
        SnapshotBuilder b;
        healthy(b, All & ~Nvcc & ~Smoke);
        auto host = b.open();
        QVERIFY(host);
        int code = -1;
        QByteArray err;
        QByteArray out = runCli({"verify", "--host", b.root(), "--python", kPython}, &code, &err);
        QVERIFY2(code == 0, out + err);
        QVERIFY2(out.contains("Verdict: PASS"), out.constData());
        QVERIFY(out.contains("[not needed for this plan]"));
        out =
            runCli({"verify", "--host", b.root(), "--python", kPython, "--toolkit", "yes"}, &code);
        QVERIFY2(code == 1, out.constData());
        QVERIFY(out.contains("Verdict: FAIL (nvcc"));
        out = runCli({"verify", "--host", b.root()}, &code);
        QVERIFY2(code == 1, out.constData());
        QVERIFY(out.contains("NOT VERIFIED"));
        QVERIFY(out.contains("--python"));
        out = runCli({"verify", "--host", b.root(), "--python", kPython, "--json"}, &code);
        QCOMPARE(code, 0);
        const Json j = Json::parse(out.toStdString());
        QCOMPARE(j["verdict"]["state"].get<std::string>(), std::string("pass"));
        QCOMPARE(j["checks"].size(), size_t(5));
    }

    // A hung nvidia-smi costs one timeout, not more: the smoke program is then skipped.
    void hungSmiCostsOneTimeout()
    {
        SnapshotBuilder b;
        healthy(b, All & ~Smi);
        b.hang(verifySmiArgv());
        auto host = b.open();
        QVERIFY(host);
        VerifyOptions o;
        o.timeoutMs = 400;
        QElapsedTimer t;
        t.start();
        const VerifyReport r = runVerify(*host, o);
        QVERIFY2(t.elapsed() < 1500, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(find(r, "cuda-smoke")->state, QStringLiteral("skipped"));
        QCOMPARE(find(r, "nvidia-smi")->elapsedMs, 400);
    }

    // Cancel between checks: the rest are "cancelled", not run.
    void cancelBetweenChecks()
    {
        SnapshotBuilder b;
        healthy(b, All);
        auto host = b.open();
        QVERIFY(host);
        std::atomic_bool cancel{false};
        VerifyOptions o;
        o.python = kPython;
        const VerifyReport r = runVerify(
            *host, o,
            [&](const VerifyCheck &c) {
                if (c.id == QLatin1String("nvcc")) cancel = true;
            },
            &cancel);
        QCOMPARE(states(r), QStringLiteral("nvidia-smi=pass nvcc=pass cuda-smoke=cancelled "
                                           "torch-cuda=cancelled torch-matmul=cancelled"));
        QVERIFY(!r.allPassed());
    }

    // A snapshot never gets the smoke source written anywhere (not even under its fs/).
    void snapshotWritesNothing()
    {
        SnapshotBuilder b;
        healthy(b, All);
        auto host = b.open();
        QVERIFY(host);
        runVerify(*host, VerifyOptions{});
        QVERIFY(!QFile::exists(verifySnapshotWorkDir() + "/smoke.cu") ||
                QFileInfo(verifySnapshotWorkDir() + "/smoke.cu")
                        .lastModified()
                        .secsTo(QDateTime::currentDateTime()) > 60);
        QVERIFY(!QFile::exists(b.fs() + verifySnapshotWorkDir() + "/smoke.cu"));
    }

    // The smoke source is a complete program that prints what the check reads back.
    void smokeSourceShape()
    {
        const QByteArray src = verifySmokeSource();
        for (const char *part : {"cudaGetDeviceCount", "cudaGetDeviceProperties", "__global__",
                                 "vector-add=", "device=", "int main"})
            QVERIFY2(src.contains(part), part);
        QVERIFY(verifyTorchInfoArgv("p").at(2).contains("torch.cuda.is_available()"));
        QVERIFY(verifyTorchMatmulArgv("p").at(2).contains("2048, 2048"));
        QVERIFY(verifyTorchMatmulArgv("p").at(2).contains("Conv2d"));
    }

    // This machine, for real: whatever it has, every check ends in a known state, nothing
    // hangs, and without nvidia-smi the smoke program is skipped rather than failed.
    void realMachine()
    {
        RealHost host;
        QTemporaryDir tmp;
        VerifyOptions o;
        o.workDir = tmp.path();
        o.timeoutMs = 60000;
        const VerifyReport r = runVerify(host, o);
        QCOMPARE(r.checks.size(), 5);
        for (const VerifyCheck &c : r.checks)
            QVERIFY2(QStringList({"pass", "fail", "skipped"}).contains(c.state),
                     qPrintable(c.id + ": " + c.state));
        const VerifyCheck *smi = find(r, "nvidia-smi");
        if (host.which("nvidia-smi").isEmpty()) {
            QCOMPARE(smi->state, QStringLiteral("fail"));
            QCOMPARE(find(r, "cuda-smoke")->state, QStringLiteral("skipped"));
        }
        QCOMPARE(find(r, "torch-cuda")->state, QStringLiteral("skipped"));
        qInfo("%s", qPrintable(states(r)));
    }
};

QTEST_GUILESS_MAIN(TestVerify)
#include "tst_verify.moc"
