#pragma once
// The proof at the end: nvidia-smi answers, nvcc compiles and runs a CUDA smoke program, and
// the chosen Python env sees the GPU and multiplies matrices on it — each with pass/fail and
// a time. Runs through the Host seam (a snapshot answers from its recorded commands), blocking:
// the wizard calls it on a worker thread, the CLI directly.
#include "common/Json.h"
#include "host/Host.h"

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
