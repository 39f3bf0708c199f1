#include "StagePage.h"

#include "WizardSession.h"

#include "actions/Operation.h"
#include "advice/Advisor.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>

namespace gpusetup {

QString bannerStyle(const QString &kind)
{
    QString rgb = QStringLiteral("128,128,128");
    if (kind == QLatin1String("done"))
        rgb = QStringLiteral("46,160,67");
    else if (kind == QLatin1String("needs-action"))
        rgb = QStringLiteral("210,153,34");
    else if (kind == QLatin1String("blocked"))
        rgb = QStringLiteral("218,54,51");
    else if (kind == QLatin1String("optional") || kind == QLatin1String("skipped"))
        rgb = QStringLiteral("56,139,253");
    return QStringLiteral("QLabel { background-color: rgba(%1,0.18); border-left: 5px solid "
                          "rgb(%1); padding: 6px; }")
        .arg(rgb);
}

QString bannerTitle(const QString &kind)
{
    if (kind == QLatin1String("done")) return StagePage::tr("Done");
    if (kind == QLatin1String("needs-action")) return StagePage::tr("Needs action");
    if (kind == QLatin1String("blocked")) return StagePage::tr("Blocked");
    if (kind == QLatin1String("optional")) return StagePage::tr("Optional");
    if (kind == QLatin1String("skipped")) return StagePage::tr("Skipped");
    return StagePage::tr("Checking this computer…");
}

QVBoxLayout *scrollingLayout(QWidget *page)
{
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    auto *layout = new QVBoxLayout(inner);
    scroll->setWidget(inner);
    outer->addWidget(scroll);
    return layout;
}

static QLabel *wrapping(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

StagePage::StagePage(WizardState &state, StageId stage, QWidget *parent)
    : QWizardPage(parent), m_state(state), m_model(new StageModel(state, stage, this))
{
    m_content = scrollingLayout(this);
    m_notice = wrapping(this);
    m_notice->setVisible(false);
    m_banner = wrapping(this);
    m_banner->setTextFormat(Qt::RichText);
    m_findings = wrapping(this);
    m_findings->setTextFormat(Qt::RichText);
    // Banner, findings and step status are the core's texts (its own translation file).
    for (QWidget *w : {static_cast<QWidget *>(m_banner), static_cast<QWidget *>(m_findings)})
        w->setProperty("gpusetupCore", true);
    m_whyButton = new QToolButton(this);
    m_whyButton->setCheckable(true);
    m_why = wrapping(this);
    m_why->setVisible(false);
    m_request = new QCheckBox(this);

    m_commandsLabel = new QLabel(this);
    m_commands = new QPlainTextEdit(this);
    m_commands->setReadOnly(true);
    m_commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commands->setMaximumHeight(120);
    m_commands->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_commandsLabel->setBuddy(m_commands);
    m_copy = new QPushButton(this);
    m_run = new QPushButton(this);
    m_stop = new QPushButton(this);
    m_recheck = new QPushButton(this);
    m_skip = new QCheckBox(this);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_progressText = new QLabel(this);
    m_progressText->setProperty("gpusetupCore", true);
    m_logButton = new QToolButton(this);
    m_logButton->setCheckable(true);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setVisible(false);
    m_log->setMinimumHeight(100);

    m_content->addWidget(m_notice);
    m_content->addWidget(m_banner);
    m_content->addWidget(m_findings);
    m_content->addWidget(m_whyButton, 0, Qt::AlignLeft);
    m_content->addWidget(m_why);
    m_content->addWidget(m_request);
    m_content->addWidget(m_commandsLabel);
    m_content->addWidget(m_commands);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_copy);
    buttons->addStretch();
    buttons->addWidget(m_skip);
    buttons->addWidget(m_recheck);
    m_content->addLayout(buttons);
    m_content->addWidget(m_progress);
    m_content->addWidget(m_progressText);
    m_content->addWidget(m_logButton, 0, Qt::AlignLeft);
    m_content->addWidget(m_log);
    m_content->addStretch();

    connect(m_whyButton, &QToolButton::toggled, m_why, &QWidget::setVisible);
    connect(m_logButton, &QToolButton::toggled, m_log, &QWidget::setVisible);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_model->commandText()); });
    connect(m_run, &QPushButton::clicked, this, [this] {
        m_log->clear();
        m_model->run();
    });
    connect(m_stop, &QPushButton::clicked, m_model, &StageModel::cancel);
    connect(m_recheck, &QPushButton::clicked, &m_state, &WizardState::recheck);
    connect(m_skip, &QCheckBox::toggled, m_model, &StageModel::setSkipped);
    connect(m_request, &QCheckBox::toggled, this, [this](bool on) {
        if (on != m_model->isRequested()) m_model->setRequested(on);
    });
    connect(m_model, &StageModel::changed, this, &StagePage::refresh);
    connect(m_model, &StageModel::readyChanged, this, &QWizardPage::completeChanged);
    connect(m_model, &StageModel::runningChanged, this, [this](bool running) {
        m_progress->setVisible(true);
        if (running) {
            m_progress->setValue(0);
            m_logButton->setChecked(true);
        } else if (m_model->lastRunOk()) {
            m_progress->setValue(m_progress->maximum());
        }
        refresh();
        emit completeChanged();
    });
    connect(m_model, &StageModel::logLine, this, &StagePage::appendLog);
    connect(m_model, &StageModel::progress, this, [this](double f, const QString &status) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(f * 1000));
        m_progressText->setText(status);
    });
    connect(m_model, &StageModel::bytesProgress, this,
            [this](qint64 done, qint64 total, double rate, int eta) {
                const QLocale l;
                QString text =
                    total > 0
                        ? tr("%1 of %2").arg(l.formattedDataSize(done), l.formattedDataSize(total))
                        : l.formattedDataSize(done);
                if (rate > 0)
                    text +=
                        QStringLiteral(" · ") + tr("%1/s").arg(l.formattedDataSize(qint64(rate)));
                if (eta >= 0)
                    text +=
                        QStringLiteral(" · ") + tr("%1 min %2 s left").arg(eta / 60).arg(eta % 60);
                m_progressText->setText(text);
            });
    // Subclasses call retranslateUi() at the end of their constructor (whyText is theirs).
}

void StagePage::setExtra(QWidget *extra)
{
    m_content->insertWidget(m_content->indexOf(m_request), extra);
}

bool StagePage::isComplete() const
{
    return m_model->isReady();
}

QString StagePage::bannerText() const
{
    return m_banner->text();
}

QString StagePage::commandsShown() const
{
    return m_commands->toPlainText();
}

QString StagePage::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void StagePage::appendLog(const QString &line)
{
    m_log->appendPlainText(line);
}

void StagePage::refresh()
{
    const WizardSession::Notice notice = m_state.session().notice(m_model->stageId());
    m_notice->setText(notice.text);
    m_notice->setStyleSheet(bannerStyle(notice.kind));
    m_notice->setVisible(!notice.text.isEmpty());
    const QString kind = m_model->bannerKind();
    const StagePlan *s = m_model->stagePlan();
    QString text = QStringLiteral("<b>%1</b>").arg(bannerTitle(kind).toHtmlEscaped());
    if (s && kind != QLatin1String("checking"))
        text += QStringLiteral(" — ") + s->summary.toHtmlEscaped();
    m_banner->setText(text);
    m_banner->setStyleSheet(bannerStyle(kind));
    m_banner->setAccessibleName(bannerTitle(kind));

    QString findings;
    if (s && kind != QLatin1String("checking")) {
        for (const Finding &f : s->findings) {
            const QString mark = f.severity == Severity::Error     ? QStringLiteral("✖")
                                 : f.severity == Severity::Warning ? QStringLiteral("⚠")
                                                                   : QStringLiteral("ℹ");
            findings += QStringLiteral("<p>%1 %2").arg(mark, f.text.toHtmlEscaped());
            if (!f.resolution.isEmpty())
                findings += QStringLiteral("<br/>&nbsp;&nbsp;→ <i>%1</i>")
                                .arg(f.resolution.toHtmlEscaped());
            findings += QStringLiteral("</p>");
        }
    }
    m_findings->setText(findings);
    m_findings->setVisible(!findings.isEmpty());

    const QString commands = m_model->commandText();
    m_commands->setPlainText(commands);
    m_commands->setVisible(!commands.isEmpty());
    m_commandsLabel->setVisible(!commands.isEmpty());
    m_copy->setVisible(!commands.isEmpty());
    const bool running = m_model->isRunning();
    m_run->setVisible(!commands.isEmpty());
    m_run->setEnabled(!running && !m_state.isChecking() && !m_model->steps().isEmpty());
    m_stop->setVisible(!commands.isEmpty());
    m_stop->setEnabled(running);
    m_recheck->setEnabled(!running && !m_state.isChecking());
    m_skip->setEnabled(!running);
    m_request->setVisible(m_model->canRequest());
    m_request->blockSignals(true);
    m_request->setChecked(m_model->isRequested());
    m_request->blockSignals(false);
    emit completeChanged();
}

void StagePage::retranslateUi()
{
    setTitle(stageName(m_model->stageId()));
    m_whyButton->setText(tr("&Why?"));
    m_whyButton->setAccessibleName(tr("Why this step matters"));
    m_why->setText(whyText());
    m_request->setText(tr("&Do this stage anyway"));
    m_commandsLabel->setText(
        m_state.isDryRun()
            ? tr("Exact commands (demo: shown, never run on this computer):")
            : tr("Exact commands that Run will perform (nothing changes before you press Run):"));
    m_commands->setAccessibleName(tr("Commands"));
    m_copy->setText(tr("Cop&y commands"));
    m_run->setText(m_state.isDryRun() ? tr("&Run (demo)") : tr("&Run"));
    m_stop->setText(tr("S&top"));
    m_recheck->setText(tr("Re-&check"));
    m_skip->setText(tr("S&kip this stage"));
    m_logButton->setText(tr("Show &log"));
    m_log->setAccessibleName(tr("Log"));
    m_progress->setAccessibleName(tr("Progress"));
    refresh();
}

void StagePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace gpusetup
