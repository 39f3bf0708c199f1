#include "Cli.h"

#include "CliConda.h"

#include "actions/CommandOperation.h"
#include "actions/CondaEnvs.h"
#include "actions/CondaInitOperation.h"
#include "actions/DownloadOperation.h"
#include "actions/Downloader.h"
#include "actions/DriverInstallOperation.h"
#include "actions/Extractor.h"
#include "actions/FileBackup.h"
#include "actions/Hasher.h"
#include "actions/HelperKnownFiles.h"
#include "actions/HelperVerbs.h"
#include "actions/MokEnrollOperation.h"
#include "actions/ProfileOperation.h"
#include "actions/StepOperations.h"
#include "advice/Advisor.h"
#include "common/Log.h"
#include "host/EnvOverlayHost.h"
#include "host/RealHost.h"
#include "host/RecordingHost.h"
#include "host/SnapshotHost.h"
#include "knowledge/Knowledge.h"
#include "probe/Facts.h"
#include "report/Report.h"
#include "verify/Verifier.h"
#ifdef GPUSETUP_HAVE_PDF
#include "ReportPdf.h"
#endif

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTranslator>

#include <spdlog/spdlog.h>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <memory>
#include <unistd.h>

namespace gpusetup {

namespace {

const QStringList kSubcommands = {
    QStringLiteral("doctor"),   QStringLiteral("snapshot"), QStringLiteral("plan"),
    QStringLiteral("download"), QStringLiteral("extract"),  QStringLiteral("profile"),
    QStringLiteral("env"),      QStringLiteral("mirror"),   QStringLiteral("install"),
    QStringLiteral("verify"),   QStringLiteral("report"),   QStringLiteral("help")};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int usageError(const QString &sentence)
{
    QTextStream err(stderr);
    err << "gpu-setup: " << sentence << "\n"
        << "Run 'gpu-setup --help' for usage.\n";
    return 2;
}

struct Args
{
    QString command;
    QStringList rest;
    bool json = false;
    bool verbose = false;
    QString hostDir;
    QString outDir;
    QString knowledgeDir;
    QString framework; // "pytorch", "pytorch==2.5.1", "tensorflow==2.10", "none"
    QString python;
    QString toolkit; // yes / no / auto
    QString mirror;
    QStringList mirrors; // every --mirror, for download
    QString sha256;
    QString cuda;                 // profile: --cuda DIR
    QString cudnn;                // profile: --cudnn DIR
    QString shell;                // profile: --shell bash|zsh|fish
    QString home;                 // profile: --home DIR
    bool moveHandWritten = false; // profile apply: --move-hand-written
    bool server = false;          // --server: a headless machine (the server driver)
    bool dryRun = false;          // profile, install, env, mirror
    QString toolkitPrefix;        // install
    QString installer;            // install: a runfile / cuDNN archive already on disk
    QString condaFlavour;         // plan / install: --conda-flavour miniforge|miniconda
    QString envName;              // plan / install: --env NAME
    bool acceptCondaTos = false;  // install: --accept-conda-tos (the user agrees)
    bool newShell = false;        // install: probe as a new login shell (gpu-setup's block)
    QString md5;
    QString extractDir; // extract -C DIR
    int strip = 0;      // extract --strip-components N
    int timeoutMs = Host::kDefaultTimeoutMs;
    bool timeoutSet = false;
    // report / verify
    QString lang;
    QString format; // json, md, html, pdf, text
    bool noRedact = false;
    QString journal;
    bool verify = false;
    QString read;
    bool withLog = false;
};

// Parsed by hand: QCommandLineParser has no subcommands, and errors must be one sentence.
bool parse(const QStringList &args, Args *a, QString *error)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString &s = args[i];
        auto value = [&](QString *target) { return takeOptionValue(args, &i, target, error); };
        if (s == QLatin1String("--json")) {
            a->json = true;
        } else if (s == QLatin1String("-v") || s == QLatin1String("--verbose")) {
            a->verbose = true;
        } else if (s == QLatin1String("--host")) {
            if (!value(&a->hostDir)) return false;
        } else if (s == QLatin1String("-o") || s == QLatin1String("--output")) {
            if (!value(&a->outDir)) return false;
        } else if (s == QLatin1String("--knowledge")) {
            if (!value(&a->knowledgeDir)) return false;
        } else if (s == QLatin1String("--framework")) {
            if (!value(&a->framework)) return false;
        } else if (s == QLatin1String("--python")) {
            if (!value(&a->python)) return false;
        } else if (s == QLatin1String("--toolkit")) {
            if (!value(&a->toolkit)) return false;
        } else if (s == QLatin1String("--mirror")) {
            if (!value(&a->mirror)) return false;
            a->mirrors << a->mirror;
        } else if (s == QLatin1String("--dry-run")) {
            a->dryRun = true;
        } else if (s == QLatin1String("--toolkit-prefix")) {
            if (!value(&a->toolkitPrefix)) return false;
        } else if (s == QLatin1String("--installer")) {
            if (!value(&a->installer)) return false;
        } else if (s == QLatin1String("--conda-flavour") || s == QLatin1String("--conda-flavor")) {
            if (!value(&a->condaFlavour)) return false;
        } else if (s == QLatin1String("--env")) {
            if (!value(&a->envName)) return false;
        } else if (s == QLatin1String("--accept-conda-tos")) {
            a->acceptCondaTos = true;
        } else if (s == QLatin1String("--sha256")) {
            if (!value(&a->sha256)) return false;
        } else if (s == QLatin1String("--lang")) {
            if (!value(&a->lang)) return false;
        } else if (s == QLatin1String("--format")) {
            if (!value(&a->format)) return false;
        } else if (s == QLatin1String("--no-redact")) {
            a->noRedact = true;
        } else if (s == QLatin1String("--journal")) {
            if (!value(&a->journal)) return false;
        } else if (s == QLatin1String("--verify")) {
            a->verify = true;
        } else if (s == QLatin1String("--read")) {
            if (!value(&a->read)) return false;
        } else if (s == QLatin1String("--with-log")) {
            a->withLog = true;
        } else if (s == QLatin1String("--cuda")) {
            if (!value(&a->cuda)) return false;
        } else if (s == QLatin1String("--cudnn")) {
            if (!value(&a->cudnn)) return false;
        } else if (s == QLatin1String("--shell")) {
            if (!value(&a->shell)) return false;
        } else if (s == QLatin1String("--home")) {
            if (!value(&a->home)) return false;
        } else if (s == QLatin1String("--server")) {
            a->server = true;
        } else if (s == QLatin1String("--move-hand-written")) {
            a->moveHandWritten = true;
        } else if (s == QLatin1String("--md5")) {
            if (!value(&a->md5)) return false;
        } else if (s == QLatin1String("-C")) {
            if (!value(&a->extractDir)) return false;
        } else if (s == QLatin1String("--strip-components") ||
                   s.startsWith(QLatin1String("--strip-components="))) {
            QString v = s.section(QLatin1Char('='), 1);
            if (v.isEmpty() && !value(&v)) return false;
            bool ok = false;
            a->strip = v.toInt(&ok);
            if (!ok || a->strip < 0 || a->strip > 64) {
                *error = QStringLiteral("--strip-components takes a number from 0 to 64, not "
                                        "\"%1\".")
                             .arg(v);
                return false;
            }
        } else if (s == QLatin1String("--timeout")) {
            a->timeoutSet = true;
            QString v;
            if (!value(&v)) return false;
            bool ok = false;
            a->timeoutMs = int(v.toDouble(&ok) * 1000);
            if (!ok || a->timeoutMs < 100 || a->timeoutMs > 600000) {
                *error = QStringLiteral("--timeout takes seconds between 0.1 and 600, not \"%1\".")
                             .arg(v);
                return false;
            }
        } else if (s.startsWith(QLatin1Char('-'))) {
            *error = QStringLiteral("unknown option %1.").arg(s);
            return false;
        } else if (a->command.isEmpty()) {
            a->command = s;
        } else {
            a->rest.push_back(s);
        }
    }
    return true;
}

std::unique_ptr<Host> makeHost(const Args &a, int *exitCode)
{
    if (a.hostDir.isEmpty()) return std::make_unique<RealHost>();
    QString error;
    auto h = SnapshotHost::open(a.hostDir, &error);
    if (!h) *exitCode = usageError(error);
    return h;
}

// Every probe of a command runs under its --timeout.
Facts probeWith(const Args &a, Host &host)
{
    ProbeOptions options;
    options.commandTimeoutMs = a.timeoutMs;
    return probeAll(host, options);
}

int doctor(const Args &a)
{
    int rc = 0;
    auto host = makeHost(a, &rc);
    if (!host) return rc;
    const Facts facts = probeWith(a, *host);
    if (a.json)
        out() << QString::fromStdString(Json(facts).dump(2)) << "\n";
    else
        out() << doctorText(facts);
    out().flush();
    return doctorExitCode(facts);
}

// Choices from the command line, each checked with a one-sentence error.
bool parseChoices(const Args &a, Choices *c, QString *error)
{
    if (!a.framework.isEmpty()) {
        static const QRegularExpression re(
            QStringLiteral("^(pytorch|tensorflow|none)(?:==([0-9]+(?:\\.[0-9]+){0,2}))?$"));
        const auto m = re.match(a.framework.toLower());
        if (!m.hasMatch() || (m.captured(1) == QLatin1String("none") && !m.captured(2).isEmpty())) {
            *error =
                QStringLiteral(
                    "--framework takes pytorch[==X.Y.Z], tensorflow[==X.Y] or none, not \"%1\".")
                    .arg(a.framework);
            return false;
        }
        c->framework = m.captured(1) == QLatin1String("pytorch")      ? Framework::PyTorch
                       : m.captured(1) == QLatin1String("tensorflow") ? Framework::TensorFlow
                                                                      : Framework::None;
        c->frameworkVersion = m.captured(2);
    }
    if (!a.python.isEmpty()) {
        static const QRegularExpression re(QStringLiteral("^3\\.[0-9]{1,2}$"));
        if (!re.match(a.python).hasMatch()) {
            *error =
                QStringLiteral("--python takes a version like 3.11, not \"%1\".").arg(a.python);
            return false;
        }
        c->python = a.python;
    }
    if (!a.toolkit.isEmpty()) {
        const QString t = a.toolkit.toLower();
        if (t != QLatin1String("yes") && t != QLatin1String("no") && t != QLatin1String("auto")) {
            *error = QStringLiteral("--toolkit takes yes, no or auto, not \"%1\".").arg(a.toolkit);
            return false;
        }
        c->toolkit = t == QLatin1String("yes")  ? Want::Yes
                     : t == QLatin1String("no") ? Want::No
                                                : Want::Auto;
        c->cudnn = c->toolkit;
    }
    if (a.server) c->server = true;
    if (!a.mirror.isEmpty()) {
        const QStringList mirrors{QStringLiteral("official"), QStringLiteral("tuna"),
                                  QStringLiteral("ustc"), QStringLiteral("bfsu")};
        if (!mirrors.contains(a.mirror.toLower())) {
            *error = QStringLiteral("--mirror takes official, tuna, ustc or bfsu, not \"%1\".")
                         .arg(a.mirror);
            return false;
        }
        c->mirror = a.mirror.toLower();
    }
    if (!a.condaFlavour.isEmpty()) {
        const QString f = a.condaFlavour.toLower();
        if (f != QLatin1String("miniforge") && f != QLatin1String("miniconda")) {
            *error = QStringLiteral("--conda-flavour takes miniforge or miniconda, not \"%1\".")
                         .arg(a.condaFlavour);
            return false;
        }
        c->condaFlavour = f;
    }
    if (!a.envName.isEmpty()) {
        QString why;
        if (!CondaEnvs::validName(a.envName, &why)) {
            *error = QStringLiteral("--env: %1").arg(why);
            return false;
        }
        c->envName = a.envName;
    }
    c->condaTosAccepted = a.acceptCondaTos;
    return true;
}

// The embedded compatibility data, or the --knowledge override; nullptr after printing why.
const Knowledge *knowledgeFor(const Args &a, int *exitCode)
{
    static std::optional<Knowledge> loaded;
    if (a.knowledgeDir.isEmpty()) {
        const Knowledge &k = Knowledge::builtin();
        if (!k.loadError().isEmpty()) {
            QTextStream(stderr) << "gpu-setup: the built-in compatibility data is damaged: "
                                << k.loadError() << "\n";
            *exitCode = 1;
            return nullptr;
        }
        return &k;
    }
    QString error;
    loaded = Knowledge::load(a.knowledgeDir, &error);
    if (!loaded) {
        *exitCode = usageError(error);
        return nullptr;
    }
    return &*loaded;
}

// The host (snapshot or this machine), its facts and the plan for `choices`; nullopt after
// printing why, with *exitCode set.
struct HostPlan
{
    std::unique_ptr<Host> host;
    std::unique_ptr<Host> shell; // host as a new login shell sees it (Args::newShell)
    Facts facts;
    Plan plan;
};
// The ids of the actions the journal records as done and not undone.
QStringList journalDone(const QString &journalPath)
{
    QStringList ids;
    if (journalPath.isEmpty() || !QFileInfo::exists(journalPath)) return ids;
    Journal journal(journalPath);
    QString error;
    if (!journal.load(&error)) return ids;
    for (const JournalEntry &e : journal.entries())
        if (e.outcome == QLatin1String("ok")) ids << e.id;
    return ids;
}

std::optional<HostPlan> planFor(const Args &a, const Choices &given, int *exitCode)
{
    const Knowledge *kb = knowledgeFor(a, exitCode);
    if (!kb) return std::nullopt;
    HostPlan p;
    p.host = makeHost(a, exitCode);
    if (!p.host) return std::nullopt;
    // A toolkit (cuDNN) the student had gpu-setup install is one they want: without --toolkit,
    // later plans, verify and the report count it (done, or what it lacks) instead of "not
    // needed".
    Choices choices = given;
    if (a.toolkit.isEmpty()) {
        const QStringList done =
            journalDone(!a.journal.isEmpty()   ? a.journal
                        : p.host->isSnapshot() ? QString()
                                               : Journal::pathFor(p.host->home()));
        if (choices.toolkit == Want::Auto && done.contains(QLatin1String("toolkit.install")))
            choices.toolkit = Want::Yes;
        if (choices.cudnn == Want::Auto && done.contains(QLatin1String("cudnn.extract")))
            choices.cudnn = Want::Yes;
    }
    // install: what a new terminal will see, gpu-setup's block included, so that `install
    // cudnn` after `install toolkit` in the same SSH session finds the toolkit on PATH.
    if (a.newShell) p.shell = EnvOverlayHost::forNewLoginShell(*p.host);
    p.facts = probeWith(a, p.shell ? *p.shell : *p.host);
    p.plan = advise(p.facts, *kb, choices);
    return p;
}

int plan(const Args &a)
{
    Choices choices;
    QString error;
    if (!parseChoices(a, &choices, &error)) return usageError(error);
    int rc = 0;
    const auto planned = planFor(a, choices, &rc);
    if (!planned) return rc;
    const Plan &p = planned->plan;
    if (a.json)
        out() << QString::fromStdString(Json(p).dump(2)) << "\n";
    else
        out() << planText(p);
    out().flush();
    return planExitCode(p);
}

int snapshot(const Args &a)
{
    if (a.outDir.isEmpty())
        return usageError(QStringLiteral("snapshot needs -o DIR, the folder to write."));
    int rc = 0;
    auto inner = makeHost(a, &rc);
    if (!inner) return rc;
    RecordingHost rec(*inner);
    probeWith(a, rec);
    SnapshotSummary sum;
    QString error;
    if (!writeSnapshot(rec, a.outDir, &sum, &error)) {
        QTextStream(stderr) << "gpu-setup: " << error << "\n";
        return 1;
    }
    out() << QStringLiteral(
                 "Wrote %1: %2 files (%3 bytes), %4 links, %5 folders, %6 command outputs, "
                 "NVML answer %7.\n")
                 .arg(a.outDir)
                 .arg(sum.files)
                 .arg(sum.bytes)
                 .arg(sum.links)
                 .arg(sum.dirs)
                 .arg(sum.commands)
                 .arg(rec.recordedNvml() ? factStateName(rec.recordedNvml()->state)
                                         : QStringLiteral("not asked"));
    out() << QStringLiteral("It holds your user name, host name and GPU serial numbers: "
                            "look at it before you share it.\n");
    return 0;
}

// SIGINT/SIGTERM become a call on the event loop (self-pipe), so a long download or
// extraction is cancelled cleanly instead of dying mid-write; default handling is restored
// when it goes out of scope.
class SignalCatcher
{
public:
    explicit SignalCatcher(std::function<void()> onSignal)
    {
        if (::pipe2(s_pipe, O_CLOEXEC | O_NONBLOCK) != 0) return;
        m_notifier = std::make_unique<QSocketNotifier>(s_pipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, [fn = std::move(onSignal)] {
            char c[16];
            while (::read(s_pipe[0], c, sizeof c) > 0) {
            }
            fn();
        });
        struct sigaction sa = {};
        sa.sa_handler = &SignalCatcher::handler;
        sigemptyset(&sa.sa_mask);
        ::sigaction(SIGINT, &sa, &m_oldInt);
        ::sigaction(SIGTERM, &sa, &m_oldTerm);
    }
    ~SignalCatcher()
    {
        if (!m_notifier) return;
        ::sigaction(SIGINT, &m_oldInt, nullptr);
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
        m_notifier.reset();
        ::close(s_pipe[0]);
        ::close(s_pipe[1]);
        s_pipe[0] = s_pipe[1] = -1;
    }

private:
    static void handler(int)
    {
        const char c = 1;
        [[maybe_unused]] auto n = ::write(s_pipe[1], &c, 1);
    }
    static inline int s_pipe[2] = {-1, -1};
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_oldInt = {}, m_oldTerm = {};
};

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// The last lines of download / extract: clear the progress line, log, one sentence, exit code.
int finishWithResult(const char *what, const QString &subject, bool drew, bool ok,
                     const QString &message, const QString &details)
{
    QTextStream err(stderr);
    if (drew) err << "\r\x1b[K";
    spdlog::info("{} {}: {}\n{}", what, subject.toStdString(), message.toStdString(),
                 details.toStdString());
    if (ok) {
        out() << message << "\n";
        out().flush();
        return 0;
    }
    err << "gpu-setup: " << message << "\n";
    return 1;
}

// One file, verified; a progress line on stderr only when it is a terminal.
int download(const Args &a)
{
    if (a.rest.size() != 1) return usageError(QStringLiteral("download takes exactly one URL."));
    if (a.sha256.isEmpty() == a.md5.isEmpty())
        return usageError(QStringLiteral(
            "download needs either --sha256 HEX or --md5 HEX, the expected checksum."));
    if (a.outDir.isEmpty())
        return usageError(QStringLiteral("download needs -o FILE, the file to write."));
    const bool md5 = !a.md5.isEmpty();
    Downloader d(QStringList{a.rest.first()} + a.mirrors, a.outDir,
                 md5 ? Hasher::Algorithm::Md5 : Hasher::Algorithm::Sha256, md5 ? a.md5 : a.sha256);
    SignalCatcher catcher([&d] { d.cancel(); });
    const bool tty = ::isatty(STDERR_FILENO) == 1;
    QTextStream err(stderr);
    bool drew = false;
    if (tty) {
        QObject::connect(&d, &Downloader::progress,
                         [&](qint64 got, qint64 total, double rate, int eta) {
                             QString line = QStringLiteral("%1 MB").arg(megabytes(got));
                             if (total > 0)
                                 line = QStringLiteral("%1 / %2 MB (%3%)")
                                            .arg(megabytes(got), megabytes(total))
                                            .arg(int(100 * got / total));
                             line += QStringLiteral("  %1 MB/s").arg(megabytes(qint64(rate)));
                             if (eta >= 0)
                                 line += QStringLiteral("  %1:%2 left")
                                             .arg(eta / 60)
                                             .arg(eta % 60, 2, 10, QLatin1Char('0'));
                             err << "\r" << line << "\x1b[K";
                             err.flush();
                             drew = true;
                         });
    }
    // finished() ends it; so does a signal, through cancel()
    const DownloadResult result =
        waitFinished<DownloadResult>(d, &Downloader::finished, [&] { d.start(); });
    err.flush();
    return finishWithResult("download", a.outDir, drew, result.ok, result.message, result.details);
}

QString g_logPath;

// The same translators the GUI loads, from the resources linked into this binary; the
// language follows --lang, else the system's.
void installTranslators(const QString &lang)
{
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    for (const char *name : {"gpu-setup", "gpu-setup_core"}) {
        auto *t = new QTranslator(QCoreApplication::instance());
        if (t->load(locale, QString::fromLatin1(name), QStringLiteral("_"),
                    QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(t);
        else
            delete t;
    }
}

QString reportLanguage(const QString &lang)
{
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    return locale.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString stateLabel(const QString &state)
{
    return state.toUpper().leftJustified(9);
}

// The checks, then one verdict for the path the plan chose (verifyVerdict: the same rule as
// the wizard's Verify page and the report); the exit code follows it.
int verify(const Args &a)
{
    Choices choices;
    QString error;
    Args forChoices = a;
    forChoices.python.clear(); // here --python names the env's interpreter
    if (!parseChoices(forChoices, &choices, &error)) return usageError(error);
    int rc = 0;
    const auto planned = planFor(a, choices, &rc);
    if (!planned) return rc;
    const Host &host = *planned->host;
    VerifyOptions options;
    options.python = a.python;
    if (options.python.isEmpty()) {
        // The plan's environment when it exists, else the active one.
        const QString planned_ = verifyPythonFor(planned->plan, planned->facts);
        const QString active = host.env(QStringLiteral("CONDA_PREFIX"));
        if (!planned_.isEmpty() && host.isFile(planned_))
            options.python = planned_;
        else if (!active.isEmpty() && host.isFile(active + QStringLiteral("/bin/python")))
            options.python = active + QStringLiteral("/bin/python");
    }
    if (a.timeoutSet) options.timeoutMs = a.timeoutMs;
    const VerifyExpectations expect = verifyExpectations(planned->plan);
    const VerifyVerdict shape = verifyVerdict(VerifyReport{}, expect); // which checks count
    const VerifyReport report = runVerify(host, options, [&](const VerifyCheck &c) {
        if (a.json) return;
        const bool counts = shape.counts(c.id);
        out() << stateLabel(c.state) << c.title << " (" << c.elapsedMs << " ms)"
              << (counts ? QString() : QStringLiteral("  [not needed for this plan]")) << "\n"
              << "         " << c.summary << "\n";
        out().flush();
    });
    const VerifyVerdict verdict = verifyVerdict(report, expect);
    if (a.json) {
        Json j = report;
        j["verdict"] = {{"state", verdict.state.toStdString()},
                        {"required", verdict.required},
                        {"failed", verdict.failed},
                        {"missing", verdict.missing},
                        {"notRequired", verdict.notRequired}};
        out() << QString::fromStdString(j.dump(2)) << "\n";
    } else {
        QString line = verdict.passed() ? QStringLiteral("Verdict: PASS")
                       : verdict.state == QLatin1String("fail")
                           ? QStringLiteral("Verdict: FAIL (%1)")
                                 .arg(verdict.failed.join(QStringLiteral(", ")))
                           : QStringLiteral("Verdict: NOT VERIFIED (%1 did not run)")
                                 .arg(verdict.missing.join(QStringLiteral(", ")));
        if (!expect.toolkit)
            line += QStringLiteral("; no CUDA toolkit in the plan, so nvcc is not needed");
        out() << line << ".\n";
        if (verdict.missing.contains(QStringLiteral("torch-cuda")) && options.python.isEmpty())
            out() << "Give --python PATH (the env's python) to check PyTorch.\n";
    }
    out().flush();
    return verdict.passed() ? 0 : 1;
}

bool writeBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = QStringLiteral("cannot write %1: %2.").arg(path, f.errorString());
        return false;
    }
    return true;
}

// The last lines of gpu-setup's own log, for --with-log.
QString logTail(int maxLines)
{
    QFile f(g_logPath);
    if (g_logPath.isEmpty() || !f.open(QIODevice::ReadOnly)) return QString();
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    if (lines.size() > maxLines) lines = lines.mid(lines.size() - maxLines);
    return lines.join(QLatin1Char('\n')).trimmed();
}

int report(const Args &a)
{
    QString format = a.format.toLower();
    if (format.isEmpty() && !a.outDir.isEmpty()) {
        const QString ext = QFileInfo(a.outDir).suffix().toLower();
        format = ext == QLatin1String("markdown") ? QStringLiteral("md")
                 : ext == QLatin1String("htm")    ? QStringLiteral("html")
                 : ext == QLatin1String("txt")    ? QStringLiteral("text")
                                                  : ext;
    }
    if (format.isEmpty()) format = a.read.isEmpty() ? QStringLiteral("md") : QStringLiteral("text");
    static const QStringList formats{QStringLiteral("json"), QStringLiteral("md"),
                                     QStringLiteral("html"), QStringLiteral("pdf"),
                                     QStringLiteral("text")};
    if (!formats.contains(format))
        return usageError(
            QStringLiteral("--format takes json, md, html, pdf or text, not \"%1\".").arg(format));
    if (format == QLatin1String("pdf") && a.outDir.isEmpty())
        return usageError(QStringLiteral("a PDF report needs -o FILE."));

    SetupReport r;
    if (!a.read.isEmpty()) {
        QFile f(a.read);
        if (!f.open(QIODevice::ReadOnly))
            return usageError(QStringLiteral("cannot read %1: %2.").arg(a.read, f.errorString()));
        QString error;
        auto read = readReport(f.readAll(), &error);
        if (!read) return usageError(QStringLiteral("%1: %2").arg(a.read, error));
        r = *read;
    } else {
        Choices choices;
        QString error;
        Args forChoices = a;
        forChoices.python.clear(); // here --python names the env's interpreter, for --verify
        if (!parseChoices(forChoices, &choices, &error)) return usageError(error);
        int rc = 0;
        auto planned = planFor(a, choices, &rc);
        if (!planned) return rc;
        const std::unique_ptr<Host> &host = planned->host;
        ReportInput in;
        in.facts = std::move(planned->facts);
        in.plan = std::move(planned->plan);
        QString journalPath = a.journal;
        if (journalPath.isEmpty() && !host->isSnapshot() &&
            QFileInfo::exists(Journal::defaultPath()))
            journalPath = Journal::defaultPath();
        if (!journalPath.isEmpty()) {
            if (!QFileInfo::exists(journalPath))
                return usageError(QStringLiteral("there is no journal %1.").arg(journalPath));
            Journal journal(journalPath);
            if (!journal.load(&error)) return usageError(error);
            in.journal = journal.entries();
        }
        if (a.verify) {
            VerifyOptions vo;
            vo.python = a.python;
            const QString prefix = host->env(QStringLiteral("CONDA_PREFIX"));
            if (vo.python.isEmpty() && !prefix.isEmpty() &&
                host->isFile(prefix + QStringLiteral("/bin/python")))
                vo.python = prefix + QStringLiteral("/bin/python");
            if (a.timeoutSet) vo.timeoutMs = a.timeoutMs;
            in.verify = runVerify(*host, vo);
        }
        for (const QString &name : reportEnvironmentVariables())
            in.environment.insert(name, host->env(name));
        if (a.withLog) in.log = logTail(300);
        in.language = reportLanguage(a.lang);
        in.redact = !a.noRedact;
        r = buildReport(in);
    }

    QByteArray bytes;
    if (format == QLatin1String("json"))
        bytes = reportJson(r);
    else if (format == QLatin1String("md"))
        bytes = reportMarkdown(r).toUtf8();
    else if (format == QLatin1String("html"))
        bytes = reportHtml(r).toUtf8();
    else if (format == QLatin1String("text"))
        bytes = reportText(r).toUtf8();
    QString error;
    if (format == QLatin1String("pdf")) {
#ifdef GPUSETUP_HAVE_PDF
        if (!writeReportPdf(r, a.outDir, &error)) {
            QTextStream(stderr) << "gpu-setup: " << error << "\n";
            return 1;
        }
#else
        QTextStream(stderr) << "gpu-setup: this build of gpu-setup cannot write PDF; use "
                               "--format html and print that.\n";
        return 1;
#endif
    } else if (a.outDir.isEmpty()) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
    } else if (!writeBytes(a.outDir, bytes, &error)) {
        QTextStream(stderr) << "gpu-setup: " << error << "\n";
        return 1;
    }
    if (!a.outDir.isEmpty())
        QTextStream(stderr) << "Wrote " << a.outDir << " (" << format << "): " << r.headline
                            << "\n";
    return reportExitCode(r);
}

// show: the block and where each profile stands; apply / remove: edit them (all or none).
int profile(const Args &a)
{
    const QString action = a.rest.value(0);
    const QStringList actions{QStringLiteral("show"), QStringLiteral("apply"),
                              QStringLiteral("remove")};
    if (a.rest.size() != 1 || !actions.contains(action))
        return usageError(QStringLiteral("profile takes one of show, apply or remove."));
    QString home = a.home.isEmpty() ? QDir::homePath() : a.home;
    if (!QDir::isAbsolutePath(home) || !QFileInfo(home).isDir())
        return usageError(
            QStringLiteral("--home must be an existing folder, not \"%1\".").arg(home));
    home = QDir::cleanPath(home);
    const QString shell = a.shell.isEmpty() ? ProfileEditor::shellFromEnvironment() : a.shell;
    const QList<ProfileTarget> targets = ProfileEditor::profilesFor(shell, home);
    if (targets.isEmpty())
        return usageError(
            QStringLiteral("--shell takes bash, zsh or fish, not \"%1\".").arg(shell));
    QString cuda, cudnn, error;
    if (action == QLatin1String("apply") && a.cuda.isEmpty())
        return usageError(
            QStringLiteral("profile apply needs --cuda DIR, the CUDA toolkit folder."));
    if (!a.cuda.isEmpty() &&
        !ProfileEditor::validateDir(a.cuda, QStringLiteral("--cuda"), &cuda, &error))
        return usageError(error);
    if (!a.cudnn.isEmpty() &&
        !ProfileEditor::validateDir(a.cudnn, QStringLiteral("--cudnn"), &cudnn, &error))
        return usageError(error);
    const QString cudnnLib = ProfileEditor::cudnnLibDir(cudnn, cuda);
    // The same spec -> the same bytes as the wizard's profile steps (ProfileEditor::editsFor).
    ProfileBlockSpec spec;
    spec.cudaDir = cuda;
    if (!cudnnLib.isEmpty()) spec.extraLibDirs << cudnnLib;
    auto blockFor = [&](ProfileSyntax syntax) {
        return cuda.isEmpty() ? QByteArray() : makeProfileBlock(syntax, spec);
    };
    if (a.moveHandWritten && action != QLatin1String("apply"))
        return usageError(QStringLiteral("--move-hand-written goes with profile apply."));
    const ProfileEditor editor(FileBackup::backupDir(home));

    if (action == QLatin1String("show")) {
        bool damaged = false;
        nlohmann::json rows = nlohmann::json::array();
        QString text;
        for (const ProfileTarget &t : targets) {
            const QByteArray block = blockFor(t.syntax);
            const ProfileEditResult r = editor.preview(t.path, block);
            const ProfileBlockState s = ProfileEditor::findBlock(r.before);
            QString state = !r.ok && !s.problem.isEmpty() ? QStringLiteral("damaged")
                            : !r.ok                       ? QStringLiteral("error")
                            : !r.existed                  ? QStringLiteral("missing")
                            : !s.found                    ? QStringLiteral("no-block")
                            : block.isEmpty()             ? QStringLiteral("block")
                            : r.changed                   ? QStringLiteral("block-differs")
                                                          : QStringLiteral("up-to-date");
            damaged = damaged || !r.ok;
            rows.push_back({{"path", t.path.toStdString()},
                            {"target", r.target.toStdString()},
                            {"syntax", t.syntax == ProfileSyntax::Fish ? "fish" : "posix"},
                            {"exists", r.existed},
                            {"state", state.toStdString()},
                            {"blockStart", s.firstLine},
                            {"blockEnd", s.lastLine},
                            {"problem", (r.ok ? QString() : r.message).toStdString()},
                            {"block", block.toStdString()}});
            text +=
                QStringLiteral("%1%2: %3\n")
                    .arg(t.path,
                         r.target.isEmpty() || r.target == t.path
                             ? QString()
                             : QStringLiteral(" (link to %1)").arg(r.target),
                         !r.ok        ? r.message
                         : !r.existed ? QStringLiteral("does not exist")
                         : !s.found
                             ? QStringLiteral("no gpu-setup block")
                             : QStringLiteral("gpu-setup block at lines %1-%2%3")
                                   .arg(s.firstLine)
                                   .arg(s.lastLine)
                                   .arg(block.isEmpty() ? QString()
                                        : r.changed ? QStringLiteral(", differs from the one below")
                                                    : QStringLiteral(", up to date")));
        }
        if (a.json) {
            nlohmann::json j{{"shell", shell.toStdString()},
                             {"home", home.toStdString()},
                             {"backups", editor.backupDir().toStdString()},
                             {"profiles", rows}};
            out() << QString::fromStdString(j.dump(2)) << "\n";
        } else {
            out() << text;
            if (cuda.isEmpty()) {
                out() << "(give --cuda DIR to see the block that would be written)\n";
            } else {
                out() << "\nBlock for bash, zsh and ~/.profile:\n"
                      << blockFor(ProfileSyntax::Posix);
                if (shell == QLatin1String("fish"))
                    out() << "\nBlock for fish:\n" << blockFor(ProfileSyntax::Fish);
            }
        }
        out().flush();
        return damaged ? 1 : 0;
    }

    const bool apply = action == QLatin1String("apply");
    QList<ProfileEdit> edits;
    if (apply)
        for (const ProfileEditor::Edit &e :
             ProfileEditor::editsFor(targets, spec, a.moveHandWritten))
            edits << ProfileEdit{e.path, e.block, e.moveHandWritten};
    else
        for (const ProfileTarget &t : targets)
            edits << ProfileEdit{t.path, QByteArray()};
    ProfileOperation op(apply ? QStringLiteral("profile.apply") : QStringLiteral("profile.remove"),
                        apply
                            ? QStringLiteral("Put CUDA on PATH in the shell profiles")
                            : QStringLiteral("Remove the gpu-setup block from the shell profiles"),
                        edits, editor.backupDir());
    if (a.dryRun) {
        for (const QString &line : op.dryRun())
            out() << line << "\n";
        out().flush();
        const QStringList problems = op.problems();
        if (!problems.isEmpty()) QTextStream(stderr) << "gpu-setup: " << problems.first() << "\n";
        return problems.isEmpty() ? 0 : 1;
    }
    const OperationResult result =
        waitFinished<OperationResult>(op, &Operation::finished, [&] { op.start(); });
    spdlog::info("profile {}: {}\n{}", action.toStdString(), result.message.toStdString(),
                 result.details.toStdString());
    if (!result.ok) {
        QTextStream(stderr) << "gpu-setup: " << result.message << "\n";
        return 1;
    }
    for (const ProfileEditResult &r : op.results())
        out() << r.message << "\n";
    if (!op.journalEntry().changes.isEmpty()) {
        Journal journal(Journal::pathFor(home));
        QString jerr;
        if (!journal.load(&jerr) || !journal.append(op.journalEntry(), &jerr))
            QTextStream(stderr) << "gpu-setup: note: the edit was made but not journaled: " << jerr
                                << "\n";
        out() << "Open a new terminal for the change to take effect.\n";
    }
    if (apply && !QFileInfo::exists(cuda + QStringLiteral("/bin/nvcc")))
        out() << "Note: " << cuda << "/bin/nvcc does not exist (yet); the block points there "
              << "anyway.\n";
    out().flush();
    return 0;
}

// Runs one operation to its end, printing its log lines (the exact commands on a dry run).
OperationResult runOperation(Operation &op)
{
    const bool tty = ::isatty(STDERR_FILENO) == 1;
    QTextStream err(stderr);
    QObject::connect(&op, &Operation::logLine, [](const QString &l) {
        out() << "    " << l << "\n";
        out().flush();
    });
    if (tty)
        QObject::connect(&op, &Operation::progressChanged, [&](double f) {
            if (f >= 0) err << "\r    " << int(f * 100) << "%\x1b[K", err.flush();
        });
    const OperationResult result =
        waitFinished<OperationResult>(op, &Operation::finished, [&] { op.start(); });
    if (tty) err << "\r\x1b[K", err.flush();
    return result;
}

// Every action `install` ran goes into the one journal the wizard, `undo` and the report read
// (a dry run changes nothing and is not journaled).
void journalRun(const Operation &op, const QString &home)
{
    if (op.isDryRun()) return;
    const QList<JournalEntry> entries = op.journalEntries();
    if (entries.isEmpty()) return;
    Journal journal(Journal::pathFor(home));
    QString jerr;
    bool ok = journal.load(&jerr);
    for (const JournalEntry &e : entries)
        ok = ok && journal.append(e, &jerr);
    if (!ok)
        QTextStream(stderr) << "gpu-setup: note: " << op.id()
                            << " ran but was not journaled: " << jerr << "\n";
}

// gpu-setup install driver|toolkit|cudnn: the plan's steps for that stage, through the same
// operations the wizard uses. With --host (a snapshot) everything is a dry run.
int installAll(const Args &a);

// What the last install() found, for install all: whether the stage had steps to run.
struct InstallOutcome
{
    bool hadSteps = false;
    bool blocked = false;
};
InstallOutcome g_lastInstall;

int install(const Args &a)
{
    g_lastInstall = {};
    static const QMap<QString, StageId> stages{{QStringLiteral("driver"), StageId::Driver},
                                               {QStringLiteral("toolkit"), StageId::Toolkit},
                                               {QStringLiteral("cudnn"), StageId::Cudnn},
                                               {QStringLiteral("python"), StageId::PythonEnv},
                                               {QStringLiteral("env"), StageId::PythonEnv}};
    if (a.rest.size() == 1 && a.rest.first() == QLatin1String("all")) return installAll(a);
    if (a.rest.size() != 1 || !stages.contains(a.rest.first()))
        return usageError(
            QStringLiteral("install takes one of driver, toolkit, cudnn, python (or env) or all."));
    const StageId stageId = stages.value(a.rest.first());
    if (!a.installer.isEmpty() && !QFileInfo(a.installer).isFile())
        return usageError(QStringLiteral("--installer %1 is not a file.").arg(a.installer));
    Choices choices;
    QString error;
    if (!parseChoices(a, &choices, &error)) return usageError(error);
    if (stageId != StageId::Driver && stageId != StageId::PythonEnv && a.toolkit.isEmpty())
        choices.toolkit = choices.cudnn = Want::Yes; // asked for by name
    if (!a.toolkitPrefix.isEmpty()) {
        if (!a.toolkitPrefix.startsWith(QLatin1Char('/')) &&
            !a.toolkitPrefix.startsWith(QLatin1Char('~')))
            return usageError(QStringLiteral("--toolkit-prefix must be an absolute folder."));
        choices.toolkitPrefix = a.toolkitPrefix;
    }
    int rc = 0;
    Args probing = a;
    probing.newShell = true;
    const auto planned = planFor(probing, choices, &rc);
    if (!planned) return rc;
    const Plan &p = planned->plan;
    const StagePlan *stage = p.stage(stageId);
    if (!stage) return usageError(QStringLiteral("the plan has no %1 stage.").arg(a.rest.first()));
    out() << a.rest.first() << ": " << stage->summary << "\n";
    g_lastInstall = {!stage->steps.isEmpty(), stage->status == StageStatus::Blocked};
    if (stage->steps.isEmpty()) {
        out() << "Nothing to install.\n";
        if (stageId == StageId::PythonEnv &&
            CondaEnvs::envExists(planned->facts, CondaEnvs::plannedEnv(p)))
            out() << CondaEnvs::activateInstruction(CondaEnvs::plannedEnv(p)) << "\n";
        out().flush();
        return stage->status == StageStatus::Blocked ? 1 : 0;
    }
    ActionContext ctx;
    ctx.dryRun = a.dryRun || !a.hostDir.isEmpty();
    ctx.home = planned->host->home();
    ctx.root = planned->host->root();
    // --mirror names a conda/pip mirror for plan and install; only URLs are download mirrors.
    for (const QString &m : a.mirrors)
        if (m.startsWith(QLatin1String("https://")) || m.startsWith(QLatin1String("http://")))
            ctx.mirrors << m;
    // Anaconda's Terms of Service: only with the user's explicit --accept-conda-tos, and
    // never silently skipped (conda create would stop on them half-way).
    const QStringList terms = CondaTosOperation::channelsToAccept(p);
    ctx.acceptCondaTerms = a.acceptCondaTos;
    if (stageId == StageId::PythonEnv && !terms.isEmpty() && !a.acceptCondaTos) {
        if (!ctx.dryRun) {
            QTextStream(stderr)
                << "gpu-setup: Miniconda uses Anaconda's channels ("
                << terms.join(QStringLiteral(", "))
                << "), whose Terms of Service must be accepted first: add --accept-conda-tos if "
                   "you agree to them, or use --conda-flavour miniforge or a --mirror, which "
                   "need none.\n";
            return 1;
        }
        out() << "Note: the Terms of Service steps run only with --accept-conda-tos.\n";
    }
    if (stageId == StageId::PythonEnv && !terms.isEmpty() && a.acceptCondaTos && !ctx.dryRun) {
        Journal journal(Journal::pathFor(ctx.home));
        QString jerr;
        const JournalEntry consent =
            CondaTosOperation::consentEntry(terms, QStringLiteral("with --accept-conda-tos"));
        if (!journal.load(&jerr) || !journal.append(consent, &jerr))
            QTextStream(stderr) << "gpu-setup: note: your agreement was not journaled: " << jerr
                                << "\n";
        out() << consent.message << "\n";
    }
    QList<Step> steps;
    for (Step s : stage->steps) {
        if (!a.installer.isEmpty()) {
            // A file already on disk replaces the download.
            if (s.kind == QLatin1String("download")) continue;
            if (s.id == QLatin1String("toolkit.install")) s.argv[1] = a.installer;
            if (s.id == QLatin1String("cudnn.extract")) s.argv[2] = a.installer;
        }
        if (s.kind == QLatin1String("download") && !s.sha256.isEmpty())
            ctx.sha256ByPath.insert(s.path, s.sha256);
        // The administrator helper runs NVIDIA's runfiles only: say so before any password.
        if (!a.installer.isEmpty() && s.id == QLatin1String("toolkit.install") && s.privileged) {
            QString herr;
            const QString sha = Hasher::sha256File(a.installer, &herr);
            if (sha.isEmpty()) return usageError(herr);
            if (!helper::knownFile(sha, helper::KnownFile::Kind::CudaRunfile))
                return usageError(helper::unknownRunfile(a.installer, sha) +
                                  QStringLiteral(" Install it into a folder of your own with "
                                                 "--toolkit-prefix, or run it yourself with "
                                                 "sudo if you trust it."));
        }
        steps << s;
    }
    if (ctx.dryRun) out() << "Dry run: nothing is changed; these are the exact commands.\n";
    if (stageId == StageId::Driver) {
        DriverInstallOperation op(steps, ctx, choices.server);
        op.setDryRun(ctx.dryRun);
        if (op.needsMokPassword() && !ctx.dryRun) {
            // Asked now, before the long install: the enrolment runs after it, since DKMS
            // makes the key while it builds the module.
            out() << "Secure Boot is on: the key that signs the NVIDIA module must be enrolled "
                     "at the next boot, with a one-time password you choose now.\n";
            out().flush();
            const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
            const int in = tty >= 0 ? tty : STDIN_FILENO;
            QString password, why;
            bool asked = false;
            for (int attempt = 0; attempt < 3 && !asked; ++attempt) {
                asked = MokEnrollOperation::askPassword(in, tty >= 0 ? tty : STDERR_FILENO,
                                                        &password, &why);
                if (!asked) QTextStream(stderr) << "gpu-setup: " << why << "\n";
                if (!::isatty(in)) break; // a pipe gives one chance
            }
            if (tty >= 0) ::close(tty);
            if (!asked) return 2;
            op.setMokPassword(password);
            password.fill(QLatin1Char('\0'));
        }
        out() << "==> " << op.title() << "\n";
        const OperationResult r = runOperation(op);
        journalRun(op, ctx.home);
        if (!ctx.dryRun) // a dry run already listed them with the commands
            for (const QString &m : op.manualSteps())
                out() << "    then by you: " << m << "\n";
        out().flush();
        if (!r.ok) QTextStream(stderr) << "gpu-setup: " << r.message << "\n";
        return r.ok ? 0 : 1;
    }
    for (const Step &s : steps) {
        QString why;
        auto op = operationForStep(s, ctx, &why);
        out() << "==> " << s.description << "\n";
        if (!op) {
            out() << "    not run here: " << why << "\n";
            if (!s.argv.isEmpty()) out() << "    " << CommandOperation::quoted(s.argv) << "\n";
            if (!s.path.isEmpty() && s.kind == QLatin1String("edit"))
                out() << "    edit " << s.path << "\n";
            continue;
        }
        op->setDryRun(ctx.dryRun);
        if (!ctx.dryRun) // the exact commands first (a dry run prints them as its log)
            for (const QString &line : op->dryRun())
                out() << "    $ " << line << "\n";
        const OperationResult r = runOperation(*op);
        journalRun(*op, ctx.home);
        out().flush();
        if (!r.ok) {
            QTextStream(stderr) << "gpu-setup: " << r.message << "\n";
            return 1;
        }
    }
    if (stageId == StageId::PythonEnv && !ctx.dryRun)
        out() << CondaEnvs::activateInstruction(CondaEnvs::plannedEnv(p)) << "\n";
    out().flush();
    return 0;
}

// gpu-setup install all: every stage in the wizard's order, each planned afresh (what the one
// before changed counts), stopping at the first failure and before what needs a reboot.
int installAll(const Args &a)
{
    const QStringList order{QStringLiteral("driver"), QStringLiteral("toolkit"),
                            QStringLiteral("cudnn"), QStringLiteral("python")};
    const bool dryRun = a.dryRun || !a.hostDir.isEmpty();
    for (const QString &stage : order) {
        Args one = a;
        one.rest = {stage};
        // Here toolkit and cuDNN are what the plan says (optional for pip PyTorch), not forced.
        if (one.toolkit.isEmpty()) one.toolkit = QStringLiteral("auto");
        out() << "\n## " << stage << "\n";
        out().flush();
        const int rc = install(one);
        if (rc != 0 && !g_lastInstall.hadSteps && g_lastInstall.blocked) {
            // Nothing to run here (no GPU: no driver, no toolkit); the next stages may still
            // apply (a CPU environment), and the report says why this one is blocked.
            out() << "Skipped: this stage is blocked; see gpu-setup plan.\n";
            continue;
        }
        if (rc != 0) {
            QTextStream(stderr) << "gpu-setup: install all stopped at " << stage << ".\n";
            return rc;
        }
        if (stage == QLatin1String("driver") && g_lastInstall.hadSteps && !dryRun) {
            // A freshly installed driver loads only after a reboot; the later stages need it.
            out() << "Reboot the computer, then run gpu-setup install all again to go on.\n";
            out().flush();
            return 0;
        }
    }
    return 0;
}

// Unpacks ARCHIVE into DIR in-process (what the cuDNN step does), with a progress line on a
// terminal; Ctrl-C removes what was unpacked so far.
int extract(const Args &a)
{
    if (a.rest.size() != 1) return usageError(QStringLiteral("extract takes exactly one archive."));
    if (a.extractDir.isEmpty())
        return usageError(QStringLiteral("extract needs -C DIR, the folder to unpack into."));
    if (!QFileInfo(a.rest.first()).isFile())
        return usageError(QStringLiteral("The archive %1 does not exist.").arg(a.rest.first()));
    Extractor x(a.rest.first(), a.extractDir);
    x.setStripComponents(a.strip);
    SignalCatcher catcher([&x] { x.cancel(); });
    const bool tty = ::isatty(STDERR_FILENO) == 1;
    QTextStream err(stderr);
    bool drew = false;
    if (tty) {
        QObject::connect(&x, &Extractor::progress, [&](double fraction, qint64 bytes) {
            err << "\r" << int(fraction * 100) << "%  " << megabytes(bytes) << " MB written\x1b[K";
            err.flush();
            drew = true;
        });
    }
    const ExtractResult result =
        waitFinished<ExtractResult>(x, &Extractor::finished, [&] { x.start(); });
    err.flush();
    return finishWithResult("extract", a.rest.first(), drew, result.ok, result.message,
                            result.details);
}

} // namespace

bool cliNeedsGuiApp(const QStringList &args)
{
    if (!isCliInvocation(args) || !args.contains(QStringLiteral("report"))) return false;
    // Only the PDF needs it: the other formats stay free of any platform plugin.
    for (int i = 1; i < args.size(); ++i)
        if (args[i].endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ||
            (args[i] == QLatin1String("--format") &&
             args.value(i + 1).toLower() == QLatin1String("pdf")))
            return true;
    return false;
}

QString cliUsage()
{
    return QStringLiteral(
        "Usage: gpu-setup [--lang zh_CN|en] [--host DIR] [--knowledge DIR] [--resume]\n"
        "                                 start the setup wizard (--resume: where it waited\n"
        "                                 before the restart)\n"
        "       gpu-setup doctor [--json] [--host DIR] [--timeout S]\n"
        "                                 print every fact about this machine's GPU setup\n"
        "                                 with its evidence (exit 1 when something is broken)\n"
        "       gpu-setup plan [--host DIR] [--framework pytorch[==X]|tensorflow[==X]|none]\n"
        "                      [--python X.Y] [--toolkit yes|no|auto] [--mirror "
        "official|tuna|ustc|bfsu]\n"
        "                      [--conda-flavour miniforge|miniconda] [--env NAME]\n"
        "                      [--server] [--knowledge DIR] [--json]\n"
        "                                 what would be installed, and why, with the exact "
        "commands\n"
        "                                 (exit 1 while something still needs action);\n"
        "                                 --server: a headless server, Ubuntu's server (compute)\n"
        "                                 driver (also for install, verify and report)\n"
        "       gpu-setup snapshot -o DIR [--host DIR]\n"
        "                                 capture the files and command outputs the probes read\n"
        "                                 into DIR, for --host and for bug reports\n"
        "       gpu-setup download URL --sha256 HEX|--md5 HEX -o FILE [--mirror URL]...\n"
        "                                 fetch one file (resuming FILE.part), trying the\n"
        "                                 mirrors in order, and keep it only if it matches\n"
        "       gpu-setup verify [--python PATH] [--host DIR] [--json] [--timeout S]\n"
        "                        [--framework ...] [--toolkit yes|no|auto]\n"
        "                                 nvidia-smi, nvcc, a compiled CUDA program and PyTorch\n"
        "                                 on the GPU in the plan's env (or --python); exit 0\n"
        "                                 when every check the plan needs passes (no nvcc\n"
        "                                 without a toolkit in the plan)\n"
        "       gpu-setup report [-o FILE] [--format json|md|html|pdf|text] [--host DIR]\n"
        "                        [--no-redact] [--lang zh_CN|en] [--journal FILE] [--verify]\n"
        "                        [--python PATH] [--with-log]\n"
        "                                 the setup report for your TA (format from the -o\n"
        "                                 extension; user, host, serials redacted by default)\n"
        "       gpu-setup report --read FILE [--format text|md|html]\n"
        "                                 show a report someone sent you\n"
        "       gpu-setup profile show|apply|remove [--cuda DIR] [--cudnn DIR]\n"
        "                         [--shell bash|zsh|fish] [--home DIR] [--dry-run] [--json]\n"
        "                         [--move-hand-written]\n"
        "                                 the gpu-setup block (PATH, LD_LIBRARY_PATH, CUDA_HOME)\n"
        "                                 in the shell's rc file and ~/.profile; apply needs\n"
        "                                 --cuda; --dry-run prints the exact edit;\n"
        "                                 --move-hand-written moves the CUDA lines written by\n"
        "                                 hand into the block, as comments (undo restores)\n"
        "       gpu-setup env list [--conda PREFIX] [--json]\n"
        "       gpu-setup env create NAME [--python X.Y] [--conda PREFIX] [--dry-run]\n"
        "       gpu-setup env remove NAME --yes [--conda PREFIX] [--dry-run]\n"
        "                                 conda environments (with their Python and PyTorch)\n"
        "       gpu-setup mirror show [--home DIR] [--json]\n"
        "       gpu-setup mirror set official|tuna|ustc|bfsu [--home DIR] [--dry-run]\n"
        "       gpu-setup mirror undo [--home DIR]\n"
        "                                 point ~/.condarc and ~/.config/pip/pip.conf at a\n"
        "                                 mirror (backed up; undo restores them exactly)\n"
        "       gpu-setup install driver|toolkit|cudnn|python|all [--dry-run] [--host DIR]\n"
        "                      [--toolkit-prefix DIR] [--installer FILE]\n"
        "                      [--framework ...] [--python X.Y] [--mirror NAME] [--env NAME]\n"
        "                      [--conda-flavour miniforge|miniconda] [--accept-conda-tos]\n"
        "                                 run that stage's steps, each exact command printed\n"
        "                                 first (privileged ones through pkexec\n"
        "                                 gpu-setup-helper); python: conda (Miniforge by\n"
        "                                 default), conda init, mirror, the env, the framework\n"
        "                                 and extras (Miniconda needs --accept-conda-tos unless\n"
        "                                 a mirror is chosen); all: every stage in order,\n"
        "                                 stopping before a reboot; --host is always a dry run\n"
        "       gpu-setup extract ARCHIVE -C DIR [--strip-components N]\n"
        "                                 unpack a .tar.xz/.tar.gz/.tar/.zip into DIR, refusing\n"
        "                                 entries that would land outside it\n"
        "       gpu-setup --version | --help\n"
        "Options: -v/--verbose logs to the console as well as to\n"
        "         $XDG_STATE_HOME/gpu-setup/gpu-setup.log; --timeout S limits each command\n"
        "         (default 5 s).\n");
}

bool isCliInvocation(const QStringList &args)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString &s = args[i];
        if (s == QLatin1String("--version") || s == QLatin1String("--help") ||
            s == QLatin1String("-h"))
            return true;
        if (!s.startsWith(QLatin1Char('-'))) return kSubcommands.contains(s) || (i == 1);
        if (s == QLatin1String("--host") || s == QLatin1String("--lang") ||
            s == QLatin1String("--knowledge") || s == QLatin1String("--screenshots"))
            ++i;
    }
    return false;
}

int runCli(const QStringList &args)
{
    if (args.contains(QStringLiteral("--version"))) {
        out() << "gpu-setup " << GPUSETUP_VERSION << "\n";
        return 0;
    }
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h")) ||
        args.value(1) == QLatin1String("help")) {
        out() << cliUsage();
        return 0;
    }
    // env / mirror parse their own options (--conda, --home, --yes, --dry-run).
    if (args.value(1) == QLatin1String("env")) return runEnvCli(args);
    if (args.value(1) == QLatin1String("mirror")) return runMirrorCli(args);
    Args a;
    QString error;
    if (!parse(args, &a, &error)) return usageError(error);
    // Only download (its URL), extract (its archive), profile and install (their action) take
    // a positional argument; anywhere else it would be ignored.
    if (!a.rest.isEmpty() && a.command != QLatin1String("download") &&
        a.command != QLatin1String("extract") && a.command != QLatin1String("profile") &&
        a.command != QLatin1String("install"))
        return usageError(
            QStringLiteral("%1 takes no argument \"%2\".").arg(a.command, a.rest.first()));
    g_logPath = initLogging(a.verbose);
    spdlog::info("gpu-setup {} {}", GPUSETUP_VERSION, args.join(QLatin1Char(' ')).toStdString());
    if (a.command == QLatin1String("doctor")) return doctor(a);
    if (a.command == QLatin1String("snapshot")) return snapshot(a);
    if (a.command == QLatin1String("plan")) return plan(a);
    if (a.command == QLatin1String("download")) return download(a);
    if (a.command == QLatin1String("verify") || a.command == QLatin1String("report")) {
        installTranslators(a.lang);
        return a.command == QLatin1String("verify") ? verify(a) : report(a);
    }
    if (a.command == QLatin1String("profile")) return profile(a);
    if (a.command == QLatin1String("install")) return install(a);
    if (a.command == QLatin1String("extract")) return extract(a);
    return usageError(QStringLiteral("unknown command \"%1\".").arg(a.command));
}

} // namespace gpusetup
