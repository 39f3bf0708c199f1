#include "report/Report.h"

#include "actions/CondaEnvs.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace gpusetup {

namespace {

// Every sentence of the report: one translation context for lupdate.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(gpusetup::Report)

public:
    static QString stageTitle(const QString &id)
    {
        if (id == QLatin1String("gpu")) return tr("GPU");
        if (id == QLatin1String("driver")) return tr("NVIDIA driver");
        if (id == QLatin1String("toolkit")) return tr("CUDA toolkit");
        if (id == QLatin1String("cudnn")) return tr("cuDNN");
        if (id == QLatin1String("python-env")) return tr("Python environment");
        if (id == QLatin1String("verify")) return tr("Verification");
        return id;
    }
    static QString stateName(const QString &state)
    {
        if (state == QLatin1String("pass")) return tr("PASS");
        if (state == QLatin1String("fail")) return tr("FAIL");
        if (state == QLatin1String("not-needed")) return tr("not needed");
        if (state == QLatin1String("not-run")) return tr("not run");
        if (state == QLatin1String("skipped")) return tr("skipped");
        if (state == QLatin1String("cancelled")) return tr("cancelled");
        return state;
    }
    static QString sectionTitle(const QString &id)
    {
        if (id == QLatin1String("machine")) return tr("Machine");
        if (id == QLatin1String("os")) return tr("Operating system");
        if (id == QLatin1String("gpus")) return tr("GPUs (PCI)");
        if (id == QLatin1String("boot")) return tr("Secure Boot and reboot");
        if (id == QLatin1String("driver")) return tr("NVIDIA driver");
        if (id == QLatin1String("cuda")) return tr("CUDA toolkits");
        if (id == QLatin1String("cudnn")) return tr("cuDNN");
        if (id == QLatin1String("conda")) return tr("conda");
        if (id == QLatin1String("python-envs")) return tr("Python environments");
        if (id == QLatin1String("environment")) return tr("PATH and library path");
        if (id == QLatin1String("shell")) return tr("Shell profiles");
        if (id == QLatin1String("disk")) return tr("Disk and compiler");
        return id;
    }
    static QString verifyResolution(const QString &checkId)
    {
        if (checkId == QLatin1String("nvidia-smi"))
            return tr("Install or repair the NVIDIA driver (the Driver stage), reboot, and run "
                      "the verification again.");
        if (checkId == QLatin1String("nvcc"))
            return tr("Install the CUDA toolkit (the CUDA stage), or put its bin folder on PATH "
                      "in a new terminal.");
        if (checkId == QLatin1String("cuda-smoke"))
            return tr("Make sure the toolkit's CUDA version is one the driver supports (nvidia-smi "
                      "shows the highest), then run the verification again.");
        if (checkId == QLatin1String("torch-cuda"))
            return tr("Install the CUDA build of PyTorch that the plan names into this environment "
                      "(the Python stage).");
        if (checkId == QLatin1String("torch-matmul"))
            return tr("Reboot and run the verification again; if it still fails, send this report "
                      "to your TA.");
        return QString();
    }
};

QString nowUtc()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    const QDateTime t =
        ok ? QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC) : QDateTime::currentDateTimeUtc();
    return t.toString(Qt::ISODate);
}

QString stateOf(StageStatus s)
{
    switch (s) {
    case StageStatus::Done:
        return QStringLiteral("pass");
    case StageStatus::NeedsAction:
    case StageStatus::Blocked:
        return QStringLiteral("fail");
    case StageStatus::Optional:
    case StageStatus::Skipped:
        break;
    }
    return QStringLiteral("not-needed");
}

QString jsonName(const Json &j)
{
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
}

ReportStage stageFromPlan(const StagePlan &sp)
{
    ReportStage st;
    st.id = jsonName(Json(sp.id));
    st.title = Text::stageTitle(st.id);
    st.planStatus = jsonName(Json(sp.status));
    st.state = stateOf(sp.status);
    st.summary = sp.summary;
    const bool failing = st.state == QLatin1String("fail");
    for (const Finding &f : sp.findings)
        if (f.severity == Severity::Error)
            st.issues << ReportIssue{QStringLiteral("error"), f.text, f.resolution, f.id};
    if (failing && st.issues.isEmpty()) {
        // Nothing is wrong as such: the stage is simply not done yet. Its steps are the fix.
        QStringList steps;
        for (const Step &s : sp.steps)
            if (!steps.contains(s.description)) steps << s.description;
        QString resolution;
        for (const Finding &f : sp.findings)
            if (resolution.isEmpty() && !f.resolution.isEmpty() && steps.isEmpty())
                resolution = f.resolution;
        if (!steps.isEmpty())
            resolution =
                Text::tr("Run the %1 stage in gpu-setup; it will: %2")
                    .arg(st.title, QStringLiteral("\n• ") + steps.join(QStringLiteral("\n• ")));
        st.issues << ReportIssue{QStringLiteral("error"), sp.summary, resolution,
                                 st.id + QStringLiteral(".not-done")};
    }
    for (const Finding &f : sp.findings)
        if (f.severity == Severity::Warning)
            st.issues << ReportIssue{QStringLiteral("warning"), f.text, f.resolution, f.id};
    return st;
}

// The verification as a stage, judged by verifyVerdict: the same "passed" as `gpu-setup verify`
// and the wizard's Verify page. A check that does not count on the plan's path (nvcc without a
// toolkit) is shown as a warning, never as a failure.
ReportStage verifyStage(const std::optional<VerifyReport> &v, const VerifyExpectations &expect)
{
    ReportStage st;
    st.id = QStringLiteral("verify");
    st.title = Text::stageTitle(st.id);
    if (!v || v->checks.isEmpty()) {
        st.state = QStringLiteral("not-run");
        st.summary = Text::tr("The verification was not run (gpu-setup report --verify runs it).");
        return st;
    }
    const VerifyVerdict verdict = verifyVerdict(*v, expect);
    int passed = 0;
    for (const VerifyCheck &c : v->checks) {
        if (c.state == QLatin1String("pass")) ++passed;
        const bool counts = verdict.counts(c.id);
        if (counts && verdict.missing.contains(c.id)) {
            st.issues << ReportIssue{QStringLiteral("warning"),
                                     c.title + QStringLiteral(": ") + c.summary,
                                     Text::tr("This check counts on your plan: run the "
                                              "verification again once it can run."),
                                     QStringLiteral("verify.") + c.id};
            continue;
        }
        if (c.state != QLatin1String("fail")) continue;
        st.issues << ReportIssue{
            counts ? QStringLiteral("error") : QStringLiteral("warning"),
            c.title + QStringLiteral(": ") + c.summary +
                (counts ? QString()
                        : QStringLiteral(" ") + Text::tr("(not needed on the path your plan "
                                                         "chose)")),
            counts ? Text::verifyResolution(c.id) : QString(), QStringLiteral("verify.") + c.id};
    }
    std::stable_sort(st.issues.begin(), st.issues.end(), [](const auto &a, const auto &b) {
        return a.severity == QLatin1String("error") && b.severity != QLatin1String("error");
    });
    st.state = verdict.state == QLatin1String("pass")   ? QStringLiteral("pass")
               : verdict.state == QLatin1String("fail") ? QStringLiteral("fail")
                                                        : QStringLiteral("not-run");
    st.summary = Text::tr("%1 of %2 checks passed.").arg(passed).arg(v->checks.size());
    if (verdict.state == QLatin1String("incomplete"))
        st.summary += QLatin1Char(' ') + Text::tr("Not verified yet: %1 did not run.")
                                             .arg(verdict.missing.join(QStringLiteral(", ")));
    return st;
}

void addSection(SetupReport &r, const char *id, FactState state, const QStringList &lines,
                const EvidenceList &evidence)
{
    ReportSection s;
    s.id = QString::fromLatin1(id);
    s.title = Text::sectionTitle(s.id);
    s.state = factStateName(state);
    s.lines = lines;
    s.evidence = evidence;
    r.facts << s;
}

QList<ReportSection> factSections(const ReportInput &in)
{
    SetupReport r;
    const Facts &f = in.facts;
    addSection(r, "machine", f.machine.state, describeMachine(f.machine), f.machine.evidence);
    addSection(r, "os", f.os.state, describeOs(f.os), f.os.evidence);
    addSection(r, "gpus", f.gpus.state, describeGpus(f.gpus), gpuEvidence(f.gpus));
    addSection(r, "driver", f.driver.state, describeDriver(f.driver), f.driver.evidence);
    addSection(r, "cuda", f.cuda.state, describeCuda(f.cuda), f.cuda.evidence);
    addSection(r, "cudnn", f.cudnn.state, describeCudnn(f.cudnn), f.cudnn.evidence);
    addSection(r, "conda", f.conda.state, describeConda(f.conda), f.conda.evidence);
    // The environments as each reports itself: Python, PyTorch and the CUDA it was built for.
    QStringList envs;
    EvidenceList envEvidence;
    for (const CondaInstall &ci : f.conda.installs)
        for (const CondaEnv &e : ci.envs) {
            QStringList parts;
            parts << (e.pythonVersion.isEmpty() ? Text::tr("Python unknown")
                                                : QStringLiteral("Python %1").arg(e.pythonVersion));
            if (e.torchVersion.isEmpty())
                parts << Text::tr("no PyTorch");
            else
                parts << (e.torchCuda.isEmpty()
                              ? Text::tr("PyTorch %1 (CPU only)").arg(e.torchVersion)
                              : Text::tr("PyTorch %1 (CUDA %2)").arg(e.torchVersion, e.torchCuda));
            envs << QStringLiteral("%1%2 (%3): %4")
                        .arg(e.name.isEmpty() ? e.prefix : e.name,
                             e.active ? Text::tr(", active") : QString(), e.prefix,
                             parts.join(QStringLiteral(", ")));
            if (!e.torchSource.isEmpty()) envEvidence << Evidence{e.torchSource, e.torchVersion};
        }
    if (in.verify)
        for (const VerifyCheck &c : in.verify->checks)
            if (c.id == QLatin1String("torch-cuda") && c.state == QLatin1String("pass"))
                envs << Text::tr("The verified environment reports: %1").arg(c.summary);
    addSection(r, "python-envs", envs.isEmpty() ? FactState::Absent : FactState::Found,
               envs.isEmpty() ? QStringList{Text::tr("No Python environment found.")} : envs,
               envEvidence);
    QStringList envLines;
    EvidenceList envVarEvidence;
    for (const QString &name : reportEnvironmentVariables()) {
        const QString v = in.environment.value(name);
        envLines << QStringLiteral("%1=%2").arg(name, v.isEmpty() ? Text::tr("(not set)") : v);
        envVarEvidence << Evidence{QStringLiteral("env ") + name, v};
    }
    if (!f.cuda.pathNvcc.isEmpty()) envLines << Text::tr("nvcc on PATH: %1").arg(f.cuda.pathNvcc);
    if (!f.cuda.ldLibraryPathEntry.isEmpty())
        envLines
            << Text::tr("LD_LIBRARY_PATH finds libcudart in %1").arg(f.cuda.ldLibraryPathEntry);
    addSection(r, "environment", FactState::Found, envLines, envVarEvidence);
    addSection(r, "boot", f.boot.state, describeBoot(f.boot), f.boot.evidence);
    addSection(r, "shell", f.shell.state, describeShell(f.shell), f.shell.evidence);
    addSection(r, "disk", f.disk.state, describeDisk(f.disk), f.disk.evidence);
    return r.facts;
}

// ---- redaction ----

class Redactor
{
public:
    explicit Redactor(const Facts &f)
    {
        const QString home = cleanMachinePath(f.machine.home);
        if (home.size() > 1) m_home = home;
        // "root" and stock host names identify nobody, and replacing them would garble
        // ordinary words ("the root of", "ubuntu-drivers").
        static const QStringList common{QStringLiteral("root"), QStringLiteral("localhost"),
                                        QStringLiteral("ubuntu"), QStringLiteral("debian")};
        auto word = [&](const QString &name, const QString &placeholder) {
            if (name.size() < 2 || common.contains(name.toLower())) return;
            m_words << qMakePair(QRegularExpression(QStringLiteral("(?<![A-Za-z0-9_])") +
                                                    QRegularExpression::escape(name) +
                                                    QStringLiteral("(?![A-Za-z0-9_])")),
                                 placeholder);
        };
        // The longer first, so "dl-desktop" goes before a user named "dl".
        if (f.machine.hostName.size() >= f.machine.user.size()) {
            word(f.machine.hostName, QStringLiteral("<host>"));
            word(f.machine.user, QStringLiteral("<user>"));
        } else {
            word(f.machine.user, QStringLiteral("<user>"));
            word(f.machine.hostName, QStringLiteral("<host>"));
        }
        for (const DriverGpu &g : f.driver.gpus) {
            uuid(g.uuid);
            const QString s = g.serial.trimmed();
            if (s.size() >= 4 && !s.startsWith(QLatin1Char('[')) && s != QLatin1String("N/A") &&
                !m_serials.contains(s))
                m_serials.insert(s, QStringLiteral("SERIAL-%1").arg(m_serials.size() + 1));
        }
    }

    QString apply(QString s)
    {
        if (!m_home.isEmpty()) {
            const QRegularExpression re(QRegularExpression::escape(m_home) +
                                        QStringLiteral("(?![A-Za-z0-9_.-])"));
            s.replace(re, QStringLiteral("<home>"));
        }
        for (const auto &w : m_words)
            s.replace(w.first, w.second);
        static const QRegularExpression uuidRe(
            QStringLiteral("\\b(GPU|MIG)-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                           "[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b"));
        QString out;
        qsizetype last = 0;
        for (auto it = uuidRe.globalMatch(s); it.hasNext();) {
            const auto m = it.next();
            out += s.mid(last, m.capturedStart() - last) + uuid(m.captured(0));
            last = m.capturedEnd();
        }
        if (last > 0) s = out + s.mid(last);
        for (auto it = m_serials.cbegin(); it != m_serials.cend(); ++it) {
            const QRegularExpression re(QStringLiteral("(?<![A-Za-z0-9])") +
                                        QRegularExpression::escape(it.key()) +
                                        QStringLiteral("(?![A-Za-z0-9])"));
            s.replace(re, it.value());
        }
        return s;
    }

    void walk(Json &j)
    {
        if (j.is_string()) {
            const QString s = QString::fromStdString(j.get<std::string>());
            const QString r = apply(s);
            if (r != s) j = r.toStdString();
        } else if (j.is_array() || j.is_object()) {
            for (auto &v : j)
                walk(v);
        }
    }

private:
    QString uuid(const QString &u)
    {
        if (u.isEmpty()) return u;
        auto it = m_uuids.constFind(u);
        if (it != m_uuids.cend()) return *it;
        const bool mig = u.startsWith(QLatin1String("MIG-"));
        int n = 1;
        for (const QString &v : m_uuids)
            if (v.startsWith(mig ? QLatin1String("MIG") : QLatin1String("GPU"))) ++n;
        const QString p = QStringLiteral("%1-UUID-%2")
                              .arg(mig ? QStringLiteral("MIG") : QStringLiteral("GPU"))
                              .arg(n);
        m_uuids.insert(u, p);
        return p;
    }

    QString m_home;
    QList<QPair<QRegularExpression, QString>> m_words;
    QMap<QString, QString> m_uuids;
    QMap<QString, QString> m_serials;
};

QString stageLine(const ReportStage &s, int n)
{
    return QStringLiteral("%1. %2").arg(n).arg(s.title);
}

const ReportStage *blocking(const SetupReport &r)
{
    for (const ReportStage &s : r.stages)
        if (s.blocking) return &s;
    return nullptr;
}

QString statusLine(const SetupReport &r)
{
    if (r.overall == QLatin1String("pass")) return Text::tr("Result: PASS");
    if (r.overall == QLatin1String("incomplete")) return Text::tr("Result: NOT VERIFIED");
    const ReportStage *b = blocking(r);
    return Text::tr("Result: FAIL, stuck at stage %1").arg(b ? b->title : QStringLiteral("?"));
}

QString metaLine(const SetupReport &r)
{
    return Text::tr("Created %1 by %2; %3.")
        .arg(r.createdAt, r.generator,
             r.redacted ? Text::tr("user name, host name, home folder and GPU serials/UUIDs "
                                   "replaced by placeholders")
                        : Text::tr("not redacted"));
}

// ---- Markdown ----

QString mdCell(QString s)
{
    s.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    s.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return s.trimmed();
}

QString fence(const QString &text)
{
    QString f = QStringLiteral("```");
    while (text.contains(f))
        f += QLatin1Char('`');
    return f + QStringLiteral("text\n") + text.trimmed() + QLatin1Char('\n') + f +
           QLatin1Char('\n');
}

// ---- HTML ----

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString stateClass(const QString &state)
{
    if (state == QLatin1String("pass")) return QStringLiteral("pass");
    if (state == QLatin1String("fail")) return QStringLiteral("fail");
    return QStringLiteral("other");
}

QString stateColor(const QString &state)
{
    if (state == QLatin1String("pass")) return QStringLiteral("#1a7f37");
    if (state == QLatin1String("fail")) return QStringLiteral("#cf222e");
    return QStringLiteral("#6e7781");
}

} // namespace

bool SetupReport::operator==(const SetupReport &o) const
{
    Json a, b;
    to_json(a, *this);
    to_json(b, o);
    return a == b;
}

void to_json(Json &j, const SetupReport &r)
{
    j = Json{{"format", r.format},
             {"schema", r.schema},
             {"generator", r.generator},
             {"createdAt", r.createdAt},
             {"language", r.language},
             {"redacted", r.redacted},
             {"overall", r.overall},
             {"blockingStage", r.blockingStage},
             {"headline", r.headline},
             {"resolution", r.resolution},
             {"nextStep", r.nextStep},
             {"stages", r.stages},
             {"facts", r.facts},
             {"verify", r.verify ? Json(*r.verify) : Json()},
             {"actions", r.actions},
             {"log", r.log},
             {"data", r.data}};
}

void from_json(const Json &j, SetupReport &r)
{
    j.at("format").get_to(r.format);
    j.at("schema").get_to(r.schema);
    j.at("generator").get_to(r.generator);
    j.at("createdAt").get_to(r.createdAt);
    j.at("language").get_to(r.language);
    j.at("redacted").get_to(r.redacted);
    j.at("overall").get_to(r.overall);
    j.at("blockingStage").get_to(r.blockingStage);
    j.at("headline").get_to(r.headline);
    j.at("resolution").get_to(r.resolution);
    r.nextStep = QString::fromStdString(j.value("nextStep", std::string())); // older reports
    j.at("stages").get_to(r.stages);
    j.at("facts").get_to(r.facts);
    r.verify.reset();
    if (!j.at("verify").is_null()) r.verify = j.at("verify").get<VerifyReport>();
    j.at("actions").get_to(r.actions);
    r.log = QString::fromStdString(j.value("log", std::string()));
    r.data = j.value("data", Json::object());
}

QStringList reportEnvironmentVariables()
{
    return {QStringLiteral("PATH"), QStringLiteral("LD_LIBRARY_PATH"), QStringLiteral("CUDA_HOME"),
            QStringLiteral("CONDA_PREFIX")};
}

SetupReport buildReport(const ReportInput &in)
{
    SetupReport r;
    r.generator = QStringLiteral("gpu-setup " GPUSETUP_VERSION);
    r.createdAt = nowUtc();
    r.language = in.language;
    r.redacted = in.redact;
    if (in.plan)
        for (const StagePlan &sp : in.plan->stages)
            r.stages << stageFromPlan(sp);
    r.stages << verifyStage(in.verify,
                            in.plan ? verifyExpectations(*in.plan) : VerifyExpectations{});
    for (ReportStage &s : r.stages)
        if (s.state == QLatin1String("fail")) {
            s.blocking = true;
            r.blockingStage = s.id;
            break;
        }
    bool verified = false;
    for (const ReportStage &s : r.stages)
        if (s.id == QLatin1String("verify")) verified = s.state == QLatin1String("pass");
    if (const ReportStage *b = blocking(r)) {
        r.overall = QStringLiteral("fail");
        const ReportIssue first = b->issues.value(0);
        r.headline = Text::tr("Stuck at %1: %2")
                         .arg(b->title, first.text.isEmpty() ? b->summary : first.text);
        r.resolution = first.resolution;
    } else if (verified) {
        r.overall = QStringLiteral("pass");
        r.headline = Text::tr("Every stage passes and the GPU was verified: this machine is "
                              "ready for deep learning.");
    } else {
        r.overall = QStringLiteral("incomplete");
        r.headline = Text::tr("Nothing failed, but the GPU was not verified yet.");
        r.resolution = Text::tr("Run the verification (gpu-setup report --verify, or the Verify "
                                "page of the wizard).");
    }
    // How to use what was made (the same sentence as the wizard's Python page and the CLI).
    if (in.plan) {
        const QString env = CondaEnvs::plannedEnv(*in.plan);
        if (CondaEnvs::envExists(in.facts, env)) r.nextStep = CondaEnvs::activateInstruction(env);
    }
    r.facts = factSections(in);
    r.verify = in.verify;
    r.actions = in.journal;
    r.log = in.log;
    r.data = Json{{"facts", in.facts}, {"plan", in.plan ? Json(*in.plan) : Json()}};
    if (in.redact) redactReport(r, in.facts);
    return r;
}

void redactReport(SetupReport &report, const Facts &facts)
{
    Redactor redactor(facts);
    Json j = report;
    redactor.walk(j);
    report = j.get<SetupReport>();
    report.redacted = true;
}

QByteArray reportJson(const SetupReport &report)
{
    return QByteArray::fromStdString(Json(report).dump(2) + "\n");
}

std::optional<SetupReport> readReport(const QByteArray &bytes, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error) *error = why;
        return std::nullopt;
    };
    const Json j = Json::parse(bytes.toStdString(), nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("format") || j["format"] != kReportFormat)
        return fail(Text::tr("This file is not a gpu-setup report."));
    if (!j.contains("schema") || !j["schema"].is_number_integer())
        return fail(Text::tr("This gpu-setup report has no schema version; it is damaged."));
    const int schema = j["schema"].get<int>();
    if (schema > kReportSchema)
        return fail(Text::tr("This report was written by a newer gpu-setup (report schema %1; "
                             "this one reads up to %2): update gpu-setup to read it.")
                        .arg(schema)
                        .arg(kReportSchema));
    try {
        return j.get<SetupReport>();
    } catch (const std::exception &e) {
        return fail(
            Text::tr("This gpu-setup report is damaged (%1).").arg(QString::fromUtf8(e.what())));
    }
}

int reportExitCode(const SetupReport &report)
{
    return report.overall == QLatin1String("pass") ? 0 : 1;
}

QString reportMarkdown(const SetupReport &r)
{
    QString md;
    md += QStringLiteral("# ") + Text::tr("GPU setup report") + QStringLiteral("\n\n");
    md += QStringLiteral("**") + statusLine(r) + QStringLiteral("**\n\n");
    md += QStringLiteral("> ") + mdCell(r.headline) + QStringLiteral("\n");
    if (!r.resolution.isEmpty())
        md += QStringLiteral(">\n> **") + Text::tr("What to do:") + QStringLiteral("** ") +
              mdCell(r.resolution) + QStringLiteral("\n");
    if (!r.nextStep.isEmpty())
        md += QStringLiteral(">\n> **") + Text::tr("Next:") + QStringLiteral("** ") +
              mdCell(r.nextStep) + QStringLiteral("\n");
    md += QStringLiteral("\n") + metaLine(r) + QStringLiteral("\n\n");

    md += QStringLiteral("## ") + Text::tr("Summary") + QStringLiteral("\n\n");
    md += QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---|---|---|\n")
              .arg(Text::tr("Stage"), Text::tr("Result"), Text::tr("Problem"),
                   Text::tr("Resolution"));
    int n = 0;
    for (const ReportStage &s : r.stages) {
        ++n;
        QString result = Text::stateName(s.state);
        if (s.state == QLatin1String("fail")) result = QStringLiteral("**%1**").arg(result);
        if (s.blocking) result += QStringLiteral(" ") + Text::tr("(blocks)");
        QStringList problems, fixes;
        for (const ReportIssue &i : s.issues) {
            problems << i.text;
            fixes << i.resolution;
        }
        if (problems.isEmpty()) problems << s.summary;
        md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                  .arg(mdCell(stageLine(s, n)), result, mdCell(problems.join(QLatin1Char('\n'))),
                       mdCell(fixes.join(QLatin1Char('\n'))));
    }
    md += QStringLiteral("\n");

    md += QStringLiteral("## ") + Text::tr("Verification") + QStringLiteral("\n\n");
    if (!r.verify) {
        md += Text::tr("The verification was not run (gpu-setup report --verify runs it).") +
              QStringLiteral("\n\n");
    } else {
        md +=
            QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---|---|---|\n")
                .arg(Text::tr("Check"), Text::tr("Result"), Text::tr("Time"), Text::tr("Details"));
        for (const VerifyCheck &c : r.verify->checks)
            md += QStringLiteral("| %1 | %2 | %3 ms | %4 |\n")
                      .arg(mdCell(c.title), Text::stateName(c.state))
                      .arg(c.elapsedMs)
                      .arg(mdCell(c.summary));
        md += QStringLiteral("\n");
        for (const VerifyCheck &c : r.verify->checks)
            if (!c.details.isEmpty())
                md += QStringLiteral("### %1\n\n").arg(c.title) + fence(c.details) +
                      QStringLiteral("\n");
    }

    md += QStringLiteral("## ") + Text::tr("Facts") + QStringLiteral("\n\n");
    for (const ReportSection &s : r.facts) {
        md += QStringLiteral("### %1 (%2)\n\n").arg(s.title, s.state);
        for (const QString &l : s.lines)
            md += QStringLiteral("- ") + mdCell(l) + QStringLiteral("\n");
        if (!s.evidence.isEmpty()) {
            md += QStringLiteral("\n") + Text::tr("Evidence:") + QStringLiteral("\n\n");
            for (const Evidence &e : s.evidence)
                md += QStringLiteral("- `%1`: %2\n").arg(e.source, mdCell(e.detail));
        }
        md += QStringLiteral("\n");
    }

    md += QStringLiteral("## ") + Text::tr("Actions taken") + QStringLiteral("\n\n");
    if (r.actions.isEmpty()) md += Text::tr("gpu-setup has not changed this machine.") + "\n\n";
    for (const JournalEntry &e : r.actions) {
        md += QStringLiteral("- %1 **%2**: %3 (%4 ms)%5\n")
                  .arg(e.startedAt, mdCell(e.title), e.outcome)
                  .arg(e.elapsedMs)
                  .arg(e.message.isEmpty() ? QString() : QStringLiteral(" — ") + mdCell(e.message));
        for (const QString &c : e.commands)
            md += QStringLiteral("  - `%1`\n").arg(c);
        for (const JournalChange &c : e.changes)
            md += QStringLiteral("  - %1 `%2`%3\n")
                      .arg(c.kind, c.path,
                           c.backup.isEmpty()
                               ? QString()
                               : QStringLiteral(" (") + Text::tr("backup") + QStringLiteral(" `") +
                                     c.backup + QStringLiteral("`)"));
    }
    md += QStringLiteral("\n");
    if (!r.log.isEmpty())
        md += QStringLiteral("## ") + Text::tr("Log") + QStringLiteral("\n\n") + fence(r.log) +
              QStringLiteral("\n");
    return md;
}

QString reportHtml(const SetupReport &r, bool forPdf)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">")
             .arg(esc(QString(r.language).replace(QLatin1Char('_'), QLatin1Char('-'))));
    h += QStringLiteral("<title>%1</title>\n").arg(esc(Text::tr("GPU setup report")));
    h += QStringLiteral("<style>\n");
    // The PDF takes its fonts from the document (a family list with CJK fallbacks).
    if (!forPdf)
        h += QStringLiteral("body{font-family:sans-serif,'Noto Sans CJK SC','Noto Sans SC',"
                            "'WenQuanYi Micro Hei','Droid Sans Fallback';max-width:60em;"
                            "margin:1em auto;color:#1f2328}\n");
    h += QStringLiteral(
        "table{border-collapse:collapse;width:100%}\n"
        "td,th{border:1px solid #d0d7de;padding:4px 6px;vertical-align:top;text-align:left}\n"
        "th{background:#f6f8fa}\n"
        ".pass{color:#1a7f37;font-weight:bold}.fail{color:#cf222e;font-weight:bold}"
        ".other{color:#6e7781}\n"
        ".top{border:2px solid #cf222e;padding:8px 12px;margin:1em 0}\n"
        ".top.pass{border-color:#1a7f37}.top.other{border-color:#6e7781}\n"
        "pre{background:#f6f8fa;padding:6px;white-space:pre-wrap;font-size:85%}\n"
        ".ev{color:#57606a;font-size:90%}\n"
        "</style></head><body>\n");
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(Text::tr("GPU setup report")));
    const QString cls = r.overall == QLatin1String("pass")   ? QStringLiteral("pass")
                        : r.overall == QLatin1String("fail") ? QStringLiteral("fail")
                                                             : QStringLiteral("other");
    if (forPdf)
        h += QStringLiteral("<table cellpadding=\"8\" border=\"1\" style=\"border-color:%1\">"
                            "<tr><td>")
                 .arg(stateColor(r.overall));
    else
        h += QStringLiteral("<div class=\"top %1\">").arg(cls);
    h += QStringLiteral("<p><span class=\"%1\" style=\"color:%2\"><b>%3</b></span></p>\n")
             .arg(cls, stateColor(r.overall), esc(statusLine(r)));
    h += QStringLiteral("<p>%1</p>\n").arg(esc(r.headline));
    if (!r.resolution.isEmpty())
        h += QStringLiteral("<p><b>%1</b> %2</p>\n")
                 .arg(esc(Text::tr("What to do:")), esc(r.resolution));
    if (!r.nextStep.isEmpty())
        h += QStringLiteral("<p><b>%1</b> %2</p>\n").arg(esc(Text::tr("Next:")), esc(r.nextStep));
    h += forPdf ? QStringLiteral("</td></tr></table>\n") : QStringLiteral("</div>\n");
    h += QStringLiteral("<p class=\"ev\">%1</p>\n").arg(esc(metaLine(r)));

    h += QStringLiteral("<h2>%1</h2>\n<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                        "<tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
             .arg(esc(Text::tr("Summary")), esc(Text::tr("Stage")), esc(Text::tr("Result")),
                  esc(Text::tr("Problem")), esc(Text::tr("Resolution")));
    int n = 0;
    for (const ReportStage &s : r.stages) {
        ++n;
        QStringList problems, fixes;
        for (const ReportIssue &i : s.issues) {
            problems << esc(i.text);
            fixes << esc(i.resolution);
        }
        if (problems.isEmpty()) problems << esc(s.summary);
        h += QStringLiteral("<tr><td>%1</td><td><span class=\"%2\" style=\"color:%3\">%4</span>"
                            "%5</td><td>%6</td><td>%7</td></tr>\n")
                 .arg(esc(stageLine(s, n)), stateClass(s.state), stateColor(s.state),
                      esc(Text::stateName(s.state)),
                      s.blocking ? QStringLiteral(" ") + esc(Text::tr("(blocks)")) : QString(),
                      problems.join(QStringLiteral("<br>")), fixes.join(QStringLiteral("<br>")));
    }
    h += QStringLiteral("</table>\n");

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(Text::tr("Verification")));
    if (!r.verify) {
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(esc(Text::tr("The verification was not run (gpu-setup report --verify runs "
                                   "it).")));
    } else {
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>%1"
                            "</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                 .arg(esc(Text::tr("Check")), esc(Text::tr("Result")), esc(Text::tr("Time")),
                      esc(Text::tr("Details")));
        for (const VerifyCheck &c : r.verify->checks)
            h += QStringLiteral("<tr><td>%1</td><td><span class=\"%2\" style=\"color:%3\">%4"
                                "</span></td><td>%5&nbsp;ms</td><td>%6</td></tr>\n")
                     .arg(esc(c.title), stateClass(c.state), stateColor(c.state),
                          esc(Text::stateName(c.state)))
                     .arg(c.elapsedMs)
                     .arg(esc(c.summary));
        h += QStringLiteral("</table>\n");
        for (const VerifyCheck &c : r.verify->checks) {
            if (c.details.isEmpty()) continue;
            if (forPdf)
                h += QStringLiteral("<h3>%1</h3><pre>%2</pre>\n")
                         .arg(esc(c.title), esc(c.details.trimmed()));
            else
                h += QStringLiteral("<details><summary>%1</summary><pre>%2</pre></details>\n")
                         .arg(esc(c.title), esc(c.details.trimmed()));
        }
    }

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(Text::tr("Facts")));
    for (const ReportSection &s : r.facts) {
        h += QStringLiteral("<h3>%1 <span class=\"ev\">(%2)</span></h3>\n<ul>\n")
                 .arg(esc(s.title), esc(s.state));
        for (const QString &l : s.lines)
            h += QStringLiteral("<li>%1</li>\n").arg(esc(l));
        h += QStringLiteral("</ul>\n");
        if (!s.evidence.isEmpty()) {
            QString ev;
            for (const Evidence &e : s.evidence)
                ev += QStringLiteral("<li><code>%1</code>: %2</li>\n")
                          .arg(esc(e.source), esc(e.detail));
            if (forPdf)
                h += QStringLiteral("<p class=\"ev\">%1</p><ul class=\"ev\">%2</ul>\n")
                         .arg(esc(Text::tr("Evidence:")), ev);
            else
                h += QStringLiteral("<details class=\"ev\"><summary>%1</summary><ul>%2</ul>"
                                    "</details>\n")
                         .arg(esc(Text::tr("Evidence:")), ev);
        }
    }

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(Text::tr("Actions taken")));
    if (r.actions.isEmpty())
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(esc(Text::tr("gpu-setup has not changed this machine.")));
    else
        h += QStringLiteral("<ul>\n");
    for (const JournalEntry &e : r.actions) {
        h += QStringLiteral("<li>%1 <b>%2</b>: %3 (%4&nbsp;ms) %5<ul>")
                 .arg(esc(e.startedAt), esc(e.title), esc(e.outcome))
                 .arg(e.elapsedMs)
                 .arg(esc(e.message));
        for (const QString &c : e.commands)
            h += QStringLiteral("<li><code>%1</code></li>").arg(esc(c));
        for (const JournalChange &c : e.changes)
            h += QStringLiteral("<li>%1 <code>%2</code></li>").arg(esc(c.kind), esc(c.path));
        h += QStringLiteral("</ul></li>\n");
    }
    if (!r.actions.isEmpty()) h += QStringLiteral("</ul>\n");
    if (!r.log.isEmpty())
        h += QStringLiteral("<h2>%1</h2><pre>%2</pre>\n").arg(esc(Text::tr("Log")), esc(r.log));
    h += QStringLiteral("</body></html>\n");
    return h;
}

QString reportSummaryText(const SetupReport &r)
{
    QString t;
    t += statusLine(r) + QLatin1Char('\n');
    t += r.headline + QLatin1Char('\n');
    if (!r.resolution.isEmpty())
        t += Text::tr("What to do:") + QLatin1Char(' ') + r.resolution + QLatin1Char('\n');
    if (!r.nextStep.isEmpty())
        t += Text::tr("Next:") + QLatin1Char(' ') + r.nextStep + QLatin1Char('\n');
    t += metaLine(r) + QStringLiteral("\n\n");
    t += Text::tr("Summary") + QLatin1Char('\n');
    int n = 0;
    for (const ReportStage &s : r.stages) {
        ++n;
        t += QStringLiteral("  %1  %2%3\n")
                 .arg(Text::stateName(s.state).leftJustified(10), stageLine(s, n),
                      s.blocking ? QStringLiteral("  ") + Text::tr("(blocks)") : QString());
        for (const ReportIssue &i : s.issues) {
            t += QStringLiteral("      - %1\n").arg(i.text);
            if (!i.resolution.isEmpty())
                t += QStringLiteral("        %1 %2\n").arg(Text::tr("What to do:"), i.resolution);
        }
    }
    if (r.verify) {
        t += QLatin1Char('\n') + Text::tr("Verification") + QLatin1Char('\n');
        for (const VerifyCheck &c : r.verify->checks)
            t += QStringLiteral("  %1  %2 (%3 ms): %4\n")
                     .arg(Text::stateName(c.state).leftJustified(10), c.title)
                     .arg(c.elapsedMs)
                     .arg(c.summary);
    }
    return t;
}

QString reportText(const SetupReport &r)
{
    QString t = reportSummaryText(r);
    t += QLatin1Char('\n') + Text::tr("Facts") + QLatin1Char('\n');
    for (const ReportSection &s : r.facts) {
        t += QStringLiteral("  %1 (%2)\n").arg(s.title, s.state);
        for (const QString &l : s.lines)
            t += QStringLiteral("    %1\n").arg(l);
    }
    if (!r.actions.isEmpty()) {
        t += QLatin1Char('\n') + Text::tr("Actions taken") + QLatin1Char('\n');
        for (const JournalEntry &e : r.actions)
            t += QStringLiteral("  %1 %2: %3\n").arg(e.startedAt, e.title, e.outcome);
    }
    return t;
}

} // namespace gpusetup
