#include "VerifyModel.h"

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
    const StagePlan *p = m_state.plan().stage(StageId::PythonEnv);
    const QString env = m_state.choices().envName;
    for (const CondaInstall &i : m_state.facts().conda.installs)
        for (const CondaEnv &e : i.envs)
            if (e.name == env) return e.prefix + QStringLiteral("/bin/python");
    if (p && !p->chosen.value(QStringLiteral("condaPrefix")).isEmpty())
        return p->chosen.value(QStringLiteral("condaPrefix")) + QStringLiteral("/envs/") + env +
               QStringLiteral("/bin/python");
    return QString();
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
        const VerifyReport report = verify(*host, options, onCheck, cancel.get());
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, report] {
                if (!self) return;
                self->m_report = report;
                self->m_checks = report.checks;
                self->m_running = false;
                emit self->runningChanged(false);
                emit self->readyChanged(true);
                emit self->finished(report.allPassed());
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
