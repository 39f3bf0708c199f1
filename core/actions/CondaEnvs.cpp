#include "actions/CondaEnvs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace gpusetup {

// ---------------------------------------------------------------- CondaEnvs

bool CondaEnvs::validName(const QString &name, QString *why)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    if (name == QLatin1String("base") || name == QLatin1String("root")) {
        if (why)
            *why = QCoreApplication::translate("gpusetup::CondaEnvs",
                                               "\"%1\" is conda's own environment; choose "
                                               "another name.")
                       .arg(name);
        return false;
    }
    if (!re.match(name).hasMatch() || name == QLatin1String(".") || name == QLatin1String("..")) {
        if (why)
            *why = QCoreApplication::translate("gpusetup::CondaEnvs",
                                               "\"%1\" is not a valid environment name: use up "
                                               "to 64 letters, digits, '_', '.' or '-'.")
                       .arg(name);
        return false;
    }
    return true;
}

bool CondaEnvs::validPython(const QString &version, QString *why)
{
    static const QRegularExpression re(QStringLiteral(R"(^3(\.\d{1,2}){0,2}$)"));
    if (re.match(version).hasMatch()) return true;
    if (why)
        *why = QCoreApplication::translate("gpusetup::CondaEnvs",
                                           "\"%1\" is not a Python version such as 3.12.")
                   .arg(version);
    return false;
}

QString CondaEnvs::condaExe(const QString &prefix)
{
    return QDir::cleanPath(prefix) + QStringLiteral("/bin/conda");
}

QString CondaEnvs::envPrefix(const QString &prefix, const QString &name)
{
    return name == QLatin1String("base")
               ? QDir::cleanPath(prefix)
               : QDir::cleanPath(prefix) + QStringLiteral("/envs/") + name;
}

QString CondaEnvs::envPython(const QString &prefix, const QString &name)
{
    return envPrefix(prefix, name) + QStringLiteral("/bin/python");
}

void CondaEnvs::inspect(CondaEnv &e)
{
    const QDir meta(e.prefix + QStringLiteral("/conda-meta"));
    for (const QString &n : meta.entryList({QStringLiteral("python-3*.json")}, QDir::Files))
        if (const QString v = condaMetaPythonVersion(n); !v.isEmpty()) e.pythonVersion = v;
    const QDir lib(e.prefix + QStringLiteral("/lib"));
    for (const QString &py : lib.entryList({QStringLiteral("python3*")}, QDir::Dirs)) {
        const QString path = lib.filePath(py + QStringLiteral("/site-packages/torch/version.py"));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) continue;
        parseTorchVersionPy(QString::fromUtf8(f.read(64 * 1024)), &e.torchVersion, &e.torchCuda);
        if (!e.torchVersion.isEmpty()) {
            e.torchSource = path;
            return;
        }
    }
    for (const QString &n : meta.entryList({QStringLiteral("pytorch-*.json")}, QDir::Files)) {
        QString cuda;
        if (const QString v = condaMetaTorch(n, &cuda); !v.isEmpty()) {
            e.torchVersion = v;
            e.torchCuda = cuda;
            e.torchSource = meta.filePath(n);
        }
    }
}

QList<CondaEnv> CondaEnvs::parseList(const QStringList &lines, const QString &rootPrefix)
{
    int first = -1, last = -1;
    for (int i = 0; i < lines.size(); ++i) {
        const QString t = lines[i].trimmed();
        if (first < 0 && t.startsWith(QLatin1Char('{'))) first = i;
        if (first >= 0 && t.startsWith(QLatin1Char('}'))) last = i;
        if (first >= 0 && t.endsWith(QLatin1Char('}'))) last = i;
    }
    if (first < 0 || last < first)
        return parseCondaEnvList(lines.join(QLatin1Char('\n')), rootPrefix);
    QList<CondaEnv> envs =
        parseCondaEnvList(lines.mid(first, last - first + 1).join(QLatin1Char('\n')), rootPrefix);
    for (CondaEnv &e : envs)
        inspect(e);
    return envs;
}

QString CondaEnvs::activateInstruction(const QString &envName)
{
    return QCoreApplication::translate("gpusetup::CondaEnvs",
                                       "Open a new terminal, then run: conda activate %1")
        .arg(envName);
}

QString CondaEnvs::plannedEnv(const Plan &plan)
{
    const StagePlan *p = plan.stage(StageId::PythonEnv);
    if (!p) return QString();
    const QString env = p->chosen.value(QStringLiteral("env"));
    return env.isEmpty() ? plan.choices.envName : env;
}

bool CondaEnvs::envExists(const Facts &facts, const QString &name)
{
    if (name.isEmpty()) return false;
    for (const CondaInstall &i : facts.conda.installs)
        for (const CondaEnv &e : i.envs)
            if (e.name == name) return true;
    return false;
}

QString CondaEnvs::findPrefix(const QString &home)
{
    QStringList candidates;
    const QString exe = qEnvironmentVariable("CONDA_EXE");
    if (!exe.isEmpty() && home == QDir::homePath())
        candidates << QFileInfo(exe).canonicalFilePath().section(QLatin1Char('/'), 0, -3);
    for (const char *d : {"miniconda3", "anaconda3", "miniforge3", "mambaforge"})
        candidates << home + QLatin1Char('/') + QLatin1String(d);
    candidates << QStringLiteral("/opt/conda");
    for (const QString &c : std::as_const(candidates))
        if (!c.isEmpty() && QFileInfo(condaExe(c)).isExecutable()) return QDir::cleanPath(c);
    return {};
}

// ---------------------------------------------------------------- list

CondaEnvListOperation::CondaEnvListOperation(const QString &prefix, QObject *parent)
    : CommandOperation(QStringLiteral("python.env-list"), tr("List the conda environments"),
                       {CondaEnvs::condaExe(prefix), QStringLiteral("env"), QStringLiteral("list"),
                        QStringLiteral("--json")},
                       parent),
      m_prefix(QDir::cleanPath(prefix))
{
}

void CondaEnvListOperation::onOutputLine(const QString &) {}

OperationResult CondaEnvListOperation::resultFor(int exitCode, QProcess::ExitStatus status)
{
    OperationResult r = CommandOperation::resultFor(exitCode, status);
    if (!r.ok) return r;
    m_envs = CondaEnvs::parseList(output(), m_prefix);
    // conda lists the root without a name only when it is there: make sure base is named.
    r.message = tr("%n conda environment(s).", nullptr, int(m_envs.size()));
    if (m_envs.isEmpty() && !output().join(QString()).contains(QLatin1Char('{'))) {
        r.ok = false;
        r.message = tr("conda's environment list could not be read.");
    }
    return r;
}

// ---------------------------------------------------------------- create

CondaEnvCreateOperation::CondaEnvCreateOperation(const QString &id, const QString &prefix,
                                                 const QString &name, const QString &python,
                                                 QObject *parent)
    : CommandOperation(
          id,
          python.isEmpty()
              ? tr("Create the conda environment \"%1\"").arg(name)
              : tr("Create the conda environment \"%1\" with Python %2").arg(name, python),
          {CondaEnvs::condaExe(prefix), QStringLiteral("create"), QStringLiteral("-y"),
           QStringLiteral("-n"), name,
           python.isEmpty() ? QStringLiteral("python") : QStringLiteral("python=") + python},
          parent),
      m_prefix(QDir::cleanPath(prefix)), m_name(name), m_python(python)
{
}

void CondaEnvCreateOperation::doStart()
{
    QString why;
    if (!CondaEnvs::validName(m_name, &why) ||
        (!m_python.isEmpty() && !CondaEnvs::validPython(m_python, &why))) {
    } else if (!QFileInfo(CondaEnvs::condaExe(m_prefix)).isExecutable()) {
        why = tr("There is no conda in %1; install it first.").arg(m_prefix);
    } else if (QFileInfo::exists(CondaEnvs::envPrefix(m_prefix, m_name))) {
        why = tr("The environment \"%1\" already exists; remove it first or choose another name.")
                  .arg(m_name);
    }
    if (!why.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, why] {
                finish({false, false, why, m_name});
            },
            Qt::QueuedConnection);
        return;
    }
    m_tosError = false;
    recordChange({QStringLiteral("dir-created"),
                  CondaEnvs::envPrefix(m_prefix, m_name),
                  {},
                  QStringLiteral("conda environment %1").arg(m_name)});
    CommandOperation::doStart();
}

void CondaEnvCreateOperation::onOutputLine(const QString &line)
{
    CommandOperation::onOutputLine(line);
    if (line.contains(QLatin1String("Terms of Service have not been accepted")) ||
        line.contains(QLatin1String("CondaToSNonInteractiveError")))
        m_tosError = true;
    static const QList<QPair<QString, double>> stages = {
        {QStringLiteral("Collecting package metadata"), 0.1},
        {QStringLiteral("Solving environment"), 0.3},
        {QStringLiteral("Downloading and Extracting"), 0.5},
        {QStringLiteral("Preparing transaction"), 0.8},
        {QStringLiteral("Verifying transaction"), 0.85},
        {QStringLiteral("Executing transaction"), 0.9}};
    for (const auto &[text, p] : stages)
        if (line.contains(text) && p > progress()) {
            setProgress(p);
            setStatus(text);
        }
}

OperationResult CondaEnvCreateOperation::resultFor(int exitCode, QProcess::ExitStatus status)
{
    OperationResult r = CommandOperation::resultFor(exitCode, status);
    if (r.ok)
        r.message = tr("The environment \"%1\" is ready.").arg(m_name);
    else if (m_tosError)
        r.message = tr("conda will not use Anaconda's channels until their Terms of Service "
                       "are accepted; accept them if you agree, or use a mirror or Miniforge.");
    return r;
}

// ---------------------------------------------------------------- remove

CondaEnvRemoveOperation::CondaEnvRemoveOperation(const QString &prefix, const QString &name,
                                                 bool confirmed, QObject *parent)
    : CommandOperation(QStringLiteral("python.remove-env"),
                       tr("Remove the conda environment \"%1\"").arg(name),
                       {CondaEnvs::condaExe(prefix), QStringLiteral("env"),
                        QStringLiteral("remove"), QStringLiteral("-y"), QStringLiteral("-n"), name},
                       parent),
      m_prefix(QDir::cleanPath(prefix)), m_name(name), m_confirmed(confirmed)
{
}

void CondaEnvRemoveOperation::doStart()
{
    QString why;
    if (m_name == QLatin1String("base") || m_name == QLatin1String("root")) {
        why = tr("The base environment is conda itself and is never removed.");
    } else if (!CondaEnvs::validName(m_name, &why)) {
    } else if (!m_confirmed) {
        why = tr("Removing \"%1\" deletes everything installed in it, so it needs your "
                 "confirmation.")
                  .arg(m_name);
    } else if (!QFileInfo(CondaEnvs::condaExe(m_prefix)).isExecutable()) {
        why = tr("There is no conda in %1.").arg(m_prefix);
    } else if (!QFileInfo(CondaEnvs::envPrefix(m_prefix, m_name)).isDir()) {
        why = tr("There is no environment \"%1\" in %2.").arg(m_name, m_prefix);
    } else if (QDir::cleanPath(qEnvironmentVariable("CONDA_PREFIX")) ==
               CondaEnvs::envPrefix(m_prefix, m_name)) {
        why = tr("\"%1\" is the active environment; run conda deactivate first.").arg(m_name);
    }
    if (!why.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, why] {
                finish({false, false, why, m_name});
            },
            Qt::QueuedConnection);
        return;
    }
    CommandOperation::doStart();
}

OperationResult CondaEnvRemoveOperation::resultFor(int exitCode, QProcess::ExitStatus status)
{
    OperationResult r = CommandOperation::resultFor(exitCode, status);
    if (r.ok) r.message = tr("The environment \"%1\" was removed.").arg(m_name);
    return r;
}

// ---------------------------------------------------------------- pip

PipInstallOperation::PipInstallOperation(const QString &id, const QString &title,
                                         const QString &python, const QStringList &args,
                                         QObject *parent)
    : CommandOperation(id, title,
                       QStringList{python, QStringLiteral("-m"), QStringLiteral("pip"),
                                   QStringLiteral("install")} +
                           args,
                       parent),
      m_python(python)
{
    // The env's own pip, not the user's ~/.local one, and no "new pip available" noise.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONNOUSERSITE"), QStringLiteral("1"));
    env.insert(QStringLiteral("PIP_DISABLE_PIP_VERSION_CHECK"), QStringLiteral("1"));
    setEnvironment(env);
}

std::unique_ptr<PipInstallOperation>
PipInstallOperation::fromArgv(const QString &id, const QString &title, const QStringList &argv)
{
    if (argv.size() < 5 || argv[1] != QLatin1String("-m") || argv[2] != QLatin1String("pip") ||
        argv[3] != QLatin1String("install") ||
        !QFileInfo(argv[0]).fileName().startsWith(QLatin1String("python")))
        return nullptr;
    return std::make_unique<PipInstallOperation>(id, title, argv[0], argv.mid(4));
}

QStringList PipInstallOperation::buildArgs(const QStringList &packages, const QString &indexUrl,
                                           const QStringList &extraIndexUrls)
{
    QStringList a = packages;
    if (!indexUrl.isEmpty()) a << QStringLiteral("--index-url") << indexUrl;
    for (const QString &u : extraIndexUrls)
        a << QStringLiteral("--extra-index-url") << u;
    return a;
}

void PipInstallOperation::doStart()
{
    m_collected = 0;
    if (!QFileInfo(m_python).isExecutable()) {
        const QString why =
            tr("There is no Python at %1; create the environment first.").arg(m_python);
        QMetaObject::invokeMethod(
            this,
            [this, why] {
                finish({false, false, why, m_python});
            },
            Qt::QueuedConnection);
        return;
    }
    CommandOperation::doStart();
}

void PipInstallOperation::onOutputLine(const QString &line)
{
    CommandOperation::onOutputLine(line);
    const QString t = line.trimmed();
    if (t.startsWith(QLatin1String("Collecting "))) {
        ++m_collected;
        // Unknown total: creep towards 0.7 as packages are found.
        setProgress(0.7 * (1.0 - 1.0 / (1.0 + 0.15 * m_collected)));
        setStatus(t.left(80));
    } else if (t.startsWith(QLatin1String("Downloading ")) && progress() < 0.7) {
        setStatus(t.left(80));
    } else if (t.startsWith(QLatin1String("Installing collected packages"))) {
        setProgress(0.85);
        setStatus(tr("Installing the packages…"));
    } else if (t.startsWith(QLatin1String("Successfully installed"))) {
        setProgress(0.99);
    }
}

} // namespace gpusetup
