#pragma once
// The proof at the end: nvidia-smi answers, nvcc compiles and runs a CUDA smoke program, and
// the chosen Python env sees the GPU and multiplies matrices on it — each with pass/fail and
// a time. Runs through the Host seam (a snapshot answers from its recorded commands), blocking:
// the wizard calls it on a worker thread, the CLI directly.
#include "advice/Plan.h"
#include "common/Json.h"
#include "host/Host.h"
#include "probe/Facts.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace gpusetup {

struct VerifyCheck
{
    QString id;    // "nvidia-smi", "nvcc", "cuda-smoke", "torch-cuda", "torch-matmul"
    QString title; // translated
    QString state; // "pass", "fail", "skipped" (a prerequisite is missing), "cancelled"
    qint64 elapsedMs = 0;
    QString summary; // translated one line: "NVIDIA GeForce RTX 3060, driver 535.183.01"
    QString details; // command line(s) and output tail, for the log and the report
    bool operator==(const VerifyCheck &) const = default;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(VerifyCheck, id, title, state, elapsedMs, summary, details)

struct VerifyReport
{
    int schema = 1;
    QString startedAt; // ISO 8601 UTC
    QList<VerifyCheck> checks;
    bool allPassed() const
    {
        for (const VerifyCheck &c : checks)
            if (c.state != QLatin1String("pass")) return false;
        return !checks.isEmpty();
    }
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(VerifyReport, schema, startedAt, checks)

// What "passed" means for the path the plan chose, decided in this one place: `gpu-setup
// verify` (its exit code), the wizard's Verify page and the report all use verifyVerdict.
struct VerifyExpectations
{
    // nvcc and the CUDA smoke program count only when the plan has a toolkit (planned, kept or
    // wanted); PyTorch's pip wheels bring their own CUDA runtime, so the pip path needs no nvcc.
    bool toolkit = true;
    // PyTorch sees the GPU and computes on it: counts when the framework is PyTorch.
    bool torch = true;
    bool operator==(const VerifyExpectations &) const = default;
};
// From the plan: toolkit when its stage is done, needs action or blocked (not optional or
// skipped); torch when the chosen framework is PyTorch. nvidia-smi always counts.
VerifyExpectations verifyExpectations(const Plan &plan);

struct VerifyVerdict
{
    // "pass": every check that counts passed; "fail": one of them failed; "incomplete": none
    // failed but one did not run (skipped, cancelled, missing); "not-run": no checks at all.
    QString state = QStringLiteral("not-run");
    QStringList required;    // the check ids that count, in the verifier's order
    QStringList failed;      // required checks that failed
    QStringList missing;     // required checks that did not run
    QStringList notRequired; // checks that ran but do not count on this path
    bool passed() const { return state == QLatin1String("pass"); }
    bool counts(const QString &checkId) const { return required.contains(checkId); }
};
VerifyVerdict verifyVerdict(const VerifyReport &report, const VerifyExpectations &expect);
// The ids of every check runVerify makes, in order.
QStringList verifyCheckIds();
// The python of the environment the plan chose (the env found on the machine, else where the
// plan creates it); "" when the plan has no Python environment stage.
QString verifyPythonFor(const Plan &plan, const Facts &facts);

struct VerifyOptions
{
    QString python;         // the env's python (…/envs/dl/bin/python); "" = skip the torch checks
    QString nvcc;           // "" = the toolkit the PATH / CUDA probe selects
    QString workDir;        // where the smoke program is written and built; "" = a temp dir
    int timeoutMs = 120000; // per check
};

// onCheck is called after each check (from the calling thread); cancel is polled between and
// during checks (a running command is stopped within a second).
VerifyReport runVerify(const Host &host, const VerifyOptions &options,
                       const std::function<void(const VerifyCheck &)> &onCheck = {},
                       const std::atomic_bool *cancel = nullptr);

// The exact commands the checks run, so that snapshots (tests, --host) can record them.
QStringList verifySmiArgv();
QStringList verifyTorchInfoArgv(const QString &python);
QStringList verifyTorchMatmulArgv(const QString &python);
// The CUDA source of the smoke program; the check writes it to <workDir>/smoke.cu, builds
// <workDir>/smoke with `nvcc -o <workDir>/smoke <workDir>/smoke.cu` and runs it.
QByteArray verifySmokeSource();
// Where the smoke program is built on a snapshot host (nothing is written there).
QString verifySnapshotWorkDir();

} // namespace gpusetup
