#include "VerifyModel.h"

#include "host/EnvOverlayHost.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QThread>

namespace gpusetup {

VerifyModel::VerifyModel(WizardState &state, QObject *parent) : QObject(parent), m_state(state)
{
    qRegisterMetaType<gpusetup::VerifyCheck>();
}

VerifyModel::~VerifyModel()
{
    if (m_cancel) *m_cancel = true;
}

QString VerifyModel::pythonPath() const
{
    return verifyPythonFor(m_state.plan(), m_state.facts());
}

VerifyExpectations VerifyModel::expectations() const
{
    return m_state.hasFacts() ? verifyExpectations(m_state.plan()) : VerifyExpectations{};
}

VerifyVerdict VerifyModel::verdict() const
{
    VerifyReport r = m_report;
    r.checks = m_checks;
    return verifyVerdict(r, expectations());
}

void VerifyModel::run()
{
    if (m_running || !m_state.verify) return;
    m_running = true;
    m_checks.clear();
    emit runningChanged(true);
    emit readyChanged(false);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    VerifyOptions options;
    options.python = pythonPath();
    const VerifyFunction verify = m_state.verify;
    const Host *host = &m_state.host();
    const VerifyExpectations expect = expectations();
    auto cancel = m_cancel;
    QPointer<VerifyModel> self(this);
    QThread *thread = QThread::create([=] {
        auto onCheck = [self](const VerifyCheck &c) {
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, c] {
                    if (!self) return;
                    self->m_checks << c;
                    emit self->checkFinished(c);
                },
                Qt::QueuedConnection);
        };
        // As a new terminal will see it: the toolkit on PATH from gpu-setup's block.
        const auto shell = EnvOverlayHost::forNewLoginShell(*host);
        const VerifyReport report = verify(*shell, options, onCheck, cancel.get());
        const bool passed = verifyVerdict(report, expect).passed();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, report, passed] {
                if (!self) return;
                self->m_report = report;
                self->m_checks = report.checks;
                self->m_running = false;
                emit self->runningChanged(false);
                emit self->readyChanged(true);
                emit self->finished(passed);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void VerifyModel::cancel()
{
    if (m_cancel) *m_cancel = true;
}

} // namespace gpusetup
