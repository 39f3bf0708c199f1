#include "actions/DriverInstallOperation.h"

#include "actions/HelperOperation.h"
#include "actions/MokEnrollOperation.h"

namespace gpusetup {

DriverInstallOperation::DriverInstallOperation(const QList<Step> &steps, const ActionContext &ctx,
                                               bool server, QObject *parent)
    : CompositeOperation(QStringLiteral("driver.install-stage"), parent), m_ctx(ctx)
{
    bool blacklisted = false;
    QList<Step> mok;
    for (Step s : steps) {
        if (!s.id.startsWith(QLatin1String("driver."))) continue;
        if (s.kind == QLatin1String("manual")) {
            m_manual << s.description;
            continue;
        }
        // blacklist-nouveau already rebuilds the initramfs.
        if (s.id == QLatin1String("driver.update-initramfs") && blacklisted) continue;
        if (server && s.id == QLatin1String("driver.install") &&
            s.argv.value(0) == QLatin1String("ubuntu-drivers") &&
            !s.argv.contains(QStringLiteral("--gpgpu")))
            s.argv.insert(2, QStringLiteral("--gpgpu"));
        if (MokEnrollOperation::isMokStep(s.id)) {
            mok << s;
            continue;
        }
        QString why;
        if (!HelperOperation::fromStep(s, ctx, &why)) {
            m_manual << s.description + QStringLiteral(" — ") + why;
            continue;
        }
        if (s.id == QLatin1String("driver.blacklist-nouveau")) blacklisted = true;
        const double w = s.id == QLatin1String("driver.install") ? 8.0 : 1.0;
        m_calls << Call{s, w};
        m_total += w;
    }
    // Last: DKMS makes the key while the driver's packages build the module.
    for (const Step &s : std::as_const(mok)) {
        m_hasMok = true;
        m_calls << Call{s, 1.0};
        m_total += 1.0;
    }
}

DriverInstallOperation::~DriverInstallOperation()
{
    m_mokPassword.fill(QLatin1Char('\0'));
}

std::unique_ptr<Operation> DriverInstallOperation::operationFor(const Step &step,
                                                                QString *why) const
{
    if (MokEnrollOperation::isMokStep(step.id)) {
        auto m = std::make_unique<MokEnrollOperation>(m_ctx, m_mokPassword);
        m->setEnvironment(m_env);
        return m;
    }
    auto h = HelperOperation::fromStep(step, m_ctx, why);
    if (h) h->setEnvironment(m_env);
    return h;
}

QString DriverInstallOperation::title() const
{
    return tr("Install the NVIDIA driver");
}

QStringList DriverInstallOperation::dryRun() const
{
    QStringList lines;
    for (const Call &c : m_calls)
        if (auto op = operationFor(c.step)) lines << op->dryRun();
    for (const QString &m : m_manual)
        lines << QStringLiteral("# then by you: ") + m;
    return lines;
}

void DriverInstallOperation::doStart()
{
    m_next = 0;
    m_done = 0;
    resetCancel();
    if (m_calls.isEmpty()) {
        finish({true, false, tr("Nothing to install for the driver."), m_manual.join('\n')});
        return;
    }
    runNext();
}

void DriverInstallOperation::runNext()
{
    if (m_next >= m_calls.size()) {
        finish({true, false,
                m_manual.isEmpty()
                    ? tr("The NVIDIA driver is installed.")
                    : tr("The NVIDIA driver is installed; now: %1").arg(m_manual.first()),
                m_manual.join(QLatin1Char('\n'))});
        return;
    }
    const Call c = m_calls[m_next++];
    if (MokEnrollOperation::isMokStep(c.step.id) && m_mokPassword.isEmpty()) {
        m_manual.prepend(c.step.description + QStringLiteral(" — ") +
                         HelperOperation::mokNeedsPassword());
        m_done += c.weight;
        runNext();
        return;
    }
    auto op = operationFor(c.step);
    const double from = m_done / m_total, to = (m_done + c.weight) / m_total;
    m_done += c.weight;
    log(tr("Step %1 of %2: %3").arg(m_next).arg(m_calls.size()).arg(c.step.description));
    runChild(std::move(op), from, to, [this, c](const OperationResult &r) {
        if (!r.ok) {
            OperationResult f = r;
            if (!r.cancelled) f.message = tr("%1 failed: %2").arg(c.step.description, r.message);
            finish(f);
            return;
        }
        if (cancelRequested()) {
            finish({false, true, tr("Cancelled after \"%1\".").arg(c.step.description), {}});
            return;
        }
        if (MokEnrollOperation::isMokStep(c.step.id)) log(r.message); // what to do at boot
        runNext();
    });
}

void DriverInstallOperation::doUndo()
{
    finishUndo({false, false, tr("Changes made as administrator are not undone automatically."),
                tr("See the journal for the files the helper wrote.")});
}

} // namespace gpusetup
