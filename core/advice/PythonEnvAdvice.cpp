// advisePythonEnv: conda (reuse an install or download a checksummed Miniconda), an optional
// mirror, then one environment with the framework decideFramework chose, installed with the
// exact command from the data, run through the environment's own python (argv, no shell).
#include "advice/FrameworkAdvice.h"

#include "common/Version.h"

namespace gpusetup {

namespace {

Finding finding(const QString &id, Severity sev, const QString &text, const QString &resolution,
                const QStringList &refs, bool unverified = false)
{
    Finding f;
    f.id = id;
    f.severity = sev;
    f.text = text;
    f.resolution = resolution;
    f.refs = refs;
    f.unverified = unverified;
    return f;
}

Step command(const QString &id, const QString &description, const QStringList &argv)
{
    Step s;
    s.id = id;
    s.kind = QStringLiteral("command");
    s.description = description;
    s.argv = argv;
    return s;
}

Step edit(const QString &id, const QString &description, const QString &path,
          const QString &content)
{
    Step s;
    s.id = id;
    s.kind = QStringLiteral("edit");
    s.description = description;
    s.path = path;
    s.content = content;
    return s;
}

QString frameworkName(Framework f)
{
    switch (f) {
    case Framework::PyTorch:
        return QStringLiteral("pytorch");
    case Framework::TensorFlow:
        return QStringLiteral("tensorflow");
    case Framework::None:
        break;
    }
    return QStringLiteral("none");
}

// The install that holds the env we want, else the first that works.
const CondaInstall *pickInstall(const CondaFacts &conda, const QString &envName,
                                const QString &wantedPrefix)
{
    const CondaInstall *first = nullptr;
    for (const CondaInstall &i : conda.installs) {
        if (i.state != FactState::Found || i.root.isEmpty()) continue;
        if (!wantedPrefix.isEmpty() && (i.root == wantedPrefix || i.resolvedRoot == wantedPrefix))
            return &i;
        if (!first) first = &i;
    }
    if (!wantedPrefix.isEmpty()) return first;
    for (const CondaInstall &i : conda.installs) {
        if (i.state != FactState::Found || i.root.isEmpty()) continue;
        for (const CondaEnv &e : i.envs)
            if (e.name == envName) return &i;
    }
    return first;
}

const PipVariant *variantOf(const PytorchRelease *rel, const QString &variant)
{
    if (!rel) return nullptr;
    const PipVariant *hit = nullptr;
    for (const PipVariant &v : rel->pip)
        if (v.variant == variant && (!hit || (hit->pypiDefault && !v.pypiDefault))) hit = &v;
    return hit;
}

bool isAnacondaFlavour(const QString &flavour)
{
    return flavour == QLatin1String("miniconda") || flavour == QLatin1String("anaconda");
}

// A chosen mirror whose .condarc replaces the default channels: Anaconda's Terms of Service
// (which cover repo.anaconda.com) then do not apply, and pkgs/free leaves ~/.condarc.
bool mirrorReplacesChannels(const Knowledge &kb, const QString &mirror)
{
    if (mirror.isEmpty() || mirror == QLatin1String("official")) return false;
    const CondaMirror *m = kb.mirror(mirror);
    return m && !m->condarc.isEmpty();
}

// Does the shell's own rc file hold conda's `conda initialize` block?
bool condaInitialized(const Facts &f, const QString &home, const QString &shell)
{
    const QString rc = home + QLatin1Char('/') +
                       (shell == QLatin1String("fish")  ? QStringLiteral(".config/fish/config.fish")
                        : shell == QLatin1String("zsh") ? QStringLiteral(".zshrc")
                                                        : QStringLiteral(".bashrc"));
    for (const ProfileFile &p : f.shell.profiles)
        if (p.path == rc) return p.condaBlock;
    return false;
}

} // namespace

StagePlan advisePythonEnv(AdviceContext &ctx)
{
    const Facts &f = ctx.facts;
    const Choices &ch = ctx.choices;
    const Knowledge &kb = ctx.kb;
    StagePlan s;
    s.id = StageId::PythonEnv;
    s.findings = ctx.frameworkFindings;
    s.alternatives = ctx.frameworkAlternatives;

    QString home = f.machine.home;
    if (home.isEmpty())
        home = f.machine.user.isEmpty() ? QStringLiteral("~")
                                        : QStringLiteral("/home/") + f.machine.user;
    QString shell = f.shell.shellKind;
    if (shell != QLatin1String("bash") && shell != QLatin1String("zsh") &&
        shell != QLatin1String("fish"))
        shell = QStringLiteral("bash");
    const QString envName =
        ch.envName.trimmed().isEmpty() ? QStringLiteral("dl") : ch.envName.trimmed();
    const OfficialDefaults &defaults = kb.officialDefaults();
    const QStringList tosRefs{QStringLiteral("miniconda.json official_defaults conda_notes")};

    // ------------------------------------------------------------------ conda
    const CondaInstall *inst = pickInstall(f.conda, envName, ch.condaPrefix.trimmed());
    QString prefix, flavour;
    QList<Step> condaSteps;
    if (inst) {
        prefix = inst->root;
        flavour = inst->flavour.isEmpty() ? QStringLiteral("unknown") : inst->flavour;
        s.findings << finding(
            QStringLiteral("python.conda-found"), Severity::Info,
            Advice::tr("conda is already installed in %1 (%2%3): the plan reuses it.")
                .arg(prefix, flavour,
                     inst->info.condaVersion.isEmpty()
                         ? QString()
                         : QStringLiteral(", conda %1").arg(inst->info.condaVersion)),
            QString(), {QStringLiteral("facts conda %1").arg(prefix)});
    } else {
        for (const CondaInstall &i : f.conda.installs)
            if (i.state == FactState::Broken || i.state == FactState::Unknown)
                s.findings << finding(
                    QStringLiteral("python.conda-broken"), Severity::Warning,
                    Advice::tr("The conda in %1 does not answer; the plan installs a fresh one.")
                        .arg(i.root),
                    Advice::tr("Remove or rename %1 if you no longer need it.").arg(i.root),
                    {QStringLiteral("facts conda %1").arg(i.root)});
        flavour = ch.condaFlavour.trimmed().toLower() == QLatin1String("miniconda")
                      ? QStringLiteral("miniconda")
                      : QStringLiteral("miniforge");
        const QString arch =
            f.os.architecture.isEmpty() ? QStringLiteral("x86_64") : f.os.architecture;
        const MiniforgeInstaller *mf =
            flavour == QLatin1String("miniforge") ? kb.newestMiniforge(arch) : nullptr;
        if (flavour == QLatin1String("miniforge") && !mf) {
            s.findings << finding(
                QStringLiteral("python.no-miniforge-installer"), Severity::Warning,
                Advice::tr("The data has no Miniforge installer with a checksum for %1, so the "
                           "plan installs Miniconda instead.")
                    .arg(arch),
                QString(), {QStringLiteral("miniforge.json installers")});
            flavour = QStringLiteral("miniconda");
        }
        const bool forge = flavour == QLatin1String("miniforge");
        const QString defaultDir =
            forge ? QStringLiteral("/miniforge3") : QStringLiteral("/miniconda3");
        prefix = ch.condaPrefix.trimmed().isEmpty() ? home + defaultDir : ch.condaPrefix.trimmed();
        const MinicondaInstaller *mc = forge ? nullptr : kb.newestMiniconda(arch);
        if (forge) {
            const QString file = home + QStringLiteral("/Downloads/") + mf->file;
            Step d;
            d.id = QStringLiteral("python.download-miniforge");
            d.kind = QStringLiteral("download");
            d.description =
                Advice::tr("Download Miniforge %1 and check its sha256.").arg(mf->version);
            d.url = mf->url;
            d.sha256 = mf->sha256;
            d.path = file;
            for (const MiniforgeMirror &m : kb.miniforgeMirrors())
                if (m.name.compare(ch.mirror, Qt::CaseInsensitive) == 0)
                    s.alternatives
                        << m.urlFor(mf->file) +
                               (m.unverified ? QStringLiteral(" (unverified mirror)") : QString());
            condaSteps << d;
            condaSteps << command(
                QStringLiteral("python.install-miniforge"),
                Advice::tr("Install Miniforge into %1 (no root needed).").arg(prefix),
                {QStringLiteral("bash"), file, QStringLiteral("-b"), QStringLiteral("-p"), prefix});
            condaSteps << command(
                QStringLiteral("python.conda-init"),
                Advice::tr("Let %1 find conda in new terminals.").arg(shell),
                {prefix + QStringLiteral("/bin/conda"), QStringLiteral("init"), shell});
            s.chosen.insert(QStringLiteral("installer"), mf->file);
            s.findings << finding(
                QStringLiteral("python.conda-install"), Severity::Info,
                Advice::tr("No conda found: the plan installs Miniforge into %1. It uses only the "
                           "free conda-forge channel, so there are no Terms of Service to accept.")
                    .arg(prefix),
                QString(), {QStringLiteral("miniforge.json installers %1").arg(mf->file)});
        } else if (!mc) {
            s.findings << finding(
                QStringLiteral("python.no-installer"), Severity::Error,
                Advice::tr("The data has no Miniconda installer with a checksum for %1.").arg(arch),
                Advice::tr("Install conda by hand and run the plan again."),
                {QStringLiteral("miniconda.json installers")});
            Step m;
            m.id = QStringLiteral("python.install-conda");
            m.kind = QStringLiteral("manual");
            m.description = Advice::tr("Install Miniconda or Miniforge for %1 by hand.").arg(arch);
            condaSteps << m;
        } else {
            const QString file = home + QStringLiteral("/Downloads/") + mc->file;
            Step d;
            d.id = QStringLiteral("python.download-miniconda");
            d.kind = QStringLiteral("download");
            d.description = Advice::tr("Download Miniconda (conda %1) and check its sha256.")
                                .arg(mc->condaVersion);
            d.url = mc->url;
            d.sha256 = mc->sha256;
            d.sizeBytes = mc->sizeBytes;
            d.path = file;
            // A verified mirror serves the same file; the checksum still guards it.
            if (ch.mirror != QLatin1String("official"))
                if (const CondaMirror *m = kb.mirror(ch.mirror))
                    if (!m->unverified && !m->minicondaInstallers.isEmpty()) {
                        d.url = m->minicondaInstallers +
                                (m->minicondaInstallers.endsWith(QLatin1Char('/'))
                                     ? QString()
                                     : QStringLiteral("/")) +
                                mc->file;
                        s.alternatives << mc->url;
                    }
            condaSteps << d;
            condaSteps << command(
                QStringLiteral("python.install-miniconda"),
                Advice::tr("Install Miniconda into %1 (no root needed).").arg(prefix),
                {QStringLiteral("bash"), file, QStringLiteral("-b"), QStringLiteral("-p"), prefix});
            condaSteps << command(
                QStringLiteral("python.conda-init"),
                Advice::tr("Let %1 find conda in new terminals.").arg(shell),
                {prefix + QStringLiteral("/bin/conda"), QStringLiteral("init"), shell});
            s.chosen.insert(QStringLiteral("installer"), mc->file);
            // Anaconda's Terms of Service cover its default channels only: with a mirror's
            // channels in ~/.condarc there is nothing to accept. Otherwise the user's agreement
            // (asked once by the wizard, --accept-conda-tos on the CLI) lets the step run.
            if (!mirrorReplacesChannels(kb, ch.mirror))
                for (const QString &channel : defaults.condaDefaultChannels) {
                    if (channel.endsWith(QLatin1String("/msys2"))) continue; // Windows only
                    condaSteps << command(
                        QStringLiteral("python.tos-accept"),
                        Advice::tr("Accept Anaconda's Terms of Service for %1, as you agreed "
                                   "(conda 25.x asks before `conda create` otherwise; the "
                                   "command is general knowledge, not from the checked data).")
                            .arg(channel),
                        {prefix + QStringLiteral("/bin/conda"), QStringLiteral("tos"),
                         QStringLiteral("accept"), QStringLiteral("--override-channels"),
                         QStringLiteral("--channel"), channel});
                }
            s.findings << finding(
                QStringLiteral("python.conda-install"), Severity::Info,
                Advice::tr("No conda found: the plan installs Miniconda into %1.").arg(prefix),
                QString(), {QStringLiteral("miniconda.json installers")});
        }
    }
    // An install made before `conda init` existed (or without it): the old tutorial's
    // Anaconda with only a PATH line. `conda activate` needs the shell hook in the rc file.
    if (inst && !inst->condaExe.isEmpty() && f.shell.state == FactState::Found &&
        !condaInitialized(f, home, shell)) {
        const QString v = inst->info.condaVersion;
        if (!v.isEmpty() && compareVersions(v, QStringLiteral("4.6")) < 0) {
            s.findings << finding(
                QStringLiteral("python.conda-too-old-for-init"), Severity::Warning,
                Advice::tr("conda %1 in %2 is older than 4.6 and cannot set up `conda activate` "
                           "for %3.")
                    .arg(v, prefix, shell),
                Advice::tr("Update it first: %1 update -n base conda, then run the plan again.")
                    .arg(inst->condaExe),
                {QStringLiteral("facts conda %1").arg(prefix)});
        } else {
            s.findings << finding(
                QStringLiteral("python.conda-not-initialized"), Severity::Warning,
                Advice::tr("conda in %1 is not set up for %2 (no \"conda initialize\" block in "
                           "its profile), so `conda activate` fails in a new terminal.")
                    .arg(prefix, shell),
                Advice::tr("The plan runs `conda init %1`; every profile it touches is backed up "
                           "first.")
                    .arg(shell),
                {QStringLiteral("facts shell"), QStringLiteral("facts conda %1").arg(prefix)});
            condaSteps << command(QStringLiteral("python.conda-init"),
                                  Advice::tr("Let %1 find conda in new terminals.").arg(shell),
                                  {inst->condaExe, QStringLiteral("init"), shell});
        }
    }
    // The old tutorials' ~/.condarc: Anaconda retired pkgs/free from the defaults in conda 4.7.
    if (!f.conda.condarcPkgsFree.isEmpty()) {
        const bool mirror = mirrorReplacesChannels(kb, ch.mirror);
        s.findings << finding(
            QStringLiteral("python.condarc-pkgs-free"), Severity::Warning,
            Advice::tr("%1 still lists the retired pkgs/free channel (%2). It holds only packages "
                       "from before 2019, so conda may pick very old builds or fail to solve.")
                .arg(f.conda.condarcPath, f.conda.condarcPkgsFree.join(QStringLiteral("; "))),
            mirror ? Advice::tr("The mirror step rewrites the channels in %1 for the chosen "
                                "mirror, which drops pkgs/free (the old file is backed up).")
                         .arg(f.conda.condarcPath)
                   : Advice::tr("Choose a mirror on this page (gpu-setup then rewrites the "
                                "channels), or delete the pkgs/free lines from %1.")
                         .arg(f.conda.condarcPath),
            {QStringLiteral("facts conda condarc")});
    }
    if (isAnacondaFlavour(flavour) && !mirrorReplacesChannels(kb, ch.mirror)) {
        const QString note =
            defaults.condaNotes.isEmpty() ? QString() : knowledgeText(defaults.condaNotes.first());
        s.findings << finding(
            QStringLiteral("python.anaconda-tos"), Severity::Info,
            Advice::tr("Anaconda's default channels (%1) come with terms: \"%2\". Recent conda "
                       "asks you to accept them before `conda create` uses those channels.")
                .arg(defaults.condaDefaultChannels.join(QStringLiteral(", ")), note),
            Advice::tr("Read the terms and accept them only if they apply to you; Miniforge "
                       "(conda-forge only) avoids them."),
            tosRefs);
        s.findings << finding(
            QStringLiteral("python.anaconda-licence"), Severity::Info,
            Advice::tr("General knowledge, not in the checked data: Anaconda's terms require a "
                       "paid licence for organisations of 200 or more people; students of a "
                       "university should check its policy."),
            QString(), {QStringLiteral("general knowledge")}, true);
    }

    // ------------------------------------------------------------------ mirror
    QList<Step> mirrorSteps;
    if (!ch.mirror.isEmpty() && ch.mirror != QLatin1String("official")) {
        const CondaMirror *m = kb.mirror(ch.mirror);
        if (!m) {
            s.findings << finding(
                QStringLiteral("python.mirror-unknown"), Severity::Warning,
                Advice::tr("The data has no mirror called \"%1\"; the plan uses the official "
                           "servers.")
                    .arg(ch.mirror),
                QString(), {QStringLiteral("miniconda.json mirrors")});
        } else {
            const QString mref = QStringLiteral("miniconda.json mirrors %1").arg(m->name);
            if (!m->condarc.isEmpty())
                mirrorSteps << edit(
                    QStringLiteral("python.mirror-condarc"),
                    Advice::tr("Point conda at the %1 mirror.").arg(knowledgeText(m->name)),
                    home + QStringLiteral("/.condarc"), m->condarc);
            if (!m->pipConf().isEmpty())
                mirrorSteps << edit(
                    QStringLiteral("python.mirror-pip"),
                    Advice::tr("Point pip at the %1 mirror.").arg(knowledgeText(m->name)),
                    home + QStringLiteral("/.config/pip/pip.conf"), m->pipConf());
            s.findings << finding(
                QStringLiteral("python.mirror"), Severity::Info,
                Advice::tr("conda and pip use the %1 mirror (%2); PyTorch wheels still come "
                           "from their own index.")
                    .arg(knowledgeText(m->name), m->site),
                QString(), {mref}, m->unverified || m->derived);
            s.chosen.insert(QStringLiteral("mirror"), m->name);
        }
    }

    // ------------------------------------------------------------------ environment
    const CondaEnv *env = nullptr;
    if (inst)
        for (const CondaEnv &e : inst->envs)
            if (e.name == envName) env = &e;
    QString name = envName;
    const bool hasGpu = !ctx.gpus.isEmpty();

    // The install command, from the data.
    QStringList installArgs; // after "pip install" / "conda install"
    bool viaConda = false;
    QString indexUrl;
    QString pyMin, pyMax;
    QStringList installRefs;
    bool derived = false;
    if (ch.framework == Framework::PyTorch && !ctx.frameworkVersion.isEmpty()) {
        const PytorchRelease *rel = kb.pytorchRelease(ctx.frameworkVersion);
        QString ref;
        pytorchPythonRange(kb, ctx.frameworkVersion, &pyMin, &pyMax, &ref);
        if (const PipVariant *v = variantOf(rel, ctx.wheelVariant)) {
            indexUrl = v->indexUrl;
            installRefs << QStringLiteral("frameworks.json pytorch %1 %2")
                               .arg(ctx.frameworkVersion, v->variant);
            if (!v->command.isEmpty()) {
                installArgs = pipInstallArgs(v->command);
            } else {
                // Old releases give only a wheel index: the legacy conda command when the data
                // has one (conda then picks a matching Python), else pip's -f form.
                for (const CondaCommand &c : rel->conda)
                    if (versionPrefix(c.cuda, 2) == versionPrefix(ctx.wheelCuda, 2) &&
                        c.cuda.isEmpty() == ctx.wheelCuda.isEmpty()) {
                        installArgs = condaInstallArgs(c.command);
                        viaConda = !installArgs.isEmpty();
                        break;
                    }
                if (!viaConda && !v->indexUrl.isEmpty()) {
                    installArgs = {QStringLiteral("torch==") + rel->torch};
                    if (!rel->torchvision.isEmpty())
                        installArgs << QStringLiteral("torchvision==") + rel->torchvision;
                    installArgs << QStringLiteral("-f") << v->indexUrl;
                    derived = true;
                }
            }
        }
    } else if (ch.framework == Framework::TensorFlow && !ctx.frameworkVersion.isEmpty()) {
        if (const TensorflowConfig *t = kb.tensorflow(ctx.frameworkVersion)) {
            pyMin = t->pythonMin;
            pyMax = t->pythonMax;
            installRefs << QStringLiteral("frameworks.json tensorflow %1").arg(t->version);
            installArgs = hasGpu ? pipInstallArgs(t->pipGpu) : QStringList();
            if (installArgs.isEmpty()) installArgs = {QStringLiteral("tensorflow==") + t->version};
        }
    }

    // Does the existing env already hold what the plan would install?
    bool envOk = false;
    if (env && ch.framework == Framework::PyTorch && !ctx.frameworkVersion.isEmpty()) {
        const QString tv = versionPrefix(env->torchVersion, 3);
        const QString tc = versionPrefix(env->torchCuda, 2);
        if (env->torchVersion.isEmpty()) {
            s.findings << finding(
                QStringLiteral("python.env-no-torch"), Severity::Info,
                Advice::tr("Environment \"%1\" exists but has no PyTorch.").arg(name),
                Advice::tr("The plan installs it there."),
                {QStringLiteral("facts conda %1").arg(env->prefix)});
        } else if (tv == versionPrefix(ctx.frameworkVersion, 3) && tc == ctx.wheelCuda) {
            envOk = true;
            s.findings << finding(
                QStringLiteral("python.env-ok"), Severity::Info,
                Advice::tr("Environment \"%1\" already has PyTorch %2 (%3).")
                    .arg(name, env->torchVersion,
                         tc.isEmpty() ? QStringLiteral("CPU") : QStringLiteral("CUDA ") + tc),
                QString(), {QStringLiteral("facts conda %1").arg(env->prefix)});
        } else {
            s.findings << finding(
                QStringLiteral("python.env-mismatch"), Severity::Warning,
                Advice::tr("Environment \"%1\" has PyTorch %2 (%3); the plan wants %4 (%5).")
                    .arg(name, env->torchVersion,
                         tc.isEmpty() ? Advice::tr("CPU build") : QStringLiteral("CUDA ") + tc,
                         ctx.frameworkVersion,
                         ctx.wheelCuda.isEmpty() ? Advice::tr("CPU build")
                                                 : QStringLiteral("CUDA ") + ctx.wheelCuda),
                Advice::tr("The plan installs the planned PyTorch."),
                {QStringLiteral("facts conda %1").arg(env->prefix)});
        }
    }
    // An env whose Python the new framework cannot use gets a fresh env beside it: the old
    // one (a course's tutorial env) is left alone.
    if (env && !envOk && !env->pythonVersion.isEmpty() && !viaConda &&
        ch.framework != Framework::None && !pythonInRange(env->pythonVersion, pyMin, pyMax)) {
        const QString short_ =
            ch.framework == Framework::PyTorch ? QStringLiteral("torch") : QStringLiteral("tf");
        const QString newName =
            QStringLiteral("%1-%2%3").arg(envName, short_, versionPrefix(ctx.frameworkVersion, 2));
        s.findings << finding(
            QStringLiteral("python.env-python-mismatch"), Severity::Warning,
            Advice::tr("Environment \"%1\" has Python %2, which %3 %4 does not support: the plan "
                       "creates \"%5\" next to it and leaves \"%1\" alone.")
                .arg(envName, env->pythonVersion,
                     ch.framework == Framework::PyTorch ? QStringLiteral("PyTorch")
                                                        : QStringLiteral("TensorFlow"),
                     ctx.frameworkVersion, newName),
            QString(), installRefs);
        name = newName;
        env = nullptr;
        for (const CondaEnv &e : inst->envs)
            if (e.name == name) env = &e;
    }
    if (!env && inst)
        for (const CondaEnv &e : inst->envs)
            if (!e.torchVersion.isEmpty())
                s.findings << finding(QStringLiteral("python.other-env"), Severity::Info,
                                      Advice::tr("Environment \"%1\" has PyTorch %2; the plan "
                                                 "does not change it.")
                                          .arg(e.name, e.torchVersion),
                                      QString(), {QStringLiteral("facts conda %1").arg(e.prefix)});

    const QString conda = prefix + QStringLiteral("/bin/conda");
    const QString envPrefix =
        name == QLatin1String("base") ? prefix : prefix + QStringLiteral("/envs/") + name;
    const QString py = envPrefix + QStringLiteral("/bin/python");
    QList<Step> envSteps;
    if (!env && name != QLatin1String("base")) {
        QStringList argv{conda, QStringLiteral("create"), QStringLiteral("-y"),
                         QStringLiteral("-n"), name};
        if (!ctx.python.isEmpty())
            argv << QStringLiteral("python=") + ctx.python;
        else if (!viaConda)
            argv << QStringLiteral("python");
        envSteps << command(QStringLiteral("python.create-env"),
                            ctx.python.isEmpty()
                                ? Advice::tr("Create the conda environment \"%1\".").arg(name)
                                : Advice::tr("Create the conda environment \"%1\" with Python %2.")
                                      .arg(name, ctx.python),
                            argv);
    }
    if (!envOk && !installArgs.isEmpty()) {
        const QString what =
            ch.framework == Framework::PyTorch
                ? QStringLiteral("PyTorch %1 (%2)").arg(ctx.frameworkVersion, ctx.wheelVariant)
                : QStringLiteral("TensorFlow %1").arg(ctx.frameworkVersion);
        Step st;
        if (viaConda)
            st = command(QStringLiteral("python.install-framework"),
                         Advice::tr("Install %1 with the legacy conda command from "
                                    "pytorch.org.")
                             .arg(what),
                         QStringList{conda, QStringLiteral("install"), QStringLiteral("-y"),
                                     QStringLiteral("-n"), name} +
                             installArgs);
        else
            st = command(QStringLiteral("python.install-framework"),
                         derived ? Advice::tr("Install %1 from its wheel index (the page gives "
                                              "only the index).")
                                       .arg(what)
                                 : Advice::tr("Install %1 into \"%2\".").arg(what, name),
                         QStringList{py, QStringLiteral("-m"), QStringLiteral("pip"),
                                     QStringLiteral("install")} +
                             installArgs);
        envSteps << st;
    }
    if (!envOk)
        envSteps << command(QStringLiteral("python.install-extras"),
                            Advice::tr("Install the usual course tools (Jupyter, plotting, "
                                       "data)."),
                            {py, QStringLiteral("-m"), QStringLiteral("pip"),
                             QStringLiteral("install"), QStringLiteral("jupyter"),
                             QStringLiteral("tqdm"), QStringLiteral("opencv-python"),
                             QStringLiteral("matplotlib"), QStringLiteral("pandas")});

    // ------------------------------------------------------------------ status
    bool blocked = false;
    for (const Finding &fi : ctx.frameworkFindings)
        if (fi.id == QLatin1String("framework.too-old-for-gpu") ||
            fi.id == QLatin1String("framework.no-data"))
            blocked = true;
    s.steps << condaSteps << mirrorSteps << envSteps;
    const QString fwText =
        ch.framework == Framework::PyTorch
            ? QStringLiteral("PyTorch %1 (%2)").arg(ctx.frameworkVersion, ctx.wheelVariant)
        : ch.framework == Framework::TensorFlow
            ? QStringLiteral("TensorFlow %1").arg(ctx.frameworkVersion)
            : Advice::tr("no framework");
    if (envOk && condaSteps.isEmpty() && mirrorSteps.isEmpty()) {
        s.status = StageStatus::Done;
        s.summary = Advice::tr("Environment \"%1\" already has %2.").arg(name, fwText);
        s.steps.clear();
    } else if (envOk) {
        // The env is right; conda itself (conda init, a mirror) is what is left.
        QStringList left;
        for (const Step &st : s.steps)
            left << st.description;
        s.status = StageStatus::NeedsAction;
        s.summary = Advice::tr("Environment \"%1\" already has %2; left to do: %3")
                        .arg(name, fwText, left.join(QLatin1Char(' ')));
    } else if (blocked) {
        s.status = StageStatus::Blocked;
        s.summary = Advice::tr("The chosen framework version cannot use this GPU; choose "
                               "another.");
    } else if (!hasGpu && ch.framework != Framework::None) {
        // Without a GPU the CPU environment is the plan, not an extra: it is what the student
        // learns with (and what the report checks), so it needs doing like any other stage.
        s.status = StageStatus::NeedsAction;
        s.summary = Advice::tr("No NVIDIA GPU: create the CPU environment \"%1\" with %2.")
                        .arg(name, fwText);
    } else if (ch.framework == Framework::None) {
        s.status = StageStatus::Optional;
        s.summary = Advice::tr("Optional: a conda environment \"%1\".").arg(name);
    } else {
        s.status = StageStatus::NeedsAction;
        s.summary =
            env ? Advice::tr("Install %1 into environment \"%2\".").arg(fwText, name)
                : Advice::tr("Create environment \"%1\" (Python %2) with %3.")
                      .arg(name, ctx.python.isEmpty() ? QStringLiteral("?") : ctx.python, fwText);
    }

    s.chosen.insert(QStringLiteral("conda"), flavour);
    s.chosen.insert(QStringLiteral("condaPrefix"), prefix);
    s.chosen.insert(QStringLiteral("python"), ctx.python);
    s.chosen.insert(QStringLiteral("env"), name);
    s.chosen.insert(QStringLiteral("framework"), frameworkName(ch.framework));
    s.chosen.insert(QStringLiteral("frameworkVersion"), ctx.frameworkVersion);
    s.chosen.insert(QStringLiteral("wheel"), ctx.wheelVariant);
    s.chosen.insert(QStringLiteral("indexUrl"), indexUrl);
    return s;
}

} // namespace gpusetup
