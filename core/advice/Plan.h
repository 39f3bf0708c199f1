#pragma once
// What the advisor decided for one machine: per stage a status, the findings that led there
// (each traceable to knowledge rows) and the exact steps that would run. Plain data with a
// JSON round trip, so the CLI, the wizard and the report all read the same thing.
#include "common/Json.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace gpusetup {

enum class StageId { Gpu, Driver, Toolkit, Cudnn, PythonEnv };
NLOHMANN_JSON_SERIALIZE_ENUM(StageId, {{StageId::Gpu, "gpu"},
                                       {StageId::Driver, "driver"},
                                       {StageId::Toolkit, "toolkit"},
                                       {StageId::Cudnn, "cudnn"},
                                       {StageId::PythonEnv, "python-env"}})

// done: nothing to do; needs-action: steps below would fix it; blocked: cannot proceed until
// something outside this stage changes (no GPU, a reboot); optional: not needed for the chosen
// framework but can be done on request; skipped: the user chose not to.
enum class StageStatus { Done, NeedsAction, Blocked, Optional, Skipped };
NLOHMANN_JSON_SERIALIZE_ENUM(StageStatus, {{StageStatus::Done, "done"},
                                           {StageStatus::NeedsAction, "needs-action"},
                                           {StageStatus::Blocked, "blocked"},
                                           {StageStatus::Optional, "optional"},
                                           {StageStatus::Skipped, "skipped"}})

enum class Severity { Info, Warning, Error };
NLOHMANN_JSON_SERIALIZE_ENUM(Severity, {{Severity::Info, "info"},
                                        {Severity::Warning, "warning"},
                                        {Severity::Error, "error"}})

struct Finding
{
    QString id; // stable: "driver.too-old-for-cuda", tests and the report key on it
    Severity severity = Severity::Info;
    QString text;            // translated, numbers filled in
    QString resolution;      // translated; empty when nothing is to be done
    QStringList refs;        // knowledge rows behind it: "cuda_driver.json releases 12.4.0"
    bool unverified = false; // rests on a knowledge row marked unverified
    bool operator==(const Finding &) const = default;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Finding, id, severity, text, resolution, refs, unverified)

// One concrete thing that would run: a command (argv, never a shell string), a download
// (url + sha256 + target) or a file edit. privileged steps go through the helper via pkexec.
struct Step
{
    QString id;          // "driver.install", "toolkit.download-runfile", ...
    QString kind;        // "command", "download", "edit", "manual"
    QString description; // translated
    QStringList argv;    // for commands
    bool privileged = false;
    QString url; // for downloads
    QString sha256;
    qint64 sizeBytes = -1;
    QString path;    // download target or edited file
    QString content; // for edits: the text that would be written
    bool operator==(const Step &) const = default;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Step, id, kind, description, argv, privileged, url, sha256,
                                   sizeBytes, path, content)

struct StagePlan
{
    StageId id = StageId::Gpu;
    StageStatus status = StageStatus::Blocked;
    QString summary; // translated, one line
    QList<Finding> findings;
    QList<Step> steps;
    // What was chosen, machine-readable: {"cuda": "12.4.1", "wheel": "cu124", "driver": "550"}.
    QMap<QString, QString> chosen;
    // Other acceptable choices the UI may offer (CUDA versions, cuDNN variants, ...).
    QStringList alternatives;
};

} // namespace gpusetup

namespace nlohmann {
template <> struct adl_serializer<QMap<QString, QString>>
{
    static void to_json(json &j, const QMap<QString, QString> &m)
    {
        j = json::object();
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            j[it.key().toStdString()] = it.value().toStdString();
    }
    static void from_json(const json &j, QMap<QString, QString> &m)
    {
        m.clear();
        for (auto it = j.begin(); it != j.end(); ++it)
            m.insert(QString::fromStdString(it.key()),
                     QString::fromStdString(it.value().get<std::string>()));
    }
};
} // namespace nlohmann

namespace gpusetup {

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(StagePlan, id, status, summary, findings, steps, chosen,
                                   alternatives)

enum class Framework { PyTorch, TensorFlow, None };
NLOHMANN_JSON_SERIALIZE_ENUM(Framework, {{Framework::PyTorch, "pytorch"},
                                         {Framework::TensorFlow, "tensorflow"},
                                         {Framework::None, "none"}})

enum class Want { Auto, Yes, No };
NLOHMANN_JSON_SERIALIZE_ENUM(Want, {{Want::Auto, "auto"}, {Want::Yes, "yes"}, {Want::No, "no"}})

struct Choices
{
    Framework framework = Framework::PyTorch;
    QString frameworkVersion; // "" = newest that fits
    QString python;           // "3.11"; "" = the newest the framework supports
    Want toolkit = Want::Auto;
    Want cudnn = Want::Auto;
    QString mirror = QStringLiteral("official");        // official / tuna / ustc / bfsu
    QString condaFlavour = QStringLiteral("miniforge"); // miniforge (no ToS) / miniconda
    QString condaPrefix;                                // "" = ~/miniforge3 or ~/miniconda3
    // The user agreed to Anaconda's Terms of Service (asked once by the wizard, or
    // --accept-conda-tos): the plan's python.tos-accept steps may then run.
    bool condaTosAccepted = false;
    QString toolkitPrefix; // "" = /usr/local/cuda-X.Y
    QString envName = QStringLiteral("dl");
    bool server = false; // ubuntu-drivers --gpgpu on headless servers
    // One of the stage's alternatives picked by the user ("" = the advisor's pick); ignored
    // when it does not fit (the advisor never plans an incompatible version).
    QString cudaVersion;
    QString cudnnVersion;
};
// By hand, not the macro: a choices object saved by an older version (no cudaVersion) must
// still read, every missing key taking its default.
void to_json(nlohmann::json &j, const Choices &c);
void from_json(const nlohmann::json &j, Choices &c);

struct Plan
{
    int schema = 1;
    QString knowledgeAsOf;
    Choices choices;
    QList<StagePlan> stages;
    const StagePlan *stage(StageId id) const
    {
        for (const StagePlan &s : stages)
            if (s.id == id) return &s;
        return nullptr;
    }
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Plan, schema, knowledgeAsOf, choices, stages)

} // namespace gpusetup
