#include "actions/HelperOperation.h"

#include "actions/HelperVerbs.h"

namespace gpusetup {

HelperOperation::HelperOperation(const QString &id, const QString &title, const QString &verb,
                                 const QStringList &args, const QString &pkexec,
                                 const QString &helperPath, QObject *parent)
    : CommandOperation(id, title,
                       QStringList{pkexec, helper::executableFor(verb, helperPath), verb} + args,
                       parent),
      m_verb(verb), m_args(args)
{
    m_giveUp.setSingleShot(true);
    connect(&m_giveUp, &QTimer::timeout, this, [this] {
        finish({false, true,
                tr("Stopped waiting; the administrator step finishes on its own (dpkg must not "
                   "be interrupted)."),
                tr("See /var/log/gpu-setup-helper.log for how it ended.")});
    });
}

std::unique_ptr<HelperOperation> HelperOperation::fromStep(const Step &step,
                                                           const ActionContext &ctx, QString *why)
{
    const QStringList &a = step.argv;
    QString verb;
    QStringList args;
    auto is = [&](const char *id) { return step.id == QLatin1String(id); };
    if (is("driver.apt-update") && a == QStringList{"apt-get", "update"}) {
        verb = QStringLiteral("apt-update");
    } else if (is("driver.install") && a.size() >= 2 && a[0] == QLatin1String("ubuntu-drivers") &&
               a[1] == QLatin1String("install")) {
        verb = QStringLiteral("ubuntu-drivers-install");
        args = a.mid(2);
    } else if (is("driver.install") && a.size() >= 4 &&
               a.mid(0, 3) == QStringList{"apt-get", "install", "-y"}) {
        verb = QStringLiteral("install-driver");
        args = a.mid(3);
    } else if (is("driver.blacklist-nouveau") && step.path == QLatin1String(helper::kNouveauConf) &&
               step.content == QLatin1String(helper::kNouveauContent)) {
        verb = QStringLiteral("blacklist-nouveau");
    } else if (is("driver.update-initramfs")) {
        verb = QStringLiteral("update-initramfs");
    } else if (a == QStringList{"apt-get", "install", "-y", "build-essential"}) {
        verb = QStringLiteral("install-build-essential");
    } else if (is("cudnn.copy-headers") || is("cudnn.copy-libraries")) {
        if (why)
            *why = tr("The administrator helper installs cuDNN into a system toolkit only from "
                      "NVIDIA's archive, which it checks and unpacks itself, never from an "
                      "unpacked folder: gpu-setup's cuDNN installer hands it the archive.");
        return nullptr;
    } else if (is("driver.mok-import") || is("driver.enroll-mok")) {
        if (why) *why = mokNeedsPassword();
        return nullptr;
    } else {
        if (why) *why = tr("The administrator helper has no verb for this step.");
        return nullptr;
    }
    // Validate now (without touching files) so a step the helper would refuse is not offered.
    HelperValidateOptions vo;
    vo.checkFilesystem = false;
    const HelperRequest req = helper::validate(QStringList{verb} + args, vo);
    if (!req.ok()) {
        if (why) *why = req.error;
        return nullptr;
    }
    return std::make_unique<HelperOperation>(step.id, step.description, verb, args, ctx.pkexec,
                                             ctx.helperPath);
}

QString HelperOperation::mokNeedsPassword()
{
    return tr("Enrolling the driver's signing key needs a one-time password that you choose: "
              "gpu-setup asks for it (twice) before this step runs it.");
}

QStringList HelperOperation::dryRun() const
{
    QStringList lines = CommandOperation::dryRun();
    HelperValidateOptions vo;
    vo.checkFilesystem = false;
    const HelperRequest req = helper::validate(QStringList{m_verb} + m_args, vo);
    if (!req.ok()) {
        lines << QStringLiteral("  (the helper would refuse: %1)").arg(req.error);
        return lines;
    }
    for (const QString &l : req.describe())
        lines << QStringLiteral("  as root: ") + l;
    return lines;
}

void HelperOperation::prepareProcess(QProcess *process)
{
    process->setStandardInputFile(QString()); // a pipe: "cancel\n" goes there
    process->setProcessChannelMode(QProcess::SeparateChannels);
    // stderr: what the programs printed ("| " lines) and pkexec's own words; logged, never
    // parsed (the helper's protocol, its verdict included, is on stdout only).
    connect(process, &QProcess::readyReadStandardError, this, [this, process] {
        const QStringList lines = QString::fromLocal8Bit(process->readAllStandardError())
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &l : lines)
            log(l.startsWith(QLatin1String("| ")) ? l.mid(2) : l);
    });
}

void HelperOperation::onOutputLine(const QString &line)
{
    double f = 0;
    QString text;
    if (helper::parseProgressLine(line, &f, &text)) {
        setProgress(f);
        if (!text.isEmpty()) setStatus(text);
        return;
    }
    if (line.startsWith(QLatin1String("@status "))) {
        setStatus(line.mid(8));
        log(line.mid(8));
        return;
    }
    if (line.startsWith(QLatin1String("@error "))) {
        m_lastError = line.mid(7);
        return;
    }
    if (line.startsWith(QLatin1String("@changed "))) {
        const QStringList p = line.mid(9).split(QLatin1Char(' '));
        recordChange({p.value(0), p.value(1), p.value(2), tr("by the administrator helper")});
        log(line.mid(9));
        return;
    }
    log(line);
}

void HelperOperation::doCancel()
{
    if (QProcess *p = process(); p && p->state() != QProcess::NotRunning) {
        p->write("cancel\n");
        p->closeWriteChannel();
    }
    // Kills pkexec while it still waits for the password; the root helper stops by itself.
    CommandOperation::doCancel();
    m_giveUp.start(1000);
}

void HelperOperation::doUndo()
{
    finishUndo({false, false, tr("Changes made as administrator are not undone automatically."),
                tr("See the journal for the files the helper wrote.")});
}

OperationResult HelperOperation::resultFor(int exitCode, QProcess::ExitStatus status)
{
    OperationResult r = CommandOperation::resultFor(exitCode, status);
    const QString helperSaid = m_lastError; // the helper's own @error line
    if (status != QProcess::NormalExit || exitCode == 0) {
        if (r.ok) r.message = tr("%1: done.").arg(title());
        return r;
    }
    switch (exitCode) {
    case 126:
        r.message = tr("The administrator password was not given, so nothing was changed.");
        break;
    case 127:
        r.message =
            tr("Authentication failed or the helper is not installed (%1).").arg(argv().value(1));
        break;
    case helper::Rejected:
        r.message = tr("The helper refused the request: %1").arg(helperSaid);
        break;
    case helper::Cancelled:
        r.cancelled = true;
        r.message = tr("Cancelled.");
        break;
    default:
        if (!helperSaid.isEmpty()) r.message = helperSaid;
    }
    return r;
}

} // namespace gpusetup
