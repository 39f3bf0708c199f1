#include "Pages.h"

#include "Language.h"
#include "StagePage.h"
#include "advice/Advisor.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMetaMethod>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>

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
    m_table->setRowCount(checks.size());
    for (int i = 0; i < checks.size(); ++i) {
        const VerifyCheck &c = checks[i];
        const QString state = c.state == QLatin1String("pass")      ? tr("pass")
                              : c.state == QLatin1String("fail")    ? tr("fail")
                              : c.state == QLatin1String("skipped") ? tr("skipped")
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
        m_result->setText(m_model->report().allPassed()
                              ? tr("All checks passed: your GPU environment works.")
                              : tr("Some checks did not pass; the Report page lists what to do."));
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
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *row = new QHBoxLayout;
    m_json = new QPushButton(this);
    m_markdown = new QPushButton(this);
    m_html = new QPushButton(this);
    row->addWidget(m_json);
    row->addWidget(m_markdown);
    row->addWidget(m_html);
    row->addStretch();
    m_saved = wrapped(this);
    m_saved->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_intro);
    v->addWidget(m_table);
    v->addLayout(row);
    v->addWidget(m_saved);
    connect(m_json, &QPushButton::clicked, this, [this] { exportTo(QStringLiteral("json")); });
    connect(m_markdown, &QPushButton::clicked, this,
            [this] { exportTo(QStringLiteral("markdown")); });
    connect(m_html, &QPushButton::clicked, this, [this] { exportTo(QStringLiteral("html")); });
    connect(&m_state, &WizardState::planChanged, this, &ReportPage::refresh);
    connect(&m_verify, &VerifyModel::finished, this, &ReportPage::refresh);
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
        m_table->setItem(row, 2, new QTableWidgetItem(QString::number(s.findings.size())));
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
    m_table->setItem(row, 2, new QTableWidgetItem(QString::number(checks.size() - passed)));
}

QByteArray ReportPage::reportJson() const
{
    Json j;
    j["schema"] = 1;
    j["facts"] = m_state.facts();
    j["plan"] = m_state.plan();
    j["journal"] = m_state.journal();
    j["verify"] = m_verify.report();
    return QByteArray::fromStdString(j.dump(2));
}

void ReportPage::exportTo(const QString &format)
{
    if (isSignalConnected(QMetaMethod::fromSignal(&ReportPage::exportRequested))) {
        emit exportRequested(format);
        return;
    }
    const QString suffix =
        format == QLatin1String("json") ? QStringLiteral("json") : QStringLiteral("md");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save report"), QDir(dir).filePath(QStringLiteral("gpu-setup-report.") + suffix));
    if (path.isEmpty()) return;
    QFile f(path);
    QByteArray data =
        format == QLatin1String("json") ? reportJson() : planText(m_state.plan()).toUtf8();
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
        m_saved->setText(tr("Could not save the report: %1").arg(f.errorString()));
        return;
    }
    m_saved->setText(tr("Saved to %1").arg(path));
}

void ReportPage::retranslateUi()
{
    setTitle(tr("Report"));
    m_intro->setText(tr("A summary of every stage. Export it for your teaching assistant: "
                        "JSON for programs, Markdown to read."));
    m_table->setHorizontalHeaderLabels({tr("Stage"), tr("Status"), tr("Findings")});
    m_table->setAccessibleName(tr("Summary"));
    m_json->setText(tr("Export &JSON"));
    m_markdown->setText(tr("Export &Markdown"));
    m_html->setText(tr("Export &HTML"));
    const bool html = isSignalConnected(QMetaMethod::fromSignal(&ReportPage::exportRequested));
    m_html->setEnabled(html);
    m_html->setToolTip(html ? QString() : tr("available after the report module lands"));
    refresh();
}

void ReportPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace gpusetup
