#include "StagePages.h"

#include "MokPasswordDialog.h"
#include "WizardSession.h"

#include "actions/CondaEnvs.h"
#include "actions/CondaInitOperation.h"
#include "common/Version.h"

#include "actions/CommandOperation.h"
#include "advice/Psu.h"
#include "knowledge/Knowledge.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace gpusetup {

static QLabel *label(QWidget *parent, bool data = false)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextBrowserInteraction);
    l->setOpenExternalLinks(true);
    // Knowledge data (platform facts, model names) is English source data, not UI text.
    if (data) l->setProperty("gpusetupData", true);
    return l;
}

// ------------------------------------------------------------------------------------- GPU

GpuPage::GpuPage(WizardState &state, QWidget *parent) : StagePage(state, StageId::Gpu, parent)
{
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    m_gpuLabel = label(box);
    m_gpus = new QTreeWidget(box);
    m_gpus->setRootIsDecorated(false);
    m_gpus->setColumnCount(5);
    m_gpus->setMaximumHeight(110);
    m_gpus->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_gpuLabel->setBuddy(m_gpus);
    v->addWidget(m_gpuLabel);
    v->addWidget(m_gpus);

    m_showOptions = new QPushButton(box);
    m_showOptions->setCheckable(true);
    v->addWidget(m_showOptions, 0, Qt::AlignLeft);
    m_noGpu = new QGroupBox(box);
    auto *n = new QVBoxLayout(m_noGpu);
    m_cloudIntro = label(m_noGpu);
    m_cloud = label(m_noGpu, true);
    m_rent = label(m_noGpu);
    m_buy = label(m_noGpu);
    m_fitting = label(m_noGpu);
    n->addWidget(m_cloudIntro);
    n->addWidget(m_cloud);
    n->addWidget(m_rent);
    n->addWidget(m_buy);
    n->addWidget(m_fitting);

    m_psuBox = new QGroupBox(m_noGpu);
    auto *f = new QFormLayout(m_psuBox);
    m_model = new QComboBox(m_psuBox);
    m_model->setProperty("gpusetupData", true);
    m_model->addItem(QString(), -1);
    for (const GpuModel &g : m_state.knowledge().gpus().models())
        if (g.boardPowerW > 0 && g.segment != QLatin1String("datacenter"))
            m_model->addItem(QStringLiteral("%1 (%2 W)").arg(g.name).arg(g.boardPowerW),
                             g.boardPowerW);
    m_gpuW = new QSpinBox(m_psuBox);
    m_gpuW->setRange(0, 1000);
    m_gpuW->setSuffix(QStringLiteral(" W"));
    m_gpuW->setValue(150);
    m_cpuW = new QSpinBox(m_psuBox);
    m_cpuW->setRange(0, 500);
    m_cpuW->setSuffix(QStringLiteral(" W"));
    m_cpuW->setValue(kDefaultCpuPowerW);
    m_current = new QSpinBox(m_psuBox);
    m_current->setRange(0, 2000);
    m_current->setSingleStep(50);
    m_current->setSuffix(QStringLiteral(" W"));
    m_current->setValue(400);
    m_modelLabel = new QLabel(m_psuBox);
    m_gpuWLabel = new QLabel(m_psuBox);
    m_cpuWLabel = new QLabel(m_psuBox);
    m_currentLabel = new QLabel(m_psuBox);
    m_modelLabel->setBuddy(m_model);
    m_gpuWLabel->setBuddy(m_gpuW);
    m_cpuWLabel->setBuddy(m_cpuW);
    m_currentLabel->setBuddy(m_current);
    f->addRow(m_modelLabel, m_model);
    f->addRow(m_gpuWLabel, m_gpuW);
    f->addRow(m_cpuWLabel, m_cpuW);
    f->addRow(m_currentLabel, m_current);
    m_psuResult = label(m_psuBox);
    f->addRow(m_psuResult);
    n->addWidget(m_psuBox);
    v->addWidget(m_noGpu);
    setExtra(box);

    connect(m_showOptions, &QPushButton::toggled, m_noGpu, &QWidget::setVisible);
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        const int w = m_model->currentData().toInt();
        if (w > 0) m_gpuW->setValue(w);
    });
    for (QSpinBox *s : {m_gpuW, m_cpuW, m_current})
        connect(s, &QSpinBox::valueChanged, this, &GpuPage::updatePsu);
    retranslateUi();
}

void GpuPage::setPsuInputs(int gpuW, int cpuW, int currentW)
{
    m_gpuW->setValue(gpuW);
    m_cpuW->setValue(cpuW);
    m_current->setValue(currentW);
    updatePsu();
}

QString GpuPage::psuText() const
{
    return m_psuResult->text();
}

void GpuPage::updatePsu()
{
    const PsuAdvice a = recommendPsu(m_gpuW->value(), m_cpuW->value(), m_current->value());
    QString text = tr("Under full load the computer draws about %1 W; a %2 W power supply leaves "
                      "enough headroom (below %3 W it may switch off under load).")
                       .arg(a.loadW)
                       .arg(a.recommendedW)
                       .arg(a.minimumW);
    if (a.currentW > 0)
        text += QLatin1Char(' ') +
                (a.currentEnough ? tr("Your %1 W unit is enough.").arg(a.currentW)
                                 : tr("Your %1 W unit is too small: replace it.").arg(a.currentW));
    if (a.auxConnectors8Pin > 0)
        text += QLatin1Char(' ') + tr("The card needs %n 8-pin PCIe power plug(s) from the "
                                      "power supply.",
                                      nullptr, a.auxConnectors8Pin);
    m_psuResult->setText(text);
}

void GpuPage::refresh()
{
    StagePage::refresh();
    if (!m_gpus) return;
    m_gpus->clear();
    const GpuFacts &g = m_state.facts().gpus;
    bool usable = false;
    for (const GpuDevice &d : g.gpus) {
        auto *item = new QTreeWidgetItem(m_gpus);
        // The merged identity's name (marked when it does not say laptop itself); where each
        // part came from is one hover away.
        const bool unnamed = d.nameFrom.isEmpty();
        item->setText(0, d.nvidia && unnamed ? tr("%1 (not identified yet)").arg(d.name)
                         : d.laptop && !GpuCatalog::isLaptopName(d.name)
                             ? tr("%1 (laptop GPU)").arg(d.name)
                             : d.name);
        if (d.nvidia) {
            QStringList from;
            if (!d.nameFrom.isEmpty()) from << tr("Name: %1").arg(d.nameFrom);
            if (!d.architectureFrom.isEmpty())
                from << tr("Architecture and compute capability: %1").arg(d.architectureFrom);
            if (!d.chip.isEmpty()) from << tr("Chip: %1 (%2)").arg(d.chip, d.chipFrom);
            if (!d.memoryFrom.isEmpty()) from << tr("Memory: %1").arg(d.memoryFrom);
            from << tr("PCI id: %1:%2").arg(d.vendorId, d.deviceId);
            item->setToolTip(0, from.join(QLatin1Char('\n')));
        }
        item->setText(1, d.architecture.isEmpty() ? QStringLiteral("—") : d.architecture);
        item->setText(2, d.computeCapability.isEmpty() ? QStringLiteral("—") : d.computeCapability);
        item->setText(3, d.memoryGb > 0 ? QStringLiteral("%1 GB").arg(d.memoryGb)
                                        : QStringLiteral("—"));
        item->setText(4, d.driver.isEmpty() ? QStringLiteral("—") : d.driver);
        if (d.nvidia) usable = true;
        if (d.nvidia && d.boardPowerW > 0 && m_gpuW->value() == 150)
            m_gpuW->setValue(d.boardPowerW);
    }
    m_gpus->setVisible(!g.gpus.isEmpty());
    const bool blocked = model().status() == StageStatus::Blocked;
    // Without a usable GPU the options come first; with one they stay for upgrades.
    const bool none = !usable || blocked;
    m_noGpu->setTitle(none ? tr("No usable NVIDIA GPU: your options")
                           : tr("Upgrading or adding a GPU"));
    m_showOptions->setText(none ? tr("&Options without a usable GPU")
                                : tr("&Options for upgrading or adding a GPU"));
    // Without a usable GPU the options are the point of the page; otherwise one click away.
    if (m_state.hasFacts() && !m_state.isChecking()) m_showOptions->setChecked(none);
    updatePsu();
}

void GpuPage::retranslateUi()
{
    m_gpuLabel->setText(tr("Graphics cards found on this computer:"));
    m_gpus->setHeaderLabels({tr("Name"), tr("Architecture"), tr("Compute capability"), tr("Memory"),
                             tr("Driver in use")});
    m_gpus->setAccessibleName(tr("Graphics cards"));
    const Provenance *p = m_state.knowledge().provenance(QStringLiteral("platforms.json"));
    m_cloudIntro->setText(
        tr("<b>1. Free cloud notebooks.</b> Several sites lend a GPU inside a Jupyter-style "
           "notebook for free, within weekly limits. What we know (as of %1; these limits "
           "change often, check the site):")
            .arg(p ? p->asOf : QStringLiteral("?")));
    QString cloud;
    for (const FreePlatform &fp : m_state.knowledge().platforms()) {
        cloud += QStringLiteral("<p><b>%1</b> — %2<ul>")
                     .arg(knowledgeText(fp.name).toHtmlEscaped(),
                          knowledgeText(fp.cost).toHtmlEscaped());
        static const QRegularExpression dateRe(QStringLiteral("\\d{4}-\\d{2}(-\\d{2})?"));
        for (const PlatformFact &pf : fp.facts.mid(0, 3)) {
            // The data's date field is free text ("reported 2024-04, 2025-11"): show the dates.
            QStringList dates;
            for (auto it = dateRe.globalMatch(pf.date); it.hasNext();)
                dates << it.next().captured();
            const QString when =
                dates.isEmpty() ? QString()
                                : QStringLiteral(" <i>(%1)</i>")
                                      .arg(tr("seen %1").arg(dates.join(QStringLiteral(", "))));
            cloud +=
                QStringLiteral("<li>%1%2</li>").arg(knowledgeText(pf.fact).toHtmlEscaped(), when);
        }
        cloud += QStringLiteral("</ul></p>");
    }
    m_cloud->setText(cloud);
    m_rent->setText(tr("<b>2. Rent a GPU server</b> by the hour for a course project. Rented "
                       "servers usually come with the driver and CUDA installed; over SSH, run "
                       "<tt>gpu-setup doctor</tt> there to check."));
    m_buy->setText(tr("<b>3. Buy a card and fit it yourself.</b> It is easier than it sounds, "
                      "three steps: (1) switch off, unplug and open the case; (2) press the card "
                      "into the long PCIe x16 slot, screw it to the bracket and plug in its "
                      "power cables; (3) close the case, start the computer and come back to "
                      "this page."));
    m_fitting->setText(
        tr("<b>Plugs:</b> every connector only fits one way; if it does not slide in, check "
           "the shape instead of pushing harder. <b>Balance:</b> choose a card that matches "
           "the rest of the computer: a weak CPU cannot prepare data fast enough and the GPU "
           "sits idle. <b>Power:</b> look up the card's board power and check the power "
           "supply below; a bigger card often needs a new one."));
    m_psuBox->setTitle(tr("Power supply calculator"));
    m_modelLabel->setText(tr("GPU &model:"));
    m_model->setItemText(0, tr("(type the power below)"));
    m_model->setAccessibleName(tr("GPU model"));
    m_gpuWLabel->setText(tr("GPU board &power:"));
    m_cpuWLabel->setText(tr("CP&U power:"));
    m_currentLabel->setText(tr("Current power &supply:"));
    StagePage::retranslateUi();
}

QString GpuPage::whyText() const
{
    return tr("Deep-learning frameworks do their heavy maths on the GPU through NVIDIA's CUDA, "
              "so training needs an NVIDIA card; Intel and AMD graphics are not used by CUDA. "
              "The compute capability tells which CUDA and framework versions still support "
              "the card, and the memory limits how large a model fits. If your computer has "
              "no suitable card, you can still learn on a free cloud notebook.");
}

// ---------------------------------------------------------------------------------- Driver

DriverPage::DriverPage(WizardState &state, QWidget *parent)
    : StagePage(state, StageId::Driver, parent)
{
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    m_choice = label(box);
    m_choice->setProperty("gpusetupCore", true); // the alternatives are the advisor's commands
    v->addWidget(m_choice);

    // The restart hand-off: shown once everything before the restart ran.
    m_rebootBox = new QGroupBox(box);
    auto *r = new QVBoxLayout(m_rebootBox);
    m_rebootText = label(m_rebootBox);
    r->addWidget(m_rebootText);
    // The picture beside the numbered steps, so that box and button fit 1024x600 together.
    m_mokPanel = new QWidget(m_rebootBox);
    auto *m = new QHBoxLayout(m_mokPanel);
    m->setContentsMargins(0, 0, 0, 0);
    auto *pictureColumn = new QVBoxLayout;
    m_mokPicture = new QLabel(m_mokPanel);
    const QPixmap picture(QStringLiteral(":/illustrations/mokmanager-enroll.png"));
    m_mokPicture->setPixmap(
        picture.scaledToWidth(qMin(picture.width(), 440), Qt::SmoothTransformation));
    m_mokCaption = label(m_mokPanel);
    m_mokCaption->setMaximumWidth(440);
    pictureColumn->addWidget(m_mokPicture);
    pictureColumn->addWidget(m_mokCaption);
    pictureColumn->addStretch();
    m_mokSteps = label(m_mokPanel);
    m_mokSteps->setTextFormat(Qt::RichText);
    m_mokSteps->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m->addLayout(pictureColumn);
    m->addWidget(m_mokSteps, 1);
    r->addWidget(m_mokPanel);
    m_autostart = new QCheckBox(m_rebootBox);
    r->addWidget(m_autostart);
    m_rebootCommand = label(m_rebootBox);
    m_rebootCommand->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rebootCommand->setProperty("gpusetupData", true); // a command line, never translated
    m_rebootCommand->setProperty("gpusetupCore", true);
    r->addWidget(m_rebootCommand);
    auto *row = new QHBoxLayout;
    m_rebootNow = new QPushButton(m_rebootBox);
    row->addWidget(m_rebootNow);
    row->addStretch();
    r->addLayout(row);
    m_rebootStatus = label(m_rebootBox);
    r->addWidget(m_rebootStatus);
    v->addWidget(m_rebootBox);
    setExtra(box);

    confirmReboot = [this] {
        return QMessageBox::question(this, tr("Restart now?"),
                                     tr("Restart the computer now? Save your work in other "
                                        "programs first.")) == QMessageBox::Yes;
    };
    connect(&model(), &StageModel::passwordNeeded, this, &DriverPage::askPassword);
    connect(m_autostart, &QCheckBox::toggled, this, [this](bool on) {
        QString error;
        if (on != m_state.session().autostartEnabled() &&
            !m_state.session().setAutostart(on, &error))
            m_rebootStatus->setText(error);
    });
    connect(m_rebootNow, &QPushButton::clicked, this, &DriverPage::restartNow);
    retranslateUi();
}

void DriverPage::askPassword()
{
    if (m_dialog) return;
    m_dialog = new MokPasswordDialog(this);
    connect(m_dialog, &QDialog::finished, this, [this] {
        const QString password = m_dialog->password();
        m_dialog->deleteLater();
        m_dialog = nullptr;
        model().providePassword(password);
    });
    m_dialog->open();
}

void DriverPage::restartNow()
{
    if (confirmReboot && !confirmReboot()) return;
    Operation *op = m_state.session().startReboot();
    op->setParent(this);
    m_rebootNow->setEnabled(false);
    m_rebootStatus->setText(tr("Restarting…"));
    connect(op, &Operation::finished, this, [this, op](const OperationResult &r) {
        op->deleteLater();
        m_rebootNow->setEnabled(true);
        if (m_state.isDryRun())
            m_rebootStatus->setText(tr("Demo: this computer would restart now; nothing happened."));
        else if (!r.ok)
            m_rebootStatus->setText(tr("The computer did not restart (%1). Restart it from the "
                                       "system menu; the wizard remembers this page.")
                                        .arg(r.message));
    });
    op->start();
}

QString DriverPage::rebootCommandShown() const
{
    return m_rebootCommand->text();
}

QString DriverPage::rebootStatusText() const
{
    return m_rebootStatus->text();
}

void DriverPage::refresh()
{
    StagePage::refresh();
    if (!m_choice) return;
    const StagePlan *s = model().stagePlan();
    const QString d = s ? s->chosen.value(QStringLiteral("driver")) : QString();
    QString text;
    if (!d.isEmpty()) text = tr("Recommended driver: <b>%1</b>").arg(d.toHtmlEscaped());
    if (s && !s->alternatives.isEmpty())
        text +=
            QStringLiteral("<br/>") +
            tr("Also possible: %1").arg(s->alternatives.join(QStringLiteral(", ")).toHtmlEscaped());
    m_choice->setText(text);
    m_choice->setVisible(!text.isEmpty());

    const bool restart = model().awaitingReboot() && !model().isRunning();
    m_rebootBox->setVisible(restart);
    m_mokPanel->setVisible(restart && model().mokPending());
    m_autostart->blockSignals(true);
    m_autostart->setChecked(m_state.session().autostartEnabled());
    m_autostart->blockSignals(false);
    m_autostart->setEnabled(!m_state.isDryRun());
    m_rebootCommand->setText(
        tr("Command: %1").arg(CommandOperation::quoted(m_state.session().rebootCommand())));
}

void DriverPage::retranslateUi()
{
    if (m_rebootBox) {
        m_rebootBox->setTitle(tr("Restart to finish"));
        m_rebootText->setText(tr("Everything that had to happen before the restart is done. The "
                                 "NVIDIA driver loads at the next start; this wizard remembers "
                                 "this page and checks again when you open it."));
        m_mokSteps->setText(
            tr("<p><b>At the next start a blue screen appears first</b> (MokManager). It waits "
               "only 10 seconds, so be ready:</p><ol style=\"margin-left: 12px\">"
               "<li>Press any key (for example the space bar).</li>"
               "<li>Choose “Enroll MOK” with the arrow keys and press Enter.</li>"
               "<li>Choose “Continue”.</li>"
               "<li>Choose “Yes” to enrol the key.</li>"
               "<li>Type the one-time password you chose (nothing is shown while you type) and "
               "press Enter.</li>"
               "<li>Choose “Reboot”.</li></ol>"
               "<p>If you miss the screen, the driver stays unloaded: restart again and it "
               "comes back.</p>"));
        m_mokPicture->setAccessibleName(tr("Illustration of the MokManager screens"));
        m_mokCaption->setText(tr("Illustration of the six screens, numbered as the steps "
                                 "beside it (drawn for gpu-setup; the real ones look much "
                                 "alike)."));
        m_autostart->setText(tr("&Open this wizard again after the restart (removed again once "
                                "used)"));
        m_rebootNow->setText(m_state.isDryRun() ? tr("Re&start now (demo)") : tr("Re&start now"));
    }
    StagePage::retranslateUi();
}

QString DriverPage::whyText() const
{
    return tr("The driver lets the system use the card; every CUDA program needs a driver at "
              "least as new as its CUDA version asks for. Install it with the distribution's "
              "own tool (ubuntu-drivers), never the driver inside the CUDA runfile, and "
              "restart afterwards. With Secure Boot on, a module built on this computer (DKMS) "
              "loads only once the key it is signed with is enrolled at the next start (MOK); "
              "Ubuntu's prebuilt modules are signed by Canonical and need no key of yours.");
}

// ------------------------------------------------------------------------ CUDA and cuDNN

LibraryPage::LibraryPage(WizardState &state, StageId stage, QWidget *parent)
    : StagePage(state, stage, parent)
{
    auto *box = new QWidget(this);
    auto *h = new QFormLayout(box);
    h->setContentsMargins(0, 0, 0, 0);
    m_versionLabel = new QLabel(box);
    m_versions = new QComboBox(box);
    m_versionLabel->setBuddy(m_versions);
    m_note = label(box);
    h->addRow(m_versionLabel, m_versions);
    h->addRow(m_note);
    setExtra(box);
    // Picking another compatible version re-advises: the commands below change with it.
    connect(m_versions, &QComboBox::activated, this, [this](int index) {
        if (m_updating) return;
        Choices c = m_state.choices();
        const QString v = m_versions->itemText(index);
        if (model().stageId() == StageId::Toolkit)
            c.cudaVersion = v;
        else
            c.cudnnVersion = v;
        m_state.setChoices(c);
    });
    retranslateUi();
}

void LibraryPage::refresh()
{
    StagePage::refresh();
    if (!m_versions) return;
    const StagePlan *s = model().stagePlan();
    const QString key =
        model().stageId() == StageId::Toolkit ? QStringLiteral("cuda") : QStringLiteral("cudnn");
    m_updating = true;
    m_versions->clear();
    if (s) {
        // Sorted newest first, the plan's choice selected (not moved to the top).
        QStringList all = s->alternatives;
        const QString chosen = s->chosen.value(key);
        if (!chosen.isEmpty() && !all.contains(chosen)) all << chosen;
        std::sort(all.begin(), all.end(),
                  [](const QString &a, const QString &b) { return compareVersions(a, b) > 0; });
        m_versions->addItems(all);
        m_versions->setCurrentIndex(qMax(0, all.indexOf(chosen)));
    }
    m_updating = false;
    m_versions->setEnabled(m_versions->count() > 1);
    m_versionLabel->setVisible(m_versions->count() > 0);
    m_versions->setVisible(m_versions->count() > 0);
    m_note->setVisible(m_versions->count() > 0);
}

void LibraryPage::retranslateUi()
{
    const bool toolkit = model().stageId() == StageId::Toolkit;
    m_versionLabel->setText(toolkit ? tr("Compatible CUDA &versions:")
                                    : tr("Compatible cuDNN &versions:"));
    m_versions->setAccessibleName(toolkit ? tr("CUDA version") : tr("cuDNN version"));
    m_note->setText(tr("The selected version is the one the plan uses; the others also fit "
                       "your driver, GPU and framework. Pick one to change the plan."));
    StagePage::retranslateUi();
}

QString LibraryPage::whyText() const
{
    if (model().stageId() == StageId::Toolkit)
        return tr("The CUDA toolkit is the compiler (nvcc) and libraries for building CUDA "
                  "programs. PyTorch installed with pip brings its own CUDA runtime, so for "
                  "PyTorch alone only the driver is needed; install the toolkit when you "
                  "compile CUDA code or extensions. The version must suit your driver, your GPU "
                  "and your framework; after installing, PATH and LD_LIBRARY_PATH are set in "
                  "your shell profile and nvcc -V shows the version.");
    return tr("cuDNN is NVIDIA's library of deep-learning building blocks (convolutions and "
              "more). Framework pip packages already include it; install it yourself only for "
              "code that links it directly. Its CUDA major version must match the toolkit's. "
              "It is not installed as such: the files are copied into the toolkit folder, or "
              "kept in a folder of yours that LD_LIBRARY_PATH points to.");
}

// ------------------------------------------------------------------------------ Python env

PythonEnvPage::PythonEnvPage(WizardState &state, QWidget *parent)
    : StagePage(state, StageId::PythonEnv, parent)
{
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_frameworkLabel = new QLabel(box);
    m_framework = new QComboBox(box);
    m_framework->addItem(QStringLiteral("PyTorch"), int(Framework::PyTorch));
    m_framework->addItem(QStringLiteral("TensorFlow"), int(Framework::TensorFlow));
    m_framework->addItem(QString(), int(Framework::None));
    m_versionLabel = new QLabel(box);
    m_version = new QComboBox(box);
    m_pythonLabel = new QLabel(box);
    m_python = new QComboBox(box);
    m_python->addItem(QString(), QString());
    for (const char *p : {"3.13", "3.12", "3.11", "3.10", "3.9", "3.8"})
        m_python->addItem(QString::fromLatin1(p), QString::fromLatin1(p));
    m_envNameLabel = new QLabel(box);
    m_envName = new QLineEdit(box);
    m_envName->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9_.-]{1,40}")), m_envName));
    m_mirrorLabel = new QLabel(box);
    m_mirror = new QComboBox(box);
    for (const char *m : {"official", "tuna", "ustc", "bfsu"})
        m_mirror->addItem(QString(), QString::fromLatin1(m));
    m_flavourLabel = new QLabel(box);
    m_flavour = new QComboBox(box);
    m_flavour->addItem(QStringLiteral("Miniforge"), QStringLiteral("miniforge"));
    m_flavour->addItem(QStringLiteral("Miniconda"), QStringLiteral("miniconda"));
    m_frameworkLabel->setBuddy(m_framework);
    m_versionLabel->setBuddy(m_version);
    m_pythonLabel->setBuddy(m_python);
    m_envNameLabel->setBuddy(m_envName);
    m_mirrorLabel->setBuddy(m_mirror);
    m_flavourLabel->setBuddy(m_flavour);
    form->addRow(m_frameworkLabel, m_framework);
    form->addRow(m_versionLabel, m_version);
    form->addRow(m_pythonLabel, m_python);
    form->addRow(m_envNameLabel, m_envName);
    form->addRow(m_flavourLabel, m_flavour);
    form->addRow(m_mirrorLabel, m_mirror);
    v->addLayout(form);

    m_envBox = new QGroupBox(box);
    auto *e = new QVBoxLayout(m_envBox);
    m_envs = new QListWidget(m_envBox);
    m_envs->setMaximumHeight(90);
    m_envs->setProperty("gpusetupData", true);
    auto *eb = new QHBoxLayout;
    m_create = new QPushButton(m_envBox);
    m_remove = new QPushButton(m_envBox);
    eb->addWidget(m_create);
    eb->addWidget(m_remove);
    eb->addStretch();
    m_envStatus = label(m_envBox);
    m_activate = label(m_envBox);
    e->addWidget(m_envs);
    e->addLayout(eb);
    e->addWidget(m_envStatus);
    e->addWidget(m_activate);
    v->addWidget(m_envBox);
    setExtra(box);

    for (QComboBox *c : {m_framework, m_version, m_python, m_mirror, m_flavour})
        connect(c, &QComboBox::activated, this, &PythonEnvPage::applyChoices);
    connect(m_envName, &QLineEdit::editingFinished, this, &PythonEnvPage::applyChoices);
    connect(m_create, &QPushButton::clicked, this, [this] {
        const QString name = m_envName->text().trimmed();
        QString why;
        if (!CondaEnvs::validName(name, &why)) {
            m_envStatus->setText(why);
            return;
        }
        const StagePlan *sp = m_state.plan().stage(StageId::PythonEnv);
        const QString python = sp ? sp->chosen.value(QStringLiteral("python")) : QString();
        runEnvOperation(new CondaEnvCreateOperation(QStringLiteral("python.create-env"),
                                                    condaPrefix(), name, python, this));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_envs->currentItem();
        if (!item) return;
        const QString name = item->data(Qt::UserRole).toString();
        // Removing deletes every package in the env: ask first (not in demo mode: nothing runs).
        const bool confirmed =
            m_state.isDryRun() ||
            QMessageBox::question(
                this, tr("Remove environment"),
                tr("Remove the conda environment \"%1\" and everything installed in it?")
                    .arg(name)) == QMessageBox::Yes;
        if (!confirmed) return;
        runEnvOperation(new CondaEnvRemoveOperation(condaPrefix(), name, true, this));
    });
    connect(m_envs, &QListWidget::currentItemChanged, this, [this] {
        QListWidgetItem *item = m_envs->currentItem();
        const QString name = item ? item->data(Qt::UserRole).toString() : QString();
        m_remove->setEnabled(!name.isEmpty() && name != QLatin1String("base"));
    });
    retranslateUi();
}

QString PythonEnvPage::condaPrefix() const
{
    for (const CondaInstall &i : m_state.facts().conda.installs)
        if (!i.condaExe.isEmpty() && i.condaExe.endsWith(QLatin1String("/bin/conda")))
            return i.condaExe.chopped(int(qstrlen("/bin/conda")));
    const StagePlan *s = m_state.plan().stage(StageId::PythonEnv);
    if (s) return s->chosen.value(QStringLiteral("condaPrefix"));
    return {};
}

void PythonEnvPage::runEnvOperation(Operation *op)
{
    op->setDryRun(m_state.isDryRun());
    m_create->setEnabled(false);
    m_remove->setEnabled(false);
    m_envStatus->setText(QStringLiteral("$ ") + op->dryRun().join(QStringLiteral("\n$ ")));
    connect(op, &Operation::finished, this, [this, op](const OperationResult &r) {
        m_state.addJournalEntry(op->journalEntry());
        m_envStatus->setText(
            m_envStatus->text() + QLatin1Char('\n') +
            (r.ok ? (m_state.isDryRun() ? tr("Demo: nothing was run.") : tr("Finished."))
                  : r.message));
        m_create->setEnabled(true);
        op->deleteLater();
        if (!m_state.isDryRun()) m_state.recheck();
    });
    op->start();
}

void PythonEnvPage::applyChoices()
{
    if (m_updating) return;
    Choices c = m_state.choices();
    c.framework = Framework(m_framework->currentData().toInt());
    c.frameworkVersion = m_version->currentData().toString();
    c.python = m_python->currentData().toString();
    if (!m_envName->text().isEmpty()) c.envName = m_envName->text();
    c.mirror = m_mirror->currentData().toString();
    c.condaFlavour = m_flavour->currentData().toString();
    m_state.setChoices(c);
    askCondaTermsIfNeeded();
}

bool PythonEnvPage::askCondaTermsIfNeeded()
{
    const QStringList channels = CondaTosOperation::channelsToAccept(m_state.plan());
    // In demo mode nothing runs, so there is nothing to agree to.
    if (channels.isEmpty() || m_state.choices().condaTosAccepted || m_state.isDryRun()) return true;
    const OfficialDefaults &d = m_state.knowledge().officialDefaults();
    const QString note = d.condaNotes.isEmpty() ? QString() : knowledgeText(d.condaNotes.first());
    QMessageBox box(QMessageBox::Question, tr("Anaconda's Terms of Service"),
                    tr("Miniconda installs packages from Anaconda's channels: %1.")
                        .arg(note.isEmpty() ? tr("their use is subject to Anaconda's Terms of "
                                                 "Service")
                                            : note),
                    QMessageBox::NoButton, this);
    box.setInformativeText(
        tr("The channels: %1. General knowledge, not in the checked data: the terms require a "
           "paid licence for organisations of 200 or more people; students of a university "
           "should check its policy.\n\nDo you agree to these terms? Miniforge needs none: it "
           "uses only the free conda-forge channel, and so does a mirror (TUNA, USTC, BFSU).")
            .arg(channels.join(QStringLiteral(", "))));
    QPushButton *agree = box.addButton(tr("I &agree"), QMessageBox::AcceptRole);
    QPushButton *forge = box.addButton(tr("Use &Miniforge instead"), QMessageBox::RejectRole);
    box.setDefaultButton(forge);
    box.setEscapeButton(forge);
    box.exec();
    Choices c = m_state.choices();
    if (box.clickedButton() == agree) {
        c.condaTosAccepted = true;
        m_state.setChoices(c);
        m_state.addJournalEntry(CondaTosOperation::consentEntry(channels, tr("in the wizard")));
        return true;
    }
    c.condaFlavour = QStringLiteral("miniforge");
    m_state.setChoices(c);
    return false;
}

void PythonEnvPage::refresh()
{
    StagePage::refresh();
    if (!m_envs) return;
    m_updating = true;
    const Choices &c = m_state.choices();
    m_framework->setCurrentIndex(m_framework->findData(int(c.framework)));
    m_version->clear();
    m_version->addItem(tr("newest that fits"), QString());
    if (c.framework == Framework::PyTorch)
        for (const PytorchRelease &r : m_state.knowledge().pytorchReleases())
            m_version->addItem(r.torch, r.torch);
    else if (c.framework == Framework::TensorFlow)
        for (const TensorflowConfig &t : m_state.knowledge().tensorflowConfigs())
            if (m_version->findData(t.version) < 0) m_version->addItem(t.version, t.version);
    m_version->setCurrentIndex(qMax(0, m_version->findData(c.frameworkVersion)));
    m_version->setEnabled(c.framework != Framework::None);
    m_python->setCurrentIndex(qMax(0, m_python->findData(c.python)));
    m_envName->setText(c.envName);
    m_mirror->setCurrentIndex(qMax(0, m_mirror->findData(c.mirror)));
    m_flavour->setCurrentIndex(qMax(0, m_flavour->findData(c.condaFlavour)));

    m_envs->clear();
    for (const CondaInstall &i : m_state.facts().conda.installs)
        for (const CondaEnv &e : i.envs) {
            QString text =
                QStringLiteral("%1  —  %2").arg(e.name.isEmpty() ? e.prefix : e.name, e.prefix);
            if (!e.pythonVersion.isEmpty()) text += QStringLiteral("  Python ") + e.pythonVersion;
            if (!e.torchVersion.isEmpty()) text += QStringLiteral("  torch ") + e.torchVersion;
            auto *item = new QListWidgetItem(text, m_envs);
            item->setData(Qt::UserRole, e.name);
        }
    m_remove->setEnabled(false);
    m_create->setEnabled(!m_state.isChecking());
    // The env the plan really uses (it may be "dl-torch2.5" beside an old "dl").
    const QString env = CondaEnvs::plannedEnv(m_state.plan()).isEmpty()
                            ? c.envName
                            : CondaEnvs::plannedEnv(m_state.plan());
    const QString line =
        QStringLiteral("<b>%1</b>")
            .arg(CondaEnvs::activateInstruction(QStringLiteral("\x01"))
                     .toHtmlEscaped()
                     .replace(QStringLiteral("\x01"),
                              QStringLiteral("<tt>%1</tt>").arg(env.toHtmlEscaped())));
    m_activate->setText(
        CondaEnvs::envExists(m_state.facts(), env)
            ? tr("The environment \"%1\" is ready. %2").arg(env.toHtmlEscaped(), line)
            : tr("Once the environment \"%1\" is made: %2").arg(env.toHtmlEscaped(), line));
    m_updating = false;
}

void PythonEnvPage::retranslateUi()
{
    m_frameworkLabel->setText(tr("&Framework:"));
    m_framework->setItemText(2, tr("None (Python only)"));
    m_versionLabel->setText(tr("Framework &version:"));
    m_pythonLabel->setText(tr("&Python version:"));
    m_python->setItemText(0, tr("newest the framework supports"));
    m_envNameLabel->setText(tr("&Environment name:"));
    m_mirrorLabel->setText(tr("Download &mirror:"));
    m_mirror->setItemText(0, tr("Official servers"));
    m_mirror->setItemText(1, tr("Tsinghua University (TUNA)"));
    m_mirror->setItemText(2, tr("USTC"));
    m_mirror->setItemText(3, tr("Beijing Foreign Studies University (BFSU)"));
    m_flavourLabel->setText(tr("conda &distribution:"));
    m_envBox->setTitle(tr("conda environments on this computer"));
    m_envs->setAccessibleName(tr("conda environments"));
    m_create->setText(tr("Cre&ate environment"));
    m_remove->setText(tr("Remove &selected"));
    StagePage::retranslateUi();
}

QString PythonEnvPage::whyText() const
{
    return tr("conda keeps each project's Python and packages in its own environment, so a "
              "PyTorch project and a TensorFlow project never break each other. Miniconda and "
              "Miniforge are the small installers of conda (Miniforge uses the free "
              "conda-forge channel and needs no terms of service). A mirror close to you, such "
              "as TUNA in China, makes downloads much faster. The framework is installed with "
              "pip from its own wheel index, matching your driver's CUDA.");
}

} // namespace gpusetup
