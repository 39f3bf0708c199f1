#pragma once
// The page every stage shares: status banner with the advisor's findings, "Why?", the exact
// commands (with Copy), Run / Stop with progress and a collapsible live log, Skip, Re-check.
// Stage pages add their own choices through setExtra(); all logic stays in StageModel.
#include "StageModel.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace gpusetup {

class StagePage : public QWizardPage
{
    Q_OBJECT
public:
    StagePage(WizardState &state, StageId stage, QWidget *parent = nullptr);

    StageModel &model() { return *m_model; }
    const StageModel &model() const { return *m_model; }
    bool isComplete() const override;
    QString bannerText() const;
    QString commandsShown() const;
    // What changed since a restart (or that the restart is still to come); "" when hidden.
    QString noticeText() const;
    QPushButton *runButton() const { return m_run; }
    QPushButton *stopButton() const { return m_stop; }

protected:
    void setExtra(QWidget *extra); // placed between the findings and the commands
    virtual void refresh();        // the plan or the state changed
    virtual void retranslateUi();
    virtual QString whyText() const = 0;
    void changeEvent(QEvent *event) override;
    WizardState &m_state;

private:
    void appendLog(const QString &line);
    StageModel *m_model;
    QVBoxLayout *m_content = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_findings = nullptr;
    QToolButton *m_whyButton = nullptr;
    QLabel *m_why = nullptr;
    QCheckBox *m_request = nullptr;
    QLabel *m_commandsLabel = nullptr;
    QPlainTextEdit *m_commands = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_recheck = nullptr;
    QCheckBox *m_skip = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QToolButton *m_logButton = nullptr;
    QPlainTextEdit *m_log = nullptr;
};

// Banner colours that read on light and dark palettes: a translucent tint under palette text.
QString bannerStyle(const QString &kind);
QString bannerTitle(const QString &kind); // translated "Done", "Needs action", ...
// Lays a page's content out in a scroll area so it fits 1024x600.
QVBoxLayout *scrollingLayout(QWidget *page);

} // namespace gpusetup
