#pragma once
// The setup report a student sends to a TA: one model built from Facts + Plan + Journal
// (+ the Verify results), whose schema-versioned JSON is the source of truth
// (docs/report-format.md); Markdown, HTML, text and PDF are renderings of that JSON alone, so a
// received report renders the same without the machine it came from.
#include "actions/Journal.h"
#include "advice/Plan.h"
#include "probe/Facts.h"
#include "verify/Verifier.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace gpusetup {

inline constexpr int kReportSchema = 1;
inline constexpr const char *kReportFormat = "gpu-setup-report";

// One thing wrong in a stage, and what to do about it.
struct ReportIssue
{
    QString severity;   // "error", "warning"
    QString text;       // translated sentence
    QString resolution; // translated; "" when nothing can be done here
    QString source;     // finding id ("driver.nouveau") or verify check ("verify.nvidia-smi")
    bool operator==(const ReportIssue &) const = default;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ReportIssue, severity, text, resolution, source)

// A wizard stage as the TA sees it. state: "pass", "fail", "not-needed", "not-run".
struct ReportStage
{
    QString id; // "gpu", "driver", "toolkit", "cudnn", "python-env", "verify"
    QString title;
    QString state;
    QString planStatus; // the advisor's status (done / needs-action / blocked / optional /
                        // skipped); "" for verify
    QString summary;
    bool blocking = false; // the first failing stage: where the student is stuck
    QList<ReportIssue> issues;
    bool operator==(const ReportStage &) const = default;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ReportStage, id, title, state, planStatus, summary, blocking,
                                   issues)

// Facts for people: one section per probe, sentences plus the evidence they were read from.
struct ReportSection
{
    QString id; // "machine", "os", "gpus", "boot", "driver", "cuda", "cudnn", "conda",
                // "python-envs", "environment", "shell", "disk"
    QString title;
    QString state; // the probe's fact state: found / absent / broken / unknown; "" when none
    QStringList lines;
    EvidenceList evidence;
    bool operator==(const ReportSection &) const = default;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ReportSection, id, title, state, lines, evidence)

struct SetupReport
{
    QString format = QString::fromLatin1(kReportFormat);
    int schema = kReportSchema;
    QString generator; // "gpu-setup 0.1.0"
    QString createdAt; // ISO 8601 UTC
    QString language;  // "en", "zh_CN": the language of the sentences inside
    bool redacted = true;
    QString overall;       // "pass", "fail", "incomplete" (nothing failed, verify not run)
    QString blockingStage; // id of the first failing stage, "" when none
    QString headline;      // one sentence for the very top
    QString resolution;    // what to do first ("" when nothing)
    // Once the plan's environment exists: "Open a new terminal, then run: conda activate dl".
    QString nextStep;
    QList<ReportStage> stages;
    QList<ReportSection> facts;
    std::optional<VerifyReport> verify;
    QList<JournalEntry> actions;
    QString log; // "" unless asked for
    Json data;   // {"facts": Facts, "plan": Plan}: the machine-readable originals
    bool operator==(const SetupReport &) const;
};
void to_json(Json &j, const SetupReport &r);
void from_json(const Json &j, SetupReport &r);

struct ReportInput
{
    Facts facts;
    std::optional<Plan> plan;
    QList<JournalEntry> journal;
    std::optional<VerifyReport> verify;
    QMap<QString, QString> environment; // PATH, LD_LIBRARY_PATH, CUDA_HOME, CONDA_PREFIX
    QString log;
    QString language = QStringLiteral("en");
    bool redact = true;
};

// The variables the report shows from the environment, in this order.
QStringList reportEnvironmentVariables();

SetupReport buildReport(const ReportInput &input);

// Replaces user name, host name, home folder, GPU UUIDs and serials everywhere in the report
// (values, never keys) by <user>, <host>, <home>, GPU-UUID-n, SERIAL-n, numbered consistently.
void redactReport(SetupReport &report, const Facts &facts);

QByteArray reportJson(const SetupReport &report);
// Reads a report file's bytes; nullopt and one sentence for something that is not a report,
// a damaged one, or one of a newer schema than this program reads.
std::optional<SetupReport> readReport(const QByteArray &bytes, QString *error);

QString reportMarkdown(const SetupReport &report);
// Self-contained (inline CSS, no scripts, no external resources). forPdf: the subset of HTML
// and CSS that QTextDocument renders.
QString reportHtml(const SetupReport &report, bool forPdf = false);
// Plain text for a terminal (`gpu-setup report --read FILE`).
QString reportText(const SetupReport &report);
// The top of reportText for a chat message to the TA: result, headline, what to do, one line
// per stage with its issues, the verification checks; no facts, no actions.
QString reportSummaryText(const SetupReport &report);
// 0 when overall passes, 1 otherwise (CLI exit code).
int reportExitCode(const SetupReport &report);

} // namespace gpusetup
