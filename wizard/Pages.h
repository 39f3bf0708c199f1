#pragma once
// The pages around the stages: Welcome (language, what happens), Verify, Report.
#include "VerifyModel.h"
#include "WizardState.h"

#include "report/Report.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QCheckBox;

namespace gpusetup {

class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WelcomePage(WizardState &state, QWidget *parent = nullptr);
    QComboBox *languagePicker() const { return m_language; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    WizardState &m_state;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_privacy = nullptr;
    QLabel *m_demo = nullptr;
};

class VerifyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit VerifyPage(WizardState &state, QWidget *parent = nullptr);
    VerifyModel &model() { return *m_model; }
    bool isComplete() const override { return m_model->isReady(); }
    QPushButton *runButton() const { return m_run; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    WizardState &m_state;
    VerifyModel *m_model;
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_result = nullptr;
};

class ReportPage : public QWizardPage
{
    Q_OBJECT
public:
    ReportPage(WizardState &state, VerifyModel &verify, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    // "What gpu-setup did on this computer": the journal, the CLI's entries included.
    QString actionsText() const;
    // The JSON the built-in export writes: facts, plan, journal and verify results.
    QByteArray reportJson() const;

    // The setup report (core/report) of what the wizard knows now, in the UI language.
    SetupReport buildSetupReport() const;
    // Writes the report as json / markdown / html / pdf; false + one sentence on failure.
    bool saveReport(const QString &format, const QString &path, QString *error) const;
    QString summaryText() const;
    QCheckBox *redactBox() const { return m_redact; }

protected:
    void changeEvent(QEvent *event) override;
    void initializePage() override;

private:
    void retranslateUi();
    void refresh();
    void exportTo(const QString &format);
    WizardState &m_state;
    VerifyModel &m_verify;
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_actionsTitle = nullptr;
    QLabel *m_actions = nullptr;
    QPushButton *m_json = nullptr;
    QPushButton *m_markdown = nullptr;
    QPushButton *m_html = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_openFolder = nullptr;
    QCheckBox *m_redact = nullptr;
    QLabel *m_saved = nullptr;
    QString m_lastPath;
};

} // namespace gpusetup
