#include "Pages.h"

#include "Language.h"
#include "StagePage.h"
#include "advice/Advisor.h"

#include "ReportPdf.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMetaMethod>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>

namespace gpusetup {

static QLabel *wrapped(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    return l;
}

// ---------------------------------------------------------------------------------- Welcome

WelcomePage::WelcomePage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    QVBoxLayout *v = scrollingLayout(this);
    auto *row = new QHBoxLayout;
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    // Language names are written in their own language on purpose.
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setProperty("gpusetupData", true);
    m_language->setCurrentIndex(currentLanguage() == QLatin1String("zh_CN") ? 0 : 1);
    m_languageLabel->setBuddy(m_language);
    row->addWidget(m_languageLabel);
    row->addWidget(m_language);
    row->addStretch();
    v->addLayout(row);
    m_intro = wrapped(this);
    m_privacy = wrapped(this);
    m_demo = wrapped(this);
    m_demo->setStyleSheet(bannerStyle(QStringLiteral("optional")));
    m_demo->setVisible(state.isDryRun());
    v->addWidget(m_intro);
    v->addWidget(m_privacy);
    v->addWidget(m_demo);
    v->addStretch();
    connect(m_language, &QComboBox::activated, this,
            [this] { setLanguage(m_language->currentData().toString()); });
    retranslateUi();
}

void WelcomePage::retranslateUi()
{
    setTitle(tr("Welcome"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setCurrentIndex(currentLanguage() == QLatin1String("zh_CN") ? 0 : 1);
    m_intro->setText(
        tr("<p>This wizard takes you from \"do I have a usable NVIDIA GPU?\" to a working "
           "deep-learning environment, one page per step:</p><ol>"
           "<li><b>GPU</b>: which card you have, or where to get GPU time;</li>"
           "<li><b>Driver</b>: the NVIDIA driver;</li>"
           "<li><b>CUDA</b> and <b>cuDNN</b>: NVIDIA's toolkit and library, often optional;</li>"
           "<li><b>Python environment</b>: conda, a mirror, an environment with PyTorch;</li>"
           "<li><b>Verify</b>: proof that the GPU computes, then a <b>report</b> for your "
           "teaching assistant.</li></ol>"
           "<p>Each page first checks this computer, then says what is done and what is "
           "missing, and why.</p>"));
    m_privacy->setText(
        tr("<p><b>Nothing changes without your confirmation:</b> every page shows the exact "
           "commands first and runs them only when you press Run; steps that need "
           "administrator rights ask for your password through the system.</p>"
           "<p><b>Nothing is sent anywhere:</b> the checks read this computer only; downloads "
           "come from NVIDIA, conda and PyTorch servers or the mirror you choose. The report "
           "stays on your disk until you share it.</p>"));
    m_demo->setText(tr("Demo mode: this wizard shows a recorded computer (%1). Every step is "
                       "a dry run; nothing on this computer is changed.")
                        .arg(m_state.host().describe()));
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWizardPage::changeEvent(event);
}

// ---------------------------------------------------------------------------------- Verify

VerifyPage::VerifyPage(WizardState &state, QWidget *parent)
    : QWizardPage(parent), m_state(state), m_model(new VerifyModel(state, this))
{
    QVBoxLayout *v = scrollingLayout(this);
    m_intro = wrapped(this);
    m_table = new QTableWidget(0, 4, this);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *row = new QHBoxLayout;
    m_run = new QPushButton(this);
    m_stop = new QPushButton(this);
    row->addWidget(m_run);
    row->addWidget(m_stop);
    row->addStretch();
    m_result = wrapped(this);
    v->addWidget(m_intro);
    v->addLayout(row);
    v->addWidget(m_table);
    v->addWidget(m_result);
    connect(m_run, &QPushButton::clicked, m_model, &VerifyModel::run);
    connect(m_stop, &QPushButton::clicked, m_model, &VerifyModel::cancel);
    connect(m_model, &VerifyModel::runningChanged, this, &VerifyPage::refresh);
    connect(m_model, &VerifyModel::checkFinished, this, &VerifyPage::refresh);
    connect(m_model, &VerifyModel::readyChanged, this, &QWizardPage::completeChanged);
    retranslateUi();
}

void VerifyPage::refresh()
{
    const QList<VerifyCheck> checks = m_model->checks();
    const VerifyVerdict verdict = m_model->verdict();
    m_table->setRowCount(checks.size());
    for (int i = 0; i < checks.size(); ++i) {
        const VerifyCheck &c = checks[i];
        // A check the plan's path does not need (nvcc on the pip path) is "not needed", never a
        // failure: the same rule as `gpu-setup verify` and the report (verifyVerdict).
        const bool counts = verdict.counts(c.id);
        const QString state = !counts && c.state != QLatin1String("pass") ? tr("not needed")
                              : c.state == QLatin1String("pass")          ? tr("pass")
                              : c.state == QLatin1String("fail")          ? tr("fail")
                              : c.state == QLatin1String("skipped")       ? tr("skipped")
                                                                          : tr("stopped");
        m_table->setItem(i, 0, new QTableWidgetItem(c.title));
        m_table->setItem(i, 1, new QTableWidgetItem(state));
        m_table->setItem(i, 2,
                         new QTableWidgetItem(tr("%1 s").arg(c.elapsedMs / 1000.0, 0, 'f', 1)));
        m_table->setItem(i, 3, new QTableWidgetItem(c.summary));
    }
    m_run->setEnabled(!m_model->isRunning() && m_model->hasVerifier());
    m_stop->setEnabled(m_model->isRunning());
    if (!m_model->hasVerifier())
        m_result->setText(tr("The checks are not part of this build yet."));
    else if (m_model->isRunning())
        m_result->setText(tr("Checking… each test can take up to a minute."));
    else if (!checks.isEmpty())
        m_result->setText(
            verdict.passed()
                ? (verdict.notRequired.isEmpty() && verdict.required.size() == checks.size()
                       ? tr("All checks passed: your GPU environment works.")
                       : tr("Every check your plan needs passed: your GPU environment works. "
                            "(No CUDA toolkit is in your plan, so nvcc is not needed.)"))
            : verdict.state == QLatin1String("fail")
                ? tr("Some checks did not pass; the Report page lists what to do.")
                : tr("Not verified yet: %1 did not run. Create the Python environment first, "
                     "then run the checks again.")
                      .arg(verdict.missing.join(QStringLiteral(", "))));
    else
        m_result->clear();
}

void VerifyPage::retranslateUi()
{
    setTitle(tr("Verify"));
    m_intro->setText(tr("Proof that everything fits together: nvidia-smi talks to the driver, "
                        "nvcc compiles and runs a small CUDA program, and in your environment "
                        "PyTorch sees the GPU and multiplies two matrices on it. Each check "
                        "shows pass or fail and how long it took."));
    m_table->setHorizontalHeaderLabels({tr("Check"), tr("Result"), tr("Time"), tr("Details")});
    m_table->setAccessibleName(tr("Verification results"));
    m_run->setText(m_state.isDryRun() ? tr("&Run checks (demo)") : tr("&Run checks"));
    m_stop->setText(tr("S&top"));
    refresh();
}

void VerifyPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWizardPage::changeEvent(event);
}

// ---------------------------------------------------------------------------------- Report

ReportPage::ReportPage(WizardState &state, VerifyModel &verify, QWidget *parent)
    : QWizardPage(parent), m_state(state), m_verify(verify)
{
    QVBoxLayout *v = scrollingLayout(this);
    m_intro = wrapped(this);
    m_table = new QTableWidget(0, 3, this);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    // One line a stage, so every stage is in view at 1024x600: a longer why ends in "..." and
    // is whole in the row's tooltip, on the stage's own page and in the saved report.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() + 6);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_actionsTitle = wrapped(this);
    m_actions = wrapped(this);
    m_actions->setTextFormat(Qt::PlainText);
    m_actions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_redact = new QCheckBox(this);
    m_redact->setChecked(true);
    auto *row = new QHBoxLayout;
    m_json = new QPushButton(this);
    m_markdown = new QPushButton(this);
    m_html = new QPushButton(this);
    m_pdf = new QPushButton(this);
    for (QPushButton *b : {m_json, m_markdown, m_html, m_pdf})
        row->addWidget(b);
    row->addStretch();
    auto *row2 = new QHBoxLayout;
    m_copy = new QPushButton(this);
    m_openFolder = new QPushButton(this);
    m_openFolder->setEnabled(false);
    row2->addWidget(m_copy);
    row2->addWidget(m_openFolder);
    row2->addStretch();
    m_saved = wrapped(this);
    m_saved->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_intro);
    v->addWidget(m_table);
    v->addWidget(m_actionsTitle);
    v->addWidget(m_actions);
    v->addWidget(m_redact);
    v->addLayout(row);
    v->addLayout(row2);
    v->addWidget(m_saved);
    connect(m_json, &QPushButton::clicked, this, [this] { exportTo(QStringLiteral("json")); });
    connect(m_markdown, &QPushButton::clicked, this,
            [this] { exportTo(QStringLiteral("markdown")); });
    connect(m_html, &QPushButton::clicked, this, [this] { exportTo(QStringLiteral("html")); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportTo(QStringLiteral("pdf")); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(summaryText());
        m_saved->setText(tr("The summary is on the clipboard."));
    });
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        if (!m_lastPath.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_lastPath).absolutePath()));
    });
    connect(&m_state, &WizardState::planChanged, this, &ReportPage::refresh);
    connect(&m_verify, &VerifyModel::finished, this, &ReportPage::refresh);
    connect(&m_state, &WizardState::journalChanged, this, &ReportPage::refresh);
    retranslateUi();
}

void ReportPage::initializePage()
{
    refresh();
}

void ReportPage::refresh()
{
    const Plan &plan = m_state.plan();
    m_table->setRowCount(plan.stages.size() + 1);
    int row = 0;
    for (const StagePlan &s : plan.stages) {
        m_table->setItem(row, 0, new QTableWidgetItem(stageName(s.id)));
        m_table->setItem(row, 1, new QTableWidgetItem(stageStatusName(s.status)));
        // Why, in the advisor's words: a blocked or skipped stage says exactly what stops it,
        // and what to do first (the first error's resolution).
        QString why = s.summary;
        if (s.status == StageStatus::Blocked || s.status == StageStatus::NeedsAction)
            for (const Finding &f : s.findings)
                if (f.severity == Severity::Error && !f.resolution.isEmpty()) {
                    why += QLatin1Char(' ') + f.resolution.section(QLatin1Char('\n'), 0, 0);
                    break;
                }
        auto *item = new QTableWidgetItem(why);
        item->setToolTip(why);
        m_table->setItem(row, 2, item);
        ++row;
    }
    const QList<VerifyCheck> checks = m_verify.checks();
    int passed = 0;
    for (const VerifyCheck &c : checks)
        passed += c.state == QLatin1String("pass");
    m_table->setItem(row, 0, new QTableWidgetItem(tr("Verify")));
    m_table->setItem(row, 1,
                     new QTableWidgetItem(
                         checks.isEmpty() ? tr("not run")
                                          : tr("%1 of %2 passed").arg(passed).arg(checks.size())));
    m_table->setItem(row, 2,
                     new QTableWidgetItem(
                         checks.isEmpty()                ? tr("Run the checks on the Verify page.")
                         : m_verify.report().allPassed() ? tr("Your GPU environment works.")
                                                         : tr("%n check(s) did not pass.", nullptr,
                                                              int(checks.size() - passed))));
    m_actions->setText(actionsText());
}

QString ReportPage::actionsText() const
{
    const QList<JournalEntry> all = m_state.journal();
    if (all.isEmpty()) return tr("Nothing yet.");
    QStringList lines;
    const int shown = 12;
    if (all.size() > shown)
        lines << tr("… and %n earlier action(s), in the saved report.", nullptr,
                    int(all.size() - shown));
    for (qsizetype i = qMax<qsizetype>(0, all.size() - shown); i < all.size(); ++i) {
        const JournalEntry &e = all.at(i);
        const QDateTime at = QDateTime::fromString(e.startedAt, Qt::ISODate).toLocalTime();
        const QString outcome = e.outcome == QLatin1String("ok")          ? tr("done")
                                : e.outcome == QLatin1String("dry-run")   ? tr("shown only (demo)")
                                : e.outcome == QLatin1String("undone")    ? tr("undone")
                                : e.outcome == QLatin1String("cancelled") ? tr("cancelled")
                                                                          : tr("failed");
        lines << QStringLiteral("%1  %2 — %3")
                     .arg(at.isValid() ? at.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                       : e.startedAt,
                          e.title, outcome);
    }
    return lines.join(QLatin1Char('\n'));
}

SetupReport ReportPage::buildSetupReport() const
{
    ReportInput in;
    in.facts = m_state.facts();
    in.plan = m_state.plan();
    in.journal = m_state.journal();
    if (!m_verify.report().checks.isEmpty()) in.verify = m_verify.report();
    for (const QString &var : reportEnvironmentVariables()) {
        const QString value = m_state.host().env(var);
        if (!value.isEmpty()) in.environment.insert(var, value);
    }
    in.language = currentLanguage();
    in.redact = !m_redact || m_redact->isChecked();
    return buildReport(in);
}

QByteArray ReportPage::reportJson() const
{
    return gpusetup::reportJson(buildSetupReport());
}

QString ReportPage::summaryText() const
{
    return reportSummaryText(buildSetupReport());
}

bool ReportPage::saveReport(const QString &format, const QString &path, QString *error) const
{
    const SetupReport report = buildSetupReport();
    if (format == QLatin1String("pdf")) return writeReportPdf(report, path, error);
    QByteArray data;
    if (format == QLatin1String("json"))
        data = gpusetup::reportJson(report);
    else if (format == QLatin1String("html"))
        data = reportHtml(report).toUtf8();
    else
        data = reportMarkdown(report).toUtf8();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        if (error) *error = tr("Could not save the report: %1").arg(f.errorString());
        return false;
    }
    return true;
}

void ReportPage::exportTo(const QString &format)
{
    static const QMap<QString, QString> suffixes{{QStringLiteral("json"), QStringLiteral("json")},
                                                 {QStringLiteral("markdown"), QStringLiteral("md")},
                                                 {QStringLiteral("html"), QStringLiteral("html")},
                                                 {QStringLiteral("pdf"), QStringLiteral("pdf")}};
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save report"),
        QDir(dir).filePath(QStringLiteral("gpu-setup-report.") + suffixes.value(format)));
    if (path.isEmpty()) return;
    QString error;
    if (!saveReport(format, path, &error)) {
        m_saved->setText(error);
        return;
    }
    m_lastPath = path;
    m_openFolder->setEnabled(true);
    m_saved->setText(tr("Saved to %1").arg(path));
}

void ReportPage::retranslateUi()
{
    setTitle(tr("Report"));
    m_intro->setText(tr("A summary of every stage. Save the report for your teaching assistant: "
                        "PDF or HTML to read, JSON for programs (gpu-setup report --read opens "
                        "it), Markdown to paste. The report stays on this computer until you "
                        "send it."));
    m_table->setHorizontalHeaderLabels({tr("Stage"), tr("Status"), tr("Why / what to do")});
    m_table->setAccessibleName(tr("Summary"));
    m_actionsTitle->setText(tr("<b>What gpu-setup did on this computer</b> (the wizard and the "
                               "command line, before and after restarts):"));
    m_redact->setText(tr("&Hide my user name, computer name and GPU serial numbers"));
    m_json->setText(tr("Save &JSON"));
    m_markdown->setText(tr("Save &Markdown"));
    m_html->setText(tr("Save H&TML"));
    m_pdf->setText(tr("Save &PDF"));
    m_copy->setText(tr("&Copy summary"));
    m_openFolder->setText(tr("&Open folder"));
    refresh();
}

void ReportPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace gpusetup
