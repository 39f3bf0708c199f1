#include "verify/Verifier.h"

#include "actions/CommandOperation.h"
#include "probe/CudaProbe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtCore/qcoreapplication.h>

#include <spdlog/spdlog.h>

#include <memory>

namespace gpusetup {

namespace {

// The smoke program: counts devices, names the first, adds two vectors on it and checks the
// sum on the host. Its output is key=value lines the check reads back.
const char *kSmokeSource = R"CU(// gpu-setup verify: CUDA smoke test
#include <cstdio>
#include <cuda_runtime.h>

__global__ void add(const float *a, const float *b, float *c, int n)
{
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) c[i] = a[i] + b[i];
}

static int fail(const char *what, cudaError_t e)
{
    std::printf("error=%s: %s\n", what, cudaGetErrorString(e));
    return 2;
}

int main()
{
    int count = 0;
    cudaError_t e = cudaGetDeviceCount(&count);
    if (e != cudaSuccess) return fail("cudaGetDeviceCount", e);
    std::printf("devices=%d\n", count);
    if (count == 0) return 3;
    cudaDeviceProp p;
    if ((e = cudaGetDeviceProperties(&p, 0)) != cudaSuccess)
        return fail("cudaGetDeviceProperties", e);
    std::printf("device=%s\ncapability=%d.%d\n", p.name, p.major, p.minor);
    const int n = 1 << 20;
    static float a[1 << 20], b[1 << 20], c[1 << 20];
    for (int i = 0; i < n; ++i) { a[i] = float(i); b[i] = 2.0f * float(i); }
    float *da = nullptr, *db = nullptr, *dc = nullptr;
    const size_t bytes = n * sizeof(float);
    if ((e = cudaMalloc(&da, bytes)) != cudaSuccess) return fail("cudaMalloc", e);
    if ((e = cudaMalloc(&db, bytes)) != cudaSuccess) return fail("cudaMalloc", e);
    if ((e = cudaMalloc(&dc, bytes)) != cudaSuccess) return fail("cudaMalloc", e);
    cudaMemcpy(da, a, bytes, cudaMemcpyHostToDevice);
    cudaMemcpy(db, b, bytes, cudaMemcpyHostToDevice);
    add<<<(n + 255) / 256, 256>>>(da, db, dc, n);
    if ((e = cudaGetLastError()) != cudaSuccess) return fail("kernel launch", e);
    if ((e = cudaMemcpy(c, dc, bytes, cudaMemcpyDeviceToHost)) != cudaSuccess)
        return fail("cudaMemcpy", e);
    int wrong = 0;
    for (int i = 0; i < n; ++i)
        if (c[i] != 3.0f * float(i)) ++wrong;
    cudaFree(da);
    cudaFree(db);
    cudaFree(dc);
    std::printf("vector-add=%s\n", wrong == 0 ? "ok" : "wrong");
    return wrong == 0 ? 0 : 4;
}
)CU";

// Prints one JSON line: what this PyTorch is and whether it sees the GPU.
const char *kTorchInfoScript = R"PY(import json, sys
try:
    import torch
except Exception as e:
    print(json.dumps({"error": "import", "message": str(e)}))
    sys.exit(3)
r = {"torch": torch.__version__, "cuda": torch.version.cuda,
     "cudnn": torch.backends.cudnn.version() if torch.backends.cudnn.is_available() else None,
     "available": torch.cuda.is_available(), "count": 0, "device": None, "capability": None}
if r["available"]:
    r["count"] = torch.cuda.device_count()
    r["device"] = torch.cuda.get_device_name(0)
    r["capability"] = "%d.%d" % torch.cuda.get_device_capability(0)
print(json.dumps(r))
)PY";

// A 2048x2048 matmul (checked against the CPU on a few rows) and a small conv2d on the GPU,
// each timed after one warm-up run; prints one JSON line.
const char *kTorchMatmulScript = R"PY(import json, time, torch
d = torch.device("cuda")
torch.manual_seed(0)
a = torch.randn(2048, 2048, device=d)
b = torch.randn(2048, 2048, device=d)
c = a @ b
torch.cuda.synchronize()
t = time.perf_counter()
c = a @ b
torch.cuda.synchronize()
mm = (time.perf_counter() - t) * 1000.0
ref = a[:8].cpu() @ b.cpu()
ok = bool(torch.allclose(c[:8].cpu(), ref, rtol=1e-2, atol=1e-1))
x = torch.randn(16, 3, 224, 224, device=d)
conv = torch.nn.Conv2d(3, 64, kernel_size=3, padding=1).to(d)
with torch.no_grad():
    y = conv(x)
    torch.cuda.synchronize()
    t = time.perf_counter()
    y = conv(x)
    torch.cuda.synchronize()
cv = (time.perf_counter() - t) * 1000.0
ok = ok and tuple(y.shape) == (16, 64, 224, 224) and bool(torch.isfinite(y).all())
print(json.dumps({"matmul_ms": round(mm, 3), "conv_ms": round(cv, 3),
                  "tflops": round(2 * 2048 ** 3 / (mm / 1000.0) / 1e12, 2) if mm > 0 else None,
                  "ok": ok}))
)PY";

QString nowUtc()
{
    // SOURCE_DATE_EPOCH pins the clock for reproducible output (goldens), as elsewhere.
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    const QDateTime t =
        ok ? QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC) : QDateTime::currentDateTimeUtc();
    return t.toString(Qt::ISODate);
}

// The last lines of a text, so a long compiler log stays readable in the report.
QString tail(const QString &text, int maxLines = 25)
{
    QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    if (lines.size() > maxLines)
        lines = QStringList{QStringLiteral("…")} + lines.mid(lines.size() - maxLines);
    return lines.join(QLatin1Char('\n'));
}

QString commandDetails(const CommandResult &r)
{
    QStringList argv = r.argv;
    // Scripts passed with -c are long: show them once, indented, after the command.
    QString script;
    const int c = argv.indexOf(QStringLiteral("-c"));
    if (c >= 0 && c + 1 < argv.size() && argv[c + 1].contains(QLatin1Char('\n'))) {
        script = argv[c + 1];
        argv[c + 1] = QStringLiteral("<script below>");
    }
    QString d = QStringLiteral("$ ") + CommandOperation::quoted(argv) + QLatin1Char('\n');
    d += QStringLiteral("[%1]\n").arg(r.describe());
    if (!r.stdOut.trimmed().isEmpty()) d += tail(r.out()) + QLatin1Char('\n');
    if (!r.stdErr.trimmed().isEmpty())
        d += QStringLiteral("stderr:\n") + tail(r.err()) + QLatin1Char('\n');
    if (!script.isEmpty()) d += QStringLiteral("script:\n") + script.trimmed() + QLatin1Char('\n');
    return d;
}

QString firstLine(const CommandResult &r)
{
    for (const QByteArray &b : {r.stdErr, r.stdOut}) {
        const QString t = QString::fromUtf8(b).trimmed();
        if (!t.isEmpty()) return t.section(QLatin1Char('\n'), 0, 0).trimmed();
    }
    return QString();
}

QMap<QString, QString> keyValues(const QString &text)
{
    QMap<QString, QString> kv;
    for (const QString &l : text.split(QLatin1Char('\n'))) {
        const int eq = l.indexOf(QLatin1Char('='));
        if (eq > 0) kv.insert(l.left(eq).trimmed(), l.mid(eq + 1).trimmed());
    }
    return kv;
}

// The last line of stdout that parses as a JSON object.
std::optional<Json> jsonLine(const QByteArray &out)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QByteArray l = it->trimmed();
        if (!l.startsWith('{')) continue;
        Json j = Json::parse(l.toStdString(), nullptr, false);
        if (!j.is_discarded() && j.is_object()) return j;
    }
    return std::nullopt;
}

QString jsonString(const Json &j, const char *key)
{
    if (!j.contains(key) || j[key].is_null()) return QString();
    if (j[key].is_string()) return QString::fromStdString(j[key].get<std::string>());
    return QString::fromStdString(j[key].dump());
}

class Run
{
    Q_DECLARE_TR_FUNCTIONS(gpusetup::Verify)

public:
    Run(const Host &host, const VerifyOptions &o,
        const std::function<void(const VerifyCheck &)> &onCheck, const std::atomic_bool *cancel)
        : m_host(host), m_o(o), m_onCheck(onCheck), m_cancel(cancel)
    {
    }

    VerifyReport run()
    {
        m_report.startedAt = nowUtc();
        add(nvidiaSmi());
        add(nvcc());
        add(smoke());
        add(torchCuda());
        add(torchMatmul());
        return m_report;
    }

private:
    // One sentence for a command that did not exit 0, for checks that have nothing better to say.
    static QString whyFailed(const CommandResult &r)
    {
        switch (r.status) {
        case CommandResult::Status::NotInstalled:
            return tr("%1 is not installed or not on PATH.").arg(r.argv.value(0));
        case CommandResult::Status::TimedOut:
            return tr("%1 did not answer within %2 s and was stopped.")
                .arg(r.argv.value(0))
                .arg(qMax<qint64>(1, r.elapsedMs / 1000));
        case CommandResult::Status::Crashed:
            return tr("%1 crashed.").arg(r.argv.value(0));
        case CommandResult::Status::FailedToStart:
            return tr("%1 could not be started.").arg(r.argv.value(0));
        case CommandResult::Status::Exited:
            break;
        }
        const QString line = firstLine(r);
        return line.isEmpty()
                   ? tr("%1 failed with exit code %2.").arg(r.argv.value(0)).arg(r.exitCode)
                   : tr("%1 failed: %2").arg(r.argv.value(0), line);
    }

    bool cancelled() const { return m_cancel && m_cancel->load(); }

    VerifyCheck make(const char *id, const char *title) const
    {
        VerifyCheck c;
        c.id = QString::fromLatin1(id);
        c.title = tr(title);
        return c;
    }

    // Every check goes through here: a cancel turns the ones not yet run into "cancelled".
    template <typename F> VerifyCheck guarded(const char *id, const char *title, F body)
    {
        VerifyCheck c = make(id, title);
        if (cancelled()) {
            c.state = QStringLiteral("cancelled");
            c.summary = tr("Cancelled before it ran.");
            return c;
        }
        body(c);
        return c;
    }

    void skip(VerifyCheck &c, const QString &why)
    {
        c.state = QStringLiteral("skipped");
        c.summary = why;
    }

    CommandResult exec(VerifyCheck &c, const QStringList &argv)
    {
        const CommandResult r = m_host.run(argv, m_o.timeoutMs);
        c.elapsedMs += r.elapsedMs;
        c.details += commandDetails(r);
        return r;
    }

    void add(const VerifyCheck &c)
    {
        spdlog::info("verify {}: {} ({} ms) {}", c.id.toStdString(), c.state.toStdString(),
                     c.elapsedMs, c.summary.toStdString());
        m_report.checks << c;
        if (m_onCheck) m_onCheck(c);
    }

    const VerifyCheck *check(const char *id) const
    {
        for (const VerifyCheck &c : m_report.checks)
            if (c.id == QLatin1String(id)) return &c;
        return nullptr;
    }
    bool passed(const char *id) const
    {
        const VerifyCheck *c = check(id);
        return c && c->state == QLatin1String("pass");
    }

    VerifyCheck nvidiaSmi()
    {
        return guarded(
            "nvidia-smi", QT_TRANSLATE_NOOP("gpusetup::Verify", "NVIDIA driver (nvidia-smi)"),
            [&](VerifyCheck &c) {
                const CommandResult r = exec(c, verifySmiArgv());
                QStringList gpus;
                QString driver;
                for (const QString &l : r.out().split(QLatin1Char('\n'))) {
                    const QStringList f = l.split(QLatin1Char(','));
                    if (f.size() != 3) continue;
                    gpus << QStringLiteral("%1 (%2)").arg(f[0].trimmed(), f[2].trimmed());
                    driver = f[1].trimmed();
                }
                if (!r.ok() || gpus.isEmpty()) {
                    c.state = QStringLiteral("fail");
                    c.summary = r.ok() ? tr("nvidia-smi ran but listed no GPU.") : whyFailed(r);
                    return;
                }
                c.state = QStringLiteral("pass");
                c.summary = tr("%1, driver %2").arg(gpus.join(QStringLiteral(", ")), driver);
            });
    }

    VerifyCheck nvcc()
    {
        return guarded("nvcc", QT_TRANSLATE_NOOP("gpusetup::Verify", "CUDA compiler (nvcc)"),
                       [&](VerifyCheck &c) {
                           QString exe = m_o.nvcc.isEmpty() ? QStringLiteral("nvcc") : m_o.nvcc;
                           CommandResult r = exec(c, {exe, QStringLiteral("-V")});
                           QString note;
                           // Installed but not on PATH: the usual state right after the runfile.
                           const QString fallback = QStringLiteral("/usr/local/cuda/bin/nvcc");
                           if (m_o.nvcc.isEmpty() &&
                               r.status == CommandResult::Status::NotInstalled &&
                               m_host.isFile(fallback)) {
                               exe = fallback;
                               r = exec(c, {exe, QStringLiteral("-V")});
                               note = tr(" (not on PATH; found at %1)").arg(fallback);
                           }
                           const NvccVersion v = parseNvccVersion(r.out());
                           if (!r.ok() || v.release.isEmpty()) {
                               c.state = QStringLiteral("fail");
                               c.summary = r.ok() ? tr("nvcc -V printed no release line.")
                                           : r.status == CommandResult::Status::NotInstalled
                                               ? tr("No CUDA compiler (nvcc) was found.")
                                               : whyFailed(r);
                               return;
                           }
                           m_nvcc = exe;
                           c.state = QStringLiteral("pass");
                           c.summary = tr("CUDA %1 (nvcc %2)%3").arg(v.release, v.version, note);
                       });
    }

    VerifyCheck smoke()
    {
        return guarded(
            "cuda-smoke", QT_TRANSLATE_NOOP("gpusetup::Verify", "CUDA smoke program"),
            [&](VerifyCheck &c) {
                if (!passed("nvidia-smi"))
                    return skip(c, tr("Skipped: the NVIDIA driver does not answer."));
                if (m_nvcc.isEmpty()) return skip(c, tr("Skipped: no CUDA compiler (nvcc)."));
                // A snapshot answers from recorded commands at a fixed path; only the real
                // machine gets a file written.
                QString dir = m_o.workDir;
                std::unique_ptr<QTemporaryDir> tmp;
                if (dir.isEmpty() && m_host.isSnapshot()) dir = verifySnapshotWorkDir();
                if (dir.isEmpty()) {
                    tmp = std::make_unique<QTemporaryDir>(
                        QDir::tempPath() + QStringLiteral("/gpu-setup-verify-XXXXXX"));
                    if (!tmp->isValid()) {
                        c.state = QStringLiteral("fail");
                        c.summary = tr("Could not create a temporary folder for the program.");
                        return;
                    }
                    dir = tmp->path();
                }
                const QString source = dir + QStringLiteral("/smoke.cu");
                const QString binary = dir + QStringLiteral("/smoke");
                if (!m_host.isSnapshot()) {
                    QDir().mkpath(dir);
                    QFile f(source);
                    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                        f.write(kSmokeSource) < 0) {
                        c.state = QStringLiteral("fail");
                        c.summary = tr("Could not write %1.").arg(source);
                        return;
                    }
                }
                const CommandResult built = exec(c, {m_nvcc, QStringLiteral("-o"), binary, source});
                if (!built.ok()) {
                    c.state = QStringLiteral("fail");
                    c.summary =
                        tr("nvcc could not compile the smoke program: %1")
                            .arg(firstLine(built).isEmpty() ? whyFailed(built) : firstLine(built));
                    return;
                }
                if (cancelled()) {
                    c.state = QStringLiteral("cancelled");
                    c.summary = tr("Cancelled after compiling.");
                    return;
                }
                const CommandResult ran = exec(c, {binary});
                const auto kv = keyValues(ran.out());
                if (ran.ok() && kv.value(QStringLiteral("vector-add")) == QLatin1String("ok")) {
                    c.state = QStringLiteral("pass");
                    c.summary = tr("Compiled and ran on %1 (compute capability %2); the vector "
                                   "sum is correct.")
                                    .arg(kv.value(QStringLiteral("device")),
                                         kv.value(QStringLiteral("capability")));
                    return;
                }
                c.state = QStringLiteral("fail");
                if (kv.contains(QStringLiteral("error")))
                    c.summary = tr("The smoke program could not use the GPU: %1")
                                    .arg(kv.value(QStringLiteral("error")));
                else if (kv.value(QStringLiteral("devices")) == QLatin1String("0"))
                    c.summary = tr("The smoke program found no CUDA device.");
                else if (kv.value(QStringLiteral("vector-add")) == QLatin1String("wrong"))
                    c.summary = tr("The GPU computed a wrong vector sum.");
                else
                    c.summary = whyFailed(ran);
            });
    }

    VerifyCheck torchCuda()
    {
        return guarded(
            "torch-cuda", QT_TRANSLATE_NOOP("gpusetup::Verify", "PyTorch sees the GPU"),
            [&](VerifyCheck &c) {
                if (m_o.python.isEmpty())
                    return skip(c, tr("Skipped: no Python environment was chosen."));
                const CommandResult r = exec(c, verifyTorchInfoArgv(m_o.python));
                const auto j = jsonLine(r.stdOut);
                c.state = QStringLiteral("fail");
                if (r.status == CommandResult::Status::NotInstalled) {
                    c.summary = tr("There is no Python at %1.").arg(m_o.python);
                    return;
                }
                if (!j) {
                    c.summary = whyFailed(r);
                    return;
                }
                if (j->contains("error")) {
                    c.summary = tr("PyTorch is not installed in this environment (%1).")
                                    .arg(jsonString(*j, "message"));
                    return;
                }
                const QString torch = jsonString(*j, "torch");
                const QString cuda = jsonString(*j, "cuda");
                const QString cudnn = jsonString(*j, "cudnn");
                const bool available = j->value("available", false);
                if (!available) {
                    c.summary = cuda.isEmpty()
                                    ? tr("PyTorch %1 is a CPU-only build: it cannot use the GPU.")
                                          .arg(torch)
                                    : tr("PyTorch %1 (CUDA %2) reports torch.cuda.is_available() "
                                         "= False.")
                                          .arg(torch, cuda);
                    return;
                }
                c.state = QStringLiteral("pass");
                m_torchOk = true;
                c.summary = tr("PyTorch %1, CUDA %2, cuDNN %3 on %4")
                                .arg(torch, cuda, cudnn.isEmpty() ? tr("none") : cudnn,
                                     jsonString(*j, "device"));
            });
    }

    VerifyCheck torchMatmul()
    {
        return guarded(
            "torch-matmul",
            QT_TRANSLATE_NOOP("gpusetup::Verify", "Matrix multiply and convolution on the GPU"),
            [&](VerifyCheck &c) {
                if (!m_torchOk)
                    return skip(c, tr("Skipped: PyTorch cannot use the GPU (see above)."));
                const CommandResult r = exec(c, verifyTorchMatmulArgv(m_o.python));
                const auto j = jsonLine(r.stdOut);
                if (!r.ok() || !j) {
                    c.state = QStringLiteral("fail");
                    c.summary = whyFailed(r);
                    return;
                }
                if (!j->value("ok", false)) {
                    c.state = QStringLiteral("fail");
                    c.summary = tr("The GPU computed a wrong result.");
                    return;
                }
                c.state = QStringLiteral("pass");
                c.summary = tr("2048×2048 matmul %1 ms (%2 TFLOP/s), conv2d %3 ms")
                                .arg(jsonString(*j, "matmul_ms"), jsonString(*j, "tflops"),
                                     jsonString(*j, "conv_ms"));
            });
    }

    const Host &m_host;
    const VerifyOptions &m_o;
    const std::function<void(const VerifyCheck &)> &m_onCheck;
    const std::atomic_bool *m_cancel;
    VerifyReport m_report;
    QString m_nvcc;
    bool m_torchOk = false;
};

} // namespace

QStringList verifySmiArgv()
{
    return {QStringLiteral("nvidia-smi"),
            QStringLiteral("--query-gpu=name,driver_version,memory.total"),
            QStringLiteral("--format=csv,noheader")};
}

QStringList verifyTorchInfoArgv(const QString &python)
{
    return {python, QStringLiteral("-c"), QString::fromLatin1(kTorchInfoScript)};
}

QStringList verifyTorchMatmulArgv(const QString &python)
{
    return {python, QStringLiteral("-c"), QString::fromLatin1(kTorchMatmulScript)};
}

QByteArray verifySmokeSource()
{
    return QByteArray(kSmokeSource);
}

QString verifySnapshotWorkDir()
{
    return QStringLiteral("/tmp/gpu-setup-verify");
}

QStringList verifyCheckIds()
{
    return {QStringLiteral("nvidia-smi"), QStringLiteral("nvcc"), QStringLiteral("cuda-smoke"),
            QStringLiteral("torch-cuda"), QStringLiteral("torch-matmul")};
}

QString verifyPythonFor(const Plan &plan, const Facts &facts)
{
    const StagePlan *p = plan.stage(StageId::PythonEnv);
    if (!p) return QString();
    QString env = p->chosen.value(QStringLiteral("env"));
    if (env.isEmpty()) env = plan.choices.envName;
    const QString prefix = p->chosen.value(QStringLiteral("condaPrefix"));
    for (const CondaInstall &i : facts.conda.installs)
        for (const CondaEnv &e : i.envs)
            if (e.name == env && (prefix.isEmpty() || i.root == prefix || i.resolvedRoot == prefix))
                return e.prefix + QStringLiteral("/bin/python");
    for (const CondaInstall &i : facts.conda.installs)
        for (const CondaEnv &e : i.envs)
            if (e.name == env) return e.prefix + QStringLiteral("/bin/python");
    if (prefix.isEmpty()) return QString();
    return env == QLatin1String("base")
               ? prefix + QStringLiteral("/bin/python")
               : prefix + QStringLiteral("/envs/") + env + QStringLiteral("/bin/python");
}

VerifyExpectations verifyExpectations(const Plan &plan)
{
    VerifyExpectations e;
    if (const StagePlan *t = plan.stage(StageId::Toolkit))
        e.toolkit = t->status == StageStatus::Done || t->status == StageStatus::NeedsAction ||
                    t->status == StageStatus::Blocked;
    e.torch = plan.choices.framework == Framework::PyTorch;
    return e;
}

VerifyVerdict verifyVerdict(const VerifyReport &report, const VerifyExpectations &expect)
{
    VerifyVerdict v;
    for (const QString &id : verifyCheckIds()) {
        const bool toolkit = id == QLatin1String("nvcc") || id == QLatin1String("cuda-smoke");
        const bool torch = id.startsWith(QLatin1String("torch-"));
        if ((toolkit && !expect.toolkit) || (torch && !expect.torch)) {
            for (const VerifyCheck &c : report.checks)
                if (c.id == id && c.state != QLatin1String("skipped")) v.notRequired << id;
            continue;
        }
        v.required << id;
        const VerifyCheck *check = nullptr;
        for (const VerifyCheck &c : report.checks)
            if (c.id == id) check = &c;
        if (!check || check->state == QLatin1String("skipped") ||
            check->state == QLatin1String("cancelled"))
            v.missing << id;
        else if (check->state != QLatin1String("pass"))
            v.failed << id;
    }
    v.state = report.checks.isEmpty() ? QStringLiteral("not-run")
              : !v.failed.isEmpty()   ? QStringLiteral("fail")
              : !v.missing.isEmpty()  ? QStringLiteral("incomplete")
                                      : QStringLiteral("pass");
    return v;
}

VerifyReport runVerify(const Host &host, const VerifyOptions &options,
                       const std::function<void(const VerifyCheck &)> &onCheck,
                       const std::atomic_bool *cancel)
{
    return Run(host, options, onCheck, cancel).run();
}

} // namespace gpusetup
