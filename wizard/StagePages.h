#pragma once
// The five stage pages: the shared StagePage plus each stage's own choices.
#include "StagePage.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTreeWidget;

namespace gpusetup {

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

class DriverPage : public StagePage
{
    Q_OBJECT
public:
    explicit DriverPage(WizardState &state, QWidget *parent = nullptr);

protected:
    void refresh() override;
    void retranslateUi() override;
    QString whyText() const override;

private:
    QLabel *m_choice = nullptr;
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
    // The argv "Create" / "Remove" would run for the named env (conda from the facts).

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
