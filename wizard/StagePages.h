#pragma once
// The five stage pages: the shared StagePage plus each stage's own choices.
#include "StagePage.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTreeWidget;

namespace gpusetup {

class MokPasswordDialog;

// Detected GPUs; without a usable one: free notebooks, renting, buying (+ PSU calculator).
class GpuPage : public StagePage
{
    Q_OBJECT
public:
    explicit GpuPage(WizardState &state, QWidget *parent = nullptr);
    QString psuText() const;
    void setPsuInputs(int gpuW, int cpuW, int currentW);
    QTreeWidget *gpuTable() const { return m_gpus; } // for tests

protected:
    void refresh() override;
    void retranslateUi() override;
    QString whyText() const override;

private:
    void updatePsu();
    QLabel *m_gpuLabel = nullptr;
    QTreeWidget *m_gpus = nullptr;
    QGroupBox *m_noGpu = nullptr;
    QPushButton *m_showOptions = nullptr;
    QLabel *m_cloudIntro = nullptr;
    QLabel *m_cloud = nullptr;
    QLabel *m_rent = nullptr;
    QLabel *m_buy = nullptr;
    QGroupBox *m_psuBox = nullptr;
    QLabel *m_modelLabel = nullptr;
    QComboBox *m_model = nullptr;
    QLabel *m_gpuWLabel = nullptr;
    QSpinBox *m_gpuW = nullptr;
    QLabel *m_cpuWLabel = nullptr;
    QSpinBox *m_cpuW = nullptr;
    QLabel *m_currentLabel = nullptr;
    QSpinBox *m_current = nullptr;
    QLabel *m_psuResult = nullptr;
    QLabel *m_fitting = nullptr;
};

// The driver, and the restart it needs: the MOK password dialog when a key must be enrolled,
// then "Restart now" with the exact command, the autostart consent and (when a key waits for
// MokManager) the picture of the blue screens the student will meet at the next start.
class DriverPage : public StagePage
{
    Q_OBJECT
public:
    explicit DriverPage(WizardState &state, QWidget *parent = nullptr);

    QGroupBox *rebootBox() const { return m_rebootBox; }
    QPushButton *rebootButton() const { return m_rebootNow; }
    QCheckBox *autostartBox() const { return m_autostart; }
    QWidget *mokPanel() const { return m_mokPanel; }
    QString rebootCommandShown() const;
    QString rebootStatusText() const;
    // The password dialog while driver.enroll-mok waits for it; nullptr otherwise.
    MokPasswordDialog *passwordDialog() const { return m_dialog; }
    // Asked before restarting; tests replace the message box.
    std::function<bool()> confirmReboot;

protected:
    void refresh() override;
    void retranslateUi() override;
    QString whyText() const override;

private:
    void askPassword();
    void restartNow();
    QLabel *m_choice = nullptr;
    QGroupBox *m_rebootBox = nullptr;
    QLabel *m_rebootText = nullptr;
    QWidget *m_mokPanel = nullptr;
    QLabel *m_mokSteps = nullptr;
    QLabel *m_mokPicture = nullptr;
    QLabel *m_mokCaption = nullptr;
    QCheckBox *m_autostart = nullptr;
    QLabel *m_rebootCommand = nullptr;
    QPushButton *m_rebootNow = nullptr;
    QLabel *m_rebootStatus = nullptr;
    MokPasswordDialog *m_dialog = nullptr;
};

// CUDA toolkit and cuDNN: optional for pip PyTorch; the versions the advisor accepts.
class LibraryPage : public StagePage
{
    Q_OBJECT
public:
    LibraryPage(WizardState &state, StageId stage, QWidget *parent = nullptr);
    QComboBox *versionPicker() const { return m_versions; }

protected:
    void refresh() override;
    void retranslateUi() override;
    QString whyText() const override;

private:
    QLabel *m_versionLabel = nullptr;
    QComboBox *m_versions = nullptr;
    QLabel *m_note = nullptr;
    bool m_updating = false;
};

// Miniconda/Miniforge, mirrors, the framework and its environment; conda env list/create/remove.
class PythonEnvPage : public StagePage
{
    Q_OBJECT
public:
    explicit PythonEnvPage(WizardState &state, QWidget *parent = nullptr);
    QComboBox *mirrorPicker() const { return m_mirror; }
    QComboBox *pythonPicker() const { return m_python; }
    QLineEdit *envNameEdit() const { return m_envName; }
    QPushButton *createEnvButton() const { return m_create; }
    QLabel *envStatusLabel() const { return m_envStatus; }
    QListWidget *envList() const { return m_envs; }
    QComboBox *flavourPicker() const { return m_flavour; }
    QLabel *activateLabel() const { return m_activate; }
    // Asks once for Anaconda's Terms of Service when the plan would accept them and the user
    // has not agreed: agreeing records it in the choices and the journal (the plan's
    // python.tos-accept steps then run with the others); declining picks Miniforge instead.
    // Returns true when nothing is left to ask.
    bool askCondaTermsIfNeeded();

protected:
    void refresh() override;
    void retranslateUi() override;
    QString whyText() const override;

private:
    void applyChoices();
    // Create / remove run the core's conda operations (name checks, undo, base refused).
    void runEnvOperation(Operation *op);
    QString condaPrefix() const;
    QLabel *m_frameworkLabel = nullptr;
    QComboBox *m_framework = nullptr;
    QLabel *m_versionLabel = nullptr;
    QComboBox *m_version = nullptr;
    QLabel *m_pythonLabel = nullptr;
    QComboBox *m_python = nullptr;
    QLabel *m_envNameLabel = nullptr;
    QLineEdit *m_envName = nullptr;
    QLabel *m_mirrorLabel = nullptr;
    QComboBox *m_mirror = nullptr;
    QLabel *m_flavourLabel = nullptr;
    QComboBox *m_flavour = nullptr;
    QGroupBox *m_envBox = nullptr;
    QListWidget *m_envs = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_envStatus = nullptr;
    QLabel *m_activate = nullptr;
    bool m_updating = false;
};

} // namespace gpusetup
