#include "Cli.h"

#include "actions/Downloader.h"
#include "advice/Advisor.h"
#include "common/Log.h"
#include "host/RealHost.h"
#include "host/RecordingHost.h"
#include "host/SnapshotHost.h"
#include "knowledge/Knowledge.h"
#include "probe/Facts.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <memory>
#include <unistd.h>

namespace gpusetup {

namespace {

const QStringList kSubcommands = {QStringLiteral("doctor"), QStringLiteral("snapshot"),
                                  QStringLiteral("plan"), QStringLiteral("download"),
                                  QStringLiteral("help")};

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
    int timeoutMs = Host::kDefaultTimeoutMs;
};

// Parsed by hand: QCommandLineParser has no subcommands, and errors must be one sentence.
bool parse(const QStringList &args, Args *a, QString *error)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString &s = args[i];
        auto value = [&](QString *target) {
            if (i + 1 >= args.size() || args[i + 1].startsWith(QLatin1String("--"))) {
                *error = QStringLiteral("%1 needs a value.").arg(s);
                return false;
            }
            *target = args[++i];
            return true;
        };
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
        } else if (s == QLatin1String("--sha256")) {
            if (!value(&a->sha256)) return false;
        } else if (s == QLatin1String("--timeout")) {
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

int doctor(const Args &a)
{
    int rc = 0;
    auto host = makeHost(a, &rc);
    if (!host) return rc;
    ProbeOptions options;
    options.commandTimeoutMs = a.timeoutMs;
    const Facts facts = probeAll(*host, options);
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

int plan(const Args &a)
{
    Choices choices;
    QString error;
    if (!parseChoices(a, &choices, &error)) return usageError(error);
    int rc = 0;
    const Knowledge *kb = knowledgeFor(a, &rc);
    if (!kb) return rc;
    auto host = makeHost(a, &rc);
    if (!host) return rc;
    ProbeOptions options;
    options.commandTimeoutMs = a.timeoutMs;
    const Plan p = advise(probeAll(*host, options), *kb, choices);
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
    ProbeOptions options;
    options.commandTimeoutMs = a.timeoutMs;
    probeAll(rec, options);
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

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// One file, verified; a progress line on stderr only when it is a terminal.
int download(const Args &a)
{
    if (a.rest.size() != 1) return usageError(QStringLiteral("download takes exactly one URL."));
    if (a.sha256.isEmpty())
        return usageError(QStringLiteral("download needs --sha256 HEX, the expected checksum."));
    if (a.outDir.isEmpty())
        return usageError(QStringLiteral("download needs -o FILE, the file to write."));
    Downloader d(QStringList{a.rest.first()} + a.mirrors, a.outDir, a.sha256);
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
    DownloadResult result;
    QEventLoop loop;
    QObject::connect(&d, &Downloader::finished, [&](const DownloadResult &r) {
        result = r;
        loop.quit();
    });
    d.start();
    if (d.isRunning()) loop.exec();
    if (drew) err << "\r\x1b[K";
    spdlog::info("download {}: {}\n{}", a.outDir.toStdString(), result.message.toStdString(),
                 result.details.toStdString());
    if (result.ok) {
        out() << result.message << "\n";
        out().flush();
        return 0;
    }
    err << "gpu-setup: " << result.message << "\n";
    return 1;
}

} // namespace

QString cliUsage()
{
    return QStringLiteral(
        "Usage: gpu-setup [--lang zh_CN|en] [--host DIR]     start the setup wizard\n"
        "       gpu-setup doctor [--json] [--host DIR] [--timeout S]\n"
        "                                 print every fact about this machine's GPU setup\n"
        "                                 with its evidence (exit 1 when something is broken)\n"
        "       gpu-setup plan [--host DIR] [--framework pytorch[==X]|tensorflow[==X]|none]\n"
        "                      [--python X.Y] [--toolkit yes|no|auto] [--mirror "
        "official|tuna|ustc|bfsu]\n"
        "                      [--knowledge DIR] [--json]\n"
        "                                 what would be installed, and why, with the exact "
        "commands\n"
        "                                 (exit 1 while something still needs action)\n"
        "       gpu-setup snapshot -o DIR [--host DIR]\n"
        "                                 capture the files and command outputs the probes read\n"
        "                                 into DIR, for --host and for bug reports\n"
        "       gpu-setup download URL --sha256 HEX -o FILE [--mirror URL]...\n"
        "                                 fetch one file (resuming FILE.part), trying the\n"
        "                                 mirrors in order, and keep it only if it matches\n"
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
            s == QLatin1String("--screenshots"))
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
    Args a;
    QString error;
    if (!parse(args, &a, &error)) return usageError(error);
    // Only download takes a positional argument (its URL); anywhere else it would be ignored.
    if (!a.rest.isEmpty() && a.command != QLatin1String("download"))
        return usageError(
            QStringLiteral("%1 takes no argument \"%2\".").arg(a.command, a.rest.first()));
    initLogging(a.verbose);
    spdlog::info("gpu-setup {} {}", GPUSETUP_VERSION, args.join(QLatin1Char(' ')).toStdString());
    if (a.command == QLatin1String("doctor")) return doctor(a);
    if (a.command == QLatin1String("snapshot")) return snapshot(a);
    if (a.command == QLatin1String("plan")) return plan(a);
    if (a.command == QLatin1String("download")) return download(a);
    return usageError(QStringLiteral("unknown command \"%1\".").arg(a.command));
}

} // namespace gpusetup
