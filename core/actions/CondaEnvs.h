#pragma once
// conda environments as operations: list (`conda env list --json`, with each env's Python and
// PyTorch read from its files as CondaProbe does), create, remove (never base, only when
// confirmed), and pip installs into an env through its own python (argv, no shell, no
// activation), with progress from pip's output lines.
#include "actions/CommandOperation.h"
#include "advice/Plan.h"
#include "probe/CondaProbe.h"
#include "probe/Facts.h"

namespace gpusetup {

class CondaEnvs
{
public:
    // ^[A-Za-z0-9_.-]{1,64}$, not "base"; false + one sentence.
    static bool validName(const QString &name, QString *why = nullptr);
    // "3", "3.12", "3.12.4".
    static bool validPython(const QString &version, QString *why = nullptr);
    static QString condaExe(const QString &prefix);
    static QString envPrefix(const QString &prefix, const QString &name);
    static QString envPython(const QString &prefix, const QString &name);
    // Python and PyTorch versions from the env's conda-meta and site-packages (cheap: no
    // process). Fills pythonVersion / torchVersion / torchCuda / torchSource.
    static void inspect(CondaEnv &env);
    // The JSON of `conda env list --json` out of output that may carry warnings around it.
    static QList<CondaEnv> parseList(const QStringList &outputLines, const QString &rootPrefix);
    // A conda prefix: $CONDA_EXE's, else ~/miniconda3, ~/anaconda3, ~/miniforge3, ~/mambaforge,
    // /opt/conda, the first with bin/conda; "" when none.
    static QString findPrefix(const QString &home);

    // What to do once the env exists, one sentence for the wizard, the CLI and the report:
    // "Open a new terminal, then run: conda activate dl" (a new terminal reads conda init's
    // hook and gpu-setup's block).
    static QString activateInstruction(const QString &envName);
    // The env the plan's Python stage chose ("dl"; "dl-torch2.5" when made beside an old one);
    // "" when the plan has no such stage.
    static QString plannedEnv(const Plan &plan);
    // Whether an env of that name exists in the facts' conda installs.
    static bool envExists(const Facts &facts, const QString &name);
};

class CondaEnvListOperation : public CommandOperation
{
    Q_OBJECT
public:
    CondaEnvListOperation(const QString &prefix, QObject *parent = nullptr);
    QList<CondaEnv> envs() const { return m_envs; }

protected:
    void onOutputLine(const QString &line) override;
    OperationResult resultFor(int exitCode, QProcess::ExitStatus status) override;

private:
    QString m_prefix;
    QList<CondaEnv> m_envs;
};

class CondaEnvCreateOperation : public CommandOperation
{
    Q_OBJECT
public:
    // python "" = conda's default Python. Undo removes the env folder this created.
    CondaEnvCreateOperation(const QString &id, const QString &prefix, const QString &name,
                            const QString &python, QObject *parent = nullptr);
    bool canUndo() const override { return true; }

protected:
    void doStart() override;
    void onOutputLine(const QString &line) override;
    OperationResult resultFor(int exitCode, QProcess::ExitStatus status) override;

private:
    QString m_prefix, m_name, m_python;
    bool m_tosError = false;
};

class CondaEnvRemoveOperation : public CommandOperation
{
    Q_OBJECT
public:
    // confirmed = the user said yes to deleting the env and everything in it.
    CondaEnvRemoveOperation(const QString &prefix, const QString &name, bool confirmed,
                            QObject *parent = nullptr);

protected:
    void doStart() override;
    OperationResult resultFor(int exitCode, QProcess::ExitStatus status) override;

private:
    QString m_prefix, m_name;
    bool m_confirmed;
};

// PY -m pip install ARGS: "Collecting" lines count up, "Installing collected packages" and
// "Successfully installed" close the bar.
class PipInstallOperation : public CommandOperation
{
    Q_OBJECT
public:
    PipInstallOperation(const QString &id, const QString &title, const QString &python,
                        const QStringList &args, QObject *parent = nullptr);
    // From an advisor argv {PY, -m, pip, install, ...}; nullptr when it is not one.
    static std::unique_ptr<PipInstallOperation> fromArgv(const QString &id, const QString &title,
                                                         const QStringList &argv);
    static QStringList buildArgs(const QStringList &packages, const QString &indexUrl,
                                 const QStringList &extraIndexUrls = {});
    int collected() const { return m_collected; }

protected:
    void doStart() override;
    void onOutputLine(const QString &line) override;

private:
    QString m_python;
    int m_collected = 0;
};

} // namespace gpusetup
