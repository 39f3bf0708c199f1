#pragma once
// conda installs (Miniconda, Anaconda, Miniforge) and their environments, with the Python and
// PyTorch each holds. conda is a slow Python program whose output changed across versions (some
// ignore --json), so the parsers accept both its JSON and its plain text.
#include "host/Host.h"
#include "probe/Fact.h"

namespace gpusetup {

struct CondaEnv
{
    QString name;   // "base", "dl"; "" for an env outside the envs dirs
    QString prefix; // "/home/student/miniconda3/envs/dl"
    bool active = false;
    bool base = false;
    QString pythonVersion; // "3.11.7" from conda-meta/python-3.11.7-*.json, "" when unknown
    QString torchVersion;  // "2.5.1+cu124" or "2.5.1", "" when torch is not installed
    QString torchCuda;     // "12.4"; "" for a CPU build or when unknown
    QString torchSource;   // the file torch was seen in
    bool operator==(const CondaEnv &) const = default;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(CondaEnv, name, prefix, active, base, pythonVersion,
                                   torchVersion, torchCuda, torchSource)

// What `conda info` says, from JSON or from the plain text.
struct CondaInfo
{
    bool parsed = false;
    bool fromJson = false;
    QString condaVersion;  // "24.5.0"
    QString pythonVersion; // "3.12.4"
    QString rootPrefix;    // "base environment" / root_prefix
    QString activePrefix;  // "" when none
    QString activeName;    // "active environment" in the plain form ("None" -> "")
    QStringList envsDirs;
    QStringList envs; // prefixes (JSON only)
    QStringList channels;
    QString platform;    // "linux-64"
    QString virtualCuda; // __cuda=12.5 -> "12.5": the driver's CUDA as conda sees it
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(CondaInfo, parsed, fromJson, condaVersion, pythonVersion,
                                   rootPrefix, activePrefix, activeName, envsDirs, envs, channels,
                                   platform, virtualCuda)

struct CondaInstall
{
    FactState state = FactState::Unknown; // broken: conda fails; unknown: it timed out
    QString root;                         // "/home/student/miniconda3"
    QString resolvedRoot;
    QStringList foundBy; // "~/miniconda3", "CONDA_EXE", ...
    QString flavour;     // "miniconda", "anaconda", "miniforge", "mambaforge", "unknown"
    QString flavourSource;
    QString condaExe; // <root>/bin/conda, "" when missing
    CondaInfo info;
    QString envListSource; // "conda env list --json", "conda env list (plain text)", "filesystem"
    QList<CondaEnv> envs;
    QStringList problems;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(CondaInstall, state, root, resolvedRoot, foundBy, flavour,
                                   flavourSource, condaExe, info, envListSource, envs, problems)

struct CondaFacts
{
    FactState state = FactState::Unknown; // absent: none; else the best install's state
    QList<CondaInstall> installs;
    QString condaPrefixEnv; // $CONDA_PREFIX: the env active in the shell that ran us
    QString condaExeEnv;    // $CONDA_EXE
    QString condarcPath;    // ~/.condarc when it exists
    // Its lines naming Anaconda's retired pkgs/free channel, "3: - https://.../pkgs/free/".
    QStringList condarcPkgsFree;
    EvidenceList evidence;
};
// With defaults: facts saved before condarcPath existed still read.
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(CondaFacts, state, installs, condaPrefixEnv,
                                                condaExeEnv, condarcPath, condarcPkgsFree, evidence)

// `conda info --json` or plain `conda info` (detected from the text).
CondaInfo parseCondaInfo(const QString &text);
// `conda env list --json` or the plain table (detected). Names come from the table, or for JSON
// from the prefix (envs/<name>; rootPrefix -> "base"). The root is not added when missing.
QList<CondaEnv> parseCondaEnvList(const QString &text, const QString &rootPrefix = QString());
// "python-3.11.7-h955ad1f_0.json" -> "3.11.7".
QString condaMetaPythonVersion(const QString &fileName);
// torch/version.py: __version__ and cuda.
void parseTorchVersionPy(const QString &text, QString *version, QString *cuda);
// "pytorch-2.5.1-py3.11_cuda12.4_cudnn9.1.0_0.json" -> "2.5.1", cuda "12.4"; "" if not pytorch.
QString condaMetaTorch(const QString &fileName, QString *cuda);

CondaFacts probeConda(const Host &host, int timeoutMs = Host::kDefaultTimeoutMs);
QStringList describeConda(const CondaFacts &f);

} // namespace gpusetup
