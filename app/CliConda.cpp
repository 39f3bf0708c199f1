#include "CliConda.h"

#include "Cli.h"

#include "actions/CondaEnvs.h"
#include "actions/FileBackup.h"
#include "actions/Journal.h"
#include "actions/MirrorOperation.h"
#include "common/Log.h"
#include "knowledge/Knowledge.h"

#include <QDir>
#include <QEventLoop>
#include <QTextStream>

#include <spdlog/spdlog.h>

namespace gpusetup {

namespace {

QTextStream &sout()
{
    static QTextStream s(stdout);
    return s;
}

int usage(const QString &sentence)
{
    QTextStream err(stderr);
    err << "gpu-setup: " << sentence << "\n"
        << "Run 'gpu-setup --help' for usage.\n";
    return 2;
}

int failure(const QString &sentence)
{
    QTextStream err(stderr);
    err << "gpu-setup: " << sentence << "\n";
    return 1;
}

struct CondaArgs
{
    QString verb;
    QStringList rest;
    QString conda;
    QString home;
    QString python;
    bool yes = false;
    bool dryRun = false;
    bool json = false;
    bool verbose = false;
};

bool parse(const QStringList &args, CondaArgs *a, QString *error)
{
    for (int i = 2; i < args.size(); ++i) {
        const QString &s = args[i];
        auto value = [&](QString *target) { return takeOptionValue(args, &i, target, error); };
        if (s == QLatin1String("--json")) {
            a->json = true;
        } else if (s == QLatin1String("--yes") || s == QLatin1String("-y")) {
            a->yes = true;
        } else if (s == QLatin1String("--dry-run")) {
            a->dryRun = true;
        } else if (s == QLatin1String("-v") || s == QLatin1String("--verbose")) {
            a->verbose = true;
        } else if (s == QLatin1String("--conda")) {
            if (!value(&a->conda)) return false;
        } else if (s == QLatin1String("--home")) {
            if (!value(&a->home)) return false;
        } else if (s == QLatin1String("--python")) {
            if (!value(&a->python)) return false;
        } else if (s.startsWith(QLatin1Char('-'))) {
            *error = QStringLiteral("unknown option %1.").arg(s);
            return false;
        } else if (a->verb.isEmpty()) {
            a->verb = s;
        } else {
            a->rest << s;
        }
    }
    if (a->home.isEmpty()) a->home = QDir::homePath();
    a->home = QDir(a->home).absolutePath();
    return true;
}

QString journalPath(const CondaArgs &a)
{
    return Journal::pathFor(a.home);
}

// Runs one operation to its end, its log on stderr (stdout stays clean for --json).
OperationResult run(Operation &op, bool showLog)
{
    QTextStream err(stderr);
    if (showLog)
        QObject::connect(&op, &Operation::logLine, [&err](const QString &line) {
            err << line << "\n";
            err.flush();
        });
    const OperationResult result =
        waitFinished<OperationResult>(op, &Operation::finished, [&] { op.start(); });
    spdlog::info("{}: {}\n{}", op.id().toStdString(), result.message.toStdString(),
                 result.details.toStdString());
    return result;
}

void remember(const CondaArgs &a, const Operation &op)
{
    if (op.isDryRun()) return;
    Journal j(journalPath(a));
    QString error;
    if (!j.load(&error) || !j.append(op.journalEntry(), &error))
        spdlog::warn("journal: {}", error.toStdString());
}

int finishWith(const CondaArgs &a, Operation &op, const OperationResult &r)
{
    remember(a, op);
    if (op.isDryRun()) {
        for (const QString &line : op.journalEntry().commands)
            sout() << line << "\n";
        sout().flush();
        return 0;
    }
    if (!r.ok) return failure(r.message);
    sout() << r.message << "\n";
    sout().flush();
    return 0;
}

QString prefixFor(const CondaArgs &a, int *rc)
{
    const QString prefix =
        a.conda.isEmpty() ? CondaEnvs::findPrefix(a.home) : QDir(a.conda).absolutePath();
    if (prefix.isEmpty())
        *rc = failure(QStringLiteral("No conda was found; install it or name it with --conda "
                                     "PREFIX."));
    else if (!QFileInfo(CondaEnvs::condaExe(prefix)).isExecutable())
        *rc = failure(QStringLiteral("There is no conda in %1.").arg(prefix));
    else
        return prefix;
    return {};
}

int envList(const CondaArgs &a)
{
    if (!a.rest.isEmpty()) return usage(QStringLiteral("env list takes no argument."));
    int rc = 0;
    const QString prefix = prefixFor(a, &rc);
    if (prefix.isEmpty()) return rc;
    CondaEnvListOperation op(prefix);
    const OperationResult r = run(op, false);
    if (!r.ok) return failure(r.message);
    if (a.json) {
        sout() << QString::fromStdString(Json(op.envs()).dump(2)) << "\n";
    } else {
        for (const CondaEnv &e : op.envs()) {
            QString torch =
                e.torchVersion.isEmpty()
                    ? QStringLiteral("-")
                    : e.torchVersion + (e.torchCuda.isEmpty()
                                            ? QString()
                                            : QStringLiteral(" (CUDA %1)").arg(e.torchCuda));
            sout() << QStringLiteral("%1  %2  python %3  torch %4\n")
                          .arg(e.name.isEmpty() ? QStringLiteral("?") : e.name, -16)
                          .arg(e.prefix)
                          .arg(e.pythonVersion.isEmpty() ? QStringLiteral("?") : e.pythonVersion)
                          .arg(torch);
        }
    }
    sout().flush();
    return 0;
}

int envCreate(const CondaArgs &a)
{
    if (a.rest.size() != 1) return usage(QStringLiteral("env create takes one NAME."));
    QString why;
    if (!CondaEnvs::validName(a.rest.first(), &why)) return usage(why);
    if (!a.python.isEmpty() && !CondaEnvs::validPython(a.python, &why)) return usage(why);
    int rc = 0;
    const QString prefix = prefixFor(a, &rc);
    if (prefix.isEmpty()) return rc;
    CondaEnvCreateOperation op(QStringLiteral("python.create-env"), prefix, a.rest.first(),
                               a.python);
    op.setDryRun(a.dryRun);
    const int rc2 = finishWith(a, op, run(op, !a.dryRun));
    if (rc2 == 0 && !a.dryRun) { // how to use it (the wizard and the report say the same)
        sout() << CondaEnvs::activateInstruction(a.rest.first()) << "\n";
        sout().flush();
    }
    return rc2;
}

int envRemove(const CondaArgs &a)
{
    if (a.rest.size() != 1) return usage(QStringLiteral("env remove takes one NAME."));
    const QString name = a.rest.first();
    if (name == QLatin1String("base") || name == QLatin1String("root"))
        return usage(QStringLiteral("The base environment is conda itself and is never "
                                    "removed."));
    QString why;
    if (!CondaEnvs::validName(name, &why)) return usage(why);
    if (!a.yes && !a.dryRun)
        return usage(QStringLiteral("Removing \"%1\" deletes everything in it; add --yes to "
                                    "confirm.")
                         .arg(name));
    int rc = 0;
    const QString prefix = prefixFor(a, &rc);
    if (prefix.isEmpty()) return rc;
    CondaEnvRemoveOperation op(prefix, name, a.yes);
    op.setDryRun(a.dryRun);
    return finishWith(a, op, run(op, !a.dryRun));
}

int mirrorShow(const CondaArgs &a)
{
    if (!a.rest.isEmpty()) return usage(QStringLiteral("mirror show takes no argument."));
    const MirrorState s = MirrorConfig::show(a.home, Knowledge::builtin());
    if (a.json) {
        Json j;
        j["condarc"] = s.condarcPath;
        j["condarcExists"] = s.condarcExists;
        j["conda"] = s.condaMirror;
        j["condaUrls"] = s.condaUrls;
        j["pipConf"] = s.pipConfPath;
        j["pip"] = s.pipMirror;
        j["pipIndexUrl"] = s.pipIndexUrl;
        j["pipIndexFrom"] = s.pipIndexFrom;
        sout() << QString::fromStdString(j.dump(2)) << "\n";
    } else {
        sout() << "conda: " << s.condaMirror << "  (" << s.condarcPath
               << (s.condarcExists ? "" : ", not there") << ")\n";
        for (const QString &u : s.condaUrls)
            sout() << "       " << u << "\n";
        sout() << "pip:   " << s.pipMirror << "  ("
               << (s.pipIndexUrl.isEmpty()
                       ? QStringLiteral("default index")
                       : s.pipIndexUrl + QStringLiteral(" from ") + s.pipIndexFrom)
               << ")\n";
    }
    sout().flush();
    return 0;
}

int mirrorSet(const CondaArgs &a)
{
    if (a.rest.size() != 1)
        return usage(QStringLiteral("mirror set takes one of official, tuna, ustc, bfsu."));
    QString why;
    const auto spec = MirrorConfig::spec(a.rest.first(), Knowledge::builtin(), &why);
    if (!spec) return usage(why);
    MirrorOperation op(QStringLiteral("mirror.set"), a.home, *spec);
    op.setDryRun(a.dryRun);
    const OperationResult r = run(op, !a.dryRun);
    if (r.ok && spec->unverified && !a.dryRun)
        QTextStream(stderr) << "gpu-setup: note: the " << spec->name
                            << " addresses are derived, not read from its own documentation.\n";
    return finishWith(a, op, r);
}

int mirrorUndo(const CondaArgs &a)
{
    if (!a.rest.isEmpty()) return usage(QStringLiteral("mirror undo takes no argument."));
    Journal j(journalPath(a));
    QString error;
    if (!j.load(&error)) return failure(error);
    for (int i = int(j.entries().size()) - 1; i >= 0; --i) {
        const JournalEntry &e = j.entries()[i];
        if (e.id != QLatin1String("mirror.set") && !e.id.startsWith(QLatin1String("python.mirror")))
            continue;
        if (e.outcome == QLatin1String("undone")) continue;
        if (e.outcome != QLatin1String("ok")) continue;
        if (a.dryRun) {
            for (const JournalChange &c : e.changes)
                sout() << (c.kind == QLatin1String("file-created")
                               ? QStringLiteral("remove %1").arg(c.path)
                               : QStringLiteral("restore %1 from %2").arg(c.path, c.backup))
                       << "\n";
            sout().flush();
            return 0;
        }
        const QStringList problems = FileBackup::guardedUndo(e.changes);
        if (!problems.isEmpty()) return failure(problems.first());
        if (!j.markUndone(i, &error)) return failure(error);
        sout() << QStringLiteral("The mirror settings are back as they were before %1.")
                      .arg(e.startedAt)
               << "\n";
        sout().flush();
        return 0;
    }
    return failure(QStringLiteral("There is no mirror change to undo."));
}

} // namespace

int runEnvCli(const QStringList &args)
{
    CondaArgs a;
    QString error;
    if (!parse(args, &a, &error)) return usage(error);
    initLogging(a.verbose);
    if (a.verb == QLatin1String("list")) return envList(a);
    if (a.verb == QLatin1String("create")) return envCreate(a);
    if (a.verb == QLatin1String("remove")) return envRemove(a);
    return usage(a.verb.isEmpty() ? QStringLiteral("env needs list, create or remove.")
                                  : QStringLiteral("unknown env command \"%1\".").arg(a.verb));
}

int runMirrorCli(const QStringList &args)
{
    CondaArgs a;
    QString error;
    if (!parse(args, &a, &error)) return usage(error);
    initLogging(a.verbose);
    if (a.verb == QLatin1String("show")) return mirrorShow(a);
    if (a.verb == QLatin1String("set")) return mirrorSet(a);
    if (a.verb == QLatin1String("undo")) return mirrorUndo(a);
    return usage(a.verb.isEmpty() ? QStringLiteral("mirror needs show, set or undo.")
                                  : QStringLiteral("unknown mirror command \"%1\".").arg(a.verb));
}

} // namespace gpusetup
