#include "FactsWindow.h"

#include "probe/Facts.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace gpusetup {

FactsWindow::FactsWindow(const Host &host, QWidget *parent) : QMainWindow(parent), m_host(host)
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_status = new QLabel(central);
    m_status->setWordWrap(true);
    m_view = new QPlainTextEdit(central);
    m_view->setReadOnly(true);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_recheck = new QPushButton(central);
    m_copy = new QPushButton(central);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_copy);
    buttons->addWidget(m_recheck);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setCentralWidget(central);
    resize(900, 560);
    connect(m_recheck, &QPushButton::clicked, this, &FactsWindow::recheck);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_view->toPlainText()); });
    retranslate();
    recheck();
}

QString FactsWindow::text() const
{
    return m_view->toPlainText();
}

void FactsWindow::recheck()
{
    if (m_checking) return;
    m_checking = true;
    m_recheck->setEnabled(false);
    retranslate();
    // Probing runs commands with timeouts: never on the GUI thread.
    QPointer<FactsWindow> self(this);
    const Host *host = &m_host;
    QThread *worker = QThread::create([self, host] {
        QElapsedTimer t;
        t.start();
        const QString text = doctorText(probeAll(*host));
        const qint64 ms = t.elapsed();
        QMetaObject::invokeMethod(qApp, [self, text, ms] {
            if (!self) return;
            self->m_view->setPlainText(text);
            self->m_checking = false;
            self->m_lastMs = ms;
            self->m_recheck->setEnabled(true);
            self->retranslate();
            Q_EMIT self->checked();
        });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void FactsWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QMainWindow::changeEvent(event);
}

void FactsWindow::retranslate()
{
    setWindowTitle(tr("GPU Setup Wizard"));
    m_recheck->setText(tr("&Re-check"));
    m_copy->setText(tr("&Copy"));
    m_recheck->setAccessibleName(tr("Check this machine again"));
    m_copy->setAccessibleName(tr("Copy the findings to the clipboard"));
    m_view->setAccessibleName(tr("Findings"));
    if (m_checking)
        m_status->setText(tr("Checking this machine…"));
    else
        m_status->setText(
            tr("What this machine has, and where each fact came from (checked in %n ms). "
               "Nothing was changed.",
               nullptr, int(m_lastMs)));
}

} // namespace gpusetup
